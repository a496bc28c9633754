"""What `l10n align` and `l10n import` take from outside (a saved page, text copied from one)
may hold characters no reader sees inside or beside a figure. Imported, they would reach
catalogs and statements unseen; refused, a user would have to edit a downloaded page by hand.
They are removed with a warning naming file and line, so that each figure reads as the page
showed it. A bidi control that can reorder a figure ("27" shown as 72) is refused instead:
tests/adversarial/test_bad_input_messages.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.forbidden import hidden_in_figure
from l10n.model import BlockKind
from l10n.page import Page, PageBlock, statement_text
from l10n.po import parse_po
from l10n.site import plain_text
from l10n.sources import parse_statement

from .projects import run

ZWSP, WORD_JOINER, SOFT_HYPHEN, ZWNJ = "\u200b", "\u2060", "\u00ad", "\u200c"
HIDDEN = (ZWSP, WORD_JOINER, SOFT_HYPHEN)
# Our own Russian rendering of the grain statement's first paragraphs, with a zero-width space
# inside the first figure (line 3) and a word joiner beside another (line 5).
RUSSIAN = (
    "Рост экспорта зерна в первом квартале\n"
    "\n"
    f"Экспорт зерна составил 2 080{ZWSP}443 тонны в первом квартале 2026 года. "
    "Это на 12,5% больше, чем годом ранее.\n"
    "\n"
    f"Основную часть поставок дала пшеница. Экспорт ячменя упал до {WORD_JOINER}310 200 тонн, "
    "а экспорт кукурузы удвоился.\n"
)


def statement_of(project: Path) -> Path:
    return project / "source" / "grain-exports.md"


def translations(project: Path, language: str) -> list[str]:
    catalog = project / "locales" / language / "LC_MESSAGES" / "grain-exports.po"
    return [entry.msgstr for entry in parse_po(catalog.read_bytes(), str(catalog)).entries]


def test_align_removes_what_hides_in_figures_of_plain_text_and_says_where(
    grain_project: Path,
) -> None:
    version = grain_project / "ru.txt"
    version.write_text(RUSSIAN, "utf-8")
    code, output = run(
        grain_project, "align", str(statement_of(grain_project)), "-t", "ru", str(version)
    )
    assert code == 0, output
    assert "ru.txt:3: removed invisible characters inside or beside figures" in output, output
    assert "U+200B ZERO WIDTH SPACE" in output and "U+2060 WORD JOINER" in output, output
    filled = [text for text in translations(grain_project, "ru") if text]
    assert any("2 080443 тонны" in text for text in filled), filled
    assert any("до 310 200 тонн" in text for text in filled), filled
    assert not any(character in text for text in filled for character in HIDDEN), filled


def test_align_and_import_remove_what_hides_in_figures_of_a_saved_page(
    grain_project: Path,
) -> None:
    page = grain_project.parent / "ar.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><main>\n"
        "<h1>ارتفاع صادرات الحبوب</h1><p>14.04.2026 11:00</p>\n"
        f"<p>بلغت صادرات الحبوب 2{SOFT_HYPHEN}080{ZWSP}443 طنا في الربع الأول من عام 2026.</p>\n"
        # Between the tags and the figure, only the page's text shows it beside the digits.
        "<p>وانخفضت صادرات الشعير إلى 310<b>&#8203;</b>200 طن.</p>\n"
        f"<p>وتضاعفت صادرات الذرة مع الشركاء{ZWNJ}الجدد.</p>\n"
        "</main></body></html>\n",
        "utf-8",
    )
    code, output = run(
        grain_project, "align", str(statement_of(grain_project)), "-t", "ar", str(page)
    )
    assert code == 0, output
    assert "ar.html:3: removed invisible characters inside or beside figures" in output, output
    assert "ar.html: removed invisible characters beside figures" in output, output
    filled = [text for text in translations(grain_project, "ar") if text]
    assert any("2080443" in text for text in filled), filled
    assert not any(character in text for text in filled for character in HIDDEN), filled

    code, output = run(grain_project, "import", str(page), "--slug", "grain-ar")
    assert code == 0, output
    assert "ar.html:3: removed invisible characters" in output, output
    statement = (grain_project / "source" / "grain-ar.md").read_text("utf-8")
    assert "2080443" in statement and "310200" in statement
    assert hidden_in_figure(statement) is None
    # A zero-width non-joiner in a word shapes its letters: it is no figure's, and stays.
    assert f"الشركاء{ZWNJ}الجدد" in statement


def test_a_page_of_elements_whose_end_tags_it_leaves_out_is_not_too_deep(tmp_path: Path) -> None:
    # Old pages leave out </p>, </li>, </td>; <br> and <img> hold nothing: none of them nests,
    # however many there are, and neither does what a script or a comment holds.
    from l10n.page import MAX_NESTING, read_page

    many = MAX_NESTING + 10
    page = (
        "<html><body><main><h1>A title</h1><p>20.01.2026\n"
        + "<p>A sentence.<br><img src=x>" * many
        + "<ul>"
        + "<li>An item." * many
        + "</ul>"
        + "<script>"
        + "<div>" * many
        + "</script><!--"
        + "<div>" * many
        + "-->"
        + "</main></body></html>"
    )
    assert read_page(page.encode(), "old.html").title == "A title"


# --------------------------------------------------------------------------------------------
# A statement made from a page shows each text as the page showed it: Markdown marks, and
# character references the page displayed as written ("&amp;#55;" on the page is "&#55;" to
# its reader, and must not become "7" in the statement).

PAGE_TEXT = (
    st.lists(
        st.sampled_from([*"ab 27.,;:#&*_`[]()<>!\\-=+1", "&#55;", "&amp;", "&nbsp;"]), max_size=30
    )
    .map("".join)
    .filter(lambda text: text.strip() != "")
)


def shown(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=150, deadline=None)
@given(title=PAGE_TEXT, paragraph=PAGE_TEXT)
def test_a_statement_made_from_a_page_shows_its_texts_as_the_page_did(
    title: str, paragraph: str
) -> None:
    page = Page(
        title=f"Title {title}",
        published=None,
        blocks=(PageBlock(BlockKind.PARAGRAPH, f"Text {paragraph}"),),
    )
    statement = statement_text(page, "made", datetime(2026, 1, 2, 10, 0))
    document = parse_statement(statement.encode(), "made.md", "en")
    assert [(block.kind, plain_text(block.text)) for block in document.blocks] == [
        (BlockKind.TITLE, shown(page.title)),
        (BlockKind.PARAGRAPH, shown(f"Text {paragraph}")),
    ]


def test_import_keeps_a_reference_the_page_showed_as_written(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset=utf-8></head><body><h1>Deliveries</h1>"
        "<p>Lorries: 27 and &amp;#55; spare.</p></body></html>",
        "utf-8",
    )
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru"]\n')
    code, output = run(
        tmp_path, "import", str(page), "--slug", "deliveries", "--published", "2026-01-02"
    )
    assert code == 0, output
    document = parse_statement((tmp_path / "source" / "deliveries.md").read_bytes(), "d.md", "en")
    assert [plain_text(block.text) for block in document.blocks] == [
        "Deliveries",
        "Lorries: 27 and &#55; spare.",
    ]
