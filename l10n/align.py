"""Aligning an existing translation with its source statement, and filling a catalog from it.

Two levels, both pure:

1. Blocks: paired in order when both versions have as many blocks; otherwise aligned by the
   same dynamic programme as sentences, on whole blocks (a plain-text version has no title
   or signature blocks, a translator may join two paragraphs).
2. Sentences inside each pair of blocks: Gale and Church's dynamic programme over beads
   1-1, 1-2, 2-1, 1-0 and 0-1, scored by character length (the target's length is expected
   to be the source's times the pair's length ratio, with a variance growing with length)
   plus figures as anchors: the multiset of figure VALUES (l10n.figures) on both sides of a
   bead. Equal values are strong evidence for the bead, differing values against it, so
   "2,080,443" pairs with "٢٬٠٨٠٬٤٤٣" even when lengths mislead.

`fill_catalog` writes the aligned sentences into a language's catalog: only into entries
without a translation, fuzzy when the bead is not 1-1 or its confidence is low, each with a
`#. l10n: aligned ...` comment saying where the translation came from.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from l10n.figures import FigureValue, extract_figures
from l10n.model import Block, BlockKind
from l10n.po import Catalog, Entry

# Gale and Church (1993): how often each bead occurs between professional translations.
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 1): 0.0445,
    (1, 2): 0.0445,
}
# Variance of the target length per source character (Gale and Church's s^2).
LENGTH_VARIANCE = 6.8
# What a bead's figures are worth, in the same unit as the length cost (nats): a bead whose
# figures all agree gains this much, one whose figures all differ loses it.
FIGURE_WEIGHT = 3.0
# Below this confidence an aligned 1-1 pair is written fuzzy.
LOW_CONFIDENCE = 0.2
_SMALLEST_PROBABILITY = 1e-12
COMMENT_PREFIX = "l10n: aligned from"


@dataclass(frozen=True)
class Unit:
    """A sentence (or a whole block) as the aligner sees it: its text, length and figures."""

    text: str
    line: int
    values: Counter[FigureValue]
    kind: BlockKind = BlockKind.PARAGRAPH

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Bead:
    """Indices of the source and target units aligned together, and how sure the aligner is."""

    source: range
    target: range
    confidence: float
    figures_agree: bool | None  # None when neither side has a figure

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class SentencePair:
    """Source sentences and the target sentences that translate them."""

    source: tuple[Unit, ...]
    target: tuple[Unit, ...]
    confidence: float
    figures_agree: bool | None

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def needs_review(self) -> bool:
        return self.kind != "1-1" or self.confidence < LOW_CONFIDENCE or self.figures_agree is False

    @property
    def target_text(self) -> str:
        return " ".join(unit.text for unit in self.target)


def sentence_unit(text: str, line: int, language: str, kind: BlockKind) -> Unit:
    return Unit(text, line, _values(text, language), kind)


@lru_cache(maxsize=16384)
def _values(text: str, language: str) -> Counter[FigureValue]:
    return Counter(figure.value for figure in extract_figures(text, language))


def _units_of_block(block: Block, language: str) -> list[Unit]:
    return [
        sentence_unit(segment.text, segment.line, language, block.kind)
        for segment in block.segments
    ]


def length_ratio(source: Sequence[Unit], target: Sequence[Unit]) -> float:
    """Characters of target per character of source, over the whole texts."""
    source_length = sum(unit.length for unit in source)
    target_length = sum(unit.length for unit in target)
    if source_length == 0 or target_length == 0:
        return 1.0
    return target_length / source_length


# --- The dynamic programme ------------------------------------------------------------------


def _length_probability(source_length: int, target_length: int, ratio: float) -> float:
    """Two-tailed probability of a length difference at least this large (Gale and Church)."""
    if source_length == 0 and target_length == 0:
        return 1.0
    mean = (source_length + target_length / ratio) / 2
    delta = (target_length - source_length * ratio) / math.sqrt(mean * LENGTH_VARIANCE)
    return max(math.erfc(abs(delta) / math.sqrt(2)), _SMALLEST_PROBABILITY)


def _figure_agreement(
    source: Counter[FigureValue], target: Counter[FigureValue]
) -> tuple[float, bool | None]:
    """(share of figures found on both sides, 0 to 1; whether the multisets are equal)."""
    if not source and not target:
        return 1.0, None
    total = sum(source.values()) + sum(target.values())
    if total == 0:
        return 1.0, None
    shared = sum((source & target).values())
    return 2 * shared / total, source == target


def _summed(units: Sequence[Unit]) -> tuple[int, Counter[FigureValue]]:
    if len(units) == 1:  # most beads: no new counter
        return units[0].length, units[0].values
    values: Counter[FigureValue] = Counter()
    for unit in units:
        values.update(unit.values)
    # a space joins two sentences of one bead
    return sum(unit.length for unit in units) + max(len(units) - 1, 0), values


def _bead_score(
    source: Sequence[Unit], target: Sequence[Unit], ratio: float, figure_weight: float
) -> tuple[float, float, bool | None]:
    """(cost, confidence, figures agree) of aligning these units together."""
    source_length, source_values = _summed(source)
    target_length, target_values = _summed(target)
    probability = _length_probability(source_length, target_length, ratio)
    cost = -math.log(probability) - math.log(BEAD_PRIORS[(len(source), len(target))])
    agreement, equal = _figure_agreement(source_values, target_values)
    if equal is None:
        return cost, probability, None
    cost += figure_weight * (1 - 2 * agreement)
    confidence = max(probability, 0.9) if equal else probability * agreement / 2
    return cost, confidence, equal


def align_units(
    source: Sequence[Unit],
    target: Sequence[Unit],
    ratio: float | None = None,
    *,
    figure_weight: float = FIGURE_WEIGHT,
) -> list[Bead]:
    """The cheapest sequence of beads covering both sides in order.

    `ratio` defaults to the two sides' length ratio; `figure_weight` 0 leaves figures out
    (plain Gale and Church, the benchmark's peer).
    """
    if ratio is None:
        ratio = length_ratio(source, target)
    rows, columns = len(source), len(target)
    infinity = math.inf
    cost = [[infinity] * (columns + 1) for _ in range(rows + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (columns + 1) for _ in range(rows + 1)]
    cost[0][0] = 0.0
    for i in range(rows + 1):
        for j in range(columns + 1):
            here = cost[i][j]
            if here == infinity:
                continue
            for taken_source, taken_target in BEAD_PRIORS:
                end_i, end_j = i + taken_source, j + taken_target
                if end_i > rows or end_j > columns:
                    continue
                step, _, _ = _bead_score(source[i:end_i], target[j:end_j], ratio, figure_weight)
                if here + step < cost[end_i][end_j]:
                    cost[end_i][end_j] = here + step
                    back[end_i][end_j] = (taken_source, taken_target)
    beads: list[Bead] = []
    i, j = rows, columns
    while i or j:
        move = back[i][j]
        assert move is not None  # every cell is reachable through 1-0 and 0-1 beads
        start_i, start_j = i - move[0], j - move[1]
        _, confidence, equal = _bead_score(
            source[start_i:i], target[start_j:j], ratio, figure_weight
        )
        beads.append(Bead(range(start_i, i), range(start_j, j), confidence, equal))
        i, j = start_i, start_j
    beads.reverse()
    return beads


def align_sentences(
    source: Sequence[Unit],
    target: Sequence[Unit],
    ratio: float | None = None,
    *,
    figure_weight: float = FIGURE_WEIGHT,
) -> list[SentencePair]:
    """Sentence pairs of one block (or any run of sentences); unaligned sentences left out."""
    pairs = []
    for bead in align_units(source, target, ratio, figure_weight=figure_weight):
        if bead.source and bead.target:
            pairs.append(
                SentencePair(
                    tuple(source[index] for index in bead.source),
                    tuple(target[index] for index in bead.target),
                    bead.confidence,
                    bead.figures_agree,
                )
            )
    return pairs


def _block_unit(block: Block, language: str) -> Unit:
    text = " ".join(segment.text for segment in block.segments)
    return Unit(text, block.line, _values(text, language), block.kind)


def align_blocks(
    source: Sequence[Block],
    source_language: str,
    target: Sequence[Block],
    target_language: str,
) -> list[SentencePair]:
    """Sentence pairs of two versions of a statement, block by block."""
    source_units = [_units_of_block(block, source_language) for block in source]
    target_units = [_units_of_block(block, target_language) for block in target]
    ratio = length_ratio(
        [unit for units in source_units for unit in units],
        [unit for units in target_units for unit in units],
    )
    if len(source) == len(target):
        block_beads = [
            (range(index, index + 1), range(index, index + 1)) for index in range(len(source))
        ]
    else:
        beads = align_units(
            [_block_unit(block, source_language) for block in source],
            [_block_unit(block, target_language) for block in target],
            ratio,
        )
        block_beads = [(bead.source, bead.target) for bead in beads]
    pairs: list[SentencePair] = []
    for source_blocks, target_blocks in block_beads:
        source_sentences = [unit for index in source_blocks for unit in source_units[index]]
        target_sentences = [unit for index in target_blocks for unit in target_units[index]]
        pairs.extend(align_sentences(source_sentences, target_sentences, ratio))
    return pairs


# --- Into a catalog -------------------------------------------------------------------------


@dataclass(frozen=True)
class FillSummary:
    """What `fill_catalog` did with the aligned pairs."""

    filled: int = 0
    fuzzy: int = 0
    kept: int = 0  # the entry already had a translation: left as it was
    not_in_catalog: int = 0  # the source sentence has no entry (catalog not updated?)
    beads: tuple[tuple[str, int], ...] = ()  # bead kind -> count


def _comment(pair: SentencePair, origin: str) -> str:
    line = pair.target[0].line
    parts = [f"{COMMENT_PREFIX} {origin}:{line} ({pair.kind}, confidence {pair.confidence:.0%})"]
    if len(pair.source) > 1:
        parts.append(f"this translation also covers the next {len(pair.source) - 1} sentence(s)")
    if pair.figures_agree is False:
        parts.append("figures differ from the source")
    return "; ".join(parts)


def _entry_for(by_msgid: dict[str, list[int]], entries: Sequence[Entry], unit: Unit) -> int | None:
    """The index of the entry translating `unit`: same context as its block kind, else none."""
    candidates = by_msgid.get(unit.text, [])
    for index in candidates:
        if entries[index].msgctxt == unit.kind.value:
            return index
    for index in candidates:
        if entries[index].msgctxt is None:
            return index
    return candidates[0] if candidates else None


def fill_catalog(
    catalog: Catalog, pairs: Sequence[SentencePair], origin: str
) -> tuple[Catalog, FillSummary]:
    """`catalog` with the aligned translations added; a translation already there is kept."""
    entries = list(catalog.entries)
    by_msgid: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        if not entry.obsolete and entry.msgid_plural is None:
            by_msgid.setdefault(entry.msgid, []).append(index)
    filled = fuzzy = kept = missing = 0
    kinds: Counter[str] = Counter()
    for pair in pairs:
        kinds[pair.kind] += 1
        found = _entry_for(by_msgid, entries, pair.source[0])
        if found is None:
            missing += 1
            continue
        entry = entries[found]
        if entry.has_translation_text:
            kept += 1
            continue
        entries[found] = replace(
            entry,
            msgstr=pair.target_text,
            extracted_comments=(*entry.extracted_comments, _comment(pair, origin)),
        ).with_fuzzy(pair.needs_review)
        filled += 1
        fuzzy += pair.needs_review
    summary = FillSummary(filled, fuzzy, kept, missing, tuple(sorted(kinds.items())))
    return replace(catalog, entries=tuple(entries)), summary
