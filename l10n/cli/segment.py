"""Command: `l10n segment FILE` prints the sentences a statement or a text file splits into."""

from __future__ import annotations

import json
from pathlib import Path

import click

from l10n.cli.common import State, format_option, pass_state
from l10n.errors import SourceError
from l10n.languages import get_language
from l10n.segment import split_sentences
from l10n.sources import parse_plain_text, read_statement_file
from l10n.wording import visible


@click.command("segment")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--lang",
    "language",
    metavar="LANG",
    help="Language of FILE: en, ru, ar or a locale such as ar_SY "
    "(default: the project's source language; en outside a project).",
)
@format_option
@pass_state
def segment_command(state: State, file: Path, language: str | None, output_format: str) -> None:
    """Split FILE into sentences, one per line (or as JSON).

    A .md file is read as a statement (front matter, then Markdown); any other file as plain
    text whose paragraphs are separated by blank lines, where a line ending with a colon or a
    short line without final punctuation (a heading, a dateline) is a segment of its own.
    Direction marks that copying from a page leaves in plain text are removed, with a warning.
    """
    config = state.optional_config
    if language is not None and not language.strip():
        raise click.BadParameter("names no language", param_hint="--lang")
    code = language or (config.source_lang if config is not None else "en")
    get_language(code)
    segments, warnings = segments_of_file(file, code)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if output_format == "json":
        click.echo(json.dumps({"segments": segments}, ensure_ascii=False, indent=2))
    else:
        for segment in segments:
            # A control character from the file (ESC, BEL) would act on the terminal.
            click.echo(visible(segment))


def segments_of_file(path: Path, language: str) -> tuple[list[str], tuple[str, ...]]:
    """The sentences of a statement (.md) or of a plain text file, in order, and the
    warnings of reading it."""
    if path.suffix.lower() == ".md":
        document = read_statement_file(path, language)
        return [segment.text for segment in document.segments()], ()
    if not path.is_file():
        raise SourceError("not a file" if path.exists() else "file not found", path=path)
    plain = parse_plain_text(path.read_bytes(), str(path))
    sentences = [
        sentence
        for paragraph in plain.paragraphs
        for sentence in split_sentences(paragraph.text, language, plain_text=True)
    ]
    return sentences, plain.warnings


COMMANDS: list[click.Command] = [segment_command]
