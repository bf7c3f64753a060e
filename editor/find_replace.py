"""Find and replace in the editor: Ctrl+F, Ctrl+H, F3 / Shift+F3, and a dock with the hits.

The search and the replacing are :mod:`models.search`'s; this module words the hits in the
UI's language (a hit's place as a problem's is: :func:`editor.problem_text.where_text`),
keeps the list in step with the document (a moment after the edits pause, as the Problems
dock does), and goes to a hit the way a problem is gone to: the navigator
selects the hit's part, its form focuses the field (:func:`editor.locate.target_for_loc`,
``FormWidget.focus_field``), and the hit's characters are selected in that field by their
offsets in the shown text (a rich field shows formatting, not marks: ``Hit.shown_start``).

"Replace" and "Replace all" are one undo step each, named after what they did. Replacing
is off whenever the session does not allow edits (review mode, a file open elsewhere); the
find half keeps working there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor.document import DocumentModel
from editor.forms import FormWidget
from editor.locate import target_for_loc
from editor.problem_text import where_text
from editor.session import Mode, Session
from editor.targets import SelectTarget
from editor.widgets.find_panel import FindPanel

if TYPE_CHECKING:  # models.search is loaded at the first search: the first paint needs none
    from models.labels import Place
    from models.search import Hit

#: Quiet time after an edit before the hits are looked for again.
REFRESH_DELAY_MS = 250
#: Quiet time after a keystroke in the find field before looking (a search of a long
#: publication for a short query takes tens of milliseconds).
QUERY_DELAY_MS = 120
#: Hits listed at most; F3 goes on to the rest. Listing costs about 0.1 ms a row, and a
#: list of thousands (every "de") helps nobody: the count says how many there are.
LISTED = 500


def select_range(widget: QWidget | None, start: int, end: int) -> bool:
    """Select characters ``start:end`` of the text a field shows (``Hit.shown_start``:
    a rich field shows its formatted characters, loaded from the same spans the search
    reads, so no mapping is needed here); ``False`` for a widget that is no text field."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    return False


