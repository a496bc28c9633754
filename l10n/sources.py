"""Reading statements: Markdown with YAML front matter, and plain text, into the document model.

Everything that can be wrong with a source (encoding, front matter, raw HTML, bidi controls)
is reported as a `SourceError` naming the file and line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from l10n.encoding import decode_utf8 as decode_text
from l10n.encoding import refuse_nul
from l10n.errors import SourceError, place, unknown_name
from l10n.forbidden import (
    bidi_control_message,
    forbidden_character,
    hidden_in_figure,
    hidden_message,
    remove_hidden_in_figures,
)
from l10n.model import Block, BlockKind, Document, Metadata, Segment, Signatory
from l10n.segment import normalize_space, sentence_spans
from l10n.wording import character_name, visible

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
# What copying from a web page leaves in plain text around Arabic words and figures: embedding
# marks (LRE, RLE, PDF). They reorder nothing on their own, but no statement or catalog may
# hold one (`l10n.forbidden`), so imported text loses them with a warning; overrides and
# isolates are still refused. The direction marks (LRM, RLM, and the Arabic letter mark ALM)
# are kept: a statement and a catalog may hold them outside a figure, where they change only
# how a run of Latin letters or digits sits in the line, as the translator or the page chose
# (one inside a figure is removed with its own warning: `strip_hidden_in_figures`).
COPIED_DIRECTION_MARKS = re.compile("[\u202a\u202b\u202c]")
REQUIRED_FIELDS = ("title", "slug", "published")
FIELDS = (*REQUIRED_FIELDS, "breadcrumb", "signatories")
SIGNATORY_FIELDS = ("position", "name")
# libyaml's loader when PyYAML was built with it: five times faster on a thousand statements.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def decode_source(data: bytes, path: str) -> str:
    """`data` as text with "\\n" line ends; a byte that is not UTF-8, or a NUL character (which
    no statement means and gettext strings end at), is reported with its line."""
    text = unix_line_ends(decode_text(data, path, SourceError, "save the file as UTF-8"))
    refuse_nul(text, path, SourceError, "no text holds one, and gettext strings end there")
    return text


def unix_line_ends(text: str) -> str:
    """`text` with CRLF and CR (old Mac editors, some Windows tools) line ends as "\\n": every
    reader splits and counts lines at "\\n", and a CR-only file would otherwise be one line."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def reject_bidi_controls(text: str, path: str, first_line: int = 1) -> None:
    """A `SourceError` at the line of the first character `forbidden_character` finds."""
    found = forbidden_character(text)
    if found is not None:
        offset, character = found
        raise SourceError(
            bidi_control_message(character),
            path=path,
            line=first_line + text.count("\n", 0, offset),
        )


def reject_hidden_in_figures(text: str, path: str) -> None:
    """A `SourceError` at the line of the first character `hidden_in_figure` finds: a figure of
    a statement is published as written, and translated from what its msgid says."""
    found = hidden_in_figure(text)
    if found is not None:
        raise SourceError(
            hidden_message(found), path=path, line=1 + text.count("\n", 0, found.offset)
        )


def read_statement_file(path: Path, language: str, reference: str | None = None) -> Document:
    """Read a statement from disk; `reference` is the path written into PO references."""
    if not path.is_file():
        raise SourceError("source file not found", path=reference or path)
    return parse_statement(path.read_bytes(), reference or str(path), language)


def parse_statement(data: bytes, path: str, language: str) -> Document:
    """A statement from its bytes: front matter between `---` lines, then Markdown."""
    text = decode_source(data, path)
    reject_bidi_controls(text, path)
    reject_hidden_in_figures(text, path)
    front, body, body_line = _split_front_matter(text, path)
    meta, title_line, signatory_lines = _parse_metadata(front, path, closing_line=body_line - 1)
    blocks = [_single_segment_block(BlockKind.TITLE, meta.title, title_line)]
    blocks += _markdown_blocks(body, body_line, path, language)
    for signatory, (position_line, name_line) in zip(
        meta.signatories, signatory_lines, strict=True
    ):
        blocks.append(
            _single_segment_block(BlockKind.SIGNATURE_POSITION, signatory.position, position_line)
        )
        blocks.append(_single_segment_block(BlockKind.SIGNATURE_NAME, signatory.name, name_line))
    return Document(path=path, language=language, meta=meta, blocks=tuple(blocks))


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int


@dataclass(frozen=True)
class PlainText:
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[str, ...]  # what was changed on reading, each naming file and line


