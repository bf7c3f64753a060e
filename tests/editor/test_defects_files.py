"""Issue 14: file dialogs start where the user's files are; names come from the title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.targets import Target
from editor.widgets import image_list

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_image_dialog_opens_in_the_projects_folder(
    window: MainWindow, sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.files.open_path(sample_file)
    window.select_target(Target("theme"))
    assert window.form is not None
    logo = window.form.editors["logo"]
    started: list[str] = []

    def fake(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (fake(*a)[:0], ""))
    assert image_list.ask_image_file(logo) is None
    assert image_list.ask_image_files(logo) == []
    assert started == [str(sample_file.parent)] * 2


def test_an_untitled_document_leaves_the_start_to_qt(window: MainWindow) -> None:
    window.files.new()
    window.select_target(Target("theme"))
    assert window.form is not None
    assert image_list.start_folder(window.form.editors["logo"]) == ""
