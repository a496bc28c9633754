from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
import yaml
from babel.numbers import format_decimal
from check_helpers import check_pair, codes
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n import check, po
from l10n.check import (
    BIDI,
    ENTRY_CHECKS,
    ERROR,
    FIGURE_RULES,
    WARNING,
    CatalogEntry,
    CatalogUnderCheck,
    EntryCheck,
    Finding,
    check_catalogs,
    check_paths,
    check_project,
    entry_finding,
    read_catalog_in_slices,
    read_catalog_under_check,
)
from l10n.cli import main
from l10n.config import load_config
from l10n.errors import CatalogError
from l10n.parallel import map_in_processes

DATA = Path(__file__).parent / "data" / "check"

# The least header msgfmt --check accepts, before entries of a test's own.
HEADER_ONLY = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def entry(msgid: str, msgstr: str, **fields: object) -> CatalogEntry:
    return CatalogEntry(msgid=msgid, msgstr=(msgstr,), line=7, **fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# The traps, each in both directions (ru source as well as en)

SAME_VALUE = [
    # Arabic-Indic digits and separators state the same value as Latin ones
    ("en", "The register lists 2,080,443 voters.", "ar", "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً."),
    ("ru", "В списке 2 080 443 избирателя.", "ar", "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً."),
    ("ar", "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً.", "en", "The register lists 2,080,443 voters."),
    # the Russian thousands group separator is a space
    ("en", "The register lists 2,080,443 voters.", "ru", "В списке 2 080 443 избирателя."),
    ("ru", "В списке 2 080 443 избирателя.", "en", "The register lists 2,080,443 voters."),
    # scale words: 66 тыс. = 66,000 = ٦٦ ألف
    ("en", "Some 66,000 tents were handed out.", "ru", "Роздано около 66 тыс. палаток."),
    ("ru", "Роздано около 66 тыс. палаток.", "en", "Some 66,000 tents were handed out."),
    ("ru", "Роздано около 66 тыс. палаток.", "ar", "وُزعت نحو ٦٦ ألف خيمة."),
    ("en", "The fund holds 4.2 billion dollars.", "ru", "В фонде 4,2 млрд долларов."),
    ("ru", "В фонде 4,2 млрд долларов.", "en", "The fund holds 4.2 billion dollars."),
    ("en", "The fund holds 4.2 billion dollars.", "ar", "يضم الصندوق ٤٫٢ مليار دولار."),
    # decimal comma in Russian, decimal point in English
    ("en", "Prices rose by 2.5%.", "ru", "Цены выросли на 2,5%."),
    ("ru", "Цены выросли на 2,5%.", "en", "Prices rose by 2.5%."),
    # percent words and signs
    ("en", "Turnout was 96 percent.", "ru", "Явка составила 96%."),
    ("ru", "Явка составила 96 процентов.", "en", "Turnout was 96%."),
    ("en", "Turnout was 96%.", "ar", "بلغت نسبة المشاركة ٩٦٪."),
    # one date, three conventions (Levantine months for ar_SY)
    ("en", "The talks began on March 4, 2018.", "ru", "Переговоры начались 4 марта 2018 г."),
    ("ru", "Переговоры начались 4 марта 2018 г.", "en", "The talks began on March 4, 2018."),
    ("en", "The talks began on March 4, 2018.", "ar", "بدأت المحادثات في ٤ آذار ٢٠١٨."),
    # a bare year is the same figure however it is written
    ("en", "In 2019 the bridge reopened.", "ru", "В 2019 году мост вновь открыли."),
    ("ru", "В 2019 году мост вновь открыли.", "ar", "في عام ٢٠١٩ أعيد فتح الجسر."),
    # identifiers are not figures: nothing to compare, nothing missing
    ("en", "Vaccines against COVID-19 arrived.", "ru", "Прибыли вакцины."),
    ("ru", "Самолёт Су-24 вернулся на базу.", "en", "The aircraft returned to base."),
    ("en", "The Su-24 returned.", "ru", "Су-24 вернулся."),
    # format placeholders are skipped
    ("en", "%d refugees returned.", "ru", "Вернулись %d беженцев."),
    ("ru", "Вернулись {count} беженцев.", "en", "{count} refugees returned."),
    # order does not matter
    ("en", "Of 12 trucks, 7 arrived.", "ru", "Прибыли 7 из 12 грузовиков."),
    ("ru", "Прибыли 7 из 12 грузовиков.", "en", "Of 12 trucks, 7 arrived."),
    # a range is two numbers, neither negative
    ("en", "The checks take 5–7 days.", "ru", "Проверка занимает 5-7 дней."),
    ("ru", "Проверка занимает 5–7 дней.", "en", "The checks take 5-7 days."),
]


@pytest.mark.parametrize(("source_lang", "source", "target_lang", "target"), SAME_VALUE)
def test_same_values_written_differently_are_clean(
    source_lang: str, source: str, target_lang: str, target: str
) -> None:
    assert check_pair(source, target, source_lang, target_lang) == []


CHANGED = [
    # transposed digits behind a different grouping convention
    ("en", "The register lists 2,080,443 voters.", "ru", "В списке 2 080 434 избирателя."),
    ("ru", "В списке 2 080 443 избирателя.", "en", "The register lists 2,080,434 voters."),
    ("en", "The register lists 2,080,443 voters.", "ar", "يضم السجل ٢٬٠٨٠٬٤٣٤ ناخباً."),
    ("ar", "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً.", "ru", "В списке 2 080 434 избирателя."),
    # same digits, different scale word
    ("en", "The fund holds 4.2 billion dollars.", "ru", "В фонде 4,2 млн долларов."),
    ("ru", "В фонде 4,2 млрд долларов.", "en", "The fund holds 4.2 million dollars."),
    ("en", "Some 66,000 tents were handed out.", "ru", "Роздано около 60 тыс. палаток."),
]


@pytest.mark.parametrize(("source_lang", "source", "target_lang", "target"), CHANGED)
def test_a_changed_number_is_reported_with_both_figures(
    source_lang: str, source: str, target_lang: str, target: str
) -> None:
    findings = check_pair(source, target, source_lang, target_lang)
    assert codes(findings) == ["number-changed"]
    finding = findings[0]
    assert finding.severity == ERROR
    assert finding.language == target_lang
    assert len(finding.source_figures) == 1
    assert len(finding.target_figures) == 1
    assert finding.source_figures[0].raw in source
    assert finding.target_figures[0].raw in target
    assert finding.source_figures[0].value != finding.target_figures[0].value


def test_transposed_digits_name_both_values() -> None:
    (finding,) = check_pair(
        "The register lists 2,080,443 voters.", "В списке 2 080 434 избирателя.", "en", "ru"
    )
    assert "2,080,434" in finding.message
    assert "2,080,443" in finding.message
    assert finding.target_figures[0].value == "2,080,434"
    assert finding.source_figures[0].value == "2,080,443"


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target"),
    [
        ("en", "The talks began on March 4, 2018.", "ru", "Переговоры начались 4 апреля 2018 г."),
        ("ru", "Переговоры начались 4 апреля 2018 г.", "en", "The talks began on March 4, 2018."),
        ("en", "The talks began on March 4, 2018.", "ar", "بدأت المحادثات في ٤ نيسان ٢٠١٨."),
        ("ru", "Переговоры начались 4 марта 2018 г.", "en", "The talks began on March 5, 2018."),
    ],
)
def test_a_date_with_the_same_digits_and_another_month_is_a_changed_date(
    source_lang: str, source: str, target_lang: str, target: str
) -> None:
    findings = check_pair(source, target, source_lang, target_lang)
    assert codes(findings) == ["number-date"]


