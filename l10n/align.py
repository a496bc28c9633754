"""Aligning an existing translation with its source statement, and filling a catalog from it.

A published translation is rarely paragraphed like its source: a browser copy puts single
line breaks where the site had paragraphs, an editor joins two paragraphs or gives each
sentence its own, a paste brings the site's navigation along. So sentences are aligned over
the whole document at once, and paragraph breaks count only as soft evidence:

- one dynamic programme over every sentence of both versions, with the beads 1-1, 1-0, 0-1,
  2-1, 1-2, 3-1 and 1-3 (a translator joins two sentences, splits a long quotation in three,
  drops one, adds one);
- each bead is scored by Gale and Church's length model (the target's length is the source's
  times the documents' length ratio, with a variance growing with length), by its figures as
  anchors (the multisets of figure VALUES, l10n.figures: "2,080,443" is "٢٬٠٨٠٬٤٤٣"), by its
  quotation marks, and by paragraph breaks, weighed by how alike the two versions' paragraphing
  is (not at all when one is a single paragraph against twenty);
- the forward-backward algorithm over the same lattice gives each chosen bead its posterior
  probability: the share of all alignments, weighed by their likelihood, that contain it.
  That is the confidence: a 1-1 pair is final only when the posterior is at least
  `SURE_POSTERIOR` and no figure differs; everything else is fuzzy with a comment in words.

A source sentence that no translated sentence covers is left out (1-0): an empty entry is
better than a neighbour's translation. `fill_catalog` writes the pairs into a catalog; a 2-1
merge fills the first entry with the merged sentence and marks the second with a translator
comment (`MERGED_MARKER`) that `build` reads: the merged translation is published once.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from l10n.figures import FigureValue, describe, extract_figures
from l10n.model import Block, BlockKind
from l10n.po import MERGED_MARKER, Catalog, Entry
from l10n.sources import literal_markdown
from l10n.wording import counted

# How often each bead occurs between professional translations (after Gale and Church 1993,
# with room for the 3-1 and 1-3 beads of split quotations).
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.04,
    (1, 2): 0.04,
    (3, 1): 0.005,
    (1, 3): 0.005,
}
# Variance of the target length per source character (Gale and Church's s^2, measured
# higher between English and Russian or Arabic than between European languages).
LENGTH_VARIANCE = 8.0
# What a figure value is worth, in nats: found on both sides of a bead, or on one side only.
# In a 1-1 bead a figure on one side only may be a typo ("13" for "31"), which the figure
# check is there to catch: the pair stays. In a merge it says the extra sentence is not there.
FIGURE_SHARED = 3.0
FIGURE_UNMATCHED = 1.0
FIGURE_UNMATCHED_IN_MERGE = 2.5
# A quotation mark on one side of a bead and not on the other.
QUOTE_UNMATCHED = 0.7
# Paragraph breaks: the most a disagreement costs, when both versions are paragraphed alike.
PARAGRAPH_WEIGHT = 2.0
# However unlike the paragraphings, a translated sentence joined with one of another paragraph
# costs this much: a menu line or a share line stands in a paragraph of its own.
CROSSING_FLOOR = 1.0
# A sentence only one version has, before the first pair or after the last (a pasted menu,
# share buttons, a dateline; signatures a copy left out) costs this, whatever its length.
EDGE_SKIP = 3.0
# A 1-1 pair is final (not fuzzy) only at or above this posterior probability, and when its
# lengths are within this many standard deviations of what the length ratio predicts (a
# sentence the segmenter did not split from its neighbour has no other reading, but its
# length gives it away).
SURE_POSTERIOR = 0.98
SURE_DEVIATIONS = 2.0
# Documents larger than this many sentence pairs are aligned in a band around the diagonal:
# a share of the longer side, but at most a fixed number of sentences, so that a long document
# costs time and memory linear in its length (a band as wide as a share of it made both grow as
# its square: 800 sentences took 25 s and 750 MB). No statement drifts that far from its
# translation; one that does is aligned sentence by sentence (`_align_in_order`), for review.
FULL_LATTICE = 40_000
BAND_SHARE = 0.3
WIDEST_BAND = 100
_SMALLEST_PROBABILITY = 1e-12
_QUOTES = frozenset('«»“”„"')

COMMENT_PREFIX = "l10n: aligned from"
# The translator comment of an entry whose sentence the previous entry's translation covers:
# `build` publishes nothing for it.
MERGED_COMMENT = f"{MERGED_MARKER}: translated together with the previous sentence"


@dataclass(frozen=True)
class Unit:
    """A sentence as the aligner sees it: its text, line, figures, and paragraph."""

    text: str
    line: int
    values: Counter[FigureValue]
    kind: BlockKind = BlockKind.PARAGRAPH
    paragraph: int = 0  # index of the block (source) or paragraph (translation) it stands in
    quotes: int = 0

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Bead:
    """Indices of the source and target units aligned together, and how sure the aligner is."""

    source: range
    target: range
    confidence: float  # posterior probability of this bead
    figures_agree: bool | None  # None when neither side has a figure
    deviation: float = 0.0  # of the lengths, in standard deviations (+: translation longer)

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class SentencePair:
    """Source sentences and the target sentences that translate them (none: no counterpart)."""

    source: tuple[Unit, ...]
    target: tuple[Unit, ...]
    confidence: float
    figures_agree: bool | None
    reasons: tuple[str, ...] = field(default=())  # why the pair needs review, in words

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def needs_review(self) -> bool:
        return bool(self.reasons)

    @property
    def target_text(self) -> str:
        return " ".join(unit.text for unit in self.target)


def sentence_unit(text: str, line: int, language: str, kind: BlockKind, paragraph: int = 0) -> Unit:
    quotes = sum(1 for character in text if character in _QUOTES)
    return Unit(text, line, _values(text, language), kind, paragraph, quotes)


@lru_cache(maxsize=16384)
def _values(text: str, language: str) -> Counter[FigureValue]:
    return Counter(figure.value for figure in extract_figures(text, language))


def units_of_blocks(blocks: Sequence[Block], language: str) -> list[Unit]:
    """Every sentence of `blocks`, each knowing the index of its block."""
    return [
        sentence_unit(segment.text, segment.line, language, block.kind, index)
        for index, block in enumerate(blocks)
        for segment in block.segments
    ]


def length_ratio(source: Sequence[Unit], target: Sequence[Unit]) -> float:
    """Characters of target per character of source, over the whole texts."""
    source_length = sum(unit.length for unit in source)
    target_length = sum(unit.length for unit in target)
    if source_length == 0 or target_length == 0:
        return 1.0
    return target_length / source_length


def paragraph_weight(source: Sequence[Unit], target: Sequence[Unit]) -> float:
    """How much paragraph breaks are worth: full when both versions have about as many
    paragraphs per sentence, nothing when one has half (or twice) the other's."""
    if not source or not target:
        return 0.0
    source_paragraphs = len({unit.paragraph for unit in source})
    target_paragraphs = len({unit.paragraph for unit in target})
    likeness = min(source_paragraphs, target_paragraphs) / max(source_paragraphs, target_paragraphs)
    return PARAGRAPH_WEIGHT * min(max((likeness - 0.5) / 0.4, 0.0), 1.0)


