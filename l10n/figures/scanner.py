"""The scanner both figure readers are built from, with the helpers that judge what lies around
a figure.

`l10n.figures.full_reader` runs `scanner_pattern(language)` over one text and builds a `Figure`
per match; `l10n.figures.batch_reader` runs the same digit and month branches
(`digit_branches`, `month_branches`, `scanner_parts`) over a batch of texts joined, and asks the
same questions of what stands around a figure (`is_identifier`, `is_sign`, `is_decade`,
`currency_scale`, `mentions_century`), so that both read alike. Everything here is the contract
between the two readers: a change here changes both, and the tests compare them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from l10n.figures import locale_facts as data
from l10n.languages import get_language

# ---------------------------------------------------------------------------------------------
# Languages and digits.


@cache
def language_code(lang: str) -> str:
    """The language ("en", "ru", "ar") of a language or locale name; unknown ones raise."""
    return get_language(lang).code


# Arabic-Indic and Extended Arabic-Indic digits, and each with the ASCII digit it reads as.
NON_ASCII_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
NON_ASCII_DIGITS = [
    (chr(code), str(ascii_digit)) for code, ascii_digit in data.ASCII_DIGITS.items()
]

_MARKS = f"[{data.INVISIBLE_MARKS}]*"

# The characters a figure written with digits starts with: a digit, a sign, a percent sign
# (Arabic "%50"), an invisible mark, or the "%" and "{" of a format placeholder.
DIGIT_START_CHARS = sorted(
    {*"0123456789%{", *data.MINUS_SIGNS, data.PLUS_SIGN, *data.PERCENT_SIGNS, *data.INVISIBLE_MARKS}
)

FRACTIONS = "".join(data.VULGAR_FRACTIONS)


# ---------------------------------------------------------------------------------------------
# Word lists as patterns.


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, any white space matching any other.

    The words are laid out as a trie ("ма(?:рт|я|й)") so that the engine tests one character
    per step instead of every word in turn: the scanner runs at every word start of the text.
    """
    return trie_pattern(word_trie(words))


def word_trie(words: Iterable[str]) -> dict[str, Any]:
    """`words` as nested dicts, a character a level ("" marks a word's end); white space in a
    word is one space."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def trie_pattern(node: dict[str, Any]) -> str:
    """The regex of a trie made by `word_trie`."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + trie_pattern(child)
        for char, child in sorted(node.items(), key=lambda item: item[0])
        if char
    ]
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    if optional and not all(
        child == {"": {}} and char != " " for char, child in node.items() if char
    ):
        # "(?:X|)", not "(?:X)?": the engine runs an optional group as a REPEAT, which
        # allocates and saves marks each time it is entered, even where X cannot start; a
        # branch with an empty alternative tries X first, then nothing, all the same. (Single
        # letters stay "(?:a|b)?", which the engine makes a cheap "[ab]?".)
        return "(?:" + "|".join(branches) + "|)"
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


