"""Quick readers of the figures of many texts at once, for the figure check.

`l10n check` compares the figures of every entry of a catalog, and nearly every entry agrees.
The two readers here take a whole batch of texts, joined with a separator, and answer only
where they read exactly what `l10n.figures.full_reader.extract_figures` reads, with nothing
misformatted; for any other text they answer None, and the check reads it in full (which also
explains what it finds). None is never wrong, only slower. Tests compare both readers with
`extract_figures` on the sample catalogs, on xquad and on generated mixtures of tricky fragments.

- `plain_figures(texts, lang)`: one canonical string per text, for texts whose figures are all
  written plainly (a number in the language's own convention, with a percent sign or word or a
  scale word, after a space or bracket; a time of day; a date with its month's name). One
  regular-expression pass over the batch and a few string replacements, no Python per figure.
- `quick_values(texts, lang)`: the values of each text's figures as hashable keys, for most of
  what `plain_figures` leaves: the scanner's own digit and month branches over the batch, with
  the same helpers for what lies around a figure (names such as "COVID-19", decades, signs,
  currency scales, abbreviated years). Numeric dates, stand-alone months, centuries,
  placeholders, invisible marks and foreign separator conventions are left to the full reader.

Why they are fast: `extract_figures` runs its scanner once per text and builds a `Figure` per
match. Here each pattern opens with a character class, so the engine skips in C from one
candidate to the next across the whole batch. Both readers are built from the same parts,
`l10n.figures.scanner` (its branches, word lists and helpers), so that they read alike.

Keys: ("n", amount) for a number, ("p", amount) for a percentage, ("d", year, month, day) for a
date, ("t", hour, minute) for a time; amounts are int or Decimal, equal exactly when the values
are (`value_key` turns a `FigureValue` into the same key).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from itertools import chain, compress, count, repeat
from typing import Any

from l10n.figures import locale_facts as data
from l10n.figures.scanner import (
    FRACTIONS,
    NON_ASCII_DIGIT,
    NON_ASCII_DIGITS,
    century_word_list,
    currency_scale,
    digit_branches,
    is_decade,
    is_identifier,
    is_sign,
    language_code,
    month_branches,
    month_number_of,
    plain_numbers,
    read_clock,
    scale_factor,
    scanner_parts,
    trie_pattern,
    word_trie,
)
from l10n.figures.values import DateValue, FigureValue, NumberValue, PercentValue

ValueKey = tuple[object, ...]
Keys = tuple[ValueKey, ...]

# Joins the texts of a batch: no pattern of the scanner matches it or reads it as a letter, a
# digit or a space, so every text starts and ends for the patterns as if it stood alone.
_SEPARATOR = "\x00"

# Characters that make a text too unusual for the quick readers wherever they stand outside a
# figure: percent signs (a placeholder such as "%d" or an Arabic "%50"), "{" (placeholders), the
# invisible marks, and vulgar fractions.
_UNUSUAL_CHARS = "%{" + "".join(sorted(data.PERCENT_SIGNS)) + data.INVISIBLE_MARKS + FRACTIONS
_UNUSUAL = re.compile(f"[{re.escape(_UNUSUAL_CHARS)}]")
_SIGNS = data.MINUS_SIGNS + data.PLUS_SIGN
# Characters before a number after which the full reader reads it as it stands: no sign, no name
# ("COVID-19", "MH17"), no currency sign ("$5m").
_QUIET = ' \t\n\xa0\u202f\u2009(«"“„['


def value_key(value: FigureValue) -> ValueKey:
    """The key `quick_values` gives a figure of this value."""
    if isinstance(value, NumberValue):
        return ("n", value.amount)
    if isinstance(value, PercentValue):
        return ("p", value.amount)
    if isinstance(value, DateValue):
        return ("d", value.year, value.month, value.day)
    return ("t", value.hour, value.minute)


def quick_values(texts: Sequence[str], lang: str) -> list[Keys | None]:
    """For each of `texts` (in language `lang`), the keys of its figures in order, or None."""
    language = language_code(lang)
    # Each text, the first too, follows a separator: the character before a figure always exists.
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts):
        return [None] * len(texts)  # a text holds the separator itself: read each alone
    if NON_ASCII_DIGIT.search(joined):
        for digit, ascii_digit in NON_ASCII_DIGITS:
            if digit in joined:
                joined = joined.replace(digit, ascii_digit)
    starts = [1]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    return _Batch(joined, starts, language).results()


Span = tuple[int, int, ValueKey | None]  # a match of the digit pattern: start, end, key


class _Batch:
    """The texts of one batch joined, read pass by pass.

    The cheap passes go first (unusual characters, centuries, month names): they tell which texts
    need the matches of the digit pass merged with theirs in the scanner's order, and which are
    unsure anyway. The digit pass then keeps each text's keys, and the spans of its matches
    only where a merge needs them.
    """

    def __init__(self, joined: str, starts: list[int], language: str) -> None:
        self.joined = joined
        self.starts = starts
        self.language = language
        self.unsure: set[int] = set()
        self.unusual: dict[int, list[int]] = {}  # text -> positions of unusual characters
        self.months: dict[int, list[int]] = {}  # text -> positions where a month name starts
        self.keys: dict[int, list[ValueKey]] = {}
        self.spans: dict[int, list[Span]] = {}
        self.find_unusual()
        self.find_centuries()
        self.find_month_names()
        self.read_digit_figures()

    def text_at(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def find_unusual(self) -> None:
        for found in _UNUSUAL.finditer(self.joined):
            start = found.start()
            self.unusual.setdefault(self.text_at(start), []).append(start)

    def find_centuries(self) -> None:
        self.unsure |= century_texts(self.joined, self.language, self.starts)

    def find_month_names(self) -> None:
        joined = self.joined
        for found in _month_names(self.language).finditer(joined):
            start = found.start()
            if not _WORD_CHAR.match(joined, start - 1):  # not inside a word: "Marta", "Mayor"
                self.months.setdefault(self.text_at(start), []).append(start)

    def read_digit_figures(self) -> None:
        """Every match of the digit pattern, text by text: its key, None, or unsure."""
        joined, language, starts, unsure = self.joined, self.language, self.starts, self.unsure
        merged = self.unusual.keys() | self.months.keys()
        plain_number = plain_numbers(language).fullmatch
        scales = data.FACTS[language].scale_words
        decade_starts = {suffix[0] for suffix in data.FACTS[language].decade_suffixes}
        next_start = 0
        index = -1
        keys: list[ValueKey] = []
        spans: list[Span] | None = None
        for match in _digit_pattern(language).finditer(joined):
            start, end = match.span()
            if start >= next_start:  # the first match of a text
                index = bisect_right(starts, start) - 1
                next_start = starts[index + 1]
                keys = self.keys[index] = []
                spans = None
                if index in merged:
                    spans = self.spans[index] = []
            key: _Reading
            if match.lastgroup == "number":
                rest, fraction, percent, scale = match.group(*_NUMBER_GROUPS)
                digits = joined[start] + rest
                if fraction or len(digits) > _LONGEST_NUMBER:
                    key = _UNSURE  # "6½", or a very long number: rare, read in full
                elif joined[start - 1] not in _QUIET_BEFORE or (scale and scale not in scales):
                    key = _number(joined, start, end, digits, percent, scale, language)
                elif len(digits) == 2 and _after_range_dash(joined, start):
                    key = _UNSURE  # "1998–99": the 99 may stand for 1999
                elif (
                    digits[-1] == "0"
                    and joined[end : end + 1] in decade_starts
                    and not (percent or scale)
                    and is_decade(digits, joined, end, language)
                ):
                    key = None  # "the 1990s"
                else:
                    # The common case, inline: a number after a space, read as it stands.
                    amount: int | Decimal
                    if digits.isdigit():
                        amount = int(digits)
                    elif reading := plain_number(digits):
                        integer, mark, whole, decimals = reading.group(*_PLAIN_GROUPS)
                        amount = (
                            int(integer.replace(mark, ""))
                            if integer
                            else Decimal(f"{whole}.{decimals}")
                        )
                    else:
                        unsure.add(index)  # another convention: the full reader explains it
                        continue
                    if scale:
                        amount = amount * scales[scale]
                    key = ("p", amount) if percent else ("n", amount)
            else:
                key = _other_figure(match, joined, language)
            if isinstance(key, _Unsure):
                unsure.add(index)
                continue
            if spans is not None:
                spans.append((start, end, key))
            if key is not None:
                keys.append(key)

    def results(self) -> list[Keys | None]:
        results: list[Keys | None] = [()] * (len(self.starts) - 1)
        for index, keys in self.keys.items():
            results[index] = tuple(keys)
        for index, positions in self.unusual.items():
            if index not in self.months and not self.covered(index, positions):
                self.unsure.add(index)
        for index in self.months:
            if index not in self.unsure:
                results[index] = self.merged(index)
        for index in self.unsure:
            results[index] = None
        return results

    def covered(self, index: int, positions: list[int]) -> bool:
        """Whether every unusual character of a text lies inside a figure ("45%")."""
        return all_inside(positions, [(start, end) for start, end, _ in self.spans.get(index, ())])

    def merged(self, index: int) -> Keys | None:
        """The figures of one text as the scanner takes them: left to right, each match
        consuming its text, so that what starts inside an earlier match is no figure.

        A digit match that starts inside an earlier match and ends beyond it: the digit pass
        resumed where it ends, the scanner where the earlier one ends, so they may disagree.
        An unusual character outside every match: only the full reader knows what it means.
        """
        joined, language = self.joined, self.language
        items: list[tuple[int, int, object]] = [
            *self.spans.get(index, ()),
            *((start, start + 1, _UNUSUAL_CHAR) for start in self.unusual.get(index, ())),
            *((start, start, _MONTH_NAME) for start in self.months.get(index, ())),
        ]
        keys: list[ValueKey] = []
        consumed = 0
        for start, end, what in sorted(items, key=lambda item: item[0]):
            if start < consumed:
                if what is not _MONTH_NAME and what is not _UNUSUAL_CHAR and end > consumed:
                    return None
                continue
            if what is _UNUSUAL_CHAR:
                return None
            if what is _MONTH_NAME:
                match = _month_pattern(language).match(joined, start)
                if match is None:
                    continue
                month_key = _month_figure(match, language)
                if isinstance(month_key, _Unsure):
                    return None
                consumed = match.end()
                keys.append(month_key)
                continue
            consumed = end
            if isinstance(what, tuple):
                keys.append(what)
        return tuple(keys)


_WORD_CHAR = re.compile(r"\w")
_NUMBER_GROUPS = ("digits", "fraction", "percent", "scale")
# The longest number the quick readers read: times a trillion, it stays within the 28 digits
# of decimal arithmetic, so the full reader's value is exact as well.
_LONGEST_NUMBER = 15
_PLAIN_GROUPS = ("integer", "mark", "whole", "fraction")
_UNUSUAL_CHAR = object()
_MONTH_NAME = object()


class _Unsure:
    """What a pass returns where only `extract_figures` can tell."""


_UNSURE = _Unsure()
# What a match reads as: a figure's key, None for a match that is no figure, or unsure.
_Reading = ValueKey | _Unsure | None


@cache
def _digit_pattern(language: str) -> re.Pattern[str]:
    """The scanner's digit branches after a first digit the pattern consumes itself: opening
    with a character class, the pattern lets the engine skip to the next digit in C."""
    branches = digit_branches(language, "", first_digit_taken=True)
    return re.compile(rf"[0-9](?:{'|'.join(branches)})")


@cache
def _month_names(language: str) -> re.Pattern[str]:
    """Every month name, as a trie of literals: the engine skips to the next first letter."""
    return re.compile(scanner_parts(language).months)


@cache
def _month_pattern(language: str) -> re.Pattern[str]:
    return re.compile("|".join(month_branches(language)))


def _other_figure(match: re.Match[str], text: str, language: str) -> _Reading:
    """The key of a match of the digit pattern other than a number."""
    kind = match.lastgroup
    start = match.start()
    if text[start - 1] in _SIGNS:
        return _UNSURE  # the scanner reads a number from the sign: "-10:30"
    if kind == "day_month":
        day = text[start : match.end("dm_d")]
        return _date(match["dm_y"], month_number_of(match["dm_m"], language), day)
    if kind == "time":
        return _time(text[start : match.end("t_h")], match["t_m"], match["t_marker"], language)
    if kind == "clock_hour":
        return _time(text[start : match.end("ch_h")], "0", match["ch_marker"], language)
    if kind == "iso":
        year = text[start : start + 4]
        return _date(year, int(match["iso_m"]), match["iso_d"])
    return _UNSURE  # a numeric date: its reading depends on the language's order of parts


# The quiet characters, and the separator before a text's first character.
_QUIET_BEFORE = frozenset(_QUIET + _SEPARATOR)


def _number(
    text: str,
    start: int,
    end: int,
    digits: str,
    percent: str | None,
    scale: str | None,
    language: str,
) -> _Reading:
    """The full reader's `_number_figure`, for a number the scanner reads from its first digit."""
    before = text[start - 1]
    if before not in _QUIET_BEFORE:
        if before in _SIGNS and is_sign(text, start - 1):
            return _UNSURE  # a signed number: the scanner's match starts at the sign
        if before not in " (" and is_identifier(text, start):
            return None  # "COVID-19", "MH17": the scanner's match is no figure
    if len(digits) == 2 and _after_range_dash(text, start):
        return _UNSURE  # "1998–99": the 99 may stand for 1999
    plain = not (percent or scale)
    if plain and digits[-1] == "0" and is_decade(digits, text, end, language):
        return None
    amount: int | Decimal
    if digits.isdigit():
        amount = int(digits)
    else:
        reading = plain_numbers(language).fullmatch(digits)
        if reading is None:
            return _UNSURE  # another convention's separators: the full reader explains them
        integer, mark, whole, fraction = reading.group("integer", "mark", "whole", "fraction")
        amount = int(integer.replace(mark, "")) if integer else Decimal(f"{whole}.{fraction}")
    if scale:
        amount = amount * scale_factor(scale, language)
    elif plain and before in data.CURRENCY_SIGNS and currency_scale(text, start, end, language):
        return _UNSURE  # "$5m"
    return ("p", amount) if percent else ("n", amount)


