"""Helpers of the figure check's tests: check one entry, and name the codes of its findings."""

from __future__ import annotations

from l10n.check import CatalogEntry, CatalogUnderCheck, Finding, check_catalogs

# The line every entry of these checks stands at in its catalog, "t.po".
ENTRY_LINE = 7


def findings(
    msgid: str,
    msgstr: str | tuple[str, ...],
    language: str,
    *,
    source_lang: str = "en",
    msgid_plural: str | None = None,
    flags: frozenset[str] = frozenset(),
    msgctxt: str | None = None,
    plural_forms: str = "",
) -> list[Finding]:
    """The findings of a catalog in `language` holding one entry."""
    texts = (msgstr,) if isinstance(msgstr, str) else msgstr
    entry = CatalogEntry(msgid, texts, ENTRY_LINE, msgctxt, msgid_plural, flags)
    catalog = CatalogUnderCheck("t.po", language, [entry], plural_forms=plural_forms)
    return check_catalogs([catalog], source_lang).findings


def check_pair(source: str, translation: str, source_lang: str, target_lang: str) -> list[Finding]:
    """The findings of `translation` (in `target_lang`) of `source` (in `source_lang`)."""
    return findings(source, translation, target_lang, source_lang=source_lang)


def codes(found: list[Finding]) -> list[str]:
    return sorted(finding.code for finding in found)
