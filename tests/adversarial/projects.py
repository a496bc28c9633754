"""What the adversarial command tests share: the sample project as `l10n update` leaves it,
running a command on it in-process, a snapshot of every byte of its tree, and mutations that
break one file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from l10n.cli import main

DATA = Path(__file__).parents[1] / "data"
RU_SITE = "locales/ru/LC_MESSAGES/site.po"
RU_CONVOY = "locales/ru/LC_MESSAGES/convoy-2026-01-20.po"
CONVOY_POT = "locales/templates/convoy-2026-01-20.pot"
CONVOY = "source/convoy-2026-01-20.md"
CROSSING = "source/crossing-2026-02-17.md"
CONFIG = "l10n.toml"

Mutation = Callable[[Path], None]


def run(project: Path, *arguments: str) -> tuple[int, str]:
    """The exit code and everything the command printed, stdout and stderr."""
    result = CliRunner().invoke(main, ["-C", str(project), *arguments])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def tree(root: Path) -> dict[str, bytes | str | None]:
    """Every file's bytes (a symbolic link's target, None for a folder), but the lock files
    runs leave behind."""

    def content(path: Path) -> bytes | str | None:
        if path.is_symlink():
            return os.readlink(path)
        return path.read_bytes() if path.is_file() else None

    return {
        path.relative_to(root).as_posix(): content(path)
        for path in sorted(root.rglob("*"))
        if path.name != ".l10n.lock"
    }


def updated_project(folder: Path) -> Path:
    """The build sample in `folder`, with templates and catalogs as l10n writes them."""
    shutil.copytree(DATA / "build" / "project", folder)
    code, output = run(folder, "update")
    assert code == 0, output
    return folder


def replace_text(relative: str, old: str, new: str) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        text = path.read_text("utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), "utf-8")

    return mutate


def write_bytes(relative: str, data: bytes) -> Mutation:
    def mutate(project: Path) -> None:
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_bytes(data)

    return mutate


def line_ends(relative: str, ending: bytes) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        path.write_bytes(path.read_bytes().replace(b"\n", ending))

    return mutate


def folder_instead_of(relative: str) -> Mutation:
    def mutate(project: Path) -> None:
        (project / relative).unlink()
        (project / relative / "inside").mkdir(parents=True)

    return mutate
