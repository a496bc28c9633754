"""Commands: `l10n check`, figure consistency of PO catalogs across languages."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import click

from l10n.cli.common import State, pass_state
from l10n.errors import CatalogError, L10nError

FINDINGS_EXIT = 1
# The formats of l10n.report.WRITERS, named here so that `l10n check --help` imports neither the
# checks nor the reports (tests/test_cli_lazy.py keeps the two lists the same).
REPORT_FORMATS = ("text", "json", "sarif", "github", "junit")
# Beyond this many, a 100,000-entry check gains little from one more process.
DEFAULT_PROCESSES_AT_MOST = 8


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A language code l10n supports; anything else is a usage error (exit 2)."""
    from l10n.languages import get_language

    if value is None:
        return None
    try:
        return get_language(value).code
    except L10nError as error:
        raise click.BadParameter(error.message, ctx, param) from error


@click.command("check")
@click.argument(
    "paths", nargs=-1, type=click.Path(exists=True, path_type=Path), metavar="[PATHS]..."
)
@click.option(
    "--source-lang",
    callback=_language,
    metavar="LANG",
    default=None,
    help="Language of the msgids (default: the project's source-lang; en outside a project).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="Report for people (text) or for tools (json, sarif, github annotations, junit XML).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    default="error",
    show_default=True,
    help="Exit with 1 when a finding reaches this severity.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Processes that read figures at once (default 0: one per processor, up to 8).",
)
@pass_state
def check_command(
    state: State,
    paths: tuple[Path, ...],
    source_lang: str | None,
    output_format: str,
    fail_on: str,
    jobs: int,
) -> None:
    """Check that every figure states the same value in every language.

    PATHS are PO files or folders searched for *.po; without them, the project's catalogs of
    its target languages. Untranslated entries are skipped, fuzzy ones reported as warnings;
    the flag `#, ignore-numbers` silences an entry and a translator comment
    `# l10n-accept: 5 miles -> 8 km` accepts one difference.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors.
    """
    from l10n.check import check_paths
    from l10n.layout import project_catalogs
    from l10n.parallel import available_processors, map_in_processes
    from l10n.report import WRITERS, failing

    # PO files given by name are checked wherever they are; the project's own need a project.
    if paths:
        config = None if source_lang else state.optional_config
        language = source_lang or (config.source_lang if config is not None else "en")
        catalogs = list(paths)
    else:
        language = source_lang or state.config.source_lang
        catalogs = [_shown(catalog.path) for catalog in project_catalogs(state.config)]
    if not catalogs:
        targets = ", ".join(state.config.target_langs)
        raise CatalogError(f"no PO catalogs found for {targets}", path=state.config.locales_path)
    processes = jobs or min(available_processors(), DEFAULT_PROCESSES_AT_MOST)
    result = check_paths(
        catalogs,
        language,
        keep_entries=output_format == "junit",
        map_batches=partial(map_in_processes, processes=processes),
    )
    click.echo(WRITERS[output_format](result, fail_on))
    if failing(result.findings, fail_on):
        raise click.exceptions.Exit(FINDINGS_EXIT)


def _shown(path: Path) -> Path:
    """Relative to the working folder when inside it, as CI annotations and SARIF expect."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


COMMANDS: list[click.Command] = [check_command]
