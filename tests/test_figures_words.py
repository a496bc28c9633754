"""Number words: the table the check reads texts with, against num2words and the generated forms.

`SpelledNumbers` (l10n/figures/locale_facts.py) is the lexicon `words.spelled_figures` reads a
text with; `words.times_in_words` generates the forms of one value (num2words for ru; the
English ones are spelt by `words` as num2words writes them, compared below).
The lexicon is data rather than num2words at run time, since importing num2words costs a tenth
of a second in every process that reads a text: these tests keep the two in step.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from itertools import product

import pytest
from num2words import num2words

from l10n.figures import words
from l10n.figures.locale_facts import FACTS

RUSSIAN_CASES = list(product("ngdaip", "mfn", (False, True), (True, False)))
CARDINALS = [*range(2, 21), *range(30, 100, 10), *range(100, 1000, 100)]
ORDINALS = range(1, 21)
LEFT_OUT = {"семью"}  # also "family"


def russian(number: int, to: str) -> set[str]:
    forms = set()
    for case, gender, plural, animate in RUSSIAN_CASES:
        form = num2words(
            number, lang="ru", to=to, case=case, gender=gender, plural=plural, animate=animate
        )
        forms |= {form, form.replace("ё", "е")}
    return forms


@pytest.mark.parametrize("number", CARDINALS)
def test_every_russian_case_of_a_cardinal_is_read(number: int) -> None:
    table = FACTS["ru"].spelled.numbers
    assert {
        form: table.get(form) for form in russian(number, "cardinal") - LEFT_OUT
    } == dict.fromkeys(russian(number, "cardinal") - LEFT_OUT, number)


@pytest.mark.parametrize("number", ORDINALS)
def test_the_russian_ordinals_are_num2words_forms_and_all_of_them(number: int) -> None:
    table = {word for word, value in FACTS["ru"].spelled.ordinals.items() if value == number}
    assert table == russian(number, "ordinal")


@pytest.mark.parametrize("number", ORDINALS)
def test_the_english_ordinals_are_num2words_forms(number: int) -> None:
    assert FACTS["en"].spelled.ordinals[num2words(number, lang="en", to="ordinal")] == number


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_every_word_read_is_a_generated_form_of_its_value(language: str) -> None:
    """The reading lexicon and the forms generated for one value agree, word for word."""
    spelled = FACTS[language].spelled
    lexicon = {**spelled.numbers, **spelled.ordinals, **dict.fromkeys(spelled.ones, 1)}
    wrong = [
        (word, value)
        for word, value in lexicon.items()
        if not words.word_is_number(Decimal(value), word, language)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "language", "amount", "times"),
    [
        ("двадцать первого числа", "ru", 20, 0),  # part of 21
        ("двадцать первого числа", "ru", 21, 1),
        ("сто двадцать дней", "ru", 100, 0),  # part of 120
        ("пять-шесть дней", "ru", 5, 1),  # a range in words: two numbers
        ("twenty-one days", "en", 20, 0),
        ("الجولة الحادية والعشرين", "ar", 20, 0),
        ("الجولة الحادية والعشرين", "ar", 1, 0),
        ("الجولة الحادية والعشرين", "ar", 21, 1),
    ],
)
def test_a_word_that_is_part_of_a_larger_number_does_not_state_its_own(
    text: str, language: str, amount: int, times: int
) -> None:
    assert words.times_in_words(Decimal(amount), text, language) == times


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("One of the wardens retired.", "en"),
        ("No one came.", "en"),
        ("Один из них ушел.", "ru"),
        ("Пришло еще одно письмо.", "ru"),
        ("القرن العشرين", "ar"),  # the tens of an ordinal alone: a century's as often
        ("اضغط المفتاحين في آن واحد", "ar"),  # at once
        ("Они работают в одном городе.", "ru"),  # "in the same" as often as "in one"
        ("Set it in tenths of a second.", "en"),  # a second of time
    ],
)
def test_a_word_for_one_or_an_ordinal_that_is_no_number_is_not_read(
    text: str, language: str
) -> None:
    assert list(words.spelled_figures(text, language)) == []


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        # Whatever stands before a number word, a space, a quote, a bracket, a no-break space
        # or the start of a text or of a line, and in a batch of ASCII texts or not.
        (["Five tents", "no figures", 'the "three" rooms', "rooms\nfour"], "en", [0, 2, 3]),
        (["(seven) days", "a\u00a0dozen", "x\u00a0nine", "«twelve»"], "en", [0, 2, 3]),
        # Inside a word, after a digit or "_", and "one of", no number.
        (["someone", "3four", "x_five", "one of them", "the_one"], "en", []),
        (["«пять» палаток", "водопроводной", "составила", "в\u00a0трёх"], "ru", [0, 3]),
    ],
)
def test_a_batch_finds_the_texts_that_write_a_number_in_words(
    texts: list[str], language: str, expected: list[int]
) -> None:
    assert words.texts_spelling_numbers(texts, language) == expected
    assert [words.spells_numbers(text, language) for text in texts] == [
        position in expected for position in range(len(texts))
    ]


@pytest.mark.parametrize("number", [1, 2, 4, 21, 22, 101, 1000, 2001, 40000, 1_000_002])
def test_russian_forms_are_every_form_num2words_gives_for_any_case_gender_plural_or_animacy(
    number: int,
) -> None:
    every = {
        num2words(number, lang="ru", to=to, case=case, gender=gender, plural=plural, animate=alive)
        for to, case, gender, plural, alive in product(
            ("cardinal", "ordinal"), "ngdaip", "mfn", (False, True), (True, False)
        )
    }
    assert {re.escape(form) for form in every} <= set(words.NUMBER_FORMS["ru"](number))


def english_numbers_to_compare() -> list[int]:
    """Every number below 30,000, each side of every larger power of ten, and a fixed spread of
    large ones up to the largest `words` spells (10^12) and beyond."""
    spread = random.Random(20261206)
    numbers = set(range(30_000))
    numbers |= {10**k + d for k in range(5, 15) for d in (-101, -100, -99, -1, 0, 1, 99, 100, 101)}
    numbers |= {spread.randrange(10 ** spread.randint(5, 15)) for _ in range(10_000)}
    return sorted(numbers)


def test_english_cardinals_and_ordinals_are_written_as_num2words_writes_them() -> None:
    differing = [
        (number, words.english_cardinal(number), words.english_ordinal(number))
        for number in english_numbers_to_compare()
        if words.english_cardinal(number) != num2words(number, lang="en")
        or words.english_ordinal(number) != num2words(number, lang="en", to="ordinal")
    ]
    assert differing == []
