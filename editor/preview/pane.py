"""The preview pane: the PDF and the web page the export would write, beside the form.

Edits reach the pane as ``sig_document_changed``; a debounce timer waits for a pause in the
typing (and no longer than :data:`MAX_DELAY_MS` in all), then asks the render service for a
render of the immutable project, numbered with a new generation. A result of an older
generation is dropped. A failed render leaves the last good one on screen under a banner
that says why it is out of date. Selecting a part in the navigator scrolls both previews to
it; clicking a part of the web page selects its form.

A long PDF is laid out again in seconds. After an edit to one section whose pages are on
screen, the render asks first for those pages alone (:mod:`editor.preview.focus_plan`) and
shows them in place of the old ones, at the same place, until the whole PDF follows.

The pane can be hidden or detached into a window of its own; the window's settings keep
the choice (``preview/visible``, ``preview/detached``, ``preview/geometry``, ``preview/tab``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from editor.document import DocumentModel
from editor.preview.export_anchors import anchor_for, target_for
from editor.preview.floating import FloatingWindow
from editor.preview.focus_plan import Shown, plan
from editor.preview.pdf_view import PrintPreview
from editor.preview.render_service import RenderService
from editor.preview.render_worker import Renderer, shared_process_renderer
from editor.preview.web_view import WebPreview
from editor.session import Session
from editor.targets import Target
from exporters.export import Focus, Format, Rendering
from models import Project

#: Quiet time after an edit before the preview renders.
DEBOUNCE_MS = 200
#: Longest a pending edit waits while the user keeps typing.
MAX_DELAY_MS = 600

_PRINT, _WEB = 0, 1
_TABS = ("print", "web")


class _Entry(NamedTuple):
    """A render: its generation, the project it was made from, and what it produced."""

    generation: int
    source: Project
    rendering: Rendering

    @property
    def pages(self) -> int:
        """How many pages its PDF has (the last page with a part on it, at least)."""
        return self.rendering.pages


class PreviewPane(QWidget):
    """Print and Web tabs showing the export of the open document, kept up to date."""

    sig_render_started = Signal(int)
    """A render of this generation was handed to the render service."""

    sig_print_shown = Signal(int)
    """The Print tab now shows the PDF of this generation."""

    sig_print_window_shown = Signal(int)
    """The Print tab now shows the edited pages of this generation; the whole PDF follows."""

    sig_web_shown = Signal(int)
    """The Web tab now shows the page of this generation."""

    sig_stale_dropped = Signal(int)
    """A render of this (older) generation arrived after a newer request and was dropped."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        renderer: Renderer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview-pane")
        self.setAccessibleName(self.tr("Preview"))
        self.settings = settings
        self._session: Session | None = None
        self._select_target: Callable[[Target], object] | None = None
        self._show_message: Callable[[str, int], None] | None = None
        self._document: DocumentModel | None = None
        self._generation = 0
        self._main_window: QWidget | None = None
        self._dirty = False
        self._pending_since: float | None = None
        self._pdf_anchor: str | None = None  # selected before the PDF showed it
        self._submitted: _Entry | None = None  # the newest render asked for, until it is in
        self._latest: dict[Format, _Entry] = {}  # the newest render of each format
        self._full_pdf: _Entry | None = None  # the last whole PDF put on screen
        self._shown: dict[Format, int] = {}  # the generation each tab shows
        self._from_web = False
        self._floating: FloatingWindow | None = None
        self._home: tuple[QSplitter, int, list[int]] | None = None
        self.service = RenderService(renderer or shared_process_renderer(), self)
        self.service.sig_finished.connect(self._on_rendered)
        self.service.sig_interim.connect(self._on_interim)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render)
        self._build()
        self._build_actions()

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("preview-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Preview out of date"))
        self.banner.setStyleSheet(
            "#preview-banner { background: #FFF4CE; color: #3B2F00;"
            " border-bottom: 1px solid #E0C060; padding: 6px 8px; }"
        )
        self.banner.hide()
        self.print_view = PrintPreview(self)
        self.web_view = WebPreview(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.print_view, self.tr("Print"))
        self.tabs.addTab(self.web_view, self.tr("Web"))
        self.tabs.setTabToolTip(_PRINT, self.tr("The PDF, as Export PDF writes it"))
        self.tabs.setTabToolTip(_WEB, self.tr("The web page, as Export HTML writes it"))
        tab = self.settings.value("preview/tab", "print")
        self.tabs.setCurrentIndex(_TABS.index(tab) if tab in _TABS else _PRINT)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.page_count = QLabel(self)
        self.page_count.setAccessibleName(self.tr("Pages in the PDF"))
        self.page_count.hide()
        self.print_view.sig_page_count_changed.connect(self._on_page_count)
        self.print_view.sig_shown.connect(self._on_pdf_shown)
        self.web_view.sig_loaded.connect(self.sig_web_shown)
        self.web_view.sig_part_clicked.connect(self._on_part_clicked)
        self.web_view.sig_link_blocked.connect(self._on_link_blocked)

    def _build_actions(self) -> None:
        self.show_action = QAction(self.tr("Show &preview"), self)
        self.show_action.setCheckable(True)
        self.show_action.setShortcut("F8")
        self.show_action.setStatusTip(self.tr("Show or hide the preview of the exports"))
        self.show_action.setChecked(_bool(self.settings.value("preview/visible", True)))
        self.show_action.toggled.connect(self._on_show_toggled)
        self.detach_action = QAction(self.tr("&Detach preview"), self)
        self.detach_action.setCheckable(True)
        self.detach_action.setStatusTip(self.tr("Show the preview in a window of its own"))
        self.detach_action.setChecked(_bool(self.settings.value("preview/detached", False)))
        self.detach_action.toggled.connect(self._on_detach_toggled)

    @property
    def view_actions(self) -> list[QAction]:
        """The View menu's entries for the preview."""
        return [self.show_action, self.detach_action]

    # -- wiring

    def attach(
        self,
        session: Session,
        select_target: Callable[[Target], object],
        show_message: Callable[[str, int], None],
    ) -> None:
        """Follow ``session``'s document, and apply the saved visibility.

        ``select_target`` shows the form of a part clicked in the web page; ``show_message``
        puts a note in the status bar. The window connects the navigator's selection to
        :meth:`show_target` and places :attr:`page_count`.
        """
        self._session = session
        self._select_target = select_target
        self._show_message = show_message
        session.sig_document_replaced.connect(self._on_document_replaced)
        self._main_window = self.window()
        self._main_window.installEventFilter(self)
        if not self.show_action.isChecked():
            self.hide()
        if self.detach_action.isChecked():
            self._detach()
        self._on_document_replaced()

    def set_document(self, document: DocumentModel | None) -> None:
        """Preview ``document`` (``None``: nothing), dropping everything about the old one."""
        if document is self._document:
            return
        if self._document is not None:
            with contextlib.suppress(RuntimeError):  # its C++ side may be gone already
                self._document.sig_document_changed.disconnect(self._on_document_changed)
        self._document = document
        self._generation += 1
        self.service.invalidate(self._generation)
        self._timer.stop()
        self._pending_since = None
        self._pdf_anchor = None
        self._submitted = None
        self._latest.clear()
        self._full_pdf = None
        self._shown.clear()
        self._set_banner(())
        self._on_page_count(0)  # the old document's count, until the new one's arrives
        if document is None:
            self._dirty = False
            self.print_view.clear()
            self.web_view.clear()
            if self._floating is not None:
                self._floating.hide()
            return
        document.sig_document_changed.connect(self._on_document_changed)
        if self._floating is not None and self._wants_floating_shown():
            self._floating.show()
        self._dirty = True
        self._timer.start(0)

    # -- rendering

    @property
    def generation(self) -> int:
        """The newest generation asked for; results of older ones are dropped."""
        return self._generation

    def render_now(self) -> None:
        """Render at once, without the debounce (tests, benchmarks)."""
        self._dirty = True
        self._timer.stop()
        self._render()

    def _on_document_changed(self) -> None:
        self._dirty = True
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = (now - self._pending_since) * 1000
        self._timer.start(round(max(0.0, min(DEBOUNCE_MS, MAX_DELAY_MS - waited_ms))))

    def _tab_format(self) -> Format:
        return "pdf" if self.tabs.currentIndex() == _PRINT else "html"

    def _render(self) -> None:
        document = self._document
        if document is None or not self._dirty or not self.isVisible():
            return  # a hidden preview renders when it is shown again
        self._dirty = False
        self._pending_since = None
        self._generation += 1
        # Only the tab on screen: the other one renders when it is shown. On a 2-core machine
        # ReportLab and Chromium working at once for a hidden tab slowed typing down.
        formats = frozenset({self._tab_format()})
        self._submitted = _Entry(self._generation, document.project, Rendering(formats=formats))
        focus = self._focus(document.project) if "pdf" in formats else None
        self.service.submit(self._generation, document.project, formats, focus)
        self.sig_render_started.emit(self._generation)

    def _focus(self, project: Project) -> Focus | None:
        """The edited pages to render first, if the edit allows it (:func:`plan`)."""
        full = self._full_pdf
        if full is None or full.rendering.pdf is None or self._shown.get("pdf") is None:
            return None
        shown = Shown(full.source.publication, full.rendering.destinations, full.pages)
        return plan(shown, project.publication, self.print_view.current_page())

    def _on_interim(self, generation: int, rendering: Rendering) -> None:
        """Show a focus render's pages, unless a newer render was asked for or is shown."""
        full, focus = self._full_pdf, rendering.focus
        if (
            generation != self._generation
            or full is None
            or focus is None
            or rendering.pdf is None
            or self._tab_format() != "pdf"
            or self._shown.get("pdf", 0) >= generation
        ):
            self.sig_stale_dropped.emit(generation)
            return
        destinations = {**full.rendering.destinations, **rendering.destinations}
        self.print_view.show_pdf(
            generation, rendering.pdf, destinations, first_page=focus.page, total=focus.total
        )

    def _on_rendered(self, generation: int, rendering: Rendering) -> None:
        if generation != self._generation or self._submitted is None:
            self.sig_stale_dropped.emit(generation)
            return
        entry = _Entry(generation, self._submitted.source, rendering)
        self._submitted = None
        for fmt in rendering.formats:
            self._latest[fmt] = entry
        self._show_current()

    def _show_current(self) -> None:
        """Bring the tab on screen up to date, asking for a render if it is behind."""
        document = self._document
        if document is None:
            return
        fmt = self._tab_format()
        entry = self._latest.get(fmt)
        if entry is not None and self._shown.get(fmt) != entry.generation:
            self._shown[fmt] = entry.generation
            self._put(fmt, entry)
        self._set_banner(entry.rendering.errors if entry is not None else ())
        behind = entry is None or entry.source is not document.project
        submitted = self._submitted
        in_flight = (
            submitted is not None
            and submitted.source is document.project
            and (fmt in submitted.rendering.formats)
        )
        if behind and not in_flight and not self._timer.isActive():
            self._dirty = True
            self._timer.start(0)

    def _put(self, fmt: Format, entry: _Entry) -> None:
        """Show ``entry``'s output for ``fmt``; one that failed leaves the last good one."""
        rendering, generation = entry.rendering, entry.generation
        if fmt == "html":
            if rendering.html is not None:
                self.web_view.show_html(generation, rendering.html)
            return
        if rendering.pdf is None and self.print_view.showing_window:
            entry = self._full_pdf or entry  # a window is no "last good one": the whole is
            rendering = entry.rendering
        if rendering.pdf is not None:  # on screen a few turns of the event loop later
            self._full_pdf = entry
            self.print_view.show_pdf(entry.generation, rendering.pdf, rendering.destinations)

    def _on_pdf_shown(self, generation: int) -> None:
        if self.print_view.showing_window:
            self.sig_print_window_shown.emit(generation)
            return
        self.sig_print_shown.emit(generation)
        if self._pdf_anchor is not None and self.print_view.scroll_to(self._pdf_anchor):
            self._pdf_anchor = None

    def _set_banner(self, errors: tuple[str, ...]) -> None:
        if not errors:
            self.banner.hide()
            return
        text = self.tr("The preview is out of date; it shows the last version that rendered.")
        self.banner.setText("\n".join([text, *errors]))
        self.banner.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The detached window follows the main window: hidden with it, shown with it."""
        floating = self._floating
        if watched is self._main_window and floating is not None:
            if event.type() == QEvent.Type.Hide:
                floating.hide()
            elif event.type() == QEvent.Type.Show and self._wants_floating_shown():
                floating.show()
        return False

    def _wants_floating_shown(self) -> bool:
        return self.show_action.isChecked() and self._document is not None

    # -- navigation

    def show_target(self, target: Target) -> None:
        """Scroll both previews to ``target``'s part (the navigator selected it)."""
        if self._document is None:
            return
        anchor = anchor_for(target, self._document.publication)
        if anchor is None:
            return
        # A part that is not in the PDF yet (just added) is scrolled to once it is.
        self._pdf_anchor = None if self.print_view.scroll_to(anchor) else anchor
        if not self._from_web:  # the user is looking at the web page where they clicked
            self.web_view.scroll_to(anchor)

    def _on_part_clicked(self, anchor: str) -> None:
        if self._document is None or self._select_target is None:
            return
        target = target_for(anchor, self._document.publication)
        if target is None:
            return
        self._from_web = True
        try:
            self._select_target(target)
        finally:
            self._from_web = False

    def _on_link_blocked(self, url: str) -> None:
        if self._show_message is not None:
            message = self.tr("Links do not open from the preview: %1").replace("%1", url)
            self._show_message(message, 8000)

    def _on_page_count(self, count: int) -> None:
        self.page_count.setText(self.tr("%n page(s)", "", count))
        self.page_count.setVisible(count > 0)

    def _on_tab_changed(self, index: int) -> None:
        self.settings.setValue("preview/tab", _TABS[index] if 0 <= index < len(_TABS) else "print")
        self._show_current()

    # -- hide, show, detach

    def _on_show_toggled(self, visible: bool) -> None:
        self.settings.setValue("preview/visible", visible)
        if self._floating is not None:
            self._floating.setVisible(self._wants_floating_shown())
        else:
            self.setVisible(visible)

    def _on_detach_toggled(self, detached: bool) -> None:
        self.settings.setValue("preview/detached", detached)
        if detached:
            self._detach()
        else:
            self._reattach()

    def _detach(self) -> None:
        splitter = self.parentWidget()
        if self._floating is not None or not isinstance(splitter, QSplitter):
            return
        self._home = (splitter, splitter.indexOf(self), splitter.sizes())
        window = FloatingWindow(self.settings, self.window())
        window.sig_closed.connect(lambda: self.detach_action.setChecked(False))
        window.set_content(self)
        self._floating = window
        self.setVisible(True)
        if self._wants_floating_shown():
            window.show()

    def _reattach(self) -> None:
        window, self._floating = self._floating, None
        if window is None or self._home is None:
            return
        splitter, index, sizes = self._home
        splitter.insertWidget(index, self)
        splitter.setSizes(sizes)
        self.setVisible(self.show_action.isChecked())
        window.remember_geometry()
        window.hide()
        window.deleteLater()

    @property
    def floating_window(self) -> QWidget | None:
        """The window the pane is detached into, if it is."""
        return self._floating

    def _on_document_replaced(self) -> None:
        session = self._session
        self.set_document(session.document if session is not None else None)


def _bool(value: object) -> bool:
    """QSettings gives back "true"/"false" strings from INI files."""
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)
