"""PDF flowables for what is more than text: the cover (logo, colour band, cover page,
cover image) and video links with a QR code.

On paper a link cannot be clicked, so a video with a web address prints its label, a short
address (:func:`exporters.ir.display_url`) and a QR code a phone can scan; the access note
(e.g. how to get the password) follows. Sizes of the logo and the cover image come from
:mod:`models.page_geometry`, which preflight uses to check that pictures are sharp enough
at those sizes.

Every user string is escaped here as in :mod:`exporters.pdf` (see its docstring).

Pictures reach ReportLab as :class:`PrintSource`\\ s (figures, the logo, the cover image,
portraits), made by :func:`exporters.print_images.print_image`: decoded once through the
allow-list of :mod:`models.images`, scaled to 300 dpi at the printed size and cached across
renders. ReportLab's own ``ImageReader`` would call ``PIL.Image.open`` on whatever bytes it
gets, with every format Pillow knows enabled, decode the picture again for every draw and
take the MD5 of all its pixels to name it; a :class:`PrintSource` is named by its content
hash and size instead, so every use of a picture in a PDF shares one image object and
drawing it again costs nothing. :class:`SafeImageReader` remains for code that needs a
ReportLab reader.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import utils as reportlab_utils
from reportlab.lib.colors import Color, black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, PageBreak
from reportlab.platypus import Paragraph as RLParagraph

from exporters import ir, print_images
from exporters.fonts import font_file
from exporters.labels import Language, label
from exporters.pdf.reportlab_private import page_size
from exporters.pdf.styles import Styles, escaped, styled
from models import images
from models.page_geometry import COVER_IMAGE_MAX_HEIGHT, LOGO_BOX_MM, fit_mm
from models.richtext import is_allowed_link

#: Makes a paragraph from markup and a style (the renderer passes its own class).
ParaFactory = Callable[[str, ParagraphStyle], Flowable]

#: Side of the printed QR code. At 25 to 33 modules (typical video addresses) a module is
#: about 0.7 mm, which phone cameras read at arm's length.
QR_SIZE = 22 * mm
_QR_GAP = 6 * mm  # at least the four modules of quiet zone the QR standard asks for
_COVER_BAND_SHARE = 0.5  # of the text area's height, for the cover page
_LOGO_PLATE = 2.5 * mm
_QUOTE_ATTR = {'"': "&quot;"}


def text(value: str, style: ParagraphStyle, *, bold: bool = False) -> str:
    """``value`` as Paragraph markup in ``style``: escaped, with glyph fallback."""
    return escaped(value, styled(style.fontName, bold))


def link(href: str, inner: str, colour: str) -> str:
    """``<a href>`` around ``inner`` (already markup); ``href`` is escaped as an attribute."""
    return f'<a href="{escape(href, _QUOTE_ATTR)}" color="{colour}">{inner}</a>'


# -- pictures ------------------------------------------------------------------------------


class SafeImageReader(ImageReader):
    """ReportLab's image reader, decoding through the allow-list of :mod:`models.images`.

    The bytes stay what ReportLab embeds: a JPEG is still copied into the PDF as it is
    (already stripped of metadata by :func:`models.images.prepare`), never decoded twice.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))

    def _read_image(self, fp: io.BytesIO) -> Any:
        return images.open_image(fp.getvalue())


