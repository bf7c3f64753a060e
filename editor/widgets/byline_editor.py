"""A section's byline: composed from its people, typed, or hidden, with a live preview.

The preview shows what the exports will print (:func:`editor.people.byline_preview`), so
the effect of a role or a speaker's connector is seen while choosing it. The text field is
only for a typed byline; choosing "Typed" starts it from the composed words.
"""

from __future__ import annotations

from html import escape
from typing import get_args

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from editor.people import byline_preview, with_byline_mode
from editor.widgets.field_labels import choice_label, field_label
from editor.widgets.item_fields import Current, ItemFieldsEditor
from editor.widgets.spell_line_edit import SpellLineEdit
from models.parts import BylineMode
from models.publication import Publication, Section
from models.types import Loc

MODES: tuple[BylineMode, ...] = get_args(BylineMode)


class BylineEditor(ItemFieldsEditor[Section]):
    """Edits ``byline`` and ``byline_text`` of a section together; bound at the section."""

    def __init__(self, current: Current[Section], parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        tips = {
            "auto": self.tr("Composed from the people and their roles, in the text's language"),
            "custom": self.tr("Words of your own, e.g. when the usual wording does not fit"),
            "hidden": self.tr("No byline, e.g. when the text itself names the speaker"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[BylineMode, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for mode in MODES:
            button = QRadioButton(choice_label(mode), self)
            button.setToolTip(tips[mode])
            self.group.addButton(button)
            self.buttons[mode] = button
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.group.buttonClicked.connect(self._mode_clicked)
        self.text = SpellLineEdit(self)  # a typed byline is prose: its spelling is checked
        self.text.setAccessibleName(field_label("byline_text"))
        self.text.setPlaceholderText(self.tr("The byline as it should be printed"))
        self.text.textEdited.connect(self._text_edited)
        self.body.addWidget(self.text)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Byline as printed"))
        palette = self.preview.palette()  # muted: it shows, it is not edited
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.preview.setPalette(palette)
        self.body.addWidget(self.preview)
        self._read_only = False

    def mode(self) -> BylineMode:
        """The mode the buttons show."""
        for mode, button in self.buttons.items():
            if button.isChecked():
                return mode
        return "auto"

    def _show(self, publication: Publication, item: Section) -> None:
        with QSignalBlocker(self.group):
            self.buttons[item.byline].setChecked(True)
        if self.text.text().strip() != item.byline_text:
            self.text.setText(item.byline_text)
        self.text.setEnabled(item.byline == "custom" and not self._read_only)
        lines = byline_preview(publication, item)
        if lines:
            self.preview.setText("<br>".join(escape(line) for line in lines))
        elif item.byline == "hidden":
            self.preview.setText(f"<i>{escape(self.tr('No byline is printed.'))}</i>")
        else:
            self.preview.setText(f"<i>{escape(self.tr('Add people to compose a byline.'))}</i>")

    def _mode_clicked(self) -> None:
        current = self.current()
        if current is None:
            return
        publication, section = current
        mode = self.mode()
        if mode == section.byline:
            return
        data = with_byline_mode(publication, section, mode)
        if not self.commit(data, self.tr("Change byline")):
            self.text.setEnabled(mode == "custom" and not self._read_only)
        if mode == "custom":
            self.text.setFocus()

    def _text_edited(self, text: str) -> None:
        self.commit({**self.value(), "byline": self.mode(), "byline_text": text})

    def input_widget(self) -> QWidget:
        return self.buttons[self.mode()]

    def inputs(self) -> list[QWidget]:
        return [*self.buttons.values(), self.text]

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        if rel[:1] == ("byline_text",) and self.text.isEnabled():
            self.text.setFocus()
            if select:
                self.text.selectAll()
        else:
            self.buttons[self.mode()].setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.text.setEnabled(self.mode() == "custom" and not read_only)
