"""Our PO reader and writer against polib, a well-kept reader nobody here wrote.

polib is the independent oracle: on generated catalogs, what `serialize_po` writes polib reads
back field by field, and what polib writes `parse_po` reads back field by field. GNU msgcat
(tests/test_po.py) judges the bytes; polib judges the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import polib
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.po import Catalog, Entry, parse_po, plural_forms, serialize_po

HEADER = (
    ("Project-Id-Version", "oracle"),
    ("Language", "ru"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("Plural-Forms", plural_forms("ru")),
)

# Latin, Cyrillic and Arabic letters, digits, separators, and what a writer must escape.
_CHARACTERS = st.sampled_from(
    [*"ab zЖжяص٢٬ 0123456789,.%", "\u00a0", '"', "\\", "\n", "\t", "«", "»"]
)
_TEXT = st.text(_CHARACTERS, min_size=1, max_size=120)
_WORD = st.text(st.sampled_from(list("abcdefxyzжя")), min_size=1, max_size=12)
_COMMENT = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_FLAGS = st.lists(
    st.sampled_from(["fuzzy", "python-format", "ignore-numbers", "no-wrap"]),
    unique=True,
    max_size=3,
)
_REFERENCE = st.tuples(_WORD.map(lambda word: f"source/{word}.md"), st.integers(1, 9999))


@dataclass(frozen=True)
class Message:
    """What both libraries must agree on for one entry."""

    msgid: str
    msgstr: str
    msgctxt: str | None
    msgid_plural: str | None
    msgstr_plural: tuple[str, ...]
    translator_comments: tuple[str, ...]
    extracted_comments: tuple[str, ...]
    references: tuple[tuple[str, int], ...]
    flags: frozenset[str]  # in any order: GNU writes fuzzy first
    previous_msgid: str | None
    obsolete: bool


@st.composite
def messages(draw: st.DrawFn) -> list[Message]:
    found: dict[tuple[str | None, str], Message] = {}
    for _ in range(draw(st.integers(1, 12))):
        msgid = draw(_TEXT)
        msgctxt = draw(st.none() | _WORD)
        obsolete = draw(st.integers(0, 3)) == 0
        plural = not obsolete and draw(st.integers(0, 5)) == 0
        message = Message(
            msgid=msgid,
            # an obsolete entry without a translation is dropped, as GNU tools drop it
            msgstr="" if plural else draw(_TEXT if obsolete else st.just("") | _TEXT),
            msgctxt=msgctxt,
            msgid_plural=draw(_TEXT) if plural else None,
            msgstr_plural=tuple(draw(st.lists(_TEXT, min_size=3, max_size=3))) if plural else (),
            translator_comments=() if obsolete else tuple(draw(st.lists(_COMMENT, max_size=2))),
            extracted_comments=() if obsolete else tuple(draw(st.lists(_COMMENT, max_size=2))),
            references=()
            if obsolete
            else tuple(draw(st.lists(_REFERENCE, max_size=3, unique=True))),
            flags=frozenset() if obsolete else frozenset(draw(_FLAGS)),
            previous_msgid=None if obsolete else draw(st.none() | _TEXT),
            obsolete=obsolete,
        )
        if not (message.msgstr_plural or message.msgstr):
            # an untranslated entry is not fuzzy: GNU tools drop the flag
            message = replace(message, flags=message.flags - {"fuzzy"})
        found.setdefault((msgctxt, msgid), message)
    # polib keeps an obsolete entry only when no other entry has its msgid (whatever the
    # context): such catalogs are left out rather than judged by that rule.
    msgids = [msgid for _, msgid in found]
    return [m for m in found.values() if not m.obsolete or msgids.count(m.msgid) == 1]


def as_entry(message: Message) -> Entry:
    return Entry(
        msgid=message.msgid,
        msgstr=message.msgstr,
        msgctxt=message.msgctxt,
        msgid_plural=message.msgid_plural,
        msgstr_plural=message.msgstr_plural,
        translator_comments=message.translator_comments,
        extracted_comments=message.extracted_comments,
        references=message.references,
        flags=tuple(sorted(message.flags)),
        previous_msgid=message.previous_msgid,
        obsolete=message.obsolete,
    )


def of_entry(entry: Entry) -> Message:
    references = tuple((file, line) for file, line in entry.references if line is not None)
    return Message(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        msgid_plural=entry.msgid_plural,
        msgstr_plural=entry.msgstr_plural,
        translator_comments=entry.translator_comments,
        extracted_comments=entry.extracted_comments,
        references=references,
        flags=frozenset(entry.flags),
        previous_msgid=entry.previous_msgid,
        obsolete=entry.obsolete,
    )


def as_polib_entry(message: Message) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=message.msgid,
        msgstr=message.msgstr,
        msgctxt=message.msgctxt,
        tcomment="\n".join(message.translator_comments),
        comment="\n".join(message.extracted_comments),
        occurrences=[(file, str(line)) for file, line in message.references],
        flags=list(message.flags),
        previous_msgid=message.previous_msgid,
        obsolete=message.obsolete,
    )
    if message.msgid_plural is not None:
        entry.msgid_plural = message.msgid_plural
        entry.msgstr_plural = dict(enumerate(message.msgstr_plural))
    return entry


def of_polib_entry(entry: polib.POEntry) -> Message:
    plural = entry.msgid_plural or None
    return Message(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        msgid_plural=plural,
        msgstr_plural=tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        if plural
        else (),
        translator_comments=tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
        extracted_comments=tuple(entry.comment.split("\n")) if entry.comment else (),
        references=tuple((file, int(line)) for file, line in entry.occurrences),
        flags=frozenset(entry.flags),
        previous_msgid=entry.previous_msgid,
        obsolete=bool(entry.obsolete),
    )


def in_file_order(found: list[Message]) -> list[Message]:
    """Active entries first, then obsolete ones, as both writers put them."""
    return [m for m in found if not m.obsolete] + [m for m in found if m.obsolete]


@settings(max_examples=60, deadline=None)
@given(messages())
def test_polib_reads_what_we_write(found: list[Message]) -> None:
    catalog = Catalog(header=HEADER, entries=tuple(as_entry(m) for m in found))
    read = polib.pofile(serialize_po(catalog).decode("utf-8"))
    assert dict(read.metadata) == dict(HEADER)
    assert [of_polib_entry(entry) for entry in read] == in_file_order(found)


@settings(max_examples=60, deadline=None)
@given(messages())
def test_we_read_what_polib_writes(found: list[Message]) -> None:
    written = polib.POFile(wrapwidth=79)
    written.metadata = dict(HEADER)
    for message in found:
        written.append(as_polib_entry(message))
    catalog = parse_po(str(written).encode("utf-8"), "polib.po")
    assert dict(catalog.header) == dict(HEADER)
    assert [of_entry(entry) for entry in catalog.entries] == in_file_order(found)
