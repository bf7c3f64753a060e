"""A list block in the body editor: bulleted or numbered, items and sub-items edited flat.

The items show as one run of rows, a sub-item indented under its item, as in a word
processor; :mod:`editor.widgets.body_edits` turns the run into the model's container shape
and back. Keys in an item: Enter adds the next item, Backspace in an empty item removes
it, Ctrl+] and Ctrl+[ indent and outdent, Alt+Up and Alt+Down move it. Every change is one
undo step; typing in one item merges like typing in any field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.widgets.body_blocks import BlockEditor, language_field
from editor.widgets.body_edits import (
    FlatItem,
    can_indent,
    can_outdent,
    flat_index,
    flatten,
    indent,
    insert_item,
    move_block,
    nest,
    outdent,
    remove_item,
)
from editor.widgets.field_editor import FieldEditor, FieldProblem
from editor.widgets.field_labels import field_label
from editor.widgets.rich_text_edit import RichField
from editor.widgets.simple_fields import CheckField
from models.language import Language, default_text
from models.types import Loc

#: Indent of a sub-item's row, in pixels.
_INDENT = 28
_BULLETS = ("•", "–")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BodyList", text)


def _letter(n: int) -> str:
    """a, b, … z, aa, ab…: how a numbered list's sub-items are marked."""
    text = ""
    while n >= 0:
        text = chr(ord("a") + n % 26) + text
        n = n // 26 - 1
    return text


