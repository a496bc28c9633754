"""The translation memory: a SQLite file of (source sentence, language, translation, origin).

It is filled from the project's reviewed translations (`units_of_catalog`: translated,
not fuzzy) and asked for a sentence: exact matches first (score 1.0), then fuzzy ones found
through a trigram index and scored with difflib's ratio (as `l10n.merge.similarity`, the
score of fuzzy matching in `l10n update`), best first, at or above a threshold.

The file is a cache of what the catalogs already hold, rebuilt by `l10n tm import`; its
schema version is SQLite's `user_version`, and a file of another version is refused with a
hint to rebuild it. WAL journal mode lets readers run while an import writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from types import TracebackType

from l10n.errors import L10nError
from l10n.po import Catalog

SCHEMA_VERSION = 1
DEFAULT_LOCATION = ".l10n/tm.sqlite3"  # relative to the project root
FUZZY_THRESHOLD = 0.75
TRIGRAM_CANDIDATES = 50  # units sharing the most trigrams, scored exactly
# Candidates are found through the query's rarest trigrams only (a similar sentence shares
# most of them); common ones ("the", " of") would each bring in most of the memory.
PROBED_SHARE = 3  # probe one trigram in three
MIN_PROBED = 8
BUSY_TIMEOUT_MS = 10_000

_SCHEMA = """
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    origin TEXT NOT NULL,
    UNIQUE (source_lang, target_lang, source, target, origin)
);
CREATE INDEX units_by_source ON units (source_lang, target_lang, source);
CREATE INDEX units_by_origin ON units (origin);
CREATE TABLE trigrams (
    trigram TEXT NOT NULL,
    unit INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (trigram, unit)
) WITHOUT ROWID;
CREATE INDEX trigrams_by_unit ON trigrams (unit);
CREATE TABLE trigram_counts (
    trigram TEXT PRIMARY KEY,
    units INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER trigram_added AFTER INSERT ON trigrams BEGIN
    INSERT INTO trigram_counts (trigram, units) VALUES (NEW.trigram, 1)
    ON CONFLICT (trigram) DO UPDATE SET units = units + 1;
END;
CREATE TRIGGER trigram_removed AFTER DELETE ON trigrams BEGIN
    UPDATE trigram_counts SET units = units - 1 WHERE trigram = OLD.trigram;
END;
"""


class TranslationMemoryError(L10nError):
    """The translation memory file cannot be opened or is of another version."""


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
            self._db.execute("PRAGMA foreign_keys = ON")
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
        if version == 0 and create:
            with self._db:
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

    def replace_origin(
        self, origin: str, source_lang: str, target_lang: str, pairs: Iterable[tuple[str, str]]
    ) -> int:
        """Make `pairs` the whole content from `origin` (a catalog); returns how many are stored."""
        with self._db:
            self._db.execute("DELETE FROM units WHERE origin = ?", (origin,))
            stored = 0
            for source, target in pairs:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO units (source_lang, target_lang, source, target, origin)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (source_lang, target_lang, source, target, origin),
                )
                if cursor.rowcount:
                    stored += 1
                    self._db.executemany(
                        "INSERT INTO trigrams (trigram, unit) VALUES (?, ?)",
                        ((gram, cursor.lastrowid) for gram in trigrams(source)),
                    )
        return stored

    def forget_other_origins(self, kept: Sequence[str]) -> int:
        """Remove units from catalogs no longer in the project; returns how many."""
        with self._db:
            marks = ", ".join("?" for _ in kept)
            cursor = self._db.execute(
                f"DELETE FROM units WHERE origin NOT IN ({marks})" if kept else "DELETE FROM units",
                tuple(kept),
            )
        return cursor.rowcount

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
            "SELECT target, MIN(origin), COUNT(*) AS times FROM units"
            " WHERE source_lang = ? AND target_lang = ? AND source = ?"
            " GROUP BY target ORDER BY times DESC, target",
            (source_lang, target_lang, text),
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
                f"SELECT trigram FROM trigram_counts WHERE units > 0 AND trigram IN"
                f" ({', '.join('?' for _ in grams)}) ORDER BY units, trigram LIMIT ?",
                (*grams, max(MIN_PROBED, len(grams) // PROBED_SHARE)),
            )
        ]
        if not probed:
            return []
        rows = self._db.execute(
            f"SELECT u.source, u.target, u.origin FROM units AS u JOIN ("
            f"  SELECT unit, COUNT(*) AS shared FROM trigrams"
            f"  WHERE trigram IN ({', '.join('?' for _ in probed)}) GROUP BY unit"
            f") AS c ON c.unit = u.id"
            f" WHERE u.source_lang = ? AND u.target_lang = ? AND u.source != ?"
            f" ORDER BY c.shared DESC, u.id LIMIT {TRIGRAM_CANDIDATES}",
            (*probed, source_lang, target_lang, text),
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
