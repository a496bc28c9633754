"""Figures that agree in value while what they say differs: percentage points against percent,
a score or pair written the other way round, a height in feet and inches read as feet.

Each class in both directions (an English source and a Russian one, and English to Arabic):
the difference is a finding, and the same construction written alike, or converted, is not.
"""

from __future__ import annotations

import pytest
from check_helpers import check_pair

from l10n.check import Finding
from l10n.figures import constructions


def errors(found: list[Finding]) -> list[str]:
    return [finding.message for finding in found if finding.severity == "error"]


DIFFERS = [
    # Percentage points against percent, either way round.
    ("en", "Turnout fell by 7 percentage points.", "ru", "Явка упала на 7%."),
    ("en", "Turnout fell by 7%.", "ru", "Явка упала на 7 процентных пунктов."),
    ("ru", "Рейтинг вырос на 5 п. п.", "en", "The rating grew by 5 per cent."),
    ("ru", "Рейтинг вырос на 5%.", "en", "The rating grew by 5 percentage points."),
    ("en", "She led by 12 percentage points.", "ar", "تقدمت بنسبة 12 في المائة."),
    ("en", "She led by 12%.", "ar", "تقدمت بفارق 12 نقطة مئوية."),
    # A score or pair the other way round.
    ("en", "The visitors won 4-2 on Sunday.", "ru", "В воскресенье гости победили со счетом 2:4."),
    ("ru", "Хозяева выиграли 3:0.", "en", "The hosts won 0-3."),
    ("en", "A 5&4 victory in the singles.", "ar", "انتصار 4 مقابل 5 في الفردي."),
    # A height in feet and inches, stated as feet alone.
    (
        "en",
        "The 6-foot-4 centre signed on Monday.",
        "ar",
        "وقع اللاعب البالغ طوله 6 أقدام ورقمه 4.",
    ),
    ("en", "The 7-foot-1 centre signed on Monday.", "ru", "Центровой ростом 7 футов и номером 1."),
]

SAME = [
    ("en", "Turnout fell by 7 percentage points.", "ru", "Явка упала на 7 процентных пунктов."),
    ("en", "Turnout fell by 7 percentage points.", "ru", "Явка упала на 7 п. п."),
    ("ru", "Рейтинг вырос на 5 процентных пунктов.", "en", "The rating grew 5 percentage points."),
    ("en", "She led by 12 percentage points.", "ar", "تقدمت بفارق 12 نقطة مئوية."),
    ("en", "Turnout was 7% in one town and 7 percentage points lower in another.", "ru",
     "Явка составила 7% в одном городе и на 7 процентных пунктов меньше в другом."),
    ("en", "The visitors won 4-2 on Sunday.", "ru", "В воскресенье гости победили со счетом 4:2."),
    ("ru", "Хозяева выиграли 3:0.", "en", "The hosts won 3-0."),
    ("en", "A 5&4 victory in the singles.", "ar", "انتصار 5 مقابل 4 في الفردي."),
    ("en", "Children aged 5-12 and 12-5 teams.", "ru", "Дети 5–12 лет и команды 12-5."),
    # Right-to-left typists write a dashed pair as it shows ("4-1" for pages 1 to 4): in
    # Arabic only "مقابل" and a colon keep the order.
    ("en", "They won 3-1.", "ar", "فازوا 1 - 3."),
    ("en", "Print pages 1-4.", "ar", "اطبع الصفحات 4-1."),
    ("en", "The 6-foot-4 centre signed on Monday.", "ru", "Центровой ростом 1,93 м."),
    ("en", "The 6-foot-4 centre signed on Monday.", "ru", "Центровой ростом 6 футов 4 дюйма."),
    ("en", "The 6-foot-4 centre signed on Monday.", "ar", "وقع اللاعب البالغ طوله 193 سم."),
    ("ru", "Рост игрока 1,93 м.", "en", "The player is 6-foot-4."),
]  # fmt: skip


@pytest.mark.parametrize(("source_lang", "source", "target_lang", "translation"), DIFFERS)
def test_a_construction_read_otherwise_is_a_finding(
    source_lang: str, source: str, target_lang: str, translation: str
) -> None:
    assert errors(check_pair(source, translation, source_lang, target_lang))


@pytest.mark.parametrize(("source_lang", "source", "target_lang", "translation"), SAME)
def test_a_construction_read_alike_is_no_finding(
    source_lang: str, source: str, target_lang: str, translation: str
) -> None:
    assert errors(check_pair(source, translation, source_lang, target_lang)) == []


def test_each_message_says_what_differs() -> None:
    points = errors(check_pair("Up 3 percentage points.", "Рост на 3%.", "en", "ru"))
    assert points == [
        'ru says 3% where en says 3% ("3 percentage points") (percentage points are not percent)'
    ]
    score = errors(check_pair("Won 2-1.", "Победа 1:2.", "en", "ru"))
    assert score == [
        'ru says 1 ("1:2") where en says 2 ("2-1") (the same numbers the other way round: '
        "2–1 against 1–2)"
    ]
    height = errors(check_pair("A 6-foot-6 forward.", "مهاجم طوله 6 أقدام ورقمه 6.", "en", "ar"))
    assert height == ['ar says 6 ("6 أقدام") where en says 6.5 ("6-foot-6") (6 ft 6 in = 6.5 ft)']


def test_a_changed_figure_beside_a_construction_is_reported_once() -> None:
    found = errors(check_pair("Won 3-1 and 40 percentage points.", "Победа 1:3 и 41%.", "en", "ru"))
    assert len(found) == 2
    assert any("41%" in message for message in found)


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        ("won 3-1", "en", "победа 1:3", "ru", True),
        ("won 3-1", "en", "победа 3:1", "ru", False),
        ("won 3-1.", "en", "победа 1:3.", "ru", True),  # a full stop after a pair ends it
        ("version 1.3-1.4", "en", "версия 1.4-1.3", "ru", False),  # decimals are no pair
        ("fell 2 percentage points", "en", "упала на 2 пункта", "ru", True),
        ("rose 2%", "en", "выросла на 2%", "ru", False),
        ("a 6-foot-2 guard", "en", "защитник", "ru", True),
    ],
)
def test_only_entries_with_such_a_construction_are_read_again(
    source: str, source_lang: str, target: str, target_lang: str, expected: bool
) -> None:
    assert constructions.may_differ(source, source_lang, target, target_lang) is expected


def test_the_batch_finds_the_texts_with_a_construction() -> None:
    texts = ["no figures", "won 3-1", "2 percentage points", "6-foot-2", "7 days"]
    assert constructions.texts_with_constructions(texts, "en") == [1, 2, 3]


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        # A link between spaces, and a pair in a later text than a false lead in an earlier one.
        (["won 3 - 1", "COVID-19 cases", "at 10:30", "a 2:1 win"], "en", [0, 3]),
        (["won 2&1", "no pair", "won 3–1", "3 points"], "en", [0, 2, 3]),
        (["счёт 3:1", "в 10:30", "Су-27 и 2–1"], "ru", [0, 2]),
        (["فاز 3 مقابل 1", "الساعة 10:30", "مقابل 2", "2:1"], "ar", [0, 3]),
        # A mark at the end of one text and a digit at the start of the next make no pair.
        (["ends with 3 -", "1 starts this one"], "en", []),
    ],
)
def test_a_pair_is_found_by_its_link_whatever_the_spaces_about_it(
    texts: list[str], language: str, expected: list[int]
) -> None:
    assert constructions.texts_with_constructions(texts, language) == expected