def _first_chars(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A character class of the first letters of `words`: a cheap test before a costly one."""
    chars = {word[0] for word in words}
    if ignore_case:
        chars |= {char.upper() for char in chars} | {char.lower() for char in chars}
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


# ---------------------------------------------------------------------------------------------
# The scanner: one compiled expression per language, alternatives tried left to right.


@dataclass(frozen=True)
class ScannerParts:
    """The sub-patterns of the scanner's branches for one language."""

    months: str
    standalone: str
    second_month: str
    day_link: str
    day_tail: str
    year_link: str
    year_tail: str
    time_marker: str
    hour_marker: str
    percent_words: str
    scale_words: str
    percent_signs: str


def _optional_link(words: Sequence[str]) -> str:
    """An optional link word and the spaces after it ("of "), or nothing without link words."""
    return rf"(?:{alternation(words)}\s+|)" if words else ""  # "|)": see `trie_pattern`


@cache
def scanner_parts(language: str) -> ScannerParts:
    facts = data.FACTS[language]
    months = alternation(facts.month_names)
    standalone = alternation(facts.standalone_month_names)
    for name, words in facts.months_alone_only_after.items():
        after_words = [
            rf"(?<=\b{re.escape(word)}\s)" if word[-1].isalpha() else rf"(?<={re.escape(word)})"
            for word in words
        ]
        standalone = rf"(?:{standalone}|(?:{'|'.join(after_words)}){re.escape(name)})"
    markers = (*facts.pm_markers, *facts.am_markers)
    return ScannerParts(
        months=months,
        standalone=standalone,
        # A year may be glued to its month ("يوليو1961"), a letter may not ("Marta").
        second_month=rf"(?:\s*/\s*{months})?(?![^\W\d])",
        # No link words, no link: an empty one would be "(?:\s+)?" after the "\s+" before it,
        # and spaces after a number would take time growing with the square of their count.
        day_link=_optional_link(facts.day_month_links),
        day_tail=f"{alternation(facts.day_suffixes)}?",
        year_link=_optional_link(facts.month_year_links),
        year_tail=rf"(?:\s*{alternation(facts.year_words)}(?!\w)|)",
        time_marker=alternation(markers),
        # A lone "م" after a bare hour is as likely metres as "p.m.": hours need a whole word.
        hour_marker=alternation(marker for marker in markers if len(marker) > 1),
        percent_words=alternation(facts.percent_words),
        scale_words=alternation(facts.scale_words),
        percent_signs="".join(sorted(data.PERCENT_SIGNS)),
    )


def digit_branches(language: str, m: str, *, first_digit_taken: bool) -> list[str]:
    """The branches of the scanner that start with a digit, `m` matching the invisible marks.

    With `first_digit_taken` the caller's pattern has already consumed the first digit (so that
    it opens with a character class, which lets the engine skip ahead): every branch then starts
    one digit later, and the number branch has no sign or leading percent sign.
    """
    p = scanner_parts(language)

    def digits(least: int, most: int | None) -> str:
        """`[0-9]{least,most}` (most None: unbounded), less the digit already taken."""
        if first_digit_taken:
            least, most = least - 1, None if most is None else most - 1
        if most is None:
            return "[0-9]+" if least == 1 else "[0-9]*"
        if least == most:
            return f"[0-9]{{{least}}}"
        if (least, most) == (0, 1):
            return "[0-9]?"
        return f"[0-9]{{{least},{most}}}"

    group_spaces = f"[{data.GROUP_SPACES}]"
    separators = (
        f"(?:[,.{data.ARABIC_GROUP}{data.ARABIC_DECIMAL}]"
        f"|{data.ARABIC_COMMA}(?=[0-9]{{3}}(?![0-9])))"
    )
    signs = re.escape(data.MINUS_SIGNS + data.PLUS_SIGN)
    sign = ""
    if not first_digit_taken:
        # Arabic text in logical order often puts the percent sign first: "%50".
        if data.FACTS[language].percent_sign_may_lead:
            sign = f"(?P<leading_percent>[{p.percent_signs}]{m})?"
        sign += f"(?P<sign>[{signs}])?{m}"
    return [
        rf"(?P<iso>(?P<iso_y>{digits(4, 4)})-(?P<iso_m>[0-9]{{2}})-(?P<iso_d>[0-9]{{2}})(?![0-9]))",
        rf"(?P<numeric_date>(?P<nd_a>{digits(1, 2)}){m}(?P<nd_sep>[./]){m}(?P<nd_b>[0-9]{{1,2}})"
        rf"{m}(?P=nd_sep){m}(?P<nd_y>[0-9]{{4}}|[0-9]{{2}})(?![0-9]){p.year_tail})",
        # "19:00:00" is "19:00": zero seconds are part of the time; other seconds are read
        rf"(?P<time>(?P<t_h>{digits(1, 2)}){m}:{m}(?P<t_m>[0-9]{{2}})(?![0-9])(?::00(?![0-9]))?"
        rf"(?:\s?(?P<t_marker>{p.time_marker})(?!\w))?)",
        rf"(?P<day_month>(?P<dm_d>{digits(1, 2)}){p.day_tail}\s+{p.day_link}(?P<dm_m>{p.months})"
        rf"{p.second_month}(?:[,،]?\s*{p.year_link}(?P<dm_y>[0-9]{{4}})(?![0-9]){p.year_tail})?)",
        rf"(?P<clock_hour>(?P<ch_h>{digits(1, 2)})\s?(?P<ch_marker>{p.hour_marker})(?!\w))",
        rf"(?P<number>{sign}"
        rf"(?P<digits>{digits(1, 3)}(?:{m}{group_spaces}{m}[0-9]{{3}}(?![0-9]))+"
        rf"(?:{m}[,.{data.ARABIC_DECIMAL}]{m}[0-9]+)?"
        rf"|{digits(1, None)}(?:{m}{separators}{m}[0-9]+)*)"
        rf"(?P<fraction>[{FRACTIONS}])?"
        rf"(?:{m}\s?{m}(?P<percent>[{p.percent_signs}]|{p.percent_words}(?!\w))"
        rf"|\s?(?P<scale>{p.scale_words})(?!\w))?)",
    ]


def month_branches(language: str) -> list[str]:
    """The branches of the scanner that start with a month name."""
    p = scanner_parts(language)
    branches = [
        rf"(?P<month_year>(?P<my_m>{p.months}){p.second_month}[,،]?\s*{p.year_link}"
        rf"(?P<my_y>[0-9]{{4}})(?![0-9]){p.year_tail})",
    ]
    if data.FACTS[language].month_before_day:
        branches.append(
            rf"(?P<month_day>(?P<md_m>{p.months})\.?\s+(?P<md_d>[0-9]{{1,2}}){p.day_tail}"
            rf"(?![0-9])(?:,?\s+(?P<md_y>[0-9]{{4}})(?![0-9]))?)"
        )
    branches.append(rf"(?P<month>(?P<mo_m>{p.standalone}){p.second_month})")
    return branches


@cache
def scanner_pattern(language: str) -> re.Pattern[str]:
    m = _MARKS
    placeholder = (
        r"(?P<placeholder>%(?:\([A-Za-z_]\w*\))?[-+#0]*(?:[0-9]+\$)?[0-9]*(?:\.[0-9]+)?"
        r"[sdifuxXeEgG](?![A-Za-z])|\{[A-Za-z_0-9]*(?:[:!][^{}\s]*)?\})"
    )
    starting_with_digits = [placeholder, *digit_branches(language, m, first_digit_taken=False)]
    facts = data.FACTS[language]
    month_start = _first_chars(facts.month_names)
    roman_centuries = ""
    if facts.roman_century_words:
        roman = "[" + "".join(data.ROMAN_NUMERALS) + "]+"
        century = alternation(facts.roman_century_words)
        joiner = "|".join([",", *map(re.escape, facts.roman_century_joiners), "[-–—]"])
        # Each numeral of "XVIII, XIX и XX веков" is a figure; the lookahead finds their century
        # word. A list is short: bounding it keeps the lookahead from rescanning long runs.
        roman_centuries = (
            rf"|(?={roman})(?<!\w)(?P<roman>{roman})(?!\w)"
            rf"(?=(?:\s*(?:{joiner})\s*{roman}){{0,4}}\s+{century}(?!\w))"
        )
    # Every branch opens with a lookahead on its first characters: the engine rejects most
    # positions on that test alone.
    digit_start = "[" + re.escape("".join(DIGIT_START_CHARS)) + "]"
    return re.compile(
        rf"(?={digit_start})(?:{'|'.join(starting_with_digits)})"
        rf"|(?<!\w)(?={month_start})(?:{'|'.join(month_branches(language))})"
        rf"{roman_centuries}{_spelled_centuries(language)}"
    )


@cache
def century_ordinal_phrase(language: str) -> str:
    """One ordinal after a century word, with its ten or twenty: "التاسع عشر"."""
    spelled = data.FACTS[language].century_then_ordinal
    assert spelled is not None, f"{language} writes no century word before its ordinal"
    ordinal = alternation(spelled.ordinals)
    return rf"{ordinal}(?:\s+(?:{spelled.teen}|{spelled.twenty}))?(?!\w)"


@cache
def ordinal_phrase(language: str) -> str:
    """One ordinal before a century word, with its twenty: "twenty-first", "девятнадцатого"."""
    spelled = data.FACTS[language].ordinal_then_century
    assert spelled is not None, f"{language} writes no ordinal before its century word"
    twenty = spelled.twenty.replace(" ", r"\s+")
    return rf"(?i:(?:{twenty})?{alternation(spelled.ordinals)})(?!\w)"


def _spelled_centuries(language: str) -> str:
    """Centuries spelled out: "القرن التاسع عشر" in Arabic, "nineteenth century" in English."""
    facts = data.FACTS[language]
    branches = ""
    if facts.century_then_ordinal is not None:
        century_first = facts.century_then_ordinal
        phrase = century_ordinal_phrase(language)
        century = alternation(century_first.century_words)
        first = _first_chars(century_first.century_words)
        prefix = f"[{century_first.glued_prefixes}]"
        branches += (
            rf"|(?={prefix}|{first})(?P<century_then_ordinal>(?<!\w){prefix}{{0,2}}{century}"
            rf"\s+{phrase}(?:\s+{century_first.joiner}{phrase})?)"
        )
    if facts.ordinal_then_century is not None:
        spelled = facts.ordinal_then_century
        phrase = ordinal_phrase(language)
        joiner = alternation(spelled.joiners)
        century = alternation(spelled.century_words)
        first = _first_chars((*spelled.ordinals, spelled.twenty), ignore_case=True)
        return (
            rf"|(?={first})(?P<ordinal_then_century>(?<!\w){phrase}(?:\s+{joiner}\s+{phrase})?"
            rf"[\s-]+{century}(?!\w))"
        )
    return branches


# ---------------------------------------------------------------------------------------------
# Centuries: where a century word brings in figures of other kinds ("XIX век").


def mentions_century(text: str, language: str) -> bool:
    """Whether a century word stands in `text` where the scanner could read a century before it.

    In English and Russian the word follows a space or a dash ("XIX век", "nineteenth
    century"), so the "век" of "человек" is skipped; in Arabic it may carry the prefixes "و"
    and "ب" ("والقرن"), so any occurrence counts (`LanguageFacts.century_words_glued`).
    """
    century_words = century_word_pattern(language)
    if century_words is None:
        return False
    glued = data.FACTS[language].century_words_glued
    position = 0
    while (found := century_words.search(text, position)) is not None:
        at = found.start()
        if glued or at == 0 or not text[at - 1].isalpha():
            return True
        position = at + 1
    return False


@cache
def century_word_pattern(language: str) -> re.Pattern[str] | None:
    """Any century word of `language` (None where it has none)."""
    words = century_word_list(language)
    return re.compile(alternation(words)) if words else None


def century_word_list(language: str) -> list[str]:
    """The words after which the scanner reads a century: "век", "century", "القرن"."""
    facts = data.FACTS[language]
    words = list(facts.roman_century_words)
    if facts.century_then_ordinal is not None:
        words += facts.century_then_ordinal.century_words
    if facts.ordinal_then_century is not None:
        words += facts.ordinal_then_century.century_words
    return words


# ---------------------------------------------------------------------------------------------
# What stands around a figure: signs, names, decades, currency shorthand.


def is_sign(text: str, index: int) -> bool:
    """A "+" or minus at `index` is a sign unless it joins a word or follows a number."""
    if index > 0 and text[index - 1] in data.INVISIBLE_MARKS:
        return True  # Babel writes Arabic signs after a mark: "\u061c-5"
    if text[index] in "+\u2212" and not _previous(text, index, skip_spaces=False).isalnum():
        return True
    before = _previous(text, index, skip_spaces=False)
    if before.isalnum() or (before and before in data.JOINING_DASHES):
        return False  # ("" is in every string: the text's start joins nothing)
    return not _previous(text, index, skip_spaces=True).isdigit()


def is_identifier(text: str, index: int) -> bool:
    """Digits at `index` are part of a name like "MH17", "COVID-19", "Су-24", "كوفيد-19"."""
    if index == 0 or text[index - 1] in " (":
        return False  # the usual case, settled without a look further back
    before = _previous(text, index, skip_spaces=False)
    if before.isalpha():
        return not _is_arabic(before) or _is_glued_arabic_word(text, index)
    if not before or before not in data.JOINING_DASHES:
        return False
    word_end = index - 1
    while word_end >= 0 and text[word_end] not in data.JOINING_DASHES:
        word_end -= 1
    word_start = word_end
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:word_end]
    return bool(word) and (any(char.isupper() for char in word) or _is_arabic(word[-1]))


