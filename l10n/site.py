"""The page renderer: Jinja2 templates, their gettext UI strings, Babel dates and numbers.

Owns how a localized statement becomes HTML: inline Markdown rendered safely (raw HTML
off, unsafe link schemes dropped), untranslated fallbacks marked with the source language's
`lang`/`dir`, page furniture translated through `site.po`, dates and counts formatted for the
configured locale and numbering system. Also lists the UI messages the templates use, for
`l10n extract`. Deciding what is published, and writing files, belong to `l10n.build`.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from babel.dates import format_date, format_time
from babel.messages.extract import extract
from babel.numbers import format_decimal
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

from l10n.config import SITE_LINKS, Config, MenuItem
from l10n.encoding import decode_utf8
from l10n.errors import ConfigError
from l10n.languages import LANGUAGES, Language, get_language
from l10n.layout import shipped_catalog_path
from l10n.model import Block, BlockKind, Document
from l10n.plural_forms import PluralRule, parse_plural_forms, read_plural_forms
from l10n.po import parse_po, plural_forms, python_format_problem

PACKAGE_TEMPLATES = Path(str(resources.files("l10n") / "templates"))
# The package's templates, and the menu it gives a project that configures none, are written in
# English; a project's own templates, `[site]` settings and front matter in its source language.
PACKAGE_UI_LANGUAGE = "en"
DEFAULT_MENU = (
    MenuItem("Home", "home"),
    MenuItem("News", "news"),
    MenuItem("All languages", "languages"),
)
PACKAGE_STATIC = Path(str(resources.files("l10n") / "static"))
TEMPLATE_SUFFIX = ".html"
JINJA_EXTRACTOR = "jinja2.ext:babel_extract"

# Digits by numbering system; Babel formats with Latin digits whatever the system.
DIGITS = {"latn": "0123456789", "arab": "٠١٢٣٤٥٦٧٨٩"}
SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Browsers ignore ASCII tabs, newlines and leading controls in a URL ("java\tscript:").
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")


# --- Localized content, as the builder hands it over -------------------------------------


@dataclass(frozen=True)
class Run:
    """Consecutive sentences of a block from one language: the page's, or the fallback's."""

    text: str
    fallback: bool = False


@dataclass(frozen=True)
class LocalizedBlock:
    source: Block
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class LocalizedStatement:
    """A statement in one language, ready to render; fallback runs are in the source language."""

    document: Document
    language: str
    blocks: tuple[LocalizedBlock, ...]

    @property
    def slug(self) -> str:
        return self.document.meta.slug

    @property
    def title(self) -> LocalizedBlock:
        return next(block for block in self.blocks if block.source.kind is BlockKind.TITLE)


# --- Safe inline Markdown ----------------------------------------------------------------


class _InlineMarkdown(MarkdownIt):
    """CommonMark without raw HTML; every link parses, so unsafe ones can be dropped whole."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False})

    def validateLink(self, url: str) -> bool:
        return True


_MARKDOWN = _InlineMarkdown()


def is_safe_url(url: str) -> bool:
    """True for relative URLs and http(s), mailto and tel; false for javascript:, data: and kin."""
    match = _URL_SCHEME.match(_URL_IGNORED.sub("", url))
    return match is None or match.group(1).lower() in SAFE_URL_SCHEMES


def _without_unsafe_links(children: Sequence[Token]) -> Iterator[Token]:
    dropping_link = False
    for child in children:
        if child.type == "link_open" and not is_safe_url(str(child.attrGet("href") or "")):
            dropping_link = True
        elif child.type == "link_close" and dropping_link:
            dropping_link = False
        elif child.type == "image" and not is_safe_url(str(child.attrGet("src") or "")):
            yield Token("text", "", 0, content=child.content)
        else:
            yield child


def render_inline(text: str) -> Markup:
    """Inline Markdown as HTML: text escaped, raw HTML shown as text, unsafe links kept as text."""
    env: dict[str, Any] = {}
    tokens = _MARKDOWN.parseInline(text, env)
    for token in tokens:
        token.children = list(_without_unsafe_links(token.children or []))
    return Markup(_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, env))


