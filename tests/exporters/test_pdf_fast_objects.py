"""The short ways of writing a PDF (issue 13, the photo case) give ReportLab's own bytes.

Each document is rendered with ReportLab's own code for every step below and again with
the short ways on, tagged and untagged, as a draft (watermark) and as a preview window,
and the PDFs are compared whole (``invariant=1`` makes renders reproducible):

- page dictionaries, named destinations and ``/Dests`` (:mod:`exporters.pdf.page_objects`);
- the graphics state saved as a tuple (``ChromeCanvas.push_state_stack``);
- the running header's operators repeated after its first page (``DocTemplate._header``);
- a row of figures wrapped once per width (``FigureRow.wrap``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFPage
from reportlab.pdfgen.canvas import Canvas

from exporters import ir
from exporters.pdf import render_pdf
from exporters.pdf.document import Window, render_window
from exporters.pdf.figures import FigureRow
from exporters.pdf.page_objects import KeptDestination, NamedDestinations, Page
from exporters.pdf.page_template import ChromeCanvas, DocTemplate
from models import Project, Publication, load

REPO = Path(__file__).parents[2]
EXAMPLES = sorted((REPO / "resources" / "examples").iterdir())
#: The example with a photo: the one the benchmark repeats.
PHOTO_SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"


def _with_photos(times: int) -> Project:
    """The sample with a photo ``times`` over, with its figure in every section (as
    ``benchmarks/pdf_text.py`` measures it): many pages with a picture on them."""
    sample = load(PHOTO_SAMPLE)
    data = sample.publication.model_dump(mode="json")
    figure = next(
        item
        for block in data["blocks"]
        for item in block.get("body", [])
        if item["kind"] == "figure"
    )
    blocks = []
    for copy in range(times):
        for block in data["blocks"]:
            clone = {**block, "id": f"{block['id']}-{copy}"}
            if clone["kind"] == "section":
                body = [dict(item) for item in clone["body"] if item["kind"] != "figure"]
                for item in body:
                    item["id"] = f"{item['id']}-{copy}"
                body.append({**figure, "id": f"{figure['id']}-{block['id']}-{copy}"})
                clone["body"] = body
            elif "body" in clone:
                clone["body"] = [{**item, "id": f"{item['id']}-{copy}"} for item in clone["body"]]
            blocks.append(clone)
    data["blocks"] = blocks
    return Project(Publication.model_validate(data), sample.assets)


def _reportlab_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every step below done by ReportLab's own code, as before the short ways."""
    monkeypatch.setattr(Page, "format", PDFPage.format)
    monkeypatch.setattr(NamedDestinations, "format", PDFDictionary.format)
    monkeypatch.setattr(KeptDestination, "format", pdfdoc.Destination.format)
    monkeypatch.setattr(ChromeCanvas, "push_state_stack", Canvas.push_state_stack)
    monkeypatch.setattr(ChromeCanvas, "pop_state_stack", Canvas.pop_state_stack)

    def header_drawn_each_time(self: DocTemplate, canvas: Any, doc: Any) -> None:
        with canvas.artifact("header"):
            self._draw_header(canvas)

    monkeypatch.setattr(DocTemplate, "_header", header_drawn_each_time)
    wrap = FigureRow.wrap

    def wrapped_each_time(self: FigureRow, width: float, height: float) -> tuple[float, float]:
        self._layouts = []
        return wrap(self, width, height)

    monkeypatch.setattr(FigureRow, "wrap", wrapped_each_time)


def _both(render: Callable[[], bytes], monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    fast = render()
    with monkeypatch.context() as patched:
        _reportlab_ways(patched)
        reportlab = render()
    return reportlab, fast


PROJECTS: list[Callable[[], Project]] = [
    *(lambda path=path: load(path) for path in EXAMPLES),
    lambda: _with_photos(3),
]
IDS = [*(path.name for path in EXAMPLES), "photos-x3"]


@pytest.mark.parametrize("tagged", [True, False])
@pytest.mark.parametrize("project", PROJECTS, ids=IDS)
def test_an_export_is_byte_for_byte_reportlabs(
    project: Callable[[], Project], tagged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = ir.build(project())
    reportlab, fast = _both(lambda: render_pdf(document, tagged=tagged), monkeypatch)
    assert fast == reportlab


def test_a_draft_with_its_watermark_is_byte_for_byte_reportlabs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = ir.build(_with_photos(2), draft=True)
    reportlab, fast = _both(lambda: render_pdf(document), monkeypatch)
    assert fast == reportlab


def test_a_preview_window_is_byte_for_byte_reportlabs(monkeypatch: pytest.MonkeyPatch) -> None:
    document = ir.build(_with_photos(2))
    window = Window(first_page=3, top=200.0, total=40)
    reportlab, fast = _both(lambda: render_window(document, window).data, monkeypatch)
    assert fast == reportlab


def test_the_photo_case_has_pages_destinations_and_a_header_to_compare() -> None:
    """The documents above do exercise the short ways: many pages with pictures, named
    destinations and a running header on every page but the first."""
    with pikepdf.open(io.BytesIO(render_pdf(ir.build(_with_photos(3))))) as pdf:
        pages = [page.Contents.read_bytes() for page in pdf.pages]
        assert len(pages) > 10
        assert "/Dests" in pdf.Root
        assert sum(b" Do" in page for page in pages) >= 6  # pictures, not only the footer form
        headers = [b"/Subtype /Header" in page for page in pages]
        assert headers == [False] + [True] * (len(pages) - 1)
