"""Every command is linear in its input: each command on long, repetitive hostile inputs, at a
size and at twice that size; the time ratio should stay near 2 (at most about 2.5).

    python bench/command_scaling.py [--size 32000] [--only check,segment] [--pattern 1-]

A hostile input is one paragraph (or catalog entry) of one figure-like token repeated to the
size ("1-1-1-…", "Jan 1, Jan 1, …", "двадцать пять двадцать пять …", "(((…", "&#&#…"), and
for some commands also very many short paragraphs, and one line of 16 times the size. Each
command runs in-process on a fresh project (`l10n init`) as a user would run it: `check` on a
catalog (source "Hello 1 2" and a translation of the pattern, so that every figure is
unmatched; and the pattern against itself with one figure changed at the end, so that the
second stage reads it), `segment` on a text file, `update` (extract and merge) and `build` on
a statement, `align` of a plain-text translation, `import` of a saved page, `translate` from
the translation memory, `stats` on the catalogs. The time of one run of each size (the least
of two) is printed with the ratio; nothing is asserted (timing asserts have no place in
tests). bench/scaling.py measures the readers underneath in the same way.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from l10n.cli import main  # noqa: E402

PATTERNS = [
    "1-",
    "1/",
    "1%",
    "1.",
    "1,",
    "1 ",
    "١٬",
    "2020-01-01 ",
    "Jan 1, ",
    "1 января ",
    "١ كانون الثاني ",
    "двадцать пять ",
    "خمسة وعشرون ",
    "(((",
    "<<<",
    "&#",
    "%1%1",
    "{{{",
    "**_[",
    "1:",
    "x/x 1-",
    "1. Jan ",
]
HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: {lang}\\n"\n\n'
FRONT = "---\ntitle: Statement\nslug: s\npublished: 2026-01-20\n---\n\n"

Run = Callable[[], object]
REFUSED: set[str] = set()
Prepare = Callable[[Path, str, int], Run]


def repeated(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def po_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def cli(folder: Path, *arguments: str) -> Run:
    def run() -> object:
        result = CliRunner().invoke(main, ["-C", str(folder), *arguments])
        if result.exit_code not in (0, 1) and arguments[0] not in REFUSED:
            REFUSED.add(arguments[0])  # a refusal (exit 2) is timed too; said once per command
            message = (result.output or repr(result.exception)).strip().splitlines()[-1]
            print(f"  (l10n {arguments[0]}: exit {result.exit_code}: {message})", file=sys.stderr)
        return result

    return run


def project(folder: Path, body: str) -> Path:
    """A fresh project with one statement whose body is `body`."""
    result = CliRunner().invoke(main, ["init", str(folder / "p")])
    assert result.exit_code == 0, result.output
    root = folder / "p"
    for statement in (root / "source").glob("*.md"):
        statement.unlink()
    (root / "source" / "s.md").write_text(FRONT + body + "\n", "utf-8")
    return root


def check_unmatched(folder: Path, pattern: str, size: int) -> Run:
    path = folder / "ru.po"
    entry = f'msgid "Hello 1 2"\nmsgstr "{po_text(repeated(pattern, size))}"\n'
    path.write_text(HEADER.format(lang="ru") + entry, "utf-8")
    return cli(folder, "check", str(path), "--source-lang", "en", "--fail-on", "never")


def check_one_changed(folder: Path, pattern: str, size: int) -> Run:
    path = folder / "ar.po"
    text = po_text(repeated(pattern, size))
    path.write_text(HEADER.format(lang="ar") + f'msgid "{text} 5"\nmsgstr "{text} 6"\n', "utf-8")
    return cli(folder, "check", str(path), "--source-lang", "en", "--fail-on", "never")


def segment(folder: Path, pattern: str, size: int) -> Run:
    path = folder / "text.txt"
    path.write_text(repeated(pattern, size) + "\n", "utf-8")
    return cli(folder, "segment", str(path), "--lang", "ru")


def update(folder: Path, pattern: str, size: int) -> Run:
    root = project(folder, repeated(pattern, size))
    return cli(root, "update")


def build(folder: Path, pattern: str, size: int) -> Run:
    root = project(folder, repeated(pattern, size))
    cli(root, "update")()
    return cli(root, "build", "--allow-partial", "--force")


def align(folder: Path, pattern: str, size: int) -> Run:
    root = project(folder, repeated(pattern, size))
    cli(root, "update")()
    translation = folder / "ru.txt"
    translation.write_text(repeated(pattern, size) + "\n", "utf-8")
    return cli(
        root, "align", str(root / "source" / "s.md"), "-t", "ru", str(translation), "--dry-run"
    )


def import_page(folder: Path, pattern: str, size: int) -> Run:
    root = project(folder, "A.")
    page = folder / "page.html"
    body = repeated(pattern, size).replace("&", "&amp;").replace("<", "&lt;")
    page.write_text(
        "<html><head><title>T</title></head><body><h1>Title</h1>"
        f'<div class="date">20.01.2026</div><p>{body}</p></body></html>',
        "utf-8",
    )

    def run() -> object:
        shutil.rmtree(root / "source" / "imported", ignore_errors=True)
        for made in (root / "source").glob("imported*.md"):
            made.unlink()
        return cli(root, "import", str(page), "--slug", "imported")()

    return run


def translate(folder: Path, pattern: str, size: int) -> Run:
    """The memory holds every sentence of the statement; a second statement repeats them."""
    sentences = repeated(pattern, size)
    root = project(folder, sentences)
    cli(root, "update")()
    catalog = root / "locales" / "ru" / "LC_MESSAGES" / "s.po"
    text = catalog.read_text("utf-8")
    catalog.write_text(
        re.sub(r'msgid "(.*)"\nmsgstr ""', r'msgid "\1"\nmsgstr "\1"', text), "utf-8"
    )
    cli(root, "tm", "import")()
    (root / "source" / "t.md").write_text(FRONT.replace("slug: s", "slug: t") + sentences, "utf-8")
    cli(root, "update")()
    return cli(root, "translate", "--lang", "ru", "--dry-run")


def stats(folder: Path, pattern: str, size: int) -> Run:
    root = project(folder, repeated(pattern, size))
    cli(root, "update")()
    return cli(root, "stats")


def many_paragraphs(command: Prepare) -> Prepare:
    """The pattern as very many short paragraphs (one token each) rather than one long one."""

    def prepare(folder: Path, pattern: str, size: int) -> Run:
        return command(folder, "\n\n".join([pattern.strip() or "1"] * (size // 8)), size)

    return prepare


def long_line(command: Prepare) -> Prepare:
    """One line 16 times the size."""

    def prepare(folder: Path, pattern: str, size: int) -> Run:
        return command(folder, pattern, 16 * size)

    return prepare


COMMANDS: dict[str, Prepare] = {
    "check": check_unmatched,
    "check-changed": check_one_changed,
    "segment": segment,
    "update": update,
    "build": build,
    "align": align,
    "import": import_page,
    "translate": translate,
    "stats": stats,
}
EXTRA: dict[str, Prepare] = {
    "update, many paragraphs": many_paragraphs(lambda f, p, s: update(f, p, len(p))),
    "check, 16x line": long_line(check_unmatched),
    "segment, 16x line": long_line(segment),
    "align, sentences": lambda folder, pattern, size: align(
        folder, f"The team met {pattern.strip()} people. ", size
    ),
}


def least_time(prepare: Prepare, pattern: str, size: int) -> float:
    best = float("inf")
    for _ in range(2):
        with tempfile.TemporaryDirectory(prefix="l10n-scaling-") as scratch:
            run = prepare(Path(scratch), pattern, size)
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
    return best


def main_() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=32_000, help="characters at the first size")
    parser.add_argument("--only", default="", help="commands to run, separated by commas")
    parser.add_argument("--pattern", action="append", help="patterns to try (repeatable)")
    arguments = parser.parse_args()
    size = arguments.size
    patterns = arguments.pattern or PATTERNS
    commands = {**COMMANDS, **EXTRA}
    if arguments.only:
        wanted = arguments.only.split(",")
        commands = {name: run for name, run in commands.items() if name.split(",")[0] in wanted}
    print(f"{'command':26} {'pattern':18} {size:>9,} ch {2 * size:>9,} ch   ratio", flush=True)
    worst = 0.0
    for name, prepare in commands.items():
        for pattern in patterns:
            first = least_time(prepare, pattern, size)
            second = least_time(prepare, pattern, 2 * size)
            ratio = second / first if first > 0 else float("inf")
            worst = max(worst, ratio if second > 0.05 else 0)
            flag = "  <- more than linear" if ratio > 2.5 and second > 0.05 else ""
            print(
                f"{name:26} {pattern!r:18} {first:10.3f} s {second:10.3f} s {ratio:7.2f}{flag}",
                flush=True,
            )
    print(f"worst ratio {worst:.2f} (linear is 2; runs under 0.05 s not counted)")
    return 0


if __name__ == "__main__":
    sys.exit(main_())
