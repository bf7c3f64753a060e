"""The wavy red underline under unknown words of one line field (a title, a caption…).

The counterpart of :class:`~editor.spelling.highlighter.SpellingHighlighter` for a
:class:`~editor.widgets.spell_line_edit.SpellLineEdit`: the same words are marked by the
same rules (:func:`~editor.spelling.marking.unknown_words`), and the line edit draws the
marks. Re-marking costs one regular expression over the line and look-ups in memory, so it
runs at every change of the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from editor.spelling.marking import NOT_TYPING, unknown_words
from editor.widgets.spell_line_edit import SpellLineEdit
from models.language import Language

if TYPE_CHECKING:
    from editor.spelling.controller import SpellingController


class LineChecker(QObject):
    """Marks the unknown words of ``edit``'s text, in ``language``; lives as long as it."""

    def __init__(
        self, edit: SpellLineEdit, controller: SpellingController, language: Language
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.language: Language = language
        self._controller = controller
        self._spared = False  # a word at the cursor was left unmarked
        self._checked = ""  # the text last marked
        edit.textChanged.connect(self.refresh)  # typed, pasted, replaced, or undone
        edit.cursorPositionChanged.connect(self._cursor_moved)
        edit.installEventFilter(self)

    def refresh(self) -> None:
        """Mark the line again (new text, answers, words or language)."""
        controller = self._controller
        if not controller.enabled:
            self._spared = False
            self._checked = self.edit.text()
            self.edit.set_marks(())
            return
        edit = self.edit
        self._checked = edit.text()
        typing_at = edit.cursorPosition() if edit.hasFocus() else NOT_TYPING
        found = unknown_words(controller, self.language, edit.text(), typing_at)
        self._spared = found.spared
        edit.set_marks(found.ranges)
        if found.waiting:
            controller.wait_for(self)

    def stale(self) -> bool:
        """Whether the text changed unseen: a value from the document (undo, another
        field) is written with the line edit's signals blocked."""
        return self.edit.text() != self._checked

    def _cursor_moved(self) -> None:
        if self._spared:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Mark the word that was being typed once the focus leaves the field."""
        if event.type() == QEvent.Type.FocusOut and self._spared:
            self.refresh()
        return False
