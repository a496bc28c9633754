"""The preview server answers every request, a hostile path included, without a traceback."""

from __future__ import annotations

import functools
import http.client
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n.cli.build import SiteRequestHandler


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    (tmp_path / "index.html").write_text("<p>home</p>", "utf-8")
    handler = functools.partial(SiteRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as running:
        thread = threading.Thread(target=running.serve_forever, daemon=True)
        thread.start()
        yield "127.0.0.1", running.server_address[1]
        running.shutdown()


def status(address: tuple[str, int], path: str) -> int:
    connection = http.client.HTTPConnection(*address, timeout=10)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/%00", "/en/%00/index.html", "/index.html%00.png"])
def test_a_path_no_file_can_have_is_a_bad_request(
    server: tuple[str, int], path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert status(server, path) == 400
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(("path", "expected"), [("/", 200), ("/../index.html", 200), ("/x", 404)])
def test_other_paths_are_served_from_the_site_folder_only(
    server: tuple[str, int], path: str, expected: int
) -> None:
    assert status(server, path) == expected
