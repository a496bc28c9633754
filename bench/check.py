"""Time `l10n check` against `pofilter --test=numbers` on the same generated catalogs.

    python3 bench/check.py [--sizes 10000 100000] [--plant-every 500] [--rounds 3]
                           [--keep DIR]

For each size, bench/make_catalog.py writes an en -> ru and an en -> ar catalog with planted
figure errors. Each tool runs in its own subprocess on the same file, so the peak resident
memory (`wait4` of that one child) and the CPU time (user + system, with that of the processes
l10n forks) are its own. l10n runs as users run it (one process per processor) and with
`-j 1` (one process); it also runs once on both catalogs together, comparing the three
versions of each entry.

Recall counts the planted entries a tool flags (l10n: an error finding; pofilter: the entry is
in its output); false alarms are the other entries it flags. Both wall and CPU ratios are
printed: wall time is what users wait, CPU time is what other processes on a shared machine
disturb less, and with `-j 1` the two are the same work. Each command runs --rounds times, in
turn with the others, and its least time counts.

Both tools run from bytecode, as installed copies do: pip compiles pofilter's (and an installed
l10n's) at install time, while a checkout run with PYTHONDONTWRITEBYTECODE set (as on the
machines here) would compile l10n's sources at every start (about 70 ms, a twentieth of a
100,000-entry check). l10n's bytecode is compiled once, before timing, into a folder of the
scratch space (PYTHONPYCACHEPREFIX): the checkout is left as it is.

The children are started by a small launcher process, itself started before the bench loads
anything: Linux carries the highest memory of a process over `exec`, so a child forked from the
bench itself (which holds the catalogs it wrote) would report at least the bench's own size.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_catalog import LANGUAGES, generate

from l10n.parallel import available_processors

POFILTER = "import sys; from translate.filters.pofilter import main; sys.exit(main())"


@dataclass
class Run:
    size: int
    tool: str
    languages: str
    wall: float
    cpu: float
    peak_mb: float
    flagged: set[tuple[str, str]]


# The launcher: reads a command (JSON: argv, stdout path, environment) a line, runs it, and
# answers its exit code, wall and CPU seconds and peak memory, measured with `wait4`.
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    argv, stdout, env = json.loads(line)
    with open(stdout, "wb") as out, open(stdout + ".err", "wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps([code, wall, cpu, usage.ru_maxrss / 1024]), flush=True)
"""


class Launcher:
    """A small process, started first, that starts and measures every timed command."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(
        self, command: list[str], stdout: Path, env: dict[str, str] | None = None
    ) -> tuple[float, float, float]:
        """Wall seconds, CPU seconds and peak RSS in MB of one child process."""
        assert self._process.stdin is not None and self._process.stdout is not None
        request = [command, str(stdout), env if env is not None else dict(os.environ)]
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        code, wall, cpu, peak = json.loads(self._process.stdout.readline())
        if code not in (0, 1):
            error = Path(f"{stdout}.err").read_text(encoding="utf-8", errors="replace")
            raise SystemExit(f"{command[:4]} failed ({code}): {error[-2000:]}")
        return wall, cpu, peak


LAUNCHER_PROCESS: Launcher | None = None


def measure(
    command: list[str], stdout: Path, env: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS in MB of one child process, started by the
    launcher (started here on first use, if `main` has not)."""
    global LAUNCHER_PROCESS
    if LAUNCHER_PROCESS is None:
        LAUNCHER_PROCESS = Launcher()
    return LAUNCHER_PROCESS.run(command, stdout, env)


# The environment l10n's children run in: with its bytecode (see `compile_l10n`).
L10N_ENV: dict[str, str] | None = None


def compile_l10n(scratch: Path) -> None:
    """Compile l10n's modules into a bytecode folder of the scratch space, which its timed runs
    then read, as an installed copy reads the bytecode pip compiled."""
    global L10N_ENV
    import l10n

    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(scratch / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = str(Path(l10n.__file__).resolve().parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], env=env, check=True)
    L10N_ENV = env


L10N = "l10n check"
L10N_ONE = "l10n check -j 1"


def l10n_run(size: int, catalogs: list[Path], work: Path, label: str, jobs: int = 0) -> Run:
    """`l10n check` as users run it (one process per processor), or with `jobs` processes."""
    report = work / f"l10n-{label}-j{jobs}.json"
    command = [sys.executable, "-m", "l10n", "check", *map(str, catalogs), "--jobs", str(jobs)]
    command += ["--source-lang", "en", "--format", "json", "--fail-on", "never"]
    wall, cpu, peak = measure(command, report, L10N_ENV)
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    flagged = {(f["language"], f["msgctxt"]) for f in findings if f["severity"] == "error"}
    return Run(size, L10N if jobs != 1 else L10N_ONE, label, wall, cpu, peak, flagged)


