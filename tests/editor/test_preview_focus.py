"""A long document's print preview shows the edited pages first (a focus render), then the
whole PDF; what may not take that path takes the whole one; a late interim never replaces a
newer render. The sample stands in for a long document (``FOCUS_MIN_PAGES`` lowered)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.preview import focus_plan
from editor.preview.focus_plan import Shown, changed_unit, plan
from editor.preview.render_worker import ProcessRenderer
from editor.targets import Target
from exporters.export import Destination, Rendering, render_project
from models import Project, Section, load
from models.edit import replace_at
from models.operations import block_loc, move_by

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
TIMEOUT = 20_000


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(SAMPLE)


def _sections(project: Project) -> list[str]:
    return [b.id for _loc, b in project.publication.iter_blocks() if isinstance(b, Section)]


def _with_paragraph(project: Project, section_id: str, text: str) -> Project:
    loc = (*block_loc(project.publication, section_id), "body", 0, "text")
    return project.with_publication(replace_at(project.publication, loc, text))


# -- which edits may be previewed pages first (pure)


def test_one_edited_section_is_the_changed_unit(sample: Project) -> None:
    section = _sections(sample)[2]
    edited = _with_paragraph(sample, section, "Anders.")
    assert changed_unit(sample.publication, edited.publication) == section
    assert changed_unit(sample.publication, sample.publication) is None


def test_edits_elsewhere_or_in_two_places_are_not_one_unit(sample: Project) -> None:
    first, second = _sections(sample)[1:3]
    title = replace_at(sample.publication, ("title",), "Een andere titel")
    assert changed_unit(sample.publication, title) is None
    both = _with_paragraph(_with_paragraph(sample, first, "Een."), second, "Twee.")
    assert changed_unit(sample.publication, both.publication) is None
    moved = move_by(sample.publication, "blocks", first, 1)
    assert changed_unit(sample.publication, moved) is None


def test_a_plan_needs_a_long_document_and_the_edit_in_view(sample: Project) -> None:
    rendering = render_project(sample, frozenset({"pdf"}))
    section = _sections(sample)[3]
    where = rendering.destinations[section]
    shown = Shown(sample.publication, rendering.destinations, rendering.pages)
    edited = _with_paragraph(sample, section, "Anders.").publication
    assert plan(shown, edited, where.page) is None  # a short document: whole
    long = shown._replace(pages=focus_plan.FOCUS_MIN_PAGES + 1)
    focus = plan(long, edited, where.page)
    assert focus is not None and focus.end != "" and focus.page <= where.page
    assert focus.total == long.pages
    # The window starts where its first part did, on the section's page or the one before.
    assert rendering.destinations[focus.start] == Destination(focus.page, focus.top)
    assert plan(long, edited, where.page + 5) is None  # the edit is not on screen
    title = replace_at(sample.publication, ("title",), "Nieuw")
    assert plan(long, title, where.page) is None


# -- in the preview


def _dialogs() -> Dialogs:
    dialogs = Dialogs()
    dialogs.ask_save_changes = lambda _p, _n: Choice.DISCARD  # type: ignore[method-assign]
    return dialogs


@pytest.fixture
def window(
    qapp: QApplication, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(focus_plan, "FOCUS_MIN_PAGES", 1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=_dialogs())
    window.resize(1400, 900)
    window.show()
    pane = window.preview
    pane.tabs.setCurrentIndex(0)
    window.set_project(load(SAMPLE), None)
    qtbot.waitUntil(lambda: pane._full_pdf is not None and not pane.service.busy, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: pane.print_view.shown_generation == pane.generation, timeout=TIMEOUT)
    yield window
    pane.service.wait()
    window.set_project(None, None)
    window.close()


def _edit_section(window: MainWindow, section: str, text: str) -> None:
    document = window.document
    assert document is not None
    document.apply(_with_paragraph(document.project, section, text).publication, "Test edit")


class _Seen:
    """What the print view showed, per generation, when it showed it."""

    def __init__(self, window: MainWindow, section: str) -> None:
        pane = window.preview
        self.windows: dict[int, tuple[bool, str]] = {}
        self.wholes: dict[int, tuple[bool, str]] = {}
        self.interims: list[tuple[int, Rendering]] = []
        self.dropped: list[int] = []

        def text() -> str:
            page = pane.print_view._destinations[section].page
            view = pane.print_view
            return view.page_text(page) + view.page_text(page + 1)

        pane.sig_print_window_shown.connect(
            lambda g: self.windows.__setitem__(g, (pane.print_view.showing_window, text()))
        )
        pane.sig_print_shown.connect(
            lambda g: self.wholes.__setitem__(g, (pane.print_view.showing_window, text()))
        )
        pane.service.sig_interim.connect(lambda g, r: self.interims.append((g, r)))
        pane.sig_stale_dropped.connect(self.dropped.append)


def test_an_edit_shows_the_edited_pages_first_then_the_whole_pdf(
    qtbot: Any, window: MainWindow
) -> None:
    pane = window.preview
    assert window.document is not None
    section = _sections(window.document.project)[3]
    window.select_target(Target("section", section))  # its page is on screen
    pages = pane.print_view.page_count
    seen = _Seen(window, section)
    _edit_section(window, section, "Eerstebewerking van deze alinea.")
    qtbot.waitUntil(lambda: pane.generation in seen.wholes, timeout=TIMEOUT)
    generation = pane.generation
    assert generation in seen.windows
    in_window, text = seen.windows[generation]
    assert in_window and "Eerstebewerking" in text
    assert pane.print_view.page_count == pages  # numbered as the whole, while a window
    in_window, text = seen.wholes[generation]
    assert not in_window and "Eerstebewerking" in text
    assert not pane.print_view.window_note.isVisible()
    png = Path(__file__).parent / "screenshots"
    if png.is_dir():  # for a human look at the interim, with `mkdir tests/editor/screenshots`
        pane.grab().save(str(png / "preview-focus-whole.png"))


def test_a_late_interim_never_replaces_a_newer_render(qtbot: Any, window: MainWindow) -> None:
    pane = window.preview
    assert window.document is not None
    section = _sections(window.document.project)[3]
    window.select_target(Target("section", section))
    seen = _Seen(window, section)
    _edit_section(window, section, "Oudebewerking.")
    qtbot.waitUntil(lambda: pane.generation in seen.wholes, timeout=TIMEOUT)
    old_generation, old_interim = seen.interims[-1]
    _edit_section(window, section, "Nieuwebewerking.")
    qtbot.waitUntil(lambda: max(seen.wholes) > old_generation, timeout=TIMEOUT)
    newest = pane.generation
    assert newest > old_generation
    for generation in (old_generation, newest):  # older, and the same as the whole on screen
        pane.service.sig_interim.emit(generation, old_interim)
        assert seen.dropped[-1] == generation
    qtbot.wait(50)
    assert pane.print_view.shown_generation == newest
    assert not pane.print_view.showing_window
    text = seen.wholes[newest][1]
    assert "Nieuwebewerking" in text and "Oudebewerking" not in text


def test_an_edit_before_the_section_takes_the_whole_path(qtbot: Any, window: MainWindow) -> None:
    pane = window.preview
    assert window.document is not None
    section = _sections(window.document.project)[3]
    window.select_target(Target("section", section))
    seen = _Seen(window, section)
    document = window.document
    document.apply(replace_at(document.publication, ("title",), "Nieuwe titel"), "Test edit")
    qtbot.waitUntil(lambda: pane.generation in seen.wholes, timeout=TIMEOUT)
    assert seen.interims == [] and seen.windows == {}


def test_a_cancelled_whole_render_gives_way_to_the_next(sample: Project) -> None:
    renderer = ProcessRenderer()
    try:
        renderer.render(sample)  # started, warm
        results: list[Rendering] = []
        thread = threading.Thread(
            target=lambda: results.append(renderer.render(sample, generation=(1, 5)))
        )
        thread.start()
        while renderer._running_job is None and thread.is_alive():
            pass  # until the job is sent: it is cancelled at its first new page
        renderer.cancel_older((2, 9))  # another preview's: not this one's
        renderer.cancel_older((1, 6))
        thread.join(30)
        assert results[0].cancelled and results[0].pdf is None
        # One that comes after its cancellation does not even start.
        assert renderer.render(sample, generation=(1, 4)).cancelled
        renderer.cancel_older((1, 6))  # late: nothing runs, and newer ones are not cancelled
        after = renderer.render(sample, generation=(1, 6))
        assert not after.cancelled and after.pdf == render_project(sample).pdf
    finally:
        renderer.close()
