"""Figure consistency checks: every figure of an entry states the same value in every language.

This module owns the comparison of PO entries across languages and the findings it returns.

How an entry is compared
    The figures of the source text (the msgid, in the source language) and of each translation
    (the msgstr) are extracted once each with `l10n.figures.extract_figures`, then compared as
    multisets of VALUES, order-free: "66 тыс." equals "66,000" and "٦٦ ألف". A source figure the
    translation lacks is `number-missing`, a translation figure the source lacks is
    `number-extra`, and a missing figure paired with an extra one of the same kind (the closest
    value) is `number-changed` (`number-date` for dates and times). A figure written in the wrong
    convention for its language ("1,312" in Russian) is `number-format`.

Two kinds of checks
    Figure rules (`FIGURE_RULES`) read an entry's figures compared with the source's and run
    only where they differ: most entries are settled by the quick readers before any rule runs.
    Entry checks (`ENTRY_CHECKS`) run on every translated entry, whatever its figures.

Entries across languages
    Catalogs of the same domain (`locales/<lang>/LC_MESSAGES/<domain>.po`, or `<dir>/<lang>.po`)
    are read together and their entries matched on (msgctxt, msgid). With three or more
    versions of an entry, a changed figure names the odd one out: "ar says 2,080,434 where en and
    ru say 2,080,443", or the source when every translation agrees against it.

What a translator controls
    - Untranslated and obsolete entries are skipped; fuzzy ones are checked, at warning level.
    - The flag `#, ignore-numbers`, or a translator comment line `# l10n-ignore-numbers` (which
      GNU msgcat and msgmerge keep, where they drop the flag), silences the figure checks for
      that entry in that catalog.
    - A translator comment accepts one specific difference without silencing the rest::

          # l10n-accept: 5 miles -> 8 km

      The left side is read in the source language, the right side in the translation's
      language; their figures are taken out of the comparison only where they are exactly the
      difference found. Either side may be empty ("# l10n-accept: 2020 ->" lets the translation
      drop 2020). Several accepts go on several lines or are separated by ";". An accept that
      matches no difference, or cannot be read, is reported as `number-accept` (a warning), so
      stale ones do not linger. Each side must read exactly: its figures stand as words of their
      own ("72x" is not 72), and a line that names the marker without its colon is unreadable
      too, rather than silently ignored.

Plural entries check each msgstr form against msgid_plural, by the counts it serves (the
catalog's Plural-Forms header, else CLDR): a form that serves one count only (n = 1, Arabic's
n = 2) may state it in digits, in words or not at all; a form that serves many ("1 страница",
Russian form 0, also shows 21 and 31) must not state one of them (`number-plural`).

What is not a figure (placeholders of the entry's format, markup, addresses) is blanked out by
`l10n.figures.entry_figure_text` before either figure reader reads a text; entries that hold the
translators' names ("translator-credits"), and those whose msgid only names plural categories
("One/few/many", which a translation describes by counts: "Один/2-4/много"), are skipped like
ignored ones.

The functions at the end (`read_catalog_under_check`, `check_paths`, `check_project`) are the
file adapter; everything above them works on `CatalogUnderCheck` values. The adapter reads
catalogs with `l10n.po`, which reports the file and line of anything wrong, and finds them
through `l10n.layout`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache, partial
from itertools import accumulate, chain, count, repeat
from operator import add, attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from babel import Locale, UnknownLocaleError
from babel.plural import to_gettext

from l10n import po
from l10n.errors import CatalogError, L10nError
from l10n.figures import (
    DateValue,
    Figure,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    constructions,
    copied_verbatim,
    describe,
    entry_figure_text,
    extract_figures,
    glued_to_a_name,
    in_its_own_decimals,
    is_credits,
    is_message_id,
    names_plural_categories,
    plain_figures,
    plain_keys,
    quick_values,
    same_identifier,
    texts_to_blank,
    words,
)
from l10n.figures.not_figures import (
    CREDITS_MSGCTXTS,
    CREDITS_MSGIDS,
    NAME_LIKE,
    renamed_with_digits,
)
from l10n.forbidden import (
    as_shown,
    forbidden_character,
    hidden_in_figure,
    holds_arabic_digits,
    holds_decoded_reference,
    holds_forbidden,
    holds_invisible,
    mixed_digits,
    reason_hidden,
    reorders_nothing,
    without_invisible,
)
from l10n.languages import get_language
from l10n.layout import (
    catalog_language,
    domain_of_path,
    find_po_files,
    header_language_code,
    project_catalogs,
)
from l10n.plural_forms import read_plural_forms
from l10n.po import Key
from l10n.wording import character_name, visible

if TYPE_CHECKING:  # only `check_project` reads a configuration: `l10n check FILE` needs none
    from l10n.config import Config
    from l10n.parallel import Task, Workers

ERROR = "error"
WARNING = "warning"

IGNORE_FLAG = "ignore-numbers"
# The same opt-out as a translator comment line: GNU msgcat and msgmerge drop a flag they do
# not know, but keep translator comments.
IGNORE_COMMENT = "l10n-ignore-numbers"
ACCEPT_MARKER = "l10n-accept:"


# --------------------------------------------------------------------------------------------
# Catalog values: what the checks read (built by the adapter below, or by tests)


class CatalogEntry(NamedTuple):
    """One PO entry as the checks need it.

    A named tuple rather than a frozen dataclass: as immutable, and made three times faster,
    which counts when a catalog of 100,000 entries is read for a check.
    """

    msgid: str
    msgstr: tuple[str, ...]  # one string, or one per plural form
    line: int
    msgctxt: str | None = None
    msgid_plural: str | None = None
    flags: frozenset[str] = frozenset()
    translator_comment: str = ""

    @property
    def translated(self) -> bool:
        return any(self.msgstr)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


@dataclass(frozen=True)
class CatalogUnderCheck:
    """The active entries of one PO file in one language (header and obsolete entries out)."""

    path: str
    language: str
    entries: Sequence[CatalogEntry]
    domain: str = ""  # catalogs of one domain in several languages are compared together
    plural_forms: str = ""  # the Plural-Forms header: which counts each msgstr[i] serves
    unheeded_charset: str = ""  # the header's charset, where the text is UTF-8 all the same
    language_header: str = ""  # a Language header that is no language code, as written


def _ignored(entry: CatalogEntry) -> bool:
    """Silenced by its flag or comment, or holding the translators' names, not a translation."""
    return (
        IGNORE_FLAG in entry.flags
        or (
            IGNORE_COMMENT in entry.translator_comment
            and IGNORE_COMMENT in (line.strip() for line in entry.translator_comment.split("\n"))
        )
        or is_credits(entry.msgid, entry.msgctxt)
        or is_message_id(entry.msgid)
        or names_plural_categories(entry.msgid)
    )


def _readable(entry: CatalogEntry, text: str) -> str:
    """What the figure readers read of one of an entry's texts: `text` with the placeholders of
    the entry's syntax and the other things that are not figures blanked out."""
    if entry.msgid_plural is None:
        return entry_figure_text(text, entry.flags, entry.msgid)
    return entry_figure_text(text, entry.flags, f"{entry.msgid}\n{entry.msgid_plural}")


def _readable_texts(entries: Sequence[CatalogEntry], texts: Sequence[str]) -> list[str]:
    """`_readable` of each of `entries` with its text of `texts`: one search of them all finds
    the few texts that may hold something to blank, and only those are blanked one by one."""
    readable = list(texts)
    for position in texts_to_blank(texts):
        readable[position] = _readable(entries[position], texts[position])
    return readable


