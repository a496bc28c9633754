"""Sentence segmentation of press statements in English, Russian and Arabic.

One pass of one precompiled regular expression finds every place a sentence may end (a
terminator, the quotes and brackets closing after it, footnote marks); a short decision per
place, driven by the tables of `l10n.segmentation_rules`, keeps or drops it:

- after `?`, `!`, `؟`, `…` or several dots, a sentence ends unless a lower-case word or a
  continuing mark (comma, dash, Arabic comma) follows;
- after one dot it ends before a capital letter, an uncased letter (Arabic) or a digit, unless
  the word before is an initial ("М.", "م."), an abbreviation that never ends a sentence
  ("Dr.", "ул.", "т. е."), or a list number at the start of a line; an abbreviation that may
  end a sentence ("2020 г.", "a.m.", "etc.") ends it unless the sentence so far is a short
  date or time opener ("В 2019 г. Россия…");
- nothing splits inside a balanced pair of quotes («…», “…”, „…“, "…") or brackets, so a
  quoted statement of several sentences stays one unit with its quotation marks;
- a blank line always ends a sentence, and a line opening with a list mark ("1. ", "2) ",
  "- ", "• ") starts one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from l10n.languages import get_language
from l10n.segmentation_rules import (
    BARE_DATE_MAX_WORDS,
    CLOSERS,
    CONTINUATION_MARKS,
    OPENER_MAX_WORDS,
    OPENERS,
    PAIRS,
    RULES,
    TERMINATORS,
    LanguageRules,
)

_TERMINATOR = f"[{re.escape(TERMINATORS)}]"
_CLOSER = f"[{re.escape(CLOSERS)}]"
# "1. ", "2) ", "- " or "• " opening a line starts a list item. Longer numbers are more likely
# a year wrapped onto the line ("in\n2019. It"), and so is a dash ("433 871\n– женщины").
_LIST_ITEM_MARK = r"(?:\d{1,2}[.)]|[-•*])[ \t]"
_FOOTNOTE = r"\[\d+(?:[–-]\d+)?\]"
_CANDIDATE = re.compile(
    rf"(?P<mark>{_TERMINATOR}(?:[ \t]?{_TERMINATOR}|{_CLOSER}+{_TERMINATOR})*)"
    rf"{_CLOSER}*(?:{_FOOTNOTE})*(?:[ \t]+(?:{_FOOTNOTE})+)*"
    r"|(?P<paragraph>\n[^\S\n]*\n)"
    rf"|(?P<item>\n(?=[ \t]*{_LIST_ITEM_MARK}))"
)
# The first character of every candidate: searching for it and then matching _CANDIDATE there
# is several times faster than _CANDIDATE.finditer, whose alternation defeats the fast scan.
_TRIGGER = re.compile(f"[{re.escape(TERMINATORS)}\n]")
_NEXT = re.compile(rf"\s*[{re.escape(OPENERS)}]*")
_NEXT_WORD = re.compile(r"[^\W_]+")
_WORD_AFTER = re.compile(r"[ \t]+([^\W_]+)")
_PAIRED = re.compile(f'[{re.escape("".join(PAIRS) + "".join(PAIRS.values()))}"]')
# \d is any decimal digit: Latin, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹).
_NUMBER = re.compile(r"\d(?:[\d.,:/٫٬–-]*\d)?")
_NUMBER_THEN_WORD = re.compile(rf"{_NUMBER.pattern}(?P<word>[^\W\d_].*)")
_LIST_NUMBER = re.compile(r"\d{1,2}")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_CLAUSE_BREAK = re.compile(r"[:;]\s")
_COMMA_BREAK = re.compile(r"[,،]\s")
_NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_SPACE_RUN = re.compile(f"[^\\S{_NO_BREAK_SPACES}]+")
# How far back the words before a dot are looked at: the longest abbreviation with its number.
_LOOKBEHIND = 48
# How far back a sentence is read to tell a date opener: far more than its words take.
_OPENER_WINDOW = 240


class _Role(StrEnum):
    """What the word before a dot is, which decides whether the dot ends a sentence."""

    ORDINARY = "ordinary"  # a word or number: the dot ends the sentence
    INITIAL = "initial"  # "М.", "م.", "В.В.": a name follows
    TITLE = "title"  # "Dr.", "ул.", "т. е.": never ends a sentence
    NUMBER_PREFIX = "number prefix"  # "No." before a number, a word elsewhere
    FINAL = "final"  # "etc.", "a.m.", "т. д.": may end a sentence
    UNIT = "unit"  # "5 ft.", "2020 г.": may end a sentence, but not before another number
    ADJECTIVAL = "adjectival"  # "U.S.": ends a sentence only before a sentence starter


@dataclass(frozen=True)
class _Abbreviations:
    """A language's abbreviations as lookup keys: without the final dot and inner spaces."""

    titles: frozenset[str]
    number_prefixes: frozenset[str]
    final: frozenset[str]
    after_number: frozenset[str]
    adjectival: frozenset[str]
    rules: LanguageRules


