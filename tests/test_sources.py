from __future__ import annotations

from datetime import datetime

import pytest

from l10n.errors import SourceError
from l10n.model import BlockKind
from l10n.sources import imported_text, parse_plain_text, parse_statement

STATEMENT = """\
---
title: Joint statement on the return of refugees
slug: returns-2026-03-12
published: 2026-03-12 10:00
breadcrumb: [Home, Mission, News]
signatories:
  - position: Head of the Coordination Centre
    name: A. Verin
  - position: Minister of Local Administration
    name: K. Haddad
---

## Returns continue

Since March 4, 2026, 12,480 people have returned.
Of them, 93% are women and children.

- Convoys left at 10:00.
- The 4th convoy arrived.

> We urge the UN to act.
"""


def parse(text: str) -> object:
    return parse_statement(text.encode("utf-8"), "source/returns.md", "en")


def test_front_matter_becomes_metadata() -> None:
    document = parse_statement(STATEMENT.encode(), "source/returns.md", "en")
    assert document.meta.title == "Joint statement on the return of refugees"
    assert document.meta.slug == "returns-2026-03-12"
    assert document.meta.published == datetime(2026, 3, 12, 10, 0)
    assert document.meta.breadcrumb == ("Home", "Mission", "News")
    assert [s.name for s in document.meta.signatories] == ["A. Verin", "K. Haddad"]


def test_blocks_keep_order_kind_and_source_line() -> None:
    document = parse_statement(STATEMENT.encode(), "source/returns.md", "en")
    kinds = [(block.kind, block.line) for block in document.blocks]
    assert kinds == [
        (BlockKind.TITLE, 2),
        (BlockKind.HEADING, 13),
        (BlockKind.PARAGRAPH, 15),
        (BlockKind.LIST_ITEM, 18),
        (BlockKind.LIST_ITEM, 19),
        (BlockKind.QUOTE, 21),
        (BlockKind.SIGNATURE_POSITION, 7),
        (BlockKind.SIGNATURE_NAME, 8),
        (BlockKind.SIGNATURE_POSITION, 9),
        (BlockKind.SIGNATURE_NAME, 10),
    ]


def test_sentences_carry_the_line_they_start_on() -> None:
    document = parse_statement(STATEMENT.encode(), "source/returns.md", "en")
    paragraph = document.blocks[2]
    assert [(s.text, s.line) for s in paragraph.segments] == [
        ("Since March 4, 2026, 12,480 people have returned.", 15),
        ("Of them, 93% are women and children.", 16),
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("no front matter\n", 1, "front matter"),
        ("---\ntitle: x\n", 1, "not closed"),
        ("---\ntitle: [unclosed\nslug: a\n---\n", 3, "not valid YAML"),
        ("---\ntitle: T\nslug: a\n---\n", 4, "'published'"),  # the closing line
        ("---\ntitle: T\nslug: ../etc\npublished: 2026-01-01 10:00\n---\n", 3, "slug"),
        ("---\ntitle: T\nslug: a\npublished: tomorrow\n---\n", 4, "date and time"),
        (
            "---\ntitle: T\nslug: a\npublished: 2026-01-01\n---\n\n<script>x</script>\n",
            7,
            "raw HTML",
        ),
        ("---\ntitle: T\nslug: a\npublished: 2026-01-01\n---\n\nok \u202eevil\n", 7, "U+202E"),
        (
            "---\ntitle: T\nslug: a\npublished: 2026-01-01\nsignatores:\n  - position: P\n"
            "    name: N\n---\n",
            5,
            "unknown front-matter field 'signatores' (did you mean 'signatories'?",
        ),
        (
            "---\ntitel: T\nslug: a\npublished: 2026-01-01\n---\n",
            2,
            "unknown front-matter field 'titel' (did you mean 'title'?",
        ),
        (
            "---\ntitle: T\nslug: a\npublished: 2026-01-01\nsignatories:\n  - position: P\n"
            "    nmae: N\n---\n",
            7,
            "unknown signatory field 'nmae' (did you mean 'name'?",
        ),
        ("---\ntitle: T\nslug: a\npublished: 2026-01-01\nauthor: X\n---\n", 5, "known: title"),
    ],
)
def test_broken_statements_name_the_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(SourceError) as caught:
        parse(text)
    assert caught.value.path == "source/returns.md"
    assert caught.value.line == line
    assert fragment in caught.value.message