def plain_text(text: str) -> str:
    """Inline Markdown reduced to its words, for <title> and attributes."""
    words: list[str] = []
    for token in _MARKDOWN.parseInline(text, {}):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return " ".join("".join(words).split())


def render_runs(runs: Iterable[Run], source_language: Language) -> Markup:
    """A block's HTML; fallback runs carry the source language's lang and dir."""
    pieces = []
    for run in runs:
        html = render_inline(run.text)
        if run.fallback:
            html = Markup('<span class="fallback" lang="{}" dir="{}">{}</span>').format(
                source_language.code, source_language.direction, html
            )
        pieces.append(html)
    return Markup(" ").join(pieces)


# --- Numbers and dates -------------------------------------------------------------------


def localize_digits(text: str, numbering_system: str) -> str:
    """`text` with its Latin digits written in `numbering_system` ("latn" leaves it as is)."""
    if numbering_system == "latn":
        return text
    return text.translate(str.maketrans(DIGITS["latn"], DIGITS[numbering_system]))


@dataclass(frozen=True)
class Formats:
    """Babel formatting for one language of a project: its locale and numbering system."""

    config: Config
    language: str

    def number(self, value: int) -> str:
        system = self.config.numbering_system(self.language)
        formatted = format_decimal(
            value, locale=self.config.locale(self.language), numbering_system=system
        )
        return localize_digits(formatted, system)

    def date_and_time(self, moment: datetime) -> str:
        """Long date and HH:mm, joined the locale's way ("March 12, 2026, 10:00")."""
        locale = self.config.locale(self.language)
        date_text = format_date(moment, "long", locale=locale)
        time_text = format_time(moment, "HH:mm", locale=locale)
        joined = str(locale.datetime_formats["long"]).format(time_text, date_text)
        return localize_digits(joined, self.config.numbering_system(self.language))


# --- UI strings (site.po) ----------------------------------------------------------------


def english_plural(count: int) -> int:
    return 0 if count == 1 else 1


def plural_rule(plural_forms: str) -> PluralRule:
    """The form index function of a Plural-Forms header; ValueError when it cannot be read."""
    return parse_plural_forms(plural_forms)[1]


def header_plural_rule(header: str | None, language: str) -> PluralRule:
    """The rule of a catalog's Plural-Forms header, or the language's own where the header
    names none (as GNU reads it); ValueError when the header's cannot be read."""
    read = read_plural_forms(header or "")
    return read[1] if read is not None else plural_rule(plural_forms(language))


# An interface text shown untranslated is marked while the page renders, with characters no
# text may use (Unicode noncharacters): `mark_fallbacks` then wraps it with its language and
# direction where it stands in the page's text, and unmarks it in a tag's attribute or <title>,
# which can hold no element.
_FALLBACK_OPEN, _FALLBACK_TEXT, _FALLBACK_CLOSE = "\ufdd0", "\ufdd1", "\ufdd2"
_INNERMOST_FALLBACK = re.compile("\ufdd0([A-Za-z]+)\ufdd1([^\ufdd0-\ufdd2]*)\ufdd2")
_FALLBACK_MARKS = re.compile("[\ufdd0-\ufdd2]")


