"""List fields in forms: add, remove, move (buttons and Alt+arrows), speakers, images."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QVBoxLayout, QWidget

import models
from editor.document import DocumentModel
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.people import attribution
from editor.targets import Target
from editor.widgets.body_blocks import FigureBlock
from editor.widgets.body_editor import BodyEditor
from editor.widgets.image_list import ImageListEditor, ImageRecord
from editor.widgets.list_editor import ListEditor
from editor.widgets.people_editor import PersonRow
from editor.widgets.quote_speaker import QuoteSpeakerField
from editor.widgets.record_editor import RecordEditor
from editor.widgets.speaker_picker import SpeakerCombo
from models.publication import FigureBlock as FigureModel
from models.publication import Quote, Section

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
    assert isinstance(new_edit, QTextEdit)
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


def _people(pub: models.Publication, index: int) -> list[tuple[str, str]]:
    section = pub.blocks[index]
    assert isinstance(section, Section)
    return [(person.speaker_id, person.role) for person in section.people]


def test_people_are_added_and_changed_by_name_and_role(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(SECTION)
    people = list_of(form, "people")
    row = people.rows()[0]
    assert isinstance(row, PersonRow)
    assert row.speaker.combo.currentText() == "Joost Kampen"
    assert row.role.combo.currentText() == "Speaker"
    assert row.speaker.combo.count() == len(document.publication.speakers)
    roles = [row.role.combo.itemText(i) for i in range(row.role.combo.count())]
    assert roles == ["Speaker", "Moderator", "Panel member", "Interviewer", "With thanks to"]

    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert _people(document.publication, 1) == [
        ("joost-kampen", "speaker"),
        ("willemijn-groot", "speaker"),
    ]
    added = people.rows()[1]
    assert isinstance(added, PersonRow)
    qtbot.keyClick(added.speaker.combo, Qt.Key.Key_Down)  # the next name in the registry
    assert _people(document.publication, 1)[1] == ("marco-webeling", "speaker")
    assert added.speaker.combo.currentText() == "Marco Webeling"
    qtbot.keyClick(added.role.combo, Qt.Key.Key_Down)
    assert _people(document.publication, 1)[1] == ("marco-webeling", "moderator")
    assert added.role.combo.currentText() == "Moderator"
    document.undo_stack.undo()
    assert added.role.combo.currentText() == "Speaker"
    document.undo_stack.undo()
    assert added.speaker.combo.currentText() == "Willemijn Groot"


def test_a_person_row_reads_as_one_line(make_form: Any) -> None:
    """Speaker and role side by side, each named for screen readers."""
    row = list_of(make_form(SECTION), "people").rows()[0]
    assert isinstance(row, PersonRow)
    speaker, role = row.speaker.combo, row.role.combo
    assert speaker.accessibleName() == "Speaker" and role.accessibleName() == "Role in this section"
    assert (
        abs(
            speaker.mapTo(row, speaker.rect().center()).y()
            - role.mapTo(row, role.rect().center()).y()
        )
        < 4
    )
    assert (
        role.mapTo(row, role.rect().topLeft()).x()
        > speaker.mapTo(row, speaker.rect().topLeft()).x()
    )


def test_no_new_person_when_every_speaker_is_listed(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("section", "den-helder"))
    people = list_of(form, "people")
    for _ in range(3):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert len(_people(document.publication, 3)) == 5
    before = document.publication
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert document.publication is before
    assert "already listed" in people.problem_text()


def test_a_quote_speaker_is_optional_and_picked_by_name(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("quote", "quote-maatwerk"))
    field = form.editors["speaker_id"]
    assert isinstance(field, QuoteSpeakerField)
    combo = field.speaker
    assert isinstance(combo, SpeakerCombo)
    assert combo.combo.currentText() == "(no speaker)"
    qtbot.keyClick(combo.combo, Qt.Key.Key_Down)
    quote = document.publication.blocks[2]
    assert isinstance(quote, Quote)
    assert quote.speaker_id == "joost-kampen"
    assert quote.attribution == "deelnemer symposium"  # typed words are kept
    assert document.undo_stack.count() == 1


def test_picking_a_speaker_fills_an_empty_attribution(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("quote", "quote-maatwerk"))
    typed = form.editors["attribution"].input_widget()
    typed.selectAll()
    qtbot.keyClick(typed, Qt.Key.Key_Delete)
    field = form.editors["speaker_id"]
    assert isinstance(field, QuoteSpeakerField)
    steps = document.undo_stack.count()
    qtbot.keyClick(field.speaker.combo, Qt.Key.Key_Down)
    quote = document.publication.blocks[2]
    assert isinstance(quote, Quote)
    joost = document.publication.speaker("joost-kampen")
    assert quote.attribution == attribution(joost, "nl")
    assert quote.attribution.startswith("Joost Kampen (auteur van")  # name and note
    assert typed.text() == quote.attribution  # the form shows it at once
    assert document.undo_stack.count() == steps + 1  # speaker and attribution: one step
    qtbot.keyClick(field.speaker.combo, Qt.Key.Key_Down)  # filled by a speaker: follows
    quote = document.publication.blocks[2]
    willemijn = document.publication.speaker("willemijn-groot")
    assert isinstance(quote, Quote) and quote.attribution == attribution(willemijn, "nl")
    assert quote.attribution.startswith("Willemijn Groot, ")
    document.undo_stack.undo()
    assert document.publication.blocks[2].speaker_id is None  # type: ignore[union-attr]
    assert document.publication.blocks[2].attribution == ""  # type: ignore[union-attr]


def test_a_new_speaker_in_the_registry_appears_in_pickers(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    section = make_form(SECTION)
    registry = make_form(Target("speakers"))
    qtbot.mouseClick(list_of(registry, "speakers").add_button, Qt.MouseButton.LeftButton)
    new = document.publication.speakers[-1]
    assert new.name == "Nieuwe spreker"
    assert new.id.startswith("spk-")
    row = list_of(section, "people").rows()[0]
    assert isinstance(row, PersonRow)
    combo = row.speaker.combo
    assert combo.itemText(combo.count() - 1) == "Nieuwe spreker"


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


HELDER = Target("section", "den-helder")  # blocks[3]; its photo became a figure at the end


def _figure(form: ModelForm) -> tuple[int, FigureBlock]:
    """The index and editor of the last block of the section's text: its figure."""
    body = form.editors["body"]
    assert isinstance(body, BodyEditor)
    index = len(body.blocks()) - 1
    figure = body.blocks()[index]
    assert isinstance(figure, FigureBlock)
    return index, figure


