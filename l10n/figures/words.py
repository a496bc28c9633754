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
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache
from itertools import accumulate, product

from l10n.figures.locale_facts import FACTS, SpelledNumbers
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
    if not _may_state(amount, text, language):
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
    if not _may_state(amount, word, language):
        return False
    pattern = _forms_pattern(amount, language, False)
    return pattern is not None and pattern.fullmatch(word) is not None


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
    return previous_word.startswith(spelled.ordinal_article)


# --- Whether texts write numbers in words at all: the gate of the comparison of number words


def spells_numbers(text: str, language: str) -> bool:
    """Whether `text` writes a number in words that `spelled_figures` reads ("Five tents",
    "шесть палаток", "أربعة أيام", "the third bridge", "One boat")."""
    return bool(texts_spelling_numbers([text], language))


def texts_spelling_numbers(texts: Sequence[str], language: str) -> list[int]:
    """The positions of the `texts` that write a number in words, as `spells_numbers` says.

    The check asks it of every entry whose figures agree (two number words alone, "Five" /
    "шесть", may still differ), so it reads a whole batch in few passes of the engine. A
    number word is a whole word (every word `_number_word_passes` knows is letters only): in an
    ASCII batch (most sources), every character that is no letter, digit or "_" is made one
    mark, and the pass looks for the words after that mark, which the engine skips to in a
    tight loop (a pattern opening with the words' first letters is tried at most letters of
    an English batch, inside words too: more than twice the instructions). In another batch,
    where the marks would be many more characters, the words are looked for anywhere, and
    those inside a word left out.
    """
    joined = "\n" + "\n".join(texts)
    after_mark, anywhere = _number_word_passes(language)
    if joined.isascii():
        pattern, batch, before_word = after_mark, joined.translate(_MARKED), 1
    else:
        pattern, batch, before_word = anywhere, joined, 0
    starts: list[int] = []
    found: set[int] = set()
    spelled = FACTS[language_code(language)].spelled
    for match in pattern.finditer(batch):
        start = match.start() + before_word  # the word, after the mark before it
        before = joined[start - 1]
        if before.isalnum() or before == "_":
            continue  # inside a word ("три" of "внутри")
        if not starts:
            starts = list(accumulate((len(text) + 1 for text in texts), initial=1))
        position = bisect_right(starts, start) - 1
        if position in found:
            continue
        text, offset = texts[position], starts[position]
        if _is_number(text, start - offset, match.end() - offset, spelled):
            found.add(position)  # else "one of", "no one", "a second"
    return sorted(found)


# Every ASCII character that is no letter, digit or "_" as one mark, which no word holds.
_MARK = "\x01"
_MARKED = {code: _MARK for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")}


@cache
def _number_word_passes(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words `spelled_figures` reads, in lower case, capitalised and in capitals, with the
    letters that may be glued before them (a trie): after the `_MARK`, and anywhere."""
    spelled = FACTS[language_code(language)].spelled

    def trie(words: set[str]) -> str:
        words = {word.lower() for word in words}
        words |= {prefix + word for prefix in spelled.prefixes for word in words}
        words |= {word.capitalize() for word in words} | {word.upper() for word in words}
        assert all(word.isalpha() for word in words), "a number word is letters only"
        return trie_pattern(word_trie(words))

    # One trie of all the words (two alternatives would double the time of a batch); the words
    # for one that are pronouns are left out by `_is_number`, as `spelled_figures` leaves them.
    words = trie({*spelled.numbers, *spelled.ordinals, *spelled.ones})
    return re.compile(rf"{_MARK}(?:{words})(?!\w)"), re.compile(rf"(?:{words})(?!\w)")


# Every form of a number from a thousand up names its scale (`NumberWords.scale_stems`), so a
# text without one of these (normalized) stems cannot state such a number in words. Testing
# them first spares building and compiling the forms of each new large value, which costs
# milliseconds: the check's second stage meets a new large value in nearly every entry it reads.


def _may_state(amount: Decimal, normalized_text: str, language: str) -> bool:
    stems = FACTS[language].number_words.scale_stems
    return amount < 1000 or any(stem in normalized_text for stem in stems)


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
    forms = list(counts.get(amount, ())) + _and_a_half(amount, language)
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
        return forms
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
    return forms


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
        # The press often writes the feminine ordinal with the masculine "عشر" ("السادسة عشر").
        return f"{_AR_THE}(?:(?:{masculine}) عشر|(?:{feminine}) عشرة?)"
    if unit == 0:
        return f"{_AR_THE}{_ar_group(_AR_TENS[number])}"
    return f"{_AR_THE}(?:{masculine}|{feminine}){_AR_AND}{_ar_group(_AR_TENS[tens * 10])}"


# A noun in the dual states 2 by itself: "ساعتين" (two hours), "يومين" (two days). The feminine
# dual ending is told apart from "ستين" (sixty) and "مائتين" (two hundred); the masculine one only
# on common counted nouns.
_ARABIC_DUAL = (
    r"\w{2,}(?<!س)(?<!مائ)(?<!مئ)(?:تين|تان)"
    r"|(?:يوم|شهر|عام|أسبوع|قرن|شخص|رجل|طفل|جنيه|دولار|ميل|متر|كيلومتر|فصل|مقعد"
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
def _month_pattern(month: int, language: str) -> re.Pattern[str]:
    facts = FACTS[language]
    names = {
        name
        for table in (facts.month_names, facts.standalone_month_names)
        for name, number in table.items()
        if number == month
    }
    month_words = facts.month_words
    names |= set(month_words.extra.get(month, ()))
    alternation = "|".join(
        sorted((re.escape(normalize(name, language)) for name in names), key=len, reverse=True)
    )
    prefix, ending = month_words.glued_prefix, month_words.ending
    return re.compile(rf"(?<!\w){prefix}(?:{alternation}){ending}(?!\w)")


def month_mentions(month: int, text: str, language: str) -> int:
    """How many times `text` names `month`, in any form: "Sept.", "Апрель", "июльский"."""
    return len(_month_pattern(month, language).findall(normalize(text, language)))


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
    numbers = "|".join(sorted(compound.number_stems, key=len, reverse=True))
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
