"""False alarms and catches of the figure check on real translations, beside pofilter's.

    python3 bench/precision.py              # the table, l10n (first pass, both stages) and pofilter
    python3 bench/precision.py --show 20    # also 20 pairs still flagged falsely and missed catches
    python3 bench/precision.py --xquad LABELS [--show N]  # xquad as pairs, hand-labelled

Data (read from ../shared beside the repository, see /work/shared/corpus/README.md):

- ntrex-dev/labelled.jsonl: 442 professional news translations (en -> ru, en -> ar), each
  labelled `same` (the same figures, however written) or `differs` (a real discrepancy).
- xquad/paragraphs.en-ru-ar.jsonl: 240 professional paragraphs (en -> ru, en -> ar), unlabelled;
  most state the same figures, so the share flagged is an upper bound of false alarms there.
- tests/data/figures/hard_cases.jsonl, in this repository: our own pairs (en -> ru, en -> ar,
  ru -> en) of spelled-out numbers, duals and mixed scales, labelled `same` or `differs`;
  "hard cases: N/M right" counts those read as labelled (tests/test_figures_hard_cases.py).
- tests/data/figures/news_cases.jsonl: news pairs in the same format, written in sessions 9,
  10 and 11 before their reading was looked at; "news cases written blind" counts them likewise.
- Mutated copies of the `same` pairs and of the xquad paragraphs: one figure of the translation
  changed (a digit, the figure dropped, the month, the scale word). A mutant is caught when the
  check flags it; "on clean pairs" counts only mutants of pairs the tool does not flag unmutated,
  which is the harder measure (a pair flagged anyway proves nothing about the mutation).

With `--xquad LABELS`, the xquad paragraphs are pairs in three directions (en -> ru, en -> ar,
ru -> en) and LABELS (kept outside the repository: JSON lines with `key` such as `7:en-ar`,
`label` same or differs, `why`) says which pairs a careful reader finds consistent. Every pair
any tool flags should be labelled; the report counts false alarms, catches and pairs flagged but
not yet labelled, per direction and tool; `--show` lists the false alarms and unlabelled pairs.

The check runs as `l10n check` does (`check_catalogs`, quick readers first); a pair is flagged
when it has a finding other than a `number-format` warning. "first pass" is the same check with
the second stage (`l10n.figures.explain.EXPLAINERS`) emptied. pofilter is translate-toolkit's
`numbers` test (`pofilter --test=numbers`), called in this process on each pair. The
per-class table says which explainer accounts for the first pass's false alarms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from translate.filters import checks

from l10n.check import CatalogEntry, CatalogUnderCheck, Finding, check_catalogs
from l10n.figures import DateValue, extract_figures
from l10n.figures import explain as second_stage
from l10n.figures.locale_facts import FACTS

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
# Our own hard cases (spelled-out numbers, duals, mixed scales), labelled: in the repository.
HARD_CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "figures" / "hard_cases.jsonl"
# News pairs written blind (before reading how the check reads them), in sessions 9 and 10: the
# same format and labels, a measure of how the reading generalises.
NEWS_CASES = HARD_CASES.with_name("news_cases.jsonl")
NTREX = Path("ntrex-dev") / "labelled.jsonl"
XQUAD = Path("xquad") / "paragraphs.en-ru-ar.jsonl"
TARGETS = ("ru", "ar")


@dataclass(frozen=True)
class Pair:
    source: str
    language: str  # the translation's
    translation: str
    label: str  # "same", "differs", or "" (unlabelled)
    source_language: str = "en"


def load_pairs(corpus: Path) -> tuple[list[Pair], list[Pair]]:
    with (corpus / NTREX).open(encoding="utf-8") as lines:
        ntrex = [
            Pair(row["en"], row["lang"], row["translation"], row["label"])
            for row in map(json.loads, lines)
        ]
    with (corpus / XQUAD).open(encoding="utf-8") as lines:
        xquad = [
            Pair(row["en"], language, row[language], "")
            for row in map(json.loads, lines)
            for language in TARGETS
        ]
    return ntrex, xquad


# --------------------------------------------------------------------------------------------
# The tools


def l10n_findings(pairs: list[Pair]) -> list[list[Finding]]:
    """Each pair's findings, the pairs checked as one catalog per language."""
    found: dict[int, list[Finding]] = defaultdict(list)
    for source_language, language in sorted({(p.source_language, p.language) for p in pairs}):
        entries = [
            CatalogEntry(pair.source, (pair.translation,), line)
            for line, pair in enumerate(pairs)
            if pair.language == language and pair.source_language == source_language
        ]
        catalog = CatalogUnderCheck(f"{language}.po", language, entries, domain=language)
        for finding in check_catalogs([catalog], source_language).findings:
            found[finding.line].append(finding)
    return [found[line] for line in range(len(pairs))]


