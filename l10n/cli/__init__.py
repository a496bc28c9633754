"""The `l10n` command: a thin Click layer over the core.

Only this package prints and decides exit codes: 0 clean, 1 findings, 2 usage or input errors.
Each command module parses its options, calls one core function and prints its result.
A command's module is imported when the command is looked up, so that `l10n check` imports
neither Jinja nor Markdown nor deep-translator, and start-up stays short.
"""

from __future__ import annotations

import gc
import importlib
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from l10n import __version__
from l10n.cli.common import State
from l10n.errors import L10nError

if TYPE_CHECKING:
    from l10n.config import Config

INPUT_ERROR = 2

# Each command and the module of l10n.cli that defines it, in its COMMANDS list.
COMMAND_MODULES = {
    "align": "translate",
    "build": "build",
    "check": "check",
    "extract": "catalog",
    "import": "translate",
    "init": "catalog",
    "segment": "segment",
    "serve": "build",
    "stats": "catalog",
    "tm": "translate",
    "translate": "translate",
    "update": "catalog",
}


class L10nGroup(click.Group):
    """Imports a command's module when the command is looked up; turns every `L10nError` into
    one clean line on stderr and exit code 2, in one place."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMAND_MODULES:
            return None
        module = importlib.import_module(f"l10n.cli.{COMMAND_MODULES[cmd_name]}")
        commands: list[click.Command] = module.COMMANDS
        return next(command for command in commands if command.name == cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        # Click says only "No such command"; a user who typed `chek` wants to hear `check`.
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMAND_MODULES:
            import difflib

            close = difflib.get_close_matches(name, COMMAND_MODULES, n=1)
            if close:
                ctx.fail(f"No such command '{name}'. Did you mean '{close[0]}'?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except L10nError as error:
            click.echo(f"l10n: error: {error}", err=True)
            ctx.exit(INPUT_ERROR)
        except OSError as error:
            # A file or folder that cannot be read or written (permissions, a folder where a
            # file should be, a full disk): the user's to fix, named as the system names it.
            where = f"{error.filename}: " if error.filename is not None else ""
            click.echo(f"l10n: error: {where}{error.strerror or error}", err=True)
            ctx.exit(INPUT_ERROR)


def _print_whatever_the_text() -> None:
    """Output never fails on a character the terminal cannot show: a file name that is not
    UTF-8 (which Python holds as lone surrogates, "\\udcff") or Arabic on a Latin-1 terminal is
    printed as a backslash escape, as error messages show it, and JSON stays valid."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


@click.group(cls=L10nGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="l10n")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Configuration file (default: nearest l10n.toml or pyproject.toml with [tool.l10n]).",
)
@click.option(
    "-C",
    "--project",
    "project_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Project folder to work in (default: the current folder).",
)
@click.pass_context
def main(ctx: click.Context, config_file: Path | None, project_dir: Path | None) -> None:
    """Parallel statements in Russian, English and Arabic, kept as gettext catalogs."""
    # The commands build many objects and keep them to the end (catalog entries, segments):
    # a cycle collection every 700 new objects cost a fifth of a 100,000-entry check. Fewer
    # collections while a command runs, as mypy does; the process's setting comes back after.
    _print_whatever_the_text()
    thresholds = gc.get_threshold()
    gc.set_threshold(200_000, 30, 30)
    ctx.call_on_close(lambda: gc.set_threshold(*thresholds))
    start = project_dir or Path.cwd()

    def load() -> Config:
        from l10n.config import load_config

        return load_config(start, config_file)

    ctx.obj = State(load, start)
