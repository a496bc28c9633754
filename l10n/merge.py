"""Merging a template into a translated catalog, like `msgmerge --previous`, without losing work.

For each template entry, in template order:

- the same (msgctxt, msgid) in the old catalog, active or obsolete: its translation, translator
  comments and flags are kept (an obsolete one is revived);
- otherwise the closest old entry with a translation and the same msgctxt, when similar enough
  (ratio >= 0.6, like msgmerge's fstrcmp): its translation is carried over, marked `fuzzy`,
  with the previous msgid (`#|`) the translator last saw: the old msgid when the old entry was
  reviewed, and the old entry's own `#|` when it was still fuzzy, so a sentence that changes
  twice before review still shows the text its translation was written for (as
  `msgmerge --previous` does);
- otherwise a new, untranslated entry.

Extracted comments and references always come from the template. Old entries that are neither
kept nor carried over become obsolete with their translation (an obsolete entry with no
translation holds nothing and is dropped). So every translation of the old catalog is still in
the result: kept, carried as fuzzy, or obsolete.

The similarity search indexes old entries by their words and pairs of words and compares only the
few that share most of them, so a 20,000-entry catalog merges in seconds (bench/catalog.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from l10n.po import FUZZY, Entry

SIMILARITY = 0.6
FUZZY_CANDIDATES = 12  # old entries compared in full for each new msgid
POSTINGS_BUDGET = 20_000  # old entries counted per new msgid, rarest features first
MIN_FEATURES = 3  # the rarest features are always counted, however common

_WORD = re.compile(r"\w+")


def merge(old: Sequence[Entry], template: Sequence[Entry]) -> tuple[Entry, ...]:
    """The entries of the updated catalog: active ones in template order, then obsolete ones."""
    active = {entry.key: entry for entry in old if not entry.obsolete}
    obsolete = {entry.key: entry for entry in old if entry.obsolete}
    template_keys = {entry.key for entry in template}
    used: set[int] = set()
    index = _SimilarityIndex(
        [
            entry
            for entry in old
            if entry.has_translation_text
            and entry.key not in template_keys
            and not (entry.obsolete and entry.key in active)
        ]
    )
    merged: list[Entry] = []
    for new in template:
        previous = active.get(new.key) or obsolete.get(new.key)
        if previous is not None:
            used.add(id(previous))
            merged.append(_kept(previous, new))
            continue
        closest = index.closest(new)
        if closest is not None:
            used.add(id(closest))
            merged.append(_carried(closest, new))
            continue
        merged.append(replace(new, msgstr="", obsolete=False, line=0))
    for entry in old:
        if id(entry) in used or not entry.has_translation_text:
            continue
        if entry.obsolete or entry.key not in template_keys:
            merged.append(replace(entry, obsolete=True, references=()))
    return tuple(merged)


def _union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))


def _kept(previous: Entry, new: Entry) -> Entry:
    return replace(
        new,
        msgstr=previous.msgstr,
        msgstr_plural=previous.msgstr_plural or new.msgstr_plural,
        translator_comments=previous.translator_comments,
        flags=_union(previous.flags, new.flags),
        previous_msgctxt=previous.previous_msgctxt if previous.fuzzy else None,
        previous_msgid=previous.previous_msgid if previous.fuzzy else None,
        previous_msgid_plural=previous.previous_msgid_plural if previous.fuzzy else None,
        obsolete=False,
        line=0,
    )


def _carried(closest: Entry, new: Entry) -> Entry:
    flags = _union((flag for flag in closest.flags if flag != FUZZY), new.flags)
    # A fuzzy translation was written for its previous msgid, not for its msgid: that text is
    # what the translator compares with (msgmerge keeps it too, even when there is none).
    seen = (
        (closest.previous_msgctxt, closest.previous_msgid, closest.previous_msgid_plural)
        if closest.fuzzy
        else (closest.msgctxt, closest.msgid, closest.msgid_plural)
    )
    return replace(
        new,
        msgstr=closest.msgstr,
        msgstr_plural=closest.msgstr_plural or new.msgstr_plural,
        translator_comments=closest.translator_comments,
        flags=(FUZZY, *flags),
        previous_msgctxt=seen[0],
        previous_msgid=seen[1],
        previous_msgid_plural=seen[2],
        obsolete=False,
        line=0,
    )


def similarity(first: str, second: str) -> float:
    """How alike two strings are, 0 to 1 (2 * matching characters / total characters)."""
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


@dataclass
class _SimilarityIndex:
    """Old entries with a translation, found by the words and word pairs they share with a new
    msgid. Rare features are looked up first, within a budget of postings, so that words found
    in most entries ("the", "ministry") cost nothing yet pairs of them still discriminate."""

    entries: list[Entry]

    def __post_init__(self) -> None:
        self._postings: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        for number, entry in enumerate(self.entries):
            for feature in _features(entry.msgid):
                self._postings[(entry.msgctxt, feature)].append(number)

    def closest(self, new: Entry) -> Entry | None:
        """The most similar old entry of the same shape and context, if similar enough."""
        postings = sorted(
            (
                found
                for feature in _features(new.msgid)
                if (found := self._postings.get((new.msgctxt, feature)))
            ),
            key=len,
        )
        shared: Counter[int] = Counter()
        budget = POSTINGS_BUDGET
        for number, found in enumerate(postings):
            if number >= MIN_FEATURES and len(found) > budget:
                break
            shared.update(found)
            budget -= len(found)
        best: Entry | None = None
        best_score = SIMILARITY
        # The new msgid is the matcher's second sequence: difflib indexes it once for all.
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(new.msgid)
        for number, _ in shared.most_common(FUZZY_CANDIDATES):
            entry = self.entries[number]
            if (entry.msgid_plural is None) != (new.msgid_plural is None):
                continue
            score = _score_at_least(matcher, entry.msgid, new.msgid, best_score)
            if score is not None and (score > best_score or best is None):
                best, best_score = entry, score
        return best


def _score_at_least(
    matcher: SequenceMatcher[str], first: str, second: str, threshold: float
) -> float | None:
    """The similarity of `first` to `second` (the matcher's second sequence already) when it
    reaches `threshold`, checked cheapest first."""
    total = len(first) + len(second)
    if total == 0 or 2 * min(len(first), len(second)) / total < threshold:
        return None
    matcher.set_seq1(first)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    score = matcher.ratio()
    return score if score >= threshold else None


def _features(text: str) -> set[str]:
    """The words of `text` and its pairs of adjacent words, lower-cased."""
    words = [word.lower() for word in _WORD.findall(text)]
    return {*words, *(f"{first} {second}" for first, second in pairwise(words))}


def lost_translations(old: Sequence[Entry], merged: Sequence[Entry]) -> list[Entry]:
    """Old entries whose translation is missing from `merged` (kept, carried or obsolete).

    Each old translation goes to one entry of the result, under its own msgid or carried to a
    new one, so every translation must be there at least as many times as it was before.
    """
    remaining = Counter(
        (entry.msgstr, entry.msgstr_plural) for entry in merged if entry.has_translation_text
    )
    lost: list[Entry] = []
    for entry in old:
        if not entry.has_translation_text:
            continue
        translation = (entry.msgstr, entry.msgstr_plural)
        if remaining[translation] > 0:
            remaining[translation] -= 1
        else:
            lost.append(entry)
    return lost
