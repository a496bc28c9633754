"""A catalog read and checked in pieces by worker processes reports what one process reports:
the same findings in the same order, the same counts, and the same error, file and line, for
a catalog that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from l10n import check
from l10n.check import check_paths
from l10n.cli import main
from l10n.errors import CatalogError
from l10n.parallel import CAN_FORK

HEADER = (
    '# A catalog of a test\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: ru\\n"\n"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
    'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
)


def varied_entries(count: int) -> list[str]:
    """Entries of every kind the checks and the reader tell apart, figure errors among them."""
    kinds = [  # (comment lines, msgid and msgstr)
        ("", 'msgid "The fund paid {n} million."\nmsgstr "Фонд выплатил {n} млн."\n'),
        ("", 'msgid "The convoy brought {n},443 tonnes."\nmsgstr "Колонна доставила {n} 434 т."\n'),
        (
            "",
            'msgid "On March 4 the doors opened ({n})."\nmsgstr "5 марта двери открылись ({n})."\n',
        ),
        ("", 'msgid "Route {n} is closed."\nmsgstr ""\n'),
        ("", 'msgid "Route {n} is open."\nmsgstr "Маршрут {n} открыт\u202e."\n'),
        ("#, fuzzy\n", 'msgid "{n} tents"\nmsgstr "{n}1 палаток"\n'),
        ("#, ignore-numbers\n", 'msgid "{n} tents"\nmsgstr "7 палаток"\n'),
        ("# l10n-accept: 5 miles -> 8 km\n", 'msgid "{n}: 5 miles"\nmsgstr "{n}: 8 км"\n'),
        ("#, python-format\n", 'msgid "%(count)s of {n}"\nmsgstr "%(cnt)s из {n}"\n'),
        (
            "",
            'msgid "{n} page"\nmsgid_plural "{n} pages"\nmsgstr[0] "1 страница"\n'
            'msgstr[1] "{n} страницы"\nmsgstr[2] "{n} страниц"\n',
        ),
        (
            "",
            'msgid ""\n"A long text of {n} words "\n"over two lines."\n'
            'msgstr ""\n"Длинный текст из {n} слов "\n"в две строки."\n',
        ),
        ("", 'msgid "_: menu\\nOpen {n} files"\nmsgstr "Открыть {n} файлов"\n'),
    ]
    entries = []
    for n in range(count):
        comment, texts = kinds[n % len(kinds)]
        entries.append(f'{comment}#: a.md:{n}\nmsgctxt "s{n}"\n' + texts.format(n=n))
        if n % 50 == 49:
            entries.append(f'#~ msgctxt "s{n}"\n#~ msgid "Gone {n}"\n#~ msgstr "Нет {n}"\n')
    return entries


def write(path: Path, entries: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "\n".join(entries), encoding="utf-8")
    return path


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few entries each, so that a small catalog is cut into many."""
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_LEAST", 1)
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_MOST", 2000)
    monkeypatch.setattr(check, "_FIRST_PIECE_BYTES", 300)


def pieces_of(path: Path, processes: int) -> int:
    plan = check._pieces_planned([path], processes)[path]
    assert plan is not None
    return len(plan.bounds)


@pytest.mark.usefixtures("small_pieces")
@pytest.mark.parametrize("keep_entries", [False, True])
def test_a_catalog_checked_in_pieces_reads_as_in_one_process(
    tmp_path: Path, keep_entries: bool
) -> None:
    path = write(tmp_path / "ru.po", varied_entries(600))
    assert pieces_of(path, 3) > 20
    alone = check_paths([path], "en", keep_entries=keep_entries)
    assert {"number-changed", "number-date", "bidi-control", "number-plural"} <= {
        finding.code for finding in alone.findings
    }
    assert alone.entries_untranslated and alone.entries_ignored and alone.entries_checked
    for processes in (2, 3):
        in_pieces = check_paths([path], "en", keep_entries=keep_entries, processes=processes)
        assert in_pieces == alone


