"""What looks like a figure in a catalog entry but is not one, blanked out before figures are read.

Software catalogs are full of digits that state no quantity: format placeholders ("%1$s",
"%I02u", "{0}", "%1"), markup ("<link xref="step-2"/>", "&#215;"), addresses and phone
numbers, citation marks ("[3]"). `figure_text` blanks them out with spaces before the figure
reader sees the text, so that the quick readers and the full reader read the same thing and the
offsets of every figure stay those of the text as written. What it does, in order:

Placeholders, by the syntax the entry declares
    An entry's `#, c-format` (`python-format`, `qt-format`, ...) flag names the placeholder
    syntax its texts use (`placeholder_syntaxes`); `#, no-c-format` and an entry without any
    format flag fall back on what the msgid holds: English writes no "%1" or "%d" as prose, so
    a syntax is in use when the msgid has one of its placeholders. That matters for Arabic,
    where "%50" is fifty per cent: it is a Qt placeholder only in an entry that uses them.
    printf ("c-format" and its kin): "%d", "%5.2f", positional "%1$s", glibc's "%I" flag for
        locale digits ("%Id", "%I02u"), "%<PRIu64>", Python's "%(name)s"; "%%" is a percent
        sign and stays one.
    positional ("qt-format", "kde-format", "boost-format", ...): "%1", "%L1", "%n", "%1%",
        and CKEditor's "%0" (its catalogs carry no flag: the msgid shows it).
    brace ("python-brace-format", "csharp-format", "java-format", ICU MessageFormat):
        "{0}", "{count:,}", "{0,number,#.##}", and the heads and "=2" selectors of
        "{count, plural, =0 {...} one {...}}".
    shell ("sh-format"): "$1", "${HOME}"; without a flag, "$1" is a placeholder only in a
        plural entry whose msgid_plural writes it (LibreOffice's "$1 row" / "$1 rows": the
        count a plural form shows), since "$5" is as often five dollars.
Always
    - XML and Mallard markup: tags with their attributes ("<_:media-1/>") and entities
      ("&#215;", "&lt;").
    - IPv4, IPv6 and MAC addresses, phone numbers written with "+" or an area code in
      brackets (in right-to-left text their digit groups may show in another order; they are
      blanked on both sides, so the order does not matter), citation marks "[12]", "2D"
      and "3D", which name a kind of space ("трёхмерный", "ثلاثي الأبعاد") rather than count,
      and "3rd-party" ("сторонний", "خارجي"), which names no third.
    - A time zone named by its offset ("GMT-01:00", "UTC+3", "غرينتش -01 : 00"), and what
      follows KDE's Transcript mark "|/|" in a translation (a script run on it, not shown).
    - A GTK mnemonic underscore between a letter and a digit ("X_1" reads as "X1", an
      identifier, as the translation "X1" does): the one change that shortens the text.
    - A Latin "x" between digits, or the Cyrillic "х" a Russian keyboard types for it, is the
      multiplication sign ("256x256" and "256х256" read as 256 × 256, as "256×256" does).
    - In an entry whose msgid writes a pair or an interval in brackets, "(0,1)", such pairs
      read as two numbers on both sides (`entry_figure_text`): Arabic writes them "(1،0)".

`is_credits` tells the entries that hold the translators' names (years, e-mail addresses)
rather than a translation, `is_message_id` those whose msgid is a symbolic id, not English,
`names_plural_categories` those whose msgid only names plural categories ("One/few/many").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from l10n.figures.batches import JoinedTexts

PRINTF = "printf"
POSITIONAL = "positional"
BRACE = "brace"
SHELL = "shell"
_SYNTAX_ORDER = (PRINTF, POSITIONAL, BRACE, SHELL)

# Which syntax each gettext format flag declares (`xgettext --help`, "format" flags).
FLAG_SYNTAXES: dict[str, frozenset[str]] = {
    **{
        f"{name}-format": frozenset({PRINTF})
        for name in (
            "c",
            "objc",
            "python",
            "php",
            "perl",
            "javascript",
            "java-printf",
            "lua",
            "awk",
            "gcc-internal",
            "gfc-internal",
            "object-pascal",
            "ruby",
            "tcl",
            "go",
        )
    },
    **{
        f"{name}-format": frozenset({POSITIONAL})
        for name in ("qt", "qt-plural", "kde", "kde-kuit", "smalltalk", "ycp")
    },
    "boost-format": frozenset({PRINTF, POSITIONAL}),
    **{
        f"{name}-format": frozenset({BRACE})
        for name in ("python-brace", "csharp", "java", "perl-brace", "rust", "icu")
    },
    "sh-format": frozenset({SHELL}),
}

_PRINTF_CORE = (
    r"(?:[0-9]+\$)?[-+#0'I]*(?:[0-9]+|\*(?:[0-9]+\$)?)?(?:\.(?:[0-9]+|\*(?:[0-9]+\$)?)?)?"
    r"(?:hh|h|ll|l|L|q|j|z|Z|t|I64|I32)?"
    r"(?:[diouxXeEfFgGaAcspnCSm]|<PRI[diouxX][A-Z0-9]*>)"
)
_PATTERNS: dict[str, str] = {
    PRINTF: (
        r"%%"
        rf"|%{_PRINTF_CORE}"
        r"|%\([^()\s]*\)[-+ #0]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?[hlL]?[diouxXeEfFgGcrsa]"
        r"|%[{<][A-Za-z_]\w*[}>][-+ #0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z]?"
    ),
    POSITIONAL: r"%L?[0-9]{1,2}%?(?![0-9])|%L?n\b",
    BRACE: (
        r"\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,(?:\s*offset:[0-9]+)?"
        r"|(?<=[\s,{}])=[0-9]+(?=\s*\{)"
        r"|\{[A-Za-z_0-9]*(?:[.\[][^{}\s]*)?(?:![rsa])?(?:[:,][^{}]*)?\}"
    ),
    SHELL: r"\$\{?[A-Za-z_][A-Za-z_0-9]*\}?|\$[0-9]",
}
# In a msgid without a format flag, printf placeholders are looked for without the space flag:
# "50% discount" holds no placeholder "% d".
_INFERRED_PRINTF = _PATTERNS[PRINTF].replace("[-+#0'I]", "[-+#0I]")

_HEX = "[0-9A-Fa-f]"
# What is never a figure, in parts: `_parts_needed` tests for the characters each part needs,
# since most texts need none or one, and a test with `in` costs far less than a search.
_NOT_FIGURES: dict[str, str] = {
    # XML and Mallard tags with their attributes, and entities
    "markup": (
        r"</?[A-Za-z_:][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>"
        r"|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"
    ),
    "mac": rf"(?<![\w:-]){_HEX}{{2}}(?P<mac>[:-]){_HEX}{{2}}(?:(?P=mac){_HEX}{{2}}){{4}}(?![\w:-])",
    # with a prefix length or a port
    "ipv4": (
        r"(?<![\w.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?:/[0-9]{1,2}|:[0-9]{1,5})?(?![\w]|\.[0-9])"
    ),
    # with "::" or eight groups
    "ipv6": (
        rf"(?<![\w:])(?:{_HEX}{{1,4}}:){{7}}{_HEX}{{1,4}}(?![\w:])"
        rf"|(?<![\w:])(?=[0-9A-Fa-f:]*::)(?:{_HEX}{{1,4}})?(?::{_HEX}{{0,4}}){{2,7}}(?![\w:])"
    ),
    # "+7 495 123-45-67", the same with "+" last as right-to-left text may hold it, "(495) ..."
    "phone": (
        r"(?<![\w+])\+\d[\d ().\u00a0-]{6,}\d"
        r"|(?<![\w+])\d[\d ().\u00a0-]{6,}\d\+(?![\w+])"
        r"|(?<!\w)\(\d{2,5}\)[ \u00a0]?\d{2,4}(?:[ \u00a0-]\d{2,4})+(?!\w)"
    ),
    "citation": r"\[[0-9\u0660-\u0669]{1,3}(?:[,–-][0-9\u0660-\u0669]{1,3})*\]",
    # a time zone named by its offset, "GMT-01:00", "UTC+3", "غرينتش -01 : 00" (the name of a
    # zone, as the source's "GMT-01" is read: right-to-left text sets the parts apart)
    "zone": (
        r"(?:(?<![\w])(?:GMT|UTC)|(?<!\w)(?:غرينتش|جرينتش|غرينيتش))"
        r"\s?[+\-−]\s?[0-9]{1,2}(?:\s?:\s?[0-9]{2})?(?![0-9])"
    ),
    # GCC's quote directives "%<" and "%>" around code ("C++23 %<size_t%> constant"), which
    # `msgunfmt` leaves without their gcc-internal-format flag: no percent sign
    "gcc-quote": r"%[<>]",
    # KDE's Transcript: what follows "|/|" in a translation is a script run on the text, not
    # shown ("%1|/|$[replace-pairs %1 'января' 'январь' ...]")
    "kde-script": r"\|/\|.*",
    # "2D", "3D": a name for a kind of space ("трёхмерный", "ثلاثي الأبعاد"), not a count;
    # "3rd-party", "3rd party": someone else's ("сторонний", "خارجي"), not a third
    # (also with a hyphen or an accelerator mark: "3-D", "3_D", "_3D", "3~D", "3&D")
    "space": (
        r"(?<![\w.,])_?[1-4][-_~&]?D(?![\w])"
        r"|(?<![\w.,])3rd[- \u00a0]part(?:y|ies)(?!\w)"
    ),
}
# The characters a placeholder of each syntax starts with.
_SYNTAX_STARTS = {PRINTF: "%", POSITIONAL: "%", BRACE: "{", SHELL: "$"}
_DIGIT = re.compile(r"\d")
_MAYBE_PRINTF = re.compile(r"%[-+#0'I0-9.*(<{A-Za-z]")
_TIMES_FOUND = re.compile(r"[0-9][xх][0-9]")
_SPACE_FOUND = re.compile(r"[1-4][-_~&]?D")
_PAIR_COMMA = re.compile(r"\(([0-9]{1,3}),([0-9]{1,2})\)")
_MNEMONIC = re.compile(r"(?<=[^\W\d_])_(?=[0-9])")
# A KDE accelerator mark before a number or between a digit and a letter ("&24 hours", "2&9th",
# "m&3u"): the mark is not shown, so the figure is the one without it ("24", "29th", "m3u").
# Between two digits it is "and" ("won 5&4", a match score) unless a letter follows the second
# number ("2&9th"). Entities ("&#215;", "&amp;") are blanked as markup before this runs.
_ACCELERATOR = re.compile(r"(?<![0-9])&(?=[0-9])|(?<=[0-9])&(?=[^\W\d_]|[0-9]+[^\W\d_])")
# U+2236 RATIO written between digits as the colon of a time ("2∶35 pm", as GTK writes it).
_RATIO_COLON = re.compile(r"(?<=[0-9])\u2236(?=[0-9])")
_TIMES = re.compile(r"(?<=[0-9])(?<!\b0)[xх](?=[0-9])")  # Latin x, or Cyrillic х typed for it


def placeholder_syntaxes(flags: frozenset[str], msgid: str) -> frozenset[str]:
    """The placeholder syntaxes an entry's texts use: its format flags decide, else its msgid."""
    declared = _declared(flags) if flags else _NONE
    if declared:
        return declared
    if "{" not in msgid and "$" not in msgid and not ("%" in msgid and _MAYBE_PRINTF.search(msgid)):
        return _NONE
    return _inferred_syntaxes(msgid)


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=256)
def _declared(flags: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(FLAG_SYNTAXES[flag] for flag in flags if flag in FLAG_SYNTAXES))


