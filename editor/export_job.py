"""Exporting PDF and HTML off the GUI thread, with progress and errors the user sees.

A job gets an immutable :class:`~models.Project` snapshot, so the user may go on editing
while it runs; its outcome comes back to the GUI thread through queued signals, and only the
GUI thread touches widgets. An error is always reported: an :class:`ExportError` with its
own message, anything else as an internal error with its type, never swallowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.message_text import error_text, message_text
from exporters.export import ExportError, export
from models import Project
from models.message import message


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What one job writes: a PDF, an HTML file, or both; ``draft`` marks them as a draft."""

    pdf: Path | None = None
    html: Path | None = None
    draft: bool = False

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.html) if p is not None]


class _JobSignals(QObject):
    """Lives in the GUI thread; the worker emits, the controller receives (queued)."""

    sig_succeeded = Signal(object)
    """The job wrote its files; carries the :class:`ExportRequest`."""

    sig_failed = Signal(object, str)
    """The job failed; carries the request and the message for the user."""


class ExportJob(QRunnable):
    """One export, run by a thread pool."""

    def __init__(self, project: Project, request: ExportRequest) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it until its signal has arrived
        self.project = project
        self.request = request
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            request = self.request
            export(self.project, pdf=request.pdf, html=request.html, draft=request.draft)
        except ExportError as error:
            self.signals.sig_failed.emit(self.request, error_text(error))
        except Exception as error:  # a bug: still the user must learn that nothing was written
            bug = message(
                "internal error (a bug in Podium): {kind}: {error}",
                kind=type(error).__name__,
                error=error,
            )
            self.signals.sig_failed.emit(self.request, message_text(bug))
        else:
            self.signals.sig_succeeded.emit(self.request)


class ExportController(QObject):
    """Starts export jobs and reports when they end; the window shows progress from this."""

    sig_busy_changed = Signal(bool)
    """Whether any export is running now."""

    sig_succeeded = Signal(object)
    """An export wrote its files; carries the :class:`ExportRequest`."""

    sig_failed = Signal(object, str)
    """An export failed; carries the request and the message for the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # exports are CPU bound; one at a time keeps the UI smooth
        self._jobs: list[ExportJob] = []

    @property
    def running(self) -> int:
        """How many jobs are queued or running."""
        return len(self._jobs)

    def start(self, project: Project, request: ExportRequest) -> ExportJob:
        """Export ``project`` as ``request`` says, in the background."""
        job = ExportJob(project, request)
        job.signals.sig_succeeded.connect(self._on_succeeded)
        job.signals.sig_failed.connect(self._on_failed)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self.sig_busy_changed.emit(True)
        self._pool.start(job)
        return job

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has finished (used when the window closes)."""
        return self._pool.waitForDone(msecs)

    def _on_succeeded(self, request: ExportRequest) -> None:
        self._finish(request)
        self.sig_succeeded.emit(request)

    def _on_failed(self, request: ExportRequest, message: str) -> None:
        self._finish(request)
        self.sig_failed.emit(request, message)

    def _finish(self, request: ExportRequest) -> None:
        for job in self._jobs:
            if job.request is request:
                self._jobs.remove(job)
                break
        if not self._jobs:
            self.sig_busy_changed.emit(False)