@dataclass(frozen=True)
class UiTranslations:
    """The translated UI strings of one language, from its site.po (no .mo needed).

    `messages` maps a msgid to its translation; `plurals` a singular msgid to its forms, of
    which `plural` (the catalog's Plural-Forms rule) picks one. A text shown untranslated on a
    page in `language` is marked as written in its own language (`written_in`, by msgid), so
    that a right-to-left page shows an English fallback left to right (`mark_fallbacks`).
    """

    messages: dict[str, str] = field(default_factory=dict)
    plurals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plural: PluralRule = english_plural
    language: str = ""
    written_in: Mapping[str, str] = field(default_factory=dict)

    def gettext(self, message: str) -> Markup:
        # Translations are text, not HTML: escaping here keeps a translator's "<b>" visible as
        # such, since Jinja's newstyle gettext would otherwise mark the result safe.
        translation = self.messages.get(message)
        return escape(translation) if translation else self._untranslated(message, message)

    def ngettext(self, singular: str, plural: str, count: int) -> Markup:
        forms = self.plurals.get(singular)
        if forms:
            index = self.plural(count)
            if index < len(forms) and forms[index]:
                return escape(forms[index])
        return self._untranslated(singular, singular if count == 1 else plural)

    def _untranslated(self, msgid: str, text: str) -> Markup:
        written = self.written_in.get(msgid)
        if written is None or written == self.language or written not in LANGUAGES:
            return escape(text)
        return Markup(f"{_FALLBACK_OPEN}{written}{_FALLBACK_TEXT}{escape(text)}{_FALLBACK_CLOSE}")

    # The callables of the templates' `_()`, which Jinja %-formats with the names the source
    # text uses: a translation that would not format is not shown (the source text is), so a
    # translator's "%" never stops the build; `l10n check` reports it (python-format).

    def formatted_gettext(self, message: str) -> Markup:
        translation = self.messages.get(message)
        if translation and python_format_problem(message, translation) is None:
            return escape(translation)
        return self._untranslated(message, message)

    def formatted_ngettext(self, singular: str, plural: str, count: int) -> Markup:
        chosen = self.ngettext(singular, plural, count)
        if python_format_problem(singular + plural, str(chosen), "num") is None:
            return chosen
        return self._untranslated(singular, singular if count == 1 else plural)


def mark_fallbacks(page: str) -> str:
    """The rendered `page` with each untranslated interface text (marked by `UiTranslations`)
    in a `<span lang dir>` of its language where it is text, and plain in a tag or <title>."""
    if _FALLBACK_OPEN not in page:
        return page
    while True:
        found = _INNERMOST_FALLBACK.search(page)
        if found is None:
            break
        start = found.start()
        in_tag = page.rfind("<", 0, start) > page.rfind(">", 0, start)
        in_title = page.rfind("<title", 0, start) > page.rfind("</title", 0, start)
        text = found.group(2)
        language = LANGUAGES.get(found.group(1))
        if language is not None and not (in_tag or in_title):
            text = f'<span lang="{language.code}" dir="{language.direction}">{text}</span>'
        page = page[:start] + text + page[found.end() :]
    # A mark that is not ours (a noncharacter in some text) is not shown either.
    return _FALLBACK_MARKS.sub("", page)


# --- Templates ---------------------------------------------------------------------------


def template_folders(config: Config) -> list[Path]:
    """Where templates are looked up: the project's `templates/` first, then the package's."""
    folders = [PACKAGE_TEMPLATES]
    if config.templates_path.is_dir():
        folders.insert(0, config.templates_path)
    return folders


def make_environment(config: Config, language: str, ui: UiTranslations) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in template_folders(config)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.install_gettext_callables(  # type: ignore[attr-defined]
        ui.formatted_gettext, ui.formatted_ngettext, newstyle=True
    )
    formats = Formats(config, language)
    # Data-driven UI strings (breadcrumb labels, language names) go through this filter, not
    # `_()`, because newstyle `_()` %-formats and a label may contain a literal "%".
    environment.filters["ui"] = ui.gettext
    environment.filters["number"] = formats.number
    environment.filters["date_and_time"] = formats.date_and_time
    return environment


@dataclass(frozen=True)
class Link:
    language: Language
    href: str
    current: bool = False


@dataclass(frozen=True)
class MenuLink:
    label: str  # the msgid; templates translate it with the `ui` filter
    href: str
    current: bool = False


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


@dataclass
class ListEntry:
    html: Markup
    children: list[BodyNode] = field(default_factory=list)


@dataclass
class BodyNode:
    """One element of a statement body: heading, paragraph, list or quote."""

    kind: str  # "heading", "paragraph", "list", "quote"
    html: Markup = field(default_factory=Markup)
    level: int = 0
    ordered: bool = False
    entries: list[ListEntry] = field(default_factory=list)
    paragraphs: list[Markup] = field(default_factory=list)
    source_line: int = 0


@dataclass(frozen=True)
class SignatoryView:
    position: Markup
    name: Markup


