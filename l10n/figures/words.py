"""Numbers and months in words, generated for one value and looked for in a text.

The second stage asks "does this text state 48 in words?" rather than reading every number
word of every text: the forms of one value are few, while the forms of all numbers are not.
Russian forms come from num2words (every case, gender and number of the cardinal and the
ordinal: "сорока восьми", "двадцать первого"), English ones are spelt here as num2words writes
them ("forty-eighth"); num2words writes only one Arabic form, so the Arabic ones are built
here from the rules of the numeral (genders, the dual "ألفين", the accusative "مليونا", ordinals
"الحادي والعشرين", "السابعة عشرة").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache
from itertools import product

from l10n.figures.batches import JoinedTexts
from l10n.figures.locale_facts import ARABIC_DUAL_NOUNS, FACTS, SpelledNumbers
from l10n.figures.scanner import alternation, language_code, trie_pattern, word_trie
from l10n.figures.values import KIND_NUMBER, Figure, NumberValue

_LARGEST = Decimal(10) ** 12


def states_in_words(amount: Decimal, text: str, language: str, *, percent: bool = False) -> bool:
    """Whether `text` (in `language`) writes `amount` in words, as a cardinal or an ordinal."""
    return times_in_words(amount, text, language, percent=percent) > 0


def times_in_words(amount: Decimal, text: str, language: str, *, percent: bool = False) -> int:
    """How many times `text` (in `language`) writes `amount` in words: the "двадцать" of
    "двадцать первого" (21st) and the "العشرين" of "الحادي والعشرين" are part of another number,
    not 20."""
    text = normalize(text, language)
    if not _may_state(amount, text, language, percent):
        return 0
    pattern = _forms_pattern(amount.normalize(), language, percent)
    if pattern is None:
        return 0
    return sum(
        1
        for match in pattern.finditer(text)
        if not _part_of_larger_number(amount, text, match.start(), match.end(), language)
    )


_TOKEN = re.compile(r"[^\W\d_]+")


def _part_of_larger_number(amount: Decimal, text: str, start: int, end: int, language: str) -> bool:
    """Whether the number word at `start:end` of the normalized `text` is one part of a number
    of more words: tens before units ("двадцать первого", "twenty first"), units before tens in
    Arabic ("الحادي والعشرين"), hundreds before either."""
    if amount != amount.to_integral_value() or not 1 <= amount < 1000:
        return False
    values = _word_values(language)
    before = _TOKEN.findall(text, max(0, start - 24), start)
    after = _TOKEN.search(text, end, end + 24)
    previous = _value_of(before[-1], language, values) if before else None
    following = _value_of(after.group(), language, values) if after else None
    tens = 20 <= amount < 100 and amount % 10 == 0
    hundreds = amount % 100 == 0
    if following is not None:
        if tens and 1 <= following <= 9 and not FACTS[language].number_words.units_before_tens:
            return True
        if hundreds and following < 100:
            return True
        if amount <= 9 and FACTS[language].number_words.units_before_tens:
            return following in _TENS and text[end:].lstrip()[:1] == "و"
    if previous is not None:
        if amount <= 9 and previous in _TENS and not FACTS[language].number_words.units_before_tens:
            return True
        if previous >= 100 and previous % 100 == 0 and amount < 100:
            return True
        if tens and 1 <= previous <= 9 and FACTS[language].number_words.units_before_tens:
            return True
    return False


_TENS = frozenset(range(20, 100, 10))


@cache
def _word_values(language: str) -> dict[str, int]:
    """Every word `spelled_figures` reads, normalized, with its value (a scale's for a scale)."""
    spelled = FACTS[language].spelled
    values: dict[str, int] = {}
    for table in (spelled.multipliers, spelled.numbers, spelled.ordinals):
        values.update((normalize(word, language), value) for word, value in table.items())
    values.update((normalize(word, language), 1) for word in spelled.ones)
    return values


def _value_of(word: str, language: str, values: dict[str, int]) -> int | None:
    if word in values:
        return values[word]
    prefixes = FACTS[language].spelled.prefixes
    if word[:1] and word[:1] in prefixes and word[1:] in values:
        return values[word[1:]]
    return None


def word_is_number(amount: Decimal, word: str, language: str) -> bool:
    """Whether `word` alone is a form of `amount` ("шесть", "six", "ستة")."""
    word = normalize(word, language)
    if not _may_state(amount, word, language, False):
        return False
    pattern = _forms_pattern(amount, language, False)
    return pattern is not None and pattern.fullmatch(word) is not None


@cache
def _minus_patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    number_words = FACTS[language].number_words
    before, after = number_words.minus_before, number_words.minus_after
    return (re.compile(before) if before else None, re.compile(after) if after else None)


# How far before a number its word for minus may start ("минус" and blanks).
_MINUS_BEFORE_AT_MOST = 16


def negative_in_words(text: str, start: int, end: int, language: str) -> bool:
    """Whether a word makes the number at `start:end` of `text` negative: "minus 35",
    "35 below zero", "35 градусов мороза", "35 درجة تحت الصفر"."""
    before, after = _minus_patterns(language_code(language))
    if before is not None and before.search(text, max(0, start - _MINUS_BEFORE_AT_MOST), start):
        return True
    return after is not None and after.match(text, end) is not None


# --- Reading the numbers a text writes in words, by the lexicon of `SpelledNumbers`


@cache
def _spelled_scanner(language: str) -> re.Pattern[str]:
    spelled = FACTS[language].spelled
    words = [*spelled.numbers, *spelled.multipliers, *spelled.ordinals, *spelled.ones]
    prefixes = spelled.prefixes
    word = (f"[{prefixes}]?" if prefixes else "") + alternation(words) + r"(?!\w)"
    joiners = spelled.joiners
    joiner = rf"(?:\s+(?:{alternation(joiners)}\s+)?|-)" if joiners else r"(?:\s+|-)"
    return re.compile(rf"(?<!\w)(?:{word})(?:{joiner}(?:{word}))*", re.IGNORECASE)


_SPELLED_WORD = re.compile(r"[^\s-]+")


def spelled_figures(text: str, language: str) -> Iterator[Figure]:
    """The numbers `text` writes in words ("twenty-five", "трое", "خمسة وعشرون", "twenty-first",
    "الحادي والعشرين", "One boat"), as figures. A word for one before "of" ("one of", "один из")
    is none, nor a scale word alone ("thousands", "тысячи", "آلاف"); an ordinal ends a number
    ("the first three": 1, then 3; "الأول والثالث": 1, then 3)."""
    spelled = FACTS[language].spelled
    for match in _spelled_scanner(language).finditer(text):
        for words in _numbers_of(match.group(), language):
            start, end = match.start() + words[0][1], match.start() + words[-1][2]
            counted = any(word not in spelled.multipliers for word, _, _ in words)
            if counted and _is_number(text, start, end, spelled):
                value = NumberValue(Decimal(_value([word for word, _, _ in words], spelled)))
                yield Figure(text[start:end], KIND_NUMBER, value, start, end)


def _numbers_of(run: str, language: str) -> list[list[tuple[str, int, int]]]:
    """The number words of a run the scanner found, (word, start, end) with glued letters
    dropped, cut into numbers: an ordinal ends one (its last word, "twenty-first"), or in
    Arabic, where the units come first, its tens ("الحادي والعشرين") or its teen word
    ("التاسع عشر"); any other word after an Arabic unit ordinal starts a new one."""
    spelled = FACTS[language].spelled
    known = {**spelled.numbers, **spelled.multipliers, **spelled.ordinals}
    units_first = FACTS[language].number_words.units_before_tens
    numbers: list[list[tuple[str, int, int]]] = [[]]
    for part in _SPELLED_WORD.finditer(run):
        word = part.group().lower()
        if word not in known and word not in spelled.ones and word[:1] in spelled.prefixes:
            word = word[1:]
        current = numbers[-1]
        if current and units_first and current[-1][0] in spelled.ordinals:
            continues = known.get(word, 0) >= 20 or word.startswith(spelled.ordinal_teen or "-")
            if not continues:
                numbers.append([])
        numbers[-1].append((word, part.start(), part.end()))
        if word in spelled.ordinals and (not units_first or spelled.ordinals[word] >= 20):
            numbers.append([])
    return [number for number in numbers if number]


def _value(words: Sequence[str], spelled: SpelledNumbers) -> int:
    total = current = 0
    for word in words:
        if word in spelled.ordinals:
            current += spelled.ordinals[word]
        elif word in spelled.numbers:
            current += spelled.numbers[word]
        elif word in spelled.ones:
            current += 1
        elif spelled.multipliers.get(word) == 100:
            current = max(current, 1) * 100
        elif word in spelled.multipliers:
            total += max(current, 1) * spelled.multipliers[word]
            current = 0
    return total + current


def is_ordinal(raw: str, language: str) -> bool:
    """Whether the number words `raw` (as `spelled_figures` found them) end in an ordinal, or in
    Arabic hold one ("الحادي والعشرين")."""
    spelled = FACTS[language_code(language)].spelled
    found = _SPELLED_WORD.findall(raw.lower())
    if not FACTS[language_code(language)].number_words.units_before_tens:
        found = found[-1:]
    prefixes = spelled.prefixes
    return any(
        word in spelled.ordinals or (word[:1] in prefixes and word[1:] in spelled.ordinals)
        for word in found
        if word
    )


def _is_number(text: str, start: int, end: int, spelled: SpelledNumbers) -> bool:
    words = text[start:end]
    alone = words.lower()
    if alone[:1] in spelled.prefixes and alone[1:] in spelled.ordinals:
        alone = alone[1:]
    if spelled.ordinals.get(alone, 0) >= 20:
        return False  # "العشرين" alone is as often the century's ("القرن العشرين") as a count
    if alone in spelled.ones:
        following = text[end : end + 24].split()
        if text[end : end + 1] in (",", ";", ":"):
            return False  # "one, one with ...": an item of a list, a pronoun
        if following and following[0].lower().strip(".,;:!?") in spelled.ones_not_before:
            return False  # "one of", "один из": a pronoun
        preceding = text[max(0, start - 24) : start].split()
        if preceding and preceding[-1].lower() in spelled.ones_not_after:
            return False  # "no one", "еще одно" (another), "في آن واحد" (at once)
    if alone in spelled.ordinals and spelled.ordinals_not_after:
        preceding = text[max(0, start - 24) : start].split()
        if preceding and preceding[-1].lower() in spelled.ordinals_not_after:
            return False  # "tenths of a second"
    return not _ends_ordinal(text, start, words, spelled)


def _ends_ordinal(text: str, start: int, words: str, spelled: SpelledNumbers) -> bool:
    """The "عشر" of "التاسع عشر" (nineteenth) ends an ordinal: it is not the number ten."""
    if not spelled.ordinal_teen or not words.startswith(spelled.ordinal_teen):
        return False
    previous_word = text[max(0, start - 40) : start].rstrip().rpartition(" ")[2]
    # The unit before it is a number word with the article, an ordinal ("التاسع") or a cardinal
    # ("الستة عشر", the sixteen), not any noun with one ("الأجرة عشرة أضعاف": the fare, ten
    # times over).
    if previous_word[:1] in spelled.prefixes and previous_word[1:2] == spelled.ordinal_article[:1]:
        previous_word = previous_word[1:]
    article = spelled.ordinal_article
    if not previous_word.startswith(article):
        return False
    bare = previous_word[len(article) :]
    return previous_word in spelled.ordinals or bare in spelled.numbers or bare in spelled.ordinals


# --- Whether texts write numbers in words at all: the gate of the comparison of number words


def spells_numbers(text: str, language: str) -> bool:
    """Whether `text` writes a number in words that `spelled_figures` reads ("Five tents",
    "шесть палаток", "أربعة أيام", "the third bridge", "One boat")."""
    return bool(texts_spelling_numbers([text], language))


def texts_spelling_numbers(texts: Sequence[str], language: str) -> list[int]:
    """The positions of the `texts` that write a number in words, as `spells_numbers` says.

    The check asks it of every entry whose figures agree (two number words alone, "Five" /
    "шесть", may still differ), so it reads a whole batch in one pass of the engine
    (`_number_words_in`), and only the few words found one by one.
    """
    batch = JoinedTexts(texts)
    found: set[int] = set()
    spelled = FACTS[language_code(language)].spelled
    for start, end in _number_words_in(batch.joined, language):
        position, offset = batch.located(start)
        if position not in found and _is_number(
            texts[position], offset, offset + end - start, spelled
        ):
            found.add(position)  # else "one of", "no one", "a second"
    return sorted(found)


def _number_words_in(joined: str, language: str) -> Iterator[tuple[int, int]]:
    """Where `joined` holds a word `spelled_figures` reads (start, end), in lower case,
    capitalised or in capitals, with the letters that may be glued before it.

    A number word is a whole word (every one is letters only). In an ASCII text (most sources),
    every byte that is no letter, digit or "_" is made one mark and every capital a small letter
    (one `bytes.translate`, a table look-up a byte), and the pass looks for the words in lower
    case after that mark, which the engine skips to in a tight loop (a pattern opening with the
    words' first letters is tried at most letters of an English text, inside words too: more
    than twice the instructions); a word found is kept in the cases the words are read in.
    In another text, where the marks would be many more characters, the words in their three
    cases are looked for anywhere, and those inside a word left out.
    """
    if joined.isascii():
        after_mark = _number_words_after_mark(language)
        if after_mark is None:
            return  # no number word of the language is ASCII
        # The mark before the first text puts a mark before every word: `joined[i]` is
        # `marked[i + 1]`, so a match's mark stands where its word starts in `joined`.
        marked = _MARK + joined.encode("ascii").translate(_MARKED_SMALL)
        for after in after_mark.finditer(marked):
            start, end = after.start(), after.end() - 1
            word = joined[start:end]
            small = word.lower()
            if word in (small, small.capitalize(), small.upper()):
                yield start, end
        return
    for match in _number_words_anywhere(language).finditer(joined):
        start = match.start()
        before = joined[start - 1 : start]
        if not (before.isalnum() or before == "_"):  # not inside a word ("три" of "внутри")
            yield start, match.end()


# Every ASCII byte that is no letter, digit or "_" as one mark, which no word holds, and the
# capitals as small letters.
_MARK = b"\x01"
_MARKED_SMALL = bytes.maketrans(
    bytes(range(128)),
    bytes(
        _MARK[0] if not (chr(code).isalnum() or chr(code) == "_") else ord(chr(code).lower())
        for code in range(128)
    ),
)


def _number_words(language: str) -> set[str]:
    """The words `spelled_figures` reads, in lower case, and with the letters that may be glued
    before them. The words for one that are pronouns are left out by `_is_number`, as
    `spelled_figures` leaves them."""
    spelled = FACTS[language_code(language)].spelled
    words = {word.lower() for word in (*spelled.numbers, *spelled.ordinals, *spelled.ones)}
    words |= {prefix + word for prefix in spelled.prefixes for word in words}
    assert all(word.isalpha() for word in words), "a number word is letters only"
    return words


@cache
def _number_words_after_mark(language: str) -> re.Pattern[bytes] | None:
    """The ASCII words of `_number_words`, after the mark (one trie of them all: two
    alternatives would double the time of a batch); None where none is ASCII."""
    words = {word for word in _number_words(language) if word.isascii()}
    if not words:
        return None
    return re.compile(rb"\x01(?:" + trie_pattern(word_trie(words)).encode("ascii") + rb")(?!\w)")


@cache
def _number_words_anywhere(language: str) -> re.Pattern[str]:
    """`_number_words` in lower case, capitalised and in capitals, anywhere."""
    words = _number_words(language)
    words |= {word.capitalize() for word in words} | {word.upper() for word in words}
    return re.compile(rf"(?:{trie_pattern(word_trie(words))})(?!\w)")


# Every form of a number from a thousand up names its scale (`NumberWords.scale_stems`), so a
# text without one of these (normalized) stems cannot state such a number in words. Testing
# them first spares building and compiling the forms of each new large value, which costs
# milliseconds: the check's second stage meets a new large value in nearly every entry it reads.


# The same holds of every form where each is a word as num2words writes it (English and
# Russian, but for a count word or "and a half"): a text that holds none of them as written
# cannot state the value, and the forms are compared before their pattern is compiled (a
# millisecond or more for the eighty forms of a Russian number).


def _may_state(amount: Decimal, normalized_text: str, language: str, percent: bool) -> bool:
    stems = FACTS[language].number_words.scale_stems
    if amount >= 1000 and not any(stem in normalized_text for stem in stems):
        return False
    forms = _literal_forms(amount, language, percent)
    return forms is None or any(form in normalized_text for form in forms)


@cache
def _literal_forms(amount: Decimal, language: str, percent: bool) -> frozenset[str] | None:
    """Every form `_forms_pattern` looks for, normalized, where each is a literal; None where
    one is a pattern (an Arabic numeral, a count word, "and a half", a fraction for a percent)."""
    spell = _SPELT_FORMS.get(language)
    if (
        spell is None
        or (percent and FACTS[language].percent.fractions.get(amount))
        or FACTS[language].number_words.counts.get(amount)
    ):
        return None
    if amount < 0 or amount > _LARGEST:
        return frozenset()  # no form at all
    if _and_a_half(amount, language) or _parts_of_scale(amount, language):
        return None
    if amount != amount.to_integral_value():
        return frozenset()  # no form but a count word or "and a half"
    return frozenset(normalize(form, language) for form in spell(int(amount)))


@cache
def _forms_pattern(amount: Decimal, language: str, percent: bool) -> re.Pattern[str] | None:
    forms = _word_forms(amount, language)
    percent_words = FACTS[language].percent
    fractions = percent_words.fractions.get(amount, ()) if percent else ()
    if not forms and not fractions:
        return None
    prefix = FACTS[language].number_words.glued_prefix
    alternation = prefix + _alternation(forms, language) if forms else ""
    if percent:
        # A percentage in words is a number with a percent word ("десяти процентов"), or a
        # fraction that states one ("half" for 50%).
        alternation = "|".join(
            part
            for part in (
                f"(?:{alternation})\\s+{percent_words.after_words}" if forms else "",
                prefix + _alternation(fractions, language) if fractions else "",
            )
            if part
        )
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _alternation(forms: Sequence[str], language: str) -> str:
    return (
        "(?:" + "|".join(sorted({normalize(form, language) for form in forms}, key=len)[::-1]) + ")"
    )


def _word_forms(amount: Decimal, language: str) -> list[str]:
    """Regular expressions (already escaped where literal) for `amount` in words."""
    if amount < 0 or amount > _LARGEST:
        return []
    counts = FACTS[language].number_words.counts
    forms = (
        list(counts.get(amount, ()))
        + _and_a_half(amount, language)
        + _parts_of_scale(amount, language)
    )
    if amount != amount.to_integral_value():
        return forms
    return forms + NUMBER_FORMS[language](int(amount))


# A number and a half, before its scale word: "one and a half million", "полтора миллиона",
# "مليون ونصف", "три с половиной тысячи".


def _and_a_half(amount: Decimal, language: str) -> list[str]:
    for scale in (10**9, 10**6, 1000, 1):
        count = amount / scale
        if count * 2 != (count * 2).to_integral_value() or count < 1 or count >= 1000:
            continue
        whole = int(count)
        if count - whole != Decimal("0.5"):
            return []
        number = _alternation(_word_forms(Decimal(whole), language), language)
        number_words = FACTS[language].number_words
        word = number_words.scale_words.get(scale, "")
        half = number_words.and_a_half
        scale_part = f" {word}" if word else ""
        if whole == 1 and half.one:
            return [half.one.replace("{scale}", scale_part)]
        forms = [half.in_words.replace("{scale}", scale_part).replace("{number}", number)]
        if whole == 1 and word:
            forms += [form.replace("{scale}", word) for form in half.one_scale]
        if whole == 2 and word and "{number}{scale}" in half.in_words:
            # Two of a scale said by its dual: "مليونين ونصف" is 2.5 million.
            dual = _alternation(_word_forms(Decimal(2 * scale), language), language)
            forms.append(half.in_words.replace("{number}{scale}", dual))
        return forms
    return []


def _parts_of_scale(amount: Decimal, language: str) -> list[str]:
    """ "half a million" is 500,000 and "четверть миллиона" 250,000: a part of a scale word."""
    number_words = FACTS[language].number_words
    forms: list[str] = []
    for part, patterns in number_words.parts_of_scale.items():
        for scale, word in number_words.scale_words.items():
            if scale >= 1000 and amount == part * scale:
                forms += [pattern.replace("{scale}", f"(?:{word})") for pattern in patterns]
    return forms


@cache
def _english(number: int) -> frozenset[str]:
    forms = {english_cardinal(number), english_ordinal(number)}
    for form in list(forms):
        forms.add(form.replace(" and ", " "))
        if form.startswith("one ") and number >= 100:
            forms.add("a " + form[4:])
            forms.add(form[4:])
    return frozenset(forms)


# English numbers as num2words writes them ("one thousand, two hundred and thirty-four", "forty-
# eighth"), spelt here: importing num2words loads every language it knows, which costs a check
# that meets an unmatched figure in an English text more than all the words of one value do
# (tests/test_figures_words.py compares the two on thousands of values).
_ENGLISH_BELOW_20 = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_ENGLISH_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ENGLISH_SCALES = (
    (10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"),
    (100, "hundred"),
)  # fmt: skip
_ENGLISH_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip


def english_cardinal(number: int) -> str:
    """`number` (0 to 10^15 - 1) in English words, as num2words writes it."""
    if number < 20:
        return _ENGLISH_BELOW_20[number]
    if number < 100:
        tens, unit = divmod(number, 10)
        word = _ENGLISH_TENS_WORDS[tens - 2]
        return f"{word}-{_ENGLISH_BELOW_20[unit]}" if unit else word
    scale, name = next((scale, name) for scale, name in _ENGLISH_SCALES if number >= scale)
    count, rest = divmod(number, scale)
    head = f"{english_cardinal(count)} {name}"
    if not rest:
        return head
    joint = " and " if rest < 100 else ", "  # "one thousand and five", "two million, six hundred"
    return head + joint + english_cardinal(rest)


def english_ordinal(number: int) -> str:
    """The English ordinal of `number` (0 to 10^15 - 1), as num2words writes it: the last word
    of the cardinal made ordinal ("twenty-first", "one hundredth", "ninetieth")."""
    cardinal = english_cardinal(number)
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1
    head, last = cardinal[:cut], cardinal[cut:]
    ordinal = _ENGLISH_ORDINAL_WORDS.get(last)
    if ordinal is None:
        ordinal = (last[:-1] + "ie" if last.endswith("y") else last) + "th"
    return head + ordinal


_RU_ONE = re.compile(r"^(?:один|одна|одно|одного|одной|одному|одним|одном|одну|одною) ")


@cache
def _russian(number: int) -> frozenset[str]:
    from num2words import num2words  # 0.1 s to import: only when a figure is unmatched

    forms: set[str] = set()
    # Only the forms that differ (the same set as every combination, in half the calls, which
    # cost ~0.2 ms each): animacy changes the accusative alone ("двух"/"два"), and a plural has
    # one form for every gender ("первые", "одни").
    for to, case, plural in product(("cardinal", "ordinal"), "ngdaip", (False, True)):
        for gender in "m" if plural else "mfn":
            for animate in (True, False) if case == "a" else (False,):
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
    return frozenset(forms)


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
    (10**9, ("مليار", "ملياران|مليارين|مليارا|ملياري", "مليارات", "مليار|مليارا")),
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
        # The press often writes the feminine ordinal with the masculine "عشر" ("السادسة عشر").
        return f"{_AR_THE}(?:(?:{masculine}) عشر|(?:{feminine}) عشرة?)"
    if unit == 0:
        return f"{_AR_THE}{_ar_group(_AR_TENS[number])}"
    return f"{_AR_THE}(?:{masculine}|{feminine}){_AR_AND}{_ar_group(_AR_TENS[tens * 10])}"


# A noun in the dual states 2 by itself: "ساعتين" (two hours), "يومين" (two days). The feminine
# dual ending is told apart from "ستين" (sixty) and "مائتين" (two hundred); the masculine one only
# on the common counted nouns of `ARABIC_DUAL_NOUNS`.
_ARABIC_DUAL = (
    r"\w{2,}(?<!س)(?<!مائ)(?<!مئ)(?:تين|تان)"
    rf"|(?:{'|'.join(ARABIC_DUAL_NOUNS)}"
    # and those software counts: two paths, files, lines, columns, levels, keys, items
    r"|مسار|ملف|سطر|عمود|مستوي|مفتاح|عنصر)(?:ين|ان)"
)


def _arabic(number: int) -> list[str]:
    """Arabic forms of `number`, as patterns (num2words writes one form only)."""
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


# How each language's numbers are written in words, as patterns: the one piece of the second
# reading that is code, not a record of `locale_facts`, since the forms follow grammar.
NUMBER_FORMS: dict[str, Callable[[int], list[str]]] = {
    "en": lambda number: [re.escape(form) for form in _english(number)],
    "ru": lambda number: [re.escape(form) for form in _russian(number)],
    "ar": _arabic,
}
# The languages whose forms are all words as written, each a literal (`_literal_forms`).
_SPELT_FORMS: dict[str, Callable[[int], frozenset[str]]] = {"en": _english, "ru": _russian}


# --- Normalising texts and forms alike


@cache
def _ignored_marks(language: str) -> re.Pattern[str] | None:
    marks = FACTS[language].number_words.ignored_marks
    return re.compile(marks) if marks else None


def normalize(text: str, language: str) -> str:
    """Lower case, hyphens as spaces, without the language's ignored marks and with its
    folded letters ("ё" as "е"; Arabic without vowel marks or tatweel, and with one letter for
    the alef and yeh variants and for ta marbuta), and without a GTK mnemonic's underscore
    ("по _второму уровню" for "from level _2")."""
    text = text.lower().replace("-", " ").replace("\u2011", " ")
    if "_" in text:
        text = text.replace("_", "")
    marks = _ignored_marks(language)
    if marks is not None:
        text = marks.sub("", text)
    # One replace a letter: str.translate pays for a failed look-up on every other character.
    for letter, folded in FACTS[language].number_words.folded_letters.items():
        text = text.replace(letter, folded)
    return text


# --- Months


@cache
def _month_names(month: int, language: str) -> set[str]:
    """The names of `month`, normalized."""
    facts = FACTS[language]
    names = {
        name
        for table in (facts.month_names, facts.standalone_month_names)
        for name, number in table.items()
        if number == month
    }
    names |= set(facts.month_words.extra.get(month, ()))
    return {normalize(name, language) for name in names}


@cache
def _month_pattern(month: int, language: str) -> re.Pattern[str]:
    names = (re.escape(name) for name in _month_names(month, language))
    alternation = "|".join(sorted(names, key=len, reverse=True))
    month_words = FACTS[language].month_words
    prefix, ending = month_words.glued_prefix, month_words.ending
    return re.compile(rf"(?<!\w){prefix}(?:{alternation}){ending}(?!\w)")


def month_mentions(month: int, text: str, language: str) -> int:
    """How many times `text` names `month`, in any form: "Sept.", "Апрель", "июльский"."""
    text = normalize(text, language)
    # Every mention holds one of the names as written: a text with none of them (most, for
    # all but one month) spares compiling the month's pattern.
    if not any(name in text for name in _month_names(month, language)):
        return 0
    return len(_month_pattern(month, language).findall(text))


def is_name_like_month(raw: str, language: str) -> bool:
    return raw.strip() in FACTS[language].month_words.name_like


# --- Compound words: "25-тысячная", "трехпроцентный"


@cache
def compound_scale_pattern(language: str) -> re.Pattern[str]:
    """A scale stem after a figure and a hyphen ("-тысячная"), in group `scale`; the language
    must make compound words (`LanguageFacts.compound_words`)."""
    compound = FACTS[language].compound_words
    assert compound is not None, f"{language} makes no compound words"
    return re.compile(rf"-(?P<scale>{'|'.join(compound.scale_stems)})\w*", re.IGNORECASE)


@cache
def compound_word_pattern(language: str, stems: tuple[str, ...]) -> re.Pattern[str]:
    """A number stem glued to one of `stems` ("двух" + "метров"), in groups `number` and
    `stem`; the language must make compound words."""
    compound = FACTS[language].compound_words
    assert compound is not None, f"{language} makes no compound words"
    # A trie, not an alternation of ~100 stems: it compiles in a fraction of the time (each
    # process compiles it once, on its first unmatched Russian figure) and still prefers the
    # longest stem ("двадцатипяти" over "двадцати").
    numbers = trie_pattern(word_trie(compound.number_stems))
    return re.compile(rf"(?<!\w)(?P<number>{numbers})(?P<stem>{'|'.join(stems)})\w*", re.IGNORECASE)


def compound_words(text: str, language: str) -> list[tuple[Decimal, str, int, int]]:
    """(number, stem, start, end) of words like "трехпроцентный" (3%), "двухтысячный"."""
    compound = FACTS[language].compound_words
    if compound is None:
        return []
    stems = (*compound.scale_stems, compound.percent_stem)
    return [
        (
            compound.number_stems[match["number"].lower()],
            match["stem"].lower(),
            match.start(),
            match.end(),
        )
        for match in compound_word_pattern(language, stems).finditer(text)
    ]
