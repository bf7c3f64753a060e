"""What the GUI benchmarks share: running Qt until something happened, a 1 ms ticker on the
GUI thread (its longest gap is the stall), and a typist that presses keys on a timer.

``preview.py``, ``preview_long.py``, ``typing_stall.py`` and ``spelling.py`` measure typing
the same way, so they measure it with the same code. Not a benchmark of its own (the
leading ``_`` keeps ``make bench`` from running it).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

TIMEOUT_S = 30.0
#: A quick typist: one key every 70 ms.
KEY_INTERVAL_MS = 70


def wait(app: Any, done: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    """Let Qt run until ``done()``; exit with a message after ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the editor")
        app.processEvents()
        time.sleep(0.0005)


def settle(app: Any, seconds: float) -> None:
    """Let Qt run for ``seconds`` (the last renders and refreshes land)."""
    end = time.perf_counter() + seconds
    wait(app, lambda: time.perf_counter() > end)


def focus_first_section_title(app: Any, window: Any) -> Any:
    """Show the first section's form with its title focused, once the preview is idle; the
    focused field (what the typist types into)."""
    from PySide6.QtWidgets import QApplication

    from editor.targets import Target

    blocks = window.document.publication.blocks
    index, section = next((i, b) for i, b in enumerate(blocks) if b.kind == "section")
    window.select_target(Target("section", section.id), ("blocks", index, "title"))
    window.activateWindow()
    wait(app, lambda: not window.preview.service.busy)
    field = QApplication.focusWidget()
    if field is None:
        raise SystemExit("no field has the focus; cannot type")
    return field


class Ticker:
    """A 1 ms timer on the GUI thread: wall and thread CPU time of every tick."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.cpu: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def __enter__(self) -> Ticker:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def gaps(self) -> list[tuple[float, float]]:
        """(from, to) of every gap between two ticks, in ``perf_counter`` seconds."""
        return list(itertools.pairwise(self.ticks))

    def stall_ms(self) -> float:
        """The longest gap between two ticks: what the user would have waited."""
        return max((b - a for a, b in self.gaps()), default=0.0) * 1000

    def cpu_ms(self) -> float:
        """The most CPU time the GUI thread used between two ticks: the stall without the
        time a shared machine gave other processes."""
        return max((b - a for a, b in itertools.pairwise(self.cpu)), default=0.0) * 1000


class Typist:
    """Presses ``keys`` into ``field``, one every ``interval_ms``, on a timer of the GUI
    thread; records each key's wall span and its CPU time."""

    def __init__(self, field: Any, keys: str, interval_ms: int = KEY_INTERVAL_MS) -> None:
        from PySide6.QtCore import QTimer

        self.field = field
        self.keys = list(keys)
        self.spans: list[tuple[float, float]] = []  # perf_counter start and end of each key
        self.cpu_ms: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._press)

    def _press(self) -> None:
        from PySide6.QtTest import QTest

        if not self.keys:
            return
        started, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(self.field, self.keys.pop(0))
        self.cpu_ms.append((time.thread_time() - cpu) * 1000)
        self.spans.append((started, time.perf_counter()))

    def type_all(self, app: Any, then_s: float = 1.0, timeout: float = TIMEOUT_S) -> None:
        """Type every key, then let Qt run ``then_s`` seconds more (the last renders)."""
        self.timer.start()
        try:
            wait(app, lambda: not self.keys, timeout)
            settle(app, then_s)
        finally:
            self.timer.stop()

    def longest_key_ms(self) -> float:
        """The longest wall time of handling one key."""
        return max((end - start for start, end in self.spans), default=0.0) * 1000
