"""Sentence segmentation: l10n against pysbd and sentencex, side by side on the same texts.

For each set and language it prints the share of cases each splitter gets exactly right, and
the sentences per second each reaches on the same texts (counted as the reference's
sentences, so all are measured on the same work; the median of passes that alternate between
them, timed in CPU seconds of this process, so that other work on a shared machine does not
count), with l10n's speed as a multiple of pysbd's. The sets:

- gold: our own press-statement cases, tests/data/segmentation;
- sentencex: the sentencex cases in the shared corpus (--corpus, skipped when absent);
- pysbd, razdel: the public gold written by others, read from checkouts of
  github.com/nipunsadvilkar/pySBD (its golden rules, tests/lang/test_{english,russian,
  arabic}.py) and github.com/natasha/razdel (its unit cases, razdel/tests/test_sentenize.py)
  side by side in the folder given by --public-gold or L10N_PUBLIC_GOLD (skipped when absent;
  the files are never copied into this repository). Cases pySBD itself marks as expected to
  fail are left out, as in the issue's count of 122.

A second table times l10n on inputs built to be hard (a number and a dot repeated, inline
lists, dialogue, short lines) at 1, 2, 4 and 8 times a size: a linear splitter takes about
twice as long for twice the text.

A third table uses the xquad paragraphs (shared corpus, professional translations of the same
paragraph into English, Russian and Arabic): the share of paragraphs that each splitter cuts
into the same number of sentences in all three languages. Translators sometimes merge or
split sentences, so 100% is out of reach; a splitter that cuts at abbreviations or at the
Arabic comma loses agreement.

    python3 bench/segmentation.py [--min-seconds 1.0] [--corpus DIR] [--public-gold DIR]

Needs pysbd and sentencex (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pysbd
import sentencex

from l10n.segment import split_sentences

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "segmentation"
LANGUAGES = ("en", "ru", "ar")
SPLITTERS = ("l10n", "pysbd", "sentencex")
PYSBD_FILES = {"en": "test_english.py", "ru": "test_russian.py", "ar": "test_arabic.py"}

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


def make_splitter(name: str, language: str) -> Splitter:
    if name == "l10n":
        return lambda text: split_sentences(text, language)
    if name == "pysbd":
        segmenter = pysbd.Segmenter(language=language, clean=False)
        return lambda text: [str(sentence) for sentence in segmenter.segment(text)]
    return lambda text: list(sentencex.segment(language, text))


MIN_PASSES = 7


def race(splitters: list[Splitter], cases: list[Case], min_seconds: float) -> list[Score]:
    """Each splitter's score. The splitters take turns, one timed pass over `cases` each per
    round, until the slowest has run `min_seconds` and each MIN_PASSES passes; each
    splitter's median pass counts, so a burst of other work on the machine hits all alike.
    Time is the process's CPU time, which waiting for a busy machine's cores does not add to."""
    sentences = sum(len(case.segments) for case in cases)
    passes: list[list[float]] = [[] for _ in splitters]
    while max(sum(times) for times in passes) < min_seconds or len(passes[0]) < MIN_PASSES:
        for split, times in zip(splitters, passes, strict=True):
            started = time.process_time()
            for case in cases:
                split(case.text)
            times.append(time.process_time() - started)
    return [
        Score(
            exact=sum(normalized(split(case.text)) == normalized(case.segments) for case in cases),
            sentences_per_second=sentences / statistics.median(times),
        )
        for split, times in zip(splitters, passes, strict=True)
    ]


# --- the sets ---------------------------------------------------------------------------


def load_sets(corpus: Path, public_gold: Path | None) -> dict[str, dict[str, list[Case]]]:
    sets: dict[str, dict[str, list[Case]]] = {"gold": {}}
    for language in LANGUAGES:
        cases = json.loads((GOLD / f"gold.{language}.json").read_text(encoding="utf-8"))
        sets["gold"][language] = [Case(case["text"], case["segments"]) for case in cases]
    sentencex_cases = corpus / "segmentation" / "sentencex-cases.json"
    if sentencex_cases.is_file():
        sets["sentencex"] = {}
        for case in json.loads(sentencex_cases.read_text(encoding="utf-8")):
            sets["sentencex"].setdefault(case["lang"], []).append(
                Case(case["text"], case["segments"])
            )
    else:
        print(f"(sentencex cases not found at {sentencex_cases}: skipped)", file=sys.stderr)
    if public_gold is None:
        print("(no --public-gold folder given: pySBD and razdel cases skipped)", file=sys.stderr)
        return sets
    pysbd_tests = public_gold / "pySBD" / "tests" / "lang"
    if pysbd_tests.is_dir():
        sets["pysbd"] = {
            language: unique(pysbd_golden_rules(pysbd_tests / name))
            for language, name in PYSBD_FILES.items()
            if (pysbd_tests / name).is_file()
        }
    else:
        print(f"(pySBD tests not found at {pysbd_tests}: skipped)", file=sys.stderr)
    razdel_tests = public_gold / "razdel" / "razdel" / "tests" / "test_sentenize.py"
    if razdel_tests.is_file():
        sets["razdel"] = {"ru": unique(razdel_unit_cases(razdel_tests))}
    else:
        print(f"(razdel tests not found at {razdel_tests}: skipped)", file=sys.stderr)
    return sets


def unique(cases: Iterator[Case]) -> list[Case]:
    """The cases in order, a text given twice counted once."""
    seen: dict[str, Case] = {}
    for case in cases:
        seen.setdefault(case.text, case)
    return list(seen.values())


def pysbd_golden_rules(path: Path) -> Iterator[Case]:
    """The (text, sentences) pairs of a pySBD language test module, read without running it;
    `pytest.param(…, marks=pytest.mark.xfail)` entries are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
            continue
        for element in node.value.elts:
            if isinstance(element, ast.Tuple):
                text, segments = ast.literal_eval(element)
                yield Case(text, list(segments))


