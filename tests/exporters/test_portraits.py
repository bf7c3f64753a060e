"""Speakers' portraits beside the bylines: in the IR, as tagged figures (or artifacts) in
the PDF, as ``<img alt>`` on the web page; their credits gather into the colophon."""

from __future__ import annotations

import io
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pdfua
import pikepdf
import pytest
from PIL import Image as PILImage

from exporters import ir
from exporters.html import render_html
from exporters.images import PORTRAIT
from exporters.pdf import render_pdf
from models import Project, Publication
from models.project import asset_name


def png(width: int, height: int, colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


AN, BO, CAS = png(300, 400, "#C8326E"), png(2000, 2000, "#00557F"), png(200, 200, "#6A9F3A")
ASSETS = {asset_name(data, "png"): data for data in (AN, BO, CAS)}
AN_ASSET, BO_ASSET, CAS_ASSET = ASSETS


def document() -> ir.Document:
    """Three sections: one speaker with a portrait, three speakers (one portrait decorative,
    one without), and a speaker without a portrait."""
    speakers = [
        {
            "id": "an",
            "name": "An de Vries",
            "portrait": {"asset": AN_ASSET, "alt": "Portret van An", "credit": "Foto Fien"},
        },
        {"id": "bo", "name": "Bo Bakker", "portrait": {"asset": BO_ASSET, "alt": "Bo lacht"}},
        {"id": "cas", "name": "Cas", "portrait": {"asset": CAS_ASSET, "decorative": True}},
        {"id": "dirk", "name": "Dirk"},
    ]
    text = ["Tekst. " * 80]
    data: dict[str, Any] = {
        "title": "Portretten",
        "publication_date": "2018-02-14",
        "speakers": speakers,
        "blocks": [
            {"kind": "section", "id": "een", "title": "Een", "people": ["an"], "body": text},
            {
                "kind": "section",
                "id": "twee",
                "title": "Twee",
                "people": ["cas", "dirk", "bo"],
                "body": text,
            },
            {"kind": "section", "id": "drie", "title": "Drie", "people": ["dirk"]},
        ],
        "colophon": {"organisation": "Divosa"},
    }
    return ir.build(Project(Publication.model_validate(data), ASSETS))


def bylines(doc: ir.Document) -> list[ir.Byline]:
    return [
        leaf
        for block in doc.blocks
        if isinstance(block, ir.Group)
        for leaf in block.children
        if isinstance(leaf, ir.Byline)
    ]


def test_the_ir_carries_each_speakers_portrait_in_byline_order() -> None:
    one, two, three = bylines(document())
    assert [(p.asset, p.alt, p.decorative, p.credit) for p in one.portraits] == [
        (AN_ASSET, "Portret van An", False, "Foto Fien")
    ]
    assert [p.asset for p in two.portraits] == [CAS_ASSET, BO_ASSET]  # Dirk has none
    cas, bo = two.portraits
    assert cas.decorative and (bo.width_px, bo.height_px) == (2000, 2000)  # the original
    assert three.portraits == ()


def test_portrait_credits_are_in_the_colophon() -> None:
    (colophon,) = [
        leaf
        for block in document().blocks
        if isinstance(block, ir.Group) and block.kind == "colophon"
        for leaf in block.children
    ]
    assert isinstance(colophon, ir.ColophonBlock)
    assert colophon.credits == (("Foto's", "Foto Fien"),)


# --- the PDF ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(document())


def test_the_pdf_has_an_image_per_portrait(pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        images = {
            xobject.objgen: (int(xobject.Width), int(xobject.Height))
            for page in opened.pages
            for xobject in page.Resources.get("/XObject", {}).values()
            if xobject.Subtype == "/Image"
        }
    # Each at what 300 dpi needs where it is printed (34 points: 142 pixels), no larger.
    assert sorted(images.values()) == [(142, 142), (142, 142), (142, 190)]


def test_portraits_are_figures_with_alt_or_artifacts(pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        figures = [e for e in _walk(opened.Root.StructTreeRoot.K) if e.S == "/Figure"]
        alts = [str(figure.Alt) for figure in figures]
        sections = [e for e in _kids(opened.Root.StructTreeRoot.K) if e.S == "/Sect"]
        roles = [[str(kid.S) for kid in _kids(section)] for section in sections]
    assert alts == ["Portret van An", "Bo lacht"]  # Cas's is decorative: an artifact
    assert roles[1][:3] == ["/H2", "/Figure", "/P"]  # the portrait before the byline
    assert roles[2][:3] == ["/H2", "/Figure", "/P"]


def test_a_pdf_with_portraits_passes_pdfua(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "portraits.pdf"
    path.write_bytes(pdf)
    report = pdfua.validate(str(path))
    assert [f"{f.rule_id} {f.message}" for f in report.findings] == []


def _kids(element: Any) -> list[Any]:
    k = element.get("/K")
    kids = [] if k is None else list(k) if isinstance(k, pikepdf.Array) else [k]
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def _walk(element: Any) -> list[Any]:
    return [element, *(e for kid in _kids(element) for e in _walk(kid))]


# --- the web page -------------------------------------------------------------------------


class Images(HTMLParser):
    """Every ``<img class="portrait">``, with the class of its parent element."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.portraits: list[dict[str, str | None]] = []
        self._open: list[str | None] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "img" and attributes.get("class") == "portrait":
            self.portraits.append({**attributes, "parent": self._open[-1]})
        elif tag not in ("img", "meta", "link", "br", "input", "path"):
            self._open.append(attributes.get("class"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("img", "meta", "link", "br", "input", "path") and self._open:
            self._open.pop()


def test_the_web_page_shows_portraits_with_alt_beside_the_byline() -> None:
    page = render_html(document())
    portraits = Images(page).portraits
    assert [(p["alt"], p["parent"]) for p in portraits] == [
        ("Portret van An", "byline-row"),
        ("", "byline-row"),  # decorative
        ("Bo lacht", "byline-row"),
    ]
    assert page.count('<p class="byline">') == 3


def test_the_web_page_embeds_a_large_portrait_small() -> None:
    (_, _, bo) = Images(render_html(document())).portraits
    assert bo["width"] == str(PORTRAIT.width)
    assert len(bo["src"] or "") < len(BO) * 4 / 3  # scaled down before it is embedded
