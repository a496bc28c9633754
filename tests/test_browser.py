"""The built site in headless Chromium: direction, language switcher, console, screenshots.

Drives Debian's /usr/bin/chromium with Playwright (never a downloaded browser). Screenshots of
one statement in each language go to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from l10n.build import BuildOptions, build_site
from l10n.config import load_config
from l10n.po import parse_po, serialize_po

CHROMIUM = Path(os.environ.get("L10N_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECT = Path(__file__).parent / "data" / "build" / "project"
ARTIFACTS = Path(__file__).parent / "artifacts"
SLUG = "crossing-2026-02-17"


def _require_chromium() -> None:
    if CHROMIUM.is_file():
        return
    message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package (.ci/run does)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def _served(folder: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("browser") / "project"
    shutil.copytree(PROJECT, project)
    config = load_config(project)
    result = build_site(config, BuildOptions(out=project / "site"), lambda _config: [])
    assert result.written
    with _served(project / "site") as url:
        yield url


UNTRANSLATED_UI = ("Home", "Main menu")


@pytest.fixture(scope="module")
def partial_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with --allow-partial while two Arabic interface texts are untranslated."""
    project = tmp_path_factory.mktemp("partial") / "project"
    shutil.copytree(PROJECT, project)
    site_po = project / "locales" / "ar" / "LC_MESSAGES" / "site.po"
    catalog = parse_po(site_po.read_bytes(), "site.po")
    entries = tuple(
        replace(entry, msgstr="") if entry.msgid in UNTRANSLATED_UI else entry
        for entry in catalog.entries
    )
    site_po.write_bytes(serialize_po(replace(catalog, entries=entries)))
    config = load_config(project)
    options = BuildOptions(out=project / "site", allow_partial=True)
    result = build_site(config, options, lambda _config: [])
    assert result.written and result.overridden
    with _served(project / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _open(browser: Browser, url: str) -> tuple[Page, list[str]]:
    """The page at `url`, and a list that collects its console errors and failed requests."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: (
            problems.append(f"{response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    page.goto(url)
    return page, problems


def _left(page: Page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return float(box["x"])


def test_arabic_page_is_right_to_left_and_mirrored(browser: Browser, site_url: str) -> None:
    page, problems = _open(browser, f"{site_url}ar/{SLUG}/")
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"
    # Mirrored layout: the blockquote's accent border is on the right in Arabic.
    border_right = page.evaluate(
        "getComputedStyle(document.querySelector('blockquote')).borderRightWidth"
    )
    assert border_right != "0px"
    # The emblem stands at the start of the masthead: on the right of the site name.
    assert _left(page, ".emblem") > _left(page, ".brand-name")
    assert _left(page, ".signatory-position") > _left(page, ".signatory-name")
    assert problems == []
    page.close()


def test_english_interface_text_on_an_arabic_page_runs_left_to_right(
    browser: Browser, partial_site_url: str
) -> None:
    page, problems = _open(browser, f"{partial_site_url}ar/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    home = page.locator(".breadcrumb span", has_text="Home").first
    assert home.get_attribute("lang") == "en"
    assert home.evaluate("element => getComputedStyle(element).direction") == "ltr"
    assert home.evaluate("element => getComputedStyle(element.parentElement).direction") == "rtl"
    # In an attribute the fallback is plain text: no element, no mark.
    assert page.locator("nav.main-nav").get_attribute("aria-label") == "Main menu"
    assert "\ufdd0" not in page.content()
    assert problems == []
    page.close()


def test_english_page_is_left_to_right(browser: Browser, site_url: str) -> None:
    page, problems = _open(browser, f"{site_url}en/{SLUG}/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    border_left = page.evaluate(
        "getComputedStyle(document.querySelector('blockquote')).borderLeftWidth"
    )
    assert border_left != "0px"
    assert _left(page, ".emblem") < _left(page, ".brand-name")
    assert _left(page, ".signatory-position") < _left(page, ".signatory-name")
    assert problems == []
    page.close()


def test_switcher_navigates_between_the_three_versions(browser: Browser, site_url: str) -> None:
    page, problems = _open(browser, f"{site_url}en/{SLUG}/")
    visited = []
    for native_name, code in (("Русский", "ru"), ("العربية", "ar"), ("English", "en")):
        page.locator(".language-switcher").get_by_role("link", name=native_name).click()
        page.wait_for_load_state()
        assert page.url == f"{site_url}{code}/{SLUG}/"
        assert page.evaluate("document.documentElement.lang") == code
        visited.append(page.locator("h1").inner_text())
    assert len(set(visited)) == 3
    assert problems == []
    page.close()


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_screenshot_of_each_version(browser: Browser, site_url: str, language: str) -> None:
    page, problems = _open(browser, f"{site_url}{language}/{SLUG}/")
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"statement-{language}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    assert problems == []
    page.close()
