"""The site build: what may be published, and writing it so a failed build changes nothing.

Owns the publishing policies of `l10n build`: a language version whose figures differ from the
source is refused (unless forced); an untranslated or fuzzy sentence is refused, or with
`allow_partial` shown in the source language; every output path stays inside the output
folder. Pages are rendered into memory by `l10n.site`, written into a staging folder beside
the output, and swapped in at the end, so the previous site survives any failure.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from l10n.catalog import StaleCatalog, sentences_out_of_date, template_entries
from l10n.check import NEVER_PUBLISHED, STALE
from l10n.config import Config
from l10n.errors import CatalogError, L10nError, UnsafePathError
from l10n.fsutil import exchange_folders, locked
from l10n.layout import SITE_DOMAIN, catalog_path, read_po_file, read_statements, shown_path
from l10n.model import Block, Document, Segment
from l10n.po import Catalog, Key
from l10n.site import (
    PACKAGE_STATIC,
    LocalizedBlock,
    LocalizedStatement,
    Run,
    SiteRenderer,
    UiMessage,
    UiTranslations,
    header_plural_rule,
    ui_messages,
)

SITE_MARKER = ".l10n-site"  # names a folder as one l10n built, so replacing it is safe
SAFE_PATH_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
STATIC_FOLDER = "static"
# Beside the output folder while a build runs: the new site, and the previous one being removed.
STAGING, RETIRED = "new", "old"
RETIRED_MARKER = ".l10n-retired"  # names a retired folder as one a build made
# Names a staging folder as one a build made, from its creation until it is swapped in (the
# published site never keeps it; a copy a user made of the site never has it).
STAGING_MARKER = ".l10n-unfinished"
# What tempfile.mkdtemp adds to the prefix: a folder without a marker that is empty and named
# so was made by a build killed before it could write the marker, or after it removed it.
_MKDTEMP_SUFFIX = re.compile(r"[a-z0-9_]{8}")
QUOTE_LENGTH = 70


class FindingLike(Protocol):
    """What the build reads of a figure-check finding (`l10n.check.Finding`)."""

    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def language(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def message(self) -> str: ...


FigureCheck = Callable[[Config], Sequence[FindingLike]]


@dataclass(frozen=True)
class Issue:
    """Why a language version cannot be published as is (or, when allowed, how it was not)."""

    file: str
    line: int | None
    language: str
    code: str  # a finding's code from `l10n check`, "untranslated", "fuzzy", "catalog-stale"
    message: str


@dataclass(frozen=True)
class BuildOptions:
    out: Path
    force: bool = False  # publish despite figure findings
    allow_partial: bool = False  # publish untranslated sentences in the source language
    base_url: str | None = None  # makes hreflang alternates absolute


@dataclass(frozen=True)
class BuildResult:
    out: Path
    written: bool
    pages: int = 0
    refusals: tuple[Issue, ...] = ()  # why nothing was written
    overridden: tuple[Issue, ...] = ()  # published anyway, by --force or --allow-partial


@dataclass(frozen=True)
class Translation:
    text: str
    fuzzy: bool = False
    merged: bool = False  # covered by the previous sentence's translation (po.MERGED_MARKER)


Translations = dict[Key, Translation]  # a statement's translations in one language


@dataclass
class Localization:
    statements: list[LocalizedStatement] = field(default_factory=list)
    gaps: list[Issue] = field(default_factory=list)
    stale: list[Issue] = field(default_factory=list)  # catalogs `l10n update` would change


# --- Pure policy: localizing documents ---------------------------------------------------


def _quote(text: str) -> str:
    short = text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1] + "…"
    return f"“{short}”"


def _translation_of(
    segment: Segment, block: Block, translations: Translations
) -> Translation | None:
    """The entry translating `segment`, under the key `l10n extract` gave it.

    A context set on the segment is the key. Otherwise extraction gives a sentence its block
    kind as msgctxt when the same text also stands in blocks of other kinds (a title repeated
    as a heading), and no context when it does not: the kind is tried first, then none.
    """
    if segment.msgctxt is not None:
        return translations.get((segment.msgctxt, segment.text))
    return translations.get((block.kind.value, segment.text)) or translations.get(
        (None, segment.text)
    )


def localize_block(
    block: Block, translations: Translations, language: str, path: str
) -> tuple[LocalizedBlock, list[Issue]]:
    """A block in `language` (fallback sentences marked) and the sentences that fell back."""
    runs: list[Run] = []
    gaps: list[Issue] = []
    for segment in block.segments:
        found = _translation_of(segment, block, translations)
        if found is not None and found.merged and not found.text.strip():
            if runs and not runs[-1].fallback:
                continue  # the previous sentence's translation says this one too
            # the previous sentence fell back to the source: so does this one, without a gap
            text, fallback = segment.text, True
        elif found is None or not found.text.strip():
            gaps.append(
                Issue(
                    path,
                    segment.line,
                    language,
                    "untranslated",
                    f"not translated into {language}: {_quote(segment.text)}",
                )
            )
            text, fallback = segment.text, True
        elif found.fuzzy:
            gaps.append(
                Issue(
                    path,
                    segment.line,
                    language,
                    "fuzzy",
                    f"fuzzy translation into {language} needs review: {_quote(segment.text)}",
                )
            )
            text, fallback = segment.text, True
        else:
            text, fallback = found.text, False
        if runs and runs[-1].fallback == fallback:
            runs[-1] = Run(f"{runs[-1].text} {text}", fallback)
        else:
            runs.append(Run(text, fallback))
    return LocalizedBlock(block, tuple(runs)), gaps


def localize(
    document: Document, translations: Translations | None, language: str
) -> tuple[LocalizedStatement, list[Issue]]:
    """`document` in `language`; the source language is its own translation."""
    blocks: list[LocalizedBlock] = []
    gaps: list[Issue] = []
    for block in document.blocks:
        if translations is None:
            blocks.append(LocalizedBlock(block, (Run(" ".join(s.text for s in block.segments)),)))
            continue
        localized, block_gaps = localize_block(block, translations, language, document.path)
        blocks.append(localized)
        gaps.extend(block_gaps)
    return LocalizedStatement(document, language, tuple(blocks)), gaps


def page_path(*folders: str) -> PurePosixPath:
    """`folders/index.html` inside the output folder; a folder such as "..", "/etc" or "a/b"
    (a language code or slug that would escape it) is refused."""
    for folder in folders:
        if not SAFE_PATH_PART.match(folder):
            raise UnsafePathError(
                f"{folder!r} cannot name an output folder: use letters, digits, '-' and '_' "
                "(no '/', '..' or absolute paths)"
            )
    return PurePosixPath(*folders, "index.html")


def render_site(
    config: Config,
    statements: dict[str, list[LocalizedStatement]],
    ui: dict[str, UiTranslations],
    base_url: str | None = None,
) -> dict[PurePosixPath, str]:
    """Every page of the site by its path inside the output folder, in a stable order."""
    renderer = SiteRenderer(config, ui, base_url)
    pages: dict[PurePosixPath, str] = {page_path(): renderer.site_index()}
    for language in config.languages:
        localized = statements[language]
        pages[page_path(language)] = renderer.language_index(language, localized)
        for statement in sorted(localized, key=lambda s: s.slug):
            path = page_path(language, statement.slug)
            pages[path] = renderer.statement_page(statement, config.languages)
    return pages


# --- File adapters -----------------------------------------------------------------------


def translations_of(catalog: Catalog | None) -> Translations:
    """A statement catalog's translations by (msgctxt, msgid), fuzzy ones marked; untranslated
    entries are left out, and plural entries have no place here."""
    if catalog is None:
        return {}
    return {
        entry.key: Translation(entry.msgstr, entry.fuzzy, entry.merged)
        for entry in catalog.active
        if entry.msgid_plural is None and entry.msgstr
    }


def ui_translations_of(
    catalog: Catalog | None,
    language: str,
    path: str,
    interface: Sequence[UiMessage] = (),
) -> UiTranslations:
    """The UI strings of one language from its site.po; English furniture when there is none.
    A text of `interface` shown untranslated is marked with the language it is written in."""
    written_in = {message.text: message.language for message in interface}
    header = catalog.header_value("Plural-Forms") if catalog is not None else None
    try:
        plural = header_plural_rule(header, language)
    except ValueError as error:
        raise CatalogError(f"Plural-Forms header cannot be read: {error}", path=path) from error
    if catalog is None:
        return UiTranslations(plural=plural, language=language, written_in=written_in)
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for entry in catalog.active:
        if entry.fuzzy or not entry.translated:
            continue
        if entry.msgid_plural is not None:
            plurals[entry.msgid] = entry.msgstr_plural
        else:
            messages[entry.msgid] = entry.msgstr
    return UiTranslations(messages, plurals, plural, language, written_in)


def ui_gaps(
    messages: Sequence[UiMessage], catalog: Catalog | None, language: str, path: str
) -> list[Issue]:
    """The interface texts a page in `language` would show untranslated (or fuzzy), from its
    catalog at `path`. A text written in `language` itself needs no translation."""
    needed = [message for message in messages if message.language != language]
    if not needed:
        return []
    if catalog is None:
        return [
            Issue(
                path,
                None,
                language,
                "untranslated",
                f"no {language} catalog of the interface texts: {path} (run `l10n update`)",
            )
        ]
    entries = {entry.msgid: entry for entry in catalog.active if entry.msgctxt is None}
    gaps: list[Issue] = []
    for message in needed:
        entry = entries.get(message.text)
        if entry is None:
            gaps.append(
                Issue(
                    path,
                    None,
                    language,
                    "untranslated",
                    f"interface text missing from the {language} catalog (run `l10n update`): "
                    f"{_quote(message.text)}",
                )
            )
        elif not entry.translated:
            gaps.append(
                Issue(
                    path,
                    entry.line or None,
                    language,
                    "untranslated",
                    f"interface text not translated into {language}: {_quote(message.text)}",
                )
            )
        elif entry.fuzzy:
            gaps.append(
                Issue(
                    path,
                    entry.line or None,
                    language,
                    "fuzzy",
                    f"fuzzy interface text in {language} needs review: {_quote(message.text)}",
                )
            )
    return gaps


def localize_project(config: Config, documents: Sequence[Document], language: str) -> Localization:
    result = Localization()
    for document in documents:
        if language == config.source_lang:
            statement, gaps = localize(document, None, language)
        else:
            path = catalog_path(config, language, document.meta.slug)
            catalog = read_po_file(config, path)
            statement, gaps = localize(document, translations_of(catalog), language)
            lacking, gone = (
                sentences_out_of_date(template_entries(document), catalog)
                if catalog is not None
                else ([], [])
            )
            if lacking or gone:
                # The sentences would be called untranslated although their translations are
                # there under the old text: the one thing to say is to update the catalogs.
                stale = StaleCatalog(
                    language,
                    document.meta.slug,
                    path,
                    document.path,
                    tuple(lacking),
                    tuple(gone),
                )
                where = shown_path(config, path)
                issue = Issue(where, stale.line, language, STALE, stale.describe())
                result.stale.append(issue)
                gaps = []
            elif catalog is None:
                # One line says it better than every sentence of the statement listed.
                missing = shown_path(config, path)
                gaps = [
                    Issue(
                        document.path,
                        None,
                        language,
                        "untranslated",
                        f"no {language} catalog: {missing} (run `l10n update`)",
                    )
                ]
        result.statements.append(statement)
        result.gaps.extend(gaps)
    return result


def _figure_issues(config: Config, findings: Sequence[FindingLike]) -> list[Issue]:
    # The check names catalogs as it was given them; the build names every file from the root.
    return [
        Issue(shown_path(config, Path(f.file)), f.line, f.language, f.code, f.message)
        for f in findings
        if f.severity == "error"
    ]


def build_site(config: Config, options: BuildOptions, figure_check: FigureCheck) -> BuildResult:
    """Check, localize, render and publish the site; refuse and write nothing on a policy issue."""
    out = _checked_output_folder(config, options.out)
    documents = read_statements(config)
    # Read by the build before the figure check reads them: errors name files from the root.
    localizations = {
        language: localize_project(config, documents, language) for language in config.languages
    }
    gaps = [gap for localization in localizations.values() for gap in localization.gaps]
    interface = ui_messages(config, documents)
    ui: dict[str, UiTranslations] = {}
    for language in config.languages:
        path = catalog_path(config, language, SITE_DOMAIN)
        shown = shown_path(config, path)
        catalog = read_po_file(config, path)
        ui[language] = ui_translations_of(catalog, language, shown, interface)
        gaps += ui_gaps(interface, catalog, language, shown)
    try:
        findings = figure_check(config)
    except L10nError as error:
        # What only the check refuses (a catalog's header) is named like everything else here.
        if error.path is not None:
            error.path = shown_path(config, Path(error.path))
        raise
    check_issues = _figure_issues(config, findings)
    figure_issues = [issue for issue in check_issues if issue.code not in NEVER_PUBLISHED]
    stale = [issue for localization in localizations.values() for issue in localization.stale]
    refusals = [
        # Neither --force nor --allow-partial: the pages would not say what the source says.
        *stale,
        *(issue for issue in check_issues if issue.code in NEVER_PUBLISHED),
        *([] if options.force else figure_issues),
        *([] if options.allow_partial else gaps),
    ]
    if refusals:
        return BuildResult(out, written=False, refusals=tuple(refusals))
    overridden = [
        *(figure_issues if options.force else []),
        *(gaps if options.allow_partial else []),
    ]
    statements = {language: loc.statements for language, loc in localizations.items()}
    pages = render_site(config, statements, ui, options.base_url)
    publish(out, pages)
    return BuildResult(out, written=True, pages=len(pages), overridden=tuple(overridden))


def _checked_output_folder(config: Config, out: Path) -> Path:
    """`out` made absolute; refused when replacing it could destroy something else."""
    out = (config.root / out).resolve()
    inputs = [config.source_path, config.locales_path, config.templates_path]
    for folder in (config.root.resolve(), *(path.resolve() for path in inputs)):
        if folder.is_relative_to(out):
            raise UnsafePathError(
                f"the output folder would replace {folder}: choose a folder of its own", path=out
            )
    for folder in inputs:
        if out.is_relative_to(folder.resolve()):
            raise UnsafePathError(
                f"the output folder is inside the project's {folder.name}/: choose another",
                path=out,
            )
    if out.exists() and not out.is_dir():
        raise UnsafePathError("the output path is a file, not a folder", path=out)
    if out.is_dir() and any(out.iterdir()) and not (out / SITE_MARKER).is_file():
        raise UnsafePathError(
            f"the output folder is not empty and was not built by l10n (no {SITE_MARKER}); "
            "remove it or choose another",
            path=out,
        )
    return out


def publish(out: Path, pages: dict[PurePosixPath, str]) -> None:
    """Write the site into a staging folder beside `out`, then swap it in.

    Before it starts, what a killed build left beside `out` is put right (`clear_leftovers`):
    a site it had retired is moved back when `out` is missing, and the staging and retired
    folders it made are removed. Only folders a build made are ever removed: named
    `.<out>.new-*` or `.<out>.old-*` and holding the marker it wrote first.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    with locked(out.parent):
        clear_leftovers(out)
        staging = _made_folder(out, STAGING, STAGING_MARKER)
        try:
            # No file needs an atomic write of its own: nothing here is seen before the swap.
            for relative, html in pages.items():
                target = staging / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(html, encoding="utf-8")
            shutil.copytree(PACKAGE_STATIC, staging / STATIC_FOLDER)
            (staging / SITE_MARKER).write_text("built by l10n\n", encoding="utf-8")
            os.chmod(staging, 0o755)
            _swap_in(staging, out)
        except BaseException:
            if staging.exists():
                _remove_made_folder(staging)
            raise


