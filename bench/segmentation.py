"""Sentence segmentation: l10n against pysbd, side by side on the same texts.

For each set (the gold sets in tests/data/segmentation, and the sentencex cases in
../shared/corpus when present) and each language it prints the share of cases each splitter
gets exactly right, and the sentences per second each reaches on the same texts (counted as
the reference's sentences, so both are measured on the same work), with the speed ratio.

    python3 bench/segmentation.py [--min-seconds 0.5]

Needs pysbd (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import json
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


def score(split: Splitter, cases: list[Case], min_seconds: float) -> Score:
    exact = sum(normalized(split(case.text)) == normalized(case.segments) for case in cases)
    sentences = sum(len(case.segments) for case in cases)
    rounds = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < min_seconds or rounds == 0:
        for case in cases:
            split(case.text)
        rounds += 1
        elapsed = time.perf_counter() - started
    return Score(exact, sentences * rounds / elapsed)


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
        default=0.5,
        help="time each splitter on each set at least this long (default 0.5)",
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
            ours = score(l10n_splitter(language), cases, arguments.min_seconds)
            peer = score(pysbd_splitter(language), cases, arguments.min_seconds)
            print(
                f"{set_name:<10} {language:<4} {len(cases):>5}  "
                f"{percent(ours.exact, len(cases)):>15}  {percent(peer.exact, len(cases)):>15}  "
                f"{ours.sentences_per_second:>11,.0f}  {peer.sentences_per_second:>12,.0f}  "
                f"{ours.sentences_per_second / peer.sentences_per_second:>10.1f}x"
            )


def percent(exact: int, total: int) -> str:
    return f"{exact}/{total} {100 * exact / total:5.1f}%"


if __name__ == "__main__":
    main()
