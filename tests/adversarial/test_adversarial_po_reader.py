"""The PO reader on generated and hostile bytes: it reads what GNU gettext reads, refuses with a
CatalogError naming the line whatever GNU would misread or msgfmt --check refuses, and never
fails any other way."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.check import CatalogEntry
from l10n.errors import CatalogError
from l10n.po import Catalog, Entry, parse_po, read_messages, serialize_po

HEADER = (
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Language", "ru"),
    (
        "Plural-Forms",
        "nplurals=3; plural=n%10==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2;",
    ),
)
text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r"), max_size=40)


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    entries = []
    for msgid in draw(st.lists(text.filter(bool), unique=True, max_size=6)):
        plural = draw(st.booleans())
        forms = tuple(draw(st.lists(text, min_size=3, max_size=3))) if plural else ()
        entries.append(
            Entry(
                msgid=msgid,
                msgstr="" if plural else draw(text),
                msgid_plural=draw(text) if plural else None,
                msgstr_plural=forms,
                translator_comments=tuple(
                    t.replace("\n", " ") for t in draw(st.lists(text, max_size=2))
                ),
                obsolete=draw(st.booleans()) and (any(forms) or not plural),
            )
        )
    entries = [e for e in entries if not e.obsolete or e.has_translation_text]
    return Catalog(header=HEADER, entries=tuple(entries))


def translations(catalog: Catalog) -> list[tuple[object, ...]]:
    return [(e.key, e.msgstr, e.msgstr_plural, e.obsolete) for e in catalog.entries]


def both_readers(data: bytes) -> None:
    """Read `data` with both readers; only a CatalogError may stop either."""
    for read in (lambda: parse_po(data, "x.po"), lambda: read_messages(data, "x.po", CatalogEntry)):
        try:
            read()
        except CatalogError as error:
            assert error.path == "x.po"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_with_a_catalog_error(data: bytes) -> None:
    both_readers(data)


@settings(max_examples=150, deadline=None)
@given(catalogs(), st.data())
def test_a_written_catalog_with_damage_is_read_or_refused_cleanly(
    catalog: Catalog, data: st.DataObject
) -> None:
    written = bytearray(serialize_po(catalog))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(written)))
        written[position:position] = data.draw(
            st.sampled_from([b"\r", b"\n", b'"', b"\\", b"#~ ", b"\x00", b"msgstr[7] ", b"\xff"])
        )
    both_readers(bytes(written))


@settings(max_examples=100, deadline=None)
@given(catalogs())
def test_crlf_line_ends_read_as_lf_ones(catalog: Catalog) -> None:
    data = serialize_po(catalog)
    expected = translations(parse_po(data, "x.po"))
    assert translations(parse_po(data.replace(b"\n", b"\r\n"), "x.po")) == expected


@settings(max_examples=100, deadline=None)
@given(catalogs())
def test_cr_only_line_ends_are_refused_at_the_first_line(catalog: Catalog) -> None:
    # GNU gettext reads such a file as one comment line: an empty catalog. Never that.
    for read in (lambda d: parse_po(d, "x.po"), lambda d: read_messages(d, "x.po", CatalogEntry)):
        with pytest.raises(CatalogError, match="carriage return") as raised:
            read(serialize_po(catalog).replace(b"\n", b"\r"))
        assert raised.value.line == 1


@pytest.mark.parametrize(
    ("body", "line", "match"),
    [
        ('msgid "a"\nmsgstr "b"\n', 1, "no header"),
        ('msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=n>1+;\\n"\n', 1, "Plural-Forms"),
        ('msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=n;\\n"\n', 1, "Plural-Forms"),
        ('msgid ""\nmsgstr ""\n\nmsgid "a\\0b"\nmsgstr "c"\n', 4, "NUL"),
        ('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "c\\x00"\n', 5, "NUL"),
        ('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "c\x00"\n', 5, "NUL"),
        (
            'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n',
            7,
            "duplicate",
        ),
        (
            'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\r\nmsgid "c"\rmsgstr "d"\n',
            6,
            "carriage return",
        ),
    ],
    ids=[
        "no-header",
        "plural-syntax",
        "plural-beyond-nplurals",
        "octal-nul",
        "hex-nul",
        "raw-nul",
        "active-and-obsolete",
        "one-lone-cr",
    ],
)
def test_what_msgfmt_check_refuses_is_refused_with_its_line(
    body: str, line: int, match: str
) -> None:
    for read in (lambda d: parse_po(d, "x.po"), lambda d: read_messages(d, "x.po", CatalogEntry)):
        with pytest.raises(CatalogError, match=match) as raised:
            read(body.encode())
        assert raised.value.line == line


OBSOLETE_WITH_COMMENTS = b"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ru\\n"

#~ # a note of the translator
#~ #, fuzzy
#~ #| msgid "Three lorries"
#~ msgid "Five lorries"
#~ msgstr "\xd0\x9f\xd1\x8f\xd1\x82\xd1\x8c"
"""


def test_comments_after_the_obsolete_mark_are_read_as_gnu_reads_them() -> None:
    # msgcat writes "#~ #| msgid" back as "#~| msgid", and "#~ #, fuzzy" as "#, fuzzy".
    (entry,) = [entry for entry in parse_po(OBSOLETE_WITH_COMMENTS, "ru.po").entries if entry.msgid]
    assert entry.obsolete and entry.msgstr == "Пять"
    assert entry.previous_msgid == "Three lorries"
    assert entry.flags == ("fuzzy",) and entry.translator_comments == ("a note of the translator",)
    (written,) = [
        entry
        for entry in parse_po(serialize_po(parse_po(OBSOLETE_WITH_COMMENTS, "ru.po")), "").entries
        if entry.msgid
    ]
    assert (
        written.obsolete and written.msgstr == "Пять" and written.previous_msgid == "Three lorries"
    )


def test_a_comment_after_the_obsolete_mark_inside_an_entry_is_still_refused() -> None:
    broken = OBSOLETE_WITH_COMMENTS.replace(b"#~ msgstr", b"#~ # late\n#~ msgstr")
    with pytest.raises(CatalogError, match=r"ru\.po:10:"):
        parse_po(broken, "ru.po")
