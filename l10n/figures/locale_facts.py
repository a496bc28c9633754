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
from dataclasses import dataclass
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


# ---------------------------------------------------------------------------------------------
# The record of one language.


@dataclass(frozen=True)
class SpelledNumbers:
    """Numbers written in words, read only when asked (`extract_figures(..., spelled_out=True)`).

    numbers: the words whose values add up ("twenty-five", "двести пятьдесят", "خمسة وعشرون").
    multipliers: "hundred", "thousand", "тысяч", "آلاف"; a multiplier alone ("thousands",
        "тысячи") is not a figure.
    joiners: words between the words of one number ("one hundred and five").
    prefixes: letters glued to a number word that leave it a number ("وعشرون").
    ordinal_teen, ordinal_article: a number starting with `ordinal_teen` after a word starting
        with `ordinal_article` ends an ordinal ("التاسع عشر" is nineteenth), not the number ten;
        "" where the language has no such ordinals.
    """

    numbers: Mapping[str, int]
    multipliers: Mapping[str, int]
    joiners: tuple[str, ...]
    prefixes: str
    ordinal_teen: str
    ordinal_article: str


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
    """

    after: str
    before: str
    late_parts: frozenset[str]
    night_parts: frozenset[str]
    twelve_early_is_midnight: bool


@dataclass(frozen=True)
class PercentWords:
    """Percentages the second reading finds in words ("27 процентами", "десяти процентов").

    after_figure: a regular expression matched right after a figure that makes it a percentage
        (every form: "процентами", "percentage points", "في المائة").
    after_words: a regular expression after a number in words, as `words.normalize` writes
        the text.
    fractions: fractions in words that state a percentage, as regular expressions ("half" for
        50%).
    """

    after_figure: str
    after_words: str
    fractions: Mapping[Decimal, tuple[str, ...]]


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
    """

    names: tuple[tuple[str, str], ...]
    feet_and_inches: str
    inches_word: str
    range_links: tuple[str, ...]


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
        numbers={word: value for value, word in _ENGLISH_NUMBER_WORDS.items()},
        multipliers={"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9},
        joiners=("and",),
        prefixes="",
        ordinal_teen="",
        ordinal_article="",
    ),
    month_abbreviations_dotted=True,
    hamza_optional=False,
    time_words=TimeWords(
        after=r"(?i)\s?(?P<part>a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)",
        before="",
        late_parts=frozenset({"p.m.", "pm", "p.m", "pm."}),
        night_parts=frozenset(),
        twelve_early_is_midnight=True,
    ),
    percent=PercentWords(
        after_figure=r"(?i)[\s-]*(?:per\s?cent|percent(?:age points?)?|pct)(?!\w)",
        after_words=r"(?:per ?cent|percent)",
        fractions={Decimal(50): ("half",), Decimal(25): ("quarter",)},
    ),
    number_words=NumberWords(
        glued_prefix="",
        scale_stems=("thousand", "million", "billion", "trillion"),
        scale_words={1000: "thousand", 10**6: "million", 10**9: "billion"},
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
            Decimal(10): ("decade",),
            Decimal(2): ("both", "twice", "double"),
            Decimal(3): ("thrice", "triple"),
        },
        unit_prefixes={10**6: r"mega\w+", 10**9: r"giga\w+", 10**12: r"tera\w+"},
    ),
    month_words=MonthWords(extra={}, name_like=frozenset(), ending=r"\.?", glued_prefix=""),
    compound_words=None,
    unit_words=UnitWords(
        names=(
            ("mile per hour", r"mph|m\.p\.h\.|miles? (?:per|an) hour"),
            ("kilometre per hour", r"km/h|kph|kmh|kilomet(?:er|re)s? (?:per|an) hour"),
            ("square mile", r"square miles?|sq\.? ?mi(?:les?)?"),
            ("square kilometre", r"square kilomet(?:er|re)s?|sq\.? ?km|km2|km²"),
            ("fahrenheit", r"(?:degrees? )?fahrenheit|°\s?F|degrees?(?! celsius| centigrade)"),
            ("celsius", r"(?:degrees? )?(?:celsius|centigrade)|°\s?C"),
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
        ),
        feet_and_inches=r"(?i)(?:-|\s?)(?:foot|feet|ft\.?)(?:-|\s?)(?=\d)",
        inches_word=r"(?i)\s?(?:-?inch(?:es)?|in\.)?",
        range_links=("to", "and", "or", "up to"),
    ),
)


