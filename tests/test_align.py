"""Sentence alignment of existing translations, and filling catalogs from it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from l10n import align
from l10n.align import (
    Unit,
    align_blocks,
    align_sentences,
    align_units,
    fill_catalog,
    sentence_unit,
    units_of_blocks,
)
from l10n.config import load_config
from l10n.errors import CatalogError, SourceError
from l10n.model import Block, BlockKind
from l10n.po import MERGED_MARKER, Catalog, Entry, parse_po
from l10n.prefill import align_statement
from l10n.sources import read_statement_file
from l10n.versions import text_blocks, version_blocks

DATA = Path(__file__).parent / "data" / "align"
STATEMENT = DATA / "grain-exports.md"
WATER = DATA / "water-supply.md"
WATER_RU = DATA / "water-supply.ru.txt"
RU_VERSION = DATA / "grain-exports.ru.md"
AR_VERSION = DATA / "grain-exports.ar.txt"
EXPORTS = "Grain exports reached 2,080,443 tonnes in the first quarter of 2026."
GROWTH = "This is 12.5% more than a year earlier."
WHEAT = "Wheat accounted for most of the shipments."


def units(sentences: list[str], language: str) -> list:  # type: ignore[type-arg]
    return [
        sentence_unit(text, line, language, BlockKind.PARAGRAPH)
        for line, text in enumerate(sentences, start=1)
    ]


# --- Whole-document alignment, whatever the translation's paragraphing ----------------------

NAVIGATION_BEFORE = ["Карта сайта Новости Контакты", "Главная < Пресс-центр < Новости"]
NAVIGATION_AFTER = ["1 2 3 4 5", "Оценить материал", "Поделиться: ВКонтакте Телеграм"]


def russian_paragraphs() -> list[list[str]]:
    """The Russian version's paragraphs, as lists of its sentences (title first, then body,
    then the signature's two lines), sentence i translating the statement's sentence i."""
    return [
        [segment.text for segment in block.segments]
        for block in version_blocks(WATER_RU.read_bytes(), "ru.txt", "ru")
    ]


def as_text(paragraphs: list[list[str]], separator: str = "\n\n") -> str:
    return separator.join(" ".join(sentences) for sentences in paragraphs)


def regroup_body(paragraphs: list[list[str]], sizes: list[int]) -> list[list[str]]:
    """Title and signature lines kept; the body's sentences regrouped in paragraphs of `sizes`."""
    title, body, signature = paragraphs[0], paragraphs[1:-2], paragraphs[-2:]
    sentences = [sentence for paragraph in body for sentence in paragraph]
    groups = []
    for size in sizes:
        groups.append(sentences[:size])
        sentences = sentences[size:]
    return [title, *[group for group in groups if group], *signature]


CONDITIONS = {
    "same paragraphs": lambda p: as_text(p),
    "regrouped": lambda p: as_text(regroup_body(p, [3, 1, 4, 1])),
    "one sentence per paragraph": lambda p: as_text(regroup_body(p, [1] * 9)),
    "whole body one paragraph": lambda p: as_text(regroup_body(p, [9])),
    "single line breaks": lambda p: as_text(p, "\n"),
    "navigation pasted in": lambda p: "\n\n".join(
        [*NAVIGATION_BEFORE, as_text(p), *NAVIGATION_AFTER]
    ),
}


def aligned(text: str) -> list:  # type: ignore[type-arg]
    source = read_statement_file(WATER, "en")
    return align_blocks(source.blocks, "en", text_blocks(text, "ru"), "ru")


@pytest.mark.parametrize("condition", CONDITIONS)
def test_every_sentence_finds_its_translation_however_the_text_is_paragraphed(
    condition: str,
) -> None:
    paragraphs = russian_paragraphs()
    expected = [sentence for paragraph in paragraphs for sentence in paragraph]
    pairs = aligned(CONDITIONS[condition](paragraphs))
    assert [pair.kind for pair in pairs] == ["1-1"] * len(expected)
    assert [pair.target_text for pair in pairs] == expected
    inner = pairs[2:-3]
    assert not [pair.reasons for pair in inner if pair.needs_review]
    if condition == "navigation pasted in":
        # a menu line could stand for the title, a share line for the signature: unsure
        assert pairs[0].needs_review and "unsure pairing" in pairs[0].reasons[0]
    else:
        assert not any(pair.needs_review for pair in pairs)


