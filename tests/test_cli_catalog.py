"""`l10n init/extract/update/stats` as a user runs them, bad input, and two runs at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from l10n.cli import main
from l10n.fsutil import locked
from l10n.po import parse_po, serialize_po

STATEMENT = "source/grain-exports-q1.md"
RU = "locales/ru/LC_MESSAGES/grain-exports-q1.po"
AR = "locales/ar/LC_MESSAGES/grain-exports-q1.po"
POT = "locales/templates/grain-exports-q1.pot"
FIGURES = "The ministry will publish the full figures on 30 April 2026."
FIGURES_RU = "Министерство опубликует полные данные 30 апреля 2026 г."
EXPORTS = (
    "Grain exports reached 1,240,500 tonnes in the first quarter of 2026, "
    "up 12.5% on a year earlier."
)
EXPORTS_RU = (
    "Экспорт зерна в первом квартале 2026 г. достиг 1 240 500 т, "
    "что на 12,5 % больше, чем годом ранее."
)


def run(project: Path, *arguments: str) -> Result:
    return CliRunner().invoke(main, ["-C", str(project), *arguments])


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def set_translations(path: Path, translations: dict[str, str]) -> None:
    catalog = parse_po(path.read_bytes(), str(path))
    entries = tuple(
        replace(entry, msgstr=translations[entry.msgid]) if entry.msgid in translations else entry
        for entry in catalog.entries
    )
    path.write_bytes(serialize_po(replace(catalog, entries=entries)))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "press"
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def translated(project: Path) -> Path:
    assert run(project, "update").exit_code == 0
    set_translations(project / RU, {FIGURES: FIGURES_RU, EXPORTS: EXPORTS_RU})
    return project


def test_init_extract_update_edit_change_update(project: Path) -> None:
    result = run(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"created   {POT}" in result.output
    assert (project / POT).is_file()

    result = run(project, "update")
    assert result.exit_code == 0, result.output
    assert f"created   {RU}" in result.output and f"created   {AR}" in result.output

    set_translations(project / RU, {FIGURES: FIGURES_RU, EXPORTS: EXPORTS_RU})
    source = project / STATEMENT
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("30 April", "29 April").replace(EXPORTS, "Exports fell."))

    result = run(project, "update")
    assert result.exit_code == 0, result.output
    written = (project / RU).read_text(encoding="utf-8")
    assert "#, fuzzy\n#| msgid" in written
    assert f'#| msgid "{FIGURES}"' in written
    assert f'msgstr "{FIGURES_RU}"' in written
    assert '#~ msgid ""\n#~ "Grain exports reached' in written
    assert "#~ msgstr" in written

    before = snapshot(project)
    result = run(project, "update")
    assert result.exit_code == 0
    assert "0 files written" in result.output
    assert snapshot(project) == before


def test_update_without_extract_uses_the_templates_on_disk(project: Path) -> None:
    assert run(project, "extract").exit_code == 0
    source = project / STATEMENT
    source.write_text(source.read_text(encoding="utf-8") + "\nA sentence added later.\n")
    result = run(project, "update", "--no-extract", "--lang", "ru")
    assert result.exit_code == 0, result.output
    assert "A sentence added later." not in (project / RU).read_text(encoding="utf-8")
    assert not (project / AR).exists()


def test_stats_text_and_json(translated: Path) -> None:
    result = run(translated, "stats")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "lang", "catalog", "translated", "fuzzy", "untranslated", "obsolete", "done",
    ]  # fmt: skip
    ru_row = next(line for line in lines if line.startswith("ru") and "grain-exports-q1" in line)
    assert ru_row.split()[2:6] == ["2", "0", "3", "0"]

    result = run(translated, "stats", "--format", "json", "--lang", "ru")
    payload = json.loads(result.output)
    row = next(item for item in payload["catalogs"] if item["domain"] == "grain-exports-q1")
    assert row == {
        "language": "ru",
        "domain": "grain-exports-q1",
        "path": RU,
        "translated": 2,
        "fuzzy": 0,
        "untranslated": 3,
        "obsolete": 0,
        "exists": True,
        "total": 5,
    }
    assert {item["language"] for item in payload["catalogs"]} == {"ru"}


def test_init_refuses_an_existing_project(project: Path) -> None:
    before = snapshot(project)
    result = CliRunner().invoke(main, ["init", str(project)])
    assert result.exit_code == 2
    assert f"{project / 'l10n.toml'}: already an l10n project" in result.stderr
    assert snapshot(project) == before


# --- Bad input: exit 2, the file and line named, no file touched ----------------------------


def break_catalog(project: Path) -> str:
    path = project / AR
    lines = path.read_text(encoding="utf-8").splitlines()
    line = len(lines) + 2
    path.write_text("\n".join(lines) + '\n\nmsgid "unterminated\nmsgstr ""\n', encoding="utf-8")
    return f"{AR}:{line}:"


def break_catalog_encoding(project: Path) -> str:
    path = project / RU
    data = path.read_bytes().replace(FIGURES_RU.encode(), FIGURES_RU.encode("cp1251"))
    path.write_bytes(data)
    line = data[: data.index(FIGURES_RU.encode("cp1251"))].count(b"\n") + 1
    return f"{RU}:{line}: not UTF-8"


def break_front_matter(project: Path) -> str:
    path = project / STATEMENT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("slug: grain-exports-q1", "slug: [grain"), encoding="utf-8")
    return f"{STATEMENT}:"


def break_encoding(project: Path) -> str:
    path = project / STATEMENT
    data = path.read_bytes().replace(b"The ministry will", "Министерство".encode("cp1251"))
    path.write_bytes(data)
    line = data[: data.index("Министерство".encode("cp1251"))].count(b"\n") + 1
    return f"{STATEMENT}:{line}: not UTF-8"


def break_language(project: Path) -> str:
    path = project / "l10n.toml"
    text = path.read_text()
    path.write_text(text.replace('["ru", "ar"]', '["ru", "xx"]'))
    line = text[: text.index('["ru", "ar"]')].count("\n") + 1
    return f"l10n.toml:{line}: unknown language 'xx'"


def remove_sources(project: Path) -> str:
    shutil.rmtree(project / "source")
    return "source: source folder not found"


@pytest.mark.parametrize(
    "spoil",
    [
        break_catalog,
        break_catalog_encoding,
        break_front_matter,
        break_encoding,
        break_language,
        remove_sources,
    ],
    ids=[
        "malformed-po",
        "non-utf8-po",
        "front-matter",
        "non-utf8-source",
        "unknown-language",
        "no-sources",
    ],
)
@pytest.mark.parametrize("command", ["update", "extract"])
def test_bad_input_exits_2_naming_the_file_and_touches_nothing(
    translated: Path, spoil: object, command: str
) -> None:
    assert callable(spoil)
    expected = spoil(translated)
    before = snapshot(translated)
    result = run(translated, command)
    if command == "extract" and spoil in (break_catalog, break_catalog_encoding):
        assert result.exit_code == 0  # extract reads no language catalog
        return
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("l10n: error: ")
    assert expected in result.stderr
    assert snapshot(translated) == before


def test_unknown_language_option_exits_2(translated: Path) -> None:
    before = snapshot(translated)
    result = run(translated, "update", "--lang", "xx")
    assert result.exit_code == 2
    assert "unknown language 'xx'" in result.stderr
    assert snapshot(translated) == before


def test_missing_configuration_file_exits_2(translated: Path) -> None:
    result = CliRunner().invoke(
        main, ["-C", str(translated), "--config", str(translated / "missing.toml"), "update"]
    )
    assert result.exit_code == 2
    assert "missing.toml: configuration file not found" in result.stderr


# --- Two runs at once ------------------------------------------------------------------------


def test_two_updates_at_once_leave_valid_catalogs_and_lose_nothing(translated: Path) -> None:
    source = translated / STATEMENT
    original = source.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "l10n", "-C", str(translated), "update"]
    for round_number, date in enumerate(("29 April", "28 April", "30 April")):
        source.write_text(original.replace("30 April", date) + f"\nRound {round_number}.\n")
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)]
        runs.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        for process in runs:
            _, error = process.communicate(timeout=120)
            assert process.returncode == 0, error.decode()
        written = parse_po((translated / RU).read_bytes(), RU)
        texts = {entry.msgstr for entry in written.entries}
        assert {FIGURES_RU, EXPORTS_RU} <= texts
        assert [path.name for path in translated.rglob("*.tmp")] == []
        if shutil.which("msgfmt"):
            for path in translated.joinpath("locales").rglob("*.po"):
                checked = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)])
                assert checked.returncode == 0
    final = parse_po((translated / RU).read_bytes(), RU)
    active = {entry.msgid: entry for entry in final.active}
    assert active[FIGURES].msgstr == FIGURES_RU  # carried through every round, fuzzy since round 1
    # The text the translation was written for, through every unreviewed change (as msgmerge).
    assert active[FIGURES].previous_msgid == FIGURES


def test_update_waits_for_the_lock_held_by_another_run(translated: Path) -> None:
    source = translated / STATEMENT
    source.write_text(source.read_text(encoding="utf-8") + "\nA late sentence.\n")
    before = snapshot(translated)
    command = [sys.executable, "-m", "l10n", "-C", str(translated), "update"]
    with locked(translated):  # the project lock, as update takes it
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=3)  # still waiting for the lock
        assert snapshot(translated) == {**before, ".l10n.lock": b""}
    _, error = process.communicate(timeout=120)
    assert process.returncode == 0, error.decode()
    assert "A late sentence." in (translated / RU).read_text(encoding="utf-8")
    assert not (translated / ".l10n.lock").exists()  # the waiting run took a new lock, and let go


def test_misspelt_front_matter_field_stops_update_with_file_and_line(translated: Path) -> None:
    source = translated / STATEMENT
    source.write_text(source.read_text().replace("signatories:", "signatores:"))
    before = snapshot(translated)
    result = run(translated, "update")
    assert result.exit_code == 2
    assert f"{STATEMENT}:6: unknown front-matter field 'signatores'" in result.output
    assert "did you mean 'signatories'?" in result.output
    assert snapshot(translated) == before  # the signatures' translations are not made obsolete


# --- Statements that are gone ------------------------------------------------------------------

RETIRED = "locales/retired/grain-exports-q1"


def test_update_reports_the_catalogs_of_a_deleted_statement_and_keeps_them(
    translated: Path,
) -> None:
    (translated / STATEMENT).unlink()
    before = {path: (translated / path).read_bytes() for path in (POT, RU, AR)}
    result = run(translated, "update")
    assert result.exit_code == 0, result.output
    for path in (POT, RU, AR):
        assert f"orphaned  {path}\n" in result.stdout
    assert "of no statement (deleted or renamed): 3 files" in result.stderr
    assert "`l10n update --prune`" in result.stderr
    assert {path: (translated / path).read_bytes() for path in before} == before  # untouched


def test_update_prune_moves_them_aside_and_stats_forgets_them(translated: Path) -> None:
    kept = {path: (translated / path).read_bytes() for path in (POT, RU, AR)}
    (translated / STATEMENT).unlink()
    result = run(translated, "update", "--prune")
    assert result.exit_code == 0, result.output
    assert f"retired   {RU} -> {RETIRED}/ru/LC_MESSAGES/grain-exports-q1.po" in result.output
    for path, data in kept.items():
        assert not (translated / path).exists()
        moved = translated / RETIRED / Path(path).relative_to("locales")
        assert moved.read_bytes() == data  # moved, not rewritten
    stats = json.loads(run(translated, "stats", "--format", "json").output)
    assert {row["domain"] for row in stats["catalogs"]} == {"site"}
    again = run(translated, "update")
    assert "orphaned" not in again.output and "retired" not in again.output


def test_a_statement_retired_twice_never_overwrites_the_first(translated: Path) -> None:
    statement = (translated / STATEMENT).read_bytes()
    (translated / STATEMENT).unlink()
    assert run(translated, "update", "--prune").exit_code == 0
    (translated / STATEMENT).write_bytes(statement)
    assert run(translated, "update").exit_code == 0
    (translated / STATEMENT).unlink()
    result = run(translated, "update", "--prune")
    assert result.exit_code == 0, result.output
    assert f"{RETIRED}-2/ru/LC_MESSAGES/grain-exports-q1.po" in result.output
    first = parse_po((translated / RETIRED / "ru/LC_MESSAGES/grain-exports-q1.po").read_bytes(), "")
    assert FIGURES_RU in {entry.msgstr for entry in first.entries}


def test_without_extracting_a_catalog_with_no_template_is_orphaned(translated: Path) -> None:
    (translated / POT).unlink()
    result = run(translated, "update", "--no-extract")
    assert result.exit_code == 0, result.output
    assert f"orphaned  {RU}" in result.output and f"orphaned  {AR}" in result.output


KILLED_WRITE = """
import os, signal, sys
from pathlib import Path
import l10n.fsutil as fsutil
# Killed between writing the temporary file and renaming it over the catalog.
fsutil.os.replace = lambda *_: os.kill(os.getpid(), signal.SIGKILL)
fsutil.atomic_write_bytes(Path(sys.argv[1]), b"half of a new catalog")
"""


def test_update_removes_the_temporary_file_of_a_write_killed_before_its_rename(
    translated: Path,
) -> None:
    catalog = translated / RU
    before = catalog.read_bytes()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITE, str(catalog)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    assert catalog.read_bytes() == before
    (left,) = (path for path in catalog.parent.iterdir() if path.name.endswith(".tmp"))
    mine = catalog.parent / ".notes.tmp"  # a file of someone else's, named alike
    mine.write_text("mine", "utf-8")
    assert run(translated, "update").exit_code == 0
    assert not left.exists()
    assert mine.read_text("utf-8") == "mine"
    assert parse_po(catalog.read_bytes(), RU).entries == parse_po(before, RU).entries
