"""Page chrome for the PDF: page templates, running header, footer, anchors and outline.

The footer says "pagina N van M" in one layout pass: each page draws "pagina N van " and
then a form XObject, which the canvas defines once, when the document is saved and M is
known. A second layout pass (ReportLab's ``multiBuild``) would double the export time.

A draft export gets a light diagonal watermark ("CONCEPT") over every page, drawn last and
see-through, so no panel or photo hides it and the text under it stays readable. Like the
header and footer it is an artifact: assistive technology does not read it out.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, cast

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import (
    PDFCatalog,
    PDFDocument,
    PDFObjectReference,
    PDFPage,
    PDFPageLabel,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from exporters.export import Destination, RenderCancelled
from exporters.pdf.compression import cache_page_stream
from exporters.pdf.display import display_runs
from exporters.pdf.page_objects import KeptDestination, NamedDestinations, Page
from exporters.pdf.reportlab_private import draw_on
from exporters.pdf.styles import MUTED, RULE, font_runs, styled
from exporters.pdf.wrapping import Wrapper
from models import page_geometry
from models.page_geometry import MARGINS_MM, PAGE_SIZES_MM, Margins, PageSize

TOTAL_FORM = "podium-total"
#: The page sizes and margin presets of :mod:`models.page_geometry`, in points.
PAGE_SIZES: dict[PageSize, tuple[float, float]] = {
    name: (width * mm, height * mm) for name, (width, height) in PAGE_SIZES_MM.items()
}
#: The theme's margin presets in points: (left and right, top, bottom).
MARGINS: dict[Margins, tuple[float, float, float]] = {
    name: (side * mm, top * mm, bottom * mm) for name, (side, top, bottom) in MARGINS_MM.items()
}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = MARGINS["normal"]
_CHROME_SIZE = 8.5
_WATERMARK_ALPHA = 0.12
_WATERMARK_SHARE = 0.55  # of the page's diagonal
_WATERMARK_MAX_SIZE = 130.0


def frame_size(
    page_size: tuple[float, float], margins: tuple[float, float, float] = MARGINS["normal"]
) -> tuple[float, float]:
    """Width and height of the text frame on a page of ``page_size`` with ``margins``, in
    points (:func:`models.page_geometry.frame`, which preflight uses in millimetres)."""
    return page_geometry.frame(page_size, margins)


@dataclass(frozen=True, slots=True)
class Chrome:
    """What the running header and the footer show, and in which font."""

    title: str
    page_prefix: str  # "pagina {page} van ": the total follows as a form
    font: str
    page_size: tuple[float, float]
    margins: tuple[float, float, float] = MARGINS["normal"]  # left and right, top, bottom
    watermark: str = ""  # e.g. "CONCEPT" on every page of a draft; "" for none
    # A window of a longer document (the preview's focus render, :mod:`exporters.pdf.focus`):
    # the number its first page has there, and how many pages the whole has (the footer's
    # total). Left as they are, the document is whole (an export).
    first_page: int = 1
    total: int = 0


#: The canvas attributes ReportLab saves with ``saveState`` (``Canvas.STATE_ATTRIBUTES``).
_STATE_ATTRIBUTES: tuple[str, ...] = tuple(Canvas.STATE_ATTRIBUTES)
_graphics_state = operator.itemgetter(*_STATE_ATTRIBUTES)


class ChromeCanvas(Canvas):
    """A canvas that draws the total page count into the footer form when it is saved."""

    # ReportLab's own state, set in Canvas.__init__ and kept up to date by its methods;
    # the stubs leave these private attributes out. Declarations only: no value is set here.
    _doc: PDFDocument
    _code: list[str]  # the current page's content stream, one operator per entry
    _pagesize: tuple[float, float]
    _currentMatrix: tuple[float, float, float, float, float, float]
    _annotationrefs: list[PDFObjectReference]  # the current page's annotations
    _pageNumber: int  # the number getPageNumber() gives, counted up by showPage()

    def __init__(self, *args: Any, chrome: Chrome, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.chrome = chrome
        self.pages_drawn = 0
        self.anchors: list[str] = []
        #: Where each anchor was drawn, as the preview scrolls to it (no need to parse the PDF).
        self.destinations: dict[str, Destination] = {}
        self.has_outline = False
        if self.chrome.first_page > 1:
            # Numbered as in the whole document (footer, destinations); viewers say so too.
            self._pageNumber = self.chrome.first_page
            self.addPageLabel(0, PDFPageLabel.ARABIC, self.chrome.first_page)

    def addOutlineEntry(
        self, title: str, key: str, level: int = 0, closed: int | None = None
    ) -> None:
        """An outline entry, but in a window (which may begin inside a part): it has none."""
        if not self.chrome.total:
            super().addOutlineEntry(title, key, level, closed)

    # saveState/restoreState: platypus saves and restores around every flowable it draws,
    # some fifteen thousand times in an export of the sample ×100. ReportLab copies the
    # graphics state attribute by attribute into a new dict; a tuple of the same values,
    # taken in one call, holds the same state at a fraction of the cost.
    def push_state_stack(self) -> None:
        """ReportLab's ``push_state_stack``: the state kept as a tuple, not a dict."""
        values = self.__dict__
        self.state_stack.append(_graphics_state(values))
        state = values["_extgstate"]
        copy = object.__new__(type(state))  # ExtGState.pushCopy, without its __init__
        copy._d = state._d.copy()  # values of its own,
        copy._c = state._c  # names shared with the document's
        values["_extgstate"] = copy

    def pop_state_stack(self) -> None:
        """ReportLab's ``pop_state_stack`` for the tuples of :meth:`push_state_stack`."""
        self.__dict__.update(zip(_STATE_ATTRIBUTES, self.state_stack.pop(), strict=True))

    def _bookmarkReference(self, name: str) -> KeptDestination:
        """ReportLab's ``_bookmarkReference``, with a destination that is written once per
        document (:class:`~exporters.pdf.page_objects.KeptDestination`)."""
        known: dict[str, KeptDestination] = self._destinations  # type: ignore[attr-defined]  # private
        found = known.get(name)
        if found is None:
            found = known[name] = KeptDestination(name)
        return found

    def artifact(self, kind: str | None = None) -> AbstractContextManager[None]:
        """Draw inside as an artifact; only a tagging canvas (:mod:`exporters.pdf.tagging`)
        marks it."""
        return nullcontext()

    def showPage(self) -> None:
        """Close the page, its content stream written through the process's cache
        (:mod:`exporters.pdf.compression`)."""
        super().showPage()
        pages: list[PDFPage] = self._doc.Pages.pages  # type: ignore[attr-defined]  # not in the stubs
        page = pages[-1]
        page.__class__ = Page  # the same page, its dictionary written faster (page_objects)
        cache_page_stream(page)

    def save(self) -> None:
        """Define the total-pages form (now that the total is known), then write the file.

        The anchors become named destinations too (``/Dests`` in the catalog), so a viewer
        can open ``file.pdf#nameddest=<anchor>``; ReportLab alone keeps them internal.
        """
        if self.anchors:
            catalog: PDFCatalog = self._doc.Catalog  # type: ignore[attr-defined]  # not in stubs
            # A PDFCatalog writes each attribute as a key: one the stubs cannot list.
            catalog.Dests = NamedDestinations(  # type: ignore[attr-defined]
                {name: self._bookmarkReference(name) for name in self.anchors}
            )
        if self.has_outline:
            self.showOutline()  # open with the bookmarks panel: one entry per section
        self.beginForm(TOTAL_FORM, lowerx=0, lowery=-4, upperx=60, uppery=12)
        self.setFont(self.chrome.font, _CHROME_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(max(self.pages_drawn, self.chrome.total)))
        self.endForm()
        super().save()


