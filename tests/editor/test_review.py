"""Review mode in the main window: read-only forms, banner, comments, status, jumping."""

from __future__ import annotations

import shutil
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import resources
from editor.files import Choice, Dialogs
from editor.forms.base import ModelForm
from editor.main_window import MainWindow
from editor.review.dialogs import ExportChoice
from editor.review.field_buttons import field_menu
from editor.review.panel import Filter
from editor.targets import Target
from models import load
from models.review import Anchor

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


class ScriptedReviewDialogs:
    """Answers review questions from queues; an unexpected question fails the test."""

    def __init__(self) -> None:
        self.answers: dict[str, deque[Any]] = {}
        self.asked: list[tuple[str, tuple[Any, ...]]] = []

    def script(self, question: str, *answers: Any) -> None:
        self.answers.setdefault(question, deque()).extend(answers)

    def _answer(self, question: str, *args: Any) -> Any:
        self.asked.append((question, args))
        queue = self.answers.get(question)
        assert queue, f"unexpected question {question}{args}"
        return queue.popleft()

    def ask_author(self, _parent: Any, suggestion: str) -> str | None:
        return self._answer("ask_author", suggestion)

    def ask_comment(self, _parent: Any, about: str) -> str | None:
        return self._answer("ask_comment", about)

    def ask_reply(self, _parent: Any, about: str) -> str | None:
        return self._answer("ask_reply", about)

    def ask_status_note(self, _parent: Any, status: str) -> str | None:
        return self._answer("ask_status_note", status)

    def confirm_unapproved_export(
        self, _parent: Any, status: str, open_comments: int
    ) -> ExportChoice | None:
        return self._answer("confirm_unapproved_export", status, open_comments)

    def choose_compare_file(self, _parent: Any, start: str) -> Path | None:
        return self._answer("choose_compare_file")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: dialogs.errors.append(m))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    return dialogs


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SAMPLE, tmp_path / "ruimte-voor-professionals"))


def make_window(qtbot: Any, tmp_path: Path, dialogs: Dialogs, *, review: bool) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs, review=review)
    window.review.dialogs = ScriptedReviewDialogs()  # type: ignore[assignment]
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def review_window(qtbot: Any, tmp_path: Path, dialogs: Dialogs, sample_copy: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path, dialogs, review=True)
    assert window.files.open_path(sample_copy)
    return window


def scripted(window: MainWindow) -> ScriptedReviewDialogs:
    return window.review.dialogs  # type: ignore[return-value]


def comments(window: MainWindow) -> list[Any]:
    assert window.document is not None
    return list(window.document.publication.review.comments)


def add(window: MainWindow, anchor: Anchor, text: str) -> str:
    scripted(window).script("ask_comment", text)
    comment_id = window.review.comment_on(anchor)
    assert comment_id is not None
    return comment_id


@pytest.fixture
def named(review_window: MainWindow) -> MainWindow:
    """The review window with the reviewer's name already known."""
    review_window.settings.setValue("review/author", "Anna de Vries")
    return review_window


# ---------------------------------------------------------------- review mode


def test_review_mode_makes_forms_read_only_and_shows_the_banner(review_window: MainWindow) -> None:
    window = review_window
    assert window.review.active and window.document.read_only
    assert window.review.banner.isVisible()
    assert window.review.banner.text() == ("Review mode — forms are read-only. [Start editing]")
    assert "(review)" in window.windowTitle()
    assert window.review.dock.isVisible()
    window.select_target(Target("section", "den-helder"))
    assert isinstance(window.form, ModelForm)
    title = window.form.editors["title"].input_widget()
    assert isinstance(title, QLineEdit) and title.isReadOnly()
    assert not any(action.isEnabled() for action in window.structure.all)
    assert window.review.review_mode.isChecked()


def test_start_editing_is_an_explicit_step(review_window: MainWindow) -> None:
    window = review_window
    window.select_target(Target("section", "den-helder"))
    window.review.banner.button.click()
    assert not window.review.active and not window.document.read_only
    assert not window.review.banner.isVisible()
    assert "(review)" not in window.windowTitle()
    assert not window.form.editors["title"].input_widget().isReadOnly()
    assert window.structure.add_section.isEnabled()
    window.review.review_mode.trigger()  # and back, from the Review menu
    assert window.review.active and window.form.editors["title"].input_widget().isReadOnly()
    assert not window.structure.add_section.isEnabled()


def test_editing_mode_has_no_banner(qtbot, tmp_path, dialogs, sample_copy) -> None:
    window = make_window(qtbot, tmp_path, dialogs, review=False)
    window.files.open_path(sample_copy)
    assert not window.review.active and not window.review.banner.isVisible()
    assert not window.review.dock.isVisible()


