"""Names and texts that are not UTF-8: bytes a terminal or file system hands Python as lone
surrogates ("\\udcff" for the byte 0xFF). They can stand in no catalog, page or database, so a
command refuses them as bad input (exit 2, no traceback, nothing written), or, where the name
is only a folder's, works with it as given."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .projects import CONVOY, tree, updated_project
from .projects import run as run_command

UNDECODABLE = os.fsdecode(b"x\xff")  # "x\udcff"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return updated_project(tmp_path / "project")


def run(project: Path, *arguments: str) -> tuple[int, str]:
    code, output = run_command(project, *arguments)
    assert "Traceback" not in output, output
    return code, output


@pytest.mark.parametrize(
    "arguments",
    [
        ("tm", "lookup", f"Convoy {UNDECODABLE}", "--lang", "ru"),
        ("build", "--base-url", f"https://example.org/{UNDECODABLE}/"),
        ("translate", "--no-tm", "--mt", "libre", "--mt-url", f"http://{UNDECODABLE}/"),
        ("translate", "--no-tm", "--mt", "libre", "--mt-api-key", UNDECODABLE),
    ],
)
def test_text_on_the_command_line_that_is_not_utf8_is_a_usage_error(
    project: Path, arguments: tuple[str, ...]
) -> None:
    code, output = run(project, "tm", "import")
    assert code == 0, output
    before = tree(project)
    code, output = run(project, *arguments)
    assert code == 2, output
    assert "is not valid UTF-8 (byte 0xFF at character" in output, output
    assert tree(project) == before


def test_the_same_commands_take_utf8_text(project: Path) -> None:
    assert run(project, "tm", "import")[0] == 0
    code, output = run(project, "tm", "lookup", "Конвой «Юг» 2026", "--lang", "ru")
    assert code in (0, 1), output  # a match, or none
    code, output = run(project, "build", "--base-url", "https://пример.рф/новости/")
    assert code == 0, output


def test_a_site_folder_whose_name_is_not_utf8_is_built_and_replaced(project: Path) -> None:
    for _ in range(2):
        code, output = run(project, "build", "--out", UNDECODABLE)
        assert code == 0, output
    site = project / UNDECODABLE
    assert (site / ".l10n-site").is_file() and (site / "en" / "index.html").is_file()
    assert sorted(path.name for path in project.iterdir() if path.name.startswith(".")) == []


def test_a_statement_whose_file_name_is_not_utf8_is_refused_by_name(project: Path) -> None:
    odd = project / "source" / f"{UNDECODABLE}.md"
    text = (project / CONVOY).read_text("utf-8")
    odd.write_text(text.replace("slug: convoy-2026-01-20", "slug: convoy-copy"), "utf-8")
    before = tree(project)
    for command in ("update", "check", "build", "stats"):
        code, output = run(project, command)
        assert code == 2, (command, output)
        assert "source/x\\udcff.md: the file's name is not UTF-8" in output, output
        assert tree(project) == before


def test_a_statement_with_a_utf8_file_name_is_read(project: Path) -> None:
    text = (project / CONVOY).read_text("utf-8")
    renamed = project / "source" / "колонна.md"
    renamed.write_text(text, "utf-8")
    (project / CONVOY).unlink()
    code, output = run(project, "update")
    assert code == 0, output
    shutil.rmtree(project / "locales" / "retired", ignore_errors=True)
    code, output = run(project, "check")
    assert code == 0, output


def test_a_file_name_that_is_not_utf8_is_printed_escaped(project: Path) -> None:
    broken = project / f"{UNDECODABLE}.po"
    broken.write_text('msgid "a"\nmsgstr "b"\n', "utf-8")
    code, output = run(project, "check", str(broken))
    assert code == 2, output
    assert "x\\udcff.po:1: no header entry" in output, output
