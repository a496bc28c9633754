"""Commands that fill catalogs from outside: `align`, `tm import`, `tm lookup`, `translate`."""

from __future__ import annotations

import math
import sys
from datetime import datetime
from pathlib import Path

import click

from l10n.cli.common import TEXT, State, lang_option, pass_state
from l10n.mt import DEFAULT_TIMEOUT, PROVIDERS, MachineTranslator
from l10n.prefill import (
    align_statement,
    import_memory,
    memory_catalog_count,
    memory_path,
    translate_project,
)
from l10n.tm import FUZZY_THRESHOLD, TranslationMemory
from l10n.wording import counted


@click.command("align")
@click.argument("source_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-t",
    "--translation",
    "versions",
    nargs=2,
    multiple=True,
    required=True,
    type=(str, click.Path(dir_okay=False, path_type=Path)),
    metavar="LANG FILE",
    help="An existing translation in LANG: a statement with front matter, plain text (as "
    "copied from a browser), or a saved HTML page (repeatable, one per language).",
)
@click.option("--dry-run", is_flag=True, help="Align and report, but write nothing.")
@pass_state
def align_command(
    state: State, source_file: Path, versions: tuple[tuple[str, Path], ...], dry_run: bool
) -> None:
    """Import existing translations of SOURCE_FILE into its catalogs, sentence by sentence.

    Sentences are aligned over the whole document, by length, figures and quotation marks,
    with paragraph breaks as soft evidence. Only empty entries are filled. A pair is final
    only when the aligner is sure; the others are fuzzy with a comment saying why. A sentence
    with no counterpart stays empty. Run `l10n update` first so that the catalogs exist.
    """
    for report in align_statement(state.config, source_file, versions, dry_run=dry_run):
        summary = report.summary
        beads = ", ".join(f"{count} {kind}" for kind, count in summary.beads) or "none"
        action = "updated" if report.written else "would update" if dry_run else "unchanged"
        click.echo(
            f"{report.language}: {report.version} -> {report.catalog} ({action}): "
            f"{summary.filled} filled ({summary.fuzzy} fuzzy), {len(summary.empty)} left empty, "
            f"{summary.kept} already translated, {summary.not_in_catalog} not in the catalog; "
            f"beads: {beads}"
        )
        for warning in report.warnings:
            click.echo(f"{report.language}: warning: {warning}", err=True)
        for sentence in summary.empty:
            click.echo(f"  empty: {_short(sentence)} (no counterpart found)")
        for sentence, reason in summary.review:
            click.echo(f"  fuzzy: {_short(sentence)} ({reason})")


def _short(sentence: str, width: int = 60) -> str:
    return f"“{sentence if len(sentence) <= width else sentence[: width - 1] + '…'}”"


@click.command("import")
@click.argument("page_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--slug", help="The statement's slug (default: from its title and date).")
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d %H:%M", "%Y-%m-%d"]),
    help="Date and time of publication, when the page does not say (2026-03-04 09:30).",
)
@click.option("--force", is_flag=True, help="Replace a statement with the same slug.")
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@pass_state
def import_command(
    state: State,
    page_file: Path,
    slug: str | None,
    published: datetime | None,
    force: bool,
    dry_run: bool,
) -> None:
    """Create a statement in the source folder from a saved HTML page of a news site.

    The page's main content becomes the statement: title, date and time, breadcrumb, body,
    and the signatories' lines at its end in the front matter. Menus, share buttons and
    "rate this page" widgets are left out. Check the file, then run `l10n update`.
    """
    from l10n.layout import read_statements, shown_path, statement_slugs
    from l10n.page import import_page

    config = state.config
    shown = page_file.name if page_file.is_absolute() else page_file.as_posix()
    if not page_file.is_file():
        raise click.BadParameter(f"{shown}: no such file", param_hint="PAGE_FILE")
    report = import_page(
        page_file.read_bytes(),
        shown,
        config.source_path,
        config.source_lang,
        slug=slug,
        published=published,
        force=force,
        dry_run=dry_run,
        slugs_in_use=statement_slugs(read_statements(config)),
    )
    page = report.page
    action = "created" if report.written else "would create"
    click.echo(f"{action} {shown_path(config, report.statement)} from {shown}")
    click.echo(f"  title: {page.title}")
    click.echo(f"  published: {(published or page.published):%Y-%m-%d %H:%M}")
    click.echo(f"  breadcrumb: {' > '.join(page.breadcrumb) or '(none found)'}")
    click.echo(
        f"  body: {counted(len(page.blocks), 'block')}; "
        f"{counted(len(page.signatories), 'signatory', 'signatories')}"
    )
    click.echo(
        f"  left out: {counted(page.left_out, 'element')} of the site (menus, share, rating...)"
    )
    for note in page.notes:
        click.echo(f"warning: {note}", err=True)


@click.group("tm")
def tm_group() -> None:
    """The translation memory (a SQLite file, .l10n/tm.sqlite3, rebuilt from the catalogs)."""


