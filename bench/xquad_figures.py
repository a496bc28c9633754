"""Figures by value on real translations: the XQuAD paragraphs in English, Russian and Arabic.

For each paragraph, the multisets of figure values (order-free) of the Russian and the Arabic
translation are compared with the English one; a paragraph is flagged when they differ. Side by
side, the same paragraphs go through translate-toolkit's `numbers` check (pofilter --test=numbers),
which compares digits as text. Then extraction speed: figures/s and texts/s.

    python3 bench/xquad_figures.py            # counts by cause, peer counts, speed
    python3 bench/xquad_figures.py --show 20  # also the differing figures of 20 flagged paragraphs

The corpus is read from ../shared beside the repository (see /work/shared/corpus/README.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

from translate.filters import checks

from l10n.figures import Figure, FigureValue, describe, extract_figures

CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpus"
    / "xquad"
    / "paragraphs.en-ru-ar.jsonl"
)
TARGETS = ("ru", "ar")


def load_paragraphs(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def values(figures: list[Figure]) -> Counter[FigureValue]:
    return Counter(figure.value for figure in figures)


def kind_of(value: FigureValue) -> str:
    return type(value).__name__.removesuffix("Value").lower()


def compare(paragraphs: list[dict[str, str]], show: int) -> None:
    flagged_by_language: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    flagged_paragraphs = 0
    misformatted: Counter[str] = Counter()
    shown = 0
    for paragraph in paragraphs:
        source = extract_figures(paragraph["en"], "en")
        differences: list[str] = []
        paragraph_causes: set[str] = set()
        for figure in source:
            if figure.misformatted:
                misformatted["en"] += 1
        for language in TARGETS:
            target = extract_figures(paragraph[language], language)
            misformatted[language] += sum(1 for figure in target if figure.misformatted)
            missing = values(source) - values(target)
            extra = values(target) - values(source)
            if not missing and not extra:
                continue
            flagged_by_language[language] += 1
            for value in (*missing, *extra):
                paragraph_causes.add(f"{kind_of(value)} differs")
            differences.append(
                f"  {language}: only in en {[describe(v) for v in missing.elements()]}"
                f" / only in {language} {[describe(v) for v in extra.elements()]}"
            )
        if differences:
            flagged_paragraphs += 1
            causes.update(paragraph_causes)
            if shown < show:
                shown += 1
                print(f"paragraph {paragraph['idx']}:", *differences, sep="\n")
    peer_flags = peer_numbers_check(paragraphs)
    total = len(paragraphs)
    print(f"\n{total} paragraphs, en vs ru and en vs ar")
    print(f"{'':34}{'l10n by value':>16}{'pofilter numbers':>18}")
    print(f"{'flagged paragraphs (either)':34}{flagged_paragraphs:>16}{peer_flags['either']:>18}")
    for language in TARGETS:
        label = f"flagged en vs {language}"
        print(f"{label:34}{flagged_by_language[language]:>16}{peer_flags[language]:>18}")
    ratio = peer_flags["either"] / flagged_paragraphs if flagged_paragraphs else float("inf")
    print(f"ratio pofilter / l10n: {ratio:.2f}")
    print("l10n flags by cause (a paragraph may have several):")
    for cause, count in causes.most_common():
        print(f"  {cause:30}{count:>6}")
    print("figures noted as misformatted:", dict(misformatted))


def peer_numbers_check(paragraphs: list[dict[str, str]]) -> Counter[str]:
    checker = checks.StandardChecker()
    flags: Counter[str] = Counter()
    for paragraph in paragraphs:
        flagged = False
        for language in TARGETS:
            try:
                checker.numbers(paragraph["en"], paragraph[language])
            except checks.FilterFailure:
                flags[language] += 1
                flagged = True
        flags["either"] += flagged
    return flags


def measure_speed(paragraphs: list[dict[str, str]], rounds: int) -> None:
    texts = [
        (paragraph[language], language) for paragraph in paragraphs for language in ("en", *TARGETS)
    ]
    sentences = [
        (sentence, language)
        for text, language in texts
        for sentence in text.replace("؟", ".").split(". ")
        if sentence.strip()
    ]
    checker = checks.StandardChecker()
    print(f"\nspeed over {rounds} rounds ({len(texts)} paragraphs, {len(sentences)} sentences):")
    print(f"{'':28}{'l10n extract':>16}{'pofilter numbers':>18}{'ratio':>8}")
    for label, items in (("paragraphs", texts), ("sentences", sentences)):
        start = time.perf_counter()
        figures = 0
        for _ in range(rounds):
            for text, language in items:
                figures += len(extract_figures(text, language))
        ours = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(rounds):
            for text, _language in items:
                with contextlib.suppress(checks.FilterFailure):
                    checker.numbers(text, text)
        peer = time.perf_counter() - start
        count = len(items) * rounds
        print(
            f"{label + ' per second':28}{count / ours:>16,.0f}{count / peer:>18,.0f}"
            f"{peer / ours:>8.2f}"
        )
        print(f"{'figures per second':28}{figures / ours:>16,.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N flagged paragraphs")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the speed measure")
    arguments = parser.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    paragraphs = load_paragraphs(CORPUS)
    compare(paragraphs, arguments.show)
    measure_speed(paragraphs, arguments.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