@lru_cache(maxsize=4096)
def _inferred_syntaxes(msgid: str) -> frozenset[str]:
    found = {
        syntax
        for syntax, pattern in _inference_patterns().items()
        if pattern.search(msgid.replace("%%", ""))
    }
    if "$" in msgid and "\n" in msgid and _counts_in_dollars(msgid):
        found.add(SHELL)
    return frozenset(found)


_DOLLAR_PLACEHOLDER = re.compile(r"\$[0-9](?![0-9.,])")


def _counts_in_dollars(msgids: str) -> bool:
    """Whether the msgid and msgid_plural of a plural entry (joined by a newline, as the check
    passes them) both write the count as "$1" ("$1 row" / "$1 rows")."""
    singular, _, plural = msgids.rpartition("\n")
    counts = set(_DOLLAR_PLACEHOLDER.findall(plural))
    return bool(counts) and bool(counts & set(_DOLLAR_PLACEHOLDER.findall(singular)))


@cache
def _inference_patterns() -> dict[str, re.Pattern[str]]:
    return {
        PRINTF: re.compile(_INFERRED_PRINTF.removeprefix("%%|")),
        POSITIONAL: re.compile(_PATTERNS[POSITIONAL]),
        BRACE: re.compile(_PATTERNS[BRACE]),
    }


