"""Autosave: unsaved changes reach the recovery journal within seconds, off the GUI thread."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import resources
from editor import autosave
from editor.autosave import _Target
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from models import load
from models.edit import replace_at
from models.recovery import Journal

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
INTERVAL_MS = 50
WAIT_MS = 10_000  # a generous bound for a loaded machine, not a timing assert


@pytest.fixture
def recovery(monkeypatch, tmp_path: Path) -> Path:
    """Journals go to a temporary folder, never the user's."""
    folder = tmp_path / "recovery"
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: pytest.fail(m))
    return dialogs


@pytest.fixture
def window(qtbot, tmp_path: Path, recovery: Path, dialogs: Dialogs) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    window.session.autosave.set_interval(INTERVAL_MS)
    qtbot.addWidget(window)
    window.show()
    return window


def _edit(window: MainWindow, title: str = "Anders") -> None:
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("title",), title), "Edit title", "title")


def _journals(folder: Path) -> list[Path]:
    """Complete journals: the note is written after the project file."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.podium") if p.with_suffix(".json").exists())


def test_an_edit_is_journaled_within_the_interval(
    qtbot, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    qtbot.waitUntil(lambda: len(_journals(recovery)) == 1, timeout=WAIT_MS)
    [journal] = _journals(recovery)
    assert journal == window.session.autosave.journal_path
    window.session.autosave.wait()
    assert load(journal).publication == window.document.publication
    note = json.loads(journal.with_suffix(".json").read_text())
    assert note["source"] == str(sample_file) and note["saved_at"]


def test_nothing_is_journaled_while_unmodified(
    qtbot, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    qtbot.wait(5 * INTERVAL_MS)
    assert _journals(recovery) == []
    _edit(window)
    qtbot.waitUntil(lambda: len(_journals(recovery)) == 1, timeout=WAIT_MS)
    window.window_actions.undo.trigger()  # back to the saved state: nothing to lose
    assert not list(recovery.iterdir())
    qtbot.wait(5 * INTERVAL_MS)
    assert not list(recovery.iterdir())


def test_non_stop_typing_is_still_journaled(
    qtbot, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    """The timer is not restarted by every keystroke, or a fast typist would never be saved."""
    assert window.files.open_path(sample_file)
    for count in range(1, 400):
        _edit(window, "x" * count)
        qtbot.wait(INTERVAL_MS // 5)
        if _journals(recovery):
            break
    assert _journals(recovery), "typing went on for 400 keystrokes without a journal"


def test_saving_and_closing_leave_no_journal(
    qtbot, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    qtbot.waitUntil(lambda: len(_journals(recovery)) == 1, timeout=WAIT_MS)
    assert window.files.save()
    assert not list(recovery.iterdir())
    _edit(window, "Nog anders")
    qtbot.waitUntil(lambda: len(_journals(recovery)) == 1, timeout=WAIT_MS)
    assert window.close()  # Discard: a clean exit
    assert not list(recovery.iterdir())
    assert load(sample_file).publication.title == "Anders"


def test_opening_another_document_discards_the_journal(
    qtbot, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    window.window_actions.new.trigger()
    _edit(window)
    qtbot.waitUntil(lambda: len(_journals(recovery)) == 1, timeout=WAIT_MS)
    note = json.loads(_journals(recovery)[0].with_suffix(".json").read_text())
    assert note["source"] is None and note["saved_at"] is None  # untitled
    assert window.files.open_path(sample_file)  # asked, and the answer was Discard
    assert not list(recovery.iterdir())


def test_serialising_happens_off_the_gui_thread(
    qtbot, monkeypatch, window: MainWindow, recovery: Path, sample_file: Path
) -> None:
    threads: list[threading.Thread] = []
    real = autosave.to_zip_bytes

    def spy(project, **options):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(project, **options)

    monkeypatch.setattr(autosave, "to_zip_bytes", spy)
    assert window.files.open_path(sample_file)
    _edit(window)
    with qtbot.waitSignal(window.session.autosave.sig_journaled, timeout=WAIT_MS):
        pass
    assert threads and threading.main_thread() not in threads


def test_a_failing_journal_is_reported_in_the_status_bar(
    qtbot, monkeypatch, tmp_path: Path, dialogs: Dialogs, sample_file: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be")
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(blocker))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.session.autosave.set_interval(INTERVAL_MS)
    assert window.files.open_path(sample_file)
    with qtbot.waitSignal(window.session.autosave.sig_failed, timeout=WAIT_MS) as failed:
        _edit(window)
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert failed.args and failed.args[0]
    assert window.document.is_modified  # the work itself is untouched


def test_older_and_voided_writes_are_dropped(tmp_path: Path) -> None:
    """Writes carry a sequence number and an epoch; discard voids every earlier one."""
    project = load(SAMPLE)
    newer = project.with_publication(replace_at(project.publication, ("title",), "Nieuwer"))
    target = _Target(Journal(tmp_path))
    assert target.write(0, 2, autosave.to_zip_bytes(newer), None, None)
    assert not target.write(0, 1, autosave.to_zip_bytes(project), None, None)  # stale
    assert load(target.journal.path).publication.title == "Nieuwer"
    epoch = target.epoch
    target.discard()
    assert not target.write(epoch, 3, autosave.to_zip_bytes(newer), None, None)
    assert list(tmp_path.iterdir()) == []