@tm_group.command("import")
@pass_state
def tm_import_command(state: State) -> None:
    """Store every reviewed (translated, not fuzzy) entry of the project's catalogs.

    Only what changed since the last import is written, in one transaction; on a terminal a
    progress bar shows the catalogs read.
    """
    config = state.config
    if sys.stdout.isatty():
        with click.progressbar(
            length=memory_catalog_count(config), label="importing catalogs"
        ) as bar:
            result = import_memory(config, progress=lambda _: bar.update(1))
    else:
        result = import_memory(config)
    for catalog, count in result.catalogs:
        click.echo(f"{count:6} {catalog}")
    click.echo(
        f"{counted(result.total, 'unit')} from {counted(len(result.catalogs), 'catalog')} in "
        f"{result.path}: "
        f"{result.added} added, {result.removed} removed"
    )


@tm_group.command("lookup")
@click.argument("text", type=TEXT)
@click.option("--lang", "language", required=True, metavar="LANG", help="Target language.")
@click.option("--limit", default=3, show_default=True, type=click.IntRange(min=1))
@pass_state
def tm_lookup_command(state: State, text: str, language: str, limit: int) -> None:
    """Show the memory's best translations of TEXT (exit 1 when there is none).

    Each line: the similarity, the translation, and the catalog and sentence it translates;
    under a similar (not exact) match, the figures that differ from TEXT, which the
    translation states as the memory's sentence has them.
    """
    from l10n.align import figures_differ
    from l10n.catalog import target_language

    config = state.config
    code = target_language(config, language)
    with TranslationMemory(memory_path(config)) as memory:
        matches = memory.lookup(text, config.source_lang, code, limit=limit)
        size = len(memory)
    for match in matches:
        click.echo(f"{match.score:.0%}\t{match.target}\t({match.origin}: {match.source})")
        if match.score < 1:
            note = figures_differ(text, match.source, config.source_lang)
            if note:
                click.echo(f"\t{note} (yours vs the memory's sentence)")
    if not matches:
        click.echo(
            f"no match: nothing in the memory ({counted(size, 'unit')}) translates this "
            "sentence, or "
            f"one at least {FUZZY_THRESHOLD:.0%} like it, from {config.source_lang} into {code}"
        )
        raise SystemExit(1)


# Longer than any provider takes to answer; far below what a socket's timeout can hold.
MAX_TIMEOUT = 3600.0


def _finite_seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """A number of seconds a socket can wait: "nan" passes every range check (no comparison
    holds for it), and "inf" or 1e400 overflow the socket's timeout."""
    if not math.isfinite(value) or value > MAX_TIMEOUT:
        raise click.BadParameter(
            f"{value} is not a number of seconds from 0 to {MAX_TIMEOUT:g}", ctx, param
        )
    return value


@click.command("translate")
@lang_option
@click.option(
    "--tm/--no-tm",
    "use_memory",
    default=True,
    show_default=True,
    help="Suggest from the translation memory (when `l10n tm import` has built it).",
)
@click.option("--mt", "provider", type=click.Choice(PROVIDERS), help="Machine translation.")
@click.option("--mt-url", type=TEXT, metavar="URL", help="The LibreTranslate server (libre only).")
@click.option(
    "--mt-api-key",
    type=TEXT,
    envvar="L10N_MT_API_KEY",
    metavar="KEY",
    help="API key of the provider (default: $L10N_MT_API_KEY).",
)
@click.option(
    "--mt-timeout",
    type=click.FloatRange(min=0, min_open=True),
    callback=_finite_seconds,
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for each machine translation.",
)
@click.option("--limit", type=click.IntRange(min=0), help="At most N suggestions in this run.")
@click.option("--dry-run", is_flag=True, help="Report what would be filled; write nothing.")
@pass_state
def translate_command(
    state: State,
    languages: tuple[str, ...],
    use_memory: bool,
    provider: str | None,
    mt_url: str | None,
    mt_api_key: str | None,
    mt_timeout: float,
    limit: int | None,
    dry_run: bool,
) -> None:
    """Pre-fill untranslated entries: translation memory first, then machine translation.

    Every suggestion is marked fuzzy with a `#. l10n:` comment saying where it came from,
    and which figures differ from the source when they do. Existing translations are never
    touched. When the provider fails, no catalog is written.
    """
    if mt_url and provider is None:
        raise click.UsageError("--mt-url needs --mt libre")
    machine = (
        MachineTranslator(provider, url=mt_url, api_key=mt_api_key, timeout=mt_timeout)
        if provider
        else None
    )
    if use_memory and not memory_path(state.config).is_file():
        click.echo("note: no translation memory yet (`l10n tm import` builds it)", err=True)
    reports = translate_project(
        state.config,
        languages,
        use_memory=use_memory,
        machine=machine,
        limit=limit,
        dry_run=dry_run,
    )
    totals = [0, 0, 0, 0]
    for report in reports:
        summary = report.summary
        counts = (
            summary.from_memory,
            summary.from_machine,
            summary.figures_differ,
            summary.left_untranslated,
        )
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        if summary.from_memory or summary.from_machine:
            action = "updated" if report.written else "would update"
            click.echo(
                f"{action:12} {report.path}: {summary.from_memory} from memory, "
                f"{summary.from_machine} machine-translated, {summary.figures_differ} with "
                "differing figures"
            )
    click.echo(
        f"{counted(totals[0], 'suggestion')} from memory, {totals[1]:,} from machine "
        f"translation ({totals[2]:,} with differing figures), all fuzzy; "
        f"{counted(totals[3], 'entry', 'entries')} left untranslated"
    )


COMMANDS: list[click.Command] = [align_command, import_command, tm_group, translate_command]