def _after_range_dash(text: str, start: int) -> bool:
    """Whether a range dash stands before `start`, spaces aside ("1998 – 99")."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index >= 0 and text[index] in data.RANGE_DASHES


def _date(year: str | None, month: int, day: str | None) -> ValueKey | _Unsure:
    day_number = int(day) if day else None
    if not 1 <= month <= 12 or (day_number is not None and not 1 <= day_number <= 31):
        return _UNSURE
    return ("d", int(year) if year else None, month, day_number)


def _time(hour_text: str, minute_text: str, marker: str | None, language: str) -> _Reading:
    clock = read_clock(hour_text, minute_text, marker, language)
    return _UNSURE if clock is None else ("t", *clock)


def _month_figure(match: re.Match[str], language: str) -> ValueKey | _Unsure:
    kind = match.lastgroup
    if kind == "month_year":
        return _date(match["my_y"], month_number_of(match["my_m"], language), None)
    if kind == "month_day":
        return _date(match["md_y"], month_number_of(match["md_m"], language), match["md_d"])
    return _UNSURE  # a month alone ("в марте") or after "in" ("in May"): rare, read in full


# ---------------------------------------------------------------------------------------------
# Plain figures: the commonest texts, read by the engine alone.


def plain_figures(texts: Sequence[str], lang: str) -> list[str | None]:
    """For each of `texts`, its figures as one canonical string, or None.

    This reading takes only the figures written most plainly, after a space (or an opening
    bracket or quote, or at the start): a number in the language's own convention, with a
    percent sign or word or a scale word; a time of day; a date with its month's name, day
    first ("4 марта 2018 г.") or, in English, month first ("March 4, 2018"). Names such as
    "COVID-19" are skipped, as the scanner skips them. Two texts whose strings are equal state
    the same values in the same order (equal values may still give different strings: "4.2
    billion" and "4,200 million"). A text with any other figure is None: read it with
    `quick_values`.

    The batch is read by the regular-expression engine and string methods, with Python code
    only for each date: one pattern finds every plain figure; a text is plain when those
    figures hold all its digits, unusual characters and month names; string replacements then
    drop the grouping marks and spell percent and scale words alike in every language.
    """
    language = language_code(lang)
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) or any(mark in joined for mark in _MARKS_USED):
        return [None] * len(texts)
    # Arabic texts write Arabic-Indic digits; elsewhere they are unusual (see the pattern).
    if data.FACTS[language].arabic_indic_digits and NON_ASCII_DIGIT.search(joined):
        for digit, ascii_digit in NON_ASCII_DIGITS:
            if digit in joined:
                joined = joined.replace(digit, ascii_digit)
    # Each match is (figure, "") or, for what only `quick_values` reads, (text, its last char).
    # Flattened and joined with the unsure mark, a figure is followed by two marks, which become
    # the item mark, and what only `quick_values` reads keeps one on each side.
    found = _plain_pattern(language).findall(joined)
    items = _UNSURE_MARK.join(chain.from_iterable(found)).rstrip(_UNSURE_MARK)
    items = _NAME_ITEM.sub("", items.replace(_UNSURE_MARK + _UNSURE_MARK, _ITEM))
    if _month_names(language).search(items):
        for splitter, dates_read in _date_splitters(language):
            items = _with_dates_read(items, splitter, dates_read)
    words, canonical_of = _canonical_word_pattern(language)
    for word in sorted(set(words.findall(items)), key=len, reverse=True):
        items = items.replace(word, canonical_of[word])
    for mark, canonical in _canonical_marks(language):
        if mark in items:
            items = items.replace(mark, canonical)
    # A number too long to read exactly is a long run of digits and points, so where no such
    # run stands (nearly always) no search for the number is needed: the search would try
    # every digit of the batch in the engine, `may_hold_long_numbers` is two quick passes of C.
    long_items = may_hold_long_numbers(items)
    # Each text's items lie between two separators, with one item mark at each edge (the first
    # text follows the separator that opens the batch; the last may end without a mark). Two
    # replacements drop the edge marks of every text at once, in C, instead of a strip a text.
    items = items.replace(_ITEM + _SEPARATOR, _SEPARATOR).replace(_SEPARATOR + _ITEM, _SEPARATOR)
    segments = items.split(_SEPARATOR)[1:]
    results: list[str | None] = [*segments]
    if _UNSURE_MARK in items:
        # what only `quick_values` reads; the texts are found by a loop in C
        for index in compress(count(), map(str.__contains__, segments, repeat(_UNSURE_MARK))):
            results[index] = None
    if not all_canonical(items) or (long_items and _LONG_NUMBER.search(items)):
        # a word spelt unusually ("per\u00a0cent"), or a very long number
        for index, segment in enumerate(segments):
            if _NOT_CANONICAL.search(segment) or _LONG_NUMBER.search(segment):
                results[index] = None
    # A month name outside the plain dates ("в марте", "in May") is a figure of its own, and
    # a century word brings in figures of other kinds ("XIX век"): both for `quick_values`.
    # The months the plain dates hold must be the text's month names, one for one, in order.
    # Each plain date holds a month name at the start of a word, which the search for month
    # names at word starts finds, so as many names found as dates read means there is nothing
    # else. Where months may come first ("March 4"), the plain pattern has marked the others.
    if not data.FACTS[language].month_before_day and _more_month_names_than(
        items.count(_DATE), joined, language
    ):
        starts = _text_starts(joined)
        for index, text_months in _month_words_by_text(joined, language, starts).items():
            result = results[index]
            if result is not None and _DATE_MONTH.findall(result) != text_months:
                results[index] = None
    for index in century_texts(joined, language):
        results[index] = None
    return results


def plain_keys(canonical: str) -> Keys:
    """The keys `quick_values` gives the figures of a text that `plain_figures` reads as
    `canonical`: its items read back (a date after the date mark as year-month-day, a time
    with a colon, a percentage with a sign, else a number)."""
    keys: list[ValueKey] = []
    for item in canonical.split(_ITEM) if canonical else ():
        if item.startswith(_DATE):
            year, month, day = item[1:].split("-")
            keys.append(("d", int(year) if year else None, int(month), int(day) if day else None))
        elif ":" in item:
            hour, minute = item.split(":")
            keys.append(("t", int(hour), int(minute)))
        elif item.endswith("%"):
            keys.append(("p", Decimal(item[:-1])))
        else:
            keys.append(("n", Decimal(item)))
    return tuple(keys)


_ITEM = PLAIN_ITEM = "\x01"  # joins the figures found
_DATE = "\x02"  # opens a date in the canonical strings
_UNSURE_MARK = "\x03"  # follows what only `quick_values` reads
_MARKS_USED = (_ITEM, _DATE, _UNSURE_MARK)  # a text that holds one is read alone
_NAME_ITEM = re.compile(f"{_ITEM}-[^{_ITEM}{_SEPARATOR}]*")
_LONG_NUMBER = re.compile(f"[0-9][0-9.]{{{_LONGEST_NUMBER},}}")
_CANONICAL_CHARS = f"0123456789.%E:{_ITEM}{_DATE}{_SEPARATOR}{_UNSURE_MARK}-"
_NOT_CANONICAL = re.compile(f"[^{re.escape(_CANONICAL_CHARS)}]")
_CANONICAL_BYTES = _CANONICAL_CHARS.encode()


# Digits and points, each as the digit 0, in a table for `bytes.translate`.
_DIGITS_AND_POINTS_AS_ZERO = bytes.maketrans(b"0123456789.", b"0" * 11)
_LONG_RUN = b"0" * (_LONGEST_NUMBER + 1)


def may_hold_long_numbers(items: str) -> bool:
    """Whether `items` may hold what `_LONG_NUMBER` finds: not ASCII (then the search tells),
    or a run of more than `_LONGEST_NUMBER` digits and points, which every number it finds
    is, found in the bytes with each of them turned into the digit 0."""
    if not items.isascii():
        return True
    return _LONG_RUN in items.encode().translate(_DIGITS_AND_POINTS_AS_ZERO)


def all_canonical(items: str) -> bool:
    """Whether `items` holds only the characters of canonical strings (`_NOT_CANONICAL`
    finds none): ASCII, and nothing left once they are deleted, a quick pass of C over the
    bytes where the search would test every character in the engine."""
    return items.isascii() and not items.encode().translate(None, _CANONICAL_BYTES)


@cache
def _plain_pattern(language: str) -> re.Pattern[str]:
    """Every plain figure, as the one group of a pattern that opens with a character class (so
    the engine skips in C to the next candidate): a digit, the separator, a dash (for names),
    or the first letter of a month where the month comes first.

    A figure after a quiet character must end where nothing could make the scanner read it
    otherwise: no digit, letter, dash, colon, slash or apostrophe after it, no separator or
    space before a digit, no month name or hour word after a number ("4 марта", "5 утра").
    No range dash may stand before its space ("1998 – 99").
    """
    p = scanner_parts(language)
    facts = data.FACTS[language]
    # Numbers as `plain_numbers` reads them, less their first digit (the pattern takes it).
    # Spaces of any kind group alike; another mark must be the same throughout.
    group_marks = [f"[{data.GROUP_SPACES}]", data.ARABIC_GROUP]
    if facts.group_mark not in data.GROUP_SPACES:
        group_marks.append(re.escape(facts.group_mark))
    # The engine runs an optional or repeated group ("(?:X)?", "(?:X)+") as a REPEAT, which
    # allocates and saves marks each time it is entered, even where X cannot start. So the
    # optional groups are written "(?:X|)" (the same: X first, then nothing) and the first
    # group of digits is taken before the repeated ones: a number with no group mark, no
    # decimals and no tail, the commonest, never enters a REPEAT.
    # The first digit is tested once for all the marks, which the engine tries after it in turn.
    marked_groups = "|".join(rf"{mark}[0-9]{{3}}(?:{mark}[0-9]{{3}})*" for mark in group_marks)
    grouped = rf"(?<=[1-9])[0-9]{{0,2}}(?:{marked_groups})"
    decimal = re.escape(facts.decimal_mark)
    # The scanner's tail: a percent sign or word, else a scale word.
    tail = rf"[{p.percent_signs}]|{p.percent_words}(?!\w)|(?:{p.scale_words})(?!\w)"
    number = (
        rf"(?:{grouped}|[0-9]*(?:(?:{decimal}(?=[0-9]{{1,2}}(?![0-9])|[0-9]{{4}})"
        rf"|{data.ARABIC_DECIMAL})[0-9]+|))"
        # Atomic, as the scanner takes a tail wherever one follows. A space then a word, or a
        # word: what the scanner's "percent, else scale" after an optional space takes (no
        # word starts with a space, so a word after a space and a word glued to the number
        # never both match), testing the space once.
        rf"(?>\s(?:{tail})|{tail}|)"
        # What may not follow, with the space tested once: a time marker glued to the number
        # starts with a letter, which the first class refuses already.
        rf"(?![\w'’:/{re.escape(data.JOINING_DASHES)}]|[.,{data.ARABIC_DECIMAL}"
        rf"{data.ARABIC_GROUP}{data.ARABIC_COMMA}][0-9]"
        rf"|\s(?:[0-9]|\s*{p.day_link}{p.months}|{p.time_marker}(?!\w)))"
    )
    # An hour's second digit and the colon are taken, then the hour looked back at: branches
    # that open with a character, which the engine refuses at once where none follows, and
    # a look back only where a colon does.
    time = rf"(?:[0-9]:(?<=(?:[01][0-9]|2[0-4]):)|:)[0-5][0-9](?![0-9])(?!\s?{p.time_marker}(?!\w))"
    year = rf"(?:[,،]?\s*{p.year_link}[0-9]{{4}}(?![0-9]){p.year_tail}|)"
    # The scanner's day_month branch without a day suffix, a link word or a second month.
    day_month = rf"[0-9]?\s+{p.months}(?!\s*/)(?![^\W\d]){year}"
    figure = f"(?:{time}|{day_month}|{number})"
    quiet = re.escape(_QUIET)
    dashes = re.escape(data.RANGE_DASHES)
    before = rf"(?<=[{quiet}{_SEPARATOR}][0-9])"
    if facts.number_prefixes:
        # A one-letter conjunction or preposition glued to a number ("و٣١٢") leaves it a
        # figure, as `l10n.figures.scanner.is_identifier` decides.
        before = rf"(?:{before}|(?<=[\s{_SEPARATOR}][{facts.number_prefixes}][0-9]))"
    # The scanner's number branch (less its sign), for the span the number of a name takes.
    name_number = "[0-9]" + digit_branches(language, "", first_digit_taken=True)[-1]
    name_number = re.sub(r"\(\?P<\w+>", "(?:", name_number)
    branches = [
        rf"(?<={_SEPARATOR})",
        rf"{before}(?<![\s{dashes}]\s[0-9]){figure}",
        rf"(?<=[A-ZА-ЯЁ]-){name_number}",
    ]
    if facts.month_before_day:
        # The scanner's month_day and month_year branches, without a second month; the
        # pattern takes a name's first letter, then the rest of it.
        trie = word_trie(facts.month_names)
        rest = _after_first_letter(trie, f"[{quiet}{_SEPARATOR}]")
        month_day = rf"\.?\s+[0-9]{{1,2}}{p.day_tail}(?![0-9])(?:,?\s+[0-9]{{4}}(?![0-9]))?"
        month_year = rf"(?![^\W\d])[,،]?\s*{p.year_link}[0-9]{{4}}(?![0-9]){p.year_tail}"
        branches.append(rf"(?:{rest})(?:{month_year}|{month_day})")
    # What only `quick_values` reads, its last character captured: any other digit or
    # unusual character.
    unusual = re.escape(_UNUSUAL_CHARS)
    if not facts.arabic_indic_digits:
        unusual += "\u0660-\u0669\u06f0-\u06f9"  # digits of another script
    unsure = rf"(?<=[0-9{unusual}])"
    if facts.month_before_day:
        # Also any other month name at the start of a word ("in May"), taken as
        # `_month_words` takes one: a figure of its own. The pattern stops at these first
        # letters anyway, so this costs no pass over the batch, as the month-word search does
        # in other languages (where month names are counted apart).
        unsure += rf"|(?<!\w.)(?:{_after_first_letter(trie)})(?![^\W\d])"
    branches.append(rf"(?:{unsure})(?<=(.))")
    first_chars = f"0-9{_SEPARATOR}\\-{unusual}"
    if facts.month_before_day:
        first_chars += re.escape("".join(sorted(trie)))
    return re.compile(rf"([{first_chars}](?:{'|'.join(branches)}))")


@cache
def _plain_dates(language: str) -> list[re.Pattern[str]]:
    """The plain dates among the figures found (each after the item mark), to read their
    parts: day first, then (in English) month first, year before day as the scanner tries."""
    p = scanner_parts(language)
    year = rf"(?:[,،]?\s*{p.year_link}(?P<y>[0-9]{{4}}){p.year_tail})"
    patterns = [re.compile(rf"{_ITEM}(?P<d>[0-9]{{1,2}})\s+(?P<m>{p.months}){year}?")]
    if data.FACTS[language].month_before_day:
        patterns.append(
            re.compile(
                rf"{_ITEM}(?P<m>{p.months})(?:(?![^\W\d]){year}"
                rf"|\.?\s+(?P<d>[0-9]{{1,2}})[a-z]*(?:,?\s+(?P<y2>[0-9]{{4}}))?)"
            )
        )
    return patterns


def _with_dates_read(items: str, splitter: re.Pattern[str], dates_read: _DatesRead) -> str:
    """`items` with each plain date replaced by its canonical item.

    The dates are cut out by one `split` of a pattern that captures each one whole, in C
    (`sub` with a function would make a match object and a Python call a date, and one press
    text in three holds one), and looked up by what is written: press texts repeat their
    dates, and only a date not seen before is read, by its pattern of `_plain_dates`."""
    parts = splitter.split(items)
    if len(parts) == 1:
        return items
    read = map(dates_read.__getitem__, parts[1::2])
    return "".join(chain.from_iterable(zip(parts[::2], read, strict=False))) + parts[-1]


class _DatesRead(dict[str, str]):
    """The canonical item of each plain date, by the date as written: the date mark, then
    year-month-day. A date is read alone as it was found among the items: what follows a date
    there is a mark, which no look ahead of `pattern` reads otherwise than the text's end."""

    def __init__(self, pattern: re.Pattern[str], language: str) -> None:
        super().__init__()
        self.pattern = pattern
        self.language = language

    def __missing__(self, written: str) -> str:
        match = self.pattern.fullmatch(written)
        if match is None:  # never seen; were it to be, the full reading reads the text
            return _ITEM + _UNSURE_MARK
        day, month, year = match.group("d", "m", "y")
        year = year or match.groupdict().get("y2")
        number = month_number_of(month, self.language)
        canonical = f"{_ITEM}{_DATE}{int(year) if year else ''}-{number}-"
        if day and not 1 <= int(day) <= 31:
            canonical = _ITEM + _UNSURE_MARK  # no date: the scanner reads no figure there
        elif day:
            canonical += str(int(day))
        if len(self) < 10_000:
            self[written] = canonical
        return canonical


@cache
def _date_splitters(language: str) -> list[tuple[re.Pattern[str], _DatesRead]]:
    """Each of the `_plain_dates` capturing each date whole (its named groups made plain
    ones), and the dates it has read so far."""
    return [
        (
            re.compile("({})".format(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern))),
            _DatesRead(pattern, language),
        )
        for pattern in _plain_dates(language)
    ]


