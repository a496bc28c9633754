"""GNU gettext's line wrapping of PO strings, so that catalogs we write are what `msgcat` writes.

GNU gettext 0.21 wraps a string at 79 columns where libunistring's Unicode line breaking
(UAX #14) allows a break: after spaces, after a hyphen before a letter, before an opening
bracket, and so on; never inside an escape sequence; and always after an escaped `\\n`. The
break classes, the pair table and the column widths are data (`data/gnu_linebreak.txt`),
derived from libunistring 1.0 and checked against it by the tests.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import TypeVar

PAGE_WIDTH = 79

# The C escapes gettext writes; every other character is written as it is.
ESCAPES = {
    "\a": "a",
    "\b": "b",
    "\f": "f",
    "\n": "n",
    "\r": "r",
    "\t": "t",
    "\v": "v",
    "\\": "\\",
    '"': '"',
}

_PROHIBITED = 1
_POSSIBLE = 2
_MANDATORY = 3


@dataclass(frozen=True)
class _BreakData:
    pair_classes: dict[str, int]
    pairs: tuple[str, ...]
    class_starts: list[int]
    class_ranges: list[tuple[int, int, str]]
    width_starts: list[int]
    width_ranges: list[tuple[int, int, int]]


@cache
def _data() -> _BreakData:
    from importlib.resources import files  # only where a catalog is written

    text = files("l10n").joinpath("data/gnu_linebreak.txt").read_text(encoding="utf-8")
    section = ""
    pair_classes: dict[str, int] = {}
    pairs: list[str] = []
    classes: list[tuple[int, int, str]] = []
    widths: list[tuple[int, int, int]] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, value = line.split()
        if section == "pairs":
            pair_classes[key] = len(pairs)
            pairs.append(value)
            continue
        first, _, last = key.partition("..")
        span = (int(first, 16), int(last or first, 16))
        if section == "classes":
            classes.append((*span, value))
        else:
            widths.append((*span, int(value)))
    return _BreakData(
        pair_classes=pair_classes,
        pairs=tuple(pairs),
        class_starts=[start for start, _, _ in classes],
        class_ranges=classes,
        width_starts=[start for start, _, _ in widths],
        width_ranges=widths,
    )


T = TypeVar("T")


def _is_cjk(code: int) -> bool:
    return 0x2E80 <= code <= 0xA4CF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFD


@cache
def break_class(character: str) -> str:
    """The UAX #14 class libunistring gives `character` (AI, SA, XX resolved as it does)."""
    code = ord(character)
    data = _data()
    found = _in_ranges(data.class_starts, data.class_ranges, code)
    if found is None:
        return "ID" if _is_cjk(code) else "AL"
    return found


@cache
def column_width(character: str) -> int:
    """Columns a character takes on a terminal, as libunistring's uc_width counts them."""
    data = _data()
    found = _in_ranges(data.width_starts, data.width_ranges, ord(character))
    return 1 if found is None else found


def _in_ranges(starts: Sequence[int], ranges: Sequence[tuple[int, int, T]], code: int) -> T | None:
    """The value of the (start, end, value) range holding `code`, from sorted starts."""
    index = bisect_right(starts, code) - 1
    if index >= 0:
        start, end, value = ranges[index]
        if start <= code <= end:
            return value
    return None


class _ClassCodes(dict[int, str]):
    """Code point -> one letter naming its break class, filled on first use (for str.translate)."""

    def __missing__(self, code: int) -> str:
        letter = _CLASS_LETTERS[break_class(chr(code))]
        self[code] = letter
        return letter


_CLASS_NAMES = [
    "WJ",
    "GL",
    "B2",
    "BA",
    "BB",
    "HY",
    "CL",
    "CP",
    "EX",
    "IN",
    "NS",
    "OP",
    "QU",
    "IS",
    "NU",
    "PO",
    "PR",
    "SY",
    "AL",
    "H2",
    "H3",
    "ID",
    "JL",
    "JV",
    "JT",
    "HL",
    "RI",
    "EB",
    "EM",
    "ZWJ",
    "BK",
    "SP",
    "ZW",
    "CM",
]
# Plain letters, so that strings of them can go into regular expressions as they are.
_CLASS_LETTERS = dict(zip(_CLASS_NAMES, string.ascii_letters, strict=False))
_CLASS_OF_LETTER = {letter: name for name, letter in _CLASS_LETTERS.items()}
_CLASS_CODES = _ClassCodes()
_RUN = re.compile(r"(.)\1*", re.DOTALL)
_SPACES = re.compile(_CLASS_LETTERS["SP"] + "+(?=.)", re.DOTALL)
_NEEDS_STATE = re.compile(
    "[" + "".join(_CLASS_LETTERS[name] for name in ("BK", "ZW", "CM", "ZWJ", "HL")) + "]"
)


