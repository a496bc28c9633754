"""Filling catalogs from outside the catalogs: existing translations, the memory, machines.

The pure part, `prefill_catalog`, gives every untranslated entry of a catalog a suggestion
(from a `Suggest` function: the translation memory first, then machine translation), always
marked fuzzy for a person to review, with a `#. l10n: ...` comment saying where it came from
and, when the suggestion's figures differ in value from the source's, which ones (likewise
for the `%(name)s` placeholders of UI strings, which a machine may mangle).

The file edges follow the catalog module's discipline: read and compute everything first,
then write each changed catalog once, atomically, the whole run under the lock of
`locales/`. A failing provider raises before anything is written, so a catalog is either
fully updated or untouched:

- `align_statement`: an existing translated version of a statement -> its catalog;
- `import_memory`: the project's reviewed translations -> the translation memory file;
- `translate_project`: untranslated entries -> suggestions from the memory and a provider.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from l10n.align import (
    FillSummary,
    align_units,
    fill_catalog,
    pairs_of_beads,
    structure_of,
    units_of_blocks,
)
from l10n.catalog import DATE_FORMAT, Clock, target_language, utc_now
from l10n.catalog_file import catalog_bytes, write_catalog_file
from l10n.config import Config
from l10n.errors import CatalogError, SourceError
from l10n.figures import Figure, FigureValue, extract_figures
from l10n.languages import get_language
from l10n.layout import (
    catalog_path,
    project_catalogs,
    project_lock,
    read_po_file,
    refuse_writing_outside,
    shown_path,
)
from l10n.mt import MachineTranslationError, MachineTranslator
from l10n.po import Catalog, Entry
from l10n.sources import read_statement_file
from l10n.tm import DEFAULT_LOCATION, CatalogUnits, TranslationMemory, units_of_catalog
from l10n.versions import read_version


def _revised(catalog: Catalog, now: datetime) -> Catalog:
    return catalog.with_header_value("PO-Revision-Date", now.strftime(DATE_FORMAT))


# --- Suggestions for untranslated entries (pure) --------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    text: str
    origin: str  # "memory" or "machine"
    comment: str  # what the translator reads: where the suggestion came from


Suggest = Callable[[Entry], Suggestion | None]


@dataclass(frozen=True)
class PrefillSummary:
    from_memory: int = 0
    from_machine: int = 0
    figures_differ: int = 0
    left_untranslated: int = 0


def figures_difference(
    source: str, source_lang: str, translation: str, target_lang: str
) -> str | None:
    """A comment naming the figures whose values differ, or None when they all agree."""
    source_figures = extract_figures(source, source_lang)
    target_figures = extract_figures(translation, target_lang)
    source_values = Counter(figure.value for figure in source_figures)
    target_values = Counter(figure.value for figure in target_figures)
    if source_values == target_values:
        return None
    missing = _unmatched(source_figures, target_values)
    extra = _unmatched(target_figures, source_values)
    parts = []
    if missing:
        parts.append(f"not in the suggestion: {', '.join(missing)}")
    if extra:
        parts.append(f"not in the source: {', '.join(extra)}")
    return f"l10n: figures differ from the source; {'; '.join(parts)}"


# Python-format placeholders, as the page templates' UI strings use them ("%(count)s").
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif%]")


def placeholders_difference(source: str, translation: str) -> str | None:
    """A comment naming the placeholders a suggestion lost or added, or None."""
    wanted = Counter(_PLACEHOLDER.findall(source))
    found = Counter(_PLACEHOLDER.findall(translation))
    if wanted == found:
        return None
    missing = ", ".join((wanted - found).elements())
    extra = ", ".join((found - wanted).elements())
    parts = [f"missing {missing}"] if missing else []
    parts += [f"unexpected {extra}"] if extra else []
    return f"l10n: placeholders differ from the source; {'; '.join(parts)}"


def _unmatched(figures: Sequence[Figure], other: Counter[FigureValue]) -> list[str]:
    left = Counter(other)
    unmatched = []
    for figure in figures:
        if left[figure.value]:
            left[figure.value] -= 1
        else:
            unmatched.append(figure.raw)
    return unmatched


def prefill_catalog(
    catalog: Catalog,
    source_lang: str,
    target_lang: str,
    suggest: Suggest,
    *,
    limit: int | None = None,
) -> tuple[Catalog, PrefillSummary]:
    """`catalog` with a fuzzy suggestion in each untranslated entry (at most `limit` of them).

    An entry with any translation text, fuzzy or not, is never touched.
    """
    entries = list(catalog.entries)
    memory = machine = differ = left = 0
    for index, entry in enumerate(entries):
        if entry.obsolete or entry.msgid_plural is not None or entry.has_translation_text:
            continue
        if limit is not None and memory + machine >= limit:
            left += 1
            continue
        suggestion = suggest(entry)
        if suggestion is None:
            left += 1
            continue
        comments = [suggestion.comment]
        difference = figures_difference(entry.msgid, source_lang, suggestion.text, target_lang)
        if difference:
            comments.append(difference)
            differ += 1
        placeholders = placeholders_difference(entry.msgid, suggestion.text)
        if placeholders:
            comments.append(placeholders)
        entries[index] = replace(
            entry,
            msgstr=suggestion.text,
            extracted_comments=(*entry.extracted_comments, *comments),
        ).with_fuzzy(True)
        if suggestion.origin == "memory":
            memory += 1
        else:
            machine += 1
    summary = PrefillSummary(memory, machine, differ, left)
    return replace(catalog, entries=tuple(entries)), summary


def suggester(
    source_lang: str,
    target_lang: str,
    memory: TranslationMemory | None,
    machine: MachineTranslator | None,
) -> Suggest:
    """Suggestions from the translation memory, else from the machine translator."""

    def suggest(entry: Entry) -> Suggestion | None:
        if memory is not None:
            matches = memory.lookup(entry.msgid, source_lang, target_lang, limit=1)
            if matches:
                best = matches[0]
                return Suggestion(
                    best.target,
                    "memory",
                    f"l10n: from translation memory ({best.score:.0%}, {best.origin})",
                )
        if machine is not None:
            text = machine.translate(entry.msgid, source_lang, target_lang)
            return Suggestion(text, "machine", f"l10n: machine translation ({machine.name})")
        return None

    return suggest


# --- l10n translate ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PrefillReport:
    path: str
    language: str
    summary: PrefillSummary
    written: bool


def memory_path(config: Config) -> Path:
    return config.root / DEFAULT_LOCATION


def translate_project(
    config: Config,
    languages: Sequence[str] = (),
    *,
    use_memory: bool = True,
    machine: MachineTranslator | None = None,
    limit: int | None = None,
    dry_run: bool = False,
    clock: Clock = utc_now,
) -> list[PrefillReport]:
    """Suggest translations for every untranslated entry of the project's catalogs.

    `limit` caps the suggestions of the whole run. Raises (writing nothing) when the machine
    translator fails.
    """
    targets = [target_language(config, language) for language in languages]
    memory_file = memory_path(config)
    memory = TranslationMemory(memory_file) if use_memory and memory_file.is_file() else None
    try:
        with project_lock(config):
            planned: list[tuple[Path, str, bytes]] = []
            reports: list[PrefillReport] = []
            remaining = limit
            for catalog_file in project_catalogs(config, targets):
                path, language = catalog_file.path, catalog_file.language
                shown = shown_path(config, path)
                old = _read_existing(config, path)
                suggest = suggester(config.source_lang, language, memory, machine)
                try:
                    new, summary = prefill_catalog(
                        old, config.source_lang, language, suggest, limit=remaining
                    )
                except MachineTranslationError as error:
                    raise MachineTranslationError(
                        f"{error.message}; no catalog was changed", path=shown
                    ) from error
                if remaining is not None:
                    remaining -= summary.from_memory + summary.from_machine
                changed = new != old
                if changed:
                    refuse_writing_outside(config, path)
                    planned.append((path, shown, catalog_bytes(_revised(new, clock()), old, shown)))
                reports.append(PrefillReport(shown, language, summary, changed and not dry_run))
            if not dry_run:
                for path, shown, data in planned:
                    write_catalog_file(path, data, shown)
            return reports
    finally:
        if memory is not None:
            memory.close()


def _read_existing(config: Config, path: Path) -> Catalog:
    """A catalog the project's listing found; gone since is an error, not an empty catalog."""
    catalog = read_po_file(config, path)
    if catalog is None:
        raise CatalogError(
            "the catalog disappeared while l10n was reading", path=shown_path(config, path)
        )
    return catalog


