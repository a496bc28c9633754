"""Numbers and months in words, generated for one value and looked for in a text.

The second stage asks "does this text state 48 in words?" rather than reading every number
word of every text: the forms of one value are few, while the forms of all numbers are not.
Russian and English forms come from num2words (every case, gender and number of the cardinal
and the ordinal: "сорока восьми", "двадцать первого", "forty-eighth"); num2words writes only
one Arabic form, so the Arabic ones are built here from the rules of the numeral (genders,
the dual "ألفين", the accusative "مليونا", ordinals "الحادي والعشرين", "السابعة عشرة").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from itertools import accumulate, product

from l10n.figures.locale_facts import FACTS
from l10n.figures.scanner import language_code, trie_pattern, word_trie

_LARGEST = Decimal(10) ** 12

# Words that put a number and a unit together: "двухметровый", "трехкилограммовый".
RU_NUMBER_STEMS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "полутора": 1.5,
    "двенадцати": 12, "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "сорока": 40,
    "пятидесяти": 50, "ста": 100,
}  # fmt: skip


def states_in_words(amount: Decimal, text: str, language: str, *, percent: bool = False) -> bool:
    """Whether `text` (in `language`) writes `amount` in words, as a cardinal or an ordinal."""
    return times_in_words(amount, text, language, percent=percent) > 0


def times_in_words(amount: Decimal, text: str, language: str, *, percent: bool = False) -> int:
    """How many times `text` (in `language`) writes `amount` in words."""
    text = normalize(text, language)
    if not _may_state(amount, text, language):
        return 0
    pattern = _forms_pattern(amount.normalize(), language, percent)
    return 0 if pattern is None else len(pattern.findall(text))


def word_is_number(amount: Decimal, word: str, language: str) -> bool:
    """Whether `word` alone is a form of `amount` ("шесть", "six", "ستة")."""
    word = normalize(word, language)
    if not _may_state(amount, word, language):
        return False
    pattern = _forms_pattern(amount, language, False)
    return pattern is not None and pattern.fullmatch(word) is not None


# --- Whether texts write numbers in words at all: the gate of the comparison of number words


def spells_numbers(text: str, language: str) -> bool:
    """Whether `text` writes a number in words that `spelled_figures` reads ("Five tents",
    "шесть палаток", "أربعة أيام"); "one", "один" and "أحد" are left out, as there."""
    return bool(texts_spelling_numbers([text], language))


def texts_spelling_numbers(texts: Sequence[str], language: str) -> list[int]:
    """The positions of the `texts` that write a number in words, as `spells_numbers` says.

    The check asks it of every entry whose figures agree (two number words alone, "Five" /
    "шесть", may still differ), so it reads a whole batch in one pass of the engine: the
    pattern opens with the words' letters, which the engine skips to in C (0.15 s for 100,000
    texts, where a pattern or a split per text costs twice as much).
    """
    joined = "\n".join(texts)
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    found: list[int] = []
    for match in _number_word(language).finditer(joined):
        start = match.start()
        before = joined[start - 1 : start]
        if before.isalnum() or before == "_":
            continue  # inside a word ("три" of "внутри")
        position = bisect_right(starts, start) - 1
        if not found or found[-1] != position:
            found.append(position)
    return found


@cache
def _number_word(language: str) -> re.Pattern[str]:
    """The words `spelled_figures` reads, in lower case, capitalised and in capitals, with
    the letters that may be glued before them: a trie, so that the pattern opens with letters."""
    spelled = FACTS[language_code(language)].spelled
    words = {word.lower() for word in spelled.numbers}
    words |= {prefix + word for prefix in spelled.prefixes for word in words}
    words |= {word.capitalize() for word in words} | {word.upper() for word in words}
    return re.compile(trie_pattern(word_trie(words)) + r"(?!\w)")


# Every form of a number from a thousand up names its scale, so a text without one of these
# (normalized) stems cannot state such a number in words. Testing them first spares building
# and compiling the forms of each new large value, which costs milliseconds: the check's second
# stage meets a new large value in nearly every entry it reads.
_SCALE_STEMS = {
    "en": ("thousand", "million", "billion", "trillion"),
    "ru": ("тысяч", "миллион", "миллиард", "триллион"),
    "ar": ("الف", "الاف", "الوف", "مليون", "ملايين", "مليار", "تريليون"),
}


def _may_state(amount: Decimal, normalized_text: str, language: str) -> bool:
    return amount < 1000 or any(stem in normalized_text for stem in _SCALE_STEMS[language])


@cache
def _forms_pattern(amount: Decimal, language: str, percent: bool) -> re.Pattern[str] | None:
    forms = _word_forms(amount, language)
    fractions = _FRACTION_WORDS[language].get(amount, ()) if percent else ()
    if not forms and not fractions:
        return None
    prefix = r"(?:[وفبكل]?(?:ال|ل)?)?" if language == "ar" else ""
    alternation = prefix + _alternation(forms, language) if forms else ""
    if percent:
        # A percentage in words is a number with a percent word ("десяти процентов"), or a
        # fraction that states one ("half" for 50%).
        alternation = "|".join(
            part
            for part in (
                f"(?:{alternation})\\s+{_PERCENT_WORDS[language]}" if forms else "",
                prefix + _alternation(fractions, language) if fractions else "",
            )
            if part
        )
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _alternation(forms: Sequence[str], language: str) -> str:
    return (
        "(?:" + "|".join(sorted({normalize(form, language) for form in forms}, key=len)[::-1]) + ")"
    )


# Percent words after a number in words, as `normalize` writes them.
_PERCENT_WORDS = {
    "en": r"(?:per ?cent|percent)",
    "ru": r"процент\w*",
    "ar": r"(?:في|ب) ?ال(?:مائه|مئه|ميه)",
}


def _word_forms(amount: Decimal, language: str) -> list[str]:
    """Regular expressions (already escaped where literal) for `amount` in words."""
    if amount < 0 or amount > _LARGEST:
        return []
    forms = list(_COUNT_WORDS[language].get(amount, ())) + _and_a_half(amount, language)
    if amount != amount.to_integral_value():
        return forms
    number = int(amount)
    if language == "en":
        forms += [re.escape(form) for form in _english(number)]
    elif language == "ru":
        forms += [re.escape(form) for form in _russian(number)]
    elif language == "ar":
        forms += _arabic(number)
    return forms


# A number and a half, before its scale word: "one and a half million", "полтора миллиона",
# "مليون ونصف", "три с половиной тысячи".
_SCALE_WORDS = {
    "en": {1000: "thousand", 10**6: "million", 10**9: "billion"},
    "ru": {1000: r"тысяч\w*", 10**6: r"миллион\w*", 10**9: r"миллиард\w*"},
    "ar": {1000: "(?:ألف|آلاف)", 10**6: "(?:مليون|ملايين)", 10**9: "(?:مليار|مليارات)"},
}
_RU_ONE_AND_A_HALF = "(?:полтора|полторы|полутора)"


def _and_a_half(amount: Decimal, language: str) -> list[str]:
    for scale in (10**9, 10**6, 1000, 1):
        count = amount / scale
        if count * 2 != (count * 2).to_integral_value() or count < 1 or count >= 1000:
            continue
        whole = int(count)
        if count - whole != Decimal("0.5"):
            return []
        number = _alternation(_word_forms(Decimal(whole), language), language)
        word = _SCALE_WORDS[language].get(scale, "")
        if language == "en":
            body = f"{number} and a half" + (f" {word}" if word else "")
            return [body, f"(?:a|one) {word} and a half"] if whole == 1 and word else [body]
        if language == "ru":
            half = _RU_ONE_AND_A_HALF if whole == 1 else f"{number} с половиной"
            return [half + (f" {word}" if word else "")]
        if language == "ar":
            forms = [number + (f" {word}" if word else "") + r"\s*و\s*نصف"]
            return [*forms, rf"{word}\s*و\s*نصف"] if whole == 1 and word else forms
    return []


def _english(number: int) -> set[str]:
    from num2words import num2words  # 0.1 s to import: only when a figure is unmatched

    forms = {num2words(number, lang="en"), num2words(number, lang="en", to="ordinal")}
    for form in list(forms):
        forms.add(form.replace(" and ", " "))
        if form.startswith("one ") and number >= 100:
            forms.add("a " + form[4:])
            forms.add(form[4:])
    return forms


_RU_ONE = re.compile(r"^(?:один|одна|одно|одного|одной|одному|одним|одном|одну|одною) ")


def _russian(number: int) -> set[str]:
    from num2words import num2words  # 0.1 s to import: only when a figure is unmatched

    forms: set[str] = set()
    for to, case, gender, plural, animate in product(
        ("cardinal", "ordinal"), "ngdaip", "mfn", (False, True), (True, False)
    ):
        forms.add(
            num2words(
                number,
                lang="ru",
                to=to,
                case=case,
                gender=gender,
                plural=plural,
                animate=animate,
            )
        )
    for form in list(forms):
        if number >= 1000 and _RU_ONE.match(form):
            forms.add(_RU_ONE.sub("", form))  # "тысячи" for 1000, "миллион" for 10^6
    forms |= set(_RU_COLLECTIVES.get(number, ()))
    return forms


_RU_COLLECTIVES = {
    2: ("двое", "двоих", "двоим", "двоими"),
    3: ("трое", "троих", "троим", "троими"),
    4: ("четверо", "четверых", "четверым", "четверыми"),
    5: ("пятеро", "пятерых", "пятерым"),
    6: ("шестеро", "шестерых", "шестерым"),
    7: ("семеро", "семерых", "семерым"),
    8: ("восьмеро", "восьмерых"),
    9: ("девятеро", "девятерых"),
    10: ("десятеро", "десятерых"),
}

# Words for a count that are not numerals: "a dozen", "a decade", "сутки" (24 hours).
# "Both", "twice", "втрое" count too: a side that writes them states the number as well.
_COUNT_WORDS: dict[str, dict[Decimal, tuple[str, ...]]] = {
    "en": {
        Decimal(12): ("dozen",),
        Decimal(10): ("decade",),
        Decimal(2): ("both", "twice", "double"),
        Decimal(3): ("thrice", "triple"),
    },
    "ru": {
        Decimal(12): (r"дюжин\w*",),
        Decimal(10): (r"десят(?:ок|ка|ку|ком|ки|ков)", r"десятилети\w*"),
        Decimal(24): (r"сут(?:ки|ок|кам|ками|ках)",),
        Decimal("1.5"): ("полтора", "полторы", "полутора"),
        Decimal(2): ("оба", "обе", "обоих", "обеих", "обоим", "обеим", "дважды", "вдвое"),
        Decimal(3): ("трижды", "втрое"),
        Decimal(4): ("вчетверо",),
    },
    "ar": {
        Decimal(12): ("دزينة", "دستة"),
        Decimal(10): ("عقد", "عقدا"),
        Decimal(2): ("كلا", "كلتا", "ضعف", "ضعفين"),
    },
}
# Fractions that state a percentage: "half" for 50%.
_FRACTION_WORDS: dict[str, dict[Decimal, tuple[str, ...]]] = {
    "en": {Decimal(50): ("half",), Decimal(25): ("quarter",)},
    "ru": {Decimal(50): (r"половин\w*",), Decimal(25): (r"четверт\w*",)},
    "ar": {Decimal(50): ("نصف",), Decimal(25): ("ربع",)},
}


# --- Arabic numerals, as patterns: the genders and cases multiply, so they are alternations.

_AR_UNITS_M = {
    1: "واحد", 2: "اثنان|اثنين|اثنا|اثني", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة",
    7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة",
}  # fmt: skip
_AR_UNITS_F = {
    1: "واحدة", 2: "اثنتان|اثنتين|اثنتا|اثنتي", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست",
    7: "سبع", 8: "ثماني|ثمان", 9: "تسع", 10: "عشر",
}  # fmt: skip
_AR_TENS = {
    20: "عشرون|عشرين", 30: "ثلاثون|ثلاثين", 40: "أربعون|أربعين", 50: "خمسون|خمسين",
    60: "ستون|ستين", 70: "سبعون|سبعين", 80: "ثمانون|ثمانين", 90: "تسعون|تسعين",
}  # fmt: skip
_AR_ORDINALS_M = {
    1: "أول|حادي", 2: "ثاني|ثان", 3: "ثالث", 4: "رابع", 5: "خامس", 6: "سادس", 7: "سابع",
    8: "ثامن", 9: "تاسع", 10: "عاشر",
}  # fmt: skip
_AR_ORDINALS_F = {
    1: "أولى|حادية", 2: "ثانية", 3: "ثالثة", 4: "رابعة", 5: "خامسة", 6: "سادسة", 7: "سابعة",
    8: "ثامنة", 9: "تاسعة", 10: "عاشرة",
}  # fmt: skip
_AR_AND = r"\s*و\s*(?:ال)?"
_AR_THE = "(?:ال)?"
# (one, two, three to ten, eleven and more) of each scale word
_AR_SCALES = (
    (10**9, ("مليار", "ملياران|مليارين|مليارا|مليار ي", "مليارات", "مليار|مليارا")),
    (10**6, ("مليون", "مليونان|مليونين|مليونا|مليوني", "ملايين", "مليون|مليونا")),
    (1000, ("ألف", "ألفان|ألفين|ألفا|ألفي", "آلاف", "ألف|ألفا")),
)


def _ar_group(pattern: str) -> str:
    return f"(?:{pattern})"


def _arabic_below_100(number: int) -> str:
    if number <= 10:
        return _ar_group(f"{_AR_UNITS_M[number]}|{_AR_UNITS_F[number]}")
    if number < 20:
        unit = number - 10
        if unit == 1:
            return "(?:أحد عشر|إحدى عشرة|احدى عشرة)"
        if unit == 2:
            return "(?:(?:اثنا|اثني) عشر|(?:اثنتا|اثنتي) عشرة)"
        return f"(?:{_ar_group(_AR_UNITS_M[unit])} عشر|{_ar_group(_AR_UNITS_F[unit])} عشرة)"
    tens, unit = divmod(number, 10)
    if unit == 0:
        return _ar_group(_AR_TENS[number])
    units = _ar_group(f"{_AR_UNITS_M[unit]}|{_AR_UNITS_F[unit]}")
    return f"{units}{_AR_AND}{_ar_group(_AR_TENS[tens * 10])}"


def _arabic_below_1000(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    if hundreds == 0:
        return _arabic_below_100(rest)
    if hundreds == 1:
        head = "(?:مائة|مئة)"
    elif hundreds == 2:
        head = "(?:مائتان|مائتين|مئتان|مئتين|مائتا|مئتا)"
    else:
        head = f"{_ar_group(_AR_UNITS_F[hundreds])}\\s?(?:مائة|مئة)"
    return head if rest == 0 else f"{head}{_AR_AND}{_arabic_below_100(rest)}"


def _arabic_cardinal(number: int) -> str:
    for scale, (one, two, few, many) in _AR_SCALES:
        count, rest = divmod(number, scale)
        if count == 0:
            continue
        if count == 1:
            head = _ar_group(f"{one}|{_arabic_below_1000(1)}\\s{one}") if scale != 1000 else one
        elif count == 2:
            head = _ar_group(two)
        elif count <= 10:
            head = f"{_arabic_below_100(count)}\\s{_ar_group(few)}"
        else:
            head = f"{_arabic_cardinal(count)}\\s{_ar_group(many)}"
        return head if rest == 0 else f"{head}{_AR_AND}{_arabic_cardinal(rest)}"
    return _arabic_below_1000(number)


def _arabic_ordinal(number: int) -> str | None:
    if not 1 <= number <= 99:
        return None
    if number <= 10:
        return f"{_AR_THE}(?:{_AR_ORDINALS_M[number]}|{_AR_ORDINALS_F[number]})"
    tens, unit = divmod(number, 10)
    masculine, feminine = _AR_ORDINALS_M.get(unit, ""), _AR_ORDINALS_F.get(unit, "")
    if number < 20:
        return f"{_AR_THE}(?:(?:{masculine}) عشر|(?:{feminine}) عشرة)"
    if unit == 0:
        return f"{_AR_THE}{_ar_group(_AR_TENS[number])}"
    return f"{_AR_THE}(?:{masculine}|{feminine}){_AR_AND}{_ar_group(_AR_TENS[tens * 10])}"


# A noun in the dual states 2 by itself: "ساعتين" (two hours), "يومين" (two days). The feminine
# dual ending is told apart from "ستين" (sixty); the masculine one only on common counted nouns.
_ARABIC_DUAL = (
    r"\w{2,}(?<!س)(?:تين|تان)"
    r"|(?:يوم|شهر|عام|أسبوع|قرن|شخص|رجل|طفل|جنيه|دولار|ميل|متر|كيلومتر|فصل|مقعد)(?:ين|ان)"
)


def _arabic(number: int) -> list[str]:
    if number == 0:
        return ["صفر"]
    forms = [_arabic_cardinal(number)]
    if number == 2:
        forms.append(_ARABIC_DUAL)
    if number <= 10:
        forms.append(_ar_group(_AR_UNITS_M[number]) + "ا")  # the accusative "ثلاثةً" unmarked
    ordinal = _arabic_ordinal(number)
    if ordinal:
        forms.append(ordinal)
    return forms


# --- Normalising texts and forms alike

_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def normalize(text: str, language: str) -> str:
    """Lower case, "ё" as "е", hyphens as spaces; Arabic without vowel marks or tatweel, and
    with one letter for the alef and yeh variants and for ta marbuta."""
    text = text.lower().replace("ё", "е").replace("-", " ").replace("\u2011", " ")
    if language == "ar":
        text = _AR_MARKS.sub("", text).translate(_AR_LETTERS)
    return text


# --- Months


@cache
def _month_pattern(month: int, language: str) -> re.Pattern[str]:
    facts = FACTS[language]
    names = {
        name
        for table in (facts.month_names, facts.standalone_month_names)
        for name, number in table.items()
        if number == month
    }
    names |= set(_EXTRA_MONTH_WORDS.get(language, {}).get(month, ()))
    alternation = "|".join(
        sorted((re.escape(normalize(name, language)) for name in names), key=len, reverse=True)
    )
    ending = r"\w*" if language == "ru" else r"\.?"
    prefix = r"(?:[وفبل]?(?:ال)?)?" if language == "ar" else ""
    return re.compile(rf"(?<!\w){prefix}(?:{alternation}){ending}(?!\w)")


# Russian adjectives of months ("июльский рост"), and English abbreviations with a stop.
_EXTRA_MONTH_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "ru": {
        1: ("январск",), 2: ("февральск",), 3: ("мартовск",), 4: ("апрельск",),
        5: ("майск",), 6: ("июньск",), 7: ("июльск",), 8: ("августовск",),
        9: ("сентябрьск",), 10: ("октябрьск",), 11: ("ноябрьск",), 12: ("декабрьск",),
    },
    "en": {9: ("sept",)},
}  # fmt: skip


def month_mentions(month: int, text: str, language: str) -> int:
    """How many times `text` names `month`, in any form: "Sept.", "Апрель", "июльский"."""
    return len(_month_pattern(month, language).findall(normalize(text, language)))


# Arabic month words that are as often names ("ماي" for May, "جوان" for June: Mai, Joan).
_NAME_LIKE_MONTHS = {"ar": frozenset({"ماي", "جوان"})}


def is_name_like_month(raw: str, language: str) -> bool:
    return raw.strip() in _NAME_LIKE_MONTHS.get(language, frozenset())


# --- Compound words: "25-тысячная", "трехпроцентный"

COMPOUND_SCALES: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"-(?P<scale>тысячн|миллионн|миллиардн)\w*", re.IGNORECASE),
}
_COMPOUND_SCALE_VALUES = {"тысячн": 1000, "миллионн": 10**6, "миллиардн": 10**9}


def compound_scale(stem: str, language: str) -> int:
    del language
    return _COMPOUND_SCALE_VALUES.get(stem.lower(), 0)


@cache
def _compound_word_pattern() -> re.Pattern[str]:
    stems = "|".join(sorted(RU_NUMBER_STEMS, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?P<number>{stems})(?P<stem>тысячн|миллионн|процентн)\w*", re.IGNORECASE
    )


def compound_words(text: str, language: str) -> list[tuple[Decimal, str, int, int]]:
    """(number, stem, start, end) of words like "трехпроцентный" (3%), "двухтысячный"."""
    if language != "ru":
        return []
    return [
        (
            Decimal(str(RU_NUMBER_STEMS[match["number"].lower()])),
            match["stem"].lower(),
            match.start(),
            match.end(),
        )
        for match in _compound_word_pattern().finditer(text)
    ]
