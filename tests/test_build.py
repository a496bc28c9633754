"""The built site, read as parsed HTML: languages, links, escaping, fallbacks, policies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import polib
import pytest
from bs4 import BeautifulSoup

import l10n.build as build_module
from l10n.build import (
    RETIRED_MARKER,
    SITE_MARKER,
    STAGING_MARKER,
    BuildOptions,
    BuildResult,
    build_site,
    clear_leftovers,
    page_path,
    recover_site,
    render_site,
)
from l10n.check import check_project
from l10n.config import Config, load_config
from l10n.errors import CatalogError, ConfigError, UnsafePathError
from l10n.model import Block, BlockKind, Document, Metadata, Segment
from l10n.site import LocalizedBlock, LocalizedStatement, Run, UiTranslations

SLUG = "crossing-2026-02-17"
OLDER_SLUG = "convoy-2026-01-20"
LANGUAGES = ("en", "ru", "ar")


def build(project: Path, **options: object) -> BuildResult:
    config = load_config(project)
    out = options.pop("out", project / "site")
    assert isinstance(out, Path)
    return build_site(config, BuildOptions(out=out, **options), check_project)  # type: ignore[arg-type]


def page(site: Path, *parts: str) -> BeautifulSoup:
    return BeautifulSoup((site.joinpath(*parts) / "index.html").read_text("utf-8"), "html.parser")


def set_translation(
    project: Path, language: str, msgid: str, msgstr: str, fuzzy: bool = False
) -> None:
    path = project / "locales" / language / "LC_MESSAGES" / f"{SLUG}.po"
    catalog = polib.pofile(str(path))
    entry = catalog.find(msgid)
    assert entry is not None, msgid
    entry.msgstr = msgstr
    if fuzzy:
        entry.flags.append("fuzzy")
    catalog.save(str(path))


def resolves(site: Path, page_file: Path, href: str) -> bool:
    """Whether a relative link from `page_file` names a file of the built site."""
    target = (page_file.parent / urlsplit(href).path).resolve()
    if href.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target.is_file() and target.is_relative_to(site.resolve())


def contents(folder: Path) -> dict[Path, bytes]:
    """Every file of `folder` (hidden ones too) by its relative path, with its bytes."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def all_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("index.html"))


# --- Structure and languages -------------------------------------------------------------


def test_build_writes_every_statement_in_every_language_and_the_indexes(
    build_project: Path,
) -> None:
    result = build(build_project)
    site = build_project / "site"
    assert result.written and result.refusals == ()
    expected = {PurePosixPath("index.html"), PurePosixPath("static/style.css")}
    for language in LANGUAGES:
        expected |= {
            PurePosixPath(language, "index.html"),
            PurePosixPath(language, SLUG, "index.html"),
            PurePosixPath(language, OLDER_SLUG, "index.html"),
        }
    written = {PurePosixPath(path.as_posix()) for path in contents(site)}
    assert expected <= written
    # Static assets are copied once, not per language.
    assert [p.name for p in site.rglob("style.css")] == ["style.css"]


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ru", "ltr"), ("ar", "rtl")])
def test_html_element_carries_language_and_direction(
    build_project: Path, language: str, direction: str
) -> None:
    build(build_project)
    for parts in ((language,), (language, SLUG)):
        html = page(build_project / "site", *parts).html
        assert html is not None
        assert (html["lang"], html["dir"]) == (language, direction)


