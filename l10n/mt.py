"""Machine translation: an adapter over deep-translator with a deadline and clean errors.

Providers: `libre` (LibreTranslate, any server: `url` must be its root, a "/" is added when
missing), `google` and `mymemory` (their public endpoints). deep-translator has no timeout and
lets a refused connection escape as a `requests` error; here every call runs in a daemon
worker thread that the caller waits for at most `timeout` seconds, and every failure becomes
a `MachineTranslationError` whose message says what happened without repeating the API key
(deep-translator's AuthorizationException does).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from l10n.errors import L10nError
from l10n.languages import get_language

PROVIDERS = ("libre", "google", "mymemory")
DEFAULT_TIMEOUT = 30.0
# LibreTranslator refuses to start without a key, even for a server that needs none.
NO_API_KEY = "none"
# MyMemory wants regional codes.
MYMEMORY_CODES = {"en": "en-GB", "ru": "ru-RU", "ar": "ar-SA"}


class MachineTranslationError(L10nError):
    """The translation provider failed: refused, too slow, rate-limited or unauthorised."""


@dataclass
class MachineTranslator:
    """One provider, asked one text at a time."""

    provider: str
    url: str | None = None
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    _clients: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise MachineTranslationError(
                f"unknown machine translation provider {self.provider!r} "
                f"(choose from {', '.join(PROVIDERS)})"
            )
        if self.url is not None and self.provider != "libre":
            raise MachineTranslationError(
                f"a server URL can be given for libre only, not for {self.provider}"
            )
        if self.timeout <= 0:
            raise MachineTranslationError("the machine translation timeout must be positive")

    @property
    def name(self) -> str:
        return self.provider

    def translate(self, text: str, source: str, target: str) -> str:
        """`text` translated from `source` to `target` ("en", "ru", "ar" or their locales)."""
        client = self._client(get_language(source).code, get_language(target).code)
        try:
            answer = _within(self.timeout, lambda: client.translate(text))
        except TimeoutError:
            raise MachineTranslationError(
                f"{self._where()}: no answer within {self.timeout:g} s"
            ) from None
        except Exception as error:
            raise self._describe(error) from error
        if not isinstance(answer, str) or not answer.strip():
            raise MachineTranslationError(f"{self._where()} returned no translation")
        return answer

    def _client(self, source: str, target: str) -> Any:
        key = (source, target)
        if key not in self._clients:
            self._clients[key] = self._new_client(source, target)
        return self._clients[key]

    def _new_client(self, source: str, target: str) -> Any:
        # deep-translator (and requests under it) is imported only when a machine translation
        # is asked for: `l10n align` and `l10n translate --no-mt` never pay for it.
        from deep_translator import GoogleTranslator, LibreTranslator, MyMemoryTranslator
        from deep_translator.exceptions import LanguageNotSupportedException

        try:
            if self.provider == "libre":
                return LibreTranslator(
                    source=source,
                    target=target,
                    api_key=self.api_key or NO_API_KEY,
                    custom_url=_with_slash(self.url) if self.url else None,
                )
            if self.provider == "mymemory":
                return MyMemoryTranslator(
                    source=MYMEMORY_CODES[source], target=MYMEMORY_CODES[target]
                )
            return GoogleTranslator(source=source, target=target)
        except LanguageNotSupportedException as error:
            raise MachineTranslationError(
                f"{self.provider} cannot translate {source} to {target}"
            ) from error

    def _where(self) -> str:
        return f"{self.provider} ({self.url})" if self.url else self.provider

    def _describe(self, error: Exception) -> MachineTranslationError:
        import requests
        from deep_translator.exceptions import (
            AuthorizationException,
            RequestError,
            ServerException,
            TooManyRequests,
            TranslationNotFound,
        )

        where = self._where()
        if isinstance(error, TooManyRequests) or (
            isinstance(error, ServerException) and "TOO_MANY_REQUESTS" in str(error)
        ):
            reason = "too many requests (rate limited); try again later"
        elif isinstance(error, AuthorizationException):
            reason = "access refused: check the API key"
        elif isinstance(error, ServerException | RequestError):
            reason = f"server error ({error})"
        elif isinstance(error, TranslationNotFound):
            reason = "no translation found"
        elif isinstance(error, requests.exceptions.ConnectionError):
            reason = "cannot connect"
        elif isinstance(error, requests.exceptions.RequestException | ValueError):
            reason = f"bad answer ({type(error).__name__})"
        else:
            reason = f"failed ({type(error).__name__})"
        return MachineTranslationError(f"{where}: {reason}")


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _within(timeout: float, call: Callable[[], object]) -> object:
    """The result of `call`, waited for at most `timeout` seconds.

    The call runs in a daemon thread: when the deadline passes it is abandoned (it cannot be
    interrupted), and it will not keep the process alive. Raises TimeoutError, or what the
    call raised.
    """
    outcome: queue.Queue[tuple[bool, object]] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            outcome.put((True, call()))
        except Exception as error:  # handed to the waiting thread, which raises it cleanly
            outcome.put((False, error))

    threading.Thread(target=work, name="l10n-machine-translation", daemon=True).start()
    try:
        succeeded, value = outcome.get(timeout=timeout)
    except queue.Empty:
        raise TimeoutError(f"no answer within {timeout:g} s") from None
    if succeeded:
        return value
    assert isinstance(value, BaseException)
    raise value
