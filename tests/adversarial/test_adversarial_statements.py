"""A statement's body loses no text on its way to the catalogs: what the Markdown reader would
drop is refused with its line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import SourceError
from l10n.sources import parse_statement

FRONT_MATTER = "---\ntitle: Nested\nslug: nested\npublished: 2026-01-01 10:00\n---\n\n"
BODY_LINE = FRONT_MATTER.count("\n") + 1


def block_texts(body: str) -> list[str]:
    document = parse_statement((FRONT_MATTER + body).encode(), "nested.md", "en")
    return [block.text for block in document.blocks]


def test_quotes_nested_as_deep_as_the_reader_reads_keep_their_text() -> None:
    assert block_texts(">" * 19 + " Deepest words.\n\nAfter them.\n")[-2:] == [
        "Deepest words.",
        "After them.",
    ]


def test_quotes_nested_deeper_than_the_reader_reads_are_refused_at_their_line() -> None:
    body = "First paragraph.\n\n" + ">" * 20 + " Lost words.\n"
    with pytest.raises(SourceError, match="nested here deeper") as raised:
        block_texts(body)
    assert raised.value.line == BODY_LINE + 2


def test_a_list_nested_too_deep_is_refused_and_one_level_less_is_read() -> None:
    def nested(depth: int) -> str:
        return "".join("  " * level + f"- item {level}\n" for level in range(depth))

    assert block_texts(nested(9) + "\nAfter the list.\n")[-2:] == ["item 8", "After the list."]
    with pytest.raises(SourceError, match="nested here deeper") as raised:
        block_texts(nested(10) + "\nAfter the list.\n")
    assert raised.value.line == BODY_LINE + 9


MARKERS = st.sampled_from(["> ", "- ", "1. ", "* "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(MARKERS, max_size=24), min_size=1, max_size=4))
def test_every_word_of_a_nested_body_is_read_or_the_body_is_refused(
    paragraphs: list[list[str]],
) -> None:
    lines = []
    for number, markers in enumerate(paragraphs):
        prefix = ""
        for marker in markers:  # each container inside the one before, as Markdown nests them
            lines.append(prefix + marker.rstrip())
            prefix += "> " if marker == "> " else " " * len(marker)
        lines += [prefix + f"Word{number} here.", ""]
    try:
        texts = block_texts("\n".join(lines))
    except SourceError as error:
        assert "nested here deeper" in str(error)
        return
    for number in range(len(paragraphs)):
        assert any(f"Word{number}" in text for text in texts), lines