def _more_month_names_than(dates: int, joined: str, language: str) -> bool:
    """Whether a batch holds more month names at the start of a word than `dates`, the dates
    its plain figures hold (each holds one, so never fewer).

    A bound counted first with `str.count` of the names' openings saved instructions under
    callgrind but cost wall time on real runs (1.50 s against 1.64 s for 100k Arabic entries):
    the one search is the cheaper way."""
    return len(_month_words_at_word_start(language).findall(joined)) != dates


def _text_starts(joined: str) -> list[int]:
    """Where each text of a batch begins: `bisect_right(starts, position) - 1` is its index."""
    return [match.end() for match in re.finditer(_SEPARATOR, joined)]


def _month_words_by_text(joined: str, language: str, starts: list[int]) -> dict[int, list[str]]:
    """The month names each text holds as words of their own, as month numbers in order, for
    the texts that hold any.

    A month name is taken as the scanner takes one: at the start of a word, and the longest
    name that no letter follows ("Sept" in "Sept.x"). The pattern opens with literals, so the
    engine skips to their first letters.
    """
    month_names = data.FACTS[language].month_names
    months: dict[int, list[str]] = {}
    for found in _month_words(language).finditer(joined):
        start = found.start()
        if not _WORD_CHAR.match(joined, start - 1):
            number = str(month_names[" ".join(found.group().split())])
            months.setdefault(bisect_right(starts, start) - 1, []).append(number)
    return months


