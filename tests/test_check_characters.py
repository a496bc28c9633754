"""Translations are held to the rule statements are held to: no bidi control characters, which
make a page read differently from what it says, and no character a reader cannot see inside or
beside a figure. `check` names the character and shows it as ⟨U+200B⟩, compares the figures as a
page shows them, and `build` refuses whatever it is allowed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.check import CatalogEntry, CatalogUnderCheck, CheckResult, Finding, check_catalogs
from l10n.cli import main
from l10n.errors import SourceError
from l10n.forbidden import without_invisible
from l10n.po import parse_po, serialize_po
from l10n.report import WRITERS
from l10n.sources import parse_statement

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


# --------------------------------------------------------------------------------------------
# Characters no reader sees, inside or beside a figure: reported as what they are, and the
# figures compared as a page shows them, so that no confusing figure finding comes with them.

ZERO_WIDTH_SPACE, WORD_JOINER, BOM = "\u200b", "\u2060", "\ufeff"
NON_JOINER, JOINER, SOFT_HYPHEN = "\u200c", "\u200d", "\u00ad"
BY_FIGURES = [ZERO_WIDTH_SPACE, WORD_JOINER, BOM, "\u2062"]  # never inside or beside a figure
IN_FIGURES = [NON_JOINER, JOINER, SOFT_HYPHEN]  # legitimate in words, never between digits
BIDI_CONTROLS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def findings_of(
    source: str, translation: str, language: str, source_lang: str = "en"
) -> list[Finding]:
    entry = CatalogEntry(source, (translation,), 7)
    catalog = CatalogUnderCheck(f"{language}.po", language, [entry])
    return check_catalogs([catalog], source_lang).findings


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


def test_a_figure_wrapped_in_an_override_is_one_bidi_error_and_its_percent_still_reads() -> None:
    findings = findings_of(
        "Exports fell 43 percent.", "Экспорт сократился на \u202e43\u202c процента.", "ru"
    )
    assert codes(findings) == ["bidi-control"]
    assert "⟨U+202E⟩43⟨U+202C⟩" in findings[0].message


def test_a_zero_width_space_splitting_a_figure_is_one_error_showing_it_in_the_figure() -> None:
    findings = findings_of("The fund paid 2750 grants.", "Фонд выдал 27\u200b50 грантов.", "ru")
    assert codes(findings) == ["invisible-character"]
    (finding,) = findings
    assert finding.severity == "error" and finding.line == 7
    assert "U+200B ZERO WIDTH SPACE inside a figure" in finding.message
    assert "“27⟨U+200B⟩50” shows as “2750”" in finding.message
    assert "\u200b" not in finding.message


def test_a_true_difference_beside_a_hidden_character_is_still_reported() -> None:
    findings = findings_of("The fund paid 2750 grants.", "Фонд выдал 27\u200b60 грантов.", "ru")
    assert codes(findings) == ["invisible-character", "number-changed"]
    assert findings[1].message == "ru says 2760 where en says 2750"


@pytest.mark.parametrize(
    ("character", "inside", "beside"),
    [
        *((character, True, True) for character in BY_FIGURES),
        *((character, True, False) for character in IN_FIGURES),
    ],
)
def test_where_each_zero_width_character_is_an_error(
    character: str, inside: bool, beside: bool
) -> None:
    source = "Up to 360 guests came."
    for translation, expected in (
        (f"Пришли до 3{character}60 гостей.", inside),
        (f"Пришли до 360{character} гостей.", beside),
        (f"Пришли до {character}360 гостей.", beside),
    ):
        assert codes(findings_of(source, translation, "ru")) == (
            ["invisible-character"] if expected else []
        ), translation


@pytest.mark.parametrize("reference", ["&#8203;", "&#x200B;", "&ZeroWidthSpace;"])
def test_a_character_reference_a_page_decodes_is_the_character(reference: str) -> None:
    findings = findings_of(
        "The fund paid 2750 grants.", f"Фонд выдал 27{reference}50 грантов.", "ru"
    )
    assert codes(findings) == ["invisible-character"]
    assert f"“27{reference}50” shows as “2750”" in findings[0].message
    assert findings_of("Paid 2750 & more.", "Выдал 2750 &amp; &shy; больше.", "ru") == []


def test_joiners_inside_arabic_words_and_direction_marks_around_figures_are_clean() -> None:
    source = "Up to 360 guests came on 12 May."
    clean = [
        "حضر ما يصل إلى \u200f360\u200f ضيفًا في \u200e12\u200e مايو.",
        "حضر ما يصل إلى \u061c360 ضيفًا في 12 مايو.",
        "حضر ما يصل إلى ٣٦٠ ضيفًا في ١٢ مايو\u200c\u200d.",
        # a non-joiner inside a word, and after a letter beside a figure
        "حضر ما\u200cيصل إلى و\u200c360 ضيفًا في 12 مايو.",
    ]
    for translation in clean:
        assert findings_of(source, translation, "ar") == [], translation


def test_a_hidden_character_in_an_arabic_figure_is_an_error() -> None:
    findings = findings_of("Up to 360 guests came.", "حضر ما يصل إلى ٣\u2060٦٠ ضيفًا.", "ar")
    assert codes(findings) == ["invisible-character"]
    assert "٣⟨U+2060⟩٦٠" in findings[0].message


def test_russian_source_english_translation_both_ways() -> None:
    source = "Пришли до 360 гостей."
    assert codes(findings_of(source, "Up to 36\u200b0 guests came.", "en", "ru")) == [
        "invisible-character"
    ]
    hidden_in_source = findings_of(
        "Пришли до 36\u00ad0 гостей.", "Up to 360 guests came.", "en", "ru"
    )
    assert codes(hidden_in_source) == ["invisible-character"]
    assert hidden_in_source[0].message.startswith("the source text holds U+00AD SOFT HYPHEN")


FIGURE_SENTENCES = {
    "en": "The depot took in {count} pallets, {share}% of them damaged.",
    "ru": "Склад принял {count} поддонов, {share}% из них повреждены.",
    "ar": "استلم المستودع {count} منصة، {share}% منها تالفة.",
}


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(10, 9999),
    share=st.integers(10, 99),
    pair=st.sampled_from([("en", "ru"), ("en", "ar"), ("ru", "en")]),
    figure=st.sampled_from(["count", "share"]),
    character=st.sampled_from([*BY_FIGURES, *IN_FIGURES, *BIDI_CONTROLS]),
    place=st.integers(0, 10),
    in_source=st.booleans(),
)
def test_any_hidden_character_in_or_by_a_figure_is_that_error_and_nothing_else(
    count: int,
    share: int,
    pair: tuple[str, str],
    figure: str,
    character: str,
    place: int,
    in_source: bool,
) -> None:
    source_lang, language = pair
    figures = {"count": str(count), "share": str(share)}
    source = FIGURE_SENTENCES[source_lang].format(**figures)
    translation = FIGURE_SENTENCES[language].format(**figures)
    assert findings_of(source, translation, language, source_lang) == []
    digits = figures[figure]
    # Inside the figure, or at either edge of it where the character may not stand there.
    places = list(range(1, len(digits)))
    if character not in IN_FIGURES:
        places += [0, len(digits)]
    at = places[place % len(places)]
    with_character = digits[:at] + character + digits[at:]
    mutated = FIGURE_SENTENCES[source_lang if in_source else language].format(
        **{**figures, figure: with_character}
    )
    if in_source:
        findings = findings_of(mutated, translation, language, source_lang)
    else:
        findings = findings_of(source, mutated, language, source_lang)
    expected = "bidi-control" if character in BIDI_CONTROLS else "invisible-character"
    assert codes(findings) == [expected]
    assert all(character not in finding.message for finding in findings)
    restored = without_invisible(mutated)
    assert restored == (source if in_source else translation)


def test_check_and_build_refuse_a_figure_split_by_an_invisible_character(
    press_project: Path,
) -> None:
    translate(
        press_project, FIGURES, "Министерство опубликует полные данные 30 апреля 20\u200b26 г."
    )
    result = run(press_project, "check", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert [finding["code"] for finding in findings] == ["invisible-character"]
    assert "“20⟨U+200B⟩26” shows as “2026”" in findings[0]["message"]
    for options in ([], ["--force", "--allow-partial"]):
        result = run(press_project, "build", *options)
        assert result.exit_code == 1
        assert "invisible-character" in result.stderr and "U+200B" in result.stderr
        assert not (press_project / "site").exists()


def test_a_statement_with_a_figure_split_by_an_invisible_character_is_refused() -> None:
    text = "---\ntitle: T\nslug: a\npublished: 2026-01-01\n---\n\nWe sold 4\u206000 tonnes.\n"
    with pytest.raises(SourceError, match=r"U\+2060 WORD JOINER inside a figure") as raised:
        parse_statement(text.encode(), "a.md", "en")
    assert raised.value.line == 7
    assert "4⟨U+2060⟩00" in str(raised.value)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_every_report_format_shows_invisible_characters_in_messages(writer: str) -> None:
    finding = Finding(
        file="ru.po",
        line=3,
        language="ru",
        code="number-changed",
        severity="error",
        message="ru says 15\u200b00 where\nen says \u202e27\u202c",
        msgid="Sold 1500, up 27.",
        msgctxt="sh\u00adop",
    )
    output = WRITERS[writer](CheckResult(findings=[finding], files=["ru.po"]), "error")
    if writer in ("json", "sarif"):
        document = json.loads(output)
        message = (
            document["findings"][0]["message"]
            if writer == "json"
            else document["runs"][0]["results"][0]["message"]["text"]
        )
        assert message == "ru says 15⟨U+200B⟩00 where\nen says ⟨U+202E⟩27⟨U+202C⟩"
    else:
        assert "15⟨U+200B⟩00" in output and "⟨U+202E⟩27⟨U+202C⟩" in output
        for character in "\u200b\u202e\u202c\u00ad":
            assert character not in output


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


@pytest.mark.parametrize(
    ("msgid", "translation"),
    [
        ("Paper size B4", "مقاس الورق \u200f\u202aB4\u202c"),  # a paper size kept left to right
        ("Pages 4-6", "الصفحات \u202a4-6\u202c فقط"),  # a range of pages
        ("The port, e.g. /dev/tty3", "المنفذ، مثلًا \u2066/dev/tty3\u2069"),
        ("Licence: LGPLv3+", "الرخصة: LGPLv3\u202d+"),  # forced left to right: nothing reverses
    ],
)
def test_a_left_to_right_run_around_a_figure_without_arabic_letters_is_typography(
    msgid: str, translation: str
) -> None:
    entry = CatalogEntry(msgid, (translation,), 3)
    assert check_catalogs([CatalogUnderCheck("ar.po", "ar", [entry])], "en").findings == []


@pytest.mark.parametrize(
    "translation",
    [
        "النسبة \u202e4:3\u202c",  # right to left forced: shown 3:4
        "النسبة \u202a4:3 للعرض\u202c",  # Arabic letters in the scope: their order can change
        "النسبة \u202e\u202a4:3\u202c",  # an override outside the run still counts
    ],
)
def test_a_run_that_can_still_reorder_a_figure_stays_a_bidi_error(translation: str) -> None:
    entry = CatalogEntry("Ratio 4:3", (translation,), 3)
    found = check_catalogs([CatalogUnderCheck("ar.po", "ar", [entry])], "en").findings
    assert "bidi-control" in [finding.code for finding in found]
