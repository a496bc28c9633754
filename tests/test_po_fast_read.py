"""`read_messages` reads what `parse_po` and the careful reader read, errors included."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import CatalogError
from l10n.po import (
    _ENTRY_START,
    Catalog,
    Entry,
    MessageSlices,
    _catalog,
    _decoded_text,
    _last_entry_start,
    _message_tuple,
    _read_carefully,
    active_messages,
    entry_starts,
    parse_po,
    plural_forms,
    read_head,
    read_messages,
    read_piece,
    serialize_po,
)

DATA = Path(__file__).parent / "data"

Row = tuple[str, tuple[str, ...], int, str | None, str | None, frozenset[str], str]


def row(
    msgid: str,
    msgstr: tuple[str, ...],
    line: int,
    msgctxt: str | None,
    msgid_plural: str | None,
    flags: frozenset[str],
    translator_comment: str,
) -> Row:
    return (msgid, msgstr, line, msgctxt, msgid_plural, flags, translator_comment)


class Message(NamedTuple):
    """A named tuple with the factory's fields: read_messages builds it with tuple.__new__."""

    msgid: str
    msgstr: tuple[str, ...]
    line: int
    msgctxt: str | None
    msgid_plural: str | None
    flags: frozenset[str]
    translator_comment: str


def read(data: bytes) -> tuple[object, ...]:
    """What read_messages gives, or the error it raises; the same with a named tuple."""
    try:
        header, messages = read_messages(data, "x.po", row)
    except CatalogError as error:
        with pytest.raises(CatalogError) as raised:
            read_messages(data, "x.po", Message)
        assert str(raised.value) == str(error)
        for block, cut_at_least in SLICINGS:
            assert read_in_slices(data, block, cut_at_least) == ("error", str(error))
        for every in PIECES:  # a file with an error is never read in pieces without one
            assert read_in_pieces(data, every) is None
        return ("error", str(error))
    header_too, tuples = read_messages(data, "x.po", Message)
    assert (header_too, tuples) == (header, messages)
    assert all(type(message) is Message for message in tuples)
    for block, cut_at_least in SLICINGS:
        assert read_in_slices(data, block, cut_at_least) == (header, messages)
    for every in PIECES:
        assert read_in_pieces(data, every) in (None, (header, messages))
    return header, messages


# Blocks of the file as read, and the least size of a piece read alone: cut at every entry
# that may start one, and cut now and then, across blocks.
SLICINGS = [(1, 1), (7, 1), (64, 200), (1000, 1)]


def read_in_slices(data: bytes, block: int, cut_at_least: int) -> tuple[object, ...]:
    """What `MessageSlices` reads, its slices joined, or the error it raises."""
    blocks = (data[start : start + block] for start in range(0, len(data), block))
    try:
        slices = MessageSlices(blocks, "x.po", row, lambda: data, cut_at_least=cut_at_least)
        return slices.header, [message for part in slices for message in part]
    except CatalogError as error:
        return ("error", str(error))


# The least size of a piece read apart by a worker of `l10n check`: every entry, a few.
PIECES = [1, 50, 1000]


def read_in_pieces(data: bytes, every: int) -> tuple[object, ...] | None:
    """What the pieces cut at `entry_starts` read apart (as `l10n check`'s workers read them),
    joined, their lines moved by the lines before each; None where the command reads the file
    itself instead: the first piece is not the header alone, a piece is refused alone, or two
    keys have one hash."""
    starts = entry_starts(lambda at, count: data[at : at + count], len(data), every)
    if not starts:
        return None
    try:
        head = read_head(data[: starts[0]], "x.po", row)
    except CatalogError:
        return None
    if head is None:
        return None
    header, key_hashes = head
    messages: list[Row] = []
    lines = data.count(b"\n", 0, starts[0])
    for start, end in zip(starts, [*starts[1:], len(data)], strict=True):
        try:
            piece, piece_lines, piece_hashes = read_piece(data[start:end], "x.po", row)
        except CatalogError:
            return None
        assert piece_lines == data.count(b"\n", start, end)
        key_hashes += piece_hashes
        messages += [(*message[:2], message[2] + lines, *message[3:]) for message in piece]
        lines += piece_lines
    if len(set(key_hashes)) < len(key_hashes):
        return None
    return header, messages


