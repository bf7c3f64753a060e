"""The live preview in the main window: it follows edits, drops stale renders, keeps the last
good one when a render fails, scrolls to the selected part, selects the part clicked in the
web page, and never touches the network.

QtWebEngine takes about a second to start, so the tests that need the web page share one
window (``shared_window``); each gets a fresh copy of the sample in it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QApplication, QSplitter

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.preview.pane import PreviewPane
from editor.preview.render_worker import ThreadRenderer
from editor.preview.scheme import SCHEME, page_url
from editor.targets import Target
from exporters.export import Format, Rendering
from exporters.pdf import PdfLayoutError
from models import Project, load
from models.edit import replace_at

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
TIMEOUT = 20_000  # ms; the first render starts the worker process


def _dialogs() -> Dialogs:
    dialogs = Dialogs()
    dialogs.ask_save_changes = lambda _p, _n: Choice.DISCARD  # type: ignore[method-assign]
    return dialogs


@pytest.fixture(scope="module")
def shared_window(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("preview")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=_dialogs())
    window.resize(1400, 900)
    window.show()
    yield window
    window.set_project(None, None)
    window.close()
    window.deleteLater()
    # Now, not at exit: QtWebEngine wants its pages gone before its profiles and itself.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(shared_window: MainWindow, qtbot) -> Iterator[MainWindow]:
    """The shared window with a fresh sample, its PDF on screen."""
    pane = shared_window.preview
    renderer = pane.service.renderer
    pane.tabs.setCurrentIndex(0)
    shared_window.set_project(load(SAMPLE), None)
    qtbot.waitUntil(lambda: _pdf_current(shared_window), timeout=TIMEOUT)
    yield shared_window
    pane.service.wait()
    pane.service.renderer = renderer


def _pdf_current(window: MainWindow) -> bool:
    pane = window.preview
    entry = pane._latest.get("pdf")
    document = window.document
    return (
        document is not None
        and entry is not None
        and entry.source is document.project
        and pane._shown.get("pdf") == entry.generation
        and pane.print_view.shown_generation == entry.generation  # loaded and swapped in
    )


def _pdf_text(pane: PreviewPane) -> str:
    view = pane.print_view
    return "\n".join(view.page_text(page) for page in range(view.page_count))


def _edit(window: MainWindow, loc: tuple[str | int, ...], value: object) -> None:
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, loc, value), "Test edit")


def _block_index(window: MainWindow, block_id: str) -> int:
    assert window.document is not None
    return next(i for i, b in enumerate(window.document.publication.blocks) if b.id == block_id)


def _js(qtbot, pane: PreviewPane, script: str) -> Any:
    """Run ``script`` in the web preview and wait for its result."""
    results: list[Any] = []
    pane.web_view.run_js(script, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    return results[0]


def _show_web(qtbot, window: MainWindow) -> PreviewPane:
    """Switch to the Web tab and wait until it shows the document, with its script ready."""
    pane = window.preview
    pane.tabs.setCurrentIndex(1)
    document = window.document
    assert document is not None

    def current() -> bool:
        entry = pane._latest.get("html")
        return (
            entry is not None
            and entry.source is document.project
            and pane.web_view.loaded_generation == entry.generation
        )

    qtbot.waitUntil(current, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _js(qtbot, pane, "window.podiumReady === true"), timeout=TIMEOUT)
    return pane


def test_an_edit_appears_in_both_previews(qtbot, window: MainWindow) -> None:
    pane = window.preview
    assert "Den Helder" in _pdf_text(pane)
    index = _block_index(window, "den-helder")
    with qtbot.waitSignal(pane.sig_print_shown, timeout=TIMEOUT):
        _edit(window, ("blocks", index, "title"), "Voorbeeldproef aan de kust")
    assert "Voorbeeldproef aan de kust" in _pdf_text(pane)
    assert pane.page_count.isVisible()
    assert pane.page_count.text() == f"{pane.print_view.page_count} page(s)"
    _show_web(qtbot, window)
    heading = _js(qtbot, pane, "document.querySelector('#den-helder h2').textContent")
    assert heading == "Voorbeeldproef aan de kust"


def test_a_failing_render_keeps_the_last_good_preview_with_a_notice(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window.preview
    pane.service.renderer = ThreadRenderer()  # so the patched renderer below is the one used
    pages, before = pane.print_view.page_count, _pdf_text(pane)

    def cannot_lay_out(_document: object) -> bytes:
        raise PdfLayoutError("part of the publication does not fit on a page: a huge image")

    monkeypatch.setattr("exporters.pdf.render_pdf_with_destinations", cannot_lay_out)
    index = _block_index(window, "den-helder")
    with qtbot.waitSignal(pane.service.sig_finished, timeout=TIMEOUT):
        _edit(window, ("blocks", index, "title"), "Deze titel haalt de PDF niet")
    assert pane.banner.isVisible()
    assert "does not fit on a page: a huge image" in pane.banner.text()
    assert pane.print_view.page_count == pages
    assert _pdf_text(pane) == before  # the last good rendering stays

    monkeypatch.undo()
    with qtbot.waitSignal(pane.sig_print_shown, timeout=TIMEOUT):
        _edit(window, ("blocks", index, "title"), "Nu wel")
    assert not pane.banner.isVisible()
    assert "Nu wel" in _pdf_text(pane)


class _GatedRenderer(ThreadRenderer):
    """Holds its first render until the test opens the gate; counts what it renders."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.titles: list[str] = []

    def render(self, project: Project, formats: frozenset[Format] = frozenset()) -> Rendering:
        first = not self.titles
        self.titles.append(project.publication.blocks[3].title)  # type: ignore[union-attr]
        if first:
            self.started.set()
            self.gate.wait(30)
        return super().render(project, formats)


