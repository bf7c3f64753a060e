"""The "Review" dock: the status, the comments (filtered, orphans marked), and the history.

A view of the document's review state, rebuilt on every document change. It changes
nothing itself: its buttons emit requests (reply, resolve, go to) that the
:class:`~editor.review.controller.ReviewController` carries out as undoable edits.
"""

from __future__ import annotations

import enum
import html

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.review.comment_anchors import describe, replies_text, status_label, when_text
from models import Publication
from models.operations import block_label
from models.review import Comment, orphaned

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Filter(enum.Enum):
    """Which comments the list shows."""

    OPEN = "open"
    RESOLVED = "resolved"
    ALL = "all"


class ReviewDock(QDockWidget):
    """Comments and status history of the open document."""

    sig_reply_requested = Signal(str)
    """Reply to the comment with this id."""

    sig_resolve_requested = Signal(str, bool)
    """Resolve (``True``) or reopen (``False``) the comment with this id."""

    sig_go_to_requested = Signal(str)
    """Show the part the comment with this id is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review"), parent)
        self.setObjectName("review-dock")  # saveState needs a name
        self.toggleViewAction().setText(self.tr("&Comments panel"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide comments and review status"))
        self._publication: Publication | None = None
        self._shown: object = ()  # what the lists show now (see _shown_state)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review status"))
        layout.addWidget(self.status)
        self.tabs = QTabWidget(body)
        self.tabs.addTab(self._comments_tab(), self.tr("Comments"))
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setWordWrap(True)
        self.tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.show_publication(None)

    def _comments_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.filter = QComboBox(tab)
        self.filter.setAccessibleName(self.tr("Show comments"))
        for value, text in (
            (Filter.OPEN, self.tr("Open")),
            (Filter.RESOLVED, self.tr("Resolved")),
            (Filter.ALL, self.tr("All")),
        ):
            self.filter.addItem(text, value)
        self.filter.currentIndexChanged.connect(self._rebuild)
        row.addWidget(self.filter, 1)
        self.add_button = QToolButton(tab)  # its action is set by the controller
        row.addWidget(self.add_button)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        self.list = QListWidget(split)
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.setAccessibleDescription(self.tr("Activate a comment to go to its part"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._show_thread)
        self.list.itemActivated.connect(self._on_activated)
        self.thread_view = QTextBrowser(split)
        self.thread_view.setAccessibleName(self.tr("Comment thread"))
        self.thread_view.setOpenLinks(False)
        split.addWidget(self.list)
        split.addWidget(self.thread_view)
        split.setSizes([300, 200])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Reply…"), tab)
        self.reply_button.clicked.connect(lambda: self._request(self.sig_reply_requested))
        self.resolve_button = QPushButton(self.tr("Resolve"), tab)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.go_button = QPushButton(self.tr("Go to"), tab)
        self.go_button.clicked.connect(lambda: self._request(self.sig_go_to_requested))
        for button in (self.reply_button, self.resolve_button, self.go_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return tab

    # -- showing

    def set_filter(self, value: Filter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(value))

    def show_publication(self, publication: Publication | None) -> None:
        """Show the review state of ``publication`` (``None``: no document).

        Called after every edit; when neither the review nor the names of the parts it
        refers to changed (the usual keystroke), the lists are left alone.
        """
        key = _shown_state(publication)
        self._publication = publication
        if key == self._shown:
            return
        self._shown = key
        self.setEnabled(publication is not None)
        if publication is None:
            self.status.setText(self.tr("No publication is open."))
            self.history.clear()
            self._rebuild()
            return
        review = publication.review
        text = self.tr("Status: %1").replace("%1", status_label(review.status))
        if review.approved is not None:
            text += " — " + self.tr("approved by %1 on %2").replace(
                "%1", review.approved.who
            ).replace("%2", when_text(review.approved.when))
        self.status.setText(text)
        self.history.clear()
        for change in reversed(review.history):
            line = f"{when_text(change.when)} · {change.who} · {status_label(change.status)}"
            if change.note:
                line += f"\n{change.note}"
            self.history.addItem(line)
        if not review.history:
            self._placeholder(self.history, self.tr("No status changes yet."))
        self._rebuild()

    def _placeholder(self, widget: QListWidget, text: str) -> None:
        QListWidgetItem(text, widget).setFlags(Qt.ItemFlag.NoItemFlags)

    def visible_comment_ids(self) -> list[str]:
        """The ids of the comments the list shows now, top to bottom."""
        ids = [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]
        return [i for i in ids if isinstance(i, str)]

    def current_comment_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def select_comment(self, comment_id: str) -> bool:
        """Select the comment (switching the filter to All if it is filtered out)."""
        if comment_id not in self.visible_comment_ids():
            self.set_filter(Filter.ALL)
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == comment_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _rebuild(self) -> None:
        keep = self.current_comment_id()
        self.list.clear()
        publication = self._publication
        if publication is None:
            self._show_thread()
            return
        wanted = self.filter.currentData()
        comments = [
            c
            for c in publication.review.comments
            if wanted is Filter.ALL or c.resolved == (wanted is Filter.RESOLVED)
        ]
        for comment in comments:
            self.list.addItem(self._item(publication, comment))
        if not comments:
            empty = {
                Filter.OPEN: self.tr("No open comments."),
                Filter.RESOLVED: self.tr("No resolved comments."),
                Filter.ALL: self.tr("No comments yet."),
            }
            self._placeholder(self.list, empty[wanted])
        if keep is not None and keep in self.visible_comment_ids():
            self.select_comment(keep)
        self._show_thread()

    def _item(self, publication: Publication, comment: Comment) -> QListWidgetItem:
        gone = orphaned(publication, comment)
        meta = f"{comment.author} · {when_text(comment.time)}"
        if comment.replies:
            meta += " · " + replies_text(len(comment.replies))
        if comment.resolved:
            meta += " · " + self.tr("resolved")
        first = comment.text.splitlines()[0]
        excerpt = first if len(first) <= 120 else first[:119] + "…"
        item = QListWidgetItem(f"{describe(publication, comment)}\n{meta}\n{excerpt}")
        item.setData(ID_ROLE, comment.id)
        item.setToolTip(comment.text)
        if gone:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QColor("#8A1C1C"))
        elif comment.resolved:
            item.setForeground(QColor("#666666"))
        return item

    def _show_thread(self, *_args: object) -> None:
        comment = self._current_comment()
        for button in (self.reply_button, self.resolve_button, self.go_button):
            button.setEnabled(comment is not None)
        if comment is None or self._publication is None:
            self.thread_view.clear()
            self.resolve_button.setText(self.tr("Resolve"))
            return
        self.resolve_button.setText(self.tr("Reopen") if comment.resolved else self.tr("Resolve"))
        self.go_button.setEnabled(not orphaned(self._publication, comment))
        self.thread_view.setHtml(thread_html(self._publication, comment))

    def _current_comment(self) -> Comment | None:
        comment_id = self.current_comment_id()
        if comment_id is None or self._publication is None:
            return None
        try:
            return self._publication.review.comment(comment_id)
        except KeyError:
            return None

    # -- requests

    def _request(self, signal: SignalInstance) -> None:
        comment_id = self.current_comment_id()
        if comment_id is not None:
            signal.emit(comment_id)

    def _on_resolve(self) -> None:
        comment = self._current_comment()
        if comment is not None:
            self.sig_resolve_requested.emit(comment.id, not comment.resolved)

    def _on_activated(self, item: QListWidgetItem) -> None:
        comment_id = item.data(ID_ROLE)
        if isinstance(comment_id, str):
            self.sig_go_to_requested.emit(comment_id)


def _shown_state(publication: Publication | None) -> object:
    """What the dock's text depends on: the review, and the parts' names if it has comments."""
    if publication is None:
        return None
    review = publication.review
    if not review.comments:
        return (review,)
    blocks = tuple(
        (b.kind, b.id, block_label(b)) for _loc, b in publication.iter_blocks(parts=True)
    )
    speakers = tuple((s.id, s.display_name) for s in publication.speakers)
    return (review, blocks, speakers)


def thread_html(publication: Publication, comment: Comment) -> str:
    """A comment and its replies as HTML; every text from the file is escaped."""

    def entry(author: str, when: str, text: str) -> str:
        body = html.escape(text).replace("\n", "<br>")
        return (
            f"<p style='margin-bottom:2px'><b>{html.escape(author)}</b> "
            f"<span style='color:#666'>{html.escape(when)}</span></p>"
            f"<p style='margin-top:0'>{body}</p>"
        )

    parts = [f"<p><i>{html.escape(describe(publication, comment))}</i></p>"]
    parts.append(entry(comment.author, when_text(comment.time), comment.text))
    for reply in comment.replies:
        parts.append(
            "<div style='margin-left:16px'>"
            + entry(reply.author, when_text(reply.time), reply.text)
            + "</div>"
        )
    if comment.resolved:
        resolved = "✓ " + html.escape(comment.resolved_by)
        if comment.resolved_at is not None:
            resolved += f" · {html.escape(when_text(comment.resolved_at))}"
        parts.append(f"<p style='color:#2E7D32'>{resolved}</p>")
    return "".join(parts)
