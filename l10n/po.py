"""PO catalogs as values, and their bytes: read as GNU gettext reads, written as `msgcat` writes.

`parse_po(data, path)` turns the bytes of a PO or POT file into a `Catalog`, read in UTF-8 or in
the charset its header declares (KOI8-R, CP1256...: `legacy_charset`); every problem (a byte
that charset cannot decode, a syntax error, an escape GNU does not know, a duplicate entry)
becomes a `CatalogError` naming the file and line. `serialize_po(catalog)` gives the bytes GNU
gettext 0.21 writes for the same catalog, in UTF-8 (as `msgconv --to-code=UTF-8` would convert
one in another charset): comment order, 79-column wrapping (`l10n.gnu_wrap`), obsolete entries
last. Serializing the same catalog twice gives the same
bytes, those bytes pass `msgfmt --check`, and `parse_po` reads them back into the same catalog.
`read_messages(data, path, make)` reads only what a reader of translations needs (`l10n check`),
several times faster, with the same results and errors.
This is the project's only PO reader. No file access here: callers read and write the bytes.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, compress, repeat
from operator import add, is_not
from typing import Generic, Protocol, TypeVar, cast

from l10n.encoding import UTF8, ascii_compatible_codec, decode_text, decode_utf8, refuse_nul
from l10n.errors import CatalogError
from l10n.gnu_wrap import PAGE_WIDTH, wrap_field
from l10n.languages import get_language
from l10n.plural_forms import read_plural_forms

FUZZY = "fuzzy"
NO_WRAP = "no-wrap"  # GNU writes such an entry's strings unwrapped, breaking only after newlines
# A translator comment starting so marks an entry whose sentence the previous entry's
# translation covers (two sentences translated as one): its page shows nothing for it. A
# comment, not a flag: GNU msgcat and msgmerge drop flags they do not know.
MERGED_MARKER = "l10n-merged"

# Babel's Arabic rule orders forms 4 and 5 differently from GNU gettext and Weblate; the GNU
# rule keeps catalogs interchangeable with the tools translators use.
GNU_PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5;",
}

# What xgettext writes in a template's header, for msginit to fill in: no rule yet.
TEMPLATE_PLURAL_FORMS = "nplurals=INTEGER; plural=EXPRESSION;"

Key = tuple[str | None, str]  # (msgctxt, msgid): what identifies an entry in a catalog
Header = tuple[tuple[str, str], ...]  # the header's fields, in the file's order
_Message = TypeVar("_Message", covariant=True)


@dataclass(frozen=True)
class Entry:
    """One message of a catalog, with everything a translator or a tool may have attached."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[tuple[str, int | None], ...] = ()
    flags: tuple[str, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0  # where the entry starts in the file it was read from; 0 when built

    @property
    def key(self) -> Key:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    @property
    def translated(self) -> bool:
        """Has a translation (every plural form filled), whether fuzzy or not."""
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural)
        return bool(self.msgstr)

    @property
    def has_translation_text(self) -> bool:
        """Any translated text at all, which a merge must never drop."""
        return bool(self.msgstr) or any(self.msgstr_plural)

    @property
    def merged(self) -> bool:
        """Translated together with the previous sentence, in the previous entry's msgstr."""
        return any(comment.startswith(MERGED_MARKER) for comment in self.translator_comments)

    def with_fuzzy(self, fuzzy: bool) -> Entry:
        others = tuple(flag for flag in self.flags if flag != FUZZY)
        return replace(self, flags=(FUZZY, *others) if fuzzy else others)


@dataclass(frozen=True)
class Catalog:
    """A PO or POT file: header fields in order, header comments, and the entries."""

    header: Header = ()
    header_comments: tuple[str, ...] = ()
    header_fuzzy: bool = False
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    def header_value(self, name: str) -> str | None:
        return header_value(self.header, name)

    def with_header_value(self, name: str, value: str) -> Catalog:
        """The catalog with header field `name` set to `value`, in place or appended."""
        fields = list(self.header)
        for index, (key, _) in enumerate(fields):
            if key.lower() == name.lower():
                fields[index] = (key, value)
                break
        else:
            fields.append((name, value))
        return replace(self, header=tuple(fields))

    @property
    def active(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.obsolete)

    @property
    def obsolete(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.obsolete)


def header_value(header: Header, name: str) -> str | None:
    """The value of header field `name` (any case), or None."""
    for key, value in header:
        if key.lower() == name.lower():
            return value
    return None


class MessageFactory(Protocol[_Message]):
    """Makes what a reader of translations keeps of an active entry (`read_messages`);
    `l10n.check.CatalogEntry` is one. Called with positional arguments, in this order.

    A named tuple whose fields are these parameters, in this order, is not called but built as
    its `_make` builds one, with `tuple.__new__`: the same value, made in C (see
    `_message_tuple`)."""

    def __call__(
        self,
        msgid: str,
        msgstr: tuple[str, ...],  # (msgstr,), or one string per plural form
        line: int,  # of the msgid
        msgctxt: str | None,
        msgid_plural: str | None,
        flags: frozenset[str],
        translator_comment: str,  # the translator comments, one per line
    ) -> _Message: ...


# The parameters of `MessageFactory.__call__`, in order.
_MESSAGE_FIELDS = (
    "msgid",
    "msgstr",
    "line",
    "msgctxt",
    "msgid_plural",
    "flags",
    "translator_comment",
)


def _message_tuple(make: object) -> type[tuple[object, ...]] | None:
    """`make` if it is a named tuple class with the fields of `MessageFactory`, in its order,
    whose values are made as a named tuple makes them (its `__new__` only puts its arguments in
    the tuple, and no subclass replaces it or `__init__`); else None. `tuple.__new__(make,
    row)` makes what `make(*row)` makes, without a call of a Python function."""
    if not (isinstance(make, type) and issubclass(make, tuple)):
        return None
    if getattr(make, "_fields", None) != _MESSAGE_FIELDS:
        return None
    # The class `collections.namedtuple` made holds `_fields` and its `__new__` together.
    named_tuple = next(cls for cls in make.__mro__ if "_fields" in vars(cls))
    subclasses = make.__mro__[: make.__mro__.index(named_tuple)]
    if any("__new__" in vars(cls) or "__init__" in vars(cls) for cls in subclasses):
        return None
    return make


def active_messages(catalog: Catalog, make: MessageFactory[_Message]) -> list[_Message]:
    """The messages of a catalog's active entries that have a msgid (the header has none)."""
    return [
        _message(entry, make) for entry in catalog.entries if not entry.obsolete and entry.msgid
    ]


def _message(entry: Entry, make: MessageFactory[_Message]) -> _Message:
    return make(
        entry.msgid,
        entry.msgstr_plural if entry.msgid_plural is not None else (entry.msgstr,),
        entry.line,
        entry.msgctxt,
        entry.msgid_plural,
        frozenset(entry.flags),
        "\n".join(entry.translator_comments),
    )


def plural_forms(language: str) -> str:
    """The Plural-Forms header for `language`: CLDR's rule from Babel, GNU's for Arabic."""
    # Imported here: it brings in Babel's whole catalog package, which reading never needs.
    from babel.messages.plurals import get_plural

    code = get_language(language).code
    if code in GNU_PLURAL_FORMS:
        return GNU_PLURAL_FORMS[code]
    return str(get_plural(code).plural_forms)


PYTHON_FORMAT = "python-format"  # the flag of a message that is %-formatted when shown
_NAMED_PLACEHOLDER = re.compile(r"%\(([^)]*)\)")
# A %-conversion of Python's, for counting the values a source text without names takes
# ("%d of %s" two, "%*d" two); "%%" takes none.
_PYTHON_CONVERSION = re.compile(r"%%|%[#0 +-]*(\*|[0-9]+)?(?:\.(\*|[0-9]+))?[hlL]?[a-zA-Z]")


