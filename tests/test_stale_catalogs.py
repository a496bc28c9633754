"""Catalogs out of date with their statements: `check` reports them, `build` refuses them, and
`update --check` tells CI that an update would change a file, writing nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner, Result

from l10n.catalog import sentences_out_of_date
from l10n.cli import main
from l10n.po import Catalog, Entry, parse_po, serialize_po

STATEMENT = "source/grain-exports-q1.md"
RU = "locales/ru/LC_MESSAGES/grain-exports-q1.po"
TONNES = "1,240,500 tonnes"
EXPORTS = (
    "Grain exports reached 1,240,500 tonnes in the first quarter of 2026, "
    "up 12.5% on a year earlier."
)
EXPORTS_RU = "Экспорт зерна в первом квартале 2026 г. достиг 1 240 500 т, на 12,5 % больше."


def run(project: Path, *arguments: str) -> Result:
    return CliRunner().invoke(main, ["-C", str(project), *arguments])


def translate(project: Path, path: str, msgid: str, msgstr: str) -> None:
    file = project / path
    catalog = parse_po(file.read_bytes(), path)
    entries = tuple(
        replace(entry, msgstr=msgstr) if entry.msgid == msgid else entry
        for entry in catalog.entries
    )
    file.write_bytes(serialize_po(replace(catalog, entries=entries)))


def change_source(project: Path, old: str, new: str) -> None:
    source = project / STATEMENT
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_sentences_out_of_date_are_the_new_and_the_gone_ones() -> None:
    kept, old, new = Entry("Kept."), Entry("Old 5."), Entry("New 6.")
    catalog = Catalog(entries=(kept, old, replace(Entry("Obsolete."), obsolete=True)))
    assert sentences_out_of_date([kept, new], catalog) == ([new], [old])
    assert sentences_out_of_date([kept, old], catalog) == ([], [])
    with_context = replace(old, msgctxt="title")
    assert sentences_out_of_date([kept, with_context], catalog) == ([with_context], [old])


def test_check_reports_a_figure_changed_only_in_the_source_as_a_stale_catalog(
    press_project: Path,
) -> None:
    translate(press_project, RU, EXPORTS, EXPORTS_RU)
    assert run(press_project, "check").exit_code == 0
    change_source(press_project, TONNES, "1,240,600 tonnes")

    result = run(press_project, "check", "--format", "json")
    assert result.exit_code == 1, result.output
    stale = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "catalog-stale"]
    assert {finding["language"] for finding in stale} == {"ru", "ar"}
    ru = next(finding for finding in stale if finding["language"] == "ru")
    assert ru["file"].endswith(RU)
    assert ru["severity"] == "error"
    assert f"out of date with {STATEMENT}: run `l10n update`" in ru["message"]
    assert "1,240,600 tonnes" in ru["message"] and TONNES in ru["message"]

    assert run(press_project, "update").exit_code == 0
    assert "catalog-stale" not in run(press_project, "check").output


def test_check_names_a_statement_that_has_no_catalog_yet(press_project: Path) -> None:
    text = (press_project / STATEMENT).read_text(encoding="utf-8")
    (press_project / "source" / "second.md").write_text(
        text.replace("slug: grain-exports-q1", "slug: second"), encoding="utf-8"
    )
    result = run(press_project, "check", "--lang", "ru")
    assert result.exit_code == 1
    assert "no ru catalog for source/second.md: run `l10n update`" in result.output
    assert "[ar]" not in result.output


def test_update_check_says_what_would_change_and_writes_nothing(press_project: Path) -> None:
    assert run(press_project, "update", "--check").exit_code == 0
    change_source(press_project, TONNES, "1,240,600 tonnes")
    before = files(press_project)
    result = run(press_project, "update", "--check")
    assert result.exit_code == 1
    assert f"would be updated {RU}" in result.output
    assert "3 files out of date: run `l10n update`" in result.stderr
    assert files(press_project) == before
    assert run(press_project, "update").exit_code == 0
    assert run(press_project, "update", "--check").exit_code == 0


def test_build_refuses_catalogs_out_of_date_whatever_it_is_allowed(press_project: Path) -> None:
    translate(press_project, RU, EXPORTS, EXPORTS_RU)
    change_source(press_project, TONNES, "1,240,600 tonnes")
    for options in ([], ["--allow-partial", "--force"]):
        result = run(press_project, "build", *options)
        assert result.exit_code == 1
        assert f"catalogs are out of date with {STATEMENT}: run `l10n update`" in result.stderr
        # The translation is there, under the old text (the site's own words are untranslated).
        assert not [
            line
            for line in result.stderr.splitlines()
            if "untranslated" in line and "site.po" not in line
        ]
        assert not (press_project / "site").exists()
