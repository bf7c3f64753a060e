"""Start the editor: the Qt application, the bundled fonts, the main window, the event loop.

``main.py`` imports this module only when a window is wanted, so headless commands never
load Qt.

Benchmark hook: with ``PODIUM_BENCH_EXIT_AFTER_SHOW=1`` in the environment the application
prints ``PODIUM_WINDOW_SHOWN <seconds since start of run()> <CPU seconds of the process>``
on stdout as soon as the main
window has painted for the first time (with the document loaded), then quits.
``benchmarks/startup.py`` uses it to time start-up from outside the process.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from editor import i18n
from editor.main_window import MainWindow
from editor.qt_fonts import register_bundled_fonts, ui_font
from models.preload import Preload

ORGANISATION = "Podium"
APPLICATION = "Podium"
BENCH_ENV = "PODIUM_BENCH_EXIT_AFTER_SHOW"
BENCH_MARKER = "PODIUM_WINDOW_SHOWN"

#: The interface language's translators, installed once per process by :func:`application`.
_translators: i18n.Translators | None = None


#: How long a background thread (autosave, a render's pickling) may keep the GIL from the GUI
#: thread. Python's 5 ms default let one autosave stall typing by 5 ms at every Qt call that
#: released the GIL; measured at 40 sections (benchmarks/preview.py), 1 ms halved the gaps
#: between ticks over 16 ms, and the background threads' work is not noticeably slower.
GIL_SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    """The process's QApplication, created once, named so QSettings finds its file, and
    speaking the interface language (Preferences, else the system's)."""
    global _translators
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # POSIX only
            # Chromium (the web preview) refuses to start its sandbox as root; only then.
            flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
            if "--no-sandbox" not in flags:
                os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*flags, "--no-sandbox"])
        app = QApplication([sys.argv[0] if sys.argv else "podium"])
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # The window and taskbar icon; the desktop file name lets Wayland shells match the
    # window to podium.desktop (installed by `podium install-desktop`) and its icon.
    app.setWindowIcon(QIcon(str(files("resources").joinpath("desktop").joinpath("podium.svg"))))
    app.setDesktopFileName("podium")
    register_bundled_fonts()
    app.setFont(ui_font())
    if _translators is None:  # before any window: texts are translated when widgets are made
        _translators = i18n.install(app, QSettings())
    return app


def run(
    path: Path | None,
    review: bool = False,
    *,
    example: bool = False,
    preload: Preload | None = None,
) -> int:
    """Open the editor on ``path``, a copy of the sample (``example``) or the start view,
    and run until the window closes. ``preload``: ``path`` being read since before Qt was
    imported (:mod:`models.preload`)."""
    started = time.perf_counter()
    app = application()
    window = MainWindow(review=review)
    window.show()
    # Work a crash left unsaved comes first; a recovered document is not replaced by ``path``.
    recovered = not review and window.recovery.offer()
    if path is not None and not recovered:
        # After show, so an error dialog has a window to sit on; on failure the start view stays.
        window.files.open_path(path, preload)
    elif example and not recovered:
        window.files.open_example()
    if os.environ.get(BENCH_ENV) == "1":
        window.installEventFilter(_ExitAfterFirstPaint(app, started))
    _collect_from_now_on()
    return app.exec()


def _collect_from_now_on() -> None:
    """Switch the cyclic collector back on (``main.py`` turns it off for the start-up).

    What the start-up made is frozen first: it lives as long as the window, so no pass needs
    to walk it, and the first pass after switching on would otherwise walk all of it at once,
    during the first paint. The little garbage among it (a few hundred objects) waits until
    a document is replaced or closed: :mod:`editor.heap` then hands everything frozen back.
    """
    gc.freeze()
    gc.enable()


class _ExitAfterFirstPaint(QObject):
    """Prints the benchmark marker at the window's first paint, then quits the application."""

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__(app)
        self._app = app
        self._started = started
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            elapsed = time.perf_counter() - self._started
            # CPU of the whole process (every thread) since it started: steadier than the
            # wall time on a shared machine.
            print(f"{BENCH_MARKER} {elapsed:.3f} {time.process_time():.3f}", flush=True)
            # Closed, not just quit: closing releases the document's lock and journal, which
            # quitting would leave beside the file (a stale lock in the opened folder).
            if isinstance(watched, QWidget):
                QTimer.singleShot(0, watched.close)
            else:
                QTimer.singleShot(0, self._app.quit)
        return False