def test_a_deleted_sentence_stays_empty_and_a_merge_is_said_in_words() -> None:
    paragraphs = russian_paragraphs()
    expected = [sentence for paragraph in paragraphs for sentence in paragraph]
    deleted = paragraphs[1].pop(1)  # "the work took eleven days ..."
    remaining, hotline = paragraphs[3][1], paragraphs[3][2]
    merged = remaining.rstrip(".") + ", а " + hotline[0].lower() + hotline[1:]
    paragraphs[3][1:] = [merged]
    pairs = aligned(as_text(paragraphs))
    by_source = {pair.source[0].text: pair for pair in pairs}
    english = [segment.text for segment in read_statement_file(WATER, "en").segments()]
    assert by_source[english[2]].target == ()
    assert by_source[english[2]].reasons == ("no counterpart found",)
    assert all(deleted not in pair.target_text for pair in pairs)
    assert by_source[english[7]].kind == "2-1"
    assert by_source[english[7]].target_text == merged
    assert by_source[english[7]].reasons[0] == "merged with the next sentence"
    untouched = [0, 1, 3, 4, 5, 6, 9, 10, 11]
    assert [by_source[english[i]].target_text for i in untouched] == [
        expected[i] for i in untouched
    ]
    # the deleted sentence's neighbour might have taken it: not final; the others are
    assert [i for i in untouched if by_source[english[i]].needs_review] == [1]


def test_figures_that_differ_are_named_in_the_reason() -> None:
    pairs = align_sentences(
        units(["Exports reached 13 tonnes.", "Barley fell sharply."], "en"),
        units(["Экспорт достиг 31 тонны.", "Ячмень резко подешевел."], "ru"),
    )
    assert pairs[0].target_text == "Экспорт достиг 31 тонны."
    assert "figures differ: 13 vs 31" in pairs[0].reasons


def test_paragraphs_that_differ_wildly_are_reported() -> None:
    source = units_of_blocks(read_statement_file(WATER, "en").blocks, "en")
    one = units_of_blocks(text_blocks(as_text(regroup_body(russian_paragraphs(), [9])), "ru"), "ru")
    from l10n.align import align_units, structure_of

    beads = align_units(source, one)
    assert structure_of(source, one, beads).warnings() == []  # 9 blocks against 5: alike enough
    unrelated = units(["Погода.", "Дождь."], "ru")
    warnings = structure_of(source, unrelated, align_units(source, unrelated)).warnings()
    assert any("have no counterpart" in warning for warning in warnings)


def test_arabic_indic_figures_anchor_the_sentence_that_states_them() -> None:
    source = units(
        [
            "Exports reached 2,080,443 tonnes.",
            "Of these, 310,200 tonnes were barley shipped through the southern ports.",
        ],
        "en",
    )
    # The first translation is long and the second short: lengths alone would cross them.
    target = units(
        [
            "بلغت الصادرات ٢٬٠٨٠٬٤٤٣ طناً من الحبوب المختلفة خلال هذه الفترة بحسب الوزارة.",
            "منها ٣١٠٬٢٠٠ طن من الشعير.",
        ],
        "ar",
    )
    pairs = align_sentences(source, target)
    assert [(pair.kind, pair.figures_agree) for pair in pairs] == [("1-1", True), ("1-1", True)]
    assert [pair.target[0].text[:4] for pair in pairs] == ["بلغت", "منها"]
    # right, but with lengths this far from the usual ratio not sure enough to be final
    assert all("than expected" in " ".join(pair.reasons) for pair in pairs)


