"""Decoding what l10n reads: UTF-8, or for a catalog the charset its header declares, and a
byte that the encoding cannot decode is reported with its line."""

from __future__ import annotations

import codecs
from functools import lru_cache

from l10n.errors import L10nError

UTF8 = "utf-8"


def decode_utf8(data: bytes, path: str, error_type: type[L10nError], advice: str) -> str:
    """`data` as text without a byte-order mark; otherwise `error_type` naming the line."""
    return decode_text(data, UTF8, "UTF-8", path, error_type, advice)


def decode_text(
    data: bytes,
    encoding: str,
    name: str,
    path: str,
    error_type: type[L10nError],
    advice: str,
) -> str:
    """`data` decoded by the Python codec `encoding` (called `name` in errors), without a
    byte-order mark; otherwise `error_type` naming the line of the first byte it cannot
    decode."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise error_type(
            f"not {name}: byte 0x{data[error.start]:02x} cannot be decoded; {advice}",
            path=path,
            line=line,
        ) from error
    return text.removeprefix("\ufeff")


_ASCII = bytes(range(128))


@lru_cache(maxsize=32)
def ascii_compatible_codec(name: str) -> str | None:
    """The Python codec of the charset `name` when it reads every ASCII byte as that ASCII
    character (so that a PO file's quotes, backslashes and keywords read as written):
    KOI8-R, CP1251, ISO-8859-6, EUC-JP... None when Python knows no such charset, or one of
    another kind (UTF-16, UTF-7), which a PO file whose header is ASCII cannot be written in."""
    try:
        codec = codecs.lookup(name).name
        readable = _ASCII.decode(codec) == _ASCII.decode("ascii")
    # unknown, no text encoding ("hex"), UTF-16, or a name holding a NUL (ValueError)
    except (LookupError, UnicodeError, ValueError):
        return None
    return codec if readable else None


def refuse_nul(text: str, path: str, error_type: type[L10nError], why: str) -> None:
    """`error_type` naming the line of the first NUL character in `text`, if it holds one:
    gettext's C strings end at a NUL, so what follows it would silently vanish."""
    nul = text.find("\0")
    if nul >= 0:
        raise error_type(f"a NUL character: {why}", path=path, line=text.count("\n", 0, nul) + 1)
