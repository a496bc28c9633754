"""Commands on input that is not a broken file: a catalog the system will not let l10n read,
a translated placeholder, a target language given as a locale. (Broken files of every kind,
for every command: test_bad_input_messages.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .projects import RU_CONVOY, RU_SITE, run, updated_project

CATALOG_COMMANDS = ("update", "stats", "check", "build")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return updated_project(tmp_path / "project")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_catalog_is_exit_2_naming_it(project: Path) -> None:
    (project / RU_CONVOY).chmod(0)
    try:
        for command in CATALOG_COMMANDS:
            code, output = run(project, command)
            assert code == 2 and "convoy-2026-01-20.po" in output, (command, output)
    finally:
        (project / RU_CONVOY).chmod(0o644)


@pytest.mark.parametrize(
    "translation", ["Опубликовано: %(число)s", "Опубликовано 100%", "%(count)d%"]
)
def test_a_translated_placeholder_never_crashes_the_build(project: Path, translation: str) -> None:
    path = project / RU_SITE
    text = path.read_text("utf-8")
    entry = 'msgid "Statements published: %(count)s"\nmsgstr "'
    start = text.index(entry) + len(entry)
    path.write_text(text[:start] + translation + text[text.index('"\n', start) :], "utf-8")
    code, output = run(project, "check")
    assert code == 1 and "placeholder" in output and RU_SITE in output, output
    code, output = run(project, "build")  # the check's error refuses the build, cleanly
    assert code == 1 and "Traceback" not in output, output
    code, output = run(project, "build", "--force")
    assert code == 0, output
    page = (project / "site" / "ru" / "index.html").read_text("utf-8")
    assert "Statements published: 2" in page  # the source text, not a crash


def test_a_target_given_as_a_locale_has_one_folder_for_update_and_build(project: Path) -> None:
    config = project / "l10n.toml"
    config.write_text(config.read_text("utf-8").replace('"ar"]', '"ar_SY"]'), "utf-8")
    assert run(project, "update")[0] == 0
    assert not (project / "locales" / "ar_SY").exists()
    code, output = run(project, "build")
    assert code == 0, output
    assert (project / "site" / "ar" / "index.html").is_file()


def test_a_translated_placeholder_is_reported_when_the_catalog_lacks_the_format_flag(
    project: Path,
) -> None:
    # A site.po edited by hand, or written before l10n flagged its interface texts: the msgid's
    # %(count)s says the text is %-formatted, as it says to xgettext.
    path = project / RU_SITE
    text = path.read_text("utf-8").replace("#, python-format\n", "")
    entry = 'msgid "Statements published: %(count)s"\nmsgstr "'
    start = text.index(entry) + len(entry)
    path.write_text(text[:start] + "%(число)s" + text[text.index('"\n', start) :], "utf-8")
    code, output = run(project, "check")
    assert code == 1 and "placeholder %(число)s" in output and RU_SITE in output, output


def test_a_slug_used_twice_names_both_slug_lines(project: Path) -> None:
    crossing = project / "source" / "crossing-2026-02-17.md"
    crossing.write_text(
        crossing.read_text("utf-8").replace("slug: crossing-2026-02-17", "slug: convoy-2026-01-20"),
        "utf-8",
    )
    code, output = run(project, "update")
    assert code == 2, output
    assert "source/crossing-2026-02-17.md:3: slug 'convoy-2026-01-20'" in output, output
    assert "also used by source/convoy-2026-01-20.md:3" in output, output


def test_import_refuses_a_slug_another_statement_uses(project: Path) -> None:
    # A statement's file need not be named after its slug: the new file would not clash, but
    # two statements would write one catalog and every command would refuse both.
    (project / "source" / "crossing-2026-02-17.md").rename(project / "source" / "northern.md")
    page = project.parent / "page.html"
    page.write_text(
        "<html><body><main><h1>A title</h1><p>20.01.2026</p><p>A sentence.</p></main></body>"
        "</html>",
        "utf-8",
    )
    code, output = run(project, "import", str(page), "--slug", "crossing-2026-02-17")
    assert code == 2, output
    assert "also used by source/northern.md:3" in output, output
    assert not (project / "source" / "crossing-2026-02-17.md").exists()
    # The statement the slug belongs to may be replaced, with --force.
    (project / "source" / "northern.md").rename(project / "source" / "crossing-2026-02-17.md")
    code, output = run(
        project, "import", str(page), "--slug", "crossing-2026-02-17", "--force", "--dry-run"
    )
    assert code == 0, output