def possible_breaks(text: str) -> list[int]:
    """For each character, whether a line may break before it (libunistring 1.0's rules):
    1 never, 2 possible, 3 mandatory."""
    result = [_PROHIBITED] * len(text)
    for index, kind in _opportunities(text):
        result[index] = kind
    return result


@lru_cache(maxsize=64)  # a string that wraps is laid out twice (see `_wrapped`)
def _opportunities(text: str) -> list[tuple[int, int]]:
    """(index, possible or mandatory) of each place a line may break, in order."""
    classes = text.translate(_CLASS_CODES)
    if _NEEDS_STATE.search(classes) is None:
        return _plain_opportunities(classes)
    return _stateful_opportunities(classes)


@cache
def _plain_rules() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """For text without marks, joiners, Hebrew or line separators, where each break depends
    only on the classes around it: the pairs of classes that break when adjacent, the pairs
    that no run of spaces between them can break, and a pattern finding the characters next
    to which an adjacent break can happen at all (not letters, digits or spaces: letters and
    digits next to each other never break)."""
    data = _data()
    adjacent: set[str] = set()
    never: set[str] = set()
    for before, row in zip(data.pair_classes, data.pairs, strict=True):
        for after, rule in zip(data.pair_classes, row, strict=True):
            pair = _CLASS_LETTERS[before] + _CLASS_LETTERS[after]
            if rule == "D":
                adjacent.add(pair)
            elif rule == "P":
                never.add(pair)
    quiet = "".join(_CLASS_LETTERS[name] for name in ("AL", "NU", "SP"))
    assert not any(pair[0] in quiet and pair[1] in quiet for pair in adjacent)
    return frozenset(adjacent), frozenset(never), re.compile(f"[^{quiet}]")


def _plain_opportunities(classes: str) -> list[tuple[int, int]]:
    adjacent, never, other = _plain_rules()
    found: set[int] = set()
    for match in other.finditer(classes):
        index = match.start()
        if index > 0 and classes[index - 1 : index + 1] in adjacent:
            found.add(index)
        if classes[index : index + 2] in adjacent:
            found.add(index + 1)
    for run in _SPACES.finditer(classes):
        start, end = run.span()
        if start > 0 and classes[start - 1] + classes[end] not in never:
            found.add(end)
    return [(index, _POSSIBLE) for index in sorted(found)]


def _stateful_opportunities(classes: str) -> list[tuple[int, int]]:
    """The general rules, character by character, for text with marks, joiners and the like.

    Works on runs of characters of one class: inside a run of letters nothing can change, so
    only the first character of most runs needs the rules.
    """
    data = _data()
    rules = data.pairs
    order = data.pair_classes
    result: list[tuple[int, int]] = []
    last = "BK"  # class of the last character that is not a space
    after_space = False
    hebrew_hyphen = False  # last two were Hebrew letter + hyphen: no break before non-Hebrew
    for run in _RUN.finditer(classes):
        kind = _CLASS_OF_LETTER[run.group(1)]
        start, end = run.span()
        if kind == "BK":
            result += [(index, _MANDATORY) for index in range(start, end)]
            last, after_space, hebrew_hyphen = "BK", False, False
            continue
        if kind == "SP":
            after_space = True
            continue
        if kind == "ZW":
            last, after_space = "ZW", False
            continue
        if kind == "CM":
            # A combining mark belongs to the character before it; after a space or at the
            # start of a line it stands alone and behaves as a letter.
            if last == "BK":
                last, after_space = "AL", False
            elif last == "ZW" or after_space:
                result.append((start, _POSSIBLE))
                last, after_space = "AL", False
            continue
        same_kind_rule = rules[order[kind]][order[kind]]
        stepwise = same_kind_rule == "D" or kind in ("HY", "BA", "HL")
        for index in range(start, end if stepwise else start + 1):
            if last == "BK":
                rule = "P"
            elif last == "ZW":
                rule = "D"
            elif hebrew_hyphen and not after_space and kind != "HL":
                rule = "P"
            else:
                rule = rules[order[last]][order[kind]]
            if rule == "D" or (rule == "I" and after_space):
                result.append((index, _POSSIBLE))
            hebrew_hyphen = last == "HL" and kind in ("HY", "BA") and not after_space
            last, after_space = kind, False
    return result