def test_russian_comma_thousands_reads_as_a_decimal_and_is_flagged() -> None:
    findings = check_pair("The city has 1,312 schools.", "В городе 1,312 школы.", "en", "ru")
    # The same digits with the separator meant the other way: one format finding, which says
    # how a Russian reader reads it, and no second one claiming the value changed.
    assert codes(findings) == ["number-format"]
    (format_finding,) = [f for f in findings if f.code == "number-format"]
    assert format_finding.language == "ru"
    assert format_finding.target_figures[0].raw == "1,312"


def test_a_misformatted_russian_source_is_reported_in_the_source_language() -> None:
    findings = check_pair("В городе 1,312 школы.", "The city has 1,312 schools.", "ru", "en")
    assert codes(findings) == ["number-format"]
    (format_finding,) = [f for f in findings if f.code == "number-format"]
    assert format_finding.language == "ru"
    assert format_finding.source_figures[0].raw == "1,312"


def test_a_decimal_comma_in_english_is_flagged() -> None:
    findings = check_pair("Цены выросли на 2,5%.", "Prices rose by 2,5%.", "ru", "en")
    assert "number-format" in codes(findings)
    findings = check_pair("Prices rose by 2,5%.", "Цены выросли на 2,5%.", "en", "ru")
    assert "number-format" in codes(findings)


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "expected"),
    [
        ("en", "Of 12 trucks, 7 arrived.", "ru", "Прибыли грузовики.", ["number-missing"] * 2),
        ("ru", "Прибыли 7 грузовиков.", "en", "Of 12 trucks, 7 arrived.", ["number-extra"]),
        ("en", "Turnout was 96%.", "ru", "Явка составила 96.", ["number-changed"]),
        ("ru", "Прибыли 5 и ещё 5 машин.", "en", "5 cars arrived.", ["number-missing"]),
    ],
)
def test_missing_and_extra_figures_count_repeats(
    source_lang: str, source: str, target_lang: str, target: str, expected: list[str]
) -> None:
    assert codes(check_pair(source, target, source_lang, target_lang)) == expected


