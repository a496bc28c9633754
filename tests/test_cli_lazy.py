"""The command line imports a command's module only when the command is looked up."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from l10n.cli import COMMAND_MODULES, main
from l10n.cli.check import REPORT_FORMATS
from l10n.report import WRITERS


def test_every_command_of_every_command_module_is_listed_with_its_module() -> None:
    for module_name in set(COMMAND_MODULES.values()):
        module = importlib.import_module(f"l10n.cli.{module_name}")
        commands: list[click.Command] = module.COMMANDS
        listed = {name for name, where in COMMAND_MODULES.items() if where == module_name}
        assert {command.name for command in commands} == listed, module_name


def test_help_lists_every_command_with_its_short_help() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    context = click.Context(main)
    for name in COMMAND_MODULES:
        command = main.get_command(context, name)
        assert command is not None
        first_words = command.get_short_help_str(limit=30).removesuffix("...")
        assert f"  {name} " in result.output
        assert first_words in result.output, name


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["chek"])
    assert result.exit_code == 2
    assert "No such command 'chek'" in result.output


def test_check_offers_the_formats_the_reports_write() -> None:
    assert tuple(WRITERS) == REPORT_FORMATS


def modules_imported_by(*arguments: str) -> set[str]:
    """The modules a fresh interpreter has imported after running `l10n ARGUMENTS`."""
    script = (
        "import json, sys\n"
        "from l10n.cli import main\n"
        f"main({list(arguments)!r}, standalone_mode=False)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_check_help_imports_no_core_module_and_no_heavy_library() -> None:
    imported = modules_imported_by("check", "--help")
    assert "l10n.cli.check" in imported
    heavy = {"l10n.check", "l10n.figures", "l10n.config", "l10n.po", "babel", "jinja2"}
    heavy |= {"markdown_it", "deep_translator", "requests", "l10n.cli.build"}
    assert not heavy & imported


def test_check_with_a_json_report_imports_no_other_report_and_no_configuration(
    tmp_path: Path,
) -> None:
    """What only SARIF (package metadata, hashes) or JUnit (XML) need, the configuration
    when the catalogs and the source language are given, and the writing and merging of
    catalogs, stay out of the common run."""
    catalog = tmp_path / "ru.po"
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "5 tents."\nmsgstr "5 палаток."\n',
        encoding="utf-8",
    )
    imported = modules_imported_by(
        "check", str(catalog), "--source-lang", "en", "--format", "json", "--jobs", "1"
    )
    assert "l10n.check" in imported
    assert "l10n.report" in imported
    unneeded = {"importlib.metadata", "hashlib", "xml.etree.ElementTree", "l10n.config", "tomllib"}
    unneeded |= {"l10n.catalog_file", "l10n.merge"}
    # Nor, in one process, the pools' machinery; nor what only writing files, describing a
    # date, decoding a character reference or a misspelt name needs.
    unneeded |= {"multiprocessing", "concurrent.futures", "tempfile", "importlib.resources"}
    unneeded |= {"ctypes", "babel.dates", "html", "difflib"}
    assert not unneeded & imported


def test_the_target_language_option_is_one_definition_shared_by_the_commands() -> None:
    context = click.Context(main)
    options = {}
    for name in ("update", "stats", "translate", "check"):
        command = main.get_command(context, name)
        assert command is not None
        (option,) = [param for param in command.params if "--lang" in param.opts]
        options[name] = (option.name, option.multiple, option.help, option.metavar)
    assert len(set(options.values())) == 1, options
