"""The characters no published text may hold, for statements and translations alike.

Embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) reorder what a reader
sees ("Trojan Source"): a U+202E ... U+202C around "27" shows 72. The marks a translator needs
(U+200E, U+200F, U+061C) are not among them. A page decodes HTML character references, so
"&#x202E;" counts as the character. Statements are refused with the line (`l10n.sources`),
translations are reported by `l10n check` and refused by `l10n build` (`l10n.check`).
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