# --- Scoring a bead ---------------------------------------------------------------------------


def _deviation(source_length: int, target_length: int, ratio: float) -> float:
    """How many standard deviations the target's length is from the expected (Gale and Church)."""
    if source_length == 0 and target_length == 0:
        return 0.0
    mean = (source_length + target_length / ratio) / 2
    return (target_length - source_length * ratio) / math.sqrt(mean * LENGTH_VARIANCE)


def _length_cost(source_length: int, target_length: int, ratio: float) -> float:
    """-log of the two-tailed probability of a length difference this large."""
    delta = _deviation(source_length, target_length, ratio)
    return -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), _SMALLEST_PROBABILITY))


def _values_of(units: Sequence[Unit]) -> Counter[FigureValue]:
    if len(units) == 1:
        return units[0].values
    values: Counter[FigureValue] = Counter()
    for unit in units:
        values.update(unit.values)
    return values


def _figures_agree(source: Counter[FigureValue], target: Counter[FigureValue]) -> bool | None:
    if not source and not target:
        return None
    return source == target


@dataclass(frozen=True)
class _Model:
    ratio: float
    paragraph_weight: float
    figure_weight: float  # 0 leaves figures out (the benchmark's "what anchors add")


def _bead_cost(source: Sequence[Unit], target: Sequence[Unit], model: _Model) -> float:
    """-log likelihood of aligning these units together, paragraph breaks aside."""
    source_length = sum(unit.length for unit in source) + max(len(source) - 1, 0)
    target_length = sum(unit.length for unit in target) + max(len(target) - 1, 0)
    cost = -math.log(BEAD_PRIORS[(len(source), len(target))])
    if not source or not target:
        # Gale and Church's length model makes dropping a long sentence all but impossible,
        # and the aligner then hides it in a neighbour's 2-1 bead: a dropped sentence costs
        # its prior alone.
        return cost
    cost += _length_cost(source_length, target_length, model.ratio)
    source_values = _values_of(source)
    target_values = _values_of(target)
    if (source_values or target_values) and model.figure_weight:
        shared = sum((source_values & target_values).values())
        unmatched = sum(source_values.values()) + sum(target_values.values()) - 2 * shared
        penalty = FIGURE_UNMATCHED if len(source) == len(target) else FIGURE_UNMATCHED_IN_MERGE
        cost += model.figure_weight * (penalty * unmatched - FIGURE_SHARED * shared)
    source_quotes = sum(unit.quotes for unit in source)
    target_quotes = sum(unit.quotes for unit in target)
    cost += QUOTE_UNMATCHED * min(abs(source_quotes - target_quotes), 4)
    return cost


