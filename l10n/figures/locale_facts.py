"""Locale facts for figure extraction, as data: one `LanguageFacts` record per language (digits,
separators, percent and scale words, month names, time-of-day markers, decade and century
forms, spelled-out numbers, and the words the second reading looks for: times of day, percent
words, counts, compound words, units), and the facts that hold in every language (invisible
marks, the Arabic separators, signs and dashes).

To add a language, fill one `LanguageFacts` record and add it to `FACTS`: mypy lists every
field left out, and tests/test_figures_locale_facts.py every field left empty that a language
may not leave empty. The readers (`l10n.figures.scanner`, `full_reader`, `batch_reader`) and
the second reading (`explain`, `units`, `words`) hold no word of a language; what differs
between languages is a field here, except the grammar of numbers in words
(`words.NUMBER_FORMS`).

CLDR (through Babel) is the source wherever it has the fact: decimal and group symbols, percent
signs, compact-number scale words ("тыс.", "миллиардов", "آلاف"), month names in the format
and stand-alone contexts of every locale of a language. What is typed here is what CLDR lacks:
the spellings press text uses besides CLDR's (Russian prepositional months "в марте", "Sept.",
"bn", Arabic "في المائة"), and the space characters that stand for one another.

The `cldr_*` functions read CLDR's facts from Babel; importing this module does not call them
but reads what they gave, stored in `l10n.figures.cldr_facts`, since they load fourteen locales
(about 65 ms, more than the rest of `l10n check --help`). tests/test_figures_cldr_facts.py
checks the stored facts against the installed Babel, and writes them again when run as a script.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from l10n.figures import cldr_facts as cldr

# ---------------------------------------------------------------------------------------------
# Facts of every language: a figure written in another language's script or convention is
# still read.

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits read as ASCII digits.
# Every digit maps to one character, so offsets into the translated text are offsets into
# the original.
ASCII_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + value): str(value) for value in range(10)},
        **{chr(0x06F0 + value): str(value) for value in range(10)},
    }
)

# Directional marks that Arabic typesetting (and Babel's own output) puts inside figures:
# right-to-left mark, Arabic letter mark, left-to-right mark. They never break a figure.
INVISIBLE_MARKS = "\u200f\u061c\u200e"

# Spaces that group thousands ("2 080 443"): CLDR gives Russian U+00A0; typists also use a
# plain space, U+202F (narrow no-break) and U+2009 (thin).
GROUP_SPACES = " \u00a0\u202f\u2009"

# The Arabic separators are unambiguous in any language: U+066C groups, U+066B marks decimals.
ARABIC_GROUP = "\u066c"
ARABIC_DECIMAL = "\u066b"
# Some Arabic typists group thousands with the Arabic comma ("121،154"); read as a foreign group.
ARABIC_COMMA = "\u060c"

MINUS_SIGNS = "-\u2212"  # hyphen-minus and the true minus sign
PLUS_SIGN = "+"
# Dashes and hyphens that join an identifier's letters to its number ("COVID-19", "Су-24").
JOINING_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
# Dashes between the years of a range, where "1998–99" abbreviates "1998–1999".
RANGE_DASHES = "-\u2010\u2011\u2012\u2013\u2014"

VULGAR_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal(1) / 2,
    "¼": Decimal(1) / 4,
    "¾": Decimal(3) / 4,
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "⅛": Decimal(1) / 8,
}

# The percent signs of every locale of every language (CLDR's), and the Arabic percent sign.
PERCENT_SIGNS: frozenset[str] = cldr.PERCENT_SIGNS | {"%", "\u066a"}

# Arabic letters glued to a number, in any language's text: one-letter prefixes ("و2019",
# "ب15") and a word ending in a tatweel ("الـ15", "بـ15") govern the number; any other glued word
# names something ("إنترنت2").
ARABIC_NUMBER_PREFIXES = "وبلكف"
TATWEEL = "\u0640"

# The letters of Roman numerals, which number centuries before a century word ("XIX век").
ROMAN_NUMERALS: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# Press shorthand for money: "£30m", "$5k". Read only right after a currency sign.
CURRENCY_SIGNS = "$£€¥₽"
# The currencies news gives an amount again in, as words of the three languages (the beginnings
# of their forms): "($430 million)", "(530 млн долларов)", "(800 مليون دولار)".
CURRENCY_WORDS = r"(?i)(?<!\w)(?:dollar|euro|pound|долл|доллар|евро|фунт|دولار|يورو|جنيه)"


# ---------------------------------------------------------------------------------------------
# The record of one language.


@dataclass(frozen=True)
class SpelledNumbers:
    """The lexicon of numbers written in words, which `words.spelled_figures` reads a text with
    (the second stage's comparison of number words, and bench/xquad_figures.py); the forms of
    one value are generated by `l10n.figures.words` instead, and tests/test_figures_words.py
    keeps the two in step with each other and with num2words.

    numbers: the words whose values add up ("twenty-five", "двести пятьдесят", "خمسة وعشرون").
    multipliers: "hundred", "thousand", "тысяч", "آلاف"; a multiplier alone ("thousands",
        "тысячи") is not a figure.
    joiners: words between the words of one number ("one hundred and five").
    prefixes: letters glued to a number word that leave it a number ("وعشرون").
    ordinal_teen, ordinal_article: a number starting with `ordinal_teen` after a word starting
        with `ordinal_article` ends an ordinal ("التاسع عشر" is nineteenth), not the number ten;
        "" where the language has no such ordinals.
    ordinals: ordinal words with their values ("third", "четвертым", "الثالثة"), read as the
        last word of a number ("twenty-first", "двадцать первого").
    ones: the words for one, as often a pronoun or an article ("one of", "один из"): read
        as a number only before a word that is not one of `ones_not_before`.
    ones_not_before: the words before which a word for one is no number ("of", "из", "من").
    ones_not_after: the words after which a word for one is no number ("no one", "еще одно"),
        or before which in Arabic, where it follows its noun ("في آن واحد", at once).
    ordinals_not_after: the words after which an ordinal is no number ("a second" of time).
    ratio_before: the words before an ordinal that make it a ratio, a cardinal's number ("каждый
        пятый", every fifth, is "one in five"): compared with cardinals.
    case_endings: a regular expression of the endings a multiplier takes before a figure
        joined to it ("مليونا و800 ألف", one million and 800 thousand: accusative), or "".
    """

    numbers: Mapping[str, int]
    multipliers: Mapping[str, int]
    joiners: tuple[str, ...]
    prefixes: str
    ordinal_teen: str
    ordinal_article: str
    ordinals: Mapping[str, int]
    ones: tuple[str, ...]
    ones_not_before: tuple[str, ...]
    ones_not_after: tuple[str, ...]
    ordinals_not_after: tuple[str, ...]
    ratio_before: tuple[str, ...] = ()
    case_endings: str = ""


@dataclass(frozen=True)
class OrdinalThenCentury:
    """Centuries written as ordinal words before the word "century": "the nineteenth century",
    "девятнадцатого века", "the sixteenth and seventeenth centuries"."""

    ordinals: Mapping[str, int]
    twenty: str  # the word before a unit ordinal that adds twenty: "twenty-first"
    joiners: tuple[str, ...]  # between two ordinals
    century_words: tuple[str, ...]


@dataclass(frozen=True)
class CenturyThenOrdinal:
    """Centuries written as the word "century" before an ordinal word: "القرن التاسع عشر" (19th),
    "القرنين السادس عشر والسابع عشر" (16th and 17th), "القرن الحادي والعشرين" (21st).

    century_words: the words for "century" ("القرن", "القرنين", "للقرن").
    glued_prefixes: letters that may be glued to the century word ("والقرن", "بالقرن").
    ordinals: the ordinal words after it, with their values.
    teen: after an ordinal, adds ten ("التاسع عشر": nine and ten).
    twenty: after an ordinal, adds twenty ("الحادي والعشرين": one and twenty).
    joiner: glued to the second ordinal of two ("والسابع عشر").
    decade_suffixes: a word before the century word that ends in one of these names a decade of
        it ("سبعينيات القرن العشرين" is the 1970s), which is no figure, as "the 1970s" is not.
    """

    century_words: tuple[str, ...]
    glued_prefixes: str
    ordinals: Mapping[str, int]
    teen: str
    twenty: str
    joiner: str
    decade_suffixes: tuple[str, ...]


@dataclass(frozen=True)
class TimeWords:
    """Times of day as the second reading finds them ("7.55am", "2 часа дня", "الساعة 3 عصرًا").

    after: a regular expression matched right after a number: a word for the part of the day
        (group `part`), or in Russian an hour word alone (group `hours`).
    before: a regular expression ending right before a number that makes it an hour
        ("الساعة 3"), or "" where the language has none.
    late_parts: parts of the day that move an hour before noon into the afternoon ("pm",
        "вечера", "عصرا"), as `after` finds them (English also lower case, spaces removed).
    night_parts: parts of the day that are late only from 6 on ("11 ночи" is 23:00, "2 ночи"
        2:00).
    twelve_early_is_midnight: whether twelve with an early part is midnight ("12 a.m."); else
        it is noon.
    named: regular expressions of the words that name a time of day ("noon", "полночь",
        "منتصف الليل"), with the time (hour, minute): the other side may write it in figures.
    hours_in_words: a regular expression of an hour said in words ("التاسعة والنصف"), with
        groups `hour` (the number of the hour in words), `past` or `to` (a part of the hour
        after or before it, by `hour_parts`), or "" where the language says none such.
    hour_parts: the minutes of each part of an hour `hours_in_words` names ("نصف": 30).
    zones: regular expressions of the time zones the news names after a time, each with its
        offset from GMT in minutes, the fixed ones only ("GMT", "мск", "بتوقيت مكة"): a
        translator gives "05:42 GMT" as "8:42 мск".
    local_time: a regular expression of the words that say a time is the place's own
        ("local time", "по местному времени", "بالتوقيت المحلي"), a zone of no fixed offset.
    """

    after: str
    before: str
    late_parts: frozenset[str]
    night_parts: frozenset[str]
    twelve_early_is_midnight: bool
    named: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    hours_in_words: str = ""
    hour_parts: Mapping[str, int] = field(default_factory=dict)
    zones: Mapping[str, int] = field(default_factory=dict)
    local_time: str = ""


@dataclass(frozen=True)
class PercentWords:
    """Percentages the second reading finds in words ("27 процентами", "десяти процентов").

    after_figure: a regular expression matched right after a figure that makes it a percentage
        (every form: "процентами", "percentage points", "في المائة").
    after_words: a regular expression after a number in words, as `words.normalize` writes
        the text.
    fractions: fractions in words that state a percentage, as regular expressions ("half" for
        50%).
    points: a regular expression found in a percentage's own words that makes it percentage
        points ("3 процентных пункта"): a change of 3 points is no change of 3 percent.
    score_links: a regular expression between the two numbers of a score or a pair ("2&1",
        "3:1", "1 مقابل 2"), whose order matters.
    parts_of_point: by value, a regular expression of a part of a percentage point said in
        words ("a quarter point", "половину процентного пункта", "ربع نقطة مئوية"): a central
        bank's move, stated as "0.25 percentage points" on the other side.
    basis_points: a regular expression matched right after a figure that makes it basis points
        ("50 basis points", "50 б.п.", "50 نقطة أساس"): hundredths of a percentage point.
    loss_words: a regular expression of the words that say a side lost, before its score:
        English writes the winner's score first ("lost 2-0"), Russian the side's own
        ("проиграл 0:2"), so a score after them may stand either way round.
    """

    after_figure: str
    after_words: str
    fractions: Mapping[Decimal, tuple[str, ...]]
    points: str
    score_links: str
    parts_of_point: Mapping[Decimal, str] = field(default_factory=dict)
    basis_points: str = ""
    loss_words: str = ""


@dataclass(frozen=True)
class AndAHalf:
    """A number and a half, in figures or words ("3 с половиной часа", "مليون ونصف").

    after_figure: a regular expression matched right after a whole number, a noun perhaps
        between ("6 ساعات ونصف").
    in_words: the pattern of a number in words and a half, where "{number}" stands for the
        number's forms and "{scale}" for " " and its scale word, or nothing.
    one: where "one and a half" is one word ("полтора"), its pattern with "{scale}" (then it
        replaces `in_words` for one); else "".
    one_scale: further patterns for one and a half of a scale word, "{scale}" standing for
        the scale word alone ("a million and a half").
    """

    after_figure: str
    in_words: str
    one: str
    one_scale: tuple[str, ...]


@dataclass(frozen=True)
class NamedNumbers:
    """Words that name a number without stating it, in software and technical texts.

    bases: by base, a regular expression of the word that names a numeral system ("десятичный"
        for base 10, "الثنائي" for base 2, "hex" for base 16).
    base_before, base_after: regular expressions right before and right after a figure that
        make it a base ("base-10", "по основанию 2", "16-ричный").
    equal_parts: a regular expression of the words that say what a ratio of equal parts says
        ("1:1 copy" is "точная копия", "50/50" is "равное", "Original Size" is "1:1").
    period_units, frequencies: by unit of time ("year", "month", "week", "day", "hour",
        "minute"), a regular expression (of any case) of the unit's word after a number ("1
        год"), and of the word that says "every one of it" ("ежегодно", "شهري", "weekly"):
        "1 Year" is "ежегодно" in a schedule.
    twelve_hour: a regular expression of what, right after a 12, makes it the 12-hour clock
        ("12-hour", "12-часовой", "12 ساعة"), which another text names by its "AM/PM".
    """

    bases: Mapping[int, str]
    base_before: str
    base_after: str
    equal_parts: str
    period_units: Mapping[str, str]
    frequencies: Mapping[str, str]
    twelve_hour: str = ""


@dataclass(frozen=True)
class NumberWords:
    """Numbers in words as the second reading looks for them (`l10n.figures.words`).

    glued_prefix: a regular expression of letters glued before a number word ("والثلاثين").
    scale_stems: stems, as `words.normalize` writes them, of which every number from a
        thousand up names one in words: a text without any states no such number in words.
    scale_words: a regular expression of each scale word, by its value ("миллион\\w*").
    and_a_half: a number and a half.
    and_words: the words that may join two figures of falling scales ("1 млн и 300 тыс.").
    folded_letters: letters read as another ("ё" as "е", "أ" as "ا"), in texts and forms alike.
    ignored_marks: a regular expression of the marks left out of texts and forms (Arabic vowel
        marks and tatweel), or "".
    counts: words for a count that are not numerals ("dozen", "сутки", "двое", "twice"), as
        regular expressions, by value: a side that writes them states the number.
    unit_prefixes: a regular expression of the words a metric prefix makes, by the prefix's
        multiplier ("gigatons": "1.5 gigatons" is "1.5 مليار طن", 1.5 billion tonnes).
    one_unit: a regular expression of the singular of units of time and of data ("hour",
        "месяц", "شهر", "MiB"), which says one of it without a number ("1 month back" is "за
        последний месяц", "1 day" is "يوم"), or "" where the language has none listed.
    named: words that name a number without stating it ("трёхмерный", "десятичный"), or None.
    parts_of_scale: a part of a scale word said in words ("half a million", "полмиллиона",
        "ربع مليون"), by the part, as regular expressions where "{scale}" stands for the scale
        word: the news says a quarter of a million as often as 250,000.
    minus_before: a regular expression of a word for minus that ends right before a number
        ("minus 35", "минус 35", "ناقص 35"), after blanks.
    minus_after: a regular expression matched right after a number that makes it negative
        ("35 below zero", "35 градусов мороза", "35 درجة تحت الصفر").
    subunits: a regular expression between a sum's main units and its hundredths, and one
        after the hundredths ("1 рубль 20 копеек", "3 dollars and 50 cents"): one amount, 1.20.
    decades: a decade said in words, a regular expression by its tens ("the nineties",
        "девяностые", "التسعينيات"): compared with the other side's ("the 1980s" against
        "девяностые" differ), as decades in digits are ("1990s", "80-е").
    minus_words: the commonest words of `minus_before` and `minus_after` alone, in lower case,
        which the check looks for in a whole batch: few texts have one.
    """

    glued_prefix: str
    scale_stems: tuple[str, ...]
    scale_words: Mapping[int, str]
    and_a_half: AndAHalf
    and_words: tuple[str, ...]
    folded_letters: Mapping[str, str]
    ignored_marks: str
    counts: Mapping[Decimal, tuple[str, ...]]
    unit_prefixes: Mapping[int, str]
    units_before_tens: bool = False  # "واحد وعشرون" (one and twenty) rather than "twenty-one"
    one_unit: str = ""
    named: NamedNumbers | None = None
    parts_of_scale: Mapping[Decimal, tuple[str, ...]] = field(default_factory=dict)
    minus_before: str = ""
    minus_after: str = ""
    minus_words: tuple[str, ...] = ()
    decades: Mapping[int, str] = field(default_factory=dict)
    subunits: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class MonthWords:
    """Month words the second reading counts besides `LanguageFacts.month_names`.

    extra: by month, stems that name it besides its names ("июльск" of "июльский").
    name_like: month words that are as often names ("ماي", "جوان"): alone, not a month.
    ending: a regular expression after a month word ("\\w*" for Russian cases and adjectives).
    glued_prefix: a regular expression of letters glued before a month word ("في" as "ف").
    """

    extra: Mapping[int, tuple[str, ...]]
    name_like: frozenset[str]
    ending: str
    glued_prefix: str


@dataclass(frozen=True)
class CompoundWords:
    """A number and a word made one ("40-тысячная", "двухметровый", "трехпроцентный").

    number_stems: the number stems that begin such a word ("двух", "полутора").
    scale_stems: scale stems after a number ("тысячн": "40-тысячная" is 40,000), by value.
    percent_stem: the stem that makes a number stem a percentage ("процентн").
    unit_stems: unit stems after a number stem ("метров" of "двухметровый"), by unit name
        (`units.UNITS`).
    adjective: a regular expression of what follows a number stem in an adjective of any
        other stem ("кратн" + "ого" of "пятикратного", "очков" + "ой" of "двухочковой"), which
        states the number too ("5-time", "2-point"); it must refuse the stems that continue
        the number ("двух" + "сот") and the common words that only begin like one ("семи" +
        "нарский").
    not_in_adjectives: number stems too often the start of another word ("одно" of
        "одновременный", "ста" of "стабильный") to be read before any stem.
    """

    number_stems: Mapping[str, Decimal]
    scale_stems: Mapping[str, int]
    percent_stem: str
    unit_stems: Mapping[str, str]
    adjective: str
    not_in_adjectives: frozenset[str]


@dataclass(frozen=True)
class UnitWords:
    """Words for units of measure, for the second reading's conversions (`units.py`).

    names: (unit name of `units.UNITS`, regular expression of its words), the longest
        alternatives first ("miles per hour" before "miles").
    feet_and_inches: a regular expression between the feet and the inches of a height
        ("6-foot-2"), or "" where the language writes none.
    inches_word: a regular expression of the inch word after such a height.
    range_links: words between the numbers of a range whose unit follows the last ("2 to 4
        inches"), longer ones before those they begin with ("или" before "и").
    duals: whether a unit's word alone may be its dual, two of it ("يومين": two days).
    converted: the words of the units a translator converts to the other system (miles,
        feet, pounds...), as literal beginnings in lower case: the check looks for them after
        a space or a hyphen in a whole batch, to read "30 miles" against "30 км".
    """

    names: tuple[tuple[str, str], ...]
    feet_and_inches: str
    inches_word: str
    range_links: tuple[str, ...]
    duals: bool = False
    converted: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageFacts:
    """How one language writes figures.

    code, name: "en" and "English" (the name for messages).
    locales: the CLDR locales whose facts are the language's, its default first.
    group_mark, decimal_mark: how it writes 2,080,443.5 in Latin digits (CLDR's symbols of its
        first locale); a group space stands for every one of GROUP_SPACES.
    arabic_indic_digits: whether it writes figures in Arabic-Indic digits as well as Latin ones
        (elsewhere such digits make a text unusual for the batch reader).
    percent_sign_may_lead: whether text in logical order may put the percent sign before the
        digits ("%50").
    percent_words: words after a number that make it a percentage ("per cent", "процентов",
        "في المائة"); percentage points are compared as percents, since a translation says
        "points" the way its source does.
    scale_words: words after a number that multiply it ("тыс.", "billion", "مليون").
    money_scale_letters: letters right after a number after a currency sign that multiply it
        ("£30m", "$5k"); elsewhere "30m" is as likely thirty metres.
    number_prefixes: letters glued before a number that leave it a figure ("و312").
    reference_words: words before a reference number ("Figure 3.20", "п. 2.1"): its value is
        still compared, but its dot is a section separator, not a decimal convention.
    decade_suffixes: after a year ending in 0, a decade ("the 1990s", "в 1990-х"), which is no
        figure: Arabic usually spells decades out ("التسعينيات"), so comparing them would only
        cry wolf.
    decade_words: a regular expression of a year ending in 0 made a decade by the words around
        it, with `{year}` where the year stands ("в 1620 годах", "العقد 1620", "the 1620
        decade"): a year so written states the decade the other side writes "the 1620s".
    month_names: every month name, abbreviations included: a month beside a day or a year.
    standalone_month_names: the names that stand for a month on their own ("in March",
        "в марте", "في آذار").
    months_alone_only_after: month names that are the month alone only after one of the given
        words (English "May" is also a modal verb and a surname: "in May", "since May").
    month_before_day: whether it writes "March 4, 2018" (month first) as well as "4 March".
    month_first_slash_dates: whether "1/2/2020" reads month first when both parts could be one.
    day_suffixes: written between a day and its month ("4th March", "4-го марта").
    day_month_links: words between a day and its month ("4th of March", "1 من آب").
    month_year_links: words between a month and its year ("March of 2018", "مارس من عام 2018").
    year_words: after a year, part of the date as written ("2020 г.", "2020 года").
    pm_markers, am_markers: after a time of day, move it into the afternoon, or back to
        midnight.
    roman_century_words: the words after which a Roman numeral numbers a century ("XIX век",
        "XIX–XX вв.").
    roman_century_joiners: words between the numerals of a list of centuries besides a comma
        or a dash ("XVIII и XIX веков").
    century_words_glued: whether a century word may carry letters glued before it ("والقرن"),
        so that it counts wherever it stands, not only after a non-letter (the "век" of
        "человек" is no century).
    ordinal_then_century, century_then_ordinal: the spelled-out centuries, or None.
    spelled: the numbers written in words.
    month_abbreviations_dotted: whether CLDR's abbreviated month names are also written with a
        full stop ("янв."), as read by `cldr_month_names`.
    hamza_optional: whether typists drop the hamza of an initial alef ("ايار" for "أيار"), as
        read by `cldr_month_names`.
    time_words, percent, number_words, month_words, unit_words: what the second reading
        (`l10n.figures.explain`) looks for where the first pass leaves a figure unmatched.
    compound_words: numbers made one word with another ("двухметровый"), or None.
    """

    code: str
    name: str
    locales: tuple[str, ...]
    group_mark: str
    decimal_mark: str
    arabic_indic_digits: bool
    percent_sign_may_lead: bool
    percent_words: tuple[str, ...]
    scale_words: Mapping[str, int]
    money_scale_letters: Mapping[str, int]
    number_prefixes: str
    reference_words: frozenset[str]
    decade_suffixes: tuple[str, ...]
    decade_words: str
    month_names: Mapping[str, int]
    standalone_month_names: Mapping[str, int]
    months_alone_only_after: Mapping[str, tuple[str, ...]]
    month_before_day: bool
    month_first_slash_dates: bool
    day_suffixes: tuple[str, ...]
    day_month_links: tuple[str, ...]
    month_year_links: tuple[str, ...]
    year_words: tuple[str, ...]
    pm_markers: tuple[str, ...]
    am_markers: tuple[str, ...]
    roman_century_words: tuple[str, ...]
    roman_century_joiners: tuple[str, ...]
    century_words_glued: bool
    ordinal_then_century: OrdinalThenCentury | None
    century_then_ordinal: CenturyThenOrdinal | None
    spelled: SpelledNumbers
    month_abbreviations_dotted: bool
    hamza_optional: bool
    time_words: TimeWords
    percent: PercentWords
    number_words: NumberWords
    month_words: MonthWords
    compound_words: CompoundWords | None
    unit_words: UnitWords


def _group_mark(language: str) -> str:
    group, _decimal = cldr.NUMBER_SYMBOLS[language]
    return " " if group in GROUP_SPACES else group


def _month_names(language: str, *extra: Mapping[str, int]) -> dict[str, int]:
    """CLDR's month names of every width, and the press spellings it lacks."""
    names = dict(cldr.MONTH_NAMES[language])
    for more in extra:
        names.update(more)
    return names


def _standalone_month_names(
    language: str, extra: Mapping[str, int], only_after: Mapping[str, tuple[str, ...]]
) -> dict[str, int]:
    """CLDR's wide month names and the press spellings it lacks, less those that stand for the
    month only after certain words."""
    names = {**cldr.WIDE_MONTH_NAMES[language], **extra}
    return {name: month for name, month in names.items() if name not in only_after}


# ---------------------------------------------------------------------------------------------
# English.

_ENGLISH_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Left out: "one", a pronoun as often as a number ("one of the").
_ENGLISH_NUMBER_WORDS: dict[int, str] = {
    **dict(enumerate(("two", "three", "four", "five", "six", "seven", "eight"), start=2)),
    **dict(enumerate(("nine", "ten", "eleven", "twelve", "thirteen", "fourteen"), start=9)),
    **dict(enumerate(("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"), start=15)),
    **dict(zip(range(20, 100, 10), _ENGLISH_TENS, strict=True)),
}
# A multiplicative says how many times as much ("Sales rose threefold", "в три раза", "ثلاثة
# أضعاف"): it states its number as a cardinal does, so that "threefold" against "в четыре раза"
# is two different numbers, not one word on one side alone.
_ENGLISH_MULTIPLICATIVES: dict[str, int] = {
    **dict.fromkeys(("doubled", "twofold"), 2),
    **dict.fromkeys(("tripled", "trebled", "threefold"), 3),
    **dict.fromkeys(("quadrupled", "fourfold"), 4),
    "fivefold": 5,
    "sixfold": 6,
    "tenfold": 10,
}
_ENGLISH_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)

# English "May" is also a modal verb and a surname: alone, it is the month only after these
# words ("in May", "since May"), and always beside a day or a year.
_ENGLISH_MONTHS_ALONE_ONLY_AFTER = {
    "May": ("in", "since", "until", "till", "by", "early", "late", "mid-", "from", "through")
}

_ENGLISH = LanguageFacts(
    code="en",
    name="English",
    locales=("en", "en_GB", "en_US"),
    group_mark=_group_mark("en"),
    decimal_mark=cldr.NUMBER_SYMBOLS["en"][1],
    arabic_indic_digits=False,
    percent_sign_may_lead=False,
    percent_words=("per cent", "percent", "percentage points", "percentage point", "pct"),
    scale_words={
        **cldr.SCALE_WORDS["en"],
        **{"bn": 10**9, "mn": 10**6, "mln": 10**6, "bln": 10**9, "tn": 10**12},
    },
    money_scale_letters={"m": 10**6, "k": 10**3},
    number_prefixes="",
    reference_words=frozenset(
        ("figure", "fig.", "section", "paragraph", "para.", "article", "table", "no.")
    ),
    decade_suffixes=("s", "'s", "’s"),
    decade_words=r"{year} decade|decade of {year}",
    month_names=_month_names("en", {"Sept": 9, "Sept.": 9}),
    standalone_month_names=_standalone_month_names("en", {}, _ENGLISH_MONTHS_ALONE_ONLY_AFTER),
    months_alone_only_after=_ENGLISH_MONTHS_ALONE_ONLY_AFTER,
    month_before_day=True,
    month_first_slash_dates=True,
    day_suffixes=("st", "nd", "rd", "th"),
    day_month_links=("of",),
    month_year_links=("of",),
    year_words=(),
    pm_markers=("p.m.", "pm", "PM", "P.M."),
    am_markers=("a.m.", "am", "AM", "A.M."),
    roman_century_words=(),
    roman_century_joiners=(),
    century_words_glued=False,
    ordinal_then_century=OrdinalThenCentury(
        ordinals={word: value for value, word in enumerate(_ENGLISH_ORDINALS.split(), start=1)},
        twenty="twenty-",
        joiners=("and", "or", "to"),
        century_words=("century", "centuries"),
    ),
    century_then_ordinal=None,
    spelled=SpelledNumbers(
        numbers={
            **{word: value for value, word in _ENGLISH_NUMBER_WORDS.items()},
            **_ENGLISH_MULTIPLICATIVES,
        },
        multipliers={"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9},
        joiners=("and",),
        prefixes="",
        ordinal_teen="",
        ordinal_article="",
        ordinals={word: value for value, word in enumerate(_ENGLISH_ORDINALS.split(), start=1)},
        ones=("one",),
        # "one" as a pronoun: before "of", a function word or a verb rather than a noun.
        ones_not_before=(
            *("of", "another", "day", "time", "way", "thing", "side", "hand", "by", "with"),
            *("that", "who", "which", "is", "was", "in", "on", "for", "to", "at", "and", "or"),
            *("from", "more", "than", "if", "has", "had", "will", "can", "must", "should"),
            *("would", "could", "may", "might", "does", "did", "after", "before", "per"),
        ),
        ones_not_after=("no", "any", "every", "the", "this", "that", "which", "each", "some"),
        ordinals_not_after=("a", "per", "one", "each", "every", "split"),  # "a second" of time
    ),
    month_abbreviations_dotted=True,
    hamza_optional=False,
    time_words=TimeWords(
        after=r"(?i)\s?(?P<part>a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)",
        before="",
        late_parts=frozenset({"p.m.", "pm", "p.m", "pm."}),
        night_parts=frozenset(),
        twelve_early_is_midnight=True,
        named={r"(?i)(?<!\w)(?:noon|midday)(?!\w)": (12, 0), r"(?i)(?<!\w)midnight(?!\w)": (0, 0)},
        zones={
            r"(?<!\w)(?:GMT|UTC|Greenwich(?:\s+Mean)?\s+Time)(?!\w)": 0,
            r"(?<!\w)(?:MSK|Moscow\s+time)(?!\w)": 180,
            r"(?<!\w)(?:Riyadh|Mecca|Saudi|Baghdad|Doha)\s+time(?!\w)": 180,
            r"(?<!\w)(?:GST|Gulf|UAE|Dubai|Abu\s+Dhabi)\s+time(?!\w)": 240,
            r"(?<!\w)(?:Beijing\s+time)(?!\w)": 480,
            r"(?<!\w)(?:JST|Tokyo\s+time)(?!\w)": 540,
        },
        local_time=r"(?i)(?<!\w)local\s+time(?!\w)",
    ),
    percent=PercentWords(
        after_figure=r"(?i)[\s-]*(?:per\s?cent|percent(?:age points?)?|pct)(?!\w)",
        after_words=r"(?:per ?cent|percent)",
        fractions={Decimal(50): ("half",), Decimal(25): ("quarter",)},
        points=r"(?i)points?",
        score_links=r"\s?[-–:&]\s?",
        loss_words=r"(?i)(?<!\w)(?:lost|lose|loses|losing|beaten|went down)(?!\w)",
        parts_of_point={
            Decimal("0.5"): r"(?i)(?<!\w)half(?:\s+of)?\s+an?\s+(?:percentage\s+)?point(?!\w)"
            r"|(?<!\w)half-(?:percentage-)?point(?!\w)",
            Decimal("0.25"): r"(?i)(?<!\w)(?:a|one)\s+quarter(?:\s+of)?(?:\s+an?)?\s+"
            r"(?:percentage\s+)?point(?!\w)|(?<!\w)quarter-(?:percentage-)?point(?!\w)",
            Decimal("0.75"): r"(?i)(?<!\w)three[\s-]quarters\s+of\s+an?\s+(?:percentage\s+)?"
            r"point(?!\w)",
        },
        basis_points=r"(?i)[\s-]*(?:basis[\s-]points?|bps|bp)(?!\w)",
    ),
    number_words=NumberWords(
        glued_prefix="",
        scale_stems=("thousand", "million", "billion", "trillion"),
        scale_words={1000: "thousand", 10**6: "million", 10**9: "billion"},
        minus_before=r"(?i)(?<!\w)minus\s*$",
        minus_words=("minus", "below zero"),
        decades={
            2: r"(?i)(?<!\w)twenties(?!\w)",
            3: r"(?i)(?<!\w)thirties(?!\w)",
            4: r"(?i)(?<!\w)forties(?!\w)",
            5: r"(?i)(?<!\w)fifties(?!\w)",
            6: r"(?i)(?<!\w)sixties(?!\w)",
            7: r"(?i)(?<!\w)seventies(?!\w)",
            8: r"(?i)(?<!\w)eighties(?!\w)",
            9: r"(?i)(?<!\w)nineties(?!\w)",
        },
        subunits=(
            r"(?i)\s+(?:dollars?|euros?|pounds?|r[ou]{1,2}bles?)\s+(?:and\s+)?",
            r"(?i)\s+(?:cents?|pence|kopecks?)(?!\w)",
        ),
        minus_after=r"(?i)(?:\s*(?:°|degrees?)\s*(?:[CF]|celsius|fahrenheit)?)?\s+below\s+zero(?!\w)",
        parts_of_scale={
            # "half a million", "a half-million", "half of a million"; "a quarter of a million"
            Decimal("0.5"): (r"half(?:\s+of)?(?:\s+an?)?[\s-]{scale}",),
            Decimal("0.25"): (r"quarter(?:\s+of)?(?:\s+an?)?[\s-]{scale}",),
            Decimal("0.75"): (r"three[\s-]quarters(?:\s+of)?(?:\s+an?)?\s+{scale}",),
        },
        and_a_half=AndAHalf(
            after_figure=r"(?i)(?:\s+\w+)?\s+and a half(?!\w)",
            in_words="{number} and a half{scale}",
            one="",
            one_scale=("(?:a|one) {scale} and a half",),
        ),
        and_words=("and",),
        folded_letters={},
        ignored_marks="",
        counts={
            Decimal(12): ("dozen",),
            Decimal(2): ("both", "twice", "double", "doubled", r"two\s?fold"),
            Decimal(3): ("thrice", "triple", "tripled", "trebled", r"three\s?fold"),
            Decimal(4): ("quadrupled", r"four\s?fold"),
            Decimal(5): (r"five\s?fold",),
            Decimal(6): (r"six\s?fold",),
            Decimal(10): ("decade", r"ten\s?fold"),
        },
        unit_prefixes={10**6: r"mega\w+", 10**9: r"giga\w+", 10**12: r"tera\w+"},
        one_unit=(
            r"(?i)second|minute|hour|day|week|month|year"
            r"|byte|(?-i:[KMGT]i?B)|(?:kilo|mega|giga|tera)byte"
        ),
        named=NamedNumbers(
            bases={
                2: r"(?i)binary",
                8: r"(?i)octal",
                10: r"(?i)decimal",
                16: r"(?i)hex(?:adecimal)?",
            },
            base_before=r"(?i)(?:base|radix)[-:\s]*$",
            base_after=r"",
            equal_parts=r"(?i)\b(?:exact\w*|equal\w*|identical\w*|even(?:ly)?|same|original)\b",
            period_units={
                "year": r"years?|yearly",
                "month": r"months?|monthly",
                "week": r"weeks?|weekly",
                "day": r"days?|daily|calendar days?",
                "hour": r"hours?|hourly",
                "minute": r"minutes?|minutely",
            },
            frequencies={
                "year": r"\b(?:yearly|annual(?:ly)?|every year)\b",
                "month": r"\b(?:monthly|every month)\b",
                "week": r"\b(?:weekly|every week)\b",
                "day": r"\b(?:daily|every day)\b",
                "hour": r"\b(?:hourly|every hour)\b",
                "minute": r"\b(?:minutely|every minute)\b",
            },
            twelve_hour=r"[ \u00a0-]?hours?(?!\w)",
        ),
    ),
    month_words=MonthWords(extra={}, name_like=frozenset(), ending=r"\.?", glued_prefix=""),
    compound_words=None,
    unit_words=UnitWords(
        names=(
            ("mile per hour", r"mph|m\.p\.h\.|miles? (?:per|an) hour"),
            ("kilometre per hour", r"km/h|kph|kmh|kilomet(?:er|re)s? (?:per|an) hour"),
            ("square mile", r"square miles?|sq\.? ?mi(?:les?)?"),
            ("square kilometre", r"square kilomet(?:er|re)s?|sq\.? ?km|km2|km²"),
            # Headlines glue the letter to the number, "104F" and "40C": a capital right after
            # a digit only, since "F" and "C" alone name much else.
            (
                "fahrenheit",
                r"(?:degrees? )?fahrenheit|°\s?F|degrees?(?! celsius| centigrade)|(?<=\d)(?-i:F)",
            ),
            ("celsius", r"(?:degrees? )?(?:celsius|centigrade)|°\s?C|(?<=\d)(?-i:C)"),
            ("inch", r"inch(?:es)?"),
            ("foot", r"foot|feet|ft\.?"),
            ("yard", r"yards?|yd\.?"),
            ("mile", r"miles?|mi\."),
            ("millimetre", r"millimet(?:er|re)s?|mm"),
            ("centimetre", r"centimet(?:er|re)s?|cm"),
            ("kilometre", r"kilomet(?:er|re)s?|km"),
            ("metre", r"met(?:er|re)s?"),
            ("pound", r"pounds?|lbs?\.?"),
            ("ounce", r"ounces?|oz\.?"),
            ("kilogram", r"kilo(?:gram(?:me)?)?s?|kgs?"),
            ("gram", r"grams?"),
            ("knot", r"knots?"),
            ("acre", r"acres?"),
            ("hectare", r"hectares?|ha"),
            ("gallon", r"gallons?"),
            ("litre", r"lit(?:er|re)s?"),
            ("minute", r"minutes?|mins?\.?"),
            ("hour", r"hours?|hrs?\.?"),
            ("day", r"days?"),
            ("week", r"weeks?"),
            ("month", r"months?"),
            ("year", r"years?"),
        ),
        feet_and_inches=r"(?i)(?:-|\s?)(?:foot|feet|ft\.?)(?:-|\s?)(?=\d)",
        inches_word=r"(?i)\s?(?:-?inch(?:es)?|in\.)?",
        range_links=("to", "and", "or", "up to"),
        # The feet are the words of a height already (`feet_and_inches`).
        converted=("mile", "mph", "pound", "inch", "acre"),
    ),
)


# ---------------------------------------------------------------------------------------------
# Russian.

# Every case of 2 to 900 as num2words writes them, with "е" for "ё" (tests/
# test_figures_words.py checks the table against it). Left out: "один" (a pronoun as often
# as a number: "один из", read as `SpelledNumbers.ones`), "семью" (also "family").
# "вдвое", "втрое": how many times as much, a number as "в три раза" states it (see
# `_ENGLISH_MULTIPLICATIVES`).
_RUSSIAN_MULTIPLICATIVES: dict[str, int] = {
    "вдвое": 2,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вшестеро": 6,
    "вдесятеро": 10,
}
_RUSSIAN_NUMBER_WORDS: dict[int, str] = {
    2: "два двое две двух двоих двум двоим двумя двоими",
    3: "три трое трёх трех троих трём трем троим тремя троими",
    4: "четыре четверо четырёх четырех четверых четырём четырем четверым четырьмя четверыми",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи",
    8: "восемь восьми восемью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    11: "одиннадцать одиннадцати одиннадцатью",
    12: "двенадцать двенадцати двенадцатью",
    13: "тринадцать тринадцати тринадцатью",
    14: "четырнадцать четырнадцати четырнадцатью",
    15: "пятнадцать пятнадцати пятнадцатью",
    16: "шестнадцать шестнадцати шестнадцатью",
    17: "семнадцать семнадцати семнадцатью",
    18: "восемнадцать восемнадцати восемнадцатью",
    19: "девятнадцать девятнадцати девятнадцатью",
    20: "двадцать двадцати двадцатью",
    30: "тридцать тридцати тридцатью",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах",
    400: (
        "четыреста четырёхсот четырехсот четырёмстам"
        " четыремстам четырьмястами четырёхстах четырехстах"
    ),
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
}
_RUSSIAN_ORDINAL_STEMS = (
    "перв втор трет четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат"
    " четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат"
)
# Every case, gender and number of the ordinals, as num2words writes them (tests/
# test_figures_words.py checks the table against it; the package does not import num2words to
# read a text, since that costs a tenth of a second a process): "третий" declines soft, the
# others hard, and "второй", "шестой", "седьмой", "восьмой" end in a stressed "ой".
_RUSSIAN_ORDINAL_HARD = "ой ого ому ом ым ых ая ую ое ые ыми"
_RUSSIAN_ORDINAL_SOFT = "ий ьего ьему ьем ьим ьих ья ьей ью ье ьи ьими"
_RUSSIAN_ORDINAL_STRESSED = frozenset({"втор", "шест", "седьм", "восьм"})


def _russian_ordinal_endings(stem: str) -> list[str]:
    if stem == "трет":
        return _RUSSIAN_ORDINAL_SOFT.split()
    hard = _RUSSIAN_ORDINAL_HARD.split()
    return hard if stem in _RUSSIAN_ORDINAL_STRESSED else ["ый", *hard]


_RUSSIAN_ORDINALS = {
    stem.replace("ё", letter) + ending: value
    for value, stem in enumerate(_RUSSIAN_ORDINAL_STEMS.split(), start=1)
    for letter in "ёе"
    for ending in _russian_ordinal_endings(stem)
}
_RUSSIAN_MONTHS_IN_CASES = {
    # The prepositional and dative cases CLDR lacks ("в марте", "к марту"). Russian month names
    # are lower case: a capitalised "Марта" is the name Martha.
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
    "январю": 1,
    "февралю": 2,
    "марту": 3,
    "апрелю": 4,
    "маю": 5,
    "июню": 6,
    "июлю": 7,
    "августу": 8,
    "сентябрю": 9,
    "октябрю": 10,
    "ноябрю": 11,
    "декабрю": 12,
}
_RUSSIAN_MONTH_ADJECTIVE_STEMS = (
    "январск февральск мартовск апрельск майск июньск июльск августовск сентябрьск октябрьск"
    " ноябрьск декабрьск"
)
# The number stems that begin a compound word: "двухметровый", "трехпроцентный".
_RUSSIAN_UNIT_STEMS: dict[str, int] = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
}  # fmt: skip
_RUSSIAN_TENS_STEMS: dict[str, int] = {
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
    "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90, "девяносто": 90,
}  # fmt: skip
_RUSSIAN_COMPOUND_NUMBER_STEMS: dict[str, int | str] = {
    **_RUSSIAN_UNIT_STEMS, "дву": 2, "десяти": 10, "полутора": "1.5",
    "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14,
    "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18,
    "девятнадцати": 19, **_RUSSIAN_TENS_STEMS, "ста": 100, "сто": 100,
    "двухсот": 200, "трехсот": 300, "трёхсот": 300, "четырехсот": 400, "четырёхсот": 400,
    "пятисот": 500, "шестисот": 600, "семисот": 700, "восьмисот": 800, "девятисот": 900,
    # Tens and a unit glued: "двадцатипятилетний" (25-year-old), "сорокатрёхметровый".
    **{
        tens + unit: tens_value + unit_value
        for tens, tens_value in _RUSSIAN_TENS_STEMS.items()
        if tens != "девяносто"
        for unit, unit_value in _RUSSIAN_UNIT_STEMS.items()
    },
}  # fmt: skip

# The case endings of Russian unit words ("фунтов", "футами"); "-овый" of a compound adjective
# ("300-килограммовое") too.
_RUSSIAN_UNIT_ENDINGS = r"(?:ов\w*|а|ы|ам|ами|ах|е|ом|у)?"


def _noun(stem: str, plural: str) -> str:
    """A Russian noun of a number in every case ("семёрка", "семёрки", "семёркой", and the
    genitive plural `plural`, "семёрок": "сумма семёрок" on a dice score sheet): a team, a list
    or a face of that many. Not "десятка" and "сотня", whose plurals say "tens" and "hundreds",
    nor "двойка", a school mark."""
    return rf"{stem}(?:а|и|е|у|ой|ою|ам|ами|ах)|{plural}"


_RUSSIAN = LanguageFacts(
    code="ru",
    name="Russian",
    locales=("ru",),
    group_mark=_group_mark("ru"),
    decimal_mark=cldr.NUMBER_SYMBOLS["ru"][1],
    arabic_indic_digits=False,
    percent_sign_may_lead=False,
    percent_words=(
        "процентных пункта",
        "процентных пунктов",
        "процентный пункт",
        # Every case of "процент": "с 34 процентами" is a percentage as "34 процента" is.
        "процентами",
        "процентам",
        "процентах",
        "процентом",
        "процентов",
        "процента",
        "проценту",
        "проценте",
        "проценты",
        "процент",
        "проц.",
        "п.п.",
        "п. п.",
    ),
    scale_words={
        **cldr.SCALE_WORDS["ru"],
        "тыс": 10**3,
        "млн.": 10**6,
        "млрд.": 10**9,
        "трлн.": 10**12,
        # The cases CLDR's plural patterns do not cover: "к 390 миллиардам", "с 5 тысячами".
        **{
            stem + ending: scale
            for stem, scale in (("тысяч", 10**3), ("миллион", 10**6), ("миллиард", 10**9))
            for ending in ("у", "ей", "ам", "ами", "ах", "е", "ом")
        },
    },
    money_scale_letters={},
    number_prefixes="",
    reference_words=frozenset(
        (
            "рис.",
            "рисунке",
            "рисунок",
            "рисунка",
            "п.",
            "пункт",
            "пункта",
            "пункте",
            "статья",
            "статьи",
            "статье",
            "ст.",
            "раздел",
            "раздела",
            "разделе",
            "глава",
            "главе",
            "табл.",
            "таблица",
            "таблице",
            "§",
            "№",
        )
    ),
    decade_suffixes=("-х", "-е", "-ые", "-ых", "-ми", "-ыми", "-x"),
    decade_words=r"{year}\s(?:годах|годы|годов|годами|гг\.)",
    month_names=_month_names("ru", _RUSSIAN_MONTHS_IN_CASES, {"фев.": 2, "сен.": 9, "ноя.": 11}),
    standalone_month_names=_standalone_month_names("ru", _RUSSIAN_MONTHS_IN_CASES, {}),
    months_alone_only_after={},
    month_before_day=False,
    month_first_slash_dates=False,
    day_suffixes=("-го", "-е", "го"),
    day_month_links=(),
    month_year_links=(),
    year_words=("г.", "года", "году", "год"),
    pm_markers=("вечера",),
    am_markers=("утра",),
    roman_century_words=(
        "век",
        "века",
        "веке",
        "веков",
        "векам",
        "веками",
        "вв.",
        "в.",
        "столетие",
        "столетия",
    ),
    roman_century_joiners=("и", "или"),
    century_words_glued=False,
    ordinal_then_century=OrdinalThenCentury(
        ordinals=_RUSSIAN_ORDINALS,
        twenty="двадцать ",
        joiners=("и", "или"),
        century_words=(
            "век",
            "века",
            "веке",
            "веков",
            "веками",
            "столетие",
            "столетия",
            "столетии",
        ),
    ),
    century_then_ordinal=None,
    spelled=SpelledNumbers(
        numbers={
            **{
                word: value
                for value, words in _RUSSIAN_NUMBER_WORDS.items()
                for word in words.split()
            },
            **_RUSSIAN_MULTIPLICATIVES,
        },
        multipliers={
            **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тысячу"), 10**3),
            **dict.fromkeys(("миллион", "миллиона", "миллионов"), 10**6),
            **dict.fromkeys(("миллиард", "миллиарда", "миллиардов"), 10**9),
        },
        joiners=(),
        prefixes="",
        ordinal_teen="",
        ordinal_article="",
        ordinals=_RUSSIAN_ORDINALS,
        ones=("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
        ones_not_before=("из", "и", "раз", "только", "лишь", "другого", "другому", "другим"),
        # "в одном" is as often "in the same" as "in one".
        ones_not_after=("еще", "ещё", "ни", "не", "какой", "какое", "какая", "в", "во", "на", "об"),
        ordinals_not_after=(),
        ratio_before=(
            *("каждый", "каждая", "каждое", "каждого", "каждой", "каждому", "каждым"),
            *("каждом", "каждую"),
        ),
    ),
    month_abbreviations_dotted=True,
    hamza_optional=False,
    time_words=TimeWords(
        after=(
            r"(?i)\s*(?:час(?:а|ов)?\s*)?(?P<part>утра|дня|вечера|ночи)(?!\w)"
            r"|\s*(?P<hours>час(?:а|ов)?)(?!\w)"
        ),
        before="",
        late_parts=frozenset({"дня", "вечера"}),
        night_parts=frozenset({"ночи"}),
        twelve_early_is_midnight=False,
        named={
            r"(?i)(?<!\w)полд(?:ень|ня|ню|нем|не)(?!\w)": (12, 0),
            r"(?i)(?<!\w)полноч(?:ь|и|ью)(?!\w)": (0, 0),
        },
        zones={
            r"(?i)(?<!\w)(?:GMT|UTC|по\s+Гринвичу|по\s+всемирному\s+времени)(?!\w)": 0,
            r"(?i)(?<!\w)(?:мск|по\s+московскому\s+времени|по\s+Москве)(?!\w)": 180,
            r"(?i)(?<!\w)по\s+(?:пекинскому|китайскому)\s+времени(?!\w)": 480,
            r"(?i)(?<!\w)по\s+(?:токийскому|японскому)\s+времени(?!\w)": 540,
        },
        local_time=r"(?i)(?<!\w)по\s+местному\s+времени(?!\w)",
        # "девять часов утра", "к пяти вечера": an hour in words, then the hour or the part
        # of the day (Russian names no minutes past or to in words the way Arabic does).
        hours_in_words=(
            r"(?i)(?<!\w)(?P<hour>(?:один|одного|два|двух|три|тр[её]х|четыре|четыр[её]х|пять"
            r"|шесть|семь|восемь|восьми|девять|десять|одиннадцать|двенадцать|пяти|шести|семи"
            r"|девяти|десяти|одиннадцати|двенадцати))(?=\s+(?:час|утра|дня|вечера|ночи))"
            r"(?P<past>(?!))?(?P<to>(?!))?"
        ),
    ),
    percent=PercentWords(
        after_figure=r"(?i)[\s-]*(?:процентн\w+\s+пункт\w*|процент\w*|п\.\s?п\.)",
        after_words=r"процент\w*",
        fractions={Decimal(50): (r"половин\w*",), Decimal(25): (r"четверт\w*",)},
        points=r"(?i)пункт|п\.\s?п\.",
        score_links=r"\s?[-–:]\s?",
        loss_words=r"(?i)(?<!\w)(?:проигр\w*|уступ\w*|потерпе\w* поражение)",
        parts_of_point={
            Decimal("0.5"): r"(?i)(?<!\w)(?:половин\w*\s+|пол-?)(?:процентного\s+)?пункта(?!\w)",
            Decimal("0.25"): r"(?i)(?<!\w)четверт\w*\s+(?:процентного\s+)?пункта(?!\w)",
        },
        basis_points=r"(?i)\s*(?:базисн\w*\s+пункт\w*|б\.\s?п\.|бп)(?!\w)",
    ),
    number_words=NumberWords(
        glued_prefix="",
        scale_stems=("тысяч", "миллион", "миллиард", "триллион"),
        scale_words={1000: r"тысяч\w*", 10**6: r"миллион\w*", 10**9: r"миллиард\w*"},
        minus_before=r"(?i)(?<!\w)минус\s*$",
        minus_words=("минус", "мороза"),
        decades={
            2: r"(?i)(?<!\w)двадцат(?:ые|ых|ым|ыми)(?!\w)",
            3: r"(?i)(?<!\w)тридцат(?:ые|ых|ым|ыми)(?!\w)",
            4: r"(?i)(?<!\w)сороков(?:ые|ых|ым|ыми)(?!\w)",
            5: r"(?i)(?<!\w)пятидесят(?:ые|ых|ым|ыми)(?!\w)",
            6: r"(?i)(?<!\w)шестидесят(?:ые|ых|ым|ыми)(?!\w)",
            7: r"(?i)(?<!\w)семидесят(?:ые|ых|ым|ыми)(?!\w)",
            8: r"(?i)(?<!\w)восьмидесят(?:ые|ых|ым|ыми)(?!\w)",
            9: r"(?i)(?<!\w)девяност(?:ые|ых|ым|ыми)(?!\w)",
        },
        subunits=(
            r"(?i)\s+(?:рубл\w*|доллар\w*|евро|фунт\w*|гривн\w*|гривен)\s+(?:и\s+)?",
            r"(?i)\s+(?:копе\w*|цент\w*|пенс\w*)",
        ),
        minus_after=(
            r"(?i)(?:\s*(?:°|градус\w*)\s*(?:[CF]|цельсия|по\s+цельсию)?)?"
            r"\s+(?:мороза|ниже\s+нуля)(?!\w)"
        ),
        parts_of_scale={
            # "полмиллиона", "полумиллиона" (its oblique cases), "пол-тысячи"
            Decimal("0.5"): (r"полу?-?{scale}",),
            Decimal("0.25"): (r"четверт\w*\s+{scale}",),
            Decimal("0.75"): (r"три\s+четверти\s+{scale}",),
        },
        and_a_half=AndAHalf(
            after_figure=r"(?i)(?:\s+\w+)?\s+с половиной(?!\w)",
            in_words="{number} с половиной{scale}",
            one="(?:полтора|полторы|полутора){scale}",
            one_scale=(),
        ),
        and_words=("и",),
        folded_letters={"ё": "е"},
        ignored_marks="",
        counts={
            # "нуль" beside num2words' "ноль": "больше нуля", "равен нулю", "в нуле"
            # ... and the adjectives and verb made of it: "любое ненулевое значение" (any value
            # other than 0), "суммы будут обнулены" (set to 0), "нулевые значения"
            Decimal(0): (r"нул(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)", r"(?:не)?нулев\w*", r"обнул\w*"),
            Decimal(12): (r"дюжин\w*",),
            Decimal(10): (
                r"десят(?:ок|ка|ку|ком|ки|ков)",
                r"десятилети\w*",
                "десятеро",
                "десятерых",
                "вдесятеро",
            ),
            # Tens counted: "полтора десятка" (15), "двух десятков" (20), "три десятка" (30).
            Decimal(15): (r"пол(?:тора|утора) десят(?:ка|ков|ку|ком|ке)",),
            Decimal(20): (r"дв(?:а|ух|ум|умя) десят(?:ка|ков|кам|ками|ках)",),
            Decimal(30): (r"тр(?:и|ех|ем|емя) десят(?:ка|ков|кам|ками|ках)",),
            Decimal(24): (r"сут(?:ки|ок|кам|ками|ках)",),
            Decimal("1.5"): ("полтора", "полторы", "полутора"),
            Decimal(2): (
                *("оба", "обе", "обоих", "обеих", "обоим", "обеим", "дважды", "вдвое"),
                *("двое", "двоих", "двоим", "двоими"),
            ),
            Decimal(3): (
                *("трижды", "втрое", "трое", "троих", "троим", "троими"),
                _noun("тройк", "троек"),
            ),
            Decimal(4): (
                *("вчетверо", "четверо", "четверых", "четверым", "четверыми"),
                _noun("четв[её]рк", "четв[её]рок"),
            ),
            Decimal(5): (
                *("впятеро", "пятеро", "пятерых", "пятерым"),
                _noun("пят[её]рк", "пят[её]рок"),
            ),
            Decimal(6): (
                *("вшестеро", "шестеро", "шестерых", "шестерым"),
                _noun("шест[её]рк", "шест[её]рок"),
            ),
            Decimal(7): ("семеро", "семерых", "семерым", _noun("сем[её]рк", "сем[её]рок")),
            Decimal(8): ("восьмеро", "восьмерых", _noun("восьм[её]рк", "восьм[её]рок")),
            Decimal(9): ("девятеро", "девятерых", _noun("девятк", "девяток")),
        },
        unit_prefixes={10**6: r"мега\w+", 10**9: r"гига\w+", 10**12: r"тера\w+"},
        # The nominative and accusative singular only: "часа", "дня" also follow 2 to 4.
        one_unit=(
            r"(?i)секунд[ау]|минут[ау]|час|день|сутки|недел[яю]|месяц|год"
            r"|байт|(?-i:[КМГТ]и?Б)|(?:кило|мега|гига|тера)байт"
        ),
        named=NamedNumbers(
            bases={
                2: r"(?i)двоичн\w*",
                8: r"(?i)восьмеричн\w*",
                10: r"(?i)десятичн\w*",
                16: r"(?i)шестнадцатеричн\w*",
            },
            base_before=r"(?i)основани\w*[-:\s]*$",
            base_after=r"(?i)-?ричн",
            equal_parts=(
                r"(?i)(?<!\w)(?:точн|равн|одинаков|идентичн|исходн|оригинальн|натуральн)\w*"
                r"|(?<!\w)(?:поровну|пополам)(?!\w)"
            ),
            period_units={
                "year": r"(?:год|года|лет)",
                "month": r"месяц\w*",
                "week": r"недел\w*",
                "day": r"(?:день|дня|дней|сут\w*)",
                "hour": r"час(?:а|ов)?",
                "minute": r"минут\w*",
            },
            frequencies={
                "year": r"ежегодн\w*|годов\w*|каждый год",
                "month": r"(?:еже)?месячн\w*|каждый месяц",
                "week": r"(?:еже)?недельн\w*|каждую неделю",
                "day": r"(?:еже)?(?:дневн|суточн)\w*|каждый день",
                "hour": r"ежечасн\w*|часов(?:ая|ой|ую|ые|ых)|каждый час",
                "minute": r"(?:еже)?минутн\w*|каждую минуту",
            },
            twelve_hour=r"[ \u00a0-]?час(?:ов\w*|а)?(?!\w)",
        ),
    ),
    month_words=MonthWords(
        # The stems of the adjectives of months ("июльский рост").
        extra={
            month: (stem,)
            for month, stem in enumerate(_RUSSIAN_MONTH_ADJECTIVE_STEMS.split(), start=1)
        },
        name_like=frozenset(),
        ending=r"\w*",
        glued_prefix="",
    ),
    compound_words=CompoundWords(
        number_stems={
            stem: Decimal(value) for stem, value in _RUSSIAN_COMPOUND_NUMBER_STEMS.items()
        },
        scale_stems={"тысячн": 1000, "миллионн": 10**6, "миллиардн": 10**9},
        percent_stem="процентн",
        unit_stems={
            "метров": "metre",
            "сантиметров": "centimetre",
            "километров": "kilometre",
            "килограммов": "kilogram",
            "футов": "foot",
            "дюймов": "inch",
        },
        adjective=(
            r"(?!десят|сот|надцат|нар)[а-яё]{3,}?"
            r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)"
        ),
        # "сто" begins "стоимость" and "сторонний": only "стопроцентный", "стометровый".
        not_in_adjectives=frozenset({"одно", "ста", "сто"}),
    ),
    unit_words=UnitWords(
        names=(
            ("mile per hour", r"мил(?:ь|и|я) в час"),
            ("kilometre per hour", r"км/ч(?:ас)?|километр(?:а|ов)? в час"),
            ("square kilometre", r"кв\.? ?км|квадратн\w+ километр\w*|км²|км2"),
            ("square mile", r"квадратн\w+ мил\w*"),
            ("fahrenheit", r"градус\w* (?:по )?Фаренгейт\w*|°\s?[FФ]"),
            ("celsius", r"градус\w*(?: по Цельсию| Цельсия)?|°\s?[CС]"),
            ("inch", r"дюйм" + _RUSSIAN_UNIT_ENDINGS),
            ("foot", r"фут" + _RUSSIAN_UNIT_ENDINGS),
            ("yard", r"ярд" + _RUSSIAN_UNIT_ENDINGS),
            ("mile", r"мил(?:я|и|ь|ю|ям|ями|ях|е)"),
            ("millimetre", r"миллиметр" + _RUSSIAN_UNIT_ENDINGS + r"|мм"),
            ("centimetre", r"сантиметр" + _RUSSIAN_UNIT_ENDINGS + r"|см"),
            ("kilometre", r"километр" + _RUSSIAN_UNIT_ENDINGS + r"|км"),
            ("metre", r"метр" + _RUSSIAN_UNIT_ENDINGS + r"|м\.?"),
            ("pound", r"фунт" + _RUSSIAN_UNIT_ENDINGS),
            ("kilogram", r"килограмм" + _RUSSIAN_UNIT_ENDINGS + r"|кг|кило"),
            ("gram", r"грамм" + _RUSSIAN_UNIT_ENDINGS),
            ("knot", r"узл(?:а|ов|ы|ами)|узел"),
            ("acre", r"акр" + _RUSSIAN_UNIT_ENDINGS),
            ("hectare", r"гектар" + _RUSSIAN_UNIT_ENDINGS + r"|га"),
            ("gallon", r"галлон" + _RUSSIAN_UNIT_ENDINGS),
            ("litre", r"литр" + _RUSSIAN_UNIT_ENDINGS),
            ("minute", r"минут(?:а|ы|у|ой|ам|ами|ах)?|мин\.?"),
            ("hour", r"час(?:а|у|ом|е|ов|ам|ами|ах)?|ч\."),
            ("day", r"дн(?:я|ю|ём|ем|е|ей|ям|ями|ях)|день|сут(?:ки|ок|кам|ками|ках)"),
            ("week", r"недел(?:я|и|ю|ей|е|ям|ями|ях)"),
            ("month", r"месяц" + _RUSSIAN_UNIT_ENDINGS + r"|мес\."),
            ("year", r"год(?:а|у|ом|е|ов|ам|ами|ах)?|лет"),
        ),
        feet_and_inches="",
        inches_word="",
        range_links=("до", "или", "и"),
        converted=("мил", "фут", "фунт", "дюйм", "акр"),
    ),
)


# ---------------------------------------------------------------------------------------------
# Arabic.

# Left out: "أحد" (also "someone", "Sunday").
# Nouns the news counts whose dual states 2 by itself ("جنديان", "يومين": two soldiers, two
# days), each with a broken plural ("جنود", "أيام"), so that the dual ending is no plural's;
# a noun with a sound plural ("لاعبين", "مدنيين") is left out, its ending as often the plural.
ARABIC_DUAL_NOUNS = (
    *("يوم", "شهر", "عام", "أسبوع", "اسبوع", "قرن", "شخص", "رجل", "طفل", "جنيه", "دولار"),
    *("ميل", "متر", "كيلومتر", "فصل", "مقعد", "جندي", "وزير", "زعيم", "رئيس", "قتيل"),
    *("جريح", "سجين", "نائب", "شقيق", "ابن", "عضو", "حزب", "هدف", "صاروخ", "منزل", "بيت"),
    *("هجوم", "انفجار", "فريق", "عقد"),
)
# The same of feminine nouns, whose dual ending is "تين"/"تان" ("ساعتين", "سنتين").
_ARABIC_FEMININE_DUAL_STEMS = (
    *("ساع", "سن", "مر", "دقيق", "ليل", "جرع", "دول", "مدين", "طائر", "سيار", "امرأ"),
    *("مرحل", "جول", "قذيف", "رهين", "طفل"),
)
_ARABIC_DUALS: dict[str, int] = {
    f"{article}{stem}{ending}": 2
    for article in ("", "ال")
    for stem, endings in (
        *((noun, ("ين", "ان")) for noun in ARABIC_DUAL_NOUNS),
        *((stem, ("تين", "تان")) for stem in _ARABIC_FEMININE_DUAL_STEMS),
    )
    for ending in endings
    # "العامين" is as often "general" in the plural ("المقاولين العامين", general contractors)
    if not (article and stem == "عام")
}
_ARABIC_NUMBER_WORDS: dict[int, str] = {
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
    3: "ثلاثة ثلاث",
    4: "أربعة أربع",
    5: "خمسة خمس",
    6: "ستة ست",
    7: "سبعة سبع",
    8: "ثمانية ثماني ثمان",
    9: "تسعة تسع",
    10: "عشرة عشر",
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين",
    40: "أربعون أربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين",
    90: "تسعون تسعين",
    100: "مائة مئة",
    200: "مائتان مائتين مئتان مئتين",
    300: "ثلاثمائة ثلاثمئة",
    400: "أربعمائة أربعمئة",
    500: "خمسمائة خمسمئة",
    600: "ستمائة ستمئة",
    700: "سبعمائة سبعمئة",
    800: "ثمانمائة ثمانمئة",
    900: "تسعمائة تسعمئة",
    # Arabic duals name two of a unit in one word.
    2000: "ألفان ألفين",
    2_000_000: "مليونان مليونين",
    2_000_000_000: "ملياران مليارين",
}
# Ordinals with the article, masculine and feminine ("الثالث", "الثالثة"); "الأولي" is left
# out, a misspelling of "الأولى" as often as "primary". The feminine "الثانية" is also "the
# second" of time, which only a pair of differing number words makes a finding.
_ARABIC_ORDINAL_STEMS = "حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر"
_ARABIC_ORDINALS = {
    "الأول": 1,
    "الاول": 1,
    "الأولى": 1,
    "الاولى": 1,
    **{
        "ال" + stem + ending: value
        for value, stem in enumerate(_ARABIC_ORDINAL_STEMS.split(), start=1)
        for ending in ("", "ة")
    },
    # The tens of an ordinal take the article: "الحادي والعشرين" (21st).
    **{
        "ال" + word: value
        for value, words in _ARABIC_NUMBER_WORDS.items()
        if 20 <= value < 100
        for word in words.split()
    },
}
# Egyptian spellings CLDR lacks.
_ARABIC_MONTH_SPELLINGS = {
    **{"إبريل": 4, "ابريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10},
    # The Levantine names written without their article, as they are spoken ("كانون ثاني")
    **{"كانون ثاني": 1, "تشرين أول": 10, "تشرين اول": 10, "تشرين ثاني": 11},
    **{"كانون أول": 12, "كانون اول": 12},
}

# Month names that also spell other words written in Arabic letters: "مايو" is the Spanish and
# Irish "Mayo", "أوت" (August in the Maghreb) the French "Haut(e)" of place names ("أوت كورس").
# Beside a day or a year they are the month; alone, only after a word that introduces a month
# ("في مايو", "منذ أوت"), or as the gloss of another of its names ("أيار (مايو)").
_ARABIC_MONTH_WORDS = ("في", "منذ", "حتى", "شهر", "من", "إلى", "بحلول", "أوائل", "أواخر", "منتصف")
_ARABIC_MONTHS_ALONE_ONLY_AFTER = {
    name: (*_ARABIC_MONTH_WORDS, "(") for name in ("مايو", "أوت", "اوت")
}

_ARABIC = LanguageFacts(
    code="ar",
    name="Arabic",
    # The Maghreb's month names ("فيفري", "ماي", "جوان") are CLDR's for ar_DZ, ar_TN, ar_MA.
    locales=("ar", "ar_SY", "ar_EG", "ar_IQ", "ar_LB", "ar_JO", "ar_SA", "ar_DZ", "ar_TN", "ar_MA"),
    group_mark=_group_mark("ar"),
    decimal_mark=cldr.NUMBER_SYMBOLS["ar"][1],
    arabic_indic_digits=True,
    percent_sign_may_lead=True,
    percent_words=(
        "في المائة",
        "في المئة",
        "بالمائة",
        "بالمئة",
        "بالمية",
        "نقطة مئوية",
        "نقاط مئوية",
    ),
    scale_words={
        **cldr.SCALE_WORDS["ar"],
        "ألفا": 10**3,
        "ألفًا": 10**3,
        "الف": 10**3,
        "الاف": 10**3,
        "مليونا": 10**6,
        "مليونًا": 10**6,
        "ملايين": 10**6,
        "مليارات": 10**9,
        "مليارا": 10**9,
        "بليون": 10**9,
        "تريليون": 10**12,
    },
    money_scale_letters={},
    number_prefixes=ARABIC_NUMBER_PREFIXES,
    reference_words=frozenset(("الشكل", "الفقرة", "البند", "المادة", "الجدول", "رقم")),
    decade_suffixes=("s",),
    decade_words=r"(?:عقد|العقد|\w+(?:ينيات|ينات))\s(?:من\s)?(?:عام\s)?{year}",
    month_names=_month_names("ar", _ARABIC_MONTH_SPELLINGS),
    standalone_month_names=_standalone_month_names(
        "ar", _ARABIC_MONTH_SPELLINGS, _ARABIC_MONTHS_ALONE_ONLY_AFTER
    ),
    months_alone_only_after=_ARABIC_MONTHS_ALONE_ONLY_AFTER,
    month_before_day=False,
    month_first_slash_dates=False,
    day_suffixes=(),
    day_month_links=("من",),
    month_year_links=("من عام", "من سنة", "عام", "سنة", "من"),
    year_words=("م",),
    pm_markers=("مساءً", "مساء", "م"),
    am_markers=("صباحًا", "صباحا", "صباح", "ص"),
    roman_century_words=(),
    roman_century_joiners=(),
    century_words_glued=True,
    ordinal_then_century=None,
    century_then_ordinal=CenturyThenOrdinal(
        century_words=("القرن", "القرنين", "للقرن"),
        glued_prefixes="وب",
        ordinals={
            "الأول": 1,
            "الاول": 1,
            "الحادي": 1,
            "الثاني": 2,
            "الثالث": 3,
            "الرابع": 4,
            "الخامس": 5,
            "السادس": 6,
            "السابع": 7,
            "الثامن": 8,
            "التاسع": 9,
            "العاشر": 10,
            "العشرين": 20,
        },
        teen="عشر",
        twenty="والعشرين",
        joiner="و",
        decade_suffixes=("ينيات", "ينات"),
    ),
    spelled=SpelledNumbers(
        numbers={
            **{
                word: value
                for value, words in _ARABIC_NUMBER_WORDS.items()
                for word in words.split()
            },
            # A dual states its 2 as "two" would: "قتل جنديان" against "Three soldiers".
            **_ARABIC_DUALS,
        },
        multipliers={
            **dict.fromkeys(("ألف", "آلاف"), 10**3),
            **dict.fromkeys(("مليون", "ملايين"), 10**6),
            **dict.fromkeys(("مليار", "مليارات"), 10**9),
        },
        joiners=(),  # "خمسة وعشرون": the "و" is glued
        # Arabic glues "و" (and) and "ب" (by) to the number; "ل" is left out ("لست": "I am not").
        prefixes="وب",
        ordinal_teen="عشر",
        ordinal_article="ال",
        ordinals=_ARABIC_ORDINALS,
        ones=("واحد", "واحدة"),
        ones_not_before=("من",),
        ones_not_after=("وقت", "آن", "ان", "صوت", "رجل"),  # "في آن واحد": at once
        ordinals_not_after=(),
        case_endings="ًا|ا|ً",
    ),
    month_abbreviations_dotted=False,
    hamza_optional=True,
    time_words=TimeWords(
        after=(
            r"\s*(?P<part>صباحا|صباحًا|صباحاً|ص|مساء|مساءً|مساءا|م|ظهرا|ظهرًا|ظهراً|عصرا|عصرًا|عصراً"
            r"|فجرا|فجرًا|ليلا|ليلًا|بعد\s+الظهر|بعد\s+الظهيرة)(?!\w)"
        ),
        before=r"(?:ال|بال|وال|لل)ساعة\s*$",
        late_parts=frozenset(
            {"مساء", "مساءً", "مساءا", "م", "ظهرا", "ظهرًا", "ظهراً", "عصرا", "عصرًا", "عصراً"}
            | {"بعدالظهر", "بعدالظهيرة"}  # "بعد الظهر", afternoon, its space taken out
        ),
        night_parts=frozenset({"ليلا", "ليلًا"}),
        twelve_early_is_midnight=False,
        # Not "الظهر" alone, which is also "the back" and "appeared"; "بعد الظهر" is afternoon.
        named={
            r"(?<!\w)(?:منتصف النهار|الظهيرة|عند الظهر)(?!\w)": (12, 0),
            r"(?<!\w)منتصف الليل(?!\w)": (0, 0),
        },
        zones={
            r"(?<!\w)(?:بتوقيت\s+(?:غرينتش|غرينيتش|جرينتش|جرينيتش)|GMT|UTC)(?!\w)": 0,
            r"(?<!\w)بتوقيت\s+(?:موسكو|مكة|مكه|الرياض|السعودية|بغداد|العراق|الدوحة|قطر)(?!\w)": 180,
            r"(?<!\w)بتوقيت\s+(?:الإمارات|الامارات|أبوظبي|أبو\s+ظبي|دبي)(?!\w)": 240,
            r"(?<!\w)بتوقيت\s+بكين(?!\w)": 480,
        },
        local_time=r"(?<!\w)(?:بالتوقيت|بتوقيت|حسب\s+التوقيت)\s+المحلي(?!\w)",
        # The hour is a feminine ordinal ("التاسعة", "الحادية عشرة"): "at the ninth (hour)".
        hours_in_words=(
            r"(?<!\w)(?P<hour>ال\w+[ةه](?:\s+عشر[ةه]?)?)"
            r"(?:\s+و\s?(?:ال)?(?P<past>نصف|ربع|ثلث)|\s+إلا\s+(?:ال)?(?P<to>ربع|ثلث)[اً]*)?"
        ),
        hour_parts={"نصف": 30, "ربع": 15, "ثلث": 20},
    ),
    percent=PercentWords(
        after_figure=r"\s*(?:(?:في|ب)\s?ال(?:مائة|مئة|مية)|نقط\w*\s+مئوية|%|٪)",
        after_words=r"(?:في|ب) ?ال(?:مائه|مئه|ميه)",
        fractions={Decimal(50): ("نصف",), Decimal(25): ("ربع",)},
        points=r"نقط|نقاط",
        # Typists of right-to-left text often write a dashed pair the way it shows ("4-1" for
        # pages 1 to 4, "1 - 3" displays as "3 - 1"): only "مقابل" and a colon keep the order.
        score_links=r":|\s+مقابل\s+",
        loss_words=r"(?<!\w)(?:خسر\w*|خسار\w*|هُزم\w*|انهزم\w*)",  # not هزم: "defeated" too
        parts_of_point={
            Decimal("0.5"): r"(?<!\w)[وب]?نصف\s+(?:ال)?نقط[ةه](?:\s+(?:ال)?مئوي[ةه])?(?!\w)",
            Decimal("0.25"): r"(?<!\w)[وب]?ربع\s+(?:ال)?نقط[ةه](?:\s+(?:ال)?مئوي[ةه])?(?!\w)",
        },
        basis_points=r"\s*(?:نقط\w*|نقاط)\s+(?:ال)?أساس(?!\w)",
    ),
    number_words=NumberWords(
        glued_prefix=r"(?:[وفبكل]?(?:ال|ل)?)?",
        scale_stems=("الف", "الاف", "الوف", "مليون", "ملايين", "مليار", "تريليون"),
        scale_words={1000: "(?:ألف|آلاف)", 10**6: "(?:مليون|ملايين)", 10**9: "(?:مليار|مليارات)"},
        minus_before=r"(?<!\w)(?:ناقص|سالب)\s*$",
        minus_words=("ناقص", "تحت الصفر"),
        decades={
            2: r"(?<!\w)[وب]?(?:ال)?عشر(?:ينيات|ينات)(?!\w)",
            3: r"(?<!\w)[وب]?(?:ال)?ثلاث(?:ينيات|ينات)(?!\w)",
            4: r"(?<!\w)[وب]?(?:ال)?[أا]ربع(?:ينيات|ينات)(?!\w)",
            5: r"(?<!\w)[وب]?(?:ال)?خمس(?:ينيات|ينات)(?!\w)",
            6: r"(?<!\w)[وب]?(?:ال)?ست(?:ينيات|ينات)(?!\w)",
            7: r"(?<!\w)[وب]?(?:ال)?سبع(?:ينيات|ينات)(?!\w)",
            8: r"(?<!\w)[وب]?(?:ال)?ثمان(?:ينيات|ينات)(?!\w)",
            9: r"(?<!\w)[وب]?(?:ال)?تسع(?:ينيات|ينات)(?!\w)",
        },
        subunits=(
            r"\s+(?:دولار\w*|جنيه\w*|ريال\w*|درهم\w*|دينار\w*|يورو|روبل\w*)\s+(?:و\s*)?",
            r"\s+(?:سنت\w*|قرش\w*|قروش|هلل\w*|فلس\w*|فلوس|كوبيك\w*)",
        ),
        minus_after=r"(?:\s*(?:°|درج\w*)(?:\s+مئوي\w*)?)?\s+تحت\s+الصفر(?!\w)",
        parts_of_scale={
            # "نصف مليون", "ربع المليون", "ثلاثة أرباع المليار"
            Decimal("0.5"): (r"نصف\s+(?:ال)?{scale}",),
            Decimal("0.25"): (r"ربع\s+(?:ال)?{scale}",),
            Decimal("0.75"): (r"ثلاثة\s+أرباع\s+(?:ال)?{scale}",),
        },
        and_a_half=AndAHalf(
            after_figure=r"(?:\s+\w+)?\s+و\s?نصف(?!\w)",
            in_words=r"{number}{scale}\s*و\s*نصف",
            one="",
            # "مليار ونصف", "مليارا ونصف المليار" (accusative, the scale named again)
            one_scale=(r"{scale}ا?\s*و\s*نصف",),
        ),
        and_words=("و",),
        # One letter for the alef and yeh variants and for ta marbuta, as typists write them.
        folded_letters={"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"},
        ignored_marks="[\u064b-\u065f\u0670\u0640]",
        counts={
            Decimal(12): ("دزينة", "دستة"),
            Decimal(10): ("عقد", "عقدا"),
            Decimal(2): ("كلا", "كلتا", "ضعف", "ضعفين"),
            # A score's nought: "فاز بهدفين دون رد" (won 2-0, "without reply").
            Decimal(0): (r"(?:دون|بدون|بلا)\s+رد", r"نظيف(?:ة|ين|تين)"),
        },
        unit_prefixes={10**6: r"(?:ميغا|ميجا)\w+", 10**9: r"(?:غيغا|جيجا)\w+", 10**12: r"تيرا\w+"},
        units_before_tens=True,
        # Indefinite only: "الشهر" (the month) names a month, not one of them. A conjunction
        # or preposition may be glued before ("بيوم", "لساعة").
        one_unit=(
            r"[وفبلك]?(?:ثانية|دقيقة|ساعة|يوم|أسبوع|اسبوع|شهر|سنة|عام"
            r"|بايت|كيلوبايت|(?:ميغا|ميجا|غيغا|جيجا)بايت)[\u064b-\u0652]*"
        ),
        named=NamedNumbers(
            bases={
                2: r"(?:ال)?ثنائي[\u064b-\u0652]*ة?",
                8: r"(?:ال)?ثماني[\u064b-\u0652]*ة?",
                10: r"(?:ال)?عشري[\u064b-\u0652]*ة?",
                16: r"(?:ال)?ست\s?عشري[\u064b-\u0652]*ة?",
            },
            base_before=r"(?:أساس|الأساس|للأساس)[-:\s]*$",
            base_after=r"",
            equal_parts=r"متساو|بالتساوي|مماثل|مطابق|طبق الأصل|الأصلي",
            period_units={
                "year": r"(?:سنة|عام)",
                "month": r"شهر",
                "week": r"(?:أسبوع|اسبوع)",
                "day": r"يوم",
                "hour": r"ساعة",
                "minute": r"دقيقة",
            },
            frequencies={
                "year": r"سنوي|كل سنة|كل عام",
                "month": r"شهري|كل شهر",
                "week": r"أسبوعي|اسبوعي|كل أسبوع",
                "day": r"يومي|كل يوم",
                "hour": r"كل ساعة",
                "minute": r"كل دقيقة",
            },
            twelve_hour=r"[ \u00a0-]?(?:ساعة|ساعات)(?!\w)",
        ),
    ),
    month_words=MonthWords(
        extra={},
        # As often names: "ماي" (May) is Mai, "جوان" (June) Joan.
        name_like=frozenset({"ماي", "جوان"}),
        ending=r"\.?",
        glued_prefix=r"(?:[وفبل]?(?:ال)?)?",
    ),
    compound_words=None,
    unit_words=UnitWords(
        names=(
            ("mile per hour", r"(?:ميل|ميلا|ميلًا|أميال) ?(?:في|ب|/) ?(?:ال)?ساعة"),
            (
                "kilometre per hour",
                r"(?:كم|كيلومتر(?:ا|ًا|ات)?) ?(?:في|ب|/) ?(?:ال)?ساعة|كم/س",
            ),
            ("fahrenheit", r"درج(?:ة|ات) فهرنهايت|فهرنهايت"),
            ("celsius", r"درج(?:ة|ات)(?: مئوية)?|°\s?[Cم]"),
            ("inch", r"بوص(?:ة|ات)|إنش(?:ات)?|انش"),
            ("foot", r"قدم(?:ا|ًا)?|أقدام|اقدام"),
            ("yard", r"يارد(?:ة|ات|ا)?"),
            ("mile", r"ميل(?:ا|ًا)?|أميال|اميال"),
            ("millimetre", r"ملم|مم|مليمتر(?:ات|ا|ًا)?|ملليمتر(?:ات|ا|ًا)?"),
            ("centimetre", r"سم|سنتيمتر(?:ات|ا|ًا)?|سنتمتر(?:ات|ا|ًا)?|سانتيمتر(?:ات|ا|ًا)?"),
            ("kilometre", r"كم|كيلومتر(?:ات|ا|ًا)?|كيلو متر"),
            ("metre", r"متر(?:ا|ًا|ات)?|أمتار|امتار"),
            ("pound", r"رطل(?:ا|ًا)?|أرطال|باوند"),
            ("kilogram", r"كيلوغرام(?:ات|ا|ًا)?|كيلوجرام(?:ات|ا|ًا)?|كجم|كغ|كلغ|كيلو"),
            ("knot", r"عقدة|عقد"),
            ("acre", r"فدان|أفدنة|أكر|آكر|ايكر|إيكر"),
            ("hectare", r"هكتار(?:ات|ا|ًا)?"),
            ("gallon", r"جالون(?:ات)?|غالون(?:ات)?"),
            ("litre", r"لتر(?:ات|ا|ًا)?"),
            ("minute", r"دقيق(?:ة|ه|تين|تان)|دقائق"),
            ("hour", r"ساع(?:ة|ه|ات|تين|تان)"),
            ("day", r"يوم(?:ا|ًا|ين|ان)?|أيام|ايام"),
            ("week", r"أسبوع(?:ا|ًا|ين|ان)?|اسبوع(?:ا|ين|ان)?|أسابيع|اسابيع"),
            ("month", r"شهر(?:ا|ًا|ين|ان)?|أشهر|اشهر|شهور"),
            ("year", r"عام(?:ا|ًا|ين|ان)?|أعوام|اعوام|سن(?:ة|ه|وات|تين|تان)"),
        ),
        feet_and_inches="",
        inches_word="",
        range_links=("إلى", "الى", "و", "أو"),
        # Not "قدم" alone, as often "presented" as a foot.
        converted=("ميل", "أميال", "أقدام", "قدما", "رطل", "إنش"),
        duals=True,
    ),
)

FACTS: dict[str, LanguageFacts] = {facts.code: facts for facts in (_ENGLISH, _RUSSIAN, _ARABIC)}


# ---------------------------------------------------------------------------------------------
# CLDR's facts, read from Babel (by tests/test_figures_cldr_facts.py, which stores them).


def cldr_number_symbols(locale: str) -> tuple[str, str]:
    """The group and decimal symbols of Latin digits in `locale`."""
    from babel import Locale

    symbols = Locale.parse(locale).number_symbols["latn"]
    return symbols["group"], symbols["decimal"]


def _strip_marks(text: str) -> str:
    return "".join(char for char in text if char not in INVISIBLE_MARKS).strip()


def cldr_percent_signs(locales: Iterable[str]) -> frozenset[str]:
    """The percent signs of `locales`, in Latin and Arabic digits."""
    from babel import Locale

    signs = set()
    for identifier in locales:
        for system in ("latn", "arab"):
            symbols = Locale.parse(identifier).number_symbols.get(system)
            if symbols and "percentSign" in symbols:
                signs.add(_strip_marks(symbols["percentSign"]))
    return frozenset(signs)


def cldr_scale_words(locales: Iterable[str]) -> dict[str, int]:
    """Scale words of CLDR's compact decimal patterns: "0 тыс." under 1000 gives тыс. = 1000."""
    from babel import Locale

    words: dict[str, int] = {}
    for identifier in locales:
        formats = Locale.parse(identifier).compact_decimal_formats
        for length in ("short", "long"):
            for patterns in formats[length].values():
                for magnitude, pattern in patterns.items():
                    positive = pattern.prefix[0] + pattern.suffix[0]
                    word = _strip_marks(positive.replace("'", ""))
                    zeros = pattern.pattern.count("0")
                    # One-letter abbreviations ("5K", "5B") are English-only shorthand that
                    # reads as a unit or an identifier too often ("5 m" is five metres).
                    if len(word) > 1:
                        words[word] = int(magnitude) // 10 ** (zeros - 1)
    return words


def _without_hamza(name: str) -> str:
    """Arabic typists often drop the hamza of an initial alef: "أيار" is also written "ايار"."""
    return name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def cldr_month_names(
    facts: LanguageFacts, widths: tuple[Literal["wide", "abbreviated"], ...]
) -> dict[str, int]:
    """Month names of every locale of the language, in the format and stand-alone contexts."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for identifier in facts.locales:
        for context in ("format", "stand-alone"):
            wide = get_month_names("wide", context, identifier)
            for width in widths:
                for month, cldr_name in get_month_names(width, context, identifier).items():
                    name = " ".join(cldr_name.split())  # "تشرين\u00a0الأول" as "تشرين الأول"
                    # With and without a full stop: "Jan", "Jan.", "янв", "янв.".
                    names[name] = month
                    names[name.rstrip(".")] = month
                    if (
                        width == "abbreviated"
                        and name != wide[month]
                        and facts.month_abbreviations_dotted
                    ):
                        names[name.rstrip(".") + "."] = month
                    # "آب" (August) without its madda would read as "father".
                    if facts.hamza_optional and len(name) > 2:
                        names[_without_hamza(name)] = month
    return names
