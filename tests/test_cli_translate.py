"""`l10n align`, `l10n tm` and `l10n translate` as a user runs them, with a real MT server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from libre_server import closed_port_url, libre_server

from l10n.cli import main
from l10n.po import Catalog, Entry, parse_po, serialize_po

DATA = Path(__file__).parent / "data" / "align"
SLUG = "grain-exports"
RU = f"locales/ru/LC_MESSAGES/{SLUG}.po"
AR = f"locales/ar/LC_MESSAGES/{SLUG}.po"
EXPORTS = "Grain exports reached 2,080,443 tonnes in the first quarter of 2026."
EXPORTS_AR = "بلغت صادرات الحبوب ٢٬٠٨٠٬٤٤٣ طناً في الربع الأول من عام ٢٠٢٦."


def run(project: Path, *arguments: str) -> Result:
    return CliRunner().invoke(main, ["-C", str(project), *arguments])


def catalog(project: Path, path: str) -> Catalog:
    return parse_po((project / path).read_bytes(), path)


def entry(project: Path, path: str, msgid: str) -> Entry:
    return next(entry for entry in catalog(project, path).active if entry.msgid == msgid)


def test_align_fills_the_catalogs_from_existing_versions(grain_project: Path) -> None:
    result = run(
        grain_project,
        "align",
        str(grain_project / "source" / f"{SLUG}.md"),
        "--translation",
        "ru",
        str(DATA / f"{SLUG}.ru.md"),
        "-t",
        "ar",
        str(DATA / f"{SLUG}.ar.txt"),
    )
    assert result.exit_code == 0, result.output
    assert "ru:" in result.output and "8 filled (0 fuzzy)" in result.output
    assert "1 2-1" in result.output
    arabic = entry(grain_project, AR, EXPORTS)
    assert arabic.fuzzy and "٢٬٠٨٠٬٤٤٣" in arabic.msgstr


def test_align_with_an_unknown_language_exits_2(grain_project: Path) -> None:
    result = run(
        grain_project,
        "align",
        str(grain_project / "source" / f"{SLUG}.md"),
        "-t",
        "fr",
        str(DATA / f"{SLUG}.ru.md"),
    )
    assert result.exit_code == 2
    assert "unknown language 'fr'" in result.output


def aligned_russian(project: Path) -> None:
    result = run(
        project,
        "align",
        str(project / "source" / f"{SLUG}.md"),
        "-t",
        "ru",
        str(DATA / f"{SLUG}.ru.md"),
    )
    assert result.exit_code == 0, result.output


def without_interface_translations(project: Path) -> None:
    """The site.po catalogs as a project starts them without l10n's own translations."""
    for language in ("ru", "ar"):
        path = project / "locales" / language / "LC_MESSAGES" / "site.po"
        interface = parse_po(path.read_bytes(), str(path))
        blank = tuple(replace(entry, msgstr="") for entry in interface.entries)
        path.write_bytes(serialize_po(replace(interface, entries=blank)))


def test_tm_import_then_lookup(grain_project: Path) -> None:
    aligned_russian(grain_project)
    without_interface_translations(grain_project)  # the statement's sentences only
    result = run(grain_project, "tm", "import")
    assert result.exit_code == 0, result.output
    assert f"     8 {RU}" in result.output
    assert "8 units from 4 catalogs in .l10n/tm.sqlite3: 8 added, 0 removed" in result.output
    assert "importing catalogs" not in result.output  # no progress bar off a terminal
    assert (grain_project / ".l10n" / "tm.sqlite3").is_file()
    again = run(grain_project, "tm", "import")
    assert "8 units from 4 catalogs in .l10n/tm.sqlite3: 0 added, 0 removed" in again.output
    found = run(grain_project, "tm", "lookup", EXPORTS.replace("first", "second"), "--lang", "ru")
    assert found.exit_code == 0
    assert "2 080 443" in found.output
    assert "figures differ" not in found.output
    changed = EXPORTS.replace("2,080,443", "2,080,434")
    fuzzy = run(grain_project, "tm", "lookup", changed, "--lang", "ru")
    assert "figures differ: 2,080,434 vs 2,080,443 (yours vs the memory's sentence)" in (
        fuzzy.output
    )
    missing = run(grain_project, "tm", "lookup", "Nothing like it.", "--lang", "ar")
    assert missing.exit_code == 1
    assert "no match: nothing in the memory (8 units)" in missing.output
    assert "from en into ar" in missing.output
    unknown = run(grain_project, "tm", "lookup", "Nothing like it.", "--lang", "fr")
    assert unknown.exit_code == 2 and "unknown language 'fr'" in unknown.output
    source = run(grain_project, "tm", "lookup", "Nothing like it.", "--lang", "en")
    assert source.exit_code == 2 and "not a target language" in source.output