def strip_copied_direction_marks(text: str, path: str) -> tuple[str, str | None]:
    """`text` without `COPIED_DIRECTION_MARKS`, and a warning saying which were removed
    from where (None when there were none)."""
    first = COPIED_DIRECTION_MARKS.search(text)
    if first is None:
        return text, None
    counts: dict[str, int] = {}
    for mark in COPIED_DIRECTION_MARKS.findall(text):
        counts[mark] = counts.get(mark, 0) + 1
    marks = ", ".join(
        f"{count} × U+{ord(mark):04X} {unicodedata.name(mark)}"
        for mark, count in sorted(counts.items())
    )
    line = 1 + text.count("\n", 0, first.start())
    warning = (
        f"{place(path, line)}: removed invisible embedding marks ({marks}); the words and "
        "figures read as before"
    )
    return COPIED_DIRECTION_MARKS.sub("", text), warning


def strip_hidden_in_figures(text: str, path: str) -> tuple[str, str | None]:
    """`text` without the characters `hidden_in_figures` finds (a zero-width space in
    "15<ZWSP>00", a word joiner beside "27"), and a warning naming the line of the first
    (None when there were none). For what l10n imports from elsewhere: without them a figure
    reads as the page showed it, where a statement the user writes is refused instead
    (`reject_hidden_in_figures`), and so is a bidi control anywhere."""
    cleaned, found = remove_hidden_in_figures(text)
    if not found:
        return text, None
    counts: dict[str, int] = {}
    for hidden in found:
        counts[hidden.character] = counts.get(hidden.character, 0) + 1
    characters = ", ".join(
        f"{count} × {character_name(character)}" for character, count in sorted(counts.items())
    )
    first = found[0]
    warning = (
        f"{place(path, 1 + text.count(chr(10), 0, first.offset))}: removed invisible "
        f"characters inside or beside figures ({characters}; the first in "
        f"“{visible(first.context)}”): the figures read as the page shows them"
    )
    return cleaned, warning


def imported_text(text: str, path: str) -> tuple[str, tuple[str, ...]]:
    """Text l10n imports from elsewhere (a saved page, text copied from one), as it may enter
    a statement or a catalog, and the warnings for what was removed: the embedding marks that
    copying leaves, and characters hidden inside or beside figures. A bidi control that can
    reorder what a reader sees ("27" shown as 72) is refused with its line: removing it would
    change what the page said, keeping it would publish the trap."""
    text, marks = strip_copied_direction_marks(text, path)
    reject_bidi_controls(text, path)
    text, hidden = strip_hidden_in_figures(text, path)
    return text, tuple(warning for warning in (marks, hidden) if warning is not None)


