"""Reading translated versions: what plain text copied from a page brings along."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n.cli import main
from l10n.config import load_config
from l10n.errors import SourceError
from l10n.prefill import align_statement
from l10n.versions import read_version

DATA = Path(__file__).parent / "data" / "align"


def test_plain_text_embedding_marks_are_removed_with_a_warning_and_direction_marks_kept() -> None:
    data = "عاد \u202b\u200f2,080\u200f\u202c شخصاً. وبدأ العمل.\n".encode()
    version = read_version(data, "ar.txt", "ar")
    assert [segment.text for block in version.blocks for segment in block.segments] == [
        "عاد \u200f2,080\u200f شخصاً.",
        "وبدأ العمل.",
    ]
    (warning,) = version.warnings
    assert warning.startswith("ar.txt:1: removed invisible embedding marks")


def test_plain_text_without_marks_reads_without_warnings() -> None:
    assert read_version("Всё готово.\n".encode(), "ru.txt", "ru").warnings == ()


def test_an_override_in_plain_text_is_still_refused() -> None:
    with pytest.raises(SourceError, match="U\\+202E"):
        read_version("Вернулись \u202e27\u202c человек.\n".encode(), "ru.txt", "ru")


def test_align_reports_the_removed_marks_and_still_fills(grain_project: Path) -> None:
    marked = grain_project / "ar-marked.txt"
    text = (DATA / "grain-exports.ar.txt").read_text(encoding="utf-8")
    marked.write_text(text.replace("2", "\u200f2", 1).replace("\n", "\u202c\n", 1), "utf-8")
    (report,) = align_statement(
        load_config(grain_project),
        grain_project / "source" / "grain-exports.md",
        [("ar", marked)],
        dry_run=True,
    )
    assert report.summary.filled == 7
    assert any("removed invisible embedding marks" in warning for warning in report.warnings)


def test_segment_command_warns_and_prints_the_sentences(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("عاد \u202b2,080\u202c شخصاً. وبدأ العمل.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(note), "--lang", "ar"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["عاد 2,080 شخصاً.", "وبدأ العمل."]
    assert f"warning: {note}:1: removed invisible embedding marks" in result.stderr
