"""The one exception tree: every error a user can cause carries the file and line to look at.

The CLI turns any `L10nError` into a one-line message on stderr and exit code 2:
"l10n: error: path:LINE: message" (`place` words "path:LINE" for every message).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class L10nError(Exception):
    """An input or usage problem the user can fix; names the file and line when known."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{place(self.path, self.line)}: {self.message}"


def place(path: str | Path, line: int | None) -> str:
    """ "path:LINE", or "path" when there is no line: how every message of l10n points at a
    place in a file (errors, warnings, refusals), as compilers and GNU gettext do."""
    from l10n.wording import visible_name

    shown = visible_name(str(path))
    return shown if line is None else f"{shown}:{line}"


class ConfigError(L10nError):
    """The project configuration ([tool.l10n] or l10n.toml) is missing or wrong."""


class NotAProjectError(ConfigError):
    """No configuration file from the working folder upwards: there is no project to work on."""


class UnknownLanguageError(L10nError):
    """A language code or locale that l10n does not support."""


class SourceError(L10nError):
    """A source statement cannot be read: encoding, front matter, structure."""


class CatalogError(L10nError):
    """A PO or POT file cannot be read or would be written wrongly."""


class UnsafePathError(L10nError):
    """A slug or language code would place output outside its folder."""


def unknown_name(kind: str, name: str, known: Iterable[str]) -> str:
    """ "unknown KIND 'name' (did you mean 'close'? known: a, b, c)": one wording for every
    misspelt key or setting, with the nearest known name when there is one."""
    from difflib import get_close_matches  # only where a name is misspelt

    choices = list(known)
    close = get_close_matches(name, choices, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown {kind} {name!r} ({hint}known: {', '.join(choices)})"
