"""Figures that agree in value while what they say differs: constructions a careful editor reads.

The first pass compares values, so some real differences look like agreement to it:

- "40 percentage points" and "40 في المائة" are both 40 percent to it, but a margin of 40 points
  is not 40 percent of the vote: percentage points on one side and percent on the other differ.
- "won 2&1" and "1 مقابل 2", "3-1" and "1:3", are the same two numbers to it, but a score (or a
  pair of any kind) written the other way round says the other thing.
- "6-foot-6" and "6 أقدام ... 6" are two sixes on each side, but the first is one height,
  6.5 feet (1.98 m), and the second states 6 feet.
- "30 miles" and "30 км" are two thirties, but 30 miles is 48 km: a quantity whose number is
  kept while its unit changes to another of the same kind was not converted.
- "the 1990s" and "80-е" are no figures to the first reading (a decade may be written "1990s"
  on one side and "девяностые" or "التسعينيات" on the other), but they name two decades.
- "14F" and "минус 14 градусов" are two fourteens to the first reading, but a word makes the
  second negative: "minus 14" against "14" differ.

`may_differ` tells from the two texts alone, cheaply, whether an entry whose figures agree has
such a construction worth reading (the check reads the others no further); `differing` then
reads the figures and pairs what differs, with a note for the message.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from l10n.figures import units, words
from l10n.figures.batches import JoinedTexts
from l10n.figures.locale_facts import ASCII_DIGITS, FACTS
from l10n.figures.scanner import language_code
from l10n.figures.values import Figure, NumberValue, PercentValue

# The largest number read as one side of a score or pair: larger ones are years ("1990-1995")
# or amounts, whose order is checked as figures already.
_LARGEST_IN_PAIR = 999


@dataclass(frozen=True)
class Difference:
    """A figure of the source and one of the translation that differ, and why, for messages."""

    source: Figure
    target: Figure
    note: str


# --- The cheap test: which entries have a construction at all


@cache
def _pair_pattern(language: str) -> re.Pattern[str]:
    """Two numbers of at most three digits with a link between ("2-1", "1 مقابل 2"), each group
    of digits whole. The pattern opens with a digit, so that the engine skips in C from one
    digit to the next: what stands before the first digit is looked at once it is taken."""
    links = FACTS[language].percent.score_links
    first = r"(\d(?<!\d\d)(?<!\d[.,/:]\d)\d{0,2})"
    return re.compile(rf"{first}(?:{links})(\d{{1,3}})(?![\d%]|[.,/:]\d)")


@cache
def _percent_pattern(language: str) -> re.Pattern[str]:
    """A figure's last digit and the percent words after it ("3 процентных пункта")."""
    after = FACTS[language].percent.after_figure.removeprefix("(?i)")
    return re.compile(rf"\d(?:{after})", re.IGNORECASE)


@cache
def _height_pattern(language: str) -> re.Pattern[str] | None:
    between = FACTS[language].unit_words.feet_and_inches
    return re.compile(rf"\d(?:{between.removeprefix('(?i)')})", re.IGNORECASE) if between else None


def _rare_parts(language: str) -> list[str]:
    """The words of percentage points, of feet (of a height), of units a translator converts,
    of minus and of decades, which few texts have, in lower case as they are written there ("3
    percentage points", "6-foot-2", "30 miles", "минус 14", "1990s"): patterns of letters in
    one case, which the engine skips to fast (ignoring case makes it six times slower on a
    batch)."""
    parts = [FACTS[language].percent.points.removeprefix("(?i)")]
    unit_words = FACTS[language].unit_words
    if unit_words.feet_and_inches:
        parts += [pattern for name, pattern in unit_words.names if name == "foot"]
    return parts


