"""Translation-memory fuzzy lookup: the SQLite trigram index against a full difflib scan.

Data: the English sentences of the xquad paragraphs (../shared/corpus), aligned 1-1 with
their Russian translations by l10n.align, stored in a translation memory in a temporary
folder. Queries: each stored sentence with one word changed (a figure or a word replaced),
which a translator would want matched to the stored sentence (the first 300).

Printed side by side, for the index (TranslationMemory.lookup) and for a scan that scores
every stored sentence with the same similarity (l10n.merge.similarity):

- found: queries whose best match is the sentence they were made from;
- agree: queries where the index's best match is the scan's best match (the scores use
  the same ratio as l10n.merge.similarity; the scan skips sentences whose cheap upper bounds
  fall below the best so far);
- lookups per second, and the index's speed-up over the scan.

A second table times `l10n tm import` (l10n.prefill.import_memory) on generated projects of
N and 2N statements, each with a Russian and an Arabic catalog of 50 reviewed entries (xquad
sentence pairs, numbered so that every statement's sentences are its own): the first import,
and a second one of the same catalogs. Linear means twice the statements take twice the time,
and the second run, having nothing to write, takes a fraction of the first.

    python3 bench/tm.py
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

from l10n.align import align_sentences, sentence_unit
from l10n.config import load_config
from l10n.model import BlockKind
from l10n.po import Catalog, Entry, serialize_po
from l10n.prefill import import_memory
from l10n.segment import split_sentences
from l10n.tm import FUZZY_THRESHOLD, TranslationMemory

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (or beside the folder of worktrees)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO / "shared")
XQUAD = SHARED / "corpus" / "xquad" / "paragraphs.en-ru-ar.jsonl"
QUERIES = 300
STATEMENTS = (75, 150)  # N and 2N; the archive had 301
ENTRIES_PER_CATALOG = 50
WORD = re.compile(r"\b[A-Za-z]{5,}\b")


def sentence_pairs(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    pairs: dict[str, str] = {}
    for row in rows:
        source = [
            sentence_unit(text, 1, "en", BlockKind.PARAGRAPH)
            for text in split_sentences(row["en"], "en")
        ]
        target = [
            sentence_unit(text, 1, "ru", BlockKind.PARAGRAPH)
            for text in split_sentences(row["ru"], "ru")
        ]
        for pair in align_sentences(source, target):
            if pair.kind == "1-1":
                pairs.setdefault(pair.source[0].text, pair.target[0].text)
    return list(pairs.items())


def edited(sentence: str) -> str | None:
    """The sentence with its last long word replaced, or None when it has none."""
    words = list(WORD.finditer(sentence))
    if not words:
        return None
    last = words[-1]
    return sentence[: last.start()] + "Xyzzy" + sentence[last.end() :]


def scan_best(query: str, sources: list[str]) -> str | None:
    """The most similar stored sentence, each scored unless difflib's cheap upper bounds
    already rule it out (what a careful scan does)."""
    best, best_score = None, FUZZY_THRESHOLD
    matcher = SequenceMatcher(None, "", query, autojunk=False)
    for source in sources:
        matcher.set_seq1(source)
        if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
            continue
        score = matcher.ratio()
        if score >= best_score and (best is None or score > best_score):
            best, best_score = source, score
    return best


def main() -> int:
    if not XQUAD.is_file():
        print(f"corpus not found: {XQUAD}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    pairs = sentence_pairs(rows)
    sources = [source for source, _ in pairs]
    queries = [(query, source) for source in sources if (query := edited(source))][:QUERIES]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tm.sqlite3"
        with TranslationMemory(path, create=True) as memory:
            started = time.perf_counter()
            memory.replace_origin("xquad", "en", "ru", pairs)
            import_seconds = time.perf_counter() - started
            started = time.perf_counter()
            indexed = [memory.lookup(query, "en", "ru", limit=1) for query, _ in queries]
            index_seconds = time.perf_counter() - started
        started = time.perf_counter()
        scanned = [scan_best(query, sources) for query, _ in queries]
        scan_seconds = time.perf_counter() - started
    index_best = [found[0].source if found else None for found in indexed]
    expected = [source for _, source in queries]
    print(
        f"{len(pairs)} sentence pairs imported in {import_seconds:.2f} s; "
        f"{len(queries)} queries (one word changed each)\n"
    )
    table = [("lookup", "found", "agree with scan", "lookups/s", "speed")]
    for name, best, seconds in (
        ("SQLite trigram index", index_best, index_seconds),
        ("difflib scan", scanned, scan_seconds),
    ):
        found = sum(1 for got, want in zip(best, expected, strict=True) if got == want)
        agree = sum(1 for got, want in zip(best, scanned, strict=True) if got == want)
        table.append(
            (
                name,
                f"{found}/{len(queries)} ({found / len(queries):.1%})",
                f"{agree}/{len(queries)}",
                f"{len(queries) / seconds:.0f}",
                f"{scan_seconds / seconds:.1f}x",
            )
        )
    print_table(table)
    print_import_scaling(pairs)
    return 0


def print_table(table: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def generated_project(folder: Path, statements: int, pairs: list[tuple[str, str]]) -> None:
    (folder / "source").mkdir()
    (folder / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru", "ar"]\n')
    for language in ("ru", "ar"):
        messages = folder / "locales" / language / "LC_MESSAGES"
        messages.mkdir(parents=True)
        for number in range(statements):
            chosen = [
                pairs[(number * 37 + index) % len(pairs)] for index in range(ENTRIES_PER_CATALOG)
            ]
            catalog = Catalog(
                header=(("Language", language), ("Content-Type", "text/plain; charset=UTF-8")),
                entries=tuple(
                    Entry(f"{source} (No. {number})", f"{target} (№ {number})")
                    for source, target in chosen
                ),
            )
            (messages / f"statement-{number:04d}.po").write_bytes(serialize_po(catalog))


def print_import_scaling(pairs: list[tuple[str, str]]) -> None:
    table = [("statements", "units", "first import", "second import", "first, units/s")]
    for statements in STATEMENTS:
        with tempfile.TemporaryDirectory() as folder:
            generated_project(Path(folder), statements, pairs)
            config = load_config(Path(folder))
            started = time.perf_counter()
            result = import_memory(config)
            first = time.perf_counter() - started
            started = time.perf_counter()
            import_memory(config)
            second = time.perf_counter() - started
        table.append(
            (
                str(statements),
                str(result.total),
                f"{first:.2f} s",
                f"{second:.2f} s",
                f"{result.total / first:.0f}",
            )
        )
    print("\ntm import, first and second run:")
    print_table(table)


if __name__ == "__main__":
    sys.exit(main())
