"""Import as the editor does it: choose, drop or paste a source, import it off the GUI
thread, and open the result as a new, unsaved publication with one undo step.

The opened document starts as an empty publication and the import is pushed on its undo
stack as the one step "Import <name>", so Undo returns to the empty publication and the
document counts as changed until it is saved (Save asks for a name made from the title).
Nothing open is lost: the current publication may go only once the "save changes?"
question of :meth:`~editor.files.FileController.maybe_save` allows it, and a failed import
changes nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

from editor.document import DocumentModel
from editor.files import Dialogs, FileController
from editor.importing.job import ImportJob
from editor.importing.source import Source, pasted_source
from editor.session import Mode, Session
from editor.targets import SelectTarget, Target, TargetKind
from models import Project, Publication
from models.operations import new_publication

if TYPE_CHECKING:
    # The importer and its report load at the first import (see editor.importing.source).
    from editor.importing.report_dialog import ImportReportDialog
    from models.importing import Imported, Place

FOLDER_KEY = "import/folder"
#: A source this large shows its progress dialog at once; a smaller one only when its
#: import takes longer than :data:`PROGRESS_DELAY_MS`.
LARGE_BYTES = 512 * 1024
PROGRESS_DELAY_MS = 400
_KINDS: frozenset[TargetKind] = frozenset(
    {"details", "intro", "speaker", "section", "quote", "colophon"}
)
#: Widgets where Ctrl+V means "paste here" (they also take the key before the shortcut).
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


class ImportDialogs(QObject):
    """The import's file chooser, in one replaceable place (tests replace it)."""

    def choose_import_file(self, parent: QWidget, start: str) -> Path | None:
        """A document to import, starting in ``start``; ``None`` when cancelled."""
        filters = [
            self.tr("Documents to import (%1)").replace(
                "%1", "*.docx *.odt *.html *.htm *.md *.markdown *.txt"
            ),
            self.tr("Word documents (%1)").replace("%1", "*.docx"),
            self.tr("OpenDocument texts (%1)").replace("%1", "*.odt"),
            self.tr("Web pages (%1)").replace("%1", "*.html *.htm"),
            self.tr("Markdown files (%1)").replace("%1", "*.md *.markdown"),
            self.tr("Text files (%1)").replace("%1", "*.txt"),
        ]
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import document"), start, ";;".join(filters)
        )
        return Path(name) if name else None


@dataclass(frozen=True, slots=True)
class _Running:
    generation: int
    source: Source
    base: str
    replacing: bool  # a re-import of the open, untouched import: no "save changes?" first


@dataclass(frozen=True, slots=True)
class _Opened:
    document: DocumentModel
    source: Source
    imported: Imported


