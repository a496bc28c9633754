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

When the sentence under a kept msgid changed shape (singular in the old catalog, plural in the
template, or the other way round), the old translation is kept as a fuzzy suggestion for the new
form, with the old msgid as previous msgid, as msgmerge does: a singular translation fills every
plural form; a plural one gives its first filled form as the msgstr, and the forms that do not
fit a singular msgstr are kept in translator comments (`KEPT_FORM`) that msgmerge would drop.

Extracted comments and references always come from the template. Old entries that are neither
kept nor carried over become obsolete with their translation (an obsolete entry with no
translation holds nothing and is dropped). So every translation of the old catalog is still in
the result: kept, carried as fuzzy, or obsolete.

The similarity search indexes old entries by their words and pairs of words and compares only the
few that share most of them, so a 20,000-entry catalog merges in seconds (bench/catalog.py).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from l10n.po import FUZZY, Entry

SIMILARITY = 0.6
DEFAULT_PLURAL_COUNT = 2  # the forms of a plural entry when the catalog's header names none
FUZZY_CANDIDATES = 12  # old entries compared in full for each new msgid
POSTINGS_BUDGET = 20_000  # old entries counted per new msgid, rarest features first
MIN_FEATURES = 3  # the rarest features are always counted, however common

_WORD = re.compile(r"\w+")


def merge(
    old: Sequence[Entry], template: Sequence[Entry], plural_count: int = DEFAULT_PLURAL_COUNT
) -> tuple[Entry, ...]:
    """The entries of the updated catalog: active ones in template order, then obsolete ones.

    `plural_count` is the catalog's nplurals: how many forms a singular translation fills when
    its sentence became plural."""
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
            merged.append(_kept(previous, new, plural_count))
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


def _kept(previous: Entry, new: Entry, plural_count: int) -> Entry:
    if (previous.msgid_plural is None) != (new.msgid_plural is None):
        return _reshaped(previous, new, plural_count)
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


KEPT_FORM = "kept from the plural entry:"  # + ' msgstr[N] "text"', the text JSON-quoted
_KEPT_FORM_LINE = re.compile(rf'{re.escape(KEPT_FORM)} msgstr\[(\d+)\] (".*")')


def _reshaped(previous: Entry, new: Entry, plural_count: int) -> Entry:
    """`new`, whose sentence is singular where `previous` was plural or the other way round,
    with the old translation as a fuzzy suggestion, and the old msgid as previous msgid."""
    comments = previous.translator_comments
    if new.msgid_plural is not None:
        # Singular to plural: the translation fills every form (as msgmerge does), and forms
        # kept from a time the sentence was plural before come back to their places (a form
        # the catalog has no place for stays in its comment).
        forms = [previous.msgstr] * max(plural_count, 1)
        restored = set()
        for comment in comments:
            found = _kept_form(comment)
            if found is not None and 0 < found[0] < len(forms):
                forms[found[0]] = found[1]
                restored.add(comment)
        comments = tuple(comment for comment in comments if comment not in restored)
        msgstr, msgstr_plural = "", tuple(forms)
    else:
        filled = [(index, text) for index, text in enumerate(previous.msgstr_plural) if text]
        msgstr, msgstr_plural = (filled[0][1] if filled else ""), ()
        comments += tuple(
            f"{KEPT_FORM} msgstr[{index}] {json.dumps(text, ensure_ascii=False)}"
            for index, text in filled[1:]
        )
    return replace(
        new,
        msgstr=msgstr,
        msgstr_plural=msgstr_plural,
        translator_comments=comments,
        flags=(FUZZY, *(flag for flag in _union(previous.flags, new.flags) if flag != FUZZY)),
        previous_msgctxt=previous.msgctxt,
        previous_msgid=previous.msgid,
        previous_msgid_plural=previous.msgid_plural,
        obsolete=False,
        line=0,
    )


def kept_forms(entry: Entry) -> list[tuple[int, str]]:
    """The plural forms (index, text) kept in `entry`'s translator comments (`_reshaped`)."""
    return [
        found for comment in entry.translator_comments if (found := _kept_form(comment)) is not None
    ]


