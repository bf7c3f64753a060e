"""A whole editing session on the sample, as a user would do it: keys, actions, save, export."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.review.dialogs import ExportChoice
from editor.targets import Target
from models import load

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def dialogs(monkeypatch, tmp_path: Path) -> Dialogs:
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: dialogs.errors.append(m))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    monkeypatch.setattr(dialogs, "confirm_delete_speaker", lambda _p, _n, _places: True)
    monkeypatch.setattr(dialogs, "choose_save_file", lambda _p, _s: tmp_path / "verslag")
    monkeypatch.setattr(
        dialogs, "choose_export_file", lambda _p, kind, _s: tmp_path / f"verslag.{kind}"
    )
    return dialogs


def _new_window(qtbot, tmp_path: Path, dialogs: Dialogs) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_edit_save_export_reopen(qtbot, tmp_path: Path, dialogs: Dialogs) -> None:
    before = (SAMPLE / "publication.json").read_bytes()
    window = _new_window(qtbot, tmp_path, dialogs)
    window.window_actions.open_example.trigger()
    window.select_target(Target("section", "den-helder"))
    window.navigator.setFocus()

    # Ctrl+Shift+N: a new section after the selected one, its title field focused.
    qtbot.keyClick(window.navigator, Qt.Key.Key_N, CTRL_SHIFT)
    new_id = window.document.publication.blocks[4].id
    assert window.current_target() == Target("section", new_id)
    title = QApplication.focusWidget()
    assert isinstance(title, QLineEdit) and title.text() == "Nieuwe sectie"
    title.selectAll()
    qtbot.keyClicks(title, "Slotdebat")
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field commits it, if it waits for that
    qtbot.waitUntil(lambda: window.document.publication.block(new_id).title == "Slotdebat")
    label = window.navigator.navigator_model.index_for(Target("section", new_id)).data()
    assert label == "Slotdebat"

    # In a text field Delete deletes characters, never the section.
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert new_id in [b.id for b in window.document.publication.blocks]

    # Alt+Up in the navigator moves it one place up.
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [b.id for b in window.document.publication.blocks][3] == new_id
    assert window.window_actions.undo.text() == "Undo Move section"

    # Delete (in the navigator) a speaker who is still named, confirmed: the reference goes.
    window.select_target(Target("speaker", "marco-webeling"))
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Delete)
    assert window.document.publication.block("den-helder").speaker_ids == ("willemijn-groot",)

    window.window_actions.save.trigger()  # untitled: asks where; ".podium" is added
    saved = tmp_path / "verslag.podium"
    assert window.document.path == saved and not window.isWindowModified()

    asked: list[str] = []  # the sample is not approved: the window asks; export as a draft

    def as_draft(_parent: object, status: str, _count: int) -> ExportChoice:
        asked.append(status)
        return ExportChoice(mark_as_draft=True)

    window.review.dialogs.confirm_unapproved_export = as_draft  # type: ignore[method-assign]
    window.window_actions.export_pdf.trigger()
    window.window_actions.export_html.trigger()
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    assert asked == ["Draft", "Draft"]
    assert dialogs.errors == []
    pdf_text = "".join(
        page.extract_text() or ""
        for page in PdfReader(io.BytesIO((tmp_path / "verslag.pdf").read_bytes())).pages
    )
    assert "Slotdebat" in pdf_text
    assert "Slotdebat" in (tmp_path / "verslag.html").read_text(encoding="utf-8")
    assert 'class="draft-banner"' in (tmp_path / "verslag.html").read_text(encoding="utf-8")

    publication = window.document.publication
    window.close()
    again = _new_window(qtbot, tmp_path, dialogs)
    again.window_actions.fill_recent_menu()
    recent = [a for a in again.window_actions.recent_menu.actions() if a.toolTip()]
    recent[0].trigger()
    assert again.document.path == saved
    assert again.document.publication == publication == load(saved).publication
    assert (SAMPLE / "publication.json").read_bytes() == before  # the bundled sample is untouched


def test_main_opens_the_window_on_a_file(tmp_path: Path) -> None:
    """``python main.py FILE`` starts the editor (here: until its first paint, then quits)."""
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PODIUM_BENCH_EXIT_AFTER_SHOW": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # never the user's settings
        "PYTHONPATH": str(root),
    }
    # A copy: the editor locks what it opens, and the bundled folder is packaged as it is.
    sample = Path(shutil.copytree(SAMPLE, tmp_path / SAMPLE.name))
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), str(sample)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("PODIUM_WINDOW_SHOWN ")
    assert (sample / "publication.json").exists()
    assert sorted(p.name for p in tmp_path.glob(".~lock*")) == []  # closed, so released
