"""Commands: `l10n build` (the localized site) and `l10n serve` (a local preview of it)."""

from __future__ import annotations

import functools
import http.server
import io
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO

import click

from l10n.build import BuildOptions, BuildResult, Issue, build_site
from l10n.check import NEVER_PUBLISHED, STALE, check_project
from l10n.cli.common import TEXT, State, pass_state
from l10n.errors import L10nError, place
from l10n.wording import counted

REFUSED = 1
LOOPBACK = "127.0.0.1"


def _describe(issue: Issue) -> str:
    return f"{place(issue.file, issue.line)}: {issue.language}: {issue.code}: {issue.message}"


def _report(result: BuildResult) -> None:
    for issue in result.refusals:
        click.echo(_describe(issue), err=True)
    if any(issue.code == STALE for issue in result.refusals):
        click.echo(
            f"l10n: build refused ({counted(len(result.refusals), 'issue')}); the site was not "
            "changed. The catalogs are out of date with the statements: run `l10n update`, "
            "then translate what it marks.",
            err=True,
        )
    elif any(issue.code in NEVER_PUBLISHED for issue in result.refusals):
        click.echo(
            f"l10n: build refused ({counted(len(result.refusals), 'issue')}); the site was not "
            "changed. No option publishes a translation holding a bidi control character: "
            "remove it from the catalog.",
            err=True,
        )
    elif result.refusals:
        click.echo(
            f"l10n: build refused ({counted(len(result.refusals), 'issue')}); "
            "the site was not changed. Fix the catalogs, or publish anyway with "
            "--force (figures) or --allow-partial (untranslated sentences and interface texts).",
            err=True,
        )
    if result.refusals:
        return
    for issue in result.overridden:
        click.echo(f"warning: {_describe(issue)}", err=True)
    click.echo(f"built {counted(result.pages, 'page')} into {result.out}")


@click.command("build")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder, relative to the project folder (default: the site-dir setting, site/).",
)
@click.option("--force", is_flag=True, help="Publish even when figures differ between languages.")
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Publish untranslated or fuzzy sentences (and interface texts) in their own language.",
)
@click.option(
    "--base-url",
    type=TEXT,
    default=None,
    help="Public address of the site (https://example.org/); makes hreflang links absolute.",
)
@pass_state
def build_command(
    state: State, out: Path | None, force: bool, allow_partial: bool, base_url: str | None
) -> None:
    """Build the localized HTML site: every statement in every language, and index pages."""
    config = state.config
    options = BuildOptions(
        out=out if out is not None else config.site_path,
        force=force,
        allow_partial=allow_partial,
        base_url=base_url,
    )
    result = build_site(config, options, check_project)
    _report(result)
    if not result.written:
        raise SystemExit(REFUSED)


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """The preview's requests: a path the file system cannot take (a NUL, "/%00") is a bad
    request, where the standard handler fails with a traceback and drops the connection."""

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        try:
            return super().send_head()
        except ValueError:
            self.send_error(HTTPStatus.BAD_REQUEST, "a path no file can have")
            return None


@click.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of the built site, relative to the project folder (default: site/).",
)
@pass_state
def serve_command(state: State, port: int, out: Path | None) -> None:
    """Preview the built site on http://127.0.0.1:PORT/ (Ctrl-C stops)."""
    config = state.config
    folder = (config.root / out if out is not None else config.site_path).resolve()
    if not (folder / "index.html").is_file():
        raise click.UsageError(f"no built site in {folder}: run `l10n build` first")
    handler = functools.partial(SiteRequestHandler, directory=str(folder))
    try:
        server = http.server.ThreadingHTTPServer((LOOPBACK, port), handler)
    except OSError as error:
        raise L10nError(f"cannot listen on {LOOPBACK}:{port}: {error.strerror}") from error
    with server:
        host, bound_port = server.server_address[:2]
        click.echo(f"serving {folder} on http://{host!s}:{bound_port}/ (Ctrl-C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


COMMANDS: list[click.Command] = [build_command, serve_command]
