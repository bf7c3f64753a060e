"""One entry of a :class:`~editor.widgets.list_editor.ListEditor` with its own buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStyle, QToolButton, QVBoxLayout, QWidget

from editor.widgets.field_editor import FieldEditor


class ListRow(QFrame):
    """One entry: its editor and its own Move up, Move down and Remove buttons."""

    def __init__(self, editor: FieldEditor, framed: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        if framed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        margin = 4 if framed else 0
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(editor, 1)
        buttons = QVBoxLayout() if framed else QHBoxLayout()
        style = self.style()
        self.up = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), buttons)
        self.down = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), buttons)
        self.remove = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton), buttons
        )
        if framed:
            buttons.addStretch(1)
        layout.addLayout(buttons)

    def _button(self, icon: Any, layout: QVBoxLayout | QHBoxLayout) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setAutoRaise(True)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def name(self, noun: str, index: int, count: int) -> None:
        """Give the buttons and entry names that say which entry they act on."""
        n = index + 1
        label = self.tr("{item} {n} of {count}").format(item=noun, n=n, count=count)
        label = label[:1].upper() + label[1:]
        self.setAccessibleName(label)
        if not self.editor.composite:
            self.editor.input_widget().setAccessibleName(label)
        for button, text in (
            (self.up, self.tr("Move {item} {n} up (Alt+Up)")),
            (self.down, self.tr("Move {item} {n} down (Alt+Down)")),
            (self.remove, self.tr("Remove {item} {n}")),
        ):
            button.setToolTip(text.format(item=noun, n=n))
            button.setAccessibleName(text.format(item=noun, n=n))
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)
