"""The project's file layout has one owner, `l10n.layout`, and each public name one meaning."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

from l10n.config import load_config
from l10n.errors import SourceError, UnsafePathError
from l10n.layout import (
    CatalogFile,
    catalog_path,
    domain_of_path,
    language_of_path,
    project_catalogs,
    read_statements,
    shown_path,
    template_path,
)

PACKAGE = Path(__file__).resolve().parents[1] / "l10n"
STATEMENT = """\
---
title: A title
slug: {slug}
published: 2026-03-01 10:00
---
Some 12 words.
"""


def project(tmp_path: Path, *slugs: str) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru", "ar"]\n')
    (tmp_path / "source").mkdir()
    for number, slug in enumerate(slugs):
        text = STATEMENT.format(slug=slug)
        (tmp_path / "source" / f"{number}-{slug}.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_catalog_and_template_paths_follow_gettext_and_refuse_to_leave_the_locales(
    tmp_path: Path,
) -> None:
    config = load_config(project(tmp_path))
    locales = config.locales_path
    assert catalog_path(config, "ar_SY", "news") == locales / "ar" / "LC_MESSAGES" / "news.po"
    assert template_path(config, "site") == locales / "templates" / "site.pot"
    for domain in ("../news", "a/b", ".hidden", ""):
        with pytest.raises(UnsafePathError):
            catalog_path(config, "ru", domain)
        with pytest.raises(UnsafePathError):
            template_path(config, domain)


def test_project_catalogs_say_their_language_and_domain(tmp_path: Path) -> None:
    config = load_config(project(tmp_path))
    for language, domain in (("ru", "b"), ("ru", "a"), ("ar", "a"), ("fr", "a")):
        path = config.locales_path / language / "LC_MESSAGES" / f"{domain}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    ru_a = CatalogFile("ru", "a", config.locales_path / "ru" / "LC_MESSAGES" / "a.po")
    ar_a = CatalogFile("ar", "a", config.locales_path / "ar" / "LC_MESSAGES" / "a.po")
    assert project_catalogs(config)[:2] == [ru_a, CatalogFile("ru", "b", ru_a.path.with_stem("b"))]
    assert project_catalogs(config)[2:] == [ar_a]  # fr is not a target language
    assert project_catalogs(config, ["ar"]) == [ar_a]
    assert shown_path(config, ar_a.path) == "locales/ar/LC_MESSAGES/a.po"


def test_catalogs_outside_a_project_tell_their_language_and_domain_by_their_place() -> None:
    gettext_style = Path("po/ar/LC_MESSAGES/news.po")
    assert language_of_path(gettext_style) == "ar"
    assert domain_of_path(gettext_style) == domain_of_path(Path("po/ru/LC_MESSAGES/news.po"))
    assert language_of_path(Path("po/ru.po")) == "ru"
    assert domain_of_path(Path("po/ru.po")) == domain_of_path(Path("po/ar.po"))
    assert language_of_path(Path("po/news.po")) is None


def test_statements_are_read_in_file_order_and_their_slugs_must_name_distinct_catalogs(
    tmp_path: Path,
) -> None:
    config = load_config(project(tmp_path, "grain", "water"))
    assert [document.meta.slug for document in read_statements(config)] == ["grain", "water"]
    twice = load_config(project(tmp_path / "twice", "grain", "grain"))
    with pytest.raises(SourceError, match=r"also used by source/0-grain\.md"):
        read_statements(twice)
    reserved = load_config(project(tmp_path / "reserved", "site"))
    with pytest.raises(SourceError, match="reserved"):
        read_statements(reserved)


def code_constants(path: Path) -> list[str]:
    """The string constants of a module's code, its docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_only_the_layout_module_knows_the_folder_and_file_names() -> None:
    names = {"LC_MESSAGES", "*.po", "*.pot", "*.md", ".po", ".pot"}
    knowing = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if names & set(code_constants(path))
    }
    assert knowing == {"layout.py"}


def public_definitions() -> dict[str, list[str]]:
    """Each public name defined at the top of a module of the package, with its modules."""
    defined: dict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                names = []
            for name in names:
                if not name.startswith("_"):
                    defined[name].append(path.relative_to(PACKAGE).as_posix())
    return defined


# A name that stands for the same thing in each module that defines it.
SAME_MEANING = {
    "COMMANDS",  # each command module's commands, which l10n.cli looks up
    # the locale facts extend the CLDR-generated ones they are named after
    "MONTH_NAMES",
    "PERCENT_SIGNS",
    "SCALE_WORDS",
}


def test_each_public_name_has_one_meaning_in_the_package() -> None:
    defined = public_definitions()
    assert {name for name in ("Catalog", "Key", "Translations") if len(defined[name]) > 1} == set()
    assert "read_catalog" not in defined
    twice = {
        name: modules
        for name, modules in defined.items()
        if len(modules) > 1 and name not in SAME_MEANING
    }
    assert twice == {}