def _keys(abbreviations: frozenset[str]) -> frozenset[str]:
    keys: set[str] = set()
    for written in abbreviations:
        key = written.removesuffix(".").replace(" ", "")
        keys.add(key)
        keys.add(key[:1].upper() + key[1:])
        if "." in key:
            keys.add(key.upper())
            keys.add(key.lower())
    return frozenset(keys)


@cache
def _abbreviations(code: str) -> _Abbreviations:
    rules = RULES[code]
    return _Abbreviations(
        titles=_keys(rules.titles),
        number_prefixes=_keys(rules.number_prefixes),
        final=_keys(rules.final_abbreviations),
        after_number=_keys(rules.number_abbreviations),
        adjectival=_keys(rules.adjectival_abbreviations),
        rules=rules,
    )


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence of `text`, surrounding white space excluded.

    `lang` is "en", "ru", "ar" or a locale of one of them ("ar_SY"); any other raises
    `UnknownLanguageError`.
    """
    abbreviations = _abbreviations(get_language(lang).code)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_cuts(text, abbreviations), len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = cut
    return spans


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of `text` in `lang`, white space inside each collapsed to one space."""
    return [normalize_space(text[start:end]) for start, end in sentence_spans(text, lang)]


def normalize_space(sentence: str) -> str:
    """Runs of white space as one space; no-break spaces (as in "2 080 443") are kept."""
    if not any(space in sentence for space in _NO_BREAK_SPACES):
        return " ".join(sentence.split())  # the same, several times faster
    return _SPACE_RUN.sub(" ", sentence).strip()