def _breaks(units: Sequence[Unit]) -> list[bool]:
    """For each position 0..len: whether a paragraph starts (or the text ends) there."""
    breaks = [True] * (len(units) + 1)
    for index in range(1, len(units)):
        breaks[index] = units[index].paragraph != units[index - 1].paragraph
    return breaks


# --- The lattice: best alignment and posteriors -----------------------------------------------


def _logsumexp(values: list[float]) -> float:
    if not values:
        return -math.inf
    top = max(values)
    if top == -math.inf:
        return top
    return top + math.log(sum(math.exp(value - top) for value in values))


def align_units(
    source: Sequence[Unit],
    target: Sequence[Unit],
    ratio: float | None = None,
    *,
    figure_weight: float = 1.0,
    use_paragraphs: bool = True,
) -> list[Bead]:
    """The most likely sequence of beads covering both sides in order, each with its posterior.

    `ratio` defaults to the two sides' length ratio; `figure_weight` 0 leaves figures out.
    """
    rows, columns = len(source), len(target)
    model = _Model(
        length_ratio(source, target) if ratio is None else ratio,
        paragraph_weight(source, target) if use_paragraphs else 0.0,
        figure_weight,
    )
    source_breaks, target_breaks = _breaks(source), _breaks(target)
    band = math.inf
    if rows * columns > FULL_LATTICE:
        band = max(20.0, min(BAND_SHARE * max(rows, columns), WIDEST_BAND))
    slope = columns / rows if rows else 0.0

    def inside(i: int, j: int) -> bool:
        return abs(i * slope - j) <= band

    # costs[(i, j)]: the beads ending at (i, j), as (start i, start j, cost)
    edges: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for end_i in range(rows + 1):
        for end_j in range(columns + 1):
            if not inside(end_i, end_j):
                continue
            ending = []
            for taken_source, taken_target in BEAD_PRIORS:
                i, j = end_i - taken_source, end_j - taken_target
                if i < 0 or j < 0 or not inside(i, j):
                    continue
                cost = _edge_cost(i, end_i, j, end_j, source, target, model)
                if cost is None:
                    continue
                cost += (
                    model.paragraph_weight
                    * (
                        (source_breaks[i] != target_breaks[j])
                        + (source_breaks[end_i] != target_breaks[end_j])
                    )
                    / 2
                )
                ending.append((i, j, cost))
            if ending:
                edges[(end_i, end_j)] = ending
    forward: dict[tuple[int, int], float] = {(0, 0): 0.0}
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
    for cell, ending in edges.items():  # in order of end cells: starts come first
        scores = [forward[(i, j)] - cost for i, j, cost in ending if (i, j) in forward]
        if not scores:
            continue
        forward[cell] = _logsumexp(scores)
        best[cell] = max(
            ((best[(i, j)][0] - cost, (i, j)) for i, j, cost in ending if (i, j) in best),
            key=lambda item: item[0],
        )
    end = (rows, columns)
    if end not in best:  # the band cut every path: align without it
        return _align_in_order(source, target, model)
    backward: dict[tuple[int, int], float] = {end: 0.0}
    starting: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for (end_i, end_j), ending in edges.items():
        for i, j, cost in ending:
            starting.setdefault((i, j), []).append((end_i, end_j, cost))
    for cell in reversed(list(forward)):
        if cell == end:
            continue
        scores = [
            backward[(i, j)] - cost for i, j, cost in starting.get(cell, []) if (i, j) in backward
        ]
        if scores:
            backward[cell] = _logsumexp(scores)
    total = forward[end]
    path: list[tuple[int, int]] = [end]
    while path[-1] != (0, 0):
        previous = best[path[-1]][1]
        assert previous is not None
        path.append(previous)
    path.reverse()
    beads = []
    for (i, j), (end_i, end_j) in itertools.pairwise(path):
        cost = next(c for a, b, c in edges[(end_i, end_j)] if (a, b) == (i, j))
        posterior = math.exp(min(forward[(i, j)] - cost + backward[(end_i, end_j)] - total, 0.0))
        agree = (
            _figures_agree(_values_of(source[i:end_i]), _values_of(target[j:end_j]))
            if end_i > i and end_j > j
            else None
        )
        deviation = _deviation(
            sum(unit.length for unit in source[i:end_i]),
            sum(unit.length for unit in target[j:end_j]),
            model.ratio,
        )
        beads.append(Bead(range(i, end_i), range(j, end_j), posterior, agree, deviation))
    return beads