class _Identity:
    """The figure's bytes where the tagging canvas looks for them (``fp.getvalue()``), so a
    picture drawn by a flowable that knows nothing of tagging is still tagged by its alt."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def getvalue(self) -> bytes:
        return self._data


class PrintSource:
    """A :class:`~exporters.print_images.PrintImage` in the shape ``canvas.drawImage`` reads.

    Deliberately not an ``ImageReader``: for one of those, ``drawImage`` takes the MD5 of
    all its decoded pixels on every draw to name its image object. For anything else it
    names the object by ``str()`` of the source (our content hash and pixel size). Before
    each draw, :func:`draw_source` puts the image object in the document itself, with the bytes
    as prepared; should ReportLab ever look it up under another name, ``drawImage`` makes
    it from this source instead, through ``jpeg_fh``, ``getSize``, ``getRGBData``, ``mode``
    and ``_dataA`` (the alpha channel, a source too): the same picture, a little slower.
    """

    def __init__(self, image: print_images.PrintImage, original: bytes = b"") -> None:
        self.image = image
        self.mode = image.mode
        self.fp = _Identity(original)
        self._dataA: PrintSource | None = None
        if image.alpha is not None:
            size = (image.width, image.height)
            alpha = print_images.PrintImage(f"{image.digest}-a", *size, "FLATE", "L", image.alpha)
            self._dataA = PrintSource(alpha)

    def __str__(self) -> str:
        return self.image.name

    def jpeg_fh(self) -> io.BytesIO | None:
        return io.BytesIO(self.image.data) if self.image.encoding == "JPEG" else None

    def getSize(self) -> tuple[int, int]:
        return self.image.width, self.image.height

    def getRGBData(self) -> bytes:
        return zlib.decompress(self.image.data)

    def getTransparent(self) -> None:
        return None


def print_source(data: bytes, width: float, height: float) -> PrintSource:
    """``data`` as printed ``width`` × ``height`` points: scaled for 300 dpi, cached."""
    return PrintSource(print_images.print_image(data, (width, height)), data)


#: How ``drawImage`` names an image object from ``str(source) + str(mask)``: an MD5 in hex.
_digester: Callable[[str], str] = reportlab_utils._digester  # type: ignore[attr-defined]  # private

#: ``drawImage``'s ``mask`` for every picture: a graphic's alpha channel is its soft mask.
MASK = "auto"


def draw_source(
    canvas: Canvas, source: PrintSource, x: float, y: float, width: float, height: float
) -> None:
    """``canvas.drawImage(source, …)``, with the image object made from the prepared bytes
    once per document (see :func:`_register`)."""
    _register(canvas, source)
    canvas.drawImage(source, x, y, width, height, mask=MASK)


def _register(canvas: Canvas, source: PrintSource) -> None:
    """Put ``source``'s image object in the canvas's document under the name ``drawImage``
    will look for, unless it is there already.

    ReportLab would make it itself, but wrap every image stream in ASCII85 (a quarter
    larger) and compress a graphic's pixels again in every render. This mirrors what
    ``Canvas.drawImage`` does for a new image (ReportLab 4 and 5), with ReportLab's private
    document registry; hence the ``Any``.
    """
    document: Any = canvas._doc  # type: ignore[attr-defined]  # private: see docstring
    name = _digester(f"{source}{MASK}")
    registered = document.getXObjectName(name)
    if document.idToObject.get(registered) is not None:
        return
    image = _xobject(name, source.image)
    if source._dataA is not None:
        mask = _xobject(f"{name}-a", source._dataA.image)
        image.smask = document.Reference(mask, document.getXObjectName(mask.name))
    document.Reference(image, registered)
    document.addForm(name, image)


def _xobject(name: str, image: print_images.PrintImage) -> Any:
    made: Any = PDFImageXObject(name)
    made.width, made.height = image.width, image.height
    made.bitsPerComponent = 8
    made.colorSpace = "DeviceGray" if image.mode == "L" else "DeviceRGB"
    made._filters = ("DCTDecode",) if image.encoding == "JPEG" else ("FlateDecode",)
    made.streamContent = image.data
    made.mask = None
    return made


class PrintedImage(Image):
    """A platypus ``Image`` of a figure's bytes, drawn from a :class:`PrintSource` made for
    its printed size; it never decodes the bytes itself."""

    def __init__(self, data: bytes, width: float, height: float, **options: Any) -> None:
        # Set first: platypus reads ``_img`` while it sets up, and would otherwise make its
        # own unrestricted ImageReader from the bytes.
        self._img = self.source = print_source(data, width, height)
        super().__init__(io.BytesIO(data), width=width, height=height, **options)

    def draw(self) -> None:
        offset = (getattr(self, "_offs_x", 0), getattr(self, "_offs_y", 0))  # as platypus
        draw_source(self.canv, self.source, *offset, self.drawWidth, self.drawHeight)


# -- video links ---------------------------------------------------------------------------


def video(
    leaf: ir.VideoLink,
    st: Styles,
    frame: tuple[float, float],
    para: ParaFactory = RLParagraph,
) -> list[Flowable]:
    """The label, the short address and the access note; with an address, a QR code left."""
    colour = st.link
    label = text(leaf.label, st.video)
    if not (leaf.url and is_allowed_link(leaf.url)):
        out = [para(label, st.video)]
        if leaf.access_note:
            out.append(para(text(leaf.access_note, st.note), st.note))
        else:
            out[-1].keepWithNext = 0
        return out
    address = text(ir.display_url(leaf.url), st.video)
    lines = [
        para(link(leaf.url, label, colour), _flat(st.video)),
        para(link(leaf.url, address, colour), _flat(st.video)),
    ]
    if leaf.access_note:
        lines.append(para(text(leaf.access_note, st.note), _flat(st.note)))
    return [VideoCard(leaf.url, lines, frame[1])]


def _flat(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without space around it or keep-with-next: it sits inside a card."""
    return ParagraphStyle(
        f"{style.name}-card", parent=style, spaceBefore=0, spaceAfter=2, keepWithNext=0
    )