def _words_read_in_full(language: str, *, translation: bool = False) -> list[str]:
    """What makes an entry worth reading for a unit changed without its number, a minus said
    in words or a decade, as a batch is searched for it: the words of the units a translator
    converts and of minus (`UnitWords.converted`, `NumberWords.minus_words`) after a space
    ("30 miles"; not "announce"), and a decade's last digit and suffix ("0s", "0-х"), each a
    literal, which `str.find` finds fastest, and few of them: each is one more pass over the
    batch. A translation is searched for minus only ("14F" against "минус 14"): the unit to
    convert and the decade in digits stand in the source ("30 miles", "the 1990s") where they
    matter, and a translation's batch is searched for each at a cost (about 3% of a check of
    a Russian catalog for the eight words). A decade in words ("девяностые") is read once the
    other side has one in digits; both in words go unread."""
    facts = FACTS[language]
    minus = [f" {word}" for word in facts.number_words.minus_words]
    if translation:
        return minus
    return [
        *(f" {word}" for word in facts.unit_words.converted),
        *minus,
        *(f"0{suffix}" for suffix in _decade_suffixes(language)),
    ]


def _decade_suffixes(language: str) -> list[str]:
    """The suffixes of a decade of one letter ("s", "-х", "-е"), which the others ("'s",
    "-ых") mostly stand beside."""
    return [
        suffix
        for suffix in FACTS[language].decade_suffixes
        if len(suffix.removeprefix("-")) == 1 and suffix[-1].isalpha()
    ]


@cache
def _rare_pattern(language: str) -> re.Pattern[str]:
    """Any of the `_rare_parts` and of the `_words_read_in_full` of a source."""
    parts = [*_rare_parts(language), *map(re.escape, _words_read_in_full(language))]
    return re.compile("|".join(f"(?:{part})" for part in parts))


@cache
def _candidate_pattern(language: str) -> re.Pattern[str]:
    """A pair of numbers as `may_differ` may read one: any digits about a link."""
    links = FACTS[language].percent.score_links
    # "10:30" is a time, which `differing` never takes for a pair.
    time_like = r"(?!(?<=:\d)\d)"
    return re.compile(rf"\d(?:{links})\d{time_like}")


@cache
def _batch_patterns(language: str) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """What `texts_with_constructions` searches a batch for: each of the `_rare_parts`, and a
    link's own mark ("-", ":", "مقابل") after a digit or a space and before a digit, not in a
    time, which every pair of numbers holds, its spaces aside.

    Each is a pattern of its own that opens with one character or word: the engine skips to
    that in a tight loop, several times faster than to any character of a class, and than to
    any digit (a pattern opening with a digit is tried at every digit of a batch)."""
    rare = [re.compile(part) for part in _rare_parts(language)]
    links = []
    for link in FACTS[language].percent.score_links.split("|"):
        mark = _SPACES_ABOUT.sub("", link)
        # What stands before a mark of known width is looked at once it is taken; a mark of
        # another form is taken alone, which lets more texts through to be read for a pair.
        width = 1 if _ONE_CHARACTER.fullmatch(mark) else len(mark) if mark.isalpha() else 0
        before = f"(?<=[\\d\\s].{{{width}}})" if width else ""
        links += [re.compile(rf"{one}{before}\s*\d(?!(?<=:\d)\d)") for one in _each_character(mark)]
    return rare, links


_SPACES_ABOUT = re.compile(r"^\\s[?+*]|\\s[?+*]$")
_ONE_CHARACTER = re.compile(r"\[[^]]+\]|[^\\\[]")
_PLAIN_CLASS = re.compile(r"\[(-?[^]\\^-]+)\]")  # characters only, no range: "[-–:&]"


def _each_character(mark: str) -> list[str]:
    """A mark that is a class of characters, as the pattern of each character; another as it
    is."""
    plain = _PLAIN_CLASS.fullmatch(mark)
    return [re.escape(character) for character in plain[1]] if plain else [mark]


def texts_with_constructions(
    texts: Sequence[str], language: str, *, pairs: bool = True
) -> list[int]:
    """The positions (increasing) of `texts` that hold a pair of numbers (unless `pairs` is
    False: a translation's pair matters only where its source has one), percentage points or a
    height: the only ones `may_differ` can hold for.

    Each of the `_batch_patterns` is searched for in one pass of the engine over the whole
    batch (digits of every script are `\\d` to it, so the batch is not translated first); the
    few texts with a link's mark are then read for a pair."""
    language = language_code(language)
    batch = JoinedTexts(texts)
    rare, links = _batch_patterns(language)
    found: set[int] = set()
    for pattern in rare:
        found.update(batch.matching(pattern))
    for word in _words_read_in_full(language, translation=not pairs):
        found.update(batch.containing(word))
    if pairs:
        pair = _candidate_pattern(language)
        for pattern in links:
            found.update(
                position
                for position in batch.matching(pattern)
                if position not in found and pair.search(texts[position])
            )
    return sorted(found)


