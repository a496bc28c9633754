"""Sentence segmentation: l10n against pysbd, side by side on the same texts.

For each set (the gold sets in tests/data/segmentation, and the sentencex cases in
../shared/corpus when present) and each language it prints the share of cases each splitter
gets exactly right, and the sentences per second each reaches on the same texts (counted as
the reference's sentences, so both are measured on the same work; the median of passes
that alternate between the two), with the speed ratio.

A second table uses the xquad paragraphs (../shared, professional translations of the same
paragraph into English, Russian and Arabic): the share of paragraphs that each splitter cuts
into the same number of sentences in all three languages. Translators sometimes merge or
split sentences, so 100% is out of reach; a splitter that cuts at abbreviations or at the
Arabic comma loses agreement.

    python3 bench/segmentation.py [--min-seconds 1.0]

Needs pysbd (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pysbd

from l10n.segment import split_sentences

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "segmentation"
SENTENCEX = REPO.parent / "shared" / "corpus" / "segmentation" / "sentencex-cases.json"
XQUAD = REPO.parent / "shared" / "corpus" / "xquad" / "paragraphs.en-ru-ar.jsonl"
LANGUAGES = ("en", "ru", "ar")

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Case:
    text: str
    segments: list[str]


@dataclass(frozen=True)
class Score:
    exact: int
    sentences_per_second: float


def normalized(sentences: list[str]) -> list[str]:
    return [" ".join(sentence.split()) for sentence in sentences if sentence.strip()]


def l10n_splitter(language: str) -> Splitter:
    return lambda text: split_sentences(text, language)


def pysbd_splitter(language: str) -> Splitter:
    segmenter = pysbd.Segmenter(language=language, clean=False)
    return lambda text: [str(sentence) for sentence in segmenter.segment(text)]


MIN_PASSES = 7


def race(splitters: list[Splitter], cases: list[Case], min_seconds: float) -> list[Score]:
    """Each splitter's score. The splitters take turns, one timed pass over `cases` each per
    round, until the slowest has run `min_seconds` and each MIN_PASSES passes; each
    splitter's median pass counts, so a burst of other work on the machine hits all alike."""
    sentences = sum(len(case.segments) for case in cases)
    passes: list[list[float]] = [[] for _ in splitters]
    while max(sum(times) for times in passes) < min_seconds or len(passes[0]) < MIN_PASSES:
        for split, times in zip(splitters, passes, strict=True):
            started = time.perf_counter()
            for case in cases:
                split(case.text)
            times.append(time.perf_counter() - started)
    return [
        Score(
            exact=sum(normalized(split(case.text)) == normalized(case.segments) for case in cases),
            sentences_per_second=sentences / statistics.median(times),
        )
        for split, times in zip(splitters, passes, strict=True)
    ]


def load_sets() -> dict[str, dict[str, list[Case]]]:
    sets: dict[str, dict[str, list[Case]]] = {"gold": {}}
    for language in LANGUAGES:
        cases = json.loads((GOLD / f"gold.{language}.json").read_text(encoding="utf-8"))
        sets["gold"][language] = [Case(case["text"], case["segments"]) for case in cases]
    if SENTENCEX.is_file():
        sets["sentencex"] = {}
        for case in json.loads(SENTENCEX.read_text(encoding="utf-8")):
            sets["sentencex"].setdefault(case["lang"], []).append(
                Case(case["text"], case["segments"])
            )
    else:
        print(f"(sentencex cases not found at {SENTENCEX}: skipped)", file=sys.stderr)
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=1.0,
        help="time the slower splitter on each set at least this long (default 1.0)",
    )
    arguments = parser.parse_args()
    header = (
        f"{'set':<10} {'lang':<4} {'cases':>5}  {'l10n exact':>15}  {'pysbd exact':>15}  "
        f"{'l10n sent/s':>11}  {'pysbd sent/s':>12}  {'speed ratio':>11}"
    )
    print(header)
    print("-" * len(header))
    for set_name, languages in load_sets().items():
        for language in LANGUAGES:
            cases = languages.get(language, [])
            if not cases:
                continue
            ours, peer = race(
                [l10n_splitter(language), pysbd_splitter(language)], cases, arguments.min_seconds
            )
            print(
                f"{set_name:<10} {language:<4} {len(cases):>5}  "
                f"{percent(ours.exact, len(cases)):>15}  {percent(peer.exact, len(cases)):>15}  "
                f"{ours.sentences_per_second:>11,.0f}  {peer.sentences_per_second:>12,.0f}  "
                f"{ours.sentences_per_second / peer.sentences_per_second:>10.1f}x"
            )
    print_parallel_agreement()


def print_parallel_agreement() -> None:
    if not XQUAD.is_file():
        print(f"(xquad paragraphs not found at {XQUAD}: skipped)", file=sys.stderr)
        return
    lines = XQUAD.read_text(encoding="utf-8").splitlines()
    paragraphs = [json.loads(line) for line in lines if line.strip()]
    print()
    print(f"{'parallel paragraphs (xquad)':<28} {'same count in en, ru, ar':>24}")
    for name, make in (("l10n", l10n_splitter), ("pysbd", pysbd_splitter)):
        splitters = {language: make(language) for language in LANGUAGES}
        same = sum(
            len({len(splitters[language](row[language])) for language in LANGUAGES}) == 1
            for row in paragraphs
        )
        print(f"{name:<28} {percent(same, len(paragraphs)):>24}")


def percent(exact: int, total: int) -> str:
    return f"{exact}/{total} {100 * exact / total:5.1f}%"


if __name__ == "__main__":
    main()