def qr_drawing(url: str, size: float = QR_SIZE) -> Drawing:
    """A QR code for ``url`` as vector shapes, ``size`` points square, no quiet zone."""
    widget = QrCodeWidget(url, barLevel="M", barBorder=0, barFillColor=black)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    # The drawing draws no text, but would still select Helvetica (not embedded) by default.
    # renderPDF reads initialFontName; the stubs leave it out.
    face = font_file("Source Sans Pro", "regular").postscript_name
    drawing.initialFontName = face  # type: ignore[attr-defined]
    drawing.add(widget)
    return drawing


class VideoCard(Flowable):
    """A QR code with the video's lines of text beside it; the code links to the video too.

    It moves to the next page rather than split; only a card taller than a whole page
    (a very long access note) falls apart into its lines.
    """

    def __init__(self, url: str, lines: list[Flowable], frame_height: float) -> None:
        super().__init__()
        self.url = url
        self.lines = lines
        self.frame_height = frame_height
        self.qr = qr_drawing(url)
        self.spaceBefore = 10
        self.spaceAfter = 12
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = availWidth - QR_SIZE - _QR_GAP
        self._heights = [line.wrapOn(self.canv, inner, 0x7FFFFFFF)[1] for line in self.lines]
        gaps = sum(line.getSpaceAfter() for line in self.lines[:-1])
        self.width = availWidth
        self.height = max(QR_SIZE, sum(self._heights) + gaps)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.frame_height:
            return []  # not here: on the next page
        return [*self.lines, _Drawn(self.qr)]

    def draw(self) -> None:
        canvas = self.canv
        x = QR_SIZE + _QR_GAP
        y = self.height
        # Text first, so text extraction (and a screen reader) reads it before the code.
        for line, height in zip(self.lines, self._heights, strict=True):
            y -= height
            line.drawOn(canvas, x, y)
            y -= line.getSpaceAfter()
        top = self.height - QR_SIZE
        renderPDF.draw(self.qr, canvas, 0, top)
        canvas.linkURL(self.url, (0, top, QR_SIZE, top + QR_SIZE), relative=1, thickness=0)


class _Drawn(Flowable):
    """A drawing as a flowable, with room for its quiet zone."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.spaceBefore = 10
        self.spaceAfter = 12

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawing.width, self.drawing.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)


# -- the cover -----------------------------------------------------------------------------


def title_block(
    leaf: ir.TitleBlock,
    st: Styles,
    frame: tuple[float, float],
    para: ParaFactory = RLParagraph,
    *,
    language: Language,
) -> list[Flowable]:
    """The title block in the theme's cover style, with the logo and the cover image."""
    on_band = leaf.cover_style != "plain"
    colour = white if on_band else None
    title, subtitle, meta = (_recolour(s, colour) for s in (st.title, st.subtitle, st.meta))
    texts: list[Flowable] = [para(text(leaf.title, title), title)]
    if leaf.subtitle:
        texts.append(para(text(leaf.subtitle, subtitle), subtitle))
    lines = [text(f"{leaf.date_label}: {leaf.date_text}", meta)]
    if leaf.event_text:
        lines.append(text(leaf.event_text, meta))
    texts.append(para("<br/>".join(lines), meta))
    logo = _logo(leaf.logo) if leaf.logo else None
    out: list[Flowable]
    if on_band:
        min_height = frame[1] * _COVER_BAND_SHARE if leaf.cover_style == "page" else 0
        out = [Band(texts, logo, st.primary, min_height)]
    else:
        out = [logo, *texts] if logo else texts
    if leaf.cover_image:
        out += _cover_image(leaf.cover_image, st, frame, para, language)
    if leaf.cover_style == "page":
        out.append(PageBreak())
    return out


