"""PO reading and writing: byte-identical to GNU msgcat, valid for msgfmt, errors with lines."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import random
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import CatalogError
from l10n.gnu_wrap import column_width, possible_breaks
from l10n.po import (
    Catalog,
    Entry,
    _read_carefully,
    _read_fast,
    parse_po,
    plural_forms,
    serialize_po,
)

DATA = Path(__file__).parent / "data" / "po"
XQUAD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xquad"
XQUAD = XQUAD / "paragraphs.en-ru-ar.jsonl"

needs_gettext = pytest.mark.skipif(
    shutil.which("msgcat") is None or shutil.which("msgfmt") is None,
    reason="GNU gettext (msgcat, msgfmt) is not installed",
)

HEADER = (
    ("Project-Id-Version", "l10n statements"),
    ("Report-Msgid-Bugs-To", ""),
    ("POT-Creation-Date", "2026-01-29 10:00+0000"),
    ("PO-Revision-Date", "2026-01-30 09:15+0000"),
    ("Last-Translator", "Press office <press@example.org>"),
    ("Language-Team", "Arabic"),
    ("Language", "ar"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("Plural-Forms", plural_forms("ar")),
)

LONG_EN = (
    "The ministry confirmed that 2,080,443 applications were processed in the first "
    "quarter, a 15.5% increase on the same period of 2019, and that the long-term "
    "programme of state-funded housing will continue until 31 December 2025."
)
LONG_RU = (
    "Министерство подтвердило, что в первом квартале обработано 2 080 443 заявления — "
    "на 15,5 % больше, чем за тот же период 2019 года, а долгосрочная программа "
    "жилья за счёт государства продлится до 31 декабря 2025 г."
)
LONG_AR = (
    "أكدت الوزارة أنه تمت معالجة ٢٬٠٨٠٬٤٤٣ طلباً في الربع الأول، بزيادة قدرها ١٥٫٥٪ "
    "عن الفترة نفسها من عام ٢٠١٩، وأن البرنامج الطويل الأمد للإسكان المموّل من الدولة "
    "سيستمر حتى ٣١ كانون الأول ٢٠٢٥."
)


def sample_catalog() -> Catalog:
    references = tuple((f"source/statement-{number:03d}.md", number * 7) for number in range(1, 12))
    entries = (
        Entry(msgid="Joint statement", msgstr="بيان مشترك", references=(("source/a.md", 2),)),
        Entry(
            msgid=LONG_EN,
            msgstr=LONG_AR,
            translator_comments=("Checked against the signed original.", ""),
            extracted_comments=("paragraph 3",),
            references=references,
        ),
        Entry(msgid=LONG_RU, msgstr=LONG_EN, flags=("fuzzy",), previous_msgid=LONG_RU[:-7]),
        Entry(
            msgid='He said: "a well-known, long-standing co-operation" \\ backslash\tand tab.',
            msgstr='قال: "تعاون طويل الأمد" \\ و\tتبويب.',
            msgctxt="signature_position",
        ),
        Entry(
            msgid="First line of a list\nsecond line\nthird line\n",
            msgstr="Первая строка списка\nвторая строка\nтретья строка\n",
        ),
        Entry(msgid="A" * 90 + " " + "B" * 10, msgstr=""),
        Entry(
            msgid="%(count)s record",
            msgid_plural="%(count)s records",
            msgstr_plural=(
                "لا سجلات",
                "سجل واحد",
                "سجلان",
                "%(count)s سجلات",
                "%(count)s سجلاً",
                "%(count)s سجل",
            ),
            flags=("fuzzy", "python-format"),
        ),
        Entry(msgid="No translation yet, though marked", flags=("fuzzy",)),
        Entry(
            msgid=LONG_EN,
            msgstr=LONG_RU + "\n" + LONG_RU,
            msgctxt="kept on one line",
            flags=("no-wrap",),
            previous_msgid=LONG_EN[:-30],
        ),
        Entry(
            msgid="Head of the Interagency Coordination Headquarters",
            msgstr="Руководитель Межведомственного координационного штаба",
            msgctxt="signature_position",
            flags=("fuzzy",),
            previous_msgctxt="title",
            previous_msgid="Head of the Interagency Coordination Headquarters for the return of "
            "refugees to their places of permanent residence (since 2018)",
            translator_comments=("A long note that GNU does not wrap:" + " word" * 30,),
        ),
        Entry(
            msgid="The old sentence that left the template.",
            msgstr="الجملة القديمة التي غادرت القالب.",
            translator_comments=("kept by the merge",),
            obsolete=True,
        ),
        Entry(
            msgid="Another removed sentence with a previous msgid kept for the translator.",
            msgstr="Другое удалённое предложение.",
            msgctxt="title",
            flags=("fuzzy",),
            previous_msgid="Another removed sentence with a previous msgid.",
            obsolete=True,
        ),
    )
    return Catalog(
        header=HEADER,
        header_comments=("Arabic translation of the statements.", "Press office, 2026."),
        entries=entries,
    )


def msgcat(path: Path) -> bytes:
    return subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout


@needs_gettext
def test_written_catalog_is_byte_identical_to_msgcat(tmp_path: Path) -> None:
    written = serialize_po(sample_catalog())
    path = tmp_path / "sample.po"
    path.write_bytes(written)
    assert msgcat(path).decode() == written.decode()


@needs_gettext
def test_written_catalog_passes_msgfmt_check(tmp_path: Path) -> None:
    path = tmp_path / "sample.po"
    path.write_bytes(serialize_po(sample_catalog()))
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(path)], capture_output=True
    )
    assert result.returncode == 0, result.stderr.decode()


@needs_gettext
@pytest.mark.skipif(not XQUAD.is_file(), reason="../shared corpus is not present")
def test_long_paragraphs_in_three_languages_wrap_like_msgcat(tmp_path: Path) -> None:
    paragraphs = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    entries = []
    for number, paragraph in enumerate(paragraphs):
        for language in ("en", "ru", "ar"):
            text = paragraph[language]
            entries.append(Entry(msgid=text, msgstr=text[::-1], msgctxt=f"{number}-{language}"))
    written = serialize_po(Catalog(header=HEADER, entries=tuple(entries)))
    path = tmp_path / "xquad.po"
    path.write_bytes(written)
    assert msgcat(path).decode() == written.decode()


def test_reading_what_we_wrote_gives_the_same_catalog_and_bytes() -> None:
    written = serialize_po(sample_catalog())
    catalog = parse_po(written, "sample.po")
    assert serialize_po(catalog) == written
    by_id = {entry.msgid: entry for entry in catalog.entries if entry.msgctxt is None}
    assert by_id[LONG_RU].previous_msgid == LONG_RU[:-7]
    assert by_id[LONG_RU].fuzzy
    assert by_id[LONG_EN].references[-1] == ("source/statement-011.md", 77)
    assert by_id[LONG_EN].translator_comments == ("Checked against the signed original.", "")
    assert by_id["The old sentence that left the template."].obsolete
    assert catalog.header_value("Language") == "ar"


def test_writing_twice_gives_identical_bytes() -> None:
    assert serialize_po(sample_catalog()) == serialize_po(sample_catalog())


def test_obsolete_entry_without_translation_is_not_written() -> None:
    catalog = Catalog(header=HEADER, entries=(Entry(msgid="Gone", obsolete=True),))
    assert b"Gone" not in serialize_po(catalog)


def test_plural_forms_come_from_cldr_except_arabic_which_follows_gnu() -> None:
    assert plural_forms("ru").startswith("nplurals=3;")
    assert plural_forms("en") == "nplurals=2; plural=(n != 1);"
    assert plural_forms("ar_SY") == (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=11 ? 4 : 5;"
    )


def test_unterminated_string_is_reported_with_its_line() -> None:
    with pytest.raises(CatalogError) as raised:
        parse_po((DATA / "malformed.po").read_bytes(), "locales/ru/LC_MESSAGES/x.po")
    assert raised.value.line == 8
    assert raised.value.path == "locales/ru/LC_MESSAGES/x.po"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('msgid "a"\nmsgstr "b"\n\ngarbage here\n', 4),
        ('msgid "a"\nmsgstr "b" trailing\n', 2),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\n\nmsgid "d"\nmsgstr ""\n', 6),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4),
        ('msgid "a\\q"\nmsgstr "b"\n', 1),
    ],
    ids=["junk-line", "trailing-text", "msgid-without-msgstr", "duplicate", "bad-escape"],
)
def test_syntax_errors_name_the_line(text: str, line: int) -> None:
    with pytest.raises(CatalogError) as raised:
        parse_po(text.encode(), "broken.po")
    assert raised.value.line == line


def test_polib_error_message_line_is_parsed() -> None:
    # A msgid followed by another msgid passes the line check and is caught by polib.
    with pytest.raises(CatalogError, match="syntax error") as raised:
        parse_po(b'msgid "a"\n\nmsgid "b"\nmsgstr ""\n', "broken.po")
    assert raised.value.line == 3


def test_non_utf8_catalog_is_reported_with_the_line_of_the_bad_byte() -> None:
    data = b'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "' + b"\xcf\xf0\xe8" + b'"\n'
    with pytest.raises(CatalogError, match="not UTF-8") as raised:
        parse_po(data, "cp1251.po")
    assert raised.value.line == 5


def test_catalog_declaring_another_charset_is_read_in_it() -> None:
    data = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
    data += 'msgid "Open"\nmsgstr "Ouvrir le fichier n\u00b0 2"\n'.encode("iso-8859-1")
    assert parse_po(data, "latin1.po").entries[0].msgstr == "Ouvrir le fichier n\u00b0 2"


# The break and width tables were derived from libunistring; check them against it directly.


def _libunistring() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


@pytest.mark.skipif(_libunistring() is None, reason="libunistring is not installed")
def test_break_opportunities_match_libunistring_on_mixed_text() -> None:
    library = _libunistring()
    assert library is not None
    pool = (
        "abcXYZ  0123456789.,;:!?%$€-–—()[]{}«»“”„‘’'\"/\\\u00a0\u202f…"
        "абвгдЁё№ابتثجحخ٠١٢٣٤٥٦٧٨٩٪٫٬،؛؟\u064b\u0651\u0301\u200b\u200d\u2060"
    )
    generator = random.Random(29012020)
    for _ in range(3000):
        text = "".join(generator.choice(pool) for _ in range(generator.randint(1, 24)))
        encoded = text.encode()
        buffer = ctypes.create_string_buffer(len(encoded))
        library.u8_possible_linebreaks(encoded, len(encoded), b"UTF-8", buffer)
        expected, offset = [], 0
        for character in text:
            expected.append(buffer.raw[offset])
            offset += len(character.encode())
        assert possible_breaks(text) == expected, repr(text)


@pytest.mark.skipif(_libunistring() is None, reason="libunistring is not installed")
def test_column_widths_match_libunistring() -> None:
    library = _libunistring()
    assert library is not None
    library.uc_width.restype = ctypes.c_int
    for code in [*range(0xA0, 0x2000), *range(0x2000, 0x3100, 3), *range(0xFB00, 0x10000)]:
        if 0xD800 <= code < 0xE000:
            continue
        assert column_width(chr(code)) == library.uc_width(code, b"UTF-8"), hex(code)


# Reading: the escapes and line breaks GNU gettext reads, and the two readers agreeing.

# Every character serialize_po escapes, and those str.splitlines() would take for line ends.
ESCAPED = '\a\b\f\n\r\t\v\\"'
LINE_BREAKS_OF_SPLITLINES = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def escape_catalog() -> Catalog:
    text = f"Bulletin {ESCAPED} 1,250 {LINE_BREAKS_OF_SPLITLINES} tonnes"
    entries = (
        Entry(msgid=text, msgstr=text[::-1], previous_msgid=text + " (draft)", flags=("fuzzy",)),
        Entry(msgid="Separator\u2028inside a long statement of 3,400 words " * 3, msgstr="\x85"),
        Entry(
            msgid="Obsolete\x1c" + ESCAPED,
            msgstr="\u2029" + ESCAPED,
            msgctxt="old\x1e",
            previous_msgid="x\x0b",
            obsolete=True,
        ),
    )
    return Catalog(header=HEADER, entries=entries)


def without_lines(catalog: Catalog) -> Catalog:
    return Catalog(
        header=catalog.header,
        header_comments=catalog.header_comments,
        header_fuzzy=catalog.header_fuzzy,
        entries=tuple(replace(entry, line=0) for entry in catalog.entries),
    )


def test_escaped_characters_and_unicode_line_breaks_survive_a_round_trip() -> None:
    catalog = escape_catalog()
    written = serialize_po(catalog)
    assert without_lines(parse_po(written, "escapes.po")) == catalog


@needs_gettext
def test_msgcat_writes_escapes_and_unicode_line_breaks_as_we_do(tmp_path: Path) -> None:
    path = tmp_path / "escapes.po"
    written = serialize_po(escape_catalog())
    path.write_bytes(written)
    assert msgcat(path) == written


ESCAPES_PO = (
    'msgid ""\n'
    'msgstr "Content-Type: text/plain; charset=UTF-8\\n"\n'
    "\n"
    'msgid "bell \\a backspace \\b form feed \\f vertical tab \\v"\n'
    'msgstr "\\a\\b\\f\\v \\"\\\\\\t\\r\\n"\n'
    "\n"
    'msgid "octal \\101\\60 hex \\x41\\x7e, low byte \\x141"\n'
    'msgstr "\\320\\242\\321\\213\\321\\201\\x2e \\303" "\\251t\\303\\251"\n'
)


def test_gnu_escapes_are_read() -> None:
    bells, numbers = parse_po(ESCAPES_PO.encode(), "escapes.po").entries
    assert bells.msgid == "bell \a backspace \b form feed \f vertical tab \v"
    assert bells.msgstr == '\a\b\f\v "\\\t\r\n'
    assert numbers.msgid == "octal A0 hex A~, low byte A"
    # Octal escapes are bytes of the file's encoding: one character may span two literals.
    assert numbers.msgstr == "Тыс. été"


@needs_gettext
def test_escapes_are_read_as_msgcat_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "escapes.po"
    path.write_bytes(ESCAPES_PO.encode())
    ours = parse_po(ESCAPES_PO.encode(), "escapes.po")
    assert without_lines(ours) == without_lines(parse_po(msgcat(path), "msgcat.po"))


@pytest.mark.parametrize("escape", ["\\q", "\\'", "\\?", "\\"])
def test_escapes_gnu_refuses_are_errors_at_their_line(escape: str) -> None:
    text = f'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d {escape}"\n'
    with pytest.raises(CatalogError, match="PO syntax error") as raised:
        parse_po(text.encode(), "escapes.po")
    assert raised.value.line == 5


@pytest.mark.parametrize("escape", ["\\303", "\\777", "\\x1ff"])
def test_byte_escapes_that_are_not_utf8_are_an_error_at_the_entry(escape: str) -> None:
    # GNU warns, drops the bytes and goes on; a translation losing text is worth stopping for.
    text = f'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr ""\n"d {escape}"\n'
    with pytest.raises(CatalogError, match="not UTF-8") as raised:
        parse_po(text.encode(), "escapes.po")
    assert raised.value.line == 4


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('msgid "a"\n# a comment\nmsgstr "b"\n', 2),
        ('#| msgid "x"\n# a comment\nmsgid "a"\nmsgstr "b"\n', 2),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n', 3),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', 3),
        ('msgid "a"\n#~ msgstr "b"\n', 2),
        ('msgid "a"\nmsgstr "b"\n\n#| "c"\nmsgid "d"\nmsgstr ""\n', 4),
        ('msgid "a"\nmsgstr "b"\n\n#| msgid_plural "c"\nmsgid "d"\nmsgstr ""\n', 4),
        ('msgid "a"\nmsgstr "b"\n\n#| msgid "c"\n', 4),
        ('#| msgctxt "a"\nmsgid "b"\nmsgstr ""\n', 2),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\n', 4),
    ],
    ids=[
        "comment-inside",
        "comment-after-previous",
        "form-1-first",
        "plural-with-msgstr",
        "obsolete-msgstr",
        "orphan-string",
        "previous-plural-alone",
        "previous-at-end",
        "previous-msgctxt-alone",
        "msgid-at-end",
    ],
)
def test_misplaced_lines_are_errors_at_their_line(text: str, line: int) -> None:
    with pytest.raises(CatalogError, match="PO syntax error") as raised:
        parse_po(text.encode(), "broken.po")
    assert raised.value.line == line


def test_a_blank_line_does_not_end_an_entry() -> None:
    text = b'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\n"c"\n\nmsgid "d"\nmsgstr "e"\n'
    catalog = parse_po(text, "blank.po")
    assert [(entry.msgstr, entry.line) for entry in catalog.entries] == [("bc", 4), ("e", 9)]


def test_what_gnu_reads_beyond_the_usual_layout_is_read() -> None:
    text = (
        "# Header comment\n"
        'msgid ""\n'
        'msgstr "X-Custom: 1\\n" "Language: ru\\n"\n'
        "\n"
        "#first line without a space  \n"
        "#:a.md:3\n"
        "#:  b.md:4\tc.md \n"
        "#.  indented extracted comment\n"
        "\n"
        '   msgid   "a" "b"\t\n'
        "\n"
        'msgstr "c"\n'
    )
    catalog = parse_po(text.encode(), "lenient.po")
    assert catalog.header == (("X-Custom", "1"), ("Language", "ru"))  # the file's order
    assert catalog.header_comments == ("Header comment",)
    (entry,) = catalog.entries
    assert (entry.msgid, entry.msgstr, entry.line) == ("ab", "c", 10)
    assert entry.translator_comments == ("first line without a space  ",)
    assert entry.extracted_comments == (" indented extracted comment",)
    assert entry.references == (("a.md", 3), ("b.md", 4), ("c.md", None))


def test_crlf_line_ends_separate_tokens_and_stay_in_comments_as_gnu_keeps_them() -> None:
    catalog = sample_catalog()
    crlf = serialize_po(catalog).replace(b"\n", b"\r\n")
    read = parse_po(crlf, "crlf.po")
    assert [entry.msgid for entry in read.entries] == [entry.msgid for entry in catalog.entries]
    assert read.header == catalog.header
    assert read.header_comments == tuple(f"{comment}\r" for comment in catalog.header_comments)


@needs_gettext
def test_crlf_catalogs_are_read_as_msgcat_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "crlf.po"
    path.write_bytes(serialize_po(sample_catalog()).replace(b"\n", b"\r\n"))
    assert serialize_po(parse_po(path.read_bytes(), "crlf.po")) == msgcat(path)


def test_the_careful_reader_takes_over_where_the_layout_changes() -> None:
    regular = serialize_po(sample_catalog()).decode()
    active, obsolete = regular.split("\n\n# kept by the merge\n", 1)
    irregular = 'msgid "Two literals" " on one line"\nmsgstr "Deux"\n'
    text = f"{active}\n\n{irregular}\n# kept by the merge\n{obsolete}"
    fast, position, _ = _read_fast(text)
    assert fast and 0 < position < len(text)
    catalog = parse_po(text.encode(), "mixed.po")
    _, *entries = _read_carefully(text, "mixed.po")
    assert list(catalog.entries) == entries
    lines = text.split("\n")
    for entry in catalog.entries:
        marker = "#~ msgid" if entry.obsolete else "msgid"
        assert lines[entry.line - 1].startswith(marker), entry
    assert catalog.entries[-3].msgid == "Two literals on one line"


CATALOGS_WRITTEN_RIGHT = sorted(
    path for path in (Path(__file__).parent / "data").rglob("*.po") if path.name != "malformed.po"
)


@pytest.mark.parametrize(
    "path", CATALOGS_WRITTEN_RIGHT, ids=lambda path: f"{path.parent.name}/{path.name}"
)
def test_both_readers_read_the_test_catalogs_alike(path: Path) -> None:
    text = path.read_bytes().decode().removeprefix("\ufeff")
    fast, position, line = _read_fast(text)
    rest = _read_carefully(text[position:], str(path), first_line=line)
    assert fast + rest == _read_carefully(text, str(path))


# Properties: whatever serialize_po writes, parse_po reads back as it was, and the two readers
# read it alike (line numbers included).

any_text = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=90
)
one_line = any_text.map(lambda text: text.replace("\n", " ").replace("\r", " "))
words = st.text(st.characters(categories=("L", "Nd"), include_characters="-_./"), min_size=1)
flag_sets = st.lists(
    st.sampled_from(["python-format", "no-wrap", "ignore-numbers", "c-format"]), unique=True
)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    plural = draw(st.booleans())
    obsolete = draw(st.booleans())
    forms = tuple(draw(st.lists(any_text, min_size=1, max_size=6))) if plural else ()
    entry = Entry(
        msgid=draw(any_text.filter(bool)),
        msgstr="" if plural else draw(any_text),
        msgctxt=draw(st.none() | any_text),
        msgid_plural=draw(any_text) if plural else None,
        msgstr_plural=forms,
        translator_comments=tuple(draw(st.lists(one_line, max_size=3))),
        extracted_comments=tuple(draw(st.lists(one_line, max_size=2))),
        references=tuple(
            draw(
                st.lists(
                    st.tuples(words, st.none() | st.integers(1, 99999)), max_size=9, unique=True
                )
            )
        ),
        flags=tuple(draw(flag_sets)),
        obsolete=obsolete,
    )
    if draw(st.booleans()):  # GNU reads a previous msgctxt or msgid_plural only with a msgid
        entry = replace(
            entry,
            previous_msgctxt=draw(st.none() | any_text),
            previous_msgid=draw(any_text),
            previous_msgid_plural=draw(st.none() | any_text) if plural else None,
        )
    # What serialize_po writes of an entry: fuzzy only with a translation (the first form of a
    # plural one), and obsolete ones only with a translation.
    if obsolete and not (forms[0] if plural else entry.msgstr):
        entry = replace(
            entry,
            msgstr="" if plural else "kept",
            msgstr_plural=("kept", *forms[1:]) if plural else (),
        )
    if entry.msgstr_plural[0] if plural else entry.msgstr:
        entry = entry.with_fuzzy(draw(st.booleans()))
    return entry


header_fields = st.lists(
    st.tuples(
        st.text(st.characters(categories=("L",), include_characters="-"), min_size=1),
        one_line.map(str.strip),
    ),
    max_size=5,
)
catalogs = st.builds(
    Catalog,
    header=header_fields.map(tuple),
    header_comments=st.lists(one_line, max_size=3).map(tuple),
    header_fuzzy=st.booleans(),
    entries=st.lists(entries(), max_size=8, unique_by=lambda e: e.key).map(tuple),
)


@settings(deadline=None, max_examples=200)
@given(catalog=catalogs)
def test_any_catalog_written_is_read_back_as_it_was(catalog: Catalog) -> None:
    read = parse_po(serialize_po(catalog), "generated.po")
    assert read.header == catalog.header
    assert read.header_comments == catalog.header_comments
    assert read.header_fuzzy == catalog.header_fuzzy
    # serialize_po writes the active entries first
    expected = catalog.active + catalog.obsolete
    assert len(read.entries) == len(expected)
    for ours, theirs in zip(read.entries, expected, strict=True):
        assert replace(ours, line=0) == theirs


@settings(deadline=None, max_examples=200)
@given(catalog=catalogs)
def test_the_fast_and_the_careful_reader_agree_on_any_catalog_written(catalog: Catalog) -> None:
    text = serialize_po(catalog).decode()
    fast, position, _ = _read_fast(text)
    assert position == len(text)
    assert fast == _read_carefully(text, "generated.po")


# Against GNU: random PO text in every shape GNU reads (and some it refuses), shuffled from
# pieces: parse_po accepts exactly what msgcat accepts, and writes what msgcat writes.

PIECES = ["a", "b", " ", "é", "ж", "٣", "\u2028", "\x85", "\x1c", "\x0b"]
PIECES += ["\\n", "\\t", "\\a", "\\b", "\\f", "\\v", "\\r", "\\\\", '\\"', "\\101", "\\x41"]
PIECES += ["\\303\\251"]
WRONG_PIECES = ["\\q", '"', "\\777"]
COMMENTS = ["# note", "#", "#. extracted", "#: a.md:3 b.md", "#, fuzzy", "#, python-format"]
COMMENTS += ["#x", "#  spaced  "]


def random_literal(generator: random.Random) -> str:
    pool = PIECES + WRONG_PIECES if generator.random() < 0.05 else PIECES
    return '"' + "".join(generator.choice(pool) for _ in range(generator.randint(0, 6))) + '"'


def random_field(generator: random.Random, prefix: str, keyword: str, first: str = "") -> list[str]:
    separator = generator.choice([" ", " ", " ", "", "\t", "  "])
    literals = [random_literal(generator) for _ in range(generator.choice([1, 1, 2, 3]))]
    head = f'"{first}' + literals[0][1:]
    if generator.random() < 0.05:
        head += " " + random_literal(generator)
    return [prefix + keyword + separator + head, *(prefix + literal for literal in literals[1:])]


def random_entry(generator: random.Random, number: int) -> list[str]:
    obsolete = generator.random() < 0.2
    data, previous = ("#~ ", "#~| ") if obsolete else ("", "#| ")
    lines = [generator.choice(COMMENTS) for _ in range(generator.choice([0, 0, 1, 2]))]
    if generator.random() < 0.3:
        if generator.random() < 0.3:
            lines += random_field(generator, previous, "msgctxt")
        lines += random_field(generator, previous, "msgid")
        if generator.random() < 0.3:
            lines += random_field(generator, previous, "msgid_plural")
    if generator.random() < 0.3:
        lines += random_field(generator, data, "msgctxt")
    lines += random_field(generator, data, "msgid", first=str(number))
    if generator.random() < 0.2:
        lines += random_field(generator, data, "msgid_plural")
        for index in range(generator.choice([1, 2, 3])):
            lines += random_field(generator, data, f"msgstr[{index}]")
    else:
        lines += random_field(generator, data, "msgstr")
    for mishap in ("drop", "blank", "indent", "trail"):
        if generator.random() < 0.03:
            at = generator.randrange(len(lines))
            if mishap == "drop":
                del lines[at]
            elif mishap == "blank":
                lines.insert(at, "")
            else:
                lines[at] = "  " + lines[at] if mishap == "indent" else lines[at] + " "
    return lines


def random_po(seed: int) -> bytes:
    generator = random.Random(seed)
    lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for number in range(generator.randint(1, 5)):
        lines += random_entry(generator, number) + [""] * generator.choice([1, 1, 1, 0, 2])
    text = "\n".join(lines) + "\n"
    return (text.replace("\n", "\r\n") if generator.random() < 0.05 else text).encode()


@needs_gettext
def test_random_po_text_is_read_as_msgcat_reads_it(tmp_path: Path) -> None:
    agreed = {"read": 0, "refused": 0}
    for seed in range(150):
        data = random_po(seed)
        path = tmp_path / f"{seed}.po"
        path.write_bytes(data)
        gnu = subprocess.run(["msgcat", str(path)], capture_output=True)
        try:
            ours = serialize_po(parse_po(data, path.name))
        except CatalogError as error:
            assert gnu.returncode != 0, f"{seed}: we refuse what GNU reads: {error}"
            agreed["refused"] += 1
            continue
        assert gnu.returncode == 0, f"{seed}: GNU refuses what we read: {gnu.stderr.decode()}"
        assert ours.decode() == gnu.stdout.decode(), seed
        agreed["read"] += 1
    assert min(agreed.values()) > 20  # both kinds of file were tried


def test_a_charset_name_holding_a_nul_is_no_codec() -> None:
    from l10n.encoding import ascii_compatible_codec

    assert ascii_compatible_codec("KOI8\x00-R") is None
