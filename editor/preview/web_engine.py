"""The QtWebEngine side of the Web tab, imported only when the tab is first shown.

QtWebEngine's libraries take tens of milliseconds to load and Chromium about a second to
start, so nothing here is imported at start-up. The page comes from memory through the
``podium-preview:`` scheme (:mod:`.scheme`), every other request is blocked
(:mod:`.interceptor`), and a clicked link loads nothing.

The page's Content-Security-Policy forbids inline scripts, so the editor's own script is a
``QWebEngineScript`` in the application's isolated world, which page CSP does not govern.
It reports clicks on a part of the page through a ``QWebChannel``, restores the scroll
position after each load, and applies the patches of :mod:`exporters.html_patch` that
update the page in place between loads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from editor.preview.export_anchors import TITLE_ANCHOR
from editor.preview.interceptor import LocalOnlyInterceptor
from editor.preview.scheme import SCHEME, PreviewSchemeHandler, register_scheme

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld

#: Runs in the isolated world after each load (``qwebchannel.js`` is prepended).
_SCRIPT = """
(() => {
  'use strict';
  const TITLE = @TITLE@;
  let bridge = null;
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.podium;
    window.podiumReady = true;
  });
  document.addEventListener('click', (event) => {
    const node = event.target;
    const element = node instanceof Element ? node : node && node.parentElement;
    if (!element || !bridge || element.closest('a[href], button')) return;
    const part = element.closest('[data-block-id]');
    if (part) bridge.select(part.tagName === 'HEADER' ? TITLE : part.dataset.blockId);
  });
  window.podiumScrollTo = (anchor) => {
    if (anchor === TITLE) { window.scrollTo(0, 0); return true; }
    const element = document.getElementById(anchor);
    if (element) element.scrollIntoView({block: 'start'});
    return element !== null;
  };
  // Applies a patch of exporters.html_patch: each container's children were `before` and
  // become `after`; `html` holds the exporter's fragment of each new or changed block.
  // Everything is checked before anything changes, so a patch that does not fit the page
  // changes nothing and answers false (the editor then loads the page afresh).
  window.podiumPatch = (patch) => {
    const x = window.scrollX, y = window.scrollY;
    const plans = [];
    for (const list of patch.lists) {
      const parent = list.parent === null ? document.body : document.getElementById(list.parent);
      if (!parent || parent.children.length !== list.before.length) return false;
      const old = new Map(list.before.map((key, i) => [key, parent.children[i]]));
      const made = new Map();
      for (const [key, fragment] of Object.entries(list.html)) {
        const template = document.createElement('template');
        template.innerHTML = fragment;  // parsed inert: nothing in it loads or runs here
        if (template.content.childElementCount !== 1) return false;
        made.set(key, template.content.firstElementChild);
      }
      if (!list.after.every((key) => made.has(key) || old.has(key))) return false;
      plans.push([parent, old, made, list.after]);
    }
    for (const [parent, old, made, after] of plans) {
      const kept = new Set(after.filter((key) => !made.has(key)));
      for (const [key, node] of old) if (!kept.has(key)) node.remove();
      after.forEach((key, i) => {
        const node = made.get(key) || old.get(key);
        const here = parent.children[i] || null;
        if (here !== node) parent.insertBefore(node, here);
      });
    }
    if (patch.title !== null) document.title = patch.title;
    window.scrollTo(x, y);  // where the user was reading, whatever grew or shrank above it
    return true;
  };
  const query = new URLSearchParams(location.search);
  const place = () => {
    if (query.has('a')) window.podiumScrollTo(query.get('a'));
    else window.scrollTo(Number(query.get('x')) || 0, Number(query.get('y')) || 0);
  };
  place();
  document.fonts.ready.then(place);  // inline fonts change the layout once they are in
})();
""".replace("@TITLE@", json.dumps(TITLE_ANCHOR))


class _Bridge(QObject):
    """The object the page's script sees as ``podium``."""

    sig_selected = Signal(str)
    """The user clicked the part with this anchor."""

    @Slot(str)
    def select(self, anchor: str) -> None:
        self.sig_selected.emit(anchor)


