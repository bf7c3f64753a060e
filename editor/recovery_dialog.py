"""The dialog that offers unsaved work back after a crash.

Journals left by Podiums that are gone are listed with their file, when it was last saved
and when it was autosaved; the user recovers or discards one, or decides later.
:mod:`editor.recovery` asks (through the window's dialogs) and puts the work back.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.recovery import Recoverable


class RecoveryChoice(enum.Enum):
    """What to do with one piece of recovered work."""

    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class RecoveryDialog(QDialog):
    """Lists recoverable work; Recover or Discard the selected entry, or decide Later."""

    def __init__(self, items: Sequence[Recoverable], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.choice = RecoveryChoice.LATER
        self._items = list(items)
        text = QLabel(
            self.tr(
                "Podium ended before this work was saved. Recover it to go on where you left off."
            ),
            self,
        )
        text.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("File"), self.tr("Last saved"), self.tr("Autosaved")])
        self.table.setAccessibleName(self.tr("Unsaved work"))
        for item in self._items:
            row = QTreeWidgetItem(
                [
                    describe_source(item.source, self.tr("Untitled (never saved)")),
                    format_time(item.saved_at, self.tr("never")),
                    format_time(item.autosaved_at, "?"),
                ]
            )
            row.setToolTip(0, str(item.source) if item.source else "")
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        buttons = QDialogButtonBox(self)
        self.recover_button = recover = QPushButton(self.tr("&Recover"), self)
        self.discard_button = discard = QPushButton(self.tr("&Discard"), self)
        self.later_button = later = QPushButton(self.tr("&Later"), self)
        later.setToolTip(self.tr("Keep the work and ask again at the next start"))
        buttons.addButton(recover, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        recover.setDefault(True)
        recover.clicked.connect(lambda: self._decide(RecoveryChoice.RECOVER))
        discard.clicked.connect(lambda: self._decide(RecoveryChoice.DISCARD))
        later.clicked.connect(self.reject)
        self.table.itemActivated.connect(lambda *_: self._decide(RecoveryChoice.RECOVER))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 260)

    def selected_item(self) -> Recoverable | None:
        """The entry the choice applies to (``None`` for Later)."""
        if self.choice is RecoveryChoice.LATER:
            return None
        current = self.table.currentItem()
        index = self.table.indexOfTopLevelItem(current) if current is not None else -1
        return self._items[index] if 0 <= index < len(self._items) else None

    def _decide(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()


def describe_source(source: Path | None, untitled: str) -> str:
    """The name a user knows the work by, with its folder for telling copies apart."""
    if source is None:
        return untitled
    return f"{source.name} ({source.parent})"


def format_time(iso: str | None, missing: str) -> str:
    """An ISO 8601 time as local ``YYYY-MM-DD HH:MM``."""
    if not iso:
        return missing
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