# --- l10n tm import ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemoryImport:
    path: str  # the memory file
    catalogs: tuple[tuple[str, int], ...]  # catalog -> units stored from it
    added: int  # units new to the memory
    removed: int  # units no catalog gives any more (changed, or of catalogs gone)
    total: int


def memory_catalog_count(config: Config) -> int:
    """How many catalogs `import_memory` reads (for a progress bar)."""
    return len(project_catalogs(config))


def import_memory(config: Config, progress: Callable[[str], None] | None = None) -> MemoryImport:
    """Make the translation memory hold the reviewed translations of the project's catalogs.

    Every catalog is read, then the memory is brought up to date in one transaction;
    `progress` is told each catalog's name once it is stored.
    """
    target = memory_path(config)
    with project_lock(config):
        catalogs = []
        for catalog_file in project_catalogs(config):
            shown = shown_path(config, catalog_file.path)
            catalog = _read_existing(config, catalog_file.path)
            catalogs.append(
                CatalogUnits(
                    shown, config.source_lang, catalog_file.language, units_of_catalog(catalog)
                )
            )
    with TranslationMemory(target, create=True) as memory:
        result = memory.import_catalogs(
            catalogs,
            progress=None if progress is None else lambda catalog: progress(catalog.origin),
        )
        return MemoryImport(
            shown_path(config, target), result.stored, result.added, result.removed, len(memory)
        )