def body_nodes(blocks: Sequence[LocalizedBlock], source_language: Language) -> list[BodyNode]:
    """Group body blocks into the HTML structure: nested lists, merged quotes, headings h2-h6."""
    nodes: list[BodyNode] = []
    open_lists: list[BodyNode] = []  # the list at each nesting depth, outermost first
    # The statement's own top heading level becomes h2 (the title is the page's only h1).
    heading_levels = [b.source.level for b in blocks if b.source.kind is BlockKind.HEADING]
    heading_shift = 2 - min(heading_levels, default=2)
    for block in blocks:
        source = block.source
        html = render_runs(block.runs, source_language)
        if source.kind is not BlockKind.LIST_ITEM:
            open_lists = []
        if source.kind is BlockKind.HEADING:
            level = min(source.level + heading_shift, 6)
            nodes.append(BodyNode("heading", html, level=level, source_line=source.line))
        elif source.kind is BlockKind.PARAGRAPH:
            nodes.append(BodyNode("paragraph", html, source_line=source.line))
        elif source.kind is BlockKind.QUOTE:
            if nodes and nodes[-1].kind == "quote":
                nodes[-1].paragraphs.append(html)
            else:
                nodes.append(BodyNode("quote", paragraphs=[html], source_line=source.line))
        elif source.kind is BlockKind.LIST_ITEM:
            _add_list_item(nodes, open_lists, source, html)
    return nodes


def _add_list_item(
    nodes: list[BodyNode], open_lists: list[BodyNode], source: Block, html: Markup
) -> None:
    depth = max(source.level, 1)
    del open_lists[depth:]
    if len(open_lists) == depth and open_lists[-1].ordered != source.ordered:
        open_lists.pop()
    while len(open_lists) < depth:
        new_list = BodyNode("list", ordered=source.ordered, source_line=source.line)
        if open_lists and open_lists[-1].entries:
            open_lists[-1].entries[-1].children.append(new_list)
        elif open_lists:
            open_lists[-1].entries.append(ListEntry(Markup(""), [new_list]))
        else:
            nodes.append(new_list)
        open_lists.append(new_list)
    open_lists[-1].entries.append(ListEntry(html))


def signatories(blocks: Sequence[LocalizedBlock], source_language: Language) -> list[SignatoryView]:
    positions = [b for b in blocks if b.source.kind is BlockKind.SIGNATURE_POSITION]
    names = [b for b in blocks if b.source.kind is BlockKind.SIGNATURE_NAME]
    return [
        SignatoryView(
            render_runs(position.runs, source_language), render_runs(name.runs, source_language)
        )
        for position, name in zip(positions, names, strict=True)
    ]


BODY_KINDS = frozenset(
    {BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM}
)


