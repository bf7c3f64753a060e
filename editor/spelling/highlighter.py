"""The wavy red underline under unknown words of one rich text field.

Line fields get theirs from :mod:`editor.spelling.line_checker`; both ask
:func:`~editor.spelling.marking.unknown_words` which words to mark.

The highlighter never waits for a dictionary: it asks its controller's cache, which answers
at once or queues the word for the worker thread and answers ``None``; when the answer comes
the controller has the field highlighted again. The word being typed is left alone until the
cursor leaves it, so a half-typed word does not flash red.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.spelling.marking import NOT_TYPING, unknown_words
from models.language import Language

if TYPE_CHECKING:
    from editor.spelling.controller import SpellingController

#: What the underline looks like: the platform's spell-check style, in red.
_UNKNOWN = QTextCharFormat()
_UNKNOWN.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
_UNKNOWN.setUnderlineColor(QColor(Qt.GlobalColor.red))


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of ``edit``'s document, in ``language``."""

    def __init__(
        self, edit: QPlainTextEdit | QTextEdit, controller: SpellingController, language: Language
    ) -> None:
        super().__init__(controller)  # not on the document yet: see attach()
        self.edit = edit
        self.language: Language = language
        self._controller = controller
        self._spared = False  # a word at the cursor was left unmarked
        edit.cursorPositionChanged.connect(self._cursor_moved)
        edit.installEventFilter(self)

    def attach(self) -> None:
        """Start on the edit's document. Formats are no edit, but Qt reports them as one
        (``textChanged``): the field would send its unchanged text to the document."""
        document = self.edit.document()
        with QSignalBlocker(document):
            self.setDocument(document)
            self.rehighlight()
        self.setParent(self.edit)

    def refresh(self) -> None:
        """Highlight the whole field again (new answers, words or language)."""
        if self.document() is None:
            return
        with QSignalBlocker(self.document()):
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Underline the unknown words of one paragraph of the field (at every keystroke:
        see :func:`~editor.spelling.marking.unknown_words`)."""
        controller = self._controller
        if not controller.enabled:
            return
        found = unknown_words(controller, self.language, text, self._typing_position())
        for start, end in found.ranges:
            self.setFormat(start, end - start, _UNKNOWN)
        self._spared = self._spared or found.spared
        if found.waiting:
            controller.wait_for(self)

    def _typing_position(self) -> int:
        """The cursor's place in the current paragraph while the field has the focus; -2
        (never inside a word) otherwise."""
        if not self.edit.hasFocus():
            return NOT_TYPING
        cursor = self.edit.textCursor()
        if cursor.blockNumber() != self.currentBlock().blockNumber():
            return NOT_TYPING
        return cursor.positionInBlock()

    def _cursor_moved(self) -> None:
        if self._spared:
            self._spared = False
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Mark the word that was being typed once the focus leaves the field."""
        if event.type() == QEvent.Type.FocusOut and self._spared:
            self._spared = False
            self.refresh()
        return False
