"""Offering unsaved work back after a crash, and putting it into the session.

At start, journals left by Podiums that are gone (:func:`models.recovery.find_recoverable`)
are offered (:class:`~editor.recovery_dialog.RecoveryDialog`). Recovering opens the file (if
it still exists) and applies the journaled publication on top of it as one undoable step,
so the work shows as unsaved changes, exactly as before the crash; an untitled document
comes back as an untitled, modified one. Declining keeps the journal for the next start, or
discards it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.message_text import error_text
from editor.recovery_dialog import RecoveryChoice
from editor.session import Session
from models import ProjectFileError
from models.recovery import Recoverable, find_recoverable


class _Files(Protocol):
    """What recovery opens files with (:class:`~editor.files.FileController`)."""

    def open_path(self, path: Path) -> bool: ...

    def new(self) -> bool: ...


class _Dialogs(Protocol):
    """The questions recovery asks (the window's :class:`~editor.files.Dialogs`)."""

    def ask_recovery(
        self, parent: QWidget, items: Sequence[Recoverable]
    ) -> tuple[RecoveryChoice, Recoverable | None]: ...

    def show_error(self, parent: QWidget, title: str, message: str) -> None: ...


class Recovery(QObject):
    """Offers work a crash left unsaved and puts it into the session, at start."""

    def __init__(
        self, session: Session, files: _Files, dialogs: _Dialogs, dialog_parent: QWidget
    ) -> None:
        super().__init__(session)
        self._session = session
        self._files = files
        self._dialogs = dialogs
        self._parent = dialog_parent

    def offer(self) -> bool:
        """Offer every recoverable piece of work until one is recovered; True if one was."""
        items = find_recoverable()
        while items:
            choice, item = self._dialogs.ask_recovery(self._parent, items)
            if choice is RecoveryChoice.LATER or item is None:
                return False
            if choice is RecoveryChoice.RECOVER:
                return self.recover(item)
            item.discard()
            items = [other for other in items if other.journal != item.journal]
        return False

    def recover(self, item: Recoverable) -> bool:
        """Show ``item``'s work as unsaved changes on top of its file (or untitled)."""
        try:
            project = item.load()
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot recover"), error_text(error))
            return False
        source = item.source
        session = self._session
        opened = source is not None and source.exists() and self._files.open_path(source)
        document = session.document
        if not opened or document is None or not session.mode.allows_edits:
            # The file is gone, unreadable or in use: the work comes back untitled, never
            # written over a file it might not fit.
            if not self._files.new():
                return False
            document = session.document
            if document is None:
                return False
        if not session.mode.allows_edits:
            return False  # review mode: nothing may change; the journal stays for later
        session.autosave.adopt(item.journal)
        document.apply_project(project, self.tr("Recover unsaved changes"))
        if not document.is_modified:  # the file already holds this work
            item.discard()
        return True
