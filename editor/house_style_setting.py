"""The house style for new publications: the Preferences choice and applying it to New.

The choice is kept in the application's settings under :data:`KEY`: empty for none,
:data:`NEUTRAL` for the style that ships with Podium, or the path of a ``.podium-style``
file. The file is read each time a publication is started, so a style the organisation
updates on a shared drive is the one new publications get.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from editor.message_text import error_text
from models import Project
from models import house_style as hs

KEY = "new/house_style"
NONE = ""
NEUTRAL = "builtin:" + hs.NEUTRAL
_CHOOSE = "choose"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HouseStyle", text)


def stored(settings: QSettings) -> str:
    """What is chosen: :data:`NONE`, :data:`NEUTRAL` or a file's path."""
    value = settings.value(KEY, NONE)
    return value if isinstance(value, str) else NONE


def store(settings: QSettings, choice: str) -> None:
    """Keep ``choice`` (see :func:`stored`) for the next new publication."""
    settings.setValue(KEY, choice)
    settings.sync()


def read_choice(choice: str) -> hs.HouseStyle | None:
    """The house style ``choice`` names (``None`` for none); raises ``HouseStyleError``."""
    if choice == NONE:
        return None
    return hs.read(hs.built_in_path() if choice == NEUTRAL else Path(choice))


def for_new(project: Project, settings: QSettings) -> tuple[Project, str | None]:
    """``project`` in the house style for new publications, and why not if it failed.

    A style that cannot be read leaves the project as it is: starting a publication never
    fails because of a style; the message says what went wrong.
    """
    try:
        style = read_choice(stored(settings))
    except hs.HouseStyleError as error:
        return project, error_text(error)
    return (hs.apply(project, style) if style is not None else project), None


class HouseStyleChoice(QWidget):
    """The Preferences row: none, the built-in neutral style, or a file chosen here."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("House style for new publications"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        #: Asks for a ``.podium-style`` file; tests replace it.
        self.choose_file: Callable[[], Path | None] = self._choose_file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self._fill(stored(settings))
        self._previous = self.combo.currentIndex()
        self.combo.activated.connect(self._on_activated)

    def choice(self) -> str:
        """What is chosen now (see :func:`stored`)."""
        data = self.combo.currentData()
        return data if isinstance(data, str) and data != _CHOOSE else NONE

    def _fill(self, current: str) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("None (Podium's default look)"), NONE)
        self.combo.addItem(self.tr("Neutral (comes with Podium)"), NEUTRAL)
        if current not in (NONE, NEUTRAL):
            self.combo.addItem(Path(current).name, current)
            self.combo.setItemData(self.combo.count() - 1, current, Qt.ItemDataRole.ToolTipRole)
        self.combo.addItem(self.tr("Choose a file…"), _CHOOSE)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def _on_activated(self, index: int) -> None:
        if self.combo.itemData(index) != _CHOOSE:
            self._previous = index
            self.note.hide()
            return
        path = self.choose_file()
        if path is None:
            self.combo.setCurrentIndex(self._previous)
            return
        try:
            hs.read(path)
        except hs.HouseStyleError as error:
            self.combo.setCurrentIndex(self._previous)
            self.note.setText(error_text(error))
            self.note.show()
            return
        self.note.hide()
        self._fill(str(path))
        self._previous = self.combo.currentIndex()

    def _choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a house style"), "", file_filter()
        )
        return Path(name) if name else None


def file_filter() -> str:
    """The file dialogs' filter for house styles."""
    return _tr("Podium house styles (*.podium-style)")