# --- l10n align -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlignReport:
    language: str
    version: str  # the translated file
    catalog: str
    summary: FillSummary
    written: bool
    warnings: tuple[str, ...] = ()  # the versions hardly look alike


def _origin(config: Config, path: Path) -> str:
    """How a translated version is named in catalogs: relative to the project, else by its
    file name alone (an absolute path says where someone's files are, not what they are)."""
    resolved = path.resolve()
    root = config.root.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else path.name


def align_statement(
    config: Config,
    source_file: Path,
    versions: Sequence[tuple[str, Path]],
    *,
    dry_run: bool = False,
    clock: Clock = utc_now,
) -> list[AlignReport]:
    """Align each translated version with the statement and fill that language's catalog."""
    source = read_statement_file(source_file, config.source_lang, shown_path(config, source_file))
    languages = [get_language(language).code for language, _ in versions]
    for language in set(languages):
        if languages.count(language) > 1:
            raise SourceError(f"more than one {language} version given: align one at a time")
    planned: list[tuple[Path, str, bytes]] = []
    reports = []
    with project_lock(config):
        for language, version_file in versions:
            code = target_language(config, language)
            shown_version = _origin(config, version_file)
            if not version_file.is_file():
                raise SourceError("translated version not found", path=shown_version)
            version = read_version(version_file.read_bytes(), shown_version, code)
            source_units = units_of_blocks(source.blocks, config.source_lang)
            target_units = units_of_blocks(version.blocks, code)
            if not target_units:  # an empty file: every entry would be marked as unmatched
                raise SourceError("the translated version holds no sentence", path=shown_version)
            beads = align_units(source_units, target_units)
            pairs = pairs_of_beads(beads, source_units, target_units)
            warnings = [
                *version.warnings,
                *structure_of(source_units, target_units, beads).warnings(),
            ]
            path = catalog_path(config, code, source.meta.slug)
            shown = shown_path(config, path)
            found = read_po_file(config, path)
            if found is None:
                raise CatalogError(
                    f"no {code} catalog for {source.meta.slug!r} yet: run `l10n update` first",
                    path=shown,
                )
            old = found
            new, summary = fill_catalog(old, pairs, shown_version, code, literal=version.literal)
            changed = new != old
            if changed:
                refuse_writing_outside(config, path)
                planned.append((path, shown, catalog_bytes(_revised(new, clock()), old, shown)))
            reports.append(
                AlignReport(
                    code, shown_version, shown, summary, changed and not dry_run, tuple(warnings)
                )
            )
        if not dry_run:
            for path, shown, data in planned:
                write_catalog_file(path, data, shown)
    return reports
