"""Rendering in memory as the preview does: the export's bytes, and where each part starts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pikepdf
import pytest

import resources
from exporters.export import Destination, Rendering, export, message_for, render_project
from exporters.ir import COLOPHON_ANCHOR, INTRO_ANCHOR
from exporters.pdf import PdfLayoutError
from models import Project, Publication, load

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture(scope="module")
def project() -> Project:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def rendering(project: Project) -> Rendering:
    return render_project(project)


def destinations_in(pdf: bytes) -> dict[str, Destination]:
    """The named destinations written in ``pdf`` (``/Dests`` in the catalog), read back."""
    found: dict[str, Destination] = {}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = {
            page.obj.objgen: (index, float(page.mediabox[3]))
            for index, page in enumerate(document.pages)
        }
        for name, dest in document.Root.Dests.items():
            target: Any = dest.get("/D") if isinstance(dest, pikepdf.Dictionary) else dest
            assert str(target[1]) == "/XYZ"
            index, height = pages[target[0].objgen]
            found[str(name).lstrip("/")] = Destination(index, max(0.0, height - float(target[3])))
    return found


def test_the_preview_is_the_export_byte_for_byte(
    project: Project, rendering: Rendering, tmp_path: Path
) -> None:
    export(project, pdf=tmp_path / "out.pdf")
    export(project, html=tmp_path / "out.html")
    assert rendering.errors == ()
    assert rendering.pdf == (tmp_path / "out.pdf").read_bytes()
    assert rendering.html == (tmp_path / "out.html").read_bytes()


def test_only_the_formats_asked_for_are_rendered(project: Project) -> None:
    html_only = render_project(project, frozenset({"html"}))
    assert html_only.pdf is None and html_only.html is not None
    assert html_only.formats == {"html"} and html_only.errors == ()


def test_every_part_has_a_destination_in_document_order(
    project: Project, rendering: Rendering
) -> None:
    assert rendering.pdf is not None
    in_file = destinations_in(rendering.pdf)
    assert in_file.keys() == rendering.destinations.keys()
    for name, (page, top) in rendering.destinations.items():
        assert in_file[name].page == page and in_file[name].top == pytest.approx(top, abs=0.01)
    anchors = [INTRO_ANCHOR, *(b.id for b in project.publication.blocks), COLOPHON_ANCHOR]
    places = [rendering.destinations[anchor] for anchor in anchors]
    assert places == sorted(places)  # (page, points from the top) grow through the document
    assert places[0].page == 0 and places[-1].page > 0
    assert all(place.top >= 0 for place in places)


def test_render_errors_become_messages(monkeypatch: pytest.MonkeyPatch, project: Project) -> None:
    def too_big(_document: object) -> bytes:
        raise PdfLayoutError("part of the publication does not fit on a page: a table")

    monkeypatch.setattr("exporters.pdf.render_pdf_with_destinations", too_big)
    failed = render_project(project)
    assert failed.pdf is None and failed.html is not None and failed.destinations == {}
    assert failed.errors == ("PDF: part of the publication does not fit on a page: a table",)
    assert message_for(KeyError("x")).startswith("internal error (a bug in Podium): KeyError")


def test_parts_and_the_sections_in_them_have_destinations_in_document_order() -> None:
    words = " ".join(["samenwerking"] * 200)
    section = {"kind": "section", "body": [words]}
    data = {
        "title": "Dag",
        "publication_date": "2024-05-14",
        "blocks": [
            {**section, "id": "vooraf"},
            {
                "kind": "part",
                "id": "deel",
                "title": "Het deel",
                "intro": [words],
                "blocks": [
                    {**section, "id": "een", "title": "Een"},
                    {"kind": "quote", "id": "q", "text": "Citaat."},
                    {**section, "id": "zonder"},  # untitled: a destination, no bookmark
                ],
            },
            {**section, "id": "slot", "title": "Slot"},
        ],
        "colophon": {"organisation": "Org"},
    }
    project = Project(Publication.model_validate(data))
    rendering = render_project(project)
    assert rendering.pdf is not None and rendering.errors == ()
    blocks = [block.id for _, block in project.publication.iter_blocks(parts=True)]
    assert blocks == ["vooraf", "deel", "een", "q", "zonder", "slot"]
    anchors = [INTRO_ANCHOR, *blocks, COLOPHON_ANCHOR]
    assert set(destinations_in(rendering.pdf)) == set(anchors)
    places = [rendering.destinations[anchor] for anchor in anchors]
    assert places == sorted(places) and places[-1].page > 0
