"""The second reading of figures: what the strict first pass leaves unmatched, accounted for.

The first pass (`l10n.figures.extract_figures`, compared as multisets of values by
`l10n.check`) reads each side alone and settles nearly every entry. Where it disagrees, this
module reads each side again **in the light of the unmatched figures**: a translator may state
a figure in words ("сорока восьми" for 48), in other units ("250 кг" for 550 pounds), as a time
written another way ("2 часа дня" for 2pm), inside a compound word ("25-тысячная" for 25,000),
and so on. An unmatched figure that the other side states in such a form is accounted for;
only what stays unexplained becomes a finding.

The extension point is `EXPLAINERS`: an ordered table of name -> function. Each explainer is
given one unmatched figure, its own side (`here`) and the other side (`there`), and returns an
`Explanation` naming the unmatched figures of either side it accounts for, or None. Rules:

- An explainer accounts for a figure only by finding its value stated on the other side, in
  another form, or by showing that the figure is not a figure at all (a name, a heading word).
  It may take other unmatched figures with it (the "250" of "250 кг" when it explains 550
  pounds); it never takes a figure the first pass matched.
- A changed value is never explained away: a reading of the other side counts only when it
  states the same value (a conversion within the translator's rounding, see
  `units.conversion_error`).
- An explanation may carry a `warning` (a number written in a foreign convention): the check
  reports it as `number-format`, since the value is right but the writing misleads.

Explainers run in table order for each unmatched figure of the source, then of the translation;
the first one that accounts for a figure wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise

from l10n.figures import units, words
from l10n.figures.locale_facts import (
    ASCII_DIGITS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    FACTS,
    ROMAN_NUMERALS,
)
from l10n.figures.scanner import is_decade, language_code, trie_pattern, word_trie
from l10n.figures.values import (
    DateValue,
    Figure,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    describe,
)


@dataclass
class Side:
    """One language's text of an entry, its figures, and those still unaccounted for."""

    language: str
    text: str
    figures: Sequence[Figure]
    unmatched: list[Figure] = field(default_factory=list)
    is_source: bool = False  # set by `explain`: conversions go from the source's units
    # Every reading of the text, made once when an explainer first asks (see `readings`).
    readings: list[Reading] | None = field(default=None, repr=False)
    outside_figures: str | None = field(default=None, repr=False)  # see `_outside_figures`

    def is_open(self, figure: Figure) -> bool:
        """Whether `figure` is still unmatched (and so may be taken by an explanation)."""
        return any(candidate is figure for candidate in self.unmatched)

    def take(self, taken: Iterable[Figure]) -> None:
        ids = {id(figure) for figure in taken}
        self.unmatched = [figure for figure in self.unmatched if id(figure) not in ids]


@dataclass(frozen=True)
class Explanation:
    """Why some unmatched figures are no difference: `reason` names the class."""

    reason: str
    here: tuple[Figure, ...]  # the figure explained, and any of its own side it takes along
    there: tuple[Figure, ...] = ()  # unmatched figures of the other side it accounts for
    warning: str | None = None  # still worth saying, as a `number-format` finding


Explainer = Callable[[Figure, Side, Side], Explanation | None]


@dataclass(frozen=True)
class Explained:
    """An explanation as the settlement keeps it: the figures of each side it accounts for."""

    reason: str
    source: tuple[Figure, ...]
    target: tuple[Figure, ...]
    warning: str | None = None


