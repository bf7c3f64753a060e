"""The Find and replace panel: the query, its options, the replacement, and the list of hits.

Only widgets: what a search finds and what a replacement does is
:class:`~editor.find_replace.FindReplace`'s, which fills the list and listens to the
signals. Each hit is a row with where it is and the text around it, the match in bold.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QIcon, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: The row's hit as (before, found, after), for the snippet column's bold match.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1


class _SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet with its match in bold (a rich-text label per row would be slower)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        before, found, after = index.data(SNIPPET_ROLE)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(f"{html.escape(before)}<b>{html.escape(found)}</b>{html.escape(after)}")
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(SNIPPET_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        rect = option.rect
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class FindPanel(QWidget):
    """Find (and, in replace mode, replace) controls above a list of hits."""

    sig_query_changed = Signal()
    """The query or one of its options changed; read :meth:`query`."""

    sig_next = Signal()
    """Go to the next hit (Enter in the find field, the Next button)."""

    sig_previous = Signal()
    """Go to the previous hit (Shift+Enter, the Previous button)."""

    sig_activated = Signal(int)
    """A hit was activated (Enter or double click in the list); carries its row."""

    sig_replace = Signal()
    """Replace the current hit."""

    sig_replace_all = Signal()
    """Replace every hit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in the whole publication"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.case_box = QCheckBox(self.tr("Match &case"), self)
        self.word_box = QCheckBox(self.tr("&Whole words"), self)
        style = self.style()
        self.previous_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Previous match")
        )
        self.next_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Next match")
        )
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_button.setToolTip(self.tr("Replace the selected match and go to the next"))
        self.replace_all_button = QPushButton(self.tr("Replace &all"), self)
        self.replace_all_button.setToolTip(self.tr("Replace every match, as one undo step"))
        self.find_label = QLabel(self.tr("&Find:"), self)
        self.find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel(self.tr("Replace &with:"), self)
        self.replace_label.setBuddy(self.replace_edit)
        self.hits = QTreeWidget(self)
        self.hits.setAccessibleName(self.tr("Matches"))
        self.hits.setAccessibleDescription(
            self.tr("Where each match is; activate one to go to its field")
        )
        self.hits.setHeaderLabels([self.tr("Where"), self.tr("Text")])
        self.hits.setRootIsDecorated(False)
        self.hits.setUniformRowHeights(True)
        self.hits.setAllColumnsShowFocus(True)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.hits.header().setStretchLastSection(True)
        self.hits.setColumnWidth(0, 380)
        self.hits.setItemDelegateForColumn(1, _SnippetDelegate(self.hits))
        self._layout()
        self._connect()

    def _tool(self, icon: QIcon, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        find_tools = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.next_button,
            self.count_label,
            self.case_box,
            self.word_box,
        ):
            find_tools.addWidget(widget)
        find_tools.addStretch(1)
        grid.addLayout(find_tools, 0, 2)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        replace_tools = QHBoxLayout()
        replace_tools.addWidget(self.replace_button)
        replace_tools.addWidget(self.replace_all_button)
        replace_tools.addStretch(1)
        grid.addLayout(replace_tools, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(grid)
        layout.addWidget(self.hits, 1)

    def _connect(self) -> None:
        self.find_edit.textChanged.connect(self.sig_query_changed)
        self.case_box.toggled.connect(self.sig_query_changed)
        self.word_box.toggled.connect(self.sig_query_changed)
        self.find_edit.returnPressed.connect(self._on_return)
        self.replace_edit.returnPressed.connect(self.sig_replace)
        self.next_button.clicked.connect(self.sig_next)
        self.previous_button.clicked.connect(self.sig_previous)
        self.replace_button.clicked.connect(self.sig_replace)
        self.replace_all_button.clicked.connect(self.sig_replace_all)
        self.hits.itemActivated.connect(
            lambda item, _column: self.sig_activated.emit(self.hits.indexOfTopLevelItem(item))
        )

    def _on_return(self) -> None:
        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        (self.sig_previous if shift else self.sig_next).emit()

    # -- state

    def query(self) -> tuple[str, bool, bool]:
        """The text to find, whether case matters, whether whole words only."""
        return self.find_edit.text(), self.case_box.isChecked(), self.word_box.isChecked()

    def replacement(self) -> str:
        """The text to put in place of each hit."""
        return self.replace_edit.text()

    def set_replacing(self, shown: bool, enabled: bool) -> None:
        """Show the replace row (Ctrl+H) or not (Ctrl+F); ``enabled`` is False read-only."""
        for widget in (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(shown)
            widget.setEnabled(enabled)
        tip = "" if enabled else self.tr("Read-only: replacing is not possible now")
        self.replace_edit.setToolTip(tip)

    def show_hits(
        self, rows: Sequence[tuple[str, str, str, str, str]], count_text: str, more: str = ""
    ) -> None:
        """Fill the list: one (where, before, found, after, tooltip) per hit; ``more`` is a
        last row that says what was left out."""
        with QSignalBlocker(self.hits):
            self.hits.clear()
            items = []
            for where, before, found, after, tip in rows:
                item = QTreeWidgetItem([where, f"{before}{found}{after}"])
                item.setData(1, SNIPPET_ROLE, (before, found, after))
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
                items.append(item)
            if more:
                item = QTreeWidgetItem(["", more])
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                items.append(item)
            self.hits.addTopLevelItems(items)
        self.count_label.setText(count_text)

    def set_current(self, row: int) -> None:
        """Select ``row`` (−1: none) without activating it."""
        with QSignalBlocker(self.hits):
            item = self.hits.topLevelItem(row) if row >= 0 else None
            if item is None:
                self.hits.clearSelection()
                return
            self.hits.setCurrentItem(item)
            self.hits.scrollToItem(item)

    def current_row(self) -> int:
        """The selected row, −1 when none."""
        item = self.hits.currentItem()
        return self.hits.indexOfTopLevelItem(item) if item is not None else -1

    def focus_find(self) -> None:
        """Put the cursor in the find field, its text selected to overtype."""
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
