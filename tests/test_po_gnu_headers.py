"""Headers read as GNU gettext reads them: the Plural-Forms value as plural-exp.c and plural.y
extract it, and a catalog in the legacy charset its header declares (KOI8-R, CP1256...).

What msgfmt --check accepts, l10n reads (and checks); what it refuses, l10n refuses. Where
msgfmt is installed, it judges every header here."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n import check
from l10n.check import CHARSET, check_paths, plural_counts
from l10n.cli import main
from l10n.errors import CatalogError
from l10n.plural_forms import read_plural_forms
from l10n.po import MessageSlices, legacy_charset, parse_po, read_messages, serialize_po

MSGFMT = shutil.which("msgfmt")
RUSSIAN_RULE = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"


def catalog(plural_forms: str, body: str, charset: str = "UTF-8", language: str = "ru") -> str:
    return (
        'msgid ""\nmsgstr ""\n"Project-Id-Version: headers 1\\n"\n"Language-Team: none\\n"\n'
        f'"Language: {language}\\n"\n"MIME-Version: 1.0\\n"\n'
        f'"Content-Type: text/plain; charset={charset}\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {plural_forms}\\n"\n\n{body}'
    )


PLURAL_ENTRY = (
    'msgid "One crate of %d"\nmsgid_plural "%d crates of %d"\n'
    'msgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n'
)


def msgfmt_accepts(path: Path) -> bool:
    assert MSGFMT is not None
    done = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True)
    return done.returncode == 0


def l10n_accepts(data: bytes) -> bool:
    try:
        parse_po(data, "t.po")
    except CatalogError:
        return False
    return True


# (Plural-Forms value, the forms of the counts 0 to 5 as GNU reads them; None: refused)
READABLE_AS_GNU = {
    # A rule pasted twice, the second cut short: what follows the rule's ";" is not read.
    "trailing text": (
        f"nplurals=3; plural={RUSSIAN_RULE}; 10<=4 && (n%100<10 || n ? 1 : 2);",
        (2, 0, 1, 1, 1, 2),
    ),
    # The field's name twice, no ";" at the end: GNU searches for "nplurals=" and "plural=".
    "name twice": ("Plural-Forms: nplurals=2; plural=n!=1", (1, 0, 1, 1, 1, 1)),
    "no spaces": ("nplurals=3;plural=n==1?0:n==2?1:2", (2, 0, 1, 2, 2, 2)),
    "tabs and ;;": ("nplurals=3; plural=n==1 ?\t0 : n==2 ? 1 : 2;;", (2, 0, 1, 2, 2, 2)),
    "digits then a letter": ("nplurals=2x; plural=n>1;", (0, 0, 1, 1, 1, 1)),
    "not binds tightest": ("nplurals=2; plural=!n==1;", (1, 0, 0, 0, 0, 0)),
    "unsigned arithmetic": ("nplurals=2; plural=n-1>3;", (1, 0, 0, 0, 0, 1)),
    "conditional from the right": ("nplurals=3; plural=n>2 ? 2 : n ? 1 : 0;", (0, 1, 1, 2, 2, 2)),
    "sum of truths": ("nplurals=3; plural=(n==1)+(n==2)*2;", (0, 1, 2, 0, 0, 0)),
    "junk inside the rule": ("nplurals=3; plural=n==1 ? 0 : 2 x;", None),
    "comma": ("nplurals=2; plural=n!=1,", None),
    "negative number": ("nplurals=2; plural=-1;", None),
    "divides by zero": ("nplurals=2; plural=n/(n>5);", None),
    "a form beyond nplurals": ("nplurals=2; plural=n%10;", None),
    "no number": ("nplurals=TWO; plural=n!=1;", None),
    "one equals sign": ("nplurals=2; plural=n=1;", None),
    "one ampersand": ("nplurals=2; plural=n>1 & n<5;", None),
    "carriage return": ("nplurals=2; plural=n!=1\r;", None),
}


@pytest.mark.parametrize("name", READABLE_AS_GNU)
def test_a_plural_forms_value_reads_as_gnu_reads_it(name: str) -> None:
    value, forms = READABLE_AS_GNU[name]
    data = catalog(value.replace("\r", "\\r"), PLURAL_ENTRY).encode()
    if forms is None:
        with pytest.raises(ValueError):
            read_plural_forms(value)
        with pytest.raises(CatalogError, match="Plural-Forms") as raised:
            parse_po(data, "t.po")
        assert raised.value.line == 1
        return
    read = read_plural_forms(value)
    assert read is not None
    assert tuple(read[1](count) for count in range(6)) == forms
    assert l10n_accepts(data)


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("name", READABLE_AS_GNU)
def test_msgfmt_accepts_the_plural_forms_l10n_accepts(tmp_path: Path, name: str) -> None:
    value, _ = READABLE_AS_GNU[name]
    # The plural entry has as many forms as the header names: msgfmt refuses other counts.
    forms = read_plural_forms(value)[0] if READABLE_AS_GNU[name][1] else 3  # type: ignore[index]
    entry = 'msgid "One crate"\nmsgid_plural "%d crates"\n' + "".join(
        f'msgstr[{form}] "x{form} %d"\n' for form in range(forms)
    )
    path = tmp_path / "ru.po"
    path.write_text(catalog(value.replace("\r", "\\r"), entry), encoding="utf-8")
    assert msgfmt_accepts(path) == l10n_accepts(path.read_bytes())


def test_a_value_naming_no_rule_is_read_as_none_and_accepted() -> None:
    # GNU finds no "plural=" and reads no rule; msgfmt refuses such a catalog only when an
    # entry has plural forms. The language's own rule then serves l10n's checks.
    assert read_plural_forms("nplurals=2") is None
    assert read_plural_forms("") is None
    assert l10n_accepts(catalog("nplurals=2", 'msgid "a"\nmsgstr "b"\n').encode())
    assert plural_counts("nplurals=2", "ru")[0][:3] == (1, 21, 31)


def test_the_rule_before_trailing_text_decides_which_counts_a_form_serves() -> None:
    value = READABLE_AS_GNU["trailing text"][0]
    served = plural_counts(value, "ru")
    assert served[0][:4] == (1, 21, 31, 41)
    assert served[1][:4] == (2, 3, 4, 22)


def checked_codes(path: Path) -> list[str]:
    return [finding.code for finding in check_paths([path], "en").findings]


@pytest.mark.parametrize("name", ["trailing text", "name twice"])
def test_a_catalog_with_an_odd_plural_forms_is_checked_and_its_differences_found(
    tmp_path: Path, name: str
) -> None:
    value = READABLE_AS_GNU[name][0]
    path = tmp_path / "ru.po"
    same = 'msgid "The pier takes 40 boats."\nmsgstr "Причал принимает 40 лодок."\n'
    path.write_text(catalog(value, same), encoding="utf-8")
    assert checked_codes(path) == []
    changed = same.replace("40 лодок", "14 лодок")
    path.write_text(catalog(value, changed), encoding="utf-8")
    assert checked_codes(path) == ["number-changed"]
    # A plural entry whose forms do not number nplurals is still reported.
    two_forms = 'msgid "%d boat"\nmsgid_plural "%d boats"\nmsgstr[0] "%d"\nmsgstr[1] "%d"\n'
    forms = 3 if name == "trailing text" else 2
    extra = 'msgstr[2] "%d"\nmsgstr[3] "%d"\n' if forms == 3 else 'msgstr[2] "%d"\n'
    path.write_text(catalog(value, two_forms + extra), encoding="utf-8")
    assert checked_codes(path) == ["plural-forms"]


# --- Catalogs in the charset their header declares -------------------------------------------

RUSSIAN_BODY = (
    '#: a.c:1\nmsgid "The camp holds 66,000 people."\nmsgstr "В лагере 66 тыс. человек."\n\n'
    'msgid "Open %d files"\nmsgstr "Открыть %d файлов"\n'
)
ARABIC_BODY = 'msgid "The camp holds 66,000 people."\nmsgstr "يضم المخيم 66 ألف شخص."\n'


def legacy_catalog(encoding: str, charset: str, body: str, language: str = "ru") -> bytes:
    return catalog(f"nplurals=3; plural={RUSSIAN_RULE};", body, charset, language).encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "charset", "body", "language"),
    [
        ("koi8-r", "KOI8-R", RUSSIAN_BODY, "ru"),
        ("cp1251", "windows-1251", RUSSIAN_BODY, "ru"),
        ("iso8859-5", "ISO-8859-5", RUSSIAN_BODY, "ru"),
        ("cp1256", "CP1256", ARABIC_BODY, "ar"),
        ("iso8859-6", "iso-8859-6", ARABIC_BODY, "ar"),
    ],
)
def test_a_catalog_in_a_legacy_charset_is_read_in_it(
    tmp_path: Path, encoding: str, charset: str, body: str, language: str
) -> None:
    data = legacy_catalog(encoding, charset, body, language)
    utf8 = legacy_catalog("utf-8", "UTF-8", body, language)
    read = parse_po(data, "t.po")
    assert [entry.msgstr for entry in read.entries] == [
        entry.msgstr for entry in parse_po(utf8, "t.po").entries
    ]
    assert legacy_charset(read.header) == charset
    header, messages = read_messages(data, "t.po", check.CatalogEntry)
    assert header == read.header
    assert [message.msgstr[0] for message in messages] == [entry.msgstr for entry in read.entries]
    # "66 тыс." is 66,000: the words read, so the figures agree; a changed one is found.
    path = tmp_path / f"{language}.po"
    path.write_bytes(data)
    assert checked_codes(path) == []
    figure = (" 66 тыс." if language == "ru" else " 66 ألف").encode(encoding)
    path.write_bytes(data.replace(figure, figure.replace(b"66", b"67")))
    assert checked_codes(path) == ["number-changed"]


def test_a_byte_the_declared_charset_does_not_define_is_refused_at_its_line() -> None:
    data = legacy_catalog("cp1251", "CP1251", RUSSIAN_BODY)
    data += b'\nmsgid "Flag"\nmsgstr "\x98"\n'
    with pytest.raises(CatalogError, match="not CP1251: byte 0x98") as raised:
        parse_po(data, "t.po")
    assert raised.value.line == data.count(b"\n")


def test_a_charset_python_does_not_know_is_read_as_utf8() -> None:
    data = legacy_catalog("utf-8", "ENCODING", RUSSIAN_BODY)
    assert parse_po(data, "t.po").entries[0].msgstr == "В лагере 66 тыс. человек."
    with pytest.raises(CatalogError, match="not UTF-8"):
        parse_po(legacy_catalog("koi8-r", "ENCODING", RUSSIAN_BODY), "t.po")


def test_utf8_text_under_a_legacy_charset_is_read_as_utf8_and_warned_about(
    tmp_path: Path,
) -> None:
    # Saved in UTF-8, the header left as it was: GNU would read it as KOI8-R, garbled.
    data = legacy_catalog("utf-8", "KOI8-R", RUSSIAN_BODY)
    assert parse_po(data, "t.po").entries[0].msgstr == "В лагере 66 тыс. человек."
    path = tmp_path / "ru.po"
    path.write_bytes(data)
    found = check_paths([path], "en").findings
    assert [(finding.code, finding.severity, finding.line) for finding in found] == [
        (CHARSET, "warning", 1)
    ]
    assert "KOI8-R" in found[0].message
    path.write_bytes(data.replace(" 66 тыс.".encode(), " 67 тыс.".encode()))
    assert sorted(checked_codes(path)) == [CHARSET, "number-changed"]
    # ASCII text under a legacy charset reads alike in both: nothing to warn about.
    path.write_bytes(legacy_catalog("utf-8", "KOI8-R", 'msgid "a 5"\nmsgstr "b 5"\n'))
    assert checked_codes(path) == []


def test_a_legacy_catalog_is_written_in_utf8_and_msgfmt_accepts_it(tmp_path: Path) -> None:
    read = parse_po(legacy_catalog("koi8-r", "KOI8-R", RUSSIAN_BODY), "t.po")
    written = serialize_po(read)
    assert b"charset=UTF-8" in written
    again = parse_po(written, "t.po")
    assert [replace(entry, line=0) for entry in again.entries] == [
        replace(entry, line=0) for entry in read.entries
    ]
    assert legacy_charset(again.header) is None
    if MSGFMT is not None:
        path = tmp_path / "ru.po"
        path.write_bytes(written)
        assert msgfmt_accepts(path)


def test_a_legacy_catalog_read_a_slice_at_a_time_reads_as_read_whole() -> None:
    body = "\n".join(
        f'msgid "Crate {n} of 66,000"\nmsgstr "Ящик {n} из 66 тыс."\n' for n in range(300)
    )
    data = legacy_catalog("koi8-r", "KOI8-R", body)
    whole = read_messages(data, "t.po", check.CatalogEntry)
    blocks = [data[at : at + 512] for at in range(0, len(data), 512)]
    slices = MessageSlices(blocks, "t.po", check.CatalogEntry, lambda: data, cut_at_least=1024)
    assert slices.header == whole[0]
    assert [message for part in slices for message in part] == whole[1]


def test_a_large_legacy_catalog_checked_by_several_processes_reads_as_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_LEAST", 1)
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_MOST", 2000)
    monkeypatch.setattr(check, "_FIRST_PIECE_BYTES", 300)
    body = "\n".join(
        f'msgctxt "c{n}"\nmsgid "Crate {n} of 66,000"\nmsgstr "Ящик {n} из {66 + n % 2} тыс."\n'
        for n in range(200)
    )
    path = tmp_path / "ru.po"
    path.write_bytes(legacy_catalog("koi8-r", "KOI8-R", body))
    alone = check_paths([path], "en")
    assert len(alone.findings) == 100
    assert check_paths([path], "en", processes=2) == alone


def test_update_writes_a_legacy_catalog_in_utf8_and_says_so(press_project: Path) -> None:
    path = press_project / "locales" / "ru" / "LC_MESSAGES" / "grain-exports-q1.po"
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=KOI8-R")
    first = text.index('msgstr ""\n\n', text.index("msgid ", text.index("\n\n")))
    text = text[:first] + 'msgstr "Экспорт зерна"\n\n' + text[first + len('msgstr ""\n\n') :]
    path.write_bytes(text.encode("koi8-r"))
    kept = {entry.msgid: entry.msgstr for entry in parse_po(path.read_bytes(), "t.po").entries}
    result = CliRunner().invoke(main, ["-C", str(press_project), "update"])
    assert result.exit_code == 0, result.output
    assert "written in UTF-8, its header said KOI8-R" in result.output
    written = path.read_bytes()
    assert b"charset=UTF-8" in written
    assert "Экспорт зерна".encode() in written
    after = {entry.msgid: entry.msgstr for entry in parse_po(written, "t.po").entries}
    assert after == kept


# --- Files that are no PO catalog to check ---------------------------------------------------


def check_output(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "-j", "1", *arguments])
    return result.exit_code, result.output


def test_a_compiled_catalog_is_named_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "app.mo").write_bytes(b"\xde\x12\x04\x95" + bytes(24))
    code, output = check_output(str(folder / "app.mo"))
    assert code == 2
    assert "app.mo: a compiled MO catalog" in output and "msgunfmt" in output
    code, output = check_output(str(tmp_path))
    assert code == 2
    assert "no PO catalogs found (1 compiled .mo file: msgunfmt" in output


def test_a_template_is_named_as_such(tmp_path: Path) -> None:
    template = tmp_path / "app.pot"
    template.write_text(
        'msgid ""\nmsgstr ""\n"Language: \\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n'
        '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n\n'
        'msgid "%d files in 2 folders"\nmsgid_plural "%d files"\nmsgstr[0] ""\nmsgstr[1] ""\n',
        encoding="utf-8",
    )
    code, output = check_output(str(template))
    assert code == 2
    assert "app.pot: a template (.pot) names no language and holds no translations" in output


def test_a_header_laid_out_loosely_still_names_the_charset() -> None:
    data = legacy_catalog("koi8-r", "KOI8-R", RUSSIAN_BODY).replace(
        b'msgid ""\nmsgstr ""\n', b'msgid  "" \nmsgstr\t""\n', 1
    )
    assert parse_po(data, "t.po").entries[0].msgstr == "В лагере 66 тыс. человек."


# --- A Language header that is no language code -----------------------------------------------


@pytest.mark.parametrize(
    ("written", "place", "read_as"),
    [("templates", "ar.po", "ar"), ("Russian", "x.po", "ru"), ("العربية", "x.po", "ar")],
)
def test_a_language_header_that_is_no_code_is_read_from_the_place_or_name_and_warned(
    tmp_path: Path, written: str, place: str, read_as: str
) -> None:
    # msgfmt --check accepts any value there, and GNU reads the language from the folder.
    body = ARABIC_BODY if read_as == "ar" else RUSSIAN_BODY
    path = tmp_path / place
    text = catalog("nplurals=2; plural=n!=1;", body, language=written)
    path.write_text(text, encoding="utf-8")
    found = check_paths([path], "en").findings
    assert [(finding.code, finding.language) for finding in found] == [
        ("catalog-language", read_as)
    ]
    assert repr(written) in found[0].message
    changed = text.replace(" 66 ", " 67 ")
    path.write_text(changed, encoding="utf-8")
    assert sorted(checked_codes(path)) == ["catalog-language", "number-changed"]


def test_a_language_header_that_is_no_code_in_a_place_naming_none_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.po"
    path.write_text(catalog("nplurals=2; plural=n!=1;", RUSSIAN_BODY, language="templates"))
    with pytest.raises(CatalogError, match="cannot tell the catalog's language"):
        check_paths([path], "en")


# --- Keywords and strings laid out as tokens, not lines ------------------------------------------

# (entry text, (msgid, msgstr) read; None: refused as msgfmt refuses it)
GATE = ("Gate 4", "Ворота 4")
TOKEN_LAYOUTS = {
    "keyword alone, string below": ('msgid\n"Gate 4"\nmsgstr\n"Ворота 4"\n', GATE),
    "entry on one line": ('msgid "Gate 4" msgstr "Ворота 4"\n', GATE),
    "no blank before the strings": ('msgid"Gate 4"msgstr"Ворота 4"\n', GATE),
    "strings then the next keyword": ('msgid "Gate" " 4" msgstr "Ворота 4"\n', GATE),
    "context alone": ('msgctxt\n"door"\nmsgid "Gate 4"\nmsgstr "Ворота 4"\n', GATE),
    "obsolete keyword alone": ('#~ msgid\n#~ "Gate 4"\n#~ msgstr "Ворота 4"\n', GATE),
    "keyword never given its string": ('msgid "Gate 4"\nmsgstr\n\nmsgid "b"\nmsgstr "c"\n', None),
    "keyword followed by a keyword": ('msgid\nmsgstr "Ворота 4"\n', None),
    "keyword alone at the end": ('msgid "Gate 4"\nmsgstr\n', None),
    "a word that is no keyword": ('msgidx "Gate 4"\nmsgstr "Ворота 4"\n', None),
}


@pytest.mark.parametrize("name", TOKEN_LAYOUTS)
def test_keywords_and_strings_read_as_tokens_as_gnu_reads_them(tmp_path: Path, name: str) -> None:
    body, expected = TOKEN_LAYOUTS[name]
    data = catalog("nplurals=2; plural=n!=1;", body).encode()
    if expected is None:
        with pytest.raises(CatalogError, match="PO syntax error"):
            parse_po(data, "t.po")
    else:
        entry = parse_po(data, "t.po").entries[0]
        assert (entry.msgid, entry.msgstr) == expected
        _, messages = read_messages(data, "t.po", check.CatalogEntry)
        assert [(message.msgid, message.msgstr[0]) for message in messages[:1]] == (
            [] if entry.obsolete else [expected]
        )
    if MSGFMT is not None:
        path = tmp_path / "ru.po"
        path.write_bytes(data)
        assert msgfmt_accepts(path) == (expected is not None)


def test_a_figure_difference_in_an_entry_on_one_line_is_found(tmp_path: Path) -> None:
    path = tmp_path / "ru.po"
    body = 'msgid "Gate 4 opens" msgstr "Ворота 5 открыты"\n'
    path.write_text(catalog("nplurals=2; plural=n!=1;", body), encoding="utf-8")
    assert checked_codes(path) == ["number-changed"]
