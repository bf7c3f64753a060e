"""The Web tab: the HTML export, shown by QtWebEngine once the tab is first on screen.

Until then the tab only keeps the newest page; :mod:`.web_engine` (and with it QtWebEngine
and Chromium) is loaded when the tab is first shown, never for a window that does not show
it.

The page is loaded once and then patched: :mod:`exporters.html_patch` says which top-level
blocks an edit changed, and the page's script swaps just those in place (about 300 ms for a
reload of the page and its fonts, a few for a patch), so the reader keeps their place and
the untouched parts stay as they were. A change to what every block depends on (theme,
fonts, the page's head) loads the page again, where the user was reading; so does a patch
the page cannot apply.
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
    from exporters import html_patch


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
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._parts: WebParts | None = None
        self._data: bytes | None = None
        self._generation = 0
        self._requested = 0  # generation whose load or patch was started
        self._loaded = 0  # generation on screen
        self._pending_anchor: str | None = None
        # The blocks of the page as it is (or will be, once what was sent is applied): what
        # the next patch is computed against. None: unknown, the next update loads.
        self._layout: html_patch.PageLayout | None = None
        self._loading = False  # a load is under way: updates wait until it is done
        self._epoch = 0  # counts loads; a patch answered from an older page is ignored

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
            self._box.addWidget(self._parts.view)
            if self._data is not None:
                self._update()
        return self._parts

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_view()

    def show_html(self, generation: int, data: bytes) -> None:
        """Show ``data``, the page of render ``generation``, where the user was reading."""
        self._generation = generation
        self._data = data
        if self._parts is not None:
            self._update()

    def clear(self) -> None:
        """Show nothing (no document is open)."""
        self._data = None
        self._pending_anchor = None
        self._layout = None
        self._loading = False
        self._epoch += 1
        self._requested = self._loaded = 0
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

    def _update(self) -> None:
        """Bring the page up to the newest render: patch it in place, or load it."""
        if self._loading or self._data is None or self._requested == self._generation:
            return  # a load under way picks the newest render up when it is done
        from exporters import html_patch  # at the first web page: the window's start needs none

        new = html_patch.layout(self._data)
        patch = html_patch.diff(self._layout, new) if self._loaded else None
        if patch is None:
            self._load(new)
            return
        generation, epoch = self._generation, self._epoch
        self._layout = new
        self._requested = generation
        self.run_js(
            f"window.podiumPatch({patch.to_json()}) === true",
            lambda ok: self._on_patched(generation, epoch, ok),
        )

    def _load(self, layout: html_patch.PageLayout | None) -> None:
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
        self._layout = layout
        self._loading = True
        self._epoch += 1
        page.load(page_url(self._generation, query.toString()))

    def _on_patched(self, generation: int, epoch: int, ok: object) -> None:
        if epoch != self._epoch or self._parts is None:
            return  # the page was loaded (or cleared) since: it has its own answer
        if ok is not True:
            # The page was not what the patch expected: load it as it should be.
            self._layout = None
            self._requested = 0
            self._update()
            return
        if generation <= self._loaded:
            return
        self._shown(generation)

    def _shown(self, generation: int) -> None:
        self._loaded = generation
        if self._pending_anchor is not None and self._loaded == self._requested:
            anchor, self._pending_anchor = self._pending_anchor, None
            self.scroll_to(anchor)
        self.sig_loaded.emit(generation)

    def _on_load_finished(self, ok: bool) -> None:
        if self._parts is None:
            return
        generation = QUrlQuery(self._parts.page.url()).queryItemValue("g")
        if generation != str(self._requested):
            # Not the page this view asked for (another load replaced it): nothing is known
            # of what is on screen, so the next update loads.
            self._layout = None
            self._loading = False
            return
        self._loading = False
        if ok:
            self._shown(self._requested)
        else:
            self._layout = None
        self._update()  # renders that arrived during the load