def may_differ(source: str, source_language: str, target: str, target_language: str) -> bool:
    """Whether the texts hold a construction that `differing` may find differs: percentage
    points on either side, a height in feet and inches on either side, or a pair of numbers
    one side writes the other way round ("2-1" against "1:2")."""
    languages = (language_code(source_language), language_code(target_language))
    texts = (source, target)
    for text, language in zip(texts, languages, strict=True):
        if not _rare_pattern(language).search(text):
            continue
        points = FACTS[language].percent.points
        percentages = _percent_pattern(language).finditer(text)
        if any(re.search(points, match.group()) for match in percentages):
            return True
        height = _height_pattern(language)
        if height is not None and height.search(text):
            return True
        # A unit to convert, a word for minus, a decade: rare, read in full by `differing`.
        if _read_in_full(language).search(text):
            return True
    ours = {pair for pair in _text_pairs(texts[0], languages[0]) if pair[0] != pair[1]}
    if not ours:
        return False
    return any((b, a) in ours for a, b in _text_pairs(texts[1], languages[1]))


@cache
def _read_in_full(language: str) -> re.Pattern[str]:
    """`_words_read_in_full` in one text, each word at a word's start, in any case, and the
    feet of `_rare_parts` too."""
    facts = FACTS[language]
    words_of = [*facts.unit_words.converted, *facts.number_words.minus_words]
    words_of += [word for word in ("foot", "feet") if facts.unit_words.feet_and_inches]
    decades = "|".join(re.escape(suffix) for suffix in facts.decade_suffixes)
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, words_of))})|0(?:{decades})(?!\w)", re.IGNORECASE
    )


def _text_pairs(text: str, language: str) -> list[tuple[int, int]]:
    """The pairs of numbers of `text`, by value (int reads the digits of every script)."""
    return [(int(a), int(b)) for a, b in _pair_pattern(language).findall(text)]


# --- The reading: figures paired with what the other side says of them


def differing(
    source_language: str,
    source_text: str,
    source_figures: Sequence[Figure],
    target_language: str,
    target_text: str,
    target_figures: Sequence[Figure],
) -> list[Difference]:
    """The constructions of the two sides that differ though their figures agree: percentage
    points against percent, a pair the other way round, a height read as another length."""
    source = (language_code(source_language), source_text, source_figures)
    target = (language_code(target_language), target_text, target_figures)
    return [
        *_points_against_percent(source, target),
        *_reversed_pairs(source, target),
        *_heights(source, target, source_is_height=True),
        *_heights(target, source, source_is_height=False),
        *_units_not_converted(source, target),
        *_minus_in_words(source, target),
        *_decades(source, target),
    ]


_SideText = tuple[str, str, Sequence[Figure]]
_HEIGHT_UNITS = frozenset({"inch", "foot"})
_INCHES_AFTER_FEET = 16  # characters from the end of the feet to the inches' figure


def _is_points(figure: Figure, language: str) -> bool:
    return re.search(FACTS[language].percent.points, figure.raw) is not None


def _points_against_percent(source: _SideText, target: _SideText) -> list[Difference]:
    """ "3 percentage points" where the other side says "3%", either way round."""
    kinds: list[Counter[tuple[Decimal, bool]]] = []
    for language, _, figures in (source, target):
        kinds.append(
            Counter(
                (figure.value.amount, _is_points(figure, language))
                for figure in figures
                if isinstance(figure.value, PercentValue)
            )
        )
    ours, theirs = kinds
    found: list[Difference] = []
    for amount in sorted({amount for amount, _ in ours + theirs}):
        # Points the source says that the translation says as percent, or the other way round.
        for points_side_is_source in (True, False):
            points_here, points_there = (ours, theirs) if points_side_is_source else (theirs, ours)
            excess = min(
                points_here[amount, True] - points_there[amount, True],
                points_there[amount, False] - points_here[amount, False],
            )
            if excess <= 0:
                continue
            source_points = points_side_is_source
            source_figures = _percent_figures(source, amount, points=source_points)
            target_figures = _percent_figures(target, amount, points=not source_points)
            for a, b in list(zip(source_figures, target_figures, strict=False))[:excess]:
                found.append(Difference(a, b, "percentage points are not percent"))
    return found


