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
    # Named from the project's root, as the build's other refusals name theirs, not absolutely.
    assert re.search(
        r"^locales/ru/LC_MESSAGES/crossing-2026-02-17\.po:\d+: ru: number-", result.stderr, re.M
    )
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
    # The project has no interface texts of its own: l10n's translations of its templates do.
    assert result.exit_code == 0, result.stderr
    html = (build_project / "site" / "ru" / "aid-2026-03-02" / "index.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    assert page.h1 is not None and page.h1.get_text() == "Помощь восточным районам"
    assert page.h2 is not None and page.h2.get_text() == "О помощи восточным районам"


# --- Interface texts --------------------------------------------------------------------------

STATEMENT_EN = """\
---
title: A new crossing has opened
slug: crossing-opened
published: 2026-03-02 10:00
breadcrumb: [Home, News]
---
The crossing started work on Monday.
"""


def l10n(project: Path, *arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(project), *arguments])
    return result.exit_code, result.output


def fill(path: Path, translate: dict[str, str] | None = None, *, fuzzy: str = "") -> None:
    """Give every entry of a catalog a translation (from `translate`, else "[lang] msgid")."""
    catalog = polib.pofile(str(path))
    language = catalog.metadata["Language"]
    for entry in catalog:
        if not entry.msgstr:
            entry.msgstr = (translate or {}).get(entry.msgid, f"[{language}] {entry.msgid}")
        if entry.msgid == fuzzy:
            entry.flags.append("fuzzy")
    catalog.save(str(path))


def test_untranslated_or_fuzzy_interface_texts_refuse_the_build_like_sentences(
    tmp_path: Path,
) -> None:
    project = tmp_path / "press"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    for sample in (project / "source").glob("*.md"):
        sample.unlink()
    (project / "source" / "crossing-opened.md").write_text(STATEMENT_EN, "utf-8")
    assert l10n(project, "update")[0] == 0
    for language in ("ru", "ar"):
        fill(project / "locales" / language / "LC_MESSAGES" / "crossing-opened.po")
    ru_site = polib.pofile(str(project / "locales/ru/LC_MESSAGES/site.po"))
    # l10n's own templates come translated; the project's own words are for its translators.
    skip = ru_site.find("Skip to main content")
    assert skip is not None and skip.msgstr == "Перейти к основному содержанию"
    code, output = l10n(project, "build")
    assert code == 1
    assert "locales/ru/LC_MESSAGES/site.po:" in output
    assert "ar: untranslated: interface text not translated into ar: “Ministry Press Office”" in (
        output
    )
    assert "Skip to main content" not in output
    assert not (project / "site").exists()

    code, output = l10n(project, "build", "--allow-partial")
    assert code == 0, output
    assert "warning: locales/ar/LC_MESSAGES/site.po:" in output

    for language in ("ru", "ar"):
        fill(project / "locales" / language / "LC_MESSAGES" / "site.po", fuzzy="Main menu")
    code, output = l10n(project, "build")
    assert code == 1
    assert "ru: fuzzy: fuzzy interface text in ru needs review: “Main menu”" in output


STATEMENT_RU = """\
---
title: Открыт новый пункт пропуска
slug: crossing-opened
published: 2026-03-02 10:00
breadcrumb: [Главная, Новости]
---
Пункт пропуска начал работу в понедельник.
"""


def test_a_russian_source_project_localises_its_russian_pages(tmp_path: Path) -> None:
    project = tmp_path / "press"
    (project / "source").mkdir(parents=True)
    (project / "source" / "crossing-opened.md").write_text(STATEMENT_RU, "utf-8")
    (project / "l10n.toml").write_text(
        'source-lang = "ru"\ntarget-langs = ["en", "ar"]\n'
        '[site]\nname = "Пресс-центр"\nfooter = "Цифры сверены во всех языках."\n',
        "utf-8",
    )
    code, output = l10n(project, "update")
    assert code == 0, output
    messages = project / "locales" / "{}" / "LC_MESSAGES" / "site.po"
    russian = polib.pofile(str(messages).format("ru"))
    home = russian.find("Choose a language")
    assert home is not None and home.msgstr == "Выберите язык"  # l10n's own translation
    assert "written in English" in home.comment
    own = russian.find("Пресс-центр")
    assert own is not None and own.msgstr == "Пресс-центр"  # already Russian
    english = polib.pofile(str(messages).format("en"))
    assert english.find("Choose a language").msgstr == "Choose a language"  # type: ignore[union-attr]
    assert english.find("Пресс-центр").msgstr == ""  # type: ignore[union-attr]

    for language in ("en", "ar"):
        fill(project / "locales" / language / "LC_MESSAGES" / "crossing-opened.po")
    code, output = l10n(project, "build")
    assert code == 1
    assert "en: untranslated: interface text not translated into en: “Пресс-центр”" in output
    assert "ar: untranslated: interface text not translated into ar: “Пресс-центр”" in output
    assert ": ru: " not in output  # Russian pages: the project's own words, and l10n's

    fill(Path(str(messages).format("en")), {"Пресс-центр": "Press centre"})
    fill(Path(str(messages).format("ar")))
    code, output = l10n(project, "build")
    assert code == 0, output
    page = BeautifulSoup(
        (project / "site" / "ru" / "crossing-opened" / "index.html").read_text("utf-8"),
        "html.parser",
    )
    assert page.select_one(".main-nav")["aria-label"] == "Главное меню"  # type: ignore[index]
    assert page.select_one(".main-nav a").get_text() == "Главная"  # type: ignore[union-attr]
    assert page.select_one(".brand-name").get_text() == "Пресс-центр"  # type: ignore[union-attr]
    english_page = BeautifulSoup(
        (project / "site" / "en" / "crossing-opened" / "index.html").read_text("utf-8"),
        "html.parser",
    )
    assert english_page.select_one(".brand-name").get_text() == "Press centre"  # type: ignore[union-attr]
    assert english_page.select_one(".main-nav a").get_text() == "Home"  # type: ignore[union-attr]


def test_a_catalog_only_the_check_refuses_is_named_from_the_root(build_project: Path) -> None:
    path = build_project / "locales" / "ar" / "LC_MESSAGES" / f"{SLUG}.po"
    text = path.read_text(encoding="utf-8")
    assert '"Language: ar\\n"' in text
    path.write_text(text.replace('"Language: ar\\n"', '"Language: ru\\n"'), encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(build_project), "build"])
    assert result.exit_code == 2
    assert re.search(
        rf"^l10n: error: locales/ar/LC_MESSAGES/{SLUG}\.po:\d+: the Language header says ru",
        result.stderr,
        re.M,
    )
    assert not (build_project / "site").exists()