_NAMED_DIRECTIVE = re.compile(r"%\([^)]*\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


def looks_python_format(msgid: str, flags: Collection[str]) -> bool:
    """Whether a message is %-formatted when shown: flagged python-format, or flagged with no
    format at all while `msgid` holds a named directive such as `%(count)s` (xgettext flags
    such a string python-format; a catalog edited by hand or written before l10n flagged its
    interface texts may lack the flag)."""
    if PYTHON_FORMAT in flags:
        return True
    if "%(" not in msgid or any(flag.endswith("-format") for flag in flags):
        return False
    return _NAMED_DIRECTIVE.search(msgid) is not None


def python_format_problem(
    source: str, translation: str, *extra_names: str, plural: str | None = None
) -> str | None:
    """Why `translation` cannot be %-formatted with the values `source` takes (and
    `extra_names`, when it takes names), as Python formats it when the text is shown; None
    when it can. Like `msgfmt --check` on a python-format message: a placeholder the source
    does not have, a lone "%" (a literal one is written "%%"), a conversion that does not
    exist, another number of unnamed placeholders ("%s", "%d"). A plural entry gives its
    `plural` msgid too: it has the names of both, and as many unnamed values as the plural.

    A source that does not format with its own values is not a Python format string: an
    extractor flags python-format whatever holds "%", "%b %d, %Y" for strftime too, and a
    source may be broken itself ("%(name)" without its conversion). Then nothing is said of its
    translation."""
    texts = (source,) if plural is None else (source, plural)
    names = {name for text in texts for name in _NAMED_PLACEHOLDER.findall(text)}
    unnamed = 0 if names else _unnamed_values(texts[-1])
    values: dict[str, int] | tuple[int, ...]
    if names or (extra_names and not unnamed):
        values = dict.fromkeys({*names, *extra_names}, 0)
    else:
        values = (0,) * unnamed
    try:  # a singular without the count ("One file") takes no unnamed value
        for text in texts if isinstance(values, dict) else texts[-1:]:
            text % values
    except (KeyError, ValueError, TypeError):
        return None
    if isinstance(values, tuple) and _unnamed_values(translation) != unnamed:
        found = _unnamed_values(translation)
        return (
            f"it has {found} unnamed placeholder{'s' * (found != 1)} (%s, %d ...) where the "
            f"source has {unnamed}: Python raises an error when it formats it"
        )
    try:
        translation % values  # formatting it is the test
    except KeyError as error:
        return f"placeholder %({error.args[0]})s is not in the source text"
    except (ValueError, TypeError) as error:
        return f"it cannot be %-formatted ({error}); a literal % is written %%"
    return None


def _unnamed_values(text: str) -> int:
    return sum(
        (match.group() != "%%") + (match.group(1) == "*") + (match.group(2) == "*")
        for match in _PYTHON_CONVERSION.finditer(text)
    )


# ---------------------------------------------------------------------------------------------
# Reading
#
# Two readers, one result. The fast one matches a whole entry with one regular expression, in
# the layout that GNU gettext, polib and this module write (one keyword or string per line, one
# blank line between entries); at the first entry written otherwise it stops, and the careful
# one reads the rest of the file line by line, as GNU gettext reads, naming the line of the
# first error. Both read escapes with `_unescaped` and build entries with `_entry`, and agree
# on every catalog `serialize_po` writes (tests/test_po.py checks that on generated catalogs).
# For `read_messages`, a third one reads runs of the plainest entries all at once, straight into
# messages, and leaves every other entry to the first two (tests/test_po_fast_read.py).

_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.IGNORECASE)


def parse_po(data: bytes, path: str) -> Catalog:
    """A catalog from the bytes of a PO/POT file; `path` names the file in error messages."""
    text = _decoded_text(data, path)
    entries, position, line = _read_fast(text)
    if position < len(text):
        entries += _read_carefully(text[position:], path, first_line=line)
    return _catalog(entries, path)


def read_messages(
    data: bytes, path: str, make: MessageFactory[_Message]
) -> tuple[Header, list[_Message]]:
    """The header and the active messages of a PO file, each made by `make`: what `parse_po`
    reads, with the same errors, several times faster, for readers of translations that need
    no more (l10n check).

    Runs of plain entries (`_PLAIN_ENTRY`), which most entries are, are found all at once and
    read together, column by column, without becoming `Entry` values; the fast reader reads
    the other entries, and from the first one that is not in the usual layout on, the careful
    reader reads the rest, as in `parse_po`.
    """
    reader = _read_text(_decoded_text(data, path), path, make)
    if reader.has_duplicates():
        # The careful path names both lines of the duplicate.
        catalog = parse_po(data, path)
        return catalog.header, active_messages(catalog, make)
    return _check_header(reader.others, path), reader.messages


def _read_text(
    text: str, path: str, make: MessageFactory[_Message], first_line: int = 1
) -> _MessageReader[_Message]:
    """What `read_messages` reads of `text`, which starts at line `first_line`, at the start of
    an entry: plain runs, the fast reader between them, the careful one from the first entry
    not in the usual layout on."""
    reader = _MessageReader(make)
    plain = _PlainEntries(text)
    position, line, end = 0, first_line, len(text)
    while position < end:
        next_plain = plain.pass_to(position)
        if next_plain == position:
            first, stop, run_end = plain.run()
            line_at_end = reader.read_plain_run(plain, first, stop, line)
            if line_at_end is not None:
                position, line = run_end, line_at_end
                continue
            next_plain = run_end  # refused: the fast reader reads the run, as parse_po does
        # Up to the next plain entry (one entry at least), as parse_po reads.
        entries, position, line = _read_fast(
            text, position, line, until=max(next_plain, position + 1)
        )
        reader.add_entries(entries)
        if not entries:
            break  # an entry not in the usual layout: the careful reader reads the rest
    if position < end:
        rest = text[position:]
        reader.add_entries(_read_carefully(rest, path, first_line=line))
        line += rest.count("\n")
    reader.end_line = line
    return reader


# Where one entry has ended and the next starts, whatever came before: after a line that ends
# a string (but for msgid's, msgctxt's: a string line of a msgstr, or of an obsolete entry's),
# a blank line, then a comment (not of an obsolete entry), msgctxt or msgid. A piece of a file
# cut there reads alone as that part of the whole file reads, or is refused: a piece that does
# not end with a whole entry ends before a msgstr, or after an obsolete msgid, which the readers
# refuse. (A comment line before a blank line belongs to the entry after it: no cut there.)
_ENTRY_START = re.compile(rb'^(?:"|msgstr|#~)[^\n]*"\r?\n\r?\n(?=#[^~]|msgctxt |msgid )', re.M)
_CUT_AT_LEAST = 4 << 20  # bytes in a piece, but for the last: a few thousand entries
_LINE_BEFORE = 256  # bytes of a block before the next one in which a cut is looked for


class MessageSlices(Generic[_Message]):
    """The header and active messages of a PO file read a piece at a time: what
    `read_messages` reads, with the same errors, while only one piece of the file (a few
    megabytes) and its messages are held at once.

    `blocks` gives the file's bytes in order; `whole` gives them all, read again: the file is
    read whole (as `read_messages` reads it) when a piece alone is refused, to tell what is
    wrong with the file's own line numbers, and when the header is not in the first piece.
    The header is read when the value is made; iterating gives the messages a slice at a time,
    those of one piece each (all at once for a catalog in another charset than UTF-8).
    """

    def __init__(
        self,
        blocks: Iterable[bytes],
        path: str,
        make: MessageFactory[_Message],
        whole: Callable[[], bytes],
        *,
        cut_at_least: int | None = None,  # bytes in a piece: `_CUT_AT_LEAST`
    ):
        self._path = path
        self._make = make
        self._whole = whole
        self._pieces = _pieces(blocks, cut_at_least or _CUT_AT_LEAST)
        self._keys = DistinctKeys()
        self._line = 1  # where the next piece starts
        data = next(self._pieces, b"")
        self.head = data  # the bytes of the first piece, where the header is
        self._first: list[_Message] | None = None
        head = _read_head(data, path, make, alone=False)
        # A catalog in another charset than UTF-8 is read whole: the pieces after the first
        # hold no header to tell their charset.
        if head is not None and legacy_charset(head[0]) is None:
            self.header, reader = head
            self._line = reader.end_line
            self._first = self._new_messages(reader)
        if self._first is None:
            self.head = whole()
            self.header, self._first = read_messages(self.head, path, make)
            self._pieces = iter(())

    def __iter__(self) -> Iterator[list[_Message]]:
        first, self._first = self._first or [], None
        count = len(first)
        yield first
        del first  # what is held while the caller checks a slice is that slice alone
        for data in self._pieces:
            messages = self._piece_messages(data)
            del data
            if messages is None:  # refused alone, or a key seen before: the file read whole
                yield read_messages(self._whole(), self._path, self._make)[1][count:]
                return
            count += len(messages)
            yield messages
            del messages

    def _piece_messages(self, data: bytes) -> list[_Message] | None:
        try:
            text = _decoded_text(data, self._path)
            reader = _read_text(text, self._path, self._make, self._line)
        except CatalogError:
            return None
        messages = self._new_messages(reader)
        if messages is not None:
            self._line = reader.end_line
        return messages

    def _new_messages(self, reader: _MessageReader[_Message]) -> list[_Message] | None:
        """The messages `reader` read, or None when a key may be one read before (the same
        hash: the file read whole tells)."""
        return reader.messages if self._keys.add(reader.key_hashes()) else None


class DistinctKeys:
    """The hashes of the keys of a file's pieces read apart, as each piece is added: whether
    every key may be told apart from the others, or two have one hash (perhaps the same key
    twice, which the file read whole tells, and where)."""

    def __init__(self, hashes: Sequence[int] = ()) -> None:
        self._seen: set[int] = set()
        self._count = 0
        self.add(hashes)

    def add(self, hashes: Sequence[int]) -> bool:
        """Add the hashes of a piece's keys: False once two keys read have one hash."""
        self._seen.update(hashes)
        self._count += len(hashes)
        return len(self._seen) == self._count


