"""Pictures, video links and the cover in both exports, and photo credits in the colophon.

PDFs are read back with pypdf (text) and pikepdf (content streams, images, links); pages
with HTML's own parser. Pictures are made by Pillow in the test.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.lib.units import mm

from exporters import images, ir
from exporters.html import render_html
from exporters.pdf import render_pdf
from exporters.pdf.media import QR_SIZE, qr_drawing
from models import Project, Publication
from models.project import asset_name

URL = "https://vimeo.com/253784117/abcdef"
NOTE = "Wachtwoord nodig: vraag het aan via info@divosa.nl"


def picture(width: int, height: int, kind: str = "PNG", mode: str = "RGB", **save: Any) -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), "#00557F" if mode == "RGB" else None).save(
        buffer, kind, **save
    )
    return buffer.getvalue()


def section(**overrides: Any) -> dict[str, Any]:
    return {"kind": "section", "id": "sec-a", "title": "Ruimte", "body": ["Tekst."], **overrides}


def figures(*shown: dict[str, Any]) -> list[dict[str, Any]]:
    """A full-width figure block for each image, as a body holds them."""
    return [{"kind": "figure", "images": [image]} for image in shown]


def build(assets: dict[str, bytes] | None = None, **overrides: Any) -> ir.Document:
    data = {"title": "Titel", "publication_date": "2024-05-01", **overrides}
    return ir.build(Project(Publication.model_validate(data), assets or {}))


def video(**fields: Any) -> ir.Document:
    return build(blocks=[section(videos=[{"label": "Bekijk de video", **fields}])])


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def operators(data: bytes, page: int = 0) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [str(op) for _args, op in pikepdf.parse_content_stream(pdf.pages[page])]


def links(data: bytes) -> list[tuple[str, list[float]]]:
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                action = annot.get("/A")
                if action is not None and "/URI" in action:
                    out.append((str(action.URI), [float(v) for v in annot.Rect]))
    return out


def image_count(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sum(
            1
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        )


class Page(HTMLParser):
    """Tags with their attributes and the visible text of an HTML page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style", "script", "head")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script", "head")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())

    def all(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag and (cls is None or cls in (attrs.get("class") or "").split())
        ]


# ---------------------------------------------------------------- video links and QR codes


def test_a_video_with_an_address_prints_a_qr_code_and_a_short_address() -> None:
    with_url = render_pdf(video(url=URL, access_note=NOTE))
    without = render_pdf(video(access_note=NOTE))
    text = " ".join(pdf_text(with_url).split())
    assert "Bekijk de video vimeo.com/253784117/abcdef " + NOTE in text
    assert "vimeo.com/253784117/abcdef" not in pdf_text(without)
    # The QR code is drawn as vector modules: hundreds of rectangles more than without it.
    modules = operators(with_url).count("re") - operators(without).count("re")
    assert modules > 200
    # The code itself is a link to the video, QR_SIZE square.
    rects = [rect for uri, rect in links(with_url) if uri == URL]
    squares = [r for r in rects if abs((r[2] - r[0]) - QR_SIZE) < 0.5]
    assert squares and abs((squares[0][3] - squares[0][1]) - QR_SIZE) < 0.5
    assert len(rects) == 3  # label, short address and code
    assert image_count(with_url) == 0


def test_the_qr_code_holds_the_full_address() -> None:
    drawing = qr_drawing(URL)
    (widget,) = drawing.contents
    assert widget.value == URL and widget.barLevel == "M"
    assert (drawing.width, drawing.height) == (QR_SIZE, QR_SIZE)
    assert 18 * mm <= QR_SIZE <= 30 * mm


def test_a_video_without_an_address_has_no_code() -> None:
    data = render_pdf(video(access_note=NOTE))
    assert links(data) == []
    assert "Bekijk de video" in pdf_text(data) and "Wachtwoord" in pdf_text(data)


def test_a_huge_access_note_still_lays_out() -> None:
    data = render_pdf(video(url=URL, access_note="heel lang " * 900))
    assert "heel lang" in pdf_text(data)
    assert any(uri == URL for uri, _ in links(data))


