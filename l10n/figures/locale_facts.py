"""Locale facts for figure extraction, as data: digits, separators, signs, percent and scale
words, month names, time-of-day markers, decade and century forms and spelled-out numbers for
each language l10n supports.

CLDR (through Babel) is the source wherever it has the fact: decimal and group symbols, percent
signs, compact-number scale words ("тыс.", "миллиардов", "آلاف"), month names in the format
and stand-alone contexts of every locale of a language. What is typed here is what CLDR lacks:
the spellings press text uses besides CLDR's (Russian prepositional months "в марте", "Sept.",
"bn", Arabic "في المائة"), and the space characters that stand for one another.

The `cldr_*` functions read CLDR's facts from Babel; importing this module does not call them
but reads what they gave, stored in `l10n.figures.cldr_facts`, since they load fourteen locales
(about 65 ms, more than the rest of `l10n check --help`). tests/test_figures_cldr_facts.py checks
the stored facts against the installed Babel, and writes them again when run as a script.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from l10n.figures import cldr_facts as cldr

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

VULGAR_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal(1) / 2,
    "¼": Decimal(1) / 4,
    "¾": Decimal(3) / 4,
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "⅛": Decimal(1) / 8,
}

LANGUAGE_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en", "en_GB", "en_US"),
    "ru": ("ru",),
    # The Maghreb's month names ("فيفري", "ماي", "جوان") are CLDR's for ar_DZ, ar_TN, ar_MA.
    "ar": ("ar", "ar_SY", "ar_EG", "ar_IQ", "ar_LB", "ar_JO", "ar_SA", "ar_DZ", "ar_TN", "ar_MA"),
}


@dataclass(frozen=True)
class NumberConvention:
    """How a language writes the Latin-digit number 2,080,443.5 (group and decimal marks)."""

    group: str  # the group separator, a space for Russian (all of GROUP_SPACES stand for it)
    decimal: str
    name: str  # for messages: "English", "Russian", "Arabic"
    language: str


def cldr_number_symbols(language: str) -> tuple[str, str]:
    """The group and decimal symbols of Latin digits in the language's first locale."""
    from babel import Locale

    symbols = Locale.parse(LANGUAGE_LOCALES[language][0]).number_symbols["latn"]
    return symbols["group"], symbols["decimal"]


def _convention(language: str, name: str) -> NumberConvention:
    group, decimal = cldr.NUMBER_SYMBOLS[language]
    return NumberConvention(
        group=" " if group in GROUP_SPACES else group,
        decimal=decimal,
        name=name,
        language=language,
    )


CONVENTIONS: dict[str, NumberConvention] = {
    "en": _convention("en", "English"),
    "ru": _convention("ru", "Russian"),
    "ar": _convention("ar", "Arabic"),
}


def _strip_marks(text: str) -> str:
    return "".join(char for char in text if char not in INVISIBLE_MARKS).strip()


def cldr_percent_signs() -> frozenset[str]:
    """The percent signs of every locale of every language, in Latin and Arabic digits."""
    from babel import Locale

    signs = set()
    for locales in LANGUAGE_LOCALES.values():
        for identifier in locales:
            for system in ("latn", "arab"):
                symbols = Locale.parse(identifier).number_symbols.get(system)
                if symbols and "percentSign" in symbols:
                    signs.add(_strip_marks(symbols["percentSign"]))
    return frozenset(signs)


PERCENT_SIGNS: frozenset[str] = cldr.PERCENT_SIGNS | {"%", "\u066a"}

# Words written after a number to make it a percentage ("per cent", "процентов", "في المائة").
# Percentage points are compared as percents: a translation says "points" the way its source does.
PERCENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("per cent", "percent", "percentage points", "percentage point", "pct"),
    "ru": (
        "процентных пункта",
        "процентных пунктов",
        "процентный пункт",
        "процентов",
        "процента",
        "процент",
        "проц.",
        "п.п.",
        "п. п.",
    ),
    "ar": (
        "في المائة",
        "في المئة",
        "بالمائة",
        "بالمئة",
        "بالمية",
        "نقطة مئوية",
        "نقاط مئوية",
    ),
}


