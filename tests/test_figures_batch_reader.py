"""The batch readers (`l10n.figures.batch_reader`) against `extract_figures`: never wrong.

Each quick reader may answer None (leave a text to the next reader); where it answers, it must
read exactly the values `extract_figures` reads, with nothing misformatted. These tests compare
them on the repository's sample catalogs, on sentences written for the purpose, on generated
mixtures of tricky fragments (hypothesis), and on the xquad paragraphs when ../shared is there.
They also pin down that the plain forms of a press statement are read quickly at all, so that a
reader answering None everywhere fails.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n import check
from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs, read_catalog_under_check
from l10n.figures import (
    PLAIN_ITEM,
    DateValue,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    extract_figures,
    plain_figures,
    quick_values,
    value_key,
)
from l10n.figures import locale_facts as data
from l10n.figures.batch_reader import (
    _LONG_NUMBER,
    _NOT_CANONICAL,
    _canonical_word_pattern,
    _month_words_at_word_start,
    _more_month_names_than,
    all_canonical,
    all_inside,
    century_texts,
    may_hold_long_numbers,
    plain_keys,
)
from l10n.figures.scanner import mentions_century

REPOSITORY = Path(__file__).resolve().parents[1]
XQUAD = REPOSITORY.parent / "shared/corpus/xquad/paragraphs.en-ru-ar.jsonl"


def decoded(canonical: str) -> list[FigureValue]:
    """The values a `plain_figures` string stands for (the format its docstring describes)."""
    values: list[FigureValue] = []
    for item in canonical.split(PLAIN_ITEM) if canonical else []:
        if item.startswith("\x02"):
            year, month, day = item[1:].split("-")
            values.append(
                DateValue(int(year) if year else None, int(month), int(day) if day else None)
            )
        elif ":" in item:
            hour, minute = item.split(":")
            values.append(TimeValue(int(hour), int(minute)))
        elif item.endswith("%"):
            values.append(PercentValue(Decimal(item[:-1])))
        else:
            values.append(NumberValue(Decimal(item)))
    return values


def assert_readers_agree(texts: list[str], lang: str) -> tuple[int, int]:
    """Both quick readers agree with `extract_figures` wherever they answer; how many answered."""
    plain = plain_figures(texts, lang)
    quick = quick_values(texts, lang)
    assert len(plain) == len(quick) == len(texts)
    for text, plain_reading, quick_reading in zip(texts, plain, quick, strict=True):
        full = extract_figures(text, lang)
        values = [figure.value for figure in full]
        if plain_reading is not None or quick_reading is not None:
            assert not any(figure.misformatted for figure in full), text
        if plain_reading is not None:
            assert decoded(plain_reading) == values, text
            assert plain_keys(plain_reading) == tuple(value_key(value) for value in values), text
        if quick_reading is not None:
            assert list(quick_reading) == [value_key(value) for value in values], text
    return sum(p is not None for p in plain), sum(q is not None for q in quick)


PRESS = {
    "en": [
        "Since March 4, 2018, 2,080,443 refugees have returned, including 1,312 children.",
        "The convoy delivered 4,996 tonnes of food and 476 tonnes of medicines.",
        "Rebuilding the network will cost about 4.2 billion dollars over 12 years.",
        "Turnout reached 61%, and 8,952,152 ballots had been counted by 20:30 on 8 September 2022.",
        "In 2020, mobile teams vaccinated 6,830 people against COVID-19.",
        "The parties reaffirmed their commitment to a political settlement.",
        "Prices rose 3.5 per cent (from 1,200 to 1,242 pounds).",
    ],
    "ru": [
        "С 4 марта 2018 г. в свои дома вернулись 2 080 443 беженцев, в том числе 1 312 детей.",
        "Колонна доставила 4\u00a0996 тонн продовольствия и 476 тонн медикаментов.",
        "Восстановление сети обойдётся примерно в 4,2 млрд долларов за 12 лет.",
        "Явка составила 61\u00a0%, к 20:30 8 сентября 2022 г. было подсчитано 8 952 152 бюллетеня.",
        "В 2020 году мобильные бригады привили 6\u00a0830 человек от COVID-19.",
        "Стороны подтвердили приверженность политическому урегулированию.",
        "Цены выросли на 3,5 процента (с 1\u00a0200 до 1\u00a0242 фунтов).",
    ],
    "ar": [
        "منذ ٤ آذار ٢٠١٨ عاد ٢٬٠٨٠٬٤٤٣ لاجئاً إلى منازلهم، بينهم ١٬٣١٢ طفلاً.",
        "أوصلت القافلة ٤٬٩٩٦ طناً من الأغذية و٤٧٦ طناً من الأدوية.",
        "ستبلغ كلفة إعادة بناء الشبكة نحو ٤٫٢ مليار دولار على مدى ١٢ سنة.",
        "بلغت نسبة المشاركة ٦١٪، وفُرزت ٨٬٩٥٢٬١٥٢ ورقة بحلول الساعة ٢٠:٣٠ يوم ٨ أيلول ٢٠٢٢.",
        "في عام ٢٠٢٠ طعّمت الفرق المتنقلة ٦٬٨٣٠ شخصاً ضد COVID-19.",
        "أكد الطرفان التزامهما بالتسوية السياسية.",
    ],
}


@pytest.mark.parametrize("lang", sorted(PRESS))
def test_plain_press_sentences_are_read_quickly_and_rightly(lang: str) -> None:
    texts = PRESS[lang]
    plain_count, quick_count = assert_readers_agree(texts, lang)
    assert plain_count == quick_count == len(texts)


def test_the_same_figures_give_the_same_plain_string_in_every_language() -> None:
    readings = {
        lang: [sorted(reading.split(PLAIN_ITEM)) for reading in plain_figures(texts[:6], lang)]
        for lang, texts in PRESS.items()
    }
    assert readings["en"] == readings["ru"] == readings["ar"]
    readings = {lang: plain_figures(texts[:6], lang) for lang, texts in PRESS.items()}
    assert readings["en"][0] == PLAIN_ITEM.join(["\x022018-3-4", "2080443", "1312"])
    assert readings["en"][2] == PLAIN_ITEM.join(["4.2E9", "12"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In May 2019 and in June, 5 people", "en"),  # a month alone is a figure of its own
        ("в марте 2019 года", "ru"),
        ("1,312 человек", "ru"),  # a foreign convention: the full reader explains it
        ("the 1990s", "en"),  # a decade
        ("1998 – 99", "en"),  # an abbreviated year
        ("-5 degrees and +3%", "en"),  # signs
        ("mid-2019", "en"),
        ("%d of {count} files", "en"),  # placeholders
        ("\u200f٢٠١٩", "ar"),  # an invisible mark
        ("XIX век", "ru"),  # a century
        ("29.01.2020 и 2020-01-29", "ru"),  # numeric dates
        ("3 p.m. and 10:00 a.m.", "en"),
        ("£30m", "en"),
        ("6½ sacks", "en"),
    ],
)
def test_unusual_figures_are_left_to_the_next_reader(text: str, lang: str) -> None:
    assert plain_figures([text], lang) == [None]
    assert_readers_agree([text], lang)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # English month names are found by the plain pattern itself: one at the start of a
        # word and outside a plain date leaves the text to the next reader, wherever it stands.
        ("Talks ended on 4 May 2020 and resumed in May.", False),
        ("Talks resumed (May) with 5 envoys", False),
        ("Talks resumed—May, 5 envoys", False),
        ("Talks resumed: Sept.x, 5 envoys", False),
        ("Sept. 5 and Sept.", False),
        ("5 envoys, and May 5, 2020", True),
        ("the Mayor met 5 envoys", True),  # no month: a letter follows
        ("Dr. AMay met 5 envoys", True),  # inside a word
        ("Remay 5 Dec", True),  # a plain date
        ("5 Dec and Dec", False),
    ],
)
def test_english_month_names_outside_plain_dates(text: str, plain: bool) -> None:
    assert (plain_figures([text, "no figures", text], "en")[2] is not None) == plain
    assert_readers_agree([text, "", text], "en")


def test_texts_without_figures_between_others_keep_their_places() -> None:
    texts = ["", "5 envoys", "", "", "no figures at all", "7 and 8", ""]
    assert plain_figures(texts, "en") == ["", "5", "", "", "", PLAIN_ITEM.join("78"), ""]
    assert plain_figures(["5", "", "6%"], "ru") == ["5", "", "6%"]


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_time_markers_begin_with_a_letter(lang: str) -> None:
    """The plain pattern refuses a time marker glued to a number ("5pm") by refusing any
    letter after it, and looks for one only after a space."""
    markers = [*data.FACTS[lang].pm_markers, *data.FACTS[lang].am_markers]
    assert markers
    assert all(re.match(r"\w", marker) for marker in markers)


FRAGMENTS = {
    "en": [
        "2,080,443",
        "2 080 443",
        "1,312",
        "3.5",
        "2,5",
        "0.039",
        "1.312",
        "12",
        "99",
        "2019",
        "1990",
        "1990s",
        "45%",
        "45 per cent",
        "4.2 billion",
        "66 thousand",
        "$5m",
        "£30",
        "March 4, 2018",
        "4 March 2018",
        "May",
        "in May",
        "Sept. 2020",
        "March/April 2018",
        "10:30",
        "3 p.m.",
        "25:00",
        "COVID-19",
        "MH17",
        "mid-2019",
        "-5",
        "+3",
        "5-7",
        "1998–99",
        "%d",
        "{count}",
        "6½",
        "XIX",
        "19th century",
        "2020-01-29",
        "1/29/20",
        "No. 5",
        "٢٠١٩",
    ],
    "ru": [
        "2 080 443",
        "2\u00a0080\u00a0443",
        "1,312",
        "3,5",
        "1.312",
        "12",
        "2019",
        "1990-х",
        "45 %",
        "45 процентов",
        "4,2 млрд",
        "66 тыс.",
        "4 марта 2018 г.",
        "в марте",
        "4-го марта",
        "10:30",
        "5 утра",
        "Су-24",
        "COVID-19",
        "XIX век",
        "человек",
        "2018–2019 гг.",
        "29.01.2020",
        "-5",
        "рис. 3.20",
        "٢٠١٩",
    ],
    "ar": [
        "٢٬٠٨٠٬٤٤٣",
        "2,080,443",
        "١٢١،١٥٤",
        "٣٫٥",
        "٤٥٪",
        "%٥٠",
        "٤٫٢ مليار",
        "٦٦ ألف",
        "٤ آذار ٢٠١٨",
        "كانون الثاني/يناير ٢٠٢٠",
        "آذار ٢٠١٨",
        "١٠:٣٠",
        "١٠:٣٠ م",
        "و٣١٢",
        "كوفيد-19",
        "القرن التاسع عشر",
        "\u200f٢٠١٩",
        "الـ15",
        "عام ٢٠١٩",
        "٪٥",
    ],
}
GLUE = [" ", ", ", " and ", " (", ") ", "; ", "-", "–", " – ", "\u00a0", "", ". ", " в ", " و"]


@pytest.mark.parametrize("lang", sorted(FRAGMENTS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_mixtures_of_tricky_fragments(lang: str, data: st.DataObject) -> None:
    parts = data.draw(
        st.lists(
            st.tuples(st.sampled_from(GLUE), st.sampled_from(FRAGMENTS[lang])),
            min_size=1,
            max_size=6,
        )
    )
    texts = ["".join(glue + fragment for glue, fragment in parts)]
    texts += data.draw(st.lists(st.sampled_from(PRESS[lang]), max_size=3))
    assert_readers_agree(texts, lang)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,  # more digits than int() reads
        " ".join(["123"] * 20000),
        "5" + " " * 50000 + "марта",
        ",".join(["123"] * 20000),
        "-".join(["12"] * 20000),
        " ".join(["марта"] * 20000),
        "\x00",
        "",
    ],
    ids=[
        "5000-digits",
        "spaced-groups",
        "long-space",
        "comma-groups",
        "dashes",
        "months",
        "nul",
        "empty",
    ],
)
def test_hostile_texts_are_read_alike(text: str) -> None:
    assert_readers_agree([text, "5 тыс."], "ru")


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        # A month name with a letter after its longest spelling ("авг.a", "Sept.х") is still
        # a month to the scanner, which backs off to "авг" and "Sept".
        (["около в марте и\n706,4810 беженцев 20 авг.a 0 года"], "ru"),
        (["people 5 Sept.хMayor) в марте 8 Apr. December of 999 (by…"], "en"),
        (["40,9 %} января 0 г. от года до 14 дек.Я 2018)"], "ru"),
        (["including (fro‒m including 19 Apr.و (D ecember 2020 in May"], "en"),
        # Scale words times numbers longer than decimal arithmetic keeps exactly.
        (["451 425 954 920 071 720 650 146 793 128 760 175 миллиона года"], "ru"),
        (["123 456 789 012 345 678 триллионов"], "ru"),
        (["Talks began in March and resumed on 5 Jan.The talks ended."], "en"),
        (["Переговоры начались в марте и возобновились 5 янв.Итог"], "ru"),
        (
            ["12345678901234567890123456789 thousand", "1.23456789012345678901234567891 million"],
            "en",
        ),
    ],
)
def test_counterexamples_found_by_adversarial_testing(texts: list[str], lang: str) -> None:
    assert_readers_agree(texts, lang)


def test_sample_catalogs() -> None:
    catalogs = sorted((REPOSITORY / "locales").glob("*/LC_MESSAGES/*.po"))
    assert catalogs
    for path in catalogs:
        catalog = read_catalog_under_check(path)
        assert_readers_agree([entry.msgid for entry in catalog.entries], "en")
        translated = [entry.msgstr[0] for entry in catalog.entries if entry.msgstr[0]]
        assert_readers_agree(translated, catalog.language)


@pytest.mark.skipif(not XQUAD.is_file(), reason="../shared/corpus is not beside the repository")
def test_xquad_paragraphs() -> None:
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    for lang in ("en", "ru", "ar"):
        plain_count, quick_count = assert_readers_agree([row[lang] for row in rows], lang)
        assert plain_count > len(rows) // 2 and quick_count > len(rows) // 2


def test_a_text_holding_the_batch_separator_is_read_alone() -> None:
    assert plain_figures(["a\x00b 5", "7"], "en") == [None, None]
    assert quick_values(["a\x00b 5", "7"], "en") == [None, None]


def nothing_settled(
    sources: object, source_lang: str, translations: dict[str, check.LanguageBatch]
) -> dict[str, list[int]]:
    """In place of `check._unsettled`: the quick readers switched off, every entry read in full."""
    return {language: list(range(len(entries))) for language, (_, entries) in translations.items()}


def test_one_entry_object_in_two_catalogs_is_checked_in_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Agreeing in Russian says nothing of the same object in the Arabic catalog."""
    entry = CatalogEntry("Talks resume on 5 March.", ("Переговоры возобновятся 5 марта.",), 1)
    catalogs = [
        CatalogUnderCheck("ru.po", "ru", [entry], "talks"),
        CatalogUnderCheck("ar.po", "ar", [entry], "talks"),
    ]
    quick = check_catalogs(catalogs, "en")
    monkeypatch.setattr(check, "_unsettled", nothing_settled)
    assert quick.findings == check_catalogs(catalogs, "en").findings
    assert {finding.language for finding in quick.findings} == {"ar"}