def pofilter_run(size: int, catalog: Path, language: str, work: Path) -> Run:
    output = work / f"pofilter-{language}.po"
    command = [sys.executable, "-c", POFILTER, "--test=numbers", f"--language={language}"]
    command += ["--progress=none", "-i", str(catalog), "-o", str(output)]
    wall, cpu, peak = measure(command, work / "pofilter.out")
    flagged = {(language, entry.msgctxt) for entry in polib.pofile(str(output)) if entry.msgid}
    return Run(size, "pofilter --test=numbers", language, wall, cpu, peak, flagged)


def bench_size(
    size: int, plant_every: int, root: Path, rounds: int
) -> tuple[list[Run], list[dict[str, str]]]:
    work = root / str(size)
    manifest = generate(work, size, seed=1, plant_every=plant_every)
    planted: list[dict[str, str]] = manifest["planted"]  # type: ignore[assignment]
    catalogs = {lang: work / "locales" / lang / "LC_MESSAGES" / "bench.po" for lang in LANGUAGES}
    every_round = []
    for _ in range(rounds):  # each round runs every command once, so noise hits all alike
        runs = []
        for lang in LANGUAGES:
            runs.append(l10n_run(size, [catalogs[lang]], work, lang))
            runs.append(l10n_run(size, [catalogs[lang]], work, lang, jobs=1))
            runs.append(pofilter_run(size, catalogs[lang], lang, work))
        runs.append(l10n_run(size, list(catalogs.values()), work, "+".join(LANGUAGES)))
        every_round.append(runs)
    return [best_of(same) for same in zip(*every_round, strict=True)], planted


def best_of(runs: tuple[Run, ...]) -> Run:
    """One command's rounds: its least wall and CPU time (what the machine's other work did
    not add), its greatest peak memory."""
    first = runs[0]
    return Run(
        first.size,
        first.tool,
        first.languages,
        min(run.wall for run in runs),
        min(run.cpu for run in runs),
        max(run.peak_mb for run in runs),
        first.flagged,
    )


# The shared corpora sit beside the repository (../shared), here and in CI.
XQUAD = Path(__file__).resolve().parents[2] / "shared/corpus/xquad/paragraphs.en-ru-ar.jsonl"


def bench_xquad(root: Path) -> list[Run]:
    """Both tools on real professional translations (xquad paragraphs, en -> ru and ar).

    There is no list of true errors here: most paragraphs state the same figures in all three
    languages, so the entries flagged are mostly false alarms (some paragraphs really differ).
    The catalogs are written to the scratch folder only.
    """
    work = root / "xquad"
    rows = [json.loads(line) for line in XQUAD.read_text(encoding="utf-8").splitlines()]
    catalogs = {}
    for lang in LANGUAGES:
        po = polib.POFile()
        po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
        for index, row in enumerate(rows):
            po.append(polib.POEntry(msgctxt=f"p{index:03d}", msgid=row["en"], msgstr=row[lang]))
        catalogs[lang] = work / "locales" / lang / "LC_MESSAGES" / "xquad.po"
        catalogs[lang].parent.mkdir(parents=True, exist_ok=True)
        po.save(str(catalogs[lang]))
    runs = []
    for lang in LANGUAGES:
        runs.append(l10n_run(len(rows), [catalogs[lang]], work, lang))
        runs.append(pofilter_run(len(rows), catalogs[lang], lang, work))
    return runs


