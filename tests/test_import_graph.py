"""The import graph of the l10n package: no cycles, and no module imports another's private name.

Read from the source with `ast`, so that every import counts: those at the top of a module, those
inside a function (the CLI imports its commands' modules when they run) and those only for type
checking. A module's own package counts as imported by it (Python runs `__init__` first), so a
submodule that imports from its package's `__init__` is a cycle too.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "l10n"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def syntax_tree(module: str) -> ast.Module:
    return ast.parse(MODULES[module].read_text(encoding="utf-8"))


def imports_of(module: str) -> Iterator[tuple[str, str | None, int]]:
    """(module imported, name imported from it or None, line) for each l10n import of `module`."""
    package = module if is_package(module) else module.rpartition(".")[0]
    for node in ast.walk(syntax_tree(module)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in MODULES:
                    yield submodule, None, node.lineno
                elif base in MODULES:
                    yield base, alias.name, node.lineno


def dependencies(module: str) -> set[str]:
    """The l10n modules `module` imports, its enclosing packages included (Python imports a
    package's `__init__` before any module inside it)."""
    found: set[str] = set()
    for imported, _, _ in imports_of(module):
        parts = imported.split(".")
        found |= {".".join(parts[:end]) for end in range(1, len(parts) + 1)}
    return found - {module} - enclosing_packages(module)


def enclosing_packages(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:end]) for end in range(1, len(parts))}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """A cycle through each module that lies on one, found by depth-first search."""
    found: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while on the path, "done" once explored
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = "open"
        path.append(module)
        for imported in sorted(graph[module]):
            if state.get(imported) == "open":
                found.append([*path[path.index(imported) :], imported])
            elif imported not in state:
                visit(imported)
        path.pop()
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return found


def test_the_graph_is_read_from_every_module_of_the_package() -> None:
    graph = {module: dependencies(module) for module in MODULES}
    assert "l10n.figures.scanner" in graph["l10n.figures.full_reader"]
    assert "l10n.figures.scanner" in graph["l10n.figures.batch_reader"]
    assert "l10n.figures" in graph["l10n.check"]


def test_the_cycle_search_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


def test_no_module_of_l10n_imports_itself_through_others() -> None:
    graph = {module: dependencies(module) for module in MODULES}
    assert cycles(graph) == []


def private_names_used(module: str) -> Iterator[str]:
    """The private names of other l10n modules that `module` imports (`from l10n.x import _y`)
    or reaches through a module it imported (`x._y` after `from l10n import x`)."""
    module_aliases: dict[str, str] = {}
    for node in ast.walk(syntax_tree(module)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                imported = alias.name
                if isinstance(node, ast.ImportFrom):
                    imported = f"{node.module}.{alias.name}"
                if imported in MODULES and imported != module:
                    module_aliases[alias.asname or alias.name.split(".")[0]] = imported
    for imported, name, line in imports_of(module):
        if name is not None and is_private(name) and imported != module:
            yield f"{module} line {line}: from {imported} import {name}"
    for node in ast.walk(syntax_tree(module)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in module_aliases
            and is_private(node.attr)
        ):
            yield f"{module} line {node.lineno}: {module_aliases[node.value.id]}.{node.attr}"


def test_no_module_imports_a_private_name_of_another() -> None:
    assert [use for module in MODULES for use in private_names_used(module)] == []


def test_the_private_search_finds_both_ways_of_reaching_a_private_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.py").write_text("from l10n.b import _helper, public\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("_helper = public = 1\n__all__ = []\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("from l10n import b\nb._helper\nb.__all__\n", encoding="utf-8")
    modules = {f"l10n.{name}": tmp_path / f"{name}.py" for name in "abc"}
    monkeypatch.setattr(sys.modules[__name__], "MODULES", modules)
    assert list(private_names_used("l10n.a")) == ["l10n.a line 1: from l10n.b import _helper"]
    assert list(private_names_used("l10n.b")) == []
    assert list(private_names_used("l10n.c")) == ["l10n.c line 2: l10n.b._helper"]