def test_a_sentence_only_the_translation_has_is_left_out() -> None:
    source = units(["Exports reached 2,080,443 tonnes.", "Barley fell to 310,200 tonnes."], "en")
    target = units(
        [
            "Экспорт достиг 2 080 443 тонн.",
            "Для сравнения: в 2025 году было 1 950 000 тонн.",
            "Ячмень снизился до 310 200 тонн.",
        ],
        "ru",
    )
    pairs = align_sentences(source, target)
    assert [pair.target_text for pair in pairs] == [
        "Экспорт достиг 2 080 443 тонн.",
        "Ячмень снизился до 310 200 тонн.",
    ]


def test_two_sentences_translated_as_one_become_a_2_1_bead_to_review() -> None:
    source = units([EXPORTS, GROWTH, WHEAT], "en")
    target = units(
        [
            "بلغت صادرات الحبوب ٢٬٠٨٠٬٤٤٣ طناً في الربع الأول من عام ٢٠٢٦، "
            "أي بزيادة ١٢٫٥٪ عن العام السابق.",
            "شكّل القمح معظم الشحنات.",
        ],
        "ar",
    )
    pairs = align_sentences(source, target)
    assert [pair.kind for pair in pairs] == ["2-1", "1-1"]
    assert pairs[0].needs_review and pairs[0].figures_agree


def test_a_pair_whose_figures_differ_is_marked_for_review() -> None:
    pairs = align_sentences(
        units(["Exports reached 2,080,443 tonnes."], "en"),
        units(["Экспорт достиг 2 080 434 тонн."], "ru"),
    )
    assert pairs[0].figures_agree is False
    assert pairs[0].needs_review


def test_a_plain_text_version_without_title_structure_still_aligns_block_by_block() -> None:
    source = read_statement_file(STATEMENT, "en")
    blocks = version_blocks(AR_VERSION.read_bytes(), "ar.txt", "ar")
    assert len(blocks) == len(source.blocks) + 1  # a dateline the statement does not have
    pairs = align_blocks(source.blocks, "en", blocks, "ar")
    by_source = {pair.source[0].text: pair for pair in pairs}
    assert by_source["Grain exports rose in the first quarter"].target_text == (
        "ارتفعت صادرات الحبوب في الربع الأول"
    )
    assert by_source[EXPORTS].kind == "2-1"
    assert by_source["A. Petrov"].target_text == "أ. بتروف"
    assert all("دمشق" not in pair.target_text for pair in pairs)


def test_a_statement_version_aligns_every_sentence_one_to_one() -> None:
    source = read_statement_file(STATEMENT, "en")
    version = read_statement_file(RU_VERSION, "ru")
    pairs = align_blocks(source.blocks, "en", version.blocks, "ru")
    assert {pair.kind for pair in pairs} == {"1-1"}
    assert len(pairs) == len(source.segments())
    assert (
        pairs[1].target_text == "В первом квартале 2026 года экспорт зерна достиг 2 080 443 тонн."
    )


def test_filling_keeps_every_existing_translation_and_marks_unsure_ones_fuzzy() -> None:
    catalog = Catalog(
        entries=(
            Entry(EXPORTS),
            Entry(GROWTH, "Рост составил 12,5%.", flags=("fuzzy",)),
            Entry(WHEAT),
        )
    )
    pairs = align_sentences(
        units([EXPORTS, GROWTH, WHEAT], "en"),
        units(
            [
                "В первом квартале 2026 года экспорт зерна достиг 2 080 443 тонн.",
                "Это на 12,5% больше, чем годом ранее.",
                "Большую часть поставок составила пшеница.",
            ],
            "ru",
        ),
    )
    filled, summary = fill_catalog(catalog, pairs, "ru.md")
    exports, growth, wheat = filled.entries
    assert growth == catalog.entries[1]
    assert exports.msgstr.startswith("В первом квартале") and not exports.fuzzy
    assert exports.extracted_comments[-1].startswith("l10n: aligned from ru.md:1 (1-1, confidence")
    assert wheat.msgstr == "Большую часть поставок составила пшеница."
    assert (summary.filled, summary.kept, summary.not_in_catalog) == (2, 1, 0)


