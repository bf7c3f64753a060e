"""The "Problems" dock: what is wrong with the document, each entry a jump to its field.

Invalid input never reaches the document (the forms keep it until it is valid), so today
the list is normally empty; it is the place where preflight checks will report. Activating
an entry (double click, Enter) asks the window to show the field (``sig_problem_activated``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from models import Problem

LOC_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsDock(QDockWidget):
    """A list of problems; activating one emits its ``loc``."""

    sig_problem_activated = Signal(object)
    """An entry was activated; carries the problem's ``loc`` (a tuple)."""

    sig_count_changed = Signal(int)
    """The number of problems shown changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems-dock")  # saveState needs a name
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(self.tr("Activate a problem to go to its field"))
        self.list.itemActivated.connect(self._on_activated)
        self.setWidget(self.list)
        self._problems: list[Problem] | None = None  # None: nothing shown yet
        self.toggleViewAction().setText(self.tr("&Problems"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide the list of problems"))

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems or [])

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Replace the list; nothing happens when the problems did not change."""
        if list(problems) == self._problems:
            return
        self._problems = list(problems)
        self.list.clear()
        for problem in self._problems:
            item = QListWidgetItem(str(problem), self.list)
            item.setData(LOC_ROLE, problem.loc)
        if not self._problems:
            QListWidgetItem(self.tr("No problems found."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.sig_count_changed.emit(len(self._problems))

    def activate(self, row: int) -> None:
        """Go to problem ``row``, as if the user activated it."""
        item = self.list.item(row)
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        loc = item.data(LOC_ROLE)
        if loc is not None:
            self.sig_problem_activated.emit(tuple(loc))
