"""Catalog I/O and merge, side by side with GNU gettext and polib, on a generated catalog.

    python3 bench/catalog.py [--entries 20000] [--changed 0.10] [--seed 7]

Generates a translated catalog of press-statement-like sentences (written for this benchmark,
with figures) and a template in which a share of the msgids changed (a figure or a word), then
times, in the same run:

  read    l10n.po.parse_po            vs polib.pofile
  write   l10n.po.serialize_po        vs polib (str(pofile))  vs msgcat (process, whole file)
  merge   l10n.merge (read+merge+write) vs msgmerge --previous (process)

in CPU seconds (this process and the GNU programs it runs, so that a busy machine does not
skew the comparison), and prints the ratios, and how often our fuzzy matches agree with
msgmerge's (same previous msgid chosen for a changed entry). Needs GNU gettext on PATH for
the GNU columns.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import polib

from l10n.gnu_wrap import forget_layouts
from l10n.merge import merge
from l10n.po import Catalog, Entry, parse_po, plural_forms, serialize_po

T = TypeVar("T")

SUBJECTS = [
    "The ministry", "The joint headquarters", "The government", "The regional administration",
    "The delegation", "The central bank", "The statistics office", "The coordination centre",
]  # fmt: skip
VERBS = [
    "reported", "confirmed", "announced", "allocated", "restored", "delivered", "registered",
    "published", "approved", "recorded",
]  # fmt: skip
OBJECTS = [
    "tonnes of grain", "housing units", "kilometres of road", "medical facilities", "schools",
    "water supply networks", "returning citizens", "humanitarian convoys", "power substations",
    "bakeries", "residential buildings", "applications for assistance",
]  # fmt: skip
PLACES = [
    "in the province of Homs", "in the northern districts", "across the country",
    "in the capital", "along the eastern border", "in rural settlements", "in the port area",
]  # fmt: skip
TIMES = [
    "in the first quarter", "since the beginning of the year", "over the past week",
    "by the end of March", "during the reporting period", "in 2025",
]  # fmt: skip
CLOSINGS = [
    "", " The work will continue.", " Further figures will follow.",
    " This is 12.5% more than a year earlier.", " The programme is funded from the state budget.",
]  # fmt: skip


def sentence(generator: random.Random) -> str:
    figure = f"{generator.randint(2, 3_000_000):,}"
    return (
        f"{generator.choice(SUBJECTS)} {generator.choice(VERBS)} {figure} "
        f"{generator.choice(OBJECTS)} {generator.choice(PLACES)} {generator.choice(TIMES)}."
        f"{generator.choice(CLOSINGS)}"
    )


def changed(text: str, generator: random.Random) -> str:
    """A small edit, as an editor makes: another figure, or another word."""
    words = text.split(" ")
    index = generator.randrange(len(words))
    if any(character.isdigit() for character in words[index]) or generator.random() < 0.5:
        figures = [number for number, word in enumerate(words) if word[:1].isdigit()]
        index = figures[0] if figures else index
        words[index] = f"{generator.randint(2, 3_000_000):,}"
    else:
        words[index] = generator.choice(["updated", "revised", "additional", "new"])
    return " ".join(words)


def fake_translation(text: str) -> str:
    return " ".join(reversed(text.split(" ")))


def make_catalogs(entries: int, share: float, seed: int) -> tuple[Catalog, Catalog, set[str]]:
    generator = random.Random(seed)
    msgids: list[str] = []
    seen: set[str] = set()
    while len(msgids) < entries:
        text = sentence(generator)
        if text not in seen:
            seen.add(text)
            msgids.append(text)
    header = (
        ("Project-Id-Version", "bench"),
        ("POT-Creation-Date", "2026-01-01 00:00+0000"),
        ("PO-Revision-Date", "2026-01-02 00:00+0000"),
        ("Language", "ru"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms("ru")),
    )
    old = Catalog(
        header=header,
        entries=tuple(
            Entry(msgid=text, msgstr=fake_translation(text), references=((f"source/s{n}.md", n),))
            for n, text in enumerate(msgids, start=1)
        ),
    )
    changed_ids: set[str] = set()
    template_ids = []
    for text in msgids:
        if generator.random() < share:
            new = changed(text, generator)
            if new not in seen:
                seen.add(new)
                changed_ids.add(new)
                text = new
        template_ids.append(text)
    template = Catalog(
        header=tuple((key, value) for key, value in header if key != "Language"),
        entries=tuple(
            Entry(msgid=text, references=((f"source/s{n}.md", n),))
            for n, text in enumerate(template_ids, start=1)
        ),
    )
    return old, template, changed_ids


def cpu_seconds() -> float:
    """CPU time of this process and of the programs it ran: fair when the machine is busy."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = cpu_seconds()
    result = action()
    return cpu_seconds() - start, result