# --------------------------------------------------------------------------------------------
# Findings


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A figure as a finding reports it: as written, and its value in words."""

    raw: str
    value: str
    kind: str

    @classmethod
    def of(cls, figure: Figure) -> FigureRecord:
        return cls(raw=figure.raw, value=describe(figure.value), kind=figure.kind)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of one entry in one catalog; figure codes start with "number"."""

    file: str
    line: int
    language: str
    code: str
    severity: str  # "error" | "warning"
    message: str
    msgid: str
    msgctxt: str | None
    source_figures: tuple[FigureRecord, ...] = ()
    target_figures: tuple[FigureRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckedEntry:
    """An entry that was compared (for reports that list every entry, such as JUnit)."""

    file: str
    line: int
    language: str
    msgid: str
    msgctxt: str | None


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    checked: list[CheckedEntry] = field(default_factory=list)  # filled when asked for
    entries_checked: int = 0
    entries_untranslated: int = 0
    entries_ignored: int = 0


# --------------------------------------------------------------------------------------------
# Comparison of one translation against the source


@dataclass(frozen=True)
class Acceptance:
    """A difference a translator accepted: these source values may appear as these target ones."""

    text: str
    source: Counter[FigureValue]
    target: Counter[FigureValue]


class Version:
    """One language's text of an entry, with its figures extracted once."""

    __slots__ = ("_values", "figures", "in_order", "language", "misformatted", "text")

    def __init__(self, language: str, text: str, figures: Sequence[Figure]):
        self.language = language
        self.text = text
        self.figures = figures
        self.in_order = tuple([figure.value for figure in figures])
        self.misformatted = any(figure.misformatted for figure in figures)
        self._values: Counter[FigureValue] | None = None

    @property
    def values(self) -> Counter[FigureValue]:
        """The values as a multiset, built when an order-free comparison needs it."""
        if self._values is None:
            self._values = Counter(self.in_order)
        return self._values

    def same_values(self, other: Version) -> bool:
        # Most translations keep the figures in order: a tuple comparison settles them.
        return self.in_order == other.in_order or self.values == other.values


@dataclass
class Comparison:
    """A translation compared with its source: what every check reads."""

    file: str
    entry: CatalogEntry
    source: Version
    target: Version
    translations: Sequence[Version]  # the entry in every translated language, this one included
    reports_source: bool  # this comparison also reports problems of the source text itself
    missing: list[Figure] = field(default_factory=list)
    extra: list[Figure] = field(default_factory=list)
    changed: list[tuple[Figure, Figure]] = field(default_factory=list)
    unused_acceptances: list[str] = field(default_factory=list)
    unreadable_acceptances: list[str] = field(default_factory=list)
    form: int = 0  # which msgstr of a plural entry
    # Figures of a plural form that serves many counts, stating one of them ("1 страница" in
    # Russian form 0, which also shows 21 and 31), and the counts the form serves.
    stated_counts: list[Figure] = field(default_factory=list)
    counts: Sequence[int] = ()
    # Figures the second stage found stated alike but written misleadingly: (figure, message).
    format_warnings: list[tuple[Figure, str]] = field(default_factory=list)
    # What the second stage has to say of a source figure it could not account for, by the
    # figure's id: the conversion of a quantity ("385 mi = 619.6 km").
    notes: dict[int, str] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return WARNING if self.entry.fuzzy else ERROR

    @property
    def others(self) -> list[Version]:
        """The other translations of the entry, which tell whether the source or this one is odd."""
        return [version for version in self.translations if version is not self.target]

    def finding(
        self,
        code: str,
        message: str,
        *,
        source: Iterable[Figure] = (),
        target: Iterable[Figure] = (),
        language: str | None = None,
        severity: str | None = None,
    ) -> Finding:
        return Finding(
            file=self.file,
            line=self.entry.line,
            language=language or self.target.language,
            code=code,
            severity=severity or self.severity,
            message=message,
            msgid=self.entry.msgid,
            msgctxt=self.entry.msgctxt,
            source_figures=tuple(FigureRecord.of(figure) for figure in source),
            target_figures=tuple(FigureRecord.of(figure) for figure in target),
        )


def compare(
    comparison: Comparison, acceptances: Sequence[Acceptance], counts: Sequence[int] = ()
) -> Comparison:
    """Fill `missing`, `extra` and `changed`: the multiset difference of values, paired.

    `counts` are the counts a plural form serves. A form that serves one count only (n = 1,
    or Arabic's n = 2) may state it in digits, in words or not at all; a form that serves many
    must not state one of them, which `stated_counts` reports.
    """
    source, target = comparison.source, comparison.target
    comparison.counts = counts
    in_words = not counts and spell_numbers(source, target)
    constructed = not counts and read_constructions(source, target)
    if not acceptances and not in_words and not constructed and source.same_values(target):
        return comparison
    missing = _unmatched(source.figures, target.values)
    extra = _unmatched(target.figures, source.values)
    if missing or extra:
        missing, extra = _without_verbatim_code(missing, extra, comparison)
    for acceptance in acceptances:
        accepted_source = _find(missing, acceptance.source)
        accepted_target = _find(extra, acceptance.target)
        if accepted_source is None or accepted_target is None:
            comparison.unused_acceptances.append(acceptance.text)
            continue
        missing = [f for i, f in enumerate(missing) if i not in accepted_source]
        extra = [f for i, f in enumerate(extra) if i not in accepted_target]
    if counts:
        count_values = {NumberValue(Decimal(count)) for count in counts}
        if len(counts) == 1:
            missing = [figure for figure in missing if figure.value not in count_values]
            extra = [figure for figure in extra if figure.value not in count_values]
        else:
            comparison.stated_counts = [f for f in extra if f.value in count_values]
            extra = [figure for figure in extra if figure.value not in count_values]
        # The singular's count ("1 page") in a form that does not serve it ("1 صفحة" in the
        # Arabic form for 3 to 10, or for 0): the form shows other counts than it says.
        singular = _singular_counts(comparison.entry, source.language) - count_values
        if singular and extra:
            comparison.stated_counts += [f for f in extra if f.value in singular]
            extra = [figure for figure in extra if figure.value not in singular]
    if missing or extra:
        # The second stage: what the strict reading leaves, read again in its light. Loaded
        # when an entry first needs it, since the first pass settles most runs' every entry.
        from l10n.figures import explain as second_stage

        settlement = second_stage.explain(
            second_stage.Side(source.language, source.text, source.figures, missing),
            second_stage.Side(target.language, target.text, target.figures, extra),
        )
        missing, extra = settlement.missing, settlement.extra
        comparison.format_warnings = settlement.warnings
        comparison.notes = settlement.notes
    comparison.changed = _pair(missing, extra)
    if in_words and not missing and not extra:
        # Where the figures agree, numbers both sides write in words must agree too
        # ("Five tents" / "шесть палаток"); a number word on one side alone is no finding.
        from l10n.figures import explain as second_stage

        comparison.changed = second_stage.differing_number_words(
            second_stage.Side(source.language, source.text, source.figures),
            second_stage.Side(target.language, target.text, target.figures),
        )
    if constructed:
        _add_constructions(comparison, missing, extra)
    paired_source = {id(source) for source, _ in comparison.changed}
    paired_target = {id(target) for _, target in comparison.changed}
    comparison.missing = [figure for figure in missing if id(figure) not in paired_source]
    comparison.extra = [figure for figure in extra if id(figure) not in paired_target]
    return comparison


def read_constructions(source: Version, target: Version) -> bool:
    """Whether the texts hold a construction whose figures may agree while what they say
    differs: percentage points, a score the other way round, a height in feet and inches."""
    return constructions.may_differ(source.text, source.language, target.text, target.language)


def _add_constructions(comparison: Comparison, missing: list[Figure], extra: list[Figure]) -> None:
    """Pair the constructions that differ ("40 percentage points" against "40%"), leaving out
    those whose figures are reported already."""
    source, target = comparison.source, comparison.target
    ours = [*missing, *(pair[0] for pair in comparison.changed)]
    theirs = [*extra, *(pair[1] for pair in comparison.changed)]
    for difference in constructions.differing(
        source.language, source.text, source.figures, target.language, target.text, target.figures
    ):
        if any(_overlaps(difference.source, other) for other in ours) or any(
            _overlaps(difference.target, other) for other in theirs
        ):
            continue
        comparison.changed.append((difference.source, difference.target))
        comparison.notes[id(difference.source)] = difference.note


def _overlaps(figure: Figure, other: Figure) -> bool:
    return figure.start < other.end and other.start < figure.end


def _singular_counts(entry: CatalogEntry, language: str) -> set[FigureValue]:
    """The numbers a plural entry's singular msgid states that its msgid_plural does not: the
    singular's count ("1" of "1 page" / "%d pages")."""
    if entry.msgid_plural is None:
        return set()
    singular = extract_figures(_readable(entry, entry.msgid), language)
    plural = {
        figure.value for figure in extract_figures(_readable(entry, entry.msgid_plural), language)
    }
    return {
        figure.value
        for figure in singular
        if isinstance(figure.value, NumberValue) and figure.value not in plural
    }


def spell_numbers(source: Version, target: Version) -> bool:
    """Whether both texts write a number in words: the numbers might differ though every
    figure agrees ("Five tents" / "шесть палаток"), which `compare` then reads. The source
    is asked first: its language's words are those of most catalogs' sources, English, whose
    pattern is compiled already, while a translation's language's is compiled (a few
    milliseconds) only once a source spells a number."""
    return words.spells_numbers(source.text, source.language) and words.spells_numbers(
        target.text, target.language
    )


def _without_verbatim_code(
    missing: list[Figure], extra: list[Figure], comparison: Comparison
) -> tuple[list[Figure], list[Figure]]:
    """Code or a version number copied as it stands ("5,500 K" on both sides) is the same
    figure, though the two languages' conventions read it differently; a name with digits is
    the same name written apart or glued ("JPEG 2000", "JPEG2000"), and a number the source
    glues to a name ("Menu3", "v10") is no figure the translation adds ("Меню 3", "версии 10").
    """
    source, target = comparison.source, comparison.target
    latin_script = _latin_script(target.language)
    copied = [
        figure
        for figure in extra
        if copied_verbatim(
            figure.start, figure.end, target.text, source.text, latin_script=latin_script
        )
    ]
    # Each copied figure takes the first missing one written alike, as long as one is left.
    twins: dict[str, deque[Figure]] = defaultdict(deque)
    for other in missing:
        twins[other.raw].append(other)
    taken: set[int] = set()
    for figure in copied:
        alike = twins.get(figure.raw)
        if alike:
            taken.update((id(alike.popleft()), id(figure)))
    missing = [other for other in missing if id(other) not in taken]
    extra = [other for other in extra if id(other) not in taken]
    # A figure with words of the source's own, copied as it stands into a text of another
    # language ("January 2011" in Russian, an English sample kept as it is typed): that
    # language's reader does not read English month names, but the figure is there as written.
    missing = [figure for figure in missing if not _copied_with_its_words(figure, target.text)]
    # A name written apart on one side and glued on the other ("JPEG 2000", "JPEG2000")
    missing = [
        figure
        for figure in missing
        if not same_identifier(figure.start, figure.end, source.text, target.text)
    ]
    extra = [
        figure
        for figure in extra
        if not same_identifier(figure.start, figure.end, target.text, source.text)
        and not glued_to_a_name(figure.start, figure.end, target.text, source.text)
    ]
    return missing, extra


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _copied_with_its_words(figure: Figure, text: str) -> bool:
    """Whether `figure`, written with a Latin word ("January 2011", "5 Aug"), stands as it is
    written in `text`, as a whole (no letter or digit glued to either end)."""
    raw = figure.raw
    if not _LATIN_WORD.search(raw):
        return False
    start = text.find(raw)
    while start >= 0:
        end = start + len(raw)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        start = text.find(raw, start + 1)
    return False


def _latin_script(language: str) -> bool:
    return get_language(language).script == "Latn"


def format_advice(version: Version, other: Version) -> list[Figure]:
    """The figures of `version` written in another language's convention, but for code and
    version numbers copied as they stand from `other`: "SVG 1.1" in Russian, "2.10" where the
    source says "GIMP 2.10", every "1.5" of a text where one "1.5" is a version ("PDF version
    (1.4 or 1.5); default is 1.5"), and for a figure written in its own language's decimals
    whose value `other` states ("1,618" in Russian for 1.618: no other reading is meant)."""
    if not version.misformatted:
        return []
    # Whether a writing is code depends on the writing alone, and is looked for at each of its
    # occurrences in both texts: asked once per writing, not once per figure (a text repeating
    # "1,312" thousands of times took time in the square of their number).
    code: dict[str, bool] = {}
    return [
        figure
        for figure in version.figures
        if figure.misformatted
        and not _known(code, figure.raw, lambda raw: _code_anywhere(raw, version, other))
        and not (in_its_own_decimals(figure, version.language) and other.values[figure.value] > 0)
        and not _label_ending_in(figure, version, other)
    ]


def _known(answers: dict[str, bool], key: str, find: Callable[[str], bool]) -> bool:
    answer = answers.get(key)
    if answer is None:
        answer = answers[key] = find(key)
    return answer


# A label of a few words that ends in its figure, as its counterpart ends in the same writing
# ("Analog Surround 7.1" / "Аналоговый объёмный 7.1", "Driver 4.3" / "Драйвер 4.3"): the figure
# is part of a name (a channel layout, a version), which keeps its writing in every language.
_LABEL_WORDS = 4


def _label_ending_in(figure: Figure, version: Version, other: Version) -> bool:
    text = version.text.rstrip()
    return (
        figure.end == len(text)
        and other.text.rstrip().endswith(figure.raw)
        and len(text.split()) <= _LABEL_WORDS
        and len(other.text.split()) <= _LABEL_WORDS
    )


def _code_anywhere(raw: str, version: Version, other: Version) -> bool:
    """Whether `raw`, which `version` writes, is code or a version number copied as it stands
    where it occurs in either text."""
    return any(
        copied_verbatim(start, start + len(raw), text.text, counterpart.text, latin_script=latin)
        for text, counterpart in ((version, other), (other, version))
        for latin in (_latin_script(text.language),)
        for start in _occurrences(raw, text.text)
    )


def _occurrences(raw: str, text: str) -> Iterator[int]:
    """Where `raw` stands in `text` as a figure of its own (no digit glued to either end)."""
    start = text.find(raw)
    while start >= 0:
        end = start + len(raw)
        glued = (start > 0 and text[start - 1].isdigit()) or (
            end < len(text) and text[end].isdigit()
        )
        if not glued:
            yield start
        start = text.find(raw, start + 1)


def _unmatched(figures: Sequence[Figure], other: Counter[FigureValue]) -> list[Figure]:
    """The figures whose values `other` does not account for, counting repeats."""
    available = Counter(other)
    unmatched = []
    for figure in figures:
        if available[figure.value] > 0:
            available[figure.value] -= 1
        else:
            unmatched.append(figure)
    return unmatched


def _find(figures: Sequence[Figure], values: Counter[FigureValue]) -> set[int] | None:
    """The positions of figures with exactly `values`, or None if some are not there."""
    wanted = Counter(values)
    chosen = set()
    for index, figure in enumerate(figures):
        if wanted[figure.value] > 0:
            wanted[figure.value] -= 1
            chosen.add(index)
    return None if +wanted else chosen


PAIR_WINDOW = 64


def _pair(missing: Sequence[Figure], extra: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Pair each missing figure with the closest extra one it could be a changed version of."""
    candidates = []
    # Every pair is weighed in an entry of ordinary size; in a huge one (a hostile or broken
    # entry) only figures at most PAIR_WINDOW places apart, so the time stays linear.
    window = len(extra) if len(missing) * len(extra) <= PAIR_WINDOW**2 else PAIR_WINDOW
    for i, source in enumerate(missing):
        for j in range(max(0, i - window), min(len(extra), i + window + 1)):
            target = extra[j]
            distance = _distance(source.value, target.value)
            if distance is not None:
                # Closeness first, then the order in the text: translations mostly keep it.
                candidates.append((distance, abs(i - j), i, j))
    candidates.sort()
    used_source: set[int] = set()
    used_target: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_source or j in used_target:
            continue
        used_source.add(i)
        used_target.add(j)
        pairs.append((i, j))
    pairs.sort()
    return [(missing[i], extra[j]) for i, j in pairs]


_AMOUNT_KINDS = (NumberValue, PercentValue)


def _distance(source: FigureValue, target: FigureValue) -> Decimal | None:
    """How far apart two values are, or None when one cannot be a changed form of the other."""
    if isinstance(source, _AMOUNT_KINDS) and isinstance(target, _AMOUNT_KINDS):
        a, b = source.amount, target.amount
        scale = max(abs(a), abs(b), Decimal(1))
        distance = abs(a - b) / scale
        # "96%" written as a bare "96" is a change, but a weaker pairing than 96 -> 69.
        return distance + (0 if type(source) is type(target) else 1)
    if isinstance(source, DateValue) and isinstance(target, DateValue):
        fields = zip(
            (source.year, source.month, source.day),
            (target.year, target.month, target.day),
            strict=True,
        )
        return Decimal(sum(1 for a, b in fields if a != b))
    if isinstance(source, TimeValue) and isinstance(target, TimeValue):
        minutes = abs((source.hour * 60 + source.minute) - (target.hour * 60 + target.minute))
        return Decimal(minutes) / 1440
    return None


# --------------------------------------------------------------------------------------------
# Messages


def _shown(figure: Figure) -> str:
    """A figure's value in words, with the text as written when that differs.

    Numbers are grouped alike ("1,490" beside "2,080,443"); only a number the text itself
    writes as four plain digits, as years are written, is shown so ("2019"). A character the
    reader could not see in the text is shown as ⟨U+200B⟩."""
    value = describe(figure.value)
    if value.isdigit() and len(value) == 4 and not (figure.raw.isdigit() and len(figure.raw) == 4):
        value = f"{int(value):,}"
    raw = visible(figure.raw)
    return value if raw == value else f'{value} ("{raw}")'


def _join(languages: Sequence[str]) -> str:
    if len(languages) <= 1:
        return "".join(languages)
    return ", ".join(languages[:-1]) + " and " + languages[-1]


def _say(languages: Sequence[str]) -> str:
    return "says" if len(languages) == 1 else "say"


def _stating(comparison: Comparison, value: FigureValue, *, this_one: bool = False) -> list[str]:
    """The other translated languages that state `value`, in catalog order; this one if asked."""
    return [
        version.language
        for version in comparison.translations
        if (version is comparison.target and this_one)
        or (version is not comparison.target and version.values[value] > 0)
    ]


def _changed_message(comparison: Comparison, source: Figure, target: Figure) -> str:
    """Name the odd one out when other translations tell which side is right."""
    others = comparison.others
    with_source = _stating(comparison, source.value)
    with_target = _stating(comparison, target.value)
    if others and len(with_target) == len(others) and not with_source:
        translations = _stating(comparison, target.value, this_one=True)
        return (
            f"{comparison.source.language} (the source) says {_shown(source)} where "
            f"{_join(translations)} {_say(translations)} {_shown(target)}"
        )
    agreeing = [comparison.source.language, *with_source]
    return (
        f"{comparison.target.language} says {_shown(target)} where "
        f"{_join(agreeing)} {_say(agreeing)} {_shown(source)}"
    )


def _missing_message(comparison: Comparison, figure: Figure) -> str:
    stating = [comparison.source.language, *_stating(comparison, figure.value)]
    return (
        f"{comparison.target.language} lacks {_shown(figure)}, "
        f"which {_join(stating)} {_say(stating)}"
    )


def _extra_message(comparison: Comparison, figure: Figure) -> str:
    adding = _stating(comparison, figure.value, this_one=True)
    verb = "adds" if len(adding) == 1 else "add"
    return (
        f"{_join(adding)} {verb} {_shown(figure)}, "
        f"which {comparison.source.language} (the source) lacks"
    )


# --------------------------------------------------------------------------------------------
# Figure rules: code -> function; each docstring's first line is the title users read
#
# A figure rule reads a `Comparison`, and runs ONLY on the entries whose figures differ from
# the source's (or are misformatted, or carry an l10n-accept comment): the quick readers settle
# every other entry before any rule sees it. A check that must look at every entry (a
# placeholder, a character, a tag) is not a figure rule: it belongs in ENTRY_CHECKS below.


def check_missing(comparison: Comparison) -> Iterator[Finding]:
    """A figure of the source is missing from the translation."""
    for figure in comparison.missing:
        message = _missing_message(comparison, figure) + _note(comparison, figure)
        yield comparison.finding("number-missing", message, source=[figure])


def _note(comparison: Comparison, figure: Figure) -> str:
    note = comparison.notes.get(id(figure))
    return f" ({note})" if note else ""


def check_extra(comparison: Comparison) -> Iterator[Finding]:
    """The translation states a figure the source does not."""
    for figure in comparison.extra:
        yield comparison.finding(
            "number-extra", _extra_message(comparison, figure), target=[figure]
        )


def check_changed(comparison: Comparison) -> Iterator[Finding]:
    """A number or percentage has a different value in the translation."""
    for source, target in comparison.changed:
        if source.kind not in ("date", "time"):
            message = _changed_message(comparison, source, target) + _note(comparison, source)
            yield comparison.finding("number-changed", message, source=[source], target=[target])


def check_changed_date(comparison: Comparison) -> Iterator[Finding]:
    """A date or time differs in the translation (day, month, year, hour or minute)."""
    for source, target in comparison.changed:
        if source.kind in ("date", "time"):
            message = _changed_message(comparison, source, target)
            yield comparison.finding("number-date", message, source=[source], target=[target])


def check_format(comparison: Comparison) -> Iterator[Finding]:
    """A figure is written in the wrong convention for its language and reads differently: an
    error while its value stays unaccounted for, a warning once the other side settles it
    ("120.000" in Arabic where the source says 120,000: the same figure, written misleadingly)."""
    open_target = {id(figure) for figure in comparison.extra}
    open_target.update(id(target) for _, target in comparison.changed)
    source_text = comparison.source.text
    for figure in format_advice(comparison.target, comparison.source):
        severity = None if id(figure) in open_target else WARNING
        message = figure.misformatted or ""
        warned = (severity or comparison.severity) == WARNING
        if warned and _written_as_in(figure, source_text):
            message += COPIED_FROM_SOURCE
        yield comparison.finding("number-format", message, target=[figure], severity=severity)
    for figure, message in comparison.format_warnings:
        if _written_as_in(figure, source_text):
            message += COPIED_FROM_SOURCE
        yield comparison.finding("number-format", message, target=[figure], severity=WARNING)
    if comparison.reports_source:
        open_source = {id(figure) for figure in comparison.missing}
        open_source.update(id(source) for source, _ in comparison.changed)
        for figure in format_advice(comparison.source, comparison.target):
            message = f"source text: {figure.misformatted}"
            language = comparison.source.language
            severity = None if id(figure) in open_source else WARNING
            yield comparison.finding(
                "number-format", message, source=[figure], language=language, severity=severity
            )


# Advice on a figure the translation writes as the source does ("1.5" in Russian for "1.5"). In a
# catalog that is a habit of the whole catalog (or values a user types as they stand), which its
# team settles once: `one_copied_notice_per_catalog` keeps the first such advice of a catalog and
# says there how many entries do the same, rather than one warning for each entry.
COPIED_FROM_SOURCE = " (written as the source writes it)"


_DIGITS_WITH_MARKS = re.compile(r"[0-9]+(?:[.,][0-9]+)+")


def _written_as_in(figure: Figure, text: str) -> bool:
    """Whether the digits and marks of `figure` ("176.4" of "176.4 кГц") stand in `text` as
    they are written, each as a figure of its own."""
    writings = _DIGITS_WITH_MARKS.findall(figure.raw)
    return bool(writings) and all(
        next(_occurrences(raw, text), None) is not None for raw in writings
    )


def one_copied_notice_per_catalog(findings: list[Finding]) -> list[Finding]:
    """`findings` with the format warnings on figures copied as the source writes them folded
    into the first of each catalog, which counts the others."""
    copied: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    kept: list[Finding] = []
    for finding in findings:
        if (
            finding.code == "number-format"
            and finding.severity == WARNING
            and finding.message.endswith(COPIED_FROM_SOURCE)
        ):
            copied[(finding.file, finding.language)].append(finding)
        else:
            kept.append(finding)
    for alike in copied.values():
        first = min(alike, key=lambda finding: finding.line)
        entries = len({(finding.line, finding.msgid) for finding in alike}) - 1
        message = first.message
        if entries:
            others = "entry" if entries == 1 else "entries"
            message += f"; the same in {entries} more {others} of this catalog"
        kept.append(replace(first, message=message))
    return kept


def check_plural_count(comparison: Comparison) -> Iterator[Finding]:
    """A plural form that serves many counts states one of them as a figure."""
    for figure in comparison.stated_counts:
        next_word = _NEXT_WORD.match(comparison.target.text, figure.end)
        said = figure.raw + (next_word.group() if next_word else "")
        counts = comparison.counts
        if len(counts) == 1:
            message = f"form {comparison.form} shows {counts[0]} only: it says {said}"
        elif any(NumberValue(Decimal(count)) == figure.value for count in counts):
            others = [count for count in counts if NumberValue(Decimal(count)) != figure.value]
            shown = ", ".join(str(count) for count in others[:2])
            message = f"form {comparison.form} also shows {shown}…: it says {said}"
        else:
            shown = ", ".join(str(count) for count in counts[:2])
            message = f"form {comparison.form} shows {shown}…: it says {said}"
        yield comparison.finding("number-plural", message, target=[figure])


_NEXT_WORD = re.compile(r"\s*[^\s]+")


def check_accept_comments(comparison: Comparison) -> Iterator[Finding]:
    """An l10n-accept comment matches no difference or cannot be read."""
    for text in comparison.unused_acceptances:
        message = f"'{ACCEPT_MARKER} {visible(text)}' matches no difference between the versions"
        yield comparison.finding("number-accept", message, severity=WARNING)
    for text in comparison.unreadable_acceptances:
        message = (
            f"cannot read '{visible(text)}': write the marker with its colon, the source "
            f"figure, '->', and the translation's figure, e.g. '{ACCEPT_MARKER} 5 miles -> 8 km'"
        )
        yield comparison.finding("number-accept", message, severity=WARNING)


def _title(function: Callable[..., object]) -> str:
    return (function.__doc__ or "").strip().splitlines()[0]


@dataclass(frozen=True)
class FigureRule:
    """A figure rule: it reads an entry's figures compared with the source's."""

    run: Callable[[Comparison], Iterator[Finding]]
    severity: str  # for a translated entry; fuzzy entries report every finding as a warning

    @property
    def title(self) -> str:
        return _title(self.run)


# Run only where figures differ: see the note above.
FIGURE_RULES: dict[str, FigureRule] = {
    "number-missing": FigureRule(check_missing, ERROR),
    "number-extra": FigureRule(check_extra, ERROR),
    "number-changed": FigureRule(check_changed, ERROR),
    "number-date": FigureRule(check_changed_date, ERROR),
    "number-format": FigureRule(check_format, ERROR),
    "number-plural": FigureRule(check_plural_count, ERROR),
    "number-accept": FigureRule(check_accept_comments, WARNING),
}


# --------------------------------------------------------------------------------------------
# Entry checks: run on EVERY translated entry (fuzzy ones included) of every catalog, whatever
# its figures, before and apart from the figure rules; `#, ignore-numbers` does not silence
# them. Each takes the catalog and the entry and yields findings (`entry_finding` builds one).


def entry_finding(
    catalog: CatalogUnderCheck, entry: CatalogEntry, code: str, severity: str, message: str
) -> Finding:
    """A finding about `entry` as a whole, in `catalog`'s language."""
    return Finding(
        file=catalog.path,
        line=entry.line,
        language=catalog.language,
        code=code,
        severity=severity,
        message=message,
        msgid=entry.msgid,
        msgctxt=entry.msgctxt,
    )


@dataclass(frozen=True)
class EntryCheck:
    """A check of every translated entry, its figures aside."""

    run: Callable[[CatalogUnderCheck, CatalogEntry], Iterator[Finding]]
    severity: str  # the most severe finding it reports
    # Optional: False when a whole catalog (its texts joined) gives `run` nothing to find, so
    # that a catalog of 100,000 clean entries costs one search, not 100,000 calls.
    worth_a_look: Callable[[CatalogTexts], bool] | None = None
    # Optional: the positions of the only entries `run` may find something in, found in the
    # texts joined (a check that many catalogs give a look, but few of their entries).
    looks_at: Callable[[CatalogTexts], Sequence[int]] | None = None

    @property
    def title(self) -> str:
        return _title(self.run)


class CatalogTexts:
    """The texts of one catalog's entries joined, read once for every entry check and the
    figure readers' look for invisible characters.

    The source texts are joined apart from the translations: in a catalog translated from
    English they are ASCII, which a search for any other character tells at once, and which
    stays one byte a character where a string with the translations would take two or four."""

    def __init__(self, catalog: CatalogUnderCheck) -> None:
        self.catalog = catalog
        entries = catalog.entries
        self.parts: tuple[str, str] = (
            "\n".join(chain(map(_MSGID, entries), filter(None, map(_MSGID_PLURAL, entries)))),
            "\n".join(chain.from_iterable(map(_MSGSTR, entries))),
        )

    def holds(self, text: str) -> bool:
        """Whether one of the texts holds `text`: its last character is looked for first, in
        one quick pass of C's `memchr` ("(" of "%(", where "%" is common in prose)."""
        return any(text[-1] in part and text in part for part in self.parts)

    def any_part(self, test: Callable[[str], bool]) -> bool:
        """Whether `test` holds for the texts joined: true wherever it holds for one of them
        (the tests here look at a text at a time)."""
        return any(map(test, self.parts))

    def translations_writing_anew(self, pattern: re.Pattern[str]) -> list[int]:
        """The positions of the entries one of whose translations holds a match of `pattern`
        that one of the entry's source texts does not hold as written: where a name can have
        been written otherwise ("WPA2" for "WPA3"). A catalog that writes a name as its
        sources do in thousands of entries ("COVID-19") costs a substring test each."""
        entries = self.catalog.entries
        return sorted(
            {
                position
                for position, written in self._matches_by_entry(pattern)
                if written not in entries[position].msgid
                or written not in (entries[position].msgid_plural or written)
            }
        )

    def _matches_by_entry(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """Each match of `pattern` in the translations joined, with its entry's position."""
        found = [(match.start(), match.group()) for match in pattern.finditer(self.parts[1])]
        if not found:
            return []
        entries = self.catalog.entries
        text = self.parts[1]
        if set(map(len, map(_MSGSTR, entries))) == {1} and text.count("\n") == len(entries) - 1:
            # One translation an entry, none written over lines (a catalog of sentences): the
            # newlines before a match are the entries before it, counted by C from one match
            # to the next.
            entry = 0
            searched = 0
            by_entry = []
            for start, written in found:
                entry += text.count("\n", searched, start)
                searched = start
                by_entry.append((entry, written))
            return by_entry
        # Built with functions of C, no Python code for each of a catalog's many entries: where
        # each translation ends in the joined text (its newline after it), and how many
        # translations the entries up to each one hold.
        lengths = accumulate(map(len, chain.from_iterable(map(_MSGSTR, entries))))
        ends = list(map(add, lengths, count(1)))
        forms = list(accumulate(map(len, map(_MSGSTR, entries))))
        return [
            (bisect_right(forms, bisect_right(ends, start)), written) for start, written in found
        ]

    @cached_property
    def invisible(self) -> bool:
        """Whether a text holds an invisible character (`holds_invisible`): without one, none
        holds a bidi control or a character hidden in a figure either."""
        return self.any_part(holds_invisible)

    @cached_property
    def shown_otherwise(self) -> bool:
        """Whether a page shows a text otherwise than written: it holds an invisible character
        or a character reference the page decodes (`forbidden.as_shown`)."""
        return self.invisible or self.any_part(holds_decoded_reference)


_MSGID = attrgetter("msgid")
_MSGID_PLURAL = attrgetter("msgid_plural")
_MSGSTR = attrgetter("msgstr")
_FLAGS = attrgetter("flags")


def check_placeholders(catalog: CatalogUnderCheck, entry: CatalogEntry) -> Iterator[Finding]:
    """A translation of a UI string that cannot be shown: its %-placeholders differ.

    For python-format messages (the page templates' UI strings): a translation that would not
    %-format with the source's placeholders, as `msgfmt --check` reports it; the build shows the
    source text instead. A fuzzy one is a warning, as fuzzy figures are."""
    if not po.looks_python_format(entry.msgid, entry.flags):
        return
    extra = ("num",) if entry.msgid_plural is not None else ()  # Jinja's ngettext gives it
    for translation in entry.msgstr:
        problem = translation and po.python_format_problem(
            entry.msgid, translation, *extra, plural=entry.msgid_plural
        )
        if problem:
            severity = WARNING if entry.fuzzy else ERROR
            message = f"the translation cannot be shown: {problem}"
            yield entry_finding(catalog, entry, "placeholder", severity, message)
            return


def check_plural_form_count(catalog: CatalogUnderCheck, entry: CatalogEntry) -> Iterator[Finding]:
    """A plural entry with more or fewer forms than its catalog's Plural-Forms header says.

    `msgfmt --check` refuses such a catalog ("nplurals = 3 ... but some messages have 4 plural
    forms"); a form beyond nplurals is never shown, and a missing one shows nothing."""
    if entry.msgid_plural is None:
        return
    expected = declared_plural_count(catalog.plural_forms)
    if expected is None:
        return
    if len(entry.msgstr) != expected:
        message = (
            f"{len(entry.msgstr)} plural forms (msgstr[0] to msgstr[{len(entry.msgstr) - 1}]) "
            f"where the Plural-Forms header says nplurals={expected}: msgfmt refuses the catalog"
        )
        yield entry_finding(catalog, entry, PLURAL_FORM_COUNT, ERROR, message)


def check_mixed_digits(catalog: CatalogUnderCheck, entry: CatalogEntry) -> Iterator[Finding]:
    """A figure of a translation written in digits of two systems.

    "1٥" is 15 to the figure check but looks like 10 to a reader of Latin digits (ARABIC-INDIC
    DIGIT FIVE is a circle). Reported in translations not written in Arabic script, whatever
    the source says, and never published."""
    for translation in entry.msgstr:
        found = mixed_digits(translation)
        if found is not None:
            _, figure, other = found
            message = (
                f"the figure “{figure}” mixes digits of two systems ({other} is "
                f"{character_name(other)}): a reader of one misreads the other; write it in one"
            )
            yield entry_finding(catalog, entry, MIXED_DIGITS, ERROR, message)
            return


def check_renamed(catalog: CatalogUnderCheck, entry: CatalogEntry) -> Iterator[Finding]:
    """A name with digits written with other digits ("UTF-8" for "UTF-16", "WPA2" for "WPA3")."""
    for index, translation in enumerate(entry.msgstr):
        source = entry.msgid if index == 0 or entry.msgid_plural is None else entry.msgid_plural
        renamed = renamed_with_digits(source, translation)
        if renamed:
            pairs = "; ".join(f"“{new}” where the source writes “{old}”" for old, new in renamed)
            message = f"a name with other digits: {pairs}"
            yield entry_finding(catalog, entry, RENAMED, ERROR, message)
            return


RENAMED = "name-digits"
MIXED_DIGITS = "mixed-digits"
PLURAL_FORM_COUNT = "plural-forms"
BIDI = "bidi-control"


def _translations_then_source(entry: CatalogEntry) -> Iterator[tuple[str, str]]:
    """An entry's texts, each with how a message names it."""
    for translation in entry.msgstr:
        yield "the translation", translation
    yield "the source text", entry.msgid
    if entry.msgid_plural:
        yield "the source text", entry.msgid_plural


def check_bidi_controls(catalog: CatalogUnderCheck, entry: CatalogEntry) -> Iterator[Finding]:
    """A translation holds a character that reorders what a reader sees (a bidi control).

    The characters statements may not hold either (`l10n.forbidden`): a U+202E ... U+202C
    around "27" makes a page show 72. Fuzzy translations too: the next review may publish them.
    A source text holding one is reported too, where no translation does: one finding. In a
    right-to-left translation, embeddings and isolates that can reorder nothing are
    typography (`reorders_nothing`)."""
    right_to_left = get_language(catalog.language).direction == "rtl"
    for whose, text in _translations_then_source(entry):
        found = forbidden_character(text)
        typography = right_to_left and whose == "the translation" and reorders_nothing(text)
        if found is not None and not typography:
            offset, character = found
            column = offset - text.rfind("\n", 0, offset)
            message = (
                f"{whose} holds {character_name(character)} at column {column}, which "
                f"can make the page read differently from what it says: "
                f"“{visible(' '.join(text.split()))}”"
            )
            yield entry_finding(catalog, entry, BIDI, ERROR, message)
            return


HIDDEN_IN_FIGURE = "invisible-character"


def check_invisible_characters(
    catalog: CatalogUnderCheck, entry: CatalogEntry
) -> Iterator[Finding]:
    """A character no reader sees stands inside or beside a figure (a zero-width space).

    The characters and why each is refused there are in `l10n.forbidden`; the figures are
    compared without them, as a page shows them. A source text holding one is reported too,
    where no translation does: one finding per entry."""
    for whose, text in _translations_then_source(entry):
        found = hidden_in_figure(text)
        if found is not None:
            where = "inside" if found.inside else "beside"
            message = (
                f"{whose} holds {character_name(found.character)} {where} a figure, at column "
                f"{found.offset - text.rfind(chr(10), 0, found.offset)}: "
                f"“{visible(found.context)}” shows as “{without_invisible(found.context)}”, "
                f"but {reason_hidden(found.character)}"
            )
            yield entry_finding(catalog, entry, HIDDEN_IN_FIGURE, ERROR, message)
            return


def _may_be_python_format(texts: CatalogTexts) -> bool:
    """Whether an entry may be %-formatted (`po.looks_python_format`): flagged so, or a msgid
    holds a named directive."""
    # The flags of all entries at once, in C: most entries share one empty set of flags.
    flags = frozenset[str]().union(*map(_FLAGS, texts.catalog.entries))
    return texts.holds("%(") or po.PYTHON_FORMAT in flags


ENTRY_CHECKS: dict[str, EntryCheck] = {
    "placeholder": EntryCheck(check_placeholders, ERROR, _may_be_python_format),
    # The bidi controls are invisible characters; a character reference starts with "&".
    BIDI: EntryCheck(
        check_bidi_controls,
        ERROR,
        lambda texts: (texts.invisible or texts.holds("&")) and texts.any_part(holds_forbidden),
    ),
    # msgid_plural is None for every entry but the plural ones, which few catalogs hold.
    PLURAL_FORM_COUNT: EntryCheck(
        check_plural_form_count,
        ERROR,
        lambda texts: any(map(_MSGID_PLURAL, texts.catalog.entries)),
    ),
    # A figure in two digit systems needs an Arabic-Indic or Persian digit: most catalogs have
    # none. Readers of Arabic read both systems ("1٥" is 15 to them): not looked for there.
    MIXED_DIGITS: EntryCheck(
        check_mixed_digits,
        ERROR,
        lambda texts: (
            get_language(texts.catalog.language).script != "Arab"
            and texts.any_part(holds_arabic_digits)
        ),
    ),
    # A name with digits in a translation ("WPA2", "UTF-8"): most catalogs write a few, in few
    # of their entries.
    RENAMED: EntryCheck(
        check_renamed, ERROR, looks_at=lambda texts: texts.translations_writing_anew(NAME_LIKE)
    ),
    HIDDEN_IN_FIGURE: EntryCheck(
        check_invisible_characters,
        ERROR,
        lambda texts: (
            texts.invisible and texts.any_part(lambda part: hidden_in_figure(part) is not None)
        ),
    ),
}
# What no option of `l10n build` publishes: not a difference of figures that --force accepts.
NEVER_PUBLISHED = frozenset({BIDI, HIDDEN_IN_FIGURE, MIXED_DIGITS})


def check_every_entry(texts: CatalogTexts) -> Iterator[Finding]:
    """The findings of the entry checks on every translated entry of one catalog."""
    catalog = texts.catalog
    checks = [
        entry_check
        for entry_check in ENTRY_CHECKS.values()
        if entry_check.looks_at is None
        and (entry_check.worth_a_look is None or entry_check.worth_a_look(texts))
    ]
    for entry_check in ENTRY_CHECKS.values():
        if entry_check.looks_at is not None:
            for position in entry_check.looks_at(texts):
                entry = catalog.entries[position]
                if entry.translated:
                    yield from entry_check.run(catalog, entry)
    if not checks:
        return
    for entry in catalog.entries:
        if entry.translated:
            for entry_check in checks:
                yield from entry_check.run(catalog, entry)


# --------------------------------------------------------------------------------------------
# Findings about whole files: a catalog out of date with its source, a file that cannot be read

STALE = "catalog-stale"  # also a build's refusal
UNREADABLE = "catalog-unreadable"
CHARSET = "catalog-charset"
LANGUAGE_HEADER = "catalog-language"
FILE_RULES: dict[str, tuple[str, str]] = {
    STALE: ("A catalog does not translate what its source says now: run `l10n update`", ERROR),
    UNREADABLE: ("A file cannot be read as a PO catalog", ERROR),
    CHARSET: (
        "A catalog's header names a charset its text is not written in: programs show it garbled",
        WARNING,
    ),
    LANGUAGE_HEADER: ("A catalog's Language header is no language code", WARNING),
}


def header_findings(catalog: CatalogUnderCheck) -> list[Finding]:
    """Warnings about a catalog's header that GNU gettext accepts and l10n reads all the same:
    a charset its bytes are not in (they are UTF-8, which l10n reads them as), a Language
    header that is no language code (the catalog's place tells its language)."""
    found = []
    if catalog.unheeded_charset:
        message = (
            f"the header declares charset {catalog.unheeded_charset}, but the text is UTF-8 "
            "(read as such): GNU gettext reads it as the header says, and programs show it "
            "garbled; declare charset=UTF-8"
        )
        found.append(
            Finding(catalog.path, 1, catalog.language, CHARSET, WARNING, message, "", None)
        )
    if catalog.language_header:
        message = (
            f"the Language header says {catalog.language_header!r}, which is no language code: "
            f"read as {catalog.language}; write Language: {catalog.language}"
        )
        found.append(
            Finding(catalog.path, 1, catalog.language, LANGUAGE_HEADER, WARNING, message, "", None)
        )
    return found


def rule_titles() -> dict[str, tuple[str, str]]:
    """Every code the checks report, with its title and default severity (for reports)."""
    rules: dict[str, FigureRule | EntryCheck] = {**FIGURE_RULES, **ENTRY_CHECKS}
    titles = {code: (rule.title, rule.severity) for code, rule in rules.items()}
    return {**titles, **FILE_RULES}


def unreadable_finding(error: L10nError) -> Finding:
    """A file that cannot be read, as a finding, so that reports for tools still show where."""
    return Finding(
        file=error.path or "",
        line=error.line or 1,
        language="",
        code=UNREADABLE,
        severity=ERROR,
        message=error.message,
        msgid="",
        msgctxt=None,
    )


def stale_catalog_findings(config: Config, languages: Sequence[str] = ()) -> list[Finding]:
    """A `catalog-stale` error for each catalog that `l10n update` would change in what it
    translates, naming the source and the sentences; templates are computed, not written."""
    # Reading the statements and the page templates needs Markdown and Jinja: only a check of
    # the whole project comes here, and `l10n check FILE` stays quick to start.
    from l10n.catalog import stale_catalogs

    if not config.source_path.is_dir():
        return []  # catalogs kept without their statements: nothing to compare them with
    return [
        Finding(
            file=str(stale.path),
            line=stale.line or 1,
            language=stale.language,
            code=STALE,
            severity=ERROR,
            message=stale.describe(),
            msgid=stale.lacking[0].msgid if stale.lacking else "",
            msgctxt=stale.lacking[0].msgctxt if stale.lacking else None,
        )
        for stale in stale_catalogs(config, languages)
    ]


# --------------------------------------------------------------------------------------------
# Running the checks over catalogs


_ACCEPT_SEPARATOR = re.compile(r"\s*;\s*")


def parse_acceptances(
    comment: str, source_lang: str, target_lang: str
) -> tuple[list[Acceptance], list[str]]:
    """The `l10n-accept:` lines of a translator comment, and the ones that cannot be read (as
    written, marker included)."""
    accepted: list[Acceptance] = []
    unreadable: list[str] = []
    for line in comment.split("\n"):
        stripped = line.strip()
        if not stripped.startswith(ACCEPT_MARKER):
            if stripped.startswith(ACCEPT_MARKER[:-1]):  # "l10n-accept 5 -> 8": no colon
                unreadable.append(stripped)
            continue
        for text in _ACCEPT_SEPARATOR.split(stripped[len(ACCEPT_MARKER) :].strip()):
            left, arrow, right = text.partition("->")
            source_figures = extract_figures(left, source_lang)
            target_figures = extract_figures(right, target_lang)
            exact = _standing_alone(left, source_figures) and _standing_alone(right, target_figures)
            if not arrow or not (source_figures or target_figures) or not exact:
                unreadable.append(f"{ACCEPT_MARKER} {text}")
            else:
                source = Counter(figure.value for figure in source_figures)
                target = Counter(figure.value for figure in target_figures)
                accepted.append(Acceptance(text, source, target))
    return accepted, unreadable


def _standing_alone(text: str, figures: Sequence[Figure]) -> bool:
    """Every figure of `text` is a word of its own: "72 km", not "72x" (a typo read as 72)."""
    return all(
        (figure.start == 0 or not text[figure.start - 1].isalnum())
        and (figure.end == len(text) or not text[figure.end].isalnum())
        for figure in figures
    )


class _FigureCache:
    """One extraction per (text, language): every language's catalog repeats the msgid."""

    def __init__(self) -> None:
        self._versions: dict[tuple[str, str], Version] = {}

    def version(self, text: str, language: str) -> Version:
        key = (text, language)
        version = self._versions.get(key)
        if version is None:
            version = Version(language, text, extract_figures(text, language))
            self._versions[key] = version
        return version


# Entries of one language read together: for each, the position of its source text among the
# batch's sources, then the entries themselves (both in the same order).
LanguageBatch = tuple[Sequence[int], Sequence[CatalogEntry]]
Verdicts = dict[str, list[int]]  # what `_unsettled` returns
# The quick readers' work on one batch: its source texts, and its entries in each language.
BatchWork = tuple[Sequence[str], Mapping[str, LanguageBatch]]
BatchMapper = Callable[[Callable[[BatchWork], Verdicts], Sequence[BatchWork]], list[Verdicts]]


def map_in_order(
    function: Callable[[BatchWork], Verdicts], batches: Sequence[BatchWork]
) -> list[Verdicts]:
    """The batches' verdicts, computed in this process."""
    return [function(batch) for batch in batches]


def check_catalogs(
    catalogs: Sequence[CatalogUnderCheck],
    source_lang: str,
    *,
    keep_entries: bool = False,
    map_batches: BatchMapper = map_in_order,
) -> CheckResult:
    """Run the entry checks on every translated entry of `catalogs`, and compare the figures
    of each with its source's; findings as values.

    `map_batches` computes the quick readers' verdicts on the batches of a catalog; the
    command passes one that shares them out among processes (`l10n.parallel`).
    """
    result = CheckResult(files=[catalog.path for catalog in catalogs])
    _check_into(result, catalogs, source_lang, keep_entries, map_batches)
    result.findings = one_copied_notice_per_catalog(result.findings)
    result.findings.sort(key=lambda f: (f.file, f.line, f.code))
    return result


def _check_into(
    result: CheckResult,
    catalogs: Sequence[CatalogUnderCheck],
    source_lang: str,
    keep_entries: bool,
    map_batches: BatchMapper,
) -> None:
    """`check_catalogs`'s work, its findings and counts added to `result`, unsorted. Every
    check but the comparison of catalogs of one domain reads one entry at a time: a catalog
    checked a slice at a time gives the findings it gives checked whole."""
    shown = []
    for catalog in catalogs:  # one catalog's texts joined at a time
        texts = CatalogTexts(catalog)
        result.findings.extend(check_every_entry(texts))
        shown.append(_as_shown(texts))
    catalogs = shown
    for group in _domain_groups(catalogs):
        _check_group(group, source_lang, result, keep_entries, map_batches)


def _as_shown(texts: CatalogTexts) -> CatalogUnderCheck:
    """A catalog with its texts as a page shows them, for the figure readers: "15" and "00"
    with a zero-width space between are 1500 on a page (the entry checks report the character
    itself), and "27&#48;" is 270. One quick look at the whole catalog for the few that differ."""
    catalog = texts.catalog
    if not texts.shown_otherwise:
        return catalog
    entries = [
        entry._replace(
            msgid=as_shown(entry.msgid),
            msgid_plural=entry.msgid_plural and as_shown(entry.msgid_plural),
            msgstr=tuple(as_shown(text) for text in entry.msgstr),
        )
        for entry in catalog.entries
    ]
    return replace(catalog, entries=entries)


def _domain_groups(catalogs: Sequence[CatalogUnderCheck]) -> list[list[CatalogUnderCheck]]:
    """Catalogs of one domain, at most one per language, in the order given."""
    groups: list[list[CatalogUnderCheck]] = []
    open_groups: dict[str, list[list[CatalogUnderCheck]]] = {}
    for catalog in catalogs:
        for group in open_groups.setdefault(catalog.domain, []):
            if all(member.language != catalog.language for member in group):
                group.append(catalog)
                break
        else:
            group = [catalog]
            open_groups[catalog.domain].append(group)
            groups.append(group)
    return groups


# An entry in one catalog, and whether the quick readers found it agreeing with its source
# (translated, not ignored, and the same figures: nothing for any check to report).
Placed = tuple[CatalogUnderCheck, CatalogEntry, bool]

# Entries read together by the quick readers: large enough that the engine's passes run over long
# texts, small enough that what a batch holds stays a small part of the catalogs.
_BATCH = 2048


def _check_group(
    group: Sequence[CatalogUnderCheck],
    source_lang: str,
    result: CheckResult,
    keep_entries: bool,
    map_batches: BatchMapper,
) -> None:
    if len(group) == 1:
        _check_alone(group[0], source_lang, result, keep_entries, map_batches)
    else:
        _check_together(group, source_lang, result, keep_entries, map_batches)


def _check_alone(
    catalog: CatalogUnderCheck,
    source_lang: str,
    result: CheckResult,
    keep_entries: bool,
    map_batches: BatchMapper,
) -> None:
    """One catalog, the usual case: each entry is its own row, so the rows are the entries
    themselves, and only the few the quick readers leave unsettled are looked at one by one."""
    entries = catalog.entries
    batches = [entries[begin : begin + _BATCH] for begin in range(0, len(entries), _BATCH)]
    work: list[BatchWork] = [
        (
            _readable_texts(batch, [entry.msgid for entry in batch]),
            {catalog.language: (range(len(batch)), batch)},
        )
        for batch in batches
    ]
    verdicts = map_batches(partial(_unsettled_in, source_lang), work)
    for batch, batch_verdicts in zip(batches, verdicts, strict=True):
        unsettled = batch_verdicts[catalog.language]
        if keep_entries:
            unsettled_positions = set(unsettled)
            for position, entry in enumerate(batch):
                settled = position not in unsettled_positions
                _check_rows([(catalog, entry, settled)], source_lang, result, keep_entries)
            continue
        # Settled entries are translated, not ignored, and agreeing: counted, nothing to report.
        result.entries_checked += len(batch) - len(unsettled)
        for position in unsettled:
            _check_rows([(catalog, batch[position], False)], source_lang, result, keep_entries)


def _check_together(
    group: Sequence[CatalogUnderCheck],
    source_lang: str,
    result: CheckResult,
    keep_entries: bool,
    map_batches: BatchMapper,
) -> None:
    """Catalogs of one domain in several languages: each entry is checked with the same entry
    (the same msgctxt and msgid) of the other catalogs, which tell the odd one out."""
    sources, columns = _columns(group)
    work: list[tuple[list[str], dict[str, tuple[list[int], Sequence[CatalogEntry]]]]] = []
    for begin in range(0, len(sources), _BATCH):
        end = begin + _BATCH
        batch: dict[str, tuple[list[int], Sequence[CatalogEntry]]] = {}
        for catalog, (rows, entries) in zip(group, columns, strict=True):
            low, high = bisect_left(rows, begin), bisect_left(rows, end)
            batch[catalog.language] = ([row - begin for row in rows[low:high]], entries[low:high])
        work.append((sources[begin:end], batch))
    verdicts = map_batches(partial(_unsettled_in, source_lang), work)
    for (batch_sources, batch), unsettled in zip(work, verdicts, strict=True):
        unsettled_positions = {
            language: set(positions) for language, positions in unsettled.items()
        }
        if keep_entries:
            for row in range(len(batch_sources)):
                _check_rows(
                    _row_entries(row, group, batch, unsettled_positions),
                    source_lang,
                    result,
                    keep_entries,
                )
            continue
        unsettled_rows = sorted(
            {
                batch[language][0][position]
                for language, positions in unsettled.items()
                for position in positions
            }
        )
        in_unsettled_rows = 0
        for row in unsettled_rows:
            placed = _row_entries(row, group, batch, unsettled_positions)
            in_unsettled_rows += len(placed)
            _check_rows(placed, source_lang, result, keep_entries)
        # The rows with every entry settled are counted, with nothing to report.
        in_batch = sum(len(entries) for _, entries in batch.values())
        result.entries_checked += in_batch - in_unsettled_rows


def _row_entries(
    row: int,
    group: Sequence[CatalogUnderCheck],
    batch: Mapping[str, tuple[list[int], Sequence[CatalogEntry]]],
    unsettled: Mapping[str, set[int]],
) -> list[Placed]:
    """The entries of one row of a batch, catalog by catalog, each with whether it is settled."""
    placed = []
    for catalog in group:
        rows, entries = batch[catalog.language]
        unsettled_here = unsettled[catalog.language]
        for position in range(bisect_left(rows, row), bisect_right(rows, row)):
            placed.append((catalog, entries[position], position not in unsettled_here))
    return placed


def _columns(
    group: Sequence[CatalogUnderCheck],
) -> tuple[list[str], list[tuple[list[int], Sequence[CatalogEntry]]]]:
    """The source texts of the rows of a group (as the figure readers read them), and each
    catalog as a column of them.

    Every key (msgctxt, msgid) of the group is a row, numbered in the order of its first
    appearance. For each catalog, the row of each of its entries and the entries, both in row
    order (a stable sort: an entry twice in one catalog, which only values made by hand hold,
    keeps its place after the first).
    """
    row_of_key: dict[Key, int] = {}
    sources: list[str] = []
    source_entries: list[CatalogEntry] = []
    columns: list[tuple[list[int], Sequence[CatalogEntry]]] = []
    for catalog in group:
        entries = catalog.entries
        rows = []
        for entry in entries:
            key = (entry.msgctxt, entry.msgid)
            row = row_of_key.get(key)
            if row is None:  # a new key takes the next number
                row = row_of_key[key] = len(sources)
                sources.append(entry.msgid)
                source_entries.append(entry)
            rows.append(row)
        order = sorted(range(len(rows)), key=rows.__getitem__)
        columns.append(([rows[index] for index in order], [entries[index] for index in order]))
    return _readable_texts(source_entries, sources), columns


def _unsettled_in(source_lang: str, batch: BatchWork) -> Verdicts:
    """`_unsettled` of one batch's work."""
    sources, translations = batch
    return _unsettled(sources, source_lang, translations)


def _unsettled(
    sources: Sequence[str], source_lang: str, translations: Mapping[str, LanguageBatch]
) -> Verdicts:
    """For each language, the positions (in increasing order) of its entries that the quick
    readers cannot vouch for: each of these takes the full reading. Every other entry is
    translated, not ignored, and reads as the same figures as its source: nothing for any check
    to report.

    Two quick readers of `l10n.figures.batch_reader` go first, each vouching only for what it reads
    exactly as `extract_figures` does: `plain_figures` for texts with plain numbers,
    percentages and times (where both sides read plainly, their values are compared by
    `plain_keys`), then `quick_values` for the texts it leaves.
    """
    unsettled: dict[str, list[int]] = {}
    readable: dict[str, list[int]] = {}
    texts: dict[str, dict[int, str]] = {}  # what the readers read of each readable msgstr
    for language, (_, entries) in translations.items():
        readable[language] = [
            position
            for position, entry in enumerate(entries)
            if entry.msgid_plural is None
            and entry.msgstr[0]
            and (
                # Most entries have no flag, no comment and no "_" (of a message id or the
                # translators' names): the same test without a call per entry.
                (
                    not (entry.flags or entry.translator_comment or "_" in entry.msgid)
                    and entry.msgid not in CREDITS_MSGIDS
                    and entry.msgctxt not in CREDITS_MSGCTXTS
                )
                or (not _ignored(entry) and ACCEPT_MARKER[:-1] not in entry.translator_comment)
            )
        ]
        unsettled[language] = _missing_from(readable[language], len(entries))
    if not any(readable.values()):
        return unsettled
    source_plain = plain_figures(sources, source_lang)
    pending: dict[str, list[int]] = {}
    for language, positions in readable.items():
        if not positions:
            continue
        source_rows, entries = translations[language]
        readable_entries = [entries[position] for position in positions]
        target_texts = _readable_texts(
            readable_entries, [entry.msgstr[0] for entry in readable_entries]
        )
        texts[language] = dict(zip(positions, target_texts, strict=True))
        target_plain = plain_figures(target_texts, language)
        pending[language] = []
        for position, target in zip(positions, target_plain, strict=True):
            source = source_plain[source_rows[position]]
            if source is None or target is None:
                pending[language].append(position)  # for `quick_values`
            elif source != target and Counter(plain_keys(source)) != Counter(plain_keys(target)):
                # Both read plainly, as the full reading reads them: their values tell at once,
                # in any order ("4.2 billion" is "4,200 million"), with no other reader to run.
                unsettled[language].append(position)
        unsettled[language].sort()
    rows_pending = sorted(
        {
            translations[language][0][position]
            for language, positions in pending.items()
            for position in positions
        }
    )
    if not rows_pending:
        return _with_number_words(unsettled, readable, texts, sources, source_lang, translations)
    source_keys = dict(
        zip(
            rows_pending,
            quick_values([sources[row] for row in rows_pending], source_lang),
            strict=True,
        )
    )
    for language, positions in pending.items():
        if not positions:
            continue
        source_rows, entries = translations[language]
        target_keys = quick_values([texts[language][position] for position in positions], language)
        differing = [
            position
            for position, keys in zip(positions, target_keys, strict=True)
            if keys is None
            or (expected := source_keys[source_rows[position]]) is None
            or (expected != keys and Counter(expected) != Counter(keys))
        ]
        if differing:
            unsettled[language] = sorted(unsettled[language] + differing)
    return _with_number_words(unsettled, readable, texts, sources, source_lang, translations)


def _with_number_words(
    unsettled: dict[str, list[int]],
    readable: Mapping[str, list[int]],
    texts: Mapping[str, Mapping[int, str]],
    sources: Sequence[str],
    source_lang: str,
    translations: Mapping[str, LanguageBatch],
) -> dict[str, list[int]]:
    """`unsettled`, and the entries whose figures agree but whose source and translation both
    write numbers in words ("Five tents" / "шесть палаток"), or hold a construction whose
    figures agree while what they say may not (`constructions.may_differ`: "40 percentage
    points" / "40%", "2-1" / "1:2"): `compare` reads those too. The sources are read once for
    the batch, and a translation only where its source has some (or its own construction)."""
    spelling = set(words.texts_spelling_numbers(sources, source_lang))
    constructed = set(constructions.texts_with_constructions(sources, source_lang))
    for language, positions in readable.items():
        if not positions:
            continue  # no translation read (and so none in `texts`)
        source_rows = translations[language][0]
        still = set(unsettled[language])
        language_texts = texts[language]
        # Most batches have no source spelling a number, no construction and nothing unsettled:
        # then no position needs looking at one by one.
        open_positions = (
            [position for position in positions if position not in still] if still else positions
        )
        candidates = (
            [position for position in open_positions if source_rows[position] in spelling]
            if spelling
            else []
        )
        more = set()
        if candidates:  # else not even the language's pattern is needed
            spelt = words.texts_spelling_numbers(
                [language_texts[position] for position in candidates], language
            )
            more = {candidates[index] for index in spelt}
        # Percentage points, pairs and heights: the source's construction may be read
        # differently by the translation (and percentage points may be the translation's).
        found = constructions.texts_with_constructions(
            list(map(language_texts.__getitem__, open_positions)), language, pairs=False
        )
        either = {open_positions[index] for index in found}
        if constructed:
            either.update(p for p in open_positions if source_rows[p] in constructed)
        more.update(
            position
            for position in sorted(either - more)
            if constructions.may_differ(
                sources[source_rows[position]], source_lang, language_texts[position], language
            )
        )
        if more:
            unsettled[language] = sorted(still | more)
    return unsettled


def _missing_from(positions: list[int], length: int) -> list[int]:
    """The positions below `length` that `positions` (increasing) does not hold."""
    if len(positions) == length:
        return []
    present = set(positions)
    return [position for position in range(length) if position not in present]


def _check_rows(
    rows: Sequence[Placed],
    source_lang: str,
    result: CheckResult,
    keep_entries: bool,
) -> None:
    """One entry in every language: each text's figures extracted once, then compared.

    Entries the quick readers settled are known to agree already; the others are extracted in
    full. The extractions live only while their entry is checked, so memory follows the catalogs.
    """
    checked: list[Placed] = []
    for catalog, entry, settled in rows:
        if not entry.translated:
            result.entries_untranslated += 1
        elif _ignored(entry):
            result.entries_ignored += 1
        else:
            checked.append((catalog, entry, settled))
            if keep_entries:
                result.checked.append(
                    CheckedEntry(
                        catalog.path, entry.line, catalog.language, entry.msgid, entry.msgctxt
                    )
                )
    result.entries_checked += len(checked)
    if all(settled for _, _, settled in checked):
        return
    cache = _FigureCache()
    translations = [
        cache.version(_readable(entry, entry.msgstr[0]), catalog.language)
        for catalog, entry, _ in checked
        if entry.msgid_plural is None and len(checked) > 1
    ]
    for position, (catalog, entry, settled) in enumerate(checked):
        if settled:
            continue  # and so its source text has no misformatted figure to report either
        result.findings.extend(
            _check_entry(catalog, entry, source_lang, cache, translations, position == 0)
        )


def _check_entry(
    catalog: CatalogUnderCheck,
    entry: CatalogEntry,
    source_lang: str,
    cache: _FigureCache,
    translations: Sequence[Version],
    reports_source_text: bool,
) -> Iterator[Finding]:
    acceptances: list[Acceptance] = []
    unreadable: list[str] = []
    if ACCEPT_MARKER[:-1] in entry.translator_comment:
        acceptances, unreadable = parse_acceptances(
            entry.translator_comment, source_lang, catalog.language
        )
    served: tuple[tuple[int, ...], ...] = ()
    if entry.msgid_plural is None:
        forms = [(0, entry.msgid, entry.msgstr[0])]
    else:
        forms = [(form, entry.msgid_plural, text) for form, text in enumerate(entry.msgstr) if text]
        served = plural_counts(catalog.plural_forms, catalog.language)
    for index, (form, source_text, target_text) in enumerate(forms):
        if target_text == source_text and not acceptances:
            continue  # copied as it is ("1.0", a code sample): the same figures, as written
        first = index == 0
        source = cache.version(_readable(entry, source_text), source_lang)
        target = cache.version(_readable(entry, target_text), catalog.language)
        reports_source = reports_source_text and first
        counts = served[form] if form < len(served) else ()
        spelled = _counts_in_words(entry, target, counts, source_lang, cache) if counts else []
        in_words = not counts and spell_numbers(source, target)
        constructed = not counts and read_constructions(source, target)
        if not (
            acceptances or (unreadable and first) or spelled or in_words or constructed
        ) and _agree(source, target, reports_source):
            continue
        comparison = Comparison(
            file=catalog.path,
            entry=entry,
            source=source,
            target=target,
            translations=translations
            if any(version is target for version in translations)
            else [target, *translations],
            reports_source=reports_source,
            form=form,
        )
        compare(comparison, acceptances, counts)
        comparison.stated_counts.extend(spelled)
        if first:
            comparison.unreadable_acceptances = unreadable
        else:
            comparison.unused_acceptances.clear()  # reported with the first form only
        for figure_rule in FIGURE_RULES.values():
            yield from figure_rule.run(comparison)


_WORD = re.compile(r"\w+")


def _counts_in_words(
    entry: CatalogEntry,
    target: Version,
    counts: Sequence[int],
    source_lang: str,
    cache: _FigureCache,
) -> list[Figure]:
    """The words of a plural form that serves many counts stating one of them, as the singular
    msgid does in digits ("Move 1 page": "Переместить одну страницу" also shows 21 and 31)."""
    if len(counts) < 2 or entry.msgid_plural is None:
        return []
    singular = cache.version(_readable(entry, entry.msgid), source_lang)
    plural = cache.version(_readable(entry, entry.msgid_plural), source_lang)
    stated = {
        value.amount
        for value in singular.values - plural.values
        if isinstance(value, NumberValue) and value.amount in counts
    }
    if not stated:
        return []
    # Imported here, as the second stage is: most checks never need the number words.
    from l10n.figures.words import word_is_number

    found = []
    for amount in sorted(stated):
        for word in _WORD.finditer(target.text):
            if word_is_number(amount, word.group(), target.language):
                value = NumberValue(amount)
                found.append(Figure(word.group(), "number", value, word.start(), word.end()))
    return found


_COUNTS_LOOKED_AT = 1000


def declared_plural_count(plural_forms: str) -> int | None:
    """The number of forms a Plural-Forms header names, as GNU reads it; None where it names
    none or cannot be read."""
    try:
        read = read_plural_forms(plural_forms)
    except ValueError:
        return None
    return read[0] if read is not None else None


@lru_cache(maxsize=64)
def plural_counts(plural_forms: str, language: str) -> tuple[tuple[int, ...], ...]:
    """For each plural form, the counts below 1000 it serves, by the catalog's Plural-Forms
    header as GNU reads it, else by CLDR's rules for `language`; nothing when neither can be
    read."""
    try:
        read = read_plural_forms(plural_forms) or read_plural_forms(_cldr_plural_forms(language))
    except ValueError:
        return ()
    if read is None:
        return ()
    count, choose = read
    served: list[list[int]] = [[] for _ in range(count)]
    for number in range(_COUNTS_LOOKED_AT):
        served[choose(number)].append(number)
    return tuple(tuple(counts) for counts in served)


def _cldr_plural_forms(language: str) -> str:
    try:
        return to_gettext(Locale.parse(language).plural_form)
    except (ValueError, UnknownLocaleError):
        return ""


def _kde_legacy(entry: CatalogEntry) -> CatalogEntry:
    """An entry in KDE's conventions from before gettext had contexts and plurals, as one of
    today's (so read from a file, `read_catalog_under_check`): a msgid "_: context" line ahead
    of the text (the context, and its figures, are no part of the text), and "_n: singular"
    then a plural line, whose msgstr holds the plural forms one per line."""
    if entry.msgid.startswith("_: ") and "\n" in entry.msgid:
        context, text = entry.msgid[3:].split("\n", 1)
        return entry._replace(msgid=text, msgctxt=entry.msgctxt or context)
    if entry.msgid.startswith("_n: ") and "\n" in entry.msgid and entry.msgid_plural is None:
        singular, plural = entry.msgid[4:].split("\n", 1)
        forms = tuple(entry.msgstr[0].split("\n"))
        return entry._replace(msgid=singular, msgid_plural=plural, msgstr=forms)
    return entry


def _agree(source: Version, target: Version, reports_source: bool) -> bool:
    """Same values, nothing misformatted: nothing for any check to report."""
    return (
        source.same_values(target)
        and not format_advice(target, source)
        and not (reports_source and format_advice(source, target))
    )


# --------------------------------------------------------------------------------------------
# File adapter: PO files in, `CatalogUnderCheck` values out


def read_catalog_under_check(path: Path) -> CatalogUnderCheck:
    """Read one PO file; its language comes from the Language header, else from its place."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CatalogError(f"cannot read: {error.strerror}", path=path) from error
    header, entries = po.read_messages(data, str(path), CatalogEntry)
    return _catalog_of_header(path, header, data, _of_today(entries))


_READ_BLOCK = 1 << 20  # bytes read from a file at a time


def read_catalog_in_slices(path: Path) -> Iterator[CatalogUnderCheck]:
    """The catalog `read_catalog_under_check` reads, a slice of its entries at a time (each
    slice a `CatalogUnderCheck` of the same file): what is held at once is one slice, a few
    thousand entries, however large the file (`po.MessageSlices`)."""
    try:
        with path.open("rb") as file:
            blocks = iter(partial(file.read, _READ_BLOCK), b"")
            slices = po.MessageSlices(blocks, str(path), CatalogEntry, whole=path.read_bytes)
            catalog = _catalog_of_header(path, slices.header, slices.head, ())
            for entries in slices:
                yield replace(catalog, entries=_of_today(entries))
    except OSError as error:
        raise CatalogError(f"cannot read: {error.strerror}", path=path) from error


def _catalog_of_header(
    path: Path, header: po.Header, data: bytes, entries: Sequence[CatalogEntry]
) -> CatalogUnderCheck:
    """The catalog at `path` whose header is `header`, with `entries`: in the language of its
    Language header, else of its place; refused where the header and the folder disagree.
    `data`: bytes of the file from its start on, the header's at least (to name its line)."""
    language_header = po.header_value(header, "Language") or ""
    language = catalog_language(path, language_header, data)
    plural_forms = po.header_value(header, "Plural-Forms") or ""
    unheeded = po.charset_unheeded(header, data) or ""
    code = header_language_code(language_header)
    odd = language_header.strip() if code != language_header.strip() else ""
    domain = domain_of_path(path)
    return CatalogUnderCheck(
        str(path), language, entries, domain, plural_forms, unheeded, language_header=odd
    )


def _of_today(entries: list[CatalogEntry]) -> list[CatalogEntry]:
    """`entries`, those in KDE's legacy conventions read as today's (`_kde_legacy`)."""
    # Their msgids start with "_", which most catalogs' msgids never do: told by a search or
    # two in the msgids joined, each after a NUL (which no msgid holds; were one to, the test
    # of each entry would follow), not by a call for each entry.
    msgids = "\0".join(map(_MSGID, entries))
    if "_" not in msgids or not (msgids.startswith("_") or "\0_" in msgids):
        return entries
    if any(map(str.startswith, map(_MSGID, entries), repeat(("_: ", "_n: ")))):
        return [_kde_legacy(entry) for entry in entries]
    return entries


def check_paths(
    paths: Iterable[Path],
    source_lang: str,
    *,
    languages: Sequence[str] = (),
    keep_entries: bool = False,
    processes: int = 1,
) -> CheckResult:
    """Read the PO files at `paths` (files or folders) and check them; with `languages`, only
    the catalogs in those languages.

    A catalog alone in its domain is read and checked a slice at a time, so that memory stays
    that of a slice, not of the file; catalogs of one domain are compared entry by entry, and
    held whole. With `processes` above one, the catalogs alone in their domain are cut into
    pieces that as many worker processes read and check at once (`_pieces_planned`), and the
    quick readers' batches of the catalogs compared are shared out among as many."""
    # Imported here: the other commands that check catalogs (build) share no work.
    from l10n.parallel import Workers, map_in_processes

    source = get_language(source_lang).code
    map_batches = _warmed_first(partial(map_in_processes, processes=processes))
    files = list(find_po_files(paths))
    domains = Counter(domain_of_path(path) for path in files)
    alone = [path for path in files if domains[domain_of_path(path)] == 1]
    compared_paths = set(files) - set(alone)  # catalogs of one domain, compared entry by entry
    result = CheckResult()
    compared: list[CatalogUnderCheck] = []
    plans = _pieces_planned(alone, processes) if processes > 1 else {}
    work = _Work(source, languages, keep_entries)
    pieces = sum(len(planned.bounds) for planned in plans.values() if planned is not None)
    # The first piece is checked here before the workers are forked: one for each other piece.
    with Workers(min(processes, pieces - 1)) as workers:
        for planned in plans.values():
            if planned is not None:
                planned.submit(workers, work)
        for path in files:
            if path in compared_paths:
                catalog = read_catalog_under_check(path)
                # A catalog in a language not asked for is still read: a broken one is refused.
                if work.wanted(catalog):
                    result.files.append(catalog.path)
                    result.findings += header_findings(catalog)
                    compared.append(catalog)
                continue
            planned = plans.get(path)
            if planned is None or not planned.collected_into(result, work):
                # No second pool forked while the workers' threads run: read here alone.
                _check_in_slices(path, result, work, map_in_order if plans else map_batches)
    _check_into(result, compared, source, keep_entries, map_batches)
    result.findings = one_copied_notice_per_catalog(result.findings)
    result.findings.sort(key=lambda f: (f.file, f.line, f.code))
    return result


class _Work:
    """What to do with the catalogs read: check them against the source language, for the
    languages asked for (all when none), keeping every entry checked or not. (The classes of
    this adapter are plain ones: a named tuple or a dataclass takes a millisecond to define,
    which every command that imports the checks would wait for.)"""

    __slots__ = ("keep_entries", "languages", "source_lang")

    def __init__(self, source_lang: str, languages: Sequence[str], keep_entries: bool) -> None:
        self.source_lang = source_lang
        self.languages = languages
        self.keep_entries = keep_entries

    def wanted(self, catalog: CatalogUnderCheck) -> bool:
        return not self.languages or catalog.language in self.languages


def _check_in_slices(
    path: Path, result: CheckResult, work: _Work, map_batches: BatchMapper
) -> None:
    """One catalog alone in its domain checked a slice at a time, in this process (but for the
    quick readers' batches, which `map_batches` computes)."""
    for part, catalog in enumerate(read_catalog_in_slices(path)):
        # A catalog in a language not asked for is still read: a broken one is refused.
        if not work.wanted(catalog):
            continue
        if part == 0:
            result.files.append(catalog.path)
            result.findings += header_findings(catalog)
        _check_into(result, [catalog], work.source_lang, work.keep_entries, map_batches)


# Catalogs read in pieces by worker processes: pieces of this many bytes, in all, for each
# process (so that a process slowed by others' work leaves little for the last to wait for),
# but no piece larger than a slice of `read_catalog_in_slices` (memory) nor too small to be
# worth a task. The first piece, checked here before the workers are forked, is about a
# batch of the quick readers.
_PIECES_FOR_EACH_PROCESS = 16
_PIECE_BYTES_AT_LEAST = 256 << 10
_PIECE_BYTES_AT_MOST = 4 << 20
_FIRST_PIECE_BYTES = 256 << 10


def _pieces_planned(paths: Sequence[Path], processes: int) -> dict[Path, _Pieces | None]:
    """For each catalog at `paths`, where a worker process may cut it into pieces (None
    where not: the catalog is read as `read_catalog_in_slices` reads it)."""
    sizes: dict[Path, int] = {}
    for path in paths:
        try:
            sizes[path] = path.stat().st_size
        except OSError:
            continue  # read in slices, which tells what is wrong
    every = sum(sizes.values()) // (processes * _PIECES_FOR_EACH_PROCESS)
    every = min(max(every, _PIECE_BYTES_AT_LEAST), _PIECE_BYTES_AT_MOST)
    plans = {
        path: _Pieces.planned(path, size, every, _FIRST_PIECE_BYTES if position == 0 else None)
        for position, (path, size) in enumerate(sizes.items())
    }
    if sum(len(pieces.bounds) for pieces in plans.values() if pieces is not None) < 2:
        return {}  # no work to share: read in slices here, with no process forked
    return plans


# A piece of a catalog file, from one byte to another, to read and check in a worker, and
# what to do with it; the catalog has no entries (the piece's are read there).
_PieceWork = tuple[CatalogUnderCheck, int, int, _Work]
# What a worker sends back of a piece: the checks' findings and counts, at lines counted from
# the piece's first line as line 1; the piece's lines; the hash of each of its keys.
_PieceChecked = tuple[CheckResult, int, list[int]]


def _piece_checked(piece: _PieceWork) -> _PieceChecked:
    """Read one piece of a catalog file (refused as `po.read_piece` refuses it) and, in a
    language asked for, check it."""
    catalog, start, end, work = piece
    with open(catalog.path, "rb") as file:
        file.seek(start)
        data = file.read(end - start)
    if len(data) != end - start:
        raise CatalogError("changed while being read", path=catalog.path)
    messages, lines, key_hashes = po.read_piece(data, catalog.path, CatalogEntry)
    del data
    result = CheckResult()
    if work.wanted(catalog):
        catalog = replace(catalog, entries=_of_today(messages))
        del messages
        _check_into(result, [catalog], work.source_lang, work.keep_entries, map_in_order)
    return result, lines, key_hashes


class _Pieces:
    """A catalog file cut into pieces where an entry must start (`po.entry_starts`): its
    first piece, the header alone, read here; the others (`bounds`) read and checked by
    workers."""

    def __init__(
        self,
        catalog: CatalogUnderCheck,  # with no entries
        bounds: list[tuple[int, int]],
        head_lines: int,
        head_key_hashes: list[int],
    ) -> None:
        self.catalog = catalog
        self.bounds = bounds
        self.head_lines = head_lines
        self.head_key_hashes = head_key_hashes
        self.tasks: list[Task[_PieceChecked]] = []

    @classmethod
    def planned(cls, path: Path, size: int, every: int, first: int | None) -> _Pieces | None:
        """The pieces of the catalog at `path`, of `every` bytes, the first of `first`; None
        where its first piece is not its header alone, or is refused (the catalog read in
        slices tells what is wrong)."""
        try:
            with path.open("rb") as file:
                starts = po.entry_starts(partial(_read_at, file), size, every, first)
                if not starts:
                    return None
                file.seek(0)
                data = file.read(starts[0])
            head = po.read_head(data, str(path), CatalogEntry)
            if head is None:
                return None
            header, key_hashes = head
            catalog = _catalog_of_header(path, header, data, ())
        except (L10nError, OSError):
            return None
        bounds = list(zip(starts, [*starts[1:], size], strict=True))
        return cls(catalog, bounds, data.count(b"\n"), key_hashes)

    def submit(self, workers: Workers, work: _Work) -> None:
        self.tasks = [
            workers.submit(_piece_checked, (self.catalog, start, end, work))
            for start, end in self.bounds
        ]

    def collected_into(self, result: CheckResult, work: _Work) -> bool:
        """Add the workers' findings and counts to `result`, as the catalog read in slices
        gives them; False, and nothing added, where a piece was refused alone or two pieces
        may hold one key (the catalog read in slices tells what is wrong, and where)."""
        checked = CheckResult()
        keys = po.DistinctKeys(self.head_key_hashes)
        lines = self.head_lines
        for position, task in enumerate(self.tasks):
            try:
                piece_result, piece_lines, piece_key_hashes = task.result()
            except (L10nError, OSError):
                piece_key_hashes = None
            if piece_key_hashes is None or not keys.add(piece_key_hashes):
                for rest in self.tasks[position + 1 :]:
                    rest.cancel()
                return False
            _add_moved(checked, piece_result, lines)
            lines += piece_lines
        if work.wanted(self.catalog):
            result.files.append(self.catalog.path)
        _add_moved(result, checked, 0)
        return True


def _read_at(file: BinaryIO, offset: int, count: int) -> bytes:
    file.seek(offset)
    return file.read(count)


def _add_moved(result: CheckResult, more: CheckResult, lines: int) -> None:
    """Add `more`'s findings, entries and counts to `result`, their lines `lines` further."""
    if lines:
        result.findings += [
            replace(finding, line=finding.line + lines) for finding in more.findings
        ]
        result.checked += [
            CheckedEntry(entry.file, entry.line + lines, entry.language, entry.msgid, entry.msgctxt)
            for entry in more.checked
        ]
    else:
        result.findings += more.findings
        result.checked += more.checked
    result.entries_checked += more.entries_checked
    result.entries_untranslated += more.entries_untranslated
    result.entries_ignored += more.entries_ignored


def _warmed_first(map_batches: BatchMapper) -> BatchMapper:
    """`map_batches`, but for the first batch of all, computed here: what the figure readers
    load and compile on first use is then inherited by the workers forked for every slice of a
    catalog (read here) or group of catalogs, not loaded again by each."""
    warm = False

    def mapped(
        function: Callable[[BatchWork], Verdicts], batches: Sequence[BatchWork]
    ) -> list[Verdicts]:
        nonlocal warm
        if warm or not batches:
            return map_batches(function, batches)
        warm = True
        return [function(batches[0]), *map_batches(function, batches[1:])]

    return mapped


def check_project(config: Config) -> list[Finding]:
    """Every finding in the project's target-language catalogs (the build refuses errors)."""
    catalogs = [catalog.path for catalog in project_catalogs(config)]
    if not catalogs:
        return []
    return check_paths(catalogs, config.source_lang).findings