def _edge_cost(
    i: int,
    end_i: int,
    j: int,
    end_j: int,
    source: Sequence[Unit],
    target: Sequence[Unit],
    model: _Model,
) -> float | None:
    """The cost of one bead, or None when it may not be: several source sentences of one
    translated sentence must stand in one block (the merged translation is published there)."""
    if end_i - i > 1 and source[i].paragraph != source[end_i - 1].paragraph:
        return None
    if end_i == i and i in (0, len(source)):
        return EDGE_SKIP  # a translated sentence before the first source sentence or after the last
    if end_j == j and j in (0, len(target)):
        return EDGE_SKIP  # a source sentence before the first translated one or after the last
    cost = _bead_cost(source[i:end_i], target[j:end_j], model)
    crossings = sum(
        target[index].paragraph != target[index - 1].paragraph for index in range(j + 1, end_j)
    )
    return cost + max(model.paragraph_weight, CROSSING_FLOOR) * crossings


def _align_in_order(source: Sequence[Unit], target: Sequence[Unit], model: _Model) -> list[Bead]:
    """Without a path in the band (texts of very different lengths): every sentence alone."""
    beads = [Bead(range(i, i + 1), range(0, 0), 0.0, None) for i in range(len(source))]
    return beads + [Bead(range(0, 0), range(j, j + 1), 0.0, None) for j in range(len(target))]


# --- From beads to sentence pairs, with reasons in words ---------------------------------------


def describe_difference(left: Counter[FigureValue], right: Counter[FigureValue]) -> str | None:
    """ "figures differ: 13 vs 31": the values only one side has, or None when they agree."""
    if left == right:
        return None
    only_left = ", ".join(describe(value, "en") for value in (left - right).elements())
    only_right = ", ".join(describe(value, "en") for value in (right - left).elements())
    return f"figures differ: {only_left or 'none'} vs {only_right or 'none'}"


def figures_differ(text: str, other: str, language: str) -> str | None:
    """Whether two sentences of one language state different figures, in words."""
    return describe_difference(_values(text, language), _values(other, language))


