"""The declared dependencies tell the truth: the package imports each runtime dependency, and
every library it imports is declared; polib, never imported by the package, is a test tool."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def declared(requirements: list[str]) -> set[str]:
    """Distribution names of requirement strings, normalised ("Jinja2>=3.1" -> "jinja2")."""
    return {
        re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower() for requirement in requirements
    }


def imported_distributions() -> set[str]:
    """The distributions whose modules the package imports, anywhere in its code."""
    distributions = packages_distributions()
    found: set[str] = set()
    for path in (REPOSITORY / "l10n").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "l10n" and top not in sys.stdlib_module_names:
                    found |= {distribution.lower() for distribution in distributions[top]}
    return found


def test_runtime_dependencies_are_exactly_what_the_package_imports() -> None:
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared(project["project"]["dependencies"]) == imported_distributions()


def test_polib_is_the_tests_oracle_not_a_runtime_dependency() -> None:
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert "polib" not in declared(project["project"]["dependencies"])
    assert "polib" in declared(project["project"]["optional-dependencies"]["test"])
