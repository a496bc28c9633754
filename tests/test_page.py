"""Saved news pages: a statement imported from one, and one given to `align` as a translation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.build import BuildOptions, build_site
from l10n.catalog import update
from l10n.check import check_project
from l10n.cli import main
from l10n.config import load_config
from l10n.errors import SourceError
from l10n.model import BlockKind, Signatory
from l10n.page import import_page, page_blocks, read_page
from l10n.po import parse_po
from l10n.prefill import align_statement
from l10n.sources import parse_statement, read_statement_file
from l10n.versions import is_html

DATA = Path(__file__).parent / "data" / "align"
ENGLISH_PAGE = DATA / "water-supply.en.html"  # shaped like a ministry's news page
RUSSIAN_PAGE = DATA / "water-supply.ru.html"  # windows-1251, paragraphs split by <br>
WATER = DATA / "water-supply.md"
FURNITURE = (
    "Site Map",
    "Facebook",
    "About the Ministry",
    "Not voted",
    "Rate the information",
    "Post this story",
    "ServerCode",
    "counter",
)


def test_a_page_gives_title_date_breadcrumb_body_and_signatories() -> None:
    page = read_page(ENGLISH_PAGE.read_bytes(), "page.html")
    assert page.title == "Water supply restored in three districts"
    assert page.published == datetime(2026, 3, 4, 9, 30)
    assert page.breadcrumb == ("Home", "Press centre", "News")
    assert page.signatories == (Signatory("Head of the Water Department", "S. Karimov"),)
    expected = read_statement_file(WATER, "en")
    body = [block.text for block in expected.blocks if block.kind is BlockKind.PARAGRAPH]
    assert [block.text for block in page.blocks] == body


def test_the_sites_furniture_is_left_out() -> None:
    page = read_page(ENGLISH_PAGE.read_bytes(), "page.html")
    text = " ".join([page.title, *page.breadcrumb, *(block.text for block in page.blocks)])
    assert not [word for word in FURNITURE if word in text]
    assert page.left_out > 0


def test_a_page_in_the_charset_its_head_declares_is_read() -> None:
    data = RUSSIAN_PAGE.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    page = read_page(data, "ru.html")
    assert page.title == "Водоснабжение восстановлено в трёх районах"
    assert page.published == datetime(2026, 3, 4, 9, 30)  # from <time datetime>
    assert page.breadcrumb == ("Главная", "Пресс-центр", "Новости")
    assert [signatory.name for signatory in page.signatories] == ["С. Каримов"]
    assert len(page.blocks) == 4  # the <br>-separated paragraphs, without the date line


def test_a_page_without_a_title_or_a_date_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no title"):
        read_page(b"<html><body><p>Only a paragraph.</p></body></html>", "bare.html")
    undated = b"<html><body><h1>A title</h1><p>Some text of the statement.</p></body></html>"
    with pytest.raises(SourceError, match="--published"):
        import_page(undated, "undated.html", tmp_path, "en")
    report = import_page(
        undated, "undated.html", tmp_path, "en", published=datetime(2026, 1, 2, 3, 4)
    )
    assert report.slug == "a-title-2026-01-02"
    assert report.statement.read_text("utf-8").count("published: 2026-01-02 03:04") == 1


def test_markdown_and_html_in_the_page_text_stay_text(tmp_path: Path) -> None:
    page = (
        b"<html><body><time datetime='2026-05-01T10:00'></time><h1>Notes</h1>"
        b"<p># not a heading, *not emphasis*, &lt;b&gt;not HTML&lt;/b&gt; [not a link]</p>"
        b"<p>1. Not a list either.</p></body></html>"
    )
    report = import_page(page, "notes.html", tmp_path, "en")
    document = parse_statement(report.statement.read_bytes(), "notes.md", "en")
    assert [block.kind for block in document.blocks[1:]] == [BlockKind.PARAGRAPH] * 2


def test_an_existing_statement_is_replaced_only_when_forced(tmp_path: Path) -> None:
    data = ENGLISH_PAGE.read_bytes()
    first = import_page(data, "page.html", tmp_path, "en", slug="water")
    with pytest.raises(SourceError, match="exists already"):
        import_page(data, "page.html", tmp_path, "en", slug="water")
    again = import_page(data, "page.html", tmp_path, "en", slug="water", force=True)
    assert again.statement == first.statement == tmp_path / "water.md"


def test_a_saved_page_is_a_translation_align_can_read() -> None:
    assert is_html(RUSSIAN_PAGE.read_bytes()) and not is_html(WATER.read_bytes())
    blocks = page_blocks(read_page(RUSSIAN_PAGE.read_bytes(), "ru.html"), "ru")
    assert blocks[0].kind is BlockKind.TITLE
    assert [block.kind for block in blocks[-2:]] == [
        BlockKind.SIGNATURE_POSITION,
        BlockKind.SIGNATURE_NAME,
    ]


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    (tmp_path / "source").mkdir()
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru", "ar"]\n')
    return tmp_path


def test_an_imported_statement_aligned_with_a_saved_translation_builds(
    empty_project: Path,
) -> None:
    """Import the English page, align the Russian page into its catalog, build: no browser."""
    config = load_config(empty_project)
    report = import_page(ENGLISH_PAGE.read_bytes(), "page.html", config.source_path, "en")
    update(config)
    (aligned,) = align_statement(config, report.statement, [("ru", RUSSIAN_PAGE)])
    assert aligned.summary.filled == 12 and aligned.summary.fuzzy == 0
    catalog_file = empty_project / "locales" / "ru" / "LC_MESSAGES" / f"{report.slug}.po"
    catalog = parse_po(catalog_file.read_bytes(), "ru.po")
    assert all(entry.msgstr and not entry.fuzzy for entry in catalog.active)
    result = build_site(
        config,
        BuildOptions(out=empty_project / "site", allow_partial=True),
        check_project,  # type: ignore[arg-type]
    )
    assert result.written
    russian = (empty_project / "site" / "ru" / report.slug / "index.html").read_text("utf-8")
    assert "Водоснабжение восстановлено в трёх районах" in russian
    assert "С. Каримов" in russian and "Пресс-центр" not in russian.split("<main")[-1]
    english = (empty_project / "site" / "en" / report.slug / "index.html").read_text("utf-8")
    assert "48,250 residents" in english
    # the page's own furniture did not come along (l10n's page has a rating widget of its own)
    assert not [word for word in FURNITURE if word in english and word != "Rate the information"]
    assert "Not voted" not in english and "Post this story" not in english


def test_import_and_align_commands_report_in_words_and_write_no_absolute_path(
    empty_project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("downloads") / "saved page.ru.html"
    outside.write_bytes(RUSSIAN_PAGE.read_bytes().replace("С. Каримов".encode("cp1251"), b""))
    runner = CliRunner()
    project = ["-C", str(empty_project)]
    imported = runner.invoke(main, [*project, "import", str(ENGLISH_PAGE), "--slug", "water"])
    assert imported.exit_code == 0, imported.output
    assert "created source/water.md" in imported.output
    assert "breadcrumb: Home > Press centre > News" in imported.output
    assert runner.invoke(main, [*project, "update"]).exit_code == 0
    result = runner.invoke(
        main,
        [*project, "align", str(empty_project / "source" / "water.md"), "-t", "ru", str(outside)],
    )
    assert result.exit_code == 0, result.output
    assert "ru: saved page.ru.html -> locales/ru/LC_MESSAGES/water.po (updated)" in result.output
    assert "  empty: “S. Karimov” (no counterpart found)" in result.output
    written = (empty_project / "locales" / "ru" / "LC_MESSAGES" / "water.po").read_text("utf-8")
    assert str(outside.parent) not in written
    assert "aligned from saved page.ru.html:" in written
    missing = runner.invoke(main, [*project, "import", str(empty_project / "none.html")])
    assert missing.exit_code == 2


def test_embedding_marks_of_an_arabic_page_are_layout_and_go_its_direction_marks_stay() -> None:
    """No statement may hold an embedding mark; one may hold an RLM, as the page did."""
    page = read_page(
        "<html><body><time datetime='2026-05-01T10:00'></time><h1>\u202bعنوان\u202c</h1>"
        "<p>\u200fنص البيان.</p></body></html>".encode(),
        "ar.html",
    )
    assert page.title == "عنوان"
    assert [block.text for block in page.blocks] == ["\u200fنص البيان."]
