"""Sentence segmentation (placeholder: the rule-based splitter replaces this)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?؟…])\s+")


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence of `text`, surrounding white space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_BOUNDARY.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        if match:
            start = match.end()
    return spans


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of `text` in `lang`, white space inside each collapsed to single spaces."""
    return [" ".join(text[start:end].split()) for start, end in sentence_spans(text, lang)]