def test_the_check_reports_the_same_with_and_without_the_quick_readers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every finding the full comparison makes, the quick path makes too, on every catalog."""
    catalogs = [
        read_catalog_under_check(path)
        for path in sorted(REPOSITORY.glob("locales/*/LC_MESSAGES/*.po"))
    ]
    rows = list(zip(PRESS["en"][:6], PRESS["ru"][:6], PRESS["ar"][:6], strict=True))
    changed = [("ru", 0, "2 080 434"), ("ar", 3, "٦٢٪"), ("ru", 4, "6 803")]
    for lang, index, wrong in changed:
        column = {"ru": 1, "ar": 2}[lang]
        original = {"ru": ["2 080 443", "6\u00a0830"], "ar": ["٦١٪"]}[lang]
        text = rows[index][column]
        for figure in original:
            text = text.replace(figure, wrong)
        row = list(rows[index])
        row[column] = text
        rows[index] = (row[0], row[1], row[2])
    for column, lang in ((1, "ru"), (2, "ar")):
        entries = [
            CatalogEntry(msgid=row[0], msgstr=(row[column],), line=index + 1)
            for index, row in enumerate(rows)
        ]
        catalogs.append(CatalogUnderCheck(f"press-{lang}.po", lang, entries, "press"))
    quick = check_catalogs(catalogs, "en")
    monkeypatch.setattr(check, "_unsettled", nothing_settled)
    full = check_catalogs(catalogs, "en")
    assert quick.findings == full.findings
    assert len(quick.findings) >= len(changed)
    assert quick.entries_checked == full.entries_checked


CENTURY_CONTEXTS = ["", " ", "ж", "Ж", "z", "é", "½", "²", "Ⅻ", "-", "XIX ", "٣", "ـ", "\u0301"]
CENTURY_WORDS = ["век", "веке", "вв.", "в.", "столетия", "century", "centuries", "القرن"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(st.sampled_from(CENTURY_CONTEXTS), st.sampled_from(CENTURY_WORDS)),
            max_size=4,
        ).map(lambda parts: "".join(before + word for before, word in parts)),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["en", "ru", "ar"]),
)
def test_century_words_are_found_where_the_scanner_finds_them(texts: list[str], lang: str) -> None:
    # The quick search leaves Latin and Cyrillic letters before a century word to the engine
    # and other letters to str.isalpha: together they must be the scanner's own test.
    joined = "\x00" + "\x00".join(texts)
    expected = {index for index, text in enumerate(texts) if mentions_century(text, lang)}
    assert century_texts(joined, lang) == expected
    assert_readers_agree(texts, lang)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["en", "ru", "ar"]),
    st.data(),
)
def test_percent_and_scale_words_replaced_one_by_one_as_in_one_pass(
    lang: str, data: st.DataObject
) -> None:
    """`plain_figures` replaces the distinct words found, longest first; on items as the
    plain pattern leaves them (each word at the end of its figure) that is one regex pass."""
    words, canonical = _canonical_word_pattern(lang)
    figures = data.draw(
        st.lists(
            st.tuples(st.sampled_from(["5", "12,5", "7.25"]), st.sampled_from(["", *canonical])),
            max_size=8,
        )
    )
    items = "\x00" + "\x01".join(number + word for number, word in figures)
    replaced = items
    for word in sorted(set(words.findall(items)), key=len, reverse=True):
        replaced = replaced.replace(word, canonical[word])
    assert replaced == words.sub(lambda match: canonical[match.group()], items)


@pytest.mark.parametrize(
    ("before", "lang", "month"),
    [
        (before, lang, month)
        for lang, month in (("ru", "марта"), ("ar", "آذار"))
        for before in [" ", "\u00a0", "«", "(", "-", "—", "\u0483", "😀", "\u200f", "ж", "ـ"]
    ],
)
def test_month_names_after_any_character_are_found_as_the_scanner_finds_them(
    before: str, lang: str, month: str
) -> None:
    # The month-name search of Russian and Arabic batches opens with the character before the
    # name (any that is not a word character); a name after a letter is no month.
    texts = [f"5 x{before}{month} 7", "8 y", f"{before}{month}"]
    assert_readers_agree(texts, lang)
    alone = plain_figures(texts, lang)[2]
    assert (alone is None) == (not re.match(r"\w", before))


@pytest.mark.parametrize(
    "clock",
    ["0:30", "00:30", "09:05", "19:45", "20:00", "23:59", "24:00", "25:00", "30:15", "7:60"],
)
def test_hours_of_every_first_and_second_digit_are_read_as_the_scanner_reads_them(
    clock: str,
) -> None:
    assert_readers_agree([f"Talks began at {clock} and 5 envoys came", clock], "en")
    assert_readers_agree([f"Переговоры начались в {clock}, пришли 5 послов", clock], "ru")


# Words that hold the opening of a month name without naming a month, and characters before.
MONTH_LOOKALIKES = {
    "ru": ["доктор", "декларация", "индекс", "кошмар", "Гималаях", "сентиментальный", "майка"],
    "ar": ["كآبة", "الآباء", "مايكل", "جوانب", "حزيرانية", "التشرين", "نيسانية"],
}
MONTH_SURROUNDINGS = ["", " ", "  ", "\u00a0", "(", "-", ".", "5 ", " 2019", "12 ", "ж", "ب"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["ru", "ar"]), st.data())
def test_month_names_beyond_the_dates_are_told_as_the_search_finds_them(
    lang: str, drawn: st.DataObject
) -> None:
    # Month names beyond the plain dates are those the search at word starts finds, whatever
    # look-alike words stand around them, and the quick readers agree with the full one.
    names = sorted(data.FACTS[lang].month_names)
    piece = st.sampled_from([*names, *MONTH_LOOKALIKES[lang], *MONTH_SURROUNDINGS])
    texts = drawn.draw(st.lists(st.lists(piece, max_size=8).map("".join), min_size=1, max_size=5))
    joined = "\x00" + "\x00".join(texts)
    found = len(_month_words_at_word_start(lang).findall(joined))
    for dates in range(found + 1):  # the plain dates never outnumber the names found
        assert _more_month_names_than(dates, joined, lang) == (found != dates)
    assert_readers_agree(texts, lang)


@settings(max_examples=300, deadline=None)
@given(
    positions=st.lists(st.integers(0, 40), max_size=12),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=8).map(
        lambda pairs: [(start, start + length) for start, length in pairs]
    ),
)
def test_unusual_characters_are_inside_figures_as_each_figure_tried_for_each_says(
    positions: list[int], spans: list[tuple[int, int]]
) -> None:
    expected = all(any(start <= at < end for start, end in spans) for at in positions)
    assert all_inside(positions, spans) == expected


@pytest.mark.parametrize(("piece", "lang"), [("1% ", "en"), ("1% ", "ru"), ("١٪ ", "ar")])
def test_a_long_text_of_percentages_reads_as_a_short_one(piece: str, lang: str) -> None:
    """Every "%" of a text of 8,000 percentages lies in a figure (found in one pass)."""
    (short,) = quick_values([piece * 3], lang)
    (long,) = quick_values([piece * 8000], lang)
    assert short is not None and long is not None
    assert long == short[:1] * 8000


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_grouped_numbers_of_every_mark_and_first_group_are_read_as_the_scanner_reads_them(
    lang: str,
) -> None:
    # The plain pattern tries its grouping marks after one test of the first digit: every
    # first group (one to four digits, a zero first) with every mark, and marks mixed.
    marks = [",", ".", " ", "\u00a0", "\u202f", "\u066c", "'"]
    numbers = [
        f"{first}{mark}345{rest}"
        for first in ["1", "12", "123", "1234", "0", "01"]
        for mark in marks
        for rest in ["", f"{mark}678", f"{marks[0]}678", ",5", ".25"]
    ]
    assert_readers_agree([f"Они передали {number} тонн." for number in numbers], lang)
    assert_readers_agree([f"The total was {number}" for number in numbers], lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.,%Ee:- \x00\x01\x02\x03\x04\x7f\x80é١٪\u00a0")))
def test_canonical_strings_are_told_as_the_search_for_another_character_tells_them(
    items: str,
) -> None:
    assert all_canonical(items) == (_NOT_CANONICAL.search(items) is None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["0", "7", "123456789", ".", "E9", "%", "\x01", "\x00", "-", ":", "١", "é"]
        ),
        max_size=40,
    ).map("".join)
)
def test_long_numbers_are_searched_for_wherever_the_search_would_find_one(items: str) -> None:
    # The quick test may send items without a long number to the search, never the reverse.
    if _LONG_NUMBER.search(items):
        assert may_hold_long_numbers(items)
