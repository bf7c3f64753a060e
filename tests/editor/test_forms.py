"""Every form on the sample: typing edits the document, undo restores it, errors stay inline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTextEdit,
    QWidget,
)

import models
from editor.document import DocumentModel
from editor.forms import FormWidget, form_for
from editor.forms.base import ModelForm
from editor.targets import Target
from editor.widgets.body_blocks import BlockEditor
from editor.widgets.body_editor import BodyEditor
from editor.widgets.field_editor import FieldEditor
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from models.edit import get_at, replace_at
from models.richtext import parse_inline, plain_text

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
SECTION = Target("section", "verwaarloosde-organisatie")  # blocks[1]

# The offscreen platform says this whenever a shown window's size hints change.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as key events; non-ASCII goes as events with text (keyClicks aborts)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def leaf(form: ModelForm, *path: str | int) -> FieldEditor:
    """The editor at ``path``: field names, record keys, list rows and body block numbers."""
    editor: FieldEditor = form.editors[str(path[0])]
    for part in path[1:]:
        if isinstance(part, int) and isinstance(editor, BodyEditor):
            editor = editor.blocks()[part]
        elif isinstance(part, int):
            assert isinstance(editor, ListEditor)
            editor = editor.rows()[part]
        else:
            assert isinstance(editor, RecordEditor | BlockEditor)
            editor = editor.children_by_key[part]
    return editor


def to_end(widget: QWidget) -> None:
    if isinstance(widget, QTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(widget, QLineEdit):
        widget.end(False)


@pytest.fixture
def document() -> DocumentModel:
    return DocumentModel(models.load(SAMPLE))


@pytest.fixture
def make_form(qtbot: Any, document: DocumentModel) -> Any:
    def make(target: Target) -> ModelForm:
        form = form_for(target, document)
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        qtbot.waitExposed(form)
        form.windowHandle().requestActivate()  # focus needs an active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        assert isinstance(form, ModelForm)
        return form

    return make


CASES = [
    (Target("details"), ("title",), ("title",)),
    (Target("details"), ("event", "place"), ("event", "place")),
    (Target("intro"), ("intro", 0, "text"), ("intro", 0, "text")),
    (Target("intro"), ("key_takeaways", "lead"), ("key_takeaways", "lead")),
    (Target("speakers"), ("speakers", 0, "role"), ("speakers", 0, "role")),
    (Target("speaker", "joost-kampen"), ("organisation",), ("speakers", 0, "organisation")),
    (SECTION, ("title",), ("blocks", 1, "title")),
    (SECTION, ("takeaways", 1), ("blocks", 1, "takeaways", 1)),
    (SECTION, ("videos", 0, "access_note"), ("blocks", 1, "videos", 0, "access_note")),
    (Target("quote", "quote-maatwerk"), ("text",), ("blocks", 2, "text")),
    (Target("quote", "quote-maatwerk"), ("attribution",), ("blocks", 2, "attribution")),
    (Target("colophon"), ("organisation",), ("colophon", "organisation")),
    (Target("colophon"), ("credits", 1, "names", 0), ("colophon", "credits", 1, "names", 0)),
    (Target("theme"), ("primary_colour",), ("theme", "primary_colour")),
]


@pytest.mark.parametrize(("target", "path", "loc"), CASES)
def test_typing_edits_the_document_in_one_undo_step(
    qtbot: Any, document: DocumentModel, make_form: Any, target: Target, path: Any, loc: Any
) -> None:
    form = make_form(target)
    before = document.publication
    widget = leaf(form, *path).input_widget()
    typed = "#12345" if target.kind == "theme" else "abcde"
    if target.kind == "theme":
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)  # empty: invalid, document untouched
    to_end(widget)
    type_text(qtbot, widget, typed)
    if target.kind == "theme":
        assert document.publication is before  # "#12345" is not a colour yet
        type_text(qtbot, widget, "6")
        typed = "#123456"
    assert str(get_at(document.publication, loc)).endswith(typed)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.publication == before
    assert not str(get_at(document.publication, loc)).endswith(typed)
    assert typed not in _text(widget)  # the widget follows the model


def _text(widget: QWidget) -> str:
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def test_non_ascii_typing_and_focus_change_end_a_merge(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SECTION)
    title = leaf(form, "title").input_widget()
    title.setFocus()
    to_end(title)
    type_text(qtbot, title, " – één")
    assert document.publication.blocks[1].title.endswith("– één")
    assert document.undo_stack.count() == 1
    leaf(form, "takeaways", 0).input_widget().setFocus()
    title.setFocus()
    to_end(title)
    type_text(qtbot, title, "!")
    assert document.undo_stack.count() == 2


SPEAKER = Target("speaker", "joost-kampen")  # speakers[0]

INVALID = [
    (SPEAKER, ("name",), "", "must not be empty", "Nieuwe naam"),
    (Target("quote", "quote-maatwerk"), ("text",), "", "must not be empty", "Nieuw"),
    (Target("colophon"), ("email",), "foo", "E-mail ‘foo’ is not valid", "foo@example.org"),
    (Target("colophon"), ("website",), "ftp://x", "http://", "https://ok.example"),
    (Target("theme"), ("accent_colour",), "#zz0000", "#RRGGBB", "#AA0000"),
    (SECTION, ("videos", 0, "url"), "ftp://x", "http://", "https://ok.example"),
    (SECTION, ("takeaways", 0), "", "must not be empty", "Kort"),
]


@pytest.mark.parametrize(("target", "path", "bad", "message", "fix"), INVALID)
def test_invalid_input_is_shown_inline_and_kept(
    qtbot: Any,
    document: DocumentModel,
    make_form: Any,
    target: Target,
    path: Any,
    bad: str,
    message: str,
    fix: str,
) -> None:
    form = make_form(target)
    editor = leaf(form, *path)
    widget = editor.input_widget()
    widget.selectAll()
    if bad:
        type_text(qtbot, widget, bad[:-1])  # a prefix may still be valid
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    before, steps = document.publication, document.undo_stack.count()
    type_text(qtbot, widget, bad[-1:])  # this keystroke makes it invalid
    assert document.publication is before
    assert document.undo_stack.count() == steps
    assert message in editor.problem_text()
    assert editor.error_label.isVisibleTo(form)
    assert message in widget.accessibleDescription()
    assert _text(widget) == bad
    # Another edit elsewhere refreshes the form but keeps the rejected text and its error.
    document.apply(replace_at(document.publication, ("subtitle",), "x"), "other")
    assert _text(widget) == bad
    assert message in editor.problem_text()
    # Fixing it clears the error and applies.
    widget.selectAll()
    type_text(qtbot, widget, fix)
    assert editor.problem_text() == ""
    assert not editor.error_label.isVisibleTo(form)
    assert widget.accessibleDescription() == ""
    assert document.undo_stack.count() == steps + 2


def test_typed_link_markup_in_a_rich_field_stays_literal_text(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    """Links come from the link dialog, which checks them; typed marks are only text."""
    form = make_form(SECTION)
    widget = leaf(form, "takeaways", 0).input_widget()
    widget.selectAll()
    type_text(qtbot, widget, "[a](javascript:x) **b**")
    stored = document.publication.blocks[1].takeaways[0]
    assert stored == "\\[a\\](javascript:x) \\*\\*b\\*\\*"
    assert plain_text(stored) == "[a](javascript:x) **b**"
    assert all(span.href is None and not span.bold for span in parse_inline(stored))


def test_undo_of_the_field_replaces_the_rejected_text(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SPEAKER)
    editor = leaf(form, "name")
    widget = editor.input_widget()
    type_text(qtbot, widget, "X")
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert editor.problem_text()
    document.undo_stack.undo()  # the model's name changes back: the form shows it
    assert _text(widget) == document.publication.speakers[0].name
    assert editor.problem_text() == ""


def test_an_empty_section_title_makes_an_untitled_section(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    """Text without a heading (a lead-in, a closing word) is a section without a title."""
    form = make_form(SECTION)
    editor = leaf(form, "title")
    widget = editor.input_widget()
    assert "No title" in widget.placeholderText()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert document.publication.blocks[1].title == ""
    assert editor.problem_text() == ""
    assert document.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("target", "loc", "path"),
    [
        (Target("colophon"), ("colophon", "email"), ("email",)),
        (SECTION, ("blocks", 1, "title"), ("title",)),
        (SECTION, ("blocks", 1, "takeaways", 1), ("takeaways", 1)),
        (SECTION, ("blocks", 1, "videos", 0, "url"), ("videos", 0, "url")),
        (Target("details"), ("event", "name"), ("event", "name")),
        (Target("speaker", "willemijn-groot"), ("speakers", 1, "name"), ("name",)),
    ],
)
def test_focus_field_focuses_the_widget_for_a_loc(
    make_form: Any, target: Target, loc: Any, path: Any
) -> None:
    form = make_form(target)
    assert form.focus_field(loc)
    assert QApplication.focusWidget() is leaf(form, *path).input_widget()


def test_focus_field_refuses_locs_of_other_items(make_form: Any) -> None:
    form = make_form(SECTION)
    assert not form.focus_field(("blocks", 3, "title"))
    assert not form.focus_field(("colophon", "email"))


def test_a_deleted_item_shows_a_notice(qtbot: Any, document: DocumentModel, make_form: Any) -> None:
    form = make_form(SECTION)
    blocks = [b for b in document.publication.blocks if b.id != SECTION.item_id]
    document.apply(replace_at(document.publication, ("blocks",), blocks), "Delete")
    assert not form.item_exists
    assert form.notice.isVisibleTo(form)
    assert "no longer exists" in form.notice.text()
    assert not form.focus_field(("blocks", 1, "title"))
    document.undo_stack.undo()
    assert form.item_exists
    assert form.focus_field(("blocks", 1, "title"))


def test_a_moved_item_is_found_by_id(qtbot: Any, document: DocumentModel, make_form: Any) -> None:
    form = make_form(SECTION)
    blocks = list(reversed(document.publication.blocks))
    document.apply(replace_at(document.publication, ("blocks",), blocks), "Move")
    index = [b.id for b in document.publication.blocks].index(SECTION.item_id)
    widget = leaf(form, "title").input_widget()
    to_end(widget)
    type_text(qtbot, widget, "?")
    assert document.publication.blocks[index].title.endswith("??")


def test_read_only_forms_refuse_edits(qtbot: Any, document: DocumentModel, make_form: Any) -> None:
    form = make_form(SECTION)
    form.set_read_only(True)
    title = leaf(form, "title").input_widget()
    type_text(qtbot, title, "abc")
    takeaways = form.editors["takeaways"]
    assert isinstance(takeaways, ListEditor)
    assert not takeaways.add_button.isEnabled()
    assert document.undo_stack.count() == 0
    form.set_read_only(False)
    type_text(qtbot, title, "abc")
    assert document.undo_stack.count() == 1


INPUTS = (QLineEdit, QTextEdit, QComboBox, QCheckBox, QDateEdit, QAbstractButton)


@pytest.mark.parametrize(
    "target", [Target("details"), SECTION, Target("colophon"), Target("theme")]
)
def test_every_control_has_an_accessible_name(make_form: Any, target: Target) -> None:
    form = make_form(target)
    checked = 0
    for widget in form.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget.parent(), QComboBox | QDateEdit):
            continue  # a combo's or date edit's own line edit is part of it
        if widget.isVisibleTo(form):
            checked += 1
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            assert widget.accessibleName() or text, widget
    assert checked >= 5


def test_forms_for_every_target_kind(qtbot: Any, document: DocumentModel) -> None:
    for target in (Target("blocks"), Target("details"), Target("speakers")):
        form = form_for(target, document)
        qtbot.addWidget(form)
        assert isinstance(form, FormWidget)
        assert form.target == target


def test_a_destroyed_form_no_longer_listens(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    other = make_form(Target("colophon"))
    form = form_for(SECTION, document, other)  # as the main window does: a child form
    form.show()
    leaf(form, "title").input_widget().setFocus()  # focus inside the dying form
    form.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaf(other, "email").input_widget().setFocus()
    document.apply(replace_at(document.publication, ("subtitle",), "y"), "edit")
    document.undo_stack.undo()
    assert other.editors["email"].value() == "info@divosa.nl"