class FindReplace(QObject):
    """The Find and replace dock, its actions, and what they do to the session's document."""

    def __init__(
        self,
        session: Session,
        window: QWidget,
        *,
        select_target: SelectTarget,
        current_form: Callable[[], FormWidget | None],
        show_message: Callable[[str, int], None],
        show_error: Callable[[str, str], None],
    ) -> None:
        """``select_target`` shows a part and focuses a field, ``current_form`` is the form
        shown now; messages go to ``show_message`` (text, milliseconds) and errors to
        ``show_error`` (title, text)."""
        super().__init__(window)
        self._session = session
        self._window = window
        self._select_target = select_target
        self._current_form = current_form
        self._show_message = show_message
        self._show_error = show_error
        self._document: DocumentModel | None = None
        self._hits: list[Hit] = []
        self._current = -1
        self._replacing = False  # Ctrl+H shows the replace row, Ctrl+F hides it
        self.panel = FindPanel()
        self.dock = QDockWidget(self.tr("Find and replace"), window)
        self.dock.setObjectName("find-dock")  # saveState needs a name
        self.dock.setWidget(self.panel)
        self.dock.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self._make_actions(window)
        self._connect()
        self._on_document_replaced()

    def _make_actions(self, window: QWidget) -> None:
        Key = QKeySequence.StandardKey

        def make(
            text: str, tip: str, keys: list[QKeySequence], slot: Callable[[], None]
        ) -> QAction:
            action = QAction(text, window)
            action.setShortcuts([k for k in keys if not k.isEmpty()])
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            window.addAction(action)  # the keys work wherever the focus is in the window
            return action

        self.find_action = make(
            self.tr("&Find…"),
            self.tr("Find text anywhere in the publication"),
            [QKeySequence(Key.Find)],
            self.open_find,
        )
        replace_keys = [QKeySequence(Key.Replace), QKeySequence("Ctrl+H")]
        self.replace_action = make(
            self.tr("R&eplace…"),
            self.tr("Find text and replace it, one match or all of them"),
            list(dict.fromkeys(replace_keys)),
            self.open_replace,
        )
        self.next_action = make(
            self.tr("Find &next"),
            self.tr("Go to the next match"),
            [QKeySequence(Key.FindNext)],
            lambda: self.step(1),
        )
        self.previous_action = make(
            self.tr("Find pre&vious"),
            self.tr("Go to the previous match"),
            [QKeySequence(Key.FindPrevious)],
            lambda: self.step(-1),
        )
        close = QAction(self.dock)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close)
        self.dock.addAction(close)

    @property
    def actions(self) -> list[QAction]:
        """Find, Replace, Find next, Find previous: for the Edit menu."""
        return [self.find_action, self.replace_action, self.next_action, self.previous_action]

    def _connect(self) -> None:
        panel = self.panel
        panel.sig_query_changed.connect(self._on_query_changed)
        panel.sig_next.connect(lambda: self.step(1, focus_field=False))
        panel.sig_previous.connect(lambda: self.step(-1, focus_field=False))
        panel.sig_activated.connect(self.go_to)
        panel.sig_replace.connect(self.replace_current)
        panel.sig_replace_all.connect(self.replace_all)
        self.dock.visibilityChanged.connect(self._on_visibility)
        self._session.sig_document_replaced.connect(self._on_document_replaced)
        self._session.sig_mode_changed.connect(self._on_mode_changed)

    # -- opening and closing

    def open_find(self) -> None:
        """Show the dock with the find field in focus (Ctrl+F)."""
        self._open(replacing=False)

    def open_replace(self) -> None:
        """Show the dock with the replace row too (Ctrl+H)."""
        self._open(replacing=True)

    def _open(self, replacing: bool) -> None:
        if self._session.document is None:
            return
        self._replacing = replacing
        selected = _selected_text(self._window.focusWidget())
        if selected:
            self.panel.find_edit.setText(selected)
        self._update_enabled()
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        self.panel.focus_find()

    def close(self) -> None:
        """Hide the dock (Escape); the focus goes back to the form."""
        self.dock.hide()
        form = self._current_form()
        if form is not None:
            form.setFocus()

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh()
        else:
            self._timer.stop()

    # -- the document

    def _on_document_replaced(self) -> None:
        old, self._document = self._document, self._session.document
        if old is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old one may be gone
                old.sig_document_changed.disconnect(self._schedule)
        if self._document is not None:
            self._document.sig_document_changed.connect(self._schedule)
        self._current = -1
        if self._document is None:
            self.dock.hide()
        self.refresh()
        self._update_enabled()

    def _schedule(self) -> None:
        if self.dock.isVisible():
            self._timer.start(REFRESH_DELAY_MS)

    def _on_mode_changed(self, _mode: Mode) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_document = self._session.document is not None
        editable = has_document and self._session.mode.allows_edits
        for action in self.actions:
            action.setEnabled(has_document)
        self.panel.set_replacing(self._replacing, editable)

    # -- the hits

    @property
    def hits(self) -> list[Hit]:
        """The hits listed now, in reading order."""
        return list(self._hits)

    @property
    def current(self) -> int:
        """The row of the current hit; −1 when none."""
        return self._current

    def _on_query_changed(self) -> None:
        self._current = -1
        self._timer.start(QUERY_DELAY_MS)

    @property
    def pending(self) -> bool:
        """Whether a search is waiting for a pause in the typing (the list may be behind)."""
        return self._timer.isActive()

    def refresh(self) -> None:
        """Look for the query in the document now and list the hits."""
        self._timer.stop()
        text, case, word = self.panel.query()
        document = self._session.document
        hits: list[Hit] = []
        if document and text:
            from models.search import find

            hits = find(document.publication, text, case, word)
        if hits != self._hits or not hits:
            self._hits = hits
            labels: dict[Place, str] = {}  # many hits share a place: word each once
            rows = []
            for hit in hits[:LISTED]:
                where = labels.get(hit.place)
                if where is None:
                    where = labels[hit.place] = where_text(hit.place)
                before, after = hit.before, hit.after
                rows.append((where, before, hit.found, after, f"{before}{hit.found}{after}"))
            more = len(hits) - LISTED
            note = self.tr("… and %1 more: make the search narrower").replace("%1", str(more))
            self.panel.show_hits(rows, self._count_text(), note if more > 0 else "")
        self._current = min(self._current, len(self._hits) - 1)
        self.panel.set_current(self._current)
        self.panel.count_label.setText(self._count_text())

    def _count_text(self) -> str:
        if not self.panel.query()[0]:
            return ""
        if not self._hits:
            return self.tr("No matches")
        if self._current < 0:
            return self.tr("%1 found").replace("%1", str(len(self._hits)))
        return (
            self.tr("%1 of %2")
            .replace("%1", str(self._current + 1))
            .replace("%2", str(len(self._hits)))
        )

    def step(self, delta: int, focus_field: bool = True) -> None:
        """Go to the next (``delta`` 1) or previous (−1) hit, round the end (F3, Shift+F3)."""
        if not self.dock.isVisible() or self.pending:
            self.dock.show()
            self.refresh()
        if not self._hits:
            self._show_message(self.tr("No matches"), 3000)
            return
        if self._current < 0:
            row = 0 if delta > 0 else len(self._hits) - 1
        else:
            row = (self._current + delta) % len(self._hits)
        self.go_to(row, focus_field)

    def go_to(self, row: int, focus_field: bool = True) -> None:
        """Show hit ``row``: its part, its field, the hit's characters selected there.

        With ``focus_field`` False the keyboard focus comes back to the find field, so
        Enter there goes on to the next hit.
        """
        document = self._session.document
        if document is None or not 0 <= row < len(self._hits):
            return
        self._current = row
        self.panel.set_current(row)
        self.panel.count_label.setText(self._count_text())
        hit = self._hits[row]
        self._select_target(target_for_loc(document.publication, hit.loc), hit.loc)
        form = self._current_form()
        if form is not None:
            select_range(form.focusWidget(), hit.shown_start, hit.shown_end)
        if not focus_field:
            self.panel.find_edit.setFocus()

    # -- replacing

    def replace_current(self) -> None:
        """Replace the current hit (the first when none is chosen) and go to the next."""
        document = self._session.document
        if document is None or not self._can_replace():
            return
        self.refresh()
        if not self._hits:
            return
        row = max(self._current, 0)
        hit = self._hits[row]
        if not self._apply([hit]):
            return
        # The next hit is the first one after the new text (which may hold the query).
        position = hit.shown_start + len(self.panel.replacement())
        self.refresh()
        from models.search import text_fields

        order = {field.loc: i for i, field in enumerate(text_fields(document.publication))}
        here = (order.get(hit.loc, -1), position)
        after = [
            i for i, h in enumerate(self._hits) if (order.get(h.loc, -1), h.shown_start) >= here
        ]
        if self._hits:
            self.go_to(after[0] if after else 0, focus_field=False)

    def replace_all(self) -> None:
        """Replace every hit, as one undo step."""
        if not self._can_replace():
            return
        self.refresh()
        if self._hits and self._apply(self._hits):
            self.refresh()

    def _can_replace(self) -> bool:
        document = self._session.document
        return document is not None and self._session.mode.allows_edits

    def _apply(self, hits: list[Hit]) -> bool:
        """Replace ``hits`` as one undo step; ``True`` when something was replaced."""
        document = self._session.document
        if document is None:
            return False
        from models.search import ReplaceError, replace_hits

        replacement = self.panel.replacement()
        try:
            result = replace_hits(document.publication, hits, replacement)
        except ReplaceError as error:
            where = where_text(error.place)
            if error.emptied:
                text = self.tr("Replacing would leave %1 empty.").replace("%1", where)
            else:
                text = self.tr("Replacing would make %1 invalid.").replace("%1", where)
            self._show_error(self.tr("Replace"), text)
            return False
        if result.skipped:
            message = self.tr(
                "%1 not replaced: the text changed meanwhile, "
                "or the formatting around them could not be kept."
            ).replace("%1", str(result.skipped))
            self._show_message(message, 8000)
        if not result.replaced:
            return False
        name = (
            self.tr("Replace ‘%1’ with ‘%2’ (%3×)")
            .replace("%1", hits[0].found)
            .replace("%2", replacement)
            .replace("%3", str(result.replaced))
        )
        return document.apply(result.publication, name)


def _selected_text(widget: QWidget | None) -> str:
    """The selection in ``widget`` when it is one short line, to search for it."""
    text = ""
    if isinstance(widget, QLineEdit):
        text = widget.selectedText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.textCursor().selectedText()
    return text if text and "\u2029" not in text and len(text) <= 80 else ""