@dataclass
class Settlement:
    """What the second stage leaves: the figures still unmatched, and what it explained."""

    missing: list[Figure]
    extra: list[Figure]
    explanations: list[Explained]
    # For source figures left unmatched, by id: what a reader should know ("385 mi = 619.6 km").
    notes: dict[int, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[tuple[Figure, str]]:
        """(figure of the translation, message) for each explanation that keeps a warning."""
        return [
            (explained.target[0] if explained.target else explained.source[0], warning)
            for explained in self.explanations
            if (warning := explained.warning)
        ]


# An entry with more unmatched figures than this is not read a second time whole: the
# explainers compare each unmatched figure with the readings of the other side, which would make
# one long hostile entry ("January 1, January 1, ...") take time growing with the square of its
# length. It is read again a sentence pair at a time where it can be (`_explain_by_sentences`);
# what stays over the limit keeps every difference the first pass found (never fewer findings).
EXPLAIN_LIMIT = 64


def explain(source: Side, target: Side) -> Settlement:
    """Account for the unmatched figures of `source` and `target` where the other side states
    them in another form; `source.unmatched` and `target.unmatched` are the first pass's."""
    explanations: list[Explained] = []
    if len(source.unmatched) + len(target.unmatched) > EXPLAIN_LIMIT:
        return _explain_by_sentences(source, target)
    source.is_source, target.is_source = True, False
    for here, there in ((source, target), (target, source)):
        for figure in list(here.unmatched):
            if not here.is_open(figure):
                continue  # taken along by an earlier explanation
            for explainer in EXPLAINERS.values():
                explanation = explainer(figure, here, there)
                if explanation is not None:
                    here.take(explanation.here)
                    there.take(explanation.there)
                    ours, theirs = explanation.here, explanation.there
                    figures = (ours, theirs) if here is source else (theirs, ours)
                    explanations.append(
                        Explained(explanation.reason, *figures, explanation.warning)
                    )
                    break
    notes = _conversion_notes(source, target)
    return Settlement(list(source.unmatched), list(target.unmatched), explanations, notes)


def _explain_by_sentences(source: Side, target: Side) -> Settlement:
    """`explain` for an entry with too many unmatched figures to read again whole, where both
    texts have as many sentences (two or more): each sentence's unmatched figures are read
    again in the light of its sentence on the other side, so that a long entry gets the
    findings its sentences get alone ("1,312" in Russian prose, repeated, stays a format
    warning), in time that grows with its length. The first pass matched the entry whole: a
    figure moved to another sentence is matched already. Otherwise every difference stays."""
    from l10n.errors import UnknownLanguageError
    from l10n.segment import sentence_spans

    unexplained = Settlement(list(source.unmatched), list(target.unmatched), [])
    try:
        source_spans = sentence_spans(source.text, source.language)
        target_spans = sentence_spans(target.text, target.language)
    except UnknownLanguageError:
        return unexplained
    if len(source_spans) != len(target_spans) or len(source_spans) < 2:
        return unexplained
    source_parts = _sentence_parts(source, source_spans)
    target_parts = _sentence_parts(target, target_spans)
    originals: dict[int, Figure] = {}
    settled = Settlement([], [], [])
    for (ours, our_originals), (theirs, their_originals) in zip(
        source_parts, target_parts, strict=True
    ):
        originals.update(our_originals)
        originals.update(their_originals)
        part = explain(ours, theirs)
        settled.missing += [originals[id(figure)] for figure in part.missing]
        settled.extra += [originals[id(figure)] for figure in part.extra]
        settled.explanations += [
            replace(
                explained,
                source=tuple(originals[id(figure)] for figure in explained.source),
                target=tuple(originals[id(figure)] for figure in explained.target),
            )
            for explained in part.explanations
        ]
        settled.notes.update(
            (id(originals[figure_id]), note)
            for figure_id, note in part.notes.items()
            if figure_id in originals
        )
    # A figure across two sentences (in none of the parts) stays as the first pass left it.
    placed = {id(figure) for figure in originals.values()}
    settled.missing += [figure for figure in source.unmatched if id(figure) not in placed]
    settled.extra += [figure for figure in target.unmatched if id(figure) not in placed]
    return settled


def _sentence_parts(
    side: Side, spans: Sequence[tuple[int, int]]
) -> list[tuple[Side, dict[int, Figure]]]:
    """For each sentence span of `side`, the sentence as a side of its own (its figures at
    offsets in the sentence) and, by the id of each of its figures, the figure of `side` it
    stands for."""
    figures = sorted(side.figures, key=lambda figure: figure.start)
    starts = [figure.start for figure in figures]
    unmatched = {id(figure) for figure in side.unmatched}
    parts = []
    for start, end in spans:
        own = [
            figure
            for figure in figures[bisect_left(starts, start) : bisect_left(starts, end)]
            if figure.end <= end
        ]
        moved = [
            replace(figure, start=figure.start - start, end=figure.end - start) for figure in own
        ]
        part = Side(
            side.language,
            side.text[start:end],
            moved,
            [copy for copy, figure in zip(moved, own, strict=True) if id(figure) in unmatched],
        )
        parts.append((part, {id(copy): figure for copy, figure in zip(moved, own, strict=True)}))
    return parts


def _conversion_notes(source: Side, target: Side) -> dict[int, str]:
    """For each unmatched source quantity that the translation states in other units of the
    same kind, its conversion, so that the finding shows what the figure should have been."""
    notes: dict[int, str] = {}
    if not source.unmatched or not target.unmatched:
        return notes
    theirs = [
        reading.value
        for reading in _open_readings(target)
        if isinstance(reading.value, units.Quantity) and reading.figures
    ]
    for figure in source.unmatched:
        for reading in _alternatives(figure, source):
            own = reading.value
            if not isinstance(own, units.Quantity):
                continue
            other = next((q for q in theirs if units.same_dimension(own, q)), None)
            if other is not None:
                notes[id(figure)] = units.describe_conversion(own, other.unit)
                break
    return notes


# --------------------------------------------------------------------------------------------
# Other readings of a figure: what a careful reader also sees in "7.55am" or "25-тысячная"


@dataclass(frozen=True)
class Reading:
    """A value a side states, covering some of its figures (none for words alone)."""

    value: FigureValue | units.Quantity
    figures: tuple[Figure, ...]
    start: int
    end: int
    kind: str  # how it was read: "time of day", "percent word", "compound word"...


_AS_WRITTEN = "as written"


def readings(side: Side) -> list[Reading]:
    """Every reading of `side`: its figures as they are, then their other readings (times,
    percent words, compound words, mixed scales, units), then quantities in words.

    Made once per side, never shared between sides: a reading names the very figures of its
    side (taking a figure is by identity, so that two equal figures stay two).
    """
    if side.readings is None:
        figures = side.figures
        found = [
            Reading(figure.value, (figure,), figure.start, figure.end, _AS_WRITTEN)
            for figure in figures
        ]
        for reader in _READERS:
            found.extend(reader(side.language, side.text, figures))
        side.readings = found
    return side.readings


def _alternatives(figure: Figure, side: Side) -> list[Reading]:
    """The readings of `side` that cover `figure`: its own value first."""
    return [reading for reading in readings(side) if figure in reading.figures]


def _open_readings(side: Side) -> Iterator[Reading]:
    """Readings of `side` whose figures are all still unmatched (words-only readings too)."""
    for reading in readings(side):
        if all(side.is_open(figure) for figure in reading.figures):
            yield reading


@cache
def _time_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The language's words after and before a number that make it a time of day."""
    time_words = FACTS[language].time_words
    before = re.compile(time_words.before) if time_words.before else None
    return re.compile(time_words.after), before


def _clock_values(hour: int, minute: int, part: str | None, language: str) -> set[TimeValue]:
    """The times of day "hour:minute" can be, given a word for the part of the day."""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return set()
    if part is None:
        return {TimeValue(hour, minute)} | ({TimeValue(hour + 12, minute)} if hour < 12 else set())
    time_words = FACTS[language].time_words
    late_parts = time_words.late_parts
    late = part.lower().replace(" ", "") in late_parts or part in late_parts
    if part in time_words.night_parts:
        late = hour >= 6
    if late and hour < 12:
        return {TimeValue(hour + 12, minute)}
    if not late and hour == 12:
        return {TimeValue(0 if time_words.twelve_early_is_midnight else 12, minute)}
    return {TimeValue(hour, minute)}


def _time_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "7.55am", "2 часа дня", "5 часов утра", "الساعة 3 عصرًا", "7 ص.": times of day."""
    after, before = _time_patterns(language)
    for figure in figures:
        value = figure.value
        if isinstance(value, TimeValue):
            match = after.match(text, figure.end)
            if match and match["part"]:
                for time in _clock_values(value.hour, value.minute, match["part"], language):
                    yield Reading(time, (figure,), figure.start, match.end(), "time of day")
            continue
        if not isinstance(value, NumberValue) or value.amount < 0:
            continue
        clock = _wire_clock(language, text, figure)
        if clock is not None:
            yield Reading(clock, (figure,), figure.start, figure.end, "time of day")
            continue
        hour, minute = _hour_minute(value.amount)
        if hour is None:
            continue
        match = after.match(text, figure.end)
        preceded = before is not None and _ends_at(before, text, figure.start)
        if match is None and not preceded:
            continue
        part = match["part"] if match else None
        end = match.end() if match else figure.end
        for time in _clock_values(hour, minute, part, language):
            yield Reading(time, (figure,), figure.start, end, "time of day")


def _wire_clock(language: str, text: str, figure: Figure) -> TimeValue | None:
    """The time of day of four digits that a time zone or "local time" follows, as news
    agencies write the 24-hour clock ("by 1130 GMT", "at 1400 local time"): 11:30, 14:00."""
    digits = figure.raw.strip().translate(ASCII_DIGITS)
    if len(digits) != 4 or not digits.isdigit():
        return None
    hour, minute = int(digits[:2]), int(digits[2:])
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    if _zone_right_after(language, text, figure.end) is None:
        return None
    return TimeValue(hour % 24, minute)


def _zone_right_after(language: str, text: str, end: int) -> int | str | None:
    """The zone named right after `end` (spaces between, or a bracket): its offset from GMT
    in minutes, "local" for the place's own time, or None."""
    start = end
    while start < len(text) and (text[start].isspace() or text[start] in "(["):
        start += 1
    for pattern, offset in _zone_patterns(language):
        if pattern.match(text, start):
            return offset
    local = _local_time_pattern(language)
    if local is not None and local.match(text, start):
        return "local"
    return None


@cache
def _local_time_pattern(language: str) -> re.Pattern[str] | None:
    local = FACTS[language].time_words.local_time
    return re.compile(local) if local else None


def _time_word_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "noon", "полночь", "التاسعة والنصف مساء": a time of day in words, no figure of it."""
    time_words = FACTS[language].time_words
    for pattern, (hour, minute) in time_words.named.items():
        for match in re.finditer(pattern, text):
            yield Reading(TimeValue(hour, minute), (), match.start(), match.end(), "time of day")
    if not time_words.hours_in_words:
        return
    after, before = _time_patterns(language)
    for match in re.finditer(time_words.hours_in_words, text):
        part = after.match(text, match.end())
        preceded = before is not None and _ends_at(before, text, match.start())
        # An ordinal alone is "the ninth" of anything: only a part of the hour, a part of the
        # day or the word for the hour makes it a time.
        if not (match["past"] or match["to"] or part or preceded):
            continue
        said = [
            n for n in range(1, 13) if words.word_is_number(Decimal(n), match["hour"], language)
        ]
        if not said:
            continue
        hour, minute = said[0], 0
        if match["past"]:
            minute = time_words.hour_parts[match["past"]]
        elif match["to"]:
            hour, minute = hour - 1, 60 - time_words.hour_parts[match["to"]]
        end = part.end() if part else match.end()
        for time in _clock_values(hour, minute, part["part"] if part else None, language):
            yield Reading(time, (), match.start(), end, "time of day")


# How far before a figure's blanks a word that makes it an hour ("الساعة 3") may start: the
# search looks there only, not at the whole text before each figure (which took time in the
# square of the text's length).
_WORD_BEFORE_AT_MOST = 64


def _ends_at(pattern: re.Pattern[str], text: str, position: int) -> bool:
    """Whether `pattern`, a word then blanks, matches up to `position` in `text`."""
    blanks = position
    while blanks > 0 and text[blanks - 1].isspace():
        blanks -= 1
    return pattern.search(text, max(0, blanks - _WORD_BEFORE_AT_MOST), position) is not None


def _hour_minute(amount: Decimal) -> tuple[int | None, int]:
    """7 -> (7, 0); 7.55 -> (7, 55); 4.4 (written "4.40") -> (4, 40); else (None, 0)."""
    if amount != amount.to_integral_value():
        hour = int(amount)
        minute = (amount - hour) * 100
        if minute != minute.to_integral_value():
            return None, 0
        return (hour, int(minute)) if hour <= 24 and minute < 60 else (None, 0)
    return (int(amount), 0) if amount <= 24 else (None, 0)


@cache
def _percent_after(language: str) -> re.Pattern[str]:
    return re.compile(FACTS[language].percent.after_figure)


def _percent_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "27 процентами", "12-процентный", "40 percentage points": percentages in words."""
    after = _percent_after(language)
    for figure in figures:
        if not isinstance(figure.value, NumberValue):
            continue
        match = after.match(text, figure.end)
        if match:
            value = PercentValue(figure.value.amount)
            yield Reading(value, (figure,), figure.start, match.end(), "percent word")


@cache
def _subunit_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    between, after = FACTS[language].number_words.subunits
    return (re.compile(between), re.compile(after)) if between and after else None


def _subunit_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "1 рубль 20 копеек" is 1.20 rubles: a sum's main units and hundredths side by side."""
    patterns = _subunit_patterns(language)
    if patterns is None:
        return
    between, after = patterns
    for main, hundredths in pairwise(figures):
        a, b = main.value, hundredths.value
        if not (isinstance(a, NumberValue) and isinstance(b, NumberValue)):
            continue
        if not (0 <= b.amount < 100 and b.amount == b.amount.to_integral_value()):
            continue
        if not between.fullmatch(text, main.end, hundredths.start):
            continue
        if after.match(text, hundredths.end):
            total = NumberValue((a.amount + b.amount / 100).normalize())
            yield Reading(total, (main, hundredths), main.start, hundredths.end, "subunits")


def _minus_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "минус 35", "35 below zero", "14 градусов мороза": a negative number, its minus a word."""
    for figure in figures:
        value = figure.value
        if not isinstance(value, NumberValue) or value.amount <= 0:
            continue
        if words.negative_in_words(text, figure.start, figure.end, language):
            negative = NumberValue(-value.amount)
            yield Reading(negative, (figure,), figure.start, figure.end, "minus in words")


@cache
def _point_patterns(language: str) -> tuple[tuple[Decimal, re.Pattern[str]], ...]:
    parts = FACTS[language].percent.parts_of_point
    return tuple((value, re.compile(pattern)) for value, pattern in parts.items())


@cache
def _basis_points(language: str) -> re.Pattern[str] | None:
    basis_points = FACTS[language].percent.basis_points
    return re.compile(basis_points) if basis_points else None


def _point_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "a quarter point" and "25 basis points" are 0.25 percentage points: a part of a point
    in words, and hundredths of a point, as the other side's "0,25 п.п." states them."""
    for part, pattern in _point_patterns(language):
        for match in pattern.finditer(text):
            yield Reading(PercentValue(part), (), match.start(), match.end(), "part of a point")
    basis_points = _basis_points(language)
    if basis_points is None:
        return
    for figure in figures:
        if not isinstance(figure.value, NumberValue):
            continue
        after = basis_points.match(text, figure.end)
        if after:
            value = PercentValue((figure.value.amount / 100).normalize())
            yield Reading(value, (figure,), figure.start, after.end(), "basis points")


def _compound_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "40-тысячная" is 40,000, "двухметровый" 2 m: a number and a word made one."""
    compound = FACTS[language].compound_words
    if compound is None:
        return
    scales = words.compound_scale_pattern(language)
    for figure in figures:
        if not isinstance(figure.value, NumberValue):
            continue
        match = scales.match(text, figure.end)
        if match:
            amount = figure.value.amount * compound.scale_stems[match["scale"].lower()]
            yield Reading(
                NumberValue(amount.normalize()),
                (figure,),
                figure.start,
                match.end(),
                "compound word",
            )
    for number, stem, start, end in words.compound_words(text, language):
        scale = compound.scale_stems.get(stem, 0)
        if scale:
            yield Reading(
                NumberValue((number * scale).normalize()), (), start, end, "compound word"
            )
        elif stem == compound.percent_stem:
            yield Reading(PercentValue(number), (), start, end, "compound word")


@cache
def _and_a_half(language: str) -> re.Pattern[str]:
    """ "and a half" after a number, a noun perhaps between: "6 ساعات ونصف", "3 с половиной"."""
    return re.compile(FACTS[language].number_words.and_a_half.after_figure)


def _half_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "6 ساعات ونصف" is 6.5: a whole number and a half."""
    pattern = _and_a_half(language)
    for figure in figures:
        value = figure.value
        if not isinstance(value, NumberValue):
            continue
        if value.amount != value.amount.to_integral_value():
            continue
        match = pattern.match(text, figure.end)
        if match:
            half = NumberValue(value.amount + Decimal("0.5"))
            yield Reading(half, (figure,), figure.start, match.end(), "number words")


# The "and" of every language, as texts mix them: "1 млн и 300 тыс.".
_AND_WORDS = [word for facts in FACTS.values() for word in facts.number_words.and_words]
_MIXED_JOIN = re.compile(rf"\s*(?:{'|'.join(_AND_WORDS)})?\s*$")


def _mixed_scale_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "1 млн 300 тыс." is 1.3 million: figures with falling scales side by side add up."""
    for first, second in pairwise(figures):
        a, b = first.value, second.value
        if not (isinstance(a, NumberValue) and isinstance(b, NumberValue)):
            continue
        join = text[first.end : second.start]
        if first.raw[-1:].isdigit():
            continue  # the first must carry a scale word
        if second.raw[-1:].isdigit() and not (
            # "29 ألفا و430" is 29,430: thousands, "and", then digits below a thousand
            _AND_ALONE.fullmatch(join) and 0 < b.amount < 1000 and a.amount % 1000 == 0
        ):
            continue
        if a.amount <= b.amount or not _MIXED_JOIN.match(join):
            continue
        if len(join) > 4:
            continue
        total = NumberValue((a.amount + b.amount).normalize())
        yield Reading(total, (first, second), first.start, second.end, "mixed scales")
    yield from _one_scale_then_figure(language, text, figures)


_AND_ALONE = re.compile(rf"\s*(?:{'|'.join(_AND_WORDS)})\s*", re.IGNORECASE)


def _one_scale_then_figure(
    language: str, text: str, figures: Sequence[Figure]
) -> Iterator[Reading]:
    """ "مليون و300 ألف" is 1.3 million: a scale word with no number before it is one of it,
    and a smaller figure right after it adds up with it; a number word before it counts it
    ("ثلاثة ملايين و200 ألف", "три миллиона 200 тысяч": 3.2 million)."""
    code = language_code(language)
    spelled = FACTS[code].spelled
    multipliers = spelled.multipliers
    numbers = spelled.numbers
    pattern = _lone_scale_pattern(code)
    spans = [(figure.start, figure.end) for figure in figures]
    for figure in figures:
        value = figure.value
        if not isinstance(value, NumberValue) or value.amount <= 0:
            continue
        window = max(0, figure.start - 24)
        match = pattern.search(text[window : figure.start])
        if match is None:
            continue
        start = window + match.start("scale")
        scale = Decimal(multipliers[match["scale"].lower()])
        if scale <= value.amount or any(a <= start < b for a, b in spans):
            continue  # the scale word of another figure ("2 million and 300,000")
        # The word before the scale (a look at a few words back, not at the whole text).
        before = text[max(0, start - _WORD_BEFORE_AT_MOST) : start].split()
        word = before[-1].lower() if before else ""
        if word[-1:].isdigit():
            continue  # "3 ملايين و200 ألف": a figure with its scale (`_mixed_scale_readings`)
        count = numbers.get(word)
        if count is None and word[:1] and word[:1] in spelled.prefixes:
            count = numbers.get(word[1:])  # "بثلاثة": glued to a preposition
        total = NumberValue((scale * (count or 1) + value.amount).normalize())
        yield Reading(total, (figure,), start, figure.end, "mixed scales")


@cache
def _lone_scale_pattern(language: str) -> re.Pattern[str]:
    spelled = FACTS[language].spelled
    words = "|".join(sorted(spelled.multipliers, key=len, reverse=True))
    endings = f"(?:{spelled.case_endings})?" if spelled.case_endings else ""
    return re.compile(rf"(?<!\w)(?P<scale>{words}){endings}{_MIXED_JOIN.pattern}", re.IGNORECASE)


@cache
def _unit_prefix_patterns(language: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    prefixes = FACTS[language].number_words.unit_prefixes
    return tuple(
        (scale, re.compile(rf"\s+(?:{words_of})(?!\w)", re.IGNORECASE))
        for scale, words_of in prefixes.items()
    )


def _unit_prefix_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "1.5 gigatons" is 1.5 billion tonnes ("1.5 مليار طن"): a metric prefix multiplies."""
    for figure in figures:
        if not isinstance(figure.value, NumberValue):
            continue
        for scale, pattern in _unit_prefix_patterns(language):
            match = pattern.match(text, figure.end)
            if match:
                value = NumberValue((figure.value.amount * scale).normalize())
                yield Reading(value, (figure,), figure.start, match.end(), "metric prefix")


def _fraction_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "3 1/2" and "8 1⁄2" are 3.5 and 8.5: a whole number and a fraction after it."""
    for whole, numerator, denominator in zip(figures, figures[1:], figures[2:], strict=False):
        value = _fraction_value(text, whole, numerator, denominator)
        if value is not None:
            reading = (whole, numerator, denominator)
            yield Reading(value, reading, whole.start, denominator.end, "fraction")


def _fraction_value(
    text: str, whole: Figure, numerator: Figure, denominator: Figure
) -> NumberValue | None:
    if text[numerator.end : denominator.start] not in _FRACTION_SLASHES:
        return None
    if text[whole.end : numerator.start] not in (" ", "\u00a0", "-"):
        return None
    w, n, d = (_whole_number(part) for part in (whole, numerator, denominator))
    if w is None or n is None or d is None or not n < d <= 16:
        return None
    return NumberValue((w + n / d).normalize())


def _unit_readings(language: str, text: str, figures: Sequence[Figure]) -> Iterator[Reading]:
    """ "550 pounds", "до 5–10 см", "6-foot-2", "300-килограммовое": quantities with units;
    "2 часа 30 минут": a span in two units side by side, as one."""
    found = list(units.quantities(language, text, figures))
    for quantity, covered, start, end in found:
        yield Reading(quantity, covered, start, end, "unit")
    for (first, ours, _, first_end), (second, theirs, second_start, end) in pairwise(found):
        if ours and theirs and _MIXED_JOIN.match(text[first_end:second_start]):
            span = units.span_in_two_units(first, second)
            if span is not None:
                yield Reading(span, (*ours, *theirs), ours[0].start, end, "unit")


_READERS: tuple[
    Callable[[str, str, Sequence[Figure]], Iterator[Reading]], ...
] = ()  # filled below, once the readers are defined


# --------------------------------------------------------------------------------------------
# The explainers


def explain_other_reading(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side states the same value in another form (time, percent word, compound)."""
    mine = {reading.value: reading.kind for reading in reversed(_alternatives(figure, here))}
    for reading in _open_readings(there):
        if isinstance(reading.value, units.Quantity) or reading.value not in mine:
            continue
        if isinstance(reading.value, TimeValue) and _other_zones(figure, here, reading, there):
            continue  # "0600 GMT" against "06:00 по московскому времени": another moment
        own = _covering(figure, here, reading.value)
        # The class is the side read another way ("7.55am" as a time, against "7:55").
        kind = reading.kind if reading.kind != _AS_WRITTEN else mine[reading.value]
        return Explanation(kind, own, reading.figures)
    return None


def _covering(
    figure: Figure, side: Side, value: FigureValue | units.Quantity
) -> tuple[Figure, ...]:
    """The figures of the reading of `side` covering `figure` with `value`, all still open."""
    for reading in _alternatives(figure, side):
        if reading.value == value and all(side.is_open(other) for other in reading.figures):
            return reading.figures
    return (figure,)


def explain_unit_conversion(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side states the quantity in other units, within the translator's rounding."""
    mine = [r for r in _alternatives(figure, here) if isinstance(r.value, units.Quantity)]
    if not mine:
        return None
    best: tuple[Decimal, Reading, Reading] | None = None
    for reading in _open_readings(there):
        theirs = reading.value
        if not isinstance(theirs, units.Quantity):
            continue
        for own in mine:
            assert isinstance(own.value, units.Quantity)
            # The translator rounds the conversion of the source's figure: the check goes the
            # same way, whichever side's figure is being explained.
            written, converted = (own.value, theirs) if here.is_source else (theirs, own.value)
            # The same quantity is no conversion, but a reading of two figures ("1 час 45
            # минут" as 105 minutes) may state what the other side's one figure does.
            same = len(own.figures) != len(reading.figures) and own.value == theirs
            error = Decimal(0) if same else units.conversion_error(written, converted)
            if error is not None and (best is None or error < best[0]):
                best = (error, own, reading)
    if best is None:
        return None
    _, own, reading = best
    if not all(here.is_open(other) for other in own.figures):
        return None
    return Explanation("unit conversion", own.figures, reading.figures)


def explain_conversion_given_twice(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The figure converts another quantity beside it ("45 miles (72 km)"), which the other
    side states: the translation kept one of the two."""
    mine = [r for r in _alternatives(figure, here) if isinstance(r.value, units.Quantity)]
    for own in mine:
        assert isinstance(own.value, units.Quantity)
        for reading in readings(here):
            neighbour = reading.value
            if reading is own or not isinstance(neighbour, units.Quantity):
                continue
            if any(here.is_open(other) for other in reading.figures):
                continue  # the neighbour must be matched (or in words) on the other side
            gap = (
                here.text[own.end : reading.start]
                if own.end <= reading.start
                else here.text[reading.end : own.start]
            )
            if len(gap.strip(" ()[],–—-")) > 0 or len(gap) > 4:
                continue
            if (
                units.conversion_error(own.value, neighbour, loose=True) is not None
                and _states_quantity(there, neighbour)
                and not units.mentions_unit(there.language, there.text, own.value.unit)
            ):
                # The other side states the neighbour and never names this unit: it left the
                # conversion out, rather than this one figure (whose unit would remain).
                return Explanation("conversion given twice", own.figures)
    return None


# An amount's figure in brackets right after another amount of its side: the bracket opened
# (a currency sign may stand in it), and the words between the two (a currency: "rubles").
_BRACKET_OPENED = re.compile(rf"\(\s*[{re.escape(CURRENCY_SIGNS)}]?\s*$")
_WORDS_THEN_BRACKET = re.compile(
    rf"\s*(?:[^\W\d]+\.?\s*){{1,3}}\(\s*[{re.escape(CURRENCY_SIGNS)}]?\s*"
)
_WORDS_THEN_CLOSED = re.compile(r"\s*(?:[^\W\d]+\.?\s*){0,3}\)")


def explain_money_given_twice(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """An amount its own side gives again in another currency, in brackets after the amount
    the other side states, as agencies add the dollar value: "40 billion roubles ($430
    million)" for "40 млрд рублей". The rate is the writer's, so only where the other side
    leaves no number unmatched: an amount it changed ("(530 млн долларов)") stays a finding."""
    if not isinstance(figure.value, NumberValue):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None
    opened = _BRACKET_OPENED.search(here.text, max(0, figure.start - 3), figure.start)
    closed = _WORDS_THEN_CLOSED.match(here.text, figure.end)
    if opened is None or closed is None:
        return None
    signed = any(sign in opened.group() for sign in CURRENCY_SIGNS)
    if not signed and not re.search(CURRENCY_WORDS, closed.group()):
        return None  # "12 regions (5 provinces)": no amount of money
    before = [other for other in here.figures if other.end <= figure.start and other is not figure]
    if not before:
        return None
    amount = max(before, key=lambda other: other.end)
    if here.is_open(amount) or not isinstance(amount.value, NumberValue):
        return None  # the amount itself must be the other side's
    gap = _WORDS_THEN_BRACKET.match(here.text, amount.end)
    if gap is None or gap.end() != figure.start or gap.end() - amount.end > 40:
        return None
    return Explanation("amount given in two currencies", (figure,))


def _states_quantity(side: Side, quantity: units.Quantity) -> bool:
    """Whether `side` states `quantity`, in its unit or converted within rounding."""
    for reading in readings(side):
        theirs = reading.value
        if not isinstance(theirs, units.Quantity):
            continue
        written, converted = (theirs, quantity) if side.is_source else (quantity, theirs)
        if theirs == quantity or units.conversion_error(written, converted) is not None:
            return True
    return False


def explain_number_words(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side writes the number in words: "сорока восьми", "الرابعة والثلاثين"."""
    values = {
        reading.value
        for reading in _alternatives(figure, here)
        if isinstance(reading.value, NumberValue | PercentValue)
    }
    for value in sorted(values, key=str):
        # The other side must state the number as often as this side, in figures and words
        # together: its "four" then stands for this side's "4", and is not the "four" that
        # this side writes in words too, nor a second "4" both sides write in digits.
        # The figure states the value once at least, even where it is part of a reading
        # ("8 1⁄2" as 8.5) that no single figure states: the other side must state it too.
        if _times_stated(value, there) >= max(1, _times_stated(value, here)):
            return Explanation("number words", (figure,))
    return None


def _times_stated(value: NumberValue | PercentValue, side: Side) -> int:
    """How often `side` states `value`: as figures, and in words outside its figures (the
    "million" of "1 million" is part of a figure already)."""
    in_figures = sum(1 for figure in side.figures if figure.value == value)
    percent = isinstance(value, PercentValue)
    words_only = _outside_figures(side)
    in_words = words.times_in_words(value.amount, words_only, side.language, percent=percent)
    in_adjectives = 0 if percent else _number_adjectives(side.language, words_only)[value.amount]
    return in_figures + in_words + in_adjectives


@cache
def _number_adjective_pattern(language: str) -> re.Pattern[str] | None:
    compound = FACTS[language].compound_words
    if compound is None:
        return None
    stems = trie_pattern(word_trie(set(compound.number_stems) - compound.not_in_adjectives))
    return re.compile(rf"(?<!\w)(?P<number>{stems})(?:{compound.adjective})(?!\w)", re.IGNORECASE)


def _number_adjectives(language: str, text: str) -> Counter[Decimal]:
    """How often `text` states each number by an adjective made on its stem ("пятикратного"
    for "5-time", "двухочковой" for "2-point")."""
    pattern = _number_adjective_pattern(language)
    found: Counter[Decimal] = Counter()
    if pattern is None:
        return found
    compound = FACTS[language].compound_words
    assert compound is not None
    for match in pattern.finditer(text):
        found[compound.number_stems[match["number"].lower()]] += 1
    return found


# The word right after a figure in digits, across a space or a hyphen ("2 second", "30-second").
_WORD_AFTER_FIGURE = re.compile(r"[ \u00a0-]?([^\W\d_]+)")


def _outside_figures(side: Side) -> str:
    """The side's text with its figures blanked out, made once per side in one pass over the
    text (each unmatched figure asks for it: rebuilt per figure and per figure blanked, a long
    entry took time growing with the square of its length).

    An ordinal word right after a figure in digits is blanked with it: there it names a unit
    ("a 2 second pause", "10 ثانية"), and the figure states the number already."""
    if side.outside_figures is None:
        pieces: list[str] = []
        position = 0
        for figure in sorted(side.figures, key=lambda figure: figure.start):
            start, end = max(figure.start, position), max(figure.end, position)
            after = _WORD_AFTER_FIGURE.match(side.text, end)
            if after and figure.raw[-1:].isdigit() and words.is_ordinal(after[1], side.language):
                end = after.end()
            pieces += (side.text[position:start], " " * (end - start))
            position = end
        pieces.append(side.text[position:])
        side.outside_figures = "".join(pieces)
    return side.outside_figures


def differing_number_words(source: Side, target: Side) -> list[tuple[Figure, Figure]]:
    """Numbers each side writes in words and the other side does not state, paired in order:
    "Five tents" against "шесть палаток", "three days" against "أربعة أيام".

    Both sides must have such a number: a number word that only one side has is no finding
    ("one of", "a dozen", "двое" for a plural noun), since translators add and drop them
    freely. A number word the other side states, in figures or in any words
    (`words.times_in_words`: ordinals, duals, "a dozen"), as often as this side does, is
    stated alike. Call it where `words.spells_numbers` holds for both texts.
    """
    mine = _unstated_number_words(source, target)
    theirs = _unstated_number_words(target, source) if mine else []
    # A cardinal is paired with a cardinal, an ordinal with an ordinal: "the first" and "two"
    # far apart in a paragraph are two remarks, while "the third" and "четвертый" are one.
    pairs: list[tuple[Figure, Figure]] = []
    for ordinal in (False, True):
        pairs += zip(
            (word for word in mine if _counts_as_ordinal(word, source) is ordinal),
            (word for word in theirs if _counts_as_ordinal(word, target) is ordinal),
            strict=False,
        )
    return sorted(pairs, key=lambda pair: pair[0].start)


def _counts_as_ordinal(word: Figure, side: Side) -> bool:
    """Whether the number word is an ordinal of a rank ("the third"), not of a ratio: "каждый
    пятый" (every fifth) says "one in five", a cardinal's number."""
    if not words.is_ordinal(word.raw, side.language):
        return False
    ratio_before = FACTS[language_code(side.language)].spelled.ratio_before
    before = side.text[max(0, word.start - 24) : word.start].split()
    return not (before and before[-1].lower() in ratio_before)


def _unstated_number_words(here: Side, there: Side) -> list[Figure]:
    """The numbers `here` writes in words, beyond what `there` states of each value."""
    spans = [(figure.start, figure.end) for figure in here.figures]
    starts = {start for start, _ in spans}
    unstated = []
    excess: dict[NumberValue, int] = {}
    for word in words.spelled_figures(here.text, language_code(here.language)):
        if any(start < word.end and word.start < end for start, end in spans):
            continue  # part of a figure read already ("million" of "5 million")
        after = len(here.text) - len(here.text[word.end :].lstrip())
        if after in starts:
            # A count of things a figure describes ("two 18-year-olds"): translators fold
            # such counts into a total ("четверо ... 17, 18 и 20 лет"), which the figures check.
            continue
        value = word.value
        assert isinstance(value, NumberValue)
        if value not in excess:
            excess[value] = _times_stated(value, here) - _times_stated(value, there)
        if excess[value] > 0:
            excess[value] -= 1
            unstated.append(word)
    return unstated


def explain_separators(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side writes the same digits with the other separators ("120.000" for
    120,000): the same value, written in a way that misleads, so a warning remains."""
    if not isinstance(figure.value, NumberValue | PercentValue):
        return None
    scale = _scale_word(figure.raw, here.language)
    for other in there.unmatched:
        if type(other.value) is not type(figure.value):
            continue
        if _scale_word(other.raw, there.language) != scale:
            # "162 584 mln" against "162,584 مليار": a changed scale word that a separator
            # read the other way would make up for is a changed scale, not a convention.
            continue
        assert isinstance(other.value, NumberValue | PercentValue)
        if any(reading.value == other.value for reading in _alternatives(figure, here)):
            continue  # "40-тысячная" states 40,000 as a compound word, not with separators
        for alternative in _other_separator_readings(other):
            if alternative == figure.value.amount:
                warning: str | None = (
                    f'"{other.raw}" reads as {describe(other.value)} in {there.language}, '
                    f"while {here.language} says {describe(figure.value)}: write the number "
                    f"with {there.language}'s separators"
                )
                if figure.misformatted or other.misformatted:
                    warning = None  # the first pass reports the foreign convention already
                return Explanation("separators", (figure,), (other,), warning)
    return None


_DIGIT_RUN = re.compile(r"[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٬٫\u00a0\u202f ]*[0-9٠-٩۰-۹]")


def _other_separator_readings(figure: Figure) -> set[Decimal]:
    """The values of `figure` had its dots and commas meant the other thing."""
    match = _DIGIT_RUN.search(figure.raw)
    if match is None or not isinstance(figure.value, NumberValue | PercentValue):
        return set()
    digits = match.group().translate(ASCII_DIGITS).replace("\u00a0", "").replace("\u202f", "")
    digits = digits.replace(" ", "").replace("٬", ",").replace("٫", ".")
    if "," not in digits and "." not in digits:
        return set()
    try:
        as_read = _plain_amount(digits, grouping=",")
        as_grouped = Decimal(digits.replace(",", "").replace(".", ""))
        decimal_comma = _plain_amount(digits, grouping=".")
    except InvalidOperation:
        return set()
    base = as_read if as_read else Decimal(1)
    scale = figure.value.amount / base if base else Decimal(1)
    for current in (as_read, decimal_comma, as_grouped):
        if current and figure.value.amount == current:
            scale = Decimal(1)
    return {(value * scale).normalize() for value in (as_grouped, decimal_comma, as_read)} - {
        figure.value.amount.normalize()
    }


def _scale_word(raw: str, language: str) -> int:
    """The scale word a figure carries ("млн", "billion", "مليار"), by value; 1 for none."""
    words_of_figure = set(re.findall(r"[^\W\d_]+\.?", raw.lower()))
    scales = FACTS[language].scale_words
    found = [
        scale
        for word in words_of_figure
        if (scale := scales.get(word) or scales.get(word.rstrip("."))) is not None
    ]
    return max(found, default=1)


def _plain_amount(digits: str, grouping: str) -> Decimal:
    decimal = "." if grouping == "," else ","
    return Decimal(digits.replace(grouping, "").replace(decimal, "."))


def explain_month_word(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A month stated on the other side in a form the first pass does not take for a date
    ("Sept.", "Апрель" alone, "июльский"), or a month word here that is a name ("ماي")."""
    value = figure.value
    if not isinstance(value, DateValue) or value.month is None:
        return None
    if (
        value.day is None
        and value.year is None
        and words.is_name_like_month(figure.raw, here.language)
    ):
        return Explanation("a name, not a month", (figure,))
    # A month word of the other side that its first pass did not read as a date: "Sept.",
    # a heading "Апрель", "июльский".
    read_as_dates = sum(
        1
        for other in there.figures
        if isinstance(other.value, DateValue) and other.value.month == value.month
    )
    there_mentions = words.month_mentions(value.month, there.text, there.language)
    here_mentions = words.month_mentions(value.month, here.text, here.language)
    if there_mentions <= read_as_dates or there_mentions < here_mentions:
        return None
    taken: list[Figure] = []
    open_numbers = [f for f in there.unmatched if isinstance(f.value, NumberValue)]
    for part in (value.day, value.year):
        if part is None:
            continue
        found = next((f for f in open_numbers if f.value == NumberValue(Decimal(part))), None)
        if found is None:
            if not words.states_in_words(Decimal(part), there.text, there.language):
                return None
        else:
            taken.append(found)
            open_numbers.remove(found)
    # Any part of a date that the other side writes as a date figure with the same month.
    return Explanation("month in words", (figure,), tuple(taken))


def _bare_month(value: FigureValue) -> int | None:
    if isinstance(value, DateValue) and value.day is None and value.year is None:
        return value.month
    return None


def explain_month_again(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A month named again, alone, by a side that names it elsewhere too, where the other side
    names it once (Gramps's table of a month's forms, "И=май|Р=мая|Т=маем" for "May"). Only
    where the other side leaves no other month open: "май|июня" for "May" stays a finding."""
    month = _bare_month(figure.value)
    if month is None:
        return None
    if not any(
        other is not figure and isinstance(other.value, DateValue) and other.value.month == month
        for other in here.figures
    ):
        return None
    if any(
        isinstance(other.value, DateValue) and other.value.month != month
        for other in there.unmatched
    ):
        return None
    named_there = any(
        isinstance(other.value, DateValue) and other.value.month == month for other in there.figures
    )
    if named_there or words.month_mentions(month, there.text, there.language):
        return Explanation("a month named again", (figure,))
    return None


def explain_partial_date(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side's date lacks the day or year that it writes in words beside the month
    ("الأول من أكتوبر" for 1 October)."""
    value = figure.value
    if not isinstance(value, DateValue) or value.month is None:
        return None
    for other in there.unmatched:
        theirs = other.value
        if not isinstance(theirs, DateValue) or theirs.month != value.month:
            continue
        missing_day = value.day is not None and theirs.day is None
        if value.year != theirs.year and not (value.year and theirs.year is None):
            continue
        if not missing_day:
            continue
        nearby = there.text[max(0, other.start - 30) : other.end]
        if words.states_in_words(Decimal(value.day or 0), nearby, there.language):
            return Explanation("day in words", (figure,), (other,))
    return None


# --------------------------------------------------------------------------------------------
# Numbers one side writes where the other's first reading sees none: names with a number
# ("Аполлон-1", "Top-40"), Roman numerals ("Super Bowl XLIX"), decades ("the 1990s").
# Each accounts for a figure only as often as the other side states the number that way more
# than this side does, so that a figure dropped beside the same name stays a finding.


# A word joined to a number by a hyphen: "Аполлон-1", "Top-40", "PDP-11" (a name, which the
# first reading leaves out, while the other side may write "Apollo 1" or "40 самых крупных");
# or an Arabic word glued to digits by a slip of the keyboard ("أقل120 متر").
_HYPHEN_NAME = re.compile(
    r"(?:(?<![\w-])[^\W\d_][\w'’]*[-‑]|(?<![\w-])[\u0621-\u064a]{2,})"
    r"(?P<number>\d{1,4})(?![\d\w]|[.,]\d)"
)


def _hyphen_names(side: Side) -> dict[Decimal, int]:
    counts: dict[Decimal, int] = {}
    for match in _HYPHEN_NAME.finditer(side.text):
        if _covered(side, match.start("number")):
            continue
        number = Decimal(match["number"])
        counts[number] = counts.get(number, 0) + 1
    return counts


def explain_name_number(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side joins the number to a name with a hyphen ("Аполлон-1" for "Apollo 1",
    "Top-40" for "40 самых крупных"): the same number, which its first reading leaves out."""
    amount = _whole_number(figure)
    if amount is None:
        return None
    theirs = _hyphen_names(there).get(amount, 0)
    if not theirs:
        return None
    ours = _hyphen_names(here).get(amount, 0)
    if _stated_as_figures(amount, there) + theirs < _stated_as_figures(amount, here) + ours:
        return None
    return Explanation("name with a number", (figure,))


_FRACTION_SLASHES = ("⁄", "/")  # the fraction slash of typeset fractions, and a plain one


def explain_fraction(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The numerator or denominator of "8 1⁄2" ("8 1/2") where the other side states the whole
    value ("8 ... ونصف", "8,5"): the fraction belongs to the number before it."""
    figures = list(here.figures)
    index = next((i for i, other in enumerate(figures) if other is figure), -1)
    for first in (index - 1, index):  # the figure is the numerator or the denominator
        if first < 1 or first + 1 >= len(figures):
            continue
        whole, numerator, denominator = figures[first - 1], figures[first], figures[first + 1]
        value = _fraction_value(here.text, whole, numerator, denominator)
        if value is None:
            continue
        # The first pass matches equal values in any order: the figures left open may be
        # other figures of the same values ("8 1⁄2 in ... 2 ft" leaves one 2 open, either).
        taken = [_open_alike(part, here) for part in (numerator, denominator)]
        if taken[0] is None or taken[1] is None or taken[0] is taken[1]:
            continue
        if any(reading.value == value for reading in readings(there)):
            return Explanation("fraction", (taken[0], taken[1]))
    return None


def _open_alike(figure: Figure, side: Side) -> Figure | None:
    """`figure` if it is still unmatched, else an unmatched figure of `side` of its value."""
    if side.is_open(figure):
        return figure
    return next((other for other in side.unmatched if other.value == figure.value), None)


# Roman numerals of two letters or more, up to 100: regnal numbers, wars, Super Bowls ("Henry
# III", "World War II", "XLIX"). One letter is too often a word ("I") or an initial ("C.").
_ROMAN = re.compile(r"(?<![\w.])[IVXLCІХС]{2,8}(?![\w])")
_ROMAN_LETTERS = str.maketrans("ІХС", "IXC")  # Cyrillic look-alikes, as Russian texts type them


def _roman_value(numeral: str) -> int | None:
    values = [ROMAN_NUMERALS[char] for char in numeral.translate(_ROMAN_LETTERS)]
    total = sum(
        -value if value < following else value
        for value, following in zip(values, [*values[1:], 0], strict=True)
    )
    return (
        total
        if 0 < total <= 100 and _as_roman(total) == numeral.translate(_ROMAN_LETTERS)
        else None
    )


def _as_roman(number: int) -> str:
    """The canonical Roman numeral of 1..100 ("XLIX"), to refuse letters that only look like one."""
    out = ""
    for value, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


# A range of centuries, "V—II вв." or "XVIII–VII": a single letter there is a numeral too.
_ROMAN_RANGE = re.compile(r"(?<![\w.])([IVXLCІХС]{1,8}) ?[-–—] ?([IVXLCІХС]{1,8})(?![\w])")


def _roman_numerals(side: Side) -> dict[Decimal, int]:
    counts: dict[Decimal, int] = {}
    numerals = [(match.group(), match.start()) for match in _ROMAN.finditer(side.text)]
    for match in _ROMAN_RANGE.finditer(side.text):
        numerals.extend(
            (match.group(part), match.start(part)) for part in (1, 2) if len(match[part]) == 1
        )
    for numeral, start in numerals:
        value = _roman_value(numeral)
        if value is not None and not _covered(side, start):
            counts[Decimal(value)] = counts.get(Decimal(value), 0) + 1
    return counts


def explain_roman_numeral(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side writes the number in Roman numerals ("Henry III" for "Генрих 3", "Super
    Bowl XLIX" for "49"), which its first reading leaves out but where it numbers centuries."""
    amount = _whole_number(figure)
    if amount is None:
        return None
    theirs = _roman_numerals(there).get(amount, 0)
    if not theirs:
        return None
    ours = _roman_numerals(here).get(amount, 0)
    if _stated_as_figures(amount, there) + theirs < _stated_as_figures(amount, here) + ours:
        return None
    return Explanation("Roman numeral", (figure,))


def explain_decade(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A year ending in 0 that the words beside it make a decade ("в 1620 годах", "العقد
    1620") where the other side names that decade ("the 1620s"), which its first reading leaves
    out. A bare year against a decade ("the 1950 film" / "фильм 1950-х") stays a finding."""
    amount = _whole_number(figure)
    if amount is None or not 1000 <= amount <= 2100 or amount % 10:
        return None
    digits = str(amount)
    if not any(
        match.start() <= figure.start < match.end()
        for match in _decade_words(here.language, digits).finditer(here.text)
    ):
        return None
    decades = [
        match.end()
        for match in re.finditer(rf"(?<!\d){digits}(?!\d)", there.text)
        if is_decade(digits, there.text, match.end(), there.language)
    ]
    if not decades:
        return None
    return Explanation("decade", (figure,))


@cache
def _decade_words(language: str, year: str) -> re.Pattern[str]:
    return re.compile(FACTS[language].decade_words.replace("{year}", year))


# A chemical element's symbol before a small number: "O 2", "CO 2", "CH 4" (a formula whose
# subscript lost its formatting), which a translation writes as a word ("кислород").
_FORMULA_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]?\d?)*(?:C|H|N|O|S|Cl)\s?$")


def explain_formula(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A subscript of a chemical formula ("O 2"), not a figure, where the other side names the
    substance in words ("кислород"); a formula that the other side writes with another
    subscript ("O 3" against "O 2") stays a finding."""
    if not _is_subscript(figure, here):
        return None
    if any(other.value == figure.value for other in there.unmatched):
        return None
    if any(_is_subscript(other, there) for other in there.unmatched):
        return None
    return Explanation("chemical formula", (figure,))


def _is_subscript(figure: Figure, side: Side) -> bool:
    amount = _whole_number(figure)
    if amount is None or not 2 <= amount <= 4 or figure.raw != str(amount):
        return False
    if not _FORMULA_BEFORE.search(side.text, max(0, figure.start - 12), figure.start):
        return False
    return not (figure.end < len(side.text) and side.text[figure.end].isalnum())


def _whole_number(figure: Figure) -> Decimal | None:
    """The figure's amount when it is a plain whole number written in digits alone."""
    value = figure.value
    if not isinstance(value, NumberValue) or value.amount != value.amount.to_integral_value():
        return None
    if value.amount <= 0 or not figure.raw.strip().isdigit():
        return None
    return value.amount


def _stated_as_figures(amount: Decimal, side: Side) -> int:
    value = NumberValue(amount)
    return sum(1 for figure in side.figures if figure.value == value)


def _covered(side: Side, at: int) -> bool:
    """Whether position `at` of the side's text lies inside one of its figures."""
    return any(figure.start <= at < figure.end for figure in side.figures)


# A hyphen between a word and its number, set apart from the word ("الأكسجين -18" for
# "oxygen-18", as right-to-left text often shows it): no minus sign. A degree after it ("-18 °C",
# "-18 درجة") keeps the minus.
_DEGREE_AFTER = re.compile(r"\s?(?:°|℃|degree|درج|град)", re.IGNORECASE)


def explain_hyphen_not_minus(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A negative number written with a hyphen right after a word, where the other side states
    the same number without a sign: the hyphen joins a name to its number."""
    value = figure.value
    if not isinstance(value, NumberValue) or value.amount >= 0 or not figure.raw.startswith("-"):
        return None
    before = here.text[max(0, figure.start - 2) : figure.start]
    # Only after an Arabic word: the way right-to-left text shows "word-18" ("fell to -5" in
    # English is a minus).
    if len(before) < 2 or before[-1] != " " or not "\u0621" <= before[0] <= "\u064a":
        return None
    if _DEGREE_AFTER.match(here.text, figure.end):
        return None
    positive = NumberValue(-value.amount)
    other = next((f for f in there.unmatched if f.value == positive), None)
    if other is None:
        return None
    return Explanation("hyphen, not a minus", (figure,), (other,))


# --------------------------------------------------------------------------------------------
# Software catalogs: a month glossed by its other name, a percent sign written once for a range
# or a number its text calls a percentage, nought said as "none".

# Between a month word and its gloss: "حزيران (يونيو)", "Apr / April".
_GLOSS_BETWEEN = re.compile(r"\s*[(/]\s*")


def explain_month_gloss(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A month named twice in a row, by both of its names ("حزيران (يونيو)", as Arabic writes
    the Levantine name and the transliterated one): the gloss is no second month."""
    value = figure.value
    if not isinstance(value, DateValue) or value.month is None or value.day or value.year:
        return None
    for other in here.figures:
        if (
            other.end <= figure.start
            and other.value == value
            and _GLOSS_BETWEEN.fullmatch(here.text, other.end, figure.start)
        ):
            return Explanation("a month and its other name", (figure,))
    # Both names unmatched, where the other side names the month in a way its first pass did
    # not take for a date ("May" alone): the pair is that month, once.
    gloss = next(
        (
            other
            for other in here.unmatched
            if other.start >= figure.end
            and other.value == value
            and _GLOSS_BETWEEN.fullmatch(here.text, figure.end, other.start)
        ),
        None,
    )
    read_there = sum(1 for other in there.figures if other.value == value)
    if gloss is not None and words.month_mentions(value.month, there.text, there.language) > (
        read_there
    ):
        return Explanation("a month and its other name", (figure, gloss))
    return None


# A percent word anywhere in a text: "Percentage discount", "в процентах", "النسبة المئوية".
_PERCENT_NAMED = {
    "en": re.compile(r"(?i)\bper\s?cent|\bpercent"),
    "ru": re.compile(r"(?i)процент"),
    "ar": re.compile(r"نسب|مئوي|بالمئة|بالمائة|المائة|المئة"),
}
# A range whose last number carries the percent sign: "от 0 до 100%", "91 - 100%".
_RANGE_TO_PERCENT = re.compile(
    r"\s*(?:[-–—]|до|to|إلى|الى)\s*[0-9\u0660-\u0669]+(?:[.,٫][0-9\u0660-\u0669]+)?\s*[%٪]"
)


def explain_percent_named(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A number that its side makes a percentage without a sign of its own, where the other
    side writes the sign: "(от 0 до 100%)" for "(0% to 100%)", "the percentage ... 0 - 100"
    for "0% - 100%". Only the same amount: "от 0 до 100%" for "5% to 100%" stays a finding."""
    value = figure.value
    if not isinstance(value, NumberValue):
        return None
    as_percent = PercentValue(value.amount)
    other = next((f for f in there.unmatched if f.value == as_percent), None)
    if other is None:
        return None
    named = _PERCENT_NAMED.get(language_code(here.language))
    in_range = _RANGE_TO_PERCENT.match(here.text, figure.end) is not None
    if in_range or (named is not None and named.search(here.text)):
        return Explanation("percent sign written once", (figure,), (other,))
    return None


# "Found 0 results", "0 of 5 selected": nought before what it counts, which a translation
# says as "none" ("ничего не найдено", "لا شيء محدد").
_ZERO_COUNTS = re.compile(
    r"(?:</?\w+>)?\s+(?!(?:to|or|and|for|if|is|in|at|as|by|with|will|when|means|the|an?)\b)"
    r"(?:of\s|[^\W\d_])"
)
_NONE_WORDS = {
    "ru": re.compile(r"(?i)(?<!\w)(?:ничего|ничто|ни\s+одн\w*|нет|отсутству\w*)(?!\w)"),
    # "لم" negates a verb in the past ("لم يُعثر على شيء", nothing was found); "أية" is the
    # feminine "any" of "لم تُنظّف أية مهام" (no to-dos were purged).
    "ar": re.compile(r"(?<!\w)(?:لا\s+شيء|لا\s+يوجد|لا\s+توجد|لا\s+أحد|لم|أي|أية)(?!\w)"),
    "en": re.compile(r"(?i)(?<!\w)(?:no|none|nothing|not\s+any)(?!\w)"),
}


def explain_zero_as_none(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """Nought before what it counts ("0 results") said as "none" on the other side."""
    if figure.value != NumberValue(Decimal(0)) or figure.raw not in ("0", "٠"):
        return None
    if not _ZERO_COUNTS.match(here.text, figure.end):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None  # a number the other side states instead: a change, not "none"
    none = _NONE_WORDS.get(language_code(there.language))
    if none is None or not none.search(there.text):
        return None
    return Explanation("nought as none", (figure,))


# "20k images", "100K items": a thousand as a letter glued to the number (no unit after it).
_THOUSAND_LETTER = re.compile(r"[kK](?![\w])")


def explain_thousand_letter(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A number with a "k" glued to it ("20k images") that the other side states in full
    ("20 тыс.", "100 000"): only that amount, a thousand times the number, accounts for it."""
    value = figure.value
    if not isinstance(value, NumberValue) or not _THOUSAND_LETTER.match(here.text, figure.end):
        return None
    thousands = NumberValue(value.amount * 1000)
    other = next((f for f in there.unmatched if f.value == thousands), None)
    if other is None:
        return None
    return Explanation("a thousand as k", (figure,), (other,))


def explain_comma_list(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """Numbers joined by commas without a space ("Ex: 7,1", "2001-2005,2009"), which this side
    reads as one decimal, where the other side states each of them ("7، 1", "2005, 2009"): a
    list. A group of three digits after each comma is a thousands figure ("2,005"), and every
    number of the list must be there: "7 и 2" for "7,1" stays a finding."""
    if "," not in figure.raw:
        return None
    parts = figure.raw.split(",")
    if not all(part.isascii() and part.isdigit() for part in parts):
        return None
    if all(len(part) == 3 for part in parts[1:]):
        return None
    taken: list[Figure] = []
    for part in parts:
        value = NumberValue(Decimal(part))
        other = next(
            (f for f in there.unmatched if f.value == value and all(f is not t for t in taken)),
            None,
        )
        if other is None:
            return None
        taken.append(other)
    return Explanation("numbers joined by commas", (figure,), tuple(taken))


@cache
def _one_unit(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's singular units of time and data (`NumberWords.one_unit`): right after a
    number, and as a word alone."""
    units_ = FACTS[language].number_words.one_unit
    if not units_:
        return None
    flags = re.IGNORECASE if units_.startswith("(?i)") else 0
    units_ = units_.removeprefix("(?i)")
    return (
        re.compile(rf"[ \u00a0]?(?:{units_})(?!\w)", flags),
        re.compile(rf"(?<!\w)(?:{units_})(?!\w)", flags),
    )


def explain_one_as_its_unit(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """One of a unit of time or data where the other side names the unit alone ("1 month back"
    for "за последний месяц", "1 day" for "يوم", "1 час" for "hour"): the singular says one.
    Only where the other side states no other number instead ("1 day" for "2 дня" stays a
    finding), and names the unit without a number before it."""
    if figure.value != NumberValue(Decimal(1)) or figure.raw.strip() not in ("1", "١"):
        return None
    ours, theirs = _one_unit(here.language), _one_unit(there.language)
    if ours is None or theirs is None or not ours[0].match(here.text, figure.end):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None
    for match in theirs[1].finditer(there.text):
        before = there.text[: match.start()].rstrip()
        if not (before and before[-1].isdigit()):
            return Explanation("one said by its unit", (figure,))
    return None


# "an additional citizen" said "1 недовольного жителя", "a single bulb" "1 лампочку": a translation
# (or source) states one with the digit where English says it with an article.
_ONE_BY_ARTICLE = re.compile(r"(?i)(?<![\w'’])(?:an?|single|another)(?![\w'’])")
_WORD_AFTER_ONE = re.compile(r"[ \u00a0]?[^\W\d_]")


def explain_one_as_article(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The digit 1 before a word, where the other side, English, says "a", "an", "single" or
    "another" and states no other number instead ("1 лампочку" for "a single bulb"; "2 файла"
    for "a file and 3 folders" stays a finding)."""
    if figure.value != NumberValue(Decimal(1)) or figure.raw.strip() not in ("1", "١"):
        return None
    if language_code(there.language) != "en" or not _WORD_AFTER_ONE.match(here.text, figure.end):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None
    if _ONE_BY_ARTICLE.search(there.text):
        return Explanation("one said by an article", (figure,))
    return None


# A web address: its digits ("/en/4.2/ref/") are part of a name, never a figure a reader
# compares, whether or not the other side keeps the address.
@cache
def _web_address() -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'«»]+")


def explain_web_address(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A figure inside a web address ("https://docs.example.org/en/4.2/"), which a translation
    may keep, drop or replace by a local one: no figure."""
    if "://" not in here.text and "www." not in here.text:
        return None
    for match in _web_address().finditer(here.text):
        if match.start() <= figure.start and figure.end <= match.end():
            return Explanation("web address", (figure,))
    return None


# Where the first pass reads no figure although the digits are there: glued to a unit or a
# suffix ("10s", "100MiB", "(2U)"), after a version or factor letter ("v2.0", "x2"), or the
# second number of a range written without spaces ("10MiB-100MiB"). The digits must begin a
# word, or follow one such letter alone: "MP3", "H264" and "ISO9660" name things, and "%1",
# "$1", "{1}" are placeholders (what follows "%" or "$" never counts).
_UNREAD_PREFIX_LETTERS = frozenset("vVxX")
_UNREAD_BEFORE = frozenset(" \t\n\u00a0([\"'«“‘/:=+-–—−×")


def explain_digits_unread(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side writes the same digits where its first reading sees no figure ("Seek 10s"
    for "на 10 с", "OpenPGP v2.0" for "версии 2.0", "10MiB-100MiB" for "от 10 до 100 МиБ",
    "x2" for "2x"). Only the very digits count, as often as this side states them: "v2.1" does
    not account for a 2.0, and "MP3" for no 3."""
    value = figure.value
    if not isinstance(value, NumberValue):
        return None
    raw = figure.raw.strip().translate(ASCII_DIGITS)
    negative = raw[:1] in ("-", "−")
    digits = raw.lstrip("+-−")
    whole, _, decimals = digits.partition(".")
    if not (whole.isascii() and whole.isdigit() and (not decimals or decimals.isdigit())):
        return None
    if digits not in there.text and (there.text.isascii() or digits not in _ascii(there.text)):
        return None  # most often: no such digits at all
    theirs = _unread_digits(there, digits, negative)
    if not theirs:
        return None
    read_here = sum(1 for other in here.figures if other.value == value)
    read_there = sum(1 for other in there.figures if other.value == value)
    if read_there + theirs < read_here + _unread_digits(here, digits, negative):
        return None
    return Explanation("digits the first reading leaves out", (figure,))


def _ascii(text: str) -> str:
    return text.translate(ASCII_DIGITS)


def _a_decade(digits: str, side: Side, end: int, before: str) -> bool:
    """ "1950-х", "the 1990s", "'80s": a decade, no number. Two digits without an apostrophe
    are more often seconds in a catalog ("Skip 30s")."""
    if len(digits) == 2 and before not in ("'", "’"):
        return False
    return is_decade(digits, side.text, end, side.language)


def _unread_digits(side: Side, digits: str, negative: bool) -> int:
    """How often `side` writes `digits` where none of its figures lies (see above)."""
    text = _ascii(side.text)
    count = 0
    at = text.find(digits)
    while at >= 0:
        end = at + len(digits)
        found, at = at, text.find(digits, at + 1)
        if _listed_without_spaces(text, found, end) and not _covered(side, found):
            count += 1  # "1,2,3", which no reading takes for a number
            continue
        if not _whole_digits(text, found, end):
            continue
        if _covered(side, found) or _a_decade(digits, side, end, text[found - 1 : found]):
            continue
        before = text[found - 1] if found else " "
        if before in _UNREAD_PREFIX_LETTERS:
            if found >= 2 and (text[found - 2].isalnum() or text[found - 2] in "%$"):
                continue
            before = text[found - 2] if found >= 2 else " "
        elif before not in _UNREAD_BEFORE:
            continue
        # A hyphen right after a word or a number joins a range ("10MiB-100MiB"): no minus.
        minus = before in "-−" and not (found >= 2 and text[found - 2].isalnum())
        if negative != minus:
            continue
        count += 1
    return count


# Three numbers or more joined by commas without a space ("1,2,3"): a list, not a decimal.
_LIST_WITHOUT_SPACES = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d{1,2}){2,}(?![\d.,])")


def _listed_without_spaces(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is an item of such a list, whole."""
    if (start and text[start - 1] not in ", ") or text[end : end + 1] not in ("", ",", " "):
        return False
    line_start = max(0, start - 40)
    return any(
        match.start() <= start and end <= match.end()
        for match in _LIST_WITHOUT_SPACES.finditer(text, line_start, end + 40)
    )


def _whole_digits(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole number as written: no digit, nor a decimal or
    group mark with a digit, on either side."""
    before = text[start - 1 : start]
    if before.isdigit() or (before in ".,٫" and before and text[start - 2 : start - 1].isdigit()):
        return False
    after = text[end : end + 1]
    return not (after.isdigit() or (after and after in ".,٫" and text[end + 1 : end + 2].isdigit()))


_RATIO_MARK = re.compile(r"[ \u00a0]?[:/][ \u00a0]?")


def explain_equal_parts(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A ratio of equal parts ("1:1 copy", "50/50") where the other side says it in a word
    ("точная копия", "равное соотношение", "Original Size" for "Масштаб 1:1"). Only where the
    other side states no other number instead: "1:1" for "1:2", "50/50" for "60/40" stay
    findings."""
    value = figure.value
    if not isinstance(value, NumberValue):
        return None
    mark = _RATIO_MARK.match(here.text, figure.end)
    if mark is None:
        return None
    partner = next(
        (
            other
            for other in here.unmatched
            if other.start == mark.end() and other.value == value and other is not figure
        ),
        None,
    )
    if partner is None:
        return None
    if any(isinstance(other.value, NumberValue | PercentValue) for other in there.unmatched):
        return None
    named = FACTS[language_code(there.language)].number_words.named
    if named is None or not re.search(named.equal_parts, there.text):
        return None
    return Explanation("a ratio of equal parts", (figure, partner))


def explain_one_period(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """One unit of time that the other side says by its frequency ("10/1 Year ARM" for
    "изменяемая ежегодно", "Every 1 month" for "شهري", "1 day" for "daily"): "every one year"
    is "yearly". Only where the other side states no other number instead: "1 year" for
    "ежегодно, 2 года" stays a finding, as does "1 month" for "еженедельно"."""
    if figure.value != NumberValue(Decimal(1)) or figure.raw.strip() not in ("1", "١"):
        return None
    ours = FACTS[language_code(here.language)].number_words.named
    theirs = FACTS[language_code(there.language)].number_words.named
    if ours is None or theirs is None:
        return None
    unit = next(
        (
            unit
            for unit, pattern in ours.period_units.items()
            if re.match(rf"[ \u00a0-]?(?:{pattern})(?!\w)", here.text[figure.end :], re.I)
        ),
        None,
    )
    if unit is None or not re.search(theirs.frequencies[unit], there.text, re.I):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None
    return Explanation("a period said by its frequency", (figure,))


# The two halves of the 12-hour clock named together: "AM/PM", "a.m./p.m.", "ДП/ПП", "ص/م".
_AM_PM = re.compile(r"(?i)(?<!\w)(?:am\s?/\s?pm|a\.m\.\s?/\s?p\.m\.|дп\s?/\s?пп|ص\s?/\s?م)(?!\w)")


@cache
def _zone_patterns(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    zones = FACTS[language].time_words.zones
    return tuple((re.compile(pattern), offset) for pattern, offset in zones.items())


# How far after a time its zone may be named ("с 10:00 до 12:00 по московскому времени").
_ZONE_AFTER_AT_MOST = 48


def _zone_after(side: Side, end: int) -> int | None:
    """The offset from GMT (minutes) of the time zone named right after `end`, if any."""
    for pattern, offset in _zone_patterns(side.language):
        if pattern.search(side.text, end, end + _ZONE_AFTER_AT_MOST):
            return offset
    return None


def explain_time_zone(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The other side gives the time in another zone, each side naming its own: "05:42 GMT"
    against "8:42 мск" is one moment."""
    if not _zone_patterns(here.language) or not _zone_patterns(there.language):
        return None
    for own in _alternatives(figure, here):
        mine = own.value
        if not isinstance(mine, TimeValue):
            continue
        own_zone = _zone_after(here, own.end)
        if own_zone is None or not all(here.is_open(other) for other in own.figures):
            continue
        for reading in _open_readings(there):
            theirs = reading.value
            if not isinstance(theirs, TimeValue) or not reading.figures:
                continue
            their_zone = _zone_after(there, reading.end)
            if their_zone is None or their_zone == own_zone:
                continue
            moved = (mine.hour * 60 + mine.minute + their_zone - own_zone) % (24 * 60)
            if moved == (theirs.hour * 60 + theirs.minute) % (24 * 60):
                return Explanation("time zone", own.figures, reading.figures)
    return None


def _other_zones(figure: Figure, here: Side, reading: Reading, there: Side) -> bool:
    """Whether the time of `figure` and the time `reading` states each name a fixed zone right
    after them, and not the same one: the same hour is then two moments."""
    own = next(own for own in _alternatives(figure, here) if own.value == reading.value)
    ours = _zone_right_after(here.language, here.text, own.end)
    theirs = _zone_right_after(there.language, there.text, reading.end)
    return isinstance(ours, int) and isinstance(theirs, int) and ours != theirs


def explain_time_in_two_zones(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A time its own side gives again in another zone, as agencies add the GMT time: "at 3
    p.m. Moscow time (1200 GMT)" for "в 15:00 по московскому времени". The two must be one
    moment: "(1300 GMT)" after 3 p.m. Moscow time stays a finding."""
    for own in _alternatives(figure, here):
        mine = own.value
        own_zone = _zone_right_after(here.language, here.text, own.end)
        if not isinstance(mine, TimeValue) or not isinstance(own_zone, int):
            continue
        for other in readings(here):
            said = other.value
            if not isinstance(said, TimeValue) or set(other.figures) & set(own.figures):
                continue
            other_zone = _zone_right_after(here.language, here.text, other.end)
            if not isinstance(other_zone, int) or other_zone == own_zone:
                continue
            if (said.hour * 60 + said.minute - other_zone) % (24 * 60) == (
                mine.hour * 60 + mine.minute - own_zone
            ) % (24 * 60):
                return Explanation("time given in two zones", own.figures)
    return None


def explain_twelve_hour_clock(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The 12 of the 12-hour clock ("в 12-часовом формате") where the other side names that
    clock by its halves ("if AM/PM display"). Only the 12 of "12-hour": "24-часовой" for
    "AM/PM" stays a finding."""
    twelve = NumberValue(Decimal(12))
    if figure.value != twelve or not figure.raw.strip().isdigit():
        return None
    named = FACTS[language_code(here.language)].number_words.named
    if named is None or not named.twelve_hour or not _AM_PM.search(there.text):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None  # "12 hours" for "11 ساعة ... ص/م": a changed number, not the clock
    # Which 12 the first pass left open is its choice ("1-12 в 12-часовом формате"): as many
    # as name the clock may be taken.
    clocks = sum(
        1
        for other in here.figures
        if other.value == twelve and re.match(named.twelve_hour, here.text[other.end :], re.I)
    )
    if sum(1 for other in here.unmatched if other.value == twelve) <= clocks:
        return Explanation("the 12-hour clock", (figure,))
    return None


_ZEROS = frozenset("0\u0660\u06f0")


def _zero_template(figure: Figure) -> bool:
    """Whether `figure` is a sample of a layout written in zeros ("00:00 PM", "Oct 00 0000",
    "00/00/00"): two zero digits at least, and no other digit."""
    digits = [character for character in figure.raw if character.isdigit()]
    return len(digits) >= 2 and all(digit in _ZEROS for digit in digits)


def explain_zero_template(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """A layout shown in zeros ("Oct 00 0000 at 00:00 PM", a sample of a date format) where the
    other side shows its own layout in zeros too ("00 окт 0000 в 00:00": a 24-hour clock has no
    PM): no value is stated on either side. A layout whose sample holds another digit
    ("01:00") states a value, and stays compared, as does a month named in the sample."""
    if not _zero_template(figure):
        return None
    value = figure.value
    if (
        isinstance(value, DateValue)
        and value.month is not None
        and not words.month_mentions(value.month, there.text, there.language)
    ):
        return None  # "Oct 00 0000" for "00 ноя 0000": the month differs
    if any(_zero_template(other) for other in there.figures):
        return Explanation("a layout shown in zeros", (figure,))
    return None


# The Arabic "3 أبعاد" ("3 dimensions") of "3D", also glued or with a mnemonic ("3أبعاد",
# "3_الأبعاد"): the Latin "3D", "3-D", "3_D" are blanked before reading (`not_figures`), this one
# is left to the second stage, since every Arabic text would pay for looking for it.
_DIMENSIONS_AFTER = re.compile(r"[ \u00a0]?[-_&~]?(?:ال)?أبعاد")


def explain_kind_of_space(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """ "3أبعاد" or "3_الأبعاد" for "3D" (which names a kind of space, not a count), where the
    other side states no other number instead: "3أبعاد" for "3D, 4 layers" stays a finding."""
    value = figure.value
    if not isinstance(value, NumberValue) or value.amount not in (2, 3, 4):
        return None
    if not figure.raw.strip().isdigit() or not _DIMENSIONS_AFTER.match(here.text, figure.end):
        return None
    if any(isinstance(other.value, NumberValue) for other in there.unmatched):
        return None
    return Explanation("a kind of space", (figure,))


_BASE_LOOK_BACK = 24


def explain_numeral_base(figure: Figure, here: Side, there: Side) -> Explanation | None:
    """The base of a numeral system written as a figure ("base-10 logarithm", "16-ричный")
    where the other side names it ("десятичный логарифм", "Hex", "اللوغاريتم العشري"). Only
    the same base: "base-10" for "двоичный" stays a finding."""
    value = figure.value
    if not isinstance(value, NumberValue) or value.amount not in (2, 8, 10, 16):
        return None
    ours = FACTS[language_code(here.language)].number_words.named
    theirs = FACTS[language_code(there.language)].number_words.named
    if ours is None or theirs is None or int(value.amount) not in theirs.bases:
        return None
    before = here.text[max(0, figure.start - _BASE_LOOK_BACK) : figure.start]
    after = bool(ours.base_after) and re.match(ours.base_after, here.text[figure.end :])
    if not (after or re.search(ours.base_before, before)):
        return None
    if re.search(theirs.bases[int(value.amount)], there.text):
        return Explanation("numeral base", (figure,))
    return None


EXPLAINERS: dict[str, Explainer] = {
    "separators": explain_separators,
    "another reading": explain_other_reading,
    "unit conversion": explain_unit_conversion,
    "conversion given twice": explain_conversion_given_twice,
    "partial date": explain_partial_date,
    "month glossed": explain_month_gloss,
    "month words": explain_month_word,
    "a month named again": explain_month_again,
    "number words": explain_number_words,
    "name with a number": explain_name_number,
    "fraction": explain_fraction,
    "Roman numeral": explain_roman_numeral,
    "decade": explain_decade,
    "chemical formula": explain_formula,
    "hyphen, not a minus": explain_hyphen_not_minus,
    "percent sign written once": explain_percent_named,
    "nought as none": explain_zero_as_none,
    "a thousand as k": explain_thousand_letter,
    "numbers joined by commas": explain_comma_list,
    "one said by its unit": explain_one_as_its_unit,
    "one said by an article": explain_one_as_article,
    "numeral base": explain_numeral_base,
    "a kind of space": explain_kind_of_space,
    "a layout shown in zeros": explain_zero_template,
    "a ratio of equal parts": explain_equal_parts,
    "a period said by its frequency": explain_one_period,
    "the 12-hour clock": explain_twelve_hour_clock,
    "time zone": explain_time_zone,
    "time given in two zones": explain_time_in_two_zones,
    "amount given in two currencies": explain_money_given_twice,
    "web address": explain_web_address,
    "digits the first reading leaves out": explain_digits_unread,
}

_READERS = (
    _time_readings,
    _time_word_readings,
    _half_readings,
    _fraction_readings,
    _unit_prefix_readings,
    _percent_readings,
    _point_readings,
    _minus_readings,
    _subunit_readings,
    _compound_readings,
    _mixed_scale_readings,
    _unit_readings,
)