class SiteRenderer:
    """Renders the pages of one site; one Jinja2 environment per language, created once."""

    def __init__(
        self,
        config: Config,
        ui: dict[str, UiTranslations],
        base_url: str | None = None,
    ) -> None:
        effective_templates(config)  # every template readable, before any page is rendered
        self.config = config
        self.base_url = base_url.rstrip("/") + "/" if base_url else None
        self.source_language = get_language(config.source_lang)
        self._environments = {
            language: make_environment(config, language, ui.get(language, UiTranslations()))
            for language in config.languages
        }
        self._menu = config.site.menu or DEFAULT_MENU
        for item in self._menu:
            if item.link not in SITE_LINKS and not is_safe_url(item.link):
                raise ConfigError(
                    f"menu item {item.label!r}: link {item.link!r} must be one of "
                    f"{', '.join(SITE_LINKS)}, or an http(s), mailto or tel address or a path",
                    path=config.config_file,
                )

    def _menu_links(self, language: str, root: str, page: str) -> list[MenuLink]:
        """The menu of a page in `language`; `page` is the SITE_LINKS name of the page itself."""
        targets = {"home": f"{root}{language}/", "news": f"{root}{language}/", "languages": root}
        return [
            MenuLink(item.label, targets.get(item.link, item.link), item.link == page)
            for item in self._menu
        ]

    def _url(self, target: str, root: str) -> str:
        """An href to `target` (a site-relative folder path): absolute with a base URL."""
        return f"{self.base_url}{target}" if self.base_url else f"{root}{target}"

    def _render(self, language: str, template: str, **context: Any) -> str:
        environment = self._environments[language]
        try:
            page = environment.get_template(template).render(
                language=get_language(language),
                site=self.config.site,
                **context,
            )
        except jinja2.TemplateError as error:
            raise _template_error(error, template) from error
        return mark_fallbacks(page)

    def statement_page(
        self, statement: LocalizedStatement, published_languages: Sequence[str]
    ) -> str:
        root = "../../"
        language = statement.language
        slug = statement.slug
        versions = [
            Link(get_language(code), f"{root}{code}/{slug}/", code == language)
            for code in published_languages
        ]
        alternates = [
            Alternate(code, self._url(f"{code}/{slug}/", root)) for code in published_languages
        ]
        alternates.append(
            Alternate("x-default", self._url(f"{self.config.source_lang}/{slug}/", root))
        )
        body = [block for block in statement.blocks if block.source.kind in BODY_KINDS]
        return self._render(
            language,
            "statement.html",
            root=root,
            home=f"{root}{language}/",
            menu=self._menu_links(language, root, "statement"),
            versions=versions,
            alternates=alternates,
            meta=statement.document.meta,
            title_text=plain_text(_run_text(statement.title)),
            title_html=render_runs(statement.title.runs, self.source_language),
            title_fallback=all(run.fallback for run in statement.title.runs),
            body=body_nodes(body, self.source_language),
            signatories=signatories(statement.blocks, self.source_language),
        )

    def language_index(self, language: str, statements: Sequence[LocalizedStatement]) -> str:
        """The news list of one language, newest first."""
        root = "../"
        # Publication times compare as written (wall clock): a statement's front matter may
        # carry a UTC offset where another has none.
        ordered = sorted(
            statements,
            key=lambda s: (s.document.meta.published.replace(tzinfo=None), s.slug),
            reverse=True,
        )
        entries = [
            {
                "href": f"{statement.slug}/",
                "published": statement.document.meta.published,
                "title_html": render_runs(statement.title.runs, self.source_language),
            }
            for statement in ordered
        ]
        codes = self.config.languages
        return self._render(
            language,
            "language_index.html",
            root=root,
            home=f"{root}{language}/",
            menu=self._menu_links(language, root, "news"),
            versions=[Link(get_language(c), f"{root}{c}/", c == language) for c in codes],
            alternates=[
                *(Alternate(c, self._url(f"{c}/", root)) for c in codes),
                Alternate("x-default", self._url("", root)),
            ],
            entries=entries,
        )

    def site_index(self) -> str:
        """The plain language-choice page at the root of the site."""
        codes = self.config.languages
        return self._render(
            self.config.source_lang,
            "site_index.html",
            root="./",
            home="./",
            menu=self._menu_links(self.config.source_lang, "./", "languages"),
            versions=[Link(get_language(c), f"{c}/") for c in codes],
            alternates=[
                *(Alternate(c, self._url(f"{c}/", "./")) for c in codes),
                Alternate("x-default", self._url("", "./")),
            ],
        )


def _template_error(error: jinja2.TemplateError, template: str) -> ConfigError:
    """A template problem (a project override can cause one) located at its file and line."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return ConfigError(
            f"template error: {error.message}", path=error.filename or template, line=error.lineno
        )
    # Jinja2 rewrites tracebacks so that template lines appear as frames of the template file.
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.endswith(TEMPLATE_SUFFIX)
    ]
    if frames:
        return ConfigError(
            f"template error: {error.message}", path=frames[-1].filename, line=frames[-1].lineno
        )
    return ConfigError(f"template error: {error.message}", path=template)


def _run_text(block: LocalizedBlock) -> str:
    return " ".join(run.text for run in block.runs)


# --- UI messages for `l10n extract` ------------------------------------------------------

Location = tuple[str, int | None]


@dataclass(frozen=True)
class UiMessage:
    """An interface text of the site, where it comes from, and the language it is written in
    (a language needs no translation of its own texts)."""

    text: str
    locations: tuple[Location, ...]
    language: str


def effective_templates(config: Config) -> dict[str, Path]:
    """Each template name and the file that renders it: a project override wins."""
    chosen: dict[str, Path] = {}
    for folder in reversed(template_folders(config)):
        for path in sorted(folder.rglob(f"*{TEMPLATE_SUFFIX}")):
            chosen[path.relative_to(folder).as_posix()] = path
    for path in chosen.values():
        _check_template_file(path, _reference(path, config))
    return dict(sorted(chosen.items()))


def _check_template_file(path: Path, reference: str) -> None:
    """A template Jinja and Babel can read: a readable UTF-8 file, or a ConfigError naming it."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"cannot read the template: {error.strerror}", path=reference) from error
    decode_utf8(data, reference, ConfigError, "save the template as UTF-8")