@cache
def _blanker(parts: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the placeholder syntaxes and the other non-figures named in `parts`
    (syntaxes first, printf before positional: "%1$s" is not "%1" followed by "$s")."""
    return re.compile(
        "|".join(_PATTERNS[part] if part in _PATTERNS else _NOT_FIGURES[part] for part in parts),
        re.DOTALL,  # a KDE script runs to the end of the text, over its lines
    )


def _blank(match: re.Match[str]) -> str:
    text = match.group()
    if text == "%%":
        return "% "  # a percent sign written for printf: "50%%" is "50%"
    return " " * len(text)


def entry_figure_text(text: str, flags: frozenset[str], msgid: str) -> str:
    """`figure_text` of one of the texts of an entry with these flags and msgid (both msgids
    of a plural entry, joined), the syntax found only for a text with a digit to read."""
    if not _DIGIT.search(text):
        return text
    if "(" in msgid and "," in msgid and _PAIR_COMMA.search(msgid):
        # "(0,1)" in English is a pair or an interval, not one tenth: so it is on both sides
        # ("(1،0)" in Arabic reads as two numbers already). Only where the msgid writes one:
        # a Russian "(0,5)" translating "(0.5)" stays one half.
        text = _PAIR_COMMA.sub(r"(\1;\2)", text)
    return _blanked(text, placeholder_syntaxes(flags, msgid))


# What every pattern of `entry_figure_text` needs somewhere in a text, to be sure cheaply that a
# text has nothing to blank: "%" before what may continue a placeholder ("%d", "%1", "%(",
# "%%", not the "%," or "% " of prose), "{" and "$" (placeholders), "<" and "&" (markup), "(" before
# a digit (a pair, a phone number), "+" (a phone number), "[" (a citation), "_" (a mnemonic),
# "::" or a hex group between colons or dashes (IPv6, MAC), a digit before "x" or "D"
# ("256x256", "3D") or before two dots a group apart (IPv4), a zone's offset after "+" or "-"
# ("UTC+3", "GMT-01:00", "-01 : 00"), KDE's script mark "|/|", "3rd-party", "3-D", "3~D". Most
# catalog texts hold none of them. Each character that opens one has a pattern of its own,
# searched for in a whole batch only when the batch holds the character at all (one `memchr` of
# C): the engine skips from one of its places to the next in a tight loop, several times quicker
# than to any character of a class, and most batches hold only a few of these characters.
_MAY_BLANK = {
    **{character: re.escape(character) for character in "{$<&[+_"},
    "|": r"\|/\|",
    "-": r"-(?:[0-9]{1,2}\s:|(?<=3rd-)|[0-9A-Fa-f]{1,4}[:-]|(?<=[1-4]-)D)",
    "%": r"%(?:[%0-9*+#'\-<>({A-Za-z]|\.[0-9*A-Za-z])",
    "(": r"\(\d",
    "3": r"3rd[ \u00a0]part",
    ":": r":(?::|[0-9A-Fa-f]{1,4}[:-])",
    **{letter: rf"{letter}(?<=[0-9]{letter})" for letter in "xх"},
    "D": r"D(?:(?<=[0-9]D)|(?<=[0-9]~D))",
    "\u2236": r"\u2236(?<=[0-9]\u2236)[0-9]",
    ".": r"\.(?<=[0-9]\.)[0-9]{1,3}\.",
}
_BATCH_SEPARATOR = "\x00"  # which no pattern needs: a match that crosses it is only a false lead


@cache
def _may_blank(character: str) -> re.Pattern[str]:
    return re.compile(_MAY_BLANK[character])


def texts_to_blank(texts: Sequence[str]) -> list[int]:
    """The positions (increasing) of the `texts` that `entry_figure_text` (and `figure_text`)
    might change, whatever the entry's flags and msgid; it returns every other one as it is.

    A check calls this on a whole batch of texts, so that the texts with nothing to blank, nearly
    all of a press catalog's, cost no Python code each.
    """
    batch = JoinedTexts(texts, _BATCH_SEPARATOR)
    positions: set[int] = set()
    for character in _MAY_BLANK:
        if character in batch.joined:
            positions.update(batch.matching(_may_blank(character)))
    return sorted(positions)


def figure_text(text: str, syntaxes: frozenset[str] = frozenset()) -> str:
    """`text` with its placeholders (of `syntaxes`) and other non-figures blanked out.

    A text without a digit is returned as it is: there is no figure for blanking to change.
    """
    if not _DIGIT.search(text):
        return text
    return _blanked(text, syntaxes)


def _blanked(text: str, syntaxes: frozenset[str]) -> str:
    parts = _parts_needed(text, syntaxes)
    if parts:
        text = _blanker(parts).sub(_blank, text)
    if "_" in text:
        text = _MNEMONIC.sub("", text)
    if "&" in text:
        text = _ACCELERATOR.sub("", text)
    if "\u2236" in text:
        text = _RATIO_COLON.sub(":", text)
    if ("x" in text or "х" in text) and _TIMES_FOUND.search(text):
        text = _TIMES.sub("×", text)
    return text


def _parts_needed(text: str, syntaxes: frozenset[str]) -> tuple[str, ...]:
    """The placeholder syntaxes and non-figures whose characters `text` holds (in the order
    `_blanker` wants them). The tests are written out: this runs on every text of a catalog."""
    parts: list[str] = []
    if syntaxes:
        parts.extend(
            syntax
            for syntax in _SYNTAX_ORDER
            if syntax in syntaxes and _SYNTAX_STARTS[syntax] in text
        )
    if "<" in text or "&" in text:
        parts.append("markup")
    colons = text.count(":") if ":" in text else 0
    if colons >= 5 or text.count("-") >= 5:
        parts.append("mac")
    if text.count(".") >= 3:
        parts.append("ipv4")
    if colons >= 7 or "::" in text:
        parts.append("ipv6")
    if "+" in text or "(" in text:
        parts.append("phone")
    if "[" in text:
        parts.append("citation")
    if ("D" in text and _SPACE_FOUND.search(text)) or "3rd" in text:
        parts.append("space")
    if "GMT" in text or "UTC" in text or "نتش" in text:
        parts.append("zone")
    if "|/|" in text:
        parts.append("kde-script")
    if "%<" in text or "%>" in text:
        parts.append("gcc-quote")
    return tuple(parts)


# msgids (and msgctxts) under which translators write their names, not a translation
CREDITS_MSGIDS = frozenset(
    {
        "translator-credits",
        "translator_credits",
        "translators-credits",
        "translators_credits",
        "TRANSLATOR-CREDITS",
        "translator-credits-PLEASE_ADD_YOURSELF_HERE",
        "ROLES_OF_TRANSLATORS",
        "CREDIT_FOR_TRANSLATORS",
    }
)
CREDITS_MSGCTXTS = frozenset({"NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS"})


def is_credits(msgid: str, msgctxt: str | None) -> bool:
    """Whether an entry holds the translators' names and addresses rather than a translation."""
    return msgid in CREDITS_MSGIDS or msgctxt in CREDITS_MSGCTXTS


_MESSAGE_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# A setting of the locale that the translator chooses rather than translates, named by its key:
# GTK's "calendar:week_start:0" (the first day of the week, 1 in Russian).
_LOCALE_SETTING = re.compile(r"[a-z]+(?::[a-z_]+)+:[0-9]+")


_PLURAL_CATEGORY = r"(?:zero|one|two|few|many|other)"
_PLURAL_CATEGORIES = re.compile(rf"(?i){_PLURAL_CATEGORY}(?:/{_PLURAL_CATEGORY})+")


def names_plural_categories(msgid: str) -> bool:
    """Whether `msgid` only names CLDR's plural categories ("One/few/many/other", as Weblate
    labels a language's plural forms): a translation describes each by its counts
    ("Один/2-4/много/5+"), which the msgid has no figures to compare with."""
    return "/" in msgid and _PLURAL_CATEGORIES.fullmatch(msgid) is not None


def is_message_id(msgid: str) -> bool:
    """Whether `msgid` is a symbolic message id ("help_smtp_port", "month_apr"), as Zope and
    Plone catalogs have, rather than the source text: the English is elsewhere (a "Default:"
    comment), so the translation's figures have nothing in the msgid to match. No English
    prose is one lower-case word joined to others by underscores. A locale setting named by
    its key ("calendar:week_start:0") is no source text either."""
    if ":" in msgid and _LOCALE_SETTING.fullmatch(msgid):
        return True
    return "_" in msgid and _MESSAGE_ID.fullmatch(msgid) is not None


# Characters that may stand around a figure of prose within its word: "(3.5)", "3.5,".
_PROSE_MARKS = frozenset(".,;:!?()[]\"'«»“”„")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]+")
_QUOTED = re.compile(r"""(['"«“„‘])[^\s'"«»“”„‘’]+['"»”“’]""")
_OPERATOR = re.compile(r"[<>=*/+^_|\\~]")
_DIGITS_AROUND_COLON = re.compile(r"[0-9]:[0-9]")
VERSION_WORDS = frozenset(
    {"version", "versions", "v", "release", "series", "pre"}
    | {"версия", "версии", "версию", "версией", "версий", "серия", "серии", "серию", "релиз"}
    | {"الإصدار", "إصدار", "الإصدارة", "الاصدار", "النسخة", "نسخة"}
)