def razdel_unit_cases(path: Path) -> Iterator[Case]:
    """razdel's UNIT partitions: sentences joined by "|", the white space between them an
    element of its own ("a.| |b")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or getattr(node.func, "id", "") != "parse_partitions":
            continue
        if not isinstance(node.args[0], ast.List):  # the integration lines read from a file
            continue
        for line in ast.literal_eval(node.args[0]):
            chunks = [
                chunk.replace(r"\|", "|").replace(r"\n", "\n")
                for chunk in re.split(r"(?<!\\)\|", line)
            ]
            yield Case("".join(chunks), [chunk for chunk in chunks if chunk.strip()])


# --- printing ---------------------------------------------------------------------------


def print_accuracy(sets: dict[str, dict[str, list[Case]]], min_seconds: float) -> None:
    header = (
        f"{'set':<10} {'lang':<4} {'cases':>5}  "
        + "  ".join(f"{name + ' exact':>16}" for name in SPLITTERS)
        + "  "
        + "  ".join(f"{name + ' sent/s':>16}" for name in SPLITTERS)
        + f"  {'l10n/pysbd':>10}"
    )
    print(header)
    print("-" * len(header))
    public = {name: 0 for name in SPLITTERS}
    public_cases = 0
    for set_name, languages in sets.items():
        for language in LANGUAGES:
            cases = languages.get(language, [])
            if not cases:
                continue
            splitters = [make_splitter(name, language) for name in SPLITTERS]
            scores = race(splitters, cases, min_seconds)
            if set_name in ("pysbd", "razdel"):
                public_cases += len(cases)
                for name, score in zip(SPLITTERS, scores, strict=True):
                    public[name] += score.exact
            print(
                f"{set_name:<10} {language:<4} {len(cases):>5}  "
                + "  ".join(f"{percent(score.exact, len(cases)):>16}" for score in scores)
                + "  "
                + "  ".join(f"{score.sentences_per_second:>16,.0f}" for score in scores)
                + f"  {scores[0].sentences_per_second / scores[1].sentences_per_second:>9.1f}x"
            )
    if public_cases:
        print(
            f"{'public':<10} {'all':<4} {public_cases:>5}  "
            + "  ".join(f"{percent(public[name], public_cases):>16}" for name in SPLITTERS)
        )


# Inputs that once made the splitter slow down as they grew, or could: one unit repeated.
SCALING_INPUTS = {
    "number and dot": ("ru", "12. "),
    "inline list": ("en", "1. The first item 2. The second item "),
    "dialogue": ("ru", "— Готово? — Готово. — Нет! — ответила она. "),
    "quotation": ("ru", "Он сказал: «Вернулись все. Работа идёт». "),
    "bullets": ("en", "• "),
    "short lines": ("en", "Heading\nA line that ends.\n"),
}
SCALING_UNITS = 2500


def print_scaling() -> None:
    """l10n's time on each input at 1, 2, 4 and 8 times SCALING_UNITS units, best of three,
    and the largest ratio between one size and the next (2.0 for a linear splitter)."""
    print()
    print(f"{'scaling (l10n)':<16} " + "  ".join(f"{f'x{factor}':>9}" for factor in (1, 2, 4, 8)))
    for name, (language, unit) in SCALING_INPUTS.items():
        times = []
        for factor in (1, 2, 4, 8):
            text = unit * (SCALING_UNITS * factor)
            best = float("inf")
            for _ in range(3):
                started = time.process_time()
                split_sentences(text, language, plain_text=True)
                best = min(best, time.process_time() - started)
            times.append(best)
        worst = max(later / earlier for earlier, later in itertools.pairwise(times))
        print(
            f"{name:<16} "
            + "  ".join(f"{seconds:>8.3f}s" for seconds in times)
            + f"  worst doubling {worst:.2f}x"
        )


def print_parallel_agreement(corpus: Path) -> None:
    xquad = corpus / "xquad" / "paragraphs.en-ru-ar.jsonl"
    if not xquad.is_file():
        print(f"(xquad paragraphs not found at {xquad}: skipped)", file=sys.stderr)
        return
    lines = xquad.read_text(encoding="utf-8").splitlines()
    paragraphs = [json.loads(line) for line in lines if line.strip()]
    print()
    print(f"{'parallel paragraphs (xquad)':<28} {'same count in en, ru, ar':>24}")
    for name in SPLITTERS:
        splitters = {language: make_splitter(name, language) for language in LANGUAGES}
        same = sum(
            len({len(splitters[language](row[language])) for language in LANGUAGES}) == 1
            for row in paragraphs
        )
        print(f"{name:<28} {percent(same, len(paragraphs)):>24}")


def percent(exact: int, total: int) -> str:
    return f"{exact}/{total} {100 * exact / total:5.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=1.0,
        help="time the slowest splitter on each set at least this long (default 1.0)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("L10N_CORPUS", REPO.parent / "shared" / "corpus")),
        help="the shared development corpus (default ../shared/corpus or L10N_CORPUS)",
    )
    parser.add_argument(
        "--public-gold",
        type=Path,
        default=os.environ.get("L10N_PUBLIC_GOLD"),
        help="folder holding pySBD/ and razdel/ checkouts (default L10N_PUBLIC_GOLD)",
    )
    arguments = parser.parse_args()
    print_accuracy(load_sets(arguments.corpus, arguments.public_gold), arguments.min_seconds)
    print_scaling()
    print_parallel_agreement(arguments.corpus)


if __name__ == "__main__":
    main()