def test_a_merge_fills_the_first_entry_fuzzy_and_marks_the_second_for_build() -> None:
    catalog = Catalog(entries=(Entry(EXPORTS), Entry(GROWTH)))
    pairs = align_sentences(
        units([EXPORTS, GROWTH], "en"),
        units(
            ["Экспорт зерна достиг 2 080 443 тонн в I квартале 2026 года, на 12,5% больше."], "ru"
        ),
    )
    filled, summary = fill_catalog(catalog, pairs, "ru.txt")
    exports, growth = filled.entries
    assert exports.fuzzy
    assert "2-1" in exports.extracted_comments[-1]
    assert "merged with the next sentence" in exports.extracted_comments[-1]
    assert growth.msgstr == "" and growth.merged
    assert growth.translator_comments[0].startswith(MERGED_MARKER)
    assert "translated together with the previous sentence" in growth.extracted_comments[-1]
    assert (summary.filled, summary.fuzzy) == (1, 1)
    again, _ = fill_catalog(filled, pairs, "ru.txt")
    assert again == filled


# --- The workflow on a project ----------------------------------------------------------------


def catalog_bytes(grain_project: Path, language: str) -> bytes:
    return (grain_project / "locales" / language / "LC_MESSAGES" / "grain-exports.po").read_bytes()


def test_align_statement_fills_both_catalogs_and_a_second_run_changes_nothing(
    grain_project: Path,
) -> None:
    config = load_config(grain_project)
    source = grain_project / "source" / STATEMENT.name
    versions = [("ru", RU_VERSION), ("ar", AR_VERSION)]
    reports = align_statement(config, source, versions)
    assert [(report.language, report.written) for report in reports] == [("ru", True), ("ar", True)]
    russian = parse_po(catalog_bytes(grain_project, "ru"), "ru.po")
    assert all(entry.msgstr and not entry.fuzzy for entry in russian.active)
    first = (catalog_bytes(grain_project, "ru"), catalog_bytes(grain_project, "ar"))
    again = align_statement(config, source, versions)
    assert [report.written for report in again] == [False, False]
    assert [report.summary.filled for report in again] == [0, 0]
    assert (catalog_bytes(grain_project, "ru"), catalog_bytes(grain_project, "ar")) == first


def test_a_dry_run_writes_nothing(grain_project: Path) -> None:
    before = catalog_bytes(grain_project, "ar")
    (report,) = align_statement(
        load_config(grain_project),
        grain_project / "source" / STATEMENT.name,
        [("ar", AR_VERSION)],
        dry_run=True,
    )
    assert report.summary.filled == 7 and not report.written
    assert catalog_bytes(grain_project, "ar") == before


def test_a_missing_catalog_or_version_is_an_error_naming_the_file(grain_project: Path) -> None:
    config = load_config(grain_project)
    source = grain_project / "source" / STATEMENT.name
    shutil.rmtree(grain_project / "locales" / "ar")
    with pytest.raises(CatalogError, match="run `l10n update` first"):
        align_statement(config, source, [("ar", AR_VERSION)])
    with pytest.raises(SourceError, match="translated version not found"):
        align_statement(config, source, [("ru", grain_project / "missing.txt")])
    with pytest.raises(CatalogError, match="not a target language"):
        align_statement(config, source, [("en", RU_VERSION)])


def test_align_imports_no_machine_translation_and_no_html_parser(grain_project: Path) -> None:
    """`l10n align` with a text version needs neither deep-translator (and requests) nor the
    HTML parser: they are imported when a translation is asked of a machine, or a page given."""
    script = (
        "import json, sys\n"
        "from l10n.cli import main\n"
        f"main(['-C', {str(grain_project)!r}, 'align', 'source/grain-exports.md', '-t', 'ru',"
        f" {str(RU_VERSION)!r}, '--dry-run'], standalone_mode=False)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=grain_project,
    )
    imported = set(json.loads(result.stdout.splitlines()[-1]))
    assert "l10n.align" in imported
    assert not {"deep_translator", "requests", "selectolax", "l10n.page"} & imported