def copied_verbatim(start: int, end: int, text: str, other: str, *, latin_script: bool) -> bool:
    """Whether the figure `text[start:end]` is code, maths, or a version or standard number,
    copied as it stands from `other` (so the convention of `text`'s language does not apply).

    Code shows in the figure's word ("1.0K", "HTTP/0.9", "0.5*WAIT", a sample in quotes,
    "'1,0'"), in an operator beside
    it ("x < 0.5"), in a version word a few words before it ("версии 5.5", "версии не ниже
    5.5"), in a name in capitals beside it
    ("GIMP 2.10", "PDF 1.4"), or, in a text not written in Latin script, in any Latin word
    beside it ("darktable 3.6", "MB 1,000,000", "5,500 K").

    The words of `text` and what is known of `other` are worked out once per pair of texts
    (`_VerbatimPair`), and what depends only on a figure's word once per word: a long word
    with many figures ("1-1-1-…") costs time linear in its length, not in its square.
    """
    return _verbatim_pair(text, other).copied(start, end, latin_script=latin_script)


@lru_cache(maxsize=8)
def _verbatim_pair(text: str, other: str) -> _VerbatimPair:
    return _VerbatimPair(text, other)


_NON_SPACE = re.compile(r"\S+")  # re's \s is exactly str.isspace, which words are split on
_CODE_MARK = re.compile(r"[A-Za-z<>=*/+^_|\\~]")  # a Latin letter or an operator
# The only characters whose lower case is not one character in their place: "İ" becomes two,
# "Σ" depends on what follows it. A span holding one is compared the plain way.
_CONTEXTUAL_LOWER = re.compile("[\u0130\u03a3]")
# A span beside a figure up to this long is searched for in `other` as it is; a longer one (a
# long word full of figures) through `_VerbatimPair._reach`, once for all the word's figures.
_SHORT_SPAN = 256
_PROSE_MARK_CHARACTERS = "".join(sorted(_PROSE_MARKS))


