"""The Preferences dialog: the interface language, kept in the application's settings.

The language applies at the next start: Podium's texts are set when its widgets are made,
so switching under a running window would leave half of it in the old language. Spelling
goes on or off at once, in every window.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor import house_style_setting, i18n
from editor.house_style_setting import HouseStyleChoice
from editor.spelling import preference as spelling


class PreferencesDialog(QDialog):
    """Choose the interface language: the system's, Dutch or English; OK stores it."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", system), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.stored_language(settings)))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.note = QLabel(self.tr("Podium uses the new language after a restart."), self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.note)
        self.spelling = QCheckBox(self.tr("Check &spelling while typing"), self)
        self.spelling.setChecked(spelling.enabled(settings))
        form.addRow(self.spelling)
        self.house_style = HouseStyleChoice(settings, self)
        form.addRow(self.tr("&House style for new publications:"), self.house_style)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The code picked in the list, or :data:`editor.i18n.SYSTEM`."""
        data = self.language.currentData()
        return data if isinstance(data, str) else i18n.SYSTEM

    def accept(self) -> None:
        """Store the choice, then close."""
        i18n.store_language(self._settings, self.chosen_language())
        spelling.set_enabled(self._settings, self.spelling.isChecked())
        house_style_setting.store(self._settings, self.house_style.choice())
        super().accept()
