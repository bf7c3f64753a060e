"""Parts in the main window: add, move into and out of, remove, drag, each one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from editor.files import Choice, Dialogs
from editor.forms.part import PartForm
from editor.forms.section import SectionForm
from editor.main_window import MainWindow
from editor.targets import Target
from models import Publication
from models.publication import Part

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "show_error", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    return dialogs


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: Dialogs, day_file: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(day_file)
    return window


def _pub(window: MainWindow) -> Publication:
    assert window.document is not None
    return window.document.publication


def _tree(window: MainWindow) -> list[object]:
    return [
        (b.id, [i.id for i in b.blocks]) if isinstance(b, Part) else b.id
        for b in _pub(window).blocks
    ]


def _select(window: MainWindow, target: Target) -> None:
    window.select_target(target)
    assert window.current_target() == target


def _undo_text(window: MainWindow) -> str:
    return window.window_actions.undo.text()


def _undo_restores(window: MainWindow, before: Publication) -> None:
    """One undo brings back exactly ``before``: every structure edit is one step."""
    window.window_actions.undo.trigger()
    assert _pub(window) == before


ORIGINAL = [
    "welkom",
    ("ochtend", ["opening", "q-helder", "panel"]),
    "q-pauze",
    ("workshops", ["ws-a", "ws-b"]),
    "slot",
]


def test_the_navigator_shows_the_parts(window: MainWindow) -> None:
    assert _tree(window) == ORIGINAL
    model = window.navigator.navigator_model
    index = model.index_for(Target("section", "panel"))
    assert model.target_at(index.parent()) == Target("part", "ochtend")


def test_add_part_after_the_selection_with_its_title_ready(qtbot, window: MainWindow) -> None:
    before = _pub(window)
    _select(window, Target("section", "opening"))  # inside a part: the new part follows it
    window.structure.add_part.trigger()
    tree = _tree(window)
    new_id = tree[2][0]  # type: ignore[index]
    assert tree[2] == (new_id, []) and tree[:2] == ORIGINAL[:2]
    assert _pub(window).block(new_id).title == "Nieuw onderdeel"
    assert window.current_target() == Target("part", new_id)
    assert isinstance(window.form, PartForm)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert window.form.isAncestorOf(focused) and focused.text() == "Nieuw onderdeel"
    assert _undo_text(window) == "Undo Add part"
    _undo_restores(window, before)


def test_add_section_and_quote_into_the_selected_part(window: MainWindow) -> None:
    _select(window, Target("part", "workshops"))
    window.structure.add_section.trigger()
    section = _tree(window)[3][1][-1]  # type: ignore[index]
    assert window.current_target() == Target("section", section)
    _select(window, Target("section", "ws-a"))
    window.structure.add_quote.trigger()
    quote = _tree(window)[3][1][1]  # type: ignore[index]
    assert _tree(window)[3] == ("workshops", ["ws-a", quote, "ws-b", section])
    assert _pub(window).block(quote).text == "Nieuw citaat"  # type: ignore[union-attr]


def test_move_into_and_out_of_a_part_one_step_each(window: MainWindow) -> None:
    structure = window.structure
    _select(window, Target("section", "welkom"))
    assert structure.move_into.isEnabled() and not structure.move_out.isEnabled()
    structure.move_into_menu.aboutToShow.emit()  # as opening the submenu does
    entries = [(a.text(), a.isEnabled()) for a in structure.move_into_menu.actions()]
    assert entries == [("De presentaties", True), ("Workshopronde 1", True)]
    before = _pub(window)
    structure.move_into_menu.actions()[1].trigger()
    assert _tree(window)[2] == ("workshops", ["ws-a", "ws-b", "welkom"])
    assert window.current_target() == Target("section", "welkom")  # stays selected
    assert _undo_text(window) == "Undo Move section into part"
    assert structure.move_out.isEnabled()
    structure.move_into_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in structure.move_into_menu.actions()] == [True, False]
    moved = _pub(window)
    structure.move_out.trigger()
    assert _tree(window)[2:4] == [("workshops", ["ws-a", "ws-b"]), "welkom"]  # after its part
    assert _undo_text(window) == "Undo Move section out of part"
    _undo_restores(window, moved)
    _undo_restores(window, before)


def test_move_up_and_down_stay_within_the_part(window: MainWindow) -> None:
    structure = window.structure
    _select(window, Target("quote", "q-helder"))
    structure.move_down.trigger()
    assert _tree(window)[1] == ("ochtend", ["opening", "panel", "q-helder"])
    assert not structure.move_down.isEnabled()  # last in its part
    assert _undo_text(window) == "Undo Move quote"
    _select(window, Target("part", "workshops"))
    structure.move_up.trigger()  # a part moves with what it holds
    assert _tree(window)[2] == ("workshops", ["ws-a", "ws-b"])
    assert _undo_text(window) == "Undo Move part"


def test_delete_a_part_keeps_its_contents(window: MainWindow) -> None:
    before = _pub(window)
    _select(window, Target("part", "ochtend"))
    assert window.structure.delete_with_contents.isEnabled()
    window.structure.delete.trigger()
    tree = _tree(window)
    intro = tree[1]  # the part's intro is kept as an untitled section where the part stood
    assert tree[0] == "welkom" and tree[2:5] == ["opening", "q-helder", "panel"]
    assert window.current_target() == Target("section", intro)
    assert _undo_text(window) == "Undo Remove part, keep its contents"
    _undo_restores(window, before)
    _select(window, Target("part", "workshops"))
    window.structure.delete_with_contents.trigger()
    assert _tree(window) == [*ORIGINAL[:3], "slot"]
    assert _undo_text(window) == "Undo Delete part with its contents"
    _undo_restores(window, before)
    _select(window, Target("section", "ws-a"))
    assert not window.structure.delete_with_contents.isEnabled()


def test_duplicate_a_part(window: MainWindow) -> None:
    _select(window, Target("part", "workshops"))
    window.structure.duplicate.trigger()
    copy, inner = _tree(window)[4]  # type: ignore[misc]
    assert len(inner) == 2 and not set(inner) & {"ws-a", "ws-b"}
    assert window.current_target() == Target("part", copy)
    assert _undo_text(window) == "Undo Duplicate part"


def test_drag_a_section_into_and_out_of_a_part(qtbot, window: MainWindow) -> None:
    model = window.navigator.navigator_model
    part = model.index_for(Target("part", "workshops"))
    data = model.mimeData([model.index_for(Target("section", "slot"))])
    before = _pub(window)
    with qtbot.waitSignal(window.document.sig_document_changed):
        assert model.dropMimeData(data, MOVE, 1, 0, part)
    assert _tree(window)[3] == ("workshops", ["ws-a", "slot", "ws-b"])
    assert _undo_text(window) == "Undo Move section into part"
    moved = _pub(window)
    content = model.index_for(Target("blocks"))
    data = model.mimeData([model.index_for(Target("section", "ws-a"))])
    with qtbot.waitSignal(window.document.sig_document_changed):
        assert model.dropMimeData(data, MOVE, 0, 0, content)
    assert _tree(window)[0] == "ws-a"
    assert _undo_text(window) == "Undo Move section out of part"
    _undo_restores(window, moved)
    _undo_restores(window, before)


def test_a_section_in_a_part_has_its_form(qtbot, window: MainWindow) -> None:
    _select(window, Target("section", "panel"))
    form = window.form
    assert isinstance(form, SectionForm) and form.item_exists
    assert form.base_loc() == ("blocks", 1, "blocks", 2)
    title = form.editors["title"].input_widget()
    title.setText("Het panel")
    title.textEdited.emit("Het panel")
    assert _pub(window).block("panel").title == "Het panel"  # type: ignore[union-attr]
    label = window.navigator.navigator_model.index_for(Target("section", "panel")).data()
    assert label == "Het panel"
    window.go_to_loc(("blocks", 3, "blocks", 1, "title"))  # a problem inside a part
    assert window.current_target() == Target("section", "ws-b")


def test_structure_actions_are_off_in_review_mode(window: MainWindow) -> None:
    _select(window, Target("section", "welkom"))
    window.review.review_mode.trigger()
    window.structure.move_into_menu.aboutToShow.emit()
    assert not any(action.isEnabled() for action in window.structure.all)
    assert window.structure.move_into_menu.actions() == []


def test_the_menu_and_toolbar_offer_the_part_actions(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    structure = [a.text() for a in menus["&Structure"].actions() if not a.isSeparator()]
    assert structure == [
        "Add pa&rt",
        "Add &section",
        "Add &quote",
        "Add s&peaker",
        "&Duplicate",
        "De&lete",
        "Delete part &with its contents",
        "Move &up",
        "Move do&wn",
        "Move &into part",
        "Move &out of part",
    ]
    assert window.structure.add_part in window.toolbar.actions()
    shortcut = window.structure.add_part.shortcut().toString()
    assert shortcut == "Ctrl+Shift+G"


def test_an_empty_part_is_removed_and_the_selection_moves_on(window: MainWindow) -> None:
    _select(window, Target("quote", "q-pauze"))
    window.structure.add_part.trigger()
    new_id = _tree(window)[3][0]  # type: ignore[index]
    window.structure.delete.trigger()
    assert _tree(window) == ORIGINAL
    assert _undo_text(window) == "Undo Remove part, keep its contents"
    assert window.current_target() is not None
    assert window.current_target() != Target("part", new_id)
