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

import html
import re

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
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
            decoded = BIDI_CONTROLS.search(html.unescape(reference.group()))
            if decoded is not None:
                return reference.start(), decoded.group()
    return None if written is None else (written.start(), written.group())


_OPENS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u2066": "\u2069", "\u2067": "\u2069"}
_OPENS["\u2068"] = "\u2069"
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LEFT_TO_RIGHT_LETTER = re.compile("[^\\W\\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_DIGIT = re.compile(r"\d")


def reorders_nothing(text: str) -> bool:
    """Whether each bidi control `text` holds, as written, is an embedding or an isolate whose
    scope (to its pop, or the end of the line) holds no digit and letters of one direction
    only, or such a pop: none can change the order in which a reader sees what `text` says.
    An override, a control written as a character reference, or a figure in scope can."""
    for control in BIDI_CONTROLS.finditer(text):
        character = control.group()
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