def pairs_of_beads(
    beads: Iterable[Bead], source: Sequence[Unit], target: Sequence[Unit]
) -> list[SentencePair]:
    """Sentence pairs from beads: every source sentence once (1-0 beads as pairs without
    translation); sentences only the translation has are left out."""
    pairs = []
    for bead in beads:
        if not bead.source:
            continue
        source_units = tuple(source[index] for index in bead.source)
        target_units = tuple(target[index] for index in bead.target)
        reasons = []
        if not target_units:
            reasons.append("no counterpart found")
        else:
            if len(source_units) > 1:
                reasons.append(f"merged with the next {_sentences(len(source_units) - 1)}")
            if len(target_units) > 1:
                reasons.append(f"translated as {len(target_units)} sentences")
            difference = describe_difference(_values_of(source_units), _values_of(target_units))
            if difference:
                reasons.append(difference)
            if abs(bead.deviation) > SURE_DEVIATIONS:
                reasons.append(
                    "the translation is much "
                    + ("longer" if bead.deviation > 0 else "shorter")
                    + " than expected (part of a neighbouring sentence, or a part missing?)"
                )
            if bead.confidence < SURE_POSTERIOR:
                reasons.append(
                    f"unsure pairing: another alignment is likely too "
                    f"(this one {bead.confidence:.0%})"
                )
        pairs.append(
            SentencePair(
                source_units, target_units, bead.confidence, bead.figures_agree, tuple(reasons)
            )
        )
    return pairs


def _sentences(count: int) -> str:
    return "sentence" if count == 1 else f"{count} sentences"


def align_sentences(
    source: Sequence[Unit],
    target: Sequence[Unit],
    ratio: float | None = None,
    *,
    figure_weight: float = 1.0,
) -> list[SentencePair]:
    """Sentence pairs of two runs of sentences, every source sentence once."""
    beads = align_units(source, target, ratio, figure_weight=figure_weight)
    return pairs_of_beads(beads, source, target)


def align_blocks(
    source: Sequence[Block],
    source_language: str,
    target: Sequence[Block],
    target_language: str,
) -> list[SentencePair]:
    """Sentence pairs of two versions of a statement, aligned over the whole document."""
    return align_sentences(
        units_of_blocks(source, source_language), units_of_blocks(target, target_language)
    )


@dataclass(frozen=True)
class Structure:
    """How the two versions compare, for a warning when they hardly look alike."""

    source_sentences: int
    target_sentences: int
    source_paragraphs: int
    target_paragraphs: int
    unmatched_source: int
    unmatched_target: int

    def warnings(self) -> list[str]:
        found = []
        few, many = sorted((self.source_paragraphs, self.target_paragraphs))
        if many >= 5 and few * 4 <= many:
            found.append(
                f"paragraphing differs widely: {counted(self.source_paragraphs, 'block')} in "
                f"the statement, {counted(self.target_paragraphs, 'paragraph')} in the "
                "translation "
                "(aligned sentence by sentence regardless)"
            )
        if self.source_sentences and 2 * self.unmatched_source >= self.source_sentences:
            found.append(
                f"{self.unmatched_source} of {counted(self.source_sentences, 'sentence')} "
                f"{'has' if self.unmatched_source == 1 else 'have'} no counterpart: is this a "
                "translation of this statement?"
            )
        if self.target_sentences and 2 * self.unmatched_target >= self.target_sentences:
            found.append(
                f"{self.unmatched_target} of "
                f"{counted(self.target_sentences, 'translated sentence')} "
                f"{'matches' if self.unmatched_target == 1 else 'match'} no sentence of the "
                "statement (navigation, another text?)"
            )
        return found


def structure_of(
    source: Sequence[Unit], target: Sequence[Unit], beads: Sequence[Bead]
) -> Structure:
    return Structure(
        len(source),
        len(target),
        len({unit.paragraph for unit in source}),
        len({unit.paragraph for unit in target}),
        sum(len(bead.source) for bead in beads if not bead.target),
        sum(len(bead.target) for bead in beads if not bead.source),
    )


# --- Into a catalog -------------------------------------------------------------------------


@dataclass(frozen=True)
class FillSummary:
    """What `fill_catalog` did with the aligned pairs."""

    filled: int = 0
    fuzzy: int = 0
    kept: int = 0  # the entry already had a translation: left as it was
    not_in_catalog: int = 0  # the source sentence has no entry (catalog not updated?)
    beads: tuple[tuple[str, int], ...] = ()  # bead kind -> count
    empty: tuple[str, ...] = ()  # source sentences left without a translation (no counterpart)
    review: tuple[tuple[str, str], ...] = ()  # (source sentence, why) of every fuzzy entry