def _percent_figures(side: _SideText, amount: Decimal, *, points: bool) -> list[Figure]:
    language, _, figures = side
    return [
        figure
        for figure in figures
        if figure.value == PercentValue(amount) and _is_points(figure, language) == points
    ]


def _figure_pairs(side: _SideText) -> list[tuple[Figure, Figure]]:
    """Two whole numbers joined as a score or pair ("2&1", "3:1", "1 مقابل 2")."""
    language, text, figures = side
    links = re.compile(FACTS[language].percent.score_links)
    pairs = []
    for first, second in pairwise(figures):
        if not (_small_whole(first) and _small_whole(second)):
            continue
        if links.fullmatch(text, first.end, second.start):
            pairs.append((first, second))
    return pairs


def _small_whole(figure: Figure) -> bool:
    value = figure.value
    return (
        isinstance(value, NumberValue)
        and figure.raw.translate(ASCII_DIGITS).isdigit()
        and 0 <= value.amount <= _LARGEST_IN_PAIR
    )


def _amounts(pair: tuple[Figure, Figure]) -> tuple[Decimal, Decimal]:
    first, second = pair
    assert isinstance(first.value, NumberValue) and isinstance(second.value, NumberValue)
    return first.value.amount, second.value.amount


def _reversed_pairs(source: _SideText, target: _SideText) -> list[Difference]:
    """A pair the source writes one way round ("2&1") and the translation the other ("1:2"),
    but for a loss's score, which languages write either way round (`PercentWords.loss_words`)."""
    ours, theirs = _figure_pairs(source), _figure_pairs(target)
    ours = [pair for pair in ours if not _after_loss(pair, source)]
    theirs = [pair for pair in theirs if not _after_loss(pair, target)]
    our_count = Counter(_amounts(pair) for pair in ours)
    their_count = Counter(_amounts(pair) for pair in theirs)
    found: list[Difference] = []
    taken: set[int] = set()
    for pair in ours:
        a, b = _amounts(pair)
        if a == b or our_count[a, b] <= their_count[a, b]:
            continue
        if their_count[b, a] <= our_count[b, a]:
            continue
        other = next((p for p in theirs if _amounts(p) == (b, a) and id(p[0]) not in taken), None)
        if other is None:
            continue
        taken.add(id(other[0]))
        our_count[a, b] -= 1
        their_count[b, a] -= 1
        note = f"the same numbers the other way round: {a}–{b} against {b}–{a}"
        found.append(Difference(_spanning(pair, source[1]), _spanning(other, target[1]), note))
    return found


# How far before a score the word for a loss may stand ("проиграл «Краснодару» 0:2").
_LOSS_BEFORE_AT_MOST = 40


def _after_loss(pair: tuple[Figure, Figure], side: _SideText) -> bool:
    """Whether a word for a loss stands shortly before the score `pair`."""
    language, text, _ = side
    words = FACTS[language].percent.loss_words
    start = pair[0].start
    window = text[max(0, start - _LOSS_BEFORE_AT_MOST) : start]
    return bool(words) and re.search(words, window) is not None


def _spanning(pair: tuple[Figure, Figure], text: str, value: NumberValue | None = None) -> Figure:
    """One figure for a construction of two: its first number's value, the whole as written."""
    first, second = pair
    shown = value if value is not None else first.value
    return Figure(text[first.start : second.end], first.kind, shown, first.start, second.end)


