from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.figures import extract_figures
from l10n.figures.not_figures import (
    BRACE,
    FLAG_SYNTAXES,
    POSITIONAL,
    PRINTF,
    copied_verbatim,
    entry_figure_text,
    figure_text,
    is_credits,
    placeholder_syntaxes,
    texts_to_blank,
)


def amounts(
    text: str, language: str, flags: frozenset[str] = frozenset(), msgid: str = ""
) -> list[str]:
    """The values the figure reader finds once the entry's non-figures are blanked out."""
    syntaxes = placeholder_syntaxes(flags, msgid or text)
    return [str(figure.value) for figure in extract_figures(figure_text(text, syntaxes), language)]


# --------------------------------------------------------------------------------------------
# Which placeholder syntax an entry uses


@pytest.mark.parametrize(
    ("flags", "msgid", "expected"),
    [
        (frozenset({"c-format"}), "No files", {PRINTF}),
        (frozenset({"python-format"}), "%(count)s pages", {PRINTF}),
        (frozenset({"qt-format"}), "%1 of %2", {POSITIONAL}),
        (frozenset({"kde-format"}), "%1 of %2", {POSITIONAL}),
        (frozenset({"python-brace-format"}), "{done} of {total}", {BRACE}),
        (frozenset({"fuzzy", "no-c-format"}), "Saved 50% of space", set()),
        # no flag: the msgid tells
        (frozenset(), "Copied %d of %d files", {PRINTF}),
        (frozenset(), "Layer %1 hidden", {POSITIONAL}),
        (frozenset(), "Step {0} of {1}", {BRACE}),
        (frozenset(), "Saved 50% of space", set()),
        (frozenset(), "A 50% discount", set()),  # "% d" is prose, not a placeholder
    ],
)
def test_the_flag_decides_the_syntax_else_the_msgid(
    flags: frozenset[str], msgid: str, expected: set[str]
) -> None:
    assert placeholder_syntaxes(flags, msgid) == expected


# --------------------------------------------------------------------------------------------
# Placeholders are not figures, in every syntax gettext knows


@pytest.mark.parametrize(
    ("text", "language", "msgid"),
    [
        # c-format: widths, precisions, positional arguments, glibc's %I (locale digits)
        ("Осталось %5.2f МБ из %10lu", "ru", "%5.2f MB of %10lu left"),
        ("Файл %2$s занимает %1$d байт", "ru", "%1$d bytes in file %2$s"),
        ("تبقى %Id ملفات", "ar", "%d files left"),
        ("المدة %Iuي %I02uس", "ar", "%ud %02uh"),
        ("Размер %<PRIu64> байт", "ru", "Size %<PRIu64> bytes"),
        # python-format and python-brace-format
        ("Страница %(page)d из %(pages)d", "ru", "Page %(page)d of %(pages)d"),
        ("الصفحة {0} من {1:,}", "ar", "Page {0} of {1:,}"),
        # Qt: in Arabic "%1" would be one per cent were the entry not using Qt placeholders
        ("حُذف %1 من %2 عنصر", "ar", "Deleted %1 of %2 items"),
        ("Слой %L1 скрыт", "ru", "Layer %L1 hidden"),
        # ICU MessageFormat: argument heads and =N selectors
        (
            "{count, plural, =0 {нет файлов} one {# файл} other {# файлов}}",
            "ru",
            "{count, plural, =0 {no files} other {# files}}",
        ),
        # XML and Mallard placeholders, entities
        (
            'Нажмите <_:media-1/> и <link xref="step-2">далее</link> &#215;',
            "ru",
            "Press <_:media-1/>",
        ),
    ],
)
def test_placeholders_leave_no_figure(text: str, language: str, msgid: str) -> None:
    assert amounts(text, language, msgid=msgid) == []


def test_a_percent_sign_written_for_printf_stays_a_percent_sign() -> None:
    assert amounts("Скидка 50%% на всё", "ru", frozenset({"c-format"})) == [
        "PercentValue(amount=Decimal('50'))"
    ]


def test_arabic_percent_before_the_digits_stays_a_figure_outside_qt_entries() -> None:
    """ "%50" is fifty per cent in Arabic; only an entry that uses "%1" placeholders blanks it."""
    assert amounts("خصم %50 على الكتب", "ar", msgid="A 50% discount on books") == [
        "PercentValue(amount=Decimal('50'))"
    ]
    assert amounts("خصم %50", "ar", frozenset({"python-brace-format"})) == [
        "PercentValue(amount=Decimal('50'))"
    ]


# --------------------------------------------------------------------------------------------
# Addresses, phone numbers, citation marks, mnemonics, the multiplication sign


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сервер 10.0.12.7:8080 недоступен", "ru"),
        ("الخادم 192.168.1.20/24 لا يستجيب", "ar"),
        ("Адрес fe80::21a:2bff:fe3c:4d5e и 00:1a:2b:3c:4d:5e", "ru"),
        ("عنوان البطاقة 00-1A-2B-3C-4D-5E", "ar"),
        ("Звоните: +7 (812) 555-01-23", "ru"),
        ("Звоните: (812) 555-01-23", "ru"),
        # in right-to-left text the groups of a phone number may come in another order
        ("للاتصال: 23-01-555 812 7+", "ar"),
        ("للاتصال: ٢٣-٠١-٥٥٥ ٨١٢ ٧+", "ar"),
        ("Это доказано [12].", "ru"),
        ("وقد ثبت ذلك [٣].", "ar"),
    ],
)
def test_addresses_phones_and_citation_marks_are_not_figures(text: str, language: str) -> None:
    assert amounts(text, language) == []