def _previous(text: str, index: int, *, skip_spaces: bool) -> str:
    """The character before `index`, invisible marks (and spaces, if asked) skipped."""
    skipped = data.INVISIBLE_MARKS + (data.GROUP_SPACES + "\t\n" if skip_spaces else "")
    index -= 1
    while index >= 0 and text[index] in skipped:
        index -= 1
    return text[index] if index >= 0 else ""


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


def _is_glued_arabic_word(text: str, index: int) -> bool:
    start = index
    while start > 0 and _is_arabic(text[start - 1]) and text[start - 1].isalpha():
        start -= 1  # the tatweel is a letter (Lm) of the Arabic block too
    word = text[start:index]
    if word.endswith(data.TATWEEL):
        return False
    if word.endswith("ال") and all(char in data.ARABIC_NUMBER_PREFIXES for char in word[:-2]):
        return False  # the article, alone or after a prefix: "حد ال180 حرفًا", "وال20"
    return not all(char in data.ARABIC_NUMBER_PREFIXES for char in word[:2])


def is_decade(digits: str, text: str, end: int, language: str) -> bool:
    """ "1990" in "the 1990s", "в 1990-х", "'90s": a decade, not a number."""
    if len(digits) not in (2, 4) or not digits.endswith("0"):
        return False
    for suffix in data.FACTS[language].decade_suffixes:
        after = end + len(suffix)
        if text.startswith(suffix, end) and not (after < len(text) and text[after].isalpha()):
            return True
    return False


