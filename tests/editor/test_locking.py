"""A lock beside an open project: a second opener learns who has it and chooses what to do."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QWidget

import resources
from editor.files import Choice, Dialogs
from editor.locking import ProjectLock
from editor.main_window import MainWindow
from editor.safety_dialogs import LockChoice
from editor.targets import Target
from models import load, save
from models.edit import replace_at
from models.lock import LockInfo, lock_path, read_lock

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
SINCE = "2026-11-28T09:00:00+00:00"


class ScriptedDialogs(Dialogs):
    """Answers the lock question as told, and records every question and error."""

    def __init__(self) -> None:
        super().__init__()
        self.lock_choice = LockChoice.CANCEL
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.save_path: Path | None = None

    def ask_locked(self, parent: QWidget, name: str, holder: str) -> LockChoice:
        self.asked.append((name, holder))
        return self.lock_choice

    def ask_save_changes(self, parent: QWidget, name: str) -> Choice:
        return Choice.DISCARD

    def choose_save_file(self, parent: QWidget, suggested: str) -> Path | None:
        return self.save_path

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path: Path, dialogs: ScriptedDialogs) -> MainWindow:
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path / "recovery"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    return window


def _held_by(project: Path, user: str, pid: int, host: str | None = None) -> LockInfo:
    """Write a lock as another Podium would."""
    info = LockInfo(host or LockInfo.mine().host, user, pid, SINCE)
    lock_path(project).write_text(json.dumps(dataclasses.asdict(info)))
    return info


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _title_input(window: MainWindow) -> QLineEdit:
    window.select_target(Target("details"))
    assert window.form is not None
    widget = window.form.editors["title"].input_widget()
    assert isinstance(widget, QLineEdit)
    return widget


def test_an_open_file_is_locked_until_it_is_closed(
    window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    assert window.files.open_path(sample_file)
    holder = read_lock(sample_file)
    assert holder is not None and holder.pid == os.getpid()
    other = tmp_path / "other.podium"
    save(load(SAMPLE), other)
    assert window.files.open_path(other)  # opening another releases the first
    assert not lock_path(sample_file).exists() and lock_path(other).exists()
    window.window_actions.close.trigger()
    assert not lock_path(other).exists()


def test_quitting_releases_the_lock(window: MainWindow, sample_file: Path) -> None:
    assert window.files.open_path(sample_file)
    assert window.close()
    assert not lock_path(sample_file).exists()


def test_a_project_folder_is_locked_beside_the_folder(window: MainWindow, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    assert window.files.open_path(folder)
    assert (tmp_path / ".~lock.project#").exists()
    window.window_actions.close.trigger()
    assert not (tmp_path / ".~lock.project#").exists()


def test_a_second_opener_is_told_who_has_the_file_and_may_cancel(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    alice = _held_by(sample_file, "alice", os.getppid())
    assert not window.files.open_path(sample_file)
    assert dialogs.asked == [("sample.podium", alice.describe())]
    assert "alice" in dialogs.asked[0][1] and str(os.getppid()) in dialogs.asked[0][1]
    assert window.document is None
    assert read_lock(sample_file) == alice  # untouched


def test_read_only_shows_the_file_without_letting_it_change(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, tmp_path: Path
) -> None:
    before = sample_file.read_bytes()
    alice = _held_by(sample_file, "alice", os.getppid())
    dialogs.lock_choice = LockChoice.READ_ONLY
    assert window.files.open_path(sample_file)
    document = window.document
    assert document is not None and document.read_only
    assert window.windowTitle() == "sample.podium (read-only)[*] — Podium"
    assert _title_input(window).isReadOnly()
    actions = window.window_actions
    assert not actions.save.isEnabled() and actions.save_as.isEnabled()
    assert not window.structure.add_section.isEnabled()
    window.select_target(Target("section", document.publication.blocks[0].id))
    assert window.form is not None and _all_inputs_read_only(window.form)
    assert read_lock(sample_file) == alice
    # Save as makes a copy nobody else has open: it is ours and may be edited.
    dialogs.save_path = tmp_path / "copy.podium"
    assert window.files.save()  # Save of a read-only file means Save as
    assert document.path == tmp_path / "copy.podium" and not document.read_only
    assert not _title_input(window).isReadOnly() and actions.save.isEnabled()
    assert read_lock(tmp_path / "copy.podium").pid == os.getpid()
    assert read_lock(sample_file) == alice and sample_file.read_bytes() == before


def _all_inputs_read_only(form: QWidget) -> bool:
    edits = form.findChildren(QLineEdit)
    return bool(edits) and all(edit.isReadOnly() or not edit.isEnabled() for edit in edits)


def test_save_as_onto_a_file_open_elsewhere_is_refused(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.podium"
    save(load(SAMPLE), other)
    before = other.read_bytes()
    _held_by(other, "bob", os.getppid())
    assert window.files.open_path(sample_file)
    document = window.document
    document.apply(replace_at(document.publication, ("title",), "Anders"), "Edit title")
    dialogs.save_path = other
    assert not window.files.save_as()
    assert len(dialogs.errors) == 1 and "bob" in dialogs.errors[0]
    assert other.read_bytes() == before and document.is_modified


def test_open_anyway_takes_the_lock_over(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    _held_by(sample_file, "alice", os.getppid())
    dialogs.lock_choice = LockChoice.TAKE_OVER
    assert window.files.open_path(sample_file)
    assert not window.document.read_only and window.window_actions.save.isEnabled()
    assert read_lock(sample_file).pid == os.getpid()
    assert not _title_input(window).isReadOnly()


def test_a_stale_lock_is_taken_over_silently(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    _held_by(sample_file, "bob", _dead_pid())
    assert window.files.open_path(sample_file)
    assert dialogs.asked == [] and not window.document.read_only
    assert read_lock(sample_file).pid == os.getpid()


def test_a_lock_from_another_computer_is_asked_about(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    _held_by(sample_file, "carol", 1, host="elsewhere")
    dialogs.lock_choice = LockChoice.READ_ONLY
    assert window.files.open_path(sample_file)
    assert "carol on elsewhere" in dialogs.asked[0][1] and window.document.read_only
    window.window_actions.close.trigger()
    assert read_lock(sample_file).user == "carol"  # never ours, never removed


def test_cancelling_the_save_question_gives_the_new_lock_back(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, tmp_path: Path, monkeypatch
) -> None:
    other = tmp_path / "other.podium"
    save(load(SAMPLE), other)
    assert window.files.open_path(sample_file)
    document = window.document
    document.apply(replace_at(document.publication, ("title",), "Anders"), "Edit title")
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.CANCEL)
    assert not window.files.open_path(other)
    assert not lock_path(other).exists() and lock_path(sample_file).exists()


@pytest.mark.parametrize(
    "garbage",
    [
        b'{"host": "h", "user": "u", "pid": 7, "since": "gisteren"}',
        b'{"host": "h", "user": "u", "pid": 1e400, "since": "2026-11-28T09:00:00+00:00"}',
        b'{"host": "h", "user": "u", "pid": 1000000000000000000000000000000, "since": ""}',
        b'{"host": "h", "user": "u", "pid": -3, "since": "2026-11-28T09:00:00+00:00"}',
        b"",
        b"\x00\xff\xfe binary",
    ],
    ids=["since-word", "pid-1e400", "pid-huge", "pid-negative", "empty", "binary"],
)
def test_a_garbage_lock_is_asked_about_as_held_by_someone_unknown(
    tmp_path: Path, garbage: bytes
) -> None:
    project = tmp_path / "a.podium"
    lock_path(project).write_bytes(garbage)
    asked: list[LockInfo] = []

    def ask(choice: LockChoice) -> Callable[[LockInfo], LockChoice]:
        def answer(info: LockInfo) -> LockChoice:
            asked.append(info)
            info.describe()  # what the dialog shows: must not fail
            return choice

        return answer

    lock = ProjectLock()
    assert lock.claim(project, ask(LockChoice.CANCEL)) is None
    claim = lock.claim(project, ask(LockChoice.READ_ONLY))
    assert claim is not None and claim.read_only and not claim.acquired
    assert lock_path(project).read_bytes() == garbage  # never taken over without asking
    assert [info.describe() for info in asked] == [
        "someone unknown (the lock file cannot be read)"
    ] * 2
    claim = lock.claim(project, ask(LockChoice.TAKE_OVER))
    assert claim is not None and claim.acquired and not claim.read_only
    assert read_lock(project).pid == os.getpid()


def test_the_window_asks_about_a_garbage_lock(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    lock_path(sample_file).write_text('{"pid": 1e400, "since": "gisteren"}')
    dialogs.lock_choice = LockChoice.READ_ONLY
    assert window.files.open_path(sample_file)
    assert dialogs.asked == [("sample.podium", "someone unknown (the lock file cannot be read)")]
    assert window.document is not None and window.document.read_only
