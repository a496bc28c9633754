"""The characters no published text may hold, for statements and translations alike.

Embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) reorder what a reader
sees ("Trojan Source"): a U+202E ... U+202C around "27" shows 72. The marks a translator needs
(U+200E, U+200F, U+061C) are not among them. A page decodes HTML character references, so
"&#x202E;" counts as the character. Statements are refused with the line (`l10n.sources`),
translations are reported by `l10n check` and refused by `l10n build` (`l10n.check`).

One use is typography, not a trap: in a right-to-left translation, an embedding or isolate
around text of one direction without a digit ("\u202a(XML)\u202c", a stray "\u202a." at the
end) can reorder nothing, since reordering needs runs of both directions (`reorders_nothing`).
Arabic translators write them to keep brackets and full stops in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from l10n.wording import character_name, visible

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_CHARACTERS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# A character reference as markdown-it and browsers decode it ("&#x202E;", "&#8238;").
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});"
)


def forbidden_character(text: str) -> tuple[int, str] | None:
    """Where `text` holds a character no page may show, as written or as an HTML character
    reference that a page decodes: (offset in `text`, the character)."""
    written = BIDI_CONTROLS.search(text)
    end = written.start() if written is not None else len(text)
    if "&" in text:
        for reference in _CHARACTER_REFERENCE.finditer(text, 0, end):
            decoded = BIDI_CONTROLS.search(_unescaped(reference.group()))
            if decoded is not None:
                return reference.start(), decoded.group()
    return None if written is None else (written.start(), written.group())


def _unescaped(reference: str) -> str:
    """The character an HTML character reference stands for (`html`, and its table of named
    references, imported only when a text holds a reference)."""
    import html

    return html.unescape(reference)


def holds_forbidden(text: str) -> bool:
    """Whether `forbidden_character` finds one in `text`, told quicker for a whole catalog's
    texts joined: one `in` per character, and a search for references only where there is an
    "&" to start one."""
    if any(character in text for character in _BIDI_CHARACTERS):
        return True
    return "&" in text and forbidden_character(text) is not None


# Characters that take no room on a page: each is removed before figures are read, so that a
# figure is compared as a page shows it ("15<ZWSP>00" is 1500, "<LRM>12<LRM> مايو" is 12 May).
# The marks a translator needs (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK, U+061C
# ARABIC LETTER MARK) keep "27" in its place in right-to-left text: reported only inside one.
# The others are reported where they hide in a figure (`hidden_in_figure`):
#
# Never inside or beside a figure, as no text needs them there:
#   U+200B ZERO WIDTH SPACE: a line may break inside "15<ZWSP>00"; search, copying and screen
#       readers see two numbers where the page shows one.
#   U+2060 WORD JOINER, U+FEFF (a byte order mark, or its old use as a word joiner): a figure is
#       kept with its unit by a no-break space, which an editor shows; these only hide.
#   U+2061-U+2064 INVISIBLE FUNCTION APPLICATION, TIMES, SEPARATOR, PLUS: mathematics markup,
#       which "2<INVISIBLE TIMES>00" turns into a product no reader sees.
NEVER_BY_FIGURES = "\u200b\u2060\ufeff\u2061\u2062\u2063\u2064"
# Never inside a figure (between its digits or separators), but legitimate in words next to one:
#   U+200C ZERO WIDTH NON-JOINER, U+200D ZERO WIDTH JOINER: they choose letter forms in Arabic
#       and Persian words (and join emoji), and do nothing between digits but break the figure.
#   U+00AD SOFT HYPHEN: a hyphenation point in a word; inside a figure a line may break there
#       and show "15-" and "00".
#   The direction marks, beside a figure where they keep it in its place: between its digits a
#       right-to-left one parts it into two runs that right-to-left text shows in the other
#       order ("3<RLM>10" is 310 to the figure readers and shows as 103), and none has a use there.
_DIRECTION_MARKS = "\u200e\u200f\u061c"
NEVER_IN_FIGURES = "\u200c\u200d\u00ad" + _DIRECTION_MARKS
INVISIBLE = _BIDI_CHARACTERS + NEVER_BY_FIGURES + NEVER_IN_FIGURES
_WITHOUT_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_HIDDEN = frozenset(NEVER_BY_FIGURES + NEVER_IN_FIGURES)
_HIDING = re.compile(f"[{NEVER_BY_FIGURES}{NEVER_IN_FIGURES}]")
_HIDING_OR_REFERENCE = re.compile(f"{_HIDING.pattern}|{_CHARACTER_REFERENCE.pattern}")
# Skipped when looking for what stands beside a character: other invisible characters and marks.
_UNSEEN = frozenset(INVISIBLE)
# What may stand between the digits of one figure: "1 500", "1,500", "1.5", "٢٫٥".
_FIGURE_SEPARATORS = frozenset(" \u00a0\u202f\u2009,.'\u2019\u066b\u066c")
_CONTEXT = 40


# A figure's digits and the marks between them ("2,080.5", "٢٬٠٨٠"); a space may part two
# figures, so it parts runs here.
_FIGURE_MARK = "[.,'\u00a0\u202f\u066b\u066c]?"
_DIGIT_RUN = re.compile(r"\d+(?:[.,'\u00a0\u202f\u066b\u066c]\d+)*")
# Two neighbouring digits of one figure from two of the systems the figure readers read: 0-9,
# Arabic-Indic (U+0660-U+0669) and its Persian form (U+06F0-U+06F9). Digits of any other system
# are no figure to them (a translation showing one is reported as lacking the figure).
_ARABIC, _PERSIAN = "\u0660-\u0669", "\u06f0-\u06f9"
_MIXED_NEIGHBOURS = re.compile(
    f"[0-9]{_FIGURE_MARK}[{_ARABIC}{_PERSIAN}]|[{_ARABIC}{_PERSIAN}]{_FIGURE_MARK}[0-9]"
    f"|[{_ARABIC}]{_FIGURE_MARK}[{_PERSIAN}]|[{_PERSIAN}]{_FIGURE_MARK}[{_ARABIC}]"
)


_ARABIC_DIGITS = "".join(map(chr, [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA)]))


def holds_arabic_digits(text: str) -> bool:
    """Whether `text` holds an Arabic-Indic or Persian digit, which a figure written in two
    digit systems (`mixed_digits`) needs: one quick look at a whole catalog's texts, where a
    regular expression would try every character."""
    return not text.isascii() and any(digit in text for digit in _ARABIC_DIGITS)


def mixed_digits(text: str) -> tuple[int, str, str] | None:
    """The first figure of `text` written in digits of two systems, as (offset, the figure,
    its first digit other than 0-9): "1٥" is 15 to the figure readers and looks like 10 to a
    reader of Latin digits (ARABIC-INDIC DIGIT FIVE is a circle), and "٥0" is no figure a
    reader of either system reads. No text of any language writes one figure so."""
    if not holds_arabic_digits(text):
        return None
    neighbours = _MIXED_NEIGHBOURS.search(text)
    if neighbours is None:
        return None
    run = next(
        run for run in _DIGIT_RUN.finditer(text) if run.start() <= neighbours.start() < run.end()
    )
    named = next(digit for digit in run.group() if digit.isdecimal() and not "0" <= digit <= "9")
    return run.start(), run.group(), named


def holds_invisible(text: str) -> bool:
    """Whether `text` holds one of the `INVISIBLE` characters, as written or as a character
    reference ("&#8203;"). One `in` per character: on a catalog's texts joined, several times
    quicker than a regular expression."""
    return any(character in text for character in INVISIBLE) or _invisible_reference(text)


def without_invisible(text: str) -> str:
    """`text` as a page shows it to a reader, for the figure readers: the `INVISIBLE`
    characters out, and the character references to them."""
    if _invisible_reference(text):
        text = _CHARACTER_REFERENCE.sub(_unless_invisible, text)
    return text.translate(_WITHOUT_INVISIBLE) if holds_invisible(text) else text


# A character reference as a page decodes it in a translation's Markdown (markdown-it, as
# CommonMark has it): a decimal one of at most 7 digits, a hexadecimal one of at most 6, an HTML5
# entity name. "27&#48;" shows as "270": the figure readers must read what the page shows.
_DECODED_REFERENCE = re.compile(
    r"&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));"
)


def holds_decoded_reference(text: str) -> bool:
    """Whether a page shows `text` otherwise than written: it holds a character reference that
    the page decodes (`as_shown`)."""
    return "&" in text and _DECODED_REFERENCE.search(text) is not None


def as_shown(text: str) -> str:
    """`text` as a page shows it to a reader, for the figure readers: its character references
    decoded once, as the page decodes them ("&amp;#48;" shows as "&#48;"), and the `INVISIBLE`
    characters out."""
    if "&" in text:
        text = _DECODED_REFERENCE.sub(_decoded, text)
    return text.translate(_WITHOUT_INVISIBLE) if holds_invisible(text) else text


def _decoded(reference: re.Match[str]) -> str:
    decimal, hexadecimal, name = reference.groups()
    if name is not None:
        import html.entities  # its table of names, only where a text holds a reference

        return html.entities.html5.get(f"{name};", reference.group())
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if _is_character_a_page_shows(code) else "\ufffd"


def _is_character_a_page_shows(code: int) -> bool:
    """CommonMark's test of a numeric reference (markdown-it's `isValidEntityCode`): a
    surrogate, a noncharacter, a control but tab, newline, form feed and carriage return, or a
    code beyond Unicode shows as U+FFFD REPLACEMENT CHARACTER."""
    return not (
        0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or (code & 0xFFFE) == 0xFFFE
        or code <= 0x08
        or code == 0x0B
        or 0x0E <= code <= 0x1F
        or 0x7F <= code <= 0x9F
        or code > 0x10FFFF
    )


def _invisible_reference(text: str) -> bool:
    return "&" in text and any(
        _unescaped(reference.group()) in _UNSEEN
        for reference in _CHARACTER_REFERENCE.finditer(text)
    )


def _unless_invisible(reference: re.Match[str]) -> str:
    return "" if _unescaped(reference.group()) in _UNSEEN else reference.group()


class HiddenCharacter(NamedTuple):
    """A character no reader sees, inside or beside a figure."""

    offset: int
    character: str
    inside: bool  # between the digits of the figure, rather than at its edge
    context: str  # the figure as written around it, the character included
    end: int = 0  # where what holds it ends: after the character, or its character reference


def hidden_in_figure(text: str) -> HiddenCharacter | None:
    """The first character of `NEVER_BY_FIGURES` inside or beside a figure (a digit), or of
    `NEVER_IN_FIGURES` inside one, in `text`."""
    return next(hidden_in_figures(text), None)


def hidden_in_figures(text: str) -> Iterator[HiddenCharacter]:
    """Every character `hidden_in_figure` finds, in order. Each is judged by the characters
    a reader sees around it, so removing all of them leaves the figures as the page shows
    them (`l10n import` and `l10n align` do, with a warning)."""
    written = any(character in text for character in NEVER_BY_FIGURES + NEVER_IN_FIGURES)
    if not written and not _invisible_reference(text):
        return
    before = after = -1
    for match in (_HIDING_OR_REFERENCE if "&" in text else _HIDING).finditer(text):
        offset, character = match.start(), _unescaped(match.group())
        if character not in _HIDDEN:
            continue  # a reference to another character
        if not before < offset < match.end() <= after:
            # A run of unseen characters shares what stands around it: looked for once per
            # run, so that a page of nothing but zero-width spaces is read in linear time.
            before, after = _seen_before(text, offset), _seen_after(text, match.end())
        digit_before = _is_digit(text, before)
        digit_after = _is_digit(text, after)
        inside = (digit_before or _separator_then_digit(text, before, leftwards=True)) and (
            digit_after or _separator_then_digit(text, after, leftwards=False)
        )
        if inside or (character in NEVER_BY_FIGURES and (digit_before or digit_after)):
            near = before if digit_before else after
            context = _context(text, offset, near)
            yield HiddenCharacter(offset, character, bool(inside), context, match.end())


def remove_hidden_in_figures(text: str) -> tuple[str, list[HiddenCharacter]]:
    """`text` without what `hidden_in_figures` finds, and what that was (offsets in `text`)."""
    found = list(hidden_in_figures(text))
    if not found:
        return text, found
    kept, start = [], 0
    for hidden in found:
        kept.append(text[start : hidden.offset])
        start = hidden.end
    kept.append(text[start:])
    return "".join(kept), found


def _seen_before(text: str, offset: int) -> int:
    index = offset - 1
    while index >= 0 and text[index] in _UNSEEN:
        index -= 1
    return index


def _seen_after(text: str, offset: int) -> int:
    index = offset
    while index < len(text) and text[index] in _UNSEEN:
        index += 1
    return index


def _is_digit(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isdecimal()


def _separator_then_digit(text: str, index: int, *, leftwards: bool) -> bool:
    """A separator at `index` with a digit beyond it, further from the character."""
    if not (0 <= index < len(text) and text[index] in _FIGURE_SEPARATORS):
        return False
    beyond = _seen_before(text, index) if leftwards else _seen_after(text, index + 1)
    return _is_digit(text, beyond)


def _context(text: str, offset: int, near: int) -> str:
    """The word (up to white space) that holds the character and the figure beside it."""
    start, end = min(offset, near), max(offset, near) + 1
    while start > 0 and not text[start - 1].isspace() and offset - start < _CONTEXT:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - offset < _CONTEXT:
        end += 1
    return text[start:end]


_REASONS = {
    "\u200b": "a line may break inside it, and search, copying and screen readers find two "
    "numbers there",
    "\u00ad": "a line may break inside it and show a hyphen",
    "\u200f": "right-to-left text shows the digits on its two sides in the other order",
    "\u061c": "right-to-left text shows the digits on its two sides in the other order",
}


def reason_hidden(character: str) -> str:
    """Why `character` must not stand where `hidden_in_figure` found it, for a message."""
    return _REASONS.get(
        character, "search, copying and screen readers do not read it as the page shows it"
    )


_OPENS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u2066": "\u2069", "\u2067": "\u2069"}
_OPENS["\u2068"] = "\u2069"
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LEFT_TO_RIGHT_LETTER = re.compile("[^\\W\\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_DIGIT = re.compile(r"\d")


# Openers that set their scope left to right, and the pop that ends it.
_LEFT_TO_RIGHT = {"\u202a": "\u202c", "\u202d": "\u202c", "\u2066": "\u2069"}


def _without_left_to_right_runs(text: str) -> str:
    """`text` without the left-to-right embeddings, overrides and isolates (and their pops)
    whose scope holds no right-to-left letter and no other control: such a scope ("A4",
    "/dev/video0", "2-3,5") is shown in the order it is written, the order of its digits, and
    beside it digits of a right-to-left line run left to right too, so none reorders a figure."""
    kept: list[str] = []
    position = 0
    for control in BIDI_CONTROLS.finditer(text):
        pop = _LEFT_TO_RIGHT.get(control.group())
        if pop is None or control.start() < position:
            continue
        ends = (text.find(pop, control.end()), text.find("\n", control.end()))
        end = min((end for end in ends if end >= 0), default=len(text))
        scope = text[control.end() : end]
        if _RIGHT_TO_LEFT_LETTER.search(scope) or BIDI_CONTROLS.search(scope):
            continue
        kept.append(text[position : control.start()])
        kept.append(scope)
        position = end + 1 if end < len(text) and text[end] == pop else end
    kept.append(text[position:])
    return "".join(kept)


def reorders_nothing(text: str) -> bool:
    """Whether each bidi control `text` holds, as written, is an embedding or an isolate whose
    scope (to its pop, or the end of the line) holds no digit and letters of one direction
    only, or such a pop, none of them beside a digit, or a left-to-right one around a run
    without right-to-left letters (`_without_left_to_right_runs`): none can change the order
    in which a reader sees what `text` says. An override of right to left, a control written
    as a character reference, or a figure in another scope or beside can."""
    if "&" not in text:
        text = _without_left_to_right_runs(text)
    for control in BIDI_CONTROLS.finditer(text):
        character = control.group()
        if _is_digit(text, _seen_before(text, control.start())) or _is_digit(
            text, _seen_after(text, control.end())
        ):
            return False  # beside a figure: it may move it
        if character in ("\u202c", "\u2069"):
            continue
        pop = _OPENS.get(character)
        if pop is None:
            return False  # an override reverses whatever it holds
        ends = (text.find(pop, control.end()), text.find("\n", control.end()))
        scope = text[control.end() : min((end for end in ends if end >= 0), default=len(text))]
        if _DIGIT.search(scope) or (
            _RIGHT_TO_LEFT_LETTER.search(scope) and _LEFT_TO_RIGHT_LETTER.search(scope)
        ):
            return False
    return "&" not in text or forbidden_character(BIDI_CONTROLS.sub("", text)) is None


def bidi_control_message(character: str) -> str:
    """Why a bidi control `forbidden_character` found is refused, for a message."""
    return (
        f"bidirectional control character U+{ord(character):04X} is not allowed "
        "(it can make text read differently from what it says)"
    )


def hidden_message(found: HiddenCharacter) -> str:
    """Why a character `hidden_in_figure` found is refused, for a message."""
    where = "inside" if found.inside else "beside"
    return (
        f"{character_name(found.character)} {where} a figure is not allowed "
        f"(“{visible(found.context)}”: {reason_hidden(found.character)}); delete it"
    )


def unpublishable(text: str) -> tuple[int, str] | None:
    """The offset in `text` of the first character a source text may not hold, and why: a bidi
    control (`forbidden_character`), or a character hidden in a figure (`hidden_in_figure`)."""
    control = forbidden_character(text)
    hidden = hidden_in_figure(text)
    if hidden is not None and (control is None or hidden.offset < control[0]):
        return hidden.offset, hidden_message(hidden)
    if control is not None:
        return control[0], bidi_control_message(control[1])
    return None
