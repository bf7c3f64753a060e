"""Opening, saving, reverting and closing documents, and the questions that go with it.

Every question the window asks the user goes through :class:`Dialogs`, one object the
window holds; tests replace it with a scripted fake, so no test ever blocks on a real
message box. :class:`FileController` holds the logic: it never loses unsaved work (it asks
first), never changes anything when a file fails to open, and keeps a document modified
when saving it failed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, QSettings, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import resources
from editor import house_style_setting
from editor.document import DocumentModel
from editor.file_safety import FileSafety, SaveVerdict
from editor.message_text import error_text, message_text
from editor.safety_dialogs import SafetyDialogs
from editor.session import Session
from models import NewerVersionError, Project, ProjectFileError, Publication, load, save
from models.language import default_text
from models.operations import new_publication
from models.placeholders import PLACEHOLDER
from models.preload import Preload
from models.project_file import SUFFIX, backup_path
from models.templates import load_template

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
        #: A document opened from a damaged file's backup, and that file (Save as offers it).
        self._backup_of: tuple[DocumentModel | None, Path | None] = (None, None)

    # -- opening

    def new(self) -> bool:
        """Start an untitled publication, once the current one may go."""
        return self.new_from(Project(new_publication()))

    def new_from_template(self, slug: str) -> bool:
        """Start an untitled publication from template ``slug`` (:mod:`models.templates`)."""
        try:
            project = load_template(slug)
        except ProjectFileError as error:
            self._dialogs.show_error(self._parent, self.tr("Cannot open"), error_text(error))
            return False
        return self.new_from(project)

    def new_from(self, project: Project) -> bool:
        """Start an untitled publication from ``project`` in the house style for new
        publications (Preferences), once the current one may go."""
        if not self.maybe_save():
            return False
        project, problem = house_style_setting.for_new(project, self._settings)
        if problem is not None:  # started all the same, in Podium's own look
            self._dialogs.show_error(self._parent, self.tr("House style not applied"), problem)
        self._session.set_project(project, None)
        return True

    def open_dialog(self) -> bool:
        """Ask for a ``.podium`` file and open it; ``False`` if nothing was opened."""
        path = self._dialogs.choose_open_file(self._parent, self._start_folder())
        return self.open_path(path) if path is not None else False

    def open_folder_dialog(self) -> bool:
        """Ask for a project folder and open it; ``False`` if nothing was opened."""
        path = self._dialogs.choose_open_folder(self._parent, self._start_folder())
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path, preload: Preload | None = None) -> bool:
        """Open ``path`` (file or folder); on failure say why and change nothing (but offer
        the backup beside a damaged file, :meth:`_offer_backup`). ``preload``: the read
        the start began before the window existed (:mod:`models.preload`)."""
        try:
            project = preload.take(path) if preload is not None else load(path)
        except ProjectFileError as error:
            return self._offer_backup(path, error)
        claim = self._safety.claim(path)  # locked elsewhere: read-only, take over or not
        if claim is None:
            return False
        if not self.maybe_save():
            self._safety.abandon(claim)
            return False
        self._session.set_project(project, path)
        self.add_recent(path)
        return True

    def _offer_backup(self, path: Path, error: ProjectFileError) -> bool:
        """``path`` failed to open: if its backup (``NAME.podium~``, the version before the
        last save) opens, offer it; otherwise say why ``path`` failed.

        The backup opens as an untitled copy, so nothing is written until the user saves:
        the damaged file stays on disk, and Save as proposes its name, where the save dialog
        asks before replacing it. (Opened under the original path, a plain Save would
        overwrite the damaged file without a question.)
        """
        backup = backup_path(path)
        project = None
        if not isinstance(error, NewerVersionError) and backup.is_file():
            try:
                project = load(backup)
            except ProjectFileError:
                project = None  # the backup is no better: report the file's own problem
        if project is None:
            self._dialogs.show_error(self._parent, self.tr("Cannot open"), error_text(error))
            return False
        saved = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime)),
            QLocale.FormatType.ShortFormat,
        )
        if not self._dialogs.ask_open_backup(
            self._parent, path.name, message_text(error.reason), saved
        ):
            return False
        if not self.maybe_save():
            return False
        self._backup_of = (self._session.set_project(project, None), path)
        text = self.tr("Opened the backup of “%1” as an untitled copy; “%1” is unchanged.")
        self._safety.notify(text.replace("%1", path.name), 0)
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
            self._dialogs.show_error(self._parent, self.tr("Cannot open"), error_text(error))
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
        stem = suggested_stem(document.publication, self.tr("Untitled"))
        origin = self._backup_of[1] if self._backup_of[0] is document else None
        suggested = str(document.path or origin or Path(self._start_folder(), stem + SUFFIX))
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
            self._dialogs.show_error(self._parent, self.tr("Cannot save"), error_text(error))
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
            self._dialogs.show_error(self._parent, self.tr("Cannot revert"), error_text(error))
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


#: The longest file name Save as proposes (a title of a whole line fits; every file system
#: takes it with a folder in front).
MAX_STEM = 80


def suggested_stem(publication: Publication, untitled: str) -> str:
    """A file name (without suffix) for an untitled document: its title, made safe for
    every file system; ``untitled`` while the title is still the placeholder.

    A template's placeholder (``‹Titel van het verslag›``) is no name: it is left out, and
    a title of nothing else gives ``untitled``. Characters no file system takes (``/\\:*?"<>|``,
    line breaks) become spaces; a long title is cut at a word, without a trailing dot.
    """
    if publication.title == default_text(publication.language, "publication"):
        return untitled
    title = PLACEHOLDER.sub(" ", publication.title)
    stem = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', " ", title).split())
    if len(stem) > MAX_STEM:
        head = stem[: MAX_STEM + 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else ""
        stem = cut if len(cut) >= MAX_STEM // 2 else stem[:MAX_STEM]
    return stem.strip(" .") or untitled


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
