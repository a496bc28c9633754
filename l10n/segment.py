"""Sentence segmentation of press statements in English, Russian and Arabic.

One pass of one precompiled regular expression finds every place a sentence may end or an
item begin (a terminator with the quotes, brackets and citation marks closing after it, a
line break, an emoticon, a bullet, a list label); a short decision per place, driven by the
tables of `l10n.segmentation_rules`, keeps or drops it. The pass is linear in the text: every
look back or ahead is bounded.

- after `?`, `!`, `؟`, `…` or several dots, a sentence ends unless a lower-case word or a
  continuing mark (comma, dash, Arabic comma) follows; a dash set off by spaces before a
  capital opens a line of dialogue ("— Готово? — Готово."), before a lower-case word an
  attribution ("— Нет! — ответила она."); a three-dot ellipsis before "I" does not end it,
  a spaced four-dot one does;
- after one dot it ends before a capital letter, an uncased letter (Arabic) or a digit, unless
  the word before is an initial ("М.", "م.", "Дж."), an abbreviation that never ends a
  sentence ("Dr.", "ул.", "оз.", "к.п.н.", "т. е."), one that ends it only before a sentence
  starter ("U.S.", "им."), or a section number alone ("IV.", "§2.", "8.1."); an abbreviation
  that may end a sentence ("2020 г.", "a.m.", "etc.") ends it unless the sentence so far is
  a short date or time opener ("В 2019 г. Россия…");
- list labels ("1.", "2)", "b.", "(3)") end no sentence; one that continues a list in order
  before a capital, or follows a semicolon, starts an item, as a bullet does wherever it
  stands ("1. The first item 2. The second item");
- inside a balanced pair of quotes («…», “…”, „…“, "…") or brackets a sentence ends only where
  the next begins right away with a capital, so a quotation of several sentences is split
  with the opening mark on the first and the closing mark on the last, as SRX-based CAT tools
  do, and a one-sentence quote with its attribution stays whole;
- a blank line always ends a sentence, and a line opening with a list mark ("1. ", "2) ",
  "- ", "• ") starts one; in plain text, so does the line after one ending with a colon or a
  short one without final punctuation (a heading, a dateline).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from l10n.languages import get_language
from l10n.segmentation_rules import (
    BARE_DATE_MAX_WORDS,
    BULLETS,
    CLOSERS,
    CONTINUATION_MARKS,
    DIALOGUE_DASHES,
    DIRECTION_MARKS,
    OPENER_MAX_WORDS,
    OPENERS,
    PAIRS,
    RULES,
    SHORT_LINE,
    TERMINATORS,
    LanguageRules,
)

_TERMINATOR = f"[{re.escape(TERMINATORS)}]"
_CLOSER = f"[{re.escape(CLOSERS)}]"
_DIRECTION_MARK = f"[{DIRECTION_MARKS}]"
# "1. ", "2) ", "- " or "• " opening a line starts a list item. Longer numbers are more likely
# a year wrapped onto the line ("in\n2019. It"), and so is a dash ("433 871\n– женщины").
_LIST_ITEM_MARK = rf"(?:\d{{1,2}}[.)]|[-*{BULLETS}])[ \t]"
# Citation marks stay with the sentence before them: "[1]", "[2–4]", "[1 - 3]", "[5, 7]".
_FOOTNOTE = r"\[\d+(?:[ \t]*[–,-][ \t]*\d+)*\]"
# A closing quote set off by a space still closes the sentence before it ("такие… »").
_SPACED_CLOSER = "[»”]"
_CANDIDATE = re.compile(
    rf"(?P<mark>{_TERMINATOR}(?:[ \t]?{_TERMINATOR}|{_CLOSER}+{_TERMINATOR})*)"
    rf"{_CLOSER}*(?:[ \t]+{_SPACED_CLOSER})*(?:{_FOOTNOTE})*(?:[ \t]+(?:{_FOOTNOTE})+)*"
    rf"{_DIRECTION_MARK}*"
    r"|(?P<paragraph>\n[^\S\n]*\n)"
    rf"|(?P<item>\n(?=[ \t]*{_LIST_ITEM_MARK}))"
    r"|(?P<line>\n)"
    r"|(?P<emoticon>(?<!\S)[:;]-?(?:\)+|\(+|D\b))"
    rf"|(?P<bullet>(?<!\S)[{BULLETS}])"
    r"|(?P<label>\))"
)
# The first character of every candidate.
_TRIGGER = re.compile(f"[{re.escape(TERMINATORS + BULLETS)}\n:;)]")
_NEXT = re.compile(rf"[\s{DIRECTION_MARKS}]*[{re.escape(OPENERS)}]*")
_SPACE = re.compile(r"\s*")
_NEXT_WORD = re.compile(r"[^\W_]+")
_WORD_AFTER = re.compile(r"[ \t]+([^\W_]+)")
_PAIRED = re.compile(f'[{re.escape("".join(PAIRS) + "".join(PAIRS.values()))}"]')
# \d is any decimal digit: Latin, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹).
_NUMBER = re.compile(r"\d(?:[\d.,:/٫٬–-]*\d)?")
_NUMBER_THEN_WORD = re.compile(rf"{_NUMBER.pattern}(?P<word>[^\W\d_].*)")
# A sentence that is only this before its dot is a section number: "IV.", "§2.", "8.1.", "4.".
_SECTION_NUMBER = re.compile(r"(?:§\s?)?\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,7}")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_CLAUSE_BREAK = re.compile(r"[:;]\s")
_COMMA_BREAK = re.compile(r"[,،]\s")
_NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_SPACE_RUN = re.compile(f"[^\\S{_NO_BREAK_SPACES}]+")
_LINE_PUNCTUATION = TERMINATORS + CONTINUATION_MARKS
# How far back the words before a dot are looked at: the longest abbreviation with its number.
_LOOKBEHIND = 48
# How far back a sentence is read to tell a date opener: far more than its words take.
_OPENER_WINDOW = 240
# How far back from a list label or section number the start of its sentence may be.
_LABEL_WINDOW = 24


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
def _abbreviations(lang: str) -> _Abbreviations:
    """The tables of `lang` ("ru", "ar_SY"); kept per argument, as the same few come again and
    again (an unknown language raises, and is not kept)."""
    rules = RULES[get_language(lang).code]
    return _Abbreviations(
        titles=_keys(rules.titles),
        number_prefixes=_keys(rules.number_prefixes),
        final=_keys(rules.final_abbreviations),
        after_number=_keys(rules.number_abbreviations),
        adjectival=_keys(rules.adjectival_abbreviations),
        rules=rules,
    )


def sentence_spans(text: str, lang: str, *, plain_text: bool = False) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence of `text`, surrounding white space excluded.

    `lang` is "en", "ru", "ar" or a locale of one of them ("ar_SY"); any other raises
    `UnknownLanguageError`. With `plain_text`, single line breaks carry structure, as in text
    pasted from a page: a line ending with a colon, and a short line without final punctuation
    (a heading, a dateline) before a capital, end a segment. Without it (Markdown) a single
    line break only wraps a line.
    """
    abbreviations = _abbreviations(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_Scan(text, abbreviations, plain_text).cuts(), len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = cut
    return spans


def split_sentences(text: str, lang: str, *, plain_text: bool = False) -> list[str]:
    """The sentences of `text` in `lang`, white space inside each collapsed to one space."""
    return [
        normalize_space(text[start:end])
        for start, end in sentence_spans(text, lang, plain_text=plain_text)
    ]


def normalize_space(sentence: str) -> str:
    """Runs of white space as one space; no-break spaces (as in "2 080 443") are kept."""
    if not any(space in sentence for space in _NO_BREAK_SPACES):
        return " ".join(sentence.split())  # the same, several times faster
    return _SPACE_RUN.sub(" ", sentence).strip()


class _Scan:
    """One left-to-right pass over a text: the candidates in order, the cuts made so far."""

    __slots__ = (
        "_cuts",
        "_longest_line",
        "abbreviations",
        "list_label",
        "plain_text",
        "quoted",
        "sentence_start",
        "text",
    )

    def __init__(self, text: str, abbreviations: _Abbreviations, plain_text: bool):
        self.text = text
        self.abbreviations = abbreviations
        self.plain_text = plain_text
        self.quoted = _PairedRanges(text)
        self.sentence_start = 0
        # The style ("." ")" ".)" "()"), kind and value of the last list label, so that the
        # next one in order ("2." after "1.", "b)" after "a)") is known to open an item.
        self.list_label: tuple[str, str, int] | None = None
        self._longest_line = -1
        self._cuts: list[int] = []

    def cuts(self) -> list[int]:
        text = self.text
        position = 0
        # Searching for the first character of a candidate and then matching _CANDIDATE there
        # is several times faster than _CANDIDATE.finditer, whose alternation defeats the
        # fast scan.
        while (trigger := _TRIGGER.search(text, position)) is not None:
            match = _CANDIDATE.match(text, trigger.start())
            if match is None:  # a colon or semicolon that is no emoticon
                position = trigger.start() + 1
                continue
            position = match.end()
            kind = match.lastgroup
            if kind == "mark":
                self.terminator(match)
            elif kind in ("paragraph", "item"):
                self.cut(match.end())
            elif kind == "line":
                if self.plain_text and self.line_ends_segment(match.start()):
                    self.cut(match.end())
            elif kind == "emoticon":
                if _next_kind(self.text, match.end())[0] == "upper":
                    self.cut(match.end())
            elif kind == "bullet":
                self.cut(match.start())
            else:
                self.list_item(match.start(), match.end(), ")")
        return self._cuts

    def cut(self, position: int) -> None:
        if position > self.sentence_start:
            self._cuts.append(position)
            self.sentence_start = position

    def terminator(self, match: re.Match[str]) -> None:
        text = self.text
        dot, end = match.start(), match.end()
        mark = match.group("mark")
        if end >= len(text) or _is_elision(text, dot):
            return
        if mark == "." and self.list_item(dot, end, "."):
            return
        # Inside quotes or brackets a sentence ends only where the next one begins right away,
        # not after a dash or an inner quote ("«…? – спросила мама. – Завтра…»").
        if self.quoted.contains(end) and not _starts_directly(text, end):
            return
        if text[end].isspace():
            cut = self.sentence_end(dot, mark, end)
            if cut is not None:
                self.cut(cut)
        elif _ends_without_space(text, dot, mark, end, self.abbreviations):
            self.cut(end)

    def list_item(self, mark: int, end: int, style: str) -> bool:
        """Whether the "." or ")" at `mark` closes a list label ("1.", "2)", "b.", "(3)"): it
        then ends no sentence, and a label that continues a list, or follows a semicolon,
        starts one ("1. The first item 2. The second item", "…; 2) отчуждать…")."""
        text = self.text
        # Most words before a dot are longer than a label: tell them first, and fast.
        if mark == 0 or not text[mark - 1].isalnum():
            return False
        if mark > 2 and text[mark - 2].isalnum() and text[mark - 3].isalnum():
            return False
        if style == ".":
            style = text[mark:end].rstrip(DIRECTION_MARKS)
        if style not in (".", ")", ".)") or end >= len(text) or text[end] not in " \t":
            return False
        label_start = mark
        while label_start > 0 and mark - label_start < 3 and text[label_start - 1].isalnum():
            label_start -= 1
        value = _label_value(text[label_start:mark])
        if value is None:
            return False
        if style == ")" and label_start > 0 and text[label_start - 1] == "(":
            label_start -= 1
            style = "()"
        if label_start > 0 and not (
            text[label_start - 1].isspace() or text[label_start - 1] in BULLETS
        ):
            return False
        label = (style, *value)
        before = text[max(self.sentence_start, label_start - _LABEL_WINDOW) : label_start]
        previous = before.rstrip(f" \t\n{BULLETS}")[-1:]
        at_start = not previous and label_start - self.sentence_start <= _LABEL_WINDOW
        last = self.list_label
        continues = last is not None and last[:2] == label[:2] and last[2] + 1 == label[2]
        if not (at_start or continues or previous in (":", ";")):
            return False
        next_kind, _ = _next_kind(text, end)
        if next_kind not in ("upper", "lower"):
            return False
        if at_start or previous == ":":
            self.list_label = label
            return True
        if previous == ";" or (continues and next_kind == "upper"):
            self.list_label = label
            self.cut(label_start)
            return True
        return False

    def sentence_end(self, dot: int, mark: str, end: int) -> int | None:
        """Where the sentence ends at the terminator `mark` (at `dot`, with what closes it up
        to `end`), or None if it goes on."""
        text = self.text
        kind, next_position = _next_kind(text, end)
        if kind in ("lower", "continue", "end"):
            return None
        if end > dot + len(mark):
            closer = text[dot + len(mark) : end].lstrip()[:1]
            if closer and closer in CLOSERS and self.is_attribution(next_position):
                return None
        if mark == ".":
            return end if self.ends_at_dot(dot, kind, next_position) else None
        if mark.strip(". \t…"):
            return end
        # An ellipsis: three dots ("…", "...", ". . .") may leave words out inside a sentence,
        # so "I", capitalised anywhere, starts no new one after them; a fourth dot ends the
        # sentence. Spaced right after a word, the first dot ends its sentence and the rest
        # opens the next ("words. . . . The practice").
        dots = mark.count(".") + 3 * mark.count("…")
        if dots >= 4:
            spaced_after_word = " " in mark and dot > 0 and not text[dot - 1].isspace()
            return dot + 1 if spaced_after_word and mark.startswith(". ") else end
        next_word = _NEXT_WORD.match(text, next_position)
        pronouns = self.abbreviations.rules.pronoun_letters
        return None if next_word is not None and next_word.group() in pronouns else end

    def is_attribution(self, position: int) -> bool:
        word = _NEXT_WORD.match(self.text, position)
        return word is not None and word.group() in self.abbreviations.rules.attribution_words

    def ends_at_dot(self, dot: int, kind: str, next_position: int) -> bool:
        text = self.text
        abbreviations = self.abbreviations
        words = text[max(self.sentence_start, dot - _LOOKBEHIND) : dot].split()
        if not words:
            return False
        role = _role_of_last_word(words, abbreviations)
        if role == _Role.ORDINARY:
            return not self.is_section_number(dot)
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
            _opens_with_date(text, self.sentence_start, dot, rules)
            or _opens_clause_with_date(text, self.sentence_start, dot, rules)
        )

    def is_section_number(self, dot: int) -> bool:
        """ "IV.", "§2.", "8.1." or "12." alone before the dot opens a heading or an item."""
        if dot - self.sentence_start > _LABEL_WINDOW:
            return False
        opening = self.text[self.sentence_start : dot].strip(f" \t\n{BULLETS}")
        return _SECTION_NUMBER.fullmatch(opening) is not None

    def line_ends_segment(self, newline: int) -> bool:
        """In plain text: whether the line before `newline` is one of its own."""
        text = self.text
        line_start = text.rfind("\n", 0, newline) + 1
        line = text[line_start:newline].strip()
        if not line:
            return False
        if line.endswith(":"):
            return True
        # A line with a sentence ending inside it goes on into the next line.
        if self.sentence_start > line_start or len(line) > self.short_line():
            return False
        if line.rstrip(CLOSERS)[-1:] in _LINE_PUNCTUATION:
            return False
        return _next_kind(text, newline + 1)[0] in ("upper", "digit")

    def short_line(self) -> int:
        if self._longest_line < 0:
            self._longest_line = max(len(line.strip()) for line in self.text.split("\n"))
        return max(SHORT_LINE, self._longest_line // 2)


def _label_value(label: str) -> tuple[str, int] | None:
    """A list label's kind and place in order: "7" is 7, "b" and "б" are each second."""
    if label.isdecimal() and len(label) <= 2:
        return "number", int(label)
    if len(label) == 1 and label.isalpha() and label.islower():
        return ("latin" if label.isascii() else "letter"), ord(label)
    return None


def _is_elision(text: str, start: int) -> bool:
    """ "[...]" or "(…)" marks words left out of a quotation, not the end of a sentence."""
    return start > 0 and text[start - 1] in "[("


def _starts_directly(text: str, end: int) -> bool:
    """Whether a capital (or an uncased letter) follows `end` after white space only."""
    position = _SPACE.match(text, end).end()  # type: ignore[union-attr]
    return position < len(text) and text[position].isalpha() and not text[position].islower()


def _next_kind(text: str, end: int) -> tuple[str, int]:
    """What follows a terminator: "lower", "upper" (or uncased), "digit", "continue", "end".

    A dash set off by spaces before a capital opens a line of dialogue, which is a new
    sentence; the position is then that of the capital."""
    opening = _NEXT.match(text, end)
    position = opening.end() if opening else end
    if position >= len(text):
        return "end", position
    char = text[position]
    if char.isdigit():
        return "digit", position
    if char.isalpha():
        return ("lower" if char.islower() else "upper"), position
    if char in DIALOGUE_DASHES and position > end and text[position - 1].isspace():
        dash_end = position + (2 if text.startswith("--", position) else 1)
        if dash_end < len(text) and text[dash_end] in " \t":
            after = _NEXT.match(text, dash_end)
            word = after.end() if after else dash_end
            if word < len(text) and text[word].isalpha() and not text[word].islower():
                return "upper", word
    if char in CONTINUATION_MARKS:
        return "continue", position
    return "upper", position


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
