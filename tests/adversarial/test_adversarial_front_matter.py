"""Front matter on generated and hostile input: read, or refused with a SourceError naming the
line; never a traceback, never an expansion that eats memory, never a hidden bidi control."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import SourceError
from l10n.forbidden import BIDI_CONTROLS, forbidden_character
from l10n.sources import parse_statement

BODY = "\n---\nA sentence.\n"
FIELDS = "slug: s\npublished: 2026-01-20 10:00\n"
yaml_pieces = st.sampled_from(
    [
        "title: T\n",
        FIELDS,
        "&a ",
        "*a",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "- ",
        "\n",
        "  ",
        '"',
        "'",
        "\\u202E",
        "\\U0000202e",
        "&#x202E;",
        "2026-02-30",
        "+25:00",
        "!!binary ",
        "!!python/object ",
        "<<: ",
        "? ",
        "|\n",
        "signatories:\n  - position: P\n    name: N\n",
        "breadcrumb: []\n",
        "\x85",
        "\u2028",
        "\t",
        "0x",
        "1e999",
        "null",
        "~",
    ]
)


def statement(front: str) -> bytes:
    return f"---\n{front}{BODY}".encode()


@settings(max_examples=300, deadline=None)
@given(st.lists(yaml_pieces, max_size=25).map("".join))
def test_any_front_matter_is_read_or_refused_with_a_source_error(front: str) -> None:
    try:
        document = parse_statement(statement(front), "s.md", "en")
    except SourceError as error:
        assert error.path == "s.md" and error.line is not None and error.line >= 1
        return
    # Read: nothing a page shows holds a bidi control, however it was written.
    for block in document.blocks:
        assert forbidden_character(block.text) is None


def test_aliases_are_refused_before_they_expand() -> None:
    # A few hundred bytes that expand to 9**7 strings when an alias is followed.
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefg":
        previous = chr(ord(level) - 1)
        levels.append(f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    front = "title: T\n" + FIELDS + "\n".join(levels) + "\n"
    with pytest.raises(SourceError, match="alias") as raised:
        parse_statement(statement(front), "s.md", "en")
    assert raised.value.line is not None


@pytest.mark.parametrize(
    "character",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
)
@pytest.mark.parametrize(
    "written",
    [
        'title: "A {yaml} B"\n',
        "title: A {raw} B\n",
        "title: A {entity} B\n",
        "title: A {decimal} B\n",
    ],
)
def test_a_bidi_control_is_refused_however_it_is_written(character: str, written: str) -> None:
    code = ord(character)
    front = (
        written.format(
            yaml=f"\\u{code:04X}", raw=character, entity=f"&#x{code:x};", decimal=f"&#{code};"
        )
        + FIELDS
    )
    with pytest.raises(SourceError, match=f"U\\+{code:04X}") as raised:
        parse_statement(statement(front), "s.md", "en")
    assert raised.value.line == 2


def test_the_marks_a_translator_needs_are_not_forbidden() -> None:
    assert forbidden_character("\u200e\u200f\u061c &lrm; &#x200F;") is None
    assert not BIDI_CONTROLS.search("\u200e\u200f\u061c")


@pytest.mark.parametrize(
    ("front", "line", "match"),
    [
        ("title: '  '\n" + FIELDS, 2, "blank"),
        ("title: T\n" + FIELDS + "signatories:\n  - position: P\n    name: ''\n", 7, "blank"),
        ("title: T\n" + FIELDS + "signatories:\n  - position: ' '\n    name: N\n", 6, "blank"),
        ("title: T\n" + FIELDS + "breadcrumb: [Home, '']\n", 5, "blank"),
        ("title: T\nslug: s\npublished: 2026-02-30\n", 4, "day is out of range"),
        ("title: T\nslug: s\npublished: 2026-01-20 10:00:00+25:00\n", 4, "cannot be read"),
    ],
    ids=[
        "blank-title",
        "blank-name",
        "blank-position",
        "blank-breadcrumb",
        "february-30",
        "offset-25h",
    ],
)
def test_what_would_wedge_a_project_is_refused_at_its_line(
    front: str, line: int, match: str
) -> None:
    with pytest.raises(SourceError, match=match) as raised:
        parse_statement(statement(front), "s.md", "en")
    assert raised.value.line == line


STATEMENT = (
    "---\ntitle: T\nslug: s\npublished: 2026-01-20 10:00\nsignatories:\n"
    "  - position: P\n    name: A. Name\n---\n\nA first sentence. A second one.\n\n- An item.\n"
)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_a_statement_with_windows_or_old_mac_line_ends_reads_as_with_unix_ones(
    line_end: str,
) -> None:
    expected = parse_statement(STATEMENT.encode(), "s.md", "en")
    found = parse_statement(STATEMENT.replace("\n", line_end).encode(), "s.md", "en")
    assert found == expected  # the same blocks, sentences and lines


@pytest.mark.parametrize(
    ("front", "line"),
    [
        ("title: T\nslug: s\ntitle: U\npublished: 2026-01-20\n", 4),
        ("title: T\nslug: s\npublished: 2026-01-20\nsignatories:\n  - name: A\n    name: B\n", 7),
    ],
    ids=["field", "signatory-field"],
)
def test_a_field_written_twice_is_refused_at_the_second(front: str, line: int) -> None:
    # YAML keeps the last value silently: a second title further down would replace the first.
    with pytest.raises(SourceError, match="written twice") as raised:
        parse_statement(f"---\n{front}---\nA sentence.\n".encode(), "s.md", "en")
    assert raised.value.line == line
