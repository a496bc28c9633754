"""Fixtures shared by the test modules: sample projects copied into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from l10n.catalog import update
from l10n.config import load_config

DATA = Path(__file__).parent / "data"


@pytest.fixture
def build_project(tmp_path: Path) -> Path:
    """The build sample: two statements, translated into Russian and Arabic, with site.po."""
    folder = tmp_path / "project"
    shutil.copytree(DATA / "build" / "project", folder)
    return folder


@pytest.fixture
def grain_project(tmp_path: Path) -> Path:
    """One English statement (grain exports) whose Russian and Arabic catalogs are created
    empty by `update`, ready for existing versions to be aligned into them."""
    (tmp_path / "source").mkdir()
    shutil.copy(DATA / "align" / "grain-exports.md", tmp_path / "source" / "grain-exports.md")
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru", "ar"]\n')
    update(load_config(tmp_path))
    return tmp_path


@pytest.fixture
def press_project(tmp_path: Path) -> Path:
    """A project as `l10n init` makes it, with its catalogs made by `l10n update` (untranslated):
    one statement, grain-exports-q1, in English, to translate into Russian and Arabic."""
    from click.testing import CliRunner

    from l10n.cli import main

    folder = tmp_path / "press"
    for arguments in (["init", str(folder)], ["-C", str(folder), "update"]):
        result = CliRunner().invoke(main, arguments)
        assert result.exit_code == 0, result.output
    return folder