# ---------------------------------------------------------------------------------------------
# Russian.

# Left out: "один" (a pronoun as often as a number: "один из"), "семью" (also "family").
_RUSSIAN_NUMBER_WORDS: dict[int, str] = {
    2: "два две двух двум двумя двое",
    3: "три трёх трех трём трем тремя трое",
    4: "четыре четырёх четырех четырём четырем четырьмя четверо",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи",
    8: "восемь восьми восемью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    11: "одиннадцать одиннадцати",
    12: "двенадцать двенадцати",
    13: "тринадцать тринадцати",
    14: "четырнадцать четырнадцати",
    15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати",
    17: "семнадцать семнадцати",
    18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати",
    20: "двадцать двадцати",
    30: "тридцать тридцати",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти",
    60: "шестьдесят шестидесяти",
    70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот",
    300: "триста трёхсот трехсот",
    400: "четыреста четырёхсот четырехсот",
    500: "пятьсот пятисот",
    600: "шестьсот шестисот",
    700: "семьсот семисот",
    800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}
_RUSSIAN_ORDINAL_STEMS = (
    "перв втор трет четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат"
    " четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат"
)
_RUSSIAN_ORDINAL_ENDINGS = "ый ий ой ого ому ом ым ых ая ую ое ьего ьему ьем ьим ья ье ьих"
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
_RUSSIAN_COMPOUND_NUMBER_STEMS: dict[str, int | str] = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "полутора": "1.5",
    "двенадцати": 12, "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "сорока": 40,
    "пятидесяти": 50, "ста": 100,
}  # fmt: skip

# The case endings of Russian unit words ("фунтов", "футами"); "-овый" of a compound adjective
# ("300-килограммовое") too.
_RUSSIAN_UNIT_ENDINGS = r"(?:ов\w*|а|ы|ам|ами|ах|е|ом|у)?"


def _noun(stem: str) -> str:
    """A Russian noun of a number in every case ("семёрка", "семёрки", "семёркой"): a team or a
    list of that many. Not "десятка" and "сотня", whose plurals say "tens" and "hundreds",
    nor "двойка", a school mark."""
    return rf"{stem}(?:а|и|е|у|ой|ою|ам|ами|ах)"


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
        ordinals={
            stem.replace("ё", letter) + ending: value
            for value, stem in enumerate(_RUSSIAN_ORDINAL_STEMS.split(), start=1)
            for letter in "ёе"
            for ending in _RUSSIAN_ORDINAL_ENDINGS.split()
        },
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
            word: value for value, words in _RUSSIAN_NUMBER_WORDS.items() for word in words.split()
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
    ),
    percent=PercentWords(
        after_figure=r"(?i)[\s-]*(?:процент\w*|процентн\w+\s+пункт\w*|п\.\s?п\.)",
        after_words=r"процент\w*",
        fractions={Decimal(50): (r"половин\w*",), Decimal(25): (r"четверт\w*",)},
    ),
    number_words=NumberWords(
        glued_prefix="",
        scale_stems=("тысяч", "миллион", "миллиард", "триллион"),
        scale_words={1000: r"тысяч\w*", 10**6: r"миллион\w*", 10**9: r"миллиард\w*"},
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
            Decimal(0): (r"нул(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)",),
            Decimal(12): (r"дюжин\w*",),
            Decimal(10): (
                r"десят(?:ок|ка|ку|ком|ки|ков)",
                r"десятилети\w*",
                "десятеро",
                "десятерых",
            ),
            Decimal(24): (r"сут(?:ки|ок|кам|ками|ках)",),
            Decimal("1.5"): ("полтора", "полторы", "полутора"),
            Decimal(2): (
                *("оба", "обе", "обоих", "обеих", "обоим", "обеим", "дважды", "вдвое"),
                *("двое", "двоих", "двоим", "двоими"),
            ),
            Decimal(3): ("трижды", "втрое", "трое", "троих", "троим", "троими", _noun("тройк")),
            Decimal(4): (
                *("вчетверо", "четверо", "четверых", "четверым", "четверыми"),
                _noun("четв[её]рк"),
            ),
            Decimal(5): ("пятеро", "пятерых", "пятерым", _noun("пят[её]рк")),
            Decimal(6): ("шестеро", "шестерых", "шестерым", _noun("шест[её]рк")),
            Decimal(7): ("семеро", "семерых", "семерым", _noun("сем[её]рк")),
            Decimal(8): ("восьмеро", "восьмерых", _noun("восьм[её]рк")),
            Decimal(9): ("девятеро", "девятерых", _noun("девятк")),
        },
        unit_prefixes={10**6: r"мега\w+", 10**9: r"гига\w+", 10**12: r"тера\w+"},
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
        not_in_adjectives=frozenset({"одно", "ста"}),
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
        ),
        feet_and_inches="",
        inches_word="",
        range_links=("до", "или", "и"),
    ),
)


