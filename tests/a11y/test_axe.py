"""axe-core's WCAG 2.2 AA rules find nothing on the HTML export, in a real Chromium.

One browser and one node process check every page (``axe_runner.mjs``, run by the
``axe_report`` fixture), so this costs a few seconds. Pages load as a reader's browser loads
them, Content-Security-Policy included, so a console error (a resource the policy blocks, a
script error) fails too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: The rule sets of WCAG 2.0, 2.1 and 2.2, levels A and AA (axe's tags).
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")


def _describe(rules: list[dict[str, Any]]) -> str:
    lines = []
    for rule in rules:
        lines.append(f"  {rule['id']} ({rule['impact']}): {rule['help']}")
        for node in rule["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['html'][:160]}")
            lines.extend(f"      {line}" for line in node["summary"].splitlines()[:4])
    return "\n".join(lines)


def test_every_page_was_checked(
    pages: dict[str, Path], control_page: Path, axe_report: dict[str, Any]
) -> None:
    assert set(axe_report["results"]) == {str(p) for p in (*pages.values(), control_page)}
    assert axe_report["axe"] and axe_report["chromium"]


def test_the_control_page_fails(control_page: Path, axe_report: dict[str, Any]) -> None:
    """The checker is awake: the page with known faults has exactly those faults."""
    found = {rule["id"] for rule in axe_report["results"][str(control_page)]["violations"]}
    assert {"html-has-lang", "image-alt", "color-contrast"} <= found


def test_no_wcag_22_aa_violations(pages: dict[str, Path], axe_report: dict[str, Any]) -> None:
    failures = {
        name: _describe(axe_report["results"][str(path)]["violations"])
        for name, path in pages.items()
        if axe_report["results"][str(path)]["violations"]
    }
    report = "\n".join(f"{name}:\n{text}" for name, text in failures.items())
    assert not failures, f"axe-core {axe_report['axe']} ({', '.join(WCAG_TAGS)}):\n{report}"


def test_nothing_left_for_manual_review(pages: dict[str, Path], axe_report: dict[str, Any]) -> None:
    """'Incomplete' results are checks axe could not decide (e.g. contrast over an image)."""
    undecided = {
        name: _describe(axe_report["results"][str(path)]["incomplete"])
        for name, path in pages.items()
        if axe_report["results"][str(path)]["incomplete"]
    }
    assert not undecided, "\n".join(f"{name}:\n{text}" for name, text in undecided.items())


def test_no_console_errors(pages: dict[str, Path], axe_report: dict[str, Any]) -> None:
    """Nothing the page asks for is refused by its own Content-Security-Policy."""
    errors = {
        name: axe_report["results"][str(path)]["console_errors"]
        for name, path in pages.items()
        if axe_report["results"][str(path)]["console_errors"]
    }
    assert not errors
