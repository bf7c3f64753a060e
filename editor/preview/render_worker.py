"""Rendering for the preview: exactly what export writes, plus where each part starts in the PDF.

:func:`render_project` runs ``exporters.ir.build``, ``render_pdf`` and ``render_html``, the
functions :func:`exporters.export.export` uses, so the preview is the export byte for byte.

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
import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from models import Project, Publication

#: How long one render may take before the worker is stopped and restarted.
RENDER_TIMEOUT_S = 120.0
#: How much nicer than the editor the worker is (``nice``; POSIX only).
WORKER_NICENESS = 10

Format = Literal["pdf", "html"]
ALL_FORMATS: frozenset[Format] = frozenset({"pdf", "html"})


class Destination(NamedTuple):
    """Where a part starts in the PDF: a 0-based page and points below the page's top edge."""

    page: int
    top: float


@dataclass(frozen=True, slots=True)
class Rendering:
    """What one render produced. A format asked for (in ``formats``) that is ``None`` failed,
    and ``errors`` says why."""

    pdf: bytes | None = None
    html: bytes | None = None  # UTF-8, as export writes it
    destinations: Mapping[str, Destination] = field(default_factory=dict)
    errors: tuple[str, ...] = ()
    seconds: float = 0.0  # spent rendering, in whichever process did it
    formats: frozenset[Format] = ALL_FORMATS


class Renderer(Protocol):
    """Turns a project into a :class:`Rendering`; blocks, so it is called off the GUI thread."""

    def render(self, project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering: ...


def render_project(project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering:
    """Render ``project`` in ``formats`` as the PDF and the HTML export would; never raises."""
    # Imported here: in the editor's process only the thread renderer needs ReportLab.
    from exporters.html import render_html
    from exporters.ir import build
    from exporters.pdf import render_pdf

    started = time.perf_counter()
    try:
        document = build(project)
    except Exception as error:
        elapsed = time.perf_counter() - started
        return Rendering(errors=(message_for(error),), seconds=elapsed, formats=formats)
    errors: list[str] = []
    pdf: bytes | None = None
    html: bytes | None = None
    destinations: dict[str, Destination] = {}
    if "pdf" in formats:
        try:
            pdf = render_pdf(document)
        except Exception as error:
            errors.append(f"PDF: {message_for(error)}")
        else:
            destinations = read_destinations(pdf)
    if "html" in formats:
        try:
            html = render_html(document).encode("utf-8")
        except Exception as error:
            errors.append(f"HTML: {message_for(error)}")
    elapsed = time.perf_counter() - started
    return Rendering(pdf, html, destinations, tuple(errors), elapsed, formats)


def message_for(error: BaseException) -> str:
    """The user's message for a failed render: the error's own for expected ones."""
    from exporters.export import ExportError
    from exporters.html import UnsafeLinkError
    from exporters.pdf import PdfLayoutError

    if isinstance(error, ExportError | PdfLayoutError | UnsafeLinkError):
        return str(error)
    return f"internal error (a bug in Podium): {type(error).__name__}: {error}"


def read_destinations(pdf: bytes) -> dict[str, Destination]:
    """Where each part starts in ``pdf``, from its named destinations (the PDF renderer names
    one per part after its anchor). Empty if there are none or they cannot be read: the
    preview then cannot scroll the PDF to a part, and nothing else suffers."""
    import pikepdf

    found: dict[str, Destination] = {}
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            pages = {
                page.obj.objgen: (index, float(page.mediabox[3]))
                for index, page in enumerate(document.pages)
            }
            root = document.Root
            entries: list[tuple[str, Any]] = []
            if "/Dests" in root:  # the PDF 1.1 dictionary ReportLab writes
                entries += [(str(name).lstrip("/"), dest) for name, dest in root.Dests.items()]
            if "/Names" in root and "/Dests" in root.Names:  # the PDF 1.2 name tree
                entries += list(pikepdf.NameTree(root.Names.Dests).items())
            for name, dest in entries:
                if isinstance(dest, pikepdf.Dictionary):
                    dest = dest.get("/D")
                if not isinstance(dest, pikepdf.Array) or len(dest) < 2:
                    continue
                page = dest[0]
                where = pages.get(page.objgen) if isinstance(page, pikepdf.Dictionary) else None
                if where is not None:
                    index, height = where
                    top = _dest_top(dest)
                    found[name] = Destination(index, 0.0 if top is None else max(0.0, height - top))
    except pikepdf.PdfError:
        return {}
    return found


def _dest_top(dest: Any) -> float | None:
    """The ``top`` of an ``/XYZ left top zoom`` or ``/FitH top`` destination, if given."""
    kind = str(dest[1])
    index = {"/XYZ": 3, "/FitH": 2, "/FitBH": 2}.get(kind)
    if index is None or len(dest) <= index or dest[index] is None:
        return None
    try:
        return float(dest[index])
    except (TypeError, ValueError):
        return None


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
    # Run as a script the module is ``__main__``; import it by its name, so the Renderings
    # it sends unpickle as ``editor.preview.render_worker.Rendering`` in the editor.
    from editor.preview.render_worker import main as _main

    sys.exit(_main(sys.argv[1:]))
