"""Report writers for check results: text, json, sarif, github and junit, each a string.

This module owns the output formats of `l10n check`. Writers take a `CheckResult` and return
text; the CLI prints it. Only the text report is styled, and the CLI strips the styling when
the output is not a terminal.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click

from l10n import __version__
from l10n.check import (
    ERROR,
    UNREADABLE,
    WARNING,
    CheckedEntry,
    CheckResult,
    FigureRecord,
    Finding,
    rule_titles,
)
from l10n.wording import counted, visible, visible_name

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_SEVERITY_COLOURS = {ERROR: "red", WARNING: "yellow"}
_EXCERPT = 100


def failing(findings: Sequence[Finding], fail_on: str) -> list[Finding]:
    """The findings that make the run fail: at or above `fail_on` ("error", "warning", "never")."""
    if fail_on == "never":
        return []
    levels = {ERROR} if fail_on == ERROR else {ERROR, WARNING}
    return [finding for finding in findings if finding.severity in levels]


def _tagged(finding: Finding) -> str:
    """ "[ru] " before a finding about one language; nothing before one about a whole file."""
    return f"[{finding.language}] " if finding.language else ""


def _said(finding: Finding) -> str:
    """A finding's message with every character a reader could not see shown as ⟨U+200B⟩, in
    every format: a message that printed one would show a reader something else than it says.
    Line ends stay, for each format to escape its way. The msgid and msgctxt of the JSON and
    SARIF reports stay as written, for tools to match."""
    parts = _LINE_ENDS.split(finding.message)
    return "".join(part if index % 2 else visible(part) for index, part in enumerate(parts))


_LINE_ENDS = re.compile(r"([\r\n]+)")


def _excerpt(text: str) -> str:
    flat = visible(" ".join(text.split()))
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1] + "…"


def _figures(records: Sequence[FigureRecord]) -> list[dict[str, str]]:
    return [{"raw": r.raw, "value": r.value, "kind": r.kind} for r in records]


# --------------------------------------------------------------------------------------------
# text


def text_report(result: CheckResult, fail_on: str = ERROR) -> str:
    """For people: findings grouped by file, then a one-line summary."""
    lines: list[str] = []
    by_file: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_file.setdefault(finding.file, []).append(finding)
    for file, findings in by_file.items():
        lines.append(click.style(visible_name(file), bold=True))
        for finding in findings:
            severity = click.style(
                f"{finding.severity:<7}", fg=_SEVERITY_COLOURS[finding.severity], bold=True
            )
            code = click.style(f"{finding.code:<14}", dim=True)
            lines.append(
                f"  {finding.line:>5}  {severity} {code} {_tagged(finding)}{_said(finding)}"
            )
            if finding.msgid:
                context = f"{visible(finding.msgctxt)} | " if finding.msgctxt else ""
                lines.append(
                    click.style(f"{'':>16}msgid: {context}{_excerpt(finding.msgid)}", dim=True)
                )
        lines.append("")
    lines.append(_summary_line(result))
    return "\n".join(lines)


def _summary_line(result: CheckResult) -> str:
    counts = Counter(finding.severity for finding in result.findings)
    checked = (
        f"{counted(result.entries_checked, 'entry', 'entries')} checked in "
        f"{counted(len(result.files), 'file')}"
    )
    skipped = []
    if result.entries_untranslated:
        skipped.append(f"{result.entries_untranslated:,} untranslated")
    if result.entries_ignored:
        skipped.append(f"{result.entries_ignored:,} with ignore-numbers")
    if skipped:
        checked += f" ({', '.join(skipped)} skipped)"
    if not result.findings:
        return f"No figure differences: {checked}."
    found = f"{counted(counts[ERROR], 'error')}, {counted(counts[WARNING], 'warning')}"
    return f"{found}: {checked}."


# --------------------------------------------------------------------------------------------
# json


def summary(result: CheckResult) -> dict[str, Any]:
    """Counts a program can act on without reading every finding."""
    findings = result.findings
    return {
        "files": len(result.files),
        "entries_checked": result.entries_checked,
        "entries_untranslated": result.entries_untranslated,
        "entries_ignored": result.entries_ignored,
        "findings": len(findings),
        "by_severity": {
            severity: sum(1 for f in findings if f.severity == severity)
            for severity in (ERROR, WARNING)
        },
        "by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "by_language": dict(sorted(Counter(f.language for f in findings).items())),
    }


def finding_object(finding: Finding) -> dict[str, Any]:
    return {
        "file": finding.file,
        "line": finding.line,
        "language": finding.language,
        "code": finding.code,
        "severity": finding.severity,
        "message": _said(finding),
        "msgid": finding.msgid,
        "msgctxt": finding.msgctxt,
        "source_figures": _figures(finding.source_figures),
        "target_figures": _figures(finding.target_figures),
    }


def json_report(result: CheckResult, fail_on: str = ERROR) -> str:
    """One JSON object: {"findings": [...], "summary": {...}}."""
    document = {
        "findings": [finding_object(finding) for finding in result.findings],
        "summary": summary(result),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------------
# sarif


def _artifact_uri(file: str) -> str:
    path = Path(file)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix())


def _project_uri() -> str | None:
    # Imported here, as hashlib and ElementTree are by their writers: together they are a tenth
    # of the start-up of `l10n check`, and most runs write the text or JSON report.
    from importlib import metadata

    try:
        urls = metadata.metadata("l10n").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        url = str(entry).partition(",")[2].strip()
        if url:
            return url
    return None


FINGERPRINT = "l10nFinding/v1"


def fingerprint(finding: Finding) -> str:
    """The same finding keeps its fingerprint when lines move, so dashboards track it."""
    import hashlib

    parts = [
        finding.file,
        finding.language,
        finding.code,
        finding.msgctxt or "",
        finding.msgid,
        *(record.raw for record in finding.source_figures),
        "->",
        *(record.raw for record in finding.target_figures),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def sarif_report(result: CheckResult, fail_on: str = ERROR) -> str:
    """SARIF 2.1.0, for code-scanning dashboards."""
    rules = rule_titles()
    rule_ids = list(rules)
    driver: dict[str, Any] = {
        "name": "l10n",
        "version": __version__,
        "rules": [
            {
                "id": code,
                "shortDescription": {"text": title},
                "defaultConfiguration": {"level": severity},
            }
            for code, (title, severity) in rules.items()
        ],
    }
    information_uri = _project_uri()
    if information_uri:
        driver["informationUri"] = information_uri
    results = []
    for finding in result.findings:
        results.append(
            {
                "ruleId": finding.code,
                "ruleIndex": rule_ids.index(finding.code),
                "level": finding.severity,
                "message": {"text": _said(finding)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _artifact_uri(finding.file)},
                            "region": {"startLine": max(finding.line, 1)},
                        }
                    }
                ],
                "partialFingerprints": {FINGERPRINT: fingerprint(finding)},
                "properties": {
                    "language": finding.language,
                    "msgid": finding.msgid,
                    "msgctxt": finding.msgctxt,
                    "sourceFigures": _figures(finding.source_figures),
                    "targetFigures": _figures(finding.target_figures),
                },
            }
        )
    document = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "artifacts": [{"location": {"uri": _artifact_uri(file)}} for file in result.files],
                "results": results,
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------------
# github


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(result: CheckResult, fail_on: str = ERROR) -> str:
    """GitHub Actions workflow commands: one ::error or ::warning annotation per finding."""
    lines = []
    for finding in result.findings:
        properties = ",".join(
            (
                f"file={_escape_property(finding.file)}",
                f"line={finding.line}",
                f"title={_escape_property(f'{finding.code} {_tagged(finding)}'.strip())}",
            )
        )
        message = _said(finding)
        if finding.msgid:
            message += f"\nmsgid: {_excerpt(finding.msgid)}"
        lines.append(f"::{finding.severity} {properties}::{_escape_data(message)}")
    return "\n".join([*lines, _summary_line(result)])


# --------------------------------------------------------------------------------------------
# junit

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def junit_report(result: CheckResult, fail_on: str = ERROR) -> str:
    """JUnit XML: a test suite per file, a test case per checked entry, a failure per finding.

    Findings below `fail_on` are kept as the test case's output rather than failures, so a CI
    dashboard agrees with the exit code.
    """
    import xml.etree.ElementTree as ET

    failing_ids = {id(finding) for finding in failing(result.findings, fail_on)}
    findings_at: dict[tuple[str, int], list[Finding]] = {}
    for finding in result.findings:
        findings_at.setdefault((finding.file, finding.line), []).append(finding)
    entries_of: dict[str, list[CheckedEntry]] = {file: [] for file in result.files}
    for entry in result.checked:
        entries_of.setdefault(entry.file, []).append(entry)
    findings_of_file: dict[str, list[Finding]] = {}
    for finding in result.findings:
        findings_of_file.setdefault(finding.file, []).append(finding)
        entries_of.setdefault(finding.file, [])
    root = ET.Element("testsuites", name="l10n check")
    totals = Counter[str]()
    for file, entries in entries_of.items():
        suite = ET.SubElement(root, "testsuite", name=_xml_text(file))
        failures = 0
        for entry in entries:
            context = f"{visible(entry.msgctxt)} | " if entry.msgctxt else ""
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"l10n.check.{entry.language}",
                name=_xml_text(f"line {entry.line}: {context}{_excerpt(entry.msgid)}"),
                file=_xml_text(file),
                line=str(entry.line),
            )
            output = []
            for finding in findings_at.get((file, entry.line), []):
                if id(finding) in failing_ids:
                    failures += 1
                    failure = ET.SubElement(
                        case,
                        "failure",
                        type=finding.code,
                        message=_xml_text(f"{finding.severity}: {_said(finding)}"),
                    )
                    failure.text = _xml_text(_failure_details(finding))
                else:
                    output.append(f"{finding.severity} {finding.code}: {_said(finding)}")
            if output:
                ET.SubElement(case, "system-out").text = _xml_text("\n".join(output))
        # Findings about the file itself (out of date, unreadable) belong to no entry.
        checked_lines = {entry.line for entry in entries}
        errors = 0
        tests = len(entries)
        for finding in findings_of_file.get(file, []):
            if finding.line in checked_lines:
                continue
            tests += 1
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"l10n.check.{finding.language or 'file'}",
                name=_xml_text(f"line {finding.line}: {finding.code}"),
                file=_xml_text(file),
                line=str(finding.line),
            )
            if finding.code == UNREADABLE:
                errors += 1
                kind = "error"
            elif id(finding) in failing_ids:
                failures += 1
                kind = "failure"
            else:
                ET.SubElement(case, "system-out").text = _xml_text(
                    f"{finding.severity} {finding.code}: {_said(finding)}"
                )
                continue
            element = ET.SubElement(
                case, kind, type=finding.code, message=_xml_text(_said(finding))
            )
            element.text = _xml_text(_failure_details(finding))
        for name, value in (("tests", tests), ("failures", failures), ("errors", errors)):
            suite.set(name, str(value))
            totals[name] += value
    for name in ("tests", "failures", "errors"):
        root.set(name, str(totals[name]))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _failure_details(finding: Finding) -> str:
    lines = [_said(finding), *([f"msgid: {visible(finding.msgid)}"] if finding.msgid else [])]
    if finding.msgctxt:
        lines.append(f"msgctxt: {visible(finding.msgctxt)}")
    for label, records in (("source", finding.source_figures), ("target", finding.target_figures)):
        for record in records:
            lines.append(f"{label}: {visible(record.raw)} = {record.value}")
    return "\n".join(lines)


Writer = Callable[[CheckResult, str], str]

WRITERS: dict[str, Writer] = {
    "text": text_report,
    "json": json_report,
    "sarif": sarif_report,
    "github": github_report,
    "junit": junit_report,
}
