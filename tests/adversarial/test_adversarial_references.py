"""A translation's HTML character references are read as the page shows them.

The page renders a translation as Markdown, which decodes "&#48;", "&#x30;" and "&frac12;"; the
figure check must compare what a reader sees, or "27&#48;" passes as 27 and the page says 270.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs
from l10n.cli import main
from l10n.forbidden import as_shown, without_invisible
from l10n.po import parse_po, serialize_po
from l10n.site import plain_text

RU = "locales/ru/LC_MESSAGES/grain-exports-q1.po"


def figure_codes(source: str, translation: str) -> list[str]:
    entry = CatalogEntry(source, (translation,), 9)
    catalog = CatalogUnderCheck("ru.po", "ru", [entry])
    return [finding.code for finding in check_catalogs([catalog], "en").findings]


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The convoy had 27 lorries.", "В колонне было 27&#48; грузовиков."),  # shows 270
        ("The convoy had 27 lorries.", "В колонне было &#x31;27 грузовиков."),  # shows 127
        ("The convoy had 27 lorries.", "В колонне было 2&#X37;&#0000056; грузовиков."),  # 278
        ("The price was 5 dollars.", "Цена составила 5&frac12; доллара."),  # shows 5½
        ("Arrivals: 55, departures: 50.", "Прибыло &#55;, уехало &#50;."),  # shows 7 and 2
    ],
)
def test_a_reference_that_changes_the_figure_on_the_page_is_reported(
    source: str, translation: str
) -> None:
    assert "number-changed" in figure_codes(source, translation)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("The convoy had 27 lorries.", "В колонне было &#50;&#55; грузовиков."),
        ("The convoy had 27 lorries.", "В колонне было 2&#x37; грузовиков."),
        ("They delivered 5,000 tonnes.", "Доставлено 5&nbsp;000 тонн."),
        ("They delivered 5,000 tonnes.", "Доставлено 5 000 тонн (AT&T, R&D; &unknown;)."),
        ("The convoy had 27 lorries.", "В колонне было 27 грузовиков &amp;#48;."),
    ],
)
def test_a_reference_the_page_shows_as_the_same_figure_is_not_reported(
    source: str, translation: str
) -> None:
    assert figure_codes(source, translation) == []


def page_words(text: str) -> str:
    """`text` with its white space as a page shows it: one space between words."""
    return " ".join(text.split())


REFERENCES = [
    "&#48;",
    "&#x30;",
    "&#X30;",
    "&#0000048;",  # 7 digits: decoded
    "&#00000048;",  # 8 digits: shown as written
    "&#x0000030;",  # 7 hexadecimal digits: shown as written
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&#x80;",
    "&#xFFFE;",
    "&#9;",
    "&frac12;",
    "&nbsp;",
    "&amp;#48;",
    "&nosuchname;",
    "&#;",
    "&#x;",
    "&48;",
    "&#48",
]


@pytest.mark.parametrize("reference", REFERENCES)
def test_a_reference_is_decoded_as_the_page_decodes_it(reference: str) -> None:
    text = f"Было 1{reference}2 человек."
    assert page_words(as_shown(text)) == plain_text(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*REFERENCES, "&", "#", ";", "x", "1", " "]),
            st.integers(min_value=0, max_value=0x11FFFF).map(lambda code: f"&#{code};"),
            st.integers(min_value=0, max_value=0x11FFFF).map(lambda code: f"&#x{code:X};"),
        ),
        max_size=8,
    )
)
def test_any_run_of_references_is_read_as_the_page_shows_it(pieces: list[str]) -> None:
    text = "Было " + "".join(pieces) + " человек."
    # `as_shown` also leaves out the characters no reader sees ("&#173;", a soft hyphen).
    assert page_words(as_shown(text)) == page_words(without_invisible(plain_text(text)))


def run(project: Path, *arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["-C", str(project), *arguments])
    return result.exit_code, result.stdout, result.stderr


def translate_all(project: Path, figure_text: str, translation: str) -> None:
    """Every entry of the Russian catalog translated with its msgid; the one holding
    `figure_text` with `translation`."""
    path = project / RU
    catalog = parse_po(path.read_bytes(), RU)
    entries = tuple(
        replace(entry, msgstr=translation if figure_text in entry.msgid else entry.msgid)
        for entry in catalog.entries
    )
    path.write_bytes(serialize_po(replace(catalog, entries=entries)))


def test_check_and_build_refuse_a_figure_a_reference_changes(press_project: Path) -> None:
    figure_text = "30 April 2026"
    translate_all(press_project, figure_text, "Данные выйдут 30&#48; апреля 2026 г.")
    code, stdout, _ = run(press_project, "check", "--lang", "ru", "--format", "json")
    assert code == 1
    findings = json.loads(stdout)["findings"]
    codes = {finding["code"] for finding in findings}
    assert codes and all(code.startswith("number-") for code in codes), codes
    code, _, stderr = run(press_project, "build", "--allow-partial")
    assert code == 1 and "number-" in stderr
    assert not (press_project / "site").exists()


def test_a_reference_showing_the_same_figure_passes_check(press_project: Path) -> None:
    figure_text = "30 April 2026"
    translate_all(press_project, figure_text, "Данные выйдут &#51;&#48; апреля 2026 г.")
    code, stdout, _ = run(press_project, "check", "--lang", "ru", "--format", "json")
    assert json.loads(stdout)["findings"] == [], stdout
    assert code == 0
