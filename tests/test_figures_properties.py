"""Properties: whatever Babel (CLDR) writes for en, ru and ar extracts back to the same value."""

from __future__ import annotations

import datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from hypothesis import given
from hypothesis import strategies as st

from l10n.figures import DateValue, NumberValue, PercentValue, extract_figures

# (locale, numbering system); Babel writes Latin digits even for "arab", so the Arabic-Indic
# digits (and the Arabic percent sign) are put in by `in_numbering_system`.
NUMBER_FORMATS = [
    ("en", "latn"),
    ("ru", "latn"),
    ("ar", "latn"),
    ("ar_SY", "latn"),
    ("ar_EG", "latn"),
    ("ar", "arab"),
    ("ar_SY", "arab"),
]
ARABIC_INDIC = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")

locales = st.sampled_from(NUMBER_FORMATS)
amounts = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3, allow_nan=False
)


def in_numbering_system(text: str, numbering_system: str) -> str:
    return text.translate(ARABIC_INDIC) if numbering_system == "arab" else text


def language_of(locale: str) -> str:
    return locale.split("_")[0]


@given(st.integers(min_value=-(10**15), max_value=10**15), locales)
def test_integers_extract_back(amount: int, locale_format: tuple[str, str]) -> None:
    locale, system = locale_format
    text = in_numbering_system(
        format_decimal(amount, locale=locale, numbering_system=system), system
    )
    [figure] = extract_figures(f"— {text} —", language_of(locale))
    assert figure.value == NumberValue(Decimal(amount))
    assert figure.misformatted is None


@given(amounts, locales)
def test_decimals_extract_back(amount: Decimal, locale_format: tuple[str, str]) -> None:
    locale, system = locale_format
    text = in_numbering_system(
        format_decimal(amount, locale=locale, numbering_system=system), system
    )
    [figure] = extract_figures(f"({text})", language_of(locale))
    assert figure.value == NumberValue(amount)


@given(st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False), locales)
def test_percentages_extract_back(amount: Decimal, locale_format: tuple[str, str]) -> None:
    locale, system = locale_format
    formatted = format_percent(
        amount / 100, locale=locale, numbering_system=system, decimal_quantization=False
    )
    text = in_numbering_system(formatted, system)
    [figure] = extract_figures(
        f"نحو {text} فقط" if locale.startswith("ar") else text, language_of(locale)
    )
    assert figure.value == PercentValue(amount)


DATE_LOCALES = ["en", "ru", "ar", "ar_SY", "ar_EG", "ar_IQ"]


@given(
    st.dates(min_value=datetime.date(1970, 1, 1), max_value=datetime.date(2069, 12, 31)),
    st.sampled_from(DATE_LOCALES),
    st.sampled_from(["full", "long", "medium", "short"]),
    st.sampled_from(["latn", "arab"]),
)
def test_dates_extract_back_as_one_figure(
    day: datetime.date, locale: str, date_format: str, system: str
) -> None:
    text = format_date(day, format=date_format, locale=locale)
    if locale.startswith("ar"):
        text = in_numbering_system(text, system)
    [figure] = extract_figures(text, language_of(locale))
    assert figure.value == DateValue(day.year, day.month, day.day)
    assert figure.kind == "date"


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(NUMBER_FORMATS))
def test_equal_values_compare_equal_across_languages(
    amount: int, arabic_format: tuple[str, str]
) -> None:
    locale, system = arabic_format
    english = extract_figures(format_decimal(amount, locale="en"), "en")
    russian = extract_figures(format_decimal(amount, locale="ru"), "ru")
    other = extract_figures(
        in_numbering_system(format_decimal(amount, locale=locale, numbering_system=system), system),
        language_of(locale),
    )
    assert [figure.value for figure in english] == [figure.value for figure in russian]
    assert [figure.value for figure in russian] == [figure.value for figure in other]
    assert hash(english[0].value) == hash(other[0].value)


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(NUMBER_FORMATS),
)
def test_a_changed_figure_never_compares_equal(
    amount: int, change: int, target_format: tuple[str, str]
) -> None:
    locale, system = target_format
    source = extract_figures(format_decimal(amount, locale="en"), "en")
    changed = in_numbering_system(
        format_decimal(amount + change, locale=locale, numbering_system=system), system
    )
    target = extract_figures(changed, language_of(locale))
    assert [figure.value for figure in source] != [figure.value for figure in target]


@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
    st.sampled_from(["ru", "ar", "ar_SY"]),
)
def test_the_same_date_compares_equal_across_languages(day: datetime.date, locale: str) -> None:
    english = extract_figures(format_date(day, format="long", locale="en"), "en")
    other = extract_figures(format_date(day, format="long", locale=locale), language_of(locale))
    assert [figure.value for figure in english] == [figure.value for figure in other]