def test_open_for_review_from_the_file_menu(
    qtbot, tmp_path, dialogs, sample_copy, monkeypatch
) -> None:
    window = make_window(qtbot, tmp_path, dialogs, review=False)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.window_actions.open_for_review in file_menu.actions()
    monkeypatch.setattr(dialogs, "choose_open_file", lambda _p, _s: None)
    window.window_actions.open_for_review.trigger()  # cancelled: nothing changes
    assert not window.review.active and window.document is None
    monkeypatch.setattr(dialogs, "choose_open_file", lambda _p, _s: sample_copy)
    window.window_actions.open_for_review.trigger()
    assert window.review.active and window.document.read_only
    assert window.review.banner.isVisible()


# ---------------------------------------------------------------- comments


def test_the_author_is_asked_once_and_remembered(review_window: MainWindow) -> None:
    window = review_window
    scripted(window).script("ask_author", "Piet Jansen")
    first = add(window, Anchor(kind="publication"), "Eerste opmerking.")
    add(window, Anchor(kind="colophon"), "Tweede.")
    assert [q for q, _ in scripted(window).asked].count("ask_author") == 1
    assert window.settings.value("review/author") == "Piet Jansen"
    assert window.document.publication.review.comment(first).author == "Piet Jansen"


def test_no_name_no_comment(review_window: MainWindow) -> None:
    scripted(review_window).script("ask_author", None)
    assert review_window.review.comment_on(Anchor(kind="publication")) is None
    assert comments(review_window) == []


def test_add_comment_on_a_field_is_an_undoable_edit(named: MainWindow) -> None:
    window = named
    anchor = Anchor(kind="section", item_id="den-helder", field="title")
    comment_id = add(window, anchor, "Kan de titel korter?")
    (comment,) = comments(window)
    assert (comment.id, comment.anchor) == (comment_id, anchor)
    assert comment.text == "Kan de titel korter?"
    assert comment.author == "Anna de Vries" and comment.time.utcoffset() is not None
    assert comment.target_label == "Uit de praktijk gegrepen: de lerende organisatie Den Helder"
    asked = scripted(window).asked[-1]
    assert asked[0] == "ask_comment" and asked[1][0].endswith("› Title")
    assert window.isWindowModified()
    assert window.window_actions.undo.text() == "Undo Add comment"
    dock = window.review.dock
    assert dock.visible_comment_ids() == [comment_id] and dock.current_comment_id() == comment_id
    assert "Kan de titel korter?" in dock.thread_view.toPlainText()
    window.window_actions.undo.trigger()
    assert comments(window) == [] and dock.visible_comment_ids() == []


def test_reply_and_resolve_through_the_dock(named: MainWindow) -> None:
    window = named
    dock = window.review.dock
    comment_id = add(window, Anchor(kind="quote", item_id="quote-maatwerk"), "Mooi.")
    scripted(window).script("ask_reply", "Dank je.")
    dock.reply_button.click()
    (comment,) = comments(window)
    assert [(r.author, r.text) for r in comment.replies] == [("Anna de Vries", "Dank je.")]
    assert window.window_actions.undo.text() == "Undo Reply to comment"
    assert "Dank je." in dock.thread_view.toPlainText()
    assert dock.resolve_button.text() == "Resolve"
    dock.resolve_button.click()
    (comment,) = comments(window)
    assert comment.resolved and comment.resolved_by == "Anna de Vries"
    assert window.window_actions.undo.text() == "Undo Resolve comment"
    assert dock.visible_comment_ids() == []  # the list shows open comments
    dock.set_filter(Filter.RESOLVED)
    assert dock.visible_comment_ids() == [comment_id]
    dock.list.setCurrentRow(0)
    assert dock.resolve_button.text() == "Reopen"
    dock.resolve_button.click()
    assert not comments(window)[0].resolved
    window.window_actions.undo.trigger()
    assert comments(window)[0].resolved


def test_comment_from_the_navigator_context_menu(named: MainWindow) -> None:
    window = named
    index = window.navigator.navigator_model.index_for(Target("speaker", "marco-webeling"))
    menu = window.review.navigator_menu(window.navigator.visualRect(index).center())
    assert menu is not None
    (action,) = menu.actions()
    assert action.text().startswith("Comment on Speaker “")
    scripted(window).script("ask_comment", "Klopt de functie?")
    action.trigger()
    (comment,) = comments(window)
    assert comment.anchor == Anchor(kind="speaker", item_id="marco-webeling")
    assert window.navigator.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert window.review.navigator_menu(QPoint(5, 5000)) is None  # below the last entry


