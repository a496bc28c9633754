"""The project's file layout: where statements, templates and catalogs live, and finding them.

This is the one module that knows the folders and file names; every other module asks it::

    <source-dir>/<slug>.md                          a statement (Markdown with front matter)
    <locales-dir>/templates/<domain>.pot            the template of a statement, or site.pot
    <locales-dir>/<lang>/LC_MESSAGES/<domain>.po    its catalog in one target language

A domain is a statement's slug, or `site` for the page templates' UI strings. Catalogs given on
the command line (`l10n check DIR`) may also be laid out as `<dir>/<lang>.po`: one domain, one
file per language. Paths shown to people are relative to the project's root.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import CatalogError, L10nError, SourceError, UnsafePathError, place
from l10n.fsutil import locked, remove_left_temporaries
from l10n.languages import LANGUAGE_CODE, LANGUAGES, get_language
from l10n.po import Catalog
from l10n.wording import counted

if TYPE_CHECKING:  # `l10n check FILE` reads no configuration, and imports none
    from l10n.config import Config
    from l10n.model import Document

TEMPLATES_FOLDER = "templates"
# l10n's own translations of the interface texts of the templates it ships, one per language
SHIPPED_CATALOGS = Path(__file__).parent / "data" / "interface"
RETIRED_FOLDER = "retired"  # catalogs of statements that are gone, moved aside by --prune
MESSAGES_FOLDER = "LC_MESSAGES"
SITE_DOMAIN = "site"  # the page templates' UI strings, not a statement
STATEMENT_SUFFIX = ".md"


def shown_path(config: Config, path: Path) -> str:
    """How messages name a file: relative to the project's root when inside it."""
    root = config.root.resolve()
    try:
        resolved = path.resolve()
    except RuntimeError:  # a symbolic link loop (Python < 3.13): named as given, not read
        resolved = path.absolute()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else str(path)


def refuse_writing_outside(config: Config, path: Path) -> None:
    """Refuse (exit 2, naming the file, before anything is written) a catalog or template to
    write whose real place is outside the project: a symbolic link, or a folder that is one,
    leading out of it (a cloned repository's link must not make `update` write beside or above
    the project, as its configuration must not: `l10n.config`), and a link whose target does not
    exist, which writing would create wherever it points. A link inside the project is written
    through (`l10n.fsutil.atomic_write_bytes`)."""
    # named as the project holds it: `shown_path` would name where the link leads
    shown = path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else path
    if path.is_symlink() and not path.exists():
        raise UnsafePathError(
            f"a symbolic link to {os.readlink(path)}, which does not exist: l10n does not "
            "create a catalog through a link (remove the link, or create what it names)",
            path=shown,
        )
    try:
        real = path.resolve()
    except (RuntimeError, OSError) as error:  # a loop of links (Python < 3.13)
        raise UnsafePathError(
            "a loop of symbolic links: l10n cannot write it", path=shown
        ) from error
    root = config.root.resolve()
    if not real.is_relative_to(root):
        raise UnsafePathError(
            f"a symbolic link leads to {real}, outside the project: l10n writes only inside it "
            "(copy the file into the project, or link from the other side)",
            path=shown,
        )


def _domain_file_name(domain: str, suffix: str) -> str:
    if not domain or "/" in domain or "\\" in domain or domain.startswith("."):
        raise UnsafePathError(f"catalog name {domain!r} would leave the locales folder")
    return f"{domain}{suffix}"


def shipped_catalog_path(language: str) -> Path:
    """l10n's own translation into `language` of its templates' English interface texts."""
    return SHIPPED_CATALOGS / _domain_file_name(language, ".po")


@contextmanager
def project_lock(config: Config) -> Iterator[None]:
    """The lock a run holds while it reads and writes the project's catalogs: a file in the
    project's root, which exists before anything is written, so that a run that fails early
    leaves no folder behind (and, as every lock, no lock file). Once it is held, the temporary
    files of catalog writes a killed run left are removed: no run is writing them."""
    with locked(config.root):
        if config.locales_path.is_dir():
            remove_left_temporaries(config.locales_path)
        yield


# --- Templates and catalogs of a project ------------------------------------------------------


def templates_folder(config: Config) -> Path:
    return config.locales_path / TEMPLATES_FOLDER


def template_path(config: Config, domain: str) -> Path:
    return templates_folder(config) / _domain_file_name(domain, ".pot")


def catalog_path(config: Config, language: str, domain: str) -> Path:
    """The catalog of `domain` in `language` ("ar_SY" is filed under "ar")."""
    code = get_language(language).code
    return config.locales_path / code / MESSAGES_FOLDER / _domain_file_name(domain, ".po")


