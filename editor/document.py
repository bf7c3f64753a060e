"""The open document: one immutable project, a path, and an undo history of whole projects.

Every change, from a keystroke to deleting a section, is one step of the history
(:class:`~editor.undo_stack.UndoStack`) that swaps the whole project for a new, already
validated one. Undo swaps it back. There is no hand-written inverse to get wrong.

Whether a document may be edited is not its own decision: the session that opened it
(:class:`~editor.session.Session`) passes ``editable``, and :meth:`DocumentModel.apply`
asks it on every edit. A refused edit returns ``False`` and changes nothing; the forms and
actions are read-only in those modes anyway, so this is the last guard, and a guard that
raised inside a Qt slot would only print a traceback the user never sees.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from models import Project, Publication
from models.edit import replace_at
from models.review import Review, after_content_edit, now

from .undo_stack import UndoStack


class DocumentModel(QObject):
    """The document an editor window shows; widgets read it and edit it only through here."""

    sig_document_changed = Signal()
    """The project changed (edit, undo, redo, load); carries nothing: read ``project``."""

    sig_path_changed = Signal()
    """The file the document belongs to changed (Save as, Open)."""

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        editable: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._editable = editable if editable is not None else _always
        self.undo_stack = UndoStack(project, self._show, self)
        self._merge_epoch = 0
        #: Who edits, for the review history (the review controller sets the reviewer's name).
        self.editor_name: Callable[[], str] = _login_name

    @property
    def read_only(self) -> bool:
        """Whether content edits are refused now (the session's mode decides)."""
        return not self._editable()

    @property
    def project(self) -> Project:
        """The document now: the publication and its assets."""
        return self.undo_stack.current

    @property
    def publication(self) -> Publication:
        """The publication now (a frozen model; edits make a new one)."""
        return self.project.publication

    @property
    def path(self) -> Path | None:
        """The file or folder the document belongs to; ``None`` while untitled."""
        return self._path

    def set_path(self, path: Path | None) -> None:
        """Change where the document belongs (e.g. after Save As), telling listeners."""
        self._path = path
        self.sig_path_changed.emit()

    @property
    def is_modified(self) -> bool:
        """Whether there are changes since the last save (the undo stack is not clean)."""
        return not self.undo_stack.isClean()

    def apply(self, publication: Publication, text: str, merge_key: str | None = None) -> bool:
        """Make ``publication`` the document's, as one undoable step named ``text``.

        ``merge_key`` (e.g. ``"blocks/sec-1/title"``) merges consecutive typing in one
        field into a single undo step. Returns ``False``, changing nothing, when the
        document is read-only (review mode, open elsewhere, read-only); ``True`` otherwise.
        """
        return self.apply_project(self.project.with_publication(publication), text, merge_key)

    def apply_project(self, project: Project, text: str, merge_key: str | None = None) -> bool:
        """Like :meth:`apply`, for edits that also add assets (images).

        An edit of an approved publication also moves it to "changed since approval", in
        the same undo step (:func:`models.review.after_content_edit`); ``editor_name`` says
        who made the edit.
        """
        if self.read_only:
            return False
        before = self.project.publication
        publication = after_content_edit(before, project.publication, self.editor_name(), now())
        if publication is not project.publication:
            project = project.with_publication(publication)
        self._push(project, text, merge_key)
        return True

    def apply_review(self, review: Review, text: str) -> None:
        """Make ``review`` (comments, status) the publication's, as one undoable step.

        Allowed in every mode: commenting on and approving a read-only document is what
        review mode is for. Raises ``ValidationError`` if ``review`` does not fit.
        """
        self._push(
            self.project.with_publication(replace_at(self.publication, ("review",), review)),
            text,
            None,
        )

    def revert_to(self, project: Project, text: str) -> None:
        """Show ``project``, just read from the document's file, as one undoable step.

        Allowed in every mode (the file is what a read-only document shows anyway); the
        document is unmodified afterwards.
        """
        self._push(project, text, None)
        self.undo_stack.setClean()

    def break_merge(self) -> None:
        """End the current run of merging edits, e.g. when focus leaves a field."""
        self._merge_epoch += 1

    def mark_saved(self, path: Path) -> None:
        """Record that the document was just saved to ``path``: unmodified from here."""
        if path != self._path:
            self.set_path(path)
        self.undo_stack.setClean()

    def _push(self, project: Project, text: str, merge_key: str | None) -> None:
        if project == self.project:
            return
        key = f"{merge_key}#{self._merge_epoch}" if merge_key is not None else None
        self.undo_stack.push(project, text, key)

    def _show(self, project: Project) -> None:
        self.sig_document_changed.emit()


def _always() -> bool:
    return True


def _login_name() -> str:
    try:
        return getpass.getuser() or "?"
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "?"
