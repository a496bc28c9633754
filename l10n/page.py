"""A saved news page (HTML) as a statement: its main content, without the site around it.

`read_page` finds, in a page saved from a ministry's or agency's site, what a statement is made
of: the title, the date and time of publication, the breadcrumb, the body's paragraphs,
headings, list items and quotes, and the signatories' lines at its end. It leaves out the
site's furniture: menus, social links, share buttons, "rate this page" widgets, footers.

The HTML is parsed by selectolax (the lexbor engine), and the rules are explicit: furniture is
recognised by its element (nav, header, footer, aside, form, script) or by a class or id
naming it (share, social, rating, breadcrumb, menu...); the main content is the `<article>`,
`<main>` or the element whose paragraphs hold the most text. A general boilerplate remover
(trafilatura) was the other choice; it guesses with scores where rules suffice for news pages,
gives no breadcrumb, time of day or signatories, may drop short lines such as a signatory's
name, and brings lxml, justext and htmldate along (in this project's environment it did not
even import without a further package).

`statement_text` writes the page as a statement (front matter and Markdown) for `l10n import`;
`page_blocks` gives its blocks to `l10n align`, when a saved page is the translation.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import yaml
from selectolax.lexbor import LexborHTMLParser, LexborNode

from l10n.encoding import refuse_nul
from l10n.errors import SourceError
from l10n.forbidden import BIDI_CONTROLS, bidi_control_message, remove_hidden_in_figures
from l10n.fsutil import atomic_write_text
from l10n.layout import STATEMENT_SUFFIX, refuse_slug_in_use
from l10n.model import Block, BlockKind, Signatory
from l10n.sources import (
    SLUG,
    imported_text,
    literal_markdown,
    parse_statement,
    segments_of,
    unix_line_ends,
)
from l10n.wording import visible

FURNITURE_TAGS = (
    "script, style, noscript, template, form, button, input, select, textarea, svg, iframe, "
    "nav, header, footer, aside, object, embed"
)
# Words in a class or id that name what is not the statement.
FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(share|sharing|social|socials|rating|rate|vote|votes|likes?|breadcrumbs?|"
    r"menu|navbar|nav|navigation|footer|header|sidebar|banner|cookies?|subscribe|related|"
    r"comments?|print|tags|pager|pagination|counter|search|login|lang|languages)(?:$|[-_\s])",
    re.IGNORECASE,
)
BREADCRUMB = re.compile(r"breadcrumb", re.IGNORECASE)
CONTENT_WORDS = re.compile(r"(article|content|text|news|body|entry|post|story)", re.IGNORECASE)
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "td"}
CONTAINER_TAGS = {"div", "section", "article", "main", "ul", "ol", "table", "tbody", "tr", "dl"}
# 29.01.2020, 29.01.2020 (10:00), 29.01.2020 10:00, 2020-01-29 10:00
DATE_TIME = re.compile(
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"(?:[\sT,(]*(?P<h>\d{1,2}):(?P<min>\d{2}))?"
)
# A signatory's name: initials and a surname ("M. Mizintsev", "А. Петров", "أ. بتروف").
NAME = re.compile(r"^(?:[^\W\d_]{1,2}\.\s?){1,2}[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?$")
_LETTER = re.compile(r"[^\W\d_]")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class PageBlock:
    kind: BlockKind
    text: str
    level: int = 0


@dataclass(frozen=True)
class Page:
    """What a statement is made of, found in a saved page."""

    title: str
    published: datetime | None
    breadcrumb: tuple[str, ...] = ()
    blocks: tuple[PageBlock, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    left_out: int = 0  # elements of the site's furniture removed
    notes: tuple[str, ...] = field(default=())  # warnings: what was removed, file and line


def decode_page(data: bytes, path: str) -> str:
    """The page's text: UTF-8, or the charset its head declares (windows-1251 is common).

    A byte that neither decodes is reported with its line, as is a charset that does not
    exist, and a NUL character (no page means one; a parser drops it and a word with it)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _decode_declared(data, path, error)
    refuse_nul(text, path, SourceError, "no page text holds one; save the page again")
    return unix_line_ends(text.removeprefix("\ufeff"))


