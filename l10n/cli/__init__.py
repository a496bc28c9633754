"""The `l10n` command: a thin Click layer over the core.

Only this package prints and decides exit codes: 0 clean, 1 findings, 2 usage or input errors.
Each command module parses its options, calls one core function and prints its result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from l10n import __version__
from l10n.cli.common import State
from l10n.config import load_config
from l10n.errors import L10nError

INPUT_ERROR = 2


class L10nGroup(click.Group):
    """Turns every `L10nError` into one clean line on stderr and exit code 2, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except L10nError as error:
            click.echo(f"l10n: error: {error}", err=True)
            ctx.exit(INPUT_ERROR)


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
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project folder to work in (default: the current folder).",
)
@click.pass_context
def main(ctx: click.Context, config_file: Path | None, project_dir: Path | None) -> None:
    """Parallel statements in Russian, English and Arabic, kept as gettext catalogs."""
    start = project_dir or Path.cwd()
    ctx.obj = State(lambda: load_config(start, config_file))


def _register() -> None:
    from l10n.cli import build, catalog, check, segment, translate

    for module in (segment, catalog, check, build, translate):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