class _Word(NamedTuple):
    """What a figure's word tells when it does not decide: the indexes of the words just before
    and after it (-1 where there is none), and whether each is a code word (an operator; a
    Latin word counts only in a text of another script)."""

    before: int
    after: int
    operator_before: bool
    latin_before: bool
    operator_after: bool
    latin_after: bool


class _VerbatimPair:
    """A text and the text it translates (or is translated from), read once for
    `copied_verbatim`: the whitespace-separated words of `text`, where its Latin letters and
    operators stand, and the answers found so far for a word or a search in `other`."""

    def __init__(self, text: str, other: str) -> None:
        self.text = text
        self.other = other
        spans = [match.span() for match in _NON_SPACE.finditer(text)]
        self.starts = [span[0] for span in spans]
        self.ends = [span[1] for span in spans]
        # how many non-space characters the words before each hold: the length of a span once
        # its whitespace is single spaces, without slicing it
        self.letters_before = [0]
        for span_start, span_end in spans:
            self.letters_before.append(self.letters_before[-1] + span_end - span_start)
        self.marks = [match.start() for match in _CODE_MARK.finditer(text)]
        self.contextual = [match.start() for match in _CONTEXTUAL_LOWER.finditer(text)]
        self._in_other: dict[str, bool] = {}
        self._in_other_spaced: dict[str, bool] = {}
        self._words: dict[tuple[int, int], bool | _Word] = {}
        self._reaches: dict[tuple[int, int, bool], int] = {}

    def copied(self, start: int, end: int, *, latin_script: bool) -> bool:
        text = self.text
        if not self._found(text[start:end], self.other, self._in_other):
            return False
        word_start, word_end = start, end
        if start > 0 and not text[start - 1].isspace():
            word_start = self.starts[bisect_right(self.starts, start - 1) - 1]
        if end < len(text) and not text[end].isspace():
            word_end = self.ends[bisect_right(self.starts, end) - 1]
        # a Latin letter or an operator in the rest of the figure's word
        if _within(self.marks, word_start, start) or _within(self.marks, end, word_end):
            return True
        key = (word_start, word_end)
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = self._read_word(word_start, word_end)
        if isinstance(word, bool):
            return word
        # A code word beside the figure counts when it stands beside it in `other` too,
        # whatever its case ("mailman 2.1" for "Mailman 2.1").
        return (
            (word.operator_before or (not latin_script and word.latin_before))
            and self._beside_in_other(self.starts[word.before], end, word_end, before=True)
        ) or (
            (word.operator_after or (not latin_script and word.latin_after))
            and self._beside_in_other(start, self.ends[word.after], word_start, before=False)
        )

    def _read_word(self, word_start: int, word_end: int) -> bool | _Word:
        """What the figure's word `text[word_start:word_end]` and the words around it tell,
        the same for every figure in the word."""
        word = self.text[word_start:word_end].rstrip(".,;:")
        if _QUOTED.fullmatch(word):
            return True  # a sample quoted as it is typed: "'1,0' instead of '1.0'"
        if _DIGITS_AROUND_COLON.search(word) and self._found(word, self.other, self._in_other):
            return True  # a sample of input, "1234:0.123,4567:0.456", copied as it is typed
        before = bisect_right(self.ends, word_start) - 1  # the last word that ends before it
        after = bisect_left(self.starts, word_end)  # the first word that starts after it
        if after == len(self.starts):
            after = -1
        # a version word among the few words before ("версии не ниже 5.5")
        for index in range(before, max(before - _VERSION_REACH, -1), -1):
            if self._plain_word(index).lower() in VERSION_WORDS:
                return True
        if any(
            _CAPITALS.fullmatch(self._plain_word(index)) for index in (before, after) if index >= 0
        ):
            return True
        before_word = self._word_at(before)
        after_word = self._word_at(after)
        return _Word(
            before,
            after,
            _OPERATOR.search(before_word) is not None,
            _LATIN_LETTER.search(before_word) is not None,
            _OPERATOR.search(after_word) is not None,
            _LATIN_LETTER.search(after_word) is not None,
        )

    def _word_at(self, index: int) -> str:
        return self.text[self.starts[index] : self.ends[index]] if index >= 0 else ""

    def _plain_word(self, index: int) -> str:
        return self._word_at(index).strip(_PROSE_MARK_CHARACTERS)

    def _beside_in_other(self, first: int, last: int, word_edge: int, *, before: bool) -> bool:
        """Whether `text[first:last]`, a figure with the word before it (`before`, the span
        ending in the figure's word, which ends at `word_edge`) or after it (the span starting
        in the figure's word, which starts at `word_edge`), single-spaced and in lower case,
        stands in `other` so."""
        # The spans of the figures of one word, with the same word beside, are prefixes (the
        # word before) or suffixes (the word after) of the one to the figure's word's edge:
        # how much of that one `other` holds answers for each.
        edge = (first, word_edge) if before else (word_edge, last)
        if last - first <= _SHORT_SPAN or _within(self.contextual, *edge):
            needle = self._spaced_lower(first, last)
            return self._found(needle, _single_spaced_lower(self.other), self._in_other_spaced)
        key = (*edge, before)
        reach = self._reaches.get(key)
        if reach is None:
            reach = self._reaches[key] = self._reach(*edge, before=before)
        return self._spaced_length(first, last) <= reach

    def _reach(self, first: int, last: int, *, before: bool) -> int:
        """The length of the longest prefix (`before`) or suffix of `text[first:last]`,
        single-spaced and in lower case, that stands in `other` so: a binary search, since a
        part of a part that stands there stands there too."""
        whole = self._spaced_lower(first, last)
        other_spaced = _single_spaced_lower(self.other)
        low, high = 0, min(len(whole), len(other_spaced))
        while low < high:
            middle = (low + high + 1) // 2
            part = whole[:middle] if before else whole[len(whole) - middle :]
            if part in other_spaced:
                low = middle
            else:
                high = middle - 1
        return low

    def _spaced_lower(self, first: int, last: int) -> str:
        return " ".join(self.text[first:last].split()).lower()

    def _spaced_length(self, first: int, last: int) -> int:
        """`len(self._spaced_lower(first, last))` for a span without "İ" or "Σ", found from
        the words' lengths: the non-space characters, and a space between each two words."""
        first_word = bisect_right(self.ends, first)
        last_word = bisect_left(self.starts, last) - 1
        if first_word > last_word:
            return 0
        letters = self.letters_before[last_word + 1] - self.letters_before[first_word]
        letters -= max(0, first - self.starts[first_word]) + max(0, self.ends[last_word] - last)
        return letters + last_word - first_word

    @staticmethod
    def _found(needle: str, haystack: str, known: dict[str, bool]) -> bool:
        """`needle in haystack`, searched once for each needle: a long text repeats its figures."""
        found = known.get(needle)
        if found is None:
            found = known[needle] = needle in haystack
        return found


