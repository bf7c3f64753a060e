"""After a crash the next start offers the unsaved work back, on top of its file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.recovery_dialog import RecoveryChoice, RecoveryDialog
from models import Project, load
from models.edit import replace_at
from models.recovery import Journal, Recoverable, find_recoverable

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


class ScriptedDialogs(Dialogs):
    """Answers recovery questions from a list, and records what was offered."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[RecoveryChoice] = []
        self.offered: list[list[Recoverable]] = []
        self.errors: list[str] = []

    def ask_recovery(
        self, parent: QWidget, items: Sequence[Recoverable]
    ) -> tuple[RecoveryChoice, Recoverable | None]:
        self.offered.append(list(items))
        choice = self.answers.pop(0)
        return choice, None if choice is RecoveryChoice.LATER else items[0]

    def ask_save_changes(self, parent: QWidget, name: str) -> Choice:
        return Choice.DISCARD

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def recovery(monkeypatch, tmp_path: Path) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, tmp_path: Path, recovery: Path, dialogs: ScriptedDialogs) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    window.session.autosave.set_interval(50)
    qtbot.addWidget(window)
    window.show()
    return window


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _crashed_journal(folder: Path, project: Project, source: Path | None) -> Path:
    """A journal as a Podium that was killed leaves it: its owner's process is gone."""
    journal = Journal(folder)
    journal.write(project, source, "2026-11-28T08:00:00+00:00" if source else None)
    note = journal.path.with_suffix(".json")
    data = json.loads(note.read_text())
    data["owner"]["pid"] = _dead_pid()
    note.write_text(json.dumps(data))
    return journal.path


def _edited(title: str = "Hersteld") -> Project:
    project = load(SAMPLE)
    return project.with_publication(replace_at(project.publication, ("title",), title))


def test_work_on_a_file_comes_back_as_unsaved_changes_on_top_of_it(
    qtbot, window: MainWindow, dialogs: ScriptedDialogs, recovery: Path, sample_file: Path
) -> None:
    journal = _crashed_journal(recovery, _edited(), sample_file)
    dialogs.answers = [RecoveryChoice.RECOVER]
    assert window.recovery.offer()
    [[offered]] = dialogs.offered
    assert offered.source == sample_file and offered.saved_at and offered.autosaved_at
    document = window.document
    assert document is not None and document.path == sample_file
    assert document.publication == _edited().publication
    assert document.is_modified and window.isWindowModified()
    assert window.window_actions.undo.text() == "Undo Recover unsaved changes"
    assert journal.exists()  # kept until the work is saved or discarded
    window.window_actions.undo.trigger()
    assert document.publication == load(sample_file).publication  # the file as saved
    assert not journal.exists()  # nothing unsaved left
    window.window_actions.redo.trigger()
    qtbot.waitUntil(journal.exists, timeout=10_000)  # unsaved again: journaled again
    assert window.files.save()
    assert load(sample_file).publication.title == "Hersteld"
    assert not journal.exists() and find_recoverable() == []


def test_recovered_work_goes_on_in_the_same_journal(
    qtbot, window: MainWindow, dialogs: ScriptedDialogs, recovery: Path, sample_file: Path
) -> None:
    journal = _crashed_journal(recovery, _edited(), sample_file)
    dialogs.answers = [RecoveryChoice.RECOVER]
    assert window.recovery.offer()
    assert window.session.autosave.journal_path == journal
    qtbot.waitUntil(
        lambda: json.loads(journal.with_suffix(".json").read_text())["owner"]["pid"] == os.getpid(),
        timeout=10_000,
    )
    assert find_recoverable() == []  # ours now, and we are alive
    assert [p.name for p in recovery.glob("*.podium")] == [journal.name]
    assert window.close()  # Discard
    assert not list(recovery.iterdir())


def test_untitled_work_comes_back_untitled_and_modified(
    window: MainWindow, dialogs: ScriptedDialogs, recovery: Path
) -> None:
    _crashed_journal(recovery, _edited("Nooit bewaard"), None)
    dialogs.answers = [RecoveryChoice.RECOVER]
    assert window.recovery.offer()
    document = window.document
    assert document is not None and document.path is None and document.is_modified
    assert document.publication.title == "Nooit bewaard"
    assert window.windowTitle() == "Untitled[*] — Podium"


def test_work_whose_file_is_gone_comes_back_untitled(
    window: MainWindow, dialogs: ScriptedDialogs, recovery: Path, tmp_path: Path
) -> None:
    _crashed_journal(recovery, _edited(), tmp_path / "deleted.podium")
    dialogs.answers = [RecoveryChoice.RECOVER]
    assert window.recovery.offer()
    assert window.document.path is None and window.document.publication.title == "Hersteld"
    assert not (tmp_path / "deleted.podium").exists()


def test_discard_removes_the_work_and_later_keeps_it(
    window: MainWindow, dialogs: ScriptedDialogs, recovery: Path, sample_file: Path
) -> None:
    first = _crashed_journal(recovery, _edited("Een"), sample_file)
    second = _crashed_journal(recovery, _edited("Twee"), None)
    dialogs.answers = [RecoveryChoice.DISCARD, RecoveryChoice.LATER]
    assert not window.recovery.offer()
    assert [len(items) for items in dialogs.offered] == [2, 1]  # asked again about the rest
    discarded = dialogs.offered[0][0].journal
    kept = ({first, second} - {discarded}).pop()
    assert not discarded.exists() and kept.exists()
    assert window.document is None
    assert [item.journal for item in find_recoverable()] == [kept]


def test_nothing_to_recover_asks_nothing(window: MainWindow, dialogs: ScriptedDialogs) -> None:
    assert not window.recovery.offer()
    assert dialogs.offered == []


def test_a_journal_of_a_running_podium_is_not_offered(
    window: MainWindow, dialogs: ScriptedDialogs, recovery: Path
) -> None:
    Journal(recovery).write(_edited(), None, None)  # owned by this (live) process
    assert not window.recovery.offer() and dialogs.offered == []


def test_the_dialog_lists_file_and_times(qtbot, recovery: Path, sample_file: Path) -> None:
    _crashed_journal(recovery, _edited(), sample_file)
    _crashed_journal(recovery, _edited(), None)
    items = find_recoverable()
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    texts = {row.text(0): (row.text(1), row.text(2)) for row in rows}
    assert f"sample.podium ({sample_file.parent})" in texts
    assert texts["Untitled (never saved)"][0] == "never"
    assert all(len(autosaved) == len("2026-11-28 09:00") for _saved, autosaved in texts.values())
    assert dialog.selected_item() is None  # nothing decided yet: Later
    dialog.table.setCurrentItem(rows[1])
    dialog.discard_button.click()
    assert dialog.choice is RecoveryChoice.DISCARD and dialog.selected_item() is items[1]
