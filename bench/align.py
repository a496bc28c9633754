"""Sentence alignment of whole documents, however the translation is paragraphed.

Documents: consecutive xquad paragraphs (../shared/corpus: Wikipedia paragraphs with
professional Russian and Arabic translations) that the segmenter splits into as many
sentences in both languages, five to a document, so that sentence i translates sentence i;
and the project's own statements (source/*.md) with the translations of their reviewed
catalogs. Every document is then given as the plain text a user would paste, in each
condition:

- same: the source's paragraphs;
- deleted, merged: one sentence deleted, two others joined into one (2-1);
- regrouped: the sentences regrouped into paragraphs of 1 to 4 sentences;
- one per paragraph: each sentence its own paragraph;
- one paragraph: the whole body in one paragraph;
- line breaks: paragraphs separated by single line breaks (a browser copy);
- navigation: the source's paragraphs with a site's menu, breadcrumb, share and rating
  lines pasted before and after.

The text is read as `l10n align` reads it (l10n.versions), and each source sentence is
right when the translation it gets is the true one (empty for the deleted sentence, the
joined sentence for both of a merge). Printed per condition, for the held-out half (even
documents tuned the constants, odd ones are held out) and for ru / ar:

- units right for l10n (whole-document alignment, l10n.align) and for nltk's Gale-Church
  (nltk.translate.gale_church.align_blocks over the whole document, on the same sentences);
- best possible: source sentences whose true translation is a run of the sentences read;
- non-fuzzy right: of the entries l10n would write as final (not fuzzy), the share right,
  and how many there are.

    python3 bench/align.py [--dev]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l10n.align import Unit, align_units, pairs_of_beads, units_of_blocks
from l10n.build import translations_of
from l10n.config import load_config
from l10n.layout import catalog_path, read_po_file, read_statements
from l10n.model import Block, BlockKind, Segment
from l10n.segment import normalize_space, split_sentences
from l10n.versions import text_blocks

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (or beside the folder of worktrees)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO / "shared")
XQUAD = SHARED / "corpus" / "xquad" / "paragraphs.en-ru-ar.jsonl"
TARGETS = ("ru", "ar")
PARAGRAPHS_PER_DOCUMENT = 5
# Paragraphs (line numbers in the corpus file, from 0) split into as many sentences in both
# languages whose sentence i is nevertheless not the translation of sentence i: the
# translation drops a sentence and splits another (checked by reading). Not a gold standard.
NOT_DIAGONAL = {"ru": {236}, "ar": {110, 154}}
CONDITIONS = (
    "same",
    "deleted, merged",
    "regrouped",
    "one per paragraph",
    "one paragraph",
    "line breaks",
    "navigation",
)
# A site's furniture, in the translation's language (written for this benchmark).
NAVIGATION = {
    "ru": (
        ["Карта сайта Новости Контакты Поиск", "Главная < Министерство < Новости"],
        ["1 2 3 4 5", "Оценить материал", "Поделиться: ВКонтакте Телеграм"],
    ),
    "ar": (
        ["خريطة الموقع الأخبار اتصل بنا بحث", "الرئيسية < الوزارة < الأخبار"],
        ["1 2 3 4 5", "قيّم هذه الصفحة", "شارك: فيسبوك تويتر"],
    ),
}


@dataclass(frozen=True)
class Case:
    """A source document (blocks) and its translation, one sentence per source sentence."""

    name: str
    language: str
    blocks: list[Block]
    translations: list[list[str]]  # per block, the translation of each of its sentences


def xquad_cases(language: str) -> list[Case]:
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    usable = []
    for number, row in enumerate(rows):
        if number in NOT_DIAGONAL[language]:
            continue
        english = split_sentences(row["en"], "en")
        translated = split_sentences(row[language], language)
        if len(english) == len(translated):
            usable.append((english, translated))
    cases = []
    for start in range(0, len(usable) - PARAGRAPHS_PER_DOCUMENT + 1, PARAGRAPHS_PER_DOCUMENT):
        chunk = usable[start : start + PARAGRAPHS_PER_DOCUMENT]
        blocks = [
            Block(
                BlockKind.PARAGRAPH,
                " ".join(english),
                index + 1,
                tuple(Segment(text, index + 1) for text in english),
            )
            for index, (english, _) in enumerate(chunk)
        ]
        number = start // PARAGRAPHS_PER_DOCUMENT
        cases.append(Case(f"xquad-{number}", language, blocks, [t for _, t in chunk]))
    return cases


def statement_cases(language: str) -> list[Case]:
    config = load_config(REPO)
    cases = []
    for document in read_statements(config):
        catalog = read_po_file(config, catalog_path(config, language, document.meta.slug))
        translations = translations_of(catalog)
        blocks, texts = [], []
        for block in document.blocks:
            found = [translations.get((s.msgctxt, s.text)) for s in block.segments]
            found = [
                f or translations.get((block.kind.value, s.text))
                for f, s in zip(found, block.segments, strict=True)
            ]
            if block.segments and all(f is not None for f in found):
                blocks.append(block)
                texts.append([f.text for f in found if f is not None])
        cases.append(Case(document.meta.slug, language, blocks, texts))
    return cases


# --- Conditions: the translation as text, and the true translation of each source sentence --


@dataclass(frozen=True)
class Version:
    text: str
    truth: list[str]  # per source sentence, in order: its true translation ("" for none)


def _joined(first: str, second: str) -> str:
    return first.rstrip(".!?؟。 ") + ", " + second


BODY = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE)


def _regroup(sentences: list[str], condition: str, rng: random.Random) -> list[list[str]]:
    if not sentences:
        return []
    if condition == "one per paragraph":
        return [[text] for text in sentences]
    if condition == "one paragraph":
        return [sentences]
    groups, rest = [], list(sentences)
    while rest:
        size = rng.randint(1, 4)
        groups.append(rest[:size])
        rest = rest[size:]
    return groups


def make_version(case: Case, condition: str, seed: int) -> Version:
    rng = random.Random(seed)
    paragraphs = [list(group) for group in case.translations]
    kinds = [block.kind for block in case.blocks]
    truth = [text for group in paragraphs for text in group]
    if condition == "deleted, merged":
        flat = [(p, s) for p, group in enumerate(paragraphs) for s in range(len(group))]
        candidates = [
            index
            for index in range(len(flat) - 1)
            if flat[index][0] == flat[index + 1][0]
            and case.blocks[flat[index][0]].kind is BlockKind.PARAGRAPH
        ]
        if candidates and len(flat) > 4:
            merge_at = rng.choice(candidates)
            deletable = [i for i in range(len(flat)) if i not in (merge_at, merge_at + 1)]
            delete_at = rng.choice(deletable)
            merged = _joined(truth[merge_at], truth[merge_at + 1])
            truth = list(truth)
            truth[merge_at] = truth[merge_at + 1] = merged
            truth[delete_at] = ""
            p, s = flat[merge_at]
            paragraphs[p][s : s + 2] = [merged]
            p, s = flat[delete_at]
            if delete_at > merge_at + 1 and p == flat[merge_at][0]:
                s -= 1
            del paragraphs[p][s]
            kinds = [kind for kind, group in zip(kinds, paragraphs, strict=True) if group]
            paragraphs = [group for group in paragraphs if group]
    if condition in ("regrouped", "one per paragraph", "one paragraph"):
        # the body's paragraphs change; a title, heading or signature line stays on its own
        regrouped: list[list[str]] = []
        body: list[str] = []
        for group, kind in zip(paragraphs, kinds, strict=True):
            if kind in BODY:
                body += group
                continue
            regrouped += _regroup(body, condition, rng)
            regrouped.append(group)
            body = []
        paragraphs = regrouped + _regroup(body, condition, rng)
    separator = "\n" if condition == "line breaks" else "\n\n"
    text = separator.join(" ".join(group) for group in paragraphs)
    if condition == "navigation":
        before, after = NAVIGATION[case.language]
        text = "\n\n".join([*before, text, *after])
    return Version(text, truth)


# --- Aligners --------------------------------------------------------------------------------

# Per source sentence: the translation it gets, and whether l10n would write it as final.
Result = list[tuple[str, bool]]
Aligner = Callable[[list[Unit], list[Unit]], Result]


def l10n_aligner(source: list[Unit], target: list[Unit]) -> Result:
    pairs = pairs_of_beads(align_units(source, target), source, target)
    result: Result = []
    for pair in pairs:
        result += [(pair.target_text, not pair.needs_review)] * len(pair.source)
    return result


def nltk_aligner(source: list[Unit], target: list[Unit]) -> Result:
    from nltk.translate.gale_church import align_blocks

    links = align_blocks([max(u.length, 1) for u in source], [max(u.length, 1) for u in target])
    found: dict[int, list[int]] = {}
    for i, j in links:
        found.setdefault(i, []).append(j)
    # a source sentence linked with a target one that is linked with others takes them all
    by_target: dict[int, list[int]] = {}
    for i, j in links:
        by_target.setdefault(j, []).append(i)
    result: Result = []
    for i in range(len(source)):
        targets = sorted(set(found.get(i, [])))
        result.append((" ".join(target[j].text for j in targets), False))
    return result


def best_possible(target: list[Unit], truth: list[str]) -> int:
    runs = set()
    for start in range(len(target)):
        text = ""
        for end in range(start, min(start + 4, len(target))):
            text = f"{text} {target[end].text}".strip()
            runs.add(normalize_space(text))
    return sum(1 for wanted in truth if not wanted or normalize_space(wanted) in runs)


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    final: int = 0
    final_right: int = 0


def measure(cases: list[Case], condition: str, aligners: dict[str, Aligner]) -> dict[str, Tally]:
    tallies = {name: Tally() for name in [*aligners, "best possible"]}
    for number, case in enumerate(cases):
        version = make_version(case, condition, seed=number)
        source = units_of_blocks(case.blocks, "en")
        target = units_of_blocks(text_blocks(version.text, case.language), case.language)
        for name, aligner in aligners.items():
            tally = tallies[name]
            for (got, final), wanted in zip(aligner(source, target), version.truth, strict=True):
                right = normalize_space(got) == normalize_space(wanted)
                tally.right += right
                tally.total += 1
                if final:
                    tally.final += 1
                    tally.final_right += right
        best = tallies["best possible"]
        best.right += best_possible(target, version.truth)
        best.total += len(version.truth)
    return tallies


def main() -> int:
    if not XQUAD.is_file():
        print(f"corpus not found: {XQUAD}", file=sys.stderr)
        return 1
    half = 0 if "--dev" in sys.argv else 1
    aligners: dict[str, Aligner] = {"l10n": l10n_aligner}
    try:
        import nltk.translate.gale_church  # noqa: F401

        aligners["nltk"] = nltk_aligner
    except ImportError:
        print("(nltk not installed: `pip install nltk` adds the Gale-Church column)\n")
    cases = {
        language: [
            case
            for number, case in enumerate(xquad_cases(language) + statement_cases(language))
            if number % 2 == half
        ]
        for language in TARGETS
    }
    sentences = {
        language: sum(len(t) for case in cases[language] for t in case.translations)
        for language in TARGETS
    }
    described = ", ".join(
        f"{len(cases[language])} {language} ({sentences[language]} sentences)"
        for language in TARGETS
    )
    print(f"{'development' if half == 0 else 'held-out'} documents: {described}")
    print("units right (ru / ar):\n")
    header = ("condition", *aligners, "best possible", "l10n non-fuzzy right")
    table = [header]
    for condition in CONDITIONS:
        results = {language: measure(cases[language], condition, aligners) for language in TARGETS}
        shares = [
            " / ".join(
                f"{100 * results[language][name].right / max(results[language][name].total, 1):.1f}"
                for language in TARGETS
            )
            + "%"
            for name in [*aligners, "best possible"]
        ]
        finals = [results[language]["l10n"] for language in TARGETS]
        final = " / ".join(
            f"{100 * tally.final_right / max(tally.final, 1):.1f}% of {tally.final}"
            for tally in finals
        )
        table.append((condition, *shares, final))
    widths = [max(len(row[column]) for row in table) for column in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