def test_pieces_are_cut_where_an_entry_starts_however_long_its_lines() -> None:
    """`entry_starts` looks a little ahead of each place, and further where the lines are
    longer than it looked: every piece reads, and the pieces read as the file."""
    header = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    long_text = "x" * 200_000
    entries = [f'msgid "{n} {long_text if n % 3 == 0 else ""}"\nmsgstr "{n}"\n' for n in range(9)]
    data = header + "\n".join(entries).replace("\n", "\r\n").encode()
    starts = entry_starts(lambda at, count: data[at : at + count], len(data), 1)
    assert len(starts) == len(entries)
    assert all(data[start:].startswith(b"msgid") for start in starts)
    assert read_in_pieces(data, 1) == read_messages(data, "x.po", row)


def read_by_parse_po(data: bytes) -> tuple[object, ...]:
    try:
        catalog = parse_po(data, "x.po")
    except CatalogError as error:
        return ("error", str(error))
    return catalog.header, active_messages(catalog, row)


def read_carefully(data: bytes) -> tuple[object, ...]:
    """The careful reader alone, on the whole file."""
    try:
        text = _decoded_text(data, "x.po")
        catalog = _catalog(_read_carefully(text, "x.po"), "x.po")
    except CatalogError as error:
        return ("error", str(error))
    return catalog.header, active_messages(catalog, row)


def assert_read_alike(data: bytes) -> None:
    ours = read(data)
    assert ours == read_by_parse_po(data)
    assert ours == read_carefully(data)


@pytest.mark.parametrize(
    "path", sorted(DATA.rglob("*.po")), ids=lambda path: f"{path.parent.name}/{path.name}"
)
def test_the_test_catalogs_are_read_alike(path: Path) -> None:
    assert_read_alike(path.read_bytes())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "\ufeff",
        "# only a comment\n",
        'msgid "a"\nmsgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n\n\n',
        '#~ msgid "a"\n#~ msgstr "b"\n\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid ""\nmsgstr "h"\n\nmsgid "c"\nmsgstr "d"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n\nmsgid "a"\nmsgstr "e"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "\\303\\251"\n\nmsgid "e"\nmsgstr "\\377"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid ""\n""\nmsgstr "h"\n\nmsgid "c"\nmsgstr "d"\n',
        '#~ msgid "a"\n#~ msgstr "b"\n\n#, fuzzy\n#| msgid "c"\nmsgid "d"\nmsgstr "e"\n\n'
        'msgid "f"\nmsgstr "g"\n',
        'msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "y"\nmsgid "a"\nmsgstr "c"\n\n'
        'msgctxt "x"\nmsgid "d"\nmsgstr "e"\n',
        'msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "y"\nmsgid "a"\nmsgstr "c"\n\n'
        'msgctxt "x"\nmsgid "d"\nmsgstr "e"\n\nmsgctxt "y"\nmsgid "a"\nmsgstr "f"\n',
        'msgid ""\nmsgstr "h"\n\nmsgid "a"\nmsgstr "b"\n\n# l10n-ignore-numbers, "say"\n\n'
        'msgid "c"\nmsgstr "d"\n\n#, fuzzy\n\nmsgctxt "x"\n\nmsgid "e"\nmsgstr "f"\n',
        'msgid ""\nmsgstr "h"\n\n#~ msgctxt "a"\n\n#~ msgid "c"\n#~ msgstr "d"\n\n'
        'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\n\nmsgstr[1] "y"\n\nmsgid "c"\nmsgstr "d"\n',
    ],
    ids=[
        "empty",
        "blank",
        "byte-order mark",
        "comment",
        "no header",
        "blank lines at the end",
        "obsolete first",
        "empty msgid with a context",
        "duplicate",
        "byte escapes",
        "empty msgid over two lines",
        "the end of an entry matched alone",
        "contexts and msgids repeated, keys not",
        "a key repeated among repeated contexts and msgids",
        "comments, flags and context before blank lines",
        "an obsolete and a plural entry over blank lines",
    ],
)
def test_small_files_are_read_alike(text: str) -> None:
    assert_read_alike(text.encode())


