"""Keeping files and work safe around the window's document: one object, a few hooks.

:class:`FileSafety` follows the window's document (``sig_document_replaced``) and gathers
what protects it: the autosave journal (:mod:`editor.autosave`), the lock beside its file
(:mod:`editor.locking`), and the file's size and modification time when it was opened or
saved, so Save can tell that someone else changed it since and ask before overwriting.
:class:`~editor.files.FileController` calls :meth:`claim` before opening, :meth:`may_save`
before and :meth:`saved` after saving.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar, QWidget

from editor.autosave import Autosaver
from editor.document import DocumentModel
from editor.locking import Claim, ProjectLock
from editor.safety_dialogs import DiskChoice, LockChoice
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
    def ask_locked(self, parent: QWidget, name: str, holder: str) -> LockChoice: ...

    def ask_changed_on_disk(self, parent: QWidget, name: str) -> DiskChoice: ...

    def show_error(self, parent: QWidget, title: str, message: str) -> None: ...


class SafetyHost(Protocol):
    """What file safety needs from the window."""

    @property
    def dialogs(self) -> _Dialogs: ...

    @property
    def document(self) -> DocumentModel | None: ...

    @property
    def sig_document_replaced(self) -> SignalInstance: ...

    def widget(self) -> QWidget: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class FileSafety(QObject):
    """Autosave, the file lock and change detection for the window's one document."""

    def __init__(self, host: SafetyHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.autosave = Autosaver(self)
        self.lock = ProjectLock()
        self.read_only = False
        """The document is read-only because its file is open elsewhere: Save is off."""
        self._stamp: Stamp | None = None
        self._pending: tuple[Claim, Stamp | None] | None = None
        host.sig_document_replaced.connect(self._on_document_replaced)
        self.autosave.sig_failed.connect(self._on_autosave_failed)

    # -- opening

    def claim(self, path: Path) -> Claim | None:
        """Before opening ``path``: take its lock, or ask what to do; ``None``: cancelled."""
        stamp = stamp_of(path)
        host = self._host
        claim = self.lock.claim(
            path, lambda info: host.dialogs.ask_locked(host.widget(), path.name, info.describe())
        )
        self._pending = (claim, stamp) if claim is not None else None
        return claim

    def abandon(self, claim: Claim) -> None:
        """The claimed file was not opened after all."""
        self.lock.abandon(claim)
        self._pending = None

    # -- saving

    def may_save(self, document: DocumentModel, path: Path) -> SaveVerdict:
        """Before writing ``path``: refuse a file open elsewhere, ask if it changed on disk."""
        host = self._host
        holder = self.lock.other_holder(path)
        if holder is not None:
            host.dialogs.show_error(
                host.widget(),
                self.tr("Cannot save"),
                self.tr("“%1” is open by %2. Save under another name.")
                .replace("%1", path.name)
                .replace("%2", holder.describe()),
            )
            return SaveVerdict.CANCEL
        same_file = document.path is not None and _same(document.path, path)
        now = stamp_of(path)
        if same_file and self._stamp is not None and now is not None and now != self._stamp:
            choice = host.dialogs.ask_changed_on_disk(host.widget(), path.name)
            return {
                DiskChoice.OVERWRITE: SaveVerdict.PROCEED,
                DiskChoice.SAVE_AS: SaveVerdict.SAVE_AS,
            }.get(choice, SaveVerdict.CANCEL)
        return SaveVerdict.PROCEED

    def saved(self, path: Path) -> None:
        """The document was written to ``path``: it is ours now, and this is its stamp."""
        self._stamp = stamp_of(path)
        self.lock.hold(path)
        if self.read_only:  # Save as made a copy nobody else has open
            self.read_only = False
            self._host.set_read_only(False)

    def reloaded(self, path: Path) -> None:
        """The document was read again from ``path`` (Revert): compare with this version."""
        self._stamp = stamp_of(path)

    def shutdown(self) -> None:
        """A clean exit: no journal and no lock stay behind."""
        self.autosave.shutdown()
        self.lock.hold(None)

    # -- internals

    def _on_document_replaced(self) -> None:
        document = self._host.document
        path = document.path if document is not None else None
        pending, self._pending = self._pending, None
        claim, stamp = pending if pending is not None else (None, None)
        if claim is None or path is None or not _same(claim.path, path):
            claim, stamp = None, stamp_of(path)
        read_only = claim is not None and claim.read_only
        holder = None if path is None or read_only else self.lock.other_holder(path)
        read_only = read_only or holder is not None  # opened without asking (not via Open)
        self.lock.hold(None if read_only else path)
        self._stamp = stamp
        self.read_only = read_only
        if document is not None:
            self._host.set_read_only(read_only)
        self.autosave.attach(document)
        if read_only:
            self._host.statusBar().showMessage(
                self.tr("Read-only: the file is open elsewhere. Use Save as to keep a copy.")
            )

    def _on_autosave_failed(self, message: str) -> None:
        self._host.statusBar().showMessage(
            self.tr("Autosave failed: %1").replace("%1", message), 15000
        )


def _same(a: Path, b: Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)
