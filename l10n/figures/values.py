"""The values figures are compared by, the `Figure` found in a text, and `describe`.

`describe(value, lang)` writes a value back for messages as a reader of `lang` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation, getcontext
from functools import cache

from babel import Locale

from l10n.figures.cldr_facts import WIDE_MONTH_NAMES
from l10n.languages import get_language, parse_locale

KIND_NUMBER = "number"
KIND_PERCENT = "percent"
KIND_DATE = "date"
KIND_TIME = "time"


@dataclass(frozen=True)
class NumberValue:
    amount: Decimal


@dataclass(frozen=True)
class PercentValue:
    amount: Decimal


@dataclass(frozen=True)
class DateValue:
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class TimeValue:
    hour: int
    minute: int


FigureValue = NumberValue | PercentValue | DateValue | TimeValue


@dataclass(frozen=True)
class Figure:
    raw: str  # exactly as written in the text
    kind: str  # "number" | "percent" | "date" | "time"
    value: FigureValue
    start: int
    end: int
    misformatted: str | None = None  # how a figure in another language's convention reads


def describe(value: FigureValue, lang: str = "en") -> str:
    """`value` as a reader of `lang` writes it: "2,080,443", "96%", "29 January 2020"."""
    if isinstance(value, NumberValue | PercentValue) and exceeds_decimal_precision(value.amount):
        return str(value.amount) + ("%" if isinstance(value, PercentValue) else "")
    if isinstance(value, NumberValue) and (
        value.amount == value.amount.to_integral_value() and abs(value.amount) < 10000
    ):
        return str(int(value.amount))  # years read better ungrouped: 2019, not 2,019
    if isinstance(value, TimeValue):
        return f"{value.hour:02d}:{value.minute:02d}"
    if lang == "en":
        return _describe_in_english(value)
    return _describe_with_babel(value, lang)


def _describe_in_english(value: NumberValue | PercentValue | DateValue) -> str:
    """What `_describe_with_babel` writes for "en" (a test holds the two equal), without
    Babel: the check's messages are all in English, and Babel's number and date modules and
    its locale data take about 30 ms to load, a fiftieth of a 100,000-entry check."""
    if isinstance(value, NumberValue):
        return _english_number(value.amount)
    if isinstance(value, PercentValue):
        return _english_number(value.amount) + "%"
    month = _ENGLISH_MONTHS[value.month] if value.month is not None else None
    if month is None:
        return " ".join(str(part) for part in (value.day, value.year) if part is not None)
    if value.day is not None:
        try:
            date(value.year or 2000, month=value.month or 1, day=value.day)
        except ValueError:  # "31 April" was written: say it as written
            written = (value.day, month, value.year)
            return " ".join(str(part) for part in written if part is not None)
        return f"{month} {value.day}" + (f", {value.year}" if value.year is not None else "")
    return month if value.year is None else f"{month} {value.year}"


_ENGLISH_MONTHS = {number: name for name, number in WIDE_MONTH_NAMES["en"].items()}


def _english_number(amount: Decimal) -> str:
    """`amount` grouped in threes with commas, every decimal it holds but no trailing zero
    ("1,234,567.5" for 1234567.50), as CLDR's English pattern "#,##0.###" without rounding."""
    written = format(amount, "f")
    sign = "-" if written.startswith("-") else ""
    whole, _, decimals = written.lstrip("-").partition(".")
    decimals = decimals.rstrip("0")
    return f"{sign}{int(whole):,}" + (f".{decimals}" if decimals else "")


def _describe_with_babel(value: NumberValue | PercentValue | DateValue, lang: str) -> str:
    """`describe` in the conventions of any locale, by Babel."""
    from babel.numbers import format_decimal, format_percent  # not for English: see above

    locale = _describe_locale(lang)
    if isinstance(value, NumberValue):
        try:
            return format_decimal(value.amount, locale=locale, decimal_quantization=False)
        except InvalidOperation:
            # Babel rounds to a few more places than the amount has, which the context's 28
            # digits cannot hold for an amount of 25 digits or more: written as it is.
            return str(value.amount)
    if isinstance(value, PercentValue):
        try:
            return format_percent(value.amount / 100, locale=locale, decimal_quantization=False)
        except InvalidOperation:
            return f"{value.amount}%"
    return _describe_date(value, locale)


@cache
def _describe_locale(lang: str) -> Locale:
    """The CLDR locale of `lang`: "ar_SY" as given, "ar" as its language's default locale."""
    has_region = "_" in lang or "-" in lang
    return parse_locale(lang if has_region else get_language(lang).default_locale)


def _describe_date(value: DateValue, locale: Locale) -> str:
    from babel.dates import format_skeleton, get_month_names  # only where a date is described

    skeleton = "".join(
        part
        for part, present in (("y", value.year), ("MMMM", value.month), ("d", value.day))
        if present is not None
    )
    if value.month is None:
        return " ".join(str(part) for part in (value.day, value.year) if part is not None)
    if skeleton == "MMMM":
        return str(get_month_names("wide", "stand-alone", locale)[value.month])
    # format_skeleton needs a whole date; the parts not written are not printed.
    try:
        sample = date(value.year or 2000, value.month, value.day or 1)
    except ValueError:  # "31 April" was written: say it as written
        month = get_month_names("wide", "format", locale)[value.month]
        return " ".join(str(part) for part in (value.day, month, value.year) if part is not None)
    return format_skeleton(skeleton, sample, locale=locale)


def exceeds_decimal_precision(amount: Decimal) -> bool:
    """Whether `amount` has more digits than decimal arithmetic keeps (28), written or made by
    a scale word ("10^27 тыс." is 10^30): Babel cannot format it and respelling would round
    it."""
    precision = getcontext().prec
    return len(amount.as_tuple().digits) > precision or amount.adjusted() >= precision