def _images(document: DocumentModel, index: int) -> tuple[models.Image, ...]:
    section = document.publication.blocks[3]
    assert isinstance(section, Section)
    figure = section.body[index]
    assert isinstance(figure, FigureModel)
    return figure.images


def test_adding_an_image_file_stores_the_asset(
    qtbot: Any, document: DocumentModel, make_form: Any, tmp_path: Path
) -> None:
    picture = tmp_path / "zaal-vol.png"
    picture.write_bytes(_png())
    form = make_form(HELDER)
    index, figure = _figure(form)
    images = figure.images
    assert isinstance(images, ImageListEditor)
    before = _images(document, index)
    images.file_prompt = lambda _parent: picture
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    image = _images(document, index)[-1]
    assert len(_images(document, index)) == len(before) + 1
    assert image.alt == "" and image.needs_alt  # never the file's name: it reads as described
    assert document.project.assets[image.asset] == picture.read_bytes()
    record = images.rows()[-1]
    assert isinstance(record, ImageRecord)
    assert not record.thumbnail.pixmap().isNull()
    alt = record.children_by_key["alt"].input_widget()
    assert QApplication.focusWidget() is alt
    qtbot.keyClicks(alt, "Een volle zaal")
    assert _images(document, index)[-1].alt == "Een volle zaal"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _images(document, index) == before
    assert image.asset not in document.project.assets


def test_an_unsupported_image_file_is_refused_inline(
    qtbot: Any, document: DocumentModel, make_form: Any, tmp_path: Path
) -> None:
    picture = tmp_path / "scan.bmp"
    picture.write_bytes(b"BM")
    form = make_form(HELDER)
    _index, figure = _figure(form)
    images = figure.images
    images.file_prompt = lambda _parent: picture
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 0
    assert "is a BMP image; only PNG, JPEG, GIF and WebP" in images.problem_text()


def test_an_image_needs_alt_text_or_decorative(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(HELDER)
    index, figure = _figure(form)
    record = figure.images.rows()[0]
    assert isinstance(record, RecordEditor)
    alt = record.children_by_key["alt"]
    alt.input_widget().selectAll()
    qtbot.keyClick(alt.input_widget(), Qt.Key.Key_Delete)
    assert "Describe the image" in alt.problem_text()
    decorative = record.children_by_key["decorative"].input_widget()
    qtbot.mouseClick(decorative, Qt.MouseButton.LeftButton, pos=decorative.rect().center())
    assert not alt.problem_text()  # decorative: nothing to describe
    image = _images(document, index)[0]
    assert (image.alt, image.decorative) == ("", True)