def test_comment_buttons_on_the_form(named: MainWindow) -> None:
    window = named
    window.select_target(Target("section", "den-helder"))
    buttons = window.review._buttons
    assert buttons is not None and {"title", "body", "takeaways"} <= set(buttons.buttons)
    button = buttons.buttons["title"]
    assert button.isVisible() and button.accessibleName() == "Comment on “Title”"
    scripted(window).script("ask_comment", "Te lang.")
    button.click()
    (comment,) = comments(window)
    assert comment.anchor == Anchor(kind="section", item_id="den-helder", field="title")
    assert button.text() == "1" and "1 open comment" in button.toolTip()
    label = window.form.form_layout.labelForField(window.form.editors["title"])
    menu = field_menu(window.form.editors["title"])
    assert menu is not None and [a.text() for a in menu.actions()] == ["Comment on “Title”…"]
    assert label is button.parent()  # the label cell holds the label and its button
    window.review.start_editing()  # while editing, only fields with comments keep a button
    assert button.isVisible() and not buttons.buttons["body"].isVisible()


def test_add_comment_action_uses_the_focused_field(qtbot, named: MainWindow) -> None:
    window = named
    window.select_target(Target("speaker", "marco-webeling"))
    role = window.form.editors["role"].input_widget()
    role.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is role)
    scripted(window).script("ask_comment", "Functie?")
    window.review.add_comment.trigger()
    assert comments(window)[0].anchor == Anchor(
        kind="speaker", item_id="marco-webeling", field="role"
    )
    window.navigator.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    scripted(window).script("ask_comment", "Hele spreker.")
    window.review.add_comment.trigger()
    assert comments(window)[1].anchor == Anchor(kind="speaker", item_id="marco-webeling")


def test_comment_on_is_the_hook_for_the_preview(named: MainWindow) -> None:
    scripted(named).script("ask_comment", None)  # cancelled
    assert named.review.comment_on(Anchor(kind="section", item_id="den-helder")) is None
    assert comments(named) == [] and not named.isWindowModified()


def test_jump_to_the_target_of_a_comment(qtbot, named: MainWindow) -> None:
    window = named
    add(window, Anchor(kind="section", item_id="den-helder", field="title"), "Titel?")
    add(window, Anchor(kind="colophon"), "Colofon.")
    window.select_target(Target("details"))
    dock = window.review.dock
    dock.list.setCurrentRow(0)
    dock.go_button.click()
    assert window.current_target() == Target("section", "den-helder")
    title = window.form.editors["title"].input_widget()
    qtbot.waitUntil(lambda: title.hasFocus() or QApplication.focusWidget() is title)
    dock.list.setCurrentRow(1)
    dock.list.itemActivated.emit(dock.list.item(1))  # a double click or Enter
    assert window.current_target() == Target("colophon")


def test_comments_follow_their_part_when_it_moves(named: MainWindow) -> None:
    window = named
    comment_id = add(window, Anchor(kind="section", item_id="den-helder"), "Hier.")
    window.review.start_editing()
    window.select_target(Target("section", "den-helder"))
    window.structure.move_up.trigger()
    window.structure.move_up.trigger()
    window.select_target(Target("details"))
    assert window.review.go_to(comment_id)
    assert window.current_target() == Target("section", "den-helder")


def test_a_deleted_target_leaves_a_visible_orphan(named: MainWindow) -> None:
    window = named
    comment_id = add(window, Anchor(kind="section", item_id="den-helder", field="title"), "Weg?")
    window.review.start_editing()
    window.select_target(Target("section", "den-helder"))
    window.structure.delete.trigger()
    dock = window.review.dock
    assert dock.visible_comment_ids() == [comment_id]  # still listed
    item = dock.list.item(0)
    assert "target deleted" in item.text() and item.font().italic()
    assert "Uit de praktijk gegrepen" in item.text()  # named as it was
    dock.list.setCurrentRow(0)
    assert not dock.go_button.isEnabled()
    assert not window.review.go_to(comment_id)
    assert "was deleted" in window.statusBar().currentMessage()
    window.window_actions.undo.trigger()  # the section is back, and so is the link
    assert "target deleted" not in dock.list.item(0).text()


# ---------------------------------------------------------------- status


