"""The window's File, Edit and View actions, its menu bar and its toolbar.

Actions use the platform's standard shortcuts (``QKeySequence.StandardKey``); undo and redo
come from the window's :class:`~editor.undo_actions.UndoActions`, so they follow whichever
document is open and are named after the step they undo ("Undo Add section"); the Dutch
wording puts the step where the language wants it ("Sectie toevoegen ongedaan maken").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from editor.actions import StructureActions
from editor.files import FileController
from editor.house_style_actions import HouseStyleActions
from editor.importing.controller import ImportController
from editor.new_from_template import NewFromTemplate
from editor.preferences import PreferencesDialog
from editor.session import Session
from editor.steady_action import steady_proxy
from editor.undo_actions import UndoActions


class WindowActions(QObject):
    """The File and Edit actions, with the platform's standard shortcuts."""

    def __init__(
        self,
        session: Session,
        files: FileController,
        structure: StructureActions,
        undo_actions: UndoActions,
        window: QWidget,
        *,
        export: Callable[[str], object],
        open_for_review: Callable[[], object],
        settings: QSettings | None = None,
    ) -> None:
        """``window`` holds the actions; ``export("pdf"|"html")`` and ``open_for_review``
        are what Export and "Open for review" do; Quit closes ``window``; Preferences are
        kept in ``settings`` (the application's own when not given)."""
        super().__init__(window)
        self._session = session
        self._files = files
        self._structure = structure
        self._window = window
        self._settings = settings if settings is not None else QSettings()
        style = window.style()
        Key = QKeySequence.StandardKey
        Icon = QStyle.StandardPixmap

        def make(
            text: str,
            slot: Callable[[], object],
            tip: str,
            keys: QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            action = QAction(text, window)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.new = make(
            self.tr("&New publication"),
            files.new,
            self.tr("Start a new, empty publication"),
            Key.New,
            Icon.SP_FileIcon,
        )
        self.templates = NewFromTemplate(files, window)
        self.new_from_template = self.templates.action
        self.house_styles = HouseStyleActions(session, window)
        self.open = make(
            self.tr("&Open…"),
            files.open_dialog,
            self.tr("Open a .podium file"),
            Key.Open,
            Icon.SP_DialogOpenButton,
        )
        self.open_folder = make(
            self.tr("Open &folder…"),
            files.open_folder_dialog,
            self.tr("Open a project folder (publication.json and assets)"),
        )
        self.open_for_review = make(
            self.tr("Open for re&view…"),
            open_for_review,
            self.tr("Open a .podium file read-only, to comment on it and approve it"),
        )
        self.open_example = make(
            self.tr("Open the &example publication"),
            files.open_example,
            self.tr("Open a copy of the sample publication"),
        )
        self.open_day_example = make(
            self.tr("Open the example &day report"),
            files.open_day_example,
            self.tr("Open a copy of a network day's report: parts, workshops, a panel, photos"),
        )
        self.save = make(
            self.tr("&Save"),
            files.save,
            self.tr("Save the publication"),
            Key.Save,
            Icon.SP_DialogSaveButton,
        )
        self.save_as = make(
            self.tr("Save &as…"),
            files.save_as,
            self.tr("Save the publication under another name"),
            Key.SaveAs,
        )
        self.revert = make(
            self.tr("&Revert"),
            files.revert,
            self.tr("Go back to the saved version (can be undone)"),
        )
        self.export_pdf = make(
            self.tr("Export &PDF…"),
            lambda: export("pdf"),
            self.tr("Write the publication as a PDF"),
            "Ctrl+E",
        )
        self.export_html = make(
            self.tr("Export &HTML…"),
            lambda: export("html"),
            self.tr("Write the publication as a web page"),
            "Ctrl+Shift+E",
        )
        self.close = make(
            self.tr("&Close"), files.close_document, self.tr("Close the publication"), Key.Close
        )
        self.quit = make(self.tr("&Quit"), window.close, self.tr("Quit Podium"), Key.Quit)
        self.undo = undo_actions.undo
        self.undo.setShortcut(Key.Undo)
        self.undo.setIcon(style.standardIcon(Icon.SP_ArrowBack))
        self.redo = undo_actions.redo
        redo_keys = [QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo.setShortcuts(list(dict.fromkeys(k for k in redo_keys if not k.isEmpty())))
        self.redo.setIcon(style.standardIcon(Icon.SP_ArrowForward))
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.preferences = make(
            self.tr("&Preferences…"),
            self.open_preferences,
            self.tr("Choose the language of Podium's menus and forms"),
            Key.Preferences,
        )
        # On macOS Qt moves it to the application menu, where the platform expects it.
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_preferences(self) -> PreferencesDialog:
        """Show the Preferences dialog (window-modal, so tests and the event loop go on)."""
        dialog = PreferencesDialog(self._settings, self._window)
        dialog.open()
        return dialog

    def update_enabled(self) -> None:
        """Enable what needs a document only when there is one."""
        document = self._session.document
        for action in (self.save_as, self.export_pdf, self.export_html, self.close):
            action.setEnabled(document is not None)
        self.save.setEnabled(self._files.can_save())  # not for a file open elsewhere
        self.revert.setEnabled(document is not None and document.path is not None)
        self.house_styles.update_enabled()
        self._structure.update_enabled()

    def fill_recent_menu(self) -> None:
        """Rebuild "Open recent" from the settings (files that are gone are left out)."""
        menu = self.recent_menu
        menu.clear()
        files = self._files
        paths = files.recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: files.open_path(p))
        if not paths:
            menu.addAction(self.tr("No recent publications")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("&Clear list"), files.clear_recent).setEnabled(bool(paths))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(
    window: QMainWindow,
    actions: WindowActions,
    structure: StructureActions,
    problems: QAction,
    *,
    imports: ImportController | None = None,
    find: Sequence[QAction] = (),
) -> QMenu:
    """The menu bar: File, Edit, Structure, View; returns View, for the toolbar's toggle.

    ``imports`` adds Import… (after Open…), Paste as new publication and Show import report;
    ``find`` (Find…, Replace…, Find next, Find previous) goes in Edit, after Undo and Redo.
    """
    bar = window.menuBar()
    file = bar.addMenu(_tr("&File"))
    file.addActions([actions.new, actions.new_from_template, actions.open])
    if imports is not None:
        file.addAction(imports.import_action)
    file.addActions([actions.open_folder, actions.open_for_review])
    file.addMenu(actions.recent_menu)
    file.addActions([actions.open_example, actions.open_day_example])
    file.addSeparator()
    file.addActions([actions.save, actions.save_as, actions.revert])
    file.addSeparator()
    file.addMenu(actions.house_styles.apply_menu)
    file.addAction(actions.house_styles.save_action)
    file.addSeparator()
    file.addActions([actions.export_pdf, actions.export_html])
    file.addSeparator()
    file.addActions([actions.close, actions.quit])
    edit = bar.addMenu(_tr("&Edit"))
    edit.addActions([actions.undo, actions.redo])
    edit.addSeparator()
    if find:
        edit.addActions(list(find))
        edit.addSeparator()
    if imports is not None:
        edit.addAction(imports.paste_action)
        edit.addSeparator()
    edit.addAction(actions.preferences)
    menu = bar.addMenu(_tr("&Structure"))
    menu.addActions(structure.adding)
    menu.addSeparator()
    menu.addActions(structure.changing)
    menu.addSeparator()
    menu.addActions(structure.moving)
    view = bar.addMenu(_tr("&View"))
    view.addAction(problems)
    if imports is not None:
        view.addAction(imports.report_action)
    return view


def build_toolbar(
    window: QMainWindow, actions: WindowActions, structure: StructureActions, problems: QAction
) -> QToolBar:
    """The main toolbar: the most used actions, one click each."""
    toolbar = window.addToolBar(_tr("Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setAccessibleName(_tr("Main toolbar"))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new, actions.open, actions.save])
    toolbar.addSeparator()
    # Fixed labels: Undo's own text names the step and would shift the buttons after it.
    toolbar.addActions(
        [
            steady_proxy(actions.undo, _tr("Undo"), toolbar),
            steady_proxy(actions.redo, _tr("Redo"), toolbar),
        ]
    )
    toolbar.addSeparator()
    toolbar.addActions(structure.adding)
    toolbar.addSeparator()
    toolbar.addActions([actions.export_pdf, actions.export_html])
    toolbar.addSeparator()
    toolbar.addAction(problems)
    return toolbar
