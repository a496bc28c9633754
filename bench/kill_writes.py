"""Kill `l10n update` and `l10n build` with SIGKILL at random moments; every catalog and the site
must be the old version or the new one after each kill, never half-written, missing or damaged.

    python bench/kill_writes.py [--runs 60] [--seed 1]

Each run changes one sentence of a statement (so that `update` rewrites the template and both
catalogs) or one translation (so that `build` replaces the site), records the project's files,
runs the command to its end in a copy to learn the new files, then starts it in the project and
kills it after a random delay (from nothing to a little longer than a whole run), or, every third
run, as soon as a write is seen under way. It then
compares every catalog, template and page with the old and the new version, byte for byte, and
finishes the run with the command (so the next run starts from a settled project). What a kill
left behind (temporary catalog files, staging or retired folders beside the site, a marker in
the site) is counted after the kill, and must be gone once the command has run again: nothing
accumulates over the runs.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SAMPLE = REPOSITORY / "tests" / "data" / "build" / "project"
STATEMENT = "source/convoy-2026-01-20.md"
SENTENCE = "A convoy of 24 trucks delivered 310 tonnes of food to the eastern districts."
RU_CATALOG = "locales/ru/LC_MESSAGES/convoy-2026-01-20.po"


def command(project: Path, name: str) -> list[str]:
    # The build publishes whatever the edits leave fuzzy or changed: it must write every time.
    options = ["--force", "--allow-partial"] if name == "build" else []
    return [sys.executable, "-m", "l10n", "-C", str(project), name, *options]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPOSITORY)}


def finish(project: Path, name: str) -> float:
    """Run the command to its end; its wall time."""
    start = time.perf_counter()
    done = subprocess.run(command(project, name), env=environment(), capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed (exit {done.returncode}):\n{done.stderr.decode()}")
    return time.perf_counter() - start


def files(project: Path, folder: str) -> dict[str, bytes]:
    """The files under `folder` of the project by path, but lock files and temporary ones."""
    root = project / folder
    return {
        path.relative_to(project).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".l10n.lock" and not path.name.endswith(".tmp")
    }


def catalogs(project: Path) -> dict[str, bytes]:
    return files(project, "locales")


def site(project: Path) -> dict[str, bytes]:
    return files(project, "site")


def leftovers(project: Path) -> list[str]:
    """What a killed run may leave: temporary files of catalog writes, folders beside the site
    (`.site.new-*`, `.site.old-*`), the staging marker inside the site."""
    found = [
        path.relative_to(project).as_posix()
        for path in (project / "locales").rglob("*.tmp")
        if path.is_file()
    ]
    found += [path.name for path in project.iterdir() if path.name.startswith(".site.")]
    if (project / "site" / ".l10n-unfinished").exists():
        found.append("site/.l10n-unfinished")
    return sorted(found)


def _wait_for_writing(project: Path, process: subprocess.Popen[bytes], limit: float) -> bool:
    """Poll until the run has a write under way (True), it ended, or `limit` seconds passed."""
    end = time.perf_counter() + limit
    while time.perf_counter() < end and process.poll() is None:
        if any(path.name.startswith(".site.") for path in project.iterdir()):
            return True
        if any((project / "locales").rglob("*.tmp")):
            return True
    return False


def change(project: Path, name: str, number: int) -> None:
    """One edit that makes the next `update` (a sentence) or `build` (a translation) write."""
    if name == "update":
        path = project / STATEMENT
        text = path.read_text("utf-8")
        edited = SENTENCE.replace("24 trucks", f"{24 + number} trucks")
        path.write_text(text.replace(_current_sentence(text), edited), "utf-8")
    else:
        path = project / RU_CATALOG
        text = path.read_text("utf-8")
        marked = text.replace('msgstr "Заявление', f'msgstr "{number}: Заявление', 1)
        if marked == text:  # marked by a run before: the number changes
            start = text.index(": Заявление")
            marked = text[: text.rindex('"', 0, start) + 1] + f"{number}" + text[start:]
        path.write_text(marked, "utf-8")


def _current_sentence(text: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith("A convoy of"))
    return line.split(".")[0] + "."


def compare(
    name: str, before: dict[str, bytes], after: dict[str, bytes], now: dict[str, bytes]
) -> str:
    """ "old", "new", "mixed" (each file old or new: per-file atomic, as promised for catalogs),
    or the first file that is neither (a failure)."""
    for path in sorted({*before, *after, *now}):
        if now.get(path) not in (before.get(path), after.get(path)):
            return f"BROKEN {name}: {path}"
    if now == before:
        return "old"
    if now == after:
        return "new"
    return "mixed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    chooser = random.Random(arguments.seed)
    outcomes: dict[tuple[str, str], int] = {}
    failures: list[str] = []
    left_by_kills: dict[str, int] = {}
    kills_while_writing: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch) / "project"
        shutil.copytree(SAMPLE, project)
        durations = {name: finish(project, name) for name in ("update", "build")}
        finish(project, "update")
        for number in range(1, arguments.runs + 1):
            name = ("update", "build")[number % 2]
            change(project, name, number)
            if name == "build":
                finish(project, "update")  # the translation edit, as update writes it
            reference = Path(scratch) / f"reference-{number}"
            shutil.copytree(project, reference)
            finish(reference, name)
            expected = {"catalogs": catalogs(reference), "site": site(reference)}
            shutil.rmtree(reference)
            before = {"catalogs": catalogs(project), "site": site(project)}
            process = subprocess.Popen(
                command(project, name),
                env=environment(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            # Every third run is killed the moment its writing is seen to have started (a
            # temporary catalog file, a staging folder), the few milliseconds a random moment
            # seldom hits; the others at a random moment of the run.
            if number % 3 == 0:
                seen = _wait_for_writing(project, process, durations[name] * 3)
                kills_while_writing[name] = kills_while_writing.get(name, 0) + seen
            else:
                time.sleep(chooser.uniform(0, durations[name] * 1.1))
            process.send_signal(signal.SIGKILL)
            process.wait()
            now = {"catalogs": catalogs(project), "site": site(project)}
            for part in ("catalogs", "site"):
                outcome = compare(part, before[part], expected[part], now[part])
                if outcome.startswith("BROKEN"):
                    failures.append(f"run {number} ({name}): {outcome}")
                    outcome = "broken"
                outcomes[(name, f"{part} {outcome}")] = (
                    outcomes.get((name, f"{part} {outcome}"), 0) + 1
                )
            if (project / "site").exists() is False:
                failures.append(f"run {number} ({name}): site/ missing after the kill")
            if leftovers(project):
                left_by_kills[name] = left_by_kills.get(name, 0) + 1
            finish(project, name)
            remaining = leftovers(project)
            if remaining:
                failures.append(
                    f"run {number} ({name}): left-overs after the next run: {remaining}"
                )
            if name == "build" and site(project) != expected["site"]:
                failures.append(
                    f"run {number}: the build after a killed one differs from a clean one"
                )
        left = leftovers(project)
    print(
        f"{arguments.runs} runs killed at random (a whole run: update "
        f"{durations['update']:.2f} s, build {durations['build']:.2f} s)"
    )
    for (name, outcome), count in sorted(outcomes.items()):
        print(f"  {name:6} {outcome:16} {count}")
    for name in ("update", "build"):
        print(
            f"  {name:6} killed while seen writing: {kills_while_writing.get(name, 0)}; "
            f"kills that left temporary files or folders: {left_by_kills.get(name, 0)}"
        )
    print(f"  left-overs after all runs (removed by the next run of the command): {len(left)}")
    for failure in failures:
        print(f"  FAILED {failure}")
    print(
        "every catalog and the site old or new after every kill"
        if not failures
        else f"{len(failures)} failures"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