def template_files(config: Config) -> dict[str, Path]:
    """The templates on disk by domain, in name order; an error when there is no folder yet."""
    folder = templates_folder(config)
    if not folder.is_dir():
        raise CatalogError(
            "no templates yet: run `l10n extract` first", path=shown_path(config, folder)
        )
    return {path.stem: path for path in sorted(folder.glob("*.pot"))}


def retired_places(config: Config, domain: str, paths: Sequence[Path]) -> dict[Path, Path]:
    """Where `l10n update --prune` moves the template and catalogs (`paths`) of a statement that
    is gone: `<locales-dir>/retired/<domain>/`, each file at its place under the locales folder,
    so that moving them back restores them. A folder that holds any of them already (the same
    name retired before) is never written into: the next free `<domain>-2`, `-3`... is."""
    relative = [path.relative_to(config.locales_path) for path in paths]
    number = 1
    while True:
        name = domain if number == 1 else f"{domain}-{number}"
        folder = config.locales_path / RETIRED_FOLDER / _domain_file_name(name, "")
        places = {path: folder / part for path, part in zip(paths, relative, strict=True)}
        if not any(place.exists() for place in places.values()):
            return places
        number += 1


@dataclass(frozen=True)
class CatalogFile:
    """A catalog of the project on disk: which language and domain it holds, and where."""

    language: str
    domain: str
    path: Path


def project_catalogs(config: Config, languages: Sequence[str] = ()) -> list[CatalogFile]:
    """The catalogs on disk of the project's target languages (or of `languages`), by language
    then domain; none yet is an empty list."""
    found: list[CatalogFile] = []
    for language in languages or config.target_langs:
        folder = config.locales_path / language / MESSAGES_FOLDER
        found.extend(CatalogFile(language, path.stem, path) for path in sorted(folder.glob("*.po")))
    return found


def read_po_file(config: Config, path: Path) -> Catalog | None:
    """The catalog or template at `path`, or None when there is none; errors name it as
    `shown_path` does."""
    # Imported here: it brings the writing and merging of catalogs, which `l10n check`, the
    # most frequent user of this module, never needs.
    from l10n.catalog_file import read_catalog_file

    shown = shown_path(config, path)
    catalog = read_catalog_file(path, shown)
    header = catalog.header_value("Language") if catalog is not None else None
    if header and path.parent.name == MESSAGES_FOLDER:
        try:
            agrees = get_language(header).code == language_of_path(path)
        except L10nError:
            agrees = False
        if not agrees:  # the bytes read again only to name the line
            catalog_language(Path(shown), header, path.read_bytes())
    return catalog


def catalog_language(path: Path, header: str, data: bytes) -> str:
    """The language of the catalog at `path` whose Language header says `header`, `data` being
    (the start of) its bytes: the header's, else its place's. An unknown language is refused;
    so is a header that a `<lang>/LC_MESSAGES/` folder contradicts (an editor's setting gone
    wrong): gettext and `l10n build` show such a catalog as the folder's language, and checked
    or merged as the header's, it would pass for what it is not. A `<lang>.po` file's name is
    only a name."""
    at = data.find(b'"Language:')
    line = data.count(b"\n", 0, at) + 1 if at >= 0 else None
    code = header_language_code(header)
    if code:
        try:
            language = get_language(code).code
        except L10nError as error:
            raise CatalogError(f"Language header: {error.message}", path=path, line=line) from error
    else:
        found = language_of_path(path)
        if found is None and path.suffix == ".pot":
            raise CatalogError(
                "a template (.pot) names no language and holds no translations: check the PO "
                "files translated from it",
                path=path,
            )
        if found is None:
            raise CatalogError(
                "cannot tell the catalog's language: set its Language header or keep it in "
                "locales/<lang>/LC_MESSAGES/",
                path=path,
            )
        language = found
    placed = language_of_path(path) if path.parent.name == MESSAGES_FOLDER else None
    if placed is not None and placed != language:
        raise CatalogError(
            f"the Language header says {language} but the catalog is in the {placed} folder: "
            f"set the header to {placed}, or move the file",
            path=path,
            line=line,
        )
    return language


# --- Statements --------------------------------------------------------------------------------


def statement_files(config: Config) -> list[Path]:
    """The statements' files, in name order. A name that is not UTF-8 is refused: it names
    the statement's catalogs and stands in their references, which are UTF-8 text."""
    files = sorted(config.source_path.glob(f"*{STATEMENT_SUFFIX}"))
    for path in files:
        try:
            path.name.encode("utf-8")
        except UnicodeEncodeError:
            raise SourceError(
                "the file's name is not UTF-8: rename it (it names the statement's catalogs)",
                path=shown_path(config, path),
            ) from None
    return files