def entry_starts(
    read: Callable[[int, int], bytes], size: int, every: int, first: int | None = None
) -> list[int]:
    """Places in a file of `size` bytes where an entry must start (`_ENTRY_START`), for pieces
    read apart: the end of the file's first entry (the header's, in a usual file), then the
    first at least `first` bytes after it (`every` when not given), then each the first at
    least `every` bytes after the place before. `read(offset, count)` gives the file's bytes
    there; only a little of the file around each place is read.

    A piece cut at two of them reads alone (`read_piece`) as that part of the file reads, or
    is refused, as a piece of `MessageSlices` is."""
    starts: list[int] = []
    at = 0
    while at < size:
        start = _entry_start_after(read, size, at)
        if start is None:
            break
        starts.append(start)
        at = start + (every if first is None or len(starts) > 1 else first)
    return starts


_LOOK_AHEAD = 1 << 16  # bytes read first to find the next place where an entry must start


def _entry_start_after(read: Callable[[int, int], bytes], size: int, at: int) -> int | None:
    """The end of the first match of `_ENTRY_START` that starts a line after `at` (at the
    file's start, its first line), or None when the file has none."""
    count = _LOOK_AHEAD
    while True:
        window = read(at, count)
        # A line starts at the file's start, or after a newline: `at` may be inside a line.
        line_start = 0 if at == 0 else window.find(b"\n") + 1
        match = _ENTRY_START.search(window, line_start) if at == 0 or line_start else None
        if match is not None:
            return at + match.end()
        if at + len(window) >= size:
            return None
        count *= 4  # a long line, or long entries: a wider look


def read_piece(
    data: bytes, path: str, make: MessageFactory[_Message]
) -> tuple[list[_Message], int, list[int]]:
    """The messages of a piece of a file cut at two places of `entry_starts`, their lines
    counted from the piece's first line as line 1; the piece's lines (its newlines); and the
    hash of every key the piece holds (obsolete entries' included), which tells a key two
    pieces share (`DistinctKeys`). CatalogError where the piece read alone is refused: the
    file read whole tells what is wrong, and where."""
    reader = _read_text(_decoded_text(data, path), path, make)
    return reader.messages, reader.end_line - 1, reader.key_hashes()


def read_head(
    data: bytes, path: str, make: MessageFactory[_Message]
) -> tuple[Header, list[int]] | None:
    """The header of a file whose first piece (up to the first place of `entry_starts`) is
    `data`, and the hash of its key, when that piece is the header entry alone and reads
    alone; else None (the file read whole, or a piece at a time by `MessageSlices`, tells what
    it holds: the pieces of a catalog in another charset than UTF-8 hold no header to tell
    theirs). May raise the header's CatalogError."""
    head = _read_head(data, path, make, alone=True)
    if head is None or legacy_charset(head[0]) is not None:
        return None
    header, reader = head
    return header, reader.key_hashes()


def _read_head(
    data: bytes, path: str, make: MessageFactory[_Message], *, alone: bool
) -> tuple[Header, _MessageReader[_Message]] | None:
    """The header of a file whose first piece is `data`, and what the piece reads, when the
    piece reads alone and holds the header entry (and, `alone`, nothing else); else None.
    May raise the header's CatalogError."""
    try:
        reader = _read_text(_decoded_text(data, path), path, make)
    except CatalogError:
        return None  # perhaps only the piece: the file read whole tells
    if alone and (reader.messages or len(reader.others) != 1):
        return None
    if not any(_is_header(entry) for entry in reader.others):
        return None
    return _check_header(reader.others, path), reader


def _pieces(blocks: Iterable[bytes], cut_at_least: int) -> Iterator[bytes]:
    """The bytes of `blocks` in pieces of at least `cut_at_least` bytes (but for the last),
    each cut where an entry must start (`_ENTRY_START`). Each block is searched once, with the
    last bytes of the block before (a cut whose line before starts further back is not seen:
    the piece goes on to the next one). Bytes are joined only to cut: linear in the file."""
    held: list[bytes] = []
    size = 0  # of what is held
    cut = 0  # the last place found in what is held where an entry must start
    tail = b""  # the last bytes held
    for block in blocks:
        # The block alone tells, but where the last place in it might start its line before
        # the block: no place in a piece lies inside another, so a place the block alone
        # holds (from its second byte) is the last one.
        last = _last_entry_start(block)
        if last:
            cut = max(cut, size + last)
        else:
            last = _last_entry_start(tail + block)
            if last:
                cut = max(cut, size - len(tail) + last)
        held.append(block)
        size += len(block)
        tail = (tail + block[-_LINE_BEFORE:])[-_LINE_BEFORE:]
        if cut >= cut_at_least:
            data = b"".join(held)
            yield data[:cut]
            held = [data[cut:]]
            size, cut = len(held[0]), 0
    if size:
        yield b"".join(held)


def _last_entry_start(window: bytes) -> int:
    """The end of the last match of `_ENTRY_START` in `window` from its second byte (the first
    starts no line unless a newline stands before it), or 0 where there is none.

    Sought from the end, blank line by blank line: a match ends after a blank line, and no
    match can start inside another (a match starts its line with a quote, "msgstr" or "#~",
    which a blank line does not), so the last blank line where the pattern matches from the
    start of the line before ends the last match. The pattern is tried where a blank line
    is, not at every line of a block."""
    end = len(window)
    while True:
        blank = window.rfind(b"\n\n", 0, end)
        # After that one, or anywhere where there is none (not the whole window again).
        line_end = max(blank, window.rfind(b"\n\r\n", max(blank, 0), end))
        if line_end < 0:
            return 0
        line_start = window.rfind(b"\n", 0, line_end) + 1
        if line_start >= 1:
            match = _ENTRY_START.match(window, line_start)
            if match is not None:
                return match.end()
        end = line_end + 1


_UTF8_ONLY = "l10n reads a catalog in UTF-8 unless its header declares another charset"
# The header's charset, read from the bytes before they are decoded, as GNU reads the header
# entry first and then the rest of the file in the charset it declares (po-lex.c). The header
# is a catalog's first entry: it is looked for near the start only, so that the search costs
# nothing on a file, or a piece of one, whose header is not there.
_HEADER_CHARSET = re.compile(
    rb'^msgid[ \t]+""[ \t]*\r?\nmsgstr[ \t]+(?:"[^\n]*\n)*?"[^\n]*?charset=([^\s"\\;]*)',
    re.MULTILINE,
)
_HEADER_WITHIN = 64 << 10
# A carriage return that does not end a line with "\n" after it: GNU gettext reads a file with
# CR-only line ends (old Mac editors) as one long line, a comment, and so an empty catalog.
_LONE_CR = re.compile("\r(?!\n)")


def legacy_charset(header: Header) -> str | None:
    """The charset the header declares where a catalog is read in one other than UTF-8 (a
    charset Python knows that writes ASCII as ASCII: KOI8-R, CP1251, ISO-8859-6...); else None.
    l10n writes such a catalog in UTF-8 (`serialize_po`)."""
    charset = _CHARSET.search(header_value(header, "Content-Type") or "")
    if charset is None:
        return None
    codec = ascii_compatible_codec(charset.group(1))
    return charset.group(1) if codec is not None and codec != UTF8 else None


def _declared_codec(data: bytes) -> tuple[str, str] | None:
    """The charset the header at the start of `data` declares and its Python codec, where the
    catalog is read in one other than UTF-8 (`legacy_charset`). A charset Python does not know
    is read as UTF-8: GNU reads the bytes of a charset it does not know as they are."""
    declared = _HEADER_CHARSET.search(data, 0, _HEADER_WITHIN)
    if declared is None:
        return None
    name = declared.group(1).decode("ascii", "replace")
    codec = ascii_compatible_codec(name)
    if codec is None or codec == UTF8 or _utf8_beyond_ascii(data):
        return None
    return name, codec


def _utf8_beyond_ascii(data: bytes) -> bool:
    """Whether `data` holds bytes beyond ASCII, all of them UTF-8: a catalog saved in UTF-8
    whose header still names the charset it had (text in KOI8-R, CP1251 or ISO-8859-6 is
    never UTF-8 too, but for a word or two). l10n reads it as the editor shows it."""
    if data.isascii():
        return False
    try:
        data.decode(UTF8)
    except UnicodeDecodeError:
        return False
    return True


def charset_unheeded(header: Header, data: bytes) -> str | None:
    """The charset the header declares where the catalog, whose bytes from the start are
    `data`, is read in UTF-8 all the same (`_utf8_beyond_ascii`): GNU reads it in the declared
    charset, and programs show its translations garbled. None where the header is heeded."""
    charset = legacy_charset(header)
    if charset is None or _declared_codec(data) is not None:
        return None
    return charset