def _heights(
    height_side: _SideText, other: _SideText, *, source_is_height: bool
) -> list[Difference]:
    """A height in feet and inches ("6-foot-6") that the other side states as another length
    made of the same numbers ("6 أقدام"), not as its conversion."""
    language, text, figures = height_side
    if not FACTS[language].unit_words.feet_and_inches:
        return []
    heights = [
        (quantity, covered, start, end)
        for quantity, covered, start, end in units.quantities(language, text, figures)
        if quantity.unit == "inch" and len(covered) == 2
    ]
    if not heights:
        return []
    other_language, other_text, other_figures = other
    lengths = [
        (quantity, covered, start, end)
        for quantity, covered, start, end in units.quantities(
            other_language, other_text, other_figures
        )
        if units.UNITS[quantity.unit].dimension == "length" and covered
    ]
    inch_starts = [(length.unit, start) for length, _, start, _ in lengths]
    # "6 футов 6 дюймов": feet then inches, side by side, are one height too.
    combined = [
        units.Quantity(units.convert(feet, "inch") + inches.amount, "inch")
        for (feet, _, _, feet_end), (inches, _, inches_start, _) in pairwise(lengths)
        if feet.unit == "foot" and inches.unit == "inch" and inches_start - feet_end <= 4
    ]
    found: list[Difference] = []
    for height, covered, start, end in heights:
        end = start + len(text[start:end].rstrip())
        if any(
            _same_length(height, length, source_is_height)
            for length in [*(length for length, *_ in lengths), *combined]
        ):
            continue
        numbers = {figure.value for figure in covered}
        for length, their_figures, their_start, their_end in lengths:
            if not all(figure.value in numbers for figure in their_figures):
                continue
            if any(
                unit == "inch" and 0 <= inches_start - their_end <= _INCHES_AFTER_FEET
                for (unit, inches_start) in inch_starts
            ):
                continue  # feet, then inches the figures compare ("4 фута и 8 1⁄2 дюйма")
            feet, inches = (figure.value for figure in covered)
            assert isinstance(feet, NumberValue) and isinstance(inches, NumberValue)
            converted = units.convert(height, length.unit)
            shown = converted.quantize(Decimal(10) ** (converted.adjusted() - 3)).normalize()
            symbol = units.UNITS[length.unit].symbol
            note = f"{feet.amount} ft {inches.amount} in = {shown:f} {symbol}"
            ours = Figure(text[start:end], "number", NumberValue(shown), start, end)
            first = their_figures[0]
            theirs = Figure(
                other_text[their_start:their_end], "number", first.value, their_start, their_end
            )
            pair = (ours, theirs) if source_is_height else (theirs, ours)
            found.append(Difference(*pair, note))
            break
    return found


def _same_length(height: units.Quantity, length: units.Quantity, source_is_height: bool) -> bool:
    if length.unit in _HEIGHT_UNITS:
        # Feet and inches are no conversion to round: "6 feet" for 6 ft 6 in drops the inches.
        return units.convert(length, height.unit) == height.amount
    written, converted = (height, length) if source_is_height else (length, height)
    return units.conversion_error(written, converted) is not None


def _measured(side: _SideText) -> list[tuple[units.Quantity, Figure]]:
    """The quantities of one figure each that a side states ("30 miles", "48 км"); a height
    in feet and inches is `_heights`' to read, and a temperature is left out, since "30
    degrees" says no scale and the news means Celsius as often as Fahrenheit by it."""
    language, text, figures = side
    return [
        (quantity, covered[0])
        for quantity, covered, _, _ in units.quantities(language, text, figures)
        if len(covered) == 1 and units.UNITS[quantity.unit].dimension != "temperature"
    ]


def _units_not_converted(source: _SideText, target: _SideText) -> list[Difference]:
    """A quantity whose number the other side keeps with another unit of the same kind ("30
    miles" against "30 км"), where the two are no conversion of each other and the other side
    does not also state the quantity in its own unit."""
    ours, theirs = _measured(source), _measured(target)
    if not ours or not theirs:
        return []
    found: list[Difference] = []
    taken: set[int] = set()
    for quantity, figure in ours:
        for other, their_figure in theirs:
            if id(their_figure) in taken or other.amount != quantity.amount:
                continue
            if not units.same_dimension(quantity, other):
                continue
            if units.conversion_error(quantity, other) is not None:
                continue  # "100 yards" as "100 метров": within the translator's rounding
            if any(q == quantity for q, _ in theirs) or any(q == other for q, _ in ours):
                continue  # the other side states this one too ("30 miles (48 km)" kept whole)
            taken.add(id(their_figure))
            symbol = units.UNITS[other.unit].symbol
            note = f"{units.describe_conversion(quantity, other.unit)}, not {other.amount} {symbol}"
            found.append(Difference(figure, their_figure, note))
            break
    return found


