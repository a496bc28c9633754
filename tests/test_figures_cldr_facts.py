"""The CLDR facts stored in l10n/figures/cldr_facts.py are what the installed Babel gives.

Run as a script to write that file again after a Babel upgrade (then `ruff format` it):

    python3 tests/test_figures_cldr_facts.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import babel

from l10n.figures import cldr_facts, locale_facts

FACTS = locale_facts.FACTS


def facts_from_babel() -> dict[str, tuple[str, Any]]:
    """Each stored fact's name, type and value, as locale_facts reads them from Babel."""
    every_locale = [locale for facts in FACTS.values() for locale in facts.locales]
    return {
        "NUMBER_SYMBOLS": (
            "dict[str, tuple[str, str]]",
            {
                language: locale_facts.cldr_number_symbols(facts.locales[0])
                for language, facts in FACTS.items()
            },
        ),
        "PERCENT_SIGNS": ("frozenset[str]", locale_facts.cldr_percent_signs(every_locale)),
        "SCALE_WORDS": (
            "dict[str, dict[str, int]]",
            {
                language: locale_facts.cldr_scale_words(facts.locales)
                for language, facts in FACTS.items()
            },
        ),
        "WIDE_MONTH_NAMES": (
            "dict[str, dict[str, int]]",
            {
                language: locale_facts.cldr_month_names(facts, ("wide",))
                for language, facts in FACTS.items()
            },
        ),
        "MONTH_NAMES": (
            "dict[str, dict[str, int]]",
            {
                language: locale_facts.cldr_month_names(facts, ("wide", "abbreviated"))
                for language, facts in FACTS.items()
            },
        ),
    }


def in_order(value: Any) -> Any:
    """Dictionaries as lists of items, so that their order is compared too."""
    if isinstance(value, dict):
        return [(key, in_order(item)) for key, item in value.items()]
    return value


def test_the_stored_cldr_facts_are_babels() -> None:
    for name, (_, value) in facts_from_babel().items():
        stored = getattr(cldr_facts, name)
        assert in_order(stored) == in_order(value), (
            f"{name} differs from Babel {babel.__version__}: run python3 {__file__}"
        )


def test_the_tables_built_from_them_keep_cldr_first_and_add_the_press_spellings() -> None:
    assert FACTS["ru"].group_mark == " "  # U+00A0 in CLDR
    assert FACTS["ar"].decimal_mark == "."
    assert FACTS["ru"].scale_words["тыс."] == 1000
    assert FACTS["ru"].scale_words["тысячами"] == 1000
    assert FACTS["ru"].month_names["марта"] == 3
    assert FACTS["ru"].month_names["марте"] == 3
    assert FACTS["ar"].standalone_month_names["كانون الثاني"] == 1
    assert "May" not in FACTS["en"].standalone_month_names
    assert FACTS["en"].month_names["May"] == 5
    assert {"%", "٪"} <= locale_facts.PERCENT_SIGNS


def test_each_language_is_filed_under_its_own_code() -> None:
    assert list(FACTS) == ["en", "ru", "ar"]
    assert all(code == facts.code for code, facts in FACTS.items())


def module_source() -> str:
    lines = [
        f'"""CLDR\'s facts for figure extraction, as l10n.figures.locale_facts reads them from'
        f" Babel {babel.__version__}.",
        "",
        "Written by tests/test_figures_cldr_facts.py, which checks them against the installed",
        "Babel.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    for name, (kind, value) in facts_from_babel().items():
        if isinstance(value, frozenset):  # in a stable order
            lines.append(f"{name}: {kind} = frozenset({tuple(sorted(value))!r})")
        else:
            lines.append(f"{name}: {kind} = {value!r}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(cldr_facts.__file__).write_text(module_source(), encoding="utf-8")
