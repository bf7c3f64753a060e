"""Keeping files safe around the session's document: the lock, and changes on disk.

:class:`FileSafety` follows the session's document (``sig_document_replaced``) and decides
which lock the session holds (:mod:`editor.locking`) and whether the file is open elsewhere
(then the session is read-only, :attr:`~editor.session.Mode.LOCKED_ELSEWHERE`). It keeps
the file's size and modification time from when it was opened or saved, so Save can tell
that someone else changed it since and ask before overwriting. It also reports autosave
failures. :class:`~editor.files.FileController` calls :meth:`claim` before opening,
:meth:`may_save` before and :meth:`saved` after saving.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.locking import Claim
from editor.message_text import message_text
from editor.safety_dialogs import DiskChoice, LockChoice
from editor.session import Session
from models.project_file import PUBLICATION_JSON


class SaveVerdict(enum.Enum):
    """Whether a save may go ahead."""

    PROCEED = "proceed"
    SAVE_AS = "save-as"  # save under another name instead
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a file looked like on disk; a different stamp means someone wrote it."""

    mtime_ns: int
    size: int


def stamp_of(path: Path | None) -> Stamp | None:
    """The stamp of a project file, or of a project folder's ``publication.json``."""
    if path is None:
        return None
    file = path / PUBLICATION_JSON if path.is_dir() else path
    try:
        status = file.stat()
    except OSError:
        return None
    return Stamp(status.st_mtime_ns, status.st_size)


class _Dialogs(Protocol):
    """The questions file safety asks; the window's :class:`~editor.files.Dialogs` has them."""

    def ask_locked(self, parent: QWidget, name: str, holder: str) -> LockChoice: ...

    def ask_changed_on_disk(self, parent: QWidget, name: str) -> DiskChoice: ...

    def show_error(self, parent: QWidget, title: str, message: str) -> None: ...


#: Shows a message in the status bar for a number of milliseconds (0: until replaced).
ShowMessage = Callable[[str, int], None]


class FileSafety(QObject):
    """The file lock and change detection for the session's document."""

    def __init__(
        self,
        session: Session,
        dialogs: _Dialogs,
        dialog_parent: QWidget,
        show_message: ShowMessage,
    ) -> None:
        super().__init__(session)
        self._session = session
        self._dialogs = dialogs
        self._parent = dialog_parent
        self._show_message = show_message
        self._stamp: Stamp | None = None
        self._pending: tuple[Claim, Stamp | None] | None = None
        session.sig_document_replaced.connect(self._on_document_replaced)
        session.autosave.sig_failed.connect(self._on_autosave_failed)

    # -- opening

    def claim(self, path: Path) -> Claim | None:
        """Before opening ``path``: take its lock, or ask what to do; ``None``: cancelled."""
        stamp = stamp_of(path)
        dialogs, parent = self._dialogs, self._parent
        claim = self._session.lock.claim(
            path, lambda info: dialogs.ask_locked(parent, path.name, message_text(info.describe()))
        )
        self._pending = (claim, stamp) if claim is not None else None
        return claim

    def abandon(self, claim: Claim) -> None:
        """The claimed file was not opened after all."""
        self._session.lock.abandon(claim)
        self._pending = None

    # -- saving

    def may_save(self, document: DocumentModel, path: Path) -> SaveVerdict:
        """Before writing ``path``: refuse a file open elsewhere, ask if it changed on disk."""
        holder = self._session.lock.other_holder(path)
        if holder is not None:
            self._dialogs.show_error(
                self._parent,
                self.tr("Cannot save"),
                self.tr("“%1” is open by %2. Save under another name.")
                .replace("%1", path.name)
                .replace("%2", message_text(holder.describe())),
            )
            return SaveVerdict.CANCEL
        same_file = document.path is not None and _same(document.path, path)
        now = stamp_of(path)
        if same_file and self._stamp is not None and now is not None and now != self._stamp:
            choice = self._dialogs.ask_changed_on_disk(self._parent, path.name)
            return {
                DiskChoice.OVERWRITE: SaveVerdict.PROCEED,
                DiskChoice.SAVE_AS: SaveVerdict.SAVE_AS,
            }.get(choice, SaveVerdict.CANCEL)
        return SaveVerdict.PROCEED

    def saved(self, path: Path) -> None:
        """The document was written to ``path``: it is ours now, and this is its stamp."""
        self._stamp = stamp_of(path)
        self._session.lock.hold(path)
        self._session.set_locked_elsewhere(False)  # Save as made a copy nobody else has open

    def notify(self, text: str, msecs: int = 0) -> None:
        """Say ``text`` in the status bar (e.g. that a backup was opened instead of a file)."""
        self._show_message(text, msecs)

    def reloaded(self, path: Path) -> None:
        """The document was read again from ``path`` (Revert): compare with this version."""
        self._stamp = stamp_of(path)

    # -- internals

    def _on_document_replaced(self) -> None:
        session = self._session
        path = session.path
        pending, self._pending = self._pending, None
        claim, stamp = pending if pending is not None else (None, None)
        if claim is None or path is None or not _same(claim.path, path):
            claim, stamp = None, stamp_of(path)
        read_only = claim is not None and claim.read_only
        holder = None if path is None or read_only else session.lock.other_holder(path)
        read_only = read_only or holder is not None  # opened without asking (not via Open)
        session.lock.hold(None if read_only else path)
        self._stamp = stamp
        session.set_locked_elsewhere(read_only)
        if read_only:
            self._show_message(
                self.tr("Read-only: the file is open elsewhere. Use Save as to keep a copy."), 0
            )

    def _on_autosave_failed(self, message: str) -> None:
        self._show_message(self.tr("Autosave failed: %1").replace("%1", message), 15000)


def _same(a: Path, b: Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)
