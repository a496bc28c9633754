"""Every language of l10n exists whole: one `LanguageFacts` record (figures/locale_facts.py)
fills every field, and no other table of the figure package lacks it.

A field left empty ("", (), {}, None) must be one that a language may leave empty, named below
with the reason; so a new language cannot half-exist by copying a record and forgetting a
table, and a field that some language fills is filled or explained by the next one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from l10n.figures import words
from l10n.figures.locale_facts import FACTS, LanguageFacts
from l10n.figures.units import UNITS
from l10n.languages import LANGUAGES
from l10n.segmentation_rules import RULES

# field path -> why a language may leave it empty
MAY_BE_EMPTY = {
    "money_scale_letters": "only English writes '£30m'",
    "number_prefixes": "only Arabic glues letters to a number",
    "months_alone_only_after": "only where a month name is also a common word (English May)",
    "day_suffixes": "Arabic writes none",
    "day_month_links": "Russian writes none",
    "month_year_links": "Russian writes none",
    "year_words": "English writes none after a year",
    "roman_century_words": "only where centuries are written in Roman numerals",
    "roman_century_joiners": "only where centuries are written in Roman numerals",
    "ordinal_then_century": "the language writes its century word before the ordinal",
    "century_then_ordinal": "the language writes its century word after the ordinal",
    "spelled.joiners": "where the words of a number follow one another with nothing between",
    "spelled.ordinals_not_after": "only English has an ordinal that is also a unit ('a second')",
    "spelled.prefixes": "only Arabic glues letters to a number word",
    "unit_words.duals": "only Arabic has a dual",
    "spelled.ratio_before": "only Russian says 'one in five' with an ordinal ('каждый пятый')",
    "spelled.ordinal_teen": "only Arabic ends an ordinal with a teen word",
    "spelled.case_endings": "only Arabic marks a scale's case before a figure ('مليونا و800')",
    "spelled.ordinal_article": "only Arabic ends an ordinal with a teen word",
    "time_words.before": "only where a word before the number makes it an hour (Arabic)",
    "time_words.night_parts": "only where a part of the night word exists (Russian, Arabic)",
    "time_words.hours_in_words": "only where the hour is said in words before its part (Arabic)",
    "time_words.hour_parts": "only where the hour is said in words before its part (Arabic)",
    "number_words.glued_prefix": "only Arabic glues letters to a number word",
    "number_words.named.base_after": "only Russian glues a base word after it ('16-ричный')",
    "number_words.folded_letters": "where every letter is written one way (English)",
    "number_words.ignored_marks": "only where texts carry optional marks (Arabic vowels)",
    "number_words.and_a_half.one": "only where one and a half is one word (полтора)",
    "number_words.and_a_half.one_scale": "where 'a million and a half' is not said",
    "month_words.extra": "where the first pass reads every month word",
    "month_words.name_like": "only where month words are also names (ماي)",
    "month_words.glued_prefix": "only Arabic glues letters to a month word",
    "compound_words": "only where a number and a word are written as one (двухметровый)",
    "unit_words.feet_and_inches": "only where heights are written '6-foot-2'",
    "unit_words.inches_word": "only where heights are written '6-foot-2'",
}


def _fields(record: object, path: str = "") -> Iterator[tuple[str, object]]:
    """(dotted path, value) of every field of `record` and of the records it holds."""
    assert dataclasses.is_dataclass(record)
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        yield f"{path}{field.name}", value
        if dataclasses.is_dataclass(value):
            yield from _fields(value, f"{path}{field.name}.")


def _is_empty(value: object) -> bool:
    return value is None or (not isinstance(value, bool | int) and not value)


def test_every_language_has_its_facts_its_sentence_rules_and_its_number_words() -> None:
    assert set(FACTS) == set(LANGUAGES) == set(RULES) == set(words.NUMBER_FORMS)
    assert all(facts.code == code for code, facts in FACTS.items())


@pytest.mark.parametrize("language", sorted(FACTS))
def test_every_field_is_filled_or_may_be_empty(language: str) -> None:
    empty = [path for path, value in _fields(FACTS[language]) if _is_empty(value)]
    assert [path for path in empty if path not in MAY_BE_EMPTY] == []


def test_every_field_that_may_be_empty_is_filled_by_some_language() -> None:
    """A field no language fills is dead; one that `MAY_BE_EMPTY` names must be a real field."""
    filled = {
        path for facts in FACTS.values() for path, value in _fields(facts) if not _is_empty(value)
    }
    assert set(MAY_BE_EMPTY) - filled == set()


@pytest.mark.parametrize("language", sorted(FACTS))
def test_the_second_readings_patterns_compile(language: str) -> None:
    facts: LanguageFacts = FACTS[language]
    patterns = [
        facts.time_words.after,
        facts.time_words.before,
        facts.time_words.hours_in_words,
        *facts.time_words.named,
        facts.percent.after_figure,
        facts.percent.after_words,
        facts.percent.points,
        facts.percent.score_links,
        facts.number_words.glued_prefix,
        facts.number_words.and_a_half.after_figure,
        facts.month_words.ending,
        facts.month_words.glued_prefix,
        facts.unit_words.feet_and_inches,
        facts.unit_words.inches_word,
        *facts.number_words.scale_words.values(),
        *(form for forms in facts.number_words.counts.values() for form in forms),
        *(form for forms in facts.percent.fractions.values() for form in forms),
        *(pattern for _, pattern in facts.unit_words.names),
    ]
    for pattern in patterns:
        re.compile(pattern)
    after = re.compile(facts.time_words.after)
    assert "part" in after.groupindex


@pytest.mark.parametrize("language", sorted(FACTS))
def test_units_and_scales_name_what_the_package_knows(language: str) -> None:
    facts = FACTS[language]
    assert {name for name, _ in facts.unit_words.names} <= set(UNITS)
    compound = facts.compound_words
    if compound is not None:
        assert set(compound.unit_stems.values()) <= set(UNITS)
    assert all(isinstance(scale, int) and scale >= 1000 for scale in facts.number_words.scale_words)


def test_a_half_filled_record_is_found() -> None:
    """The check above fails for a language that copies a record and blanks a table."""
    blank = dataclasses.replace(
        FACTS["en"], percent=dataclasses.replace(FACTS["en"].percent, after_words="")
    )
    empty = [path for path, value in _fields(blank) if _is_empty(value)]
    assert "percent.after_words" in [path for path in empty if path not in MAY_BE_EMPTY]
