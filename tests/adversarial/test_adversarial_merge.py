"""No translation ever disappears: whatever the old catalog and the new template, the bytes
`update` writes hold every translated text of the old catalog (kept, carried as fuzzy with the
old msgid, or obsolete), and the one write path refuses any file that would not."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog import new_template, updated_language_catalog
from l10n.catalog_file import catalog_bytes
from l10n.cli import main
from l10n.errors import CatalogError
from l10n.merge import kept_forms, lost_translations
from l10n.po import Catalog, Entry, parse_po, serialize_po

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
words = st.sampled_from(["grain", "convoy", "tonnes", "north", "returned", "2,080", "Syria", "of"])
sentences = st.lists(words, min_size=1, max_size=6).map(" ".join)
translated = st.text(st.characters(categories=("L", "Nd", "Zs")), max_size=12)


@st.composite
def old_entries(draw: st.DrawFn) -> tuple[Entry, ...]:
    entries: dict[tuple[str | None, str], Entry] = {}
    for msgid in draw(st.lists(sentences, max_size=8)):
        context = draw(st.none() | st.just("title"))
        plural = draw(st.integers(0, 4)) == 0
        entry = Entry(
            msgid=msgid,
            msgctxt=context,
            msgstr="" if plural else draw(translated),
            msgid_plural=msgid + " (many)" if plural else None,
            # An empty first form with others filled is the case msgmerge drops.
            msgstr_plural=(draw(st.just("") | translated), draw(translated), draw(translated))
            if plural
            else (),
            flags=("fuzzy",) if draw(st.booleans()) else (),
            obsolete=draw(st.booleans()),
        )
        if entry.obsolete and not entry.has_translation_text:
            continue  # nothing to keep: serialize_po does not write it
        entries.setdefault(entry.key, entry)
    return tuple(entries.values())


def translation_texts(entries: tuple[Entry, ...]) -> Counter[str]:
    """Every translated text, plural forms one by one and forms kept in comments included."""
    return Counter(
        text
        for e in entries
        for text in (e.msgstr, *e.msgstr_plural, *(text for _, text in kept_forms(e)))
        if text
    )


@settings(max_examples=200, deadline=None)
@given(old_entries(), st.lists(sentences, max_size=8, unique=True), st.data())
def test_no_translation_disappears_whatever_the_template(
    entries: tuple[Entry, ...], template_ids: list[str], data: st.DataObject
) -> None:
    # The template keeps some old sentences, edits others, brings new ones, and turns some
    # singular sentences plural and plural ones singular under the same msgid.
    reused = [e for e in entries if data.draw(st.booleans())]
    template_entries = {}
    for e in reused:
        plural = e.msgid_plural is not None
        if data.draw(st.integers(0, 3)) == 0:
            plural = not plural
        template_entries[e.key] = Entry(
            msgid=e.msgid,
            msgctxt=e.msgctxt,
            msgid_plural=e.msgid + " (many)" if plural else None,
            msgstr_plural=("", "") if plural else (),
        )
    for msgid in template_ids:
        template_entries.setdefault((None, msgid), Entry(msgid=msgid))
    header = (("Content-Type", "text/plain; charset=UTF-8"), ("Language", "ru"))
    old = parse_po(serialize_po(Catalog(header=header, entries=entries)), "old.po")
    template = new_template("d", list(template_entries.values()), NOW)
    merged = updated_language_catalog(old, template, "d", "ru", NOW)
    written = parse_po(catalog_bytes(merged, old, "ru.po"), "ru.po")
    # Each old translation is still there (kept, carried as fuzzy, or obsolete)...
    assert not translation_texts(old.entries) - translation_texts(written.entries)
    # ... on the entry that stands for it, form by form.
    assert lost_translations(old.entries, written.entries) == []


@st.composite
def edit_sessions(draw: st.DrawFn) -> list[tuple[dict[str, bool], list[str]]]:
    """Updates in a row: each a template (msgid -> plural?) and the msgids the translator
    translates (again) after it."""
    sessions = []
    for _ in range(draw(st.integers(1, 5))):
        template = draw(st.dictionaries(sentences, st.booleans(), max_size=6))
        edited = draw(st.lists(st.sampled_from(sorted(template)), unique=True)) if template else []
        sessions.append((template, edited))
    return sessions


@settings(max_examples=150, deadline=None)
@given(edit_sessions())
def test_no_sequence_of_edits_and_updates_loses_a_msgstr(
    sessions: list[tuple[dict[str, bool], list[str]]],
) -> None:
    """Every text the translator typed and did not retype is still in the catalog at the end,
    whatever the templates did in between (edits, removals, singular <-> plural)."""
    catalog: Catalog | None = None
    typed: set[str] = set()
    counter = 0
    for template_ids, edited in sessions:
        template = new_template(
            "d",
            [
                Entry(msgid=m, msgid_plural=m + " (many)", msgstr_plural=("", ""))
                if plural
                else Entry(msgid=m)
                for m, plural in template_ids.items()
            ],
            NOW,
        )
        merged = updated_language_catalog(catalog, template, "d", "ru", NOW)
        # The one write path: it raises if any translation of the catalog went missing.
        catalog = parse_po(catalog_bytes(merged, catalog, "ru.po"), "ru.po")
        assert typed <= set(translation_texts(catalog.entries))
        entries = list(catalog.entries)
        for number, entry in enumerate(entries):
            if entry.obsolete or entry.msgid not in edited:
                continue
            for text in (entry.msgstr, *entry.msgstr_plural):
                typed.discard(text)  # the translator replaces what was there
            counter += 1
            forms = tuple(f"t{counter}.{form}" for form in range(3))
            entries[number] = replace(
                entry,
                msgstr="" if entry.msgid_plural else forms[0],
                msgstr_plural=forms if entry.msgid_plural else (),
                flags=(),
                previous_msgid=None,
                previous_msgid_plural=None,
            )
            typed.update(forms if entry.msgid_plural else forms[:1])
        catalog = parse_po(serialize_po(replace(catalog, entries=tuple(entries))), "ru.po")
    assert catalog is not None
    assert typed <= set(translation_texts(catalog.entries))


@settings(max_examples=100, deadline=None)
@given(old_entries(), st.data())
def test_the_write_path_refuses_a_catalog_that_lost_a_translation(
    entries: tuple[Entry, ...], data: st.DataObject
) -> None:
    with_text = [i for i, e in enumerate(entries) if e.has_translation_text]
    if not with_text:
        return
    victim = data.draw(st.sampled_from(with_text))
    header = (("Content-Type", "text/plain; charset=UTF-8"),)
    old = Catalog(header=header, entries=entries)
    damaged = data.draw(
        st.sampled_from(
            [
                entries[:victim] + entries[victim + 1 :],  # removed
                (
                    *entries[:victim],
                    replace(entries[victim], msgstr="", msgstr_plural=()),
                    *entries[victim + 1 :],
                ),  # emptied
            ]
        )
    )
    with pytest.raises(CatalogError, match="would be lost"):
        catalog_bytes(replace(old, entries=damaged), old, "ru.po")


def emptied(entry: Entry) -> Entry:
    return replace(entry, msgstr="", msgstr_plural=("", "", "") if entry.msgid_plural else ())


def test_update_keeps_an_obsolete_plural_whose_first_form_is_empty(tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.md").write_text(
        "---\ntitle: The title\nslug: a\npublished: 2026-01-01\n---\nOne sentence.\n", "utf-8"
    )
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\ntarget-langs = ["ru"]\n', "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["-C", str(tmp_path), "update"]).exit_code == 0
    po = tmp_path / "locales" / "ru" / "LC_MESSAGES" / "a.po"
    po.write_text(
        po.read_text("utf-8")
        + '\n#~ msgid "%d camp"\n#~ msgid_plural "%d camps"\n#~ msgstr[0] ""\n'
        '#~ msgstr[1] "%d лагеря"\n#~ msgstr[2] "%d лагерей"\n',
        "utf-8",
    )
    assert runner.invoke(main, ["-C", str(tmp_path), "update"]).exit_code == 0
    assert '#~ msgstr[1] "%d лагеря"' in po.read_text("utf-8")
    assert '#~ msgstr[2] "%d лагерей"' in po.read_text("utf-8")
