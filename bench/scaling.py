"""Every reader is linear in its input: each hostile pattern of the adversarial run, read at a
size and at twice that size; the time ratio should stay near 2 (at most about 2.5).

    python bench/scaling.py [--size 64000]

Patterns: one PO entry of "1%1%1%…" and one of "January 1, January 1, …" through `l10n check`'s
reading and comparison (English source, Russian and Arabic translation), the latter also with
one figure changed at its end (so that the second stage, `l10n.figures.explain`, reads it), a
catalog of many plain entries through the PO reader, "12. 12. 12. …" through the segmenter in
each language, and long front matter through the statement reader. Each size is timed three
times, the least counting. Printed, never asserted: timing asserts have no place in tests.

Then memory: the peak resident memory of `l10n check -j 1` (its own process) on catalogs of
bench/make_catalog.py at --memory-entries entries and at two doublings of it, with the ratio
per doubling (at most 2 is linear; a check that holds one slice at a time stays near 1) and
the peak over the file's size. `--memory-entries 0` leaves it out.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench"))

from make_catalog import generate  # noqa: E402

from l10n.check import CatalogEntry, check_paths  # noqa: E402
from l10n.po import read_messages  # noqa: E402
from l10n.segment import sentence_spans  # noqa: E402
from l10n.sources import parse_statement  # noqa: E402

HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: {lang}\\n"\n\n'


def one_entry_check(
    pattern: str, language: str, differing: tuple[str, str] = ("", "")
) -> Callable[[int], Callable[[], object]]:
    """One entry of `pattern` repeated; `differing` ends the source and the translation, so
    that a figure stays unmatched and the second stage reads the whole long entry again."""

    def prepare(size: int) -> Callable[[], object]:
        text = (pattern * (size // len(pattern) + 1))[:size]
        folder = Path(tempfile.mkdtemp())
        path = folder / f"{language}.po"
        entry = f'msgid "{text}{differing[0]}"\nmsgstr "{text}{differing[1]}"\n'
        path.write_text(HEADER.format(lang=language) + entry, "utf-8")
        return lambda: check_paths([path], "en")

    return prepare


def many_entries(line_end: str) -> Callable[[int], Callable[[], object]]:
    """A catalog 16 times the size of the other inputs (the reader is fast): plain entries, read
    by the fast readers, or with CRLF line ends, read line by line by the careful one."""

    def prepare(size: int) -> Callable[[], object]:
        entry = 'msgid "The convoy delivered {0} tonnes."\nmsgstr "Колонна доставила {0} тонн."\n\n'
        count = 16 * size // len(entry)
        text = HEADER.format(lang="ru") + "".join(entry.format(i) for i in range(count))
        data = text.replace("\n", line_end).encode()
        return lambda: read_messages(data, "ru.po", CatalogEntry)

    return prepare


def many_entries_checked(size: int) -> Callable[[], object]:
    """Plain entries (64 times the size: pieces of several megabytes) through `l10n check`, read a
    slice at a time, and compared."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "ru.po"
    entry = 'msgid "The convoy delivered {0} tonnes."\nmsgstr "Колонна доставила {0} тонн."\n\n'
    count = 64 * size // len(entry)
    text = HEADER.format(lang="ru") + "".join(entry.format(i) for i in range(count))
    path.write_text(text, "utf-8")
    return lambda: check_paths([path], "en")


def segmenter(language: str) -> Callable[[int], Callable[[], object]]:
    def prepare(size: int) -> Callable[[], object]:
        text = "12. " * (size // 4)
        return lambda: sentence_spans(text, language)

    return prepare


def front_matter(size: int) -> Callable[[], object]:
    crumbs = ", ".join(f"Section {i}" for i in range(size // 12))
    data = f"---\ntitle: T\nslug: s\npublished: 2026-01-20\nbreadcrumb: [{crumbs}]\n---\nA.\n"
    return lambda: parse_statement(data.encode(), "s.md", "en")


def least_time(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=64_000, help="characters at the first size")
    parser.add_argument(
        "--memory-entries", type=int, default=50_000, help="catalog entries at the first size"
    )
    arguments = parser.parse_args()
    size = arguments.size
    cases: dict[str, Callable[[int], Callable[[], object]]] = {
        "check, one entry of 1%1%… (ru)": one_entry_check("1%", "ru"),
        "check, one entry of 1%1%… (ar)": one_entry_check("1%", "ar"),
        "check, one entry of January 1, … (ru)": one_entry_check("January 1, ", "ru"),
        "check, one entry of January 1, … (ar)": one_entry_check("January 1, ", "ar"),
        "explain, January 1, … one figure changed (ru)": one_entry_check(
            "January 1, ", "ru", (" 5", " 6")
        ),
        "explain, January 1, … one figure changed (ar)": one_entry_check(
            "January 1, ", "ar", (" 5", " 6")
        ),
        "PO reader, plain entries (x16)": many_entries("\n"),
        "PO reader, CRLF entries (x16)": many_entries("\r\n"),
        "check, plain entries (x64)": many_entries_checked,
        "segmenter, 12. 12. … (en)": segmenter("en"),
        "segmenter, 12. 12. … (ru)": segmenter("ru"),
        "segmenter, 12. 12. … (ar)": segmenter("ar"),
        "front matter, long breadcrumb": front_matter,
    }
    print(f"{'input':40} {size:>10,} ch {2 * size:>10,} ch   ratio")
    worst = 0.0
    for name, prepare in cases.items():
        first = least_time(prepare(size))
        second = least_time(prepare(2 * size))
        ratio = second / first if first > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "" if ratio <= 2.5 else "  <- more than linear"
        print(f"{name:40} {first:10.3f} s {second:10.3f} s {ratio:7.2f}{flag}")
    print(f"worst ratio {worst:.2f} (linear is 2)")
    if arguments.memory_entries:
        print_memory(arguments.memory_entries)
    return 0


def peak_memory_mb(catalog: Path) -> float:
    """The peak resident memory of `l10n check -j 1` on `catalog`, in its own process."""
    command = [sys.executable, "-m", "l10n", "check", str(catalog), "--jobs", "1"]
    command += ["--source-lang", "en", "--format", "json", "--fail-on", "never"]
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=environment)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"l10n check failed on {catalog}")
    return usage.ru_maxrss / 1024


def print_memory(entries: int) -> None:
    print("\npeak memory of l10n check -j 1 (ru catalogs of bench/make_catalog.py)")
    print(f"{'entries':>9} {'file MB':>8} {'peak MB':>8} {'peak/file':>9} {'per doubling':>12}")
    previous = None
    with tempfile.TemporaryDirectory(prefix="l10n-memory-") as scratch:
        for count in (entries, 2 * entries, 4 * entries):
            folder = Path(scratch) / str(count)
            generate(folder, count, seed=1, plant_every=500)
            catalog = folder / "locales" / "ru" / "LC_MESSAGES" / "bench.po"
            file_mb = catalog.stat().st_size / 2**20
            peak = peak_memory_mb(catalog)
            ratio = "" if previous is None else f"x{peak / previous:.2f}"
            print(f"{count:>9,} {file_mb:>8.1f} {peak:>8.1f} {peak / file_mb:>9.2f} {ratio:>12}")
            previous = peak


if __name__ == "__main__":
    sys.exit(main())
