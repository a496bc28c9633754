"""Project configuration: `[tool.l10n]` in pyproject.toml, or a top-level table in l10n.toml.

Command-line options override what is read here; `Config.with_overrides` applies them.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from babel import Locale

from l10n.encoding import decode_utf8
from l10n.errors import ConfigError, L10nError, NotAProjectError, unknown_name
from l10n.forbidden import unpublishable
from l10n.languages import get_language, parse_locale

NUMBERING_SYSTEMS = ("latn", "arab")
# Pages of the built site a menu item may name instead of an address.
SITE_LINKS = ("home", "news", "languages")


@dataclass(frozen=True)
class MenuItem:
    label: str  # in the source language; translated in site.po
    link: str  # one of SITE_LINKS, or an address (https://…, mailto:…, a path)


@dataclass(frozen=True)
class SiteSettings:
    """The site's own words (`[site]`): written in the source language, translated in site.po
    like every other interface text. Empty ones are left off the pages."""

    name: str = ""  # the masthead, the footer and every page's <title>
    tagline: str = ""  # under the name in the masthead
    note: str = ""  # the line in the top bar ("Official information resource")
    footer: str = ""  # a paragraph at the foot of every page
    menu: tuple[MenuItem, ...] | None = None  # None: the package's Home, News, All languages

    def texts(self) -> list[str]:
        """Every text of these settings a reader sees, for translation."""
        texts = [self.name, self.tagline, self.note, self.footer]
        texts += [item.label for item in self.menu or ()]
        return [text for text in texts if text]


@dataclass(frozen=True)
class Config:
    root: Path
    source_lang: str = "en"
    target_langs: tuple[str, ...] = ("ru", "ar")
    source_dir: str = "source"
    locales_dir: str = "locales"
    site_dir: str = "site"
    templates_dir: str = "templates"
    locales: dict[str, str] = field(default_factory=dict)  # language -> CLDR locale
    numbering: dict[str, str] = field(default_factory=dict)  # language -> "latn" | "arab"
    site: SiteSettings = field(default_factory=SiteSettings)
    config_file: Path | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language of the project, the source language first."""
        return (self.source_lang, *self.target_langs)

    @property
    def source_path(self) -> Path:
        return self.root / self.source_dir

    @property
    def locales_path(self) -> Path:
        return self.root / self.locales_dir

    @property
    def site_path(self) -> Path:
        return self.root / self.site_dir

    @property
    def templates_path(self) -> Path:
        return self.root / self.templates_dir

    def locale(self, language: str) -> Locale:
        """The CLDR locale that formats dates and numbers for `language` (e.g. ar -> ar_SY)."""
        return parse_locale(self.locales.get(language, get_language(language).default_locale))

    def numbering_system(self, language: str) -> str:
        return self.numbering.get(language, "latn")

    def with_overrides(
        self, *, source_lang: str | None = None, target_langs: tuple[str, ...] | None = None
    ) -> Config:
        changed = replace(
            self,
            source_lang=source_lang or self.source_lang,
            target_langs=tuple(target_langs) if target_langs else self.target_langs,
        )
        return _validated(changed)


CONFIG_FILES = ("l10n.toml", "pyproject.toml")


