"""The document model: a statement, its metadata, its blocks and their sentence segments.

Pure data. Readers in `l10n.sources` build it; segmentation fills the segments; the catalog
code turns segments into PO entries and the page builder renders blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    SIGNATURE_POSITION = "signature_position"
    SIGNATURE_NAME = "signature_name"


@dataclass(frozen=True)
class Segment:
    """One sentence: the unit a translator translates (a PO entry's msgid)."""

    text: str
    line: int  # 1-based line of the source file where the sentence starts
    msgctxt: str | None = None


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item, quote or signature line, with its sentences in order.

    `text` is the block's inline Markdown as written; `segments` split it into sentences.
    """

    kind: BlockKind
    text: str
    line: int
    segments: tuple[Segment, ...] = ()
    level: int = 0  # heading level; list nesting depth
    ordered: bool = False  # list items: numbered list


@dataclass(frozen=True)
class Signatory:
    position: str
    name: str


@dataclass(frozen=True)
class Metadata:
    """Front matter of a statement: what a ministry news page shows around the text."""

    title: str
    slug: str
    published: datetime
    breadcrumb: tuple[str, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    # The line of the `slug:` field, for messages about slugs that clash (None when the
    # metadata was not read from a file). Where a field is written is not what it says.
    slug_line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Document:
    """A statement in its source language. `path` is as written in PO references."""

    path: str
    language: str
    meta: Metadata
    blocks: tuple[Block, ...]

    def segments(self) -> list[Segment]:
        return [segment for block in self.blocks for segment in block.segments]