def _decoded_text(data: bytes, path: str) -> str:
    """The text of a catalog file, in UTF-8 or the charset its header declares; refused where
    GNU would refuse it or read something other than what an editor shows: a byte the charset
    cannot decode, a byte-order mark, CR-only line ends, and NUL characters (C strings end
    there)."""
    if data.startswith(codecs.BOM_UTF8):
        raise CatalogError(
            "a byte-order mark (BOM) before the first line, which msgfmt --check refuses as a "
            "syntax error: save the file as UTF-8 without BOM",
            path=path,
            line=1,
        )
    declared = _declared_codec(data)
    if declared is None:
        text = decode_utf8(data, path, CatalogError, _UTF8_ONLY)
    else:
        name, codec = declared
        advice = f"the header declares charset {name}"
        text = decode_text(data, codec, name, path, CatalogError, advice)
    # UTF-8 (and every charset read) writes a carriage return and a NUL as those bytes alone:
    # most files have neither, and the bytes tell at once.
    lone_cr = _LONE_CR.search(text) if b"\r" in data else None
    if lone_cr is not None:
        raise CatalogError(
            "a line ends with a carriage return alone (CR, old Mac line ends): GNU gettext "
            "would read the lines after it as one; save the file with LF or CRLF line ends",
            path=path,
            line=text.count("\n", 0, lone_cr.start()) + 1,
        )
    if b"\0" in data:
        refuse_nul(text, path, CatalogError, "gettext strings end there")
    return text


class _BadString(ValueError):
    """A quoted string that GNU gettext would refuse; the message says why."""


# The escapes GNU gettext reads (po-lex.c): C's letters, octal bytes, hexadecimal bytes.
_LETTER_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
    '"': '"',
}
_ESCAPE = re.compile(r'\\(?:([abfnrtv\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+))|(\\.?|")', re.DOTALL)
# A byte from an octal or hex escape stands in the text as a lone surrogate (Python's
# "surrogateescape") until the whole string is decoded: "\303\251" is one "é".
_BYTE_IN_TEXT = 0xDC00


def _text(inners: list[str]) -> str:
    """The text of a string written as one or more literals, given what stands between the
    quotes of each; raises `_BadString` for anything GNU gettext would refuse."""
    pieces: list[str] = []
    has_bytes = False
    for inner in inners:
        if "\\" not in inner:
            if '"' in inner:
                raise _BadString('a double quote inside a string must be written \\"')
            pieces.append(inner)
        else:
            piece, with_bytes = _unescaped(inner)
            pieces.append(piece)
            has_bytes = has_bytes or with_bytes
    text = pieces[0] if len(pieces) == 1 else "".join(pieces)
    return _with_bytes_decoded(text) if has_bytes else text


def _unescaped(inner: str) -> tuple[str, bool]:
    """The literal with its escapes read, and whether some of them gave bytes."""
    has_bytes = False

    def unescape(match: re.Match[str]) -> str:
        nonlocal has_bytes
        letter, octal, hexadecimal, wrong = match.groups()
        if letter is not None:
            return _LETTER_ESCAPES[letter]
        if wrong is not None:
            if wrong == '"':
                raise _BadString('a double quote inside a string must be written \\"')
            raise _BadString(
                f'invalid escape {wrong}: strings may use \\a \\b \\f \\n \\r \\t \\v \\\\ \\" '
                "and octal or hex bytes such as \\303 or \\x41"
            )
        # GNU keeps the low byte of a larger value: "\\x141" is "A".
        value = (int(octal, 8) if octal is not None else int(hexadecimal, 16)) & 0xFF
        if value == 0:
            raise _BadString("a NUL byte (\\0): gettext strings end there")
        if value < 0x80:
            return chr(value)
        has_bytes = True
        return chr(_BYTE_IN_TEXT + value)

    return _ESCAPE.sub(unescape, inner), has_bytes