def test_statement_page_has_the_parts_of_a_news_page(build_project: Path) -> None:
    build(build_project)
    document = page(build_project / "site", "ru", SLUG)
    assert document.select_one("header .masthead") is not None
    assert document.select_one("nav.main-nav") is not None
    crumbs = [li.get_text(strip=True) for li in document.select("nav.breadcrumb li")]
    assert crumbs == ["Главная", "Миссия", "Информационные материалы", "Новости"]
    assert document.select_one("article time")["datetime"] == "2026-02-17T09:30"  # type: ignore[index]
    assert document.select_one("h1").get_text() == (  # type: ignore[union-attr]
        "Совместное заявление об открытии северного пункта пропуска"
    )
    body = document.select_one(".statement-body")
    assert body is not None
    assert [child.name for child in body.find_all(recursive=False)] == [
        "p",
        "h2",
        "p",
        "ul",
        "blockquote",
        "p",
    ]
    assert body.select_one("em").get_text() == "ежедневно"  # type: ignore[union-attr]
    assert body.select_one("a")["href"] == "https://example.org/returns"  # type: ignore[index]
    signatures = [
        (s.select_one(".signatory-position").get_text(), s.select_one(".signatory-name").get_text())  # type: ignore[union-attr]
        for s in document.select(".signatory")
    ]
    assert signatures == [
        ("Руководитель Объединённого координационного центра", "А. Верин"),
        ("Министр местного управления", "К. Хаддад"),
    ]
    assert document.select_one(".brand-name").get_text() == "Объединённый координационный центр"  # type: ignore[union-attr]
    assert document.select_one(".rating") is None  # no widget that does nothing


def test_no_page_has_javascript_or_external_resources(build_project: Path) -> None:
    build(build_project)
    for path in all_pages(build_project / "site"):
        document = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        assert document.find("script") is None
        for element in document.select("link[rel=stylesheet], img, link[rel=icon]"):
            reference = str(element.get("href") or element.get("src"))
            assert not urlsplit(reference).scheme, reference


# --- Links -------------------------------------------------------------------------------


def test_alternates_name_every_language_and_x_default(build_project: Path) -> None:
    build(build_project)
    site = build_project / "site"
    for language in LANGUAGES:
        document = page(site, language, SLUG)
        alternates = {
            str(link["hreflang"]): str(link["href"])
            for link in document.select("link[rel=alternate]")
        }
        assert set(alternates) == {"en", "ru", "ar", "x-default"}
        page_file = site / language / SLUG / "index.html"
        for code, href in alternates.items():
            assert resolves(site, page_file, href)
            if code != "x-default":
                assert page(site, code, SLUG).html["lang"] == code  # type: ignore[index]


def test_base_url_makes_alternates_absolute(build_project: Path) -> None:
    build(build_project, base_url="https://press.example.org/statements")
    document = page(build_project / "site", "ar", SLUG)
    hrefs = {
        str(link["hreflang"]): str(link["href"]) for link in document.select("link[rel=alternate]")
    }
    assert hrefs["ru"] == f"https://press.example.org/statements/ru/{SLUG}/"
    assert hrefs["x-default"] == f"https://press.example.org/statements/en/{SLUG}/"


def test_every_internal_link_resolves_to_a_built_file(build_project: Path) -> None:
    build(build_project)
    site = build_project / "site"
    for path in all_pages(site):
        document = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for element in document.select("a[href], link[href], img[src]"):
            reference = str(element.get("href") or element.get("src"))
            if urlsplit(reference).scheme or reference.startswith("#"):
                continue
            assert resolves(site, path, reference), f"{path}: {reference}"


def test_switcher_links_each_version_and_marks_the_current_one(build_project: Path) -> None:
    build(build_project)
    site = build_project / "site"
    for language in LANGUAGES:
        document = page(site, language, SLUG)
        links = document.select(".language-switcher a")
        assert [link["hreflang"] for link in links] == list(LANGUAGES)
        current = [link["hreflang"] for link in links if link.get("aria-current") == "page"]
        assert current == [language]
        for link in links:
            assert resolves(site, site / language / SLUG / "index.html", str(link["href"]))
            assert link["lang"] == link["hreflang"]


def test_language_index_lists_statements_newest_first_with_a_localized_count(
    build_project: Path,
) -> None:
    build(build_project)
    document = page(build_project / "site", "ar", "")
    hrefs = [link["href"] for link in document.select(".news-list a")]
    assert hrefs == [f"{SLUG}/", f"{OLDER_SLUG}/"]
    count = document.select_one(".count")
    assert count is not None and count.get_text() == "عدد البيانات المنشورة: ٢"