def _width_breaks(text: str, prohibited: set[int], width: int, start_column: int) -> list[int]:
    """Where to break `text` so that no line passes `width` columns (libunistring's
    u8_width_linebreaks): a break goes at the last opportunity before the overflowing piece."""
    columns = list(accumulate(map(column_width, text), initial=0))  # columns before each index
    if start_column + columns[-1] <= width:
        return []  # it all fits: no piece can overflow
    cuts: list[int] = []
    last_break: int | None = None
    last_column = start_column
    piece_start = 0
    for index, opportunity in _opportunities(text):
        if index in prohibited:
            continue
        piece_width = columns[index] - columns[piece_start]
        if last_break is not None and last_column + piece_width > width:
            cuts.append(last_break)
            last_column = 0
        if opportunity == _MANDATORY:
            last_break, last_column, piece_start = None, 0, index + 1
            continue
        last_break = index
        last_column += piece_width
        piece_start = index
    if last_break is not None and last_column + columns[-1] - columns[piece_start] > width:
        cuts.append(last_break)
    return cuts


_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')


def _escaped_portion(portion: str) -> tuple[str, set[int]]:
    """The portion as written between quotes, and where escapes forbid a break."""
    if _NEEDS_ESCAPE.search(portion) is None:
        return portion, set()
    pieces: list[str] = []
    prohibited: set[int] = set()
    position = 0
    for character in portion:
        letter = ESCAPES.get(character)
        if letter is None:
            pieces.append(character)
            position += 1
        else:
            pieces.append("\\" + letter)
            prohibited.add(position + 1)  # never between the backslash and its letter
            position += 2
    if portion.endswith("\n"):
        prohibited.add(position - 2)  # nor before the newline that ends a line
    return "".join(pieces), prohibited


def _portions(value: str) -> list[str]:
    """`value` cut after each newline, as gettext lays out one portion per output line group."""
    portions: list[str] = []
    start = 0
    while True:
        end = value.find("\n", start)
        if end == -1:
            portions.append(value[start:])
            return portions
        portions.append(value[start : end + 1])
        start = end + 1
        if start == len(value):
            return portions


def wrap_field(
    prefix: str, keyword: str, value: str, page_width: int = PAGE_WIDTH, *, wrap: bool = True
) -> list[str]:
    """The lines of `keyword "value"` (e.g. msgid) as GNU gettext writes them, each starting
    with `prefix` ("", "#~ " for obsolete entries, "#| " for a previous msgid). With
    `wrap=False` (an entry flagged `no-wrap`) lines break only after newlines."""
    return list(_wrapped(prefix, keyword, value, page_width if wrap else 0))


def forget_layouts() -> None:
    """Drop the remembered layouts (to free memory, or to time a write from cold)."""
    _wrapped.cache_clear()
    _opportunities.cache_clear()


# One update writes the same sentence into a template and every language's catalog, twice
# (to compare with the file on disk): remembering recent layouts saves most of the work.
@lru_cache(maxsize=1 << 16)
def _wrapped(prefix: str, keyword: str, value: str, page_width: int) -> tuple[str, ...]:
    """`wrap_field`; a page width of 0 means no wrapping."""
    lines: list[str] = []
    first_line = True
    after_break_column = len(prefix) + 1
    width = page_width - 1 - after_break_column
    portions = _portions(value)
    for number, portion in enumerate(portions):
        text, prohibited = _escaped_portion(portion)
        more_follow = number + 1 < len(portions)
        while True:
            start_column = len(prefix) + (len(keyword) + 1 if first_line else 0) + 1
            start_column -= after_break_column
            if page_width == 0:
                cuts: list[int] = []
                overflow = False
            else:
                cuts = _width_breaks(text, prohibited, width, start_column)
                overflow = start_column > width or bool(cuts)
            if first_line and text and (more_follow or overflow):
                lines.append(f'{prefix}{keyword} ""')
                first_line = False
                continue
            break
        opening = f'{prefix}{keyword} "' if first_line else f'{prefix}"'
        first_line = False
        for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
            lines.append(f'{opening}{text[start:end]}"')
            opening = f'{prefix}"'
    return tuple(lines)
