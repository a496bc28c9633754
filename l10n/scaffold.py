"""A new project (`l10n init`): its configuration, a sample statement, and what git should ignore.

The sample statement and the site's own words are written in the project's source language, so
that the first `l10n update` gives the translators of every other language something to do. An
existing project is never scaffolded over, and a folder with files in it is left alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from l10n.config import CONFIG_FILES, Config, find_config_file
from l10n.errors import ConfigError
from l10n.fsutil import atomic_write_bytes
from l10n.languages import LANGUAGES, get_language
from l10n.layout import TEMPLATES_FOLDER

SAMPLE_SLUG = "grain-exports-q1"
# Locales other than a language's default that a new project starts with (Levantine months).
LOCALES = {"ar": "ar_SY"}
NUMBERING = {"ar": "arab"}


SAMPLE_PUBLISHED = "2026-04-14 11:00"


@dataclass(frozen=True)
class SampleTexts:
    """What a new project says in one source language: the site's words and one statement."""

    site_name: str
    tagline: str
    note: str
    footer: str
    title: str
    breadcrumb: tuple[str, str]
    position: str  # the signatory's
    signatory: str
    body: str

    @property
    def statement(self) -> str:
        """The sample statement's file: its front matter, then its body."""
        return (
            "---\n"
            f"title: {self.title}\n"
            f"slug: {SAMPLE_SLUG}\n"
            f"published: {SAMPLE_PUBLISHED}\n"
            f"breadcrumb: [{', '.join(self.breadcrumb)}]\n"
            "signatories:\n"
            f"  - position: {self.position}\n"
            f"    name: {self.signatory}\n"
            "---\n"
            f"{self.body}"
        )


SAMPLES = {
    "en": SampleTexts(
        site_name="Ministry Press Office",
        tagline="Statements and news",
        note="Official information resource",
        footer="Figures are checked to match in every language version.",
        title="Grain exports rose in the first quarter",
        breadcrumb=("Press centre", "Statements"),
        position="Head of the Press Office",
        signatory="A. N. Example",
        body="""\
Grain exports reached 1,240,500 tonnes in the first quarter of 2026, up 12.5% on a year earlier.

The ministry will publish the full figures on 30 April 2026.
""",
    ),
    "ru": SampleTexts(
        site_name="Пресс-служба министерства",
        tagline="Заявления и новости",
        note="Официальный информационный ресурс",
        footer="Цифры сверены во всех языковых версиях.",
        title="Экспорт зерна в первом квартале вырос",
        breadcrumb=("Пресс-центр", "Заявления"),
        position="Руководитель пресс-службы",
        signatory="А. Н. Пример",
        body="""\
Экспорт зерна в первом квартале 2026 г. достиг 1 240 500 т, что на 12,5 % больше, чем годом ранее.

Министерство опубликует полные данные 30 апреля 2026 г.
""",
    ),
    "ar": SampleTexts(
        site_name="المكتب الإعلامي للوزارة",
        tagline="البيانات والأخبار",
        note="المصدر الإعلامي الرسمي",
        footer="يجري التحقق من تطابق الأرقام في جميع النسخ اللغوية.",
        title="ارتفاع صادرات الحبوب في الربع الأول",
        breadcrumb=("المركز الصحفي", "البيانات"),
        position="رئيس المكتب الإعلامي",
        signatory="أ. ن. مثال",
        body="""\
بلغت صادرات الحبوب 1,240,500 طن في الربع الأول من عام 2026، بزيادة 12.5% عن العام السابق.

ستنشر الوزارة الأرقام الكاملة في 30 نيسان 2026.
""",
    ),
}

GITIGNORE = """\
# l10n: the built pages, the translation memory (rebuilt from the catalogs by `l10n tm import`)
# and caches are made from what is kept; the statements and catalogs are the record.
/{site_dir}/
/.l10n/
__pycache__/
.pytest_cache/
.mypy_cache/
.ruff_cache/
"""


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def project_config(config: Config) -> str:
    """The l10n.toml of a new project with `config`'s languages and folders."""
    sample = SAMPLES[config.source_lang]
    targets = ", ".join(_toml_string(language) for language in config.target_langs)
    lines = [
        "# l10n project: statements in source/, catalogs in locales/, pages in site/.",
        f"source-lang = {_toml_string(config.source_lang)}",
        f"target-langs = [{targets}]",
        f"source-dir = {_toml_string(config.source_dir)}",
        f"locales-dir = {_toml_string(config.locales_dir)}",
        f"site-dir = {_toml_string(config.site_dir)}",
        "",
        "[site]  # the site's own words, in the source language; translated in site.po",
        f"name = {_toml_string(sample.site_name)}",
        f"tagline = {_toml_string(sample.tagline)}",
        f"note = {_toml_string(sample.note)}",
        f"footer = {_toml_string(sample.footer)}",
    ]
    locales = {code: LOCALES[code] for code in config.languages if code in LOCALES}
    numbering = {code: NUMBERING[code] for code in config.languages if code in NUMBERING}
    for table, values in (("locales", locales), ("numbering", numbering)):
        if values:
            lines += ["", f"[{table}]"]
            lines += [f"{code} = {_toml_string(value)}" for code, value in values.items()]
    return "\n".join(lines) + "\n"


def new_project_config(
    folder: Path, source_lang: str | None = None, target_langs: Sequence[str] = ()
) -> Config:
    """The configuration a new project in `folder` starts with: English into Russian and
    Arabic unless told otherwise; the targets default to every other language."""
    source = get_language(source_lang or "en").code
    targets = tuple(get_language(code).code for code in target_langs) or tuple(
        code for code in LANGUAGES if code != source
    )
    return Config(root=folder).with_overrides(source_lang=source, target_langs=targets)


def init_project(
    folder: Path, source_lang: str | None = None, target_langs: Sequence[str] = ()
) -> list[Path]:
    """Scaffold a project in a new or empty folder: configuration, one statement in the source
    language, locales/, and a .gitignore. Everything is checked before the first file is
    written."""
    config = new_project_config(folder, source_lang, target_langs)
    if folder.is_dir():
        existing = find_config_file(folder)
        if existing is not None and existing.parent == folder.resolve():
            raise ConfigError("already an l10n project: nothing was changed", path=existing)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ConfigError("refusing to create a project here: the folder is not empty", path=folder)
    files = {
        folder / CONFIG_FILES[0]: project_config(config),
        folder / config.source_dir / f"{SAMPLE_SLUG}.md": SAMPLES[config.source_lang].statement,
        folder / config.locales_dir / TEMPLATES_FOLDER / ".gitkeep": "",
        folder / ".gitignore": GITIGNORE.format(site_dir=config.site_dir),
    }
    for path, text in files.items():
        atomic_write_bytes(path, text.encode("utf-8"))
    return list(files)