def test_root_page_links_each_language_index(build_project: Path) -> None:
    build(build_project)
    site = build_project / "site"
    document = page(site, "")
    links = document.select(".language-choice a")
    assert [(a["hreflang"], a["href"]) for a in links] == [
        ("en", "en/"),
        ("ru", "ru/"),
        ("ar", "ar/"),
    ]
    # Each language by its own name, and by its name in the page's language where it differs.
    names = [(a.select_one(".native-name"), a.select_one(".language-name")) for a in links]
    assert [(str(n["lang"]), n.get_text(), t and t.get_text()) for n, t in names if n] == [
        ("en", "English", None),
        ("ru", "Русский", "Russian"),
        ("ar", "العربية", "Arabic"),
    ]


# --- Dates and numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "February 17, 2026, 09:30"),
        ("ru", "17 февраля 2026\u202fг., 09:30"),
        ("ar", "١٧ شباط ٢٠٢٦، ٠٩:٣٠"),  # ar_SY: Levantine month; Arabic-Indic digits
    ],
)
def test_publication_date_is_formatted_for_the_locale(
    build_project: Path, language: str, expected: str
) -> None:
    build(build_project)
    time = page(build_project / "site", language, SLUG).select_one("article time")
    assert time is not None and time.get_text() == expected


def test_latin_digits_when_the_project_sets_no_arabic_numbering(build_project: Path) -> None:
    config_file = build_project / "l10n.toml"
    config_file.write_text(config_file.read_text("utf-8").replace('ar = "arab"', 'ar = "latn"'))
    build(build_project)
    time = page(build_project / "site", "ar", SLUG).select_one("article time")
    assert time is not None and time.get_text() == "17 شباط 2026، 09:30"


def test_figures_in_translations_are_printed_as_the_translator_wrote_them(
    build_project: Path,
) -> None:
    build(build_project)
    ru = page(build_project / "site", "ru", SLUG).select_one(".statement-body")
    ar = page(build_project / "site", "ar", SLUG).select_one(".statement-body")
    assert ru is not None and ar is not None
    assert "3\u00a0412 человек" in ru.get_text()
    assert "٣٬٤١٢ شخصاً" in ar.get_text()


# --- Escaping ----------------------------------------------------------------------------


def test_markup_in_a_translation_is_shown_as_text(build_project: Path) -> None:
    set_translation(
        build_project,
        "ru",
        "Medical teams examined 640 people.",
        "Медицинские бригады осмотрели 640 человек. "
        "<script>alert(document.cookie)</script><b>!</b>",
    )
    build(build_project)
    document = page(build_project / "site", "ru", SLUG)
    assert document.find("script") is None
    assert document.find("b") is None
    assert (
        "<script>alert(document.cookie)</script>"
        in document.select(".statement-body li")[1].get_text()
    )


def test_javascript_links_are_dropped_but_their_text_stays(build_project: Path) -> None:
    set_translation(
        build_project,
        "ar",
        "Details are published on the [centre's website](https://example.org/returns).",
        "التفاصيل منشورة على [موقع المركز](JavaScript:alert(document.cookie)).",
    )
    build(build_project)
    body = page(build_project / "site", "ar", SLUG).select_one(".statement-body")
    assert body is not None
    assert body.find("a") is None
    assert "التفاصيل منشورة على موقع المركز." in body.get_text()


def test_ui_translations_are_escaped_too(build_project: Path) -> None:
    path = build_project / "locales" / "ru" / "LC_MESSAGES" / "site.po"
    catalog = polib.pofile(str(path))
    entry = catalog.find("Home")
    assert entry is not None
    entry.msgstr = "<i>Главная</i>"
    catalog.save(str(path))
    build(build_project)
    document = page(build_project / "site", "ru", SLUG)
    assert document.select_one(".main-nav i") is None
    assert document.select_one(".main-nav a").get_text() == "<i>Главная</i>"  # type: ignore[union-attr]


# --- Policies: untranslated, fuzzy, figures ----------------------------------------------


