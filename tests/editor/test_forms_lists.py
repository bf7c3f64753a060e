"""List fields in forms: add, remove, move (buttons and Alt+arrows), speakers, images."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

import models
from editor.document import DocumentModel
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.targets import Target
from editor.widgets.image_list import ImageListEditor, ImageRecord
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from editor.widgets.speaker_picker import SpeakerCombo

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
SECTION = Target("section", "verwaarloosde-organisatie")  # blocks[1]

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


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
        form.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        assert isinstance(form, ModelForm)
        return form

    return make


def list_of(form: ModelForm, name: str) -> ListEditor:
    editor = form.editors[name]
    assert isinstance(editor, ListEditor)
    return editor


def test_takeaways_add_remove_move_with_undo(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SECTION)
    takeaways = list_of(form, "takeaways")
    original = document.publication.blocks[1].takeaways
    assert len(original) == 2

    qtbot.mouseClick(takeaways.add_button, Qt.MouseButton.LeftButton)
    assert document.publication.blocks[1].takeaways == (*original, "Nieuw punt")
    new_edit = takeaways.rows()[2].input_widget()
    assert isinstance(new_edit, QPlainTextEdit)
    assert QApplication.focusWidget() is new_edit
    assert new_edit.textCursor().selectedText() == "Nieuw punt"
    qtbot.keyClicks(new_edit, "Kort")  # overtypes the placeholder
    assert document.publication.blocks[1].takeaways[2] == "Kort"
    assert document.undo_stack.count() == 2

    row = takeaways.row(2)
    qtbot.mouseClick(row.up, Qt.MouseButton.LeftButton)
    assert document.publication.blocks[1].takeaways == (original[0], "Kort", original[1])
    assert document.undo_stack.undoText() == "Move takeaway up"

    qtbot.mouseClick(takeaways.row(0).remove, Qt.MouseButton.LeftButton)
    qtbot.wait(1)  # the removed row is deleted later
    assert document.publication.blocks[1].takeaways == ("Kort", original[1])
    assert len(takeaways.rows()) == 2

    for _ in range(4):
        document.undo_stack.undo()
    assert document.publication.blocks[1].takeaways == original
    assert [row.value() for row in takeaways.rows()] == list(original)


def test_alt_arrows_move_the_focused_entry(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SECTION)
    takeaways = list_of(form, "takeaways")
    first, second = document.publication.blocks[1].takeaways
    edit = takeaways.rows()[0].input_widget()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert document.publication.blocks[1].takeaways == (second, first)
    assert QApplication.focusWidget() is takeaways.rows()[1].input_widget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert document.publication.blocks[1].takeaways == (first, second)
    assert document.undo_stack.count() == 2


def test_alt_arrows_in_an_entry_win_over_a_window_shortcut(
    qtbot: Any, document: DocumentModel
) -> None:
    window = QWidget()
    moved_section: list[bool] = []
    action = QAction("Move up", window)  # like the Structure menu's Alt+Up
    action.setShortcut(QKeySequence("Alt+Up"))
    action.triggered.connect(lambda: moved_section.append(True))
    window.addAction(action)
    QVBoxLayout(window).addWidget(form := form_for(SECTION, document, window))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert isinstance(form, ModelForm)
    edit = list_of(form, "takeaways").rows()[1].input_widget()
    edit.setFocus()
    first, second = document.publication.blocks[1].takeaways
    qtbot.keyClick(edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert document.publication.blocks[1].takeaways == (second, first)
    assert moved_section == []
    form.editors["title"].input_widget().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert moved_section == [True]  # outside a list the window's shortcut still works


def test_credits_add_remove_move_with_undo(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("colophon"))
    credits = list_of(form, "credits")
    original = document.publication.colophon.credits
    qtbot.mouseClick(credits.add_button, Qt.MouseButton.LeftButton)
    added = document.publication.colophon.credits[-1]
    assert (added.role, added.names) == ("Rol", ("Naam",))
    assert QApplication.focusWidget() is credits.rows()[-1].input_widget()

    qtbot.mouseClick(credits.row(0).down, Qt.MouseButton.LeftButton)
    roles = [c.role for c in document.publication.colophon.credits]
    assert roles == [original[1].role, original[0].role, original[2].role, "Rol"]

    # A name inside a credit: its own list, and Alt+Up there moves the name, not the credit.
    record = credits.rows()[1]
    assert isinstance(record, RecordEditor)
    names = record.children_by_key["names"]
    assert isinstance(names, ListEditor)
    qtbot.keyClick(names.rows()[1].input_widget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert document.publication.colophon.credits[1].names == ("Jan Dobbe", "Sigrid van Iersel")
    assert document.publication.colophon.credits[1].role == "Tekst"

    qtbot.mouseClick(credits.row(3).remove, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert len(document.publication.colophon.credits) == 3
    for _ in range(4):
        document.undo_stack.undo()
    assert document.publication.colophon.credits == original
    assert len(credits.rows()) == 3


def test_removing_the_last_name_of_a_credit_is_refused_inline(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("colophon"))
    record = list_of(form, "credits").rows()[1]  # "Foto's": one name
    assert isinstance(record, RecordEditor)
    names = record.children_by_key["names"]
    assert isinstance(names, ListEditor)
    before = document.publication
    qtbot.mouseClick(names.row(0).remove, Qt.MouseButton.LeftButton)
    assert document.publication is before
    assert "at least one" in names.problem_text()


def test_speaker_picker_adds_and_changes_speakers(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SECTION)
    speakers = list_of(form, "speaker_ids")
    combo = speakers.rows()[0]
    assert isinstance(combo, SpeakerCombo)
    assert combo.combo.currentText() == "Joost Kampen"
    assert combo.combo.count() == len(document.publication.speakers)

    qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    assert document.publication.blocks[1].speaker_ids == ("joost-kampen", "willemijn-groot")

    added = speakers.rows()[1]
    assert isinstance(added, SpeakerCombo)
    qtbot.keyClick(added.combo, Qt.Key.Key_Down)  # the next name in the registry
    assert document.publication.blocks[1].speaker_ids == ("joost-kampen", "marco-webeling")
    assert added.combo.currentText() == "Marco Webeling"
    document.undo_stack.undo()
    assert added.combo.currentText() == "Willemijn Groot"


def test_picking_an_already_listed_speaker_is_an_inline_error(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("section", "den-helder"))
    speakers = list_of(form, "speaker_ids")
    for _ in range(3):
        qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    assert len(document.publication.blocks[3].speaker_ids) == 5
    before = document.publication
    qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    assert document.publication is before
    assert "already listed" in speakers.problem_text()


def test_a_quote_speaker_is_optional_and_picked_by_name(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("quote", "quote-maatwerk"))
    combo = form.editors["speaker_id"]
    assert isinstance(combo, SpeakerCombo)
    assert combo.combo.currentText() == "(no speaker)"
    qtbot.keyClick(combo.combo, Qt.Key.Key_Down)
    assert document.publication.blocks[2].speaker_id == "joost-kampen"


def test_a_new_speaker_in_the_registry_appears_in_pickers(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    section = make_form(SECTION)
    registry = make_form(Target("speakers"))
    qtbot.mouseClick(list_of(registry, "speakers").add_button, Qt.MouseButton.LeftButton)
    new = document.publication.speakers[-1]
    assert new.name == "Nieuwe spreker"
    assert new.id.startswith("spk-")
    combo = list_of(section, "speaker_ids").rows()[0]
    assert isinstance(combo, SpeakerCombo)
    assert combo.combo.itemText(combo.combo.count() - 1) == "Nieuwe spreker"


def test_a_new_video_link_gets_the_label_in_the_publication_language(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("section", "den-helder"))
    qtbot.mouseClick(list_of(form, "videos").add_button, Qt.MouseButton.LeftButton)
    assert document.publication.blocks[3].videos[-1].label == "Bekijk de video"
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_adding_an_image_file_stores_the_asset(
    qtbot: Any, document: DocumentModel, make_form: Any, tmp_path: Path
) -> None:
    picture = tmp_path / "zaal-vol.png"
    picture.write_bytes(_png())
    form = make_form(SECTION)
    images = form.editors["images"]
    assert isinstance(images, ImageListEditor)
    images.file_prompt = lambda _parent: picture
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    image = document.publication.blocks[1].images[0]
    assert image.alt == "zaal-vol"
    assert document.project.assets[image.asset] == picture.read_bytes()
    record = images.rows()[0]
    assert isinstance(record, ImageRecord)
    assert not record.thumbnail.pixmap().isNull()
    alt = record.children_by_key["alt"].input_widget()
    assert QApplication.focusWidget() is alt
    qtbot.keyClicks(alt, "Een volle zaal")
    assert document.publication.blocks[1].images[0].alt == "Een volle zaal"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.publication.blocks[1].images == ()
    assert image.asset not in document.project.assets


def test_an_unsupported_image_file_is_refused_inline(
    qtbot: Any, document: DocumentModel, make_form: Any, tmp_path: Path
) -> None:
    picture = tmp_path / "scan.bmp"
    picture.write_bytes(b"BM")
    form = make_form(SECTION)
    images = form.editors["images"]
    assert isinstance(images, ImageListEditor)
    images.file_prompt = lambda _parent: picture
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 0
    assert "is a BMP image; only PNG, JPEG, GIF and WebP" in images.problem_text()


def test_an_image_needs_alt_text_or_decorative(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("section", "den-helder"))
    record = list_of(form, "images").rows()[0]
    assert isinstance(record, RecordEditor)
    alt = record.children_by_key["alt"]
    alt.input_widget().selectAll()
    qtbot.keyClick(alt.input_widget(), Qt.Key.Key_Delete)
    assert "describe the image" in alt.problem_text()
    decorative = record.children_by_key["decorative"].input_widget()
    qtbot.mouseClick(decorative, Qt.MouseButton.LeftButton, pos=decorative.rect().center())
    image = document.publication.blocks[3].images[0]
    assert (image.alt, image.decorative) == ("", True)
