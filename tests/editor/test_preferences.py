"""The Preferences dialog and the choice of interface language it stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor import i18n
from editor.main_window import MainWindow
from editor.preferences import PreferencesDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_language_follows_the_system_until_one_is_chosen(settings: QSettings) -> None:
    assert i18n.stored_language(settings) == i18n.SYSTEM
    assert i18n.interface_language(settings) == i18n.system_language()
    i18n.store_language(settings, "nl")
    assert i18n.interface_language(settings) == "nl"
    settings.setValue(i18n.LANGUAGE_KEY, "tlh")  # unknown (a hand-edited file): the system's
    assert i18n.interface_language(settings) == i18n.system_language()
    with pytest.raises(ValueError, match="tlh"):
        i18n.store_language(settings, "tlh")


def test_the_system_language_is_dutch_on_a_dutch_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("nl_BE"))
    assert i18n.system_language() == "nl"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.system_language() == "en"  # a language Podium does not speak: English


def test_choosing_a_language_stores_it_and_says_when_it_applies(qtbot, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == [i18n.SYSTEM, "nl", "en"]
    assert combo.itemText(1) == "Nederlands" and combo.itemText(2) == "English"
    assert combo.currentIndex() == 0  # nothing stored: follow the system
    assert "restart" in dialog.note.text()
    combo.setCurrentIndex(combo.findData("nl"))
    dialog.accept()
    assert i18n.stored_language(settings) == "nl"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.chosen_language() == "nl"
    again.language.setCurrentIndex(again.language.findData("en"))
    again.findChild(QDialogButtonBox).rejected.emit()  # Cancel keeps the stored choice
    assert i18n.stored_language(settings) == "nl"


def test_edit_menu_opens_preferences_on_the_windows_settings(qtbot, settings: QSettings) -> None:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    action = window.window_actions.preferences
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    edit = window.menuBar().actions()[1].menu()
    assert action in edit.actions()
    action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.value(i18n.LANGUAGE_KEY) == "en"


def test_english_installs_no_translator(qapp: QApplication, settings: QSettings) -> None:
    i18n.store_language(settings, "en")
    translators = i18n.install(qapp, settings)
    try:
        assert translators.language == "en" and translators.installed == []
        assert i18n.date_format() == "yyyy-MM-dd"
    finally:
        translators.remove()
