"""Sentence alignment on real translations: l10n against plain Gale-Church, side by side.

Data: the xquad paragraphs in ../shared/corpus (240 Wikipedia paragraphs with professional
Russian and Arabic translations, aligned by paragraph). Each language is split with
l10n.segment, then every paragraph is aligned en->ru and en->ar by three aligners:

- l10n: Gale-Church beads on character length with the paragraph's own length ratio, plus
  figures (values from l10n.figures) as anchors;
- l10n, no figures: the same programme with the figure weight at 0 (what the anchors add);
- nltk: nltk.translate.gale_church.align_blocks on the same sentence lengths (the textbook
  implementation, length ratio 1), when nltk is installed.

Printed for each aligner:

- same beads: paragraphs whose en->ru and en->ar alignments have the same number of beads
  (translations of one paragraph into two languages should usually have the same shape);
- diagonal: on paragraphs that all three languages split into the same number of sentences
  (where sentence i of each translates sentence i of the source, as a rule), the share of
  source sentences aligned 1-1 with the sentence of the same index, en->ru and en->ar;
- figures agree: of the 1-1 pairs where either side has a figure, the share whose figure
  values are equal (a pairing of the wrong sentences rarely has the same figures);
- paragraphs per second (both directions), and the ratio to l10n.

A second table has a gold standard: the project's own statements (source/*.md) and their
reviewed ru and ar catalogs. Sentences are aligned with their catalog translations block by
block, or the whole statement in one run (no paragraph boundary to lean on); as translated,
or with the first two sentences of every block of two or more joined into one translation
("merges", what a translator often does). Each aligner's beads are compared with the true
ones.

    python3 bench/align.py
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l10n.align import Unit, align_units, sentence_unit
from l10n.build import translations_of
from l10n.config import Config, load_config
from l10n.layout import catalog_path, read_po_file, read_statements
from l10n.model import BlockKind, Document
from l10n.segment import split_sentences

REPO = Path(__file__).resolve().parents[1]
XQUAD = REPO.parent / "shared" / "corpus" / "xquad" / "paragraphs.en-ru-ar.jsonl"
TARGETS = ("ru", "ar")

# A bead: indices of the source sentences and of the target sentences aligned together.
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
Aligner = Callable[[list[Unit], list[Unit]], Beads]


def l10n_aligner(figure_weight: float | None = None) -> Aligner:
    def align(source: list[Unit], target: list[Unit]) -> Beads:
        options = {} if figure_weight is None else {"figure_weight": figure_weight}
        return [
            (tuple(bead.source), tuple(bead.target))
            for bead in align_units(source, target, **options)
        ]

    return align


def nltk_aligner() -> Aligner | None:
    try:
        from nltk.translate.gale_church import align_blocks
    except ImportError:
        return None

    def align(source: list[Unit], target: list[Unit]) -> Beads:
        links = align_blocks([unit.length for unit in source], [unit.length for unit in target])
        return _beads_of_links(links, len(source), len(target))

    return align


def _beads_of_links(links: list[tuple[int, int]], sources: int, targets: int) -> Beads:
    """nltk's (i, j) links grouped into beads; unlinked sentences become 1-0 or 0-1 beads."""
    beads: list[tuple[set[int], set[int]]] = []
    for i, j in sorted(links):
        if beads and (i in beads[-1][0] or j in beads[-1][1]):
            beads[-1][0].add(i)
            beads[-1][1].add(j)
        else:
            beads.append(({i}, {j}))
    linked_sources = {i for i, _ in links}
    linked_targets = {j for _, j in links}
    beads += [({i}, set()) for i in range(sources) if i not in linked_sources]
    beads += [(set(), {j}) for j in range(targets) if j not in linked_targets]
    return [(tuple(sorted(source)), tuple(sorted(target))) for source, target in beads]


@dataclass
class Tally:
    same_beads: int = 0
    diagonal: dict[str, int] | None = None
    figures_pairs: int = 0
    figures_equal: int = 0
    seconds: float = 0.0


def units_of(paragraph: str, language: str) -> list[Unit]:
    return [
        sentence_unit(sentence, 1, language, BlockKind.PARAGRAPH)
        for sentence in split_sentences(paragraph, language)
    ]


