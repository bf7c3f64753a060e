"""The Web tab: the HTML export, shown by QtWebEngine once the tab is first on screen.

Until then the tab only keeps the newest page; :mod:`.web_engine` (and with it QtWebEngine
and Chromium) is loaded when the tab is first shown, never for a window that does not show
it. After each update the page opens where the user was reading.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, QUrlQuery, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from editor.preview.interceptor import LocalOnlyInterceptor
    from editor.preview.web_engine import WebParts


class WebPreview(QWidget):
    """Shows the HTML export; keeps the scroll position across updates."""

    sig_loaded = Signal(int)
    """The page of this render generation has loaded."""

    sig_part_clicked = Signal(str)
    """The user clicked a part of the page; carries its anchor."""

    sig_link_blocked = Signal(str)
    """The user clicked a link, which was not followed; carries its URL."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Web preview"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._parts: WebParts | None = None
        self._data: bytes | None = None
        self._generation = 0
        self._requested = 0  # generation whose load was started
        self._loaded = 0  # generation on screen
        self._pending_anchor: str | None = None

    @property
    def parts(self) -> WebParts | None:
        """The web view and its page, once the tab has been shown (or :meth:`ensure_view`)."""
        return self._parts

    @property
    def interceptor(self) -> LocalOnlyInterceptor | None:
        return self._parts.interceptor if self._parts is not None else None

    @property
    def loaded_generation(self) -> int:
        return self._loaded

    def ensure_view(self) -> WebParts:
        """Start QtWebEngine and build the web view, once."""
        if self._parts is None:
            from editor.preview import web_engine

            self._parts = web_engine.build(
                self, self._on_load_finished, self.sig_part_clicked.emit, self.sig_link_blocked.emit
            )
            self._layout.addWidget(self._parts.view)
            if self._data is not None:
                self._load()
        return self._parts

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_view()

    def show_html(self, generation: int, data: bytes) -> None:
        """Show ``data``, the page of render ``generation``, where the user was reading."""
        self._generation = generation
        self._data = data
        if self._parts is not None:
            self._load()

    def clear(self) -> None:
        """Show nothing (no document is open)."""
        self._data = None
        self._pending_anchor = None
        if self._parts is not None:
            self._parts.handler.set_page(b"")
            self._parts.page.setUrl(QUrl("about:blank"))

    def scroll_to(self, anchor: str) -> None:
        """Scroll to the part at ``anchor`` now, or once the page has loaded."""
        if self._parts is not None and self._loaded and self._loaded == self._requested:
            self.run_js(f"window.podiumScrollTo({json.dumps(anchor)})")
        else:
            self._pending_anchor = anchor

    def run_js(self, script: str, callback: Callable[[Any], object] | None = None) -> None:
        """Run ``script`` in the editor's isolated world (also for tests and benchmarks)."""
        if self._parts is None:
            raise RuntimeError("the web preview has not been shown yet")
        from editor.preview.web_engine import WORLD

        if callback is None:
            self._parts.page.runJavaScript(script, WORLD)
        else:
            self._parts.page.runJavaScript(script, WORLD, callback)

    def _load(self) -> None:
        from editor.preview.scheme import page_url

        assert self._parts is not None and self._data is not None
        page = self._parts.page
        query = QUrlQuery()
        if self._pending_anchor is not None:
            query.addQueryItem("a", self._pending_anchor)
            self._pending_anchor = None
        elif self._loaded:
            position = page.scrollPosition()
            query.addQueryItem("x", str(round(position.x())))
            query.addQueryItem("y", str(round(position.y())))
        self._parts.handler.set_page(self._data)
        self._requested = self._generation
        page.load(page_url(self._generation, query.toString()))

    def _on_load_finished(self, ok: bool) -> None:
        if self._parts is None:
            return
        generation = QUrlQuery(self._parts.page.url()).queryItemValue("g")
        if ok and generation == str(self._requested):
            self._loaded = self._requested
            if self._pending_anchor is not None:
                anchor, self._pending_anchor = self._pending_anchor, None
                self.scroll_to(anchor)
            self.sig_loaded.emit(self._loaded)
