"""The translation memory on a real SQLite file: import, exact and fuzzy lookup, versions."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.po import Catalog, Entry
from l10n.tm import (
    SCHEMA_VERSION,
    CatalogUnits,
    TranslationMemory,
    TranslationMemoryError,
    trigrams,
    units_of_catalog,
)

EXPORTS = "Grain exports reached 2,080,443 tonnes in the first quarter of 2026."
EXPORTS_RU = "В первом квартале 2026 года экспорт зерна достиг 2 080 443 тонн."
EXPORTS_AR = "بلغت صادرات الحبوب ٢٬٠٨٠٬٤٤٣ طناً في الربع الأول من عام ٢٠٢٦."
BARLEY = "Barley exports fell to 310,200 tonnes."
BARLEY_RU = "Экспорт ячменя снизился до 310 200 тонн."


@pytest.fixture
def memory_file(tmp_path: Path) -> Path:
    path = tmp_path / ".l10n" / "tm.sqlite3"
    with TranslationMemory(path, create=True) as memory:
        memory.replace_origin(
            "ru/exports.po", "en", "ru", [(EXPORTS, EXPORTS_RU), (BARLEY, BARLEY_RU)]
        )
        memory.replace_origin("ar/exports.po", "en", "ar", [(EXPORTS, EXPORTS_AR)])
    return path


def test_only_reviewed_translations_go_into_the_memory() -> None:
    catalog = Catalog(
        entries=(
            Entry(EXPORTS, EXPORTS_RU),
            Entry(BARLEY, BARLEY_RU, flags=("fuzzy",)),
            Entry("Untranslated."),
            Entry("Gone.", "Ушло.", obsolete=True),
        )
    )
    assert units_of_catalog(catalog) == [(EXPORTS, EXPORTS_RU)]


def test_an_exact_match_scores_one_and_names_its_catalog(memory_file: Path) -> None:
    with TranslationMemory(memory_file) as memory:
        (match,) = memory.lookup(EXPORTS, "en", "ar")
    assert (match.target, match.score, match.origin) == (EXPORTS_AR, 1.0, "ar/exports.po")


def test_a_similar_sentence_is_found_with_its_score(memory_file: Path) -> None:
    changed = EXPORTS.replace("first", "second")
    with TranslationMemory(memory_file) as memory:
        matches = memory.lookup(changed, "en", "ru")
    assert [match.target for match in matches] == [EXPORTS_RU]
    assert 0.75 <= matches[0].score < 1.0


def test_a_sentence_too_different_finds_nothing(memory_file: Path) -> None:
    with TranslationMemory(memory_file) as memory:
        assert memory.lookup("The ministry thanks the farmers.", "en", "ru") == []
        assert memory.lookup(BARLEY, "en", "ar") == []  # translated into Russian only


def test_importing_a_catalog_again_replaces_what_it_gave(memory_file: Path) -> None:
    with TranslationMemory(memory_file) as memory:
        memory.replace_origin("ru/exports.po", "en", "ru", [(BARLEY, "Ячмень: 310 200 т.")])
        assert memory.lookup(EXPORTS, "en", "ru") == []
        assert memory.lookup(EXPORTS.replace("first", "second"), "en", "ru") == []
        assert [match.target for match in memory.lookup(BARLEY, "en", "ru")] == [
            "Ячмень: 310 200 т."
        ]
        assert len(memory) == 2


def test_units_of_catalogs_no_longer_in_the_project_are_forgotten(memory_file: Path) -> None:
    with TranslationMemory(memory_file) as memory:
        assert memory.forget_other_origins(["ar/exports.po"]) == 2
        assert len(memory) == 1


def test_the_file_is_a_versioned_sqlite_database_in_wal_mode(memory_file: Path) -> None:
    with sqlite3.connect(memory_file) as database:
        assert database.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert database.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_reader_is_served_while_a_writer_holds_its_transaction(memory_file: Path) -> None:
    writer = sqlite3.connect(memory_file)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM units")
        with TranslationMemory(memory_file) as memory:
            assert memory.lookup(EXPORTS, "en", "ru")[0].target == EXPORTS_RU
    finally:
        writer.rollback()
        writer.close()


def test_a_file_of_another_schema_version_is_refused(memory_file: Path) -> None:
    with sqlite3.connect(memory_file) as database:
        database.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(TranslationMemoryError, match="delete the file and run `l10n tm import`"):
        TranslationMemory(memory_file)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite3"
    path.write_bytes(b"not a database at all, just text\n" * 100)
    with pytest.raises(TranslationMemoryError, match="not a usable translation memory"):
        TranslationMemory(path)


def test_a_missing_file_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(TranslationMemoryError, match="run `l10n tm import`"):
        TranslationMemory(tmp_path / "missing.sqlite3")
    assert not (tmp_path / "missing.sqlite3").exists()


def consistent(path: Path) -> None:
    """The trigram index and its counts are exactly those of the sources units translate."""
    with sqlite3.connect(path) as database:
        texts = [text for (text,) in database.execute("SELECT text FROM sources")]
        used = database.execute(
            "SELECT COUNT(*) FROM sources WHERE id NOT IN (SELECT source FROM units)"
        ).fetchone()
        stored = sorted(database.execute("SELECT trigram, source FROM trigrams"))
        counts = dict(database.execute("SELECT trigram, sources FROM trigram_counts"))
        expected = sorted(
            (gram, source)
            for source, text in database.execute("SELECT id, text FROM sources")
            for gram in trigrams(text)
        )
    assert used == (0,)
    assert stored == expected
    wanted: dict[str, int] = {}
    for gram, _ in expected:
        wanted[gram] = wanted.get(gram, 0) + 1
    assert counts == wanted
    assert len(set(texts)) == len(texts)


def test_an_import_writes_only_what_changed_and_forgets_catalogs_gone(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite3"
    catalogs = [
        CatalogUnits("ru/exports.po", "en", "ru", [(EXPORTS, EXPORTS_RU), (BARLEY, BARLEY_RU)]),
        CatalogUnits("ar/exports.po", "en", "ar", [(EXPORTS, EXPORTS_AR)]),
    ]
    seen: list[str] = []
    with TranslationMemory(path, create=True) as memory:
        first = memory.import_catalogs(catalogs, progress=lambda c: seen.append(c.origin))
        assert (first.added, first.removed) == (3, 0)
        assert seen == ["ru/exports.po", "ar/exports.po"]
        again = memory.import_catalogs(catalogs)
        assert (again.added, again.removed) == (0, 0)
        revised = CatalogUnits("ru/exports.po", "en", "ru", [(BARLEY, "Ячмень: 310 200 т.")])
        third = memory.import_catalogs([revised])  # the Arabic catalog is gone
        assert (third.added, third.removed) == (1, 3)
        assert memory.lookup(EXPORTS, "en", "ar") == []
        assert [m.target for m in memory.lookup(BARLEY, "en", "ru")] == ["Ячмень: 310 200 т."]
    consistent(path)


def test_a_sentence_translated_into_two_languages_is_stored_and_indexed_once(
    memory_file: Path,
) -> None:
    with sqlite3.connect(memory_file) as database:
        assert database.execute("SELECT COUNT(*) FROM sources").fetchone() == (2,)
    consistent(memory_file)
    with TranslationMemory(memory_file) as memory:
        memory.forget_other_origins(["ar/exports.po"])
        # the Russian translations went; the sentence the Arabic one translates stays findable
        similar = EXPORTS.replace("first", "second")
        assert [m.target for m in memory.lookup(similar, "en", "ar")] == [EXPORTS_AR]
        assert memory.lookup(similar, "en", "ru") == []
    consistent(memory_file)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["a.po", "b.po", "c.po"]),
            st.lists(st.sampled_from(range(6)), max_size=4),
            max_size=3,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_the_index_stays_exact_through_any_sequence_of_imports(
    runs: list[dict[str, list[int]]],
) -> None:
    sentences = [f"Exports reached {n} tonnes in quarter {n % 3}." for n in range(6)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tm.sqlite3"
        with TranslationMemory(path, create=True) as memory:
            for run in runs:
                memory.import_catalogs(
                    CatalogUnits(origin, "en", "ru", [(sentences[n], f"№{n}") for n in chosen])
                    for origin, chosen in run.items()
                )
                assert len(memory) == sum(len(set(chosen)) for chosen in run.values())
        consistent(path)


def test_an_older_memory_is_rebuilt_by_an_import(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite3"
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE units (id INTEGER PRIMARY KEY, source TEXT)")
        database.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    with pytest.raises(TranslationMemoryError, match="delete the file"):
        TranslationMemory(path)
    with TranslationMemory(path, create=True) as memory:
        memory.import_catalogs([CatalogUnits("ru.po", "en", "ru", [(BARLEY, BARLEY_RU)])])
        assert len(memory) == 1