def century_texts(joined: str, language: str, starts: list[int] | None = None) -> set[int]:
    """The texts with a century word where the scanner reads one: after anything but a letter
    in English and Russian (the "век" of "человек" names no century), anywhere in Arabic
    (`LanguageFacts.century_words_glued`). `starts` are the texts' starts (`_text_starts`),
    found here if not given.

    One search per word, not one pattern for all: the words begin with common letters ("в",
    "с"), where a pattern's engine would stop at every one; a pattern that opens with the whole
    word skips in C to the few places where it stands. Where a Latin or Cyrillic letter stands
    before it ("долларов.", "человек"), the pattern itself refuses the place, still in C; any
    other character before it is left to `str.isalpha`, the scanner's own test. A text found is
    left at once for the next."""
    glued = data.FACTS[language].century_words_glued
    found = []
    for search in _century_word_searches(language):
        position = 0
        while (match := search(joined, position)) is not None:
            at = match.start()
            if glued or at == 0 or not joined[at - 1].isalpha():
                found.append(at)
                position = joined.find(_SEPARATOR, at)  # on to the next text
                if position < 0:
                    break
            else:
                position = at + 1
    if not found:
        return set()
    if starts is None:
        starts = _text_starts(joined)
    return {bisect_right(starts, start) - 1 for start in found}