@pytest.mark.usefixtures("small_pieces")
def test_catalogs_alone_and_together_in_pieces_read_as_in_one_process(tmp_path: Path) -> None:
    """Several files: two alone in their domain (one in a language not asked for), two of one
    domain compared; the files and findings in the order one process gives."""
    entries = varied_entries(300)
    paths = [
        write(tmp_path / "a" / "ru.po", entries),
        write(tmp_path / "locales" / "ru" / "LC_MESSAGES" / "b.po", entries[:100]),
        write(tmp_path / "c" / "ru.po", entries[::-1]),
        write(tmp_path / "locales" / "ar" / "LC_MESSAGES" / "b.po", entries[50:150]),
    ]
    paths[3].write_text(paths[3].read_text("utf-8").replace("Language: ru", "Language: ar"))
    for languages in ((), ("ru",), ("ar",)):
        alone = check_paths(paths, "en", languages=languages)
        assert alone.files
        assert check_paths(paths, "en", languages=languages, processes=2) == alone


def refused(paths: list[Path], processes: int) -> tuple[str | None, int | None, str]:
    with pytest.raises(CatalogError) as raised:
        check_paths(paths, "en", processes=processes)
    return raised.value.path, raised.value.line, raised.value.message


@pytest.mark.usefixtures("small_pieces")
def test_a_key_twice_in_two_pieces_is_refused_at_its_line(tmp_path: Path) -> None:
    entries = varied_entries(200)
    entries[170] = entries[30]  # the same context and msgid, far apart
    path = write(tmp_path / "ru.po", entries)
    assert pieces_of(path, 2) > 10
    error = refused([path], 1)
    assert error[0] == str(path)
    assert "duplicate" in error[2]
    text = path.read_text(encoding="utf-8")
    first = text.index('msgctxt "s30"\n')
    second = text.index('msgctxt "s30"\n', first + 1)
    # the lines of the msgids, after their contexts
    assert error[2].endswith(f"first defined at line {text.count(chr(10), 0, first) + 2}")
    assert error[1] == text.count("\n", 0, second) + 2
    assert refused([path], 2) == refused([path], 3) == error


@pytest.mark.usefixtures("small_pieces")
@pytest.mark.parametrize(
    "broken",
    [
        'msgid "Route 9"\nmsgstr "Маршрут 9\n',  # a string left open
        'msgid "Route 9"\nmsgstr "Маршрут \\q 9"\n',  # an escape GNU does not know
        'msgid "Route 9"\n',  # no msgstr
        'msgid "Route 9"\nmsgstr "\xff"\n',  # becomes bytes that are not UTF-8
    ],
)
def test_a_broken_piece_is_refused_with_its_file_and_line(tmp_path: Path, broken: str) -> None:
    entries = varied_entries(200)
    entries[150] = broken
    path = write(tmp_path / "ru.po", entries)
    if "\xff" in broken:
        path.write_bytes(path.read_bytes().replace("\xff".encode(), b"\xff"))
    error = refused([path], 1)
    assert error[0] == str(path) and error[1] is not None and error[1] > 600
    assert refused([path], 2) == error


@pytest.mark.usefixtures("small_pieces")
def test_a_catalog_whose_first_piece_is_not_its_header_reads_as_in_one_process(
    tmp_path: Path,
) -> None:
    body = "\n".join(varied_entries(200))
    for text in (  # the header after the first entry; no header at all
        body.replace("\n\n", "\n\n" + HEADER, 1),
        body,
    ):
        path = tmp_path / "locales" / "ru" / "LC_MESSAGES" / "x.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        try:
            alone = check_paths([path], "en")
        except CatalogError as error:
            assert refused([path], 2) == (error.path, error.line, error.message)
        else:
            assert check_paths([path], "en", processes=2) == alone


def test_a_small_catalog_is_checked_with_no_process_forked(tmp_path: Path) -> None:
    path = write(tmp_path / "ru.po", varied_entries(20))
    assert check._pieces_planned([path], 2) == {}


@pytest.mark.skipif(not CAN_FORK, reason="no fork on this platform")
def test_the_command_gives_one_report_whatever_the_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_LEAST", 1)
    monkeypatch.setattr(check, "_PIECE_BYTES_AT_MOST", 5000)
    path = write(tmp_path / "ru.po", varied_entries(1000))
    reports = []
    for jobs in ("1", "2", "0"):
        for output_format in ("json", "text"):
            result = CliRunner().invoke(
                main,
                ["check", str(path), "--source-lang", "en", "-j", jobs, "--format", output_format],
            )
            assert result.exit_code == 1, result.output
            reports.append(result.output)
    assert reports[0] == reports[2] == reports[4]
    assert reports[1] == reports[3] == reports[5]
    assert len(json.loads(reports[0])["findings"]) > 100