def _made_folder(out: Path, kind: str, marker: str) -> Path:
    """A new folder beside `out`, marked as made by this build before anything goes in."""
    folder = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.{kind}-"))
    try:
        # The folder's name in its own bytes, whatever they are (a name need not be UTF-8).
        (folder / marker).write_text(
            f"made by an l10n build of {out.name}\n", encoding="utf-8", errors="surrogateescape"
        )
    except BaseException:
        shutil.rmtree(folder)  # unmarked, no later run would know it may remove it
        raise
    return folder


def clear_leftovers(out: Path) -> list[Path]:
    """Put right what a build killed beside `out` left: the folders it removed (or emptied).

    A site left in a retired folder is moved back first when `out` is missing (`recover_site`);
    a retired folder still holding a site is kept while `out` is missing. A marker left in the
    site by a swap killed half-way is removed from it.
    """
    recover_site(out)
    stray = out / STAGING_MARKER
    if stray.is_file() and (out / SITE_MARKER).is_file():
        stray.unlink()
    removed = []
    for folder in _made_folders(out):
        retired = folder.name.startswith(f".{out.name}.{RETIRED}-")
        if retired and not out.exists() and (folder / out.name).exists():
            continue  # the only copy of the site
        _remove_made_folder(folder)
        removed.append(folder)
    return removed


