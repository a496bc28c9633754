"""Forms of figures the news uses and the first readings missed, each with its true difference.

Written for session 9's blind news pairs (tests/data/figures/news_cases.jsonl): a part of a
scale word ("a quarter of a million"), the Arabic dual of a scale before its noun ("ملياري").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs
from l10n.figures import words


def flagged(source_lang: str, source: str, target_lang: str, target: str) -> bool:
    catalog = CatalogUnderCheck("t.po", target_lang, [CatalogEntry(source, (target,), 1)])
    findings = check_catalogs([catalog], source_lang).findings
    return any(finding.severity == "error" for finding in findings)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Some half a million tickets went unsold.", "en", 500_000),
        ("a half-million-dollar grant", "en", 500_000),
        ("Nearly a quarter of a billion was spent.", "en", 250_000_000),
        ("three quarters of a million voters", "en", 750_000),
        ("Продано около полумиллиона билетов.", "ru", 500_000),
        ("Потрачена четверть миллиарда.", "ru", 250_000_000),
        ("بيع نحو نصف مليون تذكرة.", "ar", 500_000),
        ("أنفق ربع المليار على الطرق.", "ar", 250_000_000),
    ],
)
def test_a_part_of_a_scale_word_states_its_value(text: str, language: str, amount: int) -> None:
    assert words.states_in_words(Decimal(amount), text, language)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Some half a million tickets went unsold.", "en", 250_000),
        ("Потрачена четверть миллиарда.", "ru", 250_000),
        ("بيع نحو نصف مليون تذكرة.", "ar", 5_000_000),
    ],
)
def test_a_part_of_a_scale_word_states_no_other_value(
    text: str, language: str, amount: int
) -> None:
    assert not words.states_in_words(Decimal(amount), text, language)


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "Relief reached a quarter of a million homes.", "ru",
         "Помощь получили 250 тыс. домохозяйств.", False),
        ("en", "Relief reached a quarter of a million homes.", "ru",
         "Помощь получили 350 тыс. домохозяйств.", True),
        ("ru", "Помощь получили полмиллиона семей.", "en",
         "Relief reached 500,000 families.", False),
        ("ru", "Помощь получили полмиллиона семей.", "en",
         "Relief reached 50,000 families.", True),
        ("en", "Relief reached 500,000 families.", "ar", "وصلت المساعدات إلى نصف مليون أسرة.",
         False),
        ("en", "Relief reached 250,000 families.", "ar", "وصلت المساعدات إلى نصف مليون أسرة.",
         True),
    ],
)  # fmt: skip
def test_a_part_of_a_scale_word_against_figures(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source", "target", "differs"),
    [
        ("Pledges totalled 2 billion euros.", "بلغت التعهدات ملياري يورو.", False),
        ("Pledges totalled 3 billion euros.", "بلغت التعهدات ملياري يورو.", True),
        ("Pledges totalled 2 million euros.", "بلغت التعهدات مليوني يورو.", False),
        ("Pledges totalled 2 million euros.", "بلغت التعهدات ملياري يورو.", True),
    ],
)
def test_the_arabic_dual_of_a_scale_before_its_noun(
    source: str, target: str, differs: bool
) -> None:
    assert flagged("en", source, "ar", target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "The thermometer showed 104F at noon.", "ru",
         "В полдень термометр показал 40 градусов.", False),
        ("en", "The thermometer showed 104F at noon.", "ru",
         "В полдень термометр показал 44 градуса.", True),
        ("en", "The thermometer showed 104F at noon.", "ar",
         "سجل مقياس الحرارة 40 درجة عند الظهر.", False),
        ("ru", "В полдень было 35 градусов.", "en", "It was 95F at noon.", False),
        ("ru", "В полдень было 35 градусов.", "en", "It was 59F at noon.", True),
        ("en", "Highs of 40C are forecast.", "ru", "Ожидается до 40 градусов.", False),
        ("en", "Highs of 40C are forecast.", "ru", "Ожидается до 30 градусов.", True),
    ],
)  # fmt: skip
def test_a_temperature_letter_glued_to_its_number(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("ru", "Сорокатрёхлетний водитель не пострадал.", "en",
         "The 43-year-old driver was unhurt.", False),
        ("ru", "Сорокатрёхлетний водитель не пострадал.", "en",
         "The 42-year-old driver was unhurt.", True),
        ("en", "The 27-year-old striker scored twice.", "ru",
         "Двадцатисемилетний нападающий забил дважды.", False),
        ("en", "The 27-year-old striker scored twice.", "ru",
         "Двадцативосьмилетний нападающий забил дважды.", True),
        ("en", "The 90-year-old veteran laid a wreath.", "ru",
         "Девяностолетний ветеран возложил венок.", False),
        ("en", "A 300-year-old oak fell in the storm.", "ru",
         "Во время бури упал трёхсотлетний дуб.", False),
        ("en", "A 300-year-old oak fell in the storm.", "ru",
         "Во время бури упал двухсотлетний дуб.", True),
    ],
)  # fmt: skip
def test_a_russian_adjective_glued_to_a_number_of_tens_and_units(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "The curfew lifts at midnight.", "ru", "Комендантский час отменят в 00:00.", False),
        ("en", "The curfew lifts at midnight.", "ru", "Комендантский час отменят в 01:00.", True),
        ("en", "Voting ends at noon.", "ar", "ينتهي التصويت عند الظهر (12:00).", False),
        ("ru", "Голосование завершится в полдень.", "en", "Voting ends at 12:00.", False),
        ("ru", "Голосование завершится в полдень.", "en", "Voting ends at 2:00 p.m.", True),
        ("en", "The march set off at 10:15 a.m.", "ar",
         "انطلقت المسيرة في العاشرة والربع صباحا.", False),
        ("en", "The march set off at 10:15 a.m.", "ar",
         "انطلقت المسيرة في العاشرة والنصف صباحا.", True),
        ("en", "The march set off at 10:15 a.m.", "ar",
         "انطلقت المسيرة في الحادية عشرة والربع صباحا.", True),
        ("en", "Doors open at 6:45 p.m.", "ar", "تفتح الأبواب في السابعة إلا ربعا مساء.", False),
        ("en", "Doors open at 6:45 p.m.", "ar", "تفتح الأبواب في السادسة إلا ربعا مساء.", True),
        ("en", "Talks resumed at 11:30.", "ar", "استؤنفت المحادثات في الساعة الحادية عشرة والنصف.",
         False),
    ],
)  # fmt: skip
def test_a_time_of_day_in_words_against_figures(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


def test_an_arabic_ordinal_alone_is_no_time() -> None:
    # "the ninth" of a session, not nine o'clock: 9:00 stays a finding.
    assert flagged("en", "The vote is at 9:00.", "ar", "التصويت في الجلسة التاسعة.")
