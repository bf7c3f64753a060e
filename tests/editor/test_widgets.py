"""The reusable field widgets: rich text actions, colours, dates, choices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import Field
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

import models
from editor.document import DocumentModel
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.targets import Target
from editor.widgets.colour_field import ColourField
from editor.widgets.field_editor import FieldEditor
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from editor.widgets.registry import FieldContext, editor_for, field_type
from editor.widgets.rich_text_edit import RichField, RichTextEdit
from editor.widgets.rich_text_link import LinkAnswer, LinkRequest
from editor.widgets.simple_fields import CheckField, ComboField, DateField, LineField
from models.base import Model
from models.types import RichText, Text, Url

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def activate(qtbot: Any, widget: QWidget) -> None:
    """Show ``widget`` as the active window: shortcuts and focus need one."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


@pytest.fixture
def edit(qtbot: Any) -> RichTextEdit:
    edit = RichTextEdit()
    edit.set_markdown("een belangrijk woord")
    activate(qtbot, edit)
    edit.setFocus()
    return edit


def select(edit: RichTextEdit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_ctrl_b_makes_the_selection_bold(qtbot: Any, edit: RichTextEdit) -> None:
    select(edit, 4, 14)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "een belangrijk woord"  # formatting, no marks to see
    assert edit.markdown() == "een **belangrijk** woord"
    assert edit.textCursor().selectedText() == "belangrijk"  # still selected: Ctrl+I stacks
    assert edit.bold_action.isChecked()
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edit.markdown() == "een belangrijk woord"  # Ctrl+B again: bold off
    assert not edit.bold_action.isChecked()


def test_ctrl_i_makes_the_selection_italic(qtbot: Any, edit: RichTextEdit) -> None:
    select(edit, 15, 20)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert edit.markdown() == "een belangrijk *woord*"
    assert edit.italic_action.isChecked()


def test_bold_without_a_selection_makes_the_next_typed_text_bold(
    qtbot: Any, edit: RichTextEdit
) -> None:
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "x")
    assert edit.toPlainText() == "een belangrijk woordx"
    assert edit.markdown() == "een belangrijk woord**x**"


def test_ctrl_k_makes_the_selection_a_link(qtbot: Any, edit: RichTextEdit) -> None:
    asked: list[tuple[QWidget, LinkRequest]] = []

    def prompt(parent: QWidget, request: LinkRequest) -> LinkAnswer:
        asked.append((parent, request))
        return LinkAnswer(request.text, "https://divosa.nl")

    edit.link_prompt = prompt
    select(edit, 0, 3)
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(edit, LinkRequest("een", ""))]
    assert edit.toPlainText() == "een belangrijk woord"
    assert edit.markdown() == "[een](https://divosa.nl) belangrijk woord"


def test_a_cancelled_link_prompt_changes_nothing(qtbot: Any, edit: RichTextEdit) -> None:
    edit.link_prompt = lambda _parent, _request: None
    select(edit, 0, 3)
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert edit.markdown() == "een belangrijk woord"


def test_read_only_rich_text_ignores_the_actions(qtbot: Any, edit: RichTextEdit) -> None:
    edit.setReadOnly(True)
    select(edit, 0, 3)
    edit.bold()
    edit.italic()
    edit.edit_link()
    edit.bold_action.trigger()
    edit.link_action.trigger()
    assert edit.markdown() == "een belangrijk woord"
    assert not edit.bold_action.isEnabled()


def test_rich_field_sends_user_edits_but_not_model_values(qtbot: Any) -> None:
    field = RichField()
    qtbot.addWidget(field)
    sent: list[Any] = []
    field.set_sink(lambda value, text, assets: sent.append(value) or True)
    field.set_value("uit het model")
    assert sent == []
    field.text_edit.selectAll()
    field.text_edit.bold()
    assert sent[-1] == "**uit het model**"


def test_set_value_leaves_an_equal_text_alone(qtbot: Any) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.line_edit.setText("titel ")  # the user just typed a space; the model strips it
    field.line_edit.setCursorPosition(6)
    field.set_value("titel")
    assert field.line_edit.text() == "titel "
    assert field.line_edit.cursorPosition() == 6


