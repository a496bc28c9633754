"""The README's "Using l10n in CI" recipe, run as written on a project with each fault planted.

The commands are read from the README itself, so the section cannot drift from what is tested:
a clean, fully translated project passes every command, and each fault the section lists stops
the commands the section says stop it.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.cli import main
from l10n.po import parse_po, serialize_po

README = Path(__file__).resolve().parents[1] / "README.md"
SLUG = "crossing-2026-02-17"
STATEMENT = f"source/{SLUG}.md"
BUSES = "Buses carried 1,150 passengers."


def recipe() -> list[list[str]]:
    """The l10n commands of the section's workflow excerpt, in order."""
    section = README.read_text(encoding="utf-8").split("## Using l10n in CI", 1)[1]
    block = section.split("```yaml", 1)[1].split("```", 1)[0]
    commands = [
        shlex.split(line.split("- run:", 1)[1])
        for line in block.splitlines()
        if line.strip().startswith("- run:")
    ]
    return [command[1:] for command in commands if command[0] == "l10n"]


def run_recipe(project: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Each command's exit code, by its name ("update", "check", "build")."""
    monkeypatch.chdir(project)
    return {arguments[0]: CliRunner().invoke(main, arguments).exit_code for arguments in recipe()}


def edit_source(project: Path, old: str, new: str) -> None:
    path = project / STATEMENT
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def edit_translation(
    project: Path, language: str, msgid: str, edit: Callable[[str], str], domain: str = SLUG
) -> None:
    path = project / "locales" / language / "LC_MESSAGES" / f"{domain}.po"
    catalog = parse_po(path.read_bytes(), str(path))
    entries = tuple(
        replace(entry, msgstr=edit(entry.msgstr)) if entry.msgid == msgid else entry
        for entry in catalog.entries
    )
    assert entries != catalog.entries
    path.write_bytes(serialize_po(replace(catalog, entries=entries)))


@pytest.fixture
def project(build_project: Path) -> Path:
    """The build sample, fully translated, with its templates written: clean for the recipe."""
    assert CliRunner().invoke(main, ["-C", str(build_project), "update"]).exit_code == 0
    return build_project


def test_the_recipe_is_three_commands_and_passes_a_clean_project(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [command[0] for command in recipe()] == ["update", "check", "build"]
    assert run_recipe(project, monkeypatch) == {"update": 0, "check": 0, "build": 0}


FAULTS: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "a figure changed only in the source": (
        lambda project: edit_source(project, "1,150 passengers", "1,160 passengers"),
        {"update", "check", "build"},
    ),
    "a figure changed only in a translation": (
        lambda project: edit_translation(
            project, "ru", BUSES, lambda text: re.sub(r"1\s150", "1 510", text)
        ),
        {"check", "build"},
    ),
    "a stale catalog: a sentence added without an update": (
        lambda project: edit_source(project, f"- {BUSES}", f"- {BUSES}\n- Trains ran on time."),
        {"update", "check", "build"},
    ),
    "an untranslated sentence": (
        lambda project: edit_translation(project, "ru", BUSES, lambda text: ""),
        {"build"},
    ),
    "an untranslated interface text (UI string)": (
        lambda project: edit_translation(project, "ru", "Mission", lambda text: "", "site"),
        {"build"},
    ),
    "a bidi override in a translation": (
        lambda project: edit_translation(
            project, "ar", BUSES, lambda text: re.sub(r"(\S+)", "\u202e\\1\u202c", text, count=1)
        ),
        {"check", "build"},
    ),
    "a character nobody sees inside a figure of a translation": (
        lambda project: edit_translation(
            project, "ru", BUSES, lambda text: re.sub(r"(\d)(\d)", "\\1\u200b\\2", text, count=1)
        ),
        {"check", "build"},
    ),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_the_recipe_stops_each_fault_the_readme_lists(
    project: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    plant, stopped_by = FAULTS[fault]
    plant(project)
    codes = run_recipe(project, monkeypatch)
    assert {command for command, code in codes.items() if code != 0} == stopped_by, codes
