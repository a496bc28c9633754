"""Every regular expression the project compiles is linear on repetitive input: each one is run
over hostile strings at a length and at twice that length, and those whose time grows by more
than about 2.5 are printed (a nested quantifier or two adjacent runs that backtrack).

    python bench/regex_scaling.py [--length 2000] [--threshold 2.8]

The patterns are found, not listed: every compiled pattern alive once the project's modules are
imported and the commands have run on a sample project and on a few hostile inputs (module
constants, the patterns built per language on first use, re's own cache). Each is searched from
every position (`finditer`, as a reader walks a text) over a piece repeated to the length:
figure-like tokens, whitespace runs, letters of each script, markup. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench"))

from command_scaling import COMMANDS, PATTERNS  # noqa: E402

PIECES = [
    *PATTERNS,
    " ",
    "\u00a0",
    " -",
    "- ",
    "\t ",
    "a",
    "a ",
    "A",
    "я",
    "я ",
    "ب",
    "ب ",
    "ال",
    "0",
    "00",
    "1 1",
    "١",
    "١ ",
    ".",
    ". ",
    ",",
    ":",
    "'",
    '"',
    "«",
    "_",
    "$",
    "{0}",
    "<a ",
    '="',
    "&amp;",
    "\\",
    "\n",
    "\n\n",
    "#",
    "*",
    "[",
    "](",
    "`",
    "---\n",
    "ab1",
    "1a",
    "тыс. ",
    "млн ",
    "ألف ",
    "percent ",
    "%",
    "٪",
    "+1 ",
    "(1)",
    "1-1",
    "a.b.",
    "A. ",
    "ё",
    "ё.",
    "\u200f",
    "\u061c",
    "\u202b",
]


def warm_up() -> None:
    """Run every command once on a few small hostile inputs, so that the patterns compiled on
    first use (per language, per project) exist."""
    for name, prepare in COMMANDS.items():
        for pattern in ("1-", "Jan 1, ", "двадцать пять ", "خمسة وعشرون ", "1.5 км "):
            with tempfile.TemporaryDirectory(prefix="l10n-regex-") as scratch:
                try:
                    prepare(Path(scratch), pattern, 200)()
                except (SystemExit, AssertionError) as error:
                    print(f"warm-up {name} {pattern!r}: {error}", file=sys.stderr)


def all_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for thing in gc.get_objects():
        if isinstance(thing, re.Pattern) and isinstance(thing.pattern, str):
            found.setdefault((thing.pattern, thing.flags), thing)
    for thing in re._cache.values():  # type: ignore[attr-defined]
        if isinstance(thing, re.Pattern) and isinstance(thing.pattern, str):
            found.setdefault((thing.pattern, thing.flags), thing)
    return list(found.values())


def scan_time(pattern: re.Pattern[str], text: str, budget: float) -> float:
    start = time.process_time()
    for _ in pattern.finditer(text):
        if time.process_time() - start > budget:
            break
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=2000)
    parser.add_argument("--threshold", type=float, default=2.8)
    arguments = parser.parse_args()
    warm_up()
    patterns = all_patterns()
    print(f"{len(patterns)} patterns, {len(PIECES)} pieces, length {arguments.length:,}")
    length = arguments.length
    suspects = 0
    for pattern in patterns:
        for piece in PIECES:
            short = (piece * (length // len(piece) + 1))[:length]
            long = (piece * (2 * length // len(piece) + 1))[: 2 * length]
            first = min(scan_time(pattern, short, 2.0) for _ in range(2))
            if first < 0.002:
                continue  # too quick to matter at this length, whatever its growth
            second = min(scan_time(pattern, long, 8.0) for _ in range(2))
            if second / first > arguments.threshold:
                suspects += 1
                print(
                    f"{second / first:6.2f}  {first:8.4f} s {second:8.4f} s  piece {piece!r:14}"
                    f" {pattern.pattern[:140]!r}",
                    flush=True,
                )
    print(f"{suspects} (pattern, piece) pairs grew more than x{arguments.threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
