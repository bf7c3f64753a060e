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
        # The word at the cursor that was left unmarked: (paragraph, start, end), or None.
        self._spared: tuple[int, int, int] | None = None
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
        if found.spared_at is not None:
            self._spared = (self.currentBlock().blockNumber(), *found.spared_at)
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
        """Mark the word that was being typed once the cursor leaves it: its paragraph
        alone is highlighted again, and not at all while the cursor stays in the word (as
        it does at every key typed into it)."""
        if self._spared is None:
            return
        paragraph, start, end = self._spared
        cursor = self.edit.textCursor()
        if cursor.blockNumber() == paragraph and start <= cursor.positionInBlock() <= end:
            return
        self._spared = None
        self._rehighlight_paragraph(paragraph)

    def _rehighlight_paragraph(self, number: int) -> None:
        document = self.document()
        if document is None:
            return
        block = document.findBlockByNumber(number)
        with QSignalBlocker(document):
            if block.isValid():
                self.rehighlightBlock(block)
            else:
                self.rehighlight()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Mark the word that was being typed once the focus leaves the field."""
        if event.type() == QEvent.Type.FocusOut and self._spared is not None:
            paragraph = self._spared[0]
            self._spared = None
            self._rehighlight_paragraph(paragraph)
        return False
