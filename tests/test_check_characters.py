"""Translations are held to the rule statements are held to: no bidi control characters, which
make a page read differently from what it says. `check` names the character and its column,
`build` refuses whatever it is allowed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs
from l10n.cli import main
from l10n.po import parse_po, serialize_po

RU = "locales/ru/LC_MESSAGES/grain-exports-q1.po"
FIGURES = "The ministry will publish the full figures on 30 April 2026."
# "27" wrapped in RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING reads "72" on a page.
REVERSED = "Министерство опубликует полные данные \u202e27\u202c апреля 2026 г."


def run(project: Path, *arguments: str) -> Result:
    return CliRunner().invoke(main, ["-C", str(project), *arguments])


def translate(project: Path, msgid: str, msgstr: str, *flags: str) -> None:
    file = project / RU
    catalog = parse_po(file.read_bytes(), RU)
    entries = tuple(
        replace(entry, msgstr=msgstr, flags=(*entry.flags, *flags))
        if entry.msgid == msgid
        else entry
        for entry in catalog.entries
    )
    file.write_bytes(serialize_po(replace(catalog, entries=entries)))


@pytest.mark.parametrize(
    ("translation", "named", "column"),
    [
        ("В \u202e72\u202c году.", "U+202E RIGHT-TO-LEFT OVERRIDE", 3),
        ("Строка.\nИ \u2067изоляция\u2069.", "U+2067 RIGHT-TO-LEFT ISOLATE", 3),
        ("В &#x202E;72&#x202C; году.", "U+202E RIGHT-TO-LEFT OVERRIDE", 3),
    ],
)
def test_a_bidi_control_in_a_translation_is_an_error_naming_it_and_its_column(
    translation: str, named: str, column: int
) -> None:
    flags = frozenset({"ignore-numbers", "fuzzy"})  # neither silences it
    entry = CatalogEntry("In 27 years.", (translation,), 12, flags=flags)
    (finding,) = check_catalogs([CatalogUnderCheck("ru.po", "ru", [entry])], "en").findings
    assert (finding.code, finding.severity, finding.line) == ("bidi-control", "error", 12)
    assert f"{named} at column {column}" in finding.message
    assert "\u202e" not in finding.message and "\u2067" not in finding.message


def test_marks_a_translator_needs_are_not_bidi_controls() -> None:
    marks = "В 27\u200f году \u200e\u061c."
    entry = CatalogEntry("In 27 years.", (marks,), 3)
    assert check_catalogs([CatalogUnderCheck("ru.po", "ru", [entry])], "en").findings == []


def test_check_and_build_refuse_a_reversed_figure(press_project: Path) -> None:
    translate(press_project, FIGURES, REVERSED)
    result = run(press_project, "check", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    (finding,) = [finding for finding in findings if finding["code"] == "bidi-control"]
    assert "⟨U+202E⟩27⟨U+202C⟩" in finding["message"]
    for options in ([], ["--force", "--allow-partial"]):
        result = run(press_project, "build", *options)
        assert result.exit_code == 1
        assert "bidi-control" in result.stderr and "U+202E" in result.stderr
        assert not (press_project / "site").exists()


@pytest.mark.parametrize(
    "translation",
    [
        "احفظ الملف بصيغة \u202a(PDF)\u202c الآن",  # a Latin name kept left to right
        "تم حفظ الملف\u202a.",  # a stray embedding before the full stop
        "\u202bسيُحفظ الملف في المجلد المختار",  # a whole sentence of one direction
        "احفظ \u2066XML\u2069 و\u2067ملف\u2069",
    ],
)
def test_an_arabic_embedding_that_can_reorder_nothing_is_typography(translation: str) -> None:
    entry = CatalogEntry("Save the file.", (translation,), 3)
    assert check_catalogs([CatalogUnderCheck("ar.po", "ar", [entry])], "en").findings == []


@pytest.mark.parametrize(
    "translation",
    [
        "في \u202e27\u202c يومًا",  # an override reverses the figure
        "في \u202a27 يومًا\u202c",  # a figure in scope
        "في \u202bيومًا 27 XML",  # a figure, and both directions, to the end of the text
        "احفظ \u202aPDF ملف\u202c",  # both directions: their order can change
        "في &#x202A;يومًا&#x202C;",  # written as references, which a page decodes
    ],
)
def test_an_arabic_embedding_that_can_reorder_something_is_still_an_error(
    translation: str,
) -> None:
    entry = CatalogEntry("In 27 days.", (translation,), 3, flags=frozenset({"ignore-numbers"}))
    found = check_catalogs([CatalogUnderCheck("ar.po", "ar", [entry])], "en").findings
    assert [finding.code for finding in found] == ["bidi-control"]
