from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import click
import jsonschema
import pytest

from l10n.check import (
    ENTRY_CHECKS,
    FIGURE_RULES,
    FILE_RULES,
    CheckedEntry,
    CheckResult,
    FigureRecord,
    Finding,
    rule_titles,
)
from l10n.report import (
    FINGERPRINT,
    fingerprint,
    github_report,
    json_report,
    junit_report,
    sarif_report,
    text_report,
)

SARIF_SUBSET_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-2.1.0-subset.schema.json"

RU = "locales/ru/LC_MESSAGES/statement.po"
AR = "locales/ar/LC_MESSAGES/statement.po"


def result() -> CheckResult:
    changed = Finding(
        file=AR,
        line=13,
        language="ar",
        code="number-changed",
        severity="error",
        message='ar says 2,080,434 ("٢٬٠٨٠٬٤٣٤") where en and ru say 2,080,443',
        msgid="Since then, 2,080,443 people have returned home.",
        msgctxt="paragraph",
        source_figures=(FigureRecord("2,080,443", "2,080,443", "number"),),
        target_figures=(FigureRecord("٢٬٠٨٠٬٤٣٤", "2,080,434", "number"),),
    )
    fuzzy = Finding(
        file=RU,
        line=20,
        language="ru",
        code="number-missing",
        severity="warning",
        message="ru lacks 96%, which en says",
        msgid="Turnout: 96%, up 4 points\non 2019.",
        msgctxt=None,
        source_figures=(FigureRecord("96%", "96%", "percent"),),
    )
    checked = [
        CheckedEntry(RU, 8, "ru", "Joint statement", None),
        CheckedEntry(RU, 20, "ru", fuzzy.msgid, None),
        CheckedEntry(AR, 8, "ar", "Joint statement", None),
        CheckedEntry(AR, 13, "ar", changed.msgid, "paragraph"),
    ]
    return CheckResult(
        findings=[changed, fuzzy],
        files=[AR, RU],
        checked=checked,
        entries_checked=4,
        entries_untranslated=2,
    )


def test_json_has_the_agreed_shape() -> None:
    document = json.loads(json_report(result()))
    assert set(document) == {"findings", "summary"}
    first = document["findings"][0]
    assert set(first) >= {
        "file",
        "line",
        "language",
        "code",
        "severity",
        "message",
        "msgid",
        "msgctxt",
        "source_figures",
        "target_figures",
    }
    assert first["target_figures"] == [{"raw": "٢٬٠٨٠٬٤٣٤", "value": "2,080,434", "kind": "number"}]
    assert document["findings"][1]["msgctxt"] is None
    summary = document["summary"]
    assert summary["by_severity"] == {"error": 1, "warning": 1}
    assert summary["by_code"] == {"number-changed": 1, "number-missing": 1}
    assert summary["by_language"] == {"ar": 1, "ru": 1}
    assert (summary["files"], summary["entries_checked"], summary["findings"]) == (2, 4, 2)


def test_json_keeps_arabic_and_cyrillic_readable() -> None:
    assert "٢٬٠٨٠٬٤٣٤" in json_report(result())


