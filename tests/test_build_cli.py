"""`l10n build` and `l10n serve` from the command line: exit codes, messages, a real HTTP GET."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import polib
from bs4 import BeautifulSoup
from click.testing import CliRunner

from l10n.cli import main

SLUG = "crossing-2026-02-17"


def change_translation(project: Path, language: str, msgid: str, msgstr: str) -> None:
    path = project / "locales" / language / "LC_MESSAGES" / f"{SLUG}.po"
    catalog = polib.pofile(str(path))
    entry = catalog.find(msgid)
    assert entry is not None
    entry.msgstr = msgstr
    catalog.save(str(path))


def test_build_reports_the_pages_it_wrote(build_project: Path) -> None:
    result = CliRunner().invoke(main, ["-C", str(build_project), "build"])
    assert result.exit_code == 0, result.output
    assert "built 10 pages" in result.stdout
    assert (build_project / "site" / "ar" / SLUG / "index.html").is_file()


def test_build_with_a_figure_mismatch_exits_1_and_lists_the_finding(build_project: Path) -> None:
    change_translation(
        build_project,
        "ru",
        "Buses carried 1,150 passengers.",
        "Автобусы перевезли 1 510 пассажиров.",
    )
    result = CliRunner().invoke(main, ["-C", str(build_project), "build", "--out", "public"])
    assert result.exit_code == 1
    assert re.search(r"ru/LC_MESSAGES/crossing-2026-02-17\.po:\d+: ru: number-", result.stderr)
    assert "build refused (1 issue);" in result.stderr
    assert not (build_project / "public").exists()


def test_force_publishes_and_warns(build_project: Path) -> None:
    change_translation(
        build_project,
        "ru",
        "Buses carried 1,150 passengers.",
        "Автобусы перевезли 1 510 пассажиров.",
    )
    result = CliRunner().invoke(main, ["-C", str(build_project), "build", "--force"])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and ": ru: number-" in result.stderr


def test_untranslated_sentence_is_named_and_allow_partial_publishes(build_project: Path) -> None:
    change_translation(build_project, "ar", "Medical teams examined 640 people.", "")
    refused = CliRunner().invoke(main, ["-C", str(build_project), "build"])
    assert refused.exit_code == 1
    assert (
        f"source/{SLUG}.md:20: ar: untranslated: not translated into ar: "
        "“Medical teams examined 640 people.”" in refused.stderr
    )
    allowed = CliRunner().invoke(main, ["-C", str(build_project), "build", "--allow-partial"])
    assert allowed.exit_code == 0
    assert "warning:" in allowed.stderr


def test_an_unsafe_output_folder_is_an_input_error(build_project: Path) -> None:
    result = CliRunner().invoke(main, ["-C", str(build_project), "build", "--out", "source"])
    assert result.exit_code == 2
    assert result.stderr.startswith("l10n: error: ")
    assert "choose a folder of its own" in result.stderr


def test_serve_without_a_built_site_is_a_usage_error(build_project: Path) -> None:
    result = CliRunner().invoke(main, ["-C", str(build_project), "serve"])
    assert result.exit_code == 2
    assert "run `l10n build` first" in result.stderr


def test_serve_previews_the_site_on_loopback(build_project: Path) -> None:
    assert CliRunner().invoke(main, ["-C", str(build_project), "build"]).exit_code == 0
    server = subprocess.Popen(
        [sys.executable, "-m", "l10n", "-C", str(build_project), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert server.stdout is not None
        announcement = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", announcement)
        assert match, announcement
        url = f"http://127.0.0.1:{match.group(1)}/ar/{SLUG}/"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
            assert '<html lang="ar" dir="rtl">' in response.read().decode("utf-8")
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=10)
    assert server.returncode == 0


def test_serve_on_a_port_in_use_is_an_input_error(build_project: Path) -> None:
    assert CliRunner().invoke(main, ["-C", str(build_project), "build"]).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["-C", str(build_project), "serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


REPEATED_TITLE = """\
---
title: Aid to the eastern districts
slug: aid-2026-03-02
published: 2026-03-02 11:00
---

## Aid to the eastern districts

A convoy delivered 310 tonnes of food.
"""


def test_extract_update_translate_build_round_trip(tmp_path: Path) -> None:
    """Catalogs made by `l10n update` are read by the build, msgctxt entries included."""
    build_project = tmp_path / "project"
    (build_project / "source").mkdir(parents=True)
    (build_project / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru"]\n', "utf-8")
    (build_project / "source" / "aid-2026-03-02.md").write_text(REPEATED_TITLE, "utf-8")
    assert CliRunner().invoke(main, ["-C", str(build_project), "update"]).exit_code == 0
    path = build_project / "locales" / "ru" / "LC_MESSAGES" / "aid-2026-03-02.po"
    catalog = polib.pofile(str(path))
    russian = {
        ("title", "Aid to the eastern districts"): "Помощь восточным районам",
        ("heading", "Aid to the eastern districts"): "О помощи восточным районам",
        (None, "A convoy delivered 310 tonnes of food."): "Конвой доставил 310 тонн груза.",
    }
    assert {(entry.msgctxt, entry.msgid) for entry in catalog} == set(russian)
    for entry in catalog:
        entry.msgstr = russian[(entry.msgctxt, entry.msgid)]
    catalog.save(str(path))
    result = CliRunner().invoke(main, ["-C", str(build_project), "build"])
    assert result.exit_code == 0, result.stderr
    html = (build_project / "site" / "ru" / "aid-2026-03-02" / "index.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    assert page.h1 is not None and page.h1.get_text() == "Помощь восточным районам"
    assert page.h2 is not None and page.h2.get_text() == "О помощи восточным районам"
