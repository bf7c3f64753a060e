"""Editing Podium's rich-text subset as formatted text: bold, italic and links, no marks.

The field shows **bold**, *italic* and links as formatting, and stores what it shows as the
subset's Markdown (:mod:`editor.widgets.rich_text_document`), which stays the model's
truth. Ctrl+B and Ctrl+I toggle bold and italic on the selection (or for the text typed
next), Ctrl+K opens the link dialog; the window's Format bar
(:mod:`editor.widgets.rich_text_toolbar`) shows the same actions. A paste keeps bold,
italic, links and paragraphs and drops everything else (:mod:`editor.widgets.paste_clean`);
a pasted list can become list blocks where the field's owner says how
(:attr:`RichTextEdit.block_paste`).

Other features hook into the field without editing it: :attr:`RichTextEdit.context_menu_hooks`
add entries to the context menu (spelling suggestions), and the ``QTextDocument`` is the
widget's own (``edit.document()``), for a syntax highlighter.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QKeyCombination, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from editor.widgets import rich_text_document as rich
from editor.widgets.field_editor import FieldEditor, normalise
from editor.widgets.paste_clean import PastedBlock, clean_html, plain_blocks
from editor.widgets.rich_text_link import LinkPrompt, LinkRequest, ask_link
from models.richtext import parse_inline
from models.richtext_writer import to_markdown

#: Adds entries to the context menu; gets the menu and a cursor at the clicked position.
ContextMenuHook = Callable[[QMenu, QTextCursor], None]
#: Takes a paste that holds a list: (text before the selection, the pasted blocks, text
#: after it), both texts in the subset; returns ``True`` when it took the paste.
BlockPaste = Callable[[str, Sequence[PastedBlock], str], bool]

_MIN_LINES = 2
_MAX_LINES = 14
_LINK_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_K)


class RichTextEdit(QTextEdit):
    """A formatted-text editor for the rich-text subset; grows with its text.

    Args:
        min_lines: the height of an empty editor, in lines (a list item needs one).

    Attributes:
        link_prompt: asks for a link's text and address (replace it in tests).
        context_menu_hooks: called before the context menu shows (spelling, …).
        block_paste: takes a pasted list as blocks; ``None``: its items become lines.
    """

    sig_edited = Signal()
    """The user changed the text or its formatting (the owner blocks programmatic changes)."""
    sig_format_changed = Signal()
    """The marks at the cursor changed (bold, italic, link), for toolbars."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = _MIN_LINES) -> None:
        super().__init__(parent)
        self.link_prompt: LinkPrompt = ask_link
        self.context_menu_hooks: list[ContextMenuHook] = []
        self.block_paste: BlockPaste | None = None
        self._loaded = ""  # the text as stored, for offsets into it (find)
        self._markdown: str | None = None  # markdown() until the text or its marks change
        self._min_lines = min_lines
        self.setAcceptRichText(False)  # every paste and drop goes through insertFromMimeData
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self.sig_edited)
        # contentsChange comes before contentsChanged, which QTextEdit relays as textChanged:
        # the cached text is forgotten before anyone hears of the edit.
        self.document().contentsChange.connect(self._forget_markdown)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.bold_action = self._action(
            self.tr("Bold"), "B", self.tr("Bold (Ctrl+B)"), QKeySequence.StandardKey.Bold, self.bold
        )
        self.italic_action = self._action(
            self.tr("Italic"),
            "I",
            self.tr("Italic (Ctrl+I)"),
            QKeySequence.StandardKey.Italic,
            self.italic,
        )
        self.link_action = self._action(
            self.tr("Link…"),
            self.tr("Link"),
            self.tr("Insert or edit a link (Ctrl+K)"),
            QKeySequence(_LINK_KEY),
            self.edit_link,
        )
        self.bold_action.setCheckable(True)
        self.italic_action.setCheckable(True)
        for signal in (
            self.cursorPositionChanged,
            self.currentCharFormatChanged,
            self.selectionChanged,
        ):
            signal.connect(self._show_marks)
        self._fit_height()

    def _action(
        self, text: str, short: str, tip: str, key: Any, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setIconText(short)
        action.setToolTip(tip)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- the subset -------------------------------------------------------------------------
    def markdown(self) -> str:
        """What the field shows, as canonical text of the subset.

        Kept until the document changes: one keystroke asks several times (the edit, its
        block's record, the refresh that compares), and writing a long paragraph's marks
        is the most expensive part of a key.
        """
        if self._markdown is None:
            self._markdown = rich.markdown(self.document())
        return self._markdown

    def _forget_markdown(self, *_change: int) -> None:
        self._markdown = None

    def set_markdown(self, text: str) -> None:
        """Show ``text`` (the subset) as formatted text; the cursor goes to the start."""
        self._loaded = text
        rich.load(self.document(), text)
        self.setCurrentCharFormat(rich.char_format())
        self._show_marks()

    def select_source_range(self, start: int, end: int) -> None:
        """Select what characters ``start:end`` of the stored text show as (find uses the
        stored text's offsets)."""
        shown = self.markdown()
        source = self._loaded if to_markdown(parse_inline(self._loaded)) == shown else shown
        low, high = rich.source_to_shown(source, start, end)
        cursor = self.textCursor()
        cursor.setPosition(low)
        cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- bold, italic -----------------------------------------------------------------------
    def bold(self) -> None:
        """Bold on the selection, or off when all of it is bold; without one, for what
        is typed next."""
        if self.isReadOnly():
            return
        fmt = QTextCharFormat()
        on = not self._all_marked(lambda span_bold, _italic: span_bold)
        fmt.setFontWeight(QFont.Weight.Bold.value if on else QFont.Weight.Normal.value)
        self.mergeCurrentCharFormat(fmt)
        self._show_marks()

    def italic(self) -> None:
        """Italic on the selection, or off when all of it is italic (as :meth:`bold`)."""
        if self.isReadOnly():
            return
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self._all_marked(lambda _bold, span_italic: span_italic))
        self.mergeCurrentCharFormat(fmt)
        self._show_marks()

    def _all_marked(self, marked: Callable[[bool, bool], bool]) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            fmt = self.currentCharFormat()
            return marked(rich.is_bold(fmt), fmt.fontItalic())
        found = rich.spans(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        text = [span for span in found if span.text.strip()]
        return bool(text) and all(marked(span.bold, span.italic) for span in text)

    def _show_marks(self) -> None:
        self.bold_action.setChecked(self._all_marked(lambda b, _i: b))
        self.italic_action.setChecked(self._all_marked(lambda _b, i: i))
        self.sig_format_changed.emit()

    # -- links ------------------------------------------------------------------------------
    def link_range(self) -> tuple[int, int, str] | None:
        """The link at the cursor (or holding the selection): start, end and address."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = cursor.block()
        low, high = block.position(), block.position() + block.length() - 1
        href = self._href_at(start) if start < high else None
        if href is None and start == end and start > low:
            href = self._href_at(start - 1)
        if href is None or any(self._href_at(p) != href for p in range(start, min(end, high))):
            return None
        while start > low and self._href_at(start - 1) == href:
            start -= 1
        while end < high and self._href_at(end) == href:
            end += 1
        return start, end, href

    def _href_at(self, position: int) -> str | None:
        """The address of the character at ``position`` (``None``: not in a link)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return rich.href_of(cursor.charFormat())

    def edit_link(self) -> None:
        """Ask for a link's text and address; edit or remove the link at the cursor."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        found = self.link_range()
        if found is not None:
            start, end, href = found
        else:
            start, end, href = cursor.selectionStart(), cursor.selectionEnd(), ""
        text = self._text_between(start, end)
        answer = self.link_prompt(self, LinkRequest(text, href))
        if answer is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        if answer.text and answer.text != text:
            fmt = QTextCharFormat(
                self._format_at(start) if end > start else self.currentCharFormat()
            )
            rich.set_link(fmt, answer.href)
            cursor.insertText(answer.text, fmt)
            end = start + len(answer.text)
        else:
            self._relink(start, end, answer.href)
        cursor.endEditBlock()
        cursor.setPosition(end)
        self.setTextCursor(cursor)
        self._leave_link()

    def _text_between(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def _format_at(self, position: int) -> QTextCharFormat:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()

    def _relink(self, start: int, end: int, href: str | None) -> None:
        """Link (or unlink) the characters from ``start`` to ``end``, keeping their marks."""
        position = start
        while position < end:
            fmt = self._format_at(position)
            stop = position + 1
            while stop < end and self._format_at(stop) == fmt:
                stop += 1
            rich.set_link(fmt, href)
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
            position = stop

    def _leave_link(self) -> None:
        """Text typed at a link's edge is not part of the link (as in word processors)."""
        cursor = self.textCursor()
        fmt = self.currentCharFormat()
        href = rich.href_of(fmt)
        if href is None or cursor.hasSelection():
            return
        block = cursor.block()
        position = cursor.position()
        before = self._href_at(position - 1) if position > block.position() else None
        after = (
            self._href_at(position) if position < block.position() + block.length() - 1 else None
        )
        if before == href == after:
            return
        plain = QTextCharFormat(fmt)
        rich.set_link(plain, None)
        self.setCurrentCharFormat(plain)

    def setReadOnly(self, read_only: bool) -> None:
        """Read-only also greys out Bold, Italic and Link (menu, shortcuts, Format bar)."""
        super().setReadOnly(read_only)
        for action in (self.bold_action, self.italic_action, self.link_action):
            action.setEnabled(not read_only)

    # -- keys, menu, paste ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination() == _LINK_KEY:  # on X11 the editor would delete to line end
            self.edit_link()
            return
        if event.text() and event.text().isprintable():
            self._leave_link()
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        menu.addActions([self.bold_action, self.italic_action, self.link_action])
        cursor = self.cursorForPosition(event.pos())
        for hook in list(self.context_menu_hooks):
            hook(menu, cursor)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste (or drop) only what the subset holds: see :mod:`editor.widgets.paste_clean`."""
        if self.isReadOnly():
            return
        formatted = source.hasHtml()
        if formatted:
            blocks = clean_html(source.html())
        elif source.hasText():
            blocks = plain_blocks(source.text())
        else:
            return
        if not blocks:
            return
        if self.block_paste is not None and any(block.list_kind for block in blocks):
            cursor = self.textCursor()
            before = rich.markdown(self.document(), 0, cursor.selectionStart())
            after = rich.markdown(self.document(), cursor.selectionEnd())
            if self.block_paste(before, blocks, after):
                return
        self.insert_blocks(blocks, formatted)

    def insert_blocks(self, blocks: Sequence[PastedBlock], formatted: bool = True) -> None:
        """Insert ``blocks`` at the cursor, one line each; ``formatted``: with their own marks
        (otherwise the text takes the marks at the cursor)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for index, block in enumerate(blocks):
            if index:
                cursor.insertBlock()
            if formatted:
                rich.insert_spans(cursor, block.spans)
            else:
                cursor.insertText("".join(span.text for span in block.spans))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- size -------------------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # re-wraps the text to the new width
        self._fit_height()

    def _fit_height(self) -> None:
        """Show the whole text (up to a limit), so a list of paragraphs reads like a page."""
        document = self.document()
        margin = 2 * document.documentMargin()
        text_height = document.size().height() - margin
        spacing = self.fontMetrics().lineSpacing()
        limit = _MAX_LINES * spacing
        # No scroll bar below the limit: its appearing would narrow the text and re-wrap it.
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if text_height > limit:
            policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        text_height = max(self._min_lines * spacing, min(limit, text_height))
        frame = self.contentsMargins()
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
        return self.text_edit.markdown()

    def same(self, shown: Any, model: Any) -> bool:
        """Equal when both show the same formatted text (``__a__`` is ``**a**``)."""
        shown_text, model_text = normalise(shown or ""), normalise(model or "")
        if not isinstance(shown_text, str) or not isinstance(model_text, str):
            return shown_text == model_text
        return shown_text == model_text or parse_inline(shown_text) == parse_inline(model_text)

    def _write(self, value: Any) -> None:
        self.text_edit.set_markdown("" if value is None else str(value))

    def input_widget(self) -> RichTextEdit:
        return self.text_edit

    def set_read_only(self, read_only: bool) -> None:
        self.text_edit.setReadOnly(read_only)
