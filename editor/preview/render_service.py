"""Preview renders off the GUI thread, numbered so that only the newest one counts.

Each request carries a generation number. A job that has not started when a newer request
arrives is skipped; one that has started runs to the end, and its result still arrives, with
its generation, for the preview to drop (Orange3's ``concurrent.py`` and Textual's exclusive
workers do the same). Jobs get an immutable :class:`~models.Project` and return bytes; only the
GUI thread touches widgets.

A job with a :class:`~exporters.export.Focus` (a long document, one section edited) renders
those pages first and reports them as an interim (:attr:`RenderService.sig_interim`), then
the whole PDF. That second render, seconds at 400 sections, is cancelled when a newer
request comes, so the newer one's pages follow within a page's layout rather than after it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.preview.render_worker import Renderer
from exporters.export import ALL_FORMATS, Focus, Format, Rendering, message_for
from models import Project


class _Latest:
    """The newest generation asked for; read by workers, written by the GUI thread."""

    def __init__(self) -> None:
        self.generation = 0


class _JobSignals(QObject):
    """Lives in the GUI thread; the worker emits, the service receives (queued)."""

    sig_done = Signal(int, object)
    """A job ended; carries its generation and its :class:`Rendering`, ``None`` if skipped."""

    sig_interim = Signal(int, object)
    """A job's focus render is in; carries its generation and that :class:`Rendering`."""


class RenderJob(QRunnable):
    """Renders one snapshot, unless a newer one was requested before it started."""

    def __init__(
        self,
        generation: int,
        project: Project,
        formats: frozenset[Format],
        renderer: Renderer,
        latest: _Latest,
        focus: Focus | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the service keeps it until its signal has arrived
        self.generation = generation
        self.project = project
        self.formats = formats
        self.renderer = renderer
        self.latest = latest
        self.focus = focus
        self.signals = _JobSignals()

    def run(self) -> None:
        if self.latest.generation != self.generation:
            self.signals.sig_done.emit(self.generation, None)
            return
        try:
            if self.focus is not None:
                rendering = self._render_focused(self.focus)
            else:
                rendering = self.renderer.render(self.project, self.formats)
        except Exception as error:  # a renderer must not raise; if it does, say so
            rendering = Rendering(errors=(message_for(error),), formats=self.formats)
        self.signals.sig_done.emit(self.generation, rendering)

    def _render_focused(self, focus: Focus) -> Rendering | None:
        interim = self.renderer.render(self.project, frozenset({"pdf"}), focus=focus)
        if not interim.cancelled:
            self.signals.sig_interim.emit(self.generation, interim)
        if self.latest.generation != self.generation:
            return None
        # Cancelled by a newer request, however late or early it comes: by its generation.
        owned = (id(self.latest), self.generation)  # the renderer serves every preview
        rendering = self.renderer.render(self.project, self.formats, generation=owned)
        return None if rendering.cancelled else rendering


class RenderService(QObject):
    """Runs one render at a time on a private thread and reports every result."""

    sig_finished = Signal(int, object)
    """A render ended; carries its generation and the :class:`Rendering` (maybe stale)."""

    def __init__(self, renderer: Renderer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self._latest = _Latest()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, RenderJob] = {}

    @property
    def busy(self) -> bool:
        """Whether a job is queued or running."""
        return bool(self._jobs)

    sig_interim = Signal(int, object)
    """A focus render ended; carries its generation and the :class:`Rendering` (maybe
    stale): a few pages of the PDF, whose whole follows in :attr:`sig_finished`."""

    def submit(
        self,
        generation: int,
        project: Project,
        formats: frozenset[Format] = ALL_FORMATS,
        focus: Focus | None = None,
    ) -> None:
        """Render ``project`` in ``formats`` as ``generation``; makes older requests stale.

        ``focus``: render those pages first (:attr:`sig_interim`), then the whole.
        """
        self.invalidate(generation)
        job = RenderJob(generation, project, formats, self.renderer, self._latest, focus)
        job.signals.sig_done.connect(self._on_done)
        job.signals.sig_interim.connect(self.sig_interim)
        self._jobs[generation] = job
        self._pool.start(job)

    def invalidate(self, generation: int) -> None:
        """Make every request older than ``generation`` stale without starting a job, and
        cancel a full render that follows a focus render (its result could not be shown)."""
        self._latest.generation = generation
        if any(job.focus is not None for job in self._jobs.values()):
            self.renderer.cancel_older((id(self._latest), generation))

    def wait(self, msecs: int = -1) -> bool:
        """Block until no job runs (tests; closing)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Drop what is queued, stop what can be stopped and wait for the rest, so no render
        thread outlives its window (several windows share one renderer)."""
        self._latest.generation = -1  # every job is stale: one that starts now skips
        self._pool.clear()
        self.renderer.cancel_older((id(self._latest), 1 << 62))
        self._pool.waitForDone(msecs)

    def _on_done(self, generation: int, rendering: Rendering | None) -> None:
        self._jobs.pop(generation, None)
        if rendering is not None:
            self.sig_finished.emit(generation, rendering)
