"""Offering unsaved work back after a crash: the dialog, and putting the work in the window.

At start, journals left by Podiums that are gone (:func:`models.recovery.find_recoverable`)
are listed with their file, when it was last saved and when it was autosaved. Recovering
opens the file (if it still exists) and applies the journaled publication on top of it as
one undoable step, so the work shows as unsaved changes, exactly as before the crash; an
untitled document comes back as an untitled, modified one. Declining keeps the journal for
the next start, or discards it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

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

from editor.document import DocumentModel
from models import ProjectFileError
from models.recovery import Recoverable, find_recoverable


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
        self.table.setCurrentItem(self.table.topLevelItem(0))
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
        index = self.table.indexOfTopLevelItem(self.table.currentItem())
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


# ---------------------------------------------------------------------------- offering


class _Files(Protocol):
    def open_path(self, path: Path) -> bool: ...

    def new(self) -> bool: ...


class _Autosave(Protocol):
    def adopt(self, journal: Path) -> None: ...


class _Safety(Protocol):
    @property
    def autosave(self) -> _Autosave: ...


class _Dialogs(Protocol):
    def ask_recovery(
        self, parent: QWidget, items: Sequence[Recoverable]
    ) -> tuple[RecoveryChoice, Recoverable | None]: ...

    def show_error(self, parent: QWidget, title: str, message: str) -> None: ...


class RecoveryHost(Protocol):
    """What recovery needs from the window."""

    @property
    def dialogs(self) -> _Dialogs: ...

    @property
    def files(self) -> _Files: ...

    @property
    def safety(self) -> _Safety: ...

    @property
    def document(self) -> DocumentModel | None: ...

    def widget(self) -> QWidget: ...

    def tr(self, text: str) -> str: ...


def offer_recovery(window: RecoveryHost) -> bool:
    """Offer every recoverable piece of work until one is recovered; True if one was."""
    items = find_recoverable()
    while items:
        choice, item = window.dialogs.ask_recovery(window.widget(), items)
        if choice is RecoveryChoice.LATER or item is None:
            return False
        if choice is RecoveryChoice.RECOVER:
            return recover(window, item)
        item.discard()
        items = [other for other in items if other.journal != item.journal]
    return False


def recover(window: RecoveryHost, item: Recoverable) -> bool:
    """Show ``item``'s work as unsaved changes on top of its file (or untitled)."""
    try:
        project = item.load()
    except ProjectFileError as error:
        window.dialogs.show_error(window.widget(), window.tr("Cannot recover"), str(error))
        return False
    source = item.source
    opened = source is not None and source.exists() and window.files.open_path(source)
    document = window.document
    if not opened or document is None or document.read_only:
        # The file is gone, unreadable or in use: the work comes back untitled, never
        # written over a file it might not fit.
        if not window.files.new():
            return False
        document = window.document
        if document is None:
            return False
    window.safety.autosave.adopt(item.journal)
    document.apply_project(project, window.tr("Recover unsaved changes"))
    if not document.is_modified:  # the file already holds this work
        item.discard()
    return True