class PreviewPage(QWebEnginePage):
    """Loads only the preview's own pages; a clicked link is reported, never followed."""

    sig_link_blocked = Signal(str)
    """The user clicked a link, which the preview did not follow; carries its URL."""

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool
    ) -> bool:
        url = QUrl(url)
        if type != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            return url.scheme() in (SCHEME.decode(), "about")
        here = self.url().toString().partition("#")[0]
        if url.hasFragment() and url.toString().partition("#")[0] == here:
            return True  # "skip to content" and other links within the page
        self.sig_link_blocked.emit(url.toDisplayString())
        return False

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        lineNumber: int,
        sourceID: str,
    ) -> None:
        """The page's console (e.g. CSP reports) is not the editor's log; stay quiet."""


@dataclass(frozen=True, slots=True)
class WebParts:
    """What :func:`build` made: the view, its page, and the guards of its profile."""

    view: QWebEngineView
    page: PreviewPage
    interceptor: LocalOnlyInterceptor
    handler: PreviewSchemeHandler


def build(
    parent: QWidget,
    on_loaded: Callable[[bool], None],
    on_part_clicked: Callable[[str], None],
    on_link_blocked: Callable[[str], None],
) -> WebParts:
    """A locked-down web view in ``parent``, with a private, off-the-record profile."""
    register_scheme()  # before this first profile starts QtWebEngine (idempotent)
    # The view is created before the profile, so as children of ``parent`` the view (and its
    # page) are destroyed first, as QtWebEngine requires.
    view = QWebEngineView(parent)
    view.setAccessibleName(QCoreApplication.translate("WebPreview", "Web page"))
    profile = QWebEngineProfile(parent)
    interceptor = LocalOnlyInterceptor(profile)
    profile.setUrlRequestInterceptor(interceptor)
    handler = PreviewSchemeHandler(profile)
    profile.installUrlSchemeHandler(SCHEME, handler)
    page = PreviewPage(profile, view)
    _lock_down(page.settings())
    bridge = _Bridge(page)
    bridge.sig_selected.connect(on_part_clicked)
    channel = QWebChannel(page)
    channel.registerObject("podium", bridge)
    page.setWebChannel(channel, WORLD)
    page.scripts().insert(_script())
    page.loadFinished.connect(on_loaded)
    page.sig_link_blocked.connect(on_link_blocked)
    view.setPage(page)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addActions(
        [
            page.action(QWebEnginePage.WebAction.Copy),
            page.action(QWebEnginePage.WebAction.SelectAll),
        ]
    )
    return WebParts(view, page, interceptor, handler)


def _script() -> QWebEngineScript:
    source = QFile(":/qtwebchannel/qwebchannel.js")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("QtWebChannel's qwebchannel.js is missing from the Qt resources")
    channel_js = bytes(source.readAll().data()).decode("utf-8")
    script = QWebEngineScript()
    script.setName("podium-preview")
    script.setSourceCode(channel_js + _SCRIPT)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(WORLD)
    script.setRunsOnSubFrames(False)
    return script


def _lock_down(settings: QWebEngineSettings) -> None:
    """A preview shows one page: no windows, plugins, storage, prefetching or drops."""
    attribute = QWebEngineSettings.WebAttribute
    for name, on in (
        (attribute.JavascriptCanOpenWindows, False),
        (attribute.LocalContentCanAccessRemoteUrls, False),
        (attribute.LocalContentCanAccessFileUrls, False),
        (attribute.PluginsEnabled, False),
        (attribute.PdfViewerEnabled, False),
        (attribute.NavigateOnDropEnabled, False),
        (attribute.DnsPrefetchEnabled, False),
        (attribute.HyperlinkAuditingEnabled, False),
        (attribute.LocalStorageEnabled, False),
        (attribute.ErrorPageEnabled, False),
    ):
        settings.setAttribute(name, on)