def _with_bytes_decoded(text: str) -> str:
    """The text with the bytes of its octal and hex escapes decoded as UTF-8."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError as error:
        raise _BadString("octal or hex escapes that are not UTF-8") from error


def _entry(
    comments: list[str],
    *,
    msgctxt: str | None,
    msgid: str,
    msgid_plural: str | None,
    msgstr: str,
    forms: tuple[str, ...],
    previous: tuple[str | None, str | None, str | None],
    obsolete: bool,
    line: int,
) -> Entry:
    """An entry from its comment lines (each starting with "#") and its strings."""
    translator, extracted, references, flags = _comment_fields(comments)
    previous_msgctxt, previous_msgid, previous_msgid_plural = previous
    return Entry(
        msgid=msgid,
        msgstr=msgstr,
        msgctxt=msgctxt,
        msgid_plural=msgid_plural,
        msgstr_plural=forms,
        translator_comments=translator,
        extracted_comments=extracted,
        references=references,
        flags=flags,
        previous_msgctxt=previous_msgctxt,
        previous_msgid=previous_msgid,
        previous_msgid_plural=previous_msgid_plural,
        obsolete=obsolete,
        line=line,
    )


_References = tuple[tuple[str, int | None], ...]
_NO_COMMENTS: tuple[tuple[str, ...], tuple[str, ...], _References, tuple[str, ...]] = (
    (),
    (),
    (),
    (),
)


def _comment_fields(
    comments: list[str],
) -> tuple[tuple[str, ...], tuple[str, ...], _References, tuple[str, ...]]:
    """Translator comments, extracted comments, references and flags of an entry."""
    if not comments:
        return _NO_COMMENTS
    if len(comments) == 1 and comments[0].startswith("#: "):  # what most entries have
        return (), (), _references(comments[0]), ()
    translator: list[str] = []
    extracted: list[str] = []
    references: list[tuple[str, int | None]] = []
    flags: list[str] = []
    for comment in comments:
        kind = comment[1:2]
        if kind == ":":
            references.extend(_references(comment))
        elif kind == ".":
            # GNU drops the one space that usually follows the marker, and keeps the rest.
            extracted.append(comment[3:] if comment[2:3] == " " else comment[2:])
        elif kind == ",":
            # GNU gettext 0.21 keeps the flags of an entry's last "#," line only.
            flags = list(dict.fromkeys(part.strip() for part in comment[2:].split(",")))
            flags = [flag for flag in flags if flag]
        else:
            translator.append(comment[2:] if kind == " " else comment[1:])
    # Sets to GNU: a reference or a flag given twice is there once.
    return tuple(translator), tuple(extracted), tuple(dict.fromkeys(references)), tuple(flags)


def _references(comment: str) -> _References:
    """The references of one "#:" line, each once."""
    text = comment[2:].lstrip(" ")
    if text and " " not in text and "\t" not in text:  # one reference, as l10n writes them
        return (_reference(text),)
    # Only spaces and tabs separate references, as in GNU: "a.md:2\r" names no line.
    words = text.replace("\t", " ").split(" ")
    return tuple(dict.fromkeys(_reference(word) for word in words if word))


def _reference(word: str) -> tuple[str, int | None]:
    file, colon, line = word.rpartition(":")
    if colon and line.isdigit():
        return file, int(line)
    return word, None


def _catalog(entries: list[Entry], path: str) -> Catalog:
    """The catalog of the entries read: the header entry (msgid "") becomes the header."""
    header = next((entry for entry in entries if _is_header(entry)), None)
    if header is None:
        catalog = Catalog(entries=tuple(entries))
    else:
        catalog = Catalog(
            header=_header_fields(header.msgstr),
            header_comments=header.translator_comments,
            header_fuzzy=header.fuzzy,
            entries=tuple(entry for entry in entries if entry is not header),
        )
    _check_duplicates(entries, path)
    _check_header(entries, path)
    return catalog


def _is_header(entry: Entry) -> bool:
    """The header is an active entry with an empty msgid and no msgctxt (the first such)."""
    return not entry.msgid and entry.msgctxt is None and not entry.obsolete


def _header_fields(text: str) -> Header:
    """`Name: value` lines in their order; a line without a colon continues the field before."""
    fields: list[tuple[str, str]] = []
    for line in text.split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            fields.append((name, value.strip()))
        elif line.strip() and fields:
            last_name, last_value = fields[-1]
            fields[-1] = (last_name, last_value + "\n" + line.strip())
    return tuple(fields)


def _check_header(entries: Iterable[Entry], path: str) -> Header:
    """The header's fields; refused where `msgfmt --check` refuses the header (none, an
    unreadable Plural-Forms) or where tools would read the catalog differently (a deciding
    field twice)."""
    header = next((entry for entry in entries if _is_header(entry)), None)
    if header is None:
        raise CatalogError(
            'no header entry (msgid "" with Content-Type and Language), which msgfmt --check '
            "requires: copy one from the template",
            path=path,
            line=1,
        )
    fields = _header_fields(header.msgstr)
    _refuse_a_deciding_field_twice(fields, path, header.line)
    forms = header_value(fields, "Plural-Forms")
    if forms is not None and forms != TEMPLATE_PLURAL_FORMS:
        try:
            # A value naming no number or no rule is accepted, as GNU accepts it (and reads no
            # rule in it): the language's own rule serves.
            read_plural_forms(forms)
        except ValueError as error:
            raise CatalogError(
                f"invalid Plural-Forms header: {error}", path=path, line=header.line
            ) from error
    return fields


# The header fields that decide how a catalog is read: written twice, GNU gettext reads the
# first and polib, Babel and translate-toolkit the last, so tools disagree on the language.
_DECIDING_FIELDS = ("language", "plural-forms", "content-type")


def _refuse_a_deciding_field_twice(fields: Header, path: str, line: int) -> None:
    seen: set[str] = set()
    for name, _ in fields:
        key = name.strip().lower()
        if key in _DECIDING_FIELDS and key in seen:
            raise CatalogError(
                f"the header has two {name.strip()} fields: GNU gettext reads the first, other "
                "tools the last; keep one",
                path=path,
                line=line,
            )
        seen.add(key)


def _check_duplicates(entries: list[Entry], path: str) -> None:
    """Two entries with one (msgctxt, msgid), active or obsolete, as msgfmt refuses them."""
    seen: dict[Key, Entry] = {}
    for entry in entries:
        identity = entry.key
        if identity in seen:
            context = f" (context {entry.msgctxt!r})" if entry.msgctxt is not None else ""
            raise CatalogError(
                f"duplicate message {entry.msgid[:50]!r}{context}, "
                f"first defined at line {seen[identity].line}",
                path=path,
                line=entry.line,
            )
        seen[identity] = entry


# The fast reader ------------------------------------------------------------------------------

_QUOTED_LINE = '"[^\n]*"\n'


def _lines_of_string(prefix: str) -> str:
    """A string written over one or more lines, each continuation line after `prefix`."""
    return f"{_QUOTED_LINE}(?:{re.escape(prefix)}{_QUOTED_LINE})*"


def _strings(prefix: str) -> str:
    """The same, as a group."""
    return f"({_lines_of_string(prefix)})"


# What may follow the blank line after an entry: another entry, or nothing. A string or a
# plural form there would belong to the entry before.
_NEXT_ENTRY = r"(?=#[^~]|#~\||#~ msgctxt |#~ msgid |msgctxt |msgid |\Z)"
_ENTRY_END = rf"(?:\n|\Z){_NEXT_ENTRY}"


def _entry_pattern(data: str, previous: str) -> re.Pattern[str]:
    """One entry whose keyword lines start with `data` and previous-msgid lines with `previous`."""
    d, p = re.escape(data), re.escape(previous)
    return re.compile(
        r"((?:#(?:[^~|\n][^\n]*)?\n)*)"  # comment lines: any but #~ and #|
        rf"(?:(?:{p}msgctxt {_strings(previous)})?"
        rf"{p}msgid {_strings(previous)}(?:{p}msgid_plural {_strings(previous)})?)?"
        rf"(?:{d}msgctxt {_strings(data)})?"
        rf"{d}msgid {_strings(data)}"
        rf"(?:{d}msgid_plural {_strings(data)}((?:{d}msgstr\[\d+\] {_lines_of_string(data)})+)"
        rf"|{d}msgstr {_strings(data)})"
        rf"{_ENTRY_END}"
    )


_ACTIVE_ENTRY = _entry_pattern("", "#| ")
_OBSOLETE_ENTRY = _entry_pattern("#~ ", "#~| ")
_ACTIVE_FORM = re.compile(rf"msgstr\[(\d+)\] {_strings('')}")
_OBSOLETE_FORM = re.compile(rf"#~ msgstr\[(\d+)\] {_strings('#~ ')}")
_MSGID_GROUP = 6


class _Irregular(Exception):
    """The fast reader met a layout it does not read; the careful one will."""


def _read_fast(
    text: str, position: int = 0, line: int = 1, until: int | None = None
) -> tuple[list[Entry], int, int]:
    """The entries of a catalog in the usual layout from `position` (at line `line`), up to the
    first thing that is not, or to the first entry that starts at or after `until`: where it
    stopped, and its line (where the careful reader takes over)."""
    end = len(text) if until is None else until
    entries: list[Entry] = []
    while position < end and (read := _read_fast_entry(text, position, line)) is not None:
        entry, position, line = read
        entries.append(entry)
    return entries, position, line


def _read_fast_entry(text: str, position: int, line: int) -> tuple[Entry, int, int] | None:
    """The entry at `position` (at line `line`) and where the next one starts, or None when
    the text there is not an entry in the usual layout."""
    obsolete = False
    match = _ACTIVE_ENTRY.match(text, position)
    if match is None:
        obsolete = True
        match = _OBSOLETE_ENTRY.match(text, position)
        if match is None:
            return None
    msgid_line = line + text.count("\n", position, match.start(_MSGID_GROUP))
    try:
        entry = _fast_entry(match, obsolete, msgid_line)
    except (_BadString, _Irregular):
        return None
    next_line = msgid_line + text.count("\n", match.start(_MSGID_GROUP), match.end())
    return entry, match.end(), next_line


def _fast_entry(match: re.Match[str], obsolete: bool, line: int) -> Entry:
    (
        comments,
        previous_context,
        previous_id,
        previous_plural,
        context,
        msgid,
        plural,
        forms,
        msgstr,
    ) = match.groups()
    # What stands between two literals of a string written over several lines:
    separator = '"\n#~ "' if obsolete else '"\n"'
    previous_separator = '"\n#~| "' if obsolete else '"\n#| "'
    if plural is None:
        numbered: tuple[str, ...] = ()
    else:
        form_pattern = _OBSOLETE_FORM if obsolete else _ACTIVE_FORM
        found = form_pattern.findall(forms)
        if [int(index) for index, _ in found] != list(range(len(found))):
            raise _Irregular
        numbered = tuple(_fast_string(string, separator) for _, string in found)
    return _entry(
        comments.split("\n")[:-1] if comments else [],
        msgctxt=None if context is None else _fast_string(context, separator),
        msgid=_fast_string(msgid, separator),
        msgid_plural=None if plural is None else _fast_string(plural, separator),
        msgstr="" if msgstr is None else _fast_string(msgstr, separator),
        forms=numbered,
        previous=(
            None
            if previous_context is None
            else _fast_string(previous_context, previous_separator),
            None if previous_id is None else _fast_string(previous_id, previous_separator),
            None if previous_plural is None else _fast_string(previous_plural, previous_separator),
        ),
        obsolete=obsolete,
        line=line,
    )


def _fast_string(lines: str, separator: str) -> str:
    """The text of a string matched by `_strings`: quoted lines, `separator` between two
    literals. Only "\\n" ends a line: U+2028, U+0085 and the like are text."""
    inner = lines[1:-2]
    joined = inner.replace(separator, "") if "\n" in inner else inner
    if "\\" not in joined and '"' not in joined:
        return joined
    return _text(inner.split(separator))


# The plain reader -----------------------------------------------------------------------------

# An active entry in the plainest layout, the one most entries have: comment lines (any but #~
# and #| ones), then msgctxt, msgid and msgstr, one keyword or string a line. `_ACTIVE_ENTRY`
# matches every entry this matches, at the same length, and reads it alike. Groups: the comment
# lines; what stands between the quotes of the msgctxt's first line, and the lines after that
# one as written ("" when there are none); the same for the msgid and the msgstr. The msgctxt's
# groups are None in what `split` gives where an entry has none. An entry whose msgid is
# written "" (a header) is not one: it is no message. The quantifiers that may not give back
# what they took are possessive: a line that starts otherwise follows each part of a match
# (after the comments, a keyword; after a string, no further quoted line), so giving back
# never makes a match, and only costs the trying.
_PLAIN_STRING = r'"([^\n]*)"\n((?:"[^\n]*"\n)*+)'
_PLAIN_ENTRY = re.compile(
    # At the start of a line, as every entry is: the search for the next match skips the
    # other places at once (the text of other kinds of entries between two runs).
    r"^((?:#[^~|\n][^\n]*\n|#\n)*+)"
    rf"(?:msgctxt {_PLAIN_STRING})?+"
    rf'msgid (?!""\nmsgstr ){_PLAIN_STRING}msgstr {_PLAIN_STRING}'
    rf"(?:\n|\Z){_NEXT_ENTRY}",
    re.MULTILINE,
)
# What the groups leave out of an entry: its keywords, quotes and newlines, and the blank line
# after it (which but the last entry of a text always has); and of a msgctxt.
_PLAIN_FIXED_LENGTH = len('msgid ""\nmsgstr ""\n\n')
_PLAIN_CONTEXT_LENGTH = len('msgctxt ""\n')
# The lines of a plain entry from its msgid on, when no string is written over several lines:
# the msgid's, the msgstr's and the blank one (which but the last entry of a text always has).
_PLAIN_LINES_FROM_MSGID = 3
_SEPARATOR = '"\n"'  # between two literals of a string written over several lines
_NO_FLAGS: frozenset[str] = frozenset()


class _PlainEntries:
    """Every match of `_PLAIN_ENTRY` in a text, found by one split: its groups as columns, and
    where the matches are. Matches with nothing between them make a run. What stands between
    two runs (entries of other kinds, perhaps the start of one whose end was matched) is read
    by the other readers, which may also read a run the plain reader refuses."""

    def __init__(self, text: str):
        # The text before the first match, then the groups of each match and the text after it.
        pieces = _PLAIN_ENTRY.split(text)
        width = 1 + _PLAIN_ENTRY.groups
        self.gaps: list[str] = pieces[::width]
        self.columns: list[list[str | None]] = [pieces[group::width] for group in range(1, width)]
        self.count = len(self.gaps) - 1
        self.text_length = len(text)
        # The last match ends the text without the blank line every other match ends with.
        self.last_without_blank = self.count > 0 and not self.gaps[-1] and not text.endswith("\n\n")
        # A run ends before each match with text before it, and after the last match.
        self.run_ends = [*compress(range(1, self.count), self.gaps[1:-1]), self.count]
        # The first match the reading has not passed, and where it starts.
        self.next = 0
        self.next_start = len(self.gaps[0])

    def pass_to(self, position: int) -> int:
        """Pass the matches that start before `position` (read by the other readers): where the
        next match starts, or the end of the text."""
        while self.next < self.count and self.next_start < position:
            passed = self.next
            self.next += 1
            self.next_start += self._length(passed, self.next) + len(self.gaps[self.next])
        return self.next_start if self.next < self.count else self.text_length

    def run(self) -> tuple[int, int, int]:
        """The run from the next match on: its first match, the match after its last, and where
        it ends. The matches are passed."""
        first = self.next
        stop = self.run_ends[bisect_right(self.run_ends, first)]
        if stop == self.count:
            end = self.text_length - len(self.gaps[stop])
        else:
            end = self.next_start + self._length(first, stop)
        self.next = stop
        self.next_start = end + len(self.gaps[stop])
        return first, stop, end

    def run_columns(self, first: int, stop: int) -> list[list[str | None]]:
        """The groups of matches `first` to `stop` (not included), column by column."""
        if first == 0 and stop == self.count:
            return self.columns
        return [column[first:stop] for column in self.columns]

    def _length(self, first: int, stop: int) -> int:
        """The length of matches `first` to `stop` (not included), with nothing between them."""
        groups = self.run_columns(first, stop)
        contexts = groups[1]
        with_context = len(contexts) - contexts.count(None)
        # The msgctxt's groups are None where there is none: its length is nothing.
        lengths = map(len, filter(None, chain.from_iterable(groups)))
        length = sum(lengths) + _PLAIN_FIXED_LENGTH * (stop - first)
        length += _PLAIN_CONTEXT_LENGTH * with_context
        return length - (stop == self.count and self.last_without_blank)


class _MessageReader(Generic[_Message]):
    """What `read_messages` collects: the messages, and the entries read as `Entry` that are
    not messages (the header, obsolete entries), with what tells a duplicate, and the line
    where the text read ends."""

    def __init__(self, make: MessageFactory[_Message]):
        self.make = make
        self.tuple_class = _message_tuple(make)
        self.messages: list[_Message] = []
        self.others: list[Entry] = []
        # The keys of the active entries: of those read as `Entry`, and of each plain run.
        self.keys: list[Key] = []
        self.plain_keys: list[tuple[Sequence[str | None], Sequence[str]]] = []
        self.end_line = 0  # set when the text is read: 1 + its lines before, + its newlines

    def add_entries(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            if entry.obsolete or not entry.msgid:
                self.others.append(entry)
            # An obsolete entry with the key of another, active or not, is a duplicate (GNU).
            self.keys.append(entry.key)
            if not entry.obsolete and entry.msgid:
                self.messages.append(_message(entry, self.make))

    def key_hashes(self) -> list[int]:
        """The hash of each key read (of every entry, obsolete ones and the header too)."""
        hashes = list(map(hash, self.keys))
        for contexts, msgids in self.plain_keys:
            hashes += map(hash, zip(contexts, msgids, strict=True))
        return hashes

    def has_duplicates(self) -> bool:
        contexts = [context for context, _ in self.keys]
        msgids = [msgid for _, msgid in self.keys]
        for run_contexts, run_msgids in self.plain_keys:
            contexts += run_contexts
            msgids += run_msgids
        # Two entries with the same key have the same context and the same msgid: most
        # catalogs have a context for every entry or none, and the cheaper sets tell.
        count = len(msgids)
        if len(set(contexts)) == count or len(set(msgids)) == count:
            return False
        return len(set(zip(contexts, msgids, strict=True))) < count

    def read_plain_run(self, plain: _PlainEntries, first: int, stop: int, line: int) -> int | None:
        """The messages of the plain entries from `first` to `stop` (not included), a run that
        starts at line `line`: the line where it ends, or None (and nothing read) when one of
        them is no message the fast reader would read alike. Column by column, one column per
        group of `_PLAIN_ENTRY`."""
        comments, context_firsts, context_mores, *strings = plain.run_columns(first, stop)
        msgid_firsts, msgid_mores, msgstr_firsts, msgstr_mores = cast(list[list[str]], strings)
        msgids_wrapped = any(msgid_mores)
        msgstrs_wrapped = any(msgstr_mores)
        # Entries without a msgctxt (None): most runs have it for each entry (cheaply told:
        # a msgctxt that is not "" is true) or for none.
        without_context = 0 if all(context_firsts) else context_firsts.count(None)
        try:
            msgids = _plain_strings(msgid_firsts, msgid_mores if msgids_wrapped else None)
            msgstrs = _plain_strings(msgstr_firsts, msgstr_mores if msgstrs_wrapped else None)
            contexts = _plain_contexts(context_firsts, context_mores, without_context)
        except _BadString:
            return None  # the fast reader stops at that entry too
        # An empty msgid written over lines ("" then ""): no message. (On one line, `msgid ""`
        # is not matched, and a string of one line that is not "" holds some text.)
        if msgids_wrapped and "" in msgids:
            return None
        count = stop - first
        comment_blocks = cast(list[str], comments)
        all_comments = "".join(comment_blocks)
        comment_lines = all_comments.count("\n")
        befores = _lines_before_msgid(
            comment_blocks, comment_lines, context_firsts, context_mores, without_context
        )
        # The lines of each entry from its msgid on, and the line of each msgid.
        afters: int | list[int] = _PLAIN_LINES_FROM_MSGID
        if msgids_wrapped or msgstrs_wrapped:
            afters = list(
                map(
                    add,
                    map(str.count, msgid_mores, repeat("\n")),
                    map(str.count, msgstr_mores, repeat("\n")),
                )
            )
            afters = list(map(add, afters, repeat(_PLAIN_LINES_FROM_MSGID)))
        lines: Sequence[int]
        if isinstance(befores, int) and isinstance(afters, int):
            step = befores + afters
            lines = range(line + befores, line + befores + step * count, step)
        else:
            before_column = repeat(befores, count) if isinstance(befores, int) else befores
            after_column = repeat(afters) if isinstance(afters, int) else afters
            lines = list(accumulate(map(add, before_column, chain((line,), after_column))))
        last_after = afters if isinstance(afters, int) else afters[-1]
        if stop == plain.count and plain.last_without_blank:
            last_after -= 1
        translators: Iterable[str] = repeat("", count)
        flags: Iterable[frozenset[str]] = repeat(_NO_FLAGS, count)
        # Lines but references ("#:"), which say nothing a message holds: read those entries'.
        references = all_comments.count("\n#:") + all_comments.startswith("#:")
        if references < comment_lines:
            read = list(map(_plain_comments, comment_blocks))
            translators = [translator for translator, _ in read]
            flags = [entry_flags for _, entry_flags in read]
        fields = (
            msgids,
            zip(msgstrs),
            lines,
            contexts,
            repeat(None, count),
            flags,
            translators,
        )
        if self.tuple_class is not None:
            made = map(tuple.__new__, repeat(self.tuple_class), zip(*fields, strict=True))
            self.messages += cast(Iterator[_Message], made)
        else:
            self.messages += map(self.make, *fields)
        self.plain_keys.append((contexts, msgids))
        return lines[-1] + last_after


def _lines_before_msgid(
    comments: list[str],
    comment_lines: int,
    context_firsts: list[str | None],
    context_mores: list[str | None],
    without_context: int,
) -> int | list[int]:
    """The lines of each plain entry before its msgid (comments, msgctxt), given its groups,
    the comment lines of all and how many have no msgctxt: one number when it is the same for
    every entry, as in most catalogs (each entry one reference, or none; a msgctxt of one
    line, or none)."""
    count = len(comments)
    contexts_wrapped = any(context_mores)
    if (
        (comment_lines == 0 or (comment_lines == count and all(comments)))
        and without_context in (0, count)
        and not contexts_wrapped
    ):
        return comment_lines // count + (without_context == 0)
    befores = list(map(str.count, comments, repeat("\n")))
    if without_context < count:
        befores = list(map(add, befores, map(is_not, context_firsts, repeat(None))))
    if contexts_wrapped:
        more_lines = [more.count("\n") if more else 0 for more in context_mores]
        befores = list(map(add, befores, more_lines))
    return befores


def _plain_strings(firsts: Sequence[str], mores: Sequence[str] | None) -> Sequence[str]:
    """The texts of strings matched by `_PLAIN_STRING`, given its groups for each: what stands
    between the quotes of its first line, and its further lines as written (`mores`; None
    when no string has any). Most need nothing done."""
    column = firsts if mores is None else list(map(_plain_literals, firsts, mores))
    joined = "".join(column)
    if '"' not in joined and "\\" not in joined:
        return column  # one line each: lines are joined by '"\n"'
    if "\\" not in joined:  # no escapes: the lines of each string are joined, and that is all
        texts = list(map(str.replace, column, repeat(_SEPARATOR), repeat("")))
        if '"' not in "".join(texts):
            return texts
    return [_plain_string(literals) for literals in column]


def _plain_literals(first: str, more: str) -> str:
    """What stands between the first and the last quote of a string matched by
    `_PLAIN_STRING`, given its groups: its literals with '"\\n"' between two."""
    return f'{first}"\n{more[:-2]}' if more else first


def _plain_string(literals: str) -> str:
    if "\\" not in literals:
        joined = literals.replace(_SEPARATOR, "") if '"' in literals else literals
        if '"' not in joined:
            return joined
    return _text(literals.split(_SEPARATOR))  # escapes to read, or a quote GNU refuses


def _plain_contexts(
    firsts: Sequence[str | None], mores: Sequence[str | None], absent: int
) -> Sequence[str | None]:
    """The msgctxt of each entry, given the `_PLAIN_STRING` groups of each (None without one)
    and how many entries have none."""
    if absent == len(firsts):
        return firsts
    wrapped = any(mores)
    if not absent:
        strings = cast(Sequence[str], mores) if wrapped else None
        return _plain_strings(cast(Sequence[str], firsts), strings)
    return [
        None if first is None else _plain_string(_plain_literals(first, cast(str, more)))
        for first, more in zip(firsts, mores, strict=True)
    ]


def _plain_comments(comments: str) -> tuple[str, frozenset[str]]:
    """The translator comments (one a line) and the flags of a plain entry's comment lines."""
    lines = [line for line in comments.split("\n")[:-1] if not line.startswith("#:")]
    if not lines:
        return "", _NO_FLAGS
    translator, _, _, flags = _comment_fields(lines)
    return "\n".join(translator), frozenset(flags)


