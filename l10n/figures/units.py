"""Quantities with units, and conversions between systems within a translator's rounding.

"220 pounds" and "100 кг" state the same weight; "6-foot-2" and "1,88 м" the same height. The
factors to SI units are data here (checked against pint by tests/test_figures_explain.py, so the
package does not import pint at run time); the words are each language's `UnitWords` record in
`l10n.figures.locale_facts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from l10n.figures.locale_facts import FACTS
from l10n.figures.values import Figure, NumberValue
from l10n.figures.words import compound_word_pattern, negative_in_words, word_is_number


@dataclass(frozen=True)
class MeasureUnit:
    name: str
    dimension: str  # "length", "mass", "temperature", "speed", "area", "volume"
    factor: Decimal  # SI units per unit (kelvin per degree for temperatures)
    offset: Decimal = Decimal(0)  # added before the factor: K = (value + offset) * factor
    pint: str = ""  # the unit's name in pint, for the test of the factors
    symbol: str = ""  # as messages write it: "mi", "km/h", "°F"


def _unit(
    name: str, dimension: str, factor: str, offset: str = "0", pint: str = "", symbol: str = ""
) -> MeasureUnit:
    return MeasureUnit(
        name, dimension, Decimal(factor), Decimal(offset), pint or name, symbol or name
    )


UNITS: dict[str, MeasureUnit] = {
    unit.name: unit
    for unit in (
        _unit("inch", "length", "0.0254", symbol="in"),
        _unit("foot", "length", "0.3048", symbol="ft"),
        _unit("yard", "length", "0.9144", symbol="yd"),
        _unit("mile", "length", "1609.344", symbol="mi"),
        _unit("millimetre", "length", "0.001", pint="millimeter", symbol="mm"),
        _unit("centimetre", "length", "0.01", pint="centimeter", symbol="cm"),
        _unit("metre", "length", "1", pint="meter", symbol="m"),
        _unit("kilometre", "length", "1000", pint="kilometer", symbol="km"),
        _unit("pound", "mass", "0.45359237", symbol="lb"),
        _unit("ounce", "mass", "0.028349523125", symbol="oz"),
        _unit("kilogram", "mass", "1", symbol="kg"),
        _unit("gram", "mass", "0.001", symbol="g"),
        _unit(
            "fahrenheit", "temperature", str(Decimal(5) / Decimal(9)), "459.67", "degF", symbol="°F"
        ),
        _unit("celsius", "temperature", "1", "273.15", "degC", symbol="°C"),
        _unit("mile per hour", "speed", "0.44704", pint="mile/hour", symbol="mph"),
        _unit(
            "kilometre per hour",
            "speed",
            str(Decimal(1) / Decimal("3.6")),
            pint="km/hour",
            symbol="km/h",
        ),
        _unit("knot", "speed", str(Decimal(1852) / Decimal(3600)), symbol="kn"),
        _unit(
            "acre", "area", "4046.8564224", symbol="acres"
        ),  # the international acre (pint: US survey)
        _unit("hectare", "area", "10000", symbol="ha"),
        _unit("square mile", "area", "2589988.110336", pint="mile**2", symbol="sq mi"),
        _unit("square kilometre", "area", "1000000", pint="km**2", symbol="km²"),
        _unit("gallon", "volume", "0.003785411784", symbol="gal"),
        _unit("litre", "volume", "0.001", pint="liter", symbol="L"),
        # Spans of time: "18 months" is "полтора года", "90 minutes" "полтора часа". A month
        # is a twelfth of a Julian year, as pint has it.
        _unit("minute", "time", "60", symbol="min"),
        _unit("hour", "time", "3600", symbol="h"),
        _unit("day", "time", "86400", symbol="days"),
        _unit("week", "time", "604800", symbol="weeks"),
        _unit("month", "time", "2629800", symbol="months"),
        _unit("year", "time", "31557600", symbol="years"),
    )
}

# A span of time is converted exactly ("18 months", "1.5 years"), not rounded to the last digit
# written: "2 года" for 18 months is another span. Only the month's and the year's own
# unevenness is allowed (52 weeks for a year, 30 days for a month).
_TIME_ERROR = Decimal("0.03")
# A year before a span's unit is a date ("в 2023 году"), no span: spans are shorter than this.
_LONGEST_SPAN = 1000


@dataclass(frozen=True)
class Quantity:
    amount: Decimal
    unit: str


@cache
def _unit_pattern(language: str) -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<u{index}>{pattern})"
        for index, (_, pattern) in enumerate(FACTS[language].unit_words.names)
    )
    # "\s" holds the no-break space. One run of spaces, then a hyphen with its own: two runs
    # back to back ("[\s]*-?\s*") split a long run of spaces every way on a failing match,
    # time in the square of its length (a figure blanked out leaves one).
    return re.compile(rf"\s*(?:-\s*)?(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def _unit_word_pattern(language: str) -> re.Pattern[str]:
    """A unit's word anywhere, as a whole word."""
    alternatives = "|".join(
        f"(?P<u{index}>{pattern})"
        for index, (_, pattern) in enumerate(FACTS[language].unit_words.names)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def unit_at(language: str, text: str, position: int) -> tuple[str, int] | None:
    """The unit named at `position` of `text` (after spaces or a hyphen), and where it ends."""
    match = _unit_pattern(language).match(text, position)
    if match is None or match.lastgroup is None:
        return None
    return FACTS[language].unit_words.names[int(match.lastgroup[1:])][0], match.end()


def mentions_unit(language: str, text: str, unit: str) -> bool:
    """Whether `text` names `unit` anywhere (with or without a number)."""
    for name, pattern in FACTS[language].unit_words.names:
        if name == unit and re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE):
            return True
    return False


