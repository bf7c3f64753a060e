"""Edit › Undo and Redo, following whichever document the window shows.

They name the step ("Undo Change title"), are disabled when there is nothing to undo or
redo, and report whether the shown document is at its saved state (the title's modified
mark). What ``QUndoGroup`` did for ``QUndoStack``, for :class:`~editor.undo_stack.UndoStack`.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction

from .undo_stack import UndoStack


class UndoActions(QObject):
    """The Undo and Redo actions of one window, and its "modified" state."""

    sig_clean_changed = Signal(bool)
    """Whether the shown document is at its saved state (``True`` with no document)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.undo = QAction(self.tr("Undo"), parent)
        self.undo.setObjectName("undo")
        self.undo.triggered.connect(self._on_undo)
        self.redo = QAction(self.tr("Redo"), parent)
        self.redo.setObjectName("redo")
        self.redo.triggered.connect(self._on_redo)
        self._stack: UndoStack | None = None
        self._update()

    def follow(self, stack: UndoStack | None) -> None:
        """Act on ``stack`` from now on (``None``: no document; both actions disabled)."""
        if self._stack is not None:
            with contextlib.suppress(RuntimeError):  # already deleted with its document
                for signal in self._signals(self._stack):
                    signal.disconnect(self._update)
        self._stack = stack
        if stack is not None:
            for signal in self._signals(stack):
                signal.connect(self._update)
        self._update()

    @staticmethod
    def _signals(stack: UndoStack) -> tuple[SignalInstance, ...]:
        return (
            stack.cleanChanged,
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        )

    def _on_undo(self) -> None:
        if self._stack is not None:
            self._stack.undo()

    def _on_redo(self) -> None:
        if self._stack is not None:
            self._stack.redo()

    def _update(self) -> None:
        stack = self._stack
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        undo = self.tr("Undo %1").replace("%1", undo_text) if undo_text else self.tr("Undo")
        redo = self.tr("Redo %1").replace("%1", redo_text) if redo_text else self.tr("Redo")
        self.undo.setEnabled(stack is not None and stack.canUndo())
        self.undo.setText(undo)
        self.redo.setEnabled(stack is not None and stack.canRedo())
        self.redo.setText(redo)
        self.sig_clean_changed.emit(stack is None or stack.isClean())