def test_non_utf8_is_reported_with_its_line() -> None:
    data = "---\ntitle: T\nslug: a\npublished: 2026-01-01\n---\n\nПривет\n".encode("cp1251")
    with pytest.raises(SourceError) as caught:
        parse_statement(data, "source/ru.md", "ru")
    assert caught.value.line == 7
    assert "UTF-8" in caught.value.message


def test_arabic_marks_are_allowed() -> None:
    text = "---\ntitle: بيان\nslug: a\npublished: 2026-01-01\n---\n\nعاد \u200f٢٬٠٨٠ شخصاً.\n"
    document = parse_statement(text.encode(), "source/ar.md", "ar")
    assert document.blocks[1].segments[0].text == "عاد \u200f٢٬٠٨٠ شخصاً."


def test_plain_text_paragraphs_are_separated_by_blank_lines() -> None:
    plain = parse_plain_text(b"One. Two.\nThree.\n\n\nFour.\n", "a.txt")
    assert [(p.text, p.line) for p in plain.paragraphs] == [("One. Two.\nThree.", 1), ("Four.", 5)]
    assert plain.warnings == ()


def test_plain_text_loses_copied_embedding_marks_with_a_warning_and_keeps_direction_marks() -> None:
    """The embedding marks, which no statement or catalog may hold, go; the translator's
    direction marks beside the figure (RLM, ALM), which both may hold, stay."""
    data = "عاد الجميع.\n\nعاد \u202b\u200f٢٬٠٨٠\u061c\u202c شخصاً.\n".encode()
    plain = parse_plain_text(data, "ar.txt")
    assert [p.text for p in plain.paragraphs] == ["عاد الجميع.", "عاد \u200f٢٬٠٨٠\u061c شخصاً."]
    (warning,) = plain.warnings
    assert warning.startswith("ar.txt:3: removed invisible embedding marks (")
    assert "U+202B RIGHT-TO-LEFT EMBEDDING" in warning
    assert "U+202C POP DIRECTIONAL FORMATTING" in warning
    assert "MARK" not in warning


def test_plain_text_keeps_direction_marks_without_a_warning() -> None:
    data = "قال: \u200fUNHCR\u200f ترحب.\n\nبلغ \u061c5\u061c درجات.\n".encode()
    plain = parse_plain_text(data, "ar.txt")
    assert [p.text for p in plain.paragraphs] == [
        "قال: \u200fUNHCR\u200f ترحب.",
        "بلغ \u061c5\u061c درجات.",
    ]
    assert plain.warnings == ()


def test_imported_text_still_removes_a_direction_mark_inside_a_figure() -> None:
    """Between digits an RLM would show "3⟨RLM⟩10" as 103 where the readers read 310."""
    text, warnings = imported_text("عاد ٢\u200f٠٨٠ شخصاً", "ar.txt")
    assert text == "عاد ٢٠٨٠ شخصاً"
    assert len(warnings) == 1 and "ar.txt:1" in warnings[0]


def test_plain_text_still_refuses_an_override() -> None:
    with pytest.raises(SourceError, match="U\\+202E"):
        parse_plain_text("Вернулись \u202e27\u202c человек.\n".encode(), "ru.txt")


def test_no_break_spaces_inside_figures_survive_segmentation() -> None:
    front = "---\ntitle: T\nslug: a\npublished: 2026-01-01\n---\n\n"
    text = front + "Вернулись 2\u00a0080\u00a0443 человека.\n"
    document = parse_statement(text.encode(), "source/ru.md", "ru")
    assert document.blocks[1].segments[0].text == "Вернулись 2\u00a0080\u00a0443 человека."