def test_a_changed_figure_is_paired_with_the_closest_one() -> None:
    findings = check_pair(
        "The 12 clinics treated 500 patients.", "13 клиник приняли 5000 пациентов.", "en", "ru"
    )
    pairs = {(f.source_figures[0].raw, f.target_figures[0].raw) for f in findings}
    assert codes(findings) == ["number-changed", "number-changed"]
    assert pairs == {("12", "13"), ("500", "5000")}


# --------------------------------------------------------------------------------------------
# Three versions: the odd one out


def three_versions(source: str, ru: str, ar: str, source_lang: str = "en") -> list[Finding]:
    ru_lang, ar_lang = ("ru", "ar") if source_lang == "en" else ("en", "ar")
    catalogs = [
        CatalogUnderCheck(
            f"locales/{ru_lang}/statement.po", ru_lang, [entry(source, ru)], "statement"
        ),
        CatalogUnderCheck(
            f"locales/{ar_lang}/statement.po", ar_lang, [entry(source, ar)], "statement"
        ),
    ]
    return check_catalogs(catalogs, source_lang).findings


def test_the_odd_translation_is_named() -> None:
    findings = three_versions(
        "The register lists 2,080,443 voters.",
        "В списке 2 080 443 избирателя.",
        "يضم السجل ٢٬٠٨٠٬٤٣٤ ناخباً.",
    )
    (finding,) = findings
    assert finding.language == "ar"
    assert finding.message.startswith("ar says 2,080,434")
    assert "where en and ru say 2,080,443" in finding.message


def test_the_source_is_named_when_every_translation_disagrees_with_it() -> None:
    findings = three_versions(
        "The register lists 2,080,434 voters.",
        "В списке 2 080 443 избирателя.",
        "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً.",
    )
    assert [f.language for f in findings] == ["ar", "ru"]
    for finding in findings:
        assert finding.message.startswith("en (the source) says 2,080,434 where ru and ar say")


def test_the_odd_one_out_with_a_russian_source() -> None:
    (finding,) = three_versions(
        "В списке 2 080 443 избирателя.",
        "The register lists 2,080,434 voters.",
        "يضم السجل ٢٬٠٨٠٬٤٤٣ ناخباً.",
        source_lang="ru",
    )
    assert finding.language == "en"
    assert finding.message.startswith("en says 2,080,434")
    assert "where ru and ar say 2,080,443" in finding.message


def test_a_misformatted_source_is_reported_once_for_all_its_translations() -> None:
    findings = three_versions("В городе 1,312 школы.", "The city has 1,312 schools.", "١٬٣١٢", "ru")
    assert codes(findings).count("number-format") == 1


# --------------------------------------------------------------------------------------------
# What a translator controls


def test_untranslated_entries_are_skipped() -> None:
    catalog = CatalogUnderCheck("t.po", "ru", [entry("There are 5 camps.", "")])
    result = check_catalogs([catalog], "en")
    assert result.findings == []
    assert (result.entries_checked, result.entries_untranslated) == (0, 1)


def test_fuzzy_entries_are_checked_at_warning_level() -> None:
    fuzzy = entry("There are 5 camps.", "Есть 6 лагерей.", flags=frozenset({"fuzzy"}))
    (finding,) = check_catalogs([CatalogUnderCheck("t.po", "ru", [fuzzy])], "en").findings
    assert (finding.code, finding.severity) == ("number-changed", WARNING)


