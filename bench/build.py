"""Time `l10n build` on a generated project of N statements x 3 languages, beside a bare peer.

    python3 bench/build.py [--statements 1000] [--seed 1] [--keep DIR]

Generates a project (sources in English, ru and ar catalogs whose figures agree, site.po for
the UI) in a temporary folder, then times in the same run:
  l10n (in-process)  build_site: figure check, segmentation, localization, rendering, writing
  l10n (stages)      the same work split: figure check / read+localize / render / write
  l10n (CLI)         `python -m l10n build` in a subprocess (start-up and imports included)
  peer               the least any static generator of these pages does: read the same
                     catalogs with polib, fill one Jinja2 template per page, write the files,
                     with no check, no Markdown, no policies
and prints seconds, pages per second and the l10n / peer ratio. The sentences are written for
this benchmark; figures are formatted per language as a translator would write them.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import jinja2
import polib

from l10n.build import (
    BuildOptions,
    build_site,
    localize_project,
    publish,
    read_ui_translations,
    render_site,
)
from l10n.check import check_project
from l10n.config import Config, load_config
from l10n.layout import catalog_path, read_statements
from l10n.site import Formats, ui_messages

LANGUAGES = ("en", "ru", "ar")
CONFIG = """\
source-lang = "en"
target-langs = ["ru", "ar"]

[locales]
ar = "ar_SY"

[numbering]
ar = "arab"
"""

# (en, ru, ar) sentence patterns; {a}, {b} are counts formatted per language, {p} a percent.
SENTENCES = (
    (
        "Over the past week, {a} people returned to the district.",
        "За прошедшую неделю в район вернулись {a} человек.",
        "خلال الأسبوع الماضي عاد {a} شخصاً إلى المنطقة.",
    ),
    (
        "Women and children account for {p} of them.",
        "Женщины и дети составляют {p} из них.",
        "تشكل النساء والأطفال {p} منهم.",
    ),
    (
        "Engineers restored {a} houses and {b} schools.",
        "Инженеры восстановили {a} домов и {b} школ.",
        "أعاد المهندسون بناء {a} منزلاً و{b} مدرسة.",
    ),
    (
        "The convoy delivered {a} tonnes of food to {b} villages.",
        "Конвой доставил {a} тонн продовольствия в {b} деревень.",
        "أوصلت القافلة {a} طناً من المواد الغذائية إلى {b} قرية.",
    ),
    (
        "Medical teams examined {a} returnees.",
        "Медицинские бригады осмотрели {a} вернувшихся граждан.",
        "فحصت الفرق الطبية {a} من العائدين.",
    ),
    (
        "The water network now serves {a} families.",
        "Водопроводная сеть теперь обслуживает {a} семей.",
        "تخدم شبكة المياه الآن {a} أسرة.",
    ),
)
TITLE = (
    "Joint statement number {n} on the return of refugees",
    "Совместное заявление номер {n} о возвращении беженцев",
    "البيان المشترك رقم {n} بشأن عودة اللاجئين",
)
SIGNATORY = (
    ("Head of the Joint Coordination Centre", "A. Verin"),
    ("Руководитель Объединённого координационного центра", "А. Верин"),
    ("رئيس مركز التنسيق المشترك", "أ. فيرين"),
)


def _percent(value: int, language: str, formats: Formats) -> str:
    digits = formats.number(value)
    return {"en": f"{digits}%", "ru": f"{digits}\u00a0%", "ar": f"{digits}٪"}[language]


def generate(root: Path, statements: int, seed: int) -> None:
    """A project of `statements` statements with complete, figure-consistent ru/ar catalogs."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(CONFIG, encoding="utf-8")
    (root / "source").mkdir()
    config = load_config(root)
    formats = {language: Formats(config, language) for language in LANGUAGES}
    randomness = random.Random(seed)
    start = datetime(2024, 1, 1, 10, 0)
    translations: dict[str, dict[str, dict[str, str]]] = {}  # slug -> language -> en -> text
    for number in range(1, statements + 1):
        slug = f"statement-{number:05d}"
        texts: dict[str, list[str]] = {language: [] for language in LANGUAGES}
        for index, language in enumerate(LANGUAGES):
            texts[language].append(TITLE[index].format(n=formats[language].number(number)))
        for _ in range(2):
            paragraph = randomness.sample(SENTENCES, 3)
            values = [
                (
                    randomness.randint(1000, 99999),
                    randomness.randint(2, 400),
                    randomness.randint(5, 95),
                )
                for _ in paragraph
            ]
            for index, language in enumerate(LANGUAGES):
                for pattern, (a, b, p) in zip(paragraph, values, strict=True):
                    texts[language].append(
                        pattern[index].format(
                            a=formats[language].number(a),
                            b=formats[language].number(b),
                            p=_percent(p, language, formats[language]),
                        )
                    )
        english = texts["en"]
        body = f"{' '.join(english[1:4])}\n\n{' '.join(english[4:7])}\n"
        published = start + timedelta(hours=7 * number)
        (root / "source" / f"{slug}.md").write_text(
            "---\n"
            f"title: {english[0]}\n"
            f"slug: {slug}\n"
            f"published: {published:%Y-%m-%d %H:%M}\n"
            "breadcrumb: [Home, Mission, News]\n"
            "signatories:\n"
            f"  - position: {SIGNATORY[0][0]}\n"
            f"    name: {SIGNATORY[0][1]}\n"
            "---\n\n" + body,
            encoding="utf-8",
        )
        translations[slug] = {
            language: {
                **dict(zip(english, texts[language], strict=True)),
                **dict(zip(SIGNATORY[0], SIGNATORY[index], strict=True)),
            }
            for index, language in enumerate(LANGUAGES)
        }
    documents = read_statements(config)
    for language in ("ru", "ar"):
        for document in documents:
            catalog = _catalog(language)
            table = translations[document.meta.slug][language]
            for segment in document.segments():
                if catalog.find(segment.text) is None:
                    catalog.append(polib.POEntry(msgid=segment.text, msgstr=table[segment.text]))
            path = catalog_path(config, language, document.meta.slug)
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog.save(str(path))
        site = _catalog(language)
        for message in ui_messages(config, documents):
            site.append(polib.POEntry(msgid=message.text, msgstr=f"[{language}] {message.text}"))
        site.save(str(catalog_path(config, language, "site")))


