"""How messages word what they report: counts, and characters a reader could not see.

One home for the wording every command shares, so that "1 issue" and "2 issues", or an
invisible character shown as ⟨U+200B⟩, read the same wherever they appear.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that take no room or reorder text: format characters (Cf: zero-width spaces and
# joiners, bidi marks and controls, the BOM, soft hyphens) and controls other than line ends.
_UNSEEN = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 issue", "2 issues", "1,490 entries": the count grouped, the noun agreeing with it."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def character_name(character: str) -> str:
    """ "U+202E RIGHT-TO-LEFT OVERRIDE": what a message calls a character."""
    name = unicodedata.name(character, "")
    return f"U+{ord(character):04X} {name}".rstrip()


def visible(text: str) -> str:
    """`text` with each character a reader could not see written as ⟨U+200B⟩."""
    if not _UNSEEN.search(text) and text.isprintable():
        return text
    return "".join(
        f"⟨U+{ord(char):04X}⟩"
        if _UNSEEN.match(char) or (not char.isprintable() and char not in "\n\t ")
        else char
        for char in text
    )