# What inline Markdown would not show as written: its marks, an "_" that may open or close
# emphasis (not one inside a word, "snake_case"), and an "&" that starts a character reference
# (the page showed "&#55;" as written; unescaped, a statement shows "7").
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<]|&(?=#?[A-Za-z0-9]+;)|(?<![^\W_])_|_(?![^\W_]))")


def literal_markdown(text: str) -> str:
    """Text read as the reader saw it (a page's, copied plain text) as inline Markdown that
    shows it as written: "*5*" stays "*5*" on the page, not an emphasised 5."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def parse_plain_text(data: bytes, path: str) -> PlainText:
    """Paragraphs of a plain text file: runs of lines separated by blank lines. Embedding marks
    left by copying from a page are removed (with a warning); other bidi controls refused."""
    text, warning = strip_copied_direction_marks(decode_source(data, path), path)
    reject_bidi_controls(text, path)
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            paragraphs.append(Paragraph("\n".join(current), start))
            current = []
    return PlainText(tuple(paragraphs), () if warning is None else (warning,))


def segments_of(
    text: str, first_line: int, language: str, *, plain_text: bool = False
) -> tuple[Segment, ...]:
    """Sentence segments of a block, each with the line it starts on; `plain_text` as in
    `l10n.segment.sentence_spans` (its single line breaks carry structure)."""
    segments = []
    for start, end in sentence_spans(text, language, plain_text=plain_text):
        sentence = normalize_space(text[start:end])
        if sentence:
            segments.append(Segment(sentence, first_line + text.count("\n", 0, start)))
    return tuple(segments)


def _single_segment_block(kind: BlockKind, text: str, line: int) -> Block:
    clean = " ".join(text.split())
    return Block(kind=kind, text=clean, line=line, segments=(Segment(clean, line),))


def _split_front_matter(text: str, path: str) -> tuple[str, str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceError(
            "a statement starts with front matter: a line '---', YAML fields "
            f"({', '.join(REQUIRED_FIELDS)}), and a closing '---'",
            path=path,
            line=1,
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            front = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return front, body, index + 2
    raise SourceError("front matter is not closed: no second '---' line", path=path, line=1)


def _parse_metadata(
    front: str, path: str, closing_line: int
) -> tuple[Metadata, int, list[tuple[int, int]]]:
    """The metadata, the title's line and each signatory's lines; `closing_line` is the line of
    the front matter's closing '---', where a missing field is reported."""
    # One pass gives both the node tree, whose marks tell the line of each field for error
    # messages, and the values constructed from it.
    loader = _YAML_LOADER(front)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_nodes(node, path)
        fields = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error)
        raise SourceError(
            f"front matter is not valid YAML: {problem}", path=path, line=line
        ) from error
    except (ValueError, OverflowError) as error:  # a timestamp that is no date: 2026-02-30
        raise SourceError(
            f"front matter has a value that cannot be read: {error}",
            path=path,
            line=_unreadable_value_line(loader, node),
        ) from error
    finally:
        loader.dispose()
    if not isinstance(fields, dict) or not isinstance(node, yaml.MappingNode):
        raise SourceError("front matter must be a mapping of fields", path=path, line=2)
    _reject_repeated_keys(node, path)
    lines = {key.value: key.start_mark.line + 2 for key, _ in node.value}

    def fail(message: str, key: str) -> SourceError:
        return SourceError(message, path=path, line=lines.get(key, 2))

    # A misspelt field ("signatores") would silently drop what it holds from every page.
    for key_node, _ in node.value:
        if key_node.value not in FIELDS:
            raise SourceError(
                unknown_name("front-matter field", str(key_node.value), FIELDS),
                path=path,
                line=key_node.start_mark.line + 2,
            )
    for key in REQUIRED_FIELDS:
        if key not in fields:
            # No line holds what is missing: the block's end is where to add it.
            raise SourceError(
                f"front matter has no {key!r} field (add it before this closing '---')",
                path=path,
                line=closing_line,
            )
        if fields[key] in (None, ""):
            raise fail(f"front matter field {key!r} is empty", key)
    title = _text_field(fields, "title", fail)
    slug = _text_field(fields, "slug", fail)
    if not SLUG.match(slug):
        raise fail(
            f"slug {slug!r} must be lower-case letters, digits and hyphens (it names a folder)",
            "slug",
        )
    published = _datetime_field(fields["published"], fail)
    breadcrumb = fields.get("breadcrumb", [])
    if not isinstance(breadcrumb, list) or not all(
        isinstance(item, str) and item.strip() for item in breadcrumb
    ):
        raise fail("breadcrumb must be a list of section names, none blank", "breadcrumb")
    signatories, signatory_lines = _signatories(fields.get("signatories", []), node, path, fail)
    meta = Metadata(
        title=title,
        slug=slug,
        published=published,
        breadcrumb=tuple(breadcrumb),
        signatories=tuple(signatories),
        slug_line=lines["slug"],
    )
    return meta, lines["title"], signatory_lines


def _reject_repeated_keys(mapping: yaml.MappingNode, path: str) -> None:
    """A field written twice: YAML keeps the last silently, so a second `title:` further down
    would replace the first unseen. Refused at the second."""
    seen: set[object] = set()
    for key, _ in mapping.value:
        if key.value in seen:
            raise SourceError(
                f"front matter field {key.value!r} is written twice; keep one",
                path=path,
                line=key.start_mark.line + 2,
            )
        seen.add(key.value)


def _check_nodes(root: yaml.Node, path: str) -> None:
    """Refuse what the node tree of the front matter must not hold, before any value is built:
    an alias (a node reached twice), which can multiply a few hundred bytes into gigabytes, and
    a forbidden character written as a YAML escape ("\\u202E"), which the raw text hides."""
    seen: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            raise SourceError(
                "front matter uses the value at this line again through a YAML alias (*name): "
                "write it out where it is used",
                path=path,
                line=node.start_mark.line + 2,
            )
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            reject_bidi_controls(node.value, path, first_line=node.start_mark.line + 2)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in reversed(node.value) for part in reversed(pair))


def _unreadable_value_line(loader: Any, root: yaml.Node | None) -> int:
    """The line of the first scalar of the front matter that cannot be built on its own."""
    pending = [] if root is None else [root]
    while pending:
        node = pending.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                loader.construct_object(node)
            except (ValueError, OverflowError, yaml.YAMLError):
                return int(node.start_mark.line) + 2
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in reversed(node.value) for part in reversed(pair))
    return 2


def _text_field(fields: dict[str, Any], key: str, fail: Any) -> str:
    value = fields[key]
    if not isinstance(value, str):
        raise fail(f"{key!r} must be text", key)
    if not value.strip():
        raise fail(f"{key!r} is blank", key)
    return value.strip()