def print_breakdown(catalog: Path) -> None:
    """Where l10n's time goes on one catalog, in this process: reading, the quick readers of
    whole batches, and the rest of the check (the full reading of what they leave, findings)."""
    from l10n.check import check_catalogs, read_catalog_under_check
    from l10n.figures import extract_figures, plain_figures, quick_values

    gc.set_threshold(200_000, 30, 30)  # as the l10n command sets it while it runs
    started = time.process_time()
    read = read_catalog_under_check(catalog)
    reading = time.process_time() - started
    sources = [entry.msgid for entry in read.entries]
    targets = [entry.msgstr[0] for entry in read.entries]
    started = time.process_time()
    plain = [
        reading
        for texts, lang in ((sources, "en"), (targets, read.language))
        for begin in range(0, len(texts), 2048)
        for reading in plain_figures(texts[begin : begin + 2048], lang)
    ]
    quick_reading = time.process_time() - started
    started = time.process_time()
    for texts, lang in ((sources, "en"), (targets, read.language)):
        for begin in range(0, len(texts), 2048):
            quick_values(texts[begin : begin + 2048], lang)
    values_reading = time.process_time() - started
    started = time.process_time()
    sample = read.entries[:2000]
    for entry in sample:
        extract_figures(entry.msgid, "en")
        extract_figures(entry.msgstr[0], read.language)
    per_string = (time.process_time() - started) / (2 * len(sample))
    started = time.process_time()
    check_catalogs([read], "en")
    checking = time.process_time() - started
    strings = 2 * len(read.entries)
    print(
        f"\nl10n in-process CPU on {len(read.entries):,} {read.language} entries: "
        f"read {reading:.2f} s; check {checking:.2f} s. Reading the figures of all "
        f"{strings:,} strings: plain_figures {quick_reading:.2f} s "
        f"({quick_reading / strings * 1e6:.1f} us a string, "
        f"{sum(p is None for p in plain):,} strings left over), quick_values "
        f"{values_reading:.2f} s ({values_reading / strings * 1e6:.1f} us), extract_figures "
        f"{per_string * 1e6:.0f} us a string"
    )


def print_table(runs: list[Run], planted_by_size: dict[int, list[dict[str, str]]]) -> None:
    header = (
        f"{'entries':>8} {'tool':<24} {'lang':<6} {'wall s':>7} {'cpu s':>7} {'peak MB':>8} "
        f"{'recall':>10} {'false alarms':>12}"
    )
    print(header)
    print("-" * len(header))
    for run in runs:
        languages = run.languages.split("+")
        planted = {
            (p["language"], p["msgctxt"])
            for p in planted_by_size[run.size]
            if p["language"] in languages
        }
        found = len(run.flagged & planted)
        false_alarms = len(run.flagged - planted)
        print(
            f"{run.size:>8,} {run.tool:<24} {run.languages:<6} {run.wall:>7.2f} {run.cpu:>7.2f} "
            f"{run.peak_mb:>8.1f} {f'{found}/{len(planted)}':>10} {false_alarms:>12,}"
        )


def print_ratios(runs: list[Run], sizes: list[int]) -> None:
    print()
    by_key = {(run.size, run.tool, run.languages): run for run in runs}
    print(f"pofilter's time over l10n's (processors here: {available_processors()}):")
    for size in sizes:
        for lang in LANGUAGES:
            ours = by_key[(size, L10N, lang)]
            one = by_key[(size, L10N_ONE, lang)]
            theirs = by_key[(size, "pofilter --test=numbers", lang)]
            print(
                f"{size:>8,} {lang}: wall {theirs.wall / ours.wall:.2f}x "
                f"(-j 1: {theirs.wall / one.wall:.2f}x); "
                f"cpu {theirs.cpu / ours.cpu:.2f}x (-j 1: {theirs.cpu / one.cpu:.2f}x); "
                f"peak memory l10n / pofilter = {ours.peak_mb / theirs.peak_mb:.2f}"
            )
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        growth = large / small
        print(f"\nmemory growth from {small:,} to {large:,} entries (catalog x{growth:.0f}):")
        for tool, languages in sorted({(run.tool, run.languages) for run in runs}):
            first = by_key[(small, tool, languages)].peak_mb
            last = by_key[(large, tool, languages)].peak_mb
            print(
                f"  {tool:<24} {languages:<6} {first:>7.1f} MB -> {last:>7.1f} MB "
                f"(x{last / first:.2f})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--plant-every", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="write the catalogs and reports here")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each command; the least time counts"
    )
    args = parser.parse_args()
    global LAUNCHER_PROCESS
    LAUNCHER_PROCESS = Launcher()  # before the bench holds anything: see the module's notes
    with tempfile.TemporaryDirectory(prefix="l10n-bench-") as scratch:
        root = args.keep or Path(scratch)
        compile_l10n(Path(scratch))
        runs: list[Run] = []
        planted_by_size = {}
        for size in args.sizes:
            size_runs, planted = bench_size(size, args.plant_every, root, args.rounds)
            runs += size_runs
            planted_by_size[size] = planted
        print_table(runs, planted_by_size)
        print_ratios(runs, args.sizes)
        print_breakdown(root / str(args.sizes[-1]) / "locales" / "ru" / "LC_MESSAGES" / "bench.po")
        if XQUAD.is_file():
            xquad_runs = bench_xquad(root)
            print(f"\nxquad: {xquad_runs[0].size} real paragraphs per language, entries flagged")
            for run in xquad_runs:
                print(f"  {run.tool:<24} {run.languages:<6} {len(run.flagged):>4}")


if __name__ == "__main__":
    main()
