"""Every command outside a project, a -C folder that is not there, and no lock file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.cli import main

STATEMENT = """\
---
title: Water supply restored
slug: water-supply
published: 2026-02-03 09:30
---
Repairs to 312 km of pipeline were completed.
"""

PO = """\
msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Repairs to 312 km of pipeline were completed."
msgstr "Ремонт 312 км трубопровода завершён."
"""


def run(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(arguments))
    return result.exit_code, result.output


def everything(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


PROJECT_COMMANDS = [
    ("build",),
    ("build", "--allow-partial", "--force"),
    ("extract",),
    ("update",),
    ("stats",),
    ("check",),
    ("translate",),
    ("translate", "--no-tm", "--mt", "libre", "--mt-url", "http://127.0.0.1:9/"),
    ("tm", "import"),
    ("tm", "lookup", "Repairs", "--lang", "ru"),
    ("align", "note.md", "-t", "ru", "note.md"),
    ("serve",),
]


@pytest.mark.parametrize("arguments", PROJECT_COMMANDS, ids=" ".join)
def test_outside_a_project_every_command_says_so_and_writes_nothing(
    tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    (tmp_path / "note.md").write_text(STATEMENT, "utf-8")  # a file, but no project
    code, output = run("-C", str(tmp_path), *arguments)
    assert code == 2, output
    assert (
        f"not an l10n project (no l10n.toml or [tool.l10n] found from {tmp_path.resolve()} upwards)"
    ) in output
    assert everything(tmp_path) == ["note.md"]


def test_outside_a_project_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = run("build")
    assert code == 2
    assert f"found from {tmp_path.resolve()} upwards" in output
    assert everything(tmp_path) == []


def test_files_given_by_name_are_still_read_outside_a_project(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(STATEMENT, "utf-8")
    (tmp_path / "ru.po").write_text(PO, "utf-8")
    code, output = run("-C", str(tmp_path), "segment", str(tmp_path / "note.md"))
    assert code == 0, output
    assert "Repairs to 312 km of pipeline were completed." in output
    code, output = run("-C", str(tmp_path), "check", str(tmp_path / "ru.po"))
    assert code == 0, output
    assert everything(tmp_path) == ["note.md", "ru.po"]


def test_a_project_folder_that_does_not_exist_is_a_clear_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    code, output = run("-C", str(missing), "update")
    assert code == 2
    assert f"'{missing}' does not exist" in output
    assert "extract" not in output
    assert not missing.exists()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru"]\n', "utf-8")
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "water-supply.md").write_text(STATEMENT, "utf-8")
    return tmp_path


def lock_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.lock"))


def test_no_lock_file_is_left_by_runs_that_succeed_or_fail(project: Path) -> None:
    for arguments in (("extract",), ("update",), ("build", "--allow-partial"), ("tm", "import")):
        code, output = run("-C", str(project), *arguments)
        assert code == 0, output
        assert lock_files(project) == [], arguments
    (project / "source" / "water-supply.md").write_text("no front matter\n", "utf-8")
    for arguments in (("extract",), ("update",), ("build",)):
        code, output = run("-C", str(project), *arguments)
        assert code == 2, output
        assert lock_files(project) == [], arguments


def test_a_failed_first_update_leaves_no_folder_behind(project: Path) -> None:
    (project / "source" / "water-supply.md").write_text("no front matter\n", "utf-8")
    code, _ = run("-C", str(project), "update")
    assert code == 2
    assert everything(project) == ["l10n.toml", "source", "source/water-supply.md"]


def test_a_mistyped_command_is_answered_with_the_closest_one() -> None:
    result = CliRunner().invoke(main, ["chek"])
    assert result.exit_code == 2
    assert "No such command 'chek'. Did you mean 'check'?" in result.output


def test_a_command_like_no_other_gets_clicks_plain_answer() -> None:
    result = CliRunner().invoke(main, ["zzzz"])
    assert result.exit_code == 2
    assert "No such command 'zzzz'" in result.output
    assert "Did you mean" not in result.output
