"""Quantities with units, and conversions between systems within a translator's rounding.

"220 pounds" and "100 кг" state the same weight; "6-foot-2" and "1,88 м" the same height. The
factors to SI units are data here (checked against pint by tests/test_figures_explain.py, so the
package does not import pint at run time); the words are per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from l10n.figures.values import Figure, NumberValue
from l10n.figures.words import RU_NUMBER_STEMS, word_is_number


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
    )
}

# Words for each unit, per language; the longest alternatives first ("miles per hour" before
# "miles"). Russian and Arabic words carry their case endings, and compound adjectives
# ("300-килограммовое") their stems.
_RU_ENDINGS = r"(?:ов\w*|а|ы|ам|ами|ах|е|ом|у)?"
_UNIT_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("mile per hour", r"mph|m\.p\.h\.|miles? (?:per|an) hour"),
        ("kilometre per hour", r"km/h|kph|kmh|kilomet(?:er|re)s? (?:per|an) hour"),
        ("square mile", r"square miles?|sq\.? ?mi(?:les?)?"),
        ("square kilometre", r"square kilomet(?:er|re)s?|sq\.? ?km|km2|km²"),
        ("fahrenheit", r"(?:degrees? )?fahrenheit|°\s?F|degrees?(?! celsius| centigrade)"),
        ("celsius", r"(?:degrees? )?(?:celsius|centigrade)|°\s?C"),
        ("inch", r"inch(?:es)?"),
        ("foot", r"foot|feet|ft\.?"),
        ("yard", r"yards?|yd\.?"),
        ("mile", r"miles?|mi\."),
        ("millimetre", r"millimet(?:er|re)s?|mm"),
        ("centimetre", r"centimet(?:er|re)s?|cm"),
        ("kilometre", r"kilomet(?:er|re)s?|km"),
        ("metre", r"met(?:er|re)s?"),
        ("pound", r"pounds?|lbs?\.?"),
        ("ounce", r"ounces?|oz\.?"),
        ("kilogram", r"kilo(?:gram(?:me)?)?s?|kgs?"),
        ("gram", r"grams?"),
        ("knot", r"knots?"),
        ("acre", r"acres?"),
        ("hectare", r"hectares?|ha"),
        ("gallon", r"gallons?"),
        ("litre", r"lit(?:er|re)s?"),
    ),
    "ru": (
        ("mile per hour", r"мил(?:ь|и|я) в час"),
        ("kilometre per hour", r"км/ч(?:ас)?|километр(?:а|ов)? в час"),
        ("square kilometre", r"кв\.? ?км|квадратн\w+ километр\w*|км²|км2"),
        ("square mile", r"квадратн\w+ мил\w*"),
        ("fahrenheit", r"градус\w* (?:по )?Фаренгейт\w*|°\s?[FФ]"),
        ("celsius", r"градус\w*(?: по Цельсию| Цельсия)?|°\s?[CС]"),
        ("inch", r"дюйм" + _RU_ENDINGS),
        ("foot", r"фут" + _RU_ENDINGS),
        ("yard", r"ярд" + _RU_ENDINGS),
        ("mile", r"мил(?:я|и|ь|ю|ям|ями|ях|е)"),
        ("millimetre", r"миллиметр" + _RU_ENDINGS + r"|мм"),
        ("centimetre", r"сантиметр" + _RU_ENDINGS + r"|см"),
        ("kilometre", r"километр" + _RU_ENDINGS + r"|км"),
        ("metre", r"метр" + _RU_ENDINGS + r"|м\.?"),
        ("pound", r"фунт" + _RU_ENDINGS),
        ("kilogram", r"килограмм" + _RU_ENDINGS + r"|кг|кило"),
        ("gram", r"грамм" + _RU_ENDINGS),
        ("knot", r"узл(?:а|ов|ы|ами)|узел"),
        ("acre", r"акр" + _RU_ENDINGS),
        ("hectare", r"гектар" + _RU_ENDINGS + r"|га"),
        ("gallon", r"галлон" + _RU_ENDINGS),
        ("litre", r"литр" + _RU_ENDINGS),
    ),
    "ar": (
        ("mile per hour", r"(?:ميل|ميلا|ميلًا|أميال) ?(?:في|ب|/) ?(?:ال)?ساعة"),
        (
            "kilometre per hour",
            r"(?:كم|كيلومتر(?:ا|ًا|ات)?) ?(?:في|ب|/) ?(?:ال)?ساعة|كم/س",
        ),
        ("fahrenheit", r"درج(?:ة|ات) فهرنهايت|فهرنهايت"),
        ("celsius", r"درج(?:ة|ات)(?: مئوية)?|°\s?[Cم]"),
        ("inch", r"بوص(?:ة|ات)|إنش(?:ات)?|انش"),
        ("foot", r"قدم(?:ا|ًا)?|أقدام|اقدام"),
        ("yard", r"يارد(?:ة|ات|ا)?"),
        ("mile", r"ميل(?:ا|ًا)?|أميال|اميال"),
        ("millimetre", r"ملم|مم|مليمتر(?:ات|ا|ًا)?|ملليمتر(?:ات|ا|ًا)?"),
        ("centimetre", r"سم|سنتيمتر(?:ات|ا|ًا)?|سنتمتر(?:ات|ا|ًا)?|سانتيمتر(?:ات|ا|ًا)?"),
        ("kilometre", r"كم|كيلومتر(?:ات|ا|ًا)?|كيلو متر"),
        ("metre", r"متر(?:ا|ًا|ات)?|أمتار|امتار"),
        ("pound", r"رطل(?:ا|ًا)?|أرطال|باوند"),
        ("kilogram", r"كيلوغرام(?:ات|ا|ًا)?|كيلوجرام(?:ات|ا|ًا)?|كجم|كغ|كلغ|كيلو"),
        ("knot", r"عقدة|عقد"),
        ("acre", r"فدان|أفدنة|أكر|آكر|ايكر|إيكر"),
        ("hectare", r"هكتار(?:ات|ا|ًا)?"),
        ("gallon", r"جالون(?:ات)?|غالون(?:ات)?"),
        ("litre", r"لتر(?:ات|ا|ًا)?"),
    ),
}


@dataclass(frozen=True)
class Quantity:
    amount: Decimal
    unit: str


@cache
def _unit_pattern(language: str) -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<u{index}>{pattern})"
        for index, (_, pattern) in enumerate(_UNIT_WORDS.get(language, ()))
    )
    return re.compile(rf"[\s\u00a0]*-?\s*(?:{alternatives})(?!\w)", re.IGNORECASE)


def unit_at(language: str, text: str, position: int) -> tuple[str, int] | None:
    """The unit named at `position` of `text` (after spaces or a hyphen), and where it ends."""
    words = _UNIT_WORDS.get(language)
    if not words:
        return None
    match = _unit_pattern(language).match(text, position)
    if match is None or match.lastgroup is None:
        return None
    return words[int(match.lastgroup[1:])][0], match.end()


def mentions_unit(language: str, text: str, unit: str) -> bool:
    """Whether `text` names `unit` anywhere (with or without a number)."""
    for name, pattern in _UNIT_WORDS.get(language, ()):
        if name == unit and re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE):
            return True
    return False


_RANGE_LINK = re.compile(r"\s*(?:to|and|or|up to|-|–|—|до|или|и|إلى|الى|و|أو)\s*", re.IGNORECASE)
_FEET_AND_INCHES = re.compile(r"(?:-|\s?)(?:foot|feet|ft\.?)(?:-|\s?)(?=\d)", re.IGNORECASE)
_INCHES_WORD = re.compile(r"\s?(?:-?inch(?:es)?|in\.)?", re.IGNORECASE)


def quantities(
    language: str, text: str, figures: Sequence[Figure]
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    """(quantity, figures, start, end) for every figure followed by a unit, a range's units
    applied to each of its numbers ("2 to 4 inches", "5–10 см"); heights in feet and inches
    ("6-foot-2") as one; Russian compound words ("двухметровый") without figures."""
    starts = {figure.start: figure for figure in figures}
    for index, figure in enumerate(figures):
        if not isinstance(figure.value, NumberValue):
            continue
        amount = figure.value.amount
        if language == "en":
            joined = _FEET_AND_INCHES.match(text, figure.end)
            following = figures[index + 1] if index + 1 < len(figures) else None
            if (
                joined
                and following
                and following.start == joined.end()
                and isinstance(following.value, NumberValue)
            ):
                inches = amount * 12 + following.value.amount
                word = _INCHES_WORD.match(text, following.end)
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
            link = _RANGE_LINK.match(text, position)
            if link is None or link.end() not in starts or link.end() == position:
                break
            position = starts[link.end()].end
    if language == "ru":
        yield from _russian_compounds(text)
    yield from _quantities_in_words(language, text)


def _quantities_in_words(
    language: str, text: str
) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    """ "six meters", "шесть метров": a small number in words before a unit."""
    pattern = _unit_pattern(language)
    for match in _WORD_BEFORE_UNIT.finditer(text):
        unit_match = pattern.match(text, match.end())
        if unit_match is None or unit_match.lastgroup is None:
            continue
        amount = number_in_words(match.group(), language)
        if amount is not None:
            unit = _UNIT_WORDS[language][int(unit_match.lastgroup[1:])][0]
            yield Quantity(amount, unit), (), match.start(), unit_match.end()


_WORD_BEFORE_UNIT = re.compile(r"(?<!\w)[^\W\d_]+(?=\s)")
_SMALL_NUMBERS = range(1, 21)


def number_in_words(word: str, language: str) -> Decimal | None:
    """The small number (1 to 20) that one word states, or None."""
    for number in _SMALL_NUMBERS:
        if word_is_number(Decimal(number), word, language):
            return Decimal(number)
    return None


@cache
def _russian_compound_pattern() -> re.Pattern[str]:
    stems = "|".join(sorted(RU_NUMBER_STEMS, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?P<number>{stems})(?P<unit>метров|сантиметров|километров|килограммов|футов|дюймов)\w*",
        re.IGNORECASE,
    )


_RU_COMPOUND_UNITS = {
    "метров": "metre",
    "сантиметров": "centimetre",
    "километров": "kilometre",
    "килограммов": "kilogram",
    "футов": "foot",
    "дюймов": "inch",
}


def _russian_compounds(text: str) -> Iterator[tuple[Quantity, tuple[Figure, ...], int, int]]:
    for match in _russian_compound_pattern().finditer(text):
        number = Decimal(str(RU_NUMBER_STEMS[match["number"].lower()]))
        unit = _RU_COMPOUND_UNITS[match["unit"].lower()]
        yield Quantity(number, unit), (), match.start(), match.end()


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