def test_a_file_not_in_utf8_is_refused_alike() -> None:
    assert read(b'msgid "a"\nmsgstr "\xff"\n') == read_by_parse_po(b'msgid "a"\nmsgstr "\xff"\n')


# A catalog with every kind of entry, in the layout serialize_po writes, then changed in the ways
# a file met in the wild may differ from it.

HEADER = (
    ("Project-Id-Version", "fast read"),
    ("Language", "ru"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("Plural-Forms", plural_forms("ru")),
)
WORDS = ["2 080 443", "15,5 %", "29 января 2020 г.", "«Маршрут 7»", 'say "hi"', "back\\slash"]
WORDS += ["tab\there", "line\nbreak", "é", "٢٬٠٨٠", "\x04", "a" * 90, "", " "]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))


def mixed_entry(rng: random.Random, index: int) -> Entry:
    kind = rng.random()
    entry = Entry(
        msgid=f"{index} {sentence(rng)}",
        msgstr=sentence(rng),
        msgctxt=rng.choice([None, None, f"s{index:06d}", ""]),
        references=(("source/a.md", index),) if rng.random() < 0.9 else (),
    )
    if kind < 0.1:
        forms = tuple(sentence(rng) for _ in range(3))
        entry = replace(entry, msgstr="", msgid_plural=sentence(rng) + "s", msgstr_plural=forms)
    if rng.random() < 0.2:
        entry = replace(entry, flags=("fuzzy",) if rng.random() < 0.5 else ("fuzzy", "c-format"))
    if rng.random() < 0.15:
        comments = ("l10n-accept: 5 miles -> 8 км", "checked") if rng.random() < 0.5 else ("",)
        entry = replace(entry, translator_comments=comments)
    if rng.random() < 0.1:
        entry = replace(entry, extracted_comments=("a paragraph",))
    if rng.random() < 0.05:
        entry = replace(entry, previous_msgid=sentence(rng))
    if rng.random() < 0.1:
        entry = replace(entry, obsolete=True, msgstr=entry.msgstr or "kept")
    return entry


def mixed_catalog(seed: int, size: int = 300) -> Catalog:
    rng = random.Random(seed)
    return Catalog(header=HEADER, entries=tuple(mixed_entry(rng, i) for i in range(size)))


def blocks(catalog: Catalog) -> list[str]:
    """The entries as serialize_po writes them, header first, each without its blank line."""
    return serialize_po(catalog).decode().split("\n\n")


def joined(parts: list[str]) -> bytes:
    return "\n\n".join(parts).encode()


def moved_to_middle(parts: list[str], index: int) -> list[str]:
    """The entry at `index` (the header, an obsolete one) placed among the active ones."""
    rest = parts[:index] + parts[index + 1 :]
    middle = len(rest) // 2
    return [*rest[:middle], parts[index], *rest[middle:]]


def scattered(parts: list[str], seed: int) -> list[str]:
    """The obsolete entries (written last) put back among the active ones, anywhere."""
    rng = random.Random(seed)
    active = [part for part in parts if "#~ msgid" not in part]
    for part in parts:
        if "#~ msgid" in part:
            active.insert(rng.randint(1, len(active)), part)
    return active


