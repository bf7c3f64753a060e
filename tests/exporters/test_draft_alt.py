"""An image not described yet (issue 14): a draft the exporters cope with, never "described".

The model takes an image without alternative text; the preflight blocks a final export.
A forced (draft) export still has to be correct: the HTML says ``alt=""`` explicitly (left
out, a screen reader would read the source instead, which is how a file name ends up
read aloud), and the PDF's ``Figure`` keeps its ``/Alt`` entry, empty, so a checker reports
it rather than the picture vanishing as an artifact.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage

import main
from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication, save
from models.project import asset_name


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), (0, 85, 127)).save(buffer, "PNG")
    return buffer.getvalue()


PHOTO = _png()
ASSET = asset_name(PHOTO, "png")


def draft() -> Project:
    """A clean publication but for one figure whose image is not described yet."""
    data: dict[str, Any] = {
        "title": "Titel",
        "publication_date": "2024-05-01",
        "speakers": [{"id": "an", "name": "An"}],
        "blocks": [
            {
                "kind": "section",
                "id": "sec-a",
                "title": "Ruimte",
                "people": ["an"],
                "body": ["Tekst.", {"kind": "figure", "images": [{"asset": ASSET, "alt": ""}]}],
            }
        ],
        "colophon": {"organisation": "Divosa", "email": "info@divosa.nl"},
    }
    return Project(Publication.model_validate(data), {ASSET: PHOTO})


def test_html_says_alt_empty_and_names_no_file() -> None:
    html = render_html(build(draft()))
    (img,) = html.split("<img")[1:]
    assert ' alt=""' in img
    assert ASSET.removeprefix("assets/") not in html


def test_the_pdf_figure_keeps_an_empty_alt() -> None:
    pdf = pikepdf.open(io.BytesIO(render_pdf(build(draft()))))
    root = pdf.Root.StructTreeRoot
    figures = [e for e in _walk(root.K) if e.get("/S") == "/Figure"]
    assert len(figures) == 1
    assert "/Alt" in figures[0] and str(figures[0].Alt) == ""


def test_the_command_line_refuses_a_final_export_of_a_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "draft"
    save(draft(), folder)
    out = tmp_path / "out.html"
    assert main.main(["export", str(folder), "--html", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Section 1 ‘Ruimte’, figure 1, image 1 has no alternative text" in err
    assert not out.exists()
    assert main.main(["export", str(folder), "--html", str(out), "--force"]) == 0
    assert ' alt=""' in out.read_text(encoding="utf-8")


def _walk(element: Any) -> list[Any]:
    if isinstance(element, pikepdf.Array):
        return [e for kid in element for e in _walk(kid)]
    if not isinstance(element, pikepdf.Dictionary):
        return []
    return [element, *_walk(element.get("/K"))]
