"""Catalog headers and plural forms as GNU gettext and the other tools read them: where they
would disagree about a catalog, or msgfmt --check refuses it, l10n says so."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.check import CatalogEntry
from l10n.cli import main
from l10n.errors import CatalogError
from l10n.po import parse_po, read_messages

from .projects import RU_CONVOY, run, tree, updated_project

RUSSIAN_PLURALS = (
    "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : "
    "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;"
)


def catalog(header_lines: list[str], body: str = "") -> bytes:
    header = "".join(f'"{line}\\n"\n' for line in header_lines)
    return f'msgid ""\nmsgstr ""\n{header}\n{body}'.encode()


USUAL = [
    "Content-Type: text/plain; charset=UTF-8",
    "Language: ru",
    f"Plural-Forms: {RUSSIAN_PLURALS}",
]


@pytest.mark.parametrize(
    "twice",
    [
        "Language: ar",
        "language: ru",
        f"Plural-Forms: {RUSSIAN_PLURALS}",
        "Content-Type: text/plain; charset=UTF-8",
    ],
)
def test_a_header_field_that_decides_the_reading_written_twice_is_refused(twice: str) -> None:
    data = catalog([*USUAL, twice], 'msgid "Hello"\nmsgstr "Привет"\n')
    for read in (lambda: parse_po(data, "x.po"), lambda: read_messages(data, "x.po", CatalogEntry)):
        with pytest.raises(CatalogError, match="header has two") as raised:
            read()
        assert raised.value.line == 1


def test_other_header_fields_may_repeat_and_the_usual_header_reads() -> None:
    data = catalog([*USUAL, "X-Generator: one", "X-Generator: two"], 'msgid "a"\nmsgstr "б"\n')
    assert parse_po(data, "x.po").header_value("Language") == "ru"


def test_check_of_a_catalog_with_two_languages_exits_2_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "two.po"
    path.write_bytes(
        catalog([*USUAL, "Language: ar"], 'msgid "In 27 days."\nmsgstr "Через 72 дня."\n')
    )
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert "two.po:1: the header has two Language fields" in result.stderr


def plural_entry(forms: int) -> str:
    return 'msgid "One day"\nmsgid_plural "%d days"\n' + "".join(
        f'msgstr[{form}] "дн{form}"\n' for form in range(forms)
    )


@pytest.mark.parametrize("forms", [1, 2, 3, 4])
def test_a_plural_entry_with_another_number_of_forms_than_nplurals_is_an_error(
    tmp_path: Path, forms: int
) -> None:
    path = tmp_path / "plural.po"
    path.write_bytes(catalog(USUAL, plural_entry(forms)))
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    flagged = '"plural-forms"' in result.stdout
    assert flagged == (forms != 3), result.stdout
    assert result.exit_code == (1 if flagged else 0)
    msgfmt = shutil.which("msgfmt")
    if msgfmt is not None:  # GNU's verdict agrees
        refused = subprocess.run(
            [msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True
        ).returncode
        assert (refused != 0) == flagged


@pytest.mark.parametrize(
    ("header", "said"),
    [
        ("Language: ar", "the Language header says ar but the catalog is in the ru folder"),
        ("Language: xx", "Language header: unknown language 'xx'"),
    ],
)
@pytest.mark.parametrize("command", [["update"], ["stats"], ["check"], ["build"], ["translate"]])
def test_every_command_refuses_a_catalog_whose_header_gives_another_language(
    tmp_path: Path, header: str, said: str, command: list[str]
) -> None:
    project = updated_project(tmp_path / "project")
    path = project / RU_CONVOY
    text = path.read_text("utf-8")
    assert '"Language: ru\\n"' in text
    path.write_text(text.replace('"Language: ru\\n"', f'"{header}\\n"'), "utf-8")
    line = path.read_text("utf-8").splitlines().index(f'"{header}\\n"') + 1
    arguments = ["translate", "--dry-run"] if command == ["translate"] else command
    before = tree(project)
    code, output = run(project, *arguments)
    assert code == 2, output
    assert f"{RU_CONVOY}:{line}: {said}" in output, output
    assert tree(project) == before


def test_a_header_naming_the_folders_language_as_a_locale_is_read(tmp_path: Path) -> None:
    project = updated_project(tmp_path / "project")
    path = project / RU_CONVOY
    text = path.read_text("utf-8").replace('"Language: ru\\n"', '"Language: ru_RU\\n"')
    path.write_text(text, "utf-8")
    for command in ("update", "stats", "check"):
        code, output = run(project, command)
        assert code in (0, 1) and "error:" not in output, (command, output)
