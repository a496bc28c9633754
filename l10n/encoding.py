"""Decoding what l10n reads: UTF-8 only, and a byte that is not UTF-8 is reported with its line."""

from __future__ import annotations

from l10n.errors import L10nError


def decode_utf8(data: bytes, path: str, error_type: type[L10nError], advice: str) -> str:
    """`data` as text without a byte-order mark; otherwise `error_type` naming the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise error_type(
            f"not UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; {advice}",
            path=path,
            line=line,
        ) from error
    return text.removeprefix("\ufeff")


def refuse_nul(text: str, path: str, error_type: type[L10nError], why: str) -> None:
    """`error_type` naming the line of the first NUL character in `text`, if it holds one:
    gettext's C strings end at a NUL, so what follows it would silently vanish."""
    nul = text.find("\0")
    if nul >= 0:
        raise error_type(f"a NUL character: {why}", path=path, line=text.count("\n", 0, nul) + 1)
