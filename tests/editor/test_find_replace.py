"""Find and replace in the main window: shortcuts, the list of hits, going to a hit, replacing
as one undo step, and read-only review mode."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QTextEdit

import resources
from editor.files import Choice, Dialogs
from editor.find_replace import FindReplace
from editor.main_window import MainWindow
from editor.problem_text import where_text
from editor.targets import Target
from models.edit import replace_at
from models.search import find

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Real dialogs with every question patched: nothing ever blocks a test."""
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, _t, message: dialogs.errors.append(message)
    )
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    return dialogs


def _window(qtbot: Any, tmp_path: Path, dialogs: Dialogs, *, review: bool = False) -> MainWindow:
    copy = Path(shutil.copytree(SAMPLE, tmp_path / "sample"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs, review=review)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(copy)
    return window


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, dialogs: Dialogs) -> MainWindow:
    return _window(qtbot, tmp_path, dialogs)


def _search(
    qtbot: Any, window: MainWindow, text: str, *, replace: str | None = None
) -> FindReplace:
    finder = window.find_replace
    if replace is None:
        finder.open_find()
    else:
        finder.open_replace()
        finder.panel.replace_edit.setText(replace)
    finder.panel.find_edit.setText(text)
    assert finder.pending  # looks once the typing pauses
    qtbot.waitUntil(lambda: not finder.pending)
    return finder


def _occurrences(window: MainWindow, text: str) -> int:
    assert window.document is not None
    return len(find(window.document.publication, text, case_sensitive=True))


# ------------------------------------------------------------------ menus and keys


def test_edit_menu_offers_find_and_replace(window: MainWindow) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    texts = [action.text() for action in edit.actions()]
    assert {"&Find…", "R&eplace…", "Find &next", "Find pre&vious"} <= set(texts)
    finder = window.find_replace
    assert finder.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert QKeySequence("Ctrl+H") in finder.replace_action.shortcuts()
    assert finder.next_action.shortcut() == QKeySequence("F3")
    assert finder.previous_action.shortcut() == QKeySequence("Shift+F3")


def test_ctrl_f_opens_find_and_ctrl_h_adds_replace(qtbot: Any, window: MainWindow) -> None:
    finder = window.find_replace
    assert not finder.dock.isVisible()
    window.activateWindow()
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert finder.dock.isVisible()
    assert finder.panel.find_edit.hasFocus()
    assert not finder.panel.replace_edit.isVisible()
    qtbot.keyClick(finder.panel.find_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert finder.panel.replace_edit.isVisible()
    assert finder.panel.replace_edit.isEnabled()


def test_escape_closes_the_dock(qtbot: Any, window: MainWindow) -> None:
    finder = _search(qtbot, window, "Den Helder")
    window.activateWindow()
    finder.panel.find_edit.setFocus()
    qtbot.keyClick(finder.panel.find_edit, Qt.Key.Key_Escape)
    assert not finder.dock.isVisible()


def test_the_selection_becomes_the_query(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("details"), ("title",))
    assert window.form is not None
    field = window.form.focusWidget()
    assert isinstance(field, QLineEdit)
    field.setSelection(0, 6)  # "Ruimte"
    window.find_replace.open_find()
    assert window.find_replace.panel.find_edit.text() == "Ruimte"


# ------------------------------------------------------------------ the hits


def test_hits_say_where_they_are_with_a_snippet(qtbot: Any, window: MainWindow) -> None:
    finder = _search(qtbot, window, "den helder")
    hits = finder.hits
    assert len(hits) == _occurrences(window, "Den Helder") > 3
    tree = finder.panel.hits
    assert tree.topLevelItemCount() == len(hits)
    wheres = [tree.topLevelItem(i).text(0) for i in range(len(hits))]
    assert wheres[:4] == [
        "Section 2 ‘Uit de praktijk gegrepen: de…’, title",
        "Section 2 ‘Uit de praktijk gegrepen: de…’, paragraph 1",
        "Section 2 ‘Uit de praktijk gegrepen: de…’, paragraph 1",
        "Section 2 ‘Uit de praktijk gegrepen: de…’, paragraph 3",
    ]
    assert "Speaker ‘Willemijn Groot’, organisation" in wheres
    assert "Den Helder" in tree.topLevelItem(0).text(1)
    assert finder.panel.count_label.text() == f"{len(hits)} found"


def test_a_hit_is_placed_as_a_problem_at_its_field_is(qtbot: Any, window: MainWindow) -> None:
    """The list words a place as the Problems dock does: one wording, one translation."""
    finder = _search(qtbot, window, "den helder")
    tree = finder.panel.hits
    for row, hit in enumerate(finder.hits):
        assert tree.topLevelItem(row).text(0) == where_text(hit.place)


def test_activating_a_hit_selects_it_in_its_field(qtbot: Any, window: MainWindow) -> None:
    finder = _search(qtbot, window, "den helder")
    rows = [i for i, h in enumerate(finder.hits) if h.loc[-1] == "text" and "body" in h.loc]
    tree = finder.panel.hits
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(rows[0]))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    hit = finder.hits[rows[0]]
    assert window.current_target() == Target("section", window.document.publication.blocks[3].id)
    assert window.form is not None
    field = window.form.focusWidget()
    assert isinstance(field, QTextEdit)  # a rich field: it shows formatting, not marks
    cursor = field.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (hit.shown_start, hit.shown_end)
    assert cursor.selectedText() == "Den Helder"
    assert field.hasFocus()
    assert finder.current == rows[0]