def read_statements(config: Config) -> list[Document]:
    """The statements of the project, in file-name order; their slugs name their catalogs, so
    each must be unique and none may be the UI strings' domain."""
    # Reading Markdown and YAML is imported here, not above: `l10n check` never needs it.
    from l10n.sources import read_statement_file

    documents: list[Document] = []
    used: dict[str, tuple[Path, str]] = {}
    for path in statement_files(config):
        reference = shown_path(config, path)
        document = read_statement_file(path, config.source_lang, reference)
        slug, line = document.meta.slug, document.meta.slug_line
        refuse_slug_in_use(slug, path, used, reference, line)
        used[slug] = (path, place(reference, line))
        documents.append(document)
    return documents


def statement_slugs(documents: Iterable[Document]) -> dict[str, tuple[Path, str]]:
    """slug -> (file, "path:LINE" of its `slug:` field) for `documents` as `read_statements`
    gives them: what a new statement must not use."""
    return {
        document.meta.slug: (Path(document.path), place(document.path, document.meta.slug_line))
        for document in documents
    }


def refuse_slug_in_use(
    slug: str,
    file: Path,
    used: Mapping[str, tuple[Path, str]],
    reference: str,
    line: int | None = None,
) -> None:
    """A `SourceError` at `reference`:`line` when `slug`, written for the statement `file`, is
    the UI strings' domain, or names another file's statement in `used` (slug -> (file,
    where)): two statements would write one catalog, and every command would refuse both."""
    if slug == SITE_DOMAIN:
        raise SourceError(
            f"slug {slug!r} is reserved for the site's UI strings", path=reference, line=line
        )
    other = used.get(slug)
    if other is not None and other[0].name != file.name:
        raise SourceError(f"slug {slug!r} is also used by {other[1]}", path=reference, line=line)


# --- Catalogs named on the command line --------------------------------------------------------


def find_po_files(paths: Iterable[Path]) -> list[Path]:
    """PO files named or found (recursively) in the folders named, sorted, each once."""
    paths = list(paths)
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.po")))
        elif path.is_file():
            if path.suffix == ".mo":
                raise CatalogError(
                    "a compiled MO catalog: l10n checks PO files (msgunfmt turns an MO file "
                    "back into PO)",
                    path=path,
                )
            if path.suffix not in (".po", ".pot"):
                raise CatalogError("not a PO file (catalogs are *.po files)", path=path)
            found.append(path)
        else:
            raise CatalogError("no such file or folder", path=path)
    unique = list(dict.fromkeys(found))
    if not unique:
        compiled = sum(1 for path in paths if path.is_dir() for _ in path.rglob("*.mo"))
        also = f" ({counted(compiled, 'compiled .mo file')}: msgunfmt turns them back into PO)"
        raise CatalogError(
            f"no PO catalogs found{also if compiled else ''}",
            path=", ".join(str(p) for p in paths),
        )
    return unique


def header_language_code(header: str) -> str:
    """The language code a Language header gives: the value when it is written as a code
    ("ru", "ar_SY"), the code of a language l10n knows by name ("Russian", "العربية"), else ""
    (as for an empty header: the catalog's place tells). GNU gettext reads no language from
    the header (a catalog is of its folder's), and msgfmt --check accepts any value there;
    translators' tools have written "templates" or "Russian" in it."""
    value = header.strip()
    if not value or LANGUAGE_CODE.fullmatch(value) is not None:
        return value
    names = {
        name.casefold(): language.code
        for language in LANGUAGES.values()
        for name in (language.english_name, language.native_name)
    }
    return names.get(value.casefold(), "")


def language_of_path(path: Path) -> str | None:
    """The language a catalog's place names (`<lang>/LC_MESSAGES/x.po` or `<lang>.po`), if any."""
    name = path.parent.parent.name if path.parent.name == MESSAGES_FOLDER else path.stem
    try:
        return get_language(name).code
    except L10nError:
        return None


def domain_of_path(path: Path) -> str:
    """Which catalogs translate the same text: one domain for the same file name in sibling
    `<lang>/LC_MESSAGES/` folders, or for the `<lang>.po` files of one folder."""
    if path.parent.name == MESSAGES_FOLDER:
        return f"{path.parent.parent.parent}/{path.stem}"
    try:
        get_language(path.stem)
    except L10nError:
        return f"{path.parent}/{path.stem}"
    return f"{path.parent}/"
