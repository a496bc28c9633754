"""Options that name nothing or no usable number, folders configured outside the project, a
catalog that is a symbolic link, terminal control characters in a file, and copied text that
looks like Markdown: each a clear usage error, or handled without losing anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l10n.po import Catalog, parse_po
from l10n.site import render_inline

from .projects import CONFIG, CONVOY, RU_CONVOY, run, tree, updated_project


def _catalog(path: Path) -> Catalog:
    return parse_po(path.read_bytes(), str(path))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return updated_project(tmp_path / "project")


@pytest.mark.parametrize(
    "options",
    [
        ("--target-langs", ""),
        ("--target-langs", " , "),
        ("--source-lang", ""),
        ("--source-lang", "  "),
    ],
)
def test_init_with_a_language_option_naming_nothing_is_a_usage_error(
    tmp_path: Path, options: tuple[str, str]
) -> None:
    code, output = run(tmp_path, "init", "new", *options)
    assert code == 2 and options[0] in output and "Traceback" not in output, output
    assert not (tmp_path / "new").exists()  # not a project of the default languages


@pytest.mark.parametrize("key", ["locales-dir", "source-dir", "site-dir", "templates-dir"])
@pytest.mark.parametrize("folder", ["../outside", "/tmp/elsewhere", "inside/../../outside"])
def test_a_folder_configured_outside_the_project_is_refused_at_its_line(
    project: Path, key: str, folder: str
) -> None:
    config = project / CONFIG
    config.write_text(f'{key} = "{folder}"\n' + config.read_text("utf-8"), "utf-8")
    before = tree(project.parent)
    for command in ("update", "build", "check", "stats"):
        code, output = run(project, command)
        assert code == 2 and f"{CONFIG}:1: {key}" in output and "outside" in output, output
    assert tree(project.parent) == before


def test_a_folder_inside_the_project_by_a_detour_is_accepted(project: Path) -> None:
    config = project / CONFIG
    config.write_text('site-dir = "source/../public"\n' + config.read_text("utf-8"), "utf-8")
    code, output = run(project, "build")
    assert code == 0, output
    assert (project / "public" / "ru" / "index.html").is_file()


def _add_a_sentence(project: Path) -> None:
    statement = project / CONVOY
    statement.write_text(statement.read_text("utf-8") + "\nA sentence added later.\n", "utf-8")


def test_update_writes_a_catalog_linked_inside_the_project_through_the_link(
    project: Path,
) -> None:
    shared = project / "shared" / "convoy.po"
    shared.parent.mkdir()
    catalog = project / RU_CONVOY
    catalog.rename(shared)
    catalog.symlink_to(shared)
    translated = _catalog(shared)
    _add_a_sentence(project)
    code, output = run(project, "update")
    assert code == 0, output
    assert catalog.is_symlink() and os.readlink(catalog) == str(shared)
    merged = {entry.msgid: entry.msgstr for entry in _catalog(shared).entries}
    assert "A sentence added later." in merged
    for entry in translated.entries:
        if entry.msgstr and not entry.obsolete:
            assert merged[entry.msgid] == entry.msgstr


def test_update_refuses_a_catalog_linked_outside_the_project(project: Path, tmp_path: Path) -> None:
    """A cloned repository's link must not make `update` write outside the project, as a folder
    configured outside it must not: refused, naming the file, and nothing written."""
    shared = tmp_path / "elsewhere" / "convoy.po"
    shared.parent.mkdir()
    catalog = project / RU_CONVOY
    catalog.rename(shared)
    catalog.symlink_to(shared)
    _add_a_sentence(project)
    before = tree(tmp_path)
    for arguments in (("update",), ("update", "--check")):
        code, output = run(project, *arguments)
        assert code == 2, output
        assert f"{RU_CONVOY}: a symbolic link leads to {shared.resolve()}, outside" in output
        assert tree(tmp_path) == before


def test_update_refuses_a_folder_of_catalogs_linked_outside_the_project(
    project: Path, tmp_path: Path
) -> None:
    messages = project / RU_CONVOY.rsplit("/", 1)[0]
    elsewhere = tmp_path / "elsewhere"
    messages.rename(elsewhere)
    messages.symlink_to(elsewhere, target_is_directory=True)
    _add_a_sentence(project)
    before = tree(tmp_path)
    code, output = run(project, "update")
    assert code == 2 and "outside the project" in output and RU_CONVOY in output, output
    assert tree(tmp_path) == before


@pytest.mark.parametrize("target", ["inside.po", "../../../../outside/made.po"])
def test_update_does_not_create_a_catalog_through_a_dangling_link(
    project: Path, tmp_path: Path, target: str
) -> None:
    """The link's target would be created wherever it points, outside the project or in it."""
    catalog = project / RU_CONVOY
    catalog.unlink()
    catalog.symlink_to(target)
    before = tree(tmp_path)
    code, output = run(project, "update")
    assert code == 2, output
    assert f"{RU_CONVOY}: a symbolic link to {target}, which does not exist" in output
    assert tree(tmp_path) == before


