"""Keeps the web preview off the network: every request for a non-local URL is blocked.

The exported page needs nothing from outside (fonts and images are inline and its CSP says
so), but a preview must not make a request even if a future template or a bug would. What
is blocked is recorded, so tests can prove that nothing got through.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from editor.preview.scheme import SCHEME

#: Schemes that never leave the process: the preview's own, and inline data.
ALLOWED_SCHEMES = frozenset({SCHEME.decode(), "data", "about", "blob"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request whose scheme is not in :data:`ALLOWED_SCHEMES`."""

    sig_blocked = Signal(str)
    """A request was blocked; carries its URL."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() in ALLOWED_SCHEMES:
            return
        info.block(True)
        text = url.toDisplayString()
        self.blocked.append(text)
        self.sig_blocked.emit(text)