def _decode_declared(data: bytes, path: str, not_utf8: UnicodeDecodeError) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared is None:
        raise SourceError(
            f"not UTF-8 (byte 0x{data[not_utf8.start]:02x}), and the page declares no other "
            "charset (<meta charset=...>): save the page as UTF-8",
            path=path,
            line=_line_at(data, not_utf8.start),
        ) from not_utf8
    name = declared.group(1).decode("ascii")
    declared_line = _line_at(data, declared.start())
    try:
        codecs.lookup(name)
    except LookupError as error:
        raise SourceError(
            f"the page declares charset {name!r}, which is not one l10n knows, and it is not "
            "UTF-8: save the page as UTF-8",
            path=path,
            line=declared_line,
        ) from error
    if codecs.lookup(name).name == "utf-8":
        raise SourceError(
            f"not UTF-8 (byte 0x{data[not_utf8.start]:02x}), though the page declares it at "
            f"line {declared_line}: the file is damaged, or was saved in another charset",
            path=path,
            line=_line_at(data, not_utf8.start),
        ) from not_utf8
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise SourceError(
            f"byte 0x{data[error.start]:02x} is neither UTF-8 nor {name} (which the page "
            f"declares at line {declared_line}): the declaration is wrong or the file is "
            "damaged; save the page as UTF-8",
            path=path,
            line=_line_at(data, error.start),
        ) from error