def _datetime_field(value: object, fail: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise fail(
        f"'published' must be a date and time such as 2020-01-29 10:00, not {value!r}",
        "published",
    )


def _signatories(
    value: object, node: yaml.MappingNode, path: str, fail: Any
) -> tuple[list[Signatory], list[tuple[int, int]]]:
    if not isinstance(value, list):
        raise fail("signatories must be a list of {position, name}", "signatories")
    sequence = next((v for k, v in node.value if k.value == "signatories"), None)
    result: list[Signatory] = []
    lines: list[tuple[int, int]] = []
    for index, item in enumerate(value):
        item_node = sequence.value[index] if isinstance(sequence, yaml.SequenceNode) else None
        item_line = item_node.start_mark.line + 2 if item_node is not None else None
        key_lines = {}
        if isinstance(item_node, yaml.MappingNode):
            _reject_repeated_keys(item_node, path)
            key_lines = {key.value: key.start_mark.line + 2 for key, _ in item_node.value}
        for key, line in key_lines.items():
            if key not in SIGNATORY_FIELDS:
                raise SourceError(
                    unknown_name("signatory field", str(key), SIGNATORY_FIELDS),
                    path=path,
                    line=line,
                )
        if not (
            isinstance(item, dict)
            and isinstance(item.get("position"), str)
            and isinstance(item.get("name"), str)
        ):
            message = "each signatory needs a 'position' and a 'name' (text)"
            if item_line is None:
                raise fail(message, "signatories")
            raise SourceError(message, path=path, line=item_line)
        for name in ("position", "name"):
            if not item[name].strip():
                raise SourceError(
                    f"a signatory's {name!r} is blank", path=path, line=key_lines.get(name, 2)
                )
        result.append(Signatory(position=item["position"].strip(), name=item["name"].strip()))
        lines.append((key_lines.get("position", 2), key_lines.get("name", 2)))
    return result, lines


_MARKDOWN = MarkdownIt("commonmark", {"html": True})
CONTAINERS = ("blockquote", "bullet_list", "ordered_list", "list_item")
CONTAINER_OPENERS = {f"{name}_open" for name in CONTAINERS}
CONTAINER_CLOSERS = {f"{name}_close" for name in CONTAINERS}
# markdown-it stops reading blocks at `maxNesting` levels and silently drops what is left of
# the container it is in: a container opened at this level would lose its text.
_DEEPEST_CONTAINER = int(_MARKDOWN.options["maxNesting"]) - 1


def _markdown_blocks(body: str, body_line: int, path: str, language: str) -> list[Block]:
    blocks: list[Block] = []
    containers: list[str] = []
    list_ordered: list[bool] = []
    tokens = _MARKDOWN.parse(body)
    for index, token in enumerate(tokens):
        if token.type in ("html_block", "html_inline") or _has_inline_html(token):
            line = body_line + (token.map[0] if token.map else 0)
            raise SourceError(
                "raw HTML is not allowed in a statement; write Markdown instead",
                path=path,
                line=line,
            )
        if token.type in CONTAINER_OPENERS and token.level >= _DEEPEST_CONTAINER:
            raise SourceError(
                "quotes and lists are nested here deeper than the Markdown reader reads "
                f"({_DEEPEST_CONTAINER} levels, a list item counting two: its list and itself): "
                "the text inside would be lost; nest them less",
                path=path,
                line=body_line + (token.map[0] if token.map else 0),
            )
        if (
            token.type.endswith("_open")
            and token.type != "paragraph_open"
            and token.type != "heading_open"
        ):
            containers.append(token.type)
            if token.type in ("bullet_list_open", "ordered_list_open"):
                list_ordered.append(token.type == "ordered_list_open")
        elif token.type.endswith("_close") and token.type not in (
            "paragraph_close",
            "heading_close",
        ):
            containers.pop()
            if token.type in ("bullet_list_close", "ordered_list_close"):
                list_ordered.pop()
        elif token.type == "inline" and token.map is not None:
            opener = tokens[index - 1]
            line = body_line + token.map[0]
            if opener.type == "heading_open":
                kind, level = BlockKind.HEADING, int(opener.tag[1:])
            elif "list_item_open" in containers:
                kind, level = BlockKind.LIST_ITEM, len(list_ordered)
            elif "blockquote_open" in containers:
                kind, level = BlockKind.QUOTE, 0
            else:
                kind, level = BlockKind.PARAGRAPH, 0
            blocks.append(
                Block(
                    kind=kind,
                    text=token.content,
                    line=line,
                    segments=segments_of(token.content, line, language),
                    level=level,
                    ordered=bool(list_ordered and list_ordered[-1]),
                )
            )
        elif token.type in ("fence", "code_block"):
            line = body_line + (token.map[0] if token.map else 0)
            raise SourceError("code blocks have no place in a statement", path=path, line=line)
    return blocks


def _has_inline_html(token: Token) -> bool:
    return any(child.type == "html_inline" for child in token.children or [])
