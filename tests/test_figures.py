"""Figure extraction: every trap of the issue, in both directions between the languages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import UnknownLanguageError
from l10n.figures import (
    DateValue,
    Figure,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    describe,
    extract_figures,
    words,
)
from l10n.figures import values as values_module


def values(text: str, lang: str) -> list[FigureValue]:
    return [figure.value for figure in extract_figures(text, lang)]


def number(amount: str | int) -> NumberValue:
    return NumberValue(Decimal(amount))


def percent(amount: str | int) -> PercentValue:
    return PercentValue(Decimal(amount))


# Each group: the same figures written by each language's conventions. Every member must read
# as `expected`, so a Russian source checked against English is as right as the reverse.
SAME_VALUE = [
    (
        [number(2080443)],
        [
            ("en", "Returns reached 2,080,443 people."),
            ("ru", "Вернулись 2 080 443 человека."),
            ("ru", "Вернулись 2\u00a0080\u00a0443 человека."),
            ("ru", "Вернулись 2\u202f080\u202f443 человека."),
            ("ru", "Вернулись 2\u2009080\u2009443 человека."),
            ("ar", "عاد ٢٬٠٨٠٬٤٤٣ شخصاً."),
            ("ar", "عاد ۲٬۰۸۰٬۴۴۳ شخصاً."),
            ("ar", "عاد 2,080,443 شخصاً."),
            ("ar", "عاد ٢,٠٨٠,٤٤٣ شخصاً."),
            ("ar", "عاد \u200f٢٬٠٨٠\u200f٬٤٤٣ شخصاً."),
        ],
    ),
    (
        [number("3.5")],
        [
            ("en", "Prices rose by 3.5 points."),
            ("ru", "Цены выросли на 3,5 пункта."),
            ("ar", "ارتفعت الأسعار ٣٫٥ نقاط."),
            ("ar", "ارتفعت الأسعار 3.5 نقاط."),
        ],
    ),
    (
        [percent(96)],
        [
            ("en", "96% of them were women."),
            ("en", "96 per cent of them were women."),
            ("ru", "96 % из них — женщины."),
            ("ru", "96 процентов из них — женщины."),
            ("ar", "٩٦٪ منهم نساء."),
            ("ar", "٩٦\u061c٪ منهم نساء."),
            ("ar", "%96 منهم نساء."),
            ("ar", "96 في المائة منهم نساء."),
            ("ar", "96 بالمئة منهم نساء."),
        ],
    ),
    (
        [number(66000)],
        [
            ("en", "About 66,000 tents were delivered."),
            ("en", "About 66 thousand tents were delivered."),
            ("ru", "Доставлено около 66 тыс. палаток."),
            ("ru", "Доставлено около 66 тысяч палаток."),
            ("ar", "تم تسليم نحو ٦٦ ألف خيمة."),
        ],
    ),
    (
        [number(4200000000)],
        [
            ("en", "Aid totalled 4.2 billion dollars."),
            ("en", "Aid totalled $4.2bn."),
            ("ru", "Помощь составила 4,2 млрд долларов."),
            ("ru", "Помощь составила 4,2 миллиарда долларов."),
            ("ar", "بلغت المساعدات ٤٫٢ مليار دولار."),
        ],
    ),
    (
        [number(-5), number(3)],
        [
            ("en", "Growth went from −5 to +3."),
            ("en", "Growth went from -5 to 3."),
            ("ru", "Рост изменился с −5 до +3."),
            ("ar", "تغير النمو من \u061c-٥ إلى ٣."),
        ],
    ),
    (
        [DateValue(2018, 3, 4)],
        [
            ("en", "Signed on March 4, 2018."),
            ("en", "Signed on 4 March 2018."),
            ("en", "Signed on 4th of March 2018."),
            ("ru", "Подписано 4 марта 2018 г."),
            ("ru", "Подписано 4 марта 2018 года."),
            ("ar", "وُقّع في ٤ آذار/مارس ٢٠١٨."),
            ("ar", "وُقّع في 4 مارس 2018."),
            ("ar", "وُقّع في 4 من آذار عام 2018."),
        ],
    ),
    (
        [DateValue(2020, 1, 29)],
        [
            ("en", "Issued 29.01.2020."),
            ("en", "Issued 2020-01-29."),
            ("en", "Issued 1/29/2020."),
            ("ru", "Опубликовано 29.01.2020."),
            ("ru", "Опубликовано 29/1/2020."),
            ("ar", "صدر في ٢٩/١/٢٠٢٠."),
            ("ar", "صدر في 29\u200f/1\u200f/2020."),
            ("ar", "صدر في 29 كانون الثاني/يناير 2020."),
            ("ar", "صدر في 29 يناير/كانون الثاني 2020."),
        ],
    ),
    (
        [DateValue(2020, 1, None)],
        [
            ("en", "In January 2020 the office opened."),
            ("ru", "В январе 2020 года офис открылся."),
            ("ar", "في كانون الثاني/يناير 2020 افتتح المكتب."),
            ("ar", "في يناير من عام 2020 افتتح المكتب."),
        ],
    ),
    (
        [DateValue(None, 5, None)],
        [
            ("en", "The talks resumed in May."),
            ("ru", "Переговоры возобновились в мае."),
            ("ar", "استؤنفت المحادثات في أيار."),
            ("ar", "استؤنفت المحادثات في مايو."),
        ],
    ),
    (
        [number(2019)],
        [
            ("en", "in 2019"),
            ("ru", "в 2019 году"),
            ("ru", "2019 г."),
            ("ar", "عام ٢٠١٩"),
        ],
    ),
    (
        [number(2018), number(2019)],
        [
            ("en", "in 2018–2019"),
            ("en", "in 2018-19"),
            ("ru", "в 2018–2019 гг."),
            ("ar", "في عامي 2018-2019"),
        ],
    ),
    (
        [number(5), number(7)],
        [
            ("en", "5–7 convoys"),
            ("en", "5-7 convoys"),
            ("en", "5 - 7 convoys"),
            ("ru", "5–7 колонн"),
            ("ar", "٥-٧ قوافل"),
        ],
    ),
    (
        [number(4)],
        [
            ("en", "the 4th convoy"),
            ("ru", "4-я колонна"),
            ("ru", "с 4-го числа"),
            ("ar", "القافلة 4"),
        ],
    ),
    (
        [number(2401)],
        [
            ("en", "resolution 2401 of the Security Council"),
            ("ru", "резолюция 2401 Совета Безопасности"),
            ("ar", "القرار ٢٤٠١ لمجلس الأمن"),
        ],
    ),
    (
        [TimeValue(10, 0)],
        [
            ("en", "The briefing starts at 10:00."),
            ("en", "The briefing starts at 10 a.m."),
            ("ru", "Брифинг начнётся в 10:00."),
            ("ar", "يبدأ الإيجاز الساعة ١٠:٠٠."),
        ],
    ),
    (
        [TimeValue(22, 30)],
        [
            ("en", "It ended at 10:30 p.m."),
            ("ru", "Он закончился в 22:30."),
            ("ar", "انتهى الساعة 10:30 مساءً."),
        ],
    ),
    (
        [number("6.5")],
        [
            ("en", "They added 6½ tonnes."),
            ("ru", "Добавили 6½ тонны."),
            ("ru", "Добавили 6,5 тонны."),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [(lang, text, expected) for expected, cases in SAME_VALUE for lang, text in cases],
)
def test_each_convention_reads_the_same_value(
    lang: str, text: str, expected: list[FigureValue]
) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thousands of families returned."),
        ("ru", "Вернулись тысячи семей."),
        ("ar", "عادت آلاف الأسر."),
        ("en", "Cases of COVID-19 fell."),
        ("ru", "Самолёт Су-24 вернулся."),
        ("ru", "Вакцина от COVID-19."),
        ("ar", "تراجعت إصابات كوفيد-19."),
        ("en", "Flight MH17 and jets F-16, A4 paper."),
        ("en", "%d convoys arrived, %(count)s trucks, {count} tents and {0} buses."),
        ("en", "May we thank the donors."),
        ("en", "Prime Minister May said so."),
        ("ru", "Заявление зачитала Марта Петрова."),
        ("en", "Since the 1990s, and in the '80s."),
        ("ru", "С 1990-х годов и в 1980-е."),
    ],
)
def test_what_is_not_a_figure(lang: str, text: str) -> None:
    assert extract_figures(text, lang) == []


def test_a_date_is_one_figure_so_a_changed_month_differs() -> None:
    english = values("Signed on March 4, 2018.", "en")
    russian = values("Подписано 4 апреля 2018 г.", "ru")
    assert english == [DateValue(2018, 3, 4)]
    assert russian == [DateValue(2018, 4, 4)]
    assert english != russian


def test_a_changed_figure_differs_in_both_directions() -> None:
    assert values("2,080,443", "en") != values("2 080 434", "ru")
    assert values("2 080 443", "ru") != values("2,080,434", "en")
    assert values("٢٬٠٨٠٬٤٤٣", "ar") != values("2,080,434", "en")


def test_english_thousands_comma_in_russian_reads_as_decimal_and_is_noted() -> None:
    [figure] = extract_figures("Вернулись 1,312 человек.", "ru")
    assert figure.value == number("1.312")
    assert figure.misformatted is not None
    assert "1.312" in figure.misformatted
    assert "1\u00a0312" in figure.misformatted  # what to write if 1312 is meant
    assert values("Returned 1,312 people.", "en") == [number(1312)]
    assert extract_figures("Returned 1,312 people.", "en")[0].misformatted is None


def test_decimal_comma_in_english_reads_as_decimal_and_is_noted() -> None:
    [figure] = extract_figures("Unemployment fell by 2,5%.", "en")
    assert figure.value == percent("2.5")
    assert figure.misformatted is not None
    assert "2.5" in figure.misformatted
    [russian] = extract_figures("Безработица снизилась на 2,5%.", "ru")
    assert russian.value == percent("2.5")
    assert russian.misformatted is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Вернулись 2,080,443 человека.", number(2080443)),
        ("ru", "Цены выросли на 3.5 пункта.", number("3.5")),
        ("ru", "Вернулись 1.312 человек.", number(1312)),
        ("en", "Returned 2.080.443 people.", number(2080443)),
        ("en", "Returned 2.080,5 tonnes.", number("2080.5")),
        ("ar", "عاد 121،154 شخصاً.", number(121154)),
    ],
)
def test_foreign_conventions_are_read_and_noted(
    lang: str, text: str, expected: FigureValue
) -> None:
    [figure] = extract_figures(text, lang)
    assert figure.value == expected
    assert figure.misformatted is not None
    assert figure.misformatted.startswith("reads as ")


def test_a_text_that_writes_decimal_commas_groups_with_dots() -> None:
    text = "عاد 412.306 لاجئين، 61,4٪ منهم من النساء والأطفال."
    assert values(text, "ar") == [number(412306), percent("61.4")]
    assert values("بلغ الطول 3.125 متر.", "ar") == [number("3.125")]


def test_offsets_and_raw_text_point_into_the_original_text() -> None:
    text = "وُقّع في ٤ آذار/مارس ٢٠١٨ لصالح ٢٬٠٨٠٬٤٤٣ شخصاً بنسبة ٩٦٪."
    figures = extract_figures(text, "ar")
    assert [figure.raw for figure in figures] == ["٤ آذار/مارس ٢٠١٨", "٢٬٠٨٠٬٤٤٣", "٩٦٪"]
    for figure in figures:
        assert text[figure.start : figure.end] == figure.raw
    assert [figure.kind for figure in figures] == ["date", "number", "percent"]


def test_russian_date_raw_includes_the_year_abbreviation() -> None:
    [figure] = extract_figures("Подписано 29 января 2020\u202fг. в Москве.", "ru")
    assert figure == Figure(
        raw="29 января 2020\u202fг.",
        kind="date",
        value=DateValue(2020, 1, 29),
        start=10,
        end=27,
    )


def test_locales_of_a_language_are_accepted() -> None:
    assert values("29 كانون الثاني 2020", "ar_SY") == [DateValue(2020, 1, 29)]
    assert values("2,080,443", "en-GB") == [number(2080443)]


def test_an_unknown_language_is_a_user_error() -> None:
    with pytest.raises(UnknownLanguageError):
        extract_figures("5", "de")


def test_equal_values_are_equal_and_hash_alike_however_written() -> None:
    written = {
        figure.value
        for text, lang in (
            ("66,000", "en"),
            ("66 тыс.", "ru"),
            ("٦٦ ألف", "ar"),
            ("66.0 thousand", "en"),
        )
        for figure in extract_figures(text, lang)
    }
    assert written == {number(66000)}


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (number(2080443), "en", "2,080,443"),
        (number(2080443), "ru", "2\u00a0080\u00a0443"),
        (number(2019), "en", "2019"),
        (number("3.5"), "ru", "3,5"),
        (percent(96), "en", "96%"),
        (percent("2.5"), "en", "2.5%"),
        (DateValue(2020, 1, 29), "en", "January 29, 2020"),
        (DateValue(2020, 1, 29), "ru", "29 января 2020\u202fг."),
        (DateValue(2020, 1, None), "en", "January 2020"),
        (DateValue(None, 3, None), "en", "March"),
        (DateValue(2018, 3, 4), "ar_SY", "4 آذار 2018"),
        (TimeValue(9, 5), "en", "09:05"),
        (number(2080443), "en-GB", "2,080,443"),
    ],
)
def test_describe_writes_a_value_for_a_reader(value: FigureValue, lang: str, text: str) -> None:
    assert describe(value, lang) == text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The 2016–17 aid plan.", [number(2016), number(2017)]),
        ("ru", "Сезон 1998–1999 годов.", [number(1998), number(1999)]),
        ("ar", "خطة الأعوام 2021 - 23.", [number(2021), number(2023)]),
        ("en", "Scores of 24–10 and 5–7.", [number(24), number(10), number(5), number(7)]),
        ("ru", "Мосты XIX и XX веков восстановлены.", [number(19), number(20)]),
        ("ru", "Храмы XVII, XVIII и XIX вв.", [number(17), number(18), number(19)]),
        ("en", "Through the 18th and 19th centuries.", [number(18), number(19)]),
        ("ru", "Глава IV закона.", []),
        ("ar", "جسور من القرنين الثامن عشر والتاسع عشر.", [number(18), number(19)]),
        ("ar", "في القرن الحادي والعشرين وللقرن العاشر.", [number(21), number(10)]),
        ("en", "In the 16th and 17th centuries.", [number(16), number(17)]),
        ("en", "In the sixteenth and seventeenth centuries.", [number(16), number(17)]),
        ("en", "Since the twenty-first century.", [number(21)]),
        ("ru", "До девятнадцатого века и в двадцать первом веке.", [number(19), number(21)]),
        ("ru", "В 16-го и 17-го веков, в XX веке.", [number(16), number(17), number(20)]),
        ("ar", "منذ ثمانينيات القرن العشرين.", []),
        ("ru", "С 390 миллиардами деревьев.", [number(390 * 10**9)]),
        (
            "en",
            "Pledges of £45m and $3bn, a 45m bridge.",
            [number(45000000), number(3 * 10**9), number(45)],
        ),
        ("ar", "شبكة تلفزيون2 وبـ15 شاحنة و و2019.", [number(15), number(2019)]),
        ("ar", "في 12 أبريل، 2019 وصلت القافلة.", [DateValue(2019, 4, 12)]),
        ("ar", "في آب/أغسطس2019 افتتح المعبر.", [DateValue(2019, 8, None)]),
        (
            "ar",
            "في فيفري 2020 وفي جوان 2019.",
            [DateValue(2020, 2, None), DateValue(2019, 6, None)],
        ),
        (
            "ru",
            "К октябрю 2019 г. и к марту.",
            [DateValue(2019, 10, None), DateValue(None, 3, None)],
        ),
        ("en", "On Jan. 5, 2020 and Sept. 9.", [DateValue(2020, 1, 5), DateValue(None, 9, 9)]),
        ("en", "The May Day convoy left in May.", [DateValue(None, 5, None)]),
        ("en", "-5 degrees at dawn, +3 by noon.", [number(-5), number(3)]),
        ("ru", "−12 градусов ночью.", [number(-12)]),
    ],
)
def test_press_and_translation_habits(lang: str, text: str, expected: list[FigureValue]) -> None:
    assert values(text, lang) == expected


def test_a_date_that_cannot_be_is_described_as_written() -> None:
    assert values("The office closed on 31 April.", "en") == [DateValue(None, 4, 31)]
    assert describe(DateValue(None, 4, 31), "en") == "31 April"
    assert describe(DateValue(2020, 2, 30), "ru") == "30 февраля 2020"


def test_a_month_name_takes_no_sentence_full_stop() -> None:
    [figure] = extract_figures("The talks resumed in March.", "en")
    assert figure.raw == "March"


SPELLED_SAME_VALUE = [
    (
        # Ordinals end a number where tens come first, and take their tens where they come last.
        [number(21), number(3)],
        [
            ("en", "The twenty-first and the third."),
            ("ru", "Двадцать первый и третий."),
            ("ar", "الحادي والعشرون والثالث."),
        ],
    ),
    ([number(19)], [("ar", "في الفصل التاسع عشر")]),
    ([number(1), number(3)], [("en", "the first three"), ("ru", "первые три")]),
    ([number(1), number(3)], [("ar", "الأول والثالث")]),  # two ordinals, not 4
    ([number(1)], [("en", "One boat"), ("ru", "Одна лодка"), ("ar", "قارب واحد")]),
    (
        [number(250000)],
        [
            ("en", "Two hundred and fifty thousand people returned."),
            ("ru", "Вернулись двести пятьдесят тысяч человек."),
            ("ar", "عاد مائتان وخمسون ألف شخص."),
            ("en", "250,000 people returned."),
        ],
    ),
    (
        [number(25)],
        [
            ("en", "twenty-five trucks"),
            ("ru", "двадцать пять грузовиков"),
            ("ar", "خمسة وعشرون شاحنة"),
        ],
    ),
    (
        [number(2000)],
        [("en", "two thousand tents"), ("ru", "две тысячи палаток"), ("ar", "ألفين خيمة")],
    ),
    ([number(2000000)], [("en", "two million"), ("ar", "مليونين")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [(lang, text, expected) for expected, cases in SPELLED_SAME_VALUE for lang, text in cases],
)
def test_spelled_out_numbers_count_when_asked(
    lang: str, text: str, expected: list[FigureValue]
) -> None:
    assert values_spelled(text, lang) == expected


def values_spelled(text: str, lang: str) -> list[FigureValue]:
    """The figures of `text` and the numbers it writes in words, in order."""
    figures = [*extract_figures(text, lang), *words.spelled_figures(text, lang)]
    return [figure.value for figure in sorted(figures, key=lambda figure: figure.start)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thousands of families and one of the donors."),
        ("ru", "Тысячи семей, один из доноров, его семью."),
        ("ar", "آلاف الأسر في الفصل، لست أدري."),
    ],
)
def test_spelled_out_reading_skips_words_that_are_not_numbers(lang: str, text: str) -> None:
    assert list(words.spelled_figures(text, lang)) == []


def test_spelled_out_numbers_are_not_read_by_default() -> None:
    assert extract_figures("twenty-five trucks", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Доля выросла на 0,045 пункта.", number("0.045")),
        ("ru", "Показано на рис. 4.10 доклада.", number("4.1")),
        ("ru", "Согласно п. 2.1 соглашения.", number("2.1")),
        ("en", "See Figure 4.10 of the report.", number("4.1")),
        ("ar", "وفق الفقرة 2,1 من الاتفاق.", number("2.1")),
    ],
)
def test_no_convention_note_where_there_is_no_ambiguity(
    lang: str, text: str, expected: FigureValue
) -> None:
    [figure] = extract_figures(text, lang)
    assert figure.value == expected
    assert figure.misformatted is None


def test_a_leading_zero_is_never_a_thousands_group() -> None:
    [figure] = extract_figures("The share rose by 0,045 points.", "en")
    assert figure.value == number("0.045")
    assert figure.misformatted is not None


@settings(max_examples=400, deadline=None)
@given(
    amount=st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
        lambda amount: len(amount.as_tuple().digits) <= 24 and -30 < amount.adjusted() < 24
    ),
    kind=st.sampled_from([NumberValue, PercentValue]),
)
def test_english_figures_are_written_as_babel_writes_them(amount: Decimal, kind: type) -> None:
    """The check's English messages skip Babel (its modules and data take long to load): they
    must read exactly as Babel's English."""
    value = kind(amount)
    assert values_module._describe_in_english(value) == values_module._describe_with_babel(
        value, "en"
    )


@settings(max_examples=300, deadline=None)
@given(
    year=st.none() | st.integers(1, 9999),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
)
def test_english_dates_are_written_as_babel_writes_them(
    year: int | None, month: int | None, day: int | None
) -> None:
    value = DateValue(year, month, day)
    assert values_module._describe_in_english(value) == values_module._describe_with_babel(
        value, "en"
    )