def test_ignore_numbers_silences_the_entry() -> None:
    ignored = entry("There are 5 camps.", "Есть 6 лагерей.", flags=frozenset({"ignore-numbers"}))
    result = check_catalogs([CatalogUnderCheck("t.po", "ru", [ignored])], "en")
    assert result.findings == []
    assert result.entries_ignored == 1


def test_an_accept_comment_accepts_one_difference_and_not_the_rest() -> None:
    converted = entry(
        "The road is 5 miles long and 12 years old.",
        "Дорога длиной 8 км построена 13 лет назад.",
        translator_comment="l10n-accept: 5 miles -> 8 км",
    )
    (finding,) = check_catalogs([CatalogUnderCheck("t.po", "ru", [converted])], "en").findings
    assert finding.code == "number-changed"
    assert finding.source_figures[0].value == "12"


def test_an_accept_comment_may_let_a_figure_drop() -> None:
    dropped = entry(
        "In 2020, 5 camps closed.",
        "Закрылись 5 лагерей.",
        translator_comment="checked with the desk\nl10n-accept: 2020 ->",
    )
    assert check_catalogs([CatalogUnderCheck("t.po", "ru", [dropped])], "en").findings == []


@pytest.mark.parametrize(
    ("comment", "message"),
    [("l10n-accept: 7 -> 9", "matches no difference"), ("l10n-accept: five or so", "cannot read")],
)
def test_a_stale_or_unreadable_accept_comment_is_a_warning(comment: str, message: str) -> None:
    stale = entry("There are 5 camps.", "Есть 5 лагерей.", translator_comment=comment)
    (finding,) = check_catalogs([CatalogUnderCheck("t.po", "ru", [stale])], "en").findings
    assert (finding.code, finding.severity) == ("number-accept", WARNING)
    assert message in finding.message


def test_plural_forms_are_checked_against_the_plural_msgid() -> None:
    plural = CatalogEntry(
        msgid="{count} family returned in 2019",
        msgid_plural="{count} families returned in 2019",
        msgstr=(
            "{count} семья вернулась в 2019 году",
            "{count} семьи вернулись в 2019 году",
            "{count} семей вернулись в 2018 году",
        ),
        line=3,
    )
    (finding,) = check_catalogs([CatalogUnderCheck("t.po", "ru", [plural])], "en").findings
    assert finding.code == "number-changed"


def test_every_figure_rule_has_a_title_and_a_number_code() -> None:
    for code, rule in FIGURE_RULES.items():
        assert code.startswith("number")
        assert rule.title and not rule.title.endswith(" ")
        assert rule.severity in (ERROR, WARNING)


def test_every_entry_check_has_a_title_and_no_figure_code() -> None:
    for code, entry_check in ENTRY_CHECKS.items():
        assert not code.startswith("number")
        assert entry_check.title and not entry_check.title.endswith(" ")
        assert entry_check.severity in (ERROR, WARNING)


def flag_placeholders(catalog: CatalogUnderCheck, item: CatalogEntry) -> Iterator[Finding]:
    """A translation still holds the placeholder TODO."""
    if any("TODO" in text for text in item.msgstr):
        yield entry_finding(catalog, item, "todo", WARNING, "TODO left in the translation")


