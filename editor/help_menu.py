"""The Help menu: the keyboard shortcuts, and About Podium.

The shortcut list is read from the window's menus each time it opens, so it shows the
shortcuts the actions really have (the platform's standard keys included) and cannot go
stale when an action is added or changed. About names the version from the installed
package's metadata, its licence as the metadata states it, and the Qt and PySide versions,
which are what a bug report needs.
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from importlib.metadata import PackageMetadata, PackageNotFoundError, metadata

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.steady_action import STEADY_TEXT

#: The distribution whose metadata About reads.
DISTRIBUTION = "podium"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def plain(text: str) -> str:
    """A menu text as a list shows it: no accelerator ``&`` (``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(window: QMainWindow) -> Iterator[tuple[str, str, list[QKeySequence]]]:
    """(menu, command, shortcuts) for every action with a shortcut in ``window``'s menus,
    submenus included (the menu is then "File › Recent"), in menu order."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, str, list[QKeySequence]]]:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub, f"{path} › {plain(sub.title())}")
            elif not action.isSeparator():
                keys = [key for key in action.shortcuts() if not key.isEmpty()]
                if keys:
                    steady = action.property(STEADY_TEXT)  # "Undo", not "Undo Add section"
                    text = steady if isinstance(steady, str) and steady else action.text()
                    yield path, plain(text), keys

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from walk(menu, plain(menu.title()))


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window's menus, grouped by menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        groups: dict[str, QTreeWidgetItem] = {}
        self._rows: list[tuple[str, str, str]] = []
        for menu, command, keys in menu_shortcuts(window):
            group = groups.get(menu)
            if group is None:
                group = QTreeWidgetItem(self.tree, [menu])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                groups[menu] = group
            shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            QTreeWidgetItem(group, [command, shown])
            self._rows.append((menu, command, shown))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, shortcut) as listed (tests)."""
        return list(self._rows)


def about_facts() -> dict[str, str]:
    """Version and licence from the installed package; the Qt, PySide and Python versions."""
    try:
        meta = metadata(DISTRIBUTION)
    except PackageNotFoundError:
        version, licence = "", ""
    else:
        version = meta["Version"] or ""
        licence = _field(meta, "License-Expression") or _field(meta, "License")
    return {
        "version": version,
        "licence": licence,
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "python": platform.python_version(),
    }


def _field(meta: PackageMetadata, name: str) -> str:
    """A metadata field, or ``""`` when the package does not state it."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


class AboutDialog(QDialog):
    """Podium's name, version and licence, and what it runs on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Podium"))
        facts = about_facts()
        layout = QVBoxLayout(self)
        version = facts["version"] or self.tr("(version unknown: not installed as a package)")
        title = QLabel(f"<h2>Podium {version}</h2>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        licence = facts["licence"] or self.tr("not stated in the package")
        lines = [
            self.tr("An editor for structured publications, with PDF and HTML export."),
            self.tr("Licence: %1").replace("%1", licence),
            self.tr("Qt %1, PySide %2, Python %3")
            .replace("%1", facts["qt"])
            .replace("%2", facts["pyside"])
            .replace("%3", facts["python"]),
        ]
        self.text = QLabel("\n".join(lines), self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class HelpMenu(QObject):
    """The Help menu and its two actions; the dialogs open window-modal, without blocking."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(_tr("&Help"), window)
        self.shortcuts = QAction(_tr("&Keyboard shortcuts"), window)
        self.shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts.setStatusTip(_tr("List every keyboard shortcut"))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.about = QAction(_tr("&About Podium"), window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.setStatusTip(_tr("The version of Podium, its licence and what it runs on"))
        self.about.triggered.connect(self.show_about)
        self.menu.addActions([self.shortcuts, self.about])
        self.dialog: QDialog | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the list of shortcuts, read from the window's menus now."""
        dialog = ShortcutsDialog(self._window)
        self._open(dialog)
        return dialog

    def show_about(self) -> AboutDialog:
        """Open About Podium."""
        dialog = AboutDialog(self._window)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