def test_a_mnemonic_underscore_joins_a_letter_and_a_digit_as_they_read_without_it() -> None:
    assert figure_text("Точка X_1:") == "Точка X1:"
    assert amounts("Точка X_1:", "ru") == amounts("Точка X1:", "ru") == []


def test_a_latin_x_between_digits_is_the_multiplication_sign() -> None:
    assert amounts("Значок 48x48", "ru") == amounts("Значок 48×48", "ru")
    assert len(amounts("أيقونة 48x48", "ar")) == 2


def test_text_without_anything_to_blank_comes_back_as_it_is() -> None:
    text = "Выросло на 12 %, до 3,5 млн"
    assert figure_text(text, frozenset({PRINTF, POSITIONAL, BRACE})) is text


def test_translator_credits_are_not_translations() -> None:
    assert is_credits("translator-credits", None)
    assert is_credits("Your names", "NAME OF TRANSLATORS")
    assert not is_credits("Translator credits shown in the About box", None)


# --------------------------------------------------------------------------------------------
# Code and version numbers copied as they stand


def verbatim(text: str, figure_text_: str, other: str, *, latin_script: bool = False) -> bool:
    start = text.index(figure_text_)
    return copied_verbatim(start, start + len(figure_text_), text, other, latin_script=latin_script)


@pytest.mark.parametrize(
    ("text", "figure", "other"),
    [
        ("Экспорт в SVG 1.1", "1.1", "Export as SVG 1.1"),
        ("Нужна версия 5.5 и выше", "5.5", "Requires version 5.5 or later"),
        ("пауза 0.5*WAIT секунд", "0.5", "wait 0.5*WAIT seconds"),
        ("если (x < 0.5)", "0.5", "if (x < 0.5)"),
        ("يتطلب TLS 1.3", "1.3", "Requires TLS 1.3"),
        ("Шкала: kB 1000, MB 1,000,000", "1,000,000", "Scale: kB 1000, MB 1,000,000"),
    ],
)
def test_code_and_versions_copied_as_they_stand(text: str, figure: str, other: str) -> None:
    assert verbatim(text, figure, other)


@pytest.mark.parametrize(
    ("text", "figure", "other"),
    [
        # prose: the convention of the language applies
        ("Пришли 1,312 человек", "1,312", "1,312 people came"),
        ("Рост составил 3.5%", "3.5", "Growth was 3.5%"),
        # a Latin word beside the figure here, but not beside it in the source
        ("Figures: 1,312 и 2 080 443", "1,312", "Figures: 2,080,443 and 1,312"),
        # not copied at all
        ("Экспорт в SVG 1.2", "1.2", "Export as SVG 1.1"),
    ],
)
def test_prose_is_not_code(text: str, figure: str, other: str) -> None:
    assert not verbatim(text, figure, other)


def test_an_english_word_beside_a_figure_of_english_text_does_not_make_it_code() -> None:
    assert not verbatim("Multiply by 0,5 now", "0,5", "Умножить на 0,5 now", latin_script=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Объёмный 3D-эффект", "ru"), ("تأثير 3D ثلاثي الأبعاد", "ar"), ("2D transform", "en")],
)
def test_2d_and_3d_name_a_kind_of_space(text: str, language: str) -> None:
    assert amounts(text, language) == []


def test_3_dimensions_written_out_is_still_a_figure() -> None:
    assert amounts("3 измерения", "ru") == ["NumberValue(amount=Decimal('3'))"]


# --------------------------------------------------------------------------------------------
# Texts with nothing to blank, found for a whole batch at once


def test_texts_to_blank_names_the_texts_that_hold_a_non_figure() -> None:
    texts = [
        "The road is 12 km long",
        "Copied %d files",
        "Pair (1,2) of points",
        "Server 10.0.0.1 answers",
        "Card 00:1a:2b:3c:4d:5e",
        "Render in 3D at 256x256",
        "Point X_1 moved",
        "Nothing here",
        "Host fe80::1 is up",
        "Call +7 495 123 45 67",
        "Up 5% on 2019, 7 % more",
        "Phone (495) 123-45-67",
    ]
    assert texts_to_blank(texts) == [1, 2, 3, 4, 5, 6, 8, 9, 11]


# Characters the blanking patterns care about, with digits and plain letters between them.
_BLANKING_ALPHABET = "0123456789 .,:-+_~%{}$<>&#;'*()[]xDdsnLIaAfF/\u0661\u00a0=\x00"
_ENTRY_FLAGS = st.sets(st.sampled_from(sorted(FLAG_SYNTAXES))).map(frozenset)


@settings(max_examples=400, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=_BLANKING_ALPHABET, max_size=24), min_size=1, max_size=6),
    flags=_ENTRY_FLAGS,
    msgid=st.text(alphabet=_BLANKING_ALPHABET, max_size=24),
)
def test_a_text_left_out_of_texts_to_blank_is_read_as_it_stands(
    texts: list[str], flags: frozenset[str], msgid: str
) -> None:
    to_blank = set(texts_to_blank(texts))
    for position, text in enumerate(texts):
        if position not in to_blank:
            assert entry_figure_text(text, flags, msgid) == text
            assert figure_text(text, frozenset({PRINTF, POSITIONAL, BRACE})) == text