# ---------------------------------------------------------------------------------------------
# Arabic.

# Left out: "أحد" (also "someone", "Sunday").
_ARABIC_NUMBER_WORDS: dict[int, str] = {
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني",
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
# Egyptian spellings CLDR lacks.
_ARABIC_MONTH_SPELLINGS = {
    **{"إبريل": 4, "ابريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10},
    # The Levantine names written without their article, as they are spoken ("كانون ثاني")
    **{"كانون ثاني": 1, "تشرين أول": 10, "تشرين اول": 10, "تشرين ثاني": 11},
    **{"كانون أول": 12, "كانون اول": 12},
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
    standalone_month_names=_standalone_month_names("ar", _ARABIC_MONTH_SPELLINGS, {}),
    months_alone_only_after={},
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
            word: value for value, words in _ARABIC_NUMBER_WORDS.items() for word in words.split()
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
    ),
    month_abbreviations_dotted=False,
    hamza_optional=True,
    time_words=TimeWords(
        after=(
            r"\s*(?P<part>صباحا|صباحًا|صباحاً|ص|مساء|مساءً|مساءا|م|ظهرا|ظهرًا|ظهراً|عصرا|عصرًا|عصراً"
            r"|فجرا|فجرًا|ليلا|ليلًا)(?!\w)"
        ),
        before=r"(?:ال|بال|وال|لل)ساعة\s*$",
        late_parts=frozenset(
            {"مساء", "مساءً", "مساءا", "م", "ظهرا", "ظهرًا", "ظهراً", "عصرا", "عصرًا", "عصراً"}
        ),
        night_parts=frozenset({"ليلا", "ليلًا"}),
        twelve_early_is_midnight=False,
    ),
    percent=PercentWords(
        after_figure=r"\s*(?:(?:في|ب)\s?ال(?:مائة|مئة|مية)|نقط\w*\s+مئوية|%|٪)",
        after_words=r"(?:في|ب) ?ال(?:مائه|مئه|ميه)",
        fractions={Decimal(50): ("نصف",), Decimal(25): ("ربع",)},
    ),
    number_words=NumberWords(
        glued_prefix=r"(?:[وفبكل]?(?:ال|ل)?)?",
        scale_stems=("الف", "الاف", "الوف", "مليون", "ملايين", "مليار", "تريليون"),
        scale_words={1000: "(?:ألف|آلاف)", 10**6: "(?:مليون|ملايين)", 10**9: "(?:مليار|مليارات)"},
        and_a_half=AndAHalf(
            after_figure=r"(?:\s+\w+)?\s+و\s?نصف(?!\w)",
            in_words=r"{number}{scale}\s*و\s*نصف",
            one="",
            one_scale=(r"{scale}\s*و\s*نصف",),
        ),
        and_words=("و",),
        # One letter for the alef and yeh variants and for ta marbuta, as typists write them.
        folded_letters={"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"},
        ignored_marks="[\u064b-\u065f\u0670\u0640]",
        counts={
            Decimal(12): ("دزينة", "دستة"),
            Decimal(10): ("عقد", "عقدا"),
            Decimal(2): ("كلا", "كلتا", "ضعف", "ضعفين"),
        },
        unit_prefixes={10**6: r"(?:ميغا|ميجا)\w+", 10**9: r"(?:غيغا|جيجا)\w+", 10**12: r"تيرا\w+"},
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
        ),
        feet_and_inches="",
        inches_word="",
        range_links=("إلى", "الى", "و", "أو"),
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
