"""The translation memory: a SQLite file of (source sentence, language, translation, origin).

It is filled from the project's reviewed translations (`units_of_catalog`: translated,
not fuzzy) and asked for a sentence: exact matches first (score 1.0), then fuzzy ones found
through a trigram index and scored with difflib's ratio (as `l10n.merge.similarity`, the
score of fuzzy matching in `l10n update`), best first, at or above a threshold.

The file is a cache of what the catalogs already hold, brought up to date by `l10n tm
import` in one transaction that writes only what changed (`import_catalogs`). Its schema
version is SQLite's `user_version`: an import rebuilds an older file, and any other use of a
file of another version is refused with a hint to rebuild it. WAL journal mode lets readers
run while an import writes.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from types import TracebackType

from l10n.errors import L10nError
from l10n.po import Catalog

SCHEMA_VERSION = 2
DEFAULT_LOCATION = ".l10n/tm.sqlite3"  # relative to the project root
FUZZY_THRESHOLD = 0.75
TRIGRAM_CANDIDATES = 50  # units sharing the most trigrams, scored exactly
# Candidates are found through the query's rarest trigrams only (a similar sentence shares
# most of them); common ones ("the", " of") would each bring in most of the memory.
PROBED_SHARE = 3  # probe one trigram in three
MIN_PROBED = 8
BUSY_TIMEOUT_MS = 10_000
IMPORT_CACHE_KIB = 128 * 1024

# A source sentence is stored once, however many catalogs and languages translate it, and
# its trigrams once with it: a unit is (source, language, translation, catalog). The trigram
# counts are kept by the import itself, in one batch per run, not by triggers on every row:
# an import writes only the units that changed, in one transaction.
_SCHEMA = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (lang, text)
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL,
    target_lang TEXT NOT NULL,
    target TEXT NOT NULL,
    origin TEXT NOT NULL,
    UNIQUE (origin, source, target_lang, target)
);
CREATE INDEX units_by_source ON units (source, target_lang);
CREATE TABLE trigrams (
    trigram TEXT NOT NULL,
    source INTEGER NOT NULL,
    PRIMARY KEY (trigram, source)
) WITHOUT ROWID;
CREATE TABLE trigram_counts (
    trigram TEXT PRIMARY KEY,
    sources INTEGER NOT NULL
) WITHOUT ROWID;
"""
_TABLES = ("sources", "units", "trigrams", "trigram_counts")


_UNITS_OF = "SELECT id, source FROM units WHERE origin = ?"
_UNITS_OF_WITH_KEYS = (
    "SELECT u.id, u.source, s.lang, u.target_lang, s.text, u.target"
    " FROM units AS u JOIN sources AS s ON s.id = u.source WHERE u.origin = ?"
)


class TranslationMemoryError(L10nError):
    """The translation memory file cannot be opened or is of another version."""


@dataclass(frozen=True)
class CatalogUnits:
    """The reviewed translations of one catalog, as the memory stores them."""

    origin: str  # the catalog, as shown to people
    source_lang: str
    target_lang: str
    pairs: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class ImportResult:
    stored: tuple[tuple[str, int], ...]  # origin -> units it holds now
    added: int
    removed: int  # units no catalog gives any more (changed, or of catalogs gone)


@dataclass
class _Batch:
    """What one import changes, gathered to be written at its end."""

    added: int = 0
    removed: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # trigram -> change in sources
    new_grams: list[tuple[str, int]] = field(default_factory=list)  # (trigram, source id)
    orphans: set[int] = field(default_factory=set)  # sources that lost a unit


@dataclass(frozen=True)
class Match:
    source: str
    target: str
    score: float  # 1.0 for an exact match
    origin: str


def trigrams(text: str) -> set[str]:
    """Character trigrams of `text`, lower-cased and with white space collapsed."""
    normal = f"  {' '.join(text.lower().split())} "
    return {normal[index : index + 3] for index in range(len(normal) - 2)}


def units_of_catalog(catalog: Catalog) -> list[tuple[str, str]]:
    """(msgid, msgstr) of every reviewed translation: translated, not fuzzy, not obsolete."""
    return [
        (entry.msgid, entry.msgstr)
        for entry in catalog.active
        if entry.msgid_plural is None and entry.msgstr and not entry.fuzzy
    ]