def test_segment_shows_control_characters_instead_of_sending_them_to_the_terminal(
    tmp_path: Path,
) -> None:
    text = tmp_path / "text.txt"
    text.write_bytes(b"Red\x1b[31m alert. A bell\x07 rang. Title\x1b]0;owned\x07 set.\n")
    code, output = run(tmp_path, "segment", str(text))
    assert code == 0, output
    assert "\x1b" not in output and "\x07" not in output
    assert "⟨U+001B⟩" in output and "⟨U+0007⟩" in output


def test_segment_with_an_empty_language_is_a_usage_error(tmp_path: Path) -> None:
    text = tmp_path / "text.txt"
    text.write_text("One. Two.\n", "utf-8")
    code, output = run(tmp_path, "segment", str(text), "--lang", "")
    assert code == 2 and "--lang" in output, output


@pytest.mark.parametrize("seconds", ["nan", "-nan", "inf", "-inf", "1e400", "1e300", "-1", "0"])
def test_an_mt_timeout_that_is_not_a_usable_number_of_seconds_is_a_usage_error(
    project: Path, seconds: str
) -> None:
    before = tree(project)
    code, output = run(
        project, "translate", "--mt", "libre", "--mt-url", "http://127.0.0.1:9/",
        "--mt-timeout", seconds,
    )  # fmt: skip
    assert code == 2 and "--mt-timeout" in output and "Traceback" not in output, output
    assert tree(project) == before


STATEMENT = "source/grain-exports-q1.md"
COPIED = (
    "Экспорт зерна вырос в первом квартале\n\n"
    "Экспорт *зерна* достиг <b>1 240 500</b> тонн в первом квартале 2026 года, что на 12,5% "
    "больше, чем годом ранее: &amp; [ссылка](http://example.org) _итог_.\n\n"
    "Министерство опубликует полные данные 30 апреля 2026 года.\n"
)


def test_align_keeps_copied_text_that_looks_like_markdown_literal(tmp_path: Path) -> None:
    assert run(tmp_path, "init", "grain")[0] == 0
    project = tmp_path / "grain"
    assert run(project, "update")[0] == 0
    version = tmp_path / "ru.txt"
    version.write_text(COPIED, "utf-8")
    code, output = run(project, "align", str(project / STATEMENT), "-t", "ru", str(version))
    assert code == 0, output
    catalog = _catalog(project / "locales/ru/LC_MESSAGES/grain-exports-q1.po")
    [sentence] = [entry.msgstr for entry in catalog.entries if "достиг" in entry.msgstr]
    shown = str(render_inline(sentence))
    assert "<em>" not in shown and "<a " not in shown and "<b>" not in shown
    for literal in ("*зерна*", "&lt;b&gt;", "&amp;amp;", "[ссылка]"):
        assert literal in shown, (literal, shown)
    assert "_итог_" in shown
    code, output = run(project, "check")
    assert "достиг" not in output, output  # its figures still read as written


def test_align_of_a_statement_version_keeps_its_markdown(tmp_path: Path) -> None:
    assert run(tmp_path, "init", "grain")[0] == 0
    project = tmp_path / "grain"
    assert run(project, "update")[0] == 0
    source = (project / "source/grain-exports-q1.md").read_text("utf-8")
    front, body = source.split("---\n")[1], source.split("---\n", 2)[2]
    version = tmp_path / "ru.md"
    version.write_text(
        f"---\n{front}---\n" + body.replace("Grain exports reached", "Экспорт *зерна* достиг", 1),
        "utf-8",
    )
    code, output = run(project, "align", str(project / STATEMENT), "-t", "ru", str(version))
    assert code == 0, output
    text = (project / "locales/ru/LC_MESSAGES/grain-exports-q1.po").read_text("utf-8")
    assert "*зерна*" in text and "\\\\*" not in text


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("evil\nl10n: all good.md", "evil⟨U+000A⟩l10n: all good.md"),
        ("clear\x1b[2J.md", "clear⟨U+001B⟩[2J.md"),
        ("bell\x07.md", "bell⟨U+0007⟩.md"),
        ("turn\u202edm.md", "turn⟨U+202E⟩dm.md"),
    ],
)
def test_a_file_name_with_control_characters_stays_on_its_message_line(
    project: Path, name: str, shown: str
) -> None:
    statement = (project / CONVOY).read_text("utf-8")
    broken = statement.replace("slug: convoy-2026-01-20", "slug: other").replace(
        "published: 2026", "published: 2026x"
    )
    (project / "source" / name).write_text(broken, "utf-8")
    for command in ("update", "check", "build"):
        code, output = run(project, command)
        assert code == 2, output
        (message,) = set(output.splitlines())  # one line, as often as it was printed
        assert f"source/{shown}:4: 'published'" in message
        assert not any(character in message for character in "\x1b\x07\u202e")


def test_a_catalog_name_with_a_line_end_stays_on_the_report_line(project: Path) -> None:
    named = project / "locales" / "ru" / "LC_MESSAGES" / "odd\nname.po"
    text = (project / RU_CONVOY).read_text("utf-8").replace("310", "301", 1)
    named.write_text(text, "utf-8")
    code, output = run(project, "check", str(named))
    assert code == 1, output
    assert "odd⟨U+000A⟩name.po" in output and "odd\nname" not in output