def currency_scale(text: str, start: int, end: int, language: str) -> int | None:
    """The multiplier of "£30m" and "$5k": only after a currency sign, since "30m" alone is as
    likely thirty metres."""
    if start == 0 or text[start - 1] not in data.CURRENCY_SIGNS:
        return None
    scale = data.FACTS[language].money_scale_letters.get(text[end : end + 1])
    if scale is None:
        return None
    if end + 1 < len(text) and text[end + 1].isalnum():
        return None
    return scale


# ---------------------------------------------------------------------------------------------
# The parts of a match, read.


@cache
def plain_numbers(language: str) -> re.Pattern[str]:
    """The digit runs that `language` writes as its own, which read the same in any text: an
    integer grouped in threes with one mark that groups here (its group mark, a space, "٬"),
    and a decimal with its decimal mark and not three decimals ("1,312" could be grouped), or
    with "٫". The other runs take the full reading of `_read_number`."""
    facts = data.FACTS[language]
    group_marks = {data.ARABIC_GROUP, *data.GROUP_SPACES}
    if facts.group_mark != " ":
        group_marks.add(facts.group_mark)
    mark = "[" + re.escape("".join(sorted(group_marks))) + "]"
    decimal = re.escape(facts.decimal_mark)
    return re.compile(
        rf"(?P<integer>[1-9][0-9]{{0,2}}(?P<mark>{mark})[0-9]{{3}}(?:(?P=mark)[0-9]{{3}})*)"
        rf"|(?P<whole>[0-9]+)(?:{decimal}(?=[0-9]{{1,2}}$|[0-9]{{4}})|{data.ARABIC_DECIMAL})"
        rf"(?P<fraction>[0-9]+)"
    )


def month_number_of(name: str, language: str) -> int:
    """The month (1-12) a month name of `language` stands for, as the scanner matched it."""
    return data.FACTS[language].month_names[" ".join(name.split())]


def read_clock(
    hour_text: str, minute_text: str, marker: str | None, language: str
) -> tuple[int, int] | None:
    """Hour (0-24) and minute of a time of day, "p.m." and "a.m." applied; None if invalid."""
    hour, minute = int(hour_text), int(minute_text)
    if marker in data.FACTS[language].pm_markers and hour < 12:
        hour += 12
    elif marker in data.FACTS[language].am_markers and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour, minute


def scale_factor(word: str, language: str) -> int:
    """The multiplier of a scale word ("млрд": 10**9), as the scanner matched it."""
    words = data.FACTS[language].scale_words
    return words.get(word) or words[" ".join(word.split())]
