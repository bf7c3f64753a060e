"""The main window, driven through its QActions: navigation, structure edits, undo, exports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

import resources
from editor.files import Choice, Dialogs
from editor.forms import FormWidget
from editor.main_window import MainWindow
from editor.preview.pane import PreviewPane
from editor.review.dialogs import ExportChoice
from editor.targets import Target
from models import Problem, save
from models import operations as ops
from models.edit import replace_at

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    """Real dialogs with every question patched: nothing ever blocks a test."""
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, _t, message: dialogs.errors.append(message)
    )
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    return dialogs


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of the sample folder: saving in a test must never touch the bundled one."""
    return Path(shutil.copytree(SAMPLE, tmp_path / "ruimte-voor-professionals"))


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: Dialogs, sample_copy: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(sample_copy)
    return window


def _without_ids(data: object) -> object:
    """A model dump without its ``id`` keys, at every depth (a copy gets fresh ids)."""
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list | tuple):
        return [_without_ids(item) for item in data]
    return data


def _ids(window: MainWindow, list_name: str = "blocks") -> list[str]:
    assert window.document is not None
    return [item.id for item in getattr(window.document.publication, list_name)]


def test_opens_the_sample(window: MainWindow) -> None:
    assert window.windowTitle() == "ruimte-voor-professionals[*] — Podium"
    assert not window.isWindowModified()
    assert window.pages.currentWidget() is window.splitter
    assert window.current_target() == Target("details")
    assert [window.splitter.widget(i) for i in range(3)] == [
        window.navigator,
        window.form_area,
        window.preview,
    ]
    assert isinstance(window.preview, PreviewPane)


@pytest.mark.parametrize(
    "target",
    [
        Target("details"),
        Target("intro"),
        Target("speakers"),
        Target("speaker", "marco-webeling"),
        Target("blocks"),
        Target("section", "den-helder"),
        Target("quote", "quote-maatwerk"),
        Target("colophon"),
        Target("theme"),
    ],
)
def test_selecting_an_entry_shows_its_form(window: MainWindow, target: Target) -> None:
    index = window.navigator.navigator_model.index_for(target)
    window.navigator.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )  # as a click or arrow key does
    assert isinstance(window.form, FormWidget)
    assert window.form.target == target
    assert window.form.parent() is window.form_area and window.form.isVisible()
    assert window.current_target() == target


def _select(window: MainWindow, target: Target) -> None:
    window.select_target(target)
    assert window.current_target() == target


def test_add_section_undo_redo(qtbot, window: MainWindow) -> None:
    _select(window, Target("section", "den-helder"))
    before = _ids(window)
    window.structure.add_section.trigger()
    after = _ids(window)
    new_id = after[4]
    assert after[:4] == before[:4] and after[5:] == before[4:]
    assert window.current_target() == Target("section", new_id)  # selected for editing
    assert window.form is not None and window.form.target == Target("section", new_id)
    assert window.document.publication.block(new_id).title == "Nieuwe sectie"
    assert window.window_actions.undo.text() == "Undo Add section"
    assert window.isWindowModified()
    assert _focused_in_form(qtbot, window).text() == "Nieuwe sectie"  # ready to type the title
    window.window_actions.undo.trigger()
    assert _ids(window) == before and not window.isWindowModified()
    assert window.current_target() == Target("quote", "quote-bodem")  # the neighbour
    assert window.window_actions.redo.text() == "Redo Add section"
    window.window_actions.redo.trigger()
    assert _ids(window) == after


def test_add_quote_and_speaker(window: MainWindow) -> None:
    _select(window, Target("speakers"))
    window.structure.add_quote.trigger()  # no block selected: at the end
    quote = _ids(window)[-1]
    assert window.document.publication.block(quote).text == "Nieuw citaat"
    assert window.current_target() == Target("quote", quote)
    assert window.window_actions.undo.text() == "Undo Add quote"
    _select(window, Target("speaker", "joost-kampen"))
    window.structure.add_speaker.trigger()
    speaker = _ids(window, "speakers")[1]
    assert window.document.publication.speaker(speaker).name == "Nieuwe spreker"
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert quote not in _ids(window) and speaker not in _ids(window, "speakers")
    window.window_actions.redo.trigger()
    assert quote in _ids(window)


