"""Merging a template into a catalog: every msgmerge rule, and no translation ever lost."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog_file import catalog_bytes
from l10n.merge import lost_translations, merge, similarity
from l10n.po import Catalog, Entry, parse_po, plural_forms, serialize_po

KEPT = "The ministry published 2,080,443 records on 29 January 2020."
KEPT_RU = "Министерство опубликовало 2 080 443 записи 29 января 2020 года."
OLD = "Imports of grain rose by 15.5% in the first quarter of 2019."
NEW = "Imports of grain rose by 17.5% in the first quarter of 2019."
OLD_RU = "Импорт зерна вырос на 15,5 % в первом квартале 2019 года."
REMOVED = "The delegation will return to Damascus on Friday."
REMOVED_RU = "Делегация вернётся в Дамаск в пятницу."


def template(*msgids: str) -> list[Entry]:
    return [
        Entry(msgid=msgid, references=(("source/a.md", number),), extracted_comments=("new",))
        for number, msgid in enumerate(msgids, start=3)
    ]


def gnu_msgmerge(old: Path, pot: Path, out: Path) -> tuple[Entry, ...]:
    """What GNU `msgmerge --previous` makes of `old` and `pot`, written to `out` and read back."""
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", str(out), str(old), str(pot)], check=True
    )
    return parse_po(out.read_bytes(), out.name).entries


def by_msgid(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    return {entry.msgid: entry for entry in entries}


def test_same_msgid_keeps_translation_comments_and_flags_but_takes_template_references() -> None:
    old = [
        Entry(
            msgid=KEPT,
            msgstr=KEPT_RU,
            translator_comments=("checked by the desk",),
            extracted_comments=("old",),
            references=(("source/old.md", 99),),
            flags=("ignore-numbers",),
        )
    ]
    result = merge(old, template(KEPT))
    assert result == (
        Entry(
            msgid=KEPT,
            msgstr=KEPT_RU,
            translator_comments=("checked by the desk",),
            extracted_comments=("new",),
            references=(("source/a.md", 3),),
            flags=("ignore-numbers",),
        ),
    )


def test_changed_sentence_gets_closest_translation_fuzzy_with_previous_msgid() -> None:
    old = [Entry(msgid=OLD, msgstr=OLD_RU, translator_comments=("note",))]
    (entry,) = merge(old, template(NEW))
    assert entry.msgid == NEW
    assert entry.msgstr == OLD_RU
    assert entry.fuzzy
    assert entry.previous_msgid == OLD
    assert entry.translator_comments == ("note",)


def test_unrelated_new_sentence_stays_untranslated_and_old_one_becomes_obsolete() -> None:
    old = [Entry(msgid=REMOVED, msgstr=REMOVED_RU)]
    result = merge(old, template(NEW))
    assert result[0] == Entry(
        msgid=NEW, references=(("source/a.md", 3),), extracted_comments=("new",)
    )
    assert result[1].obsolete
    assert result[1].msgstr == REMOVED_RU


def test_obsolete_entry_that_comes_back_is_revived() -> None:
    old = [Entry(msgid=REMOVED, msgstr=REMOVED_RU, obsolete=True, flags=("fuzzy",))]
    (entry,) = merge(old, template(REMOVED))
    assert not entry.obsolete
    assert entry.msgstr == REMOVED_RU
    assert entry.fuzzy  # it was unsure before it left, and still is


def test_obsolete_entries_are_used_for_fuzzy_matches() -> None:
    old = [Entry(msgid=OLD, msgstr=OLD_RU, obsolete=True)]
    (entry,) = merge(old, template(NEW))
    assert entry.fuzzy and entry.msgstr == OLD_RU and entry.previous_msgid == OLD


def test_untranslated_old_entries_are_dropped_not_obsoleted() -> None:
    assert merge([Entry(msgid=REMOVED)], template(KEPT)) == tuple(template(KEPT))


def test_fuzzy_match_needs_the_same_context() -> None:
    old = [Entry(msgid=OLD, msgstr=OLD_RU, msgctxt="title")]
    result = merge(old, template(NEW))
    assert result[0].msgstr == ""
    assert result[1].obsolete and result[1].msgctxt == "title"


def test_exact_match_clears_previous_msgid_once_the_translator_confirmed_it() -> None:
    old = [Entry(msgid=NEW, msgstr=OLD_RU, previous_msgid=OLD)]
    (entry,) = merge(old, template(NEW))
    assert entry.previous_msgid is None and not entry.fuzzy


def test_fuzzy_entry_keeps_its_previous_msgid_until_reviewed() -> None:
    old = [Entry(msgid=NEW, msgstr=OLD_RU, previous_msgid=OLD, flags=("fuzzy",))]
    (entry,) = merge(old, template(NEW))
    assert entry.previous_msgid == OLD and entry.fuzzy


TWICE = "Imports of grain rose by 19.5% in the first quarter of 2019."


def test_sentence_changed_twice_keeps_the_previous_msgid_the_translator_last_saw() -> None:
    once = merge([Entry(msgid=OLD, msgstr=OLD_RU)], template(NEW))
    (twice,) = merge(once, template(TWICE))
    assert twice.msgid == TWICE and twice.msgstr == OLD_RU and twice.fuzzy
    assert twice.previous_msgid == OLD  # what OLD_RU translates, not the unreviewed NEW


def test_fuzzy_entry_without_previous_msgid_carries_none() -> None:
    old = [Entry(msgid=NEW, msgstr=OLD_RU, flags=("fuzzy",))]
    (entry,) = merge(old, template(TWICE))
    assert entry.fuzzy and entry.msgstr == OLD_RU and entry.previous_msgid is None
    assert lost_translations(old, (entry,)) == []


def test_a_dropped_translation_is_reported_lost() -> None:
    old = [Entry(msgid=OLD, msgstr=OLD_RU), Entry(msgid=NEW, msgstr=OLD_RU)]
    carried_one = (Entry(msgid=TWICE, msgstr=OLD_RU, flags=("fuzzy",), previous_msgid=OLD),)
    assert lost_translations(old, carried_one) == [old[1]]


def test_the_same_text_on_an_entry_that_does_not_stand_for_it_is_not_kept() -> None:
    # Counting texts would pass both: one translation lost, the same text gained elsewhere.
    old = [Entry(msgid=OLD, msgstr=OLD_RU), Entry(msgid=NEW, msgstr="другой")]
    swapped = (Entry(msgid=OLD, msgstr="другой"), Entry(msgid=NEW, msgstr=OLD_RU))
    assert lost_translations(old, swapped) == old
    unnamed = (Entry(msgid=TWICE, msgstr=OLD_RU, flags=("fuzzy",)),)
    assert lost_translations(old[:1], unnamed) == old[:1]


def test_each_plural_form_is_checked_in_its_place() -> None:
    forms = ("один файл", "два файла", "пять файлов")
    old = [Entry(msgid="a file", msgid_plural="files", msgstr_plural=forms)]
    moved = (Entry(msgid="a file", msgid_plural="files", msgstr_plural=forms[::-1]),)
    assert lost_translations(old, moved) == old
    dropped = (Entry(msgid="a file", msgid_plural="files", msgstr_plural=(*forms[:2], "")),)
    assert lost_translations(old, dropped) == old
    obsolete = (replace(old[0], obsolete=True),)
    assert lost_translations(old, obsolete) == []


def test_the_closest_of_several_candidates_wins() -> None:
    old = [
        Entry(msgid="Imports of grain fell in the first quarter.", msgstr="a"),
        Entry(msgid=OLD, msgstr=OLD_RU),
    ]
    result = by_msgid(merge(old, template(NEW)))
    assert result[NEW].msgstr == OLD_RU
    assert lost_translations(old, tuple(result.values())) == []


def test_similarity_is_symmetric_ratio() -> None:
    assert similarity("abcd", "abcd") == 1.0
    assert similarity("abcd", "wxyz") == 0.0
    assert 0.6 <= similarity(OLD, NEW) < 1.0


WORDS = ["grain", "imports", "rose", "fell", "by", "15%", "2019", "the", "ministry", "said"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
old_catalogs = st.lists(
    st.builds(
        Entry,
        msgid=sentences,
        msgstr=st.sampled_from(["", "перевод", "ترجمة"]),
        msgctxt=st.sampled_from([None, None, "title"]),
        flags=st.sampled_from([(), ("fuzzy",), ("ignore-numbers",)]),
        obsolete=st.booleans(),
    ),
    max_size=12,
    unique_by=lambda entry: (entry.obsolete, entry.key),
)


@settings(max_examples=300, deadline=None)
@given(old=old_catalogs, new_msgids=st.lists(sentences, max_size=10, unique=True))
def test_no_translation_is_ever_lost(old: list[Entry], new_msgids: list[str]) -> None:
    merged = merge(old, template(*new_msgids))
    assert lost_translations(old, merged) == []
    assert [entry.msgid for entry in merged if not entry.obsolete] == new_msgids


@settings(max_examples=100, deadline=None)
@given(old=old_catalogs, new_msgids=st.lists(sentences, max_size=10, unique=True))
def test_merging_again_changes_nothing(old: list[Entry], new_msgids: list[str]) -> None:
    once = merge(old, template(*new_msgids))
    assert merge(once, template(*new_msgids)) == once


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU msgmerge is not installed")
def test_same_decisions_as_msgmerge_previous(tmp_path: Path) -> None:
    header = (("Content-Type", "text/plain; charset=UTF-8"), ("Language", "ru"))
    old = Catalog(
        header=header,
        entries=(
            Entry(msgid=KEPT, msgstr=KEPT_RU, translator_comments=("checked",)),
            Entry(msgid=OLD, msgstr=OLD_RU),
            Entry(msgid=REMOVED, msgstr=REMOVED_RU),
            Entry(msgid="Returned sentence.", msgstr="Вернувшееся предложение.", obsolete=True),
        ),
    )
    new_ids = [KEPT, NEW, "A sentence nobody translated yet.", "Returned sentence."]
    pot = Catalog(header=header, entries=tuple(template(*new_ids)))
    (tmp_path / "old.po").write_bytes(serialize_po(old))
    (tmp_path / "new.pot").write_bytes(serialize_po(pot))
    gnu = gnu_msgmerge(tmp_path / "old.po", tmp_path / "new.pot", tmp_path / "gnu.po")
    ours = merge(old.entries, pot.entries)

    def decisions(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
        return [
            (e.obsolete, e.msgid, e.msgstr, e.fuzzy, e.previous_msgid, e.translator_comments)
            for e in entries
        ]

    assert decisions(ours) == decisions(gnu)


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU msgmerge is not installed")
def test_two_changes_before_review_same_as_msgmerge_previous(tmp_path: Path) -> None:
    header = (("Content-Type", "text/plain; charset=UTF-8"), ("Language", "ru"))
    old = Catalog(
        header=header,
        entries=(
            Entry(msgid=OLD, msgstr=OLD_RU),
            Entry(msgid=REMOVED, msgstr=REMOVED_RU, flags=("fuzzy",)),
        ),
    )
    changed_removed = REMOVED.replace("Friday", "Monday")
    steps = [
        template(NEW, REMOVED.replace("Friday", "Sunday")),
        template(TWICE, changed_removed),
    ]
    ours: Sequence[Entry] = old.entries
    (tmp_path / "gnu.po").write_bytes(serialize_po(old))
    for number, step in enumerate(steps):
        ours = merge(ours, step)
        pot = tmp_path / f"step{number}.pot"
        pot.write_bytes(serialize_po(Catalog(header=header, entries=tuple(step))))
        gnu = gnu_msgmerge(tmp_path / "gnu.po", pot, tmp_path / "gnu.po")

    def decisions(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
        return [(e.obsolete, e.msgid, e.msgstr, e.fuzzy, e.previous_msgid) for e in entries]

    assert decisions(ours) == decisions(gnu)
    assert decisions(ours)[0] == (False, TWICE, OLD_RU, True, OLD)


RU_FORMS = ("%d файл", "%d файла", "%d файлов")


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU msgmerge is not installed")
def test_a_sentence_that_changed_shape_is_merged_as_msgmerge_merges_it(tmp_path: Path) -> None:
    header = (
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Language", "ru"),
        ("Plural-Forms", plural_forms("ru")),
    )
    old = Catalog(
        header=header,
        entries=(
            Entry(msgid="%d file", msgid_plural="%d files", msgstr_plural=RU_FORMS),
            Entry(msgid="one camp", msgstr="один лагерь"),
        ),
    )
    pot = Catalog(
        header=header,
        entries=(
            Entry(msgid="%d file"),
            Entry(msgid="one camp", msgid_plural="%d camps", msgstr_plural=("", "")),
        ),
    )
    (tmp_path / "old.po").write_bytes(serialize_po(old))
    (tmp_path / "new.pot").write_bytes(serialize_po(pot))
    gnu = gnu_msgmerge(tmp_path / "old.po", tmp_path / "new.pot", tmp_path / "gnu.po")
    ours = merge(old.entries, pot.entries, plural_count=3)

    def decisions(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
        return [
            (
                e.obsolete,
                e.msgid,
                e.msgid_plural,
                e.msgstr,
                e.msgstr_plural,
                e.fuzzy,
                e.previous_msgid,
            )
            for e in entries
        ]

    assert decisions(ours) == decisions(gnu)
    # Where msgmerge drops the forms a singular msgstr has no room for, they are kept.
    assert ours[0].translator_comments == (
        'kept from the plural entry: msgstr[1] "%d файла"',
        'kept from the plural entry: msgstr[2] "%d файлов"',
    )
    assert lost_translations(old.entries, ours) == []
    written = tmp_path / "ours.po"
    written.write_bytes(catalog_bytes(replace(old, entries=ours), old, "ours.po"))
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(written)], check=True)


def test_forms_kept_while_a_sentence_was_singular_come_back_when_it_is_plural_again() -> None:
    plural = Entry(msgid="%d file", msgid_plural="%d files", msgstr_plural=RU_FORMS)
    (singular,) = merge([plural], [Entry(msgid="%d file")], plural_count=3)
    assert singular.msgstr == RU_FORMS[0] and singular.fuzzy
    (again,) = merge([singular], [replace(plural, msgstr_plural=())], plural_count=3)
    assert again.msgstr_plural == RU_FORMS and again.fuzzy
    assert again.translator_comments == ()
    assert lost_translations([singular], (again,)) == []


def test_a_plural_translation_without_a_first_form_still_gives_a_suggestion() -> None:
    plural = Entry(msgid="%d file", msgid_plural="%d files", msgstr_plural=("", *RU_FORMS[1:]))
    (singular,) = merge([plural], [Entry(msgid="%d file")], plural_count=3)
    assert singular.msgstr == RU_FORMS[1]
    assert lost_translations([plural], (singular,)) == []


def test_an_unreviewed_translation_naming_no_msgid_is_not_kept_by_an_old_entry_alike() -> None:
    unreviewed = Entry(msgid="grain", msgstr="зерно", flags=("fuzzy",))
    other = Entry(msgid="grain exports", msgstr="зерно", flags=("fuzzy",))
    # Carried to a new sentence (no #|, as msgmerge): kept, once.
    carried = Entry(msgid="grain imports", msgstr="зерно", flags=("fuzzy",))
    assert lost_translations([unreviewed, other], (other, carried)) == []
    assert lost_translations([unreviewed, other], (other,)) == [unreviewed]
    assert lost_translations([unreviewed, other], (carried,)) == [other]


def test_an_entry_both_active_and_obsolete_keeps_both_translations_when_it_goes() -> None:
    old = [Entry(msgid=KEPT, msgstr=KEPT_RU), Entry(msgid=KEPT, msgstr="другой", obsolete=True)]
    merged = merge(old, template())
    assert {entry.msgstr for entry in merged if entry.obsolete} == {KEPT_RU, "другой"}
    assert lost_translations(old, merged) == []
