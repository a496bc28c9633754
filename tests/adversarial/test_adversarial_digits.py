"""A figure written in digits of two systems looks like another number: "1٥" is 15 to the
figure check and 10 to a reader of Latin digits (ARABIC-INDIC DIGIT FIVE is a circle)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs
from l10n.cli import main
from l10n.forbidden import mixed_digits
from l10n.po import parse_po, serialize_po

RU = "locales/ru/LC_MESSAGES/grain-exports-q1.po"
# The zeros of the digit systems the figure readers read: Latin, Arabic-Indic, Persian.
ZEROS = ["0", "\u0660", "\u06f0"]


def codes(source: str, translation: str, language: str = "ru") -> list[str]:
    entry = CatalogEntry(source, (translation,), 4)
    catalog = CatalogUnderCheck(f"{language}.po", language, [entry])
    return [finding.code for finding in check_catalogs([catalog], "en").findings]


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        ("There were 15 lorries.", "Было 1\u0665 грузовиков.", "ru"),  # looks like 10
        ("There were 50 lorries.", "Было \u06650 грузовиков.", "ru"),
        ("It cost 2,080.5.", "Стоило 2\u00a008\u0660,5.", "ru"),
    ],
)
def test_a_figure_in_two_digit_systems_is_an_error(
    source: str, translation: str, language: str
) -> None:
    assert "mixed-digits" in codes(source, translation, language)


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        ("There were 15 lorries.", "Было 15 грузовиков.", "ru"),
        ("There were 15 lorries.", "كانت \u0661\u0665 شاحنة.", "ar"),
        ("There were 15 lorries.", "كانت 15 شاحنة.", "ar"),
        (
            "On 5 May, 15 lorries.",
            "في \u0665 أيار، 15 شاحنة.",
            "ar",
        ),  # two figures, one system each
        ("It cost 2,080.5.", "كلف \u0662\u066c\u0660\u0668\u0660\u066b\u0665.", "ar"),
        # A reader of Arabic reads both systems: "1٥" is 15 to them.
        ("There were 15 lorries.", "كانت 1\u0665 شاحنة.", "ar"),
    ],
)
def test_figures_in_one_system_or_in_arabic_are_not_reported(
    source: str, translation: str, language: str
) -> None:
    assert "mixed-digits" not in codes(source, translation, language)


@settings(max_examples=200, deadline=None)
@given(
    zero=st.sampled_from(ZEROS),
    values=st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=8),
    separator=st.sampled_from(["", ",", ".", "\u00a0", "\u066b", "\u066c"]),
)
def test_a_figure_is_mixed_exactly_when_its_digits_come_from_two_systems(
    zero: str, values: list[int], separator: str
) -> None:
    digits = [chr(ord(zero) + value) for value in values]
    figure = digits[0] + separator + "".join(digits[1:])
    assert mixed_digits(f"x {figure} y") is None
    if len(digits) > 1:
        other = "0" if zero != "0" else "\u0660"
        swapped = figure[:-1] + chr(ord(other) + values[-1])
        assert mixed_digits(f"x {swapped} y") is not None


def test_check_reports_and_build_never_publishes_a_mixed_figure(press_project: Path) -> None:
    path = press_project / RU
    catalog = parse_po(path.read_bytes(), RU)
    entries = tuple(
        replace(
            entry,
            msgstr="Данные выйдут 3\u0660 апреля 2026 г."
            if "30 April 2026" in entry.msgid
            else entry.msgid,
        )
        for entry in catalog.entries
    )
    path.write_bytes(serialize_po(replace(catalog, entries=entries)))
    runner = CliRunner()
    result = runner.invoke(
        main, ["-C", str(press_project), "check", "--lang", "ru", "--format", "json"]
    )
    assert result.exit_code == 1
    assert [finding["code"] for finding in json.loads(result.stdout)["findings"]] == [
        "mixed-digits"
    ]
    result = runner.invoke(main, ["-C", str(press_project), "build", "--force", "--allow-partial"])
    assert result.exit_code == 1 and "mixed-digits" in result.stderr
    assert not (press_project / "site").exists()


def test_a_digit_of_another_system_is_no_figure_and_is_reported_as_such() -> None:
    # BENGALI DIGIT FOUR looks like 8: "৪8" is not 48 to the check, nor 88.
    found = codes("There were 48 lorries.", "Было \u09ea8 грузовиков.")
    assert found and all(code.startswith("number-") for code in found), found


# A direction mark between the digits of a figure: right-to-left text shows "3<RLM>10" as 103
# (fribidi and browsers part the digits into two runs), while the figure readers, which drop
# the marks, read 310. Beside a figure the same marks keep it in its place, as translators use
# them.
@pytest.mark.parametrize("mark", ["\u200f", "\u061c", "\u200e"])
@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        ("The convoy carried 310 tonnes.", "نقلت القافلة 3{mark}10 أطنان.", "ar"),
        ("The convoy carried 310 tonnes.", "نقلت القافلة \u0663{mark}\u0661\u0660 أطنان.", "ar"),
        ("The convoy carried 1,500 tonnes.", "Конвой доставил 1 {mark}500 тонн.", "ru"),
        ("قافلة نقلت 310 أطنان.", "Конвой доставил 3{mark}10 тонн.", "ru"),
    ],
)
def test_a_direction_mark_inside_a_figure_is_a_finding(
    source: str, translation: str, language: str, mark: str
) -> None:
    assert "invisible-character" in codes(source, translation.format(mark=mark), language)


@pytest.mark.parametrize("mark", ["\u200f", "\u061c", "\u200e"])
def test_a_direction_mark_beside_a_figure_is_no_finding(mark: str) -> None:
    assert codes("Published on 12 May.", f"نُشر في {mark}12{mark} مايو.", "ar") == []
    assert codes("It carried 310 tonnes.", f"نقلت {mark}310{mark} أطنان.", "ar") == []


def test_a_true_difference_beside_a_direction_mark_stays_a_finding() -> None:
    assert codes("It carried 310 tonnes.", "نقلت \u200f301\u200f أطنان.", "ar")
    assert codes("نقلت 310 أطنان.", "It carried \u200e301 tonnes.", "en")


# A figure far longer than any statement writes (a hostile or broken text) is read and compared
# like any other: no traceback where Python's int() refuses 4,300 digits, or where Babel's
# rounding needs more than decimal arithmetic's 28.
@pytest.mark.parametrize(
    "translation",
    [
        "\u0661" * 5000,  # Arabic-Indic digits
        "\u06f1" * 5000,  # Persian digits
        "1\u0665" * 2500,  # two systems
        "1" * 27 + " тыс.",
        "1" * 20 + " млн",
        "1," + "5" * 40 + " млн",
        "1" * 30 + "%",
    ],
)
@pytest.mark.parametrize("language", ["ru", "ar"])
def test_a_figure_of_thousands_of_digits_is_a_finding_not_a_crash(
    translation: str, language: str
) -> None:
    assert codes("There were 1 things.", translation, language)
    assert codes(
        translation.replace(" тыс.", " thousand").replace(" млн", " million"), "1", language
    )