def _comment(pair: SentencePair, origin: str) -> str:
    line = pair.target[0].line
    parts = [f"{COMMENT_PREFIX} {origin}:{line} ({pair.kind}, confidence {pair.confidence:.0%})"]
    parts += pair.reasons
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


def merged_figures_accept(pair: SentencePair, language: str) -> str | None:
    """For a merge whose figures agree: the translator comment with which the figure check
    accepts, in the first entry, the figures that belong to the next sentence(s)
    ("l10n-accept: -> 12,5%"); None when there are none, or when they do not agree."""
    if len(pair.source) < 2 or pair.figures_agree is not True:
        return None
    from l10n.check import ACCEPT_MARKER  # the figure check's own word, when a merge needs it

    wanted = Counter(_values_of(pair.source[1:]))  # a copy: the values are cached
    raws = []
    for figure in extract_figures(pair.target_text, language):
        if wanted[figure.value]:
            wanted[figure.value] -= 1
            raws.append(figure.raw)
    if not raws:
        return None
    return f"{ACCEPT_MARKER} " + "; ".join(f"-> {raw}" for raw in raws)


def fill_catalog(
    catalog: Catalog,
    pairs: Sequence[SentencePair],
    origin: str,
    language: str | None = None,
    *,
    literal: bool = False,
) -> tuple[Catalog, FillSummary]:
    """`catalog` with the aligned translations added; a translation already there is kept.

    A pair without translation leaves its entry empty, with a comment saying so. A 2-1 merge
    fills the first sentence's entry with the merged translation (fuzzy), and gives the next
    sentence's entry the `MERGED_MARKER` translator comment and no translation; with the
    translation's `language`, the first entry also accepts the next sentence's figures.
    A `literal` translation (a page's text, plain text) is escaped as Markdown, which every
    translation is, so that the page shows "*5*" or "&amp;" as the translation wrote them.
    """
    entries = list(catalog.entries)
    by_msgid: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        if not entry.obsolete and entry.msgid_plural is None:
            by_msgid.setdefault(entry.msgid, []).append(index)
    filled = fuzzy = kept = missing = 0
    kinds: Counter[str] = Counter()
    empty: list[str] = []
    review: list[tuple[str, str]] = []
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
        if not pair.target:
            empty.append(entry.msgid)
            note = f"l10n: no counterpart found in {origin}; left untranslated"
            if note not in entry.extracted_comments:
                entries[found] = replace(
                    entry, extracted_comments=(*entry.extracted_comments, note)
                )
            continue
        accept = merged_figures_accept(pair, language) if language else None
        entries[found] = replace(
            entry,
            msgstr=literal_markdown(pair.target_text) if literal else pair.target_text,
            extracted_comments=(*entry.extracted_comments, _comment(pair, origin)),
            translator_comments=(
                _with(entry.translator_comments, accept) if accept else entry.translator_comments
            ),
        ).with_fuzzy(pair.needs_review)
        filled += 1
        if pair.needs_review:
            fuzzy += 1
            review.append((entry.msgid, "; ".join(pair.reasons)))
        for unit in pair.source[1:]:
            merged = _entry_for(by_msgid, entries, unit)
            if merged is None or entries[merged].has_translation_text:
                continue
            other = entries[merged]
            note = (
                f"l10n: translated together with the previous sentence in {origin}:"
                f"{pair.target[0].line}; its entry holds the merged translation"
            )
            entries[merged] = replace(
                other,
                translator_comments=_with(other.translator_comments, MERGED_COMMENT),
                extracted_comments=_with(other.extracted_comments, note),
            )
    summary = FillSummary(
        filled, fuzzy, kept, missing, tuple(sorted(kinds.items())), tuple(empty), tuple(review)
    )
    return replace(catalog, entries=tuple(entries)), summary


def _with(comments: tuple[str, ...], comment: str) -> tuple[str, ...]:
    return comments if comment in comments else (*comments, comment)