def flagged(findings: list[Finding]) -> bool:
    return any(f.code != "number-format" or f.severity == "error" for f in findings)


def l10n_flags(pairs: list[Pair]) -> list[bool]:
    return [flagged(findings) for findings in l10n_findings(pairs)]


@contextmanager
def first_pass_only() -> Iterator[None]:
    saved = dict(second_stage.EXPLAINERS)
    second_stage.EXPLAINERS.clear()
    try:
        yield
    finally:
        second_stage.EXPLAINERS.update(saved)


_CHECKER = checks.StandardChecker()


def pofilter_flags(pairs: list[Pair]) -> list[bool]:
    flags = []
    for pair in pairs:
        try:
            _CHECKER.numbers(pair.source, pair.translation)
        except checks.FilterFailure:
            flags.append(True)
        else:
            flags.append(False)
    return flags


Tool = Callable[[list[Pair]], list[bool]]


def first_pass_flags(pairs: list[Pair]) -> list[bool]:
    with first_pass_only():
        return l10n_flags(pairs)


TOOLS: dict[str, Tool] = {
    "l10n first pass": first_pass_flags,
    "l10n": l10n_flags,
    "pofilter numbers": pofilter_flags,
}


def hard_cases_right(tool: Tool, path: Path = HARD_CASES) -> str:
    """How many of the hard cases `tool` reads as labelled: a `differs` pair flagged, a `same`
    pair not (they go en -> ru, en -> ar and ru -> en)."""
    with path.open(encoding="utf-8") as lines:
        cases = [
            Pair(row["source"], row["target_lang"], row["target"], row["label"], row["source_lang"])
            for row in map(json.loads, lines)
        ]
    flags = tool(cases)
    right = sum(flag == (case.label == "differs") for flag, case in zip(flags, cases, strict=True))
    return f"{right}/{len(cases)} right"


# --------------------------------------------------------------------------------------------
# Mutations of a translation: one figure changed


def mutate_digit(pair: Pair, rng: random.Random) -> str | None:
    figures = [f for f in extract_figures(pair.translation, pair.language) if _digits(f.raw)]
    if not figures:
        return None
    figure = rng.choice(figures)
    positions = _digits(figure.raw)
    at = rng.choice(positions)
    old = figure.raw[at]
    digit = int(old.translate(_ASCII))
    choices = [d for d in range(10) if d != digit and not (d == 0 and at == positions[0])]
    new = _in_digits_of(old, rng.choice(choices))
    raw = figure.raw[:at] + new + figure.raw[at + 1 :]
    return pair.translation[: figure.start] + raw + pair.translation[figure.end :]


def mutate_drop(pair: Pair, rng: random.Random) -> str | None:
    """One figure that the source states too, dropped (dropping a figure only the translation
    has would mend the pair, not break it)."""
    stated = {figure.value for figure in extract_figures(pair.source, "en")}
    figures = [f for f in extract_figures(pair.translation, pair.language) if f.value in stated]
    if not figures:
        return None
    figure = rng.choice(figures)
    return pair.translation[: figure.start] + pair.translation[figure.end :]


def mutate_month(pair: Pair, rng: random.Random) -> str | None:
    names = FACTS[pair.language].month_names
    spots = []
    for figure in extract_figures(pair.translation, pair.language):
        if isinstance(figure.value, DateValue) and figure.value.month is not None:
            for name in sorted(names, key=len, reverse=True):
                at = figure.raw.find(name)
                if at >= 0 and names[name] == figure.value.month:
                    spots.append((figure.start + at, name))
                    break
    if not spots:
        return None
    start, name = rng.choice(spots)
    month = names[name]
    # Another month in the same form (the table lists each form's twelve names together).
    same_form = [other for other in names if _form(other, names) == _form(name, names)]
    others = [other for other in same_form if names[other] != month] or [
        other for other in names if names[other] != month
    ]
    replacement = rng.choice(others)
    return pair.translation[:start] + replacement + pair.translation[start + len(name) :]


_SCALE_SWAPS = {
    "en": (("million", "billion"), ("billion", "million"), ("thousand", "million")),
    "ru": (
        ("млрд", "млн"),
        ("млн", "млрд"),
        ("миллиард", "миллион"),
        ("миллион", "миллиард"),
        ("тыс.", "млн"),
        ("тысяч", "миллион"),
    ),
    "ar": (
        ("مليار", "مليون"),
        ("مليون", "مليار"),
        ("ملايين", "مليارات"),
        ("آلاف", "ملايين"),
        ("ألف", "مليون"),
    ),
}


