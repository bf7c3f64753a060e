"""The preview's render process: a worker that renders projects as export would, and its client.

What is rendered, and how, is :func:`exporters.export.render_project` (the functions export
uses, so the preview is the export byte for byte, plus where each part starts in the PDF).
This module only decides where it runs.

ReportLab is pure Python and holds the GIL for the whole layout; in a thread of the editor's
process it made typing stall: with 4 sections and the Print tab on screen, the longest
GUI-thread gap while typing was 51 ms with a render thread and 8.5 ms with a render process
(``benchmarks/preview.py``, 2 cores). So the preview renders in one persistent worker
process (:class:`ProcessRenderer`), a fresh interpreter (no forked copy of Qt's state) at a
lower priority, fed a pickled :class:`~models.Publication` plus only the image assets it has
not seen yet (their names are content hashes), and answering with bytes.

This module imports no Qt: the worker process imports it, and Qt has no business there.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from exporters.export import ALL_FORMATS, Format, Rendering, message_for, render_project
from models import Project, Publication

#: How long one render may take before the worker is stopped and restarted.
RENDER_TIMEOUT_S = 120.0
#: How much nicer than the editor the worker is (``nice``; POSIX only).
WORKER_NICENESS = 10


class Renderer(Protocol):
    """Turns a project into a :class:`Rendering`; blocks, so it is called off the GUI thread."""

    def render(self, project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering: ...


# --- the worker process ---------------------------------------------------------------


def serve(connection: Connection) -> None:
    """The worker's loop: receive ``(publication, new assets, asset names, formats)``, send
    a Rendering.

    ``None`` or a closed pipe ends it. Assets are kept between jobs, so an image crosses the
    pipe once; names no longer in the project are forgotten.
    """
    assets: dict[str, bytes] = {}
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        publication, new_assets, names, formats = message
        assets.update(new_assets)
        for name in assets.keys() - set(names):
            del assets[name]
        project = Project(publication, {name: assets[name] for name in names if name in assets})
        try:
            rendering = render_project(project, formats)
        except BaseException as error:  # e.g. MemoryError: report it, keep serving
            rendering = Rendering(errors=(message_for(error),), formats=formats)
        connection.send(rendering)


def main(argv: list[str]) -> int:
    """Entry of ``python -m editor.preview.render_worker FD``: serve on the socket ``FD``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the editor
    # Below the editor's priority: when both want the CPU, typing comes first.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)
    serve(Connection(int(argv[0])))
    return 0


class ProcessRenderer:
    """A persistent render process, started on first use and restarted if it dies.

    Shared by every preview of the application (:func:`shared_process_renderer`); a lock
    serialises jobs, one at a time, each waiting on the socket with the GIL released.

    The worker is ``python -m editor.preview.render_worker``, not a ``multiprocessing``
    child: "spawn" would run the editor's ``__main__`` again in the worker, which is only
    safe for scripts that guard it, and "fork" would copy a process running Qt's threads.
    """

    def __init__(self, timeout: float = RENDER_TIMEOUT_S) -> None:
        self._timeout = timeout
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._connection: Connection | None = None
        self._sent: frozenset[str] = frozenset()

    def render(self, project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering:
        with self._lock:
            try:
                rendering = self._render(project, formats)
            except (EOFError, OSError):
                # The worker died since the last render (killed, out of memory): a new one
                # gets one more try; if that one dies too, the document is the cause.
                self._stop()
                try:
                    rendering = self._render(project, formats)
                except (EOFError, OSError) as error:
                    self._stop()
                    message = f"the preview renderer stopped unexpectedly ({error})"
                    return Rendering(errors=(message,), formats=formats)
        if not isinstance(rendering, Rendering):
            message = "the preview renderer sent something unexpected"
            return Rendering(errors=(message,), formats=formats)
        return rendering

    def _render(self, project: Project, formats: frozenset[Format]) -> object:
        connection = self._running()
        names = tuple(project.assets)
        new = {name: project.assets[name] for name in names if name not in self._sent}
        publication: Publication = project.publication
        connection.send((publication, new, names, formats))
        self._sent = frozenset(names)
        if not connection.poll(self._timeout):
            self._stop()
            message = f"rendering took over {self._timeout:.0f} s and was stopped"
            return Rendering(errors=(message,), formats=formats)
        return connection.recv()

    @property
    def pid(self) -> int | None:
        """The worker's process id, or ``None`` while none runs."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def close(self) -> None:
        """Stop the worker now (it starts again on the next render).

        Killed, not asked: a render in progress holds the lock, and its wait must end at
        once (it reports the renderer stopped), not when the render would have finished.
        """
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
        with self._lock:
            self._stop()

    def _running(self) -> Connection:
        if self._process is not None and self._process.poll() is None and self._connection:
            return self._connection
        self._stop()
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        # The worker imports this package from where the editor did, installed or not.
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        with theirs:
            self._process = subprocess.Popen(
                [sys.executable, "-m", __name__, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        self._connection = Connection(ours.detach())
        return self._connection

    def _stop(self) -> None:
        process, connection = self._process, self._connection
        self._process, self._connection, self._sent = None, None, frozenset()
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.send(None)
            connection.close()
        if process is not None:
            try:
                process.wait(0.5)  # it ends when it reads the end of its socket
            except subprocess.TimeoutExpired:
                process.kill()  # still importing, or stuck in a render
                process.wait(2.0)


class ThreadRenderer:
    """Renders in the calling thread; for measurements and for tests that swap the renderer."""

    def render(self, project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering:
        return render_project(project, formats)


_shared: ProcessRenderer | None = None
_shared_lock = threading.Lock()


def shared_process_renderer() -> ProcessRenderer:
    """The application's render process (created lazily, stopped at interpreter exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ProcessRenderer()
            atexit.register(_shared.close)
        return _shared


if __name__ == "__main__":
    # Run as a script the module is ``__main__``; import it by its name, so that it and
    # this file are not two modules with two copies of its state.
    from editor.preview.render_worker import main as _main

    sys.exit(_main(sys.argv[1:]))
