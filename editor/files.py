"""Opening, saving, reverting and closing documents, and the questions that go with it.

Every question the window asks the user goes through :class:`Dialogs`, one object the
window holds; tests replace it with a scripted fake, so no test ever blocks on a real
message box. :class:`FileController` holds the logic: it never loses unsaved work (it asks
first), never changes anything when a file fails to open, and keeps a document modified
when saving it failed.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import resources
from editor.document import DocumentModel
from editor.file_safety import FileSafety, SaveVerdict
from editor.safety_dialogs import SafetyDialogs
from editor.session import Session
from models import Project, ProjectFileError, load, save
from models.operations import new_publication
from models.project_file import SUFFIX

MAX_RECENT = 10
RECENT_KEY = "files/recent"
EXAMPLE = ("examples", "ruimte-voor-professionals")
#: The second built-in example, of another shape: a day in parts, with workshops and a panel.
DAY_EXAMPLE = ("examples", "iedereen-digitaal-mee")


class Choice(enum.Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs(SafetyDialogs):
    """The questions and messages of the window, in one replaceable place."""

    def ask_save_changes(self, parent: QWidget, name: str) -> Choice:
        """Ask whether to save, discard or keep the changes to the document called ``name``."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            parent,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing it?").replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: Choice.SAVE, buttons.Discard: Choice.DISCARD}.get(
            answer, Choice.CANCEL
        )

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        """Show a failure the user can act on (``message`` says why and what to do)."""
        QMessageBox.critical(parent, title, message)

    def choose_open_file(self, parent: QWidget, start: str) -> Path | None:
        """A ``.podium`` file to open, starting in ``start``; ``None`` when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open publication"), start, self.tr("Podium publications (*.podium)")
        )
        return Path(name) if name else None

    def choose_open_folder(self, parent: QWidget, start: str) -> Path | None:
        """A project folder to open, starting in ``start``; ``None`` when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, self.tr("Open project folder"), start)
        return Path(name) if name else None

    def choose_save_file(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save, proposing ``suggested``; ``None`` when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save publication as"),
            suggested,
            self.tr("Podium publications (*.podium)"),
        )
        return Path(name) if name else None

    def choose_export_file(self, parent: QWidget, kind: str, suggested: str) -> Path | None:
        """Where to export; ``kind`` is ``"pdf"`` or ``"html"``."""
        title = self.tr("Export PDF") if kind == "pdf" else self.tr("Export HTML")
        pattern = (
            self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Web pages (*.html)")
        )
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return Path(name) if name else None

    def confirm_delete_speaker(self, parent: QWidget, name: str, places: Sequence[str]) -> bool:
        """Ask before deleting a speaker who is still named; ``True`` removes the references."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete speaker"), "", parent=parent)
        box.setText(self.tr("“%1” is named in:").replace("%1", name))
        box.setInformativeText("\n".join(f"• {place}" for place in places))
        remove = box.addButton(
            self.tr("Delete and remove from these"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove


class FileController(QObject):
    """New, open, save, save as, revert and close for the session's one document."""

    sig_recent_changed = Signal()
    """The list of recent files changed."""

    def __init__(
        self,
        session: Session,
        safety: FileSafety,
        dialogs: Dialogs,
        dialog_parent: QWidget,
        settings: QSettings,
    ) -> None:
        super().__init__(session)
        self._session = session
        self._safety = safety
        self._dialogs = dialogs
        self._parent = dialog_parent
        self._settings = settings

    # -- opening

    def new(self) -> bool:
        """Start an untitled publication, once the current one may go."""
        if not self.maybe_save():
            return False
        self._session.set_project(Project(new_publication()), None)
        return True

    def open_dialog(self) -> bool:
        """Ask for a ``.podium`` file and open it; ``False`` if nothing was opened."""
        path = self._dialogs.choose_open_file(self._parent, self._start_folder())
        return self.open_path(path) if path is not None else False

    def open_folder_dialog(self) -> bool:
        """Ask for a project folder and open it; ``False`` if nothing was opened."""
        path = self._dialogs.choose_open_folder(self._parent, self._start_folder())
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path) -> bool:
        """Open ``path`` (file or folder); on failure say why and change nothing."""
        try:
            project = load(path)
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot open"), str(error))
            return False
        claim = self._safety.claim(path)  # locked elsewhere: read-only, take over or not
        if claim is None:
            return False
        if not self.maybe_save():
            self._safety.abandon(claim)
            return False
        self._session.set_project(project, path)
        self.add_recent(path)
        return True

    def open_example(self) -> bool:
        """Open a copy of the sample as an untitled document: saving asks for a new name."""
        return self._open_builtin(EXAMPLE)

    def open_day_example(self) -> bool:
        """Open a copy of the second example (a day in parts) as an untitled document."""
        return self._open_builtin(DAY_EXAMPLE)

    def _open_builtin(self, example: tuple[str, str]) -> bool:
        path = Path(str(resources.path(*example)))
        try:
            project = load(path)
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot open"), str(error))
            return False
        if not self.maybe_save():
            return False
        self._session.set_project(project, None)
        return True

    # -- saving

    def save(self) -> bool:
        """Save to the document's file; Save As when it has none or is open elsewhere."""
        document = self._session.document
        if document is None:
            return False
        if document.path is None or self._session.locked_elsewhere:
            return self.save_as()
        return self._save_to(document, document.path)

    def can_save(self) -> bool:
        """Whether Save applies: a document whose file is not read-only here."""
        return self._session.document is not None and not self._session.locked_elsewhere

    def save_as(self) -> bool:
        """Ask for a file name (adding ``.podium``) and save there; ``False`` if not saved."""
        document = self._session.document
        if document is None:
            return False
        suggested = str(document.path or Path(self._start_folder(), self.tr("Untitled") + SUFFIX))
        path = self._dialogs.choose_save_file(self._parent, suggested)
        if path is None:
            return False
        if not path.is_dir() and path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if not self._save_to(document, path):
            return False
        self.add_recent(path)
        return True

    def _save_to(self, document: DocumentModel, path: Path) -> bool:
        verdict = self._safety.may_save(document, path)  # open elsewhere? changed on disk?
        if verdict is not SaveVerdict.PROCEED:
            return verdict is SaveVerdict.SAVE_AS and self.save_as()
        try:
            save(document.project, path)
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot save"), str(error))
            return False
        document.mark_saved(path)
        self._safety.saved(path)
        return True

    def revert(self) -> bool:
        """Go back to the saved file, as one undoable step (so a mistaken revert is undone)."""
        document = self._session.document
        if document is None or document.path is None:
            return False
        try:
            project = load(document.path)
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot revert"), str(error))
            return False
        document.revert_to(project, self.tr("Revert"))
        self._safety.reloaded(document.path)
        return True

    # -- closing

    def close_document(self) -> bool:
        """Close the document, once it may go; ``False`` if the user kept it open."""
        if not self.maybe_save():
            return False
        self._session.set_project(None, None)
        return True

    def maybe_save(self) -> bool:
        """Whether the current document may go: saved, discarded, or nothing to lose."""
        document = self._session.document
        if document is None or not document.is_modified:
            return True
        choice = self._dialogs.ask_save_changes(
            self._parent, display_name(document.path, self.tr("Untitled"))
        )
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    # -- recent files

    def recent_files(self) -> list[Path]:
        """Recently opened or saved files, newest first; ones that are gone are dropped."""
        stored = self._settings.value(RECENT_KEY, [], list)
        paths = [Path(p) for p in stored if isinstance(p, str)] if isinstance(stored, list) else []
        existing = [p for p in paths if p.exists()][:MAX_RECENT]
        if existing != paths:
            self._write_recent(existing)
        return existing

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files (absolute, listed once)."""
        path = path.absolute()
        self._write_recent([path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT])

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._write_recent([])

    def _write_recent(self, paths: list[Path]) -> None:
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])
        self.sig_recent_changed.emit()

    def _start_folder(self) -> str:
        document = self._session.document
        if document is not None and document.path is not None:
            return str(document.path.parent)
        recent = self.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())


def display_name(path: Path | None, untitled: str) -> str:
    """What the title bar and questions call a document: its file or folder name."""
    return path.name if path is not None else untitled


def dropped_project(urls: Sequence[QUrl]) -> Path | None:
    """The first local ``.podium`` file or project folder among dropped ``urls``."""
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.suffix == SUFFIX or (path.is_dir() and (path / "publication.json").is_file()):
            return path
    return None