# The careful reader ---------------------------------------------------------------------------

_BLANK = " \t\r\f\v"  # the whitespace GNU gettext skips between tokens
_QUOTED = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a literal; its escapes are read by _unescaped
# A line of data is one or more parts, each a keyword and its strings, or strings alone that
# continue the keyword before: GNU reads tokens, not lines, so "msgid" may stand alone with its
# string on the next line, and "msgid "a" msgstr "b"" is an entry on one line.
_DATA_PART = re.compile(
    rf"(?:(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?![A-Za-z0-9_\[])|(?=\"))"
    rf"[{_BLANK}]*((?:{_QUOTED}[{_BLANK}]*)*)"
)
_PREVIOUS_LINE = re.compile(rf"(msgctxt|msgid_plural|msgid)?[{_BLANK}]*((?:{_QUOTED}[{_BLANK}]*)+)")
_LITERAL = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_PREVIOUS_KEYWORDS = ("msgctxt", "msgid", "msgid_plural")


def _refuse_stringless(draft: _Draft) -> None:
    if draft.stringless is not None:
        raise _BadString(f"{draft.stringless[0]} without its string")


class _Draft:
    """An entry being read line by line: its comments, then its strings as literals."""

    def __init__(self) -> None:
        self.stringless: tuple[str, int] | None = None  # a keyword, and its line, whose string
        # is still to come
        self.comments: list[str] = []
        self.previous: dict[str, list[str]] = {}
        self.fields: dict[str, list[str]] = {}  # msgctxt, msgid, msgid_plural, msgstr
        self.forms: list[list[str]] = []
        self.current: list[str] | None = None  # the literals a continuation line adds to
        self.current_is_previous = False
        self.obsolete = False
        self.line = 0  # of the msgid
        self.previous_line = 0  # of the first #| line

    @property
    def started(self) -> bool:
        return bool(self.fields)

    @property
    def complete(self) -> bool:
        return "msgstr" in self.fields or bool(self.forms)


