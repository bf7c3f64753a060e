"""The Print tab: the PDF export in a ``QPdfView``, with page navigation and zoom.

New bytes replace the document in place, and the scroll position and zoom survive the
swap, so the page the user reads stays put while they type. ``QPdfDocument`` reads lazily
from its device, so the buffer of the shown PDF is kept until the next one is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtWidgets import QLabel, QStyle, QToolBar, QVBoxLayout, QWidget

from editor.preview.export_anchors import TITLE_ANCHOR
from exporters.export import Destination
from exporters.ir import INTRO_ANCHOR

_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 6.0
_SCROLL_CONTEXT_PX = 12  # a target lands a little below the view's top edge


class PrintPreview(QWidget):
    """Shows PDF bytes; keeps scroll and zoom across updates; scrolls to a part's anchor."""

    sig_page_count_changed = Signal(int)
    """The shown PDF now has this many pages (0: none shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Print preview"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._destinations: Mapping[str, Destination] = {}
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
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
        return self.document.pageCount()

    def show_pdf(self, data: bytes, destinations: Mapping[str, Destination]) -> bool:
        """Show ``data`` in place of the current PDF, where the user was; ``False`` if Qt
        cannot read it (the previous PDF is gone then, as with any failed load)."""
        vertical, horizontal = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        position = (vertical.value(), horizontal.value())
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # synchronous for a random-access device
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._destinations = destinations
        vertical.setValue(position[0])
        horizontal.setValue(position[1])
        self._update_controls()
        self.sig_page_count_changed.emit(self.page_count)
        return self.document.status() == QPdfDocument.Status.Ready

    def clear(self) -> None:
        """Show nothing (no document is open)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self._destinations = {}
        self._update_controls()
        self.sig_page_count_changed.emit(0)

    def page_text(self, page: int) -> str:
        """The text of ``page`` as Qt extracts it (tests, accessibility checks)."""
        return self.document.getAllText(page).text()

    def scroll_to(self, anchor: str) -> bool:
        """Scroll so the part at ``anchor`` starts at the top; ``False`` if it is not known."""
        if anchor == TITLE_ANCHOR:
            anchor = INTRO_ANCHOR
        destination = self._destinations.get(anchor)
        if destination is None or destination.page >= self.page_count:
            return False
        self.navigator.jump(destination.page, QPointF(0, destination.top), 0)
        # QPdfView scrolls to the page's top; move on to the point on the page.
        offset = destination.top * self._pixels_per_point(destination.page) - _SCROLL_CONTEXT_PX
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + max(0, round(offset)))
        return True

    def current_page(self) -> int:
        return self.navigator.currentPage()

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
        if 0 <= page < self.page_count and page != self.navigator.currentPage():
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
