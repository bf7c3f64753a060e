"""The Print tab: the PDF export in a ``QPdfView``, with page navigation and zoom.

New bytes replace the document in place, and the scroll position and zoom survive the
swap, so the page the user reads stays put while they type. ``QPdfDocument`` reads lazily
from its device, so each document keeps its buffer (as its child) until it is deleted.

The GUI thread must stay free while the user types, and loading a PDF into the shown
document cost 12 ms at 48 pages, in one go: ``QPdfView`` reads the size of every page
(about 0.12 ms each), and its link model the text of the current page (about 3 ms, half of
it loading the fonts). So a new PDF is loaded into a document of its own and made ready a
slice at a time, over several turns of the event loop: the pages' sizes, then the current
page's text, which PDFium keeps; only then does the view take it (under 2 ms), and the old
document is deleted later. Rendering pages for the screen is ``QPdfView``'s own, in a
thread. A thread cannot do the loading: PySide holds the GIL through ``QPdfDocument.load``.

A PDF may be a *window* of the document: a few of its pages (the edited section's, while
the whole is laid out again), numbered as in the whole. It is shown in place of the whole,
at the same place on the same page (pages are laid out one under another at a fixed pitch,
so a page's offset moves by the pages the window leaves out), with a note saying the rest
follows; page numbers and destinations count as in the whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtWidgets import QLabel, QStyle, QToolBar, QVBoxLayout, QWidget

from editor.preview.export_anchors import TITLE_ANCHOR
from exporters.anchors import INTRO_ANCHOR
from exporters.export import Destination

_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 6.0
_SCROLL_CONTEXT_PX = 12  # a target lands a little below the view's top edge
#: Pages whose size is read in one turn of the event loop (about 1 ms) while a new PDF is
#: made ready. 16 (2 ms) was enough, with a key and a repaint in the same turn, to stall
#: typing past 16 ms at 40 sections (benchmarks/preview.py).
PAGES_PER_SLICE = 8


@dataclass(slots=True)
class _Incoming:
    """A PDF being made ready: loaded, its pages' sizes read up to ``next_page``, and
    ``text_read`` once the text of the page on screen is."""

    generation: int
    document: QPdfDocument
    destinations: Mapping[str, Destination]
    first_page: int  # the index of its first page in the whole document
    total: int  # the whole document's pages, for a window; 0 when this is the whole
    next_page: int = 0
    text_read: bool = False


class PrintPreview(QWidget):
    """Shows PDF bytes; keeps scroll and zoom across updates; scrolls to a part's anchor."""

    sig_page_count_changed = Signal(int)
    """The shown PDF now has this many pages (0: none shown)."""

    sig_shown = Signal(int)
    """The PDF given to :meth:`show_pdf` with this generation is on screen."""

    sig_window_dropped = Signal(int)
    """A window of this generation was not shown: the page on screen is not one of its."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Print preview"))
        self.document = QPdfDocument(self)  # the one on screen
        self._destinations: Mapping[str, Destination] = {}
        self._shown_generation = 0
        self._first_page = 0  # of the shown PDF, in the whole document
        self._total = 0  # the whole document's pages while a window is shown, else 0
        self._incoming: _Incoming | None = None
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._prepare_slice)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        # Over the pages' corner, not in a layout: showing it moves no page.
        self.window_note = QLabel(self.tr("Laying out the whole document…"), self.view)
        self.window_note.setObjectName("print-window-note")
        self.window_note.setStyleSheet(
            "#print-window-note { background: palette(window); color: palette(window-text);"
            " border: 1px solid palette(mid); border-radius: 3px; padding: 3px 8px; }"
        )
        self.window_note.hide()
        self.navigator = self.view.pageNavigator()
        self.page_selector = QPdfPageSelector(self)
        self.page_selector.setDocument(self.document)
        self.page_selector.setAccessibleName(self.tr("Page"))
        self.page_total = QLabel(self)
        self.toolbar = self._toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.page_selector.currentPageChanged.connect(self._go_to_page)
        self._update_controls()

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Print preview"), self)
        bar.setAccessibleName(self.tr("Print preview tools"))
        style = self.style()
        icon = QStyle.StandardPixmap

        def make(text: str, slot: object, pixmap: QStyle.StandardPixmap | None = None) -> QAction:
            action = QAction(text, self)
            if pixmap is not None:
                action.setIcon(style.standardIcon(pixmap))
            action.setToolTip(text)
            action.triggered.connect(slot)
            return action

        self.previous_page = make(self.tr("Previous page"), self._previous, icon.SP_ArrowUp)
        self.next_page = make(self.tr("Next page"), self._next, icon.SP_ArrowDown)
        self.zoom_out = make(self.tr("Zoom out"), lambda: self._zoom(1 / _ZOOM_STEP))
        self.zoom_out.setText("−")
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = make(self.tr("Zoom in"), lambda: self._zoom(_ZOOM_STEP))
        self.zoom_in.setText("+")
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width = make(self.tr("Fit width"), self._fit_width)
        self.fit_width.setCheckable(True)
        for action in (self.zoom_in, self.zoom_out):
            # Only while the preview has focus: elsewhere Ctrl++ belongs to the form.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        bar.addAction(self.previous_page)
        bar.addWidget(self.page_selector)
        bar.addWidget(self.page_total)
        bar.addAction(self.next_page)
        bar.addSeparator()
        bar.addActions([self.zoom_out, self.fit_width, self.zoom_in])
        return bar

    # -- content

    @property
    def page_count(self) -> int:
        """Pages of the document: of the whole while a window of it is shown."""
        return self._total or self.document.pageCount()

    @property
    def showing_window(self) -> bool:
        """Whether the PDF on screen is a window of the document (a few pages of it)."""
        return self._total > 0

    @property
    def shown_generation(self) -> int:
        """The generation of the PDF on screen (0: none)."""
        return self._shown_generation

    def show_pdf(
        self,
        generation: int,
        data: bytes,
        destinations: Mapping[str, Destination],
        *,
        first_page: int = 0,
        total: int = 0,
    ) -> bool:
        """Show ``data`` in place of the current PDF, where the user was, once it is ready
        (:attr:`sig_shown`); ``False`` if Qt cannot read it, which leaves the current one.

        ``total``: ``data`` is a window of a document of that many pages, its first page
        the ``first_page``-th (0-based); it is shown only if the page on screen is one of
        its pages (else :attr:`sig_window_dropped`). A PDF given while an older one is still
        being made ready replaces that one.
        """
        self._drop_incoming()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        buffer.setParent(document)  # read lazily: it lives as long as the document
        document.load(buffer)  # synchronous for a random-access device
        if document.status() != QPdfDocument.Status.Ready:
            document.deleteLater()
            return False
        self._incoming = _Incoming(generation, document, destinations, first_page, total)
        self._slicer.start()
        return True

    def _prepare_slice(self) -> None:
        """Make the incoming PDF ready one step further, or show it when it is."""
        incoming = self._incoming
        if incoming is None:
            return
        document = incoming.document
        if incoming.next_page < document.pageCount():
            end = min(incoming.next_page + PAGES_PER_SLICE, document.pageCount())
            for page in range(incoming.next_page, end):
                document.pagePointSize(page)  # PDFium keeps it for the view's layout
            incoming.next_page = end
        elif not incoming.text_read:
            # The view's link model reads the text of the page on screen; this loads the
            # fonts that takes, once per document.
            page = self.current_page() - incoming.first_page
            document.getAllText(max(0, min(page, document.pageCount() - 1)))
            incoming.text_read = True
        else:
            self._incoming = None
            self._swap(incoming)
            return
        self._slicer.start()

    def _swap(self, incoming: _Incoming) -> None:
        vertical, horizontal = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        shift = incoming.first_page - self._first_page  # pages the new PDF starts later
        if incoming.total and not (
            0 <= self.current_page() - incoming.first_page < incoming.document.pageCount()
        ):
            incoming.document.deleteLater()
            self.sig_window_dropped.emit(incoming.generation)
            return
        position = (vertical.value() - shift * self._page_pitch(), horizontal.value())
        old, self.document = self.document, incoming.document
        self.view.setDocument(self.document)
        self.page_selector.setDocument(self.document)
        old.deleteLater()  # its buffer with it
        self._destinations = incoming.destinations
        self._shown_generation = incoming.generation
        self._first_page, self._total = incoming.first_page, incoming.total
        self._place_note()
        vertical.setValue(position[0])
        horizontal.setValue(position[1])
        self._update_controls()
        self.sig_page_count_changed.emit(self.page_count)
        self.sig_shown.emit(incoming.generation)

    def _drop_incoming(self) -> None:
        self._slicer.stop()
        if self._incoming is not None:
            self._incoming.document.deleteLater()
            self._incoming = None

    def clear(self) -> None:
        """Show nothing (no document is open)."""
        self._drop_incoming()
        self.document.close()
        self._destinations = {}
        self._shown_generation = 0
        self._first_page = self._total = 0
        self._place_note()
        self._update_controls()
        self.sig_page_count_changed.emit(0)

    def page_text(self, page: int) -> str:
        """The text of ``page`` (of the whole document) as Qt extracts it; "" if it is not
        in the PDF on screen (tests, benchmarks, accessibility checks)."""
        page -= self._first_page
        if not 0 <= page < self.document.pageCount():
            return ""
        return self.document.getAllText(page).text()

    def scroll_to(self, anchor: str) -> bool:
        """Scroll so the part at ``anchor`` starts at the top; ``False`` if it is not known."""
        if anchor == TITLE_ANCHOR:
            anchor = INTRO_ANCHOR
        destination = self._destinations.get(anchor)
        page = destination.page - self._first_page if destination is not None else -1
        if destination is None or not 0 <= page < self.document.pageCount():
            return False
        self.navigator.jump(page, QPointF(0, destination.top), 0)
        # QPdfView scrolls to the page's top; move on to the point on the page.
        offset = destination.top * self._pixels_per_point(page) - _SCROLL_CONTEXT_PX
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + max(0, round(offset)))
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_note()

    def _place_note(self) -> None:
        """The window note at the bottom left of the pages, shown while a window is."""
        note = self.window_note
        note.setVisible(self.showing_window)
        note.adjustSize()
        viewport = self.view.viewport().geometry()
        note.move(viewport.left() + 8, viewport.bottom() - note.height() - 8)
        note.raise_()

    def current_page(self) -> int:
        """The page on screen, 0-based, counted in the whole document."""
        return self.navigator.currentPage() + self._first_page

    def _page_pitch(self) -> int:
        """Pixels from one page's top to the next one's in the view (pages of one size).

        From the scroll range rather than from the zoom: QPdfView rounds each page's size,
        and an error of a pixel a page would add up over hundreds of pages.
        """
        pages = self.document.pageCount()
        if pages <= 0:
            return 0
        margins = self.view.documentMargins()
        content = (
            self.view.verticalScrollBar().maximum()
            + self.view.viewport().height()
            - margins.top()
            - margins.bottom()
        )  # QPdfView leaves the spacing after the last page too: n pitches in all
        return round(content / pages)

    def _pixels_per_point(self, page: int) -> float:
        """How QPdfView scales a page (its layout code, reproduced for the three zoom modes)."""
        size = self.document.pagePointSize(page)
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        viewport = self.view.viewport().size()
        margins = self.view.documentMargins()
        width = viewport.width() - margins.left() - margins.right()
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width / size.width()
        if mode == QPdfView.ZoomMode.FitInView:
            height = viewport.height() - self.view.pageSpacing()
            return min(width / size.width(), height / size.height())
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        return dpi / 72.0 * self.view.zoomFactor()

    # -- navigation and zoom

    def _previous(self) -> None:
        self._go_to_page(self.navigator.currentPage() - 1)

    def _next(self) -> None:
        self._go_to_page(self.navigator.currentPage() + 1)

    def _go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount() and page != self.navigator.currentPage():
            self.navigator.jump(page, QPointF(), 0)

    def _zoom(self, factor: float) -> None:
        current = self._pixels_per_point(max(0, self.navigator.currentPage()))
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        zoom = min(_ZOOM_MAX, max(_ZOOM_MIN, current / (dpi / 72.0) * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._update_controls()

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def _on_page_changed(self, page: int) -> None:
        if self.page_selector.currentPage() != page:
            self.page_selector.setCurrentPage(page)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count
        page = self.navigator.currentPage()
        self.page_total.setText(self.tr("of %1").replace("%1", str(count)) if count else "")
        self.page_selector.setEnabled(count > 0)
        self.previous_page.setEnabled(count > 0 and page > 0)
        self.next_page.setEnabled(0 <= page < count - 1)
        self.zoom_in.setEnabled(count > 0)
        self.zoom_out.setEnabled(count > 0)
        self.fit_width.setEnabled(count > 0)
        self.fit_width.setChecked(self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)