def row(label: str, ours: float, peer: float | None, peer_name: str) -> None:
    if peer is None:
        print(f"{label:<34} {ours:8.2f} s   {peer_name:<22} {'n/a':>8}")
        return
    print(f"{label:<34} {ours:8.2f} s   {peer_name:<22} {peer:8.2f} s   ratio {ours / peer:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--changed", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()

    old, template, changed_ids = make_catalogs(options.entries, options.changed, options.seed)
    gnu = shutil.which("msgmerge") is not None and shutil.which("msgcat") is not None
    with tempfile.TemporaryDirectory() as folder:
        old_path, pot_path = Path(folder) / "old.po", Path(folder) / "new.pot"
        old_bytes, pot_bytes = serialize_po(old), serialize_po(template)
        old_path.write_bytes(old_bytes)
        pot_path.write_bytes(pot_bytes)
        print(
            f"catalog: {len(old.entries)} entries, {len(old_bytes) / 1e6:.1f} MB; "
            f"template: {len(changed_ids)} msgids changed ({options.changed:.0%} asked)"
        )
        print(f"{'':<34} {'l10n':>10}   {'peer':<22} {'':>10}")

        read_ours, parsed = timed(lambda: parse_po(old_bytes, "old.po"))
        text = old_bytes.decode()
        read_polib, polib_file = timed(lambda: polib.pofile(text, wrapwidth=78))
        row("read PO", read_ours, read_polib, "polib.pofile")

        forget_layouts()  # the catalog was written once to make the file: time a cold write
        write_ours, written = timed(lambda: serialize_po(parsed))
        write_polib, _ = timed(lambda: str(polib_file))
        row("write PO", write_ours, write_polib, "polib str()")
        if gnu:
            write_gnu, _ = timed(
                lambda: subprocess.run(["msgcat", str(old_path)], capture_output=True, check=True)
            )
            row("write PO (msgcat: read+write)", write_ours + read_ours, write_gnu, "msgcat")
        print(f"{'  our bytes == input bytes':<34} {written == old_bytes}")

        def ours() -> tuple[bytes, tuple[Entry, ...]]:
            old_catalog = parse_po(old_path.read_bytes(), "old.po")
            new_template = parse_po(pot_path.read_bytes(), "new.pot")
            entries = merge(old_catalog.entries, new_template.active)
            return serialize_po(Catalog(header=old_catalog.header, entries=entries)), entries

        merge_only, _ = timed(lambda: merge(parsed.entries, template.active))
        forget_layouts()
        merge_ours, (_, merged) = timed(ours)
        if not gnu:
            row("merge (read + merge + write)", merge_ours, None, "msgmerge --previous")
            return
        out_path = Path(folder) / "gnu.po"
        msgmerge = ["msgmerge", "--quiet", "--previous", "-o", str(out_path)]
        merge_gnu, _ = timed(
            lambda: subprocess.run([*msgmerge, str(old_path), str(pot_path)], check=True)
        )
        row("merge (read + merge + write)", merge_ours, merge_gnu, "msgmerge --previous")
        row("  of which merge alone", merge_only, merge_gnu, "msgmerge --previous")
        gnu_entries = parse_po(out_path.read_bytes(), "gnu.po").entries
        report_agreement(merged, gnu_entries, changed_ids)


def report_agreement(
    ours: tuple[Entry, ...], theirs: tuple[Entry, ...], changed_ids: set[str]
) -> None:
    ours_by_id = {entry.msgid: entry for entry in ours if not entry.obsolete}
    theirs_by_id = {entry.msgid: entry for entry in theirs if not entry.obsolete}
    fuzzy_ours = sum(1 for msgid in changed_ids if ours_by_id[msgid].fuzzy)
    fuzzy_theirs = sum(1 for msgid in changed_ids if theirs_by_id[msgid].fuzzy)
    same = sum(
        1
        for msgid in changed_ids
        if ours_by_id[msgid].previous_msgid == theirs_by_id[msgid].previous_msgid
        and ours_by_id[msgid].msgstr == theirs_by_id[msgid].msgstr
    )
    obsolete_ours = sum(1 for entry in ours if entry.obsolete)
    obsolete_theirs = sum(1 for entry in theirs if entry.obsolete)
    total = len(changed_ids)
    print(f"changed msgids given a fuzzy translation: l10n {fuzzy_ours}/{total}, "
          f"msgmerge {fuzzy_theirs}/{total}")  # fmt: skip
    print(f"same previous msgid and translation as msgmerge: {same}/{total} ({same / total:.1%})")
    print(f"obsolete entries: l10n {obsolete_ours}, msgmerge {obsolete_theirs}")


if __name__ == "__main__":
    main()
