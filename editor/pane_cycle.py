"""F6 and Shift+F6: move the keyboard focus from pane to pane, as most desktop editors do.

The panes are the navigator, the form, the preview and the Problems list; only the visible
ones take part, so a hidden Problems dock is skipped. Entering a pane focuses what a user
would act on there: the form's first field, the navigator's selection, the preview's page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

#: A pane: the widget that holds it, and how to put the focus in it (``False``: it cannot).
Pane = tuple[QWidget, Callable[[], bool]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaneCycle", text)


class PaneCycle(QObject):
    """The "Next pane" (F6) and "Previous pane" (Shift+F6) actions of one window."""

    def __init__(self, window: QWidget, panes: Callable[[], Sequence[Pane]]) -> None:
        """``panes()`` lists the panes in order, now (the form changes with the selection)."""
        super().__init__(window)
        self._panes = panes
        self.next_pane = QAction(_tr("Next &pane"), window)
        self.next_pane.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.next_pane.setStatusTip(_tr("Move to the next pane: navigator, form, preview"))
        self.next_pane.triggered.connect(lambda _=False: self.cycle(1))
        self.previous_pane = QAction(_tr("Pre&vious pane"), window)
        self.previous_pane.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        self.previous_pane.setStatusTip(_tr("Move to the previous pane"))
        self.previous_pane.triggered.connect(lambda _=False: self.cycle(-1))
        self.actions = [self.next_pane, self.previous_pane]

    def current(self) -> int | None:
        """The index of the pane holding the focus, if any."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for index, (pane, _enter) in enumerate(self._visible()):
            if pane is focus or pane.isAncestorOf(focus):
                return index
        return None

    def cycle(self, step: int) -> bool:
        """Focus the next (``step`` 1) or previous (-1) visible pane that takes the focus."""
        panes = self._visible()
        if not panes:
            return False
        here = self.current()
        start = here if here is not None else (-1 if step > 0 else 0)
        for offset in range(1, len(panes) + 1):
            _pane, enter = panes[(start + step * offset) % len(panes)]
            if enter():
                return True
        return False

    def _visible(self) -> list[Pane]:
        return [(pane, enter) for pane, enter in self._panes() if pane.isVisible()]


def focus(widget: QWidget) -> Callable[[], bool]:
    """Enter a pane by focusing ``widget`` (if it can take the focus now)."""

    def enter() -> bool:
        if not (widget.isVisible() and widget.isEnabled()):
            return False
        stop: QWidget | None = widget
        while stop is not None and not _takes_tab(stop):
            stop = stop.nextInFocusChain()
            if stop is widget or (stop is not None and not widget.isAncestorOf(stop)):
                stop = None  # round the whole chain, or out of the pane: nothing here
        (stop or widget).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    return enter


def _takes_tab(widget: QWidget) -> bool:
    takes = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return takes and widget.isVisible() and widget.isEnabled()
