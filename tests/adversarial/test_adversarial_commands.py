"""Every command on bad input: exit 2, a message naming the file (and line where there is
one), no traceback, and not one file of the project changed, created or removed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.cli import main

DATA = Path(__file__).parents[1] / "data"
RU_SITE = "locales/ru/LC_MESSAGES/site.po"
RU_CONVOY = "locales/ru/LC_MESSAGES/convoy-2026-01-20.po"
CONVOY = "source/convoy-2026-01-20.md"

Mutation = Callable[[Path], None]


def run(project: Path, *arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(project), *arguments])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes (None for a folder), but the lock files runs leave behind."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
        if path.name != ".l10n.lock"
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    shutil.copytree(DATA / "build" / "project", folder)
    assert run(folder, "update")[0] == 0  # templates and catalogs as l10n writes them
    return folder


def replace_text(relative: str, old: str, new: str) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        text = path.read_text("utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), "utf-8")

    return mutate


def write_bytes(relative: str, data: bytes) -> Mutation:
    def mutate(project: Path) -> None:
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_bytes(data)

    return mutate


def line_ends(relative: str, ending: bytes) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        path.write_bytes(path.read_bytes().replace(b"\n", ending))

    return mutate


def folder_instead_of(relative: str) -> Mutation:
    def mutate(project: Path) -> None:
        (project / relative).unlink()
        (project / relative / "inside").mkdir(parents=True)

    return mutate


def obsolete_copy_of_first_entry(project: Path) -> None:
    path = project / RU_CONVOY
    text = path.read_text("utf-8")
    first = text.split("\n\n")[1]
    kept = [line for line in first.splitlines() if line.startswith(("msgid", "msgstr"))]
    path.write_text(text + "\n" + "\n".join(f"#~ {line}" for line in kept) + "\n", "utf-8")


def _escaped_bidi(project: Path) -> None:
    """The title written as a YAML string with an escape that decodes to U+202E."""
    path = project / CONVOY
    lines = path.read_text("utf-8").split("\n")
    lines[1] = 'title: "Statement \\u202E on the convoy"'
    path.write_text("\n".join(lines), "utf-8")


CATALOG_COMMANDS = ("update", "stats", "check", "build")
SOURCE_COMMANDS = ("extract", "update", "build")
# (name, mutation, commands it must stop, what the message names)
CASES: list[tuple[str, Mutation, tuple[str, ...], str]] = [
    ("cr-line-ends", line_ends(RU_CONVOY, b"\r"), CATALOG_COMMANDS, f"{RU_CONVOY}:1"),
    (
        "nul-in-catalog",
        replace_text(RU_CONVOY, 'msgstr "', 'msgstr "\\0'),
        CATALOG_COMMANDS,
        RU_CONVOY,
    ),
    ("raw-nul", replace_text(RU_SITE, "msgstr", "msgstr\0"), CATALOG_COMMANDS, RU_SITE),
    (
        "no-header",
        replace_text(RU_SITE, 'msgid ""\nmsgstr ""', 'msgid "x"\nmsgstr "y"'),
        CATALOG_COMMANDS,
        f"{RU_SITE}:1",
    ),
    (
        "bad-plural-forms",
        replace_text(RU_SITE, "nplurals=3;", "nplurals=three;"),
        CATALOG_COMMANDS,
        RU_SITE,
    ),
    ("active-and-obsolete", obsolete_copy_of_first_entry, CATALOG_COMMANDS, RU_CONVOY),
    ("folder-for-catalog", folder_instead_of(RU_CONVOY), ("update", "stats", "build"), RU_CONVOY),
    (
        "blank-title",
        replace_text(CONVOY, "title: Statement on the", "title: '  '\n# Statement on the"),
        SOURCE_COMMANDS,
        f"{CONVOY}:2",
    ),
    (
        "blank-name",
        replace_text(CONVOY, "name: A. Verin", 'name: ""'),
        SOURCE_COMMANDS,
        f"{CONVOY}:8",
    ),
    (
        "yaml-alias",
        replace_text(
            CONVOY,
            "breadcrumb: [Home, News]",
            "breadcrumb: &b [Home, News]\nsignatories: []\nx: *b",
        ),
        SOURCE_COMMANDS,
        CONVOY,
    ),
    (
        "escaped-bidi",
        _escaped_bidi,
        SOURCE_COMMANDS,
        f"{CONVOY}:2",
    ),
    (
        "entity-bidi",
        replace_text(CONVOY, "A convoy", "A &#x202E;convoy"),
        SOURCE_COMMANDS,
        f"{CONVOY}:11",
    ),
    (
        "impossible-date",
        replace_text(CONVOY, "2026-01-20 14:00", "2026-02-30"),
        SOURCE_COMMANDS,
        f"{CONVOY}:4",
    ),
    (
        "offset-out-of-range",
        replace_text(CONVOY, "2026-01-20 14:00", "2026-01-20 14:00:00+25:00"),
        SOURCE_COMMANDS,
        f"{CONVOY}:4",
    ),
    (
        "number-for-language",
        replace_text("l10n.toml", 'source-lang = "en"', "source-lang = 5"),
        (*SOURCE_COMMANDS, "stats"),
        "l10n.toml:1",
    ),
    (
        "language-as-path",
        replace_text("l10n.toml", '"ru"', '"ru_/../../../OUTSIDE"'),
        (*SOURCE_COMMANDS, "stats", "check"),
        "l10n.toml",
    ),
    (
        "binary-template",
        write_bytes("templates/base.html", b"\xff\xfe<html>\x00"),
        ("extract", "update", "build"),
        "templates/base.html:1",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "commands", "named"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_bad_input_stops_every_command_with_exit_2_and_changes_nothing(
    project: Path, mutate: Mutation, commands: tuple[str, ...], named: str
) -> None:
    mutate(project)
    before = tree(project)
    for command in commands:
        code, output = run(project, command)
        assert code == 2, (command, output)
        assert "Traceback" not in output, (command, output)
        assert named in output, (command, output)
        assert tree(project) == before, command


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_catalog_is_exit_2_naming_it(project: Path) -> None:
    (project / RU_CONVOY).chmod(0)
    try:
        for command in CATALOG_COMMANDS:
            code, output = run(project, command)
            assert code == 2 and "convoy-2026-01-20.po" in output, (command, output)
    finally:
        (project / RU_CONVOY).chmod(0o644)


@pytest.mark.parametrize(
    "translation", ["Опубликовано: %(число)s", "Опубликовано 100%", "%(count)d%"]
)
def test_a_translated_placeholder_never_crashes_the_build(project: Path, translation: str) -> None:
    path = project / RU_SITE
    text = path.read_text("utf-8")
    entry = 'msgid "Statements published: %(count)s"\nmsgstr "'
    start = text.index(entry) + len(entry)
    path.write_text(text[:start] + translation + text[text.index('"\n', start) :], "utf-8")
    code, output = run(project, "check")
    assert code == 1 and "placeholder" in output and RU_SITE in output, output
    code, output = run(project, "build")  # the check's error refuses the build, cleanly
    assert code == 1 and "Traceback" not in output, output
    code, output = run(project, "build", "--force")
    assert code == 0, output
    page = (project / "site" / "ru" / "index.html").read_text("utf-8")
    assert "Statements published: 2" in page  # the source text, not a crash


def test_a_target_given_as_a_locale_has_one_folder_for_update_and_build(project: Path) -> None:
    config = project / "l10n.toml"
    config.write_text(config.read_text("utf-8").replace('"ar"]', '"ar_SY"]'), "utf-8")
    assert run(project, "update")[0] == 0
    assert not (project / "locales" / "ar_SY").exists()
    code, output = run(project, "build")
    assert code == 0, output
    assert (project / "site" / "ar" / "index.html").is_file()


def test_a_translated_placeholder_is_reported_when_the_catalog_lacks_the_format_flag(
    project: Path,
) -> None:
    # A site.po edited by hand, or written before l10n flagged its interface texts: the msgid's
    # %(count)s says the text is %-formatted, as it says to xgettext.
    path = project / RU_SITE
    text = path.read_text("utf-8").replace("#, python-format\n", "")
    entry = 'msgid "Statements published: %(count)s"\nmsgstr "'
    start = text.index(entry) + len(entry)
    path.write_text(text[:start] + "%(число)s" + text[text.index('"\n', start) :], "utf-8")
    code, output = run(project, "check")
    assert code == 1 and "placeholder %(число)s" in output and RU_SITE in output, output