def test_move_section_and_quote(window: MainWindow) -> None:
    before = _ids(window)
    _select(window, Target("section", "den-helder"))
    assert window.structure.move_up.isEnabled() and window.structure.move_down.isEnabled()
    window.structure.move_up.trigger()
    assert _ids(window).index("den-helder") == 2
    assert window.window_actions.undo.text() == "Undo Move section"
    assert window.current_target() == Target("section", "den-helder")  # stays selected
    _select(window, Target("quote", "quote-flexibel"))
    assert not window.structure.move_down.isEnabled()  # already last
    window.structure.move_up.trigger()
    assert _ids(window)[-2] == "quote-flexibel"
    assert window.window_actions.undo.text() == "Undo Move quote"
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert _ids(window) == before
    window.window_actions.redo.trigger()
    assert _ids(window).index("den-helder") == 2


def test_delete_section_and_quote(window: MainWindow) -> None:
    before = _ids(window)
    _select(window, Target("quote", "quote-maatwerk"))
    window.structure.delete.trigger()
    assert "quote-maatwerk" not in _ids(window)
    assert window.window_actions.undo.text() == "Undo Delete quote"
    _select(window, Target("section", "den-helder"))
    window.structure.delete.trigger()
    assert window.window_actions.undo.text() == "Undo Delete section"
    assert len(_ids(window)) == len(before) - 2
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert _ids(window) == before
    window.window_actions.redo.trigger()
    assert "quote-maatwerk" not in _ids(window)


def test_duplicate(window: MainWindow) -> None:
    _select(window, Target("section", "den-helder"))
    window.structure.duplicate.trigger()
    copy = _ids(window)[4]
    pub = window.document.publication
    new, original = pub.block(copy), pub.block("den-helder")
    assert _without_ids(new.model_dump()) == _without_ids(original.model_dump())
    assert new.body and not {b.id for b in new.body} & {b.id for b in original.body}
    assert window.current_target() == Target("section", copy)
    assert window.window_actions.undo.text() == "Undo Duplicate section"


def test_delete_referenced_speaker_asks_and_removes_references(
    window: MainWindow, dialogs: Dialogs, monkeypatch
) -> None:
    asked: list[tuple[str, list[str]]] = []
    answer = [False]

    def confirm(_parent, name: str, places: list[str]) -> bool:
        asked.append((name, list(places)))
        return answer[0]

    monkeypatch.setattr(dialogs, "confirm_delete_speaker", confirm)
    _select(window, Target("speaker", "joost-kampen"))
    window.structure.delete.trigger()  # cancelled: nothing changes
    assert "joost-kampen" in _ids(window, "speakers") and not window.isWindowModified()
    assert asked == [
        (
            "Joost Kampen",
            ["Section: Verandering leiden in een verwaarloosde organisatie, hoe doe je dat?"],
        )
    ]
    answer[0] = True
    window.structure.delete.trigger()
    pub = window.document.publication
    assert "joost-kampen" not in _ids(window, "speakers")
    assert ops.speaker_references(pub, "joost-kampen") == []
    assert pub.block("verwaarloosde-organisatie").speaker_ids == ()
    assert window.window_actions.undo.text() == "Undo Delete speaker"
    window.window_actions.undo.trigger()
    assert window.document.publication.block("verwaarloosde-organisatie").speaker_ids == (
        "joost-kampen",
    )


def test_unreferenced_speaker_is_deleted_without_asking(window: MainWindow, dialogs, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm_delete_speaker", lambda *a: pytest.fail("asked"))
    _select(window, Target("speaker", "joost-kampen"))
    window.structure.add_speaker.trigger()
    window.structure.delete.trigger()
    assert _ids(window, "speakers")[0] == "joost-kampen" and len(_ids(window, "speakers")) == 5


def test_drag_and_drop_reorders_through_the_document(qtbot, window: MainWindow) -> None:
    model = window.navigator.navigator_model
    content = model.index_for(Target("blocks"))
    data = model.mimeData([model.index_for(Target("section", "den-helder"))])
    with qtbot.waitSignal(window.document.sig_document_changed):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, content)
    assert _ids(window)[0] == "den-helder"
    assert window.window_actions.undo.text() == "Undo Move section"
    speakers = model.index_for(Target("speakers"))
    with qtbot.waitSignal(window.document.sig_document_changed):
        model.moveRows(speakers, 0, 1, speakers, 5)
    assert _ids(window, "speakers")[-1] == "joost-kampen"
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert _ids(window)[1] == "verwaarloosde-organisatie" and not window.isWindowModified()


