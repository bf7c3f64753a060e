"""The body editor: blocks added, moved and removed as blocks, each change one undo step."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

import models
from editor.binding import to_plain
from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from editor.widgets.body_blocks import FigureBlock, HeadingBlock, ParagraphBlock
from editor.widgets.body_editor import BodyEditor
from editor.widgets.body_list import ListBlockEditor, ListItemsEditor
from editor.widgets.image_list import ImageRecord
from editor.widgets.registry import FieldContext, editor_for, field_type
from editor.widgets.rich_text_edit import RichTextEdit
from models.edit import replace_at
from models.parts import Colophon, Part, Section
from models.publication import Publication

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class BodyForm(ModelForm):
    """The publication's title and intro, so these tests depend on no other form."""

    model = Publication
    field_names = ("title", "intro")


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _document(intro: list[Any], language: str = "nl") -> DocumentModel:
    project = models.load(SAMPLE)
    publication = replace_at(project.publication, ("intro",), intro)
    publication = replace_at(publication, ("language",), language)
    return DocumentModel(project.with_publication(publication))


def _figure_block(document: DocumentModel) -> dict[str, Any]:
    """The sample's own figure (its asset is in the project), without its id."""
    figure = next(
        block
        for _loc, body in document.publication.iter_bodies()
        for block in body
        if block.kind == "figure"
    )
    return {k: v for k, v in figure.model_dump().items() if k != "id"}


EVERY_KIND: list[Any] = [
    {"kind": "heading", "text": "Wat we leerden"},
    "Een alinea met **vet** en een [link](https://example.org).",
    {
        "kind": "list",
        "ordered": True,
        "items": [{"text": "Eerste", "items": ["Eerste-a"]}, {"text": "Tweede"}],
    },
    "Slotwoord.",
]


@pytest.fixture
def document() -> DocumentModel:
    doc = _document([])
    intro = [*EVERY_KIND, _figure_block(doc)]
    publication = replace_at(doc.publication, ("intro",), intro)
    return DocumentModel(doc.project.with_publication(publication))


def _open(qtbot: Any, document: DocumentModel) -> BodyEditor:
    form = BodyForm(Target("intro"), document)
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    qtbot.waitExposed(form)
    form.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    editor = form.editors["intro"]
    assert isinstance(editor, BodyEditor)
    return editor


@pytest.fixture
def body(qtbot: Any, document: DocumentModel) -> BodyEditor:
    return _open(qtbot, document)


def kinds(document: DocumentModel) -> list[str]:
    return [block.kind for block in document.publication.intro]


def text_of(editor: BodyEditor, index: int) -> RichTextEdit:
    block = editor.blocks()[index]
    assert isinstance(block, ParagraphBlock)
    widget = block.children_by_key["text"].input_widget()
    assert isinstance(widget, RichTextEdit)
    return widget


def items_of(editor: BodyEditor, index: int) -> ListItemsEditor:
    block = editor.blocks()[index]
    assert isinstance(block, ListBlockEditor)
    return block.items


# -- which editor -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("model", "name"),
    [(Publication, "intro"), (Section, "body"), (Part, "intro"), (Colophon, "note")],
)
def test_every_body_gets_the_body_editor(
    qtbot: Any, document: DocumentModel, model: Any, name: str
) -> None:
    editor = editor_for(field_type(model, name), FieldContext(document), name)
    qtbot.addWidget(editor)
    assert isinstance(editor, BodyEditor)


def test_the_form_shows_every_block_kind(body: BodyEditor, document: DocumentModel) -> None:
    shown = [type(block) for block in body.blocks()]
    assert shown == [HeadingBlock, ParagraphBlock, ListBlockEditor, ParagraphBlock, FigureBlock]
    assert [block.title_label.text() for block in body.blocks()] == [
        "Sub-heading",
        "Paragraph",
        "Numbered list",
        "Paragraph",
        "Figure",
    ]
    assert [row.marker.text() for row in items_of(body, 2).rows()] == ["1.", "a.", "2."]
    assert body.value() == to_plain(document.publication.intro)


