"""PO catalogs as values, and their bytes: read with polib, written exactly as GNU `msgcat` writes.

`parse_po(data, path)` turns the bytes of a PO or POT file into a `Catalog`; every problem
(not UTF-8, a syntax error, a duplicate entry, a charset other than UTF-8) becomes a
`CatalogError` naming the file and line. `serialize_po(catalog)` gives the bytes GNU gettext
0.21 writes for the same catalog: comment order, 79-column wrapping (`l10n.gnu_wrap`), obsolete
entries last. Serializing the same catalog twice gives the same bytes, and those bytes pass
`msgfmt --check`. No file access here: callers read and write the bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import polib
from babel.messages.plurals import get_plural

from l10n.errors import CatalogError
from l10n.gnu_wrap import PAGE_WIDTH, wrap_field
from l10n.languages import get_language

FUZZY = "fuzzy"
NO_WRAP = "no-wrap"  # GNU writes such an entry's strings unwrapped, breaking only after newlines

# Babel's Arabic rule orders forms 4 and 5 differently from GNU gettext and Weblate; the GNU
# rule keeps catalogs interchangeable with the tools translators use.
GNU_PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5;",
}

Key = tuple[str | None, str]  # (msgctxt, msgid): what identifies an entry in a catalog


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

    def with_fuzzy(self, fuzzy: bool) -> Entry:
        others = tuple(flag for flag in self.flags if flag != FUZZY)
        return replace(self, flags=(FUZZY, *others) if fuzzy else others)


@dataclass(frozen=True)
class Catalog:
    """A PO or POT file: header fields in order, header comments, and the entries."""

    header: tuple[tuple[str, str], ...] = ()
    header_comments: tuple[str, ...] = ()
    header_fuzzy: bool = False
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    def header_value(self, name: str) -> str | None:
        for key, value in self.header:
            if key.lower() == name.lower():
                return value
        return None

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


def plural_forms(language: str) -> str:
    """The Plural-Forms header for `language`: CLDR's rule from Babel, GNU's for Arabic."""
    code = get_language(language).code
    if code in GNU_PLURAL_FORMS:
        return GNU_PLURAL_FORMS[code]
    return str(get_plural(code).plural_forms)


# ---------------------------------------------------------------------------------------------
# Reading


_POLIB_LINE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")
_OBSOLETE_PREVIOUS = re.compile(r"^#~\|", re.MULTILINE)
_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.IGNORECASE)


def parse_po(data: bytes, path: str) -> Catalog:
    """A catalog from the bytes of a PO/POT file; `path` names the file in error messages."""
    text = _decode(data, path)
    msgid_lines = _checked_syntax(text, path)
    try:
        # polib skips `#~|` lines: read an obsolete entry's previous msgid as an active one's.
        parsed = polib.pofile(_OBSOLETE_PREVIOUS.sub("#|", text), wrapwidth=0)
    except Exception as error:  # polib signals every syntax problem with a bare exception
        raise _syntax_error(error, text, path) from error
    catalog = Catalog(
        header=tuple(parsed.ordered_metadata()),
        header_comments=tuple(parsed.header.split("\n")) if parsed.header else (),
        header_fuzzy=bool(parsed.metadata_is_fuzzy),
        # The header is not among polib's entries: its msgid is the first, so count from the end.
        entries=tuple(
            _entry(item, line)
            for item, line in zip(
                parsed, msgid_lines[len(msgid_lines) - len(parsed) :], strict=False
            )
        ),
    )
    _check_charset(catalog, path)
    _check_duplicates(catalog, path)
    return catalog


def _decode(data: bytes, path: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CatalogError(
            f"not UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; "
            "l10n reads and writes catalogs in UTF-8",
            path=path,
            line=line,
        ) from error
    return text.removeprefix("\ufeff")


_STRING = '"(?:[^"\\\\]|\\\\(?:[abfnrtv\\\\"\'?]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"'
_DATA_PREFIX = r"(?:#~\s*)?(?:#~?\|\s*)?"  # obsolete and previous-msgid markers
_DATA_START = re.compile(_DATA_PREFIX + '(?:msg|")')
_DATA_LINE = re.compile(
    _DATA_PREFIX + r"(?:(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s*)?" + _STRING + r"\s*"
)
_MSGID_LINE = re.compile(r"(?:#~\s*)?msgid\s")


def _checked_syntax(text: str, path: str) -> list[int]:
    """Check each line's syntax (polib lets an unterminated string or a bad escape through);
    return the line of every msgid, which becomes the line of its entry."""
    msgid_lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or (stripped[0] == "#" and not _DATA_START.match(stripped)):
            continue  # blank, or a comment
        if not _DATA_LINE.fullmatch(stripped):
            raise CatalogError(
                "PO syntax error: expected a keyword (msgid, msgstr, ...) and a quoted string, "
                f"got: {stripped[:60]}",
                path=path,
                line=number,
            )
        if _MSGID_LINE.match(stripped):
            msgid_lines.append(number)
    return msgid_lines


def _syntax_error(error: Exception, text: str, path: str) -> CatalogError:
    found = _POLIB_LINE.search(str(error))
    if found is None:
        return CatalogError(f"not a valid PO file: {error}", path=path)
    line = int(found.group(1))
    detail = found.group(2) or "syntax error"
    lines = text.splitlines()
    shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    message = f"PO syntax error: {detail}" + (f": {shown[:60]}" if shown else "")
    return CatalogError(message, path=path, line=line)


def _check_charset(catalog: Catalog, path: str) -> None:
    content_type = catalog.header_value("Content-Type")
    if content_type is None:
        return
    charset = _CHARSET.search(content_type)
    if charset and charset.group(1).upper() not in ("UTF-8", "CHARSET"):
        raise CatalogError(
            f"charset {charset.group(1)} is not supported: convert the catalog to UTF-8",
            path=path,
            line=1,
        )


def _check_duplicates(catalog: Catalog, path: str) -> None:
    seen: dict[tuple[bool, Key], Entry] = {}
    for entry in catalog.entries:
        identity = (entry.obsolete, entry.key)
        if identity in seen:
            context = f" (context {entry.msgctxt!r})" if entry.msgctxt is not None else ""
            raise CatalogError(
                f"duplicate message {entry.msgid[:50]!r}{context}, "
                f"first defined at line {seen[identity].line}",
                path=path,
                line=entry.line,
            )
        seen[identity] = entry


def _entry(item: polib.POEntry, line: int) -> Entry:
    plural = item.msgid_plural or None
    return Entry(
        msgid=item.msgid,
        msgstr=item.msgstr if plural is None else "",
        msgctxt=item.msgctxt,
        msgid_plural=plural,
        msgstr_plural=(
            tuple(item.msgstr_plural[index] for index in sorted(item.msgstr_plural))
            if plural is not None
            else ()
        ),
        translator_comments=tuple(item.tcomment.split("\n")) if item.tcomment else (),
        extracted_comments=tuple(item.comment.split("\n")) if item.comment else (),
        references=tuple(
            (file, int(line) if line.isdigit() else None) for file, line in item.occurrences
        ),
        flags=tuple(item.flags),
        previous_msgctxt=item.previous_msgctxt,
        previous_msgid=item.previous_msgid,
        previous_msgid_plural=item.previous_msgid_plural,
        obsolete=bool(item.obsolete),
        line=line,
    )


# ---------------------------------------------------------------------------------------------
# Writing


def serialize_po(catalog: Catalog) -> bytes:
    """The bytes GNU gettext writes for `catalog`: header, active entries, then obsolete ones.

    Like msgcat, an obsolete entry without a translation is left out (it holds nothing to
    keep), and `fuzzy` is not written on an entry that has no translation.
    """
    blocks = [_header_lines(catalog)]
    blocks += [_entry_lines(entry) for entry in catalog.active]
    blocks += [_obsolete_lines(entry) for entry in catalog.obsolete if entry.has_translation_text]
    return ("\n".join("\n".join(lines) + "\n" for lines in blocks)).encode("utf-8")


def _header_lines(catalog: Catalog) -> list[str]:
    lines = [_comment("#", text) for text in catalog.header_comments]
    if catalog.header_fuzzy:
        lines.append("#, fuzzy")
    header_text = "".join(f"{key}: {value}\n" for key, value in catalog.header)
    lines += wrap_field("", "msgid", "")
    lines += wrap_field("", "msgstr", header_text)
    return lines


def _comment(marker: str, text: str) -> str:
    return f"{marker} {text}" if text else marker


def _entry_lines(entry: Entry) -> list[str]:
    lines = [_comment("#", text) for text in entry.translator_comments]
    lines += [_comment("#.", text) for text in entry.extracted_comments]
    lines += _reference_lines(entry.references)
    flags = _written_flags(entry)
    if flags:
        lines.append("#, " + ", ".join(flags))
    lines += _previous_lines(entry, "#| ")
    lines += _message_lines(entry, "")
    return lines


def _obsolete_lines(entry: Entry) -> list[str]:
    lines = [_comment("#", text) for text in entry.translator_comments]
    lines += [_comment("#.", text) for text in entry.extracted_comments]
    flags = _written_flags(entry)
    if flags:
        lines.append("#, " + ", ".join(flags))
    lines += _previous_lines(entry, "#~| ")
    lines += _message_lines(entry, "#~ ")
    return lines


def _written_flags(entry: Entry) -> list[str]:
    others = [flag for flag in entry.flags if flag != FUZZY]
    return [FUZZY, *others] if entry.fuzzy and entry.has_translation_text else others


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
