"""File › Save house style… and File › Apply house style: an organisation's look, reused.

Saving writes the open publication's theme, logo and organisation details to a
``.podium-style`` file (:mod:`models.house_style` says what is in it and why). Applying one
(the built-in neutral style, or a file) is a single undo step named after the style. The
questions go through :class:`StyleDialogs`, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from editor.house_style_setting import file_filter
from editor.message_text import error_text
from editor.session import Session
from models import house_style as hs


class StyleDialogs(QObject):
    """The file choices and the error message of the house style actions."""

    def choose_style_to_open(self, parent: QWidget) -> Path | None:
        """A ``.podium-style`` file to apply; ``None`` when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Apply house style"), "", file_filter()
        )
        return Path(name) if name else None

    def choose_style_to_save(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save a house style; ``None`` when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save house style"), suggested, file_filter()
        )
        return Path(name) if name else None

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        """Say why a house style could not be read or written."""
        QMessageBox.critical(parent, title, message)


class HouseStyleActions(QObject):
    """Save house style…, and the Apply house style menu (Neutral, From file…)."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.dialogs = StyleDialogs(self)
        self.save_action = QAction(self.tr("Save &house style…"), window)
        tip = self.tr("Save the theme, logo and organisation details as a house style file")
        self.save_action.setStatusTip(tip)
        self.save_action.setToolTip(tip)
        self.save_action.triggered.connect(lambda _=False: self.save())
        self.apply_menu = QMenu(self.tr("Apply house st&yle"), window)
        self.apply_menu.menuAction().setStatusTip(
            self.tr("Give the publication a house style's theme, logo and organisation details")
        )
        self.apply_neutral = self.apply_menu.addAction(self.tr("&Neutral (comes with Podium)"))
        self.apply_neutral.triggered.connect(lambda _=False: self.apply_file(hs.built_in_path()))
        self.apply_from_file = self.apply_menu.addAction(self.tr("From &file…"))
        self.apply_from_file.triggered.connect(lambda _=False: self.apply_dialog())

    def update_enabled(self) -> None:
        """Saving needs a document; applying needs one that may be edited."""
        document = self._session.document
        self.save_action.setEnabled(document is not None)
        self.apply_menu.menuAction().setEnabled(
            document is not None and self._session.mode.allows_edits
        )

    def save(self) -> bool:
        """Ask where, then save the open publication's house style there."""
        document = self._session.document
        if document is None:
            return False
        organisation = document.publication.colophon.organisation or self.tr("House style")
        folder = document.path.parent if document.path is not None else Path.home()
        suggested = folder / (organisation.replace("/", "-") + hs.SUFFIX)
        path = self.dialogs.choose_style_to_save(self._window, str(suggested))
        if path is None:
            return False
        if path.suffix != hs.SUFFIX:
            path = path.with_name(path.name + hs.SUFFIX)
        try:
            hs.save(hs.from_project(document.project, path.stem), path)
        except hs.HouseStyleError as error:
            self.dialogs.show_error(
                self._window, self.tr("Cannot save house style"), error_text(error)
            )
            return False
        return True

    def apply_dialog(self) -> bool:
        """Ask for a ``.podium-style`` file and apply it."""
        path = self.dialogs.choose_style_to_open(self._window)
        return self.apply_file(path) if path is not None else False

    def apply_file(self, path: Path) -> bool:
        """Apply the house style in ``path`` as one undo step; say why if it cannot be read."""
        document = self._session.document
        if document is None or not self._session.mode.allows_edits:
            return False
        try:
            style = hs.read(path)
        except hs.HouseStyleError as error:
            self.dialogs.show_error(
                self._window, self.tr("Cannot apply house style"), error_text(error)
            )
            return False
        text = self.tr("Apply house style “%1”").replace("%1", style.name)
        return document.apply_project(hs.apply(document.project, style), text)
