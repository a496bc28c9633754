"""The check's batches: the quick readers settle entries in bulk, and that changes no result.

`check_catalogs` reads catalogs in batches; the quick readers settle most entries of a batch at
once, and only the entries they leave are compared one by one. One catalog alone takes a path
of its own (its entries are its rows). These tests compare, on generated catalogs, every result
(findings in order, counts, the checked entries JUnit lists) of:

- the quick readers against none at all (every entry read in full), alone and together;
- one catalog alone against the same catalog through the path for catalogs checked together.

Batches of three entries, so that every generated catalog spans several.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n import check
from l10n.check import CatalogEntry, CatalogUnderCheck, CheckResult, check_catalogs
from l10n.parallel import map_in_processes

# The same value in each language's convention, so that most generated entries agree; then a
# few that read differently (a changed value, a misformatted one, identifiers, a bare month).
FIGURES = [
    {"en": "2,080,443", "ru": "2 080 443", "ar": "٢٬٠٨٠٬٤٤٣"},
    {"en": "12", "ru": "12", "ar": "١٢"},
    {"en": "45%", "ru": "45 %", "ar": "٤٥٪"},
    {"en": "4.2 billion", "ru": "4,2 млрд", "ar": "٤٫٢ مليار"},
    {"en": "66 thousand", "ru": "66 тыс.", "ar": "٦٦ ألف"},
    {"en": "March 4, 2018", "ru": "4 марта 2018 г.", "ar": "٤ آذار ٢٠١٨"},
    {"en": "10:30", "ru": "10:30", "ar": "١٠:٣٠"},
    {"en": "3.5", "ru": "3,5", "ar": "٣٫٥"},
    {"en": "2,080,434", "ru": "2 080 434", "ar": "٢٬٠٨٠٬٤٣٤"},
    {"en": "1,312", "ru": "1,312", "ar": "1,312"},
    {"en": "COVID-19", "ru": "COVID-19", "ar": "كوفيد-19"},
    {"en": "in May", "ru": "в мае", "ar": "في أيار"},
    {"en": "1990s", "ru": "1990-х", "ar": "التسعينيات"},
]
JOINS = {"en": " and ", "ru": " и ", "ar": " و"}
LANGUAGES = ("ru", "ar")


def sentence(figures: list[int], language: str) -> str:
    return "Figures: " + JOINS[language].join(FIGURES[i][language] for i in figures) + "."


figure_lists = st.lists(st.integers(0, len(FIGURES) - 1), max_size=4)


@st.composite
def translations(draw: st.DrawFn, source: list[int], language: str) -> tuple[str, ...]:
    """The msgstr of an entry whose source states `source`: mostly the same figures, in some
    order; sometimes one changed, dropped or added; sometimes untranslated."""
    kind = draw(st.sampled_from(["same", "same", "same", "other", "untranslated"]))
    if kind == "untranslated":
        return ("",)
    figures = draw(st.permutations(source))
    if kind == "other":
        figures = draw(figure_lists)
    return (sentence(figures, language),)


@st.composite
def entries(draw: st.DrawFn, language: str, msgctxt: str | None, source: list[int]) -> CatalogEntry:
    # Few line numbers, so that findings often tie in their order (file, line, code) and keep
    # the order in which the entries were checked.
    line = draw(st.integers(1, 3))
    msgstr = draw(translations(source, language))
    flags = draw(
        st.sampled_from(
            [frozenset(), frozenset(), frozenset({"fuzzy"}), frozenset({"ignore-numbers"})]
        )
    )
    comment = draw(st.sampled_from(["", "", "", "l10n-accept: 12 -> 13", "l10n-accept: nonsense"]))
    msgid_plural = None
    if draw(st.integers(0, 9)) == 0:
        msgid_plural = sentence(source, "en") + " (many)"
        msgstr = (*msgstr, *draw(translations(source, language)))
    return CatalogEntry(
        msgid=sentence(source, "en"),
        msgstr=msgstr,
        line=line,
        msgctxt=msgctxt,
        msgid_plural=msgid_plural,
        flags=flags,
        translator_comment=comment,
    )


@st.composite
def catalogs(
    draw: st.DrawFn, languages: tuple[str, ...], duplicates: bool = True
) -> list[CatalogUnderCheck]:
    """Catalogs of one domain: the same entries (by msgctxt and msgid) in each language, some
    missing from a catalog, some one object in several catalogs, some keys twice in one (which
    only hand-made values have: the PO reader refuses duplicates)."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from([None, "title", "p1", "p2"]), figure_lists),
            max_size=12,
            unique_by=lambda key: (key[0], tuple(key[1])),
        )
    )
    by_language: dict[str, list[CatalogEntry]] = {language: [] for language in languages}
    for msgctxt, source in keys:
        shared: CatalogEntry | None = None
        for language in languages:
            how = draw(st.sampled_from(["own", "own", "own", "shared", "absent", "twice"]))
            if how == "twice" and not duplicates:
                how = "own"
            if how == "absent":
                continue
            if how == "shared" and shared is not None:
                by_language[language].append(shared)
                continue
            entry = draw(entries(language, msgctxt, source))
            if shared is None:
                shared = entry
            by_language[language].append(entry)
            if how == "twice":
                by_language[language].append(draw(entries(language, msgctxt, source)))
    return [
        CatalogUnderCheck(f"locales/{language}/press.po", language, by_language[language], "press")
        for language in languages
    ]