class DocTemplate(BaseDocTemplate):
    """A4/Letter pages: the first without running header, later ones with it."""

    def __init__(
        self,
        filename: Any,
        chrome: Chrome,
        *,
        cancelled: Callable[[], bool] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=chrome.page_size,
            leftMargin=chrome.margins[0],
            rightMargin=chrome.margins[0],
            topMargin=chrome.margins[1],
            bottomMargin=chrome.margins[2],
            **kwargs,
        )
        self.chrome = chrome
        self._running_title = fit(
            chrome.title, chrome.font, _CHROME_SIZE, chrome.page_size[0] - 2 * chrome.margins[0]
        )
        frame = Frame(
            chrome.margins[0],
            chrome.margins[2],
            *frame_size(chrome.page_size, chrome.margins),
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
        if chrome.first_page > 1:
            self._firstPageTemplateIndex = 1  # a window after the first page: with its header
        self._cancelled = cancelled
        # The header's operators, and the canvas they were drawn on (one per build).
        self._header_code: tuple[Canvas, list[str]] | None = None

    def handle_pageBegin(self) -> None:
        """Start a page, unless the render is no longer wanted (:class:`RenderCancelled`)."""
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled("a newer render is wanted")
        super().handle_pageBegin()

    # Header before and footer after the page's text, so text extraction reads in order.
    def _header(self, page_canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: drawn on the first page that has one, and its operators
        repeated on the pages after it (see :meth:`_draw_header`)."""
        canvas = _chrome_canvas(page_canvas)
        with canvas.artifact("header"):
            kept = self._header_code
            if kept is not None and kept[0] is canvas:
                canvas._code.extend(kept[1])
                return
            start = len(canvas._code)
            self._draw_header(canvas)
            self._header_code = (canvas, canvas._code[start:])

    def _draw_header(self, canvas: ChromeCanvas) -> None:
        """Draw the running header. Every page starts in the same graphics state and the
        header restores what it changes, so its operators are the same on every page: the
        title's glyphs, shaped and put in the font subsets on the first page, need not be
        again on the hundreds after it."""
        width, height = self.chrome.page_size
        side, top, _bottom = self.chrome.margins
        y = height - top + 9 * mm
        canvas.saveState()
        canvas.setFont(self.chrome.font, _CHROME_SIZE)
        canvas.setFillColor(MUTED)
        draw_runs(canvas, side, y, self._running_title, self.chrome.font, _CHROME_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2.5 * mm, width - side, y - 2.5 * mm)
        canvas.restoreState()

    def _footer(self, page_canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas = _chrome_canvas(page_canvas)
        page = canvas.getPageNumber()
        canvas.pages_drawn = page
        prefix = self.chrome.page_prefix.format(page=page)
        side, _top, bottom = self.chrome.margins
        y = bottom - 12 * mm
        with canvas.artifact("footer"):
            canvas.saveState()
            canvas.setFont(self.chrome.font, _CHROME_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawString(side, y, prefix)
            canvas.translate(side + stringWidth(prefix, self.chrome.font, _CHROME_SIZE), y)
            canvas.doForm(TOTAL_FORM)
            canvas.restoreState()
        if self.chrome.watermark:
            self._watermark(canvas)

    def _watermark(self, canvas: ChromeCanvas) -> None:
        """The draft word across the page, corner to corner, over everything drawn."""
        word = self.chrome.watermark
        width, height = self.chrome.page_size
        font = styled(self.chrome.font, bold=True)
        size = min(
            _WATERMARK_MAX_SIZE,
            math.hypot(width, height) * _WATERMARK_SHARE / max(text_width(word, font, 1), 1e-6),
        )
        with canvas.artifact("watermark"):
            canvas.saveState()
            canvas.translate(width / 2, height / 2)
            canvas.rotate(math.degrees(math.atan2(height, width)))
            canvas.setFillColor(MUTED)
            canvas.setFillAlpha(_WATERMARK_ALPHA)
            draw_runs(canvas, -text_width(word, font, size) / 2, -0.35 * size, word, font, size)
            canvas.restoreState()


def _chrome_canvas(canvas: Canvas) -> ChromeCanvas:
    """The page's canvas, a :class:`ChromeCanvas`: every build of a :class:`DocTemplate`
    makes one (``document.py``'s canvasmaker); PageTemplate's callbacks are typed for any."""
    return cast(ChromeCanvas, canvas)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` drawn by :func:`draw_runs`."""
    return sum(stringWidth(part, face, size) for face, part in font_runs(text, font))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` on one line, switching to a fallback face for glyphs ``font`` lacks.

    One text object, so a reader (or a text extractor) sees one line, not several.
    """
    line = canvas.beginText(x, y)
    for face, part in display_runs(font_runs(text, font), size):
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


class Anchored(Wrapper):
    """A flowable with a named destination, and optionally an outline entry at ``level``
    (0 the top), at its top.

    A wrapper rather than a zero-size marker before the flowable: a marker is skipped when
    ``KeepTogether`` measures a group, which then forgets the heading's space before it and
    keeps a group together that does not fit.
    """

    def __init__(
        self, inner: Flowable, name: str, outline_title: str | None = None, level: int = 0
    ) -> None:
        super().__init__()
        self.inner = inner
        self.name = name
        self.outline_title = outline_title
        self.level = level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = list(self.inner.splitOn(self.canv, availWidth, availHeight))
        for index, part in enumerate(parts):
            if not isinstance(part, ActionFlowable):  # e.g. KeepTogether's FrameBreak
                parts[index] = Anchored(part, self.name, self.outline_title, self.level)
                break
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.bookmarkHorizontal(self.name, x, y + self.height)
        if isinstance(canvas, ChromeCanvas):
            canvas.anchors.append(self.name)
            _, top = canvas.absolutePosition(x, y + self.height)
            page_height = float(canvas._pagesize[1])
            canvas.destinations[self.name] = Destination(
                canvas.getPageNumber() - 1, max(0.0, page_height - top)
            )
        if self.outline_title is not None:
            canvas.addOutlineEntry(self.outline_title, self.name, level=self.level)
            if isinstance(canvas, ChromeCanvas):
                canvas.has_outline = True
        draw_on(self.inner, canvas, x, y, _sW)