def _read_carefully(text: str, path: str, first_line: int = 1) -> list[Entry]:
    """Every entry, reading as GNU gettext reads; a CatalogError names the first wrong line.
    `text` starts at line `first_line` of the file, at the start of an entry."""
    entries: list[Entry] = []
    draft = _Draft()
    lines = text.split("\n")
    for number, raw in enumerate(lines, start=first_line):
        # Comments keep what ends their line, as GNU reads them (a CRLF file's "\r" too);
        # around keywords and strings, blanks are only separators.
        line = raw.lstrip(_BLANK)
        if not line:
            continue
        if draft.complete and not _continues(line):
            _refuse_stringless_at(draft, path)
            entries.append(_finished(draft, path))
            draft = _Draft()
        try:
            _read_line(draft, line, number)
        except _BadString as error:
            raise CatalogError(f"PO syntax error: {error}", path=path, line=number) from error
    if draft.started and not draft.complete:
        raise CatalogError(
            "PO syntax error: the file ends before this msgid's msgstr", path=path, line=draft.line
        )
    if draft.complete:
        _refuse_stringless_at(draft, path)
        entries.append(_finished(draft, path))
    elif draft.previous:
        raise CatalogError(
            "PO syntax error: the file ends after #| lines without their msgid",
            path=path,
            line=draft.previous_line,
        )
    return entries


def _refuse_stringless_at(draft: _Draft, path: str) -> None:
    """A keyword whose string never came, where its entry ends."""
    if draft.stringless is not None:
        keyword, line = draft.stringless
        raise CatalogError(f"PO syntax error: {keyword} without its string", path=path, line=line)


def _continues(line: str) -> bool:
    """Whether the line belongs to the entry before it: a string, or a further plural form."""
    body = line[2:].lstrip(_BLANK) if line.startswith("#~") else line
    return body.startswith(('"', "msgstr["))


def _read_line(draft: _Draft, line: str, number: int) -> None:
    """Add one line (without leading blanks, not blank) to the entry being read."""
    obsolete = line.startswith("#~")
    if obsolete:
        line = line[2:].strip(_BLANK)
        if not line:
            return  # a bare "#~"
        if line.startswith("|"):
            _read_previous(draft, line[1:].strip(_BLANK), number)
            return
        if line.startswith("#"):
            # GNU reads "#~ #| msgid", "#~ #, fuzzy" and "#~ # note" as the comment after "#~".
            _read_line(draft, line, number)
            return
    elif line.startswith("#|"):
        _read_previous(draft, line[2:].strip(_BLANK), number)
        return
    elif line.startswith("#"):
        if draft.started or draft.previous:
            raise _BadString("a comment inside an entry: comments come before its #| and msgid")
        draft.comments.append(line)
        return
    _read_data(draft, line.rstrip(_BLANK), obsolete, number)


def _literals(strings: str) -> list[str]:
    """The literals of a line, escapes read (bytes from octal and hex escapes still apart)."""
    return [_unescaped(inner)[0] if "\\" in inner else inner for inner in _LITERAL.findall(strings)]


def _read_previous(draft: _Draft, line: str, number: int) -> None:
    found = _PREVIOUS_LINE.fullmatch(line)
    if found is None:
        raise _BadString(
            f"expected msgctxt, msgid or msgid_plural and a string after #|: {line[:60]}"
        )
    keyword, strings = found.groups()
    if draft.started:
        raise _BadString("#| lines come before the msgid they belong to")
    if keyword is None:
        if draft.current is None or not draft.current_is_previous:
            raise _BadString("a string that continues no #| keyword")
        draft.current.extend(_literals(strings))
        return
    later = _PREVIOUS_KEYWORDS[_PREVIOUS_KEYWORDS.index(keyword) :]
    if any(name in draft.previous for name in later):
        raise _BadString(f"#| {keyword} after the #| {' or '.join(later)} it must come before")
    if keyword == "msgid_plural" and "msgid" not in draft.previous:
        raise _BadString("#| msgid_plural without a #| msgid before it")
    draft.previous_line = draft.previous_line or number
    draft.current = draft.previous[keyword] = _literals(strings)
    draft.current_is_previous = True