# -- adding ----------------------------------------------------------------------------------
def test_a_paragraph_is_added_after_the_block_being_edited(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    text_of(body, 1).setFocus()
    qtbot.mouseClick(body.toolbar_buttons[0], Qt.MouseButton.LeftButton)
    assert kinds(document) == ["heading", "paragraph", "paragraph", "list", "paragraph", "figure"]
    assert document.publication.intro[2].text == "Nieuwe alinea"
    assert document.undo_stack.count() == 1
    new = text_of(body, 2)
    assert QApplication.focusWidget() is new
    assert new.textCursor().selectedText() == "Nieuwe alinea"  # selected to overtype
    qtbot.keyClicks(new, "Tot slot")
    assert document.publication.intro[2].text == "Tot slot"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert kinds(document) == ["heading", "paragraph", "list", "paragraph", "figure"]


def test_without_a_block_being_edited_new_blocks_go_at_the_end(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    qtbot.mouseClick(body.toolbar_buttons[2], Qt.MouseButton.LeftButton)  # Heading
    assert kinds(document)[-1] == "heading"
    assert document.publication.intro[-1].text == "Nieuwe tussenkop"
    text_of(body, 1).setFocus()
    form = body.window()
    assert isinstance(form, BodyForm)
    form.editors["title"].input_widget().setFocus()  # the user went on to another field
    qtbot.mouseClick(body.toolbar_buttons[0], Qt.MouseButton.LeftButton)
    assert kinds(document)[-2:] == ["heading", "paragraph"]


def test_shortcuts_add_lists_headings_and_paragraphs(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    text_of(body, 3).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7, CTRL | SHIFT)
    new = document.publication.intro[4]
    assert new.kind == "list" and new.ordered
    assert items_of(body, 4).rows()[0].field.text_edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_8, CTRL | SHIFT)
    new = document.publication.intro[5]
    assert new.kind == "list" and not new.ordered
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL | ALT)
    assert document.publication.intro[6].kind == "heading"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, CTRL | ALT)
    assert document.publication.intro[7].kind == "paragraph"
    assert kinds(document)[-1] == "figure"
    assert document.undo_stack.count() == 4


def test_the_toolbar_names_its_shortcuts(body: BodyEditor) -> None:
    tips = [button.toolTip() for button in body.toolbar_buttons]
    assert [tip.rsplit("(", 1)[1] for tip in tips] == [
        "Ctrl+Alt+0)",
        "Ctrl+Shift+8)",
        "Ctrl+Alt+2)",
        "Ctrl+Alt+F)",
    ]
    assert "Ctrl+Shift+7" in body.numbered_action.toolTip()


def test_an_empty_body_says_what_can_be_added(qtbot: Any) -> None:
    editor = _open(qtbot, _document([]))
    assert editor.empty_label.isVisible()
    qtbot.mouseClick(editor.toolbar_buttons[0], Qt.MouseButton.LeftButton)
    assert not editor.empty_label.isVisible()


def test_new_text_speaks_the_publication_language(qtbot: Any) -> None:
    document = _document([], language="en")
    editor = _open(qtbot, document)
    editor.paragraph_action.trigger()
    editor.list_action.trigger()
    editor.heading_action.trigger()
    intro = document.publication.intro
    assert intro[0].text == "New paragraph"
    assert intro[1].items[0].text == "New point"
    assert intro[2].text == "New sub-heading"


# -- moving and removing ---------------------------------------------------------------------
def test_blocks_move_up_and_down_each_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    before = document.publication.intro
    qtbot.mouseClick(body.row(2).up, Qt.MouseButton.LeftButton)
    assert kinds(document) == ["heading", "list", "paragraph", "paragraph", "figure"]
    assert document.undo_stack.count() == 1
    assert isinstance(body.blocks()[1], ListBlockEditor)  # the frames follow the model
    qtbot.mouseClick(body.row(4).up, Qt.MouseButton.LeftButton)
    assert kinds(document) == ["heading", "list", "paragraph", "figure", "paragraph"]
    assert not body.row(0).up.isEnabled() and not body.row(4).down.isEnabled()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.publication.intro == before


def test_alt_arrows_move_the_block_and_the_focus_moves_with_it(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    edit = text_of(body, 1)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, ALT)
    assert kinds(document) == ["heading", "list", "paragraph", "paragraph", "figure"]
    assert QApplication.focusWidget() is edit
    assert text_of(body, 2) is edit
    qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)
    assert kinds(document) == ["paragraph", "heading", "list", "paragraph", "figure"]
    assert document.undo_stack.count() == 3


@pytest.mark.parametrize("index", [0, 1, 2, 4])
def test_each_kind_of_block_is_removed_in_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel, index: int
) -> None:
    before = document.publication.intro
    qtbot.mouseClick(body.row(index).remove, Qt.MouseButton.LeftButton)
    qtbot.wait(1)  # the removed frame is deleted later
    assert [b.id for b in document.publication.intro] == [
        b.id for i, b in enumerate(before) if i != index
    ]
    assert len(body.blocks()) == 4
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.publication.intro == before
    assert len(body.blocks()) == 5