def test_untranslated_and_fuzzy_sentences_refuse_the_build_and_are_named(
    build_project: Path,
) -> None:
    set_translation(build_project, "ar", "Medical teams examined 640 people.", "")
    set_translation(build_project, "ru", "Returns", "Возвращение", fuzzy=True)
    result = build(build_project)
    assert not result.written
    assert not (build_project / "site").exists()
    named = {(issue.language, issue.code, issue.line) for issue in result.refusals}
    assert named == {("ar", "untranslated", 20), ("ru", "fuzzy", 15)}
    assert all(issue.file == f"source/{SLUG}.md" for issue in result.refusals)


def test_a_missing_catalog_is_one_refusal_naming_the_file(build_project: Path) -> None:
    (build_project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").unlink()
    result = build(build_project)
    assert not result.written
    assert [(issue.language, issue.code) for issue in result.refusals] == [("ru", "untranslated")]
    assert f"locales/ru/LC_MESSAGES/{SLUG}.po" in result.refusals[0].message


def test_allow_partial_falls_back_to_the_marked_source_sentence(build_project: Path) -> None:
    set_translation(build_project, "ar", "Women and children account for 58% of them.", "")
    result = build(build_project, allow_partial=True)
    assert result.written
    assert [issue.code for issue in result.overridden] == ["untranslated"]
    paragraph = page(build_project / "site", "ar", SLUG).select(".statement-body > p")[1]
    fallback = paragraph.select_one("span.fallback")
    assert fallback is not None
    assert (fallback["lang"], fallback["dir"]) == ("en", "ltr")
    assert fallback.get_text() == "Women and children account for 58% of them."
    # The translated sentence before it stays outside the fallback.
    assert paragraph.get_text().startswith("خلال الأسبوع الماضي")


def test_a_figure_mismatch_refuses_the_build(build_project: Path) -> None:
    set_translation(
        build_project,
        "ar",
        "Over the past week, 3,412 people returned through the crossing.",
        "خلال الأسبوع الماضي عاد ٣٬٤٢١ شخصاً عبر المعبر.",
    )
    result = build(build_project)
    assert not result.written
    assert {(issue.language, issue.code.startswith("number")) for issue in result.refusals} == {
        ("ar", True)
    }


def test_force_publishes_despite_a_figure_mismatch(build_project: Path) -> None:
    set_translation(
        build_project,
        "ru",
        "Buses carried 1,150 passengers.",
        "Автобусы перевезли 1 510 пассажиров.",
    )
    result = build(build_project, force=True)
    assert result.written
    assert result.overridden and result.overridden[0].language == "ru"
    assert "1 510" in page(build_project / "site", "ru", SLUG).get_text()


def test_a_refused_build_leaves_the_previous_site_untouched(build_project: Path) -> None:
    build(build_project)
    site = build_project / "site"
    before = contents(site)
    set_translation(
        build_project,
        "ru",
        "Buses carried 1,150 passengers.",
        "Автобусы перевезли 1 510 пассажиров.",
    )
    assert not build(build_project).written
    assert contents(site) == before


def test_a_broken_project_template_is_reported_at_its_line(build_project: Path) -> None:
    build(build_project)
    before = contents(build_project / "site")
    (build_project / "templates").mkdir()
    template = build_project / "templates" / "statement.html"
    template.write_text("<p>\n{{ no_such_variable }}</p>\n", "utf-8")
    with pytest.raises(ConfigError, match="no_such_variable") as raised:
        build(build_project)
    assert (raised.value.path, raised.value.line) == (str(template), 2)
    assert contents(build_project / "site") == before


def test_a_failure_while_writing_leaves_the_previous_site_untouched(
    build_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(build_project)
    before = contents(build_project / "site")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("l10n.build.shutil.copytree", disk_full)
    with pytest.raises(OSError, match="No space left"):
        build(build_project)
    assert contents(build_project / "site") == before
    leftovers = [p.name for p in build_project.iterdir() if p.name.startswith(".site.")]
    assert leftovers == []


# --- Determinism and safety --------------------------------------------------------------


def test_two_builds_give_the_same_bytes(build_project: Path, tmp_path: Path) -> None:
    build(build_project, out=tmp_path / "first")
    build(build_project, out=tmp_path / "second")
    assert contents(tmp_path / "first") == contents(tmp_path / "second")


@pytest.mark.parametrize("folder", ["..", "../etc", "/etc", "a/b", "", "."])
def test_page_paths_that_would_escape_the_output_are_refused(folder: str) -> None:
    with pytest.raises(UnsafePathError):
        page_path("en", folder)


def _statement(slug: str, language: str) -> LocalizedStatement:
    title = Block(BlockKind.TITLE, "T", 2, (Segment("T", 2),))
    meta = Metadata(title="T", slug=slug, published=datetime(2026, 1, 1, 9, 0))
    document = Document("source/x.md", "en", meta, (title,))
    return LocalizedStatement(document, language, (LocalizedBlock(title, (Run("T"),)),))


def test_a_slug_that_escapes_the_output_is_refused_before_rendering() -> None:
    config = Config(root=Path("/nonexistent"), target_langs=("ru",))
    statements = {"en": [_statement("../../etc", "en")], "ru": [_statement("../../etc", "ru")]}
    with pytest.raises(UnsafePathError, match="cannot name an output folder"):
        render_site(config, statements, {"en": UiTranslations(), "ru": UiTranslations()})


def test_the_output_folder_may_not_replace_the_project_or_foreign_files(
    build_project: Path,
) -> None:
    with pytest.raises(UnsafePathError):
        build(build_project, out=build_project)
    with pytest.raises(UnsafePathError):
        build(build_project, out=build_project / "source")
    foreign = build_project / "public"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", "utf-8")
    with pytest.raises(UnsafePathError, match="not built by l10n"):
        build(build_project, out=foreign)
    assert (foreign / "notes.txt").read_text("utf-8") == "keep me"


def test_the_output_folder_may_not_sit_inside_the_inputs(build_project: Path) -> None:
    with pytest.raises(UnsafePathError, match="inside the project's locales/"):
        build(build_project, out=build_project / "locales" / "site")


def test_folders_beside_the_site_that_this_build_did_not_make_are_kept(build_project: Path) -> None:
    kept = [
        build_project / ".site.new-x1y2z3",
        build_project / ".site.old-backup",
        build_project / ".other.old-1",
    ]
    for folder in kept:
        (folder / "en").mkdir(parents=True)
    assert build(build_project).written
    assert build(build_project).written  # a second build replaces a site that exists
    assert all((folder / "en").is_dir() for folder in kept)
    assert {path.name for path in build_project.iterdir() if path.name.startswith(".site")} == {
        ".site.new-x1y2z3",
        ".site.old-backup",
    }


def test_a_site_left_in_its_retired_folder_by_a_killed_build_is_moved_back(
    build_project: Path,
) -> None:
    assert build(build_project).written
    # What a build killed between its two renames leaves: no site/, the site retired.
    retired = build_project / ".site.old-k1ll3d"
    retired.mkdir()
    (retired / RETIRED_MARKER).write_text("", "utf-8")
    (build_project / "site").rename(retired / "site")
    (retired / "site" / "en" / "left-by-the-killed-build.txt").write_text("old", "utf-8")
    assert recover_site(build_project / "site") == retired
    assert (build_project / "site" / "en" / "left-by-the-killed-build.txt").is_file()
    assert build(build_project).written
    assert (build_project / "site" / SITE_MARKER).is_file()


def test_what_a_killed_build_left_beside_the_site_is_removed_and_nothing_else(
    build_project: Path,
) -> None:
    assert build(build_project).written
    site = build_project / "site"
    # A build killed while it wrote its pages: a marked staging folder, half full.
    staging = build_project / ".site.new-k1ll3d00"
    (staging / "en").mkdir(parents=True)
    (staging / STAGING_MARKER).write_text("", "utf-8")
    (staging / "en" / "index.html").write_text("half", "utf-8")
    # One killed after the exchange: the previous site, marked, under a staging name.
    exchanged = build_project / ".site.new-k1ll3d01"
    exchanged.mkdir()
    (exchanged / STAGING_MARKER).write_text("", "utf-8")
    (exchanged / SITE_MARKER).write_text("", "utf-8")
    # One killed after the second of its two renames: the retired folder, emptied or not.
    retired = build_project / ".site.old-k1ll3d02"
    (retired / "site").mkdir(parents=True)
    (retired / RETIRED_MARKER).write_text("", "utf-8")
    # One killed right after mkdtemp, before its marker; and the marker left in the site.
    (build_project / ".site.new-k1ll3d03").mkdir()
    (site / STAGING_MARKER).write_text("", "utf-8")
    # Folders this build did not make: no marker, or another site's name, or not empty.
    kept = [
        build_project / ".site.old-backup",
        build_project / ".site.new-x1y2z3ab",
        build_project / ".public.new-k1ll3d04",
    ]
    for folder in kept:
        (folder / "en").mkdir(parents=True)
    (kept[2] / STAGING_MARKER).write_text("", "utf-8")
    assert build(build_project).written
    assert {p.name for p in build_project.iterdir() if p.name.startswith((".site", ".public"))} == {
        folder.name for folder in kept
    }
    assert not (site / STAGING_MARKER).exists()
    assert (site / SITE_MARKER).is_file()


def test_a_retired_folder_holding_the_only_site_is_never_removed(build_project: Path) -> None:
    assert build(build_project).written
    retired = build_project / ".site.old-k1ll3d05"
    retired.mkdir()
    (retired / RETIRED_MARKER).write_text("", "utf-8")
    # Its site is not one recover_site may move back (no site marker): kept, not deleted.
    (build_project / "site").rename(retired / "site")
    (retired / "site" / SITE_MARKER).unlink()
    assert clear_leftovers(build_project / "site") == []
    assert (retired / "site" / "en").is_dir()


def test_an_output_folder_named_like_a_pattern_touches_nothing_else(build_project: Path) -> None:
    hidden = build_project / ".hidden.old-1"
    hidden.mkdir()
    marked = build_project / ".hidden.new-k1ll3d06"  # a build's of another site
    marked.mkdir()
    (marked / STAGING_MARKER).write_text("", "utf-8")
    assert build(build_project, out=build_project / "*").written
    assert build(build_project, out=build_project / "*").written
    assert hidden.is_dir() and (build_project / "*" / SITE_MARKER).is_file()
    assert marked.is_dir()


def test_a_rebuild_replaces_the_previous_site(build_project: Path) -> None:
    build(build_project)
    assert not (build_project / "site" / STAGING_MARKER).exists()  # a build's own, never published
    stale = build_project / "site" / "en" / "old-statement"
    stale.mkdir()
    (stale / "index.html").write_text("old", "utf-8")
    assert build(build_project).written
    assert not stale.exists()
    assert not (build_project / "site" / STAGING_MARKER).exists()


# --- Templates and UI strings ------------------------------------------------------------


def test_a_project_template_overrides_the_packaged_one(build_project: Path) -> None:
    (build_project / "templates").mkdir()
    (build_project / "templates" / "site_index.html").write_text(
        '{% extends "base.html" %}{% block title %}x{% endblock %}'
        '{% block content %}<p id="custom">{{ _("Welcome") }}</p>{% endblock %}',
        "utf-8",
    )
    build(build_project, allow_partial=True)  # "Welcome" has no translation yet
    assert page(build_project / "site", "").select_one("#custom") is not None


def test_missing_site_catalog_refuses_or_leaves_the_furniture_in_english(
    build_project: Path,
) -> None:
    (build_project / "locales" / "ru" / "LC_MESSAGES" / "site.po").unlink()
    refused = build(build_project)
    assert not refused.written
    assert [(issue.file, issue.language, issue.code) for issue in refused.refusals] == [
        ("locales/ru/LC_MESSAGES/site.po", "ru", "untranslated")
    ]
    assert "run `l10n update`" in refused.refusals[0].message
    build(build_project, allow_partial=True)
    document = page(build_project / "site", "ru", SLUG)
    assert document.select_one(".main-nav a").get_text() == "Home"  # type: ignore[union-attr]
    assert document.select_one("h1").get_text().startswith("Совместное")  # type: ignore[union-attr]


def test_breadcrumb_labels_may_hold_a_percent_sign(build_project: Path) -> None:
    source = build_project / "source" / "convoy-2026-01-20.md"
    source.write_text(
        source.read_text("utf-8").replace("[Home, News]", "[Home, 100% Returns]"), "utf-8"
    )
    build(build_project, allow_partial=True)  # the new label is not translated yet
    crumbs = page(build_project / "site", "en", OLDER_SLUG).select("nav.breadcrumb li")
    assert [li.get_text(strip=True) for li in crumbs] == ["Home", "100% Returns"]


def test_page_title_is_the_statement_title_as_plain_text(build_project: Path) -> None:
    build(build_project)
    title = page(build_project / "site", "ar", SLUG).title
    assert title is not None
    assert title.get_text() == "بيان مشترك بشأن إعادة فتح المعبر الشمالي — مركز التنسيق المشترك"


def test_statements_with_and_without_a_utc_offset_sort_together(build_project: Path) -> None:
    source = build_project / "source" / "convoy-2026-01-20.md"
    text = source.read_text("utf-8").replace("2026-01-20 14:00", "2026-03-01T14:00:00+03:00")
    source.write_text(text, "utf-8")
    build(build_project)
    document = page(build_project / "site", "en", "")
    assert [a["href"] for a in document.select(".news-list a")] == [f"{OLDER_SLUG}/", f"{SLUG}/"]
    time = page(build_project / "site", "en", OLDER_SLUG).select_one("article time")
    assert time is not None and time.get_text() == "March 1, 2026, 14:00"


def test_a_broken_plural_forms_header_in_site_po_names_the_file(build_project: Path) -> None:
    path = build_project / "locales" / "ar" / "LC_MESSAGES" / "site.po"
    catalog = polib.pofile(str(path))
    catalog.metadata["Plural-Forms"] = "nplurals=6; plural=n === 1;"
    catalog.save(str(path))
    with pytest.raises(CatalogError, match="Plural-Forms") as raised:
        build(build_project)
    assert raised.value.path == "locales/ar/LC_MESSAGES/site.po"


def test_the_menu_comes_from_the_project_configuration(build_project: Path) -> None:
    config_file = build_project / "l10n.toml"
    config_file.write_text(
        config_file.read_text("utf-8") + 'menu = [{label = "News", link = "news"}, '
        '{label = "Write to us", link = "mailto:press@example.org"}]\n',
        "utf-8",
    )
    refused = build(build_project)
    assert {(issue.language, issue.message) for issue in refused.refusals} == {
        (
            language,
            f"interface text missing from the {language} catalog (run `l10n update`): "
            "“Write to us”",
        )
        for language in ("ru", "ar")
    }
    build(build_project, allow_partial=True)
    document = page(build_project / "site", "ru", "")
    links = [
        (a.get_text(), a["href"], a.get("aria-current")) for a in document.select(".main-nav a")
    ]
    assert links == [
        ("Новости", "../ru/", "page"),
        ("Write to us", "mailto:press@example.org", None),
    ]


def test_a_menu_link_that_could_run_a_script_is_refused(build_project: Path) -> None:
    config_file = build_project / "l10n.toml"
    config_file.write_text(
        config_file.read_text("utf-8")
        + 'menu = [{label = "News", link = "javascript:alert(1)"}]\n',
        "utf-8",
    )
    with pytest.raises(ConfigError, match="javascript:alert") as raised:
        build(build_project, allow_partial=True)
    assert raised.value.path == str(config_file)
    assert not (build_project / "site").exists()


def test_without_an_atomic_exchange_the_site_is_swapped_by_two_renames(
    build_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "exchange_folders", lambda first, second: False)
    assert build(build_project).written
    assert build(build_project).written
    assert (build_project / "site" / SITE_MARKER).is_file()
    assert not (build_project / "site" / STAGING_MARKER).exists()
    assert not [path for path in build_project.iterdir() if path.name.startswith(".site.")]
