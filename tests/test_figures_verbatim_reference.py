"""`copied_verbatim` reads each word once per text; these tests hold it to the plain reading
it replaces (below, as it was: walking to a figure's word edges and slicing the words around
it for every figure, time in the square of a long word's length), on random texts and on
long hostile ones."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.figures import not_figures
from l10n.figures.not_figures import (
    _CAPITALS,
    _DIGITS_AROUND_COLON,
    _LATIN_LETTER,
    _OPERATOR,
    _PROSE_MARKS,
    _QUOTED,
    VERSION_WORDS,
    copied_verbatim,
)


def reference_copied_verbatim(
    start: int, end: int, text: str, other: str, *, latin_script: bool
) -> bool:
    raw = text[start:end]
    if raw not in other:
        return False
    word_start, word_end = start, end
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    while word_end < len(text) and not text[word_end].isspace():
        word_end += 1
    rest_of_word = text[word_start:start] + text[end:word_end]
    if _LATIN_LETTER.search(rest_of_word) or _OPERATOR.search(rest_of_word):
        return True
    word = text[word_start:word_end].rstrip(".,;:")
    if _QUOTED.fullmatch(word):
        return True
    if _DIGITS_AROUND_COLON.search(word) and word in other:
        return True
    before = _word_before(text, word_start)
    after = _word_after(text, word_end)
    if _after_a_version_word(text, word_start):
        return True
    if any(_CAPITALS.fullmatch(word.strip("".join(_PROSE_MARKS))) for word in (*before, *after)):
        return True
    other_spaced = " ".join(other.split()).lower()
    return any(
        (_OPERATOR.search(word) or (not latin_script and _LATIN_LETTER.search(word)))
        and " ".join(span.split()).lower() in other_spaced
        for word, span in (
            *((word, text[text.rindex(word, 0, word_start) : end]) for word in before),
            *((word, text[start : text.index(word, word_end) + len(word)]) for word in after),
        )
    )


def _after_a_version_word(text: str, position: int) -> bool:
    for _ in range(4):
        before = _word_before(text, position)
        if not before:
            return False
        if before[0].strip("".join(_PROSE_MARKS)).lower() in VERSION_WORDS:
            return True
        position = text.rindex(before[0], 0, position)
    return False


def _word_before(text: str, position: int) -> list[str]:
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return [text[start:end]] if end > start else []


def _word_after(text: str, position: int) -> list[str]:
    start = position
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return [text[start:end]] if end > start else []


# Pieces that make each rule fire: digits and separators, Latin and capital words, operators,
# quotes, version words, colon samples, odd spaces, and the two letters whose lower case is
# not one letter in place ("İ", "Σ").
PIECES = [
    *"0123456789",
    *".,;:-/%'\"«»()[]*<=+_~",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u2009",
    "\x1c",
    "a",
    "Mb",
    "GIMP",
    "PDF",
    "x",
    "K",
    "version",
    "версии",
    "не",
    "ниже",
    "الإصدار",
    "İ",
    "Σ",
    "ΑΣ",
    "1:2",
    "2.10",
    "٣",
]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def all_spans(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)]


@pytest.fixture(params=[not_figures._SHORT_SPAN, 0], ids=["as-shipped", "every-span-long"])
def short_span(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of comparing the words beside a figure with `other`: as shipped (a long span
    only through the prefix search), and with every span taken for a long one."""
    monkeypatch.setattr(not_figures, "_SHORT_SPAN", request.param)
    not_figures._verbatim_pair.cache_clear()


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts, other=texts, latin_script=st.booleans(), data=st.data())
def test_every_span_of_a_random_text_reads_as_plainly_read(
    short_span: None, text: str, other: str, latin_script: bool, data: st.DataObject
) -> None:
    # `other` also as a copy of the text with something around: the searches in it succeed
    other = data.draw(st.sampled_from([other, text, f"{other} {text}", text.upper()]))
    for start, end in all_spans(text):
        expected = reference_copied_verbatim(start, end, text, other, latin_script=latin_script)
        assert copied_verbatim(start, end, text, other, latin_script=latin_script) == expected, (
            start,
            end,
        )


def figures_of(text: str, figure: str) -> list[int]:
    starts, start = [], text.find(figure)
    while start >= 0:
        starts.append(start)
        start = text.find(figure, start + len(figure))
    return starts


@pytest.mark.parametrize(
    ("text", "other", "figure"),
    [
        # one word of 16,000 characters: every figure of it walked to both ends, before
        ("1-" * 8000, "Hello 1", "1"),
        ("1/" * 8000, "Hello 1", "1"),
        ("x/x " + "1-" * 8000, "X/X " + "1-" * 4000, "1"),  # a code word before a long word
        ("1-" * 8000 + " Mb", "1-" * 3000 + " mb", "1"),  # and a Latin word after it
        ("1-" * 4000 + " Σ " + "1-" * 4000, "Σ 1-1", "1"),  # the plain comparison
        ("'" + "1," * 8000 + "'", "1,", "1"),
        ("1:" * 8000, "1:1", "1"),
        ("1% " * 5000, "1%", "1"),
        ("версии " + "1.5-" * 4000, "1.5", "1.5"),
    ],
)
@pytest.mark.parametrize("latin_script", [False, True])
def test_a_long_hostile_entry_reads_as_plainly_read(
    text: str, other: str, figure: str, latin_script: bool
) -> None:
    """Each figure as the plain reading has it; the plain reading only for a sample of them,
    since it takes time in the length of the word for each."""
    starts = figures_of(text, figure)
    answers = [
        copied_verbatim(start, start + len(figure), text, other, latin_script=latin_script)
        for start in starts
    ]
    sample = sorted({*range(0, len(starts), 397), len(starts) - 1, len(starts) // 2})
    for index in sample:
        start = starts[index]
        assert answers[index] == reference_copied_verbatim(
            start, start + len(figure), text, other, latin_script=latin_script
        ), index


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # "İ" lowers to two characters, and "Σ" to "ς" at a word's end only: the parts of a
        # span so lowered are not the parts of the whole lowered
        ("x/İ " + "1-" * 300, "x/i̇ " + "1-" * 150),
        ("x/x " + "1-" * 150 + "İ" + "1-" * 150, "x/x " + "1-" * 150 + "i̇1-1-"),
        ("x/ΑΣ" + "1Α" * 300, "x/ας1α1α"),
        ("x/x " + "1Σ" * 300, "x/x 1σ1σ1σ1ς"),
        ("1-" * 300 + " x/İ", "1-" * 150 + " x/i̇"),
        ("1Σ" * 300 + " x/x", "1σ1ς x/x"),
    ],
)
def test_letters_whose_lower_case_moves_read_as_plainly_read(text: str, other: str) -> None:
    for start in figures_of(text, "1"):
        assert copied_verbatim(
            start, start + 1, text, other, latin_script=False
        ) == reference_copied_verbatim(start, start + 1, text, other, latin_script=False), start
