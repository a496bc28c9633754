"""The page renderer's parts: safe inline Markdown, digits, dates, UI strings, body structure."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from l10n.config import Config, load_config
from l10n.errors import ConfigError
from l10n.languages import get_language
from l10n.layout import SHIPPED_CATALOGS
from l10n.model import Block, BlockKind, Document, Metadata, Segment
from l10n.site import (
    PACKAGE_TEMPLATES,
    Formats,
    LocalizedBlock,
    Run,
    UiMessage,
    UiTranslations,
    body_nodes,
    is_safe_url,
    localize_digits,
    mark_fallbacks,
    plain_text,
    plural_rule,
    render_inline,
    render_runs,
    shipped_translations,
    ui_messages,
)

ENGLISH = get_language("en")
INLINE_TAGS = {"em", "strong", "a", "code", "img", "br"}


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a", "http://x.org", "mailto:press@example.org", "tel:+963111", "../ru/"],
)
def test_safe_urls(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(document.cookie)",
        "java\tscript:alert(document.cookie)",
        " javascript:void(document.cookie)",
        "vbscript:msgbox",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/png;base64,AAAA",
        "file:///etc/passwd",
    ],
)
def test_unsafe_urls(url: str) -> None:
    assert not is_safe_url(url)


def test_inline_markdown_keeps_emphasis_and_safe_links() -> None:
    html = render_inline("Open *daily*, see [the report](https://example.org/r) or **call**.")
    document = BeautifulSoup(html, "html.parser")
    assert document.em is not None and document.em.get_text() == "daily"
    assert document.a is not None and document.a["href"] == "https://example.org/r"
    assert document.strong is not None


def test_raw_html_is_text() -> None:
    html = render_inline('Text <img src=x onerror="alert(document.cookie)"> and <b>bold</b>.')
    document = BeautifulSoup(html, "html.parser")
    assert document.find_all(True) == []
    assert (
        document.get_text() == 'Text <img src=x onerror="alert(document.cookie)"> and <b>bold</b>.'
    )


def test_unsafe_images_and_autolinks_are_dropped_keeping_their_text() -> None:
    html = render_inline(
        "![map of returns](data:image/png;base64,AAAA) <javascript:alert(document.cookie)>"
    )
    document = BeautifulSoup(html, "html.parser")
    assert document.find_all(True) == []
    assert "map of returns" in document.get_text()


SCHEMES = ["javascript", "JavaScript", "vbscript", "data", "file", "https", "mailto", ""]
URLS = st.builds(
    lambda scheme, colon, rest: f"{scheme}{colon}{rest}",
    st.sampled_from(SCHEMES),
    st.sampled_from([":", "&#58;", "&colon;", "%3A"]),
    st.text(alphabet="abc()/.=;,", max_size=12),
)
INLINE_MARKDOWN = st.lists(
    st.one_of(
        st.text(alphabet="<>*_`!\"'& abc", max_size=10),
        st.builds(lambda label, url: f"[{label}]({url})", st.text("abc *", max_size=6), URLS),
        st.builds(lambda url: f"![alt]({url})", URLS),
        st.builds(lambda url: f"<{url}>", URLS),
        st.sampled_from(["<script>", "</script>", '<a href="javascript:x">', "<b onclick=x>"]),
    ),
    max_size=6,
).map("".join)


@given(INLINE_MARKDOWN)
def test_rendered_inline_markdown_never_carries_markup_a_script_could_use(text: str) -> None:
    document = BeautifulSoup(render_inline(text), "html.parser")
    for element in document.find_all(True):
        assert element.name in INLINE_TAGS
        assert not any(attribute.startswith("on") for attribute in element.attrs)
        for attribute in ("href", "src"):
            if element.has_attr(attribute):
                assert is_safe_url(str(element[attribute]))


def test_plain_text_strips_markdown() -> None:
    assert (
        plain_text("Joint *statement* on [returns](https://x.org)") == "Joint statement on returns"
    )


def test_fallback_runs_carry_the_source_language() -> None:
    html = render_runs(
        [Run("نص مترجم."), Run("An *untranslated* sentence.", fallback=True)], ENGLISH
    )
    document = BeautifulSoup(html, "html.parser")
    span = document.select_one("span.fallback")
    assert span is not None
    assert (span["lang"], span["dir"]) == ("en", "ltr")
    assert span.get_text() == "An untranslated sentence."
    assert document.get_text().startswith("نص مترجم.")


# --- Digits, numbers, dates --------------------------------------------------------------


def test_arabic_indic_digits() -> None:
    assert localize_digits("2٬080٬443 - 12:05", "arab") == "٢٬٠٨٠٬٤٤٣ - ١٢:٠٥"
    assert localize_digits("2,080,443", "latn") == "2,080,443"


def _config(numbering: str) -> Config:
    return Config(root=Path("/nonexistent"), locales={"ar": "ar_SY"}, numbering={"ar": numbering})


@pytest.mark.parametrize(
    ("language", "numbering", "expected"),
    [
        ("en", "latn", "12,480"),
        ("ru", "latn", "12\u00a0480"),
        ("ar", "arab", "١٢٬٤٨٠"),
        ("ar", "latn", "12,480"),
    ],
)
def test_numbers_follow_locale_and_numbering(language: str, numbering: str, expected: str) -> None:
    assert Formats(_config(numbering), language).number(12480) == expected


def test_ar_sy_dates_use_levantine_months() -> None:
    moment = datetime(2026, 1, 29, 10, 5)
    assert Formats(_config("arab"), "ar").date_and_time(moment) == "٢٩ كانون الثاني ٢٠٢٦، ١٠:٠٥"
    assert Formats(_config("latn"), "ar").date_and_time(moment) == "29 كانون الثاني 2026، 10:05"
    assert Formats(_config("latn"), "ru").date_and_time(moment) == "29 января 2026\u202fг., 10:05"


# --- UI translations ---------------------------------------------------------------------


def test_ui_translation_falls_back_to_the_msgid_and_escapes() -> None:
    ui = UiTranslations({"Home": "<Главная>"})
    assert ui.gettext("Home") == "&lt;Главная&gt;"
    assert ui.gettext("News") == "News"


def test_an_untranslated_ui_text_is_marked_with_its_language_where_it_is_text() -> None:
    ui = UiTranslations(
        {"News": "الأخبار"}, language="ar", written_in={"Home": "en", "News": "en", "Menu": "ar"}
    )
    page = mark_fallbacks(
        f'<html><title>{ui.gettext("Home")}</title><nav aria-label="{ui.gettext("Home")}">'
        f"<a>{ui.gettext('Home')}</a> <a>{ui.gettext('News')}</a> <a>{ui.gettext('Menu')}</a>"
        f"<p>{ui.formatted_gettext('Home')} {ui.ngettext('Home', 'Homes', 2)}</p></nav></html>"
    )
    assert page == (
        '<html><title>Home</title><nav aria-label="Home">'
        '<a><span lang="en" dir="ltr">Home</span></a> <a>الأخبار</a> <a>Menu</a>'
        '<p><span lang="en" dir="ltr">Home</span> <span lang="en" dir="ltr">Homes</span></p>'
        "</nav></html>"
    )


def test_a_fallback_inside_a_fallback_is_marked_once_each_and_stray_marks_are_dropped() -> None:
    ui = UiTranslations(language="ru", written_in={"Count: %(n)s": "en", "many": "en"})
    outer = ui.formatted_gettext("Count: %(n)s") % {"n": ui.gettext("many")}
    assert mark_fallbacks(f"<p>{outer}\ufdd1</p>") == (
        '<p><span lang="en" dir="ltr">Count: <span lang="en" dir="ltr">many</span></span></p>'
    )
    assert mark_fallbacks(f'<a title="{outer}">x</a>') == '<a title="Count: many">x</a>'


def test_ui_plurals_follow_the_catalog_rule() -> None:
    arabic = UiTranslations(
        plurals={"%(num)s file": ("٠", "١", "٢", "few", "many", "other")},
        plural=plural_rule(
            "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
            "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"
        ),
    )
    picked = [arabic.ngettext("%(num)s file", "%(num)s files", n) for n in (0, 1, 2, 5, 11, 100)]
    assert picked == ["٠", "١", "٢", "few", "many", "other"]
    assert UiTranslations().ngettext("a file", "files", 3) == "files"


# --- Body structure ----------------------------------------------------------------------


def _block(kind: BlockKind, text: str, level: int = 0, ordered: bool = False) -> LocalizedBlock:
    block = Block(kind, text, 1, (Segment(text, 1),), level=level, ordered=ordered)
    return LocalizedBlock(block, (Run(text),))


def test_nested_lists_and_heading_levels() -> None:
    nodes = body_nodes(
        [
            _block(BlockKind.HEADING, "Returns", level=3),
            _block(BlockKind.LIST_ITEM, "From Lebanon", level=1),
            _block(BlockKind.LIST_ITEM, "By road", level=2, ordered=True),
            _block(BlockKind.LIST_ITEM, "By air", level=2, ordered=True),
            _block(BlockKind.LIST_ITEM, "From Jordan", level=1),
            _block(BlockKind.HEADING, "Aid", level=4),
            _block(BlockKind.QUOTE, "First."),
            _block(BlockKind.QUOTE, "Second."),
        ],
        ENGLISH,
    )
    assert [(node.kind, node.level) for node in nodes] == [
        ("heading", 2),
        ("list", 0),
        ("heading", 3),
        ("quote", 0),
    ]
    outer = nodes[1]
    assert [entry.html for entry in outer.entries] == ["From Lebanon", "From Jordan"]
    inner = outer.entries[0].children[0]
    assert inner.ordered and [entry.html for entry in inner.entries] == ["By road", "By air"]
    assert nodes[3].paragraphs == ["First.", "Second."]


# --- UI messages for extraction ----------------------------------------------------------


def _document(breadcrumb: tuple[str, ...]) -> Document:
    meta = Metadata(title="T", slug="t", published=datetime(2026, 1, 1), breadcrumb=breadcrumb)
    return Document("source/t.md", "en", meta, ())


def test_ui_messages_come_from_templates_language_names_and_breadcrumbs(tmp_path: Path) -> None:
    config = Config(root=tmp_path)
    messages = {m.text: m for m in ui_messages(config, [_document(("Home", "Mission", "News"))])}
    assert "l10n/templates/site_index.html" in {
        path for path, _ in messages["Choose a language"].locations
    }
    assert {"English", "Russian", "Arabic"} <= set(messages)
    assert messages["Mission"].locations == (("source/t.md", 1),)
    assert ("source/t.md", 1) in messages["Home"].locations
    assert "Rate the information on this page" not in messages  # no widget that does nothing


def test_site_settings_are_interface_texts_in_the_source_language(tmp_path: Path) -> None:
    config_file = tmp_path / "l10n.toml"
    config_file.write_text(
        'source-lang = "ru"\ntarget-langs = ["en", "ar"]\n[site]\nname = "Пресс-центр"\n'
        'footer = "Все цифры сверены."\nmenu = [{label = "Новости", link = "news"}]\n',
        "utf-8",
    )
    config = load_config(tmp_path)
    messages = {m.text: m for m in ui_messages(config, [_document(("Главная",))])}
    assert messages["Пресс-центр"] == UiMessage("Пресс-центр", (("l10n.toml", None),), "ru")
    assert messages["Новости"].language == "ru"
    assert messages["Главная"].language == "ru"  # front matter: the source language
    assert messages["Choose a language"].language == "en"  # the package's templates
    assert "All languages" not in messages  # the project's menu replaces the package's


def test_project_template_messages_replace_the_packaged_ones(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "site_index.html").write_text(
        '{% extends "base.html" %}{% block content %}\n{{ _("Pick a language") }}{% endblock %}',
        "utf-8",
    )
    messages = {m.text: m for m in ui_messages(Config(root=tmp_path), [])}
    assert messages["Pick a language"].locations == (("templates/site_index.html", 2),)
    assert "Choose a language" not in messages


def test_the_packaged_templates_are_named_alike_wherever_l10n_is_installed() -> None:
    # A project folder holding the installed package (a .venv inside it) names the package's
    # templates as a checkout does, so that `l10n update --check` agrees between the two.
    around_the_package = PACKAGE_TEMPLATES.parent.parent.parent
    messages = {m.text: m for m in ui_messages(Config(root=around_the_package), [])}
    assert messages["Choose a language"].locations[0][0] == "l10n/templates/site_index.html"


def test_plural_messages_in_templates_are_refused_with_their_line(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "extra.html").write_text(
        "<p>\n{{ ngettext('%(num)s item', '%(num)s items', 3) }}</p>", "utf-8"
    )
    with pytest.raises(ConfigError) as raised:
        ui_messages(Config(root=tmp_path), [])
    assert (raised.value.path, raised.value.line) == ("templates/extra.html", 2)


@pytest.mark.parametrize("header", ["nplurals=2;", "nplurals=2; plural=n ==== 1;"])
def test_an_unreadable_plural_forms_header_is_a_value_error(header: str) -> None:
    with pytest.raises(ValueError):
        plural_rule(header)


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_l10n_ships_a_translation_of_every_english_text_of_its_own(
    tmp_path: Path, language: str
) -> None:
    own = {m.text for m in ui_messages(Config(root=tmp_path), []) if m.language == "en"}
    shipped = shipped_translations(language)
    assert own <= set(shipped)
    assert all(shipped[text] and shipped[text] != text for text in own)
    assert shipped_translations("en") == {}  # the texts are English already


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU msgfmt is not installed")
def test_the_shipped_catalogs_pass_msgfmt_check() -> None:
    for path in sorted(SHIPPED_CATALOGS.glob("*.po")):
        checked = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert checked.returncode == 0 and not checked.stderr, checked.stderr