def test_stale_renders_are_dropped(qtbot, window: MainWindow) -> None:
    pane = window.preview
    renderer = _GatedRenderer()
    pane.service.renderer = renderer
    index = _block_index(window, "den-helder")
    assert index == 3
    dropped: list[int] = []
    shown: list[int] = []
    pane.sig_stale_dropped.connect(dropped.append)
    pane.sig_print_shown.connect(shown.append)
    _edit(window, ("blocks", index, "title"), "Eerste versie")
    pane.render_now()
    first = pane.generation
    assert renderer.started.wait(10)
    for title in ("Tweede versie", "Derde versie"):  # both while the first still renders
        _edit(window, ("blocks", index, "title"), title)
        pane.render_now()
    last = pane.generation
    renderer.gate.set()
    qtbot.waitUntil(lambda: last in shown, timeout=TIMEOUT)
    # The first render ran to the end and was dropped; the second never started.
    assert dropped == [first]
    assert shown == [last]
    assert renderer.titles == ["Eerste versie", "Derde versie"]
    text = _pdf_text(pane)
    assert "Derde versie" in text and "Eerste versie" not in text


def test_a_hidden_preview_renders_when_shown_again(qtbot, window: MainWindow) -> None:
    pane = window.preview
    started: list[int] = []
    pane.sig_render_started.connect(started.append)
    pane.show_action.setChecked(False)
    try:
        assert pane.isHidden()
        _edit(window, ("title",), "Verborgen bewerking")
        qtbot.wait(2 * 250)  # longer than the debounce: nothing may start
        assert started == []
    finally:
        pane.show_action.setChecked(True)
    qtbot.waitUntil(lambda: "Verborgen bewerking" in _pdf_text(pane), timeout=TIMEOUT)


def test_selecting_a_part_scrolls_the_print_preview(qtbot, window: MainWindow) -> None:
    pane = window.preview
    destinations = pane._latest["pdf"].rendering.destinations
    window.select_target(Target("section", "organisatie-verandert"))
    page = destinations["organisatie-verandert"].page
    assert page > 0
    assert pane.print_view.current_page() == page
    window.select_target(Target("details"))
    assert pane.print_view.current_page() == 0
    window.select_target(Target("colophon"))
    assert pane.print_view.current_page() == destinations["_colophon"].page


def test_the_print_preview_keeps_scroll_and_zoom_across_updates(qtbot, window: MainWindow) -> None:
    pane = window.preview
    view = pane.print_view
    view.zoom_in.trigger()
    zoom = view.view.zoomFactor()
    bar = view.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    with qtbot.waitSignal(pane.sig_print_shown, timeout=TIMEOUT):
        _edit(window, ("title",), "Dezelfde plek")
    assert "Dezelfde plek" in _pdf_text(pane)
    assert view.view.zoomFactor() == zoom
    assert bar.value() == position
    view.fit_width.trigger()


