"""How soon the print preview of a long document shows an edited page.

Drives the real main window headless (offscreen) on the synthetic publication of
``benchmarks/export.py`` at 400 sections (hundreds of pages; its whole PDF takes seconds).
The section in the middle is selected in the navigator, so its page is on screen, and its
first paragraph is edited, as a form edit would (``models.edit.replace_at``), a series of
times. For each edit it times, from the moment the debounce timer hands the render to the
render service (the debounce itself excluded):

* edited page shown: until the Print tab shows the section's first page with the new text
  (checked in the text of the page on screen): the focus render's pages, or the whole PDF;
* whole PDF shown: until the whole new PDF is on screen.

Two series: after a pause (the previous edit's whole PDF is on screen), and while typing
(the next edit comes as soon as the previous edit's page is shown, so the whole PDF of the
previous edit is being laid out and must be cancelled first). The whole PDF is also
timed with the focus render switched off (``FOCUS_MIN_PAGES`` raised), for comparison.
Target (issue 13): edited page shown within 500 ms at 400 sections.

Run: ``python benchmarks/preview_long.py`` (``--smoke``: 40 sections, 2 edits). Prints a
table; the last line is one JSON object with the figures, units in the names.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PODIUM_RECOVERY_DIR", tempfile.mkdtemp(prefix="podium-bench-recovery-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import TIMEOUT_S, settle, wait
from preview import _generator

SECTIONS = 400
EDITS = 9  # per series
TIMEOUT_LONG_S = max(TIMEOUT_S, 120.0)


class Edits:
    """Edits the first paragraph of one section and times each until it is on screen."""

    def __init__(self, app: Any, window: Any, section_id: str) -> None:
        self.app, self.window = app, window
        self.pane = window.preview
        self.section_id = section_id
        self.count = 0
        self.started: dict[int, float] = {}
        self.window_shown: dict[int, float] = {}
        self.full_shown: dict[int, float] = {}
        self.pane.sig_render_started.connect(self._on_started)
        self.pane.sig_print_window_shown.connect(lambda g: self._on_shown(self.window_shown, g))
        self.pane.sig_print_shown.connect(lambda g: self._on_shown(self.full_shown, g))

    def _on_started(self, generation: int) -> None:
        self.started[generation] = time.perf_counter()

    def _on_shown(self, into: dict[int, float], generation: int) -> None:
        into.setdefault(generation, time.perf_counter())

    def edit(self) -> tuple[int, str]:
        """Make one edit and wait until its render has started; its generation and text."""
        from models.edit import get_at, replace_at
        from models.operations import block_loc

        self.count += 1
        marker = f"Edit{self.count:03d}"
        document = self.window.document
        publication = document.publication
        loc = (*block_loc(publication, self.section_id), "body", 0, "text")
        words = str(get_at(publication, loc)).split(" ")
        # Its first word replaced by another as long: typing, not a new paragraph.
        publication = replace_at(publication, loc, " ".join([marker, *words[1:]]))
        before = self.pane.generation
        document.apply(publication, "Benchmark edit", merge_key=None)
        wait(self.app, lambda: self.pane.generation > before, TIMEOUT_LONG_S)
        return self.pane.generation, marker

    def page_shown(self, generation: int, marker: str) -> float:
        """Wait until the section's page on screen has ``marker``; ms since the start."""
        view = self.pane.print_view

        def shows() -> bool:
            if view.shown_generation != generation:
                return False
            destination = view._destinations.get(self.section_id)
            if destination is None:
                return False
            page = destination.page
            return marker in view.page_text(page) or marker in view.page_text(page + 1)

        wait(self.app, shows, TIMEOUT_LONG_S)
        return (time.perf_counter() - self.started[generation]) * 1000

    def full_ms(self, generation: int) -> float:
        """Wait until the whole PDF of ``generation`` is on screen; ms since the start."""
        wait(self.app, lambda: generation in self.full_shown, TIMEOUT_LONG_S)
        return (self.full_shown[generation] - self.started[generation]) * 1000


def _settle(app: Any, pane: Any) -> None:
    wait(app, lambda: not pane.service.busy and not pane.print_view.showing_window, 120.0)


