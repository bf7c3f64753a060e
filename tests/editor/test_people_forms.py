"""The forms for people and parts: a section's people and byline, a speaker's connector, a
part's own form. Driven as a user would, on a day report with parts and a panel."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from editor.document import DocumentModel
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.forms.part import PartForm
from editor.targets import Target
from editor.widgets.body_editor import BodyEditor
from editor.widgets.byline_editor import BylineEditor
from editor.widgets.connector_field import ConnectorField
from editor.widgets.list_editor import ListEditor
from editor.widgets.people_editor import PersonRow
from models import Project, Publication
from models.edit import replace_at
from models.publication import Part, Section

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def document(day: Publication) -> DocumentModel:
    return DocumentModel(Project(day))


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


def _section(document: DocumentModel, section_id: str) -> Section:
    block = document.publication.block(section_id)
    assert isinstance(block, Section)
    return block


def _byline(form: ModelForm) -> BylineEditor:
    editor = form.editors["byline"]
    assert isinstance(editor, BylineEditor)
    return editor


PANEL = Target("section", "panel")


def test_a_panel_reads_as_people_with_roles(make_form: Any) -> None:
    form = make_form(PANEL)
    people = form.editors["people"]
    assert isinstance(people, ListEditor)
    rows = [row for row in people.rows() if isinstance(row, PersonRow)]
    shown = [(row.speaker.combo.currentText(), row.role.combo.currentText()) for row in rows]
    assert shown == [
        ("Dirk Jansen", "Moderator"),
        ("Bram Okafor", "Panel member"),
        ("Cato Lindqvist-Vandenberghe", "Panel member"),
        ("Anne de Wit", "With thanks to"),
    ]
    assert people.add_button.text() == "Add person"


def test_the_byline_preview_follows_roles_and_connectors(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(PANEL)
    byline = _byline(form)
    assert byline.buttons["auto"].isChecked() and not byline.text.isEnabled()
    preview = byline.preview.text()
    assert "Moderator: Dirk Jansen, Gemeente Utrecht<br>Panel: Bram Okafor" in preview
    assert "Lezen &amp; Schrijven" in preview  # escaped: the label shows rich text
    people = form.editors["people"]
    assert isinstance(people, ListEditor)
    row = people.rows()[3]
    assert isinstance(row, PersonRow)
    qtbot.keyClick(row.role.combo, Qt.Key.Key_Up)  # "With thanks to" → "Interviewer"
    assert "Interviewer: Anne de Wit, hoogleraar aan de VU" in byline.preview.text()
    speakers = document.publication.speakers
    index = [s.id for s in speakers].index("dirk")
    document.apply(
        replace_at(document.publication, ("speakers", index, "role"), "voorzitter"), "Edit"
    )
    assert "Dirk Jansen, voorzitter bij Gemeente Utrecht" in byline.preview.text()


def test_choosing_a_typed_byline_starts_from_the_composed_one(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("section", "opening"))
    byline = _byline(form)
    qtbot.mouseClick(byline.buttons["custom"], Qt.MouseButton.LeftButton)
    section = _section(document, "opening")
    assert (section.byline, section.byline_text) == (
        "custom",
        "Door Anne de Wit, hoogleraar aan de VU",
    )
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change byline"
    assert byline.text.isEnabled() and QApplication.focusWidget() is byline.text
    assert byline.text.text() == section.byline_text
    byline.text.setText("Door Anne de Wit, hoogleraar aan de Vrije Universiteit")
    byline.text.textEdited.emit(byline.text.text())
    byline.text.setText("Door Anne de Wit, hoogleraar aan de Vrije Universiteit Amsterdam")
    byline.text.textEdited.emit(byline.text.text())
    assert _section(document, "opening").byline_text.endswith("Universiteit Amsterdam")
    assert document.undo_stack.count() == 2  # typing is one step
    assert (
        byline.preview.text() == "Door Anne de Wit, hoogleraar aan de Vrije Universiteit Amsterdam"
    )
    qtbot.mouseClick(byline.buttons["hidden"], Qt.MouseButton.LeftButton)
    assert _section(document, "opening").byline == "hidden"
    assert not byline.text.isEnabled()
    assert "No byline" in byline.preview.text()
    for _ in range(3):
        document.undo_stack.undo()
    assert _section(document, "opening").byline == "auto"
    assert byline.buttons["auto"].isChecked() and not byline.text.isEnabled()


def test_a_typed_byline_needs_words(qtbot: Any, document: DocumentModel, make_form: Any) -> None:
    form = make_form(Target("section", "welkom"))  # nobody to compose from
    byline = _byline(form)
    assert "Add people" in byline.preview.text()
    before = document.publication
    qtbot.mouseClick(byline.buttons["custom"], Qt.MouseButton.LeftButton)
    assert document.publication is before  # refused, shown inline
    assert "Type the byline" in byline.problem_text()
    assert byline.text.isEnabled()
    byline.text.setText("Namens de organisatie")
    byline.text.textEdited.emit(byline.text.text())
    section = _section(document, "welkom")
    assert (section.byline, section.byline_text) == ("custom", "Namens de organisatie")
    assert byline.problem_text() == ""


def test_focus_goes_to_the_typed_byline(make_form: Any) -> None:
    form = make_form(Target("section", "ws-a"))
    byline = _byline(form)
    assert form.focus_field(("blocks", 3, "blocks", 0, "byline_text"))
    assert QApplication.focusWidget() is byline.text
    assert form.focus_field(("blocks", 3, "blocks", 0, "byline"))
    assert QApplication.focusWidget() is byline.buttons["custom"]


def test_the_byline_is_read_only_in_review(make_form: Any) -> None:
    form = make_form(Target("section", "ws-a"))
    byline = _byline(form)
    form.set_read_only(True)
    assert not any(b.isEnabled() for b in byline.buttons.values())
    assert not byline.text.isEnabled()
    form.set_read_only(False)
    assert byline.text.isEnabled()


def _connector(form: ModelForm) -> ConnectorField:
    editor = form.editors["connector"]
    assert isinstance(editor, ConnectorField)
    return editor


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_connector_offers_the_usual_word_a_comma_and_others(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("speaker", "anne"))
    combo = _connector(form).combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["bij (the usual word)", "(comma)", "aan", "van"]
    assert combo.currentText() == "aan"
    _choose(combo, "(comma)")
    assert document.publication.speaker("anne").connector == ""
    assert document.undo_stack.undoText() == "Change connector"  # a pick: a step of its own
    _choose(combo, "bij (the usual word)")
    assert document.publication.speaker("anne").connector is None
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "namens")
    assert document.publication.speaker("anne").connector == "namens"
    assert combo.currentText() == "namens"  # the form keeps what was typed
    document.undo_stack.undo()
    assert document.publication.speaker("anne").connector is None
    assert combo.currentText() == "bij (the usual word)"


def test_the_connector_words_follow_the_publication_language(
    document: DocumentModel, make_form: Any
) -> None:
    document.apply(replace_at(document.publication, ("language",), "en"), "English")
    combo = _connector(make_form(Target("speaker", "eva"))).combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "at (the usual word)",
        "(comma)",
        "of",
        "for",
    ]
    assert combo.currentText() == "(comma)"  # Eva's connector is ""


def test_a_part_has_a_title_an_intro_and_a_language(
    qtbot: Any, document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("part", "ochtend"))
    assert isinstance(form, PartForm)
    assert list(form.editors) == ["title", "intro", "language"]
    assert "Part" in form.heading.text()
    assert isinstance(form.editors["intro"], BodyEditor)
    title = form.editors["title"].input_widget()
    assert title.text() == "De presentaties"
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # a part's title is what it is for
    assert "must not be empty" in form.editors["title"].problem_text()
    qtbot.keyClicks(title, "De talks")
    part = document.publication.block("ochtend")
    assert isinstance(part, Part) and part.title == "De talks"
    assert form.focus_field(("blocks", 1, "title"))
    assert not form.focus_field(("blocks", 1, "blocks", 0, "title"))  # the section's own form


def test_a_part_form_shows_a_notice_when_the_part_goes(
    document: DocumentModel, make_form: Any
) -> None:
    form = make_form(Target("part", "workshops"))
    document.apply(replace_at(document.publication, ("blocks",), []), "Delete all")
    assert not form.item_exists


def test_a_speaker_without_a_connector_shows_the_usual_word(make_form: Any) -> None:
    combo = _connector(make_form(Target("speaker", "cato"))).combo
    assert combo.currentText() == "bij (the usual word)"
    assert combo.lineEdit() is not None and combo.completer() is None  # no silent completion
