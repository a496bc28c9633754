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