def _kept_form(comment: str) -> tuple[int, str] | None:
    if not comment.startswith(KEPT_FORM):  # most comments, at the cost of a comparison
        return None
    match = _KEPT_FORM_LINE.fullmatch(comment)
    if match is None:
        return None
    try:
        text = json.loads(match.group(2))
    except ValueError:
        return None
    return (int(match.group(1)), text) if isinstance(text, str) else None


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
    """Old entries with a translated text (any plural form) that `merged` no longer holds.

    Each translated form of an old entry must still be on an entry that stands for it: the one
    with the same msgctxt and msgid (active or obsolete), or a fuzzy one that names it as its
    previous msgid (carried to a changed sentence; a fuzzy entry carries its own previous msgid
    on). There the text must be the same form (a singular msgstr is form 0; a sentence that
    changed shape keeps its forms as `_reshaped` places them). Counting texts is not enough: a
    write that lost one translation and gained the same text elsewhere would pass.

    A fuzzy entry without a previous msgid names nothing, and carries none on (as msgmerge
    does): its translation may stand on one new fuzzy entry without a previous msgid, under a
    msgctxt and msgid the old catalog did not have, which then stands for no other.
    """
    # One entry per msgctxt and msgid in a file (two are refused on reading), but not always
    # in memory: an entry both active and obsolete goes obsolete twice when its sentence goes.
    by_key: dict[tuple[str | None, str], list[Entry]] = {}
    by_previous: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    old_keys = {entry.key for entry in old}
    # New fuzzy entries that name no previous msgid, by their first translated text.
    unnamed: dict[str, list[Entry]] = defaultdict(list)
    for entry in merged:
        by_key.setdefault(entry.key, []).append(entry)
        if entry.fuzzy:
            previous = _previous_key(entry)
            if previous is not None:
                by_previous[previous].append(entry)
            elif entry.key not in old_keys and entry.has_translation_text:
                unnamed[_first_text(entry)].append(entry)
    lost: list[Entry] = []
    for entry in old:
        if not entry.has_translation_text:
            continue
        same = by_key.get(entry.key, [])
        if any(_same_translation(kept, entry) for kept in same):
            continue  # most entries: kept as they were
        holders = [*same, *by_previous.get(entry.key, ())]
        previous = _previous_key(entry)
        if entry.fuzzy and previous is not None:
            holders += by_previous.get(previous, ())
        if _all_held(entry, holders):
            continue
        if entry.fuzzy and previous is None:
            carriers = unnamed.get(_first_text(entry), [])
            carrier = next((new for new in carriers if _all_held(entry, [new])), None)
            if carrier is not None:
                carriers.remove(carrier)
                continue
        lost.append(entry)
    return lost


def _first_text(entry: Entry) -> str:
    return next((text for _, text in _forms(entry) if text), "")


def _all_held(entry: Entry, holders: Sequence[Entry]) -> bool:
    """Whether every translated form of `entry` is on one of `holders`, in its place."""
    filled = [(index, text) for index, text in [*_forms(entry), *kept_forms(entry)] if text]
    if not filled:
        return True
    first = filled[0][0]
    return all(
        any(_holds(holder, index, text, index == first) for holder in holders)
        for index, text in filled
    )


def _same_translation(first: Entry, second: Entry) -> bool:
    return (
        first.msgstr == second.msgstr
        and first.msgstr_plural == second.msgstr_plural
        and first.translator_comments == second.translator_comments
    )


def _previous_key(entry: Entry) -> tuple[str | None, str] | None:
    """The (msgctxt, msgid) a fuzzy entry's translation was written for, None when unknown."""
    if entry.previous_msgid is None:
        return None
    return (entry.previous_msgctxt, entry.previous_msgid)


def _forms(entry: Entry) -> list[tuple[int, str]]:
    """The translated texts of `entry` by plural form; a singular msgstr is form 0."""
    if entry.msgid_plural is None:
        return [(0, entry.msgstr)]
    return list(enumerate(entry.msgstr_plural))


def _holds(entry: Entry, index: int, text: str, first_filled: bool) -> bool:
    """Whether `entry` holds `text` as its form `index` (`first_filled`: the first form with a
    text of the entry it comes from), or where `_reshaped` puts that form."""
    forms = _forms(entry)
    if (index < len(forms) and forms[index][1] == text) or (index, text) in kept_forms(entry):
        return True
    if entry.msgid_plural is None:
        # A plural translation made singular: its first filled form became the msgstr.
        return first_filled and entry.msgstr == text
    # A singular translation made plural fills every form.
    return index == 0 and text in entry.msgstr_plural
