"""Start-up time and memory of the editor: process start → main window painted, sample open.

Each run is a fresh process (``python -m main SAMPLE``) with ``PODIUM_BENCH_EXIT_AFTER_SHOW=1``,
which makes the editor print a marker at its first paint and quit (see ``editor/app.py``).
The time is measured from outside, from just before the process is spawned to the marker
line, so interpreter start and every import count. Peak RSS is the largest child's
(``getrusage(RUSAGE_CHILDREN)``). Settings go to a temporary folder, never the user's.

The process starts the way the installed ``podium`` command (and so the desktop entry) starts
the editor: ``main`` imported as a module, whose bytecode is cached. ``python main.py`` would
compile the 800 lines of ``main.py`` again at every start (about 10 ms), as Python never
caches a script's bytecode.

CPU is the editor process's own (all its threads, from interpreter start to the first paint,
as the app reports it): on a shared machine it varies less than the wall time. Bytecode is
cached as an installed copy's would be (in a temporary folder).

The breakdown: "before run()" is the wall time until ``editor.app.run()`` starts (interpreter,
``main.py`` and every import: ``python -X importtime`` tells them apart), "inside run()" the
rest (the application, the window, opening the sample, the first paint).

Prints a table, then one JSON line: {"startup_s_median": ..., "startup_cpu_s_median": ...,
"startup_before_run_s_median": ..., "startup_inside_run_s_median": ..., "peak_rss_mb": ...,
"load_average_1min": ...}. Target (issue 13): a median of at most 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "examples" / "ruimte-voor-professionals"
MARKER = "PODIUM_WINDOW_SHOWN"
TARGET_S = 0.5
#: A run that shows no window within this long has hung (e.g. on a dialog): it is killed.
TIMEOUT_S = 60


def one_run(env: dict[str, str], sample: Path) -> tuple[float, float, float]:
    """(seconds to the marker seen from outside, seconds inside run() as the app reports,
    CPU seconds the editor's process had used by then, all its threads)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "main", str(sample)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    # A window that never paints (a dialog waiting for an answer) must not hang the run.
    watchdog = threading.Timer(TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        lines = list(_until_marker(process.stdout))
    finally:
        watchdog.cancel()
    for line in lines:
        if line.startswith(MARKER):
            elapsed = time.perf_counter() - started
            fields = line.split()
            inside = float(fields[1])
            cpu = float(fields[2]) if len(fields) > 2 else float("nan")
            break
    else:
        _, err = process.communicate()
        raise SystemExit(f"the editor exited without showing its window:\n{err}")
    process.communicate(timeout=TIMEOUT_S)
    return elapsed, inside, cpu


def _until_marker(stream: Iterable[str]) -> Iterator[str]:
    for line in stream:
        yield line
        if line.startswith(MARKER):
            return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="number of runs (at least 5)")
    parser.add_argument("--smoke", action="store_true", help="one run, to see that it works")
    args = parser.parse_args()
    runs = 1 if args.smoke else max(5, args.runs)
    with tempfile.TemporaryDirectory() as config:
        env = {
            **os.environ,
            "PODIUM_BENCH_EXIT_AFTER_SHOW": "1",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": config,
            # Journals of the user's own unsaved work would make the editor offer them first.
            "PODIUM_RECOVERY_DIR": os.path.join(config, "recovery"),
            "PYTHONPATH": str(ROOT),
            # As installed (pip compiles every module): the first run writes the bytecode,
            # here to a folder of its own, so a PYTHONDONTWRITEBYTECODE in the caller's
            # environment does not make every run compile ~160 modules again (~0.2 s).
            "PYTHONPYCACHEPREFIX": os.path.join(config, "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # A copy, as `make run` opens: the editor locks what it opens, and a run killed
        # after its first paint would leave its lock among the bundled examples.
        sample = Path(shutil.copytree(SAMPLE, Path(config) / SAMPLE.name))
        one_run(env, sample)  # warm the file cache and .pyc files; not counted
        results = [one_run(env, sample) for _ in range(runs)]
    totals = [total for total, _, _ in results]
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    print(
        f"{'run':>4}  {'start→window (s)':>17}  {'before run() (s)':>17}  "
        f"{'inside run() (s)':>17}  {'CPU (s)':>8}"
    )
    for number, (total, inside, cpu) in enumerate(results, start=1):
        print(f"{number:>4}  {total:>17.3f}  {total - inside:>17.3f}  {inside:>17.3f}  {cpu:>8.3f}")
    median = statistics.median(totals)
    before_median = statistics.median(total - inside for total, inside, _ in results)
    inside_median = statistics.median(inside for _, inside, _ in results)
    cpu_median = statistics.median(cpu for _, _, cpu in results)
    verdict = "ok" if median <= TARGET_S else "SLOWER THAN TARGET"
    load = os.getloadavg()[0]
    print(
        f"median {median:.3f} s (target ≤ {TARGET_S} s: {verdict}): {before_median:.3f} s "
        f"before run(), {inside_median:.3f} s inside; CPU {cpu_median:.3f} s; "
        f"peak RSS {rss_mb:.0f} MB; load average {load:.2f}"
    )
    figures = {
        "startup_s_median": round(median, 3),
        "startup_cpu_s_median": round(cpu_median, 3),
        "startup_before_run_s_median": round(before_median, 3),
        "startup_inside_run_s_median": round(inside_median, 3),
        "peak_rss_mb": round(rss_mb, 1),
        "load_average_1min": round(load, 2),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
