"""Editing Podium's rich-text subset as its Markdown source, with Bold, Italic and Link.

The user sees ``**bold**``, ``*italic*`` and ``[text](url)`` as typed: the subset is small and
documented, and the preview shows the result. The actions wrap the selection in marks, so
nobody has to remember them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextOption
from PySide6.QtWidgets import QFrame, QInputDialog, QLineEdit, QPlainTextEdit, QWidget

from editor.widgets.field_editor import FieldEditor

#: Asks for a link target; returns ``None`` when the user cancels.
UrlPrompt = Callable[[QWidget], str | None]

_MIN_LINES = 2
_MAX_LINES = 14


def ask_url(parent: QWidget) -> str | None:
    """The default :data:`UrlPrompt`: a small dialog with one line."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RichTextEdit", "Insert link"),
        QCoreApplication.translate("RichTextEdit", "Web address (https://…) or mailto: address:"),
        QLineEdit.EchoMode.Normal,
        "https://",
    )
    return text.strip() if ok and text.strip() else None


class RichTextEdit(QPlainTextEdit):
    """A plain-text editor for the rich-text subset; grows with its text.

    Args:
        min_lines: the height of an empty editor, in lines (a list item needs one).

    Attributes:
        url_prompt: asks for the target of a new link (replace it in tests).
    """

    sig_edited = Signal()
    """The user changed the text (programmatic changes are signal-blocked by the owner)."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = _MIN_LINES) -> None:
        super().__init__(parent)
        self.url_prompt: UrlPrompt = ask_url
        self._min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self.sig_edited)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.bold_action = self._action(self.tr("Bold"), QKeySequence.StandardKey.Bold, self.bold)
        self.italic_action = self._action(
            self.tr("Italic"), QKeySequence.StandardKey.Italic, self.italic
        )
        self.link_action = self._action(
            self.tr("Link…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K), self.insert_link
        )
        self._fit_height()

    def _action(self, text: str, key: Any, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def contextMenuEvent(self, event: Any) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addActions([self.bold_action, self.italic_action, self.link_action])
        menu.exec(event.globalPos())
        menu.deleteLater()

    def bold(self) -> None:
        """Wrap the selection in ``**``; without a selection, put the cursor between marks."""
        self.wrap_selection("**", "**")

    def italic(self) -> None:
        self.wrap_selection("*", "*")

    def insert_link(self) -> None:
        """Ask for a URL and make the selection (or the URL itself) a link to it."""
        if self.isReadOnly():
            return
        url = self.url_prompt(self)
        if not url:
            return
        text = self._selected_text() or url
        self.textCursor().insertText(f"[{text}]({url})")

    def wrap_selection(self, before: str, after: str) -> None:
        """Put ``before`` and ``after`` around the selection, keeping it selected."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        text = self._selected_text()
        start = cursor.selectionStart()
        cursor.beginEditBlock()
        cursor.insertText(f"{before}{text}{after}")
        cursor.endEditBlock()
        cursor.setPosition(start + len(before))
        cursor.setPosition(start + len(before) + len(text), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _selected_text(self) -> str:
        # QTextCursor uses U+2029 for line breaks inside a selection.
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # re-wraps the text to the new width
        self._fit_height()

    def _fit_height(self) -> None:
        """Show the whole text (up to a limit), so a list of paragraphs reads like a page."""
        document = self.document()
        layout = document.documentLayout()
        text_height = 0.0
        block = document.firstBlock()
        while block.isValid():
            text_height += layout.blockBoundingRect(block).height()
            block = block.next()
        spacing = self.fontMetrics().lineSpacing()
        limit = _MAX_LINES * spacing
        # No scroll bar below the limit: its appearing would narrow the text and re-wrap it.
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if text_height > limit:
            policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        text_height = max(self._min_lines * spacing, min(limit, text_height))
        frame = self.contentsMargins()
        margin = 2 * document.documentMargin()
        height = math.ceil(text_height + margin) + frame.top() + frame.bottom()
        if height != self.height():
            self.setFixedHeight(height)


class RichField(FieldEditor):
    """A :class:`FieldEditor` for one ``RichText`` value; ``min_lines`` as in RichTextEdit."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = _MIN_LINES) -> None:
        super().__init__(parent)
        self.text_edit = RichTextEdit(self, min_lines)
        self.text_edit.sig_edited.connect(self._edited)
        self.body.addWidget(self.text_edit)

    def value(self) -> str:
        return self.text_edit.toPlainText()

    def _write(self, value: Any) -> None:
        self.text_edit.setPlainText("" if value is None else str(value))

    def input_widget(self) -> RichTextEdit:
        return self.text_edit

    def set_read_only(self, read_only: bool) -> None:
        self.text_edit.setReadOnly(read_only)