@pytest.mark.parametrize(
    ("public_web", "label_shown", "note_shown"),
    [("show", True, True), ("hide_access", True, False), ("omit", False, False)],
)
def test_not_for_the_public_web_leaves_the_html_but_not_the_pdf(
    public_web: str, label_shown: bool, note_shown: bool
) -> None:
    document = video(url=URL, access_note=NOTE, public_web=public_web)
    page = Page(render_html(document))
    shown = page.visible()
    assert ("Bekijk de video" in shown) is label_shown
    assert (NOTE in shown) is note_shown
    assert bool(page.all("a", "video-link")) is label_shown
    pdf = " ".join(pdf_text(render_pdf(document)).split())
    assert "Bekijk de video" in pdf and NOTE in pdf and "vimeo.com/253784117/abcdef" in pdf


# ---------------------------------------------------------------- photo credits


def credits(document: ir.Document) -> tuple[tuple[str, str], ...]:
    (colophon,) = [
        leaf
        for block in document.blocks
        if isinstance(block, ir.Group)
        for leaf in block.children
        if isinstance(leaf, ir.ColophonBlock)
    ]
    return colophon.credits


def images_project(*image_credits: str, **overrides: Any) -> ir.Document:
    data = picture(40, 20)
    name = asset_name(data, "png")
    shown = [{"asset": name, "alt": "Zaal", "credit": credit} for credit in image_credits]
    return build({name: data}, blocks=[section(body=["Tekst.", *figures(*shown)])], **overrides)


def test_image_credits_join_the_photo_line_without_duplicates() -> None:
    colophon = {
        "organisation": "Divosa",
        "credits": [
            {"role": "Tekst", "names": ["Sigrid van Iersel"]},
            {"role": "Foto's", "names": ["Divosa"]},
        ],
    }
    document = images_project("Jan Dobbe", "divosa", "Jan  Dobbe", "", "Rob", colophon=colophon)
    assert credits(document) == (
        ("Tekst", "Sigrid van Iersel"),
        ("Foto's", "Divosa, Jan Dobbe en Rob"),
    )


def test_image_credits_get_a_line_of_their_own_in_the_publication_language() -> None:
    colophon = {"credits": [{"role": "Text", "names": ["An"]}]}
    document = images_project("Jan", "Piet", colophon=colophon, language="en")
    assert credits(document) == (("Text", "An"), ("Photos", "Jan and Piet"))
    dutch = images_project("Jan")
    assert credits(dutch) == (("Foto's", "Jan"),)  # a colophon appears just for them


def test_portrait_and_cover_credits_are_gathered_too() -> None:
    data = picture(40, 20)
    name = asset_name(data, "png")
    document = build(
        {name: data},
        speakers=[
            {"id": "an", "name": "An", "portrait": {"asset": name, "alt": "An", "credit": "B"}}
        ],
        theme={"cover_image": {"asset": name, "alt": "Zaal", "credit": "A"}},
        colophon={"credits": [{"role": "fotografie", "names": ["C"]}]},
    )
    assert credits(document) == (("fotografie", "C, A en B"),)


def test_gathered_credits_appear_in_both_exports() -> None:
    document = images_project("Jan Dobbe", colophon={"organisation": "Divosa"})
    assert "Foto's Jan Dobbe" in " ".join(pdf_text(render_pdf(document)).split())
    assert "Foto's Jan Dobbe" in Page(render_html(document)).visible()


# ---------------------------------------------------------------- pictures for the web


def web_images(document: ir.Document) -> list[dict[str, str | None]]:
    return Page(render_html(document)).all("img")


def test_a_wide_photo_is_scaled_down_for_the_web_only() -> None:
    photo = picture(3200, 1600, "JPEG", quality=95)
    document = images_project()
    name = asset_name(photo, "jpg")
    shown = figures({"asset": name, "alt": "Zaal"})
    document = build({name: photo}, blocks=[section(body=["Tekst.", *shown])])
    (img,) = web_images(document)
    assert (img["width"], img["height"]) == ("704", "352")  # the column's width
    src = img["src"] or ""
    assert src.startswith("data:image/jpeg;base64,")
    assert len(src) < len(photo) * 4 / 3  # smaller than the original as base64
    # The PDF embeds what 300 dpi needs at the printed width (150 mm), not 3200 pixels.
    with pikepdf.open(io.BytesIO(render_pdf(document))) as pdf:
        sizes = [
            (int(obj.Width), int(obj.Height))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        ]
    assert sizes == [(1772, 886)]