def _cuts(text: str, abbreviations: _Abbreviations) -> list[int]:
    quoted = _PairedRanges(text)
    cuts: list[int] = []
    sentence_start = 0
    for match in _candidates(text):
        end = match.end()
        if match.group("paragraph") is None and match.group("item") is None:
            if end >= len(text) or quoted.contains(end) or _is_elision(text, match.start()):
                continue
            mark = match.group("mark")
            if text[end].isspace():
                if not _ends_sentence(
                    text, match.start(), mark, end, sentence_start, abbreviations
                ):
                    continue
            elif not _ends_without_space(text, match.start(), mark, end, abbreviations):
                continue
        cuts.append(end)
        sentence_start = end
    return cuts


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of _CANDIDATE in `text`, left to right, not overlapping."""
    position = 0
    while (trigger := _TRIGGER.search(text, position)) is not None:
        match = _CANDIDATE.match(text, trigger.start())
        if match is None:  # a line break that neither ends a paragraph nor opens a list item
            position = trigger.start() + 1
            continue
        yield match
        position = match.end()


def _is_elision(text: str, start: int) -> bool:
    """ "[...]" or "(…)" marks words left out of a quotation, not the end of a sentence."""
    return start > 0 and text[start - 1] in "[("


def _next_kind(text: str, end: int) -> tuple[str, int]:
    """What follows a terminator: "lower", "upper" (or uncased), "digit", "continue", "end"."""
    opening = _NEXT.match(text, end)
    position = opening.end() if opening else end
    if position >= len(text):
        return "end", position
    char = text[position]
    if char.isdigit():
        return "digit", position
    if char.isalpha():
        return ("lower" if char.islower() else "upper"), position
    if char in CONTINUATION_MARKS:
        return "continue", position
    return "upper", position


def _ends_sentence(
    text: str, dot: int, mark: str, end: int, sentence_start: int, abbreviations: _Abbreviations
) -> bool:
    kind, next_position = _next_kind(text, end)
    if kind in ("lower", "continue", "end"):
        return False
    if mark != ".":
        return True
    words = text[max(sentence_start, dot - _LOOKBEHIND) : dot].split()
    if not words:
        return False
    role = _role_of_last_word(words, abbreviations)
    if role == _Role.ORDINARY:
        return not _is_list_number(text, dot, words[-1])
    if role == _Role.TITLE:
        return False
    if role == _Role.NUMBER_PREFIX:  # "No. 5" but "No. Wait!"
        return kind != "digit"
    next_word = _NEXT_WORD.match(text, next_position)
    if next_word is not None and _continues_after_abbreviation(text, next_word, abbreviations):
        return False
    starts_sentence = (
        next_word is not None
        and len(next_word.group()) > 1
        and next_word.group().lower() in abbreviations.rules.sentence_starters
    )
    if role == _Role.INITIAL:
        # "S.W. Then it spun": a run of capitals with dots may be an acronym ending a sentence.
        return starts_sentence and "." in words[-1].rstrip(".")
    if role == _Role.ADJECTIVAL or starts_sentence:
        return starts_sentence
    if role == _Role.UNIT and kind == "digit":  # "5 ft. 6 in.", "1,3 млн. 300 тыс."
        return False
    rules = abbreviations.rules
    return not (
        _opens_with_date(text, sentence_start, dot, rules)
        or _opens_clause_with_date(text, sentence_start, dot, rules)
    )


def _continues_after_abbreviation(
    text: str, next_word: re.Match[str], abbreviations: _Abbreviations
) -> bool:
    """ "5 млн долл. США", "10 a.m. GMT", "10 a.m. Damascus time": the sentence goes on."""
    rules = abbreviations.rules
    if next_word.group() in rules.abbreviation_followers:
        return True
    after = _WORD_AFTER.match(text, next_word.end())
    return after is not None and after.group(1).lower() in rules.time_zone_words


def _ends_without_space(
    text: str, dot: int, mark: str, end: int, abbreviations: _Abbreviations
) -> bool:
    """ "world.Today": a dot glued to a capitalised word, but not in "Jane.Doe@mail.com"."""
    if mark != "." or end != dot + 1 or end + 1 >= len(text) or dot == 0:
        return False
    if not (text[end].isupper() and text[end + 1].islower()):
        return False
    before = text[dot - 1]
    if not (before.islower() or before.isdigit()):
        return False
    # Both neighbours of the dot are letters or digits, so each side has a word to split off.
    head = text[max(0, dot - _LOOKBEHIND) : dot].split()[-1]
    tail = text[end : end + _LOOKBEHIND].split()[0]
    token = f"{head}.{tail}"
    if "@" in token or "/" in token or token.lower().startswith("www."):
        return False
    word = head.lstrip(OPENERS)
    return len(word) > 1 and _role_of_last_word([word], abbreviations) == _Role.ORDINARY


def _role_of_last_word(words: list[str], abbreviations: _Abbreviations) -> _Role:
    """The role of the last of `words`, the words before a dot."""
    last = words[-1].lstrip(OPENERS).rstrip(CLOSERS).rsplit("/", 1)[-1]
    glued = _NUMBER_THEN_WORD.fullmatch(last)
    if glued:  # "6a.m." is "6 a.m."
        words = [*words[:-1], "0", glued.group("word")]
        last = glued.group("word")
    # A dotted abbreviation may be spaced: "т. е.", "a. m.", "B. C. E."; try the longest first.
    for size in (3, 2, 1):
        if len(words) < size or not all(word.endswith(".") for word in words[-size:-1]):
            continue
        key = "".join(words[-size:-1]).lstrip(OPENERS) + last
        after_number = len(words) > size and _NUMBER.fullmatch(words[-size - 1]) is not None
        if after_number and key in abbreviations.after_number:
            return _Role.UNIT
        if key in abbreviations.titles:
            return _Role.TITLE
        if key in abbreviations.number_prefixes:
            return _Role.NUMBER_PREFIX
        if key in abbreviations.final:
            return _Role.FINAL
        if key in abbreviations.adjectival:
            return _Role.ADJECTIVAL
    if _INITIALS.fullmatch(last) and not any(char.islower() for char in last):
        if last in abbreviations.rules.pronoun_letters:
            before = words[-2].lstrip(OPENERS) if len(words) > 1 else ""
            return _Role.INITIAL if before[:1].isupper() else _Role.ORDINARY
        return _Role.INITIAL
    return _Role.ORDINARY


def _is_list_number(text: str, dot: int, last_word: str) -> bool:
    """ "1." or "12." opening a line is a list marker, not a sentence."""
    if not _LIST_NUMBER.fullmatch(last_word):
        return False
    line_start = text.rfind("\n", 0, dot) + 1
    return text[line_start:dot].strip() == last_word


def _opens_with_date(text: str, sentence_start: int, dot: int, rules: LanguageRules) -> bool:
    """Whether the sentence up to its last word, an abbreviation, is only that abbreviation
    or a short date or time phrase ("At 6 a.m.", "В январе 2020 г.", "He noted: In 44 B.C.",
    "7 апреля 2026 г.")."""
    window_start = max(sentence_start, dot - _OPENER_WINDOW)
    clauses = _CLAUSE_BREAK.split(text[window_start:dot])
    if window_start > sentence_start and len(clauses) == 1:
        return False  # far longer than an opener
    words = clauses[-1].split()[:-1]
    if not words:
        return True
    return _is_date_phrase(words[0].lstrip(OPENERS), len(words), rules)


def _opens_clause_with_date(text: str, sentence_start: int, dot: int, rules: LanguageRules) -> bool:
    """Whether the abbreviation ends a short date phrase that opens the sentence's last comma
    clause: after a conjunction ("…, а в 2019 г. Россия выделила…", "…, and at 6 a.m.
    Mr. Smith arrived") or bare, as in a caption or dateline ("Дом, где родился
    Л.Н. Толстой, 1898 г. В 1854 году…"). The sentence goes on after it."""
    window_start = max(sentence_start, dot - _OPENER_WINDOW)
    clauses = _COMMA_BREAK.split(text[window_start:dot])
    if len(clauses) == 1:
        return False
    words = clauses[-1].split()[:-1]
    if not words:
        return False
    if words[0][:1].isdigit():
        return _is_date_phrase(words[0], len(words), rules)
    if len(words) < 2 or words[0].lower() not in rules.clause_conjunctions:
        return False
    # The conjunction is not part of the date phrase.
    return _is_date_phrase(words[1], len(words) - 1, rules)


def _is_date_phrase(first: str, length: int, rules: LanguageRules) -> bool:
    """Whether `length` words opening with `first` are short enough, and open so, to be a date
    or time phrase: a bare date ("7 апреля 2026 г.") or a preposition and one ("В январе")."""
    if first[:1].isdigit():
        return length <= BARE_DATE_MAX_WORDS
    return length <= OPENER_MAX_WORDS and first.lower() in rules.date_openers


class _PairedRanges:
    """Offsets inside balanced quotes and brackets (the outermost pair of nested ones)."""

    def __init__(self, text: str):
        self._text = text
        self._opens: list[int] = []
        self._closes: list[int] = []
        self._found = False

    def _find(self) -> None:
        # Found on the first question only: most texts end their only sentence at their end.
        self._found = True
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for match in _PAIRED.finditer(self._text):
            char, position = match.group(), match.start()
            if stack and _closes(stack[-1][0], char):
                pairs.append((stack.pop()[1], position))
            elif char in PAIRS or char == '"':
                stack.append((char, position))
        # A stray opening quote never pairs; nested pairs lie inside an outer one.
        for start, end in sorted(pairs):
            if not self._closes or start > self._closes[-1]:
                self._opens.append(start)
                self._closes.append(end)

    def contains(self, position: int) -> bool:
        """Whether `position` lies after an opening quote and at or before its closing one."""
        if not self._found:
            self._find()
        index = bisect.bisect_left(self._opens, position) - 1
        return index >= 0 and position <= self._closes[index]


def _closes(opener: str, char: str) -> bool:
    if opener == '"':
        return char == '"'
    return PAIRS.get(opener) == char