def _line_at(data: bytes, offset: int) -> int:
    """The line of `offset`, lines ending at LF, CRLF or CR (as `unix_line_ends` reads them)."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


# How deep a page's elements may nest. A news page nests a few dozen deep; the HTML parser takes
# time quadratic in the depth (a 1 MB page of nested <div>s: most of a minute), so a page
# deeper than this is refused before it is parsed.
MAX_NESTING = 5000
_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9-]*)")
# Elements that hold no others, or whose end tag a page may leave out (the parser closes them
# itself): they do not count towards the depth.
_NOT_NESTING = frozenset(
    (
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"),
        *("source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td"),
        *("th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html"),
        *("head", "body"),
    )
)
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "noscript"))


def refuse_deep_nesting(text: str, path: str) -> None:
    """A `SourceError` at the line where the page's elements nest deeper than `MAX_NESTING`.
    One pass over the tags, skipping comments and the text of scripts and styles."""
    depth = 0
    position = 0
    while (match := _TAG.search(text, position)) is not None:
        position = match.end()
        if match.group() == "<!--":
            end = text.find("-->", position)
            position = len(text) if end < 0 else end + 3
            continue
        closing, name = match.group(1), match.group(2).lower()
        if name in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        if name in _RAW_TEXT:  # its text holds no elements, whatever it looks like
            closer = re.compile(f"</{name}", re.IGNORECASE).search(text, position)
            position = len(text) if closer is None else closer.start()
            continue
        depth += 1
        if depth > MAX_NESTING:
            raise SourceError(
                f"the page nests its elements more than {MAX_NESTING} deep (a news page "
                "nests a few dozen): it is not read",
                path=path,
                line=text.count("\n", 0, match.start()) + 1,
            )


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _is_furniture(node: LexborNode) -> bool:
    attributes = node.attributes
    words = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    role = attributes.get("role") or ""
    return bool(FURNITURE_WORDS.search(words)) or role in ("navigation", "banner", "contentinfo")


def _holds_the_text(node: LexborNode) -> bool:
    """An element named like furniture ("article-header") that holds the title or a real
    paragraph is not furniture."""
    if node.css_first("h1") is not None:
        return True
    return any(len(_clean(p.text(deep=True))) > 150 for p in node.css("p"))


def _breadcrumb(tree: LexborHTMLParser) -> tuple[str, ...]:
    for node in tree.css("[class], [id], nav[aria-label]"):
        attributes = node.attributes
        words = " ".join(str(attributes.get(name) or "") for name in ("class", "id", "aria-label"))
        if not BREADCRUMB.search(words):
            continue
        crumbs = [_clean(item.text(deep=True)) for item in node.css("a, li > span, span")]
        crumbs = [crumb for crumb in crumbs if _LETTER.search(crumb)]
        unique: list[str] = []
        for crumb in crumbs:
            if crumb not in unique:
                unique.append(crumb)
        if unique:
            return tuple(unique)
        parts = re.split(r"\s*[<>»/|›]\s*", _clean(node.text(deep=True)))
        return tuple(part for part in parts if _LETTER.search(part))
    return ()


def _published(tree: LexborHTMLParser, text: str) -> datetime | None:
    for selector, attribute in (
        ('meta[property="article:published_time"]', "content"),
        ('[itemprop="datePublished"]', "content"),
        ('[itemprop="datePublished"]', "datetime"),
        ("time[datetime]", "datetime"),
    ):
        node = tree.css_first(selector)
        value = node.attributes.get(attribute) if node is not None else None
        if value:
            found = _date_time(value)
            if found is not None:
                return found
    for node in tree.css('[class*="date"], [id*="date"], time'):
        found = _date_time(node.text(deep=True))
        if found is not None:
            return found
    return _date_time(text)


def _date_time(text: str) -> datetime | None:
    match = DATE_TIME.search(text)
    if match is None:
        return None
    if match["y"]:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    hour, minute = (int(match["h"]), int(match["min"])) if match["h"] else (0, 0)
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _main_content(tree: LexborHTMLParser) -> LexborNode:
    for selector in ('[itemprop="articleBody"]', "article", "main", '[role="main"]'):
        node = tree.css_first(selector)
        if node is not None and _LETTER.search(node.text(deep=True)):
            return node
    best: LexborNode | None = None
    best_score = 0
    for node in tree.css("div, section, td"):
        paragraphs = sum(len(p.text(deep=True)) for p in node.css("p"))
        direct = len(node.text(deep=False).strip())
        attributes = node.attributes
        words = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        score = paragraphs + direct
        if CONTENT_WORDS.search(words):
            score = int(score * 1.1)
        if score > best_score:
            best, best_score = node, score
    if best is not None:
        return best
    body = tree.body
    if body is None:
        raise SourceError("the page has no body")
    return body


def _blocks_of(node: LexborNode) -> list[PageBlock]:
    """The text blocks of `node` in document order."""
    blocks: list[PageBlock] = []

    def add(kind: BlockKind, text: str, level: int = 0) -> None:
        for line in text.split("\n"):
            clean = _clean(line)
            if _LETTER.search(clean):
                blocks.append(PageBlock(kind, clean, level))

    # A stack of the containers being read, not recursion: a page may nest thousands deep.
    pending = [node.iter(include_text=True)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            continue
        tag = child.tag
        if tag == "-text":
            add(BlockKind.PARAGRAPH, child.text(deep=False))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            add(BlockKind.HEADING, child.text(deep=True), int(tag[1]))
        elif tag == "li":
            add(BlockKind.LIST_ITEM, child.text(deep=True), 1)
        elif tag == "blockquote":
            add(BlockKind.QUOTE, child.text(deep=True))
        elif tag in BLOCK_TAGS:
            add(BlockKind.PARAGRAPH, child.text(deep=True))
        elif tag in CONTAINER_TAGS or _has_blocks(child):
            pending.append(child.iter(include_text=True))
        else:  # inline element between blocks: its text is a paragraph of its own
            add(BlockKind.PARAGRAPH, child.text(deep=True))
    return blocks


def _has_blocks(node: LexborNode) -> bool:
    return any(child.tag in BLOCK_TAGS or child.tag in CONTAINER_TAGS for child in node.iter())


def _signatories(blocks: list[PageBlock]) -> tuple[list[PageBlock], list[Signatory]]:
    """Position and name lines at the end of the body, as signatories."""
    found: list[Signatory] = []
    while (
        len(blocks) >= 2
        and blocks[-1].kind is BlockKind.PARAGRAPH
        and NAME.match(blocks[-1].text)
        and len(blocks[-1].text) <= 40
        and not blocks[-2].text.endswith((".", "!", "?", "؟"))
    ):
        found.insert(0, Signatory(position=blocks[-2].text, name=blocks[-1].text))
        blocks = blocks[:-2]
    return blocks, found


def read_page(data: bytes, path: str) -> Page:
    """The statement in a saved page: title, publication, breadcrumb, body, signatories."""
    # an Arabic page's embedding marks (RLE, PDF) are layout, not text: removed, as are
    # characters hidden in figures, with warnings (its direction marks, RLM, ALM, are kept);
    # an override or isolate is refused
    text, notes = imported_text(decode_page(data, path), path)
    refuse_deep_nesting(text, path)
    tree = LexborHTMLParser(text)
    breadcrumb = _breadcrumb(tree)
    for br in tree.css("br"):
        br.replace_with("\n")
    page_text = _clean(tree.body.text(deep=True)) if tree.body is not None else ""
    published = _published(tree, page_text)
    left_out = 0
    for node in tree.css('time, [class*="date"], [id*="date"]'):  # read above: not body text
        if node.parent is not None and len(_clean(node.text(deep=True))) <= 60:
            node.decompose()
            left_out += 1
    for node in tree.css(FURNITURE_TAGS):
        node.decompose()
        left_out += 1
    for node in tree.css("[class], [id], [role]"):
        if node.parent is not None and _is_furniture(node) and not _holds_the_text(node):
            node.decompose()
            left_out += 1
    main = _main_content(tree)
    heading = main.css_first("h1") or tree.css_first("h1")
    title = _clean(heading.text(deep=True)) if heading is not None else ""
    if not title:
        head_title = tree.css_first("title")
        title = _clean(head_title.text(deep=True)) if head_title is not None else ""
        title = re.split(r"\s+[|–—-]\s+", title)[0]
    if not title:
        raise SourceError("the page has no title (no <h1>, no <title>)", path=path)
    blocks = [
        block for block in _blocks_of(main) if block.text != title and not _only_a_date(block.text)
    ]
    if not blocks and heading is not None and heading.parent is not None:
        blocks = [b for b in _blocks_of(heading.parent) if b.text != title]
    blocks, signatories = _signatories(blocks)
    if not blocks:
        raise SourceError("no text found in the page's main content", path=path)
    page = Page(title, published, breadcrumb, tuple(blocks), tuple(signatories), left_out, notes)
    return _as_parsed(page, path)


def _as_parsed(page: Page, path: str) -> Page:
    """`page` checked as the parser decoded it, after the check of its markup: a bidi control
    that only the parser makes (a reference without its ";", "&#8238 27", as browsers read
    it) is refused, and characters hidden in figures that only the text shows, once the tags
    between them and a digit are gone ("24<b>&#8203;</b>00"), are removed. The parsed text has
    no line to name: the message quotes the text."""
    removed: list[str] = []

    def clean(text: str) -> str:
        control = BIDI_CONTROLS.search(text)
        if control is not None:
            raise SourceError(
                f"{bidi_control_message(control.group())}: in “{visible(text)}”", path=path
            )
        cleaned, found = remove_hidden_in_figures(text)
        if found:
            removed.append(text)
        return cleaned

    cleaned = replace(
        page,
        title=clean(page.title),
        breadcrumb=tuple(clean(crumb) for crumb in page.breadcrumb),
        blocks=tuple(replace(block, text=clean(block.text)) for block in page.blocks),
        signatories=tuple(
            Signatory(clean(signatory.position), clean(signatory.name))
            for signatory in page.signatories
        ),
    )
    if not removed:
        return page
    note = (
        f"{path}: removed invisible characters beside figures in “{visible(removed[0])}”"
        + (f" and {len(removed) - 1} more texts" if len(removed) > 1 else "")
        + ": the figures read as the page shows them"
    )
    return replace(cleaned, notes=(*cleaned.notes, note))


def _only_a_date(text: str) -> bool:
    match = DATE_TIME.search(text)
    return match is not None and not _LETTER.search(DATE_TIME.sub("", text))


def page_blocks(page: Page, language: str) -> list[Block]:
    """The blocks of a saved page (`read_page`), as `l10n align` reads a translated version."""
    # A page has no lines to point to: each block is numbered in order instead.
    parts: list[tuple[BlockKind, str, int]] = [(BlockKind.TITLE, page.title, 0)]
    parts += [(block.kind, block.text, block.level) for block in page.blocks]
    for signatory in page.signatories:
        parts.append((BlockKind.SIGNATURE_POSITION, signatory.position, 0))
        parts.append((BlockKind.SIGNATURE_NAME, signatory.name, 0))
    blocks = []
    for number, (kind, text, level) in enumerate(parts, start=1):
        segments = segments_of(text, number, language)
        if segments:
            blocks.append(Block(kind, text, number, segments, level))
    return blocks


# --- As a statement --------------------------------------------------------------------------

_BLOCK_START = re.compile(r"^([#>+=-]|\d+[.)])")


def _markdown_escaped(text: str) -> str:
    return _BLOCK_START.sub(r"\\\1", literal_markdown(text))


def default_slug(page: Page, published: datetime | None = None) -> str:
    """`words-of-the-title-2020-01-29`, or `statement-2020-01-29` for a title without Latin
    letters; without a date, the title's words alone."""
    ascii_title = unicodedata.normalize("NFKD", page.title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > 50:
            break
        stem = f"{stem}-{word}" if stem else word
    when = published or page.published
    date = when.strftime("%Y-%m-%d") if when else ""
    return "-".join(part for part in (stem or "statement", date) if part)


def statement_text(page: Page, slug: str, published: datetime) -> str:
    """The page as a statement file: YAML front matter, then the body in Markdown."""
    front: dict[str, object] = {
        "title": literal_markdown(page.title),
        "slug": slug,
        "published": published.strftime("%Y-%m-%d %H:%M"),
    }
    if page.breadcrumb:
        front["breadcrumb"] = list(page.breadcrumb)
    if page.signatories:
        front["signatories"] = [
            {
                "position": literal_markdown(signatory.position),
                "name": literal_markdown(signatory.name),
            }
            for signatory in page.signatories
        ]
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    body = []
    for block in page.blocks:
        text = _markdown_escaped(block.text)
        if block.kind is BlockKind.HEADING:
            body.append(f"{'#' * max(block.level, 2)} {text}")
        elif block.kind is BlockKind.LIST_ITEM:
            body.append(f"- {text}")
        elif block.kind is BlockKind.QUOTE:
            body.append(f"> {text}")
        else:
            body.append(text)
    return f"---\n{header}---\n\n" + "\n\n".join(body) + "\n"


# --- l10n import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    statement: Path
    page: Page
    slug: str
    written: bool


def import_page(
    data: bytes,
    page_path: str,
    source_folder: Path,
    language: str,
    *,
    slug: str | None = None,
    published: datetime | None = None,
    force: bool = False,
    dry_run: bool = False,
    slugs_in_use: Mapping[str, tuple[Path, str]] | None = None,
) -> ImportReport:
    """Write the statement of a saved page into `source_folder` as `<slug>.md`.

    The text written is read back as a statement before anything is written, so a page that
    would give a broken statement stops with an error and no file. An existing statement is
    replaced only with `force`; a slug another statement uses (`slugs_in_use`, as
    `l10n.layout.statement_slugs` gives them), or the UI strings' own, is refused.
    """
    page = read_page(data, page_path)
    when = published or page.published
    if when is None:
        raise SourceError(
            "no date of publication found in the page: give it with --published", path=page_path
        )
    name = default_slug(page, when) if slug is None else slug
    if not SLUG.match(name):
        raise SourceError(
            f"slug {name!r} must be lower-case letters, digits and hyphens (it names a file)",
            path=page_path,
        )
    target = source_folder / f"{name}{STATEMENT_SUFFIX}"
    refuse_slug_in_use(name, target, slugs_in_use or {}, page_path)
    text = statement_text(page, name, when)
    try:
        parse_statement(text.encode("utf-8"), target.name, language)
    except SourceError as error:  # the file named is not written: the page is to blame
        raise SourceError(
            f"the statement made from this page would be refused ({error})", path=page_path
        ) from error
    if target.exists() and not force:
        raise SourceError(
            "a statement with this slug exists already: give another --slug, or --force",
            path=target.name,
        )
    if not dry_run:
        atomic_write_text(target, text)
    return ImportReport(target, page, name, not dry_run)
