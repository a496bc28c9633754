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
