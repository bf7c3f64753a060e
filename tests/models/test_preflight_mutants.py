"""Preflight at its edges: the resolution limit at exactly 150 dpi, counts in the summary,
findings worded per severity, every way to give contact details, links in every text."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image as PILImage

from models import Project, Publication
from models import preflight as pf
from models.field_wording import english
from models.preflight import SEVERITIES, Finding, Severity, preflight, summary
from models.project import asset_name

COLOPHON = {"organisation": "Divosa", "email": "info@divosa.nl"}


def picture(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def project(*, assets: dict[str, bytes] | None = None, **overrides: Any) -> Project:
    """A clean publication (no findings) with ``overrides``."""
    data: dict[str, Any] = {
        "title": "Werk in uitvoering",
        "publication_date": "2025-02-14",
        "speakers": [{"id": "sam", "name": "Sam"}],
        "blocks": [
            {"kind": "section", "id": "s-1", "title": "Begin", "people": ["sam"], "body": ["Ja."]}
        ],
        "colophon": COLOPHON,
        **overrides,
    }
    return Project(Publication.model_validate(data), assets or {})


def logo_project(width: int) -> Project:
    data = picture(width, 10)
    name = asset_name(data, "png")
    return project(theme={"logo": {"asset": name, "alt": "Het logo"}}, assets={name: data})


@pytest.mark.parametrize(("width", "soft"), [(149, True), (150, False), (151, False)])
def test_a_picture_at_exactly_150_dpi_is_sharp_enough(
    monkeypatch: pytest.MonkeyPatch, width: int, soft: bool
) -> None:
    """Printed one inch wide, a picture has as many dots per inch as it has pixels."""
    monkeypatch.setattr(pf, "fit_mm", lambda size, box: (25.4, 5.0))
    findings = preflight(logo_project(width))
    assert [f.code for f in findings] == (["low_resolution"] if soft else [])
    if soft:
        assert findings[0].message == (
            "Theme, logo: this image is 149 pixels wide and printed 25 mm wide, which is 149 "
            "dpi; it looks soft on paper below 150 dpi: use one at least 150 pixels wide"
        )
        assert findings[0].fix is None


@pytest.mark.parametrize(
    ("counts", "text"),
    [
        ((1, 0, 0), "1 error"),
        ((2, 0, 0), "2 errors"),
        ((0, 1, 0), "1 warning"),
        ((0, 3, 0), "3 warnings"),
        ((0, 0, 1), "1 note"),
        ((0, 0, 2), "2 notes"),
        ((2, 2, 2), "2 errors, 2 warnings, 2 notes"),
    ],
)
def test_the_summary_counts_each_severity_in_words(counts: tuple[int, int, int], text: str) -> None:
    findings = [
        Finding(severity, (), "x", "c")
        for severity, count in zip(SEVERITIES, counts, strict=True)
        for _ in range(count)
    ]
    assert str(summary(findings)) == text


@pytest.mark.parametrize("severity", ["error", "warning", "info"])
def test_a_finding_is_worded_with_its_severity_in_front(severity: Severity) -> None:
    (found,) = preflight(project(colophon={"phone": "030 123"}))
    finding = Finding(
        severity,
        found.loc,
        found.message,
        found.code,
        kind=found.kind,
        params=found.params,
        place=found.place,
    )
    assert finding.worded(english) == f"{severity}: {found.message}"


@pytest.mark.parametrize(
    ("contact", "missing"),
    [
        ({"email": "a@b.nl"}, False),
        ({"phone": "030 123 45 67"}, False),
        ({"website": "https://divosa.nl"}, False),
        ({}, True),
    ],
)
def test_any_one_contact_detail_is_enough(contact: dict[str, str], missing: bool) -> None:
    findings = preflight(project(colophon={"organisation": "Divosa", **contact}))
    assert [(f.severity, f.loc, f.code) for f in findings] == (
        [("warning", ("colophon", "email"), "colophon_contact")] if missing else []
    )
    if missing:
        assert findings[0].message == (
            "Colophon has no contact details: add an e-mail address, phone or website"
        )


def test_a_colophon_without_organisation_is_named() -> None:
    (finding,) = preflight(project(colophon={"email": "a@b.nl"}))
    assert (finding.severity, finding.loc) == ("warning", ("colophon", "organisation"))
    assert finding.message == "Colophon names no organisation: say who publishes this"


def test_a_quote_without_attribution_is_a_warning() -> None:
    quote = {"kind": "quote", "id": "q-1", "text": "Het werkt.", "attribution": ""}
    findings = preflight(project(blocks=[*project().publication.model_dump()["blocks"], quote]))
    assert [(f.severity, f.loc, f.code) for f in findings] == [
        ("warning", ("blocks", 1, "attribution"), "no_attribution")
    ]


def test_a_bad_link_in_a_key_takeaway_item_is_found() -> None:
    """The model refuses the link; preflight finds it in a publication that bypassed it."""
    pub = project(key_takeaways={"items": ["Goed.", "Ook goed."]}).publication
    items = ("Goed.", "[klik](javascript:alert(1))")
    takeaways = pub.key_takeaways.model_copy(update={"items": items})
    unchecked = pub.model_copy(update={"key_takeaways": takeaways})
    assert [(f.loc, f.code) for f in preflight(Project(unchecked, {}))] == [
        (("key_takeaways", "items", 1), "bad_link")
    ]


def test_a_portrait_is_not_checked_for_resolution() -> None:
    data = picture(8, 8)
    name = asset_name(data, "png")
    speakers = [{"id": "sam", "name": "Sam", "portrait": {"asset": name, "alt": "Sam lacht"}}]
    assert preflight(project(speakers=speakers, assets={name: data})) == []
