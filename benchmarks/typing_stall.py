"""What typing costs the GUI thread at 40 sections: the key's own work and the collector's.

Drives the real main window headless (offscreen) on the synthetic publication of
``benchmarks/export.py`` and types a sentence, key by key, into a section's title while the
preview renders (in its worker process, as in the editor). ``benchmarks/preview.py``
measures the stall from outside (the longest gap between ticks of a 1 ms timer); on a shared
machine that gap is mostly the time the machine gave other processes. This script measures
what the GUI thread itself spends, in CPU time, so it can be compared between runs:

* key: CPU of handling one key event (the form's reaction, binding, the edit pushed);
* gc: each pause of Python's cyclic collector (``gc.callbacks``), wall and CPU, with its
  generation: a full collection walks every tracked object, the whole document included;
* slice: the most CPU the GUI thread used between two ticks of a 1 ms timer;
* walked: how many objects a full pass would walk after typing (frozen ones are skipped).

Each is measured with the heap as the editor leaves it after opening (``as opened``) and, for
comparison, with the collector's heap settle switched off (``unsettled``; see
:mod:`editor.heap`). Run: ``python benchmarks/typing_stall.py [--smoke] [--runs N]``. Prints a
table; the last line is one JSON object, units in the names.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from _gui import Ticker, Typist, focus_first_section_title, wait

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PODIUM_RECOVERY_DIR", tempfile.mkdtemp(prefix="podium-bench-recovery-"))

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Professionals krijgen ruimte om samen met inwoners te experimenteren."
SENTENCES = 3  # typed in one go: about 210 keys, 15 s


def _bench_module(name: str) -> Any:
    """A sibling benchmark script as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / f"benchmarks/{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Pauses:
    """Every collection while installed: (generation, wall ms, CPU ms)."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, float, float]] = []
        self._started = (0.0, 0.0)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = (time.perf_counter(), time.thread_time())
        else:
            wall, cpu = self._started
            spent = ((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000)
            self.seen.append((info["generation"], *spent))


class Typed(NamedTuple):
    """What typing one sentence measured (ms)."""

    key_cpu_max: float
    key_cpu_median: float
    slice_cpu_max: float
    gc_wall_max: float
    gc_full: int  # collections of the oldest generation
    walked: int  # objects a full pass walks at the end (the frozen ones are not walked)


def type_sentence(app: Any, window: Any) -> Typed:
    """Type ``SENTENCE`` (``SENTENCES`` times) into the first section's title."""

    field = focus_first_section_title(app, window)
    typist = Typist(field, " ".join([SENTENCE] * SENTENCES))
    pauses = Pauses()
    gc.callbacks.append(pauses)
    try:
        with Ticker() as ticker:
            typist.type_all(app)  # and a second more: the last renders land while it ticks
    finally:
        gc.callbacks.remove(pauses)
    return Typed(
        max(typist.cpu_ms),
        statistics.median(typist.cpu_ms),
        ticker.cpu_ms(),
        max((wall for _, wall, _ in pauses.seen), default=0.0),
        sum(1 for generation, _, _ in pauses.seen if generation == 2),
        len(gc.get_objects()),
    )


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure, print a table and return the figures (``--smoke``: 4 sections, one run)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="4 sections, one run")
    parser.add_argument("--runs", type=int, default=3, help="sentences typed per setting")
    args = parser.parse_args(argv)
    sections = 4 if args.smoke else 40
    runs = 1 if args.smoke else max(1, args.runs)
    global SENTENCES
    if args.smoke:
        SENTENCES = 1
    from PySide6.QtCore import QSettings

    from editor import heap
    from editor.app import application
    from editor.main_window import MainWindow

    app = application()
    publication = _bench_module("export").publication
    rows: dict[str, list[Typed]] = {}
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1440, 900)
        window.show()
        pane = window.preview
        for setting in ("as opened", "unsettled"):
            heap.ENABLED = setting == "as opened"
            heap.release()
            window.set_project(publication(sections), None)
            wait(app, lambda: pane.print_view.page_count > 0 and not pane.service.busy)
            rows[setting] = [type_sentence(app, window) for _ in range(runs)]
        heap.ENABLED = True
        window.document.undo_stack.setClean()
        window.close()
    print(f"typing a sentence at {sections} sections, preview rendering (CPU ms of the GUI")
    print("thread; medians over the runs; gc: the longest collector pause, wall ms)")
    print(
        f"{'heap':>10} {'key max':>8} {'key med':>8} {'slice':>7} {'gc max':>7} "
        f"{'full gc':>7} {'walked':>8}"
    )
    figures: dict[str, float] = {}
    for setting, typed in rows.items():
        med = {name: statistics.median(getattr(t, name) for t in typed) for name in Typed._fields}
        print(
            f"{setting:>10} {med['key_cpu_max']:>8.1f} {med['key_cpu_median']:>8.1f} "
            f"{med['slice_cpu_max']:>7.1f} {med['gc_wall_max']:>7.1f} {med['gc_full']:>7.0f} "
            f"{med['walked']:>8.0f}"
        )
        key = setting.replace(" ", "_")
        figures[f"{key}_key_cpu_max_ms_{sections}"] = round(med["key_cpu_max"], 1)
        figures[f"{key}_key_cpu_median_ms_{sections}"] = round(med["key_cpu_median"], 1)
        figures[f"{key}_slice_cpu_max_ms_{sections}"] = round(med["slice_cpu_max"], 1)
        figures[f"{key}_gc_pause_max_ms_{sections}"] = round(med["gc_wall_max"], 1)
        figures[f"{key}_full_collections_{sections}"] = med["gc_full"]
        figures[f"{key}_objects_walked_by_full_pass_{sections}"] = med["walked"]
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))
    sys.stdout.flush()
    return figures


if __name__ == "__main__":
    main()