def _read_data(draft: _Draft, line: str, obsolete: bool, number: int) -> None:
    at = 0
    while at < len(line):
        found = _DATA_PART.match(line, at)
        if found is None or found.end() == at:
            raise _BadString(
                "expected a keyword (msgid, msgstr, ...) and a quoted string, "
                f"got: {('#~ ' if obsolete else '') + line[:60]}"
            )
        at = found.end()
        keyword, index, strings = found.groups()
        _read_part(draft, keyword, index, _literals(strings), obsolete, number)


def _read_part(
    draft: _Draft,
    keyword: str | None,
    index: str | None,
    literals: list[str],
    obsolete: bool,
    number: int,
) -> None:
    """One keyword and its strings (none yet where the keyword ends its line), or strings
    alone that continue the keyword before."""
    if draft.started and obsolete != draft.obsolete:
        raise _BadString("an entry with both obsolete (#~) and active lines")
    if keyword is None:
        if draft.current is None or draft.current_is_previous:
            raise _BadString("a string that continues no keyword")
        draft.current.extend(literals)
        draft.stringless = None
        return
    _refuse_stringless(draft)
    draft.stringless = (keyword, number) if not literals else None
    fields = draft.fields
    if draft.previous and "msgid" not in draft.previous:
        raise _BadString("#| msgctxt without the #| msgid that must follow it")
    if keyword == "msgctxt" or keyword == "msgid":
        if "msgid" in fields:
            raise _BadString(f"{keyword} before the msgstr of the msgid at line {draft.line}")
        if keyword in fields:
            raise _BadString(f"a second {keyword} in one entry")
        draft.obsolete = obsolete
        if keyword == "msgid":
            draft.line = number
    elif "msgid" not in fields:
        raise _BadString(f"{keyword} without a msgid before it")
    elif keyword == "msgid_plural":
        if "msgid_plural" in fields or "msgstr" in fields:
            raise _BadString("msgid_plural after the msgstr it must come before")
    elif index is None:
        if "msgid_plural" in fields:
            raise _BadString("a plural entry has msgstr[0], msgstr[1], ... and no msgstr")
    else:
        if "msgid_plural" not in fields:
            raise _BadString(f"msgstr[{index}] without a msgid_plural before it")
        if int(index) != len(draft.forms):
            raise _BadString(f"msgstr[{index}] where msgstr[{len(draft.forms)}] was expected")
        draft.forms.append(literals)
        draft.current, draft.current_is_previous = literals, False
        return
    fields[keyword] = literals
    draft.current, draft.current_is_previous = literals, False


def _finished(draft: _Draft, path: str) -> Entry:
    def text(literals: list[str] | None) -> str | None:
        return None if literals is None else _decoded("".join(literals), draft, path)

    previous = draft.previous
    fields = draft.fields
    return _entry(
        draft.comments,
        msgctxt=text(fields.get("msgctxt")),
        msgid=_decoded("".join(fields["msgid"]), draft, path),
        msgid_plural=text(fields.get("msgid_plural")),
        msgstr=_decoded("".join(fields.get("msgstr", [])), draft, path),
        forms=tuple(_decoded("".join(literals), draft, path) for literals in draft.forms),
        previous=(
            text(previous.get("msgctxt")),
            text(previous.get("msgid")),
            text(previous.get("msgid_plural")),
        ),
        obsolete=draft.obsolete,
        line=draft.line,
    )


_BYTES = re.compile("[\udc80-\udcff]")


def _decoded(text: str, draft: _Draft, path: str) -> str:
    """The text of a string of the entry being read, its byte escapes decoded."""
    if _BYTES.search(text) is None:
        return text
    try:
        return _with_bytes_decoded(text)
    except _BadString as error:
        raise CatalogError(f"PO syntax error: {error}", path=path, line=draft.line) from error


# ---------------------------------------------------------------------------------------------
# Writing


def serialize_po(catalog: Catalog) -> bytes:
    """The bytes GNU gettext writes for `catalog`: header, active entries, then obsolete ones.

    Like msgcat, an obsolete entry without a translation is left out (it holds nothing to
    keep), and `fuzzy` is not written on an entry that has no translation; for a plural entry
    GNU looks at the first form only, and so does this. Unlike msgcat, an obsolete plural
    entry whose first form is empty is kept when another form holds a translation.
    """
    blocks = [_header_lines(catalog)]
    blocks += [_entry_lines(entry) for entry in catalog.active]
    blocks += [
        _entry_lines(entry, obsolete=True)
        for entry in catalog.obsolete
        if entry.has_translation_text
    ]
    return ("\n".join("\n".join(lines) + "\n" for lines in blocks)).encode("utf-8")


def _header_lines(catalog: Catalog) -> list[str]:
    lines = [_comment("#", text) for text in catalog.header_comments]
    if catalog.header_fuzzy:
        lines.append("#, fuzzy")
    header_text = "".join(f"{key}: {value}\n" for key, value in _written_header(catalog.header))
    lines += wrap_field("", "msgid", "")
    lines += wrap_field("", "msgstr", header_text)
    return lines


def _written_header(header: Header) -> Header:
    """The header as written: the bytes are UTF-8, and so is the charset it declares."""
    if legacy_charset(header) is None:
        return header
    return tuple(
        (key, _CHARSET.sub("charset=UTF-8", value) if key.lower() == "content-type" else value)
        for key, value in header
    )


def _comment(marker: str, text: str) -> str:
    return f"{marker} {text}" if text else marker


def _entry_lines(entry: Entry, obsolete: bool = False) -> list[str]:
    # Obsolete entries keep their comments as they are and prefix the rest with "#~".
    previous_prefix, message_prefix = ("#~| ", "#~ ") if obsolete else ("#| ", "")
    lines = [_comment("#", text) for text in entry.translator_comments]
    lines += [_comment("#.", text) for text in entry.extracted_comments]
    lines += _reference_lines(entry.references)
    flags = _written_flags(entry)
    if flags:
        lines.append("#, " + ", ".join(flags))
    lines += _previous_lines(entry, previous_prefix)
    lines += _message_lines(entry, message_prefix)
    return lines


def _written_flags(entry: Entry) -> list[str]:
    others = [flag for flag in entry.flags if flag != FUZZY]
    return [FUZZY, *others] if entry.fuzzy and _first_form(entry) else others


def _first_form(entry: Entry) -> str:
    """The msgstr, or msgstr[0]: what GNU looks at to tell whether an entry is translated."""
    if entry.msgid_plural is None:
        return entry.msgstr
    return entry.msgstr_plural[0] if entry.msgstr_plural else ""


def _previous_lines(entry: Entry, prefix: str) -> list[str]:
    wrap = NO_WRAP not in entry.flags
    lines: list[str] = []
    if entry.previous_msgctxt is not None:
        lines += wrap_field(prefix, "msgctxt", entry.previous_msgctxt, wrap=wrap)
    if entry.previous_msgid is not None:
        lines += wrap_field(prefix, "msgid", entry.previous_msgid, wrap=wrap)
    if entry.previous_msgid_plural is not None:
        lines += wrap_field(prefix, "msgid_plural", entry.previous_msgid_plural, wrap=wrap)
    return lines


def _message_lines(entry: Entry, prefix: str) -> list[str]:
    wrap = NO_WRAP not in entry.flags
    lines: list[str] = []
    if entry.msgctxt is not None:
        lines += wrap_field(prefix, "msgctxt", entry.msgctxt, wrap=wrap)
    lines += wrap_field(prefix, "msgid", entry.msgid, wrap=wrap)
    if entry.msgid_plural is None:
        lines += wrap_field(prefix, "msgstr", entry.msgstr, wrap=wrap)
        return lines
    lines += wrap_field(prefix, "msgid_plural", entry.msgid_plural, wrap=wrap)
    for index, text in enumerate(entry.msgstr_plural or ("", "")):
        lines += wrap_field(prefix, f"msgstr[{index}]", text, wrap=wrap)
    return lines


def _reference_lines(references: tuple[tuple[str, int | None], ...]) -> list[str]:
    """`#:` lines: references are added while they fit in 79 columns, as gettext does."""
    if not references:
        return []
    lines: list[str] = []
    current = "#:"
    column = 2
    for file, line in references:
        reference = file if line is None else f"{file}:{line}"
        if column > 2 and column + len(reference) + 1 > PAGE_WIDTH:
            lines.append(current)
            current, column = "#:", 2
        current += " " + reference
        column += len(reference) + 1
    lines.append(current)
    return lines
