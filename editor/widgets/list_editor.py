"""A list field: one editor per entry, with Add, Remove, Move up and Move down.

Every change replaces the whole list through the one setter, so each add, remove or move
is one undo step and is validated like any edit. The rows are not changed here: they follow
the model when the document reports the change (so a rejected edit changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.binding import CannotAdd
from editor.message_text import error_text
from editor.widgets.field_editor import Assets, FieldEditor, FieldProblem
from editor.widgets.list_row import ListRow
from models.types import Loc

#: Makes a new, valid entry given the current entries; raises ``CannotAdd`` if there is none.
NewItem = Callable[[list[Any]], Any]


class ListEditor(FieldEditor):
    """Edits a ``list[...]`` field; ``item_factory`` makes the editor for one entry."""

    def __init__(
        self,
        item_factory: Callable[[], FieldEditor],
        new_item: NewItem,
        noun: str,
        framed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._item_factory = item_factory
        self._new_item = new_item
        self.noun = noun
        self._framed = framed
        self._rows: list[ListRow] = []
        self._pending_focus: tuple[int, bool] | None = None
        self._read_only = False
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._rows_layout)
        self.add_button = QPushButton(self.tr("Add {item}").format(item=noun), self)
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self.add)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.body.addLayout(bar)

    # -- structure ------------------------------------------------------------------------
    def add(self) -> bool:
        """Append a new entry, focus it and select its text for overtyping."""
        values = self.value()
        try:
            item = self._new_item(values)
        except CannotAdd as error:
            self.show_problems([((), error_text(error))])
            return False
        return self.add_item(item)

    def add_item(self, item: Any, assets: Assets = ()) -> bool:
        values = self.value()
        text = self.tr("Add {item}").format(item=self.noun)
        return self._structural([*values, item], text, (len(values), True), assets)

    def remove(self, index: int) -> bool:
        values = self.value()
        del values[index]
        focus = (min(index, len(values) - 1), False) if values else None
        return self._structural(values, self.tr("Remove {item}").format(item=self.noun), focus)

    def move_entry(self, index: int, delta: int) -> bool:
        """Move entry ``index`` by ``delta`` places, as one undo step; ``False`` if it can't.

        (Not ``move``: that is ``QWidget.move``, which places the widget.)
        """
        target = index + delta
        values = self.value()
        if not (0 <= index < len(values) and 0 <= target < len(values)):
            return False
        values[index], values[target] = values[target], values[index]
        word = self.tr("Move {item} up") if delta < 0 else self.tr("Move {item} down")
        return self._structural(values, word.format(item=self.noun), (target, False))

    def _structural(
        self, values: list[Any], text: str, focus: tuple[int, bool] | None, assets: Assets = ()
    ) -> bool:
        if self._read_only:
            return False
        self._pending_focus = focus
        ok = self.commit(values, text, assets)
        if not ok:
            self._pending_focus = None
        return ok

    def _row_commit(self, index: int, value: Any, text: str, assets: Assets) -> bool:
        values = self.value()
        values[index] = value
        return self.commit(values, text, assets)

    # -- from the model -------------------------------------------------------------------
    def value(self) -> list[Any]:
        return [row.editor.value() for row in self._rows]

    def set_value(self, value: Any) -> None:
        items = list(value or [])
        while len(self._rows) > len(items):
            row = self._rows.pop()
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # it may be the sender of the click being handled
        while len(self._rows) < len(items):
            self._append_row()
        for index, (row, item) in enumerate(zip(self._rows, items, strict=True)):
            row.editor.set_value(item)
            row.name(self.noun, index, len(items))
        if self._pending_focus is not None:
            index, select = self._pending_focus
            self._pending_focus = None
            if 0 <= index < len(self._rows):
                self._rows[index].editor.focus_input((), select)

    def _append_row(self) -> None:
        index = len(self._rows)
        editor = self._item_factory()
        editor.set_sink(lambda value, text, assets: self._row_commit(index, value, text, assets))
        editor.set_read_only(self._read_only)
        row = ListRow(editor, self._framed, self)
        row.up.clicked.connect(lambda: self.move_entry(index, -1))
        row.down.clicked.connect(lambda: self.move_entry(index, +1))
        row.remove.clicked.connect(lambda: self.remove(index))
        for button in (row.up, row.down, row.remove):
            button.setVisible(not self._read_only)
        for widget in editor.inputs():
            widget.installEventFilter(self)
        self._rows.append(row)
        self._rows_layout.addWidget(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down in an entry move it.

        The keys are claimed in ``ShortcutOverride`` too, so that a window's own Alt+Up
        (moving a section in the navigator) does not fire while an entry has focus.
        """
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            index = self._row_index(watched)
            if alt and delta is not None and index is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.move_entry(index, delta)
                return True
        return super().eventFilter(watched, event)

    def _row_index(self, widget: QObject) -> int | None:
        for index, row in enumerate(self._rows):
            if isinstance(widget, QWidget) and row.isAncestorOf(widget):
                return index
        return None

    # -- problems, focus, read-only ------------------------------------------------------
    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        per_row: list[list[FieldProblem]] = [[] for _row in self._rows]
        own: list[FieldProblem] = []
        for loc, message in problems:
            index = loc[0] if loc else None
            if isinstance(index, int) and 0 <= index < len(per_row):
                per_row[index].append((loc[1:], message))
            else:
                own.append((loc, message))
        for row, row_problems in zip(self._rows, per_row, strict=True):
            row.editor.show_problems(row_problems)
        text = "\n".join(msg for _loc, msg in own)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def problem_text(self) -> str:
        texts = [self.error_label.text(), *(row.editor.problem_text() for row in self._rows)]
        return "\n".join(t for t in texts if t)

    def row(self, index: int) -> ListRow:
        """The row of entry ``index``, with its Move and Remove buttons."""
        return self._rows[index]

    def rows(self) -> list[FieldEditor]:
        """The entry editors, in order (for tests and for focusing)."""
        return [row.editor for row in self._rows]

    def input_widget(self) -> QWidget:
        return self.add_button

    def inputs(self) -> list[QWidget]:
        # An inner list handles its own keys: a parent list must not move on Alt+Up there.
        return []

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        if rel and isinstance(rel[0], int) and 0 <= rel[0] < len(self._rows):
            return self._rows[rel[0]].editor.focus_input(rel[1:], select)
        (self._rows[0].editor.input_widget() if self._rows else self.add_button).setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self._rows:
            row.editor.set_read_only(read_only)
            for button in (row.up, row.down, row.remove):
                button.setVisible(not read_only)
