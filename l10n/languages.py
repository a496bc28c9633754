"""The languages l10n supports, as data: names, script direction, default CLDR locale."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

from l10n.errors import UnknownLanguageError


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    direction: str  # "ltr" or "rtl"
    default_locale: str
    script: str  # ISO 15924: "Latn", "Cyrl", "Arab"


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "English", "ltr", "en", "Latn"),
    "ru": Language("ru", "Russian", "Русский", "ltr", "ru", "Cyrl"),
    "ar": Language("ar", "Arabic", "العربية", "rtl", "ar", "Arab"),
}


# A BCP 47 tag (language, script, region: "ar", "sr-Latn", "ar-SY", "es-419") or a POSIX locale
# name ("ar_SY", "ru_RU.UTF-8", "sr_RS@latin"): letters, digits and these separators only, so a
# code can never name a path ("ru_/../../OUTSIDE").
LANGUAGE_CODE = re.compile(
    r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:\.[A-Za-z0-9-]{1,20})?(?:@[A-Za-z0-9]{1,20})?"
)


def get_language(code: str) -> Language:
    """The language of `code`: "en", "ru", "ar", or a locale of one of them ("ar_SY", "en-GB")."""
    if not isinstance(code, str) or LANGUAGE_CODE.fullmatch(code.strip()) is None:
        raise UnknownLanguageError(
            f"{code!r} is not a language code (a BCP 47 tag such as ar-SY, or a locale name "
            "such as ar_SY)"
        )
    language = LANGUAGES.get(re.split("[-_.@]", code.strip())[0].lower())
    if language is None:
        choices = ", ".join(sorted(LANGUAGES))
        raise UnknownLanguageError(f"unknown language {code!r}: l10n supports {choices}")
    script = _script_named(code.strip())
    if script is not None and script != language.script:
        raise UnknownLanguageError(
            f"unknown language {code!r}: l10n supports {language.code} written in its own "
            f"script ({language.script}), not in {script}"
        )
    return language


# The scripts a locale's @modifier names ("sr_RS@latin"); other modifiers ("@euro") name none.
_SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl", "arabic": "Arab"}


def _script_named(code: str) -> str | None:
    """The script a language code names, if any: a BCP 47 script subtag ("ru-Latn") or a
    locale's modifier ("ru_RU@latin"). Russian in Latin letters is not the Russian whose
    number words and segmentation rules l10n knows."""
    subtag = re.match(r"[A-Za-z]{2,3}[-_]([A-Za-z]{4})(?![A-Za-z])", code)
    if subtag is not None:
        return subtag.group(1).title()
    modifier = code.partition("@")[2].lower()
    return _SCRIPT_MODIFIERS.get(modifier)


def parse_locale(identifier: str) -> Locale:
    """A Babel locale for `identifier` whose language l10n supports ("ar_SY", "ru", "en_GB")."""
    get_language(identifier)
    try:
        return Locale.parse(identifier.replace("-", "_"))
    except UnknownLocaleError as error:  # its message only repeats the identifier
        raise UnknownLanguageError(
            f"unknown locale {identifier!r}: CLDR has no such locale (for example ar_SY, "
            "ar_EG, en_GB, ru)"
        ) from error
    except ValueError as error:
        raise UnknownLanguageError(f"unknown locale {identifier!r}: {error}") from error
