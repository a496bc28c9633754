"""Classes of news figures written blind in session 10, each with its true difference.

How many times as much ("threefold", "втрое", "في أربعة أضعاف"), a ratio said with an ordinal
("каждый пятый", one in five), the dual of a counted Arabic noun ("جنديان", two soldiers), a
scale and a half in Arabic ("مليارا ونصف المليار"), an hour said in Russian words ("в девять
часов утра"), a part of a percentage point ("a quarter point") and basis points. Each reading
must state the same value as the other side, and a changed value must stay a finding, whichever
side is the source.
"""

from __future__ import annotations

import pytest

from l10n.check import CatalogEntry, CatalogUnderCheck, check_catalogs


def flagged(source_lang: str, source: str, target_lang: str, target: str) -> bool:
    catalog = CatalogUnderCheck("t.po", target_lang, [CatalogEntry(source, (target,), 1)])
    findings = check_catalogs([catalog], source_lang).findings
    return any(finding.severity == "error" for finding in findings)


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "Rents have tripled since the war.", "ru", "С начала войны аренда выросла втрое.",
         False),
        ("en", "Rents have tripled since the war.", "ru",
         "С начала войны аренда выросла в четыре раза.", True),
        ("en", "Output grew fourfold.", "ru", "Выпуск вырос в четыре раза.", False),
        ("en", "Output grew fourfold.", "ru", "Выпуск вырос впятеро.", True),
        ("ru", "Очередь на жильё выросла вдвое.", "en", "The housing queue doubled.", False),
        ("ru", "Очередь на жильё выросла втрое.", "en", "The housing queue doubled.", True),
        ("en", "Fares rose tenfold.", "ar", "ارتفعت الأجرة عشرة أضعاف.", False),
        ("en", "Fares rose fivefold.", "ar", "ارتفعت الأجرة عشرة أضعاف.", True),
    ],
)  # fmt: skip
def test_how_many_times_as_much(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "One in three pupils walks to school.", "ru",
         "Каждый третий школьник ходит в школу пешком.", False),
        ("en", "One in three pupils walks to school.", "ru",
         "Каждый второй школьник ходит в школу пешком.", True),
        ("ru", "Каждую десятую посылку вскрывают.", "en", "One parcel in ten is opened.", False),
        ("ru", "Каждую десятую посылку вскрывают.", "en", "One parcel in twelve is opened.", True),
    ],
)  # fmt: skip
def test_a_ratio_said_with_an_ordinal(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source", "target", "differs"),
    [
        ("Two ministers quit.", "استقال وزيران.", False),
        ("Four ministers quit.", "استقال وزيران.", True),
        ("The prisoners were freed after two weeks.", "أفرج عن السجناء بعد أسبوعين.", False),
        ("The prisoners were freed after three weeks.", "أفرج عن السجناء بعد أسبوعين.", True),
        ("Both teams scored twice.", "سجل الفريقان هدفين.", False),
        ("Each side lost five fighters.", "خسر كل طرف مقاتلين اثنين.", True),
        ("The two presidents spoke for an hour.", "تحدث الرئيسان لمدة ساعة.", False),
        ("The three presidents spoke for an hour.", "تحدث الرئيسان لمدة ساعة.", True),
    ],
)
def test_the_arabic_dual_of_a_counted_noun(source: str, target: str, differs: bool) -> None:
    assert flagged("en", source, "ar", target) is differs


@pytest.mark.parametrize(
    ("source", "target", "differs"),
    [
        ("Donors pledged $1.5 billion.", "تعهد المانحون بمليار ونصف المليار دولار.", False),
        ("Donors pledged $1.5 billion.", "تعهد المانحون بمليارا ونصف المليار دولار.", False),
        ("Donors pledged $1.5 million.", "تعهد المانحون بمليار ونصف المليار دولار.", True),
        ("Donors pledged $2.5 billion.", "تعهد المانحون بمليار ونصف المليار دولار.", True),
    ],
)
def test_an_arabic_scale_and_a_half(source: str, target: str, differs: bool) -> None:
    assert flagged("en", source, "ar", target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "Polls open at 8am.", "ru", "Участки откроются в восемь часов утра.", False),
        ("en", "Polls open at 8am.", "ru", "Участки откроются в семь часов утра.", True),
        ("en", "Polls close at 8pm.", "ru", "Участки закроются в восемь вечера.", False),
        ("en", "Polls close at 8pm.", "ru", "Участки закроются в восемь утра.", True),
        ("ru", "Сбор назначен на шесть часов вечера.", "en", "The meeting is set for 6 p.m.",
         False),
        ("ru", "Сбор назначен на шесть часов вечера.", "en", "The meeting is set for 5 p.m.",
         True),
    ],
)  # fmt: skip
def test_an_hour_in_russian_words(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs


@pytest.mark.parametrize(
    ("source_lang", "source", "target_lang", "target", "differs"),
    [
        ("en", "The bank lifted its rate by a quarter point.", "ru",
         "Банк поднял ставку на 0,25 п.п.", False),
        ("en", "The bank lifted its rate by a quarter point.", "ru",
         "Банк поднял ставку на 0,5 п.п.", True),
        ("en", "The bank lifted its rate by half a percentage point.", "ar",
         "رفع البنك سعر الفائدة 0.5 نقطة مئوية.", False),
        ("en", "The bank lifted its rate by half a percentage point.", "ar",
         "رفع البنك سعر الفائدة 0.75 نقطة مئوية.", True),
        ("ru", "Регулятор снизил ставку на половину процентного пункта.", "en",
         "The regulator cut its rate by 0.5 percentage points.", False),
        ("ru", "Регулятор снизил ставку на 0,75 п.п.", "en",
         "The regulator cut its rate by 75 basis points.", False),
        ("ru", "Регулятор снизил ставку на 0,75 п.п.", "en",
         "The regulator cut its rate by 50 basis points.", True),
        ("en", "Yields rose 30 basis points.", "ar", "ارتفعت العائدات 0.3 نقطة مئوية.", False),
        ("en", "Yields rose 30 basis points.", "ar", "ارتفعت العائدات 0.03 نقطة مئوية.", True),
    ],
)  # fmt: skip
def test_a_part_of_a_percentage_point(
    source_lang: str, source: str, target_lang: str, target: str, differs: bool
) -> None:
    assert flagged(source_lang, source, target_lang, target) is differs