def test_a_hit_after_marks_is_selected_as_shown(qtbot: Any, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    loc = ("blocks", 3, "body", 0, "text")
    text = "**Vet**, *schuin* en [een link](https://example.org/zoekterm) bij de zoekterm."
    document.apply(replace_at(document.publication, loc, text), "text")
    finder = _search(qtbot, window, "zoekterm")
    (row,) = [i for i, hit in enumerate(finder.hits) if hit.loc == loc]  # not the address
    finder.go_to(row)
    assert window.form is not None
    field = window.form.focusWidget()
    assert isinstance(field, QTextEdit)
    assert field.textCursor().selectedText() == "zoekterm"


def test_f3_goes_to_the_next_hit_in_a_line_field(qtbot: Any, window: MainWindow) -> None:
    finder = _search(qtbot, window, "organisatie")
    first = finder.hits[0]
    assert first.loc == ("blocks", 1, "title")
    window.activateWindow()
    qtbot.keyClick(finder.panel.find_edit, Qt.Key.Key_F3)
    assert finder.current == 0
    assert window.form is not None
    field = window.form.focusWidget()
    assert isinstance(field, QLineEdit)
    assert field.selectedText() == "organisatie"
    qtbot.keyClick(field, Qt.Key.Key_F3)
    assert finder.current == 1
    qtbot.keyClick(window.form.focusWidget(), Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert finder.current == 0


def test_enter_before_the_pause_goes_to_the_first_hit(qtbot: Any, window: MainWindow) -> None:
    finder = window.find_replace
    finder.open_find()
    finder.panel.find_edit.setText("organisatie")
    assert finder.pending
    qtbot.keyClick(finder.panel.find_edit, Qt.Key.Key_Return)
    assert finder.current == 0
    assert finder.hits[0].found == "organisatie"
    assert finder.panel.find_edit.hasFocus()  # Enter again goes on from here


def test_a_long_list_is_cut_short(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("editor.find_replace.LISTED", 3)
    finder = _search(qtbot, window, "de")
    assert len(finder.hits) > 3
    tree = finder.panel.hits
    assert tree.topLevelItemCount() == 4
    assert tree.topLevelItem(3).text(1).startswith(f"… and {len(finder.hits) - 3} more")
    finder.step(1)
    finder.step(-1)
    finder.step(-1)
    assert finder.current == len(finder.hits) - 2  # F3 reaches hits beyond the list


def test_the_list_follows_the_document(qtbot: Any, window: MainWindow) -> None:
    finder = _search(qtbot, window, "Den Helder")
    before = len(finder.hits)
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("subtitle",), "Den Helder"), "subtitle")
    qtbot.waitUntil(lambda: len(finder.hits) == before + 1)
    assert finder.panel.hits.topLevelItemCount() == before + 1


# ------------------------------------------------------------------ replacing


def test_replace_all_is_one_undo_step(qtbot: Any, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    original = document.publication
    count = _occurrences(window, "Den Helder")
    steps = document.undo_stack.count()
    finder = _search(qtbot, window, "Den Helder", replace="Den *Haag*")
    finder.panel.replace_all_button.click()
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == f"Replace ‘Den Helder’ with ‘Den *Haag*’ ({count}×)"
    assert _occurrences(window, "Den Helder") == 0
    assert _occurrences(window, "Den *Haag*") == count  # the marks were escaped
    assert finder.hits == []
    document.undo_stack.undo()
    assert document.publication == original


def test_replace_one_then_move_on(qtbot: Any, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    original = document.publication
    count = _occurrences(window, "Den Helder")
    finder = _search(qtbot, window, "Den Helder", replace="Den Helder-Zuid")
    finder.go_to(1)
    target = finder.hits[1]
    steps = document.undo_stack.count()
    finder.panel.replace_button.click()
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Replace ‘Den Helder’ with ‘Den Helder-Zuid’ (1×)"
    assert _occurrences(window, "Den Helder-Zuid") == 1
    assert len(finder.hits) == count  # the new text holds the query too
    current = finder.hits[finder.current]
    assert (current.loc, current.shown_start) != (target.loc, target.shown_start)  # moved on
    document.undo_stack.undo()
    assert document.publication == original


def test_emptying_a_name_is_refused_with_a_message(
    qtbot: Any, window: MainWindow, dialogs: Dialogs
) -> None:
    document = window.document
    assert document is not None
    steps = document.undo_stack.count()
    finder = _search(qtbot, window, "Joost Kampen", replace="")
    finder.replace_all()
    assert document.undo_stack.count() == steps
    errors = dialogs.errors  # type: ignore[attr-defined]
    assert errors == ["Replacing would leave Speaker ‘Joost Kampen’, name empty."]


def test_review_mode_finds_but_does_not_replace(
    qtbot: Any, tmp_path: Path, dialogs: Dialogs
) -> None:
    window = _window(qtbot, tmp_path, dialogs, review=True)
    document = window.document
    assert document is not None
    steps = document.undo_stack.count()
    finder = _search(qtbot, window, "Den Helder", replace="Den Haag")
    assert finder.hits
    assert not finder.panel.replace_edit.isEnabled()
    assert not finder.panel.replace_all_button.isEnabled()
    finder.replace_all()
    finder.replace_current()
    assert document.undo_stack.count() == steps
    assert _occurrences(window, "Den Haag") == 0
