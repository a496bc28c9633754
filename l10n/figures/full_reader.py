"""Figures in a sentence, read by value in the conventions of its language.

`extract_figures(text, lang)` finds every number, percentage, date and time of day in `text`
and reads its value, so that "66 тыс." == "66,000" == "٦٦ ألف" and "March 4, 2018" differs from
"4 апреля 2018 г.". `describe(value, lang)` writes a value back for messages. The locale facts
(digits, separators, scale and percent words, month names) are data in
`l10n.figures.locale_facts`.
Digits may be Latin, Arabic-Indic or Extended Arabic-Indic; the marks U+200E, U+200F and U+061C
inside a figure are skipped.

Decisions, where the text alone is ambiguous:

- A bare year is a number in every language ("in 2019" == "в 2019 году" == "2019 г." ==
  "عام ٢٠١٩" == NumberValue(2019)); a year with a month or a day is part of a DateValue. A date
  is ONE figure with the day, month and year that are written ("в марте" is DateValue(month=3)).
  English "May" stands alone as a month only after "in", "since", "by"...; abbreviations only
  beside a day or a year; Russian month names only in lower case ("Марта" is Martha).
- Decades are not figures ("the 1990s", "в 1990-х", "سبعينيات القرن العشرين"): Arabic
  usually spells them out, so comparing them would only cry wolf.
- Ranges: "5–7", "2018-2019 гг." are two numbers, 5 and 7; the dash is never a minus sign.
  A hyphen-minus is a sign only when the figure does not follow a letter, digit or a number
  just before it ("5 -7" is a range too); U+2212 and "+" are signs wherever they stand.
  "1998–99" abbreviates 1998 and 1999.
- Ordinals count as their number: "4th" == "4-я" == "4-го" == 4. Centuries too, however they
  are written: "19th century" == "nineteenth century" == "XIX век" == "девятнадцатого века" ==
  "القرن التاسع عشر" == 19.
- Identifiers are not figures: digits glued to a Latin or Cyrillic letter ("A4", "MH17"), or
  joined by a dash to a word with a capital letter or an Arabic word ("COVID-19", "Су-24",
  "كوفيد-19"), or glued to an Arabic word ("إنترنت2"). A lower-case word before a dash
  ("mid-2019") leaves the figure alone, and so do the one-letter Arabic prefixes "و" and "ب"
  and a word ending in a tatweel ("الـ15"). "resolution 2401" is 2401, "No. 5" is 5.
- Format placeholders (%d, %(count)s, {count}, {0}) are skipped.
- Separators. "٬" always groups and "٫" always marks decimals. Spaces group only in threes
  ("2 080 443"). For "," and ".", the language decides, and a figure written in another
  language's convention is still read, with a `misformatted` note saying what it reads as:
  * en and ar: "1,312" is 1312 and "3.5" is 3.5; "2,5" (a comma not followed by a group of
    three) reads as 2.5, noted as a decimal comma; "2.080.443" reads as 2080443, noted. A text
    that writes a decimal comma elsewhere ("56,2٪") groups with dots: its "711.988" is 711988.
  * ru: "3,5" is 3.5; "1,312" reads as 1.312 (decimal comma) and is noted, since an English
    writer meant 1312; "2,080,443" reads as 2080443, noted; "3.5" reads as 3.5 and "1.312" as
    1312 (a German-style group), both noted.
  * ar: "121،154" (Arabic comma before three digits) reads as 121154, noted.
  Digit runs that fit no convention ("1.2.3", "12,34") are version numbers, not figures.
- Percent: "%", "٪" (before or after the digits in Arabic), "per cent", "процентов",
  "في المائة"; percentage points count as percents. Scale words multiply: "4,2 млрд" ==
  "4.2 billion"; without digits ("thousands", "тысячи", "آلاف") they are not figures. "£30m"
  and "$5k" are millions and thousands only right after a currency sign ("30m" is metres).
- Times: "10:00", "10:00 p.m.", "3 p.m." are TimeValues; "3:2" (a score) is two numbers.
- Numeric dates: "29.01.2020" and "29/1/2020" are day first; English slash dates are month
  first ("1/29/20") unless the first part cannot be a month; "2020-01-29" is ISO.
- Spelled-out numbers ("twenty-five", "двести пятьдесят", "خمسة وعشرون", the Arabic duals
  "ألفين", "مليونين") are no figures of the first pass: on professional translations they
  raise more false alarms than they settle (bench/xquad_figures.md). The second stage reads
  them (`l10n.figures.words`), in the light of the other side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal, InvalidOperation, getcontext
from functools import cache

from babel.numbers import format_decimal

from l10n.figures import locale_facts as data
from l10n.figures.scanner import (
    DIGIT_START_CHARS,
    NON_ASCII_DIGIT,
    NON_ASCII_DIGITS,
    alternation,
    century_ordinal_phrase,
    century_word_list,
    currency_scale,
    is_decade,
    is_identifier,
    is_sign,
    language_code,
    mentions_century,
    month_number_of,
    ordinal_phrase,
    plain_numbers,
    read_clock,
    scale_factor,
    scanner_pattern,
)
from l10n.figures.values import (
    KIND_DATE,
    KIND_NUMBER,
    KIND_PERCENT,
    KIND_TIME,
    DateValue,
    Figure,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    describe,
    exceeds_decimal_precision,
)
from l10n.languages import get_language


def _figure(
    raw: str, kind: str, value: FigureValue, start: int, end: int, misformatted: str | None
) -> Figure:
    """`Figure(raw, kind, value, start, end, misformatted)` at half the cost, for the scanner.

    A frozen dataclass's __init__ sets each field through `object.__setattr__`; filling the new
    instance's __dict__ in one call makes the same object (equal, hashed and printed alike).
    Extraction makes one per figure, hundreds of thousands for a large catalog.
    """
    figure = object.__new__(Figure)
    figure.__dict__.update(
        raw=raw, kind=kind, value=value, start=start, end=end, misformatted=misformatted
    )
    return figure


def extract_figures(text: str, lang: str) -> list[Figure]:
    """Every figure of `text`, written in language `lang` ("en", "ru", "ar" or a locale).

    Numbers written in words ("twenty-five", "двести", "خمسة وعشرون") are no figures here:
    `l10n.figures.words.spelled_figures` reads them, for the second stage.
    """
    language = language_code(lang)
    if _ANY_DIGIT.search(text) or _words_hint(language).search(text):
        return _scanned_figures(text, language)
    return []


def _scanned_figures(text: str, language: str) -> list[Figure]:
    text_with_ascii_digits = text
    if NON_ASCII_DIGIT.search(text):
        # str.translate looks every character up in its table and pays for a KeyError on each
        # one it does not map: ten times the cost of a replace per digit the text holds.
        for digit, ascii_digit in NON_ASCII_DIGITS:
            if digit in text_with_ascii_digits:
                text_with_ascii_digits = text_with_ascii_digits.replace(digit, ascii_digit)
    matches = _scan(text_with_ascii_digits, language)
    # A text that writes "56,2" uses the decimal comma throughout: its "711.988" is grouped.
    decimal_comma = "," in text and any(
        match.lastgroup == "number" and _DECIMAL_COMMA.fullmatch(match["digits"])
        for match in matches
    )
    figures: list[Figure] = []
    for match in matches:
        for figure in _figures_of(match, text, language, decimal_comma):
            if len(figure.raw) == 2 and figures:
                figure = _expand_abbreviated_year(figure, figures[-1], text)
            figures.append(figure)
    return figures


def _scan(text: str, language: str) -> list[re.Match[str]]:
    """The matches of the scanner, as `finditer` finds them, tried only where one can start.

    `finditer` runs the whole scanner at every position of the text; a search for the first
    characters of a figure (a digit, a sign, a month name) skips to the few places worth trying,
    and the scanner is matched there. A century word brings in figures that start elsewhere
    (Roman numerals, ordinal words): such rare texts are scanned as a whole.
    """
    scanner = scanner_pattern(language)
    if mentions_century(text, language):
        return list(scanner.finditer(text))
    find_start = _figure_starts(language).search
    match_at = scanner.match
    matches: list[re.Match[str]] = []
    position = 0
    while (start := find_start(text, position)) is not None:
        at = start.start()
        match = match_at(text, at)
        if match is None:
            position = at + 1
        else:
            matches.append(match)
            position = match.end()
    return matches


@cache
def _figure_starts(language: str) -> re.Pattern[str]:
    """Where a figure without a century word can start: a character that opens a number, a
    percent sign or a placeholder, or a month name.

    Written as one alternation of literal first characters, so that the engine skips ahead
    to them with a character set instead of trying every position.
    """
    return re.compile(alternation([*DIGIT_START_CHARS, *data.FACTS[language].month_names]))


@cache
def _words_hint(language: str) -> re.Pattern[str]:
    """A quick test for the words that make a figure without digits: months, centuries.

    Most sentences hold no figure; this plain alternation (no look-around, so the engine
    skips ahead on its first characters) spares them the full scan.
    """
    return re.compile(
        alternation([*data.FACTS[language].month_names, *century_word_list(language)])
    )


def _expand_abbreviated_year(figure: Figure, previous: Figure, text: str) -> Figure:
    """The "99" of "1998–99" is the year 1999; other figures are returned as they are."""
    if (
        len(figure.raw) != 2
        or not isinstance(figure.value, NumberValue)
        or not isinstance(previous.value, NumberValue)
        or not figure.raw.isdigit()
        or len(text[previous.end : figure.start].strip()) != 1
        or text[previous.end : figure.start].strip() not in data.RANGE_DASHES
    ):
        return figure
    first = previous.value.amount
    if not (first == first.to_integral_value() and 1000 <= first <= 2999):
        return figure
    century = int(first) // 100 * 100
    year = century + int(figure.raw)
    if year <= first:
        return figure
    return replace(figure, value=NumberValue(Decimal(year)))


_ANY_DIGIT = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")
_DECIMAL_COMMA = re.compile(r"[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})")


# ---------------------------------------------------------------------------------------------
# Reading a match.


def _figures_of(
    match: re.Match[str], text: str, language: str, decimal_comma: bool
) -> tuple[Figure, ...]:
    kind = match.lastgroup
    figure: Figure | None
    if kind == "number":
        figure = _number_figure(match, text, language, decimal_comma)
    elif kind == "day_month":
        day, month, year = match.group("dm_d", "dm_m", "dm_y")
        figure = _date_figure(match, text, year, month_number_of(month, language), day)
    elif kind == "month_day":
        month, day, year = match.group("md_m", "md_d", "md_y")
        figure = _date_figure(match, text, year, month_number_of(month, language), day)
    elif kind == "month_year":
        month, year = match.group("my_m", "my_y")
        figure = _date_figure(match, text, year, month_number_of(month, language), None)
    elif kind == "month":
        figure = _date_figure(match, text, None, month_number_of(match["mo_m"], language), None)
    elif kind == "time":
        hour, minute, marker = match.group("t_h", "t_m", "t_marker")
        figure = _time_figure(match, text, hour, minute, marker, language)
    elif kind == "clock_hour":
        hour, marker = match.group("ch_h", "ch_marker")
        figure = _time_figure(match, text, hour, "0", marker, language)
    elif kind == "iso":
        year, month, day = match.group("iso_y", "iso_m", "iso_d")
        figure = _date_figure(match, text, year, month, day)
    elif kind == "numeric_date":
        figure = _numeric_date(match, text, language)
    elif kind == "roman":
        figure = _roman_figure(match, text)
    elif kind == "ordinal_then_century":
        return tuple(_ordinal_then_century_figures(match, text, language))
    elif kind == "century_then_ordinal":
        return tuple(_century_then_ordinal_figures(match, text, language))
    else:
        figure = None
    return () if figure is None else (figure,)


def _roman_figure(match: re.Match[str], text: str) -> Figure:
    numerals = [data.ROMAN_NUMERALS[char] for char in match["roman"]]
    value = sum(
        -numeral if numeral < following else numeral
        for numeral, following in zip(numerals, [*numerals[1:], 0], strict=True)
    )
    start, end = match.span()
    return Figure(text[start:end], KIND_NUMBER, NumberValue(Decimal(value)), start, end)


def _century_then_ordinal_figures(
    match: re.Match[str], text: str, language: str
) -> Iterator[Figure]:
    spelled = data.FACTS[language].century_then_ordinal
    assert spelled is not None  # the scanner matched its branch
    previous_word = _previous_word(text, match.start())
    if previous_word.endswith(spelled.decade_suffixes):
        return
    for phrase in re.finditer(century_ordinal_phrase(language), match.group()):
        words = phrase.group().split()
        value = spelled.ordinals[words[0]]
        if len(words) > 1:
            value += 10 if words[1] == spelled.teen else 20
        start, end = match.start() + phrase.start(), match.start() + phrase.end()
        yield Figure(text[start:end], KIND_NUMBER, NumberValue(Decimal(value)), start, end)


def _ordinal_then_century_figures(
    match: re.Match[str], text: str, language: str
) -> Iterator[Figure]:
    spelled = data.FACTS[language].ordinal_then_century
    assert spelled is not None  # the scanner matched its branch
    for phrase in re.finditer(ordinal_phrase(language), match.group()):
        words = " ".join(phrase.group().lower().split())
        unit = words.removeprefix(spelled.twenty)
        value = spelled.ordinals[unit] + (20 if unit != words else 0)
        start, end = match.start() + phrase.start(), match.start() + phrase.end()
        yield Figure(text[start:end], KIND_NUMBER, NumberValue(Decimal(value)), start, end)


def _date_figure(
    match: re.Match[str],
    text: str,
    year: str | None,
    month: int | str | None,
    day: str | None,
) -> Figure | None:
    month_number = int(month) if month is not None else None
    day_number = int(day) if day else None
    if month_number is not None and not 1 <= month_number <= 12:
        return None
    if day_number is not None and not 1 <= day_number <= 31:
        return None
    value = DateValue(int(year) if year else None, month_number, day_number)
    start, end = match.span()
    raw = text[start:end].rstrip()
    return _figure(raw, KIND_DATE, value, start, start + len(raw), None)


def _numeric_date(match: re.Match[str], text: str, language: str) -> Figure | None:
    first_text, second_text, year, separator = match.group("nd_a", "nd_b", "nd_y", "nd_sep")
    first, second = int(first_text), int(second_text)
    month_first = separator == "/" and data.FACTS[language].month_first_slash_dates
    if (month_first and first > 12) or (not month_first and second > 12):
        month_first = not month_first
    month, day = (first, second) if month_first else (second, first)
    if len(year) == 2:
        # Two-digit years are recent: "1/29/20" is 2020, "1/29/98" is 1998.
        year = str(2000 + int(year) if int(year) < 70 else 1900 + int(year))
    return _date_figure(match, text, year, month, str(day))


def _time_figure(
    match: re.Match[str],
    text: str,
    hour_text: str,
    minute_text: str,
    marker: str | None,
    language: str,
) -> Figure | None:
    clock = read_clock(hour_text, minute_text, marker, language)
    if clock is None:
        return None
    start, end = match.span()
    return _figure(text[start:end], KIND_TIME, TimeValue(*clock), start, end, None)


def _number_figure(
    match: re.Match[str], text: str, language: str, decimal_comma: bool
) -> Figure | None:
    sign, digits, fraction, percent, scale = match.group(*_NUMBER_GROUPS)
    start = match.start("digits")
    end = match.end()
    if sign:
        sign_start = match.start("sign")
        if is_sign(text, sign_start):
            start = sign_start
        else:
            sign = None
    if data.FACTS[language].percent_sign_may_lead and match["leading_percent"]:
        percent = percent or match["leading_percent"]
        start = match.start()
    # The tests below are costly and rarely true: a cheap look at one character spares most
    # numbers the call (a space before, a last digit other than 0, no currency sign).
    if start and text[start - 1] not in " (" and is_identifier(text, start):
        return None
    plain = not (percent or scale or fraction)
    if plain and digits[-1] == "0" and is_decade(digits, text, end, language):
        return None
    reading = _read_number(digits, language, decimal_comma)
    if reading is None:
        return None
    amount, note = reading
    if note and _follows_reference_word(text, start, language):
        note = None  # "рис. 3.20", "п. 2.1": a reference, whose dot is no decimal convention
    if fraction:
        amount = _canonical(amount + data.VULGAR_FRACTIONS[fraction])
    if scale:
        amount = _canonical(amount * scale_factor(scale, language))
    elif (
        plain
        and start
        and text[start - 1] in data.CURRENCY_SIGNS
        and (money_scale := currency_scale(text, start, end, language))
    ):
        amount = _canonical(amount * money_scale)
        end += 1
    if sign and sign != data.PLUS_SIGN:
        amount = -amount
    if percent:
        return _figure(text[start:end], KIND_PERCENT, PercentValue(amount), start, end, note)
    return _figure(text[start:end], KIND_NUMBER, NumberValue(amount), start, end, note)


_NUMBER_GROUPS = ("sign", "digits", "fraction", "percent", "scale")


def _follows_reference_word(text: str, start: int, language: str) -> bool:
    previous_word = _previous_word(text, start)
    return previous_word.lower() in data.FACTS[language].reference_words


def _previous_word(text: str, index: int) -> str:
    """The word before `index`, looked for in a short window so that long texts stay linear."""
    return text[max(0, index - 40) : index].rstrip().rpartition(" ")[2]


def _canonical(amount: Decimal) -> Decimal:
    """One spelling per value: 66000 for 66.0 thousand, 2.5 for 2.50."""
    # Respelling rounds to the context's precision (28 digits): a longer figure (a hostile
    # text, "123,123,…" for pages) keeps its spelling, and equal values still compare equal.
    if exceeds_decimal_precision(amount):
        return amount
    normalized = amount.normalize()
    _sign, digits, exponent = normalized.as_tuple()
    if isinstance(exponent, int) and exponent > 0 and len(digits) + exponent <= getcontext().prec:
        return normalized.quantize(Decimal(1))
    return normalized


# Separators reduced to one code each ("_" Arabic group, "d" Arabic decimal, "c" Arabic comma,
# " " any group space); the invisible marks dropped.
_SEPARATOR_CODES = str.maketrans(
    {
        **dict.fromkeys(data.INVISIBLE_MARKS),
        **dict.fromkeys(data.GROUP_SPACES, " "),
        data.ARABIC_GROUP: "_",
        data.ARABIC_DECIMAL: "d",
        data.ARABIC_COMMA: "c",
    }
)
_SEPARATOR = re.compile("([ ,._dc])")


def _read_number(
    token: str, language: str, text_uses_decimal_comma: bool
) -> tuple[Decimal, str | None] | None:
    """The value of a digit run with its separators, and a note if the facts is foreign."""
    if token.isdigit():
        return Decimal(token), None
    plain = plain_numbers(language).fullmatch(token)
    if plain is not None:
        integer, mark, whole, fraction = plain.group("integer", "mark", "whole", "fraction")
        if integer:
            return Decimal(integer.replace(mark, "")), None
        return _canonical(Decimal(f"{whole}.{fraction}")), None
    parts = _SEPARATOR.split(token.translate(_SEPARATOR_CODES))
    groups, separators = parts[0::2], parts[1::2]
    if not separators:
        return _decimal(token, ""), None
    facts = data.FACTS[language]
    decimal_mark = _decimal_mark(groups, separators, facts, text_uses_decimal_comma)
    if decimal_mark:
        *integer_groups, fraction = groups
        group_marks = separators[:-1]
    else:
        integer_groups, fraction, group_marks = groups, "", separators
    if len(set(group_marks)) > 1 or not _grouped_in_threes(integer_groups):
        return None  # "1.2.3", "12,34,567": a version or a reference, not a quantity
    amount = _decimal("".join(integer_groups), fraction)
    if fraction:
        amount = _canonical(amount)  # "3.50" is 3.5
    group_mark = group_marks[0] if group_marks else None
    return amount, _note(amount, group_mark, decimal_mark, groups, facts)


def _decimal_mark(
    groups: list[str],
    separators: list[str],
    facts: data.LanguageFacts,
    text_uses_decimal_comma: bool,
) -> str:
    """The separator that marks decimals, or "" when every separator groups thousands."""
    last = separators[-1]
    if last == "d":
        return last
    if last in "_ c":
        return ""
    if len(set(separators)) > 1:
        return last  # "2,080.5", "2.080,5", "2 080,5": the last mark is the decimal one
    if len(separators) > 1:
        return ""  # "2,080,443": a mark that repeats groups
    if not _could_be_grouped(groups):
        return last  # "2,5", "3.14", "1234,567", "0,039": no group of three, so a decimal mark
    if last == facts.group_mark:
        return ""  # "1,312" in English
    if last == "." and (facts.decimal_mark == "," or text_uses_decimal_comma):
        # "1.312" in Russian, or beside "56,2" in a text that writes decimals with a comma:
        # the dot groups thousands, German style.
        return ""
    return last


_SEPARATOR_NAMES = {"c": data.ARABIC_COMMA, "_": data.ARABIC_GROUP, "d": data.ARABIC_DECIMAL}


def _note(
    amount: Decimal,
    group_mark: str | None,
    decimal_mark: str,
    groups: list[str],
    facts: data.LanguageFacts,
) -> str | None:
    if group_mark in (",", ".", "c") and group_mark != facts.group_mark:
        mark = _SEPARATOR_NAMES.get(group_mark, group_mark)
        problem = f"{facts.name} does not group thousands with {mark!r}"
    elif decimal_mark in (",", ".") and decimal_mark != facts.decimal_mark:
        problem = f"{facts.name} marks decimals with {facts.decimal_mark!r}"
    elif decimal_mark == facts.decimal_mark == "," and _could_be_grouped(groups):
        meant = Decimal(groups[0] + groups[1])
        return (
            f"reads as {describe(NumberValue(amount))} in {facts.name} (decimal comma);"
            f" if {describe(NumberValue(meant))} is meant,"
            f" write {_cldr_number(meant, facts.code)}"
        )
    else:
        return None
    amount = _canonical(amount)
    return (
        f"reads as {describe(NumberValue(amount))}: {problem};"
        f" write {_cldr_number(amount, facts.code)}"
    )


def in_its_own_decimals(figure: Figure, language: str) -> bool:
    """Whether `figure` marks its decimals as `language` does ("1,618" in Russian): advice on
    it only says that another convention might misread it ("if 1618 is meant, ..."), which a
    source stating the same value settles."""
    facts = data.FACTS[language_code(language)]
    mark = facts.decimal_mark
    return mark in figure.raw and figure.raw.count(mark) == 1 and facts.group_mark not in figure.raw


def _cldr_number(amount: Decimal, language: str) -> str:
    if exceeds_decimal_precision(amount):
        return str(amount)
    locale = get_language(language).default_locale
    try:
        return format_decimal(amount, locale=locale, decimal_quantization=False)
    except InvalidOperation:  # 25 digits or more: Babel's rounding needs more than 28
        return str(amount)


def _could_be_grouped(groups: list[str]) -> bool:
    """Whether "1,312" could be a thousands group: one to three digits, not a bare 0, then three."""
    leading, *rest = groups
    return len(rest) == 1 and len(rest[0]) == 3 and 1 <= len(leading) <= 3 and leading != "0"


def _grouped_in_threes(groups: list[str]) -> bool:
    return len(groups) == 1 or (
        1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])
    )


def _decimal(integer: str, fraction: str) -> Decimal:
    return Decimal(f"{integer}.{fraction}" if fraction else integer)
