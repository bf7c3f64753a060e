"""A colour as ``#RRGGBB``: a swatch, a hex line and a button that opens ``QColorDialog``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFrame, QHBoxLayout, QLineEdit, QPushButton, QWidget

from editor.widgets.field_editor import FieldEditor

#: Asks for a colour, starting at the given one; ``None`` when the user cancels.
ColourPrompt = Callable[[QWidget, QColor], QColor | None]


def ask_colour(parent: QWidget, initial: QColor) -> QColor | None:
    """The default :data:`ColourPrompt`: Qt's colour dialog."""
    colour = QColorDialog.getColor(
        initial, parent, QCoreApplication.translate("ColourField", "Choose a colour")
    )
    return colour if colour.isValid() else None


class ColourField(FieldEditor):
    """Edits a ``Colour``; typing and choosing both go through the one setter.

    Attributes:
        colour_prompt: opens the colour chooser (replace it in tests).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour_prompt: ColourPrompt = ask_colour
        row = QHBoxLayout()
        self.swatch = QFrame(self)
        self.swatch.setFixedSize(24, 24)
        self.swatch.setFrameShape(QFrame.Shape.Box)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText("#RRGGBB")
        self.line_edit.setMaxLength(7)
        self.line_edit.textEdited.connect(self._edited)
        self.line_edit.textChanged.connect(self._paint_swatch)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a colour"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.swatch)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.choose_button)
        self.body.addLayout(row)

    def value(self) -> str:
        return self.line_edit.text()

    def same(self, shown: Any, model: Any) -> bool:
        return str(shown).strip().upper() == str(model).strip().upper()

    def _write(self, value: Any) -> None:
        self.line_edit.setText(str(value))
        self._paint_swatch()

    def choose(self) -> None:
        """Open the colour chooser and apply the chosen colour."""
        colour = self.colour_prompt(self, QColor(self.value().strip()))
        if colour is None:
            return
        self.line_edit.setText(colour.name().upper())
        self._edited()

    def _paint_swatch(self) -> None:
        colour = QColor(self.value().strip())
        fill = colour.name() if colour.isValid() else "transparent"
        self.swatch.setStyleSheet(f"background-color: {fill};")

    def input_widget(self) -> QLineEdit:
        return self.line_edit

    def inputs(self) -> list[QWidget]:
        return [self.line_edit, self.choose_button]

    def set_read_only(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)
        self.choose_button.setEnabled(not read_only)