def _made_folders(out: Path) -> list[Path]:
    """The staging and retired folders of builds of `out`: by name (compared, never a glob
    pattern, so `--out '*'` matches only itself) and by the marker written in them first, or
    empty with the exact name `tempfile.mkdtemp` makes."""
    found = []
    for kind, marker in ((STAGING, STAGING_MARKER), (RETIRED, RETIRED_MARKER)):
        prefix = f".{out.name}.{kind}-"
        for folder in out.parent.iterdir():
            if not folder.name.startswith(prefix) or not folder.is_dir() or folder.is_symlink():
                continue
            suffix = folder.name[len(prefix) :]
            if (folder / marker).is_file() or (
                _MKDTEMP_SUFFIX.fullmatch(suffix) and not any(folder.iterdir())
            ):
                found.append(folder)
    return sorted(found)


def _remove_made_folder(folder: Path) -> None:
    """Remove a folder a build made, its marker last: a removal killed half-way leaves a folder
    the next build still recognises (or an empty one)."""
    markers = {STAGING_MARKER, RETIRED_MARKER}
    for child in folder.iterdir():
        if child.name in markers:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for marker in markers:
        (folder / marker).unlink(missing_ok=True)
    folder.rmdir()


def recover_site(out: Path) -> Path | None:
    """When `out` is missing and a build killed between its two renames left the previous site
    in its retired folder, move that site back to `out` (the latest, if several): the folder
    it came from, or None."""
    if out.exists():
        return None
    candidates = [
        folder / out.name
        for folder in _made_folders(out)
        if folder.name.startswith(f".{out.name}.{RETIRED}-")
        and (folder / out.name / SITE_MARKER).is_file()
    ]
    if not candidates:
        return None
    latest = max(candidates, key=lambda site: site.stat().st_mtime)
    os.rename(latest, out)
    return latest.parent


def _swap_in(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        (out / STAGING_MARKER).unlink()
        return
    # The site being replaced gets the marker before the exchange: under the staging folder's
    # name after it, it is still a folder a build made. A marker left in the published site by
    # a build killed in between is removed by the next build (`clear_leftovers`).
    (out / STAGING_MARKER).write_text(
        f"replaced by {staging.name}\n", encoding="utf-8", errors="surrogateescape"
    )
    if exchange_folders(staging, out):
        (out / STAGING_MARKER).unlink()
        _remove_made_folder(staging)  # the previous site, now under the name this run made
        return
    (out / STAGING_MARKER).unlink()
    # Two renames: a build killed between them leaves the site in the retired folder, marked
    # so that the next build finds it there and moves it back (`recover_site`).
    retired = _made_folder(out, RETIRED, RETIRED_MARKER)
    os.rename(out, retired / out.name)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(retired / out.name, out)
        raise
    (out / STAGING_MARKER).unlink()
    _remove_made_folder(retired)