# -- typing, focus, undo ---------------------------------------------------------------------
def test_typing_keeps_focus_and_cursor_and_is_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    edit = text_of(body, 3)
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Dank")
    assert document.publication.intro[3].text == "Slotwoord. Dank"
    assert QApplication.focusWidget() is edit
    assert edit.textCursor().position() == len("Slotwoord. Dank")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.publication.intro[3].text == "Slotwoord."
    assert edit.toPlainText() == "Slotwoord."


def test_typing_in_a_sub_heading_and_a_list_item_keeps_focus(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    heading = body.blocks()[0].children_by_key["text"].input_widget()
    assert isinstance(heading, QLineEdit)
    heading.setFocus()
    heading.end(False)
    qtbot.keyClicks(heading, " vandaag")
    assert document.publication.intro[0].text == "Wat we leerden vandaag"
    assert QApplication.focusWidget() is heading
    item = items_of(body, 2).rows()[1].field.text_edit
    item.setFocus()
    item.moveCursor(item.textCursor().MoveOperation.End)
    qtbot.keyClicks(item, "!")
    assert document.publication.intro[2].items[0].items == ("Eerste-a!",)
    assert QApplication.focusWidget() is item
    assert document.undo_stack.count() == 2  # one step per field


def test_an_invalid_text_is_shown_under_its_block_and_not_applied(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    edit = text_of(body, 1)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert document.publication.intro[1].text.startswith("Een alinea")
    assert body.blocks()[1].problem_text() != ""
    assert body.blocks()[0].problem_text() == ""
    assert edit.toPlainText() == ""  # the user's text stays while they fix it


def test_a_block_language_is_set_in_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    combo = body.blocks()[1].children_by_key["language"].input_widget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last language: English
    assert document.publication.intro[1].language == "en"
    assert document.undo_stack.undoText() == "Change language"
    document.undo_stack.undo()
    assert document.publication.intro[1].language is None


def test_a_loc_inside_the_body_focuses_its_field(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    """What the problem list and review comments use to jump to a paragraph or an item."""
    form = body.window()
    assert isinstance(form, BodyForm)
    assert form.focus_field(("intro", 3, "text"))
    assert QApplication.focusWidget() is text_of(body, 3)
    assert form.focus_field(("intro", 2, "items", 0, "items", 0))
    assert QApplication.focusWidget() is items_of(body, 2).rows()[1].field.text_edit
    assert form.focus_field(("intro", 2, "items", 1, "text"))
    assert QApplication.focusWidget() is items_of(body, 2).rows()[2].field.text_edit
    assert form.focus_field(("intro", 4, "images", 0, "caption"))
    block = body.blocks()[4]
    assert isinstance(block, FigureBlock)
    record = block.images.rows()[0]
    assert isinstance(record, ImageRecord)
    assert QApplication.focusWidget() is record.children_by_key["caption"].input_widget()


# -- lists -----------------------------------------------------------------------------------
def test_list_items_indent_and_outdent_by_button_and_keys(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    items = items_of(body, 2)
    rows = items.rows()
    assert not rows[0].indent.isEnabled() and not rows[0].outdent.isEnabled()
    assert not rows[1].indent.isEnabled() and rows[1].outdent.isEnabled()
    qtbot.mouseClick(rows[2].indent, Qt.MouseButton.LeftButton)  # "Tweede" under "Eerste"
    lst = document.publication.intro[2]
    assert [(i.text, i.items) for i in lst.items] == [("Eerste", ("Eerste-a", "Tweede"))]
    assert [row.marker.text() for row in items.rows()] == ["1.", "a.", "b."]
    edit = items.rows()[1].field.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_BracketLeft, CTRL)  # "Eerste-a" out: "Tweede" under it
    lst = document.publication.intro[2]
    assert [(i.text, i.items) for i in lst.items] == [("Eerste", ()), ("Eerste-a", ("Tweede",))]
    assert QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_BracketRight, CTRL)
    lst = document.publication.intro[2]
    assert [(i.text, i.items) for i in lst.items] == [("Eerste", ("Eerste-a", "Tweede"))]
    assert document.undo_stack.count() == 3
    assert items.rows()[1].level == 1 and items.rows()[1].spacer.width() > 0


def test_enter_adds_the_next_item_and_backspace_in_an_empty_item_removes_it(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    items = items_of(body, 2)
    first = items.rows()[0].field.text_edit
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    lst = document.publication.intro[2]
    # As in a word processor: the new item comes right below, and the sub-item now follows it.
    assert [(i.text, i.items) for i in lst.items] == [
        ("Eerste", ()),
        ("Nieuw punt", ("Eerste-a",)),
        ("Tweede", ()),
    ]
    new = QApplication.focusWidget()
    assert new is items.rows()[1].field.text_edit
    assert isinstance(new, RichTextEdit) and new.textCursor().selectedText() == "Nieuw punt"
    qtbot.keyClick(new, Qt.Key.Key_Delete)  # the placeholder goes: an empty item is refused
    assert "Nieuw punt" in [i.text for i in document.publication.intro[2].items]
    qtbot.keyClick(new, Qt.Key.Key_Backspace)  # Backspace in the empty item removes it
    lst = document.publication.intro[2]
    assert [(i.text, i.items) for i in lst.items] == [("Eerste", ("Eerste-a",)), ("Tweede", ())]
    assert QApplication.focusWidget() is items.rows()[0].field.text_edit
    assert items.problem_text() == ""


def test_new_item_is_a_sub_item_after_a_sub_item(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    sub = items_of(body, 2).rows()[1].field.text_edit
    sub.setFocus()
    qtbot.keyClick(sub, Qt.Key.Key_Enter)
    assert document.publication.intro[2].items[0].items == ("Eerste-a", "Nieuw punt")


def test_list_items_are_added_removed_and_moved(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    items = items_of(body, 2)
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    assert [i.text for i in document.publication.intro[2].items] == [
        "Eerste",
        "Tweede",
        "Nieuw punt",
    ]
    qtbot.mouseClick(items.rows()[0].remove, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    lst = document.publication.intro[2]
    assert [(i.text, i.items) for i in lst.items] == [
        ("Eerste-a", ()),
        ("Tweede", ()),
        ("Nieuw punt", ()),
    ]
    edit = items.rows()[2].field.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)  # moves the item, not the list
    assert [i.text for i in document.publication.intro[2].items] == [
        "Eerste-a",
        "Nieuw punt",
        "Tweede",
    ]
    assert kinds(document) == ["heading", "paragraph", "list", "paragraph", "figure"]
    assert document.undo_stack.count() == 3


def test_the_last_item_of_a_list_cannot_be_removed(qtbot: Any) -> None:
    document = _document([{"kind": "list", "items": [{"text": "Enige"}]}])
    editor = _open(qtbot, document)
    items = items_of(editor, 0)
    assert not items.rows()[0].remove.isEnabled()
    assert not items.remove_at(0)
    assert document.undo_stack.count() == 0


def test_numbering_a_list_is_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    block = body.blocks()[2]
    assert isinstance(block, ListBlockEditor)
    box = block.numbered.check_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert not document.publication.intro[2].ordered
    assert block.title_label.text() == "Bulleted list"
    assert [row.marker.text() for row in block.items.rows()] == ["•", "–", "•"]
    assert document.undo_stack.undoText() == "Bullet the list"


def test_an_empty_list_item_shows_its_problem_on_its_row(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    items = items_of(body, 2)
    edit = items.rows()[2].field.text_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert items.rows()[2].field.problem_text()
    assert not items.rows()[0].field.problem_text()
    assert document.publication.intro[2].items[1].text == "Tweede"


# -- figures ---------------------------------------------------------------------------------
def test_a_figure_is_added_from_picture_files_in_one_undo_step(
    qtbot: Any, body: BodyEditor, document: DocumentModel, tmp_path: Path
) -> None:
    picture = tmp_path / "zaal-vol.png"
    picture.write_bytes(_png())
    body.files_prompt = lambda _parent: [picture]
    text_of(body, 1).setFocus()
    qtbot.mouseClick(body.toolbar_buttons[3], Qt.MouseButton.LeftButton)
    figure = document.publication.intro[2]
    assert figure.kind == "figure" and figure.size == "full"
    image = figure.images[0]
    assert image.alt == "" and image.needs_alt  # never the file's name: it reads as described
    assert document.project.assets[image.asset] == picture.read_bytes()
    block = body.blocks()[2]
    assert isinstance(block, FigureBlock)
    record = block.images.rows()[0]
    assert isinstance(record, ImageRecord)
    assert not record.thumbnail.pixmap().isNull()
    alt = record.children_by_key["alt"].input_widget()
    assert QApplication.focusWidget() is alt
    qtbot.keyClicks(alt, "Een volle zaal")
    assert document.publication.intro[2].images[0].alt == "Een volle zaal"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert kinds(document) == ["heading", "paragraph", "list", "paragraph", "figure"]
    assert image.asset not in document.project.assets


def test_a_cancelled_or_unusable_picture_adds_no_figure(
    qtbot: Any, body: BodyEditor, document: DocumentModel, tmp_path: Path
) -> None:
    body.files_prompt = lambda _parent: []
    assert not body.add_figure()
    scan = tmp_path / "scan.bmp"
    scan.write_bytes(b"BM")
    body.files_prompt = lambda _parent: [scan]
    assert not body.add_figure()
    assert "is a BMP image; only PNG, JPEG, GIF and WebP" in body.problem_text()
    too_many = [tmp_path / f"foto-{n}.png" for n in range(7)]
    assert not body.add_figure_files(too_many)
    assert "at most 6 pictures" in body.problem_text()
    assert document.undo_stack.count() == 0


def test_a_figure_of_several_pictures_and_its_size(
    qtbot: Any, body: BodyEditor, document: DocumentModel, tmp_path: Path
) -> None:
    pictures = []
    for name in ("links", "rechts"):
        pictures.append(tmp_path / f"{name}.png")
        pictures[-1].write_bytes(_png())
    assert body.add_figure_files(pictures)  # nothing focused: at the end
    figure = document.publication.intro[5]
    assert [(image.alt, image.needs_alt) for image in figure.images] == [("", True)] * 2
    assert document.undo_stack.count() == 1
    block = body.blocks()[5]
    assert isinstance(block, FigureBlock)
    combo = block.children_by_key["size"].input_widget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Full width",
        "Half width",
        "Thumbnail",
    ]
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert document.publication.intro[5].size == "thumbnail"
    assert document.undo_stack.undoText() == "Change figure size"


def test_removing_the_last_picture_removes_the_figure(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    block = body.blocks()[4]
    assert isinstance(block, FigureBlock)
    qtbot.mouseClick(block.images.row(0).remove, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert kinds(document) == ["heading", "paragraph", "list", "paragraph"]
    assert document.undo_stack.undoText() == "Remove figure"
    document.undo_stack.undo()
    assert kinds(document)[-1] == "figure"


def test_a_full_figure_takes_no_more_pictures(qtbot: Any, document: DocumentModel) -> None:
    figure = _figure_block(document)
    figure["images"] = figure["images"] * 6
    editor = _open(qtbot, _document([figure]))
    block = editor.blocks()[0]
    assert isinstance(block, FigureBlock)
    assert not block.images.add_button.isEnabled()


def test_a_missing_alt_text_is_shown_on_its_image(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    block = body.blocks()[4]
    assert isinstance(block, FigureBlock)
    record = block.images.rows()[0]
    assert isinstance(record, ImageRecord)
    alt = record.children_by_key["alt"]
    line = alt.input_widget()
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert "Describe the image" in alt.problem_text()
    decorative = record.children_by_key["decorative"].input_widget()
    qtbot.mouseClick(decorative, Qt.MouseButton.LeftButton, pos=decorative.rect().center())
    assert not alt.problem_text()  # decorative: nothing to describe
    image = document.publication.intro[4].images[0]
    assert (image.alt, image.decorative) == ("", True)


@pytest.mark.parametrize(("language", "word"), [("nl", "Foto:"), ("en", "Photo:")])
def test_the_credit_field_says_which_word_the_export_adds(
    qtbot: Any, document: DocumentModel, language: str, word: str
) -> None:
    editor = _open(qtbot, _document([_figure_block(document)], language))
    block = editor.blocks()[0]
    assert isinstance(block, FigureBlock)
    record = block.images.rows()[0]
    assert isinstance(record, ImageRecord)
    credit = record.children_by_key["credit"].input_widget()
    assert isinstance(credit, QLineEdit)
    assert f"“{word}”" in credit.placeholderText()
    assert credit.placeholderText() == credit.toolTip()


def test_a_caption_has_its_own_language(
    qtbot: Any, body: BodyEditor, document: DocumentModel
) -> None:
    block = body.blocks()[4]
    assert isinstance(block, FigureBlock)
    record = block.images.rows()[0]
    assert isinstance(record, ImageRecord)
    combo = record.children_by_key["language"].input_widget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert document.publication.intro[4].images[0].language == "en"


# -- read-only -------------------------------------------------------------------------------
def test_a_read_only_body_offers_no_edits(qtbot: Any, document: DocumentModel) -> None:
    document = DocumentModel(document.project, editable=lambda: False)
    editor = _open(qtbot, document)
    assert not editor.paragraph_action.isEnabled()
    assert not editor.figure_action.isEnabled()
    assert not editor.row(0).remove.isVisible()
    assert not items_of(editor, 2).add_button.isEnabled()
    assert not editor.add_block("paragraph")
    text = text_of(editor, 1)
    assert text.isReadOnly()
    assert document.undo_stack.count() == 0