# Letters that are letters to `str.isalpha` too, which the century searches refuse in C.
_LATIN_AND_CYRILLIC_LETTERS = "A-Za-zЁА-яё"


@cache
def _century_word_searches(language: str) -> list[Callable[[str, int], re.Match[str] | None]]:
    """A search for each century word that begins with no other: where one of those starts, a
    century word starts, and what stands before it is all that decides. Each pattern opens
    with the word itself (a literal prefix the engine skips to); outside Arabic it then looks
    back past the word for a Latin or Cyrillic letter, which makes the place no century."""
    words = set(century_word_list(language))
    firsts = sorted(
        word for word in words if not any(word.startswith(other) for other in words - {word})
    )
    glued = data.FACTS[language].century_words_glued
    searches: list[Callable[[str, int], re.Match[str] | None]] = []
    for word in firsts:
        literal = re.escape(word)
        if not glued:
            literal += rf"(?<![{_LATIN_AND_CYRILLIC_LETTERS}]{literal})"
        searches.append(re.compile(literal).search)
    return searches


_DATE_MONTH = re.compile(f"{_DATE}[0-9]*-([0-9]+)-")


@cache
def _month_words(language: str) -> re.Pattern[str]:
    """A month name that no letter follows, backing off to a shorter name where one does."""
    return re.compile(rf"(?:{scanner_parts(language).months})(?![^\W\d])")