class ItemRow(QWidget):
    """One row of a list: the indent, the bullet or number, the text and its buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.level = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spacer = QWidget(self)
        self.spacer.setFixedWidth(0)
        layout.addWidget(self.spacer)
        self.marker = QLabel(self)
        self.marker.setMinimumWidth(22)
        self.marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        self.field = RichField(self, min_lines=1)
        layout.addWidget(self.field, 1)
        style = self.style()
        Icon = QStyle.StandardPixmap
        self.outdent = self._button(style.standardIcon(Icon.SP_ArrowLeft), layout)
        self.indent = self._button(style.standardIcon(Icon.SP_ArrowRight), layout)
        self.remove = self._button(style.standardIcon(Icon.SP_DialogDiscardButton), layout)

    def _button(self, icon: Any, layout: QHBoxLayout) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setAutoRaise(True)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def show_level(self, level: int, marker: str) -> None:
        self.level = level
        self.spacer.setFixedWidth(level * _INDENT)
        self.marker.setText(marker)


class ListItemsEditor(FieldEditor):
    """The ``items`` of a list block (a list of ``{"text", "items"}`` dicts), edited flat."""

    composite = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ordered = False
        #: The publication's language now, for a new item's placeholder.
        self.language: Callable[[], Language] = lambda: "nl"
        self._rows: list[ItemRow] = []
        self._read_only = False
        #: (row, select its text, put the cursor at its end) to focus after the next refresh.
        self._pending_focus: tuple[int, bool, bool] | None = None
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.body.addLayout(self._rows_layout)
        self.add_button = QPushButton(_tr("Add item"), self)
        self.add_button.setToolTip(_tr("Add an item at the end (or press Enter in an item)"))
        self.add_button.clicked.connect(lambda: self.add_after(len(self._rows) - 1))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.body.addLayout(bar)

    # -- structure --------------------------------------------------------------------------
    def flat(self) -> list[FlatItem]:
        """The rows as shown: (level, text)."""
        return [(row.level, row.field.value()) for row in self._rows]

    def add_after(self, index: int) -> bool:
        """A new item after row ``index``, at its level, with its placeholder selected."""
        rows = insert_item(self.flat(), index, default_text(self.language(), "point"))
        return self._structural(rows, _tr("Add list item"), (index + 1, True, False))

    def remove_at(self, index: int, focus_previous: bool = False) -> bool:
        """Remove row ``index``; a list keeps at least one item."""
        rows = remove_item(self.flat(), index)
        if rows is None:
            return False
        target = max(0, index - 1) if focus_previous else min(index, len(rows) - 1)
        return self._structural(rows, _tr("Remove list item"), (target, False, True))

    def indent_at(self, index: int) -> bool:
        rows = indent(self.flat(), index)
        focus = (index, False, False)
        return rows is not None and self._structural(rows, _tr("Indent list item"), focus)

    def outdent_at(self, index: int) -> bool:
        rows = outdent(self.flat(), index)
        focus = (index, False, False)
        return rows is not None and self._structural(rows, _tr("Outdent list item"), focus)

    def move_at(self, index: int, delta: int) -> bool:
        rows = move_block(self.flat(), index, delta)
        if rows is None:
            return False
        text = _tr("Move list item up") if delta < 0 else _tr("Move list item down")
        return self._structural(rows, text, (index + delta, False, False))

    def _structural(
        self, rows: Sequence[FlatItem], text: str, focus: tuple[int, bool, bool]
    ) -> bool:
        if self._read_only:
            return False
        self._pending_focus = focus
        ok = self.commit(nest(rows), text)
        if not ok:
            self._pending_focus = None
        return ok

    # -- from the model ---------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        return nest(self.flat())

    def set_value(self, value: Any) -> None:
        rows = flatten(list(value or []))
        while len(self._rows) > len(rows):
            row = self._rows.pop()
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # it may hold the button being clicked
        while len(self._rows) < len(rows):
            self._append_row()
        for row, (level, text) in zip(self._rows, rows, strict=True):
            row.field.set_value(text)
            row.level = level
        self.show_markers()
        if self._pending_focus is not None:
            index, select, at_end = self._pending_focus
            self._pending_focus = None
            if 0 <= index < len(self._rows):
                self._focus_row(index, select, at_end)

    def show_markers(self) -> None:
        """Indents, bullets or numbers, button states and names after a change."""
        flat = [(row.level, "") for row in self._rows]
        number = letter = 0
        for index, row in enumerate(self._rows):
            if row.level == 0:
                number, letter = number + 1, 0
                marker = f"{number}." if self.ordered else _BULLETS[0]
            else:
                marker = f"{_letter(letter)}." if self.ordered else _BULLETS[1]
                letter += 1
            row.show_level(row.level, marker)
            n = index + 1
            name = _tr("List item {n}").format(n=n) if row.level == 0 else None
            name = name or _tr("Sub-item {n}").format(n=n)
            row.field.input_widget().setAccessibleName(name)
            for button, tip in (
                (row.indent, _tr("Make item {n} a sub-item (Ctrl+])")),
                (row.outdent, _tr("Make item {n} a main item (Ctrl+[)")),
                (row.remove, _tr("Remove item {n}")),
            ):
                button.setToolTip(tip.format(n=n))
                button.setAccessibleName(tip.format(n=n))
            row.indent.setEnabled(can_indent(flat, index))
            row.outdent.setEnabled(can_outdent(flat, index))
            row.remove.setEnabled(len(self._rows) > 1)

    def _append_row(self) -> None:
        row = ItemRow(self)
        row.field.set_sink(lambda _value, text, assets: self.commit(self.value(), text, assets))
        row.field.set_read_only(self._read_only)
        row.indent.clicked.connect(lambda: self._act(row, self.indent_at))
        row.outdent.clicked.connect(lambda: self._act(row, self.outdent_at))
        row.remove.clicked.connect(lambda: self._act(row, self.remove_at))
        for button in (row.indent, row.outdent, row.remove):
            button.setVisible(not self._read_only)
        row.field.text_edit.installEventFilter(self)
        row.field.text_edit.setToolTip(
            _tr(
                "Enter: next item · Backspace in an empty item: remove it · "
                "Ctrl+] / Ctrl+[: sub-item / main item · Alt+Up / Alt+Down: move it"
            )
        )
        self._rows.append(row)
        self._rows_layout.addWidget(row)

    def _act(self, row: ItemRow, action: Any) -> None:
        if row in self._rows:
            action(self._rows.index(row))

    def _focus_row(self, index: int, select: bool, at_end: bool) -> None:
        edit = self._rows[index].field.text_edit
        edit.setFocus()
        if select:
            edit.selectAll()
        elif at_end:
            edit.moveCursor(QTextCursor.MoveOperation.End)

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter, Backspace in an empty item, Ctrl+] / Ctrl+[ and Alt+arrows in an item.

        The keys are claimed in ``ShortcutOverride`` too, so that a window's own Alt+Up
        (moving a section in the navigator) does not fire while an item has focus.
        """
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            event, QKeyEvent
        ):
            return super().eventFilter(watched, event)
        index = next((i for i, r in enumerate(self._rows) if r.field.text_edit is watched), None)
        action = self._key_action(event, index)
        if index is None or action is None or self._read_only:
            return super().eventFilter(watched, event)
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True

    def _key_action(self, event: QKeyEvent, index: int | None) -> Any:
        if index is None:
            return None
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        none = Qt.KeyboardModifier.NoModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        alt = Qt.KeyboardModifier.AltModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == none:
            return lambda: self.add_after(index)
        if key == Qt.Key.Key_Backspace and mods == none:
            if not self._rows[index].field.value() and len(self._rows) > 1:
                return lambda: self.remove_at(index, focus_previous=True)
            return None
        if key == Qt.Key.Key_BracketRight and mods == ctrl:
            return lambda: self.indent_at(index)
        if key == Qt.Key.Key_BracketLeft and mods == ctrl:
            return lambda: self.outdent_at(index)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == alt:
            return lambda: self.move_at(index, -1 if key == Qt.Key.Key_Up else 1)
        return None

    # -- problems, focus, read-only ---------------------------------------------------------
    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        items = self.value()
        per_row: list[list[FieldProblem]] = [[] for _row in self._rows]
        own: list[FieldProblem] = []
        for loc, message in problems:
            index = flat_index(items, loc)
            if index is not None and index < len(per_row):
                per_row[index].append(((), message))
            else:
                own.append((loc, message))
        for row, row_problems in zip(self._rows, per_row, strict=True):
            row.field.show_problems(row_problems)
        text = "\n".join(message for _loc, message in own)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def problem_text(self) -> str:
        texts = [self.error_label.text(), *(row.field.problem_text() for row in self._rows)]
        return "\n".join(t for t in texts if t)

    def rows(self) -> list[ItemRow]:
        """The rows, in order (for tests)."""
        return list(self._rows)

    def input_widget(self) -> QWidget:
        return self._rows[0].field.text_edit if self._rows else self.add_button

    def inputs(self) -> list[QWidget]:
        return []  # the items handle their own keys (Alt+Up moves an item, not the list)

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        items = self.value()
        index = flat_index(items, rel) if rel else 0
        if index is None or not 0 <= index < len(self._rows):
            self.add_button.setFocus()
            return True
        self._focus_row(index, select, False)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self._rows:
            row.field.set_read_only(read_only)
            for button in (row.indent, row.outdent, row.remove):
                button.setVisible(not read_only)


class ListBlockEditor(BlockEditor):
    """A list block: numbered or bulleted, its language, and its items."""

    main_key = "items"

    def __init__(self, language: Callable[[], Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbered = CheckField()
        self.numbered.check_box.setToolTip(_tr("Number the items (1, 2, 3) instead of bullets"))
        self.add_child("ordered", self.numbered, _tr("Numbered"))
        self.add_child("language", language_field(), field_label("language"))
        self.items = ListItemsEditor()
        self.items.language = language
        self.add_child("items", self.items)

    def title(self) -> str:
        return _tr("Numbered list") if self.numbered.value() else _tr("Bulleted list")

    def undo_text(self, key: str, value: Any) -> str:
        if key == "ordered":
            return _tr("Number the list") if value else _tr("Bullet the list")
        return super().undo_text(key, value)

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self.items.ordered = bool(self.numbered.value())
        self.items.show_markers()