def _minus_in_words(source: _SideText, target: _SideText) -> list[Difference]:
    """A number that a word makes negative on one side ("минус 14", "14 below zero") where the
    other side states it positive ("14F"): the first reading took them for one value."""
    found: list[Difference] = []
    signed = [_signed_in_words(side) for side in (source, target)]
    for ours, theirs, source_first in ((0, 1, True), (1, 0, False)):
        for figure, negative in signed[ours]:
            if not negative:
                continue
            assert isinstance(figure.value, NumberValue)
            amount = figure.value.amount
            if any(
                f.value == NumberValue(-amount) or (f.value == figure.value and minus)
                for f, minus in signed[theirs]
            ):
                continue  # the other side says minus too, in digits or in words
            other = next((f for f, _ in signed[theirs] if f.value == figure.value), None)
            if other is None:
                continue
            pair, said = (
                ((figure, other), f"minus {amount} against {amount}")
                if source_first
                else ((other, figure), f"{amount} against minus {amount}")
            )
            found.append(Difference(*pair, said))
    return found


def _signed_in_words(side: _SideText) -> list[tuple[Figure, bool]]:
    """Each number of a side, and whether a word makes it negative."""
    language, text, figures = side
    return [
        (figure, words.negative_in_words(text, figure.start, figure.end, language))
        for figure in figures
        if isinstance(figure.value, NumberValue)
    ]


@dataclass(frozen=True)
class _Decade:
    tens: int  # 9 of "the 1990s", "90-е", "التسعينيات"
    century: int | None  # 19 of "the 1990s"; None where not written
    figure: Figure  # for the message: the decade as written, its year as value


@cache
def _decade_digits(language: str) -> re.Pattern[str]:
    suffixes = "|".join(re.escape(suffix) for suffix in FACTS[language].decade_suffixes)
    return re.compile(rf"(?<![\d.,])(\d\d)?(\d)0(?:{suffixes})(?!\w)")


def _decades_of(side: _SideText) -> list[_Decade]:
    """The decades a side names: in digits ("the 1990s", "'80s", "в 1990-х", "80-е") and in
    words ("the nineties", "девяностые", "التسعينيات")."""
    language, text, _ = side
    found = []
    for match in _decade_digits(language).finditer(text.translate(ASCII_DIGITS)):
        century, tens = match[1], int(match[2])
        value = NumberValue(Decimal(int(century or 0) * 100 + tens * 10))
        figure = Figure(match.group(), "number", value, match.start(), match.end())
        found.append(_Decade(tens, int(century) if century else None, figure))
    for tens, pattern in FACTS[language].number_words.decades.items():
        for match in re.finditer(pattern, text):
            value = NumberValue(Decimal(tens * 10))
            figure = Figure(match.group(), "number", value, match.start(), match.end())
            found.append(_Decade(tens, None, figure))
    return found


def _same_decade(a: _Decade, b: _Decade) -> bool:
    return a.tens == b.tens and (a.century is None or b.century is None or a.century == b.century)


def _decades(source: _SideText, target: _SideText) -> list[Difference]:
    """Decades each side names that the other does not, paired in order: "the 1990s" against
    "80-е годы". A decade on one side alone is no finding (a translator may drop or add one)."""
    ours, theirs = _decades_of(source), _decades_of(target)
    if not ours or not theirs:
        return []
    unstated = [d for d in ours if not any(_same_decade(d, other) for other in theirs)]
    other_unstated = [d for d in theirs if not any(_same_decade(d, other) for other in ours)]
    return [
        Difference(a.figure, b.figure, f"another decade: {a.figure.raw} against {b.figure.raw}")
        for a, b in zip(unstated, other_unstated, strict=False)
    ]
