"""New, open, save, save as, revert, close: through the window's actions, with patched dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import resources
from editor.files import MAX_RECENT, RECENT_KEY, Choice, Dialogs
from editor.main_window import MainWindow
from editor.targets import Target
from models import load, save
from models.edit import replace_at
from models.preload import Preload

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


class Script:
    """What the patched dialogs answer, and what they were shown."""

    def __init__(self) -> None:
        self.save_choice = Choice.DISCARD
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.errors: list[str] = []
        self.prompts: list[str] = []


@pytest.fixture
def script(monkeypatch) -> tuple[Dialogs, Script]:
    dialogs, script = Dialogs(), Script()

    def ask(_parent, name: str) -> Choice:
        script.prompts.append(name)
        return script.save_choice

    monkeypatch.setattr(dialogs, "ask_save_changes", ask)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: script.errors.append(m))
    monkeypatch.setattr(dialogs, "choose_open_file", lambda _p, _s: script.open_path)
    monkeypatch.setattr(dialogs, "choose_open_folder", lambda _p, _s: script.open_path)
    monkeypatch.setattr(dialogs, "choose_save_file", lambda _p, _s: script.save_path)
    return dialogs, script


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, script, settings: QSettings) -> MainWindow:
    window = MainWindow(settings=settings, dialogs=script[0])
    qtbot.addWidget(window)
    window.show()
    return window


def _edit(window: MainWindow, title: str = "Anders") -> None:
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("title",), title), "Edit title")


def test_start_view_without_a_file(window: MainWindow) -> None:
    assert window.document is None and window.pages.currentWidget() is window.start_view
    assert not window.window_actions.save.isEnabled()
    empty = window.start_view.recent.item(0)
    assert window.start_view.recent.count() == 1 and not empty.flags()  # "No recent … yet"


def test_open_dialog_save_reopen(window: MainWindow, script, sample_file: Path, tmp_path) -> None:
    script[1].open_path = sample_file
    window.window_actions.open.trigger()
    assert window.document.path == sample_file
    _edit(window)
    window.window_actions.save.trigger()
    assert not window.isWindowModified()
    assert load(sample_file).publication == window.document.publication
    assert sample_file.with_name("sample.podium~").exists()  # the previous version is kept


def test_open_folder(window: MainWindow, script, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    script[1].open_path = folder
    window.window_actions.open_folder.trigger()
    assert window.document.path == folder and window.windowTitle() == "project[*] — Podium"


def test_a_project_read_while_the_editor_started_opens_locked(
    window: MainWindow, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file, Preload(sample_file))
    assert window.document.path == sample_file
    assert window.document.publication == load(sample_file).publication
    assert not window.session.locked_elsewhere and window.window_actions.save.isEnabled()


def test_a_refused_file_read_while_the_editor_started_says_why(
    window: MainWindow, script, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.podium"
    broken.write_bytes(b"not a zip at all")
    assert not window.files.open_path(broken, Preload(broken))
    assert window.document is None
    assert "broken.podium" in script[1].errors[-1]


def test_save_as_adds_the_suffix_and_becomes_recent(
    window: MainWindow, script, sample_file: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_path = tmp_path / "copy"
    window.window_actions.save_as.trigger()
    copy = tmp_path / "copy.podium"
    assert window.document.path == copy and not window.isWindowModified()
    assert window.windowTitle() == "copy.podium[*] — Podium"
    assert load(copy).publication.title == "Anders"
    assert load(sample_file).publication.title != "Anders"  # the original is untouched
    assert window.files.recent_files()[:2] == [copy, sample_file]
    script[1].save_path = None  # cancelled: nothing happens
    assert not window.files.save_as()


def test_the_day_example_opens_as_untitled_copy_with_its_parts(window: MainWindow) -> None:
    day = SAMPLE.parent / "iedereen-digitaal-mee"
    window.window_actions.open_day_example.trigger()
    assert window.document.path is None
    publication = window.document.publication
    assert publication == load(day).publication
    assert any(block.kind == "part" for block in publication.blocks)


def test_example_opens_as_untitled_copy(window: MainWindow, script, tmp_path: Path) -> None:
    before = (SAMPLE / "publication.json").read_bytes()
    window.window_actions.open_example.trigger()
    assert window.document.path is None
    assert window.windowTitle() == "Untitled[*] — Podium"
    assert window.document.publication == load(SAMPLE).publication
    _edit(window)
    script[1].save_path = tmp_path / "mine.podium"
    window.window_actions.save.trigger()  # untitled: Save asks where
    assert window.document.path == tmp_path / "mine.podium"
    assert (SAMPLE / "publication.json").read_bytes() == before


def test_new_publication(window: MainWindow) -> None:
    window.window_actions.new.trigger()
    assert window.document.publication.title == "Nieuwe publicatie"
    assert window.document.path is None and not window.isWindowModified()
    assert window.current_target() == Target("details")


def test_revert_is_one_undoable_step(window: MainWindow, sample_file: Path) -> None:
    window.files.open_path(sample_file)
    saved = window.document.publication
    _edit(window)
    window.window_actions.revert.trigger()
    assert window.document.publication == saved and not window.isWindowModified()
    assert window.window_actions.undo.text() == "Undo Revert"
    window.window_actions.undo.trigger()
    assert window.document.publication.title == "Anders" and window.isWindowModified()


def test_failed_save_keeps_the_document_modified(
    window: MainWindow, script, sample_file: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_path = tmp_path / "missing-folder" / "x.podium"
    window.window_actions.save_as.trigger()
    assert len(script[1].errors) == 1 and "could not be saved" in script[1].errors[0]
    assert window.isWindowModified() and window.document.path == sample_file


def test_broken_file_shows_the_error_and_keeps_the_document(
    window: MainWindow, script, sample_file: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    broken = tmp_path / "broken.podium"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    script[1].open_path = broken
    window.window_actions.open.trigger()
    assert script[1].errors == ["broken.podium: the file is damaged or incomplete (truncated zip)"]
    assert script[1].prompts == []  # nothing to decide: the file never opened
    assert window.document.path == sample_file and window.document.publication.title == "Anders"


def test_opening_another_file_asks_first(
    window: MainWindow, script, sample_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.podium"
    shutil.copy(sample_file, other)
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_choice = Choice.CANCEL
    assert not window.files.open_path(other)
    assert window.document.path == sample_file and script[1].prompts == ["sample.podium"]
    script[1].save_choice = Choice.SAVE
    assert window.files.open_path(other)
    assert window.document.path == other and load(sample_file).publication.title == "Anders"


def test_close_with_unsaved_changes(qtbot, window: MainWindow, script, sample_file: Path) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_choice = Choice.CANCEL
    assert not window.close()
    assert window.isVisible() and window.document is not None
    script[1].save_choice = Choice.DISCARD
    assert window.close()
    assert not window.isVisible()
    assert load(sample_file).publication.title != "Anders"  # discarded


def test_quit_saves_when_asked(window: MainWindow, script, sample_file: Path) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_choice = Choice.SAVE
    window.window_actions.quit.trigger()
    assert not window.isVisible() and load(sample_file).publication.title == "Anders"


def test_close_document_asks_too(window: MainWindow, script, sample_file: Path) -> None:
    window.files.open_path(sample_file)
    _edit(window)
    script[1].save_choice = Choice.CANCEL
    window.window_actions.close.trigger()
    assert window.document is not None
    script[1].save_choice = Choice.DISCARD
    window.window_actions.close.trigger()
    assert window.document is None


def test_recent_files(window: MainWindow, settings: QSettings, tmp_path: Path) -> None:
    paths = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"p{number}.podium"
        paths.append(path)
        save(load(SAMPLE), path)
        assert window.files.open_path(path)
    recent = window.files.recent_files()
    assert recent == list(reversed(paths))[:MAX_RECENT]
    paths[-1].unlink()  # gone files are pruned
    assert window.files.recent_files()[0] == paths[-2]
    assert str(paths[-1]) not in settings.value(RECENT_KEY, [], list)
    window.window_actions.fill_recent_menu()
    entries = [
        a for a in window.window_actions.recent_menu.actions() if a.toolTip().endswith(".podium")
    ]
    assert entries[0].text() == f"&1 {paths[-2].name}"
    entries[3].trigger()
    assert window.document.path == paths[-5]
    window.window_actions.close.trigger()
    assert window.start_view.recent.count() == MAX_RECENT - 1
    window.start_view.recent.itemActivated.emit(window.start_view.recent.item(0))
    assert window.document.path == paths[-5]  # reopened: now the most recent
    window.files.clear_recent()
    assert window.files.recent_files() == []


def test_a_broken_file_is_explained_in_the_interface_language(
    qapp, window: MainWindow, script, tmp_path: Path
) -> None:
    """The core's reasons are messages (models/message.py): a Dutch dialog says it in Dutch."""
    from editor import i18n

    broken = tmp_path / "kapot.podium"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    script[1].open_path = broken
    translators = i18n.Translators(qapp, "nl")
    try:
        window.window_actions.open.trigger()
    finally:
        translators.remove()
    assert script[1].errors == [
        "kapot.podium: het bestand is beschadigd of onvolledig (afgekapt zipbestand)"
    ]
