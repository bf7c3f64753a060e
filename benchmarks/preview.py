"""How fast the live preview follows an edit, and whether rendering makes typing stall.

Drives the real main window headless (offscreen) on synthetic publications of 4 and 40
sections (the generator of ``benchmarks/export.py``). For each size it measures:

* latency: from the moment the debounce timer hands a render to the render service (the
  debounce itself excluded) until the Print tab shows the new PDF, and until the Web tab has
  the new page (the page's script has applied the patch, or the page has loaded); median
  and 95th percentile over a series of edits;
* stall: a sentence is typed, key by key, into a section's title field while the preview
  re-renders; a 1 ms timer on the GUI thread records the longest gap between its ticks.
  The sentence is typed ``SENTENCES`` times and each figure is the median of the
  sentences' longest (one sentence's longest gap is often the machine's, not Podium's);
* GUI update: the longest slice of GUI-thread work (run without a return to the event
  loop) that puts a render on screen.

Both are measured with the renderer in a worker process (what the editor uses) and in a
thread of the editor's process (for comparison), and the stall also with the preview hidden
(what typing costs by itself). Targets on the reference machine: PDF preview within 100 ms
(4 sections) and 250 ms (40 sections) of the render's start; no stall over 16 ms.

Run: ``python benchmarks/preview.py`` (``make bench``). Prints a table; the last line is one
JSON object with the figures, units in the names.
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from _gui import Ticker, Typist, focus_first_section_title, wait

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The benchmark's own autosave journals stay out of the user's recovery folder.
os.environ.setdefault("PODIUM_RECOVERY_DIR", tempfile.mkdtemp(prefix="podium-bench-recovery-"))

ROOT = Path(__file__).resolve().parent.parent
SIZES = (4, 40)
EDITS = 21  # per size and renderer
SENTENCES = 3  # typed per tab, size and renderer
SENTENCE = "Professionals krijgen ruimte om samen met inwoners te experimenteren."


def _generator() -> Callable[[int], Any]:
    """``publication(sections)`` from benchmarks/export.py (not a package, so by path)."""
    spec = importlib.util.spec_from_file_location("_export_bench", ROOT / "benchmarks/export.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.publication  # type: ignore[no-any-return]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class Probe:
    """Times from ``sig_render_started`` to ``sig_print_shown`` / ``sig_web_shown``, and to
    the first PDF of the edit on screen (``print_first_ms``: at 40 sections the edited
    section's pages come before the whole, :mod:`editor.preview.focus_plan`)."""

    def __init__(self, pane: Any) -> None:
        self.started: dict[int, float] = {}
        self.print_ms: dict[int, float] = {}
        self.print_first_ms: dict[int, float] = {}
        self.web_ms: dict[int, float] = {}
        pane.sig_render_started.connect(lambda g: self.started.__setitem__(g, time.perf_counter()))
        pane.sig_print_shown.connect(lambda g: self._done(self.print_ms, g))
        pane.sig_print_shown.connect(self._first)
        pane.sig_print_window_shown.connect(self._first)
        pane.sig_web_shown.connect(lambda g: self._done(self.web_ms, g))

    def _done(self, into: dict[int, float], generation: int) -> None:
        if generation in self.started:
            into[generation] = (time.perf_counter() - self.started[generation]) * 1000

    def _first(self, generation: int) -> None:
        if generation not in self.print_first_ms:
            self._done(self.print_first_ms, generation)


def _edit(window: Any, number: int) -> None:
    """Change the first section's first paragraph, validated like a form edit."""
    from models import Publication

    document = window.document
    # The frozen models dump tuples; a JSON-mode dump gives lists that can be edited.
    data = document.publication.model_dump(mode="json")
    section = next(b for b in data["blocks"] if b["kind"] == "section")
    paragraph = section["body"][0]
    paragraph["text"] = f"Bewerking {number}. " + paragraph["text"].split(". ", 1)[-1]
    document.apply(Publication.model_validate(data), "Benchmark edit", merge_key=None)


def measure_latency(app: Any, window: Any, tab: int) -> tuple[list[float], list[float]]:
    """Edit ``EDITS`` times with ``tab`` on screen, each after the previous one is shown:
    the latencies until the tab shows the whole, and until it shows the edit first."""
    pane = window.preview
    pane.tabs.setCurrentIndex(tab)
    wait(app, lambda: not pane.service.busy)
    if tab == 1:  # the page of the tab switch has loaded: edits time patches, not that load
        wait(app, lambda: pane.web_view.loaded_generation == pane._shown.get("html"))
    probe = Probe(pane)
    shown = probe.print_ms if tab == 0 else probe.web_ms
    for number in range(EDITS):
        before = pane.generation
        _edit(window, number)
        wait(app, lambda b=before: pane.generation > b)  # the debounce fired
        generation = pane.generation
        wait(app, lambda g=generation: g in shown)
    first = probe.print_first_ms if tab == 0 else shown
    return list(shown.values()), [first[g] for g in shown]


class Typing(NamedTuple):
    """What typing a sentence measured (ms, but ``renders``)."""

    stall: float  # the longest gap between ticks of a 1 ms timer on the GUI thread
    quiet: float  # the longest such gap with no key event handled in it: what the preview
    # (or anything but the form's own reaction to the key) cost
    key: float  # the longest handling of one key event
    cpu: float  # the most CPU time the GUI thread used between two ticks: the stall without
    # the time the machine gave other processes (on a shared machine the gaps include it)
    renders: int  # how many renders started


def measure_typing(app: Any, window: Any, tab: int) -> Typing:
    """Type ``SENTENCE`` ``SENTENCES`` times into a section title with ``tab`` on screen:
    the median of each figure over the sentences (``renders``: their total)."""
    typed = [type_sentence(app, window, tab) for _ in range(SENTENCES)]
    return Typing(
        stall=statistics.median(t.stall for t in typed),
        quiet=statistics.median(t.quiet for t in typed),
        key=statistics.median(t.key for t in typed),
        cpu=statistics.median(t.cpu for t in typed),
        renders=sum(t.renders for t in typed),
    )


def type_sentence(app: Any, window: Any, tab: int) -> Typing:
    """Type ``SENTENCE`` into a section title with ``tab`` on screen."""

    window.preview.tabs.setCurrentIndex(tab)
    field = focus_first_section_title(app, window)
    renders: list[int] = []
    window.preview.sig_render_started.connect(renders.append)
    typist = Typist(field, SENTENCE)
    with Ticker() as ticker:
        typist.type_all(app)  # and a second more: the last renders land while it ticks
    window.preview.sig_render_started.disconnect(renders.append)
    # Ticks and key events share the GUI thread, so a key was handled in a gap iff it
    # started inside it.
    starts = [start for start, _ in typist.spans]
    quiet = [
        b - a
        for a, b in ticker.gaps()
        if bisect.bisect_left(starts, a) == bisect.bisect_right(starts, b)
    ]
    return Typing(
        ticker.stall_ms(),
        max(quiet) * 1000,
        typist.longest_key_ms(),
        ticker.cpu_ms(),
        len(renders),
    )


def _time_updates(pane: Any) -> list[tuple[float, float]]:
    """Record each slice of GUI-thread work that puts a render on screen: (wall, CPU) ms.

    A slice is what runs without a return to the event loop: the pane's ``_put`` (the web
    page's patch; loading a new PDF), and each turn in which the Print tab makes a new PDF
    ready and swaps it in (``PrintPreview._prepare_slice``).
    """
    spent: list[tuple[float, float]] = []

    def timed(work: Callable[..., None]) -> Callable[..., None]:
        def run(*args: Any) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            work(*args)
            wall_ms = (time.perf_counter() - started) * 1000
            spent.append((wall_ms, (time.thread_time() - cpu) * 1000))

        return run

    pane._put = timed(pane._put)
    view = pane.print_view
    view._slicer.timeout.disconnect(view._prepare_slice)
    view._prepare_slice = timed(view._prepare_slice)
    view._slicer.timeout.connect(view._prepare_slice)
    return spent


def main(argv: list[str] | None = None) -> dict[str, float | int]:
    """Measure, print a table and return the figures (``--smoke``: 4 sections, 3 edits)."""
    global EDITS, SENTENCES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smallest size, few edits")
    args = parser.parse_args(argv)
    sizes = SIZES[:1] if args.smoke else SIZES
    if args.smoke:
        EDITS, SENTENCES = 3, 1
    from PySide6.QtCore import QSettings

    from editor.app import application
    from editor.main_window import MainWindow
    from editor.preview.render_worker import ThreadRenderer, shared_process_renderer

    app = application()
    publication = _generator()
    figures: dict[str, float | int] = {}
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1440, 900)
        window.show()
        pane = window.preview
        pane.web_view.ensure_view()
        update_ms = _time_updates(pane)
        for sections in sizes:
            for mode, renderer in (("process", shared_process_renderer()), ("thread", None)):
                pane.service.renderer = renderer or ThreadRenderer()
                pane.tabs.setCurrentIndex(0)
                window.set_project(publication(sections), None)
                wait(app, lambda: pane.print_view.page_count > 0 and not pane.service.busy)
                update_ms.clear()
                measured = {tab: measure_latency(app, window, tab) for tab in (0, 1)}
                latency = {tab: whole for tab, (whole, _) in measured.items()}
                gui = max(wall for wall, _ in update_ms)
                gui_cpu = max(cpu for _, cpu in update_ms)
                key = "" if mode == "process" else "thread_"
                for tab, name in ((0, "print"), (1, "web")):
                    median = statistics.median(latency[tab])
                    p95 = _percentile(latency[tab], 0.95)
                    typed = measure_typing(app, window, tab)
                    lines.append(
                        f"{mode:>8} {sections:>8} {name:>5} {median:>8.1f} {p95:>8.1f} "
                        f"{typed.stall:>7.1f} {typed.quiet:>7.1f} {typed.key:>6.1f} "
                        f"{typed.cpu:>6.1f} {typed.renders:>7}"
                    )
                    figures[f"{key}{name}_median_ms_{sections}"] = round(median, 1)
                    figures[f"{key}{name}_p95_ms_{sections}"] = round(p95, 1)
                    tab_name = f"{sections}_{name}_tab"
                    figures[f"{key}typing_stall_max_ms_{tab_name}"] = round(typed.stall, 1)
                    figures[f"{key}stall_without_key_max_ms_{tab_name}"] = round(typed.quiet, 1)
                    figures[f"{key}typing_stall_cpu_max_ms_{tab_name}"] = round(typed.cpu, 1)
                first = statistics.median(measured[0][1])
                figures[f"{key}print_first_median_ms_{sections}"] = round(first, 1)
                lines.append(f"{mode:>8} {sections:>8} {'print':>5} first shown {first:>8.1f}")
                figures[f"{key}gui_update_max_ms_{sections}"] = round(gui, 1)
                figures[f"{key}gui_update_cpu_max_ms_{sections}"] = round(gui_cpu, 1)
            # What typing costs by itself, with no preview work: the pane hidden.
            pane.service.renderer = shared_process_renderer()
            pane.show_action.setChecked(False)
            typed = measure_typing(app, window, 0)
            pane.show_action.setChecked(True)
            lines.append(
                f"{'hidden':>8} {sections:>8} {'-':>5} {'':>8} {'':>8} "
                f"{typed.stall:>7.1f} {typed.quiet:>7.1f} {typed.key:>6.1f} "
                f"{typed.cpu:>6.1f} {0:>7}"
            )
            figures[f"hidden_typing_stall_max_ms_{sections}"] = round(typed.stall, 1)
            figures[f"hidden_stall_without_key_max_ms_{sections}"] = round(typed.quiet, 1)
            figures[f"hidden_typing_stall_cpu_max_ms_{sections}"] = round(typed.cpu, 1)
        window.document.undo_stack.setClean()
        window.close()
    print("latency: ms from the start of a render (debounce excluded) until the tab shows it")
    print("(first shown: until the Print tab shows the edit, the edited pages first at 40)")
    print("stall: longest gap (ms) between ticks of a 1 ms GUI timer while typing a sentence")
    print("with that tab on screen; no-key: the longest gap in which no key was handled (what")
    print("the preview costs the GUI thread); key: longest handling of one key event (ms);")
    print("cpu: the most CPU time the GUI thread used between two ticks (ms), the stall")
    print("without the time a shared machine gave other processes; stall, no-key, key and cpu")
    print(f"are each the median of {SENTENCES} sentences' longest; renders: all sentences'")
    print(
        f"{'renderer':>8} {'sections':>8} {'tab':>5} {'median':>8} {'p95':>8} "
        f"{'stall':>7} {'no-key':>7} {'key':>6} {'cpu':>6} {'renders':>7}"
    )
    print("\n".join(lines))
    print(json.dumps(figures))
    sys.stdout.flush()
    return figures


if __name__ == "__main__":
    main()
