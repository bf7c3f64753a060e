"""Saving never destroys work: changed-on-disk files, newer files and failing saves."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

import resources
from editor import files as files_module
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.safety_dialogs import DiskChoice
from models import Project, ProjectFileError, load, save
from models import project_file as project_file_module
from models.edit import replace_at
from models.lock import lock_path
from models.project_file import backup_path

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


class ScriptedDialogs(Dialogs):
    """Answers the changed-on-disk question as told, and records questions and errors."""

    def __init__(self) -> None:
        super().__init__()
        self.disk_choice = DiskChoice.CANCEL
        self.disk_asked: list[str] = []
        self.errors: list[str] = []
        self.save_path: Path | None = None

    def ask_changed_on_disk(self, parent: QWidget, name: str) -> DiskChoice:
        self.disk_asked.append(name)
        return self.disk_choice

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


def _titled(title: str) -> Project:
    project = load(SAMPLE)
    return project.with_publication(replace_at(project.publication, ("title",), title))


def _edit(window: MainWindow, title: str = "Mijn versie") -> None:
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("title",), title), "Edit title")


def _change_on_disk(path: Path, title: str = "Hun versie") -> bytes:
    """Another program writes the file (or folder project); returns its new bytes."""
    save(_titled(title), path, backup=False)
    file = path / "publication.json" if path.is_dir() else path
    status = file.stat()  # a later second, even on file systems with coarse times
    os.utime(file, ns=(status.st_atime_ns, status.st_mtime_ns + 5_000_000_000))
    return file.read_bytes()


# ---------------------------------------------------------------------------- changed on disk


def test_saving_over_a_file_changed_on_disk_asks_and_cancel_keeps_both(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    theirs = _change_on_disk(sample_file)
    assert not window.files.save()
    assert dialogs.disk_asked == ["sample.podium"]
    assert sample_file.read_bytes() == theirs and window.document.is_modified


def test_overwrite_replaces_their_version_and_asks_no_more(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    _change_on_disk(sample_file)
    dialogs.disk_choice = DiskChoice.OVERWRITE
    assert window.files.save()
    assert load(sample_file).publication.title == "Mijn versie"
    assert load(backup_path(sample_file)).publication.title == "Hun versie"  # kept beside it
    _edit(window, "Nog een versie")
    assert window.files.save()  # our own save is the new reference: no question
    assert dialogs.disk_asked == ["sample.podium"]


def test_save_as_instead_keeps_their_version(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, tmp_path: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    theirs = _change_on_disk(sample_file)
    dialogs.disk_choice = DiskChoice.SAVE_AS
    dialogs.save_path = tmp_path / "mine.podium"
    assert window.files.save()
    assert sample_file.read_bytes() == theirs
    assert load(tmp_path / "mine.podium").publication.title == "Mijn versie"
    assert window.document.path == tmp_path / "mine.podium" and not window.document.is_modified


def test_a_changed_project_folder_is_noticed_too(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    assert window.files.open_path(folder)
    _edit(window)
    _change_on_disk(folder)  # save() writes a folder project into the folder
    assert not window.files.save()
    assert dialogs.disk_asked == ["project"]
    assert load(folder).publication.title == "Hun versie"


def test_no_question_when_nobody_changed_the_file(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _edit(window)
    assert window.files.save()
    _edit(window, "Tweede")
    assert window.files.save()
    assert dialogs.disk_asked == []


def test_after_revert_the_disk_version_is_the_reference(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    _change_on_disk(sample_file)
    assert window.files.revert()
    assert window.document.publication.title == "Hun versie"
    _edit(window)
    assert window.files.save() and dialogs.disk_asked == []


# ---------------------------------------------------------------------------- unreadable files


def test_a_file_from_a_newer_podium_is_refused_and_never_touched(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "future"))
    json_file = folder / "publication.json"
    data = json.loads(json_file.read_text(encoding="utf-8"))
    json_file.write_text(json.dumps({**data, "schema_version": 99}), encoding="utf-8")
    newer = tmp_path / "future.podium"
    with (
        open(newer, "wb") as stream,
        zipfile.ZipFile(stream, "w") as archive,
    ):
        archive.writestr("mimetype", project_file_module.MIMETYPE)
        archive.writestr("publication.json", json_file.read_bytes())
    for path in (newer, folder):
        before = _snapshot(path)
        assert not window.files.open_path(path)
        assert window.document is None
        assert _snapshot(path) == before and not lock_path(path).exists()
    assert len(dialogs.errors) == 2
    assert all("made by a newer Podium (format version 99" in e for e in dialogs.errors)
    assert dialogs.errors[0].startswith("future.podium: ")


def _snapshot(path: Path) -> dict[str, bytes]:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    siblings = [p for p in path.parent.iterdir() if p.name.startswith(f".~lock.{path.name}")]
    return {str(p): p.read_bytes() for p in [*files, *siblings]}


# ---------------------------------------------------------------------------- failing saves


def test_a_save_failing_halfway_leaves_the_file_byte_identical(
    window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, monkeypatch
) -> None:
    assert window.files.open_path(sample_file)
    before = sample_file.read_bytes()
    _edit(window)

    def disk_full(project: Project, stream: BinaryIO) -> None:
        stream.write(b"PK\x03\x04 half a project")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_file_module, "_write_zip", disk_full)
    assert not window.files.save()
    assert dialogs.errors == [
        "sample.podium: could not be saved (No space left on device); "
        "the previous version is unchanged"
    ]
    assert sample_file.read_bytes() == before
    assert window.document.is_modified and window.isWindowModified()
    assert sorted(p.name for p in sample_file.parent.iterdir() if p.name.endswith(".tmp")) == []
    monkeypatch.undo()  # space again: the same document saves fine
    assert window.files.save() and load(sample_file).publication.title == "Mijn versie"


def test_a_failing_save_keeps_the_work_journaled(
    qtbot, window: MainWindow, dialogs: ScriptedDialogs, sample_file: Path, monkeypatch
) -> None:
    def refuse(_project: Project, path: Path) -> None:
        raise ProjectFileError(path, "could not be saved (Permission denied)")

    monkeypatch.setattr(files_module, "save", refuse)
    autosave = window.session.autosave
    autosave.set_interval(20)
    failures: list[str] = []
    autosave.sig_failed.connect(failures.append)
    assert window.files.open_path(sample_file)
    before = sample_file.read_bytes()
    _edit(window)
    assert not window.files.save()
    assert dialogs.errors == ["sample.podium: could not be saved (Permission denied)"]
    assert sample_file.read_bytes() == before and window.document.is_modified
    journal = autosave.journal_path
    assert journal is not None
    qtbot.waitUntil(lambda: bool(failures) or journal.with_suffix(".json").exists(), timeout=10_000)
    assert failures == [] and load(journal).publication == window.document.publication
