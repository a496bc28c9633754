"""Figures read by value: numbers, percentages, dates and times of day in en, ru and ar text.

What the rest of l10n uses is exported here; the modules behind it, in the order they build on
one another:

- `cldr_facts`: CLDR's facts (separators, scale words, month names) as generated from Babel by
  tests/test_figures_cldr_facts.py, so that no start of l10n pays for loading CLDR.
- `locale_facts`: every fact about how a language writes figures, CLDR's and the ones typed here.
- `values`: the values figures are compared by (`NumberValue`, `PercentValue`, `DateValue`,
  `TimeValue`), the `Figure` found in a text, and `describe`, which writes a value for messages.
- `scanner`: the scanner's patterns and the helpers that judge what stands around a figure: the
  contract both readers share, so that they read alike.
- `full_reader`: `extract_figures`, every figure of one text with its span and a note on a
  foreign convention. Its docstring lists the reading decisions.
- `explain`: the second stage of a comparison. What the strict reading leaves unmatched is read
  again in its light (number words, units converted, times, compound and percent words,
  separators, months); `EXPLAINERS` is the table to extend. `words` and `units` hold the
  number words (num2words for ru, spelt for en and built for ar) and the units with their factors.
- `constructions`: where the figures agree and what they say does not ("40 percentage points"
  against "40%", a score "2-1" against "1:2", "6-foot-6" against "6 feet").
- `batch_reader`: `plain_figures` and `quick_values`, which read a whole batch of texts at once
  and answer only where they read exactly what `extract_figures` reads (None elsewhere).
- `not_figures`: what looks like a figure but is not one (placeholders of every gettext syntax,
  markup, addresses, phone numbers, citation marks), blanked out by `figure_text` before either
  reader sees a catalog's text; and `copied_verbatim`, code and version numbers copied as they
  stand, which the conventions of a language do not govern.
"""

from __future__ import annotations

from l10n.figures.batch_reader import (
    PLAIN_ITEM,
    ValueKey,
    plain_figures,
    plain_keys,
    quick_values,
    value_key,
)
from l10n.figures.full_reader import extract_figures, in_its_own_decimals
from l10n.figures.not_figures import (
    copied_verbatim,
    entry_figure_text,
    figure_text,
    glued_to_a_name,
    is_credits,
    is_message_id,
    names_plural_categories,
    placeholder_syntaxes,
    same_identifier,
    texts_to_blank,
)
from l10n.figures.values import (
    KIND_DATE,
    KIND_NUMBER,
    KIND_PERCENT,
    KIND_TIME,
    DateValue,
    Figure,
    FigureValue,
    NumberValue,
    PercentValue,
    TimeValue,
    describe,
)

__all__ = [
    "KIND_DATE",
    "KIND_NUMBER",
    "KIND_PERCENT",
    "KIND_TIME",
    "PLAIN_ITEM",
    "DateValue",
    "Figure",
    "FigureValue",
    "NumberValue",
    "PercentValue",
    "TimeValue",
    "ValueKey",
    "copied_verbatim",
    "describe",
    "entry_figure_text",
    "extract_figures",
    "figure_text",
    "glued_to_a_name",
    "in_its_own_decimals",
    "is_credits",
    "is_message_id",
    "names_plural_categories",
    "placeholder_syntaxes",
    "plain_figures",
    "plain_keys",
    "quick_values",
    "same_identifier",
    "texts_to_blank",
    "value_key",
]
