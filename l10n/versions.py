"""Reading an existing translated version of a statement, however it was saved.

A version is a statement with front matter, a saved HTML page (its main content, through
`l10n.page`), or plain text as people copy it from a browser: paragraphs separated by blank
lines, or by single line breaks, or text hard-wrapped at a fixed width. The blocks returned
carry the version's paragraphing, which the aligner uses only as soft evidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from l10n.model import Block, BlockKind
from l10n.sources import decode_source, imported_text, parse_statement, segments_of

# A line of a hard-wrapped text is at most this long, and most of its lines end mid-sentence.
WRAP_WIDTH = 120
_SENTENCE_END = re.compile(r"[.!?…؟:;»”\"')\]]\s*$")
_LETTER = re.compile(r"[^\W\d_]")


def is_html(data: bytes) -> bool:
    """Whether the bytes are an HTML page rather than text or Markdown."""
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


@dataclass(frozen=True)
class TranslatedVersion:
    blocks: list[Block]
    warnings: tuple[str, ...]  # what was changed on reading, each naming file and line
    # Text as a reader saw it (a page, plain text), not Markdown: a catalog gets it escaped.
    literal: bool = True


def read_version(data: bytes, path: str, language: str) -> TranslatedVersion:
    """A translated version: a statement, an HTML page, or plain text. A page or plain text
    loses, with a warning, what `l10n.sources.imported_text` removes; a statement is refused
    for it, as a source statement is."""
    if is_html(data):
        from l10n.page import page_blocks, read_page  # the HTML parser only for a page

        page = read_page(data, path)
        return TranslatedVersion(page_blocks(page, language), page.notes)
    text = decode_source(data, path)
    if text.lstrip("\ufeff").startswith("---"):
        blocks = list(parse_statement(data, path, language).blocks)
        return TranslatedVersion(blocks, (), literal=False)
    text, warnings = imported_text(text, path)
    return TranslatedVersion(text_blocks(text, language), warnings)


def version_blocks(data: bytes, path: str, language: str) -> list[Block]:
    """The blocks of `read_version`, without its warnings."""
    return read_version(data, path, language).blocks


def text_blocks(text: str, language: str, first_line: int = 1) -> list[Block]:
    """Paragraphs of plain text as blocks, each line its own paragraph unless the text is
    hard-wrapped; lines without a letter (page numbers, "1 2 3 4 5" rating widgets) dropped."""
    lines = text.splitlines()
    wrapped = _hard_wrapped(lines)
    blocks: list[Block] = []
    current: list[str] = []
    start = 0

    def close() -> None:
        paragraph = "\n".join(current)
        if _LETTER.search(paragraph):
            segments = segments_of(paragraph, start, language, plain_text=True)
            if segments:
                blocks.append(Block(BlockKind.PARAGRAPH, paragraph, start, segments))
        current.clear()

    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            if current:
                close()
            continue
        if current and not wrapped:
            close()
        if not current:
            start = number
        current.append(line.strip())
    if current:
        close()
    return blocks


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether line breaks inside paragraphs are the wrapping of a fixed width: no line
    longer than `WRAP_WIDTH`, and most lines followed by another ending mid-sentence."""
    inner = [
        line for line, following in itertools.pairwise(lines) if line.strip() and following.strip()
    ]
    if len(inner) < 2 or any(len(line) > WRAP_WIDTH for line in lines):
        return False
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return 2 * open_ended > len(inner)
