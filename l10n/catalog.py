"""The catalog workflow: statements -> templates (POT) -> per-language catalogs (PO), and stats.

`extract` writes `locales/templates/<slug>.pot` for every statement, and `site.pot` for the UI
strings of the page templates. `update` merges each template into
`locales/<lang>/LC_MESSAGES/<slug>.po` (created with a correct header when missing). Both
follow the same discipline:

1. read and validate every input (sources, existing templates and catalogs) first, so a bad
   file stops the run before anything is written;
2. compute every output in memory; a file whose bytes would not change is not written, and
   its dates are kept, so a second run changes no byte;
3. write what changed, each file atomically, the whole run under the lock of `locales/`, so
   two runs at once take turns instead of losing each other's work.

msgctxt rule: one entry per distinct sentence, with all its references. A sentence gets a
msgctxt only when the same text occurs in blocks of different kinds (a title that is also a
heading, a signatory's position that is also a paragraph): then its occurrences outside
paragraphs get the block kind ("title", "signature_position", ...) as context, because a
translator may word a title or a signature line differently from running text. A context set
on the segment by the source reader always wins.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from l10n.catalog_file import catalog_bytes, write_catalog_file
from l10n.config import Config
from l10n.errors import CatalogError, SourceError
from l10n.languages import LANGUAGES, get_language
from l10n.layout import (
    SITE_DOMAIN,
    catalog_path,
    project_catalogs,
    project_lock,
    read_po_file,
    read_statements,
    refuse_writing_outside,
    retired_places,
    shown_path,
    template_files,
    template_path,
    templates_folder,
)
from l10n.merge import merge
from l10n.model import BlockKind, Document
from l10n.plural_forms import parse_plural_forms, read_plural_forms
from l10n.po import (
    PYTHON_FORMAT,
    Catalog,
    Entry,
    Key,
    legacy_charset,
    plural_forms,
    serialize_po,
)
from l10n.site import (
    PACKAGE_UI_LANGUAGE,
    UiMessage,
    shipped_translations,
    template_messages,
    ui_messages,
)

DATE_FORMAT = "%Y-%m-%d %H:%M%z"

Clock = Callable[[], datetime]
Reference = tuple[str, int | None]


def utc_now() -> datetime:
    """The time written into headers: UTC, to the minute, as GNU tools write it."""
    return datetime.now(UTC).replace(second=0, microsecond=0)


# --- Templates from documents (pure) --------------------------------------------------------


def template_entries(document: Document) -> list[Entry]:
    """One entry per distinct sentence of `document`, in order of first appearance."""
    kinds_of_text: dict[str, set[BlockKind]] = {}
    for block in document.blocks:
        for segment in block.segments:
            kinds_of_text.setdefault(segment.text, set()).add(block.kind)
    occurrences: dict[Key, tuple[list[Reference], list[str]]] = {}
    for block in document.blocks:
        for segment in block.segments:
            context = segment.msgctxt
            if context is None and len(kinds_of_text[segment.text]) > 1:
                context = None if block.kind is BlockKind.PARAGRAPH else block.kind.value
            references, comments = occurrences.setdefault((context, segment.text), ([], []))
            location = (document.path, segment.line)
            if location not in references:
                references.append(location)
            comment = _block_comment(block.kind)
            if comment and comment not in comments:
                comments.append(comment)
    return [
        Entry(
            msgid=msgid,
            msgctxt=context,
            references=tuple(references),
            extracted_comments=tuple(comments),
        )
        for (context, msgid), (references, comments) in occurrences.items()
    ]


def _block_comment(kind: BlockKind) -> str | None:
    """What the translator is told about where a sentence stands, outside running text."""
    if kind is BlockKind.PARAGRAPH:
        return None
    return kind.value.replace("_", " ")


def ui_template_entries(
    messages: Iterable[UiMessage], source_lang: str, formatted: Set[str] = frozenset()
) -> list[Entry]:
    """Entries for the site's interface texts. Those in `formatted` are %-formatted when shown,
    and flagged python-format as xgettext flags them; one not written in the source language
    (the package's templates are English) says so, for translators and for `written_in`."""
    return [
        Entry(
            msgid=message.text,
            references=message.locations,
            extracted_comments=(
                () if message.language == source_lang else (_written_in_comment(message.language),)
            ),
            flags=(PYTHON_FORMAT,) if message.text in formatted else (),
        )
        for message in messages
    ]


def _written_in_comment(language: str) -> str:
    return f"written in {get_language(language).english_name}"


def written_in(entry: Entry, source_lang: str) -> str:
    """The language an interface text's msgid is written in (see `ui_template_entries`)."""
    for code in LANGUAGES:
        if _written_in_comment(code) in entry.extracted_comments:
            return code
    return source_lang


@dataclass(frozen=True)
class InterfaceFill:
    """Which untranslated interface texts of one language's site.po have a translation known
    for sure: a text already written in `language` is its own (as msginit does for English),
    and a text of the package's English templates has l10n's own (`shipped`). A translator may
    reword either; nothing a translator wrote is replaced."""

    language: str
    source_lang: str
    shipped: Mapping[str, str]

    def __call__(self, entries: Sequence[Entry]) -> tuple[Entry, ...]:
        return tuple(self._filled(entry) for entry in entries)

    def _filled(self, entry: Entry) -> Entry:
        if entry.obsolete or entry.msgid_plural is not None or entry.has_translation_text:
            return entry
        written = written_in(entry, self.source_lang)
        if written == self.language:
            return replace(entry, msgstr=entry.msgid)
        if written == PACKAGE_UI_LANGUAGE and entry.msgid in self.shipped:
            return replace(entry, msgstr=self.shipped[entry.msgid])
        return entry


def new_template(domain: str, entries: Sequence[Entry], created: datetime) -> Catalog:
    return Catalog(
        header=(
            ("Project-Id-Version", domain),
            ("Report-Msgid-Bugs-To", ""),
            ("POT-Creation-Date", created.strftime(DATE_FORMAT)),
            ("PO-Revision-Date", created.strftime(DATE_FORMAT)),
            ("Last-Translator", ""),
            ("Language-Team", ""),
            ("Language", ""),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
        ),
        header_comments=(f"Sentences of {domain!r} to translate, extracted by l10n.",),
        entries=tuple(entries),
    )


def new_language_catalog(domain: str, language: str, template: Catalog, now: datetime) -> Catalog:
    """An empty catalog for `language`, with the header GNU tools and editors expect."""
    info = get_language(language)
    return Catalog(
        header=(
            ("Project-Id-Version", domain),
            ("Report-Msgid-Bugs-To", ""),
            ("POT-Creation-Date", template.header_value("POT-Creation-Date") or ""),
            ("PO-Revision-Date", now.strftime(DATE_FORMAT)),
            ("Last-Translator", ""),
            ("Language-Team", info.english_name),
            ("Language", info.code),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("Plural-Forms", plural_forms(info.code)),
        ),
        header_comments=(f"{info.english_name} translation of {domain!r}.",),
    )


def refreshed_template(
    old: Catalog | None, domain: str, entries: Sequence[Entry], now: datetime
) -> Catalog:
    """The template for `entries`; it keeps its old creation date while its entries are the same."""
    if old is not None:
        unchanged = replace(old, entries=tuple(entries))
        if serialize_po(unchanged) == serialize_po(old):
            return old
        return unchanged.with_header_value(
            "POT-Creation-Date", now.strftime(DATE_FORMAT)
        ).with_header_value("PO-Revision-Date", now.strftime(DATE_FORMAT))
    return new_template(domain, entries, now)


def updated_language_catalog(
    old: Catalog | None,
    template: Catalog,
    domain: str,
    language: str,
    now: datetime,
    fill: InterfaceFill | None = None,
) -> Catalog:
    """`template` merged into the language's catalog (a new one when there is none).

    The header is the translator's, except the template's creation date and a Language and
    Plural-Forms added when missing. PO-Revision-Date stays as the translator (or their editor)
    set it: a merge revises no translation, and msgmerge leaves it alone too. A catalog of
    interface texts is given `fill`.
    """
    base = old if old is not None else new_language_catalog(domain, language, template, now)
    info = get_language(language)
    # Read (and so checked) when the catalog was read; the language's own rule when it has
    # none, or one naming no number of forms or no rule (which GNU reads as none).
    plural_count, _ = read_plural_forms(
        base.header_value("Plural-Forms") or ""
    ) or parse_plural_forms(plural_forms(info.code))
    # The merge keeps every translation; `catalog_bytes` checks it again before any write.
    merged_entries = merge(base.entries, template.active, plural_count)
    if fill is not None:
        merged_entries = fill(merged_entries)
    merged = replace(base, entries=merged_entries).with_header_value(
        "POT-Creation-Date", template.header_value("POT-Creation-Date") or ""
    )
    if merged.header_value("Language") is None:
        merged = merged.with_header_value("Language", info.code)
    if merged.header_value("Plural-Forms") is None:
        merged = merged.with_header_value("Plural-Forms", plural_forms(info.code))
    if old is not None and serialize_po(merged) == serialize_po(old):
        return old
    return merged


# --- The workflow (file edges) --------------------------------------------------------------


@dataclass(frozen=True)
class FileChange:
    path: str  # relative to the project root
    # "created", "updated" or "unchanged"; for the files of a statement that is gone,
    # "orphaned" (left where it is) or "retired" (moved to `moved_to` by --prune)
    status: str
    moved_to: str | None = None
    note: str = ""  # what else a translator should know: "written in UTF-8, its header said KOI8-R"

    @property
    def written(self) -> bool:
        return self.status in ("created", "updated")


@dataclass(frozen=True)
class WantedTemplate:
    """The entries a domain's template must hold, and the source they come from."""

    source: str  # the statement ("source/x.md"), or the page templates for the UI strings
    entries: list[Entry]


UI_SOURCE = "the page templates"


def wanted_templates(config: Config) -> dict[str, WantedTemplate]:
    """What `extract` would write, by domain, computed from the sources without writing."""
    if not config.source_path.is_dir():
        raise SourceError("source folder not found", path=shown_path(config, config.source_path))
    documents = read_statements(config)
    wanted = {
        document.meta.slug: WantedTemplate(document.path, template_entries(document))
        for document in documents
    }
    formatted = {message for message, _, _ in template_messages(config)}
    ui_entries = ui_template_entries(ui_messages(config, documents), config.source_lang, formatted)
    wanted[SITE_DOMAIN] = WantedTemplate(UI_SOURCE, ui_entries)
    return wanted


def _templates_in_memory(
    config: Config, now: datetime
) -> dict[str, tuple[Path, Catalog, Catalog | None]]:
    """Every template as it should be: domain -> (path, new catalog, catalog on disk)."""
    result: dict[str, tuple[Path, Catalog, Catalog | None]] = {}
    for domain, wanted in wanted_templates(config).items():
        entries = wanted.entries
        path = template_path(config, domain)
        old = read_po_file(config, path)
        result[domain] = (path, refreshed_template(old, domain, entries, now), old)
    return result


def _write_all(
    config: Config, planned: list[tuple[Path, Catalog, Catalog | None]], *, write: bool = True
) -> list[FileChange]:
    """Write each planned file whose bytes change; with `write=False`, only say which would."""
    # Every file's bytes, and the place of each that changes, are checked before the first one
    # is written.
    checked = [
        (path, shown_path(config, path), catalog_bytes(catalog, old, shown_path(config, path)), old)
        for path, catalog, old in planned
    ]
    unchanged = {
        path
        for path, _, data, old in checked
        if old is not None and path.is_file() and path.read_bytes() == data
    }
    for path, _, _, _ in checked:
        if path not in unchanged:
            refuse_writing_outside(config, path)
    changes: list[FileChange] = []
    for path, shown, data, old in checked:
        if path in unchanged:
            changes.append(FileChange(shown, "unchanged"))
            continue
        if write:
            write_catalog_file(path, data, shown)
        # l10n writes UTF-8: a catalog read in the charset its header declares is converted,
        # losslessly, and its header says UTF-8 (as Poedit does on save).
        charset = legacy_charset(old.header) if old is not None else None
        note = f"written in UTF-8, its header said {charset}" if charset else ""
        changes.append(FileChange(shown, "created" if old is None else "updated", note=note))
    return changes


def extract(config: Config, *, clock: Clock = utc_now) -> list[FileChange]:
    """Write the templates of every statement (and of the UI strings)."""
    with project_lock(config):
        planned = list(_templates_in_memory(config, clock()).values())
        return _write_all(config, planned)


def update(
    config: Config,
    languages: Sequence[str] | None = None,
    *,
    extract_first: bool = True,
    prune: bool = False,
    clock: Clock = utc_now,
    write: bool = True,
) -> list[FileChange]:
    """Merge the templates into each target language's catalogs; re-extract first by default.

    With `extract_first=False` the templates already in `locales/templates/` are merged as
    they are (like msgmerge with a POT made earlier). With `write=False` nothing is written:
    the changes say what an update would do (`l10n update --check`). The template and
    catalogs of a statement that is gone (no statement has their slug; without extracting, no
    template has their name) are reported as orphaned, and with `prune` moved to
    `locales/retired/`: a translation is never deleted.
    """
    targets = _target_languages(config, languages)
    now = clock()
    with project_lock(config):
        templates = (
            _templates_in_memory(config, now) if extract_first else _templates_on_disk(config)
        )
        planned = list(templates.values()) if extract_first else []
        for domain, (_, template, _) in templates.items():
            interface = domain == SITE_DOMAIN
            for language in ui_languages(config, languages) if interface else targets:
                path = catalog_path(config, language, domain)
                old = read_po_file(config, path)
                catalog = updated_language_catalog(
                    old,
                    template,
                    domain,
                    language,
                    now,
                    _fill(config, language) if interface else None,
                )
                planned.append((path, catalog, old))
        orphans = orphaned_files(config, templates)
        changes = _write_all(config, planned, write=write)
        return changes + _set_aside(config, orphans, prune and write)


def orphaned_files(config: Config, domains: Collection[str]) -> dict[str, list[Path]]:
    """The templates and catalogs on disk whose domain is none of `domains`, by domain."""
    found: dict[str, list[Path]] = {}
    templates = template_files(config) if templates_folder(config).is_dir() else {}
    for domain, path in templates.items():
        if domain not in domains:
            found.setdefault(domain, []).append(path)
    for catalog in project_catalogs(config, config.languages):
        if catalog.domain not in domains:
            found.setdefault(catalog.domain, []).append(catalog.path)
    return found


def _set_aside(config: Config, orphans: dict[str, list[Path]], prune: bool) -> list[FileChange]:
    changes: list[FileChange] = []
    for domain, paths in orphans.items():
        if not prune:
            changes += [FileChange(shown_path(config, path), "orphaned") for path in paths]
            continue
        for path, place in retired_places(config, domain, paths).items():
            place.parent.mkdir(parents=True, exist_ok=True)
            os.rename(path, place)  # one step within the locales folder; nothing is copied
            changes.append(
                FileChange(shown_path(config, path), "retired", shown_path(config, place))
            )
    return changes


def _fill(config: Config, language: str) -> InterfaceFill:
    return InterfaceFill(language, config.source_lang, shipped_translations(language))


def ui_languages(config: Config, languages: Sequence[str] | None = None) -> list[str]:
    """The languages with a catalog of interface texts: every published one (the templates'
    English needs translating into the source language too), or those of `--lang`."""
    return _target_languages(config, languages) if languages else list(config.languages)


def _templates_on_disk(config: Config) -> dict[str, tuple[Path, Catalog, Catalog | None]]:
    result: dict[str, tuple[Path, Catalog, Catalog | None]] = {}
    for domain, path in template_files(config).items():
        catalog = read_po_file(config, path)
        if catalog is not None:
            result[domain] = (path, catalog, catalog)
    return result


def _target_languages(config: Config, languages: Sequence[str] | None) -> list[str]:
    if not languages:
        return list(config.target_langs)
    return [target_language(config, language) for language in languages]


def target_language(config: Config, language: str) -> str:
    """The code of `language` ("ar_SY" -> "ar") if it is one of the project's target languages."""
    code = get_language(language).code
    if code not in config.target_langs:
        raise CatalogError(
            f"{code!r} is not a target language of this project "
            f"(targets: {', '.join(config.target_langs)})",
            path=config.config_file,
        )
    return code


# --- Catalogs out of date with their sources ------------------------------------------------


def sentences_out_of_date(
    template: Sequence[Entry], catalog: Catalog
) -> tuple[list[Entry], list[Entry]]:
    """What `update` would change in what a catalog translates: the template's entries the
    catalog lacks (new or changed sentences), and the catalog's active entries the template
    no longer has (sentences changed or removed in the source), both in file order."""
    wanted = {entry.key for entry in template}
    held = {entry.key for entry in catalog.active}
    lacking = [entry for entry in template if entry.key not in held]
    gone = [entry for entry in catalog.active if entry.key not in wanted]
    return lacking, gone


@dataclass(frozen=True)
class StaleCatalog:
    """A catalog that does not translate the sentences its source has now."""

    language: str
    domain: str
    path: Path
    source: str  # the statement, or the page templates
    lacking: tuple[Entry, ...]  # sentences of the source the catalog lacks (new or changed)
    gone: tuple[Entry, ...]  # sentences of the catalog no longer in the source
    exists: bool = True

    def describe(self, *, limit: int = 3) -> str:
        """What is out of date, sentences quoted (at most `limit` of each kind)."""
        if not self.exists:
            return f"no {self.language} catalog for {self.source}: run `l10n update`"
        parts = []
        if self.lacking:
            parts.append(f"new or changed in the source: {_quoted(self.lacking, limit)}")
        if self.gone:
            parts.append(f"no longer in the source: {_quoted(self.gone, limit)}")
        return (
            f"catalogs are out of date with {self.source}: run `l10n update` "
            f"({self.language}: {'; '.join(parts)})"
        )

    @property
    def line(self) -> int | None:
        """Where the catalog shows the first sentence the source no longer has."""
        return min((entry.line for entry in self.gone), default=None)


def _quoted(entries: Sequence[Entry], limit: int) -> str:
    shown = ", ".join(f"“{entry.msgid}”" for entry in entries[:limit])
    more = len(entries) - limit
    return f"{shown} and {more} more" if more > 0 else shown


def stale_catalogs(config: Config, languages: Sequence[str] | None = None) -> list[StaleCatalog]:
    """The catalogs of the target languages (or of `languages`) that `update` would change in
    what they translate; reads the sources and catalogs, writes nothing."""
    targets = _target_languages(config, languages)
    found: list[StaleCatalog] = []
    for domain, wanted in wanted_templates(config).items():
        for language in targets:
            path = catalog_path(config, language, domain)
            catalog = read_po_file(config, path)
            if catalog is None:
                if domain != SITE_DOMAIN:  # the page templates fall back to the source language
                    found.append(StaleCatalog(language, domain, path, wanted.source, (), (), False))
                continue
            lacking, gone = sentences_out_of_date(wanted.entries, catalog)
            if lacking or gone:
                found.append(
                    StaleCatalog(language, domain, path, wanted.source, tuple(lacking), tuple(gone))
                )
    return found


# --- Stats ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogStats:
    language: str
    domain: str
    path: str
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    exists: bool = True

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated


def catalog_stats(catalog: Catalog) -> tuple[int, int, int, int]:
    """(translated, fuzzy, untranslated, obsolete with a translation) of one catalog."""
    translated = fuzzy = untranslated = 0
    for entry in catalog.active:
        if entry.translated and not entry.fuzzy:
            translated += 1
        elif entry.has_translation_text:
            fuzzy += 1
        else:
            untranslated += 1
    obsolete = sum(1 for entry in catalog.obsolete if entry.has_translation_text)
    return translated, fuzzy, untranslated, obsolete


def stats(config: Config, languages: Sequence[str] | None = None) -> list[CatalogStats]:
    """Progress of every language on every template; a missing catalog counts as untranslated.

    The statements are read first: a statement l10n cannot read is refused here as by every
    other command, not reported as translated from the template it had before it broke."""
    targets = _target_languages(config, languages)
    read_statements(config)
    templates = _templates_on_disk(config)
    result: list[CatalogStats] = []
    for language in ui_languages(config, languages):
        for domain, (_, template, _) in templates.items():
            if language not in targets and domain != SITE_DOMAIN:
                continue
            path = catalog_path(config, language, domain)
            catalog = read_po_file(config, path)
            missing = (0, 0, len(template.active), 0)
            counts = missing if catalog is None else catalog_stats(catalog)
            result.append(
                CatalogStats(
                    language, domain, shown_path(config, path), *counts, exists=catalog is not None
                )
            )
    return result
