"""The catalog workflow on a project in a temporary folder: templates, updates, dates, stats."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from l10n.build import translations_of
from l10n.catalog import (
    extract,
    stats,
    template_entries,
    update,
)
from l10n.config import Config, load_config
from l10n.errors import CatalogError, SourceError
from l10n.layout import catalog_path, read_po_file, template_path
from l10n.po import parse_po, serialize_po
from l10n.sources import parse_statement

STATEMENT = """\
---
title: Water supply restored in 14 districts
slug: water-supply
published: 2026-02-03 09:30
signatories:
  - position: Minister of Water Resources
    name: R. Haddad
---
Repairs to 312 km of pipeline were completed on 2 February 2026.

Water supply restored in 14 districts

The works cost 1.8 billion pounds. Repairs to 312 km of pipeline were completed on 2 February 2026.
"""


COST = "The works cost 1.8 billion pounds."
COST_RU = "Работы стоили 1,8 млрд фунтов."


def clock(hour: int) -> datetime:
    return datetime(2026, 2, 3, hour, 0, tzinfo=UTC)


@pytest.fixture
def project(tmp_path: Path) -> Config:
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru", "ar"]\n')
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "water-supply.md").write_text(STATEMENT, encoding="utf-8")
    return load_config(tmp_path)


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def translate(config: Config, language: str, translations: dict[str, str]) -> None:
    path = catalog_path(config, language, "water-supply")
    catalog = parse_po(path.read_bytes(), str(path))
    entries = tuple(
        replace(entry, msgstr=translations.get(entry.msgid, "")) for entry in catalog.entries
    )
    path.write_bytes(serialize_po(replace(catalog, entries=entries)))


def test_identical_sentences_become_one_entry_with_every_reference() -> None:
    document = parse_statement(STATEMENT.encode(), "source/water-supply.md", "en")
    entries = {(entry.msgctxt, entry.msgid): entry for entry in template_entries(document)}
    repeated = entries[(None, "Repairs to 312 km of pipeline were completed on 2 February 2026.")]
    assert repeated.references == (("source/water-supply.md", 9), ("source/water-supply.md", 13))


def test_the_same_text_as_title_and_paragraph_is_told_apart_by_context() -> None:
    document = parse_statement(STATEMENT.encode(), "source/water-supply.md", "en")
    keys = [(entry.msgctxt, entry.msgid) for entry in template_entries(document)]
    assert ("title", "Water supply restored in 14 districts") in keys
    assert (None, "Water supply restored in 14 districts") in keys
    assert sum(1 for context, _ in keys if context is not None) == 1


def test_extract_writes_one_template_per_statement_and_keeps_dates_when_unchanged(
    project: Config,
) -> None:
    extract(project, clock=lambda: clock(9))
    pot = template_path(project, "water-supply")
    first = pot.read_bytes()
    assert b'"POT-Creation-Date: 2026-02-03 09:00+0000\\n"' in first
    changes = extract(project, clock=lambda: clock(11))
    assert pot.read_bytes() == first
    assert {change.status for change in changes} == {"unchanged"}


def test_update_creates_catalogs_with_language_headers(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    ru = parse_po(catalog_path(project, "ru", "water-supply").read_bytes(), "ru.po")
    ar = parse_po(catalog_path(project, "ar", "water-supply").read_bytes(), "ar.po")
    assert ru.header_value("Language") == "ru"
    assert (ru.header_value("Plural-Forms") or "").startswith("nplurals=3;")
    assert ar.header_value("Language") == "ar"
    assert (ar.header_value("Plural-Forms") or "").startswith("nplurals=6; plural=n==0 ? 0")
    assert ru.header_value("Content-Type") == "text/plain; charset=UTF-8"
    assert ru.active[0].msgid == "Water supply restored in 14 districts"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU msgfmt is not installed")
def test_every_written_catalog_passes_msgfmt_check(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    translate(project, "ru", {COST: COST_RU})
    written = sorted(project.locales_path.rglob("*.po*"))
    # Two templates; the statement's catalogs in ru and ar; the interface texts' in en, ru, ar.
    assert len(written) == 7
    for path in written:
        command = ["msgfmt", "--check", "-o", "/dev/null", str(path)]
        result = subprocess.run(command, capture_output=True)
        assert result.returncode == 0, result.stderr.decode()


def test_changed_source_moves_the_template_date_and_merges(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    translate(project, "ru", {COST: COST_RU})
    source = project.source_path / "water-supply.md"
    source.write_text(STATEMENT.replace("1.8 billion", "1.9 billion"), encoding="utf-8")
    update(project, clock=lambda: clock(10))
    ru = parse_po(catalog_path(project, "ru", "water-supply").read_bytes(), "ru.po")
    new_cost = COST.replace("1.8", "1.9")
    changed = next(entry for entry in ru.active if entry.msgid == new_cost)
    assert changed.fuzzy and changed.msgstr == COST_RU
    assert changed.previous_msgid == COST
    # The translator's date, as msgmerge leaves it: the merge revised no translation.
    assert ru.header_value("PO-Revision-Date") == "2026-02-03 09:00+0000"
    assert ru.header_value("POT-Creation-Date") == "2026-02-03 10:00+0000"


def test_unchanged_update_rewrites_nothing(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    before = snapshot(project.root)
    changes = update(project, clock=lambda: clock(12))
    assert snapshot(project.root) == before
    assert all(change.status == "unchanged" for change in changes)


def test_malformed_catalog_stops_the_run_before_any_write(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    (project.source_path / "water-supply.md").write_text(STATEMENT + "\nA new sentence.\n")
    broken = catalog_path(project, "ar", "water-supply")
    broken.write_bytes(broken.read_bytes() + b'\nmsgid "unterminated\nmsgstr ""\n')
    before = snapshot(project.root)
    with pytest.raises(CatalogError) as raised:
        update(project, clock=lambda: clock(10))
    assert raised.value.path == "locales/ar/LC_MESSAGES/water-supply.po"
    assert raised.value.line is not None
    assert snapshot(project.root) == before


def test_broken_source_stops_the_run_before_any_write(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    (project.source_path / "water-supply.md").write_bytes(b"---\ntitle: [unclosed\n---\nText.\n")
    before = snapshot(project.root)
    with pytest.raises(SourceError) as raised:
        update(project, clock=lambda: clock(10))
    assert raised.value.path == "source/water-supply.md"
    assert snapshot(project.root) == before


def test_update_restricted_to_one_language(project: Config) -> None:
    update(project, ["ar"], clock=lambda: clock(9))
    assert catalog_path(project, "ar", "water-supply").is_file()
    assert not catalog_path(project, "ru", "water-supply").exists()


def test_language_that_is_not_a_target_is_refused(project: Config) -> None:
    with pytest.raises(CatalogError, match="not a target language"):
        update(project, ["en"])


def test_stats_count_translated_fuzzy_untranslated_and_obsolete(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    translate(
        project,
        "ru",
        {
            COST: COST_RU,
            "Minister of Water Resources": "Министр водных ресурсов",
        },
    )
    source = project.source_path / "water-supply.md"
    source.write_text(
        STATEMENT.replace("1.8 billion", "1.9 billion").replace(
            "Minister of Water Resources", "Spokesperson"
        ),
        encoding="utf-8",
    )
    update(project, clock=lambda: clock(10))
    rows = {(row.language, row.domain): row for row in stats(project)}
    ru = rows[("ru", "water-supply")]
    assert (ru.translated, ru.fuzzy, ru.obsolete) == (0, 1, 1)
    assert ru.untranslated == ru.total - 1
    assert rows[("ar", "water-supply")].translated == 0


def test_translations_of_a_catalog_give_text_and_fuzziness_by_key(project: Config) -> None:
    update(project, clock=lambda: clock(9))
    translate(project, "ru", {COST: COST_RU})
    translations = translations_of(
        read_po_file(project, catalog_path(project, "ru", "water-supply"))
    )
    found = translations[(None, COST)]
    assert found.text == COST_RU and not found.fuzzy
    assert len(translations) == 1  # untranslated entries are left out
    assert translations_of(read_po_file(project, catalog_path(project, "ar", "none"))) == {}


def test_extract_writes_the_ui_strings_of_the_page_templates(project: Config) -> None:
    extract(project, clock=lambda: clock(9))
    site = parse_po(template_path(project, "site").read_bytes(), "site.pot")
    msgids = {entry.msgid for entry in site.active}
    assert {"English", "Russian", "Arabic"} <= msgids  # language names for the switcher
    assert any(entry.references for entry in site.active)  # template strings say where they are
