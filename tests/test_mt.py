"""Machine translation through deep-translator against a real LibreTranslate-like server."""

from __future__ import annotations

import pytest
from libre_server import HANG_SECONDS, closed_port_url, libre_server

from l10n.mt import MachineTranslationError, MachineTranslator

SENTENCE = "Grain exports reached 2,080,443 tonnes in the first quarter of 2026."


def test_a_translation_comes_back_and_the_request_is_libretranslate_s() -> None:
    with libre_server() as server:
        translator = MachineTranslator("libre", url=server.url.rstrip("/"), timeout=5)
        assert translator.translate(SENTENCE, "en", "ar_SY") == f"[ar] {SENTENCE}"
    (request,) = server.requests
    assert request["path"] == "/translate"
    assert (request["q"], request["source"], request["target"]) == (SENTENCE, "en", "ar")


def test_one_client_per_language_pair_serves_many_sentences() -> None:
    with libre_server() as server:
        translator = MachineTranslator("libre", url=server.url, timeout=5)
        first = translator.translate("One.", "en", "ru")
        second = translator.translate("Two.", "en", "ar")
    assert (first, second) == ("[ru] One.", "[ar] Two.")


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (429, "too many requests"),
        (403, "access refused: check the API key"),
        (500, "server error"),
    ],
)
def test_an_http_error_becomes_a_clean_error(status: int, reason: str) -> None:
    with libre_server(status) as server:
        translator = MachineTranslator("libre", url=server.url, api_key="s3cret", timeout=5)
        with pytest.raises(MachineTranslationError) as caught:
            translator.translate(SENTENCE, "en", "ru")
    assert reason in str(caught.value)
    assert "s3cret" not in str(caught.value)  # deep-translator's own message repeats the key


def test_a_refused_connection_becomes_a_clean_error() -> None:
    translator = MachineTranslator("libre", url=closed_port_url(), timeout=5)
    with pytest.raises(MachineTranslationError, match="cannot connect"):
        translator.translate(SENTENCE, "en", "ru")


def test_a_server_that_hangs_is_given_up_after_the_timeout() -> None:
    with libre_server("hang") as server:
        translator = MachineTranslator("libre", url=server.url, timeout=HANG_SECONDS / 3)
        with pytest.raises(MachineTranslationError, match=r"no answer within 1 s"):
            translator.translate(SENTENCE, "en", "ru")


def test_a_translation_of_only_spaces_is_refused() -> None:
    with libre_server() as server:
        server.translate = lambda text, source, target: "   "
        translator = MachineTranslator("libre", url=server.url, timeout=5)
        with pytest.raises(MachineTranslationError, match="no translation"):
            translator.translate(SENTENCE, "en", "ru")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"provider": "deepl"}, "unknown machine translation provider"),
        ({"provider": "google", "url": "http://127.0.0.1:1/"}, "for libre only"),
        ({"provider": "libre", "timeout": 0}, "must be positive"),
    ],
)
def test_a_wrong_configuration_is_refused(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(MachineTranslationError, match=message):
        MachineTranslator(**arguments)  # type: ignore[arg-type]
