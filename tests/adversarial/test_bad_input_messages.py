"""Every command, on every kind of bad input it reads: exit 2, no traceback, a message naming
the file and, where the input has one, the line (`path:LINE: message`, as `L10nError` words
it), and not one byte of the project changed, created or removed.

The inputs are broken at a line this test knows: catalogs of each kind (a statement's, the
interface's site.po, a template), a statement's front matter and body, the configuration, a
template override. Hypothesis breaks a catalog at a line it draws, in ways it draws.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .projects import (
    CONFIG,
    CONVOY,
    CONVOY_POT,
    CROSSING,
    RU_CONVOY,
    RU_SITE,
    Mutation,
    folder_instead_of,
    line_ends,
    replace_text,
    run,
    tree,
    updated_project,
    write_bytes,
)

# A command line; "{project}" and "{outside}" stand for the project folder and a folder beside
# it that holds the files given to `align` and `import`, "{file}" for the file broken.
Command = tuple[str, ...]

ALIGN = ("align", "{project}/" + CONVOY, "-t", "ru", "{outside}/translation.txt")
SEGMENT = ("segment", "{project}/" + CONVOY)
# Commands that read the configuration. `serve` is pointed at a folder that is not there, so
# that a configuration it failed to refuse ends in an error rather than a server.
CONFIG_READERS: tuple[Command, ...] = (
    ("extract",),
    ("update",),
    ("stats",),
    ("check",),
    ("build",),
    ("translate", "--no-tm"),
    ("tm", "import"),
    ("tm", "lookup", "trucks", "--lang", "ru"),
    ALIGN,
    ("import", "{outside}/page.html"),
    ("serve", "--out", "no-site-here"),
    SEGMENT,
)
# Commands that read every statement of the project, and those that read the one given.
PROJECT_STATEMENT_READERS: tuple[Command, ...] = (
    ("extract",),
    ("update",),
    ("build",),
    ("stats",),
    ("check",),
)
STATEMENT_READERS = (*PROJECT_STATEMENT_READERS, SEGMENT, ALIGN)
CATALOG_READERS: tuple[Command, ...] = (
    ("update",),
    ("update", "--no-extract"),
    ("stats",),
    ("check",),
    ("build",),
    ("translate", "--no-tm"),
    ("tm", "import"),
    ("check", "{file}"),
    ("check", "--format", "sarif"),
)
STATEMENT_CATALOG_READERS = (*CATALOG_READERS, ALIGN)
# Only `update --no-extract` reads the templates: `extract` writes them anew from the statements.
TEMPLATE_READERS: tuple[Command, ...] = (("update", "--no-extract"),)
PAGE_READERS: tuple[Command, ...] = (("extract",), ("update",), ("build",))


@dataclass(frozen=True)
class BadInput:
    name: str
    mutate: Mutation
    commands: tuple[Command, ...]
    file: str  # the file the message must name, relative to the project
    line: int | None  # the line it must name, where the input has one


def insert_line(relative: str, line: int, text: str) -> Mutation:
    """`text` becomes line `line` of the file."""

    def mutate(project: Path) -> None:
        path = project / relative
        lines = path.read_bytes().split(b"\n")
        lines.insert(line - 1, text.encode("utf-8"))
        path.write_bytes(b"\n".join(lines))

    return mutate


def insert_bytes(relative: str, line: int, data: bytes) -> Mutation:
    """`data` inserted at the end of line `line`."""

    def mutate(project: Path) -> None:
        path = project / relative
        lines = path.read_bytes().split(b"\n")
        lines[line - 1] += data
        path.write_bytes(b"\n".join(lines))

    return mutate


def prepend_bytes(relative: str, data: bytes) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        path.write_bytes(data + path.read_bytes())

    return mutate


def encoded(relative: str, encoding: str) -> Mutation:
    def mutate(project: Path) -> None:
        path = project / relative
        path.write_bytes(path.read_text("utf-8").encode(encoding))

    return mutate


def declared_charset_broken(relative: str) -> Mutation:
    """The header declares CP1251 and line 1 holds a byte CP1251 (and UTF-8) does not define."""

    def mutate(project: Path) -> None:
        path = project / relative
        data = path.read_bytes().replace(b"charset=UTF-8", b"charset=CP1251")
        path.write_bytes(b"# \x98\n" + data)

    return mutate


def unreadable(relative: str) -> Mutation:
    """A file no one can read, root included: a symbolic link to itself."""

    def mutate(project: Path) -> None:
        path = project / relative
        path.unlink()
        path.symlink_to(path.name)

    return mutate


def line_of(project: Path, relative: str, text: str) -> int:
    lines = (project / relative).read_text("utf-8").split("\n")
    return next(number for number, line in enumerate(lines, 1) if text in line)


def catalog_cases(relative: str, commands: tuple[Command, ...]) -> list[BadInput]:
    """One catalog broken in each way `msgfmt --check` (or l10n, more strictly) refuses."""
    kind = relative.rsplit("/", 1)[-1]
    header_line = 2  # the header's msgid "", after a comment line
    plural = "nplurals=3;" if not relative.endswith(".pot") else "nplurals=INTEGER;"
    cases = [
        BadInput("bom", prepend_bytes(relative, b"\xef\xbb\xbf"), commands, relative, 1),
        BadInput("cr-line-ends", line_ends(relative, b"\r"), commands, relative, 1),
        BadInput(
            "no-header",
            replace_text(relative, 'msgid ""\nmsgstr ""', 'msgid "x"\nmsgstr "y"'),
            commands,
            relative,
            1,
        ),
        BadInput("utf-16", encoded(relative, "utf-16"), commands, relative, 1),
        BadInput("folder", folder_instead_of(relative), commands, relative, None),
        BadInput("unreadable", unreadable(relative), commands, relative, None),
    ]
    if "convoy" in relative or "site.po" in relative:
        cases.append(
            BadInput(
                "charset-bytes",
                declared_charset_broken(relative),
                commands,
                relative,
                1,
            )
        )
    if not relative.endswith(".pot"):
        cases.append(
            BadInput(
                "plural-forms",
                replace_text(relative, plural, "nplurals=three;"),
                commands,
                relative,
                header_line,
            )
        )
    return [
        BadInput(f"{kind}-{case.name}", case.mutate, case.commands, case.file, case.line)
        for case in cases
    ]


def obsolete_copy_of_first_entry(project: Path) -> None:
    """The first entry of the Russian convoy catalog (32 lines) again, obsolete, at line 34."""
    path = project / RU_CONVOY
    text = path.read_text("utf-8")
    first = text.split("\n\n")[1]
    kept = [line for line in first.splitlines() if line.startswith(("msgid", "msgstr"))]
    path.write_text(text + "\n" + "\n".join(f"#~ {line}" for line in kept) + "\n", "utf-8")


PAGE = "page.html"  # beside the project ("{outside}"), as a user's download is


def saved_page(charset: bytes, paragraph: bytes | str) -> bytes:
    """A saved news page: its <meta charset> (none when empty) on line 2, the paragraph on 5."""
    if isinstance(paragraph, str):
        paragraph = paragraph.encode("utf-8")
    meta = b'<meta charset="' + charset + b'">' if charset else b"<title>A title</title>"
    return b"\n".join(
        [
            b"<html><head>",
            meta,
            b"</head><body><main><h1>A title</h1>",
            b"<p>20.01.2026 14:00</p>",
            b"<p>" + paragraph + b"</p>",
            b"</main></body></html>",
            b"",
        ]
    )


def page_cases(name: str, page: bytes, line: int | None) -> list[BadInput]:
    """`page` given to `import` and, as the Russian translation, to `align`."""

    def mutate(project: Path) -> None:
        (project.parent / "outside" / PAGE).write_bytes(page)

    commands = (("import", "{outside}/" + PAGE), (*ALIGN[:-1], "{outside}/" + PAGE))
    return [BadInput(f"page-{name}", mutate, commands, PAGE, line)]


def translation_cases(name: str, paragraph: bytes, line: int | None) -> list[BadInput]:
    """A Russian translation in plain text for `align`, its second paragraph on line 3 (the
    whole file empty when `paragraph` is)."""

    def mutate(project: Path) -> None:
        text = "Заявление о гуманитарной колонне\n\n".encode() + paragraph + b"\n"
        text = text if paragraph else b""
        (project.parent / "outside" / "translation.txt").write_bytes(text)

    return [BadInput(f"translation-{name}", mutate, (ALIGN,), "translation.txt", line)]


CASES: list[BadInput] = [
    *catalog_cases(RU_CONVOY, STATEMENT_CATALOG_READERS),
    *catalog_cases(RU_SITE, CATALOG_READERS),
    *catalog_cases(CONVOY_POT, TEMPLATE_READERS),
    BadInput(
        "convoy-2026-01-20.po-active-and-obsolete",
        obsolete_copy_of_first_entry,
        STATEMENT_CATALOG_READERS,
        RU_CONVOY,
        34,
    ),
    # The configuration, l10n.toml: 1 source-lang, 2 target-langs, 4 [locales], 5 ar = ...,
    # 7 [numbering], 8 ar = ..., 10 [site], 11 name, 12 tagline, 13 note, 14 footer.
    BadInput(
        "config-number-for-language",
        replace_text(CONFIG, 'source-lang = "en"', "source-lang = 5"),
        CONFIG_READERS,
        CONFIG,
        1,
    ),
    BadInput(
        "config-text-for-list",
        replace_text(CONFIG, '["ru", "ar"]', '"ru"'),
        CONFIG_READERS,
        CONFIG,
        2,
    ),
    BadInput(
        "config-unknown-language",
        replace_text(CONFIG, '"ar"]', '"xx"]'),
        CONFIG_READERS,
        CONFIG,
        2,
    ),
    BadInput(
        "config-language-as-path",
        replace_text(CONFIG, '"ru"', '"ru_/../../../OUTSIDE"'),
        CONFIG_READERS,
        CONFIG,
        2,
    ),
    BadInput(
        "config-source-as-target",
        replace_text(CONFIG, '"ar"]', '"en"]'),
        CONFIG_READERS,
        CONFIG,
        2,
    ),
    BadInput(
        "config-target-twice",
        replace_text(CONFIG, '"ar"]', '"ru"]'),
        CONFIG_READERS,
        CONFIG,
        2,
    ),
    BadInput(
        "config-unknown-locale",
        replace_text(CONFIG, 'ar = "ar_SY"', 'ar = "zz_QQ"'),
        CONFIG_READERS,
        CONFIG,
        5,
    ),
    BadInput(
        "config-number-for-locale",
        replace_text(CONFIG, 'ar = "ar_SY"', "ar = 5"),
        CONFIG_READERS,
        CONFIG,
        5,
    ),
    BadInput(
        "config-unknown-numbering",
        replace_text(CONFIG, 'ar = "arab"', 'ar = "roman"'),
        CONFIG_READERS,
        CONFIG,
        8,
    ),
    BadInput(
        "config-number-for-site-name",
        replace_text(CONFIG, 'name = "Joint Coordination Centre"', "name = 5"),
        CONFIG_READERS,
        CONFIG,
        11,
    ),
    # The site's texts are on every page: refused as a statement's text is.
    BadInput(
        "config-site-name-bidi",
        replace_text(CONFIG, "Joint Coordination Centre", "Joint \\u202eCentre 27\\u202c"),
        CONFIG_READERS,
        CONFIG,
        11,
    ),
    BadInput(
        "config-site-tagline-entity-bidi",
        replace_text(CONFIG, "for Humanitarian", "for &#x202E;Humanitarian"),
        CONFIG_READERS,
        CONFIG,
        12,
    ),
    BadInput(
        "config-site-footer-hidden-in-figure",
        replace_text(CONFIG, "in several languages", "in 1\u200b2 languages"),
        CONFIG_READERS,
        CONFIG,
        14,
    ),
    BadInput(
        "config-unknown-site-setting",
        insert_line(CONFIG, 13, 'colour = "red"'),
        CONFIG_READERS,
        CONFIG,
        13,
    ),
    BadInput(
        "config-unknown-setting",
        insert_line(CONFIG, 3, 'colour = "red"'),
        CONFIG_READERS,
        CONFIG,
        3,
    ),
    BadInput(
        "config-toml-syntax",
        replace_text(CONFIG, "[locales]", "[locales"),
        CONFIG_READERS,
        CONFIG,
        4,
    ),
    BadInput("config-nul", insert_bytes(CONFIG, 12, b"\0"), CONFIG_READERS, CONFIG, 12),
    BadInput("config-not-utf8", insert_bytes(CONFIG, 13, b"# \xff"), CONFIG_READERS, CONFIG, 13),
    BadInput("config-utf16", encoded(CONFIG, "utf-16"), CONFIG_READERS, CONFIG, 1),
    # The statement: 1 ---, 2 title, 3 slug, 4 published, 5 breadcrumb, 6 signatories,
    # 7 - position, 8 name, 9 ---, 10 blank, 11 the first paragraph.
    BadInput(
        "front-matter-syntax",
        replace_text(CONVOY, "slug: convoy", "slug: a: convoy"),
        STATEMENT_READERS,
        CONVOY,
        3,
    ),
    BadInput(
        "front-matter-unclosed",
        replace_text(CONVOY, "name: A. Verin\n---", "name: A. Verin\n"),
        STATEMENT_READERS,
        CONVOY,
        1,
    ),
    BadInput(
        "front-matter-blank-title",
        replace_text(CONVOY, "title: Statement on the", "title: '  '\n# Statement on the"),
        STATEMENT_READERS,
        CONVOY,
        2,
    ),
    BadInput(
        "front-matter-list-for-slug",
        replace_text(CONVOY, "slug: convoy-2026-01-20", "slug: [convoy]"),
        STATEMENT_READERS,
        CONVOY,
        3,
    ),
    # A missing field has no line of its own: the closing '---' (line 9) is where to add it.
    BadInput(
        "front-matter-no-slug",
        replace_text(CONVOY, "slug: convoy-2026-01-20\n", ""),
        STATEMENT_READERS,
        CONVOY,
        8,
    ),
    BadInput(
        "front-matter-no-published",
        replace_text(CONVOY, "published: 2026-01-20 14:00\n", ""),
        STATEMENT_READERS,
        CONVOY,
        8,
    ),
    BadInput(
        "front-matter-empty-slug",
        replace_text(CONVOY, "slug: convoy-2026-01-20", "slug:"),
        STATEMENT_READERS,
        CONVOY,
        3,
    ),
    # Slugs name catalogs: the second statement (in name order) to use one is refused at its
    # slug line, and the message names the first one's.
    BadInput(
        "slug-used-twice",
        replace_text(CROSSING, "slug: crossing-2026-02-17", "slug: convoy-2026-01-20"),
        PROJECT_STATEMENT_READERS,
        CROSSING,
        3,
    ),
    BadInput(
        "slug-reserved",
        replace_text(CROSSING, "slug: crossing-2026-02-17", "slug: site"),
        PROJECT_STATEMENT_READERS,
        CROSSING,
        3,
    ),
    BadInput(
        "front-matter-field-twice",
        insert_line(CONVOY, 3, "title: A second title"),
        STATEMENT_READERS,
        CONVOY,
        3,
    ),
    BadInput(
        "front-matter-signatory-as-text",
        replace_text(
            CONVOY, "  - position: Head of the Joint Coordination Centre\n", "  - A. Verin\n#"
        ),
        STATEMENT_READERS,
        CONVOY,
        7,
    ),
    BadInput(
        "front-matter-signatory-without-name",
        replace_text(CONVOY, "    name: A. Verin\n", ""),
        STATEMENT_READERS,
        CONVOY,
        7,
    ),
    BadInput(
        "front-matter-impossible-date",
        replace_text(CONVOY, "2026-01-20 14:00", "2026-02-30"),
        STATEMENT_READERS,
        CONVOY,
        4,
    ),
    BadInput(
        "front-matter-offset",
        replace_text(CONVOY, "2026-01-20 14:00", "2026-01-20 14:00:00+25:00"),
        STATEMENT_READERS,
        CONVOY,
        4,
    ),
    BadInput(
        "front-matter-words-for-date",
        replace_text(CONVOY, "2026-01-20 14:00", "yesterday"),
        STATEMENT_READERS,
        CONVOY,
        4,
    ),
    BadInput(
        "front-matter-text-for-breadcrumb",
        replace_text(CONVOY, "breadcrumb: [Home, News]", "breadcrumb: {Home: 1}"),
        STATEMENT_READERS,
        CONVOY,
        5,
    ),
    BadInput(
        "front-matter-unknown-field",
        insert_line(CONVOY, 5, "colour: red"),
        STATEMENT_READERS,
        CONVOY,
        5,
    ),
    BadInput(
        "front-matter-blank-name",
        replace_text(CONVOY, "name: A. Verin", 'name: ""'),
        STATEMENT_READERS,
        CONVOY,
        8,
    ),
    BadInput(
        "front-matter-alias",
        replace_text(
            CONVOY,
            "breadcrumb: [Home, News]",
            "breadcrumb: &b [Home, News]\nsignatories: []\nx: *b",
        ),
        STATEMENT_READERS,
        CONVOY,
        5,
    ),
    BadInput(
        "front-matter-escaped-bidi",
        replace_text(CONVOY, "title: Statement on the", 'title: "\\u202EStatement on the"\n#'),
        STATEMENT_READERS,
        CONVOY,
        2,
    ),
    BadInput(
        "body-bidi",
        replace_text(CONVOY, "A convoy", "A \u202ecovnoy"),
        STATEMENT_READERS,
        CONVOY,
        11,
    ),
    BadInput(
        "body-entity-bidi",
        replace_text(CONVOY, "A convoy", "A &#x202E;convoy"),
        STATEMENT_READERS,
        CONVOY,
        11,
    ),
    BadInput("body-nul", insert_bytes(CONVOY, 11, b" \0"), STATEMENT_READERS, CONVOY, 11),
    BadInput(
        "body-not-utf8", insert_bytes(CONVOY, 11, b" \xe9t\xe9"), STATEMENT_READERS, CONVOY, 11
    ),
    BadInput("statement-utf16", encoded(CONVOY, "utf-16"), STATEMENT_READERS, CONVOY, 1),
    BadInput(
        "body-code-block",
        insert_line(CONVOY, 12, "\n```\ncode\n```"),
        STATEMENT_READERS,
        CONVOY,
        13,
    ),
    BadInput("statement-unreadable", unreadable(CONVOY), STATEMENT_READERS, CONVOY, None),
    BadInput(
        "statement-folder",
        write_bytes("source/folder.md/inside.txt", b"x"),
        PROJECT_STATEMENT_READERS,
        "source/folder.md",
        None,
    ),
    # A saved page given to `import`, or to `align` as the translation: bytes that decode in
    # neither UTF-8 nor the charset the page declares, a charset that does not exist, a NUL.
    *page_cases("not-utf8-undeclared", saved_page(b"", b"A convoy of 24 trucks \xe9t\xe9."), 5),
    *page_cases("declared-utf8-lies", saved_page(b"utf-8", b"A convoy \xe9t\xe9."), 5),
    *page_cases("declared-charset-lies", saved_page(b"shift_jis", b"A convoy \x81\xfe."), 5),
    *page_cases("unknown-charset", saved_page(b"klingon", b"A convoy \xe9t\xe9."), 2),
    *page_cases("nul", saved_page(b"utf-8", b"A convoy of 24\x00 trucks."), 5),
    *page_cases("utf16", saved_page(b"utf-16", b"A convoy.").decode().encode("utf-16"), 1),
    *page_cases("bidi-override", saved_page(b"utf-8", "A convoy of \u202e24\u202c trucks."), 5),
    *page_cases("bidi-reference", saved_page(b"", b"A convoy of &#x202E;24&#x202C; trucks."), 5),
    # The HTML parser's time grows with the square of the nesting: a page deeper than any news
    # page is refused before it is parsed, at the line where it gets too deep.
    *page_cases("nested-too-deep", saved_page(b"", b"<div>" * 5001 + b"A." + b"</div>" * 5001), 5),
    # Browsers, and the page's parser, read a numeric reference without its ";" too: only the
    # parsed text holds the control, and it has no line.
    *page_cases("bidi-reference-without-semicolon", saved_page(b"", b"Of &#8238 24 trucks."), None),
    # Plain text given to `align`: an override or isolate around a figure can show "27" as 72
    # (removing it would change what the text says); a NUL; bytes that are not UTF-8.
    *translation_cases("override", "Колонна из \u202e24\u202c грузовиков.".encode(), 3),
    *translation_cases("isolate", "Колонна из 24 \u2067грузовиков\u2069.".encode(), 3),
    *translation_cases("nul", "Колонна из 24\0 грузовиков.".encode(), 3),
    *translation_cases("not-utf8", "Колонна".encode("koi8-r"), 3),
    *translation_cases("empty", b"", None),
    *translation_cases("cr-line-ends-override", "Колонна\rиз \u202e24\u202c.".encode(), 4),
    *page_cases("cr-line-ends", saved_page(b"", b"A convoy \xe9.").replace(b"\n", b"\r"), 5),
    # A template override of the site's pages.
    BadInput(
        "template-binary",
        write_bytes("templates/base.html", b"<html>\n\xff\xfe<html>\x00"),
        PAGE_READERS,
        "templates/base.html",
        2,
    ),
    BadInput(
        "template-syntax",
        write_bytes("templates/base.html", b"<html>\n<body>\n{% if %}\n</html>\n"),
        PAGE_READERS,
        "templates/base.html",
        3,
    ),
    BadInput(
        "template-folder",
        write_bytes("templates/base.html/inside.txt", b"x"),
        PAGE_READERS,
        "templates/base.html",
        None,
    ),
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pristine_folders(tmp_path_factory.mktemp("pristine"))


def pristine_folders(folder: Path) -> Path:
    """The sample project after `l10n update`, and beside it the files given to `align`
    (a Russian translation as plain text) and `import` (a saved page)."""
    updated_project(folder / "project")
    (folder / "outside").mkdir()
    (folder / "outside" / "translation.txt").write_text(
        "Заявление о гуманитарной колонне\n\nКолонна из 24 грузовиков доставила 310 тонн.\n",
        "utf-8",
    )
    (folder / "outside" / "page.html").write_text(
        "<html><body><main><h1>A title</h1><p>20.01.2026 14:00</p><p>A sentence.</p>"
        "</main></body></html>",
        "utf-8",
    )
    return folder


def copy_of(pristine: Path, into: Path) -> Path:
    """A copy of the pristine folders: the project and the files beside it."""
    shutil.copytree(pristine, into, symlinks=True)
    return into


def message_names(output: str, file: str, line: int | None) -> bool:
    """The message names `file` (by any path ending in it) and, when given, its line, as
    `path:LINE: ` — the one way every l10n message points at a place in a file."""
    place = re.escape(file) + (f":{line}: " if line is not None else r"[:\s']")
    return re.search(place, output) is not None


def failures_of(broken: Path, case: BadInput) -> list[str]:
    """What each command did wrong on `case`'s input: an empty list when every one refused it
    with exit 2 and a message naming the file and line, and changed nothing. `broken` is a
    copy of the pristine folders, spoilt here; each command runs on a copy of it."""
    case.mutate(broken / "project")
    problems = []
    for index, command in enumerate(case.commands):
        folder = broken.with_name(f"{broken.name}-{index}")
        shutil.copytree(broken, folder, symlinks=True)
        project = folder / "project"
        before = tree(project)
        arguments = [
            argument.format(project=project, outside=folder / "outside", file=project / case.file)
            for argument in command
        ]
        code, output = run(project, *arguments)
        shown = " ".join(command)
        if code != 2 or "Traceback" in output:
            problems.append(f"{shown}: exit {code}: {output[-400:]}")
        elif not message_names(output, case.file, case.line):
            where = case.file if case.line is None else f"{case.file}:{case.line}"
            problems.append(f"{shown}: does not name {where}: {output.strip()[-400:]}")
        after = tree(project)
        if after != before:
            changed = sorted(
                name for name in set(before) | set(after) if before.get(name) != after.get(name)
            )
            problems.append(f"{shown}: changed {changed}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_command_refuses_bad_input_naming_file_and_line(
    pristine: Path, tmp_path: Path, case: BadInput
) -> None:
    problems = failures_of(copy_of(pristine, tmp_path / "copy"), case)
    assert not problems, "\n".join(problems)


# Ways to break one line of a catalog, each with the line a reader must name: a line is
# inserted before line N (so it becomes line N), or line N itself is spoilt.
Breakage = Callable[[bytes], tuple[bytes, bool]]  # -> new line, whether it is inserted
BREAKAGES: dict[str, Breakage] = {
    "stray-text": lambda line: (b"stray text", True),
    "unknown-keyword": lambda line: (b'msgstring "x"', True),
    # The last quote only: 'msgid ""' without both is a keyword whose string is on the next
    # line, which GNU reads.
    "unterminated": lambda line: (line[:-1] if line.count(b'"') > 1 else b'"', False),
    "nul-escape": lambda line: (line.replace(b'"', b'"\\0', 1), False),
    "raw-nul": lambda line: (line.replace(b'"', b'"\0', 1), False),
    "not-utf8": lambda line: (line.replace(b'"', b'"\xe9', 1), False),
    "bad-escape": lambda line: (line.replace(b'"', b'"\\q', 1), False),
}


@pytest.mark.parametrize(
    ("catalog", "commands"),
    [
        (RU_CONVOY, STATEMENT_CATALOG_READERS),
        (RU_SITE, CATALOG_READERS),
        (CONVOY_POT, TEMPLATE_READERS),
    ],
    ids=["statement-catalog", "site-catalog", "template"],
)
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_catalog_broken_at_any_line_is_refused_at_that_line(
    pristine: Path,
    tmp_path_factory: pytest.TempPathFactory,
    catalog: str,
    commands: tuple[Command, ...],
    data: st.DataObject,
) -> None:
    broken = copy_of(pristine, tmp_path_factory.mktemp("copy") / "copy")
    lines = (broken / "project" / catalog).read_bytes().split(b"\n")
    header_end = lines.index(b"", 1)  # the header's fields end at the first blank line
    strings = [
        number
        for number, line in enumerate(lines, 1)
        if number > header_end and line.startswith((b"msgid", b"msgstr", b'"'))
    ]
    number = data.draw(st.sampled_from(strings), label="line")
    name = data.draw(st.sampled_from(sorted(BREAKAGES)), label="breakage")
    new_line, inserted = BREAKAGES[name](lines[number - 1])

    def mutate(project: Path) -> None:
        if inserted:
            lines.insert(number - 1, new_line)
        else:
            lines[number - 1] = new_line
        (project / catalog).write_bytes(b"\n".join(lines))

    problems = failures_of(broken, BadInput(name, mutate, commands, catalog, number))
    assert not problems, "\n".join(problems)


# A command line with a bad argument, and what the message must name.
IMPORT_PAGE = ("import", "{outside}/page.html")
BAD_ARGUMENTS: list[tuple[Command, str]] = [
    # A slug `import` would write that every command then refuses: the UI strings' own, one
    # that is no slug (test_adversarial_commands: one another statement uses).
    ((*IMPORT_PAGE, "--slug", "site"), "'site' is reserved"),
    ((*IMPORT_PAGE, "--slug", ""), "slug ''"),
    ((*IMPORT_PAGE, "--slug", "../outside"), "slug '../outside'"),
    (("stats", "--lang", "xx"), "'xx'"),
    (("update", "--lang", "xx"), "'xx'"),
    (("check", "--lang", "xx"), "'xx'"),
    (("translate", "--lang", "xx"), "'xx'"),
    (("tm", "lookup", "trucks", "--lang", "xx"), "'xx'"),
    (("segment", "--lang", "xx", "{project}/" + CONVOY), "'xx'"),
    (("check", "--source-lang", "xx"), "'xx'"),
    (("init", "--source-lang", "xx", "{outside}/new"), "'xx'"),
    (("init", "{project}"), "project"),
    (("segment", "{outside}"), "outside"),
    (("import", "{outside}"), "outside"),
    (("align", "{project}/" + CONVOY, "-t", "ru", "{outside}"), "outside"),
    (("align", "{outside}", "-t", "ru", "{outside}/translation.txt"), "outside"),
]


@pytest.mark.parametrize(
    ("command", "named"),
    BAD_ARGUMENTS,
    ids=["-".join(part for part in command if "{" not in part) for command, _ in BAD_ARGUMENTS],
)
def test_a_bad_argument_is_a_usage_error_naming_it(
    pristine: Path, tmp_path: Path, command: Command, named: str
) -> None:
    """No file has a line to name here: the message names the value given."""
    folders = copy_of(pristine, tmp_path / "copy")
    before = tree(folders)
    arguments = [
        argument.format(project=folders / "project", outside=folders / "outside")
        for argument in command
    ]
    code, output = run(folders / "project", *arguments)
    assert code == 2 and "Traceback" not in output, output
    assert named in output, output
    assert tree(folders) == before
