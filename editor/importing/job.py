"""Running an import off the GUI thread, as :mod:`editor.export_job` runs an export.

A job reads its :class:`~editor.importing.source.Source` on a pool thread and hands the
:class:`~models.importing.Imported` result (immutable) or the user's message back through
queued signals, tagged with its generation number: the controller drops the outcome of a
job that was cancelled or overtaken by a newer one. Python cannot stop a thread, so a
cancelled job runs to its end and its result is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from editor.importing.source import Source
from editor.message_text import error_text, message_text
from models.message import message


class _JobSignals(QObject):
    """Lives in the GUI thread; the worker emits, the controller receives (queued)."""

    sig_succeeded = Signal(int, object)
    """The source was imported; carries the job's generation and the ``Imported``."""

    sig_failed = Signal(int, str)
    """The import failed; carries the job's generation and the message for the user."""


class ImportJob(QRunnable):
    """One import, run by a thread pool."""

    def __init__(self, source: Source, base: str, generation: int) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it until its signal has arrived
        self.source = source
        self.base = base
        self.generation = generation
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            imported = self.source.read(self.base)
        except Exception as error:
            self.signals.sig_failed.emit(self.generation, _message(error))
        else:
            self.signals.sig_succeeded.emit(self.generation, imported)


def _message(error: Exception) -> str:
    """The refusal as the importer words it; anything else is a bug, and still the user must
    learn that nothing was opened."""
    try:
        from models.importing import ImportFileError  # Source.read loaded it, or failed to
    except Exception as failed:  # the importer itself cannot be loaded: a bug
        error = failed
    else:
        if isinstance(error, ImportFileError):
            return error_text(error)
    return message_text(
        message(
            "internal error (a bug in Podium): {kind}: {error}",
            kind=type(error).__name__,
            error=error,
        )
    )
