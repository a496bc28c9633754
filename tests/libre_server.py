"""A LibreTranslate stand-in on 127.0.0.1 for the machine-translation tests.

It answers `POST /translate` as LibreTranslate does ({"translatedText": ...}), reading q,
source and target from the query string (where deep-translator puts them) or a form body.
`behaviour` decides the answer: "ok", an HTTP status (429, 403, 500), or "hang" (sleep past
the client's timeout, then answer).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HANG_SECONDS = 3.0


def bracketed(text: str, source: str, target: str) -> str:
    """The default "translation": recognisable, and keeps every figure as written."""
    return f"[{target}] {text}"


@dataclass
class LibreServer:
    url: str
    behaviour: str | int = "ok"
    translate: Callable[[str, str, str], str] = bracketed
    requests: list[dict[str, str]] = field(default_factory=list)


def _handler(state: LibreServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            address = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            fields = {key: values[0] for key, values in parse_qs(address.query).items()}
            fields.update({key: values[0] for key, values in parse_qs(body).items()})
            state.requests.append({"path": address.path, **fields})
            if state.behaviour == "hang":
                time.sleep(HANG_SECONDS)
            if isinstance(state.behaviour, int):
                self._answer(state.behaviour, {"error": "refused by the test server"})
                return
            if address.path != "/translate":
                self._answer(404, {"error": "not found"})
                return
            text = state.translate(fields["q"], fields["source"], fields["target"])
            self._answer(200, {"translatedText": text})

        def _answer(self, status: int, payload: dict[str, str]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read `requests` instead."""

    return Handler


@contextmanager
def libre_server(behaviour: str | int = "ok") -> Iterator[LibreServer]:
    state = LibreServer(url="", behaviour=behaviour)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True  # a hanging handler must not hold up the test's end
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """The URL of a port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