def find_config_file(start: Path) -> Path | None:
    """The nearest l10n.toml, or pyproject.toml with a [tool.l10n] table, from `start` upwards."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "l10n.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if (
            candidate.is_file()
            and "tool" in _read_toml(candidate)
            and "l10n" in _read_toml(candidate).get("tool", {})
        ):
            return candidate
    return None


def load_config(start: Path | None = None, config_file: Path | None = None) -> Config:
    """Read the project configuration: `config_file`, or the nearest one from `start` upwards.

    With none found there is no project, and no command may guess one (and write `site/` or
    `locales/` into a folder that is not a project): `NotAProjectError`.
    """
    start = start or Path.cwd()
    path = config_file or find_config_file(start)
    if path is None:
        raise NotAProjectError(
            f"not an l10n project (no l10n.toml or [tool.l10n] found from {start.resolve()} "
            "upwards); `l10n init` creates one"
        )
    if not path.is_file():
        raise ConfigError("configuration file not found", path=path)
    document = _read_toml(path)
    table = document.get("tool", {}).get("l10n") if path.name == "pyproject.toml" else document
    if not isinstance(table, dict):
        raise ConfigError("no [tool.l10n] table", path=path)
    return _validated(_from_table(table, path))


def _read_toml(path: Path) -> dict[str, Any]:
    with open(path, "rb") as handle:
        text = decode_utf8(handle.read(), str(path), ConfigError, "save it as UTF-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line = _toml_problem(error, text)
        raise ConfigError(f"invalid TOML: {message}", path=path, line=line) from error


def _toml_problem(error: tomllib.TOMLDecodeError, text: str) -> tuple[str, int | None]:
    """What tomllib found wrong, and the line: its `lineno` (Python 3.14), else the position
    its message ends with, "(at line 3, column 7)" or "(at end of document)"."""
    if hasattr(error, "lineno"):
        return str(getattr(error, "msg", error)), int(error.lineno)
    position = re.search(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$", str(error))
    if position is None:
        return str(error), None
    line = int(position.group(1)) if position.group(1) else text.count("\n") + 1
    return str(error)[: position.start()], line


_KEYS = {
    "source-lang": "source_lang",
    "target-langs": "target_langs",
    "source-dir": "source_dir",
    "locales-dir": "locales_dir",
    "site-dir": "site_dir",
    "templates-dir": "templates_dir",
    "locales": "locales",
    "numbering": "numbering",
    "site": "site",
}
_SITE_TEXTS = ("name", "tagline", "note", "footer")


def _from_table(table: dict[str, Any], path: Path) -> Config:
    values: dict[str, Any] = {}
    for key, value in table.items():
        attribute = _KEYS.get(key)
        if attribute is None:
            raise ConfigError(
                unknown_name("setting", key, _KEYS), path=path, line=_line_of(path, key)
            )
        values[attribute] = value

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", path=path, line=_line_of(path, key))

    for key, attribute in _KEYS.items():
        if attribute not in values:
            continue
        value = values[attribute]
        if key == "target-langs":
            if not (isinstance(value, list) and all(isinstance(code, str) for code in value)):
                raise fail(key, "must be a list of language codes (text)")
            if not value:
                # An empty list would make every command succeed having done nothing.
                raise fail(key, 'names no language: list at least one, e.g. ["ru", "ar"]')
            values[attribute] = tuple(value)
        elif key == "site":
            values[attribute] = _site_settings(value, path)
        elif key in ("locales", "numbering"):
            if not isinstance(value, dict):
                raise fail(key, "must be a table")
            for language, item in value.items():
                if not isinstance(item, str):
                    raise ConfigError(
                        f"{key}.{language}: must be text, not {item!r}",
                        path=path,
                        line=_line_of(path, language, key) or _line_of(path, key),
                    )
        elif not isinstance(value, str) or not value.strip():
            raise fail(key, f"must be text, not {value!r}")
        elif key.endswith("-dir") and _outside_the_project(value):
            # Commands write there: a configuration (a cloned repository's) must not make
            # `update` or `build` write beside or above the project.
            raise fail(key, f"{value!r} is outside the project: name a folder inside it")
    return Config(root=path.parent.resolve(), config_file=path, **values)


def _outside_the_project(folder: str) -> bool:
    """Whether a folder setting names a place outside the project's folder: an absolute path,
    or one that `..` leads out of."""
    if Path(folder).is_absolute():
        return True
    normal = os.path.normpath(folder)
    return normal == ".." or normal.startswith(("../", "/"))


def _site_settings(table: object, path: Path) -> SiteSettings:
    line = _line_of(path, "site")
    if not isinstance(table, dict):
        raise ConfigError("site must be a table", path=path, line=line)
    texts: dict[str, str] = {}
    for key, value in table.items():
        if key == "menu":
            continue
        if key not in _SITE_TEXTS:
            raise ConfigError(
                unknown_name("site setting", key, (*_SITE_TEXTS, "menu")),
                path=path,
                line=_line_of(path, key, "site") or line,
            )
        if not isinstance(value, str):
            raise ConfigError(
                f"site.{key} must be text, not {value!r}",
                path=path,
                line=_line_of(path, key, "site") or line,
            )
        _refuse_unpublishable(value, path, _line_of(path, key, "site") or line)
        texts[key] = " ".join(value.split())
    menu = table.get("menu")
    if menu is None:
        return _site_texts(texts, None)
    wanted = "site.menu must be a list of {label = TEXT, link = ADDRESS}"
    line = _line_of(path, "menu", "site") or line
    if not isinstance(menu, list):
        raise ConfigError(wanted, path=path, line=line)
    items: list[MenuItem] = []
    for item in menu:
        if (
            not isinstance(item, dict)
            or set(item) != {"label", "link"}
            or not all(isinstance(value, str) and value.strip() for value in item.values())
        ):
            raise ConfigError(f"{wanted}; not {item!r}", path=path, line=line)
        _refuse_unpublishable(item["label"], path, line)
        items.append(MenuItem(" ".join(item["label"].split()), item["link"].strip()))
    return _site_texts(texts, tuple(items))


def _refuse_unpublishable(text: str, path: Path, line: int | None) -> None:
    """The site's texts are source text of every page, as a statement is: refused as a
    statement is refused for a bidi control or a character hidden in a figure."""
    found = unpublishable(text)
    if found is not None:
        raise ConfigError(found[1], path=path, line=line)


def _site_texts(texts: dict[str, str], menu: tuple[MenuItem, ...] | None) -> SiteSettings:
    return SiteSettings(
        name=texts.get("name", ""),
        tagline=texts.get("tagline", ""),
        note=texts.get("note", ""),
        footer=texts.get("footer", ""),
        menu=menu,
    )


def _line_of(path: Path | None, key: str, table: str = "") -> int | None:
    """The line where `key` is set in `table` ("" for the top level, [tool.l10n] in
    pyproject.toml) of the configuration file, for messages: the table's own line when the key
    is not on a line of its own (an inline table), None when unseen."""
    if path is None:
        return None
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeError):
        return None
    setting = re.compile(rf"""\s*["']?{re.escape(key)}["']?\s*=""")
    header = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]")
    current = ""  # the table the line is in, named without "tool.l10n."
    table_line = None
    for number, line in enumerate(lines, 1):
        found = header.match(line)
        if found is not None:
            current = found.group(1).removeprefix("tool.l10n").removeprefix(".")
            if current == (f"{table}.{key}" if table else key):
                return number
            if current == table:
                table_line = number
        elif current == table and setting.match(line):
            return number
    return table_line