def main() -> int:
    if not XQUAD.is_file():
        print(f"corpus not found: {XQUAD}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    paragraphs = [
        {language: units_of(row[language], language) for language in ("en", *TARGETS)}
        for row in rows
    ]
    aligners: dict[str, Aligner] = {
        "l10n": l10n_aligner(),
        "l10n, no figures": l10n_aligner(0.0),
    }
    nltk = nltk_aligner()
    if nltk is not None:
        aligners["nltk gale_church"] = nltk
    same_count = [
        paragraph
        for paragraph in paragraphs
        if len(paragraph["en"]) == len(paragraph["ru"]) == len(paragraph["ar"])
    ]
    tallies = {name: measure(aligner, paragraphs, same_count) for name, aligner in aligners.items()}

    print(f"xquad: {len(paragraphs)} paragraphs, {len(same_count)} split into the same number")
    print(
        "of sentences in en, ru and ar "
        f"({sum(len(p['en']) for p in same_count)} English sentences among them)\n"
    )
    header = (
        "aligner",
        "same beads",
        "diagonal ru",
        "diagonal ar",
        "figures agree",
        "par/s",
        "speed",
    )
    table = [header]
    base = tallies["l10n"].seconds
    diagonal_total = sum(len(paragraph["en"]) for paragraph in same_count)
    for name, tally in tallies.items():
        assert tally.diagonal is not None
        table.append(
            (
                name,
                f"{tally.same_beads}/{len(paragraphs)} ({tally.same_beads / len(paragraphs):.1%})",
                f"{tally.diagonal['ru'] / diagonal_total:.1%}",
                f"{tally.diagonal['ar'] / diagonal_total:.1%}",
                f"{tally.figures_equal}/{tally.figures_pairs} "
                f"({tally.figures_equal / max(tally.figures_pairs, 1):.1%})",
                f"{len(paragraphs) / tally.seconds:.0f}",
                f"{base / tally.seconds:.2f}x",
            )
        )
    widths = [max(len(row[column]) for row in table) for column in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    if nltk is None:
        print("\n(nltk not installed: `pip install nltk` adds the textbook Gale-Church column)")
    print_gold_table(aligners)
    return 0


GoldCase = tuple[list[Unit], list[Unit], Beads]  # source, target, the true beads


def gold_cases(join_first: bool, whole_statement: bool) -> list[GoldCase]:
    """Blocks (or whole statements) of the project with their reviewed translations."""
    config = load_config(REPO)
    cases: list[GoldCase] = []
    for document in read_statements(config):
        for language in config.target_langs:
            blocks = _block_cases(config, document, language, join_first)
            cases += [_concatenated(blocks)] if whole_statement and blocks else blocks
    return cases


def _block_cases(
    config: Config, document: Document, language: str, join_first: bool
) -> list[GoldCase]:
    catalog = read_po_file(config, catalog_path(config, language, document.meta.slug))
    translations = translations_of(catalog)
    cases: list[GoldCase] = []
    for block in document.blocks:
        source = [
            sentence_unit(segment.text, segment.line, "en", block.kind)
            for segment in block.segments
        ]
        found = [translations.get((segment.msgctxt, segment.text)) for segment in block.segments]
        if not source or any(translation is None for translation in found):
            continue
        texts = [translation.text for translation in found if translation is not None]
        groups = [[index] for index in range(len(texts))]
        if join_first and len(groups) > 1:
            groups[:2] = [[0, 1]]
        target = [
            sentence_unit(" ".join(texts[i] for i in group), 1, language, block.kind)
            for group in groups
        ]
        truth = [(tuple(group), (number,)) for number, group in enumerate(groups)]
        cases.append((source, target, truth))
    return cases


def _concatenated(cases: list[GoldCase]) -> GoldCase:
    """One case of all the blocks' sentences in a row: no paragraph boundary to lean on."""
    source: list[Unit] = []
    target: list[Unit] = []
    truth: Beads = []
    for block_source, block_target, block_truth in cases:
        truth += [
            (
                tuple(len(source) + i for i in source_indices),
                tuple(len(target) + j for j in target_indices),
            )
            for source_indices, target_indices in block_truth
        ]
        source += block_source
        target += block_target
    return source, target, truth


def print_gold_table(aligners: dict[str, Aligner]) -> None:
    variants = {
        "by block": gold_cases(False, False),
        "by block, merges": gold_cases(True, False),
        "whole statement": gold_cases(False, True),
        "whole statement, merges": gold_cases(True, True),
    }
    if not variants["by block"]:
        return
    print("\nthe project's statements against their reviewed catalogs (beads exactly right):")
    table = [("aligner", *variants)]
    for name, aligner in aligners.items():
        cells = []
        for cases in variants.values():
            right = total = 0
            for source, target, truth in cases:
                found = set(aligner(source, target))
                right += sum(1 for bead in truth if bead in found)
                total += len(truth)
            cells.append(f"{right}/{total} ({right / total:.1%})")
        table.append((name, *cells))
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def measure(
    aligner: Aligner,
    paragraphs: list[dict[str, list[Unit]]],
    same_count: list[dict[str, list[Unit]]],
) -> Tally:
    tally = Tally(diagonal={language: 0 for language in TARGETS})
    assert tally.diagonal is not None
    started = time.perf_counter()
    results = [
        {language: aligner(paragraph["en"], paragraph[language]) for language in TARGETS}
        for paragraph in paragraphs
    ]
    tally.seconds = time.perf_counter() - started
    for paragraph, beads in zip(paragraphs, results, strict=True):
        if len(beads["ru"]) == len(beads["ar"]):
            tally.same_beads += 1
        for language in TARGETS:
            for source, target in beads[language]:
                if len(source) == len(target) == 1:
                    left = paragraph["en"][source[0]].values
                    right = paragraph[language][target[0]].values
                    if left or right:
                        tally.figures_pairs += 1
                        tally.figures_equal += left == right
        if any(paragraph is other for other in same_count):
            for language in TARGETS:
                tally.diagonal[language] += sum(
                    1 for source, target in beads[language] if source == target and len(source) == 1
                )
    return tally


if __name__ == "__main__":
    sys.exit(main())
