"""Autosave: unsaved changes reach a recovery journal within seconds, without slowing typing.

The GUI thread only takes the document's immutable :class:`~models.Project` and hands it to
a worker, which serialises it (:func:`models.project_file.to_zip_bytes`) and writes it with
:meth:`models.recovery.Journal.write_bytes`. A timer that is started by the first edit and
not restarted by later ones bounds the delay: during non-stop typing a snapshot is still
journaled every interval, and the last keystroke is at most one interval plus one write old.

One journal is never written twice at once: its writes run under a lock and carry a
sequence number and an epoch. A write older than one already done is dropped, and so is
every write started before the journal was discarded (saved, closed, or undone to the
saved state), so a finished save can never be followed by a stale journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from editor.document import DocumentModel
from editor.message_text import message_text
from models import Project, ProjectFileError
from models.message import message
from models.project_file import PUBLICATION_JSON, to_zip_bytes
from models.recovery import Journal

#: A snapshot is journaled at most this long after the edit that made the document dirty.
DEFAULT_INTERVAL_MS = 1000


class _Target:
    """One document's journal and the bookkeeping its writers share (across threads)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.lock = threading.Lock()
        self.epoch = 0  # bumped by every discard; changed only on the GUI thread
        self.written = 0  # sequence number of the newest snapshot on disk

    def write(
        self, epoch: int, seq: int, data: bytes, source: Path | None, saved_at: str | None
    ) -> bool:
        """Write unless a newer snapshot is on disk or the journal was discarded since."""
        with self.lock:
            if epoch != self.epoch or seq <= self.written:
                return False
            self.journal.write_bytes(data, source, saved_at)
            self.written = seq
            return True

    def discard(self) -> None:
        """Remove the journal; waits for a write in progress, and voids queued ones."""
        with self.lock:
            self.epoch += 1
            self.journal.discard()

    def move_to(self, path: Path) -> None:
        """Go on journaling into ``path`` (recovered work keeps its journal until saved)."""
        with self.lock:
            if path != self.journal.path:
                self.journal.discard()
                self.journal.path = path


class _Signals(QObject):
    """Lives in the GUI thread; workers emit, the autosaver receives (queued)."""

    sig_finished = Signal(int, bool)
    """A job ended; carries its sequence number and whether it wrote the journal."""

    sig_failed = Signal(int, str)
    """A job could not write; carries its sequence number and the message."""


class _WriteJob(QRunnable):
    """Serialise one snapshot and write it to the journal, on a pool thread."""

    def __init__(
        self,
        target: _Target,
        epoch: int,
        seq: int,
        project: Project,
        source: Path | None,
        saved_at: str | None,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the autosaver keeps it until its signal has arrived
        self._target = target
        self._epoch = epoch
        self.seq = seq
        self._project = project
        self._source = source
        self._saved_at = saved_at
        self._signals = signals

    def run(self) -> None:
        try:
            data = to_zip_bytes(self._project, pretty=False)
            wrote = self._target.write(self._epoch, self.seq, data, self._source, self._saved_at)
        except (OSError, ProjectFileError) as error:
            reason = error.strerror if isinstance(error, OSError) else error.reason
            self._signals.sig_failed.emit(self.seq, message_text(reason or str(error)))
        except Exception as error:  # a bug: the user must still learn autosave is not working
            bug = message(
                "internal error (a bug in Podium): {kind}: {error}",
                kind=type(error).__name__,
                error=error,
            )
            self._signals.sig_failed.emit(self.seq, message_text(bug))
        else:
            self._signals.sig_finished.emit(self.seq, wrote)


class Autosaver(QObject):
    """Journals the attached document while it has unsaved changes."""

    sig_journaled = Signal()
    """A snapshot of the document's unsaved changes is now in its journal."""

    sig_failed = Signal(str)
    """Journaling failed (e.g. the disk is full); carries the reason for the user."""

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._write)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.sig_finished.connect(self._on_finished)
        self._signals.sig_failed.connect(self._on_failed)
        self._jobs: dict[int, _WriteJob] = {}
        self._seq = 0
        self._document: DocumentModel | None = None
        self._target: _Target | None = None

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, msecs: int) -> None:
        """How long after the first unsaved edit a snapshot is journaled."""
        self._timer.setInterval(msecs)

    @property
    def journal_path(self) -> Path | None:
        """Where the attached document is journaled (the file exists only while dirty)."""
        return self._target.journal.path if self._target is not None else None

    def attach(self, document: DocumentModel | None) -> None:
        """Journal ``document`` from now on; the previous document's journal is discarded."""
        self._detach()
        self._document = document
        if document is None:
            return
        self._target = _Target(Journal(self._folder))
        document.sig_document_changed.connect(self._on_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        if document.is_modified:
            self._timer.start()

    def adopt(self, journal: Path) -> None:
        """Journal the attached document into ``journal``, an existing (recovered) one."""
        if self._target is not None:
            self._target.move_to(journal)

    def discard(self) -> None:
        """Forget the journal: the work was saved or deliberately thrown away."""
        self._timer.stop()
        if self._target is not None:
            self._target.discard()

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued writes have finished (they may have been voided)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """A clean exit: discard the journal and let no write outlive the window."""
        self._detach()
        self.wait()

    # -- internals

    def _detach(self) -> None:
        self.discard()
        document, self._document, self._target = self._document, None, None
        if document is not None:
            with contextlib.suppress(RuntimeError):  # already deleted with its window
                document.sig_document_changed.disconnect(self._on_changed)
                document.undo_stack.cleanChanged.disconnect(self._on_clean_changed)

    def _on_changed(self) -> None:
        # Not restarted by later edits: non-stop typing is still journaled every interval.
        # (The undo stack turns unclean only after this signal, so "modified" is checked
        # when the timer fires.)
        if not self._timer.isActive():
            self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        elif not self._timer.isActive():
            self._timer.start()

    def _write(self) -> None:
        document, target = self._document, self._target
        if document is None or target is None or not document.is_modified:
            return
        self._seq += 1
        job = _WriteJob(
            target,
            target.epoch,
            self._seq,
            document.project,
            document.path,
            saved_at(document.path),
            self._signals,
        )
        self._jobs[job.seq] = job
        self._pool.start(job)

    def _on_finished(self, seq: int, wrote: bool) -> None:
        self._jobs.pop(seq, None)
        if wrote:
            self.sig_journaled.emit()

    def _on_failed(self, seq: int, message: str) -> None:
        self._jobs.pop(seq, None)
        self.sig_failed.emit(message)


def saved_at(path: Path | None) -> str | None:
    """When ``path`` (a file, or a folder's publication.json) was last written, ISO 8601."""
    if path is None:
        return None
    file = path / PUBLICATION_JSON if path.is_dir() else path
    try:
        mtime = file.stat().st_mtime
    except OSError:
        return None
    return dt.datetime.fromtimestamp(mtime).astimezone().isoformat(timespec="seconds")