def _within(positions: list[int], first: int, last: int) -> bool:
    """Whether one of the sorted `positions` lies in `range(first, last)`."""
    index = bisect_left(positions, first)
    return index < len(positions) and positions[index] < last


# How many words may stand between a version word and its number: "version 1.10", "versions
# lower than 4.5", "версии не ниже 6.0", "все версии cdrtools, начиная с 1.10".
_VERSION_REACH = 4


_LONGEST_WORD = 64
_LATIN_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0-]?\Z")


def same_identifier(start: int, end: int, text: str, other: str) -> bool:
    """Whether the number `text[start:end]` is part of a name that `other` writes with the same
    Latin word and digits, joined or apart ("JPEG 2000" and "JPEG2000", "base-64" and
    "base64", "Pen 3" and "Pen3"): glued to the word, the other side reads no figure there."""
    raw = text[start:end]
    if not raw.isdigit() or raw not in other:  # the name holds the digits as written
        return False
    # Only the text just before the number is searched: a long entry stays linear.
    word = _LATIN_WORD_BEFORE.search(text, max(0, start - _LONGEST_WORD), start)
    if word is None:
        return False
    name = re.compile(
        rf"(?<![A-Za-z]){re.escape(word.group(1))}[ \u00a0-]?{re.escape(raw)}(?![0-9])",
        re.IGNORECASE,
    )
    return name.search(other) is not None