def cldr_scale_words(language: str) -> dict[str, int]:
    """Scale words of CLDR's compact decimal patterns: "0 тыс." under 1000 gives тыс. = 1000."""
    from babel import Locale

    words: dict[str, int] = {}
    for identifier in LANGUAGE_LOCALES[language]:
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


_EXTRA_SCALE_WORDS: dict[str, dict[str, int]] = {
    "en": {"bn": 10**9, "mn": 10**6, "mln": 10**6, "bln": 10**9, "tn": 10**12},
    "ru": {
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
    "ar": {
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
}

SCALE_WORDS: dict[str, dict[str, int]] = {
    language: {**cldr.SCALE_WORDS[language], **extra}
    for language, extra in _EXTRA_SCALE_WORDS.items()
}


def _without_hamza(name: str) -> str:
    """Arabic typists often drop the hamza of an initial alef: "أيار" is also written "ايار"."""
    return name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def cldr_month_names(
    language: str, widths: tuple[Literal["wide", "abbreviated"], ...]
) -> dict[str, int]:
    """Month names of every locale of the language, in the format and stand-alone contexts."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for identifier in LANGUAGE_LOCALES[language]:
        for context in ("format", "stand-alone"):
            wide = get_month_names("wide", context, identifier)
            for width in widths:
                for month, cldr_name in get_month_names(width, context, identifier).items():
                    name = " ".join(cldr_name.split())  # "تشرين\u00a0الأول" as "تشرين الأول"
                    # With and without a full stop: "Jan", "Jan.", "янв", "янв.".
                    names[name] = month
                    names[name.rstrip(".")] = month
                    if width == "abbreviated" and name != wide[month] and language != "ar":
                        names[name.rstrip(".") + "."] = month
                    # "آب" (August) without its madda would read as "father".
                    if language == "ar" and len(name) > 2:
                        names[_without_hamza(name)] = month
    return names


# Wide names CLDR lacks: Russian prepositional and dative cases ("в марте", "к марту"), Egyptian
# spellings. Russian month names are lower case: a capitalised "Марта" is the name Martha.
_EXTRA_WIDE_MONTH_NAMES: dict[str, dict[str, int]] = {
    "en": {},
    "ru": {
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
    },
    "ar": {"إبريل": 4, "ابريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10},
}
_EXTRA_SHORT_MONTH_NAMES: dict[str, dict[str, int]] = {
    "en": {"Sept": 9, "Sept.": 9},
    "ru": {"фев.": 2, "сен.": 9, "ноя.": 11},
    "ar": {},
}

# Month names that stand for a month on their own ("in March", "в марте", "في آذار").
# English "May" stands alone only after MAY_PRECEDING_WORDS.
STANDALONE_MONTH_NAMES: dict[str, dict[str, int]] = {
    language: {
        name: month
        for name, month in {**cldr.WIDE_MONTH_NAMES[language], **extra}.items()
        if name != "May"
    }
    for language, extra in _EXTRA_WIDE_MONTH_NAMES.items()
}

# Every month name, abbreviations included ("Jan.", "янв."): a month beside a day or a year.
MONTH_NAMES: dict[str, dict[str, int]] = {
    language: {
        **cldr.MONTH_NAMES[language],
        **_EXTRA_WIDE_MONTH_NAMES[language],
        **extra,
    }
    for language, extra in _EXTRA_SHORT_MONTH_NAMES.items()
}

# English "May" is also a modal verb and a surname: alone, it is the month only after these words
# ("in May", "since May"), and always beside a day or a year.
MAY_PRECEDING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("in", "since", "until", "till", "by", "early", "late", "mid-", "from", "through"),
    "ru": (),
    "ar": (),
}

# Between a day and its month: "4th of March", "1 من آب".
DAY_MONTH_LINKS: dict[str, tuple[str, ...]] = {"en": ("of",), "ru": (), "ar": ("من",)}

# Between a month and its year: "March of 2018", "مارس من عام 2018".
MONTH_YEAR_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("of",),
    "ru": (),
    "ar": ("من عام", "من سنة", "عام", "سنة", "من"),
}

# After a year, part of the date as written: "29 января 2020 г.", "2020 года".
YEAR_WORDS: dict[str, tuple[str, ...]] = {
    "en": (),
    "ru": ("г.", "года", "году", "год"),
    "ar": ("م",),
}

# Markers after a time of day that move it into the afternoon, or back to midnight.
PM_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("p.m.", "pm", "PM", "P.M."),
    "ru": ("вечера",),
    "ar": ("مساءً", "مساء", "م"),
}
AM_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("a.m.", "am", "AM", "A.M."),
    "ru": ("утра",),
    "ar": ("صباحًا", "صباحا", "صباح", "ص"),
}

# Day-first or month-first reading of "1/2/2020" when both parts could be a month.
MONTH_FIRST_SLASH_DATES: dict[str, bool] = {"en": True, "ru": False, "ar": False}

# Written between a day of the month and its month: "4th March", "4-го марта".
DAY_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"),
    "ru": ("-го", "-е", "го"),
    "ar": (),
}

# English writes "March 4, 2018" (month first) as well as "4 March 2018".
MONTH_BEFORE_DAY: dict[str, bool] = {"en": True, "ru": False, "ar": False}

# After a year ending in 0, a decade: "the 1990s", "в 1990-х", "1990-е годы". A decade is not a
# figure: Arabic usually spells it out ("التسعينيات"), so comparing it would only cry wolf.
DECADE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("s", "'s", "’s"),
    "ru": ("-х", "-е", "-ые", "-ых", "-ми", "-ыми", "-x"),
    "ar": ("s",),
}

# Dashes between the years of a range, where "1998–99" abbreviates "1998–1999".
RANGE_DASHES = "-\u2010\u2011\u2012\u2013\u2014"

# Arabic letters glued to a number: one-letter prefixes ("و2019", "ب15") and a word ending in a
# tatweel ("الـ15", "بـ15") govern the number; any other glued word names something ("إنترنت2").
ARABIC_NUMBER_PREFIXES = "وبلكف"
TATWEEL = "\u0640"

# Russian writes centuries in Roman numerals ("XVIII век", "XIX–XX вв."): a Roman numeral
# followed by one of these words is the number of a century ("18th century" in English).
CENTURY_WORDS: dict[str, tuple[str, ...]] = {
    "en": (),
    "ru": ("век", "века", "веке", "веков", "векам", "веками", "вв.", "в.", "столетие", "столетия"),
    "ar": (),
}
ROMAN_NUMERALS: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# Press shorthand for money: "£30m", "$5k". Read only right after a currency sign.
CURRENCY_SIGNS = "$£€¥₽"
MONEY_SCALE_LETTERS: dict[str, dict[str, int]] = {
    "en": {"m": 10**6, "k": 10**3},
    "ru": {},
    "ar": {},
}

# Spelled-out numbers, read only when asked (extract_figures(..., spelled_out=True)): the word
# values that add up ("twenty-five", "двести пятьдесят", "خمسة وعشرون") and the multipliers
# ("thousand", "тысяч", "آلاف"). A multiplier alone ("thousands", "тысячи") is not a figure.
# Left out: "one" (a pronoun as often as a number: "one of the", "один из", "واحدة من"), Russian
# "семью" (also "family"), Arabic "أحد" (also "someone", "Sunday").
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_WORDS: dict[int, str] = {
    **dict(enumerate(("two", "three", "four", "five", "six", "seven", "eight"), start=2)),
    **dict(enumerate(("nine", "ten", "eleven", "twelve", "thirteen", "fourteen"), start=9)),
    **dict(enumerate(("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"), start=15)),
    **dict(zip(range(20, 100, 10), _EN_TENS, strict=True)),
}
_RU_WORDS: dict[int, str] = {
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
_AR_WORDS: dict[int, str] = {
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

SPELLED_NUMBERS: dict[str, dict[str, int]] = {
    "en": {word: value for value, word in _EN_WORDS.items()},
    "ru": {word: value for value, words in _RU_WORDS.items() for word in words.split()},
    "ar": {word: value for value, words in _AR_WORDS.items() for word in words.split()},
}
SPELLED_MULTIPLIERS: dict[str, dict[str, int]] = {
    "en": {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9},
    "ru": {
        **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тысячу"), 10**3),
        **dict.fromkeys(("миллион", "миллиона", "миллионов"), 10**6),
        **dict.fromkeys(("миллиард", "миллиарда", "миллиардов"), 10**9),
    },
    "ar": {
        **dict.fromkeys(("ألف", "آلاف"), 10**3),
        **dict.fromkeys(("مليون", "ملايين"), 10**6),
        **dict.fromkeys(("مليار", "مليارات"), 10**9),
    },
}
# Between the words of one number: "one hundred and five", "خمسة وعشرون" (the "و" is glued).
SPELLED_JOINERS: dict[str, tuple[str, ...]] = {"en": ("and",), "ru": (), "ar": ()}
# Arabic glues "و" (and) and "ب" (by) to the number; "ل" is left out, since "لست" is "I am not".
SPELLED_PREFIXES: dict[str, str] = {"en": "", "ru": "", "ar": "وب"}

# Arabic ordinals of the teens end in a cardinal word: "التاسع عشر" is "nineteenth", not 10.
ARABIC_DEFINITE_ARTICLE = "ال"
ARABIC_TEN = "عشر"

# Arabic spells the ordinal of a century out: "القرن التاسع عشر" (19th), "القرنين السادس عشر
# والسابع عشر" (16th and 17th), "القرن الحادي والعشرين" (21st). After "القرن" these words are
# read as the century's number, as "19th century" and "XIX век" are.
ARABIC_CENTURY_WORDS = ("القرن", "القرنين", "للقرن")
ARABIC_ORDINALS: dict[str, int] = {
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
}
ARABIC_ORDINAL_TEEN = "عشر"  # "التاسع عشر": nine and ten
ARABIC_ORDINAL_TWENTY = "والعشرين"  # "الحادي والعشرين": one and twenty
# "سبعينيات القرن العشرين" is "the 1970s": a decade, like "the 1970s", not a figure.
ARABIC_DECADE_SUFFIXES = ("ينيات", "ينات")


@dataclass(frozen=True)
class SpelledCenturies:
    """Centuries written as ordinal words before the word "century": "the nineteenth century",
    "девятнадцатого века", "the sixteenth and seventeenth centuries"."""

    ordinals: dict[str, int]
    twenty: str  # the word before a unit ordinal that adds twenty: "twenty-first"
    joiners: tuple[str, ...]  # between two ordinals
    century_words: tuple[str, ...]


_ENGLISH_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_RUSSIAN_ORDINAL_STEMS = (
    "перв втор трет четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат"
    " четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат"
)
_RUSSIAN_ORDINAL_ENDINGS = "ый ий ой ого ому ом ым ых ая ую ое ьего ьему ьем ьим ья ье ьих"

SPELLED_CENTURIES: dict[str, SpelledCenturies] = {
    "en": SpelledCenturies(
        ordinals={word: value for value, word in enumerate(_ENGLISH_ORDINALS.split(), start=1)},
        twenty="twenty-",
        joiners=("and", "or", "to"),
        century_words=("century", "centuries"),
    ),
    "ru": SpelledCenturies(
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
}

# Words before a reference number ("Figure 3.20", "рис. 3.20", "п. 2.1", "الفقرة 2.1"): its
# value is still compared, but its dot is a section separator, not a decimal convention.
REFERENCE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(("figure", "fig.", "section", "paragraph", "para.", "article", "table", "no.")),
    "ru": frozenset(
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
    "ar": frozenset(("الشكل", "الفقرة", "البند", "المادة", "الجدول", "رقم")),
}