def main(argv: list[str] | None = None) -> dict[str, float | int]:
    """Measure, print a table and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="40 sections, 2 edits")
    parser.add_argument("--sections", type=int, default=SECTIONS, help="the document's size")
    parser.add_argument("--edits", type=int, default=EDITS, help="edits per series")
    args = parser.parse_args(argv)
    sections, edits = (40, 2) if args.smoke else (args.sections, args.edits)
    from PySide6.QtCore import QSettings

    from editor.app import application
    from editor.main_window import MainWindow
    from editor.preview import focus_plan
    from editor.targets import Target
    from models import Section

    app = application()
    project = _generator()(sections)
    figures: dict[str, float | int] = {}
    rows: list[tuple[str, list[float]]] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1440, 900)
        window.show()
        pane = window.preview
        pane.tabs.setCurrentIndex(0)
        window.set_project(project, None)
        wait(app, lambda: pane.print_view.page_count > 0 and not pane.service.busy, 120.0)
        pages = pane.print_view.page_count
        ids = [b.id for b in window.document.publication.blocks if isinstance(b, Section)]
        section_id = ids[len(ids) // 2]
        window.select_target(Target("section", section_id))  # its page is on screen
        settle(app, 0.5)
        pane.print_view.scroll_to(section_id)  # again: the first came before a relayout
        settle(app, 0.2)
        where = pane.print_view._destinations[section_id].page
        print(
            f"section {section_id} starts on page {where + 1}; on screen: page "
            f"{pane.print_view.current_page() + 1}"
        )
        probe = Edits(app, window, section_id)
        # After a pause: each edit once the previous whole PDF is on screen.
        paused_page, paused_full, windows = [], [], 0
        for _ in range(edits):
            _settle(app, pane)
            generation, marker = probe.edit()
            paused_page.append(probe.page_shown(generation, marker))
            windows += generation in probe.window_shown
            paused_full.append(probe.full_ms(generation))
        # While typing: the next edit as soon as the previous one's page is shown.
        _settle(app, pane)
        typing_page = []
        generation, marker = probe.edit()
        probe.page_shown(generation, marker)
        for _ in range(edits):
            generation, marker = probe.edit()
            typing_page.append(probe.page_shown(generation, marker))
        typing_full = probe.full_ms(generation)
        # The same edit without the focus render: the whole PDF only (today's behaviour).
        _settle(app, pane)
        focus_plan.FOCUS_MIN_PAGES, saved = 10**9, focus_plan.FOCUS_MIN_PAGES
        whole_only = []
        for _ in range(max(1, edits // 3)):
            _settle(app, pane)
            generation, marker = probe.edit()
            whole_only.append(probe.page_shown(generation, marker))
        focus_plan.FOCUS_MIN_PAGES = saved
        window.document.undo_stack.setClean()
        window.close()
    rows = [
        ("after a pause: edited page shown", paused_page),
        ("after a pause: whole PDF shown", paused_full),
        ("while typing: edited page shown", typing_page),
        ("whole PDF only (no focus render)", whole_only),
    ]
    print(f"print preview, {sections} sections ({pages} pages); ms from the start of a render")
    print(f"{'case':<36} {'median':>8} {'min':>8} {'max':>8} {'n':>3}")
    for name, values in rows:
        median = statistics.median(values)
        print(f"{name:<36} {median:>8.0f} {min(values):>8.0f} {max(values):>8.0f} {len(values):>3}")
    print(f"edits shown as focus pages first: {windows} of {edits}")
    figures = {
        "sections": sections,
        "pages": pages,
        "edited_page_shown_median_ms": round(statistics.median(paused_page), 1),
        "edited_page_shown_max_ms": round(max(paused_page), 1),
        "whole_pdf_shown_median_ms": round(statistics.median(paused_full), 1),
        "typing_edited_page_shown_median_ms": round(statistics.median(typing_page), 1),
        "typing_edited_page_shown_max_ms": round(max(typing_page), 1),
        "typing_whole_pdf_shown_ms": round(typing_full, 1),
        "whole_only_edited_page_shown_median_ms": round(statistics.median(whole_only), 1),
        "focus_first_edits": windows,
    }
    print(json.dumps(figures))
    sys.stdout.flush()
    return figures


if __name__ == "__main__":
    main()
