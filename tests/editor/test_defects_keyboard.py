"""Issue 14: the keyboard follows the screen.

Tab goes from the navigator into the form's first field and through the form top to bottom;
Enter in the navigator opens the form; F6 cycles the visible panes; the move buttons are
reachable; a new section's title is selected, so typing replaces it.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.targets import Target

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(Path(shutil.copytree(SAMPLE, tmp_path / "sample")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: Any, backwards: bool = False) -> QWidget:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(focused(), key)
    return focused()


def in_form(window: MainWindow, widget: QWidget) -> bool:
    return window.form is not None and window.form.isAncestorOf(widget)


def test_one_tab_from_the_navigator_reaches_the_first_field(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    window.navigator.setFocus()
    count = 0
    while not in_form(window, focused()):
        tab(qtbot)
        count += 1
        assert count <= 2, f"Tab {count} went to {focused()!r}"
    assert focused().accessibleName() == "Title"
    assert in_form(window, focused())
    tab(qtbot, backwards=True)
    assert focused() is window.navigator


def test_tab_through_a_section_form_goes_top_to_bottom(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    assert window.form is not None
    window.form.focus_first()
    visited: list[QWidget] = [focused()]
    while True:
        widget = tab(qtbot)
        if not in_form(window, widget):
            break
        assert widget not in visited, "Tab went round inside the form"
        visited.append(widget)
    assert window.preview.isAncestorOf(focused())  # past the last field: the preview
    fields = list(window.form.editors)  # in the order the form shows them
    rows = [
        fields.index(name)
        for widget in visited
        for name, editor in window.form.editors.items()
        if editor is widget or editor.isAncestorOf(widget)
    ]
    assert rows == sorted(rows) and rows[0] == 0 and rows[-1] == len(fields) - 1
    names = [w.accessibleName() or getattr(w, "text", str)() for w in visited]
    add_person = names.index("People")  # the "Add person" button
    assert names.index("Title") < names.index("Speaker") < add_person  # rows before "Add"
    assert any(name.startswith("Move takeaway 1 down") for name in names)  # reachable


def test_added_rows_keep_the_drawing_order(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    assert window.form is not None
    takeaways = window.form.editors["takeaways"]
    takeaways.add()  # type: ignore[attr-defined]
    chain = window.form.tab_chain()
    add_button = takeaways.add_button  # type: ignore[attr-defined]
    new_row = [w for w in chain if w.accessibleName() == "Takeaway 3 of 3"]
    assert new_row and chain.index(new_row[0]) < chain.index(add_button)


def test_typing_does_not_reorder_but_a_new_row_does(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the order walks every layout of the form: only a new row needs it."""
    import editor.forms.base as base

    walks: list[QWidget] = []
    real = base.visual_chain
    monkeypatch.setattr(base, "visual_chain", lambda root: walks.append(root) or real(root))
    window.select_target(Target("section", "den-helder"))
    assert window.form is not None
    walks.clear()
    title = window.form.editors["title"].input_widget()
    title.setFocus()
    qtbot.keyClicks(title, "abc")
    assert walks == []
    takeaways = window.form.editors["takeaways"]
    takeaways.add()  # type: ignore[attr-defined]
    assert len(walks) == 1
    new_input = focused()
    assert new_input.accessibleName() == "Takeaway 3 of 3"
    qtbot.waitUntil(new_input.isVisible)  # Qt shows a widget added to a layout a little later
    chain = [w for w in window.form.tab_chain() if w.isVisible() and w.isEnabled()]
    assert tab(qtbot) is chain[chain.index(new_input) + 1]  # in drawing order, not at the end


def test_enter_in_the_navigator_opens_the_form(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    assert in_form(window, focused()) and focused().accessibleName() == "Title"


def test_f6_cycles_the_visible_panes(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    window.navigator.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        seen.append(focused())
    assert in_form(window, seen[0])
    assert window.preview.isAncestorOf(seen[1])
    assert seen[2] is window.navigator  # Problems is hidden: skipped
    window.problems.show()
    window.navigator.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F6)  # navigator → form
    qtbot.keyClick(focused(), Qt.Key.Key_F6)  # → preview
    qtbot.keyClick(focused(), Qt.Key.Key_F6)  # → problems
    assert focused() is window.problems.list
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.preview.isAncestorOf(focused())


def test_move_up_and_down_by_keyboard_in_the_navigator(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    window.navigator.setFocus()
    before = [b.id for b in window.document.publication.blocks]
    qtbot.keyClick(window.navigator, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = [b.id for b in window.document.publication.blocks]
    assert after.index("den-helder") == before.index("den-helder") - 1
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [b.id for b in window.document.publication.blocks] == before


def test_a_new_sections_title_is_selected_for_overtyping(qtbot: Any, window: MainWindow) -> None:
    window.select_target(Target("section", "den-helder"))
    window.structure.add_section.trigger()
    title = focused()
    assert in_form(window, title) and title.accessibleName() == "Title"
    assert title.selectedText() == "Nieuwe sectie"  # type: ignore[attr-defined]
    qtbot.keyClicks(title, "Opening")
    assert window.current_target() is not None
    new_id = window.current_target().item_id
    assert window.document.publication.block(new_id).title == "Opening"
