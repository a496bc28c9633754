"""GNU gettext's line wrapping of PO strings, so that catalogs we write are what `msgcat` writes.

GNU gettext 0.21 wraps a string at 79 columns where libunistring's Unicode line breaking
(UAX #14) allows a break: after spaces, after a hyphen before a letter, before an opening
bracket, and so on; never inside an escape sequence; and always after an escaped `\\n`. The
break classes, the pair table and the column widths are data (`data/gnu_linebreak.txt`),
derived from libunistring 1.0 and checked against it by the tests.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

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
_UNDEFINED = 0
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


def _is_cjk(code: int) -> bool:
    return 0x2E80 <= code <= 0xA4CF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFD


def break_class(character: str) -> str:
    """The UAX #14 class libunistring gives `character` (AI, SA, XX resolved as it does)."""
    code = ord(character)
    data = _data()
    index = bisect_right(data.class_starts, code) - 1
    if index >= 0:
        start, end, name = data.class_ranges[index]
        if start <= code <= end:
            return name
    return "ID" if _is_cjk(code) else "AL"


def column_width(character: str) -> int:
    """Columns a character takes on a terminal, as libunistring's uc_width counts them."""
    code = ord(character)
    data = _data()
    index = bisect_right(data.width_starts, code) - 1
    if index >= 0:
        start, end, width = data.width_ranges[index]
        if start <= code <= end:
            return width
    return 1


def possible_breaks(text: str) -> list[int]:
    """For each character, whether a line may break before it (libunistring 1.0's rules)."""
    data = _data()
    result = [_PROHIBITED] * len(text)
    last = "BK"  # class of the last character that is not a space
    after_space = False
    hebrew_hyphen = False  # last two were Hebrew letter + hyphen: no break before non-Hebrew
    for index, character in enumerate(text):
        kind = break_class(character)
        if kind == "BK":
            result[index] = _MANDATORY
            last, after_space, hebrew_hyphen = "BK", False, False
        elif kind == "SP":
            after_space = True
        elif kind == "ZW":
            last, after_space = "ZW", False
        elif kind == "CM":
            # A combining mark belongs to the character before it; after a space or at the
            # start of a line it stands alone and behaves as a letter.
            if last == "BK":
                last, after_space = "AL", False
            elif last == "ZW" or after_space:
                result[index] = _POSSIBLE
                last, after_space = "AL", False
        else:
            if last == "BK":
                rule = "P"
            elif last == "ZW":
                rule = "D"
            elif hebrew_hyphen and not after_space and kind != "HL":
                rule = "P"
            else:
                rule = data.pairs[data.pair_classes[last]][data.pair_classes[kind]]
            if rule == "D" or (rule == "I" and after_space):
                result[index] = _POSSIBLE
            hebrew_hyphen = last == "HL" and kind in ("HY", "BA") and not after_space
            last, after_space = kind, False
    return result


def _width_breaks(text: str, overrides: list[int], width: int, start_column: int) -> list[bool]:
    """Where to break `text` so that no line passes `width` columns (libunistring's
    u8_width_linebreaks): a break goes at the last opportunity before the overflowing piece."""
    breaks = possible_breaks(text)
    chosen = [False] * len(text)
    last_break: int | None = None
    last_column = start_column
    piece_width = 0
    for index, character in enumerate(text):
        if overrides[index] != _UNDEFINED:
            breaks[index] = overrides[index]
        opportunity = breaks[index]
        if (
            opportunity in (_POSSIBLE, _MANDATORY)
            and last_break is not None
            and last_column + piece_width > width
        ):
            chosen[last_break] = True
            last_column = 0
        if opportunity == _MANDATORY:
            last_break, last_column, piece_width = None, 0, 0
            continue
        if opportunity == _POSSIBLE:
            last_break = index
            last_column += piece_width
            piece_width = 0
        piece_width += column_width(character)
    if last_break is not None and last_column + piece_width > width:
        chosen[last_break] = True
    return chosen


def _escaped_portion(portion: str) -> tuple[str, list[int]]:
    """The portion as written between quotes, and where breaks are forbidden by escapes."""
    pieces: list[str] = []
    overrides: list[int] = []
    for character in portion:
        letter = ESCAPES.get(character)
        if letter is None:
            pieces.append(character)
            overrides.append(_UNDEFINED)
        else:
            pieces.append("\\" + letter)
            overrides += [_UNDEFINED, _PROHIBITED]
    if portion.endswith("\n"):
        overrides[-2] = _PROHIBITED
    return "".join(pieces), overrides


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


def wrap_field(prefix: str, keyword: str, value: str, page_width: int = PAGE_WIDTH) -> list[str]:
    """The lines of `keyword "value"` (e.g. msgid) as GNU gettext writes them, each starting
    with `prefix` ("", "#~ " for obsolete entries, "#| " for a previous msgid)."""
    lines: list[str] = []
    first_line = True
    after_break_column = len(prefix) + 1
    width = page_width - 1 - after_break_column
    portions = _portions(value)
    for number, portion in enumerate(portions):
        text, overrides = _escaped_portion(portion)
        more_follow = number + 1 < len(portions)
        while True:
            start_column = len(prefix) + (len(keyword) + 1 if first_line else 0) + 1
            start_column -= after_break_column
            chosen = _width_breaks(text, overrides, width, start_column)
            if first_line and text and (more_follow or start_column > width or any(chosen)):
                lines.append(f'{prefix}{keyword} ""')
                first_line = False
                continue
            break
        current = [prefix, f"{keyword} " if first_line else "", '"']
        first_line = False
        for index, character in enumerate(text):
            if chosen[index]:
                lines.append("".join(current) + '"')
                current = [prefix, '"']
            current.append(character)
        lines.append("".join(current) + '"')
    return lines
