"""Commands: `l10n check`, figure consistency of PO catalogs across languages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from l10n.cli import INPUT_ERROR
from l10n.cli.common import State, lang_option, pass_state
from l10n.errors import CatalogError, L10nError

if TYPE_CHECKING:
    from l10n.check import CheckResult

FINDINGS_EXIT = 1
# Reports read by tools (in a pull request, or a script parsing stdout), which must show an
# unreadable file where it is rather than print nothing.
ANNOTATED_FORMATS = ("github", "sarif", "junit", "json")
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
@lang_option
@pass_state
def check_command(
    state: State,
    paths: tuple[Path, ...],
    source_lang: str | None,
    output_format: str,
    fail_on: str,
    jobs: int,
    languages: tuple[str, ...],
) -> None:
    """Check that every figure states the same value in every language.

    PATHS are PO files or folders searched for *.po; without them, the project's catalogs of
    its target languages, and whether they are up to date with the statements (`catalog-stale`).
    Untranslated entries are skipped, fuzzy ones reported as warnings; the flag
    `#, ignore-numbers` (or a translator comment `# l10n-ignore-numbers`) silences an entry's
    figures and a translator comment `# l10n-accept: 5 miles -> 8 km` accepts one difference.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors.
    """
    from l10n.check import CheckResult, check_paths, unreadable_finding
    from l10n.parallel import available_processors
    from l10n.report import WRITERS, failing

    codes = _language_codes(languages)
    processes = jobs or min(available_processors(), DEFAULT_PROCESSES_AT_MOST)
    try:
        # PO files given by name are checked wherever they are; the project's need a project.
        if paths:
            config = None if source_lang else state.optional_config
            language = source_lang or (config.source_lang if config is not None else "en")
            catalogs = list(paths)
        else:
            language = source_lang or state.config.source_lang
            catalogs = _project_catalogs(state, codes)
        result = check_paths(
            catalogs,
            language,
            languages=codes,
            keep_entries=output_format == "junit",
            processes=processes,
        )
        if not paths:
            _add_stale_findings(state, codes, result)
    except L10nError as error:
        if output_format not in ANNOTATED_FORMATS or error.path is None:
            raise
        # A pull request shows the tools' report, not the log: the file and line go there too.
        unreadable = CheckResult(findings=[unreadable_finding(error)], files=[error.path])
        click.echo(WRITERS[output_format](unreadable, fail_on))
        click.echo(f"l10n: error: {error}", err=True)
        raise click.exceptions.Exit(INPUT_ERROR) from error
    click.echo(WRITERS[output_format](result, fail_on))
    if failing(result.findings, fail_on):
        raise click.exceptions.Exit(FINDINGS_EXIT)


def _language_codes(languages: tuple[str, ...]) -> tuple[str, ...]:
    from l10n.languages import get_language

    try:
        return tuple(get_language(language).code for language in languages)
    except L10nError as error:
        raise click.BadParameter(error.message, param_hint="'--lang'") from error


def _project_catalogs(state: State, languages: tuple[str, ...]) -> list[Path]:
    from l10n.catalog import target_language
    from l10n.layout import project_catalogs

    config = state.config
    targets = [target_language(config, language) for language in languages]
    found = [_shown(catalog.path) for catalog in project_catalogs(config, targets)]
    if not found:
        names = ", ".join(targets or config.target_langs)
        raise CatalogError(f"no PO catalogs found for {names}", path=config.locales_path)
    return found


def _add_stale_findings(state: State, languages: tuple[str, ...], result: CheckResult) -> None:
    from dataclasses import replace

    from l10n.check import stale_catalog_findings

    stale = stale_catalog_findings(state.config, languages)
    result.findings.extend(
        replace(finding, file=str(_shown(Path(finding.file)))) for finding in stale
    )
    result.findings.sort(key=lambda f: (f.file, f.line, f.code))


def _shown(path: Path) -> Path:
    """Relative to the working folder when inside it, as CI annotations and SARIF expect."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


COMMANDS: list[click.Command] = [check_command]
