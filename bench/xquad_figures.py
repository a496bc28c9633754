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
from dataclasses import dataclass, field
from pathlib import Path

from translate.filters import checks

from l10n.figures import Figure, FigureValue, describe, extract_figures, words

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


@dataclass
class Flags:
    """What one way of reading figures flags on the corpus."""

    paragraphs: int = 0
    by_language: Counter[str] = field(default_factory=Counter)
    by_cause: Counter[str] = field(default_factory=Counter)
    misformatted: Counter[str] = field(default_factory=Counter)
    as_sets: int = 0  # paragraphs whose figure SETS differ (a repeated figure ignored)


def read_figures(text: str, language: str, *, spelled_out: bool) -> list[Figure]:
    """The figures of `text`, and with `spelled_out` its numbers in words too."""
    figures = extract_figures(text, language)
    if spelled_out:
        figures = sorted([*figures, *words.spelled_figures(text, language)], key=lambda f: f.start)
    return figures


def compare(paragraphs: list[dict[str, str]], spelled_out: bool, show: int) -> Flags:
    flags = Flags()
    shown = 0
    for paragraph in paragraphs:
        source = read_figures(paragraph["en"], "en", spelled_out=spelled_out)
        flags.misformatted["en"] += sum(1 for figure in source if figure.misformatted)
        differences: list[str] = []
        causes: set[str] = set()
        differs_as_set = False
        for language in TARGETS:
            target = read_figures(paragraph[language], language, spelled_out=spelled_out)
            flags.misformatted[language] += sum(1 for figure in target if figure.misformatted)
            missing = values(source) - values(target)
            extra = values(target) - values(source)
            if not missing and not extra:
                continue
            differs_as_set |= set(values(source)) != set(values(target))
            flags.by_language[language] += 1
            causes.update(f"{kind_of(value)} differs" for value in (*missing, *extra))
            differences.append(
                f"  {language}: only in en {[describe(v) for v in missing.elements()]}"
                f" / only in {language} {[describe(v) for v in extra.elements()]}"
            )
        if differences:
            flags.paragraphs += 1
            flags.as_sets += differs_as_set
            flags.by_cause.update(causes)
            if shown < show:
                shown += 1
                print(f"paragraph {paragraph['idx']}:", *differences, sep="\n")
    return flags


def report(paragraphs: list[dict[str, str]], show: int) -> None:
    digits = compare(paragraphs, spelled_out=False, show=show)
    spelled = compare(paragraphs, spelled_out=True, show=0)
    peer = peer_numbers_check(paragraphs)
    print(f"\n{len(paragraphs)} paragraphs, en vs ru and en vs ar, paragraphs flagged")
    print(f"{'':30}{'l10n':>8}{'l10n +spelled':>15}{'pofilter numbers':>18}")
    rows = [
        ("either language", digits.paragraphs, spelled.paragraphs, peer["either"]),
        *(
            (
                f"en vs {language}",
                digits.by_language[language],
                spelled.by_language[language],
                peer[language],
            )
            for language in TARGETS
        ),
    ]
    for label, ours, ours_spelled, theirs in rows:
        print(f"{label:30}{ours:>8}{ours_spelled:>15}{theirs:>18}")
    print(f"{'figure sets differ (either)':30}{digits.as_sets:>8}{spelled.as_sets:>15}{'-':>18}")
    ratio = peer["either"] / digits.paragraphs if digits.paragraphs else float("inf")
    print(f"ratio pofilter / l10n: {ratio:.2f}")
    print("l10n flags by cause (a paragraph may have several):")
    for cause, count in digits.by_cause.most_common():
        print(f"  {cause:28}{count:>6}{spelled.by_cause[cause]:>15}")
    print("figures noted as misformatted:", dict(digits.misformatted))


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
    print(f"{'':32}{'l10n extract':>16}{'pofilter numbers':>18}{'ratio':>8}")
    for label, items in (("paragraphs", texts), ("entries (sentences)", sentences)):
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
            f"{label + ' per second':32}{count / ours:>16,.0f}{count / peer:>18,.0f}"
            f"{peer / ours:>8.2f}"
        )
        print(f"{'figures per second':32}{figures / ours:>16,.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N flagged paragraphs")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the speed measure")
    arguments = parser.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    paragraphs = load_paragraphs(CORPUS)
    report(paragraphs, arguments.show)
    measure_speed(paragraphs, arguments.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
