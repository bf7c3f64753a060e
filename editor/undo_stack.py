"""The document's undo history as a Qt object: the signals and names of ``QUndoStack``.

The history itself is :class:`models.history.History` (plain Python, no C++ commands whose
lifetime the collector could get wrong). This adapter tells the window what changed, with
the signal names of the ``QUndoStack`` it replaced, so actions, the title's modified mark
and autosave follow it the way they followed Qt's stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from models import Project
from models.history import History


class UndoStack(QObject):
    """Undo and redo over whole projects; ``show`` is called with the project to show."""

    cleanChanged = Signal(bool)
    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)

    def __init__(
        self, initial: Project, show: Callable[[Project], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._history: History[Project] = History(initial)
        self._show = show

    @property
    def current(self) -> Project:
        """The state the history is at."""
        return self._history.current

    # -- reading, with QUndoStack's names (the tests and scripts written for it still read)

    def count(self) -> int:
        return len(self._history)

    def index(self) -> int:
        return self._history.index

    def text(self, index: int) -> str:
        return self._history.step(index).text

    def canUndo(self) -> bool:
        return self._history.can_undo

    def canRedo(self) -> bool:
        return self._history.can_redo

    def undoText(self) -> str:
        return self._history.undo_text

    def redoText(self) -> str:
        return self._history.redo_text

    def isClean(self) -> bool:
        return self._history.is_clean

    # -- changing

    def push(self, after: Project, text: str, merge_key: str | None = None) -> None:
        """Show ``after`` as a step named ``text`` (merged as :meth:`History.push` says)."""
        self._change(lambda: self._history.push(after, text, merge_key))

    def undo(self) -> None:
        """Show the state before the last step done."""
        self._change(self._history.undo)

    def redo(self) -> None:
        """Show the state after the next step undone."""
        self._change(self._history.redo)

    def setClean(self) -> None:
        """Record that the state shown now is the saved one."""
        self._change(self._history.set_clean)

    def _change(self, change: Callable[[], object]) -> None:
        before = self._facts()
        shown = self._history.current
        change()
        if self._history.current is not shown:
            self._show(self._history.current)
        after = self._facts()
        signals = (
            self.cleanChanged,
            self.canUndoChanged,
            self.canRedoChanged,
            self.undoTextChanged,
            self.redoTextChanged,
        )
        for signal, old, new in zip(signals, before, after, strict=True):
            if new != old:
                signal.emit(new)

    def _facts(self) -> tuple[bool, bool, bool, str, str]:
        history = self._history
        return (
            history.is_clean,
            history.can_undo,
            history.can_redo,
            history.undo_text,
            history.redo_text,
        )
