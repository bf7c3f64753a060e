"""Reviewing: review mode, comments, status, compare, the export check.

The window holds one :class:`ReviewController` as ``window.review`` and lays out what it
makes: the Review menu, the review banner, the comments dock and the review status label;
the controller also puts comment buttons on forms. Review mode itself is the session's
(:attr:`~editor.session.Mode.REVIEW`): the controller switches it and follows it. Every
change it makes (add, reply, resolve, status) is one undoable document edit
(``DocumentModel.apply_review``, allowed in every mode), so undo, the modified mark and
saving work as for any edit; the review logic itself is the pure functions of
:mod:`models.review`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from editor.document import DocumentModel
from editor.file_safety import ShowMessage
from editor.files import Dialogs, display_name
from editor.forms import FormWidget
from editor.forms.base import ModelForm
from editor.message_text import error_text
from editor.navigator import NavigatorView
from editor.review.banner import ReviewBanner
from editor.review.comment_anchors import (
    anchor_for_target,
    anchor_text,
    describe,
    fields_of,
    label_for,
    loc_for_anchor,
    open_comments_text,
    status_label,
    target_for_anchor,
)
from editor.review.dialogs import ExportChoice, ReviewDialogs
from editor.review.field_buttons import FieldButtons, decorate
from editor.review.panel import ReviewDock
from editor.session import Mode, Session
from editor.targets import CurrentTarget, SelectTarget
from models import Project, ProjectFileError, load
from models.review import (
    STATUSES,
    Anchor,
    Comment,
    Reply,
    Review,
    Status,
    add_comment,
    add_reply,
    export_warning,
    now,
    open_comments,
    orphaned,
    set_resolved,
    set_status,
)
from models.types import new_id

if TYPE_CHECKING:
    from editor.review.compare import CompareDialog

AUTHOR_KEY = "review/author"


class ReviewController(QObject):
    """Review mode and everything a reviewer does, for one main window."""

    def __init__(
        self,
        session: Session,
        *,
        window: QWidget,
        navigator: NavigatorView,
        dialogs: Dialogs,
        settings: QSettings,
        current_form: Callable[[], FormWidget | None],
        current_target: CurrentTarget,
        select_target: SelectTarget,
        open_file: Callable[[], bool],
        show_message: ShowMessage,
    ) -> None:
        """``window`` holds the actions and widgets made here and parents the questions;
        ``open_file`` asks for a file and opens it (for "Open for review")."""
        super().__init__(window)
        self._session = session
        self._window = window
        self._navigator = navigator
        self._window_dialogs = dialogs
        self._settings = settings
        self._current_form = current_form
        self._current_target = current_target
        self._select_target = select_target
        self._open_file = open_file
        self._show_message = show_message
        self._buttons: FieldButtons | None = None
        self._watched: DocumentModel | None = None
        self.dialogs = ReviewDialogs()
        self.compare_dialog: CompareDialog | None = None
        self.dock = ReviewDock(window)
        self.banner = ReviewBanner(window)
        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(self.tr("Review status"))
        self._make_actions()
        self.menu = self._make_menu()
        self.dock.add_button.setDefaultAction(self.add_comment)
        self.dock.sig_reply_requested.connect(self.reply)
        self.dock.sig_resolve_requested.connect(self.set_resolved)
        self.dock.sig_go_to_requested.connect(self.go_to)
        self.banner.sig_start_editing.connect(self.start_editing)
        navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._navigator_menu)
        session.sig_document_replaced.connect(self._on_document_replaced)
        session.sig_mode_changed.connect(self._on_mode_changed)
        self._sync()

    # -- actions and menu

    def _make_actions(self) -> None:
        window = self._window

        def make(text: str, slot: Callable[[], object], tip: str, keys: str = "") -> QAction:
            action = QAction(text, window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False: slot())
            return action

        self.review_mode = make(
            self.tr("&Review mode"),
            lambda: self.set_active(self.review_mode.isChecked()),
            self.tr("Read-only forms for reviewing; comments and status still work"),
        )
        self.review_mode.setCheckable(True)
        self.add_comment = make(
            self.tr("&Add comment…"),
            self.comment_on_selection,
            self.tr("Comment on the selected part, or on the field that has the focus"),
            "Ctrl+Alt+M",
        )
        self.comment_publication = make(
            self.tr("Comment on the &whole publication…"),
            lambda: self.comment_on(Anchor(kind="publication")),
            self.tr("A comment about the publication as a whole"),
        )
        self.compare = make(
            self.tr("Co&mpare with…"),
            self.compare_with,
            self.tr("Show what changed between another version and this one"),
        )
        self.change_name = make(
            self.tr("Your &name…"),
            self.ask_author,
            self.tr("The name shown with your comments and status changes"),
        )
        self.status_group = QActionGroup(window)
        self.status_actions: dict[Status, QAction] = {}
        for status in STATUSES:
            action = make(
                status_label(status),
                partial(self.set_status, status),
                self.tr("Set the review status to “%1”").replace("%1", status_label(status)),
            )
            action.setCheckable(True)
            self.status_group.addAction(action)
            self.status_actions[status] = action

    def _make_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Review"), self._window)
        menu.addAction(self.review_mode)
        menu.addSeparator()
        menu.addActions([self.add_comment, self.comment_publication])
        menu.addAction(self.dock.toggleViewAction())
        menu.addSeparator()
        status = menu.addMenu(self.tr("&Status"))
        status.addActions(list(self.status_actions.values()))
        menu.addSeparator()
        menu.addAction(self.compare)
        menu.addSeparator()
        menu.addAction(self.change_name)
        return menu

    # -- review mode

    @property
    def active(self) -> bool:
        """Whether the session is in review mode (forms and structure read-only)."""
        return self._session.reviewing

    def set_active(self, active: bool) -> None:
        """Switch review mode on or off for the open document and every one opened later."""
        if active:
            self.dock.show()
        self._session.set_reviewing(active)
        self._sync()  # also when nothing changed: the menu's check mark follows the mode

    def start_editing(self) -> None:
        """Leave review mode: the explicit step from reviewing to editing."""
        self.set_active(False)

    def open_for_review(self) -> bool:
        """Ask for a file and open it in review mode; on cancel the mode stays as it was."""
        previous = self._session.reviewing
        self.set_active(True)
        if self._open_file():
            return True
        self.set_active(previous)
        return False

    # -- the author

    def author(self) -> str | None:
        """The reviewer's name: asked once, then remembered in the settings."""
        name = self._settings.value(AUTHOR_KEY, "", str)
        return name if isinstance(name, str) and name else self.ask_author()

    def _editor_name(self) -> str:
        """Who edits, for the history entry of an edit after approval (never asks)."""
        name = self._settings.value(AUTHOR_KEY, "", str)
        return name if isinstance(name, str) and name else (_login_name() or "?")

    def ask_author(self) -> str | None:
        current = self._settings.value(AUTHOR_KEY, "", str) or _login_name()
        name = self.dialogs.ask_author(self._window, str(current))
        if name:
            self._settings.setValue(AUTHOR_KEY, name)
        return name

    # -- comments

    def comment_on(self, anchor: Anchor) -> str | None:
        """Ask for a comment on ``anchor`` and add it; returns the new comment's id.

        The entry point for every place a comment starts: navigator, form fields, the
        Review menu, and the preview (which knows the ids of the parts it shows).
        """
        document = self._session.document
        if document is None:
            return None
        publication = document.publication
        author = self.author()
        if author is None:
            return None
        text = self.dialogs.ask_comment(self._window, anchor_text(publication, anchor))
        if text is None:
            return None
        comment_id = new_id("cmt")

        def make(review: Review) -> Review:
            comment = Comment(
                id=comment_id,
                anchor=anchor,
                target_label=label_for(publication, anchor),
                author=author,
                time=now(),
                text=text,
            )
            return add_comment(review, comment)

        if not self._edit(make, self.tr("Add comment")):
            return None
        self.dock.show()
        self.dock.select_comment(comment_id)
        return comment_id

    def comment_on_selection(self) -> str | None:
        """Comment on the field with the focus, else on the navigator's selected part."""
        target = self._current_target()
        field: str | None = None
        form = self._current_form()
        focus = QApplication.focusWidget()
        if isinstance(form, ModelForm) and focus is not None:
            for name, editor in form.editors.items():
                if editor is focus or editor.isAncestorOf(focus):
                    field = name
        anchor = anchor_for_target(target)
        if field is not None and field in fields_of(anchor):
            anchor = anchor_for_target(target, field)
        return self.comment_on(anchor)

    def reply(self, comment_id: str) -> bool:
        """Ask for a reply to a comment and add it to the thread."""
        document = self._session.document
        if document is None:
            return False
        comment = document.publication.review.comment(comment_id)
        author = self.author()
        if author is None:
            return False
        text = self.dialogs.ask_reply(self._window, describe(document.publication, comment))
        if text is None:
            return False
        return self._edit(
            lambda r: add_reply(r, comment_id, Reply(author=author, time=now(), text=text)),
            self.tr("Reply to comment"),
        )

    def set_resolved(self, comment_id: str, resolved: bool = True) -> bool:
        """Resolve (or reopen) a comment."""
        author = self.author() if resolved else ""
        if author is None:
            return False
        text = self.tr("Resolve comment") if resolved else self.tr("Reopen comment")
        return self._edit(lambda r: set_resolved(r, comment_id, resolved, author, now()), text)

    def go_to(self, comment_id: str) -> bool:
        """Select the part a comment is about (and focus its field); not for orphans."""
        document = self._session.document
        if document is None:
            return False
        publication = document.publication
        comment = publication.review.comment(comment_id)
        if orphaned(publication, comment):
            self._show_message(self.tr("The part this comment is about was deleted."), 8000)
            return False
        self._show_anchor(comment.anchor)
        return True

    def _show_anchor(self, anchor: Anchor) -> None:
        document = self._session.document
        assert document is not None
        loc = loc_for_anchor(document.publication, anchor)
        self._select_target(target_for_anchor(anchor), loc)

    # -- status

    def set_status(self, status: Status) -> bool:
        """Change the review status (asking for an optional note); recorded in the history."""
        document = self._session.document
        if document is None or document.publication.review.status == status:
            self._sync()
            return False
        author = self.author()
        note = (
            self.dialogs.ask_status_note(self._window, status_label(status))
            if author is not None
            else None
        )
        if author is None or note is None:
            self._sync()  # put the menu's check mark back
            return False
        still_open = len(open_comments(document.publication.review))
        if (
            status == "approved"
            and still_open
            and not self.dialogs.confirm_approval(self._window, still_open)
        ):
            self._sync()
            return False
        return self._edit(
            lambda r: set_status(r, status, author, now(), note), self.tr("Change review status")
        )

    # -- compare

    def compare_with(self, path: Path | None = None) -> CompareDialog | None:
        """Show what changed from another version (``path``, or one the user picks)."""
        document = self._session.document
        if document is None:
            return None
        if path is None:
            start = str(document.path.parent) if document.path is not None else str(Path.home())
            path = self.dialogs.choose_compare_file(self._window, start)
            if path is None:
                return None
        try:
            other = load(path)
        except ProjectFileError as error:
            self._window_dialogs.show_error(
                self._window, self.tr("Cannot compare"), error_text(error)
            )
            return None
        # Loaded at the first comparison: the diff and its dialog are large, the window's
        # first paint needs neither.
        from editor.review.compare import CompareDialog
        from models.diff import diff

        changes = diff(other.publication, document.publication)
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        dialog = CompareDialog(changes, display_name(path, path.name), self._window)
        dialog.sig_part_activated.connect(self._show_part)
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    def _show_part(self, kind: str, item_id: str | None, field: str | None) -> None:
        if self._session.document is None:
            return
        try:
            # ``kind`` is a str from the compare dialog; Anchor validates it (ValidationError).
            anchor = Anchor(kind=kind, item_id=item_id, field=field)  # type: ignore[arg-type]
        except ValidationError:
            anchor = Anchor(kind=kind, item_id=item_id)  # type: ignore[arg-type]  # as above
        self._show_anchor(anchor)

    # -- exporting

    def export_choice(self, project: Project) -> ExportChoice | None:
        """How to export ``project``: as it is, marked as a draft, or ``None`` (cancelled).

        Any publication that is not approved (including one that never entered review) is
        exported only after a warning, which offers to mark the output as a draft; the
        exporters then draw the mark (:attr:`exporters.ir.DocumentInfo.draft`).
        """
        review = project.publication.review
        if not export_warning(review):
            return ExportChoice(mark_as_draft=False)
        return self.dialogs.confirm_unapproved_export(
            self._window, status_label(review.status), len(open_comments(review))
        )

    # -- forms and navigator

    def decorate_form(self, form: FormWidget) -> None:
        """Add comment buttons and menus to a form the window has just shown."""
        self._buttons = None
        if form.target.kind in ("speakers", "blocks"):
            return
        self._buttons = decorate(form, anchor_for_target(form.target), self.comment_on)
        self._update_buttons()

    def navigator_menu(self, pos: QPoint) -> QMenu | None:
        """The navigator's context menu for the entry at ``pos`` (viewport coordinates)."""
        navigator = self._navigator
        target = navigator.navigator_model.target_at(navigator.indexAt(pos))
        if target is None or self._session.document is None:
            return None
        anchor = anchor_for_target(target)
        menu = QMenu(navigator)
        text = anchor_text(self._session.document.publication, anchor)
        menu.addAction(
            self.tr("Comment on %1…").replace("%1", text), lambda: self.comment_on(anchor)
        )
        return menu

    def _navigator_menu(self, pos: QPoint) -> None:
        menu = self.navigator_menu(pos)
        if menu is not None:
            menu.exec(self._navigator.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # -- keeping the view in step

    def _edit(self, make: Callable[[Review], Review], text: str) -> bool:
        """Apply ``make`` to the review as one undoable edit named ``text``."""
        document = self._session.document
        if document is None:
            return False
        try:
            document.apply_review(make(document.publication.review), text)
        except (ValidationError, KeyError) as error:
            self._window_dialogs.show_error(self._window, text, _message(error))
            return False
        return True

    def _on_document_replaced(self) -> None:
        document = self._session.document
        if document is not None and document is not self._watched:
            document.sig_document_changed.connect(self._sync)
            document.editor_name = self._editor_name
        self._watched = document
        self._buttons = None if self._current_form() is None else self._buttons
        self._sync()

    def _on_mode_changed(self, _mode: Mode) -> None:
        self._sync()

    def _sync(self) -> None:
        """Show the document's review state in the dock, menu, status bar and banner."""
        document = self._session.document
        publication = document.publication if document is not None else None
        self.dock.show_publication(publication)
        active = self._session.reviewing
        self.banner.setVisible(active and document is not None)
        self.review_mode.setChecked(active)
        for action in (self.add_comment, self.comment_publication, self.compare):
            action.setEnabled(document is not None)
        for status, action in self.status_actions.items():
            action.setEnabled(document is not None)
            action.setChecked(publication is not None and publication.review.status == status)
        if publication is None:
            self.status_label.clear()
        else:
            review = publication.review
            text = self.tr("Review: %1").replace("%1", status_label(review.status))
            count = len(open_comments(review))
            if count:
                text += " · " + open_comments_text(count)
            self.status_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        buttons, document = self._buttons, self._session.document
        if buttons is None or document is None or buttons.form is not self._current_form():
            return
        base = anchor_for_target(buttons.form.target)
        counts: dict[str, int] = {}
        for comment in open_comments(document.publication.review):
            anchor = comment.anchor
            if (anchor.kind, anchor.item_id) == (base.kind, base.item_id) and anchor.field:
                counts[anchor.field] = counts.get(anchor.field, 0) + 1
        buttons.set_counts(counts)
        for name, button in buttons.buttons.items():
            button.setVisible(self._session.reviewing or counts.get(name, 0) > 0)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return ""


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return str(first.get("msg", error))
    return error_text(error)