@contextmanager
def _setting(config: Config, key: str, table: str = "") -> Iterator[None]:
    """An error found in the value of `key` (in `table`) becomes a `ConfigError` at the line of
    the configuration file that sets it."""
    try:
        yield
    except L10nError as error:
        where = config.config_file
        raise ConfigError(error.message, path=where, line=_line_of(where, key, table)) from error


def _validated(config: Config) -> Config:
    """Every language named by its code ("ar"), the one name of its folders for every command;
    a target given as a locale ("ar_SY") also sets the language's locale, unless [locales]
    sets one. Codes that are not language codes, locales CLDR does not know and numbering
    systems l10n does not write are refused here, at load time, at the line that names them."""
    locales: dict[str, str] = {}
    for language, locale in config.locales.items():
        with _setting(config, language, "locales"):
            locales[get_language(language).code] = locale
            parse_locale(locale)
    numbering: dict[str, str] = {}
    for language, system in config.numbering.items():
        with _setting(config, language, "numbering"):
            numbering[get_language(language).code] = system
            if system not in NUMBERING_SYSTEMS:
                raise ConfigError(
                    f"numbering for {language!r} must be one of {', '.join(NUMBERING_SYSTEMS)}"
                )
    codes: list[str] = []
    for given in (config.source_lang, *config.target_langs):
        with _setting(config, "target-langs" if codes else "source-lang"):
            code = get_language(given).code
            if code in codes:
                raise ConfigError(
                    f"source language {code!r} is also a target language"
                    if code == codes[0]
                    else f"target language {code!r} is named twice ({given!r})"
                )
            if re.search("[-_]", given):
                parse_locale(given)
                locales.setdefault(code, given.strip())
        codes.append(code)
    for key, folder in (
        ("source-dir", config.source_path),
        ("locales-dir", config.locales_path),
    ):
        # Named here, a file in a folder's place; found later, it reads as a broken catalog path.
        if folder.exists() and not folder.is_dir():
            raise ConfigError(
                f"is a file; {key} needs a folder here (move the file away)",
                path=folder,
            )
    return replace(
        config,
        source_lang=codes[0],
        target_langs=tuple(codes[1:]),
        locales=locales,
        numbering=numbering,
    )
