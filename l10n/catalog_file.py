"""Catalog files on disk: the one place where the bytes of a PO or POT file are read and written.

Every command that reads a catalog of the project reads it with `read_catalog_file`, and every
command that writes one gets its bytes from `catalog_bytes`, which refuses (with a
`CatalogError`, so the command stops with exit code 2) to write

- a file that l10n itself would refuse to read (it parses the bytes back), and
- a file in which a translation of the catalog it replaces is missing: every translated text of
  the old catalog, plural form by plural form, must still be there, on an entry with the same
  msgctxt and msgid (active or obsolete) or carried to a changed sentence as fuzzy with the old
  msgid as its `#|` msgid (`l10n.merge.lost_translations`).

Callers compute the bytes of every file of a run first and write only when all of them passed,
each file atomically (`l10n.fsutil`).
"""

from __future__ import annotations

from pathlib import Path

from l10n.errors import CatalogError
from l10n.fsutil import atomic_write_bytes
from l10n.merge import lost_translations
from l10n.po import Catalog, parse_po, serialize_po


def read_catalog_file(path: Path, shown: str) -> Catalog | None:
    """The catalog at `path`, None when there is no file; `shown` names it in errors."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError as error:
        raise CatalogError("a folder stands where a catalog file should be", path=shown) from error
    except OSError as error:
        raise CatalogError(f"cannot read the catalog: {error.strerror}", path=shown) from error
    return parse_po(data, shown)


def catalog_bytes(new: Catalog, old: Catalog | None, shown: str) -> bytes:
    """The bytes to write for `new` in place of `old`, once both promises above are checked."""
    data = serialize_po(new)
    try:
        written = parse_po(data, shown)
    except CatalogError as error:
        raise CatalogError(
            f"refusing to write a catalog l10n could not read back ({error.message}); "
            "the input that leads to it must be fixed first",
            path=shown,
            line=error.line,
        ) from error
    if old is not None:
        lost = lost_translations(old.entries, written.entries)
        if lost:
            raise CatalogError(
                f"refusing to write: the translation of {lost[0].msgid[:60]!r} would be lost",
                path=shown,
                line=lost[0].line or None,
            )
    return data


def write_catalog_file(path: Path, data: bytes, shown: str) -> None:
    """Replace the file at `path` with `data` (from `catalog_bytes`) in one step."""
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise CatalogError(f"cannot write the catalog: {error.strerror}", path=shown) from error
