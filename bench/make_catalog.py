"""Generate large en -> ru/ar PO catalogs of press-statement sentences with planted figure errors.

    python3 bench/make_catalog.py OUT_DIR [--entries 100000] [--seed 1]

writes OUT_DIR/locales/{ru,ar}/LC_MESSAGES/bench.po and OUT_DIR/planted.json, which lists the
entries (language, msgctxt, kind) whose translation was given a wrong figure. The sentences are
written for this benchmark; figures are formatted with Babel per locale (Russian grouping with
U+00A0, decimal comma, "млрд", "тыс."; Arabic-Indic digits and separators, Levantine months).
Each entry has a unique msgctxt (sNNNNNN), so findings can be matched to what was planted.

Planted errors, one in `--plant-every` entries per language, kinds chosen in turn:
  transposed  two adjacent digits swapped in a number        (2,080,443 -> 2,080,434)
  month       the date keeps its digits, the month changes    (March 4 -> 4 апреля)
  dropped     a figure is left out of the translation
  scale       the scale word changes                          (4.2 billion -> 4,2 млн)
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal

LANGUAGES = ("ru", "ar")
LOCALES = {"en": "en", "ru": "ru", "ar": "ar_SY"}
PLANT_KINDS = ("transposed", "month", "dropped", "scale")
ARABIC_DIGITS = str.maketrans("0123456789.,%", "٠١٢٣٤٥٦٧٨٩٫٬٪")
PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5);",
}


def number(value: int | Decimal, lang: str) -> str:
    if lang == "ar":
        return format_decimal(value, locale="en").translate(ARABIC_DIGITS)
    return format_decimal(value, locale=LOCALES[lang])


def percent(value: int, lang: str) -> str:
    return {"en": f"{value}%", "ru": f"{value}\u00a0%", "ar": f"{value}%".translate(ARABIC_DIGITS)}[
        lang
    ]


def date(day: datetime.date, lang: str) -> str:
    text = format_date(day, "long", locale=LOCALES[lang])
    return text.translate(ARABIC_DIGITS) if lang == "ar" else text


def clock(hour: int, minute: int, lang: str) -> str:
    text = f"{hour:02d}:{minute:02d}"
    return text.translate(ARABIC_DIGITS) if lang == "ar" else text


SCALE_WORDS = {
    "billion": {"en": "billion", "ru": "млрд", "ar": "مليار"},
    "million": {"en": "million", "ru": "млн", "ar": "مليون"},
}


def scaled(amount: Decimal, scale: str, lang: str) -> str:
    return f"{number(amount, lang)} {SCALE_WORDS[scale][lang]}"


@dataclass
class Figures:
    """The values one sentence states; `planted` changes one of them in one language."""

    big: int
    small: int
    share: int
    day: datetime.date
    amount: Decimal
    scale: str
    year: int
    hour: int
    minute: int


Template = Callable[[Figures, str], str]


def returns(f: Figures, lang: str) -> str:
    n, m, d = number(f.big, lang), number(f.small, lang), date(f.day, lang)
    return {
        "en": f"Since {d}, {n} refugees have returned to their homes, including {m} children.",
        "ru": f"С {d} в свои дома вернулись {n} беженцев, в том числе {m} детей.",
        "ar": f"منذ {d} عاد {n} لاجئاً إلى منازلهم، بينهم {m} طفلاً.",
    }[lang]


def convoy(f: Figures, lang: str) -> str:
    t, k = number(f.big % 9000 + 120, lang), number(f.small, lang)
    return {
        "en": f"The convoy delivered {t} tonnes of food and {k} tonnes of medicines.",
        "ru": f"Колонна доставила {t} тонн продовольствия и {k} тонн медикаментов.",
        "ar": f"أوصلت القافلة {t} طناً من الأغذية و{k} طناً من الأدوية.",
    }[lang]


def reconstruction(f: Figures, lang: str) -> str:
    b, y = scaled(f.amount, f.scale, lang), number(f.small % 12 + 3, lang)
    return {
        "en": f"Rebuilding the water network will cost about {b} dollars over {y} years.",
        "ru": f"Восстановление водопроводной сети обойдётся примерно в {b} долларов за {y} лет.",
        "ar": f"ستبلغ كلفة إعادة بناء شبكة المياه نحو {b} دولار على مدى {y} سنوات.",
    }[lang]


def turnout(f: Figures, lang: str) -> str:
    p, n = percent(f.share, lang), number(f.big, lang)
    t, d = clock(f.hour, f.minute, lang), date(f.day, lang)
    return {
        "en": f"Turnout reached {p}, and {n} ballots had been counted by {t} on {d}.",
        "ru": f"Явка составила {p}, к {t} {d} было подсчитано {n} бюллетеней.",
        "ar": f"بلغت نسبة المشاركة {p}، وفُرزت {n} ورقة اقتراع بحلول الساعة {t} يوم {d}.",
    }[lang]


def vaccination(f: Figures, lang: str) -> str:
    y, n = str(f.year).translate(ARABIC_DIGITS), number(f.small, lang)
    return {
        "en": f"In {f.year}, mobile teams vaccinated {n} people against COVID-19.",
        "ru": f"В {f.year} году мобильные бригады привили {n} человек от COVID-19.",
        "ar": f"في عام {y} طعّمت الفرق المتنقلة {n} شخصاً ضد COVID-19.",
    }[lang]


def statement(f: Figures, lang: str) -> str:
    return {
        "en": "The parties reaffirmed their commitment to a political settlement.",
        "ru": "Стороны подтвердили приверженность политическому урегулированию.",
        "ar": "أكد الطرفان التزامهما بالتسوية السياسية.",
    }[lang]


TEMPLATES: tuple[Template, ...] = (
    returns,
    convoy,
    reconstruction,
    turnout,
    vaccination,
    statement,
)
# Which templates carry the figure each kind of planted error needs.
PLANTABLE = {
    "transposed": (returns, convoy, turnout),
    "month": (returns, turnout),
    "dropped": (returns, convoy, vaccination),
    "scale": (reconstruction,),
}


def random_figures(rng: random.Random) -> Figures:
    return Figures(
        big=rng.randrange(100_000, 9_999_999),
        small=rng.randrange(12, 9_999),
        share=rng.randrange(5, 99),
        day=datetime.date(rng.randrange(2015, 2025), rng.randrange(1, 13), rng.randrange(1, 29)),
        amount=Decimal(rng.randrange(11, 99)) / 10,
        scale=rng.choice(("billion", "million")),
        year=rng.randrange(2015, 2025),
        hour=rng.randrange(6, 23),
        minute=rng.choice((0, 15, 30, 45)),
    )


def transposed(value: int) -> int:
    digits = list(str(value))
    for index in range(len(digits) - 1, 0, -1):
        if digits[index] != digits[index - 1]:
            digits[index], digits[index - 1] = digits[index - 1], digits[index]
            return int("".join(digits))
    return value + 1


def plant(kind: str, template: Template, f: Figures, lang: str) -> str:
    """The translation of `template` with one figure wrong."""
    if kind == "transposed":
        return template(Figures(**{**f.__dict__, "big": transposed(f.big)}), lang)
    if kind == "month":
        month = f.day.month % 12 + 1
        return template(Figures(**{**f.__dict__, "day": f.day.replace(month=month)}), lang)
    if kind == "scale":
        other = "million" if f.scale == "billion" else "billion"
        return template(Figures(**{**f.__dict__, "scale": other}), lang)
    # dropped: the `small` figure is left out, wherever the sentence has it
    alone = rf"(?<![\d٠-٩٬٫,.]){re.escape(number(f.small, lang))}(?![\d٠-٩٬٫,.])\s?"
    return re.sub(alone, "", template(f, lang), count=1)


def po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def header(lang: str) -> str:
    return (
        'msgid ""\nmsgstr ""\n'
        '"Project-Id-Version: bench\\n"\n'
        f'"Language: {lang}\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {PLURAL_FORMS[lang]}\\n"\n\n'
    )


def generate(out: Path, entries: int, seed: int, plant_every: int) -> dict[str, object]:
    rng = random.Random(seed)
    planted: list[dict[str, str]] = []
    files = {}
    for lang in LANGUAGES:
        folder = out / "locales" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        files[lang] = (folder / "bench.po").open("w", encoding="utf-8")
        files[lang].write(header(lang))
    plant_counter = 0
    for index in range(entries):
        figures = random_figures(rng)
        context = f"s{index:06d}"
        planted_here: dict[str, str] = {}
        if index % plant_every == plant_every // 2:
            kind = PLANT_KINDS[plant_counter % len(PLANT_KINDS)]
            lang = LANGUAGES[(plant_counter // len(PLANT_KINDS)) % len(LANGUAGES)]
            template = rng.choice(PLANTABLE[kind])
            planted_here[lang] = kind
            plant_counter += 1
        else:
            template = TEMPLATES[index % len(TEMPLATES)]
        source = template(figures, "en")
        for lang in LANGUAGES:
            if lang in planted_here:
                translation = plant(planted_here[lang], template, figures, lang)
                planted.append({"language": lang, "msgctxt": context, "kind": planted_here[lang]})
            else:
                translation = template(figures, lang)
            files[lang].write(
                f"#: source/bench.md:{index + 1}\n"
                f"msgctxt {po_string(context)}\n"
                f"msgid {po_string(source)}\nmsgstr {po_string(translation)}\n\n"
            )
    for handle in files.values():
        handle.close()
    manifest = {"entries": entries, "seed": seed, "planted": planted}
    (out / "planted.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plant-every", type=int, default=500)
    args = parser.parse_args()
    manifest = generate(args.out, args.entries, args.seed, args.plant_every)
    print(f"{args.entries:,} entries, {len(manifest['planted'])} planted errors in {args.out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