def glued_to_a_name(start: int, end: int, text: str, other: str) -> bool:
    """Whether the whole number `text[start:end]` is written in `other` glued to the end of a
    Latin word, as a name ("Menu3", "v10", "Pen3"), where `other` reads no figure: "Menu3" is
    "Меню 3", "v10" is "версии 10". Other digits after the same word are still a change."""
    raw = text[start:end]
    if not raw.isdigit():
        return False
    # "٣" is glued as "3"; digit by digit, as int() refuses more than 4,300 digits.
    digits = raw if raw.isascii() else _ascii_digits(raw)
    if digits is None:
        return False
    return re.search(rf"[A-Za-z]{re.escape(digits)}(?![0-9])", other) is not None


def _ascii_digits(raw: str) -> str | None:
    """The number `raw` writes in digits of any system, in 0-9 without leading zeros ("٠٣" is
    "3"); None when a character is a digit but no decimal one ("²")."""
    values = [unicodedata.decimal(character, None) for character in raw]
    if None in values:
        return None
    return "".join(str(value) for value in values).lstrip("0") or "0"


@lru_cache(maxsize=4)
def _single_spaced_lower(text: str) -> str:
    """`_single_spaced(text).lower()`, made once for the many figures of one long text (made
    for each, a text of many figures took time in the square of its length)."""
    return _single_spaced(text).lower()


