"""`units.quantities` finds the unit after a range once per range; these tests hold it to the
plain reading it replaces (every figure walking the range to its unit, time in the square of
a long range's length), on random texts and on a long chain of ranges."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.figures import extract_figures, units
from l10n.figures.locale_facts import FACTS
from l10n.figures.units import Quantity, quantities, unit_at
from l10n.figures.values import Figure, NumberValue


def reference_quantities(
    language: str, text: str, figures: Sequence[Figure]
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    starts = {figure.start: figure for figure in figures}
    heights = units._feet_and_inches(language)
    for index, figure in enumerate(figures):
        if not isinstance(figure.value, NumberValue):
            continue
        amount = figure.value.amount
        if heights is not None:
            feet_and_inches, inches_word = heights
            joined = feet_and_inches.match(text, figure.end)
            following = figures[index + 1] if index + 1 < len(figures) else None
            if (
                joined
                and following
                and following.start == joined.end()
                and isinstance(following.value, NumberValue)
            ):
                inches = amount * 12 + following.value.amount
                word = inches_word.match(text, following.end)
                stop = word.end() if word else following.end
                yield Quantity(inches, "inch"), (figure, following), figure.start, stop
                continue
        position = figure.end
        while True:
            found = unit_at(language, text, position)
            if found is not None:
                unit, end = found
                yield Quantity(amount, unit), (figure,), figure.start, end
                break
            link = units._RANGE_LINK.match(text, position)
            if link is None or link.end() not in starts or link.end() == position:
                break
            position = starts[link.end()].end
    yield from units._compound_quantities(language, text)
    yield from units._quantities_in_words(language, text)


PIECES = {
    "en": ["2", "4", "12", " ", "-", "–", " to ", " and ", " inches", " km", " miles", "6-foot-2"],
    "ru": ["2", "5", "10", " ", "-", "–", " до ", " и ", " см", " км", " метров", " тыс."],
    "ar": ["٢", "٥", "10", " ", "-", "–", " إلى ", " و", " كم", " كيلومترا", " ميل"],
}


@settings(max_examples=300, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(PIECES)))
def test_quantities_of_a_random_text_are_those_of_the_plain_walk(
    data: st.DataObject, language: str
) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(PIECES[language]), max_size=16)))
    figures = extract_figures(text, language)
    assert list(quantities(language, text, figures)) == list(
        reference_quantities(language, text, figures)
    )


@pytest.mark.parametrize(
    ("language", "piece", "unit"), [("en", "1-", " km"), ("ru", "1 – ", " км"), ("ar", "١-", " كم")]
)
def test_every_number_of_a_long_range_takes_the_unit_at_its_end(
    language: str, piece: str, unit: str
) -> None:
    text = piece * 3000 + "1" + unit
    figures = extract_figures(text, language)
    found = list(quantities(language, text, figures))
    assert len(found) == len(figures) == 3001
    assert {quantity.unit for quantity, *_ in found} == {"kilometre"}
    assert all(end == len(text) for *_, end in found)


def reference_unit_pattern(language: str) -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<u{index}>{pattern})"
        for index, (_, pattern) in enumerate(FACTS[language].unit_words.names)
    )
    return re.compile(rf"[\s\u00a0]*-?\s*(?:{alternatives})(?!\w)", re.IGNORECASE)


UNIT_PIECES = [
    " ",
    "\u00a0",
    "\t",
    "-",
    "–",
    "1",
    "٢",
    "km",
    "F",
    "C",
    " miles",
    "degrees",
    " fahrenheit",
    "°",
    "см",
    "км",
    " метров",
    "градусов Цельсия",
    "كم",
    " ميلا",
    "/",
    "في الساعة",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(PIECES)))
def test_a_unit_is_found_where_the_pattern_with_two_runs_of_spaces_found_it(
    data: st.DataObject, language: str
) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(UNIT_PIECES), max_size=12)))
    old, new = reference_unit_pattern(language), units._unit_pattern(language)
    for position in range(len(text) + 1):
        expected, found = old.match(text, position), new.match(text, position)
        assert (found and (found.lastgroup, found.end())) == (
            expected and (expected.lastgroup, expected.end())
        ), position


@pytest.mark.parametrize("language", sorted(PIECES))
def test_a_unit_after_a_long_run_of_spaces(language: str) -> None:
    """A figure blanked out leaves a run of spaces: no unit there, and one at its end."""
    assert unit_at(language, " " * 20_000, 0) is None
    unit = {"en": "km", "ru": "км", "ar": "كم"}[language]
    text = " " * 20_000 + "- " + unit
    assert unit_at(language, text, 0) == ("kilometre", len(text))