def layouts(catalog: Catalog) -> dict[str, bytes]:
    parts = blocks(catalog)
    written = joined(parts)
    obsolete = next(i for i, part in enumerate(parts) if "#~ msgid" in part)
    plain = [i for i, part in enumerate(parts) if part.startswith("#: ") and "\n#" not in part]
    first, second = plain[len(plain) // 3], plain[2 * len(plain) // 3]

    def changed(new: str) -> bytes:
        """The catalog with the plain entry `first` written as `new`."""
        return joined([*parts[:first], new, *parts[first + 1 :]])

    def msgstr_starting(literal: str) -> bytes:
        return changed(parts[first].replace('msgstr "', f'msgstr "{literal}', 1))

    return {
        "as written": written,
        "crlf": written.replace(b"\n", b"\r\n"),
        "bom": b"\xef\xbb\xbf" + written,
        "no final newline": written.rstrip(b"\n"),
        "header in the middle": joined(moved_to_middle(parts, 0)),
        "no header": joined(parts[1:]),
        "obsolete in the middle": joined(moved_to_middle(parts, obsolete)),
        "obsolete anywhere": joined(scattered(parts, len(parts))),
        "obsolete first": joined([parts[obsolete], *parts[:obsolete], *parts[obsolete + 1 :]]),
        "two blank lines": changed(parts[first] + "\n"),
        "flags before references": changed("#, fuzzy\n" + parts[first]),
        "string after a blank line": changed(parts[first] + '\n\n"more"'),
        "two literals on a line": msgstr_starting('" "'),
        "bad escape": msgstr_starting("\\q"),
        "stray quote": msgstr_starting('a"b'),
        "not UTF-8 bytes": msgstr_starting("\\377"),
        "plain duplicate": joined([*parts[: second + 1], parts[first], *parts[second + 1 :]]),
        "duplicate of an irregular entry": joined([*parts, parts[obsolete - 1]]),
        "obsolete duplicate": joined([*parts, parts[obsolete]]),
        "charset": written.replace(b"charset=UTF-8", b"charset=KOI8-R"),
    }


@pytest.mark.parametrize("seed", range(4))
def test_catalogs_of_every_kind_are_read_alike_in_every_layout(seed: int) -> None:
    for name, data in layouts(mixed_catalog(seed)).items():
        ours = read(data)
        assert ours == read_by_parse_po(data), name
        if name != "no header":  # the careful reader alone reads the first entry differently
            assert ours == read_carefully(data), name


def test_a_named_tuple_that_makes_its_values_otherwise_is_called() -> None:
    made = []

    class Counted(Message):
        def __new__(
            cls,
            msgid: str,
            msgstr: tuple[str, ...],
            line: int,
            msgctxt: str | None,
            msgid_plural: str | None,
            flags: frozenset[str],
            translator_comment: str,
        ) -> Counted:
            made.append(msgid)
            fields = (msgid, msgstr, line, msgctxt, msgid_plural, flags, translator_comment)
            return super().__new__(cls, *fields)

    data = serialize_po(mixed_catalog(5))
    _, messages = read_messages(data, "x.po", Counted)
    assert made == [message.msgid for message in messages]
    assert messages == read_messages(data, "x.po", row)[1]


def test_only_named_tuples_with_the_factory_fields_are_built_directly() -> None:
    class Renamed(NamedTuple):
        msgid: str
        msgstr: tuple[str, ...]
        line: int
        context: str | None
        msgid_plural: str | None
        flags: frozenset[str]
        translator_comment: str

    class Subclass(Message):
        pass

    class WithInit(Message):
        def __init__(self, *fields: object) -> None:
            pass

    assert _message_tuple(Message) is Message
    assert _message_tuple(Subclass) is Subclass
    assert _message_tuple(WithInit) is None
    assert _message_tuple(Renamed) is None
    assert _message_tuple(row) is None
    assert _message_tuple(tuple) is None


def test_errors_name_the_line_where_a_plain_run_goes_wrong() -> None:
    parts = blocks(mixed_catalog(7))
    plain = [i for i, part in enumerate(parts) if part.startswith("#: ") and "\n#" not in part]
    broken = plain[len(plain) // 2]
    parts[broken] = parts[broken].replace('msgstr "', 'msgstr "\\q', 1)
    data = joined(parts)
    with pytest.raises(CatalogError, match="invalid escape") as raised:
        read_messages(data, "x.po", row)
    assert raised.value.line == data[: data.index(b'msgstr "\\q')].count(b"\n") + 1


def test_each_message_is_at_the_line_of_its_msgid() -> None:
    data = serialize_po(mixed_catalog(3))
    lines = data.decode().split("\n")
    _, messages = read_messages(data, "x.po", row)
    assert len(messages) > 200
    for msgid, *_, line, _, _, _, _ in messages:
        assert lines[line - 1].startswith("msgid "), msgid


def test_translator_comments_and_flags_are_kept() -> None:
    text = (
        'msgid ""\nmsgstr "Language: ru\\n"\n\n'
        "# l10n-accept: 5 miles -> 8 км\n# checked\n#. extracted\n#: a.md:1\n"
        "#, fuzzy, ignore-numbers\n"
        'msgctxt "c"\nmsgid "5 miles"\nmsgstr "8 км"\n\n'
        '#: a.md:2\nmsgid "plain"\nmsgstr ""\n'
    )
    header, messages = read_messages(text.encode(), "x.po", row)
    assert header == (("Language", "ru"),)
    assert messages == [
        (
            "5 miles",
            ("8 км",),
            10,
            "c",
            None,
            frozenset({"fuzzy", "ignore-numbers"}),
            "l10n-accept: 5 miles -> 8 км\nchecked",
        ),
        ("plain", ("",), 14, None, None, frozenset(), ""),
    ]


# Any catalog serialize_po writes.

any_text = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=120
)
one_line = any_text.map(lambda text: text.replace("\n", " ").replace("\r", " "))


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    plural = draw(st.booleans())
    obsolete = draw(st.integers(0, 5)) == 0
    forms = tuple(draw(st.lists(any_text, min_size=1, max_size=4))) if plural else ()
    entry = Entry(
        msgid=draw(any_text.filter(bool)),
        msgstr="" if plural else draw(any_text),
        msgctxt=draw(st.none() | any_text),
        msgid_plural=draw(any_text) if plural else None,
        msgstr_plural=forms,
        translator_comments=tuple(draw(st.lists(one_line, max_size=2))),
        extracted_comments=tuple(draw(st.lists(one_line, max_size=1))),
        references=(("a.md", draw(st.integers(1, 999))),),
        flags=tuple(draw(st.lists(st.sampled_from(["no-wrap", "ignore-numbers"]), unique=True))),
        obsolete=obsolete,
    )
    if obsolete and not (forms[0] if plural else entry.msgstr):
        entry = replace(entry, msgstr="" if plural else "kept", msgstr_plural=("kept", *forms[1:]))
    if entry.msgstr_plural[0] if plural else entry.msgstr:
        entry = entry.with_fuzzy(draw(st.booleans()))
    return entry


catalogs = st.builds(
    Catalog,
    header=st.just(HEADER),
    entries=st.lists(entries(), max_size=12, unique_by=lambda e: e.key).map(tuple),
)


@settings(deadline=None, max_examples=300)
@given(catalog=catalogs)
def test_any_catalog_written_is_read_alike(catalog: Catalog) -> None:
    assert_read_alike(serialize_po(catalog))


def test_a_large_file_is_read_a_piece_at_a_time() -> None:
    """`MessageSlices` gives its first messages before it has read the file to its end, and
    no slice holds more than a small part of the messages."""
    data = serialize_po(mixed_catalog(7, size=2000))
    blocks_read = 0

    def blocks() -> Iterator[bytes]:
        nonlocal blocks_read
        for start in range(0, len(data), 1000):
            blocks_read += 1
            yield data[start : start + 1000]

    slices = iter(MessageSlices(blocks(), "x.po", row, lambda: data, cut_at_least=20_000))
    first = next(slices)
    assert first
    assert blocks_read < len(data) // 1000 // 4
    sizes = [len(first), *map(len, slices)]
    assert max(sizes) < sum(sizes) // 4
    assert sum(sizes) == len(read_messages(data, "x.po", row)[1])


PO_LINES = st.sampled_from(
    [
        "#: a.md:1",
        '#~ msgid "old"',
        '#~ msgstr "alt"',
        'msgctxt "k"',
        'msgid "Ten"',
        'msgstr "Десять"',
        'msgstr[1] "x"',
        '"more"',
        '"',
        "",
        "# note",
        'msgid ""',
    ]
)


@given(st.lists(st.tuples(PO_LINES, st.sampled_from(["\n", "\r\n"])), max_size=30))
def test_a_piece_is_cut_where_the_entry_start_pattern_last_matches(
    lines: list[tuple[str, str]],
) -> None:
    # The cut is sought from the end of a block, blank line by blank line: it must be where
    # the pattern, run over the whole block, ends its last match.
    window = "".join(line + end for line, end in lines).encode()
    expected = max((match.end() for match in _ENTRY_START.finditer(window, 1)), default=0)
    assert _last_entry_start(window) == expected
