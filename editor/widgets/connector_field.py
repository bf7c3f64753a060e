"""A speaker's connector: the word between role and organisation ("hoogleraar aan de VU").

The model holds ``None`` for the language's usual word ("bij", "at"), ``""`` for a comma,
or the word itself. An editable combo box offers those and the common words, and takes any
other word typed into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from editor.people import CONNECTORS, usual_connector
from editor.widgets.field_editor import FieldEditor
from models.language import Language

#: Reads the publication's language (the words offered follow it).
CurrentLanguage = Callable[[], Language]


class ConnectorField(FieldEditor):
    """An editable combo box: "usual word", "comma", common words, or any word typed."""

    def __init__(self, language: CurrentLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Completing "a" to "aan" would save a word nobody typed. Qt takes a null completer
        # to turn completion off; PySide6's stub does not say so.
        self.combo.setCompleter(None)  # type: ignore[arg-type]
        self.combo.setToolTip(
            self.tr("The word between a speaker's role and organisation in bylines")
        )
        # A pick is a step of its own; typing a word merges like any typing.
        self.combo.activated.connect(
            lambda _index: self.commit(self.value(), self.tr("Change connector"))
        )
        line = self.combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._edited)
        self.body.addWidget(self.combo)
        self._values: list[str | None] = []
        self._fill()

    def _choices(self) -> Sequence[tuple[str | None, str]]:
        language = self._language()
        usual = usual_connector(language)
        words = [w for w in CONNECTORS[language] if w != usual]
        return [
            (None, self.tr("{word} (the usual word)").format(word=usual)),
            ("", self.tr("(comma)")),
            *[(word, word) for word in words],
        ]

    def _fill(self) -> None:
        choices = self._choices()
        if [v for v, _t in choices] == self._values:
            return
        self._values = [value for value, _text in choices]
        with QSignalBlocker(self.combo):
            text = self.combo.currentText()
            self.combo.clear()
            self.combo.addItems([text for _value, text in choices])
            self.combo.setEditText(text)

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        for index, value in enumerate(self._values):
            if text == self.combo.itemText(index):
                return value
        return text or None

    def set_value(self, value: Any) -> None:
        """Show ``value`` by its name; what is being typed (an empty line while a word is
        replaced, which means the usual word) is left as it is."""
        self._fill()
        shown = self.combo.currentText() == self._display(value)
        typing = self.combo.hasFocus() and self.same(self.value(), value)
        if shown or typing:
            return
        with QSignalBlocker(self.combo):
            self._write(value)

    def _display(self, value: object) -> str:
        if value in self._values:
            return self.combo.itemText(self._values.index(value))
        return str(value)

    def _write(self, value: Any) -> None:
        if value in self._values:
            index = self._values.index(value)
            self.combo.setCurrentIndex(index)
            self.combo.setEditText(self.combo.itemText(index))
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(str(value))

    def same(self, shown: Any, model: Any) -> bool:
        return bool(shown == model)

    def input_widget(self) -> QComboBox:
        return self.combo

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)