class TranslationMemory:
    """An open translation memory file; use it as a context manager."""

    def __init__(self, path: Path, *, create: bool = False):
        self.path = path
        if not create and not path.is_file():
            raise TranslationMemoryError(
                "no translation memory yet: run `l10n tm import`", path=path
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._prepare(create)
        except sqlite3.DatabaseError as error:
            raise TranslationMemoryError(
                f"not a usable translation memory: {error}", path=path
            ) from error

    def _prepare(self, create: bool) -> None:
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version == SCHEMA_VERSION:
            return
        if create and 0 <= version < SCHEMA_VERSION:  # a cache: an older one is rebuilt
            with self._db:
                for table in _TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._db.executescript(_SCHEMA)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return
        raise TranslationMemoryError(
            f"translation memory of schema version {version}, this l10n reads version "
            f"{SCHEMA_VERSION}: delete the file and run `l10n tm import`",
            path=self.path,
        )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- Writing --------------------------------------------------------------------------

    def import_catalogs(
        self,
        catalogs: Iterable[CatalogUnits],
        *,
        progress: Callable[[CatalogUnits], None] | None = None,
    ) -> ImportResult:
        """Make the memory hold exactly the units of `catalogs`, in one transaction.

        Each catalog's stored units are compared with its units through the (origin, ...)
        index: only the units added or gone are written, so importing again what is there
        writes nothing, and the time grows with the catalogs' size alone. Catalogs not among
        `catalogs` are forgotten.
        """
        batch = _Batch()
        stored: list[tuple[str, int]] = []
        # B-tree pages of the trigram index stay in memory while the import writes them
        self._db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        with self._db:
            for catalog in catalogs:
                stored.append((catalog.origin, self._sync_origin(catalog, batch)))
                if progress is not None:
                    progress(catalog)
            kept = {origin for origin, _ in stored}
            for (origin,) in self._db.execute("SELECT DISTINCT origin FROM units").fetchall():
                if origin not in kept:
                    self._remove(self._db.execute(_UNITS_OF, (origin,)).fetchall(), batch)
            self._finish(batch)
        return ImportResult(tuple(stored), batch.added, batch.removed)

    def replace_origin(
        self, origin: str, source_lang: str, target_lang: str, pairs: Iterable[tuple[str, str]]
    ) -> int:
        """Make `pairs` the whole content from `origin` (a catalog), leaving the other
        catalogs' units as they are; returns how many units `origin` holds."""
        batch = _Batch()
        with self._db:
            total = self._sync_origin(
                CatalogUnits(origin, source_lang, target_lang, list(pairs)), batch
            )
            self._finish(batch)
        return total

    def forget_other_origins(self, kept: Sequence[str]) -> int:
        """Remove units from catalogs no longer in the project; returns how many."""
        batch = _Batch()
        with self._db:
            for (origin,) in self._db.execute("SELECT DISTINCT origin FROM units").fetchall():
                if origin not in kept:
                    self._remove(self._db.execute(_UNITS_OF, (origin,)).fetchall(), batch)
            self._finish(batch)
        return batch.removed

    def _sync_origin(self, catalog: CatalogUnits, batch: _Batch) -> int:
        """Make the catalog's stored units its units; returns how many it holds."""
        wanted = {
            (catalog.source_lang, catalog.target_lang, source, target)
            for source, target in catalog.pairs
        }
        present: dict[tuple[str, str, str, str], tuple[int, int]] = {
            (source_lang, target_lang, source, target): (unit, source_id)
            for unit, source_id, source_lang, target_lang, source, target in self._db.execute(
                _UNITS_OF_WITH_KEYS, (catalog.origin,)
            )
        }
        self._remove([ids for key, ids in present.items() if key not in wanted], batch)
        for source_lang, target_lang, source, target in sorted(wanted - present.keys()):
            source_id = self._source_id(source_lang, source, batch)
            self._db.execute(
                "INSERT INTO units (source, target_lang, target, origin) VALUES (?, ?, ?, ?)",
                (source_id, target_lang, target, catalog.origin),
            )
            batch.added += 1
        return len(wanted)

    def _source_id(self, language: str, text: str, batch: _Batch) -> int:
        found = self._db.execute(
            "SELECT id FROM sources WHERE lang = ? AND text = ?", (language, text)
        ).fetchone()
        if found is not None:
            batch.orphans.discard(found[0])
            return int(found[0])
        cursor = self._db.execute(
            "INSERT INTO sources (lang, text) VALUES (?, ?)", (language, text)
        )
        source_id = cursor.lastrowid
        assert source_id is not None
        grams = trigrams(text)
        batch.counts.update(grams)
        batch.new_grams += [(gram, source_id) for gram in grams]
        return source_id

    def _remove(self, units: Sequence[tuple[int, int]], batch: _Batch) -> None:
        """Remove units (id, source id); their sources are looked at in `_finish`."""
        self._db.executemany("DELETE FROM units WHERE id = ?", ((unit,) for unit, _ in units))
        batch.orphans.update(source for _, source in units)
        batch.removed += len(units)

    def _finish(self, batch: _Batch) -> None:
        """Sources no unit translates any more go, with their trigrams; the trigrams of new
        sources are written; the counts change by what changed."""
        for source in sorted(batch.orphans):
            if self._db.execute(
                "SELECT 1 FROM units WHERE source = ? LIMIT 1", (source,)
            ).fetchone():
                continue
            (text,) = self._db.execute(
                "SELECT text FROM sources WHERE id = ?", (source,)
            ).fetchone()
            # the trigrams are computed again rather than kept in a second index by source
            grams = trigrams(text)
            batch.counts.subtract(grams)
            self._db.executemany(
                "DELETE FROM trigrams WHERE trigram = ? AND source = ?",
                ((gram, source) for gram in grams),
            )
            self._db.execute("DELETE FROM sources WHERE id = ?", (source,))
        self._db.executemany(
            "INSERT INTO trigrams (trigram, source) VALUES (?, ?)", batch.new_grams
        )
        changed = [(gram, change) for gram, change in batch.counts.items() if change]
        self._db.executemany(
            "INSERT INTO trigram_counts (trigram, sources) VALUES (?, ?)"
            " ON CONFLICT (trigram) DO UPDATE SET sources = sources + excluded.sources",
            changed,
        )
        self._db.executemany(
            "DELETE FROM trigram_counts WHERE trigram = ? AND sources <= 0",
            ((gram,) for gram, change in changed if change < 0),
        )

    # --- Reading --------------------------------------------------------------------------

    def __len__(self) -> int:
        (count,) = self._db.execute("SELECT COUNT(*) FROM units").fetchone()
        return int(count)

    def lookup(
        self,
        text: str,
        source_lang: str,
        target_lang: str,
        *,
        threshold: float = FUZZY_THRESHOLD,
        limit: int = 3,
    ) -> list[Match]:
        """The best translations of `text`: exact ones first, then similar sentences' ones."""
        exact = self._db.execute(
            "SELECT u.target, MIN(u.origin), COUNT(*) AS times"
            " FROM sources AS s JOIN units AS u ON u.source = s.id"
            " WHERE s.lang = ? AND s.text = ? AND u.target_lang = ?"
            " GROUP BY u.target ORDER BY times DESC, u.target",
            (source_lang, text, target_lang),
        ).fetchall()
        matches = [Match(text, target, 1.0, origin) for target, origin, _ in exact[:limit]]
        if len(matches) >= limit:
            return matches
        wanted = limit - len(matches)
        return matches + self._similar(text, source_lang, target_lang, threshold, wanted)

    def _similar(
        self, text: str, source_lang: str, target_lang: str, threshold: float, limit: int
    ) -> list[Match]:
        grams = sorted(trigrams(text))
        if not grams:
            return []
        probed = [
            gram
            for (gram,) in self._db.execute(
                f"SELECT trigram FROM trigram_counts WHERE sources > 0 AND trigram IN"
                f" ({', '.join('?' for _ in grams)}) ORDER BY sources, trigram LIMIT ?",
                (*grams, max(MIN_PROBED, len(grams) // PROBED_SHARE)),
            )
        ]
        if not probed:
            return []
        rows = self._db.execute(
            f"SELECT s.text, u.target, u.origin FROM ("
            f"  SELECT source, COUNT(*) AS shared FROM trigrams"
            f"  WHERE trigram IN ({', '.join('?' for _ in probed)}) GROUP BY source"
            f") AS c JOIN sources AS s ON s.id = c.source"
            f" JOIN units AS u ON u.source = s.id AND u.target_lang = ?"
            f" WHERE s.lang = ? AND s.text != ?"
            f" ORDER BY c.shared DESC, u.id LIMIT {TRIGRAM_CANDIDATES}",
            (*probed, target_lang, source_lang, text),
        ).fetchall()
        # One matcher with the query as its second sequence: difflib indexes that one once.
        matcher = SequenceMatcher(None, "", text, autojunk=False)
        found: list[Match] = []
        for source, target, origin in rows:
            matcher.set_seq1(source)
            bar = found[limit - 1].score if len(found) >= limit else threshold
            # the cheap upper bounds first: most candidates stop there
            if matcher.real_quick_ratio() < bar or matcher.quick_ratio() < bar:
                continue
            score = matcher.ratio()
            if score >= bar:
                found.append(Match(source, target, score, origin))
                found.sort(key=lambda match: (-match.score, match.source))
        return found
