from __future__ import annotations

from pathlib import Path

import pytest

from l10n.config import Config, MenuItem, load_config
from l10n.errors import ConfigError, NotAProjectError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[tool.l10n]\nsource-lang = "ru"\ntarget-langs = ["en", "ar"]\n'
        '[tool.l10n.locales]\nar = "ar_SY"\n[tool.l10n.numbering]\nar = "arab"\n',
    )
    config = load_config(tmp_path)
    assert config.languages == ("ru", "en", "ar")
    assert str(config.locale("ar")) == "ar_SY"
    assert str(config.locale("ru")) == "ru"
    assert config.numbering_system("ar") == "arab"
    assert config.source_path == tmp_path.resolve() / "source"


def test_l10n_toml_wins_and_is_found_from_a_subfolder(tmp_path: Path) -> None:
    write(tmp_path / "l10n.toml", 'source-lang = "en"\ntarget-langs = ["ru"]\n')
    (tmp_path / "source").mkdir()
    config = load_config(tmp_path / "source")
    assert config.root == tmp_path.resolve()
    assert config.target_langs == ("ru",)


def test_without_a_file_there_is_no_project(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError, match="not an l10n project") as raised:
        load_config(tmp_path)
    assert f"found from {tmp_path.resolve()} upwards" in raised.value.message


def test_defaults(tmp_path: Path) -> None:
    assert Config(root=tmp_path).languages == ("en", "ru", "ar")


def test_overrides_replace_configured_languages(tmp_path: Path) -> None:
    config = Config(root=tmp_path).with_overrides(source_lang="ru", target_langs=("en",))
    assert config.languages == ("ru", "en")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('target-langs = ["fr"]\n', "unknown language 'fr'"),
        ('source-lang = "en"\ntarget-langs = ["en"]\n', "also a target"),
        ('source-lang = "en"\ntarget-langs = []\n', "target-langs: names no language"),
        ("colour = 1\n", "unknown setting 'colour'"),
        ('target-lang = ["ru"]\n', "unknown setting 'target-lang' (did you mean 'target-langs'?"),
        ('[numbering]\nar = "roman"\n', "numbering"),
        ('[locales]\nar = "ar_XX"\n', "ar_XX"),
        ("source-lang = \n", "invalid TOML"),
        ("[site]\nnmae = 'x'\n", "unknown site setting 'nmae' (did you mean 'name'?"),
        ("[site]\nname = 3\n", "site.name must be text"),
        ("[site]\nmenu = [{label = 'Home'}]\n", "site.menu must be a list"),
    ],
)
def test_bad_configuration_names_the_file(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path / "l10n.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert caught.value.path == str(path)
    assert fragment in caught.value.message


def test_site_settings_are_read_from_the_site_table(tmp_path: Path) -> None:
    write(
        tmp_path / "l10n.toml",
        '[site]\nname = "Press  office"\ntagline = "of the ministry"\n'
        'menu = [{label = "News", link = "news"}, {label = "Contact", link = "mailto:p@e.org"}]\n',
    )
    site = load_config(tmp_path).site
    assert (site.name, site.tagline, site.note, site.footer) == (
        "Press office",
        "of the ministry",
        "",
        "",
    )
    assert site.menu == (MenuItem("News", "news"), MenuItem("Contact", "mailto:p@e.org"))
    assert site.texts() == ["Press office", "of the ministry", "News", "Contact"]


def test_an_unknown_locale_is_named_once_with_examples(tmp_path: Path) -> None:
    write(tmp_path / "l10n.toml", '[locales]\nar = "ar_XX"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert caught.value.message.count("ar_XX") == 1
    assert "ar_SY" in caught.value.message


@pytest.mark.parametrize(("key", "folder"), [("source-dir", "source"), ("locales-dir", "locales")])
def test_a_file_where_a_project_folder_should_be_is_named(
    tmp_path: Path, key: str, folder: str
) -> None:
    write(tmp_path / "l10n.toml", 'source-lang = "en"\ntarget-langs = ["ru"]\n')
    write(tmp_path / folder, "not a folder\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert caught.value.path == str(tmp_path / folder)
    assert f"{key} needs a folder here" in caught.value.message