class ImportController(QObject):
    """File › Import…, drops and pastes; the import's progress, result and report."""

    sig_finished = Signal(bool)
    """An import ended (opened, failed, refused or cancelled); carries whether it opened."""

    def __init__(
        self,
        session: Session,
        files: FileController,
        dialogs: Dialogs,
        window: QWidget,
        settings: QSettings,
        *,
        select_target: SelectTarget,
        show_message: Callable[[str, int], None],
    ) -> None:
        """``window`` holds the actions and parents the dialogs; ``dialogs`` shows errors."""
        super().__init__(window)
        self._session = session
        self._files = files
        self._dialogs = dialogs
        self._window = window
        self._settings = settings
        self._select_target = select_target
        self._show_message = show_message
        self.import_dialogs = ImportDialogs(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a cancelled import may still be finishing
        self._jobs: dict[int, ImportJob] = {}
        self._generation = 0
        self._running: _Running | None = None
        self._progress: QProgressDialog | None = None
        self._opened: _Opened | None = None
        self.report_dialog: ImportReportDialog | None = None

        self.import_action = self._action(
            self.tr("&Import…"),
            self.import_dialog,
            self.tr("Make a new publication from a Word, OpenDocument, web, Markdown or text file"),
        )  # no shortcut: Ctrl+I is Italic in the text fields
        self.paste_action = self._action(
            self.tr("Paste as &new publication"),
            self.paste_new,
            self.tr("Make a new publication from the text or web page on the clipboard"),
        )
        self.report_action = self._action(
            self.tr("Show import &report"),
            self.show_report,
            self.tr("Show again what the import guessed, to check it"),
        )
        # Ctrl+V pastes a new publication only where nothing else takes it: text fields
        # take the key first, and paste_if_empty leaves a publication with content alone.
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), window)
        self.paste_shortcut.activated.connect(self.paste_if_empty)
        session.sig_document_replaced.connect(self._on_document_replaced)
        session.sig_mode_changed.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self._window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    # -- starting

    @property
    def running(self) -> bool:
        """Whether an import runs now (one the user has not cancelled)."""
        return self._running is not None

    def import_dialog(self) -> bool:
        """Ask for a document and import it; ``False`` if nothing was started."""
        path = self.import_dialogs.choose_import_file(self._window, self._start_folder())
        if path is None:
            return False
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        return self.import_path(path)

    def import_path(self, path: Path) -> bool:
        """Import the file at ``path`` (e.g. dropped on the window)."""
        return self.start(Source.file(path))

    def paste_new(self) -> bool:
        """Import what the clipboard holds (HTML as a web page, else text)."""
        mime = QGuiApplication.clipboard().mimeData()
        source = pasted_source(mime, self.tr("pasted text")) if mime is not None else None
        if source is None:
            self._show_message(self.tr("The clipboard holds no text to import."), 5000)
            return False
        return self.start(source)

    def paste_if_empty(self) -> bool:
        """Ctrl+V outside a text field: import the clipboard when no publication, or an
        empty one, is open; otherwise do nothing."""
        if isinstance(QApplication.focusWidget(), _TEXT_INPUTS):
            return False
        document = self._session.document
        if document is not None and not is_empty(document.publication):
            return False
        return self.paste_new()

    def start(self, source: Source, base: str = "", *, replacing: bool = False) -> bool:
        """Import ``source`` in the background; ``base`` resolves relative links."""
        if not self._may_import():
            self._dialogs.show_error(
                self._window,
                self.tr("Cannot import"),
                self.tr("Leave review mode to import a document."),
            )
            return False
        if self._running is not None:
            self.cancel(quiet=True)
        self._generation += 1
        generation = self._generation
        job = ImportJob(source, base, generation)
        job.signals.sig_succeeded.connect(self._on_succeeded)
        job.signals.sig_failed.connect(self._on_failed)
        self._jobs[generation] = job
        self._running = _Running(generation, source, base, replacing)
        self._pool.start(job)
        if _size(source) >= LARGE_BYTES:
            self._show_progress(generation)
        else:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(generation))
        self._show_message(self.tr("Importing “%1”…").replace("%1", source.name), 0)
        return True

    def cancel(self, *, quiet: bool = False) -> None:
        """Stop waiting for the running import: its result, when it comes, is dropped."""
        if self._running is None:
            return
        self._running = None
        self._close_progress()
        if not quiet:
            self._show_message(self.tr("Import cancelled"), 5000)
            self.sig_finished.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every import thread has finished (tests, closing)."""
        return self._pool.waitForDone(msecs)

    # -- progress

    def _show_progress(self, generation: int) -> None:
        running = self._running
        if running is None or running.generation != generation or self._progress is not None:
            return
        dialog = QProgressDialog(
            self.tr("Importing “%1”…").replace("%1", running.source.name),
            self.tr("Cancel"),
            0,
            0,  # the import cannot say how far it is: a busy indicator
            self._window,
        )
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self._progress = dialog
        dialog.show()

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog while it is shown (for tests)."""
        return self._progress

    def _close_progress(self) -> None:
        dialog, self._progress = self._progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    # -- the outcome

    def _take(self, generation: int) -> _Running | None:
        """The running import if ``generation`` is it (else a cancelled one ended: drop it)."""
        self._jobs.pop(generation, None)
        running = self._running
        if running is None or running.generation != generation:
            return None
        self._running = None
        self._close_progress()
        self._show_message("", 0)
        return running

    def _on_succeeded(self, generation: int, imported: Imported) -> None:
        running = self._take(generation)
        if running is not None:
            self.sig_finished.emit(self._open(running, imported))

    def _on_failed(self, generation: int, message: str) -> None:
        if self._take(generation) is not None:
            self._dialogs.show_error(self._window, self.tr("Cannot import"), message)
            self.sig_finished.emit(False)

    def _open(self, running: _Running, imported: Imported) -> bool:
        """Open ``imported`` as a new publication, once the current one may go."""
        if not (running.replacing and self._untouched_import()) and not self._files.maybe_save():
            return False
        publication = imported.project.publication
        empty = Project(new_publication(publication.language, publication.publication_date))
        document = self._session.set_project(empty, None)
        step = self.tr("Import %1").replace("%1", running.source.name)
        if document is None or not document.apply_project(imported.project, step):
            self._dialogs.show_error(
                self._window,
                self.tr("Cannot import"),
                self.tr("The publication is read-only: the import was not applied."),
            )
            return False
        self._opened = _Opened(document, running.source, imported)
        self.update_enabled()
        self.show_report()
        count = len(imported.report)
        self._show_message(
            self.tr("Imported “%1”: check the %2 guesses in the import report.")
            .replace("%1", running.source.name)
            .replace("%2", str(count)),
            10000,
        )
        return True

    def _untouched_import(self) -> bool:
        """Whether the open document is the last import, with no edit since."""
        opened = self._opened
        if opened is None or self._session.document is not opened.document:
            return False
        stack = opened.document.undo_stack
        return stack.count() == 1 and stack.index() == 1

    # -- the report

    def show_report(self) -> ImportReportDialog | None:
        """Show the report of the open publication's import (non-modal)."""
        opened = self._opened
        if opened is None:
            return None
        dialog = self.report_dialog
        if dialog is None:
            from editor.importing.report_dialog import ImportReportDialog

            dialog = ImportReportDialog(opened.source.name, opened.imported, self._window)
            dialog.sig_place_activated.connect(self._show_place)
            dialog.sig_base_given.connect(self.reimport_with_base)
            self.report_dialog = dialog
        if dialog.isVisible():  # "show again" while it is open behind the window
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        return dialog

    def reimport_with_base(self, base: str) -> bool:
        """Import the open publication's source again, resolving relative links on ``base``.

        Replaces the import without a question while it is untouched; after edits, the
        usual "save changes?" question comes first.
        """
        opened = self._opened
        if opened is None or self._session.document is not opened.document:
            return False
        return self.start(opened.source, base, replacing=True)

    def _show_place(self, place: Place) -> None:
        opened = self._opened
        kind, item_id = place
        if opened is None or self._session.document is not opened.document:
            return
        for known in _KINDS:  # narrows the str to a TargetKind without a cast
            if known == kind:
                self._select_target(Target(known, item_id), None)
                self._window.activateWindow()
                return

    # -- state

    def update_enabled(self) -> None:
        """Import needs a session that may edit; the report, an open import."""
        allowed = self._may_import()
        self.import_action.setEnabled(allowed)
        self.paste_action.setEnabled(allowed)
        self.paste_shortcut.setEnabled(allowed)
        opened = self._opened
        self.report_action.setEnabled(
            opened is not None and self._session.document is opened.document
        )

    def _may_import(self) -> bool:
        return self._session.mode in (Mode.EDITING, Mode.LOCKED_ELSEWHERE)

    def _on_document_replaced(self) -> None:
        opened = self._opened
        if opened is not None and self._session.document is not opened.document:
            self._opened = None
            dialog, self.report_dialog = self.report_dialog, None
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.update_enabled()

    def _start_folder(self) -> str:
        stored = self._settings.value(FOLDER_KEY, "", str)
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return stored
        path = self._session.path
        return str(path.parent) if path is not None else str(Path.home())


def is_empty(publication: Publication) -> bool:
    """Whether ``publication`` holds no content yet (a new one: pasting fills it)."""
    return not (
        publication.blocks
        or publication.intro
        or publication.speakers
        or publication.key_takeaways.items
    )


def _size(source: Source) -> int:
    if source.data is not None:
        return len(source.data)
    try:
        return source.path.stat().st_size if source.path is not None else 0
    except OSError:
        return 0