def mutate_scale(pair: Pair, rng: random.Random) -> str | None:
    spots = []
    for figure in extract_figures(pair.translation, pair.language):
        for old, new in _SCALE_SWAPS[pair.language]:
            at = figure.raw.find(old)
            if at >= 0:
                spots.append((figure.start + at, old, new))
                break
    if not spots:
        return None
    start, old, new = rng.choice(spots)
    return pair.translation[:start] + new + pair.translation[start + len(old) :]


MUTATIONS: dict[str, Callable[[Pair, random.Random], str | None]] = {
    "digit": mutate_digit,
    "drop": mutate_drop,
    "month": mutate_month,
    "scale": mutate_scale,
}

_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT = re.compile("[0-9٠-٩۰-۹]")


def _digits(raw: str) -> list[int]:
    return [match.start() for match in _DIGIT.finditer(raw)]


def _in_digits_of(old: str, digit: int) -> str:
    if "٠" <= old <= "٩":
        return chr(ord("٠") + digit)
    if "۰" <= old <= "۹":
        return chr(ord("۰") + digit)
    return str(digit)


def _form(name: str, names: Mapping[str, int]) -> str:
    """A rough class of a month word's form: its last two letters, or its length class."""
    return name[-2:] if not name.endswith(".") else "abbreviation"


def mutants(pairs: list[Pair], seed: int) -> dict[str, list[tuple[int, Pair]]]:
    """For each mutation, (index of the pair mutated, mutant) for every pair it applies to."""
    rng = random.Random(seed)
    made: dict[str, list[tuple[int, Pair]]] = {name: [] for name in MUTATIONS}
    for index, pair in enumerate(pairs):
        for name, mutate in MUTATIONS.items():
            text = mutate(pair, rng)
            if text is not None and text != pair.translation:
                made[name].append((index, Pair(pair.source, pair.language, text, "differs")))
    return made


# --------------------------------------------------------------------------------------------
# The report


def percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def report(corpus: Path, show: int, seed: int) -> None:
    ntrex, xquad = load_pairs(corpus)
    same = [pair for pair in ntrex if pair.label == "same"]
    differs = [pair for pair in ntrex if pair.label == "differs"]
    base = [*same, *xquad]
    made = mutants(base, seed)
    columns = list(TOOLS)
    rows: dict[str, list[str]] = defaultdict(list)
    for tool in TOOLS.values():
        same_flags = tool(same)
        rows["news: consistent pairs falsely flagged"].append(percent(sum(same_flags), len(same)))
        for language in TARGETS:
            flags = [
                flag
                for flag, pair in zip(same_flags, same, strict=True)
                if pair.language == language
            ]
            rows[f"  en->{language}"].append(percent(sum(flags), len(flags)))
        rows["news: real discrepancies caught"].append(percent(sum(tool(differs)), len(differs)))
        xquad_flags = tool(xquad)
        rows["xquad: paragraphs flagged (upper bound)"].append(
            percent(sum(xquad_flags), len(xquad))
        )
        base_flags = [*same_flags, *xquad_flags]
        all_caught = all_made = clean_caught = clean_made = 0
        for name, made_here in made.items():
            flags = tool([mutant for _, mutant in made_here])
            caught = sum(flags)
            clean = [
                flag
                for flag, (index, _) in zip(flags, made_here, strict=True)
                if not base_flags[index]
            ]
            all_caught += caught
            all_made += len(flags)
            clean_caught += sum(clean)
            clean_made += len(clean)
            rows[f"mutants caught: {name}"].append(percent(caught, len(flags)))
            rows[f"  on clean pairs: {name}"].append(percent(sum(clean), len(clean)))
        rows["mutants caught: all"].append(percent(all_caught, all_made))
        rows["  on clean pairs: all"].append(percent(clean_caught, clean_made))
    for tool in TOOLS.values():
        rows["hard cases: spelled-out numbers, duals, scales"].append(hard_cases_right(tool))
        rows["news cases written blind"].append(hard_cases_right(tool, NEWS_CASES))
    width = max(map(len, rows)) + 2
    print(f"{'':{width}}" + "".join(f"{name:>22}" for name in columns))
    for label, cells in rows.items():
        print(f"{label:{width}}" + "".join(f"{cell:>22}" for cell in cells))
    explained_classes(same, xquad)
    if show:
        show_flagged(same, differs, show)


def explained_classes(same: list[Pair], xquad: list[Pair]) -> None:
    """The first pass's false alarms on the news pairs, by the class that explains them."""
    with first_pass_only():
        before = l10n_flags(same)
    classes: Counter[str] = Counter()
    reasons: list[set[str]] = [set() for _ in same]
    original = second_stage.explain

    def recording(source: second_stage.Side, target: second_stage.Side) -> second_stage.Settlement:
        settlement = original(source, target)
        for index, pair in enumerate(same):
            if pair.source == source.text and pair.translation == target.text:
                reasons[index].update(e.reason for e in settlement.explanations)
        return settlement

    second_stage.explain = recording
    try:
        after = l10n_flags(same)
    finally:
        second_stage.explain = original
    for index, was_flagged in enumerate(before):
        if not was_flagged:
            continue
        if after[index]:
            classes["still flagged"] += 1
        else:
            classes[" + ".join(sorted(reasons[index])) or "?"] += 1
    print(f"\nthe first pass's false alarms on news pairs ({sum(before)}), by what explains them:")
    for reason, count in classes.most_common():
        print(f"  {reason:48}{count:>5}")


