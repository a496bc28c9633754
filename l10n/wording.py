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


# Controls, line ends included, and what `visible` shows: in a file's name, a line end would
# forge a message line of its own ("x\nl10n: all good.md"), ESC or BEL would act on the
# terminal, and a bidi control would reorder the message. (A byte the name has that is not
# UTF-8 stays as Python holds it, printed as a backslash escape.)
_UNSEEN_IN_NAMES = re.compile(rf"[\x00-\x1f\x7f-\x9f]|{_UNSEEN.pattern}")


def visible_name(name: str) -> str:
    """A file's name as a message shows it: each control or unseen character as ⟨U+000A⟩, so
    that it stays on its line and cannot act on the terminal."""
    if name.isprintable() and not _UNSEEN.search(name):
        return name
    return _UNSEEN_IN_NAMES.sub(lambda found: f"⟨U+{ord(found.group()):04X}⟩", name)