def _recolour(style: ParagraphStyle, colour: Color | None) -> ParagraphStyle:
    if colour is None:
        return style
    return ParagraphStyle(f"{style.name}-band", parent=style, textColor=colour)


def _picture(figure: ir.Figure, box: tuple[float, float]) -> Image:
    """The figure as large as fits ``box`` (points), keeping its proportions."""
    width_mm, height_mm = fit_mm((figure.width_px, figure.height_px), (box[0] / mm, box[1] / mm))
    return PrintedImage(figure.data, width=width_mm * mm, height=height_mm * mm)


def _logo(figure: ir.Figure) -> Image:
    logo = _picture(figure, (LOGO_BOX_MM[0] * mm, LOGO_BOX_MM[1] * mm))
    logo.hAlign = "LEFT"
    logo.spaceAfter = 12
    return logo


def _cover_image(
    figure: ir.Figure,
    st: Styles,
    frame: tuple[float, float],
    para: ParaFactory,
    language: Language,
) -> list[Flowable]:
    """The cover image, with its caption and credit below it as under any figure."""
    image = _picture(figure, (frame[0], frame[1] * COVER_IMAGE_MAX_HEIGHT))
    image.hAlign = "LEFT"
    image.spaceBefore = 14
    out: list[Flowable] = [image]
    if figure.caption:
        out.append(para(text(figure.caption, st.caption), st.caption))
    if figure.credit:
        credit = f"{label('photo', language)}: {figure.credit}"
        out.append(para(text(credit, st.credit), st.credit))
    if len(out) > 1:
        image.keepWithNext = 1
    image.spaceAfter = 0 if len(out) > 1 else 10
    return out


class Band(Flowable):
    """The title block on a band of the primary colour that runs to the page's edges.

    The band reaches above the text area to the top of the page and out to both sides; the
    logo sits on a white plate, so a logo drawn for white paper stays legible. With
    ``min_height`` (the cover page) the text sits at the bottom of a taller band.
    """

    def __init__(
        self, texts: list[Flowable], logo: Image | None, colour: Color, min_height: float
    ) -> None:
        super().__init__()
        self.texts = texts
        self.logo = logo
        self.colour = colour
        self.min_height = min_height
        self.padding_bottom = 9 * mm
        self._heights: list[float] = []
        self._origin = (0.0, 0.0)

    def _items(self) -> list[Flowable]:
        return [self.logo, *self.texts] if self.logo is not None else list(self.texts)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [f.wrapOn(self.canv, availWidth, 0x7FFFFFFF)[1] for f in self._items()]
        content = sum(self._heights) + sum(f.getSpaceAfter() for f in self._items()[:-1])
        self.width = availWidth
        self.height = max(content + self.padding_bottom, self.min_height)
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # _sW: not in the stubs

    def draw(self) -> None:
        canvas = self.canv
        page_width, page_height = page_size(canvas)
        x0, y0 = self._origin
        canvas.saveState()
        canvas.setFillColor(self.colour)
        canvas.rect(-x0, 0, page_width, page_height - y0, stroke=0, fill=1)
        canvas.restoreState()
        items, heights = self._items(), self._heights
        y = self.height
        for index, (item, height) in enumerate(zip(items, heights, strict=True)):
            if item is self.logo:
                y -= height
                self._plate(item, y)
                item.drawOn(canvas, 0, y)
                y -= item.getSpaceAfter()
                if self.min_height:  # the cover page: the title sits at the band's foot
                    below = heights[index + 1 :]
                    spaces = sum(f.getSpaceAfter() for f in items[index + 1 : -1])
                    y = min(y, self.padding_bottom + sum(below) + spaces)
                continue
            if index == 0 and self.min_height:
                rest = sum(heights) + sum(f.getSpaceAfter() for f in items[:-1])
                y = self.padding_bottom + rest
            y -= height
            item.drawOn(canvas, 0, y)
            y -= item.getSpaceAfter()

    def _plate(self, logo: Image, y: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(white)
        pad = _LOGO_PLATE
        canvas.roundRect(
            -pad, y - pad, logo.drawWidth + 2 * pad, logo.drawHeight + 2 * pad, 1.5 * mm, 0, 1
        )
        canvas.restoreState()