def _catalog(language: str) -> polib.POFile:
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return catalog


PEER_TEMPLATE = jinja2.Template(
    "<!DOCTYPE html><html lang='{{ lang }}'><head><meta charset='utf-8'><title>{{ title }}"
    "</title></head><body><h1>{{ title }}</h1>{% for s in sentences %}<p>{{ s }}</p>"
    "{% endfor %}</body></html>",
    autoescape=True,
)


def peer_build(config: Config, out: Path) -> int:
    """Read every catalog with polib, fill one template per page, write: the bare minimum."""
    pages = 0
    for path in sorted(config.source_path.glob("*.md")):
        slug = path.stem
        for language in LANGUAGES:
            if language == "en":
                text = path.read_text(encoding="utf-8").split("---", 2)[2]
                sentences = [line for line in text.splitlines() if line.strip()]
                title = slug
            else:
                catalog = polib.pofile(str(catalog_path(config, language, slug)))
                sentences = [entry.msgstr for entry in catalog]
                title = sentences[0]
            target = out / language / slug / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                PEER_TEMPLATE.render(lang=language, title=title, sentences=sentences),
                encoding="utf-8",
            )
            pages += 1
    return pages


def timed(action: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    value = action()
    return time.perf_counter() - began, value


def stages(config: Config) -> dict[str, float]:
    """The build's work split into its stages (what build_site does, step by step)."""
    seconds: dict[str, float] = {}
    seconds["figure check"], _ = timed(lambda: check_project(config))

    def localize() -> dict[str, object]:
        documents = read_statements(config)
        return {language: localize_project(config, documents, language) for language in LANGUAGES}

    seconds["read + localize"], localized = timed(localize)
    assert isinstance(localized, dict)
    ui = {language: read_ui_translations(config, language) for language in LANGUAGES}
    statements = {language: localized[language].statements for language in LANGUAGES}
    seconds["render"], pages = timed(lambda: render_site(config, statements, ui))
    assert isinstance(pages, dict)
    out = config.root / "site-stages"
    seconds["write + swap"], _ = timed(lambda: publish(out, pages))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="generate the project here and keep it")
    arguments = parser.parse_args()
    root = arguments.keep or Path(tempfile.mkdtemp(prefix="l10n-bench-build-")) / "project"
    try:
        generated, _ = timed(lambda: generate(root, arguments.statements, arguments.seed))
        config = load_config(root)
        print(
            f"project: {arguments.statements} statements x {len(LANGUAGES)} languages "
            f"(generated in {generated:.1f} s) at {root}"
        )

        seconds, result = timed(
            lambda: build_site(config, BuildOptions(out=root / "site"), check_project)
        )
        assert getattr(result, "written", False), result
        pages = getattr(result, "pages", 0)
        peer_seconds, peer_pages = timed(lambda: peer_build(config, root / "site-peer"))
        cli_seconds, _ = timed(
            lambda: subprocess.run(
                [sys.executable, "-m", "l10n", "-C", str(root), "build", "--out", "site-cli"],
                capture_output=True,
                text=True,
                check=True,
            )
        )
        stage_seconds = stages(config)

        print(f"{'run':<24}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'x peer':>9}")
        rows = [
            ("l10n build (in-process)", pages, seconds),
            ("l10n build (CLI)", pages, cli_seconds),
            ("peer (polib+jinja2)", peer_pages, peer_seconds),
        ]
        for name, count, spent in rows:
            assert isinstance(count, int)
            print(
                f"{name:<24}{count:>8}{spent:>10.2f}{count / spent:>10.0f}"
                f"{spent / peer_seconds:>9.2f}"
            )
        total = sum(stage_seconds.values())
        print("stages of the in-process build:")
        for name, spent in stage_seconds.items():
            print(f"  {name:<22}{spent:>8.2f} s {100 * spent / total:>5.0f}%")
    finally:
        if arguments.keep is None:
            shutil.rmtree(root.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
