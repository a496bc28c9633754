"""Texts of a batch joined into one string, so that the regular-expression engine searches them
all in one pass (in C), and which text a match falls in.

The checks ask such questions of every entry ("which texts may hold a construction, something
to blank?"), and nearly no text of a batch says yes: the texts' starts are counted only once a
match is found, and once for the batch however many patterns are searched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate


class JoinedTexts:
    """`texts` joined with `separator` (one character no pattern searched for needs)."""

    def __init__(self, texts: Sequence[str], separator: str = "\n") -> None:
        self.texts = texts
        self.joined = separator.join(texts)
        self._starts: list[int] | None = None

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """The positions (increasing) of the texts in which `pattern` matches, in one search a
        text: after a match, the search goes on from the next text's start."""
        match = pattern.search(self.joined)
        if match is None:
            return []
        starts = self._text_starts()
        found: list[int] = []
        while match is not None:
            position = bisect_right(starts, match.start()) - 1
            found.append(position)
            match = pattern.search(self.joined, starts[position + 1])
        return found

    def containing(self, word: str) -> list[int]:
        """The positions (increasing) of the texts that hold `word`, as `matching` finds them:
        `str.find` skips through the joined texts several characters a step, where the
        engine looks at each one."""
        found: list[int] = []
        at = self.joined.find(word)
        if at < 0:
            return found
        starts = self._text_starts()
        while at >= 0:
            position = bisect_right(starts, at) - 1
            found.append(position)
            at = self.joined.find(word, starts[position + 1])
        return found

    def located(self, offset: int) -> tuple[int, int]:
        """The position of the text that `offset` of the joined texts falls in, and the offset
        within that text."""
        starts = self._text_starts()
        position = bisect_right(starts, offset) - 1
        return position, offset - starts[position]

    def _text_starts(self) -> list[int]:
        """Where each text starts in the joined texts (counted once, when first asked)."""
        if self._starts is None:
            self._starts = list(accumulate((len(text) + 1 for text in self.texts), initial=0))
        return self._starts
