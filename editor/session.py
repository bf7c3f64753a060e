"""The editor's session: the open document, its file, lock, autosave, and what may be done.

A window lays out widgets; it does not own the document. The :class:`Session` does: it holds
at most one :class:`~editor.document.DocumentModel`, the lock of its file, the autosaver that
journals it, and one :class:`Mode` that says whether it may be edited. Controllers (files,
structure actions, review, preview, recovery) take the session and listen to its two
signals; none of them reaches into the window, and read-only is decided here and nowhere else.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.autosave import Autosaver
from editor.document import DocumentModel
from editor.locking import ProjectLock
from models import Project


class Mode(enum.Enum):
    """What the session lets the user do with its document."""

    EDITING = "editing"
    """Everything: the normal mode."""

    REVIEW = "review"
    """Review mode, chosen by the user: forms and structure are read-only; comments and the
    review status still change (``DocumentModel.apply_review``)."""

    LOCKED_ELSEWHERE = "locked-elsewhere"
    """The file is open in another Podium: read-only, Save is off, Save as makes a copy."""

    READ_ONLY = "read-only"
    """Read-only for another reason the embedding code decides (:meth:`Session.set_read_only`)."""

    @property
    def allows_edits(self) -> bool:
        """Whether content edits (forms, structure) may change the document."""
        return self is Mode.EDITING


class Session(QObject):
    """One open document (or none) and the state around it, shared by the controllers."""

    sig_document_replaced = Signal()
    """Another document (or none) is now open; carries nothing: read ``document``."""

    sig_mode_changed = Signal(object)
    """The mode changed (or, under review mode, whether the file is locked elsewhere);
    carries the current :class:`Mode`."""

    def __init__(self, *, review: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.autosave = Autosaver(self)
        self.lock = ProjectLock()
        self._document: DocumentModel | None = None
        self._reviewing = review
        self._locked_elsewhere = False
        self._read_only = False
        self._mode = self._derive_mode()

    # -- the document

    @property
    def document(self) -> DocumentModel | None:
        """The open document, or ``None`` (the window shows its start view)."""
        return self._document

    @property
    def path(self) -> Path | None:
        """The file or folder the open document belongs to (``None``: untitled or none)."""
        return self._document.path if self._document is not None else None

    def set_project(self, project: Project | None, path: Path | None) -> DocumentModel | None:
        """Open ``project`` from ``path`` (``None``: close), replacing the current document.

        The new document asks the session, on every edit, whether its mode allows it.
        """
        old = self._document
        document = (
            DocumentModel(project, path, self, editable=self._allows_edits)
            if project is not None
            else None
        )
        self._document = document
        self.autosave.attach(document)
        self.sig_document_replaced.emit()
        if old is not None:
            old.deleteLater()
        return document

    def shutdown(self) -> None:
        """A clean exit: no journal and no lock stay behind."""
        self.autosave.shutdown()
        self.lock.hold(None)

    # -- the mode

    @property
    def mode(self) -> Mode:
        """What may be done with the document now."""
        return self._mode

    @property
    def reviewing(self) -> bool:
        """Whether review mode is on (it stays on for documents opened later)."""
        return self._reviewing

    @property
    def locked_elsewhere(self) -> bool:
        """Whether the document's file is open in another Podium (then Save is Save as).

        True also under review mode, which hides it: leaving review returns to it.
        """
        return self._locked_elsewhere

    def set_reviewing(self, reviewing: bool) -> None:
        """Switch review mode on or off, for this document and every one opened later."""
        self._reviewing = reviewing
        self._update_mode()

    def set_locked_elsewhere(self, locked: bool) -> None:
        """Record whether the file is open in another Podium (:mod:`editor.file_safety`)."""
        changed = locked != self._locked_elsewhere
        self._locked_elsewhere = locked
        if not self._update_mode() and changed and self._reviewing:
            self.sig_mode_changed.emit(self._mode)  # what Save does changed under review

    def set_read_only(self, read_only: bool) -> None:
        """Make the session read-only (:attr:`Mode.READ_ONLY`) or lift that again."""
        self._read_only = read_only
        self._update_mode()

    def _derive_mode(self) -> Mode:
        if self._reviewing:
            return Mode.REVIEW
        if self._locked_elsewhere:
            return Mode.LOCKED_ELSEWHERE
        if self._read_only:
            return Mode.READ_ONLY
        return Mode.EDITING

    def _update_mode(self) -> bool:
        """Derive the mode again; emit and return True if it changed."""
        mode = self._derive_mode()
        if mode is self._mode:
            return False
        self._mode = mode
        self.sig_mode_changed.emit(mode)
        return True

    def _allows_edits(self) -> bool:
        return self._mode.allows_edits