def nothing_settled(
    sources: object, source_lang: str, translations: dict[str, check.LanguageBatch]
) -> dict[str, list[int]]:
    """In place of `check._unsettled`: the quick readers switched off, every entry read in full."""
    return {language: list(range(len(entries))) for language, (_, entries) in translations.items()}


@contextmanager
def small_batches(*replacements: tuple[str, object]) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check, "_BATCH", 3)
        for name, value in replacements:
            patch.setattr(check, name, value)
        yield


def everything(result: CheckResult) -> tuple[object, ...]:
    return (
        result.findings,
        result.files,
        result.checked,
        result.entries_checked,
        result.entries_untranslated,
        result.entries_ignored,
    )


def checked(
    catalogs: list[CatalogUnderCheck],
    keep_entries: bool,
    map_batches: check.BatchMapper = check.map_in_order,
) -> tuple[object, ...]:
    return everything(
        check_catalogs(catalogs, "en", keep_entries=keep_entries, map_batches=map_batches)
    )


@settings(max_examples=150, deadline=None)
@given(single=catalogs(("ru",)), keep_entries=st.booleans())
def test_one_catalog_reads_the_same_with_and_without_the_quick_readers(
    single: list[CatalogUnderCheck], keep_entries: bool
) -> None:
    with small_batches():
        quick = checked(single, keep_entries)
    with small_batches(("_unsettled", nothing_settled)):
        assert quick == checked(single, keep_entries)


@settings(max_examples=150, deadline=None)
@given(group=catalogs(LANGUAGES), keep_entries=st.booleans())
def test_catalogs_together_read_the_same_with_and_without_the_quick_readers(
    group: list[CatalogUnderCheck], keep_entries: bool
) -> None:
    with small_batches():
        quick = checked(group, keep_entries)
    with small_batches(("_unsettled", nothing_settled)):
        assert quick == checked(group, keep_entries)


def as_a_group_of_one(
    catalog: CatalogUnderCheck,
    source_lang: str,
    result: CheckResult,
    keep_entries: bool,
    map_batches: check.BatchMapper,
) -> None:
    """In place of `check._check_alone`: the path of catalogs checked together."""
    check._check_together([catalog], source_lang, result, keep_entries, map_batches)


@settings(max_examples=150, deadline=None)
@given(single=catalogs(("ar",), duplicates=False), keep_entries=st.booleans())
def test_one_catalog_alone_reads_as_a_group_of_one_would(
    single: list[CatalogUnderCheck], keep_entries: bool
) -> None:
    """Its own path gives what the path for catalogs together gives (keys are unique here:
    alone, an entry twice is two rows; together, one row of two entries)."""
    with small_batches():
        alone = checked(single, keep_entries)
    with small_batches(("_check_alone", as_a_group_of_one)):
        assert alone == checked(single, keep_entries)


def test_the_quick_readers_leave_only_what_they_cannot_vouch_for() -> None:
    """Figures in another order are settled; a misformatted one and an untranslated entry are
    not. The catalogs generated above mix both kinds, or comparing would prove little."""
    rows = [[1, 0], [2], [], [8], [0, 9]]
    entries = [
        CatalogEntry(sentence(source, "en"), (sentence(source[::-1], "ru"),), line)
        for line, source in enumerate(rows, start=1)
    ]
    entries.append(CatalogEntry("Untranslated 5.", ("",), 9))
    catalog = CatalogUnderCheck("ru.po", "ru", entries, "press")
    with small_batches():
        result = check_catalogs([catalog], "en")
        unsettled = check._unsettled(
            [entry.msgid for entry in entries], "en", {"ru": (range(len(entries)), entries)}
        )
    assert unsettled == {"ru": [4, 5]}  # 1,312 in Russian is 1.312, misformatted; untranslated
    assert result.entries_checked == 5
    assert result.entries_untranslated == 1
    assert [finding.code for finding in result.findings] == ["number-format"]


@settings(max_examples=40, deadline=None)
@given(group=catalogs(LANGUAGES), keep_entries=st.booleans(), processes=st.integers(2, 4))
def test_batches_shared_out_among_processes_read_the_same(
    group: list[CatalogUnderCheck], keep_entries: bool, processes: int
) -> None:
    """Forked children compute some batches' verdicts; the results are those of one process,
    for catalogs together and for each alone."""
    in_processes = partial(map_in_processes, processes=processes)
    with small_batches():
        assert checked(group, keep_entries, in_processes) == checked(group, keep_entries)
        for catalog in group:
            assert checked([catalog], keep_entries, in_processes) == checked(
                [catalog], keep_entries
            )