@functools.lru_cache(maxsize=8)
def _single_spaced(text: str) -> str:
    return " ".join(text.split())


# A name that carries digits glued to its Latin letters ("UTF-16", "WPA3", "IPv6", "SRA4",
# "X11"): no figure to the readers, which skip digits glued to letters, but the digits are part
# of what the name says. A translation keeps such a name as it is or leaves it out; writing it
# with other digits ("UTF-8" for "UTF-16", "WPA2" for "WPA3") names another thing. The stem
# holds a capital: names of standards and models do, while a lower-case stem glued to digits
# is mostly an example a translation may give otherwise ("bug1, user10" / "user1, user5").
_NAME_WITH_DIGITS = re.compile(r"(?<![\w.-])([A-Za-z]*[A-Z][A-Za-z]*-?)([0-9]+)(?![\w])")


# What such a name starts like, looked for first in every translation of a catalog: a pattern
# without look-arounds, which the engine tries at each place several times quicker.
NAME_LIKE = re.compile(r"[A-Z][A-Za-z]*-?[0-9]+")


def _names_with_digits(text: str) -> dict[str, set[str]]:
    """For each Latin stem of `text` that a name glues digits to, the digits it glues."""
    names: dict[str, set[str]] = {}
    for match in _NAME_WITH_DIGITS.finditer(text):
        names.setdefault(match.group(1), set()).add(match.group(2))
    return names


def renamed_with_digits(source: str, translation: str) -> list[tuple[str, str]]:
    """The names of `translation` written with the Latin stem of a name of `source` but other
    digits, each with a name of the source it replaces: ("UTF-16", "UTF-8"). Only a stem that
    both texts write, and digits on each side that the other lacks: a name added beside the
    source's ("UTF-8 или UTF-16") or left out ("IPv4 interface" / "интерфейс") is no rename."""
    if all(match.group() in source for match in NAME_LIKE.finditer(translation)):
        return []  # every name as the source writes it (most often the case)
    translated = _names_with_digits(translation)
    if not translated:
        return []
    written = _names_with_digits(source)
    renamed = []
    for stem, digits in translated.items():
        source_digits = written.get(stem)
        if not source_digits:
            continue
        gone, new = sorted(source_digits - digits), sorted(digits - source_digits)
        if gone and new:
            renamed.append((stem + gone[0], stem + new[0]))
    return renamed