def show_flagged(same: list[Pair], differs: list[Pair], limit: int) -> None:
    print("\nstill flagged (same) / missed (differs):")
    shown = 0
    for pairs, want in ((same, False), (differs, True)):
        for pair, findings in zip(pairs, l10n_findings(pairs), strict=True):
            if flagged(findings) != want and shown < limit:
                shown += 1
                print(f"- {pair.language} {pair.label}: {[f.message for f in findings]}")


# --------------------------------------------------------------------------------------------
# xquad as pairs in three directions, labelled by hand where a tool flags them

XQUAD_DIRECTIONS = (("en", "ru"), ("en", "ar"), ("ru", "en"))


def xquad_pairs(corpus: Path) -> list[tuple[str, Pair]]:
    """(key, pair) for every paragraph in every direction; the key is `idx:source-target`."""
    with (corpus / XQUAD).open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [
        (f"{row['idx']}:{source}-{target}", Pair(row[source], target, row[target], "", source))
        for row in rows
        for source, target in XQUAD_DIRECTIONS
    ]


def load_labels(path: Path) -> dict[str, str]:
    """Hand labels, one JSON object a line: `key`, `label` (same or differs), `why`."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as lines:
        return {row["key"]: row["label"] for row in map(json.loads, lines) if row.get("label")}


def xquad_report(corpus: Path, labels_path: Path, show: int) -> None:
    keyed = xquad_pairs(corpus)
    keys = [key for key, _ in keyed]
    pairs = [pair for _, pair in keyed]
    labels = load_labels(labels_path)
    flags = {name: tool(pairs) for name, tool in TOOLS.items()}
    differs_keys = {key for key, label in labels.items() if label == "differs"}
    print(f"xquad pairs, labels from {labels_path} ({len(labels)} labelled)")
    print(f"{'':34}" + "".join(f"{name:>22}" for name in TOOLS))
    for direction in ("all", *(f"{s}-{t}" for s, t in XQUAD_DIRECTIONS)):
        chosen = [i for i, key in enumerate(keys) if direction == "all" or key.endswith(direction)]
        consistent = sum(1 for i in chosen if labels.get(keys[i]) != "differs")
        real = sum(1 for i in chosen if keys[i] in differs_keys)
        false_cells, caught_cells, open_cells = [], [], []
        for name in TOOLS:
            hits = [i for i in chosen if flags[name][i]]
            false_cells.append(
                percent(sum(labels.get(keys[i]) == "same" for i in hits), consistent)
            )
            caught_cells.append(percent(sum(keys[i] in differs_keys for i in hits), real))
            open_cells.append(str(sum(keys[i] not in labels for i in hits)))
        print(f"{direction + ': consistent pairs falsely flagged':34}"[:34], end="")
        print("".join(f"{cell:>22}" for cell in false_cells))
        print(f"{'  real discrepancies caught':34}" + "".join(f"{c:>22}" for c in caught_cells))
        print(f"{'  flagged, not yet labelled':34}" + "".join(f"{c:>22}" for c in open_cells))
    if show:
        findings = l10n_findings(pairs)
        shown = 0
        for i, key in enumerate(keys):
            wrong = labels.get(key) == "same" and flags["l10n"][i]
            unlabelled = key not in labels and (flags["l10n"][i] or flags["pofilter numbers"][i])
            if (wrong or unlabelled) and shown < show:
                shown += 1
                state = "FALSE ALARM" if wrong else "unlabelled"
                tools = [name for name in TOOLS if flags[name][i]]
                print(f"\n== {key} {state}, flagged by {tools}")
                for finding in findings[i]:
                    print(f"   {finding.code}: {finding.message}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N pairs l10n gets wrong")
    parser.add_argument("--seed", type=int, default=1, help="seed of the mutations")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder")
    parser.add_argument(
        "--xquad",
        type=Path,
        metavar="LABELS",
        help="measure on the xquad paragraphs in three directions with these hand labels",
    )
    arguments = parser.parse_args()
    corpus: Path = arguments.corpus
    if arguments.xquad:
        xquad_report(corpus, arguments.xquad, arguments.show)
        return 0
    if not (corpus / NTREX).is_file() or not (corpus / XQUAD).is_file():
        print(f"corpus not found under {corpus}", file=sys.stderr)
        return 1
    report(corpus, arguments.show, arguments.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