def test_translate_takes_the_memory_first_then_the_machine(grain_project: Path) -> None:
    aligned_russian(grain_project)
    assert run(grain_project, "tm", "import").exit_code == 0
    # A second statement sharing one sentence with the first: the memory knows it.
    (grain_project / "source" / "second.md").write_text(
        "---\ntitle: Grain exports rose again\nslug: second\npublished: 2026-05-14\n---\n"
        f"{EXPORTS} Exports will be reported monthly.\n"
    )
    assert run(grain_project, "update").exit_code == 0
    with libre_server() as server:
        result = run(
            grain_project, "translate", "--lang", "ru", "--mt", "libre", "--mt-url", server.url
        )
    assert result.exit_code == 0, result.output
    memory = entry(grain_project, "locales/ru/LC_MESSAGES/second.po", EXPORTS)
    assert memory.fuzzy and memory.msgstr.startswith("В первом квартале 2026 года")
    assert "l10n: from translation memory (100%" in memory.extracted_comments[-1]
    machine = entry(
        grain_project, "locales/ru/LC_MESSAGES/second.po", "Exports will be reported monthly."
    )
    assert machine.fuzzy and machine.msgstr == "[ru] Exports will be reported monthly."
    assert machine.extracted_comments[-1] == "l10n: machine translation (libre)"
    assert {request["target"] for request in server.requests} == {"ru"}
    assert EXPORTS not in {request["q"] for request in server.requests}
    assert "no translation memory" not in result.stderr
    reviewed = entry(grain_project, RU, EXPORTS)
    assert not reviewed.fuzzy  # the aligned translation is not touched
    assert "from memory" in result.output and "all fuzzy" in result.output


def test_a_suggestion_with_different_figures_says_which(grain_project: Path) -> None:
    with libre_server() as server:
        server.translate = lambda text, source, target: (
            EXPORTS_AR.replace("٤٤٣", "٤٣٤") if text == EXPORTS else f"[{target}] {text}"
        )
        result = run(
            grain_project, "translate", "--lang", "ar", "--mt", "libre", "--mt-url", server.url
        )
    assert result.exit_code == 0, result.output
    suggested = entry(grain_project, AR, EXPORTS)
    assert suggested.fuzzy
    assert suggested.extracted_comments[-1] == (
        "l10n: figures differ from the source; not in the suggestion: 2,080,443; "
        "not in the source: ٢٬٠٨٠٬٤٣٤"
    )
    assert "with differing figures" in result.output


def test_a_suggestion_that_mangles_a_placeholder_says_so(grain_project: Path) -> None:
    # l10n fills in its own translation of its templates' texts: take it out to ask the machine.
    without_interface_translations(grain_project)
    with libre_server() as server:
        server.translate = lambda text, source, target: text.replace("%(count)s", "% (count) s")
        result = run(
            grain_project, "translate", "--lang", "ru", "--mt", "libre", "--mt-url", server.url
        )
    assert result.exit_code == 0, result.output
    counted = next(
        entry
        for entry in catalog(grain_project, "locales/ru/LC_MESSAGES/site.po").active
        if "%(count)s" in entry.msgid
    )
    assert counted.fuzzy
    assert counted.extracted_comments[-1] == (
        "l10n: placeholders differ from the source; missing %(count)s"
    )


@pytest.mark.parametrize("behaviour", [429, 403, 500, "hang", "refused"])
def test_a_failing_provider_exits_2_and_leaves_every_catalog_as_it_was(
    grain_project: Path, behaviour: str | int
) -> None:
    before = {path: (grain_project / path).read_bytes() for path in (RU, AR)}
    if behaviour == "refused":
        result = run(grain_project, "translate", "--mt", "libre", "--mt-url", closed_port_url())
    else:
        with libre_server(behaviour) as server:
            result = run(
                grain_project,
                "translate",
                "--mt",
                "libre",
                "--mt-url",
                server.url,
                "--mt-timeout",
                "1",
            )
    assert result.exit_code == 2
    error = result.stderr.splitlines()[-1]
    assert error.startswith("l10n: error: locales/ru/LC_MESSAGES/grain-exports.po: libre (")
    assert error.endswith("no catalog was changed")
    assert {path: (grain_project / path).read_bytes() for path in (RU, AR)} == before


def test_limit_and_dry_run(grain_project: Path) -> None:
    before = (grain_project / RU).read_bytes()
    with libre_server() as server:
        dry = run(grain_project, "translate", "--mt", "libre", "--mt-url", server.url, "--dry-run")
        assert dry.exit_code == 0 and "would update" in dry.output
        assert (grain_project / RU).read_bytes() == before
        limited = run(
            grain_project,
            "translate",
            "--lang",
            "ru",
            "--mt",
            "libre",
            "--mt-url",
            server.url,
            "--limit",
            "2",
        )
    assert limited.exit_code == 0, limited.output
    filled = [entry for entry in catalog(grain_project, RU).active if entry.msgstr]
    assert len(filled) == 2 and all(entry.fuzzy for entry in filled)


def test_without_memory_or_provider_nothing_changes(grain_project: Path) -> None:
    before = (grain_project / RU).read_bytes()
    result = run(grain_project, "translate", "--no-tm")
    assert result.exit_code == 0
    assert "no translation memory" not in result.output
    assert "0 suggestions from memory, 0 from machine translation" in result.output
    assert (grain_project / RU).read_bytes() == before


def test_an_mt_url_without_a_provider_is_a_usage_error(grain_project: Path) -> None:
    result = run(grain_project, "translate", "--mt-url", "http://127.0.0.1:9/")
    assert result.exit_code == 2
    assert "--mt-url needs --mt libre" in result.output
