"""How messages word counts: "1 entry", "2 entries", never "1 entry(s)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from l10n.wording import counted

PACKAGE = Path(__file__).parents[1] / "l10n"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 entries"), (1, "1 entry"), (2, "2 entries"), (1490, "1,490 entries")],
)
def test_an_irregular_noun_agrees_with_its_count(count: int, expected: str) -> None:
    assert counted(count, "entry", "entries") == expected


@pytest.mark.parametrize(("count", "expected"), [(1, "1 page"), (10, "10 pages")])
def test_a_regular_noun_takes_an_s(count: int, expected: str) -> None:
    assert counted(count, "page") == expected


def test_no_message_hedges_a_plural_with_parentheses() -> None:
    """A count written before "entry(s)" or "entr(ies)" reads wrongly for one of them:
    every message counts with `counted`."""
    hedge = re.compile(r"\}\s+[a-z ]*\w\((?:s|es|ies)\)")
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if hedge.search(line)
    ]
    assert not found, "\n".join(found)