@pytest.mark.parametrize("processes", [1, 2])
def test_entry_checks_run_on_every_translated_entry_whatever_its_figures(
    monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """A figure rule sees only entries whose figures differ; an entry check sees them all,
    the ones the quick readers settle and the ones whose figures are ignored included."""
    monkeypatch.setitem(ENTRY_CHECKS, "todo", EntryCheck(flag_placeholders, WARNING))
    entries = [
        CatalogEntry("12 tents.", ("12 палаток TODO.",), 3),  # figures agree
        CatalogEntry("12 tents.", ("13 палаток TODO.",), 5, "x"),  # figures differ
        CatalogEntry("5 tents.", ("TODO",), 9, flags=frozenset({"ignore-numbers"})),
        CatalogEntry("7 tents.", ("",), 11),  # untranslated: nothing to check
        *[CatalogEntry(f"{n} tents", (f"{n} палаток",), 20 + n) for n in range(3000)],
    ]
    catalog = CatalogUnderCheck("t.po", "ru", entries)
    mapper = partial(map_in_processes, processes=processes)
    findings = check_catalogs([catalog], "en", map_batches=mapper).findings
    assert [(f.line, f.code) for f in findings if f.code == "todo"] == [
        (3, "todo"),
        (5, "todo"),
        (9, "todo"),
    ]
    assert "number-changed" in codes(findings)


# --------------------------------------------------------------------------------------------
# Files


def test_catalogs_of_one_domain_are_compared_across_languages() -> None:
    result = check_paths([DATA / "odd_one_out" / "locales"], "en")
    (finding,) = result.findings
    assert finding.file.endswith("ar/LC_MESSAGES/statement.po")
    assert finding.line == 15  # the msgid line, as l10n.po counts
    assert finding.msgctxt == "paragraph"
    assert "where en and ru say" in finding.message
    assert result.entries_checked == 4


def test_a_malformed_catalog_is_a_catalog_error_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "ru.po"
    broken.write_text('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr\n', encoding="utf-8")
    with pytest.raises(CatalogError) as raised:
        read_catalog_under_check(broken)
    assert raised.value.path == str(broken)
    assert raised.value.line == 5


def test_the_language_comes_from_the_header_then_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locales" / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "x.po"
    po.write_text(HEADER_ONLY + 'msgid "a 5"\nmsgstr "b ٥"\n', encoding="utf-8")
    assert read_catalog_under_check(po).language == "ar"
    po.write_text('msgid ""\nmsgstr "Language: ar_SY\\n"\n\nmsgid "a"\nmsgstr "b"\n', "utf-8")
    assert read_catalog_under_check(po).language == "ar"
    named = tmp_path / "ar.po"
    named.write_text('msgid ""\nmsgstr "Language: ru\\n"\n\nmsgid "a"\nmsgstr "b"\n', "utf-8")
    assert read_catalog_under_check(named).language == "ru"


def test_a_header_language_its_gettext_folder_contradicts_is_an_error_at_its_line(
    tmp_path: Path,
) -> None:
    # gettext and the build show the file as Arabic; checking it as Russian would check nothing.
    folder = tmp_path / "locales" / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "x.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n"Language: ru\\n"\n\n'
        'msgid "a 5"\nmsgstr "b 5"\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match="says ru but the catalog is in the ar folder") as raised:
        read_catalog_under_check(po)
    assert raised.value.line == 4


def test_a_catalog_of_unknown_language_is_an_error(tmp_path: Path) -> None:
    po = tmp_path / "messages.po"
    po.write_text(HEADER_ONLY + 'msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match="language"):
        read_catalog_under_check(po)


def test_a_duplicate_entry_is_an_error_at_its_line() -> None:
    with pytest.raises(CatalogError, match="duplicate") as raised:
        read_catalog_under_check(DATA / "scanner" / "duplicate.po")
    assert raised.value.line == 4


def test_a_catalog_is_checked_a_slice_at_a_time_as_it_is_checked_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check_paths` reads a catalog alone in its domain a piece at a time (here cut at every
    entry it may be cut at) and holds one slice only; the findings, counts and entries are
    those of the catalog read and checked whole."""
    monkeypatch.setattr(po, "_CUT_AT_LEAST", 1)
    monkeypatch.setattr(check, "_READ_BLOCK", 100)
    rows = [
        ("The fund paid 4.5 million.", "Фонд выплатил 4,5 млн."),
        ("The fund paid 2,080,443 dollars.", "Фонд выплатил 2 080 434 доллара."),
        ("On March 4 the doors opened.", "5 марта двери открылись."),
        ("Route 7 is closed.", ""),
        ("Route 9 is open.", "Маршрут 9 открыт\u202e."),
    ] * 40
    body = "".join(
        f'#: a.md:{n}\nmsgctxt "s{n}"\nmsgid "{source}"\nmsgstr "{target}"\n\n'
        for n, (source, target) in enumerate(rows)
    )
    path = tmp_path / "ru.po"
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: ru\\n"\n\n'
    path.write_text(header + body, encoding="utf-8")
    slices = list(read_catalog_in_slices(path))
    assert len(slices) > len(rows) // 2
    assert [entry for part in slices for entry in part.entries] == list(
        read_catalog_under_check(path).entries
    )
    whole = check_catalogs([read_catalog_under_check(path)], "en", keep_entries=True)
    in_slices = check_paths([path], "en", keep_entries=True)
    assert {"number-changed", "number-date", BIDI} <= set(codes(in_slices.findings))
    assert in_slices == whole


def test_flags_comments_plurals_and_obsolete_entries_are_read() -> None:
    result = check_paths([DATA / "scanner" / "varied.po"], "en")
    # the accept comment covers the converted distance; 7 and 09:30 agree; {count} is skipped
    assert result.findings == []
    assert (result.entries_checked, result.entries_ignored, result.entries_untranslated) == (
        2,
        1,
        1,
    )


def project(tmp_path: Path) -> Path:
    shutil.copytree(DATA / "odd_one_out", tmp_path, dirs_exist_ok=True)
    (tmp_path / "l10n.toml").write_text(
        'source-lang = "en"\ntarget-langs = ["ru", "ar"]\n', encoding="utf-8"
    )
    return tmp_path


def test_check_project_reads_the_target_catalogs(tmp_path: Path) -> None:
    findings = check_project(load_config(project(tmp_path)))
    assert [(f.language, f.code) for f in findings] == [("ar", "number-changed")]


# --------------------------------------------------------------------------------------------
# The command


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_command_without_paths_checks_the_project(tmp_path: Path) -> None:
    code, out, _ = run("-C", str(project(tmp_path)), "check", "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert [f["language"] for f in document["findings"]] == ["ar"]
    assert document["summary"]["by_severity"] == {"error": 1, "warning": 0}


def test_project_catalogs_are_named_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project(tmp_path))
    code, out, _ = run("check", "--format", "github")
    assert code == 1
    assert out.startswith("::error file=locales/ar/LC_MESSAGES/statement.po,line=15,")


@pytest.mark.parametrize("output_format", ["sarif", "junit", "github", "text"])
def test_every_format_reports_the_finding(tmp_path: Path, output_format: str) -> None:
    code, out, _ = run("-C", str(project(tmp_path)), "check", "--format", output_format)
    assert code == 1
    assert "2,080,434" in out
    if output_format == "sarif":
        assert json.loads(out)["runs"][0]["results"][0]["ruleId"] == "number-changed"
    if output_format == "junit":
        root = ET.fromstring(out)
        assert (root.get("tests"), root.get("failures")) == ("4", "1")


def test_command_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run("-C", str(root), "check", "--fail-on", "never")[0] == 0
    clean = root / "locales" / "ru"
    assert run("-C", str(root), "check", str(clean))[0] == 0


def test_fuzzy_findings_fail_only_from_warning_level(tmp_path: Path) -> None:
    po = tmp_path / "ru.po"
    po.write_text(
        HEADER_ONLY + '#, fuzzy\nmsgid "There are 5 camps."\nmsgstr "Есть 6 лагерей."\n',
        encoding="utf-8",
    )
    assert run("check", str(po), "--source-lang", "en")[0] == 0
    code, out, _ = run("check", str(po), "--source-lang", "en", "--fail-on", "warning")
    assert code == 1
    assert "warning" in out
    assert "\x1b[" not in out  # no colour when the output is not a terminal


def test_the_source_language_option_wins_over_the_project(tmp_path: Path) -> None:
    po = tmp_path / "en.po"
    po.write_text(
        HEADER_ONLY + 'msgid "В городе 1 312 школ."\nmsgstr "The city has 1,312 schools."\n',
        "utf-8",
    )
    (tmp_path / "l10n.toml").write_text('source-lang = "ar"\ntarget-langs = ["en"]\n', "utf-8")
    assert run("-C", str(tmp_path), "check", str(po), "--source-lang", "ru")[0] == 0


def test_an_unknown_source_language_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("check", str(DATA / "odd_one_out"), "--source-lang", "xx")
    assert code == 2
    assert "xx" in err


def test_a_malformed_catalog_exits_2_with_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "ru.po"
    broken.write_text('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr\n', encoding="utf-8")
    code, out, err = run("check", str(broken), "--source-lang", "en")
    assert code == 2
    assert f"{broken}:5:" in err
    assert out == ""


def test_no_catalogs_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "l10n.toml").write_text('source-lang = "en"\n', encoding="utf-8")
    code, _, err = run("-C", str(tmp_path), "check")
    assert code == 2
    assert "no PO catalogs" in err


def test_the_pre_commit_hook_runs_the_command_on_po_files() -> None:
    hooks = yaml.safe_load((Path(__file__).parents[1] / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "l10n-check"
    assert hook["entry"] == "l10n check"
    pattern = re.compile(hook["files"])
    assert pattern.search("locales/ru/LC_MESSAGES/statement.po")
    assert not pattern.search("locales/templates/statement.pot")


ARABIC_DIGITS = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def written(amount: Decimal, lang: str) -> str:
    """`amount` as a writer of `lang` puts it: Babel's grouping, Arabic-Indic digits for ar."""
    if lang == "ar":
        return format_decimal(amount, locale="en").translate(ARABIC_DIGITS)
    return format_decimal(amount, locale=lang)


SENTENCES = {
    "en": "The agency registered {} returnees.",
    "ru": "Агентство зарегистрировало {} вернувшихся.",
    "ar": "سجلت الوكالة {} عائداً.",
}
amounts = st.decimals(min_value=0, max_value=10**9, places=1, allow_nan=False)
language_pairs = st.sampled_from([("en", "ru"), ("en", "ar"), ("ru", "en"), ("ru", "ar")])


@settings(deadline=None)
@given(amount=amounts, pair=language_pairs)
def test_any_amount_written_in_each_convention_is_the_same_figure(
    amount: Decimal, pair: tuple[str, str]
) -> None:
    source_lang, target_lang = pair
    source = SENTENCES[source_lang].format(written(amount, source_lang))
    target = SENTENCES[target_lang].format(written(amount, target_lang))
    assert check_pair(source, target, source_lang, target_lang) == []


@settings(deadline=None)
@given(amount=amounts, pair=language_pairs, change=st.sampled_from([1, 10, 1000]))
def test_any_changed_amount_is_reported_as_changed(
    amount: Decimal, pair: tuple[str, str], change: int
) -> None:
    source_lang, target_lang = pair
    source = SENTENCES[source_lang].format(written(amount, source_lang))
    target = SENTENCES[target_lang].format(written(amount + change, target_lang))
    assert codes(check_pair(source, target, source_lang, target_lang)) == ["number-changed"]


def test_a_date_that_cannot_be_is_reported_as_written() -> None:
    findings = check_pair("The office closed on 31 April.", "Офис закрылся 30 апреля.", "en", "ru")
    assert codes(findings) == ["number-date"]
    assert "31 April" in findings[0].message


def test_the_command_reads_the_same_in_several_processes(tmp_path: Path) -> None:
    # Three batches of entries, one of them with a changed figure: shared out among three
    # processes, the report is the one a single process writes.
    po = tmp_path / "ru.po"
    entries = []
    for index in range(5000):
        tonnes = index * 7
        translated = f"{tonnes + (index == 4321):,}".replace(",", "\u00a0")
        entries.append(
            f'msgctxt "{index}"\nmsgid "The convoy delivered {tonnes:,} tonnes."\n'
            f'msgstr "Колонна доставила {translated} тонн."\n'
        )
    po.write_text(HEADER_ONLY + "\n".join(entries), encoding="utf-8")
    outputs = [
        run("check", str(po), "--source-lang", "en", "--format", "json", "-j", jobs)
        for jobs in ("1", "3", "0")
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    code, out, _ = outputs[0]
    assert code == 1
    assert [f["msgctxt"] for f in json.loads(out)["findings"]] == ["4321"]


def test_lang_checks_only_the_catalogs_of_that_language(tmp_path: Path) -> None:
    folder = project(tmp_path)
    code, out, _ = run("-C", str(folder), "check", "--lang", "ar", "--format", "json")
    assert code == 1
    assert {finding["language"] for finding in json.loads(out)["findings"]} == {"ar"}
    code, out, _ = run("-C", str(folder), "check", "--lang", "ru", "--format", "json")
    assert code == 0
    assert json.loads(out)["summary"]["files"] == 1
    code, out, _ = run("check", str(folder / "locales"), "--source-lang", "en", "--lang", "ru")
    assert code == 0, out
    code, _, err = run("-C", str(folder), "check", "--lang", "fr")
    assert code == 2 and "unknown language 'fr'" in err


MALFORMED = (
    'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "5 tents."\nmsgstr "5 палаток."\nmsgid "x\n'
)


@pytest.mark.parametrize("output_format", ["github", "sarif", "junit", "json"])
def test_a_malformed_catalog_is_shown_where_it_is_in_the_reports_for_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("broken.po").write_text(MALFORMED, encoding="utf-8")
    code, out, err = run("check", "broken.po", "--source-lang", "en", "--format", output_format)
    assert code == 2
    assert "broken.po:7" in err
    if output_format == "github":
        assert out.startswith("::error file=broken.po,line=7,title=catalog-unreadable::")
    elif output_format == "sarif":
        (result,) = json.loads(out)["runs"][0]["results"]
        location = result["locations"][0]["physicalLocation"]
        assert (result["ruleId"], result["level"]) == ("catalog-unreadable", "error")
        assert location["artifactLocation"]["uri"] == "broken.po"
        assert location["region"]["startLine"] == 7
    elif output_format == "json":
        (finding,) = json.loads(out)["findings"]
        assert (finding["code"], finding["file"], finding["line"]) == (
            "catalog-unreadable",
            "broken.po",
            7,
        )
    else:
        suite = ET.fromstring(out).find("testsuite")
        assert suite is not None and suite.get("errors") == "1"
        case = suite.find("testcase")
        assert case is not None and (case.get("file"), case.get("line")) == ("broken.po", "7")
        assert case.find("error") is not None


def test_a_statement_given_to_check_is_not_a_po_file(tmp_path: Path) -> None:
    statement = tmp_path / "x.md"
    statement.write_text("---\ntitle: T\n---\nText 5.\n", encoding="utf-8")
    code, _, err = run("check", str(statement), "--source-lang", "en")
    assert code == 2
    assert "x.md: not a PO file" in err


def test_messages_group_every_number_alike_and_show_invisible_characters() -> None:
    (grouped,) = check_pair("Sent 1,490 tents.", "Отправлено 1 940 палаток.", "en", "ru")
    assert "1,940" in grouped.message and "1,490" in grouped.message
    assert "1940" not in grouped.message and "1490" not in grouped.message
    (year,) = check_pair("In 2019 it began.", "В 2018 году началось.", "en", "ru")
    assert "2018" in year.message and "2019" in year.message
    accepting = CatalogUnderCheck(
        "t.po",
        "ru",
        [
            entry(
                "Sent 27 tents.",
                "Отправлено 72 палатки.",
                translator_comment="l10n-accept: 2\u200b7 -> 72",
            )
        ],
    )
    messages = [finding.message for finding in check_catalogs([accepting], "en").findings]
    assert any("2⟨U+200B⟩7 -> 72" in message for message in messages), messages
    assert not any("\u200b" in message for message in messages)


@pytest.mark.parametrize(
    "comment", ["l10n-ignore-numbers", "checked with the desk\n  l10n-ignore-numbers "]
)
def test_a_translator_comment_silences_the_figures_as_the_flag_does(comment: str) -> None:
    ignored = entry("There are 5 camps.", "Есть 6 лагерей.", translator_comment=comment)
    result = check_catalogs([CatalogUnderCheck("t.po", "ru", [ignored])], "en")
    assert result.findings == []
    assert result.entries_ignored == 1
    noted = entry("There are 5 camps.", "Есть 6 лагерей.", translator_comment=f"{comment} later")
    assert codes(check_catalogs([CatalogUnderCheck("t.po", "ru", [noted])], "en").findings) == [
        "number-changed"
    ]


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed")
def test_the_comment_survives_msgcat_and_msgmerge_which_drop_the_flag(tmp_path: Path) -> None:
    header = (
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    )
    catalog = tmp_path / "ru.po"
    catalog.write_text(
        f"{header}\n# l10n-ignore-numbers\n#, ignore-numbers\n"
        'msgid "There are 5 camps."\nmsgstr "Есть 6 лагерей."\n',
        encoding="utf-8",
    )
    template = tmp_path / "t.pot"
    template.write_text(f'{header}\nmsgid "There are 5 camps."\nmsgstr ""\n', encoding="utf-8")
    for command in (["msgcat", str(catalog)], ["msgmerge", "-q", str(catalog), str(template)]):
        output = tmp_path / "out" / "ru.po"
        output.parent.mkdir(exist_ok=True)
        subprocess.run([*command, "-o", str(output)], check=True)
        assert "#, ignore-numbers" not in output.read_text(encoding="utf-8")
        assert check_paths([output], "en").findings == []


@pytest.mark.parametrize(
    "comment", ["l10n-accept: 27 -> 72x", "l10n-accept: 27x -> 72", "l10n-accept 27 -> 72"]
)
def test_an_accept_line_that_does_not_read_exactly_accepts_nothing_and_is_reported(
    comment: str,
) -> None:
    typo = entry("Sent 27 tents.", "Отправлено 72 палатки.", translator_comment=comment)
    findings = check_catalogs([CatalogUnderCheck("t.po", "ru", [typo])], "en").findings
    assert sorted(codes(findings)) == ["number-accept", "number-changed"]
    accept = next(finding for finding in findings if finding.code == "number-accept")
    assert f"cannot read '{comment}'" in accept.message
