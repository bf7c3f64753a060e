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

For a long document the preview asks first for a *focus* render, the few pages of the
edited section (:class:`~exporters.export.Focus`), then for the whole PDF with the same
publication, which then does not cross the pipe again. That full render carries its
generation and is cancelled by a newer one (:meth:`ProcessRenderer.cancel_older`): the
client sends ``("cancel", job)`` and the worker, which looks for it at each new page, stops
and answers a cancelled :class:`Rendering`, so a newer edit waits at most a page.

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
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from exporters.export import (
    ALL_FORMATS,
    Focus,
    Format,
    Rendering,
    message_for,
    render_project,
)
from models import Project, Publication

if TYPE_CHECKING:
    # The pipe's module (with multiprocessing and pickle) loads where a pipe is opened, at the
    # first render: the editor imports this module at start, before it renders anything.
    from multiprocessing.connection import Connection

#: How long one render may take before the worker is stopped and restarted.
RENDER_TIMEOUT_S = 120.0
#: How much nicer than the editor the worker is (``nice``; POSIX only).
WORKER_NICENESS = 10

#: A render's owner (one per preview) and its generation there.
Generation = tuple[int, int]


def _older(generation: Generation, newest: dict[int, int]) -> bool:
    owner, number = generation
    return number < newest.get(owner, number)


class Renderer(Protocol):
    """Turns a project into a :class:`Rendering`; blocks, so it is called off the GUI thread.

    ``focus``: only those pages (:class:`Focus`). ``generation``: ``(owner, number)``,
    the render may be cancelled by :meth:`cancel_older` with a newer number of the same
    owner (a preview: the renderer is shared), and then gives a ``cancelled`` Rendering.
    """

    def render(
        self,
        project: Project,
        formats: frozenset[Format] = ALL_FORMATS,
        *,
        focus: Focus | None = None,
        generation: Generation | None = None,
    ) -> Rendering: ...

    def cancel_older(self, generation: Generation) -> None:
        """Stop renders of the same owner's older generations, running or still to start;
        any thread may call it."""


# --- the worker process ---------------------------------------------------------------


class _Inbox:
    """The worker's side of the pipe: jobs, and cancellations that arrive during one."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.closed = False

    def cancelled(self, job: int) -> bool:
        """Whether job ``job`` was cancelled (or the editor is gone): read what has come."""
        while not self.closed and self.connection.poll():
            try:
                received = self.connection.recv()
            except (EOFError, OSError):
                received = None
            if received is None:
                self.closed = True
            elif received == ("cancel", job):
                return True
            # A cancellation of an earlier job, which ended before it came: nothing to do.
        return self.closed


def serve(connection: Connection) -> None:
    """The worker's loop: receive ``(job, publication, new assets, asset names, formats,
    focus, cancellable)``, send a Rendering.

    ``None`` or a closed pipe ends it. Assets are kept between jobs, so an image crosses the
    pipe once; names no longer in the project are forgotten. A publication of ``None`` is the
    previous job's. Cancellations that come between jobs are late, and dropped.
    """
    assets: dict[str, bytes] = {}
    publication: Publication | None = None
    inbox = _Inbox(connection)
    while not inbox.closed:
        try:
            received = connection.recv()
        except (EOFError, OSError):
            return
        if received is None:
            return
        if isinstance(received, tuple) and received[:1] == ("cancel",):
            continue
        job, sent, new_assets, names, formats, focus, cancellable = received
        publication = sent if sent is not None else publication
        assets.update(new_assets)
        for name in assets.keys() - set(names):
            del assets[name]
        if publication is None:  # cannot happen: the client sends one first
            connection.send(Rendering(errors=("no publication to render",), formats=formats))
            continue
        project = Project(publication, {name: assets[name] for name in names if name in assets})
        asked = partial(inbox.cancelled, job) if cancellable else None
        try:
            rendering = render_project(project, formats, focus=focus, cancelled=asked)
        except BaseException as error:  # e.g. MemoryError: report it, keep serving
            rendering = Rendering(errors=(message_for(error),), formats=formats)
        connection.send(rendering)


def main(argv: list[str]) -> int:
    """Entry of ``python -m editor.preview.render_worker FD``: serve on the socket ``FD``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the editor
    # Below the editor's priority: when both want the CPU, typing comes first.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)
    from multiprocessing.connection import Connection

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
        self._publication: Publication | None = None  # the worker's, as last sent
        self._send_lock = threading.Lock()  # jobs and cancellations share the pipe
        self._jobs = 0
        self._running_job: tuple[int, Generation] | None = None  # a cancellable one
        self._newest: dict[int, int] = {}  # by owner: renders of older ones are cancelled

    def render(
        self,
        project: Project,
        formats: frozenset[Format] = ALL_FORMATS,
        *,
        focus: Focus | None = None,
        generation: Generation | None = None,
    ) -> Rendering:
        with self._lock:
            try:
                rendering = self._render(project, formats, focus, generation)
            except (EOFError, OSError):
                # The worker died since the last render (killed, out of memory): a new one
                # gets one more try; if that one dies too, the document is the cause.
                self._stop()
                try:
                    rendering = self._render(project, formats, focus, generation)
                except (EOFError, OSError) as error:
                    self._stop()
                    message = f"the preview renderer stopped unexpectedly ({error})"
                    return Rendering(errors=(message,), formats=formats)
        if not isinstance(rendering, Rendering):
            message = "the preview renderer sent something unexpected"
            return Rendering(errors=(message,), formats=formats)
        return rendering

    def cancel_older(self, generation: Generation) -> None:
        with self._send_lock:
            owner, number = generation
            self._newest[owner] = max(self._newest.get(owner, number), number)
            running, connection = self._running_job, self._connection
            if running is not None and _older(running[1], self._newest) and connection:
                with contextlib.suppress(OSError):
                    connection.send(("cancel", running[0]))

    def _render(
        self,
        project: Project,
        formats: frozenset[Format],
        focus: Focus | None,
        generation: Generation | None,
    ) -> object:
        connection = self._running()
        names = tuple(project.assets)
        new = {name: project.assets[name] for name in names if name not in self._sent}
        publication: Publication = project.publication
        # Pickling 400 sections takes about 50 ms: the full render after a focus render
        # of the same publication says "the same one".
        sent = None if publication is self._publication else publication
        with self._send_lock:
            if generation is not None and _older(generation, self._newest):
                return Rendering(formats=formats, cancelled=True)  # cancelled before it began
            self._jobs += 1
            cancellable = generation is not None
            connection.send((self._jobs, sent, new, names, formats, focus, cancellable))
            self._publication = publication
            self._running_job = (self._jobs, generation) if generation is not None else None
        self._sent = frozenset(names)
        try:
            if not connection.poll(self._timeout):
                self._stop()
                message = f"rendering took over {self._timeout:.0f} s and was stopped"
                return Rendering(errors=(message,), formats=formats)
            return connection.recv()
        finally:
            with self._send_lock:
                self._running_job = None

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
        from multiprocessing.connection import Connection

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
        self._publication = None
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

    def __init__(self) -> None:
        self._newest: dict[int, int] = {}  # by owner: renders of older ones are cancelled

    def render(
        self,
        project: Project,
        formats: frozenset[Format] = ALL_FORMATS,
        *,
        focus: Focus | None = None,
        generation: Generation | None = None,
    ) -> Rendering:
        asked = None if generation is None else partial(_older, generation, self._newest)
        return render_project(project, formats, focus=focus, cancelled=asked)

    def cancel_older(self, generation: Generation) -> None:
        owner, number = generation
        self._newest[owner] = max(self._newest.get(owner, number), number)


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
