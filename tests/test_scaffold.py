"""`l10n init`: a new project in any source language, what git ignores, and what it refuses."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from l10n.catalog import update
from l10n.config import load_config
from l10n.errors import ConfigError
from l10n.scaffold import SAMPLES, init_project
from l10n.sources import parse_statement


def init(*arguments: str) -> tuple[int, str]:
    from l10n.cli import main

    result = CliRunner().invoke(main, ["init", *arguments])
    return result.exit_code, result.output


def files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_new_project_updates_and_its_sample_is_in_the_source_language(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    init_project(folder)
    config = load_config(folder)
    assert (config.source_lang, config.target_langs) == ("en", ("ru", "ar"))
    assert config.site.name == SAMPLES["en"].site_name
    changes = update(config)
    assert "locales/ru/LC_MESSAGES/grain-exports-q1.po" in {change.path for change in changes}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_every_sample_statement_reads_in_its_language(language: str) -> None:
    document = parse_statement(SAMPLES[language].statement.encode(), "sample.md", language)
    assert len(document.segments()) >= 5


def test_init_takes_the_source_and_target_languages(tmp_path: Path) -> None:
    folder = tmp_path / "press"
    code, output = init(str(folder), "--source-lang", "ru", "--target-langs", "en,ar")
    assert code == 0, output
    settings = tomllib.loads((folder / "l10n.toml").read_text("utf-8"))
    assert (settings["source-lang"], settings["target-langs"]) == ("ru", ["en", "ar"])
    assert settings["site"]["name"] == SAMPLES["ru"].site_name
    assert settings["locales"] == {"ar": "ar_SY"}
    statement = (folder / "source" / "grain-exports-q1.md").read_text("utf-8")
    assert "Экспорт зерна" in statement
    update(load_config(folder))
    english = polib.pofile(str(folder / "locales/en/LC_MESSAGES/grain-exports-q1.po"))
    assert english.find("Министерство опубликует полные данные 30 апреля 2026 г.") is not None
    # The templates' English needs Russian: the source language has interface texts too.
    assert (folder / "locales/ru/LC_MESSAGES/site.po").is_file()


def test_target_languages_may_be_repeated_and_default_to_the_others(tmp_path: Path) -> None:
    code, _ = init(str(tmp_path / "a"), "--source-lang", "ar", "--target-langs", "en")
    assert code == 0
    assert load_config(tmp_path / "a").target_langs == ("en",)
    code, _ = init(str(tmp_path / "b"), "--source-lang", "ar")
    assert code == 0
    assert load_config(tmp_path / "b").target_langs == ("en", "ru")
    code, _ = init(str(tmp_path / "c"), "--target-langs", "ar", "--target-langs", "ru")
    assert code == 0
    assert load_config(tmp_path / "c").target_langs == ("ar", "ru")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--source-lang", "fr"), "unknown language 'fr'"),
        (("--target-langs", "ru,xx"), "unknown language 'xx'"),
        (("--source-lang", "ru", "--target-langs", "ru,en"), "also a target language"),
    ],
)
def test_bad_languages_write_nothing(
    tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    code, output = init(str(tmp_path / "new"), *arguments)
    assert code == 2
    assert message in output
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_gitignore_keeps_built_pages_memory_and_caches_out_of_git(tmp_path: Path) -> None:
    folder = tmp_path / "press"
    assert init(str(folder))[0] == 0
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    candidates = [
        "site/index.html",
        ".l10n/tm.sqlite3",
        "source/__pycache__/x.pyc",
        "source/grain-exports-q1.md",
        "locales/ru/LC_MESSAGES/grain-exports-q1.po",
        "l10n.toml",
    ]
    checked = subprocess.run(
        ["git", "-C", str(folder), "check-ignore", *candidates], capture_output=True, text=True
    )
    assert checked.stdout.split() == candidates[:3]


def test_init_says_already_an_l10n_project_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "press"
    assert init(str(folder))[0] == 0
    before = files(folder)
    code, output = init(str(folder), "--source-lang", "ru")
    assert code == 2
    assert "already an l10n project" in output
    assert files(folder) == before


def test_a_python_package_with_an_l10n_table_is_already_a_project(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.l10n]\nsource-lang = "en"\n', "utf-8")
    with pytest.raises(ConfigError, match="already an l10n project"):
        init_project(tmp_path)


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    code, output = init(str(tmp_path))
    assert code == 2
    assert "not empty" in output
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_init_without_a_folder_uses_the_project_option(tmp_path: Path) -> None:
    from l10n.cli import main

    (tmp_path / "here").mkdir()
    result = CliRunner().invoke(main, ["-C", str(tmp_path / "here"), "init"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "here" / "l10n.toml").is_file()