# The dashes of a range, and the words of every language, as texts mix them.
_RANGE_LINK = re.compile(
    r"\s*(?:-|–|—|"
    + "|".join(word for facts in FACTS.values() for word in facts.unit_words.range_links)
    + r")\s*",
    re.IGNORECASE,
)


@cache
def _feet_and_inches(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Between the feet and the inches of a height ("6-foot-2"), and the inch word after it."""
    unit_words = FACTS[language].unit_words
    if not unit_words.feet_and_inches:
        return None
    return re.compile(unit_words.feet_and_inches), re.compile(unit_words.inches_word)


def quantities(
    language: str, text: str, figures: Sequence[Figure]
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    """(quantity, figures, start, end) for every figure followed by a unit, a range's units
    applied to each of its numbers ("2 to 4 inches", "5–10 см"); heights in feet and inches
    ("6-foot-2") as one; Russian compound words ("двухметровый") without figures."""
    unit_after = _range_units(language, text, figures)
    heights = _feet_and_inches(language)
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
        found = unit_after(figure.end)
        if found is not None:
            unit, end = found
            if UNITS[unit].dimension == "time" and abs(amount) >= _LONGEST_SPAN:
                continue  # "в 2023 году": a date's year, no span
            if amount > 0 and negative_in_words(text, figure.start, figure.end, language):
                amount = -amount  # "минус 35 градусов", "35 градусов мороза"
            yield Quantity(amount, unit), (figure,), figure.start, end
    yield from _compound_quantities(language, text)
    yield from _quantities_in_words(language, text)


def _range_units(
    language: str, text: str, figures: Sequence[Figure]
) -> Callable[[int], tuple[str, int] | None]:
    """The unit, and where it ends, that a figure ending at a position takes: the one named
    after it, or the one after the range it begins ("2 to 4 inches"), found through the range's
    next figures. Each position's answer is kept: every figure of a long chain ("1-1-1-…")
    would otherwise walk to its end again, in time in the square of its length."""
    starts = {figure.start: figure for figure in figures}
    known: dict[int, tuple[str, int] | None] = {}

    def unit_after(position: int) -> tuple[str, int] | None:
        chain: list[int] = []  # the positions walked through, all taking the same unit
        found: tuple[str, int] | None = None
        while position not in known:
            chain.append(position)
            found = unit_at(language, text, position)
            if found is not None:
                break
            link = _RANGE_LINK.match(text, position)
            if link is None or link.end() not in starts or link.end() == position:
                break
            position = starts[link.end()].end
        else:
            found = known[position]
        for walked in chain:
            known[walked] = found
        return found

    return unit_after


def _quantities_in_words(
    language: str, text: str
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    """ "six meters", "шесть метров": a small number in words before a unit; "يومين": a unit
    in the dual, two of it."""
    pattern = _unit_pattern(language)
    if FACTS[language].unit_words.duals:
        for match in _unit_word_pattern(language).finditer(text):
            if match.lastgroup is not None and word_is_number(Decimal(2), match.group(), language):
                unit = FACTS[language].unit_words.names[int(match.lastgroup[1:])][0]
                yield Quantity(Decimal(2), unit), (), match.start(), match.end()
    for match in _WORD_BEFORE_UNIT.finditer(text):
        unit_match = pattern.match(text, match.end())
        if unit_match is None or unit_match.lastgroup is None:
            continue
        amount = number_in_words(match.group(), language)
        if amount is not None:
            unit = FACTS[language].unit_words.names[int(unit_match.lastgroup[1:])][0]
            yield Quantity(amount, unit), (), match.start(), unit_match.end()


_WORD_BEFORE_UNIT = re.compile(r"(?<!\w)[^\W\d_]+(?=\s)")
# The small numbers one word states: 1 to 20, and one and a half ("полтора года").
_SMALL_NUMBERS = (*(Decimal(number) for number in range(1, 21)), Decimal("1.5"))


def number_in_words(word: str, language: str) -> Decimal | None:
    """The small number (1 to 20, or 1.5) that one word states, or None."""
    for number in _SMALL_NUMBERS:
        if word_is_number(number, word, language):
            return number
    return None


def _compound_quantities(
    language: str, text: str
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    """ "двухметровый": a number stem and a unit made one word."""
    compound = FACTS[language].compound_words
    if compound is None:
        return
    units = compound.unit_stems
    for match in compound_word_pattern(language, tuple(units)).finditer(text):
        number = compound.number_stems[match["number"].lower()]
        unit = units[match["stem"].lower()]
        yield Quantity(number, unit), (), match.start(), match.end()


def span_in_two_units(larger: Quantity, smaller: Quantity) -> Quantity | None:
    """ "2 hours 30 minutes" as 150 minutes: a span of time in a unit and a smaller one."""
    first, second = UNITS[larger.unit], UNITS[smaller.unit]
    if first.dimension != "time" or second.dimension != "time" or first.factor <= second.factor:
        return None
    return Quantity(convert(larger, smaller.unit) + smaller.amount, smaller.unit)


def same_dimension(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same kind of thing in different units."""
    return a.unit != b.unit and UNITS[a.unit].dimension == UNITS[b.unit].dimension


def describe_conversion(quantity: Quantity, unit_name: str) -> str:
    """ "385 mi = 619.6 km": the quantity and its exact conversion, to four significant digits."""
    exact = convert(quantity, unit_name)
    shown = exact.quantize(Decimal(10) ** (exact.adjusted() - 3)) if exact else exact
    source, target = UNITS[quantity.unit].symbol, UNITS[unit_name].symbol
    return f"{quantity.amount} {source} = {shown.normalize():f} {target}"


def _in_si(quantity: Quantity) -> Decimal:
    unit = UNITS[quantity.unit]
    return (quantity.amount + unit.offset) * unit.factor


def convert(quantity: Quantity, unit_name: str) -> Decimal:
    """`quantity` in the unit `unit_name` (of the same dimension)."""
    unit = UNITS[unit_name]
    return _in_si(quantity) / unit.factor - unit.offset


def conversion_error(
    written: Quantity, converted: Quantity, *, loose: bool = False
) -> Decimal | None:
    """How far `converted` is from an exact conversion of `written` (relative), or None when
    it is no conversion of it: another dimension, the same unit, or beyond rounding.

    A translator rounds to the precision written: "250 кг" for 550 pounds (249.5 kg) is within
    half a unit of its last significant digit (5 kg; see `_half_unit` for fives), and never
    further than 10% of the value.
    With `loose`, 10% of the value is enough: "six meters (18 feet)" as a source writes them.
    """
    if written.unit == converted.unit:
        return None
    source, target = UNITS[written.unit], UNITS[converted.unit]
    if source.dimension != target.dimension:
        return None
    exact = convert(written, converted.unit)
    stated = converted.amount
    error = abs(exact - stated)
    size = max(abs(stated), abs(exact))
    if size == 0:
        return Decimal(0)
    allowed = size / 10 if loose else min(_half_unit(stated), size / 10)
    if source.dimension == "time":
        allowed = size * _TIME_ERROR
    if source.dimension == "temperature":
        allowed = max(allowed, Decimal("0.5"))  # 80 °F = 26.7 °C, written "27 градусов"
    if error > allowed:
        return None
    return error / size


def _half_unit(amount: Decimal) -> Decimal:
    """How far a value rounded as written may be from the exact one: half a unit of its last
    significant digit (250 -> 5, 2.7 -> 0.05, 300 -> 50), or half of five units when that
    digit is 5, since translators round to fives (64.4 km written "65 км")."""
    _, digits, exponent = amount.normalize().as_tuple()
    assert isinstance(exponent, int)
    units = 5 if digits and digits[-1] == 5 else 1
    return Decimal(units) * Decimal(5) * Decimal(10) ** (exponent - 1)
