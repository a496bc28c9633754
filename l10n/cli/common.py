"""What every command shares: the lazily loaded configuration and common options."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from l10n.config import Config


class State:
    """Passed to every command; the configuration is read only when a command needs it.
    `start` is the folder the command works from (`-C`, or the current folder)."""

    def __init__(self, load: Callable[[], Config], start: Path):
        self._load = load
        self.start = start

    @cached_property
    def config(self) -> Config:
        """The project's configuration; outside a project, a `NotAProjectError`."""
        return self._load()

    @property
    def optional_config(self) -> Config | None:
        """The configuration, or None outside a project: for commands that work on files
        given to them (`segment FILE`, `check FILE`) wherever they are."""
        from l10n.errors import NotAProjectError

        try:
            return self.config
        except NotAProjectError:
            return None


pass_state = click.make_pass_decorator(State)


class _Text(click.ParamType[str]):
    """Text given on the command line, refused when it is not Unicode: Python hands bytes the
    terminal's encoding cannot decode over as lone surrogates, which no file, page or database
    can hold."""

    name = "text"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str:
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            self.fail(
                f"{text!r} is not valid UTF-8 ({_undecoded(text[error.start : error.end])} at "
                f"character {error.start + 1}): give it in UTF-8",
                param,
                ctx,
            )
        return text


TEXT = _Text()


def _undecoded(surrogates: str) -> str:
    """What lone surrogates stand for: the bytes the terminal could not decode (U+DC80-U+DCFF
    are bytes 0x80-0xFF), or the surrogate itself."""
    return " ".join(
        f"byte 0x{ord(character) - 0xDC00:02X}"
        if 0xDC80 <= ord(character) <= 0xDCFF
        else f"U+{ord(character):04X}"
        for character in surrogates
    )


format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output for people (text) or programs (json).",
)

# Which target languages a command works on; each command checks them against the project's.
lang_option = click.option(
    "--lang",
    "languages",
    multiple=True,
    metavar="LANG",
    help="Only this target language (repeatable; default: every target language).",
)