@cache
def _month_words_at_word_start(language: str) -> re.Pattern[str]:
    """A month name at the start of a word, as `_month_words_by_text` takes one, with the
    character before it.

    The pattern opens with that character, one that is not a word character (a space, a
    bracket, the batch separator...), rather than with the names' first letters: those are
    among the commonest letters of Russian and Arabic text ("а", "о", "м", "ا", "ي"), where
    the engine would try the names at nearly every other character. The class is the
    complement of the word characters up to the end of the Arabic block, which the engine
    looks up in a table, not the category test "\\W", which it would compute at every
    character. Letters of later blocks are in the class too: a name tried after one of them
    is found (a few more names found only send the batch to the exact search), never missed.
    """
    word_runs = []
    first = None
    for code in range(_ARABIC_BLOCK_END + 2):
        is_word = code <= _ARABIC_BLOCK_END and _WORD_CHAR.match(chr(code)) is not None
        if is_word and first is None:
            first = code
        elif not is_word and first is not None:
            word_runs.append(f"{re.escape(chr(first))}-{re.escape(chr(code - 1))}")
            first = None
    return re.compile(rf"[^{''.join(word_runs)}](?:{scanner_parts(language).months})(?![^\W\d])")


_ARABIC_BLOCK_END = 0x06FF


