"""Every rule the ``pdfua`` package implements passes on the tagged PDF export.

``pdfua`` checks a machine-checkable subset of PDF/UA-1 (ISO 14289-1) without a JVM; it is
not veraPDF, and passing it is not a conformance claim (see the README for the rules it
leaves unverified). The untagged export is checked too, so a silently broken checker (one
that finds nothing anywhere) cannot make these tests pass.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfua
import pytest
from PIL import Image as PILImage

from exporters import ir
from exporters.pdf import render_pdf
from models import Project, Publication, load
from models.project import asset_name

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"


def png(width: int, height: int, colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


PHOTO, ORNAMENT, LOGO = png(400, 200, "#C8326E"), png(300, 60, "#00557F"), png(240, 80, "#333")
ASSETS = {asset_name(data, "png"): data for data in (PHOTO, ORNAMENT, LOGO)}
PHOTO_ASSET, ORNAMENT_ASSET, LOGO_ASSET = ASSETS


def every_block(**theme: Any) -> ir.Document:
    """Every kind of block: links, lists, a quote, figures, videos, another language."""
    words = " ".join(["samenwerking"] * 40)
    data: dict[str, Any] = {
        "title": "Werk en inkomen in de wijk",
        "subtitle": "Verslag van een middag",
        "publication_date": "2018-02-14",
        "language": "nl",
        "publisher": "Divosa",
        "event": {"name": "Symposium Werk", "date": "2018-02-09", "place": "Utrecht"},
        "theme": theme,
        "intro": ["Een inleiding met een [link](https://www.example.org/verslag) erin."],
        "key_takeaways": {
            "lead": "Wat we leerden:",
            "items": ["Eén **vet** punt", f"Lang: {words}", "[Een link](https://example.org)"],
        },
        "speakers": [{"id": "an", "name": "An de Vries", "role": "wethouder"}],
        "blocks": [
            {
                "kind": "section",
                "id": "een",
                "title": "De eerste sectie",
                "people": ["an"],
                "takeaways": ["Kort punt"],
                "body": [
                    f"Tekst met [een link](https://example.org/a) en {words}. " * 8,
                    {
                        "kind": "figure",
                        "images": [
                            {"asset": PHOTO_ASSET, "alt": "Een zaal", "caption": "Zaal"},
                            {"asset": PHOTO_ASSET, "alt": "Nog een", "credit": "X"},
                        ],
                    },
                    {"kind": "figure", "images": [{"asset": ORNAMENT_ASSET, "decorative": True}]},
                    {"kind": "heading", "text": "Een tussenkop"},
                    {
                        "kind": "list",
                        "ordered": True,
                        "items": [{"text": "Een", "items": ["a", "b"]}, {"text": "Twee"}],
                    },
                ],
                "videos": [
                    {
                        "label": "Bekijk de video",
                        "url": "https://video.example.org/1",
                        "access_note": "Vraag het wachtwoord aan.",
                    },
                    {"label": "Video zonder adres"},
                ],
            },
            {"kind": "quote", "id": "q", "text": "Wat een dag.", "attribution": "deelnemer"},
            {
                "kind": "part",
                "id": "deel",
                "title": "Een deel",
                "intro": [{"kind": "list", "items": [{"text": "punt"}]}],
                "blocks": [
                    {"kind": "section", "id": "en", "title": "In English", "language": "en"},
                    {"kind": "section", "id": "zonder", "body": ["Zonder titel."]},
                ],
            },
        ],
        "colophon": {
            "organisation": "Divosa",
            "email": "info@divosa.nl",
            "website": "https://www.divosa.nl",
            "credits": [{"role": "Tekst", "names": ["Sigrid van Iersel"]}],
            "version": "februari 2018",
            "note": ["Eerder verschenen op de website."],
        },
    }
    return ir.build(Project(Publication.model_validate(data), ASSETS))


def documents() -> dict[str, ir.Document]:
    logo = {"asset": LOGO_ASSET, "alt": "Logo van Divosa"}
    cover = {"asset": PHOTO_ASSET, "alt": "Een zaal", "caption": "Zaal", "credit": "Y"}
    return {
        "sample": ir.build(load(SAMPLE)),
        "every_block": every_block(),
        "cover_page": every_block(cover_style="page", logo=logo, cover_image=cover),
        "letter_narrow": every_block(page_size="Letter", margins="narrow", cover_style="band"),
    }


def check(data: bytes, tmp_path: Path) -> Any:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return pdfua.validate(str(path))


@pytest.mark.parametrize("name", ["sample", "every_block", "cover_page", "letter_narrow"])
def test_every_implemented_rule_passes(name: str, tmp_path: Path) -> None:
    report = check(render_pdf(documents()[name]), tmp_path)
    assert [f"{f.rule_id} {f.message}" for f in report.findings] == []
    assert not report.skipped, [outcome.skipped_reason for outcome in report.skipped]
    assert len(report.outcomes) == len(pdfua.default_registry())


def test_the_checker_finds_the_untagged_export_wanting(tmp_path: Path) -> None:
    report = check(render_pdf(documents()["every_block"], tagged=False), tmp_path)
    found = {finding.rule_id for finding in report.findings}
    assert {"UA-01-005", "UA-01-002", "UA-18-005", "UA-28-004"} <= found