def test_undo_names_the_edit_and_the_title_shows_modified(window: MainWindow) -> None:
    document = window.document
    document.apply(
        replace_at(document.publication, ("blocks", 3, "title"), "Den Helder"),
        "Edit section title",
    )
    assert window.window_actions.undo.text() == "Undo Edit section title"
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    label = window.navigator.navigator_model.index_for(Target("section", "den-helder")).data()
    assert label == "Den Helder"
    window.window_actions.save.trigger()
    assert not window.isWindowModified()


def test_shortcuts(window: MainWindow) -> None:
    a, s = window.window_actions, window.structure
    Key = QKeySequence.StandardKey
    for action, key in (
        (a.new, Key.New),
        (a.open, Key.Open),
        (a.save, Key.Save),
        (a.save_as, Key.SaveAs),
        (a.close, Key.Close),
        (a.quit, Key.Quit),
        (a.undo, Key.Undo),
    ):
        assert action.shortcut() == QKeySequence(key)
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(a.redo.shortcuts())
    assert s.add_section.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert s.duplicate.shortcut() == QKeySequence("Ctrl+D")
    assert s.delete.shortcut() == QKeySequence("Delete")
    assert (s.move_up.shortcut(), s.move_down.shortcut()) == (
        QKeySequence("Alt+Up"),
        QKeySequence("Alt+Down"),
    )
    menus = [m.title() for m in (act.menu() for act in window.menuBar().actions()) if m]
    assert menus == ["&File", "&Edit", "&Structure", "&View", "&Review", "&Help"]
    for widget in (
        window.navigator,
        window.form_area,
        window.preview,
        window.problems.list,
        window.problems_button,
        window.toolbar,
    ):
        assert widget.accessibleName()


def _focused_in_form(qtbot, window: MainWindow) -> QWidget:
    """The widget with keyboard focus, which must lie in the current form."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert window.form is not None and window.form.isAncestorOf(focused)
    return focused


def test_problem_list_jumps_to_the_field(qtbot, window: MainWindow) -> None:
    assert window.problems.problems == []  # edits never make the document invalid
    window.problems.show_problems([Problem(("blocks", 3, "title"), "too long")])
    assert window.problems_button.text() == "1 problem(s)"
    window.problems.activate(0)
    assert window.current_target() == Target("section", "den-helder")
    focused = _focused_in_form(qtbot, window)
    assert focused.accessibleName() == "Title"
    assert focused.text() == window.document.publication.blocks[3].title
    window.problems.toggleViewAction().trigger()
    assert window.problems.isVisible()


def test_exports_run_in_the_background(qtbot, window: MainWindow, dialogs, monkeypatch, tmp_path):
    targets = {"pdf": tmp_path / "report.pdf", "html": tmp_path / "report"}
    monkeypatch.setattr(dialogs, "choose_export_file", lambda _p, kind, _s: targets[kind])
    monkeypatch.setattr(  # the sample is not approved: export it anyway, unmarked
        window.review.dialogs, "confirm_unapproved_export", lambda *_a: ExportChoice(False)
    )
    window.window_actions.export_pdf.trigger()
    window.window_actions.export_html.trigger()
    assert window.exports.running == 2  # triggering returned at once
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert dialogs.errors == []
    targets["pdf"] = tmp_path / "missing" / "x.pdf"
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    assert len(dialogs.errors) == 1 and "does not exist" in dialogs.errors[0]


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.podium"
    save(window.document.project, path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == path)
    assert window.windowTitle().startswith("dropped.podium")


def test_close_returns_to_the_start_view(window: MainWindow) -> None:
    window.window_actions.close.trigger()
    assert window.document is None and window.pages.currentWidget() is window.start_view
    assert window.windowTitle() == "Podium"
    assert (
        not window.structure.add_section.isEnabled() and not window.window_actions.save.isEnabled()
    )
    assert [b.text() for b in window.start_view.buttons] == [
        "New publication",
        "Open…",
        "Open folder…",
        "Open the example publication",
    ]
    window.start_view.buttons[0].click()
    assert window.document is not None and window.document.publication.title == "Nieuwe publicatie"


def test_review_mode_is_read_only(qtbot, tmp_path: Path, dialogs: Dialogs, sample_copy) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs, review=True)
    qtbot.addWidget(window)
    window.files.open_path(sample_copy)
    assert window.document.read_only and "(review)" in window.windowTitle()
    _select(window, Target("section", "den-helder"))
    assert not any(action.isEnabled() for action in window.structure.all)


def test_layout_is_remembered(qtbot, tmp_path: Path, dialogs: Dialogs) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 500, 400])
    sizes = first.splitter.sizes()
    first.close()
    assert settings.value("window/geometry") is not None
    second = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == sizes
