"""Podium's main window: navigator, the form of the selected part, and the preview pane.

The window lays out widgets and wires them; it owns no document and no publication logic.
The document, its file, lock, autosave and mode (editing, review, read-only) are the
:class:`~editor.session.Session`'s; files go through :class:`~editor.files.FileController`,
structure edits through :class:`~editor.actions.StructureActions`, reviewing through
:class:`~editor.review.ReviewController`, exports through
:class:`~editor.export_job.ExportController`, and every question through ``self.dialogs``
(replaceable, so tests never block on a message box). Each controller gets the session and
the few callables it needs, never the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor import heap
from editor.actions import StructureActions
from editor.document import DocumentModel
from editor.export_job import ExportController, ExportRequest
from editor.export_notice import ExportNotice
from editor.file_safety import FileSafety
from editor.files import Dialogs, FileController, display_name, dropped_project
from editor.find_replace import FindReplace
from editor.forms import FormWidget, form_for
from editor.help_menu import HelpMenu
from editor.importing.controller import ImportController
from editor.importing.source import dropped_source
from editor.locate import target_for_loc
from editor.menus import WindowActions, build_menus, build_toolbar
from editor.navigator import NavigatorView
from editor.pane_cycle import Pane, PaneCycle, focus
from editor.preflight_panel import PreflightDock, apply_fix
from editor.preview.pane import PreviewPane
from editor.recovery import Recovery
from editor.review import ReviewController
from editor.session import Mode, Session
from editor.spelling import SpellingController
from editor.start_view import StartView
from editor.targets import Target
from editor.undo_actions import UndoActions
from editor.widgets.rich_text_toolbar import FormatToolBar
from models import Project
from models.preflight import Fix
from models.types import Loc


class MainWindow(QMainWindow):
    """The editor window: one document at a time, or the start view when there is none."""

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        dialogs: Dialogs | None = None,
        review: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or Dialogs(self)
        self.settings = settings if settings is not None else QSettings()
        self.undo_actions = UndoActions(self)  # Undo/Redo of whichever document is shown
        self.session = Session(review=review, parent=self)
        # First in line: the widgets follow a new document before the controllers react.
        self.session.sig_document_replaced.connect(self._on_document_replaced)
        self.session.sig_mode_changed.connect(self._on_mode_changed)
        self.form: FormWidget | None = None
        self._shown: DocumentModel | None = None  # the document the widgets are wired to
        self.safety = FileSafety(self.session, self.dialogs, self, self._show_message)
        self.files = FileController(self.session, self.safety, self.dialogs, self, self.settings)
        self.recovery = Recovery(self.session, self.files, self.dialogs, self)
        self.importer = ImportController(  # File › Import…, drops and pastes
            self.session,
            self.files,
            self.dialogs,
            self,
            self.settings,
            select_target=self.select_target,
            show_message=self._show_message,
        )
        self.exports = ExportController(self)
        self.navigator = NavigatorView(self)
        self.structure = StructureActions(
            self.session, self.dialogs, self, self.current_target, self.select_target
        )
        self.review = ReviewController(  # review mode, comments, status
            self.session,
            window=self,
            navigator=self.navigator,
            dialogs=self.dialogs,
            settings=self.settings,
            current_form=lambda: self.form,
            current_target=self.current_target,
            select_target=self.select_target,
            open_file=self.files.open_dialog,
            show_message=self._show_message,
        )
        self.window_actions = WindowActions(
            self.session,
            self.files,
            self.structure,
            self.undo_actions,
            self,
            export=self.export,
            open_for_review=self.review.open_for_review,
            settings=self.settings,
        )
        self.preview = PreviewPane(self.settings, self)
        self.find_replace = FindReplace(  # Edit › Find…, Replace…; its dock
            self.session,
            self,
            select_target=self.select_target,
            current_form=lambda: self.form,
            show_message=self._show_message,
            show_error=lambda title, text: self.dialogs.show_error(self, title, text),
        )
        self._build()
        self._connect()
        self._restore_settings()
        self._on_document_replaced()

    # -- layout

    def _build(self) -> None:
        self.setAcceptDrops(True)
        self.navigator.addAction(self.structure.delete)  # Delete works where the list has focus
        self.form_area = QWidget(self)  # forms scroll themselves
        self.form_area.setAccessibleName(self.tr("Form"))
        self._form_layout = QVBoxLayout(self.form_area)
        self._form_layout.setContentsMargins(0, 0, 0, 0)
        self.format_bar = FormatToolBar(self.form_area)  # Bold, Italic, Link above the form
        self._form_layout.addWidget(self.format_bar)
        # Wavy underlines under unknown words in the form's text fields, off the GUI thread.
        self.spelling = SpellingController(self.session, self.settings, self.form_area, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        for pane, stretch in ((self.navigator, 0), (self.form_area, 3), (self.preview, 2)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 640, 470])
        a = self.window_actions
        self.start_view = StartView([a.new, a.open, a.open_folder, a.open_example], self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_view)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.problems = PreflightDock(self)  # validation problems and preflight findings
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.hide()
        toggle_problems = self.problems.toggleViewAction()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.find_replace.dock)
        self.find_replace.dock.hide()
        view = build_menus(
            self,
            self.window_actions,
            self.structure,
            toggle_problems,
            imports=self.importer,
            find=self.find_replace.actions,
        )
        self.toolbar = build_toolbar(self, self.window_actions, self.structure, toggle_problems)
        view.addAction(self.toolbar.toggleViewAction())
        view.addSeparator()
        view.addActions(self.preview.view_actions)
        self.panes = PaneCycle(self, self._panes)  # F6, Shift+F6
        view.addSeparator()
        view.addActions(self.panes.actions)
        review = self.review
        self.menuBar().addMenu(review.menu)
        self.help = HelpMenu(self)  # keyboard shortcuts, About: the last menu
        self.menuBar().addMenu(self.help.menu)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, review.dock)
        review.dock.setVisible(self.session.reviewing)  # comments in view when reviewing
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, review.banner)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Export in progress"))
        self.progress.hide()
        self.problems_button = QToolButton(self)
        self.problems_button.setDefaultAction(self.problems.toggleViewAction())
        self.problems_button.setAccessibleName(self.tr("Problems"))
        for widget in (self.progress, self.problems_button, review.status_label):
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().addPermanentWidget(self.preview.page_count)
        self.export_notice = ExportNotice(self)  # Open, Show in folder after an export
        self.statusBar().addWidget(self.export_notice, 1)
        # An explicit minimum keeps Qt from resetting it (and warning on some platforms)
        # whenever the layout changes, e.g. between the start view and the editor.
        self.setMinimumSize(720, 480)
        self.resize(1280, 800)

    def _connect(self) -> None:
        self.navigator.sig_target_selected.connect(self._show_form)
        self.navigator.sig_target_selected.connect(self.preview.show_target)
        self.navigator.activated.connect(lambda _index: self.form and self.form.focus_first())
        self.preview.attach(self.session, self.navigator.select_target, self._show_message)
        self.navigator.navigator_model.sig_move_requested.connect(
            self.structure.move_to, Qt.ConnectionType.QueuedConnection
        )
        self.undo_actions.sig_clean_changed.connect(lambda clean: self.setWindowModified(not clean))
        self.problems.sig_problem_activated.connect(self.go_to_loc)
        self.problems.sig_count_changed.connect(self._on_problem_count)
        self.problems.sig_fix_requested.connect(self._apply_fix)
        self.start_view.sig_open_recent.connect(self.files.open_path)
        self.files.sig_recent_changed.connect(self._on_recent_changed)
        self.exports.sig_busy_changed.connect(self._on_export_busy)
        self.exports.sig_succeeded.connect(self._on_export_succeeded)
        self.exports.sig_failed.connect(
            lambda _request, message: self.dialogs.show_error(
                self, self.tr("Export failed"), message
            )
        )

    # -- the document

    @property
    def document(self) -> DocumentModel | None:
        """The session's document (a shortcut for tests, benchmarks and scripts)."""
        return self.session.document

    def set_project(self, project: Project | None, path: Path | None) -> None:
        """Show ``project`` (``None``: the start view); see :meth:`Session.set_project`."""
        self.session.set_project(project, path)

    def _on_document_replaced(self) -> None:
        old, document = self._shown, self.session.document
        self._clear_form()
        self.navigator.reset_publication()
        if old is not None:
            old.sig_document_changed.disconnect(self._on_document_changed)
            old.sig_path_changed.disconnect(self._update_title)
            heap.release()  # what the old document froze goes back to the collector
        self._shown = document
        self.undo_actions.follow(document.undo_stack if document is not None else None)
        if document is None:
            self.problems.check_now(None)
            self.start_view.set_recent(self.files.recent_files())
            self.pages.setCurrentWidget(self.start_view)
        else:
            document.sig_document_changed.connect(self._on_document_changed)
            document.sig_path_changed.connect(self._update_title)
            self.pages.setCurrentWidget(self.splitter)
            self._on_document_changed()
            self.problems.check_now(document.project)  # a new document: no waiting
            self.navigator.setFocus()
            heap.settle_after_next_pass()  # short collector passes while typing
        self._update_title()
        self.window_actions.update_enabled()

    def _on_document_changed(self) -> None:
        document = self._shown
        if document is None:
            return
        # This runs on every keystroke: each part costs what changed, or waits for a pause.
        self.navigator.show_publication(document.publication)
        self.problems.schedule(document.project)
        self.window_actions.update_enabled()

    def _on_mode_changed(self, mode: Mode) -> None:
        if self.form is not None:
            self.form.set_read_only(not mode.allows_edits)
        self._update_title()
        self.window_actions.update_enabled()

    def _update_title(self) -> None:
        document = self._shown
        if document is None:
            self.setWindowTitle(self.tr("Podium"))
            self.setWindowModified(False)
            return
        name = display_name(document.path, self.tr("Untitled"))
        mode = self.session.mode
        if mode is Mode.REVIEW:
            suffix = self.tr(" (review)")
        elif mode is Mode.EDITING:
            suffix = ""
        else:
            suffix = self.tr(" (read-only)")
        self.setWindowTitle(f"{name}{suffix}[*] — Podium")
        self.setWindowModified(document.is_modified)

    # -- navigation and forms

    def current_target(self) -> Target | None:
        return self.navigator.current_target() if self._shown is not None else None

    def select_target(self, target: Target, focus: Loc | None = None) -> None:
        """Select ``target`` in the navigator (its form appears) and focus ``focus``, if any."""
        self.navigator.select_target(target)
        if focus is not None and self.form is not None:
            self.form.focus_field(focus)

    def _panes(self) -> list[Pane]:
        """The panes F6 visits, in order (the form is whichever is shown now)."""
        form = self.form
        panes: list[Pane] = [(self.navigator, focus(self.navigator))]
        if form is not None:
            panes.append((form, form.focus_first))
        panes.append((self.preview, focus(self.preview)))
        panes.append((self.problems, focus(self.problems.list)))
        return panes

    def _apply_fix(self, fix: Fix) -> None:
        document = self.session.document
        if document is not None and not apply_fix(document, fix):
            message = self.tr("This fix no longer applies: the publication changed.")
            self._show_message(message, 5000)

    def go_to_loc(self, loc: Loc) -> None:
        """Show the field at ``loc`` (a problem's location)."""
        if self._shown is not None:
            self.select_target(target_for_loc(self._shown.publication, loc), loc)

    def _show_form(self, target: Target) -> None:
        if self._shown is None:
            return
        self._clear_form()
        form = form_for(target, self._shown, self.form_area)
        form.set_read_only(not self.session.mode.allows_edits)
        self._form_layout.addWidget(form)
        form.show()
        self.form = form
        self.review.decorate_form(form)
        form.set_tab_neighbours(self.navigator, self.preview)  # Tab: navigator → fields
        self.window_actions.update_enabled()

    def _clear_form(self) -> None:
        old, self.form = self.form, None
        if old is not None:
            old.retire()
            old.hide()
            self._form_layout.removeWidget(old)
            old.deleteLater()

    # -- exports

    def export(self, kind: str) -> None:
        """Ask where, then export the document as ``kind`` ("pdf" or "html") in the background."""
        document = self._shown
        if document is None:
            return
        project = document.project
        choice = self.review.export_choice(project)  # warns if not approved
        if choice is None or not self.problems.allow_export(project):  # preflight errors?
            return
        source = document.path or Path.home() / self.tr("publication")
        suggested = source.parent / f"{source.stem}.{kind}"
        path = self.dialogs.choose_export_file(self, kind, str(suggested))
        if path is None:
            return
        if path.suffix.lower() not in ({".pdf"} if kind == "pdf" else {".html", ".htm"}):
            path = path.with_name(f"{path.name}.{kind}")
        draft = choice.mark_as_draft
        request = (
            ExportRequest(pdf=path, draft=draft)
            if kind == "pdf"
            else ExportRequest(html=path, draft=draft)
        )
        self.export_notice.dismiss()
        self.exports.start(project, request)
        self.statusBar().showMessage(self.tr("Exporting %1…").replace("%1", path.name))

    def _on_export_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _on_export_succeeded(self, request: ExportRequest) -> None:
        self.statusBar().clearMessage()  # "Exporting…" makes way for the notice
        self.export_notice.show_for(request.paths)

    # -- small reactions

    def _on_problem_count(self, count: int) -> None:
        text = self.tr("No problems") if count == 0 else self.tr("%n problem(s)", "", count)
        self.problems_button.setText(text)

    def _show_message(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def _on_recent_changed(self) -> None:
        if self._shown is None:
            self.start_view.set_recent(self.files.recent_files())

    # -- window events

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.session.shutdown()  # saved or discarded: no journal, no lock stays behind
        self.exports.wait()
        self.preview.service.shutdown()  # no render thread outlives the window
        self._save_settings()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if dropped_project(urls) is not None or dropped_source(urls) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        path = dropped_project(urls)
        source = dropped_source(urls) if path is None else None
        if path is None and source is None:
            return
        event.acceptProposedAction()
        # Open after the drop has finished: a message box inside a drop confuses some systems.
        if path is not None:
            QTimer.singleShot(0, self, lambda: self.files.open_path(path))
        elif source is not None:  # a document to import (Word, web page, Markdown, text)
            QTimer.singleShot(0, self, lambda: self.importer.import_path(source))

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        # Docks a task opens start closed in normal editing: restored open, they squeeze
        # the preview of a document that does not need them.
        self.review.dock.setVisible(self.session.reviewing)
        self.problems.hide()
        sizes = self.settings.value("window/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