def test_downsampling_keeps_png_transparency_and_leaves_small_pictures_alone() -> None:
    clear = picture(2000, 1000, mode="RGBA")
    data, mime, width, height = images.downsample(clear, 1600) or (b"", "", 0, 0)
    assert (mime, width, height) == ("image/png", 1600, 800)
    with PILImage.open(io.BytesIO(data)) as small:
        assert small.mode == "RGBA" and small.getpixel((0, 0))[3] == 0
    assert images.downsample(picture(1600, 900), 1600) is None
    assert images.downsample(picture(2000, 100, "GIF"), 1600) is None  # may be animated
    assert images.downsample(b"not a picture", 1600) is None


def test_the_camera_rotation_is_applied_before_scaling() -> None:
    exif = PILImage.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    photo = picture(3000, 2000, "JPEG", exif=exif.tobytes())
    _data, _mime, width, height = images.downsample(photo, 1600) or (b"", "", 0, 0)
    assert (width, height) == (1600, 2400)


def test_scaled_pictures_are_cached_by_asset() -> None:
    photo = picture(2400, 1200, "PNG")
    figure = ir.Figure(
        asset_name(photo, "png"), photo, "image/png", 2400, 1200, "Zaal", False, "", ""
    )
    first = images.web_image(figure)
    assert images.web_image(figure) is first
    logo = images.web_image(figure, "logo")  # 2:1 in a 168 × 56 box: as high as it
    assert (logo.width, logo.height) == (112, 56)


# ---------------------------------------------------------------- cover, logo and margins


def cover_document(style: str, **theme: Any) -> ir.Document:
    logo, photo = picture(600, 150), picture(2400, 1200)
    logo_name, photo_name = asset_name(logo, "png"), asset_name(photo, "png")
    return build(
        {logo_name: logo, photo_name: photo},
        intro=["Inleiding."],
        theme={
            "cover_style": style,
            "logo": {"asset": logo_name, "alt": "Divosa"},
            "cover_image": {
                "asset": photo_name,
                "alt": "De zaal",
                "caption": "Zaal 2",
                "credit": "Jan",
            },
            **theme,
        },
    )


@pytest.mark.parametrize("style", ["plain", "band", "page"])
def test_cover_styles_show_logo_title_and_cover_image(style: str) -> None:
    data = render_pdf(cover_document(style))
    reader = PdfReader(io.BytesIO(data))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Titel" in first and "Zaal 2 Foto: Jan" in first
    assert image_count(data) == 2
    intro_page = next(
        i for i, page in enumerate(reader.pages) if "Inleiding" in page.extract_text()
    )
    assert intro_page == (1 if style == "page" else 0)
    band = any(op == "re" for op in operators(data)[:20])  # the band is painted before the title
    assert band is (style != "plain")


def test_the_band_runs_to_the_page_edges() -> None:
    data = render_pdf(cover_document("band"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        width, height = float(page.MediaBox[2]), float(page.MediaBox[3])
        content = page.Contents.read_bytes().decode("latin-1")
    rects = [
        [float(v) for v in match.groups()]
        for match in re.finditer(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re", content)
    ]
    assert any(round(w) == round(width) for _x, _y, w, _h in rects)
    assert "1 1 1 rg" in content  # white text (and the logo's plate) on the band
    assert height > 0


def test_cover_in_the_web_page() -> None:
    page = Page(render_html(cover_document("page")))
    header = page.all("header")[0]
    assert "masthead--page" in (header.get("class") or "")
    alts = [attrs.get("alt") for attrs in page.all("img")]
    assert alts == ["Divosa", "De zaal"]
    assert page.all("figure", "cover-image")
    assert "Zaal 2 Foto: Jan" in page.visible()


@pytest.mark.parametrize(("margins", "left_mm"), [("narrow", 20), ("normal", 30), ("wide", 38)])
def test_margins_move_the_text(margins: str, left_mm: float) -> None:
    data = render_pdf(build(intro=["Inleiding."], theme={"margins": margins}))
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if "Inleiding" in text:
            xs.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert min(xs) / mm == pytest.approx(left_mm, abs=0.5)
    html = render_html(build(theme={"margins": margins}))
    expected = {"narrow": "12mm 12mm 14mm", "normal": "18mm 18mm 20mm", "wide": "24mm 26mm 26mm"}
    assert f"margin: {expected[margins]};" in html