def _after_first_letter(trie: dict[str, Any], before: str = "") -> str:
    """The words of `trie` after their first letter, which the pattern has taken already
    (so that it opens with a character class); `before` must match the character before."""
    return "|".join(
        rf"(?<={before}{re.escape(char)}){trie_pattern(child)}"
        for char, child in sorted(trie.items())
    )


@cache
def _canonical_words(language: str) -> list[tuple[str, str]]:
    """Percent and scale words, longest first, and what they become: "%" and "E9"."""
    words = {word: "%" for word in data.FACTS[language].percent_words}
    for word, factor in data.FACTS[language].scale_words.items():
        words[word] = f"E{len(str(factor)) - 1}"
    words["٪"] = "%"
    return sorted(words.items(), key=lambda item: -len(item[0]))


@cache
def _canonical_word_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The percent and scale words, longest first, and the canonical form of each.

    The words the plain figures hold are found in one pass, without Python for each one, and
    only the few distinct words found are then replaced, longest first: that replaces what
    the pattern finds and nothing else. Each word the plain figures hold ends its figure,
    before an item mark, so no two words found overlap; a word inside a longer one found
    ("тысяча" in "тысячами") is gone before its turn; and the canonical forms ("%", "E9") hold
    no word."""
    canonical = dict(_canonical_words(language))
    pattern = re.compile("|".join(re.escape(word) for word in canonical))  # longest first
    return pattern, canonical


@cache
def _canonical_marks(language: str) -> list[tuple[str, str]]:
    """Grouping marks and the characters kept before figures dropped; decimal marks as "."."""
    facts = data.FACTS[language]
    dropped = _QUIET + data.ARABIC_GROUP + facts.number_prefixes
    if facts.group_mark != " ":
        dropped += facts.group_mark
    return [(char, "") for char in dropped] + [
        (data.ARABIC_DECIMAL, "."),
        (facts.decimal_mark, "."),
    ]


def all_inside(positions: Sequence[int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether each of `positions` lies inside one of the `spans` (start, end), in one pass over
    both in order: a position is inside when some span that starts at or before it ends after
    it. A text of many "1%" has as many unusual characters as figures: trying every figure for
    each took time in the square of their number."""
    ordered = sorted(spans)
    next_span, furthest_end = 0, -1
    for at in sorted(positions):
        while next_span < len(ordered) and ordered[next_span][0] <= at:
            furthest_end = max(furthest_end, ordered[next_span][1])
            next_span += 1
        if at >= furthest_end:
            return False
    return True
