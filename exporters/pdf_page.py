"""Page chrome for the PDF: page templates, running header, footer, anchors and outline.

The footer says "pagina N van M" in one layout pass: each page draws "pagina N van " and
then a form XObject, which the canvas defines once, when the document is saved and M is
known. A second layout pass (ReportLab's ``multiBuild``) would double the export time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from exporters.pdf_styles import MUTED, RULE, font_runs

TOTAL_FORM = "podium-total"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 30 * mm  # a 150 mm measure: about 80 characters a line of body text
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
_CHROME_SIZE = 8.5


def frame_size(page_size: tuple[float, float]) -> tuple[float, float]:
    """Width and height of the text frame on a page of ``page_size``."""
    width, height = page_size
    return width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True, slots=True)
class Chrome:
    """What the running header and the footer show, and in which font."""

    title: str
    page_prefix: str  # "pagina {page} van ": the total follows as a form
    font: str
    page_size: tuple[float, float]


class ChromeCanvas(Canvas):
    """A canvas that draws the total page count into the footer form when it is saved."""

    def __init__(self, *args: Any, chrome: Chrome, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.chrome = chrome
        self.pages_drawn = 0
        self.anchors: list[str] = []
        self.has_outline = False

    def save(self) -> None:
        """Define the total-pages form (now that the total is known), then write the file.

        The anchors become named destinations too (``/Dests`` in the catalog), so a viewer
        can open ``file.pdf#nameddest=<anchor>``; ReportLab alone keeps them internal.
        """
        if self.anchors:
            self._doc.Catalog.Dests = PDFDictionary(
                {name: self._bookmarkReference(name) for name in self.anchors}
            )
        if self.has_outline:
            self.showOutline()  # open with the bookmarks panel: one entry per section
        self.beginForm(TOTAL_FORM, lowerx=0, lowery=-4, upperx=60, uppery=12)
        self.setFont(self.chrome.font, _CHROME_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages_drawn))
        self.endForm()
        super().save()


class DocTemplate(BaseDocTemplate):
    """A4/Letter pages: the first without running header, later ones with it."""

    def __init__(self, filename: Any, chrome: Chrome, **kwargs: Any) -> None:
        super().__init__(
            filename,
            pagesize=chrome.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        self.chrome = chrome
        self._running_title = fit(
            chrome.title, chrome.font, _CHROME_SIZE, chrome.page_size[0] - 2 * MARGIN_X
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            *frame_size(chrome.page_size),
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", [frame], onPageEnd=self._footer, autoNextPageTemplate="later"
                ),
                PageTemplate("later", [frame], onPage=self._header, onPageEnd=self._footer),
            ]
        )

    # Header before and footer after the page's text, so text extraction reads in order.
    def _header(self, canvas: ChromeCanvas, doc: BaseDocTemplate) -> None:
        width, height = self.chrome.page_size
        y = height - MARGIN_TOP + 9 * mm
        canvas.saveState()
        canvas.setFont(self.chrome.font, _CHROME_SIZE)
        canvas.setFillColor(MUTED)
        draw_runs(canvas, MARGIN_X, y, self._running_title, self.chrome.font, _CHROME_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()

    def _footer(self, canvas: ChromeCanvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        canvas.pages_drawn = page
        prefix = self.chrome.page_prefix.format(page=page)
        y = MARGIN_BOTTOM - 12 * mm
        canvas.saveState()
        canvas.setFont(self.chrome.font, _CHROME_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, prefix)
        canvas.translate(MARGIN_X + stringWidth(prefix, self.chrome.font, _CHROME_SIZE), y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` drawn by :func:`draw_runs`."""
    return sum(stringWidth(part, face, size) for face, part in font_runs(text, font))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` on one line, switching to a fallback face for glyphs ``font`` lacks.

    One text object, so a reader (or a text extractor) sees one line, not several.
    """
    line = canvas.beginText(x, y)
    for face, part in font_runs(text, font):
        line.setFont(face, size)
        line.textOut(part)
    canvas.drawText(line)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened at a word boundary with '…' so it fits ``width`` on one line."""
    text = " ".join(text.split())
    if text_width(text, font, size) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:–—-") + " …"
        if text_width(candidate, font, size) <= width:
            return candidate
    word = words[0] if words else ""
    while word and text_width(word + "…", font, size) > width:
        word = word[:-1]
    return word + "…"


class Anchored(Flowable):
    """A flowable with a named destination, and optionally an outline entry, at its top.

    A wrapper rather than a zero-size marker before the flowable: a marker is skipped when
    ``KeepTogether`` measures a group, which then forgets the heading's space before it and
    keeps a group together that does not fit.
    """

    def __init__(self, inner: Flowable, name: str, outline_title: str | None = None) -> None:
        super().__init__()
        self.inner = inner
        self.name = name
        self.outline_title = outline_title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = list(self.inner.splitOn(self.canv, availWidth, availHeight))
        for index, part in enumerate(parts):
            if not isinstance(part, ActionFlowable):  # e.g. KeepTogether's FrameBreak
                parts[index] = Anchored(part, self.name, self.outline_title)
                break
        return parts

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def getKeepWithNext(self) -> bool:
        if "keepWithNext" in self.__dict__:  # KeepTogether clears it on its members
            return bool(self.keepWithNext)
        return bool(self.inner.getKeepWithNext())

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.bookmarkHorizontal(self.name, x, y + self.height)
        if isinstance(canvas, ChromeCanvas):
            canvas.anchors.append(self.name)
        if self.outline_title is not None:
            canvas.addOutlineEntry(self.outline_title, self.name, level=0)
            if isinstance(canvas, ChromeCanvas):
                canvas.has_outline = True
        self.inner.drawOn(canvas, x, y, _sW)
