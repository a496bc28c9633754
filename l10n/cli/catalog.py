"""Commands of the catalog workflow: `extract`, `update`, `stats`, `init`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import click

from l10n.catalog import (
    CatalogStats,
    FileChange,
    extract,
    stats,
    update,
)
from l10n.cli.common import State, format_option, lang_option, pass_state
from l10n.wording import counted

OUT_OF_DATE = 1


def _print_changes(changes: Sequence[FileChange]) -> None:
    for change in changes:
        if change.status != "unchanged":
            moved = f" -> {change.moved_to}" if change.moved_to else ""
            note = f" ({change.note})" if change.note else ""
            click.echo(f"{change.status:9} {change.path}{moved}{note}")
    written = sum(1 for change in changes if change.written)
    unchanged = sum(1 for change in changes if change.status == "unchanged")
    click.echo(f"{counted(written, 'file')} written, {unchanged:,} unchanged")
    _report_orphans(changes)


def _report_orphans(changes: Sequence[FileChange]) -> None:
    orphaned = [change for change in changes if change.status == "orphaned"]
    if orphaned and not any(change.status == "retired" for change in changes):
        click.echo(
            f"of no statement (deleted or renamed): {counted(len(orphaned), 'file')}; "
            "`l10n update --prune` moves them to locales/retired/",
            err=True,
        )


@click.command("extract")
@pass_state
def extract_command(state: State) -> None:
    """Write locales/templates/<slug>.pot for every statement, and site.pot for UI strings.

    A template whose sentences did not change is left as it is, dates included.
    """
    _print_changes(extract(state.config))


@click.command("update")
@lang_option
@click.option(
    "--no-extract",
    is_flag=True,
    help="Merge the templates already in locales/templates/ instead of extracting first.",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Move the template and catalogs of a statement that is gone to locales/retired/.",
)
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit with 1 when an update would change a file (for CI).",
)
@pass_state
def update_command(
    state: State, languages: tuple[str, ...], no_extract: bool, prune: bool, check_only: bool
) -> None:
    """Extract, then merge the templates into locales/<lang>/LC_MESSAGES/<slug>.po.

    Like msgmerge: kept translations stay, a changed sentence gets the closest old translation
    marked fuzzy with the previous msgid (#|), removed sentences become obsolete (#~).
    The files of a statement that is gone are reported; --prune moves them aside.
    """
    changes = update(
        state.config,
        languages,
        extract_first=not no_extract,
        prune=prune,
        write=not check_only,
    )
    if not check_only:
        _print_changes(changes)
        return
    changed = [change for change in changes if change.written]
    for change in changes:
        if change.written:
            note = f" ({change.note})" if change.note else ""
            click.echo(f"would be {change.status:7} {change.path}{note}")
        elif change.status == "orphaned":
            click.echo(f"orphaned  {change.path}")
    _report_orphans(changes)
    if changed:
        click.echo(f"{counted(len(changed), 'file')} out of date: run `l10n update`", err=True)
        raise SystemExit(OUT_OF_DATE)
    click.echo(f"all {counted(len(changes) - len(changed), 'file')} up to date")


@click.command("stats")
@lang_option
@format_option
@pass_state
def stats_command(state: State, languages: tuple[str, ...], output_format: str) -> None:
    """Translated, fuzzy and untranslated entries per language and statement."""
    rows = stats(state.config, languages)
    if output_format == "json":
        payload = [{**asdict(row), "total": row.total} for row in rows]
        click.echo(json.dumps({"catalogs": payload}, ensure_ascii=False, indent=2))
        return
    click.echo(_stats_table(rows))


def _stats_table(rows: Sequence[CatalogStats]) -> str:
    header = ("lang", "catalog", "translated", "fuzzy", "untranslated", "obsolete", "done")
    lines = [header]
    for row in rows:
        done = f"{100 * row.translated // row.total}%" if row.total else "-"
        name = row.domain if row.exists else f"{row.domain} (no catalog)"
        lines.append(
            (
                row.language,
                name,
                str(row.translated),
                str(row.fuzzy),
                str(row.untranslated),
                str(row.obsolete),
                done,
            )
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if column < 2 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in lines
    )


def _languages(values: tuple[str, ...]) -> list[str]:
    """Language codes given repeatedly or separated by commas ("ru,ar")."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), required=False)
@click.option(
    "--source-lang",
    default=None,
    metavar="LANG",
    help="Language of the statements (default: en).",
)
@click.option(
    "--target-langs",
    multiple=True,
    metavar="LANG,…",
    help="Languages to translate into, separated by commas (default: the other languages).",
)
@pass_state
def init_command(
    state: State, folder: Path | None, source_lang: str | None, target_langs: tuple[str, ...]
) -> None:
    """Create a new project in FOLDER (default: here), which must be empty or not exist yet."""
    from l10n.scaffold import init_project

    where = state.start / folder if folder is not None else state.start
    targets = _languages(target_langs)
    if target_langs and not targets:
        # Given but naming none: not the default languages, which were not asked for.
        raise click.BadParameter(
            f"{', '.join(map(repr, target_langs))} names no language", param_hint="--target-langs"
        )
    if source_lang is not None and not source_lang.strip():
        raise click.BadParameter("names no language", param_hint="--source-lang")
    for path in init_project(where, source_lang, targets):
        click.echo(f"created   {_relative(path)}")
    click.echo(
        "next: edit the statement in source/ and the [site] words in l10n.toml, "
        "then run `l10n update` and translate locales/*/LC_MESSAGES/*.po"
    )


def _relative(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


COMMANDS: list[click.Command] = [extract_command, update_command, stats_command, init_command]