def test_selecting_a_part_scrolls_the_web_preview(qtbot, shared_window: MainWindow) -> None:
    window = shared_window
    window.set_project(load(SAMPLE), None)
    pane = _show_web(qtbot, window)
    window.select_target(Target("section", "den-helder"))

    def at_top() -> bool:
        top = _js(qtbot, pane, "document.getElementById('den-helder').getBoundingClientRect().top")
        return 0 <= top < 40  # the stylesheet keeps a little room above a part it scrolls to

    qtbot.waitUntil(at_top, timeout=TIMEOUT)
    assert _js(qtbot, pane, "window.scrollY") > 0


def test_the_web_preview_keeps_its_scroll_position(qtbot, shared_window: MainWindow) -> None:
    window = shared_window
    window.set_project(load(SAMPLE), None)
    pane = _show_web(qtbot, window)
    _js(qtbot, pane, "window.scrollTo(0, 1500); window.scrollY")
    qtbot.waitUntil(
        lambda: pane.web_view.ensure_view().page.scrollPosition().y() == 1500, timeout=TIMEOUT
    )
    _edit(window, ("title",), "Nog steeds hier")
    pane = _show_web(qtbot, window)
    assert _js(qtbot, pane, "document.querySelector('h1').textContent") == "Nog steeds hier"
    qtbot.waitUntil(lambda: _js(qtbot, pane, "window.scrollY") == 1500, timeout=TIMEOUT)


@pytest.mark.parametrize(
    ("selector", "target"),
    [
        ("#quote-maatwerk blockquote", Target("quote", "quote-maatwerk")),
        ("#den-helder h2", Target("section", "den-helder")),
        ("#den-helder p", Target("section", "den-helder")),
        ("header.masthead h1", Target("details")),
        ("#_colophon h2", Target("colophon")),
    ],
)
def test_clicking_a_part_of_the_web_preview_selects_its_form(
    qtbot, shared_window: MainWindow, selector: str, target: Target
) -> None:
    window = shared_window
    if window.document is None or window.preview._latest.get("html") is None:
        window.set_project(load(SAMPLE), None)
    pane = _show_web(qtbot, window)
    window.select_target(Target("theme"))
    assert _js(qtbot, pane, f"document.querySelector({selector!r}).click(); true") is True
    qtbot.waitUntil(lambda: window.current_target() == target, timeout=TIMEOUT)
    assert window.form is not None


def test_the_web_preview_makes_no_network_request(qtbot, shared_window: MainWindow) -> None:
    window = shared_window
    window.set_project(load(SAMPLE), None)
    index = _block_index(window, "den-helder")
    assert window.document is not None
    body = list(window.document.publication.blocks[index].body)  # type: ignore[union-attr]
    body[0] = "Lees [het verslag](https://example.org/verslag) online."
    _edit(window, ("blocks", index, "body"), body)
    pane = _show_web(qtbot, window)
    view = pane.web_view
    assert view.interceptor is not None
    page = view.ensure_view().page
    shown_url = page.url()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    # A click on a link in the document loads nothing: the page stays, the URL is shown.
    link = "document.querySelector('a[href=\"https://example.org/verslag\"]')"
    assert _js(qtbot, pane, f"{link}.click(); true") is True
    qtbot.waitUntil(lambda: any("example.org/verslag" in m for m in messages), timeout=TIMEOUT)
    assert page.url() == shown_url
    assert page.url().scheme() == SCHEME.decode()

    # Nor does a script navigating the page away.
    _js(qtbot, pane, "window.location.href = 'https://example.org/elsewhere'; true")
    assert _js(qtbot, pane, "location.protocol") == f"{SCHEME.decode()}:"
    assert view.interceptor.blocked == []  # the export asks for nothing outside itself

    # A page without the export's CSP (a future template, a bug) still loads nothing:
    # QtWebEngine keeps local pages from remote URLs, and the interceptor blocks what
    # would get past that (here: with that setting turned off on purpose).
    view.ensure_view().handler.set_page(
        b'<!doctype html><title>t</title><img src="https://example.org/pixel.png">'
        b'<link rel="stylesheet" href="http://example.com/style.css">'
    )
    with qtbot.waitSignal(page.loadFinished, timeout=TIMEOUT):
        page.load(page_url(10_000))
    assert _js(qtbot, pane, "document.images[0].naturalWidth") == 0
    assert view.interceptor.blocked == []  # Chromium did not even ask
    remote = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
    page.settings().setAttribute(remote, True)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=TIMEOUT):
            page.load(page_url(10_001))
        qtbot.waitUntil(lambda: len(view.interceptor.blocked) >= 2, timeout=TIMEOUT)
    finally:
        page.settings().setAttribute(remote, False)
    assert _js(qtbot, pane, "document.images[0].naturalWidth") == 0
    assert any("example.org/pixel.png" in url for url in view.interceptor.blocked)
    assert any("example.com/style.css" in url for url in view.interceptor.blocked)