@pytest.fixture
def document() -> DocumentModel:
    return DocumentModel(models.load(SAMPLE))


def _form(qtbot: Any, document: DocumentModel, target: Target) -> ModelForm:
    form = form_for(target, document)
    assert isinstance(form, ModelForm)
    activate(qtbot, form)
    return form


def test_colour_button_applies_the_chosen_colour(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("theme"))
    field = form.editors["primary_colour"]
    assert isinstance(field, ColourField)
    field.colour_prompt = lambda _parent, initial: QColor("#123abc")
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    assert document.publication.theme.primary_colour == "#123ABC"
    assert field.line_edit.text() == "#123ABC"
    field.colour_prompt = lambda _parent, initial: None  # cancelled
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1


def test_fonts_and_page_size_are_choices(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("theme"))
    page = form.editors["page_size"]
    assert isinstance(page, ComboField)
    assert [page.combo.itemText(i) for i in range(page.combo.count())] == ["A4", "Letter"]
    qtbot.keyClick(page.combo, Qt.Key.Key_Down)
    assert document.publication.theme.page_size == "Letter"


def test_section_language_can_follow_the_publication(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("section", "den-helder"))
    language = form.editors["language"]
    assert isinstance(language, ComboField)
    assert language.combo.currentText() == "Same as the publication"
    qtbot.keyClick(language.combo, Qt.Key.Key_End)
    assert document.publication.blocks[3].language == "en"
    document.undo_stack.undo()
    assert language.combo.currentText() == "Same as the publication"


def test_event_date_can_be_removed_and_event_cleared(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("details"))
    event = form.editors["event"]
    assert isinstance(event, RecordEditor)
    date = event.children_by_key["date"]
    assert isinstance(date, DateField) and date.no_date is not None
    date.no_date.click()
    assert document.publication.event is not None
    assert document.publication.event.date is None
    assert not date.date_edit.isEnabled()
    date.no_date.click()
    assert document.publication.event.date == dt.date(2018, 2, 9)  # the date was kept
    name = event.children_by_key["name"].input_widget()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)  # a dated event needs a name
    assert "must not be empty" in event.problem_text()
    date.no_date.click()  # now every field is empty: there is no event
    assert document.publication.event is None
    assert event.problem_text() == ""


def test_publication_date_follows_the_date_edit(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("details"))
    date = form.editors["publication_date"]
    assert isinstance(date, DateField) and date.no_date is None
    date.date_edit.setFocus()
    qtbot.keyClick(date.date_edit, Qt.Key.Key_Up)  # steps the focused section (the year)
    assert document.publication.publication_date == dt.date(2019, 2, 14)


def test_typing_a_year_where_one_clicked_replaces_it(qtbot: Any, document: DocumentModel) -> None:
    form = _form(qtbot, document, Target("details"))
    date = form.editors["publication_date"]
    assert isinstance(date, DateField)
    line = date.date_edit.lineEdit()
    assert line.text() == "2018-02-14"
    # Qt puts the cursor in "2018", where a full section takes no more digits; the field
    # selects the section instead, so typing replaces it.
    qtbot.mouseClick(
        line,
        Qt.MouseButton.LeftButton,
        pos=line.cursorRect().center() + QPoint(line.fontMetrics().horizontalAdvance("20"), 0),
    )
    assert line.selectedText() == "2018"
    qtbot.keyClicks(date.date_edit, "2027")
    assert document.publication.publication_date == dt.date(2027, 2, 14)