def _reference(path: Path, config: Config) -> str:
    """How a file is named in PO references: the package's as `l10n/templates/…` wherever
    l10n is installed (a `.venv` inside the project too, or `update --check` would differ
    between machines), a project's own relative to the project."""
    if path.is_relative_to(PACKAGE_TEMPLATES):
        return path.relative_to(PACKAGE_TEMPLATES.parent.parent).as_posix()
    if path.is_relative_to(config.root):
        return path.relative_to(config.root).as_posix()
    return path.as_posix()


TemplateLocation = tuple[str, int]
# As the build renders them; not silent, so that a template Jinja cannot parse is refused at
# its line by `extract` too, not extracted as far as the extractor could read it.
_EXTRACT_OPTIONS = {
    "trimmed": "true",
    "trim_blocks": "true",
    "lstrip_blocks": "true",
    "silent": "false",
}


def template_messages(config: Config) -> list[tuple[str, TemplateLocation, str]]:
    """The messages of the templates' `_()` calls, which Jinja %-formats (python-format), each
    with where it is and the language it is written in (the package's templates: English)."""
    found: list[tuple[str, TemplateLocation, str]] = []
    for path in effective_templates(config).values():
        reference = _reference(path, config)
        language = (
            PACKAGE_UI_LANGUAGE if path.is_relative_to(PACKAGE_TEMPLATES) else config.source_lang
        )
        with open(path, "rb") as handle:
            try:
                extracted = list(extract(JINJA_EXTRACTOR, handle, options=_EXTRACT_OPTIONS))
            except jinja2.TemplateSyntaxError as error:
                raise _template_error(error, reference) from error
        for line, message, _comments, _context in extracted:
            if not isinstance(message, str):
                raise ConfigError(
                    "plural messages are not supported in templates; "
                    "write _('... %(count)s', count=n) instead",
                    path=reference,
                    line=line,
                )
            found.append((message, (reference, line), language))
    return found


def shipped_translations(language: str) -> dict[str, str]:
    """l10n's own translations of its English interface texts (templates, default menu,
    language names) into `language`; none for a language it has no catalog for."""
    path = shipped_catalog_path(get_language(language).code)
    if not path.is_file():
        return {}
    catalog = parse_po(path.read_bytes(), str(path))
    return {entry.msgid: entry.msgstr for entry in catalog.active if entry.msgstr}


def ui_messages(config: Config, documents: Sequence[Document]) -> list[UiMessage]:
    """Every interface text the site uses, with where it comes from, in a stable order.

    Template messages (Babel's Jinja2 extractor), the `[site]` settings (or the package's
    menu), the language names, then the breadcrumb labels of the statements' front matter
    (located at the front matter, line 1). A text found in several places is written in the
    language of the first.
    """
    found: dict[str, tuple[list[Location], str]] = {}

    def add(message: str, location: Location | None, language: str) -> None:
        locations, _ = found.setdefault(message, ([], language))
        if location is not None and location not in locations:
            locations.append(location)

    for message, template_location, language in template_messages(config):
        add(message, template_location, language)
    settings = config.site
    if config.config_file is not None:
        configured = (_reference(config.config_file, config), None)
        for text in settings.texts():
            add(text, configured, config.source_lang)
    if settings.menu is None:
        for item in DEFAULT_MENU:
            add(item.label, None, PACKAGE_UI_LANGUAGE)
    for code in config.languages:
        add(get_language(code).english_name, None, PACKAGE_UI_LANGUAGE)
    for document in documents:
        for label in document.meta.breadcrumb:
            add(label, (document.path, 1), config.source_lang)
    return [
        UiMessage(message, tuple(locations), language)
        for message, (locations, language) in found.items()
    ]
