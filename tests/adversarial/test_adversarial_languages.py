"""Language codes that name a script: Russian, English or Arabic written in another script
("ru_RU@latin", "ar-Latn") is not the language whose numbers and sentences l10n reads, and is
refused as unknown; a region, an encoding or another modifier changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.errors import UnknownLanguageError
from l10n.languages import get_language

from .projects import CONFIG, RU_CONVOY, run, tree, updated_project


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("ru_RU", "ru"),
        ("ru-Cyrl-RU", "ru"),
        ("ru_RU.UTF-8", "ru"),
        ("ar-EG", "ar"),
        ("ar-Arab", "ar"),
        ("en_GB@euro", "en"),
        ("en-Latn", "en"),
    ],
)
def test_a_region_encoding_or_the_languages_own_script_is_the_language(
    code: str, language: str
) -> None:
    assert get_language(code).code == language


@pytest.mark.parametrize(
    "code", ["ru_RU@latin", "ru-Latn", "ar-Latn", "en@cyrillic", "RU_ru@Latin"]
)
def test_another_script_is_an_unknown_language(code: str) -> None:
    with pytest.raises(UnknownLanguageError, match="written in its own script"):
        get_language(code)


def test_a_catalog_in_another_script_is_refused_by_every_command(tmp_path: Path) -> None:
    project = updated_project(tmp_path / "project")
    path = project / RU_CONVOY
    text = path.read_text("utf-8")
    path.write_text(text.replace('"Language: ru\\n"', '"Language: ru_RU@latin\\n"'), "utf-8")
    before = tree(project)
    for command in (["update"], ["stats"], ["check"], ["build"], ["check", str(path)]):
        code, output = run(project, *command)
        assert code == 2, (command, output)
        assert "ru_RU@latin" in output and "written in its own script" in output, output
    assert tree(project) == before


def test_a_target_language_in_another_script_is_refused_in_the_configuration(
    tmp_path: Path,
) -> None:
    project = updated_project(tmp_path / "project")
    config = project / CONFIG
    config.write_text(config.read_text("utf-8").replace('"ru"', '"ru-Latn"', 1), "utf-8")
    code, output = run(project, "update")
    assert code == 2 and "ru-Latn" in output, output