def test_unticking_no_date_gives_today(qtbot: Any) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    sent: list[object] = []
    field.set_sink(lambda value, _text, _assets: sent.append(value) or True)
    field.set_value(None)
    assert field.no_date is not None and field.value() is None
    field.no_date.click()
    assert sent == [dt.date.today()]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31-07-2024", dt.date(2024, 7, 31)),  # 31 while June shows: not cut to the 30th
        ("1-3-2025", dt.date(2025, 3, 1)),  # short forms: a separator moves on
        ("5/6/2023", dt.date(2023, 6, 5)),
        ("01022026", dt.date(2026, 2, 1)),  # digits only: full sections move on
    ],
)
def test_a_date_is_typed_as_people_write_it(qtbot: Any, typed: str, expected: dt.date) -> None:
    field = DateField()
    field.date_edit.setDisplayFormat("dd-MM-yyyy")  # the Dutch interface's format
    field.set_value(dt.date(2024, 6, 14))
    sent: list[object] = []
    field.set_sink(lambda value, _text, _assets: sent.append(value) or True)
    activate(qtbot, field)
    field.date_edit.setFocus(Qt.FocusReason.TabFocusReason)  # selects the day, as Tab does
    qtbot.keyClicks(field.date_edit, typed)
    assert field.value() == expected
    assert sent[-1] == expected


def test_a_day_cut_to_the_month_is_forgotten_once_the_field_is_left(qtbot: Any) -> None:
    """31 typed while June shows becomes the 30th; back in the field a week later, choosing
    July must not bring the 31 back."""
    window = QWidget()
    field, other = DateField(parent=window), LineField(parent=window)
    other.move(0, 80)
    field.date_edit.setDisplayFormat("dd-MM-yyyy")
    field.set_value(dt.date(2024, 6, 14))
    activate(qtbot, window)
    field.date_edit.setFocus(Qt.FocusReason.TabFocusReason)  # selects the day
    qtbot.keyClicks(field.date_edit, "31")
    assert field.value() == dt.date(2024, 6, 30)
    other.line_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not field.date_edit.hasFocus())
    field.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    field.date_edit.setSelectedSection(QDateEdit.Section.MonthSection)
    qtbot.keyClicks(field.date_edit, "07")
    assert field.value() == dt.date(2024, 7, 30)


def test_list_editor_alone_reports_structure_edits(qtbot: Any) -> None:
    sent: list[tuple[Any, str]] = []
    editor = ListEditor(LineField, lambda items: f"item {len(items)}", "entry")
    qtbot.addWidget(editor)
    editor.set_sink(lambda value, text, assets: sent.append((value, text)) or False)
    editor.set_value(["a", "b"])
    assert not editor.add()  # the sink refused: the rows stay as the model has them
    assert sent == [(["a", "b", "item 2"], "Add entry")]
    assert [row.value() for row in editor.rows()] == ["a", "b"]
    editor.move_entry(0, +1)
    editor.remove(1)
    assert sent[1:] == [(["b", "a"], "Move entry down"), (["a"], "Remove entry")]
    assert not editor.move_entry(0, -1)  # nothing above the first entry


class _Narrowed(Model):
    """Fields that narrow the house types further; no TYPE_MAP key is any of them."""

    headline: Annotated[Text, Field(max_length=80)]
    summary: Annotated[RichText, Field(max_length=500)] | None = None
    website: Annotated[Url, Field(max_length=200)] | None = None
    tags: tuple[Annotated[Text, Field(max_length=20)], ...] = ()
    size: Annotated[Literal["small", "large"], Field(description="how large")] = "small"
    shown: Annotated[bool, Field(description="on the page")] = True


def test_narrowed_annotations_get_their_base_types_editor(
    qtbot: Any, document: DocumentModel
) -> None:
    ctx = FieldContext(document)

    def built(name: str) -> FieldEditor:
        editor = editor_for(field_type(_Narrowed, name), ctx, name)
        qtbot.addWidget(editor)
        return editor

    assert isinstance(built("headline"), LineField)
    assert isinstance(built("summary"), RichField)
    assert isinstance(built("website"), LineField)
    assert isinstance(built("tags"), ListEditor)
    assert isinstance(built("size"), ComboField)
    assert isinstance(built("shown"), CheckField)
    record = editor_for(_Narrowed, ctx)  # the whole form builds
    qtbot.addWidget(record)
    assert isinstance(record, RecordEditor)