# -- hide, detach, persist: windows of their own, the Print tab only (no QtWebEngine)


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Callable[[], MainWindow]:
    settings_file = str(tmp_path / "settings.ini")

    def make() -> MainWindow:
        settings = QSettings(settings_file, QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, dialogs=_dialogs())
        qtbot.addWidget(window)
        window.show()
        window.set_project(load(SAMPLE), None)
        return window

    return make


def test_hiding_the_preview_persists(qtbot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert window.preview.show_action in menus["&View"].actions()
    assert window.preview.detach_action in menus["&View"].actions()
    window.preview.show_action.setChecked(False)
    assert window.preview.isHidden()
    window.close()
    again = make_window()
    assert not again.preview.show_action.isChecked()
    assert again.preview.isHidden()
    again.preview.show_action.trigger()
    assert again.preview.isVisible()


def test_detaching_the_preview_persists_and_closing_its_window_docks_it(
    qtbot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    pane = window.preview
    pane.detach_action.setChecked(True)
    floating = pane.floating_window
    assert floating is not None and floating.isVisible()
    assert pane.window() is floating
    assert window.splitter.indexOf(pane) == -1
    floating.resize(500, 700)
    qtbot.waitUntil(lambda: not pane.service.busy, timeout=TIMEOUT)
    window.close()
    assert not floating.isVisible()  # the preview's window goes with the main window

    again = make_window()
    pane = again.preview
    assert pane.detach_action.isChecked()
    floating = pane.floating_window
    assert floating is not None and floating.isVisible()
    assert floating.size().width() == 500
    qtbot.waitUntil(lambda: pane.print_view.page_count > 0, timeout=TIMEOUT)
    floating.close()  # the user closes the preview's window: it goes back beside the form
    assert not pane.detach_action.isChecked()
    assert pane.floating_window is None
    assert isinstance(pane.parentWidget(), QSplitter)
    assert again.splitter.indexOf(pane) == 2
    assert pane.isVisible()


def _pdf(text: str, pages: int) -> bytes:
    """A small PDF with ``text`` on each of its ``pages``."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 720, f"{text} {page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_print_view_swaps_in_a_pdf_once_it_is_ready(qtbot) -> None:
    """A new PDF is made ready in slices, then takes the old one's place; a newer one given
    meanwhile replaces it, and bytes Qt cannot read leave the PDF on screen."""
    from editor.preview import pdf_view

    view = pdf_view.PrintPreview()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show()
    shown: list[int] = []
    view.sig_shown.connect(shown.append)
    pages = pdf_view.PAGES_PER_SLICE + 3  # more than one slice
    assert view.show_pdf(1, _pdf("Eerste", pages), {})
    assert view.page_count == 0 and view.shown_generation == 0  # not on screen yet
    assert view.show_pdf(2, _pdf("Tweede", pages), {})
    qtbot.waitUntil(lambda: view.shown_generation == 2)
    assert shown == [2]  # the first was dropped before it was shown
    assert view.page_count == pages
    assert view.page_text(pages - 1).strip() == f"Tweede {pages}"
    assert view.page_selector.document() is view.document

    assert not view.show_pdf(3, b"%PDF-1.4 no more than a header", {})
    qtbot.wait(50)
    assert shown == [2] and view.shown_generation == 2
    assert view.page_text(0).strip() == "Tweede 1"
    view.clear()
    assert view.page_count == 0 and view.shown_generation == 0