def test_sarif_is_valid_against_the_schema_subset() -> None:
    schema = json.loads(SARIF_SUBSET_SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(sarif_report(result()))
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(rule_titles())
    assert set(FIGURE_RULES) | set(ENTRY_CHECKS) | set(FILE_RULES) == set(rule_titles())
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "number-changed"
    assert first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == AR
    assert location["region"]["startLine"] == 13
    assert run["results"][1]["level"] == "warning"


def test_the_schema_subset_rejects_what_sarif_does_not_allow() -> None:
    schema = json.loads(SARIF_SUBSET_SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(sarif_report(result()))
    document["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_sarif_uris_are_escaped(tmp_path: Path) -> None:
    findings = [
        Finding("my locales/ru.po", 3, "ru", "number-extra", "error", "m", "x", None),
        Finding(str(tmp_path / "ru.po"), 3, "ru", "number-extra", "error", "m", "x", None),
    ]
    document = json.loads(sarif_report(CheckResult(findings=findings, files=[])))
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in document["runs"][0]["results"]
    ]
    assert uris[0] == "my%20locales/ru.po"
    assert uris[1].startswith("file:///")


def test_github_annotations_escape_data_and_properties() -> None:
    finding = Finding(
        file="locales/ru,x/a:b.po",
        line=4,
        language="ru",
        code="number-changed",
        severity="error",
        message="ru says 5% where en says 50%\r\nsee: notes",
        msgid="x",
        msgctxt=None,
    )
    output = github_report(CheckResult(findings=[finding], files=[finding.file]))
    annotation = output.splitlines()[0]
    match = re.fullmatch(r"::error file=([^,]*),line=(\d+),title=([^,:]*)::(.*)", annotation)
    assert match is not None
    assert match.group(1) == "locales/ru%2Cx/a%3Ab.po"
    assert match.group(2) == "4"
    assert match.group(3) == "number-changed [ru]"
    assert match.group(4).startswith("ru says 5%25 where en says 50%25%0D%0Asee: notes%0Amsgid")


def test_github_warnings_are_warning_annotations() -> None:
    lines = github_report(result()).splitlines()
    assert lines[0].startswith("::error file=locales/ar/LC_MESSAGES/statement.po,line=13,")
    assert lines[1].startswith("::warning file=locales/ru/LC_MESSAGES/statement.po,line=20,")


def test_junit_has_a_suite_per_file_and_a_case_per_entry() -> None:
    root = ET.fromstring(junit_report(result()))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {AR, RU}
    assert root.get("tests") == "4"
    assert root.get("failures") == "1"
    ar_suite = suites[AR]
    assert (ar_suite.get("tests"), ar_suite.get("failures")) == ("2", "1")
    (failure,) = ar_suite.iter("failure")
    assert failure.get("type") == "number-changed"
    assert "2,080,434" in (failure.text or "")
    # below --fail-on, the warning is kept as output, not as a failure
    ru_suite = suites[RU]
    assert ru_suite.get("failures") == "0"
    assert "number-missing" in "".join(out.text or "" for out in ru_suite.iter("system-out"))


def test_junit_fails_warnings_too_when_asked() -> None:
    root = ET.fromstring(junit_report(result(), "warning"))
    assert root.get("failures") == "2"


def test_junit_survives_characters_xml_cannot_hold() -> None:
    findings = [Finding(RU, 3, "ru", "number-extra", "error", "bad \x01 char", "x\x0b", None)]
    checked = [CheckedEntry(RU, 3, "ru", "x\x0b", None)]
    report = junit_report(CheckResult(findings=findings, files=[RU], checked=checked))
    (failure,) = ET.fromstring(report).iter("failure")
    assert "bad" in (failure.get("message") or "")


def test_text_groups_findings_by_file_and_sums_up() -> None:
    plain = click.unstyle(text_report(result()))
    lines = plain.splitlines()
    assert lines[0] == AR
    assert RU in lines
    assert lines.index(RU) > lines.index(AR)
    assert "number-changed" in plain
    assert "msgid: paragraph | Since then" in plain
    assert lines[-1].startswith("1 error, 1 warning: 4 entries checked in 2 files")
    assert "2 untranslated" in lines[-1]


def test_text_is_styled_for_a_terminal_and_says_when_clean() -> None:
    assert "\x1b[" in text_report(result())
    clean = CheckResult(files=[RU], entries_checked=1)
    assert text_report(clean) == "No figure differences: 1 entry checked in 1 file."


def test_sarif_fingerprints_survive_moved_lines_and_tell_findings_apart() -> None:
    first, second = result().findings
    moved = replace(first, line=first.line + 40)
    assert fingerprint(moved) == fingerprint(first)
    assert fingerprint(second) != fingerprint(first)
    document = json.loads(sarif_report(result()))
    prints = [r["partialFingerprints"][FINGERPRINT] for r in document["runs"][0]["results"]]
    assert prints == [fingerprint(first), fingerprint(second)]
