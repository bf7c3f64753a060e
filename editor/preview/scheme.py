"""The ``podium-preview:`` URL scheme: the web preview's page is served from memory.

``QWebEngineView.setHtml`` refuses pages over 2 MB (the sample's page, with its fonts and
images inline, is 1.7 MB), and a temporary file would put every keystroke on disk.

QtWebEngine learns custom schemes only until it starts: ``registerScheme`` refuses ("Too
late to register scheme") once the first profile has created its context. Its documentation
asks for registration before the ``QApplication``; the source (``lockSchemes``, called when
the WebEngine context is made) shows that "before the first web view" is what counts, and
that is when :func:`editor.preview.web_engine.build` registers it. So QtWebEngine need not be
loaded at start-up, and tests need no particular import order.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

SCHEME = b"podium-preview"
#: The path the page is served under; the query numbers the render (see WebPreview).
PAGE_PATH = "/publication.html"


def register_scheme() -> None:
    """Tell QtWebEngine about the scheme; idempotent, and must run before QtWebEngine starts."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    # Secure (so the page is a secure context) and local (web pages may not link to it). Not
    # ContentSecurityPolicyIgnored: the page's own CSP must hold in the preview too.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


def page_url(generation: int, query: str = "") -> QUrl:
    """The address of render ``generation``; a new address per render defeats any caching."""
    url = QUrl()
    url.setScheme(SCHEME.decode())
    url.setPath(PAGE_PATH)
    url.setQuery(f"g={generation}" + (f"&{query}" if query else ""))
    return url


class PreviewSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers every ``podium-preview:`` request for the page with the newest HTML bytes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = QByteArray()

    def set_page(self, data: bytes) -> None:
        self._page = QByteArray(data)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        if job.requestMethod() != b"GET" or job.requestUrl().path() != PAGE_PATH:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)  # the job owns the buffer: it lives as long as the request
        buffer.setData(self._page)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"text/html;charset=utf-8", buffer)