def test_a_merge_accepts_the_next_sentences_figures_and_the_check_agrees(
    grain_project: Path,
) -> None:
    from click.testing import CliRunner

    from l10n.cli import main

    config = load_config(grain_project)
    align_statement(config, grain_project / "source" / STATEMENT.name, [("ar", AR_VERSION)])
    merged = {
        entry.msgid: entry for entry in parse_po(catalog_bytes(grain_project, "ar"), "ar.po").active
    }
    assert merged[EXPORTS].translator_comments == ("l10n-accept: -> ١٢٫٥٪",)
    assert merged[GROWTH].merged and merged[GROWTH].msgstr == ""
    check = CliRunner().invoke(main, ["-C", str(grain_project), "check", "--fail-on", "warning"])
    assert check.exit_code == 0, check.output


def test_build_publishes_a_merged_translation_once() -> None:
    from l10n.build import Translation, localize_block
    from l10n.model import Segment

    block = Block(
        BlockKind.PARAGRAPH,
        f"{EXPORTS} {GROWTH} {WHEAT}",
        1,
        (Segment(EXPORTS, 1), Segment(GROWTH, 1), Segment(WHEAT, 1)),
    )
    merged = "Экспорт зерна достиг 2 080 443 тонн, на 12,5% больше."
    translations = {
        (None, EXPORTS): Translation(merged),
        (None, GROWTH): Translation("", merged=True),
        (None, WHEAT): Translation("Большую часть поставок составила пшеница."),
    }
    localized, gaps = localize_block(block, translations, "ru", "grain.md")
    assert gaps == []
    assert [run.text for run in localized.runs] == [
        f"{merged} Большую часть поставок составила пшеница."
    ]
    # still fuzzy: both sentences fall back to the source (one gap: the entry to review)
    translations[(None, EXPORTS)] = Translation(merged, fuzzy=True)
    localized, gaps = localize_block(block, translations, "ru", "grain.md")
    assert [gap.code for gap in gaps] == ["fuzzy"]
    assert localized.runs[0].text == f"{EXPORTS} {GROWTH}" and localized.runs[0].fallback


PARA = BlockKind.PARAGRAPH


def _convoy_units(count: int, dropped: int | None = None) -> tuple[list[Unit], list[Unit]]:
    """`count` source sentences and their translations, one translation left out."""
    source = [
        sentence_unit(f"The convoy {number} delivered {number * 7} tonnes.", number, "en", PARA)
        for number in range(count)
    ]
    target = [
        sentence_unit(f"Колонна {number} доставила {number * 7} тонн.", number, "ru", PARA)
        for number in range(count)
        if number != dropped
    ]
    return source, target


def test_a_long_document_is_aligned_in_a_band_of_fixed_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past a fixed width the band grows no more: the cells tried grow with the length, not
    its square, and a small drift (a sentence left out) is aligned as in a wider band."""
    monkeypatch.setattr(align, "FULL_LATTICE", 100)
    tried: list[int] = []
    edge_cost = align._edge_cost

    def counted_edge_cost(*arguments: Any) -> float | None:
        tried.append(1)
        return edge_cost(*arguments)

    monkeypatch.setattr(align, "_edge_cost", counted_edge_cost)
    source, target = _convoy_units(80, dropped=40)
    monkeypatch.setattr(align, "WIDEST_BAND", 1000)
    wide = align_units(source, target)
    monkeypatch.setattr(align, "WIDEST_BAND", 20)
    tried.clear()
    narrow = align_units(source, target)
    assert [(bead.source, bead.target) for bead in narrow] == [
        (bead.source, bead.target) for bead in wide
    ]
    assert [bead.kind for bead in narrow].count("1-0") == 1
    cells_at_80 = len(tried)
    tried.clear()
    align_units(*_convoy_units(160, dropped=40))
    assert len(tried) < 2.2 * cells_at_80