def test_status_change_is_recorded_with_history(named: MainWindow) -> None:
    window = named
    actions = window.review.status_actions
    assert actions["draft"].isChecked()
    scripted(window).script("ask_status_note", "Graag voor vrijdag.", "")
    actions["in_review"].trigger()
    actions["approved"].trigger()
    review = window.document.publication.review
    assert review.status == "approved" and review.approved.who == "Anna de Vries"
    assert [(h.status, h.who, h.note) for h in review.history] == [
        ("in_review", "Anna de Vries", "Graag voor vrijdag."),
        ("approved", "Anna de Vries", ""),
    ]
    assert actions["approved"].isChecked()
    assert window.window_actions.undo.text() == "Undo Change review status"
    dock = window.review.dock
    assert dock.status.text().startswith("Status: Approved — approved by Anna de Vries")
    assert [dock.history.item(i).text().split(" · ")[2] for i in range(2)] == [
        "Approved",
        "In review\nGraag voor vrijdag.",
    ]
    assert window.review.status_label.text() == "Review: Approved"
    window.window_actions.undo.trigger()
    assert window.document.publication.review.status == "in_review"
    assert actions["in_review"].isChecked()


def test_cancelled_status_change_keeps_the_status(named: MainWindow) -> None:
    scripted(named).script("ask_status_note", None)
    named.review.status_actions["approved"].trigger()
    assert named.document.publication.review.status == "draft"
    assert named.review.status_actions["draft"].isChecked()


def test_review_state_is_saved_in_the_file(named: MainWindow, sample_copy: Path) -> None:
    window = named
    add(window, Anchor(kind="publication"), "Opgeslagen?")
    scripted(window).script("ask_status_note", "")
    window.review.set_status("in_review")
    assert window.window_actions.save.isEnabled()
    window.window_actions.save.trigger()
    review = load(sample_copy).publication.review
    assert review.status == "in_review" and [c.text for c in review.comments] == ["Opgeslagen?"]


def test_review_menu(named: MainWindow) -> None:
    titles = [a.text() for a in named.menuBar().actions()]
    assert "&Review" in titles
    texts = [a.text() for a in named.review.menu.actions() if not a.isSeparator()]
    assert texts[:4] == [
        "&Review mode",
        "&Add comment…",
        "Comment on the &whole publication…",
        "&Comments panel",
    ]
    assert "Co&mpare with…" in texts


# ---------------------------------------------------------------- parts


@pytest.fixture
def day_named(qtbot: Any, tmp_path: Path, dialogs: Dialogs, day_file: Path) -> MainWindow:
    """A review window on a day report with parts, the reviewer's name known."""
    window = make_window(qtbot, tmp_path, dialogs, review=True)
    assert window.files.open_path(day_file)
    window.settings.setValue("review/author", "Anna de Vries")
    return window


def test_comment_on_a_part_from_the_navigator(day_named: MainWindow) -> None:
    window = day_named
    index = window.navigator.navigator_model.index_for(Target("part", "ochtend"))
    menu = window.review.navigator_menu(window.navigator.visualRect(index).center())
    assert menu is not None
    (action,) = menu.actions()
    assert action.text() == "Comment on Part “De presentaties”…"
    scripted(window).script("ask_comment", "Klopt deze kop?")
    action.trigger()
    (comment,) = comments(window)
    assert comment.anchor == Anchor(kind="part", item_id="ochtend")
    assert comment.target_label == "De presentaties"


def test_comments_on_a_part_and_a_section_in_it_jump_to_their_fields(
    qtbot, day_named: MainWindow
) -> None:
    window = day_named
    window.select_target(Target("part", "workshops"))
    buttons = window.review._buttons
    assert buttons is not None and {"title", "intro", "language"} <= set(buttons.buttons)
    scripted(window).script("ask_comment", "Andere titel?")
    buttons.buttons["title"].click()
    part_comment = comments(window)[0]
    assert part_comment.anchor == Anchor(kind="part", item_id="workshops", field="title")
    in_part = add(window, Anchor(kind="section", item_id="ws-b", field="title"), "Engels?")
    window.select_target(Target("details"))
    assert window.review.go_to(in_part)
    assert window.current_target() == Target("section", "ws-b")
    title = window.form.editors["title"].input_widget()
    qtbot.waitUntil(lambda: title.hasFocus() or QApplication.focusWidget() is title)
    assert window.review.go_to(part_comment.id)
    assert window.current_target() == Target("part", "workshops")


def test_a_comment_follows_its_section_into_a_part(day_named: MainWindow) -> None:
    window = day_named
    comment_id = add(window, Anchor(kind="section", item_id="slot"), "Slotwoord.")
    window.review.start_editing()
    window.select_target(Target("section", "slot"))
    window.structure.move_into_part("ochtend")
    window.select_target(Target("details"))
    assert window.review.go_to(comment_id)
    assert window.current_target() == Target("section", "slot")
    text = window.review.dock.list.item(0).text()
    assert "Bram Okafor sloot de dag af" in text  # an untitled section: its first words
