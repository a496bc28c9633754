"""The repository's own sample statements: complete, consistent, and canonical as l10n writes them.

They are the content the README's quick start checks and builds, so they must stay clean; a copy
with one figure changed must not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("pyproject.toml", "source", "locales"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, copy / name)
        else:
            shutil.copy2(source, copy / name)
    return copy


def run(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(project), *args])
    return result.exit_code, result.output


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock file a run leaves behind (it holds nothing)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != ".l10n.lock"
    }


def test_at_least_three_statements_fully_translated(sample: Path) -> None:
    code, output = run(sample, "stats", "--format", "json")
    assert code == 0
    rows = json.loads(output)["catalogs"]
    statements = {row["domain"] for row in rows if row["domain"] != "site"}
    assert len(statements) >= 3
    languages = {row["language"] for row in rows}
    assert languages == {"en", "ru", "ar"}  # English: the site's interface texts only
    assert {row["domain"] for row in rows if row["language"] == "en"} == {"site"}
    for row in rows:
        assert row["fuzzy"] == 0 and row["untranslated"] == 0, row


def test_figures_agree_in_every_language(sample: Path) -> None:
    code, output = run(sample, "check")
    assert code == 0, output


def test_a_changed_figure_in_the_sample_is_caught(sample: Path) -> None:
    catalog = sample / "locales/ru/LC_MESSAGES/returns-2026-03-12.po"
    text = catalog.read_text(encoding="utf-8")
    written = "2\u00a0134\u00a0617"  # as the translator wrote it, with no-break spaces
    assert written in text
    catalog.write_text(text.replace(written, "2\u00a0134\u00a0671"), encoding="utf-8")
    code, output = run(sample, "check")
    assert code == 1
    assert "2,134,671" in output and "2,134,617" in output


def test_update_changes_no_byte(sample: Path) -> None:
    before = snapshot(sample / "locales")
    code, output = run(sample, "update")
    assert code == 0, output
    assert snapshot(sample / "locales") == before


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_catalogs_pass_msgfmt_check() -> None:
    catalogs = sorted((REPO / "locales").rglob("*.po"))
    assert catalogs
    for catalog in catalogs:
        result = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(catalog)], capture_output=True, text=True
        )
        assert result.returncode == 0, (catalog, result.stderr)
