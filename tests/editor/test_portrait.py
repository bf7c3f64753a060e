"""A speaker's portrait in the speaker form: chosen by file dialog or dropped, described,
removed; each change is one undo step, and the speakers list keeps the portrait."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

import resources
from editor.document import DocumentModel
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.forms.speaker import SpeakerForm
from editor.targets import Target
from editor.widgets.image_list import SingleImageField
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from models import load

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
SPEAKER = "marco-webeling"

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def picture_file(folder: Path, name: str, size: tuple[int, int] = (300, 400)) -> Path:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 50, 110)).save(buffer, "PNG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def document() -> DocumentModel:
    return DocumentModel(load(SAMPLE))


def speaker_form(qtbot: Any, document: DocumentModel) -> SpeakerForm:
    form = form_for(Target("speaker", SPEAKER), document)
    assert isinstance(form, SpeakerForm)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.windowHandle().requestActivate()  # focus needs an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def portrait(document: DocumentModel) -> Any:
    return document.publication.speaker(SPEAKER).portrait


def test_the_speaker_form_has_a_portrait_field(qtbot: Any, document: DocumentModel) -> None:
    form = speaker_form(qtbot, document)
    assert list(form.editors)[-1] == "portrait"
    field = form.editors["portrait"]
    assert isinstance(field, SingleImageField)
    assert field.empty_label.isVisible() and not field.record.isVisible()
    assert set(field.record.children_by_key) >= {"alt", "decorative", "caption", "credit"}


def test_a_portrait_is_chosen_described_and_removed_one_step_each(
    qtbot: Any, document: DocumentModel, tmp_path: Path
) -> None:
    form = speaker_form(qtbot, document)
    field = form.editors["portrait"]
    assert isinstance(field, SingleImageField)
    photo = picture_file(tmp_path, "marco.png")
    field.file_prompt = lambda _parent: photo
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    image = portrait(document)
    assert image is not None and image.alt == "" and image.needs_alt  # not "marco"
    assert document.project.assets[image.asset] == photo.read_bytes()
    assert document.undo_stack.count() == 1  # the picture and its file: one step
    alt = field.record.children_by_key["alt"].input_widget()
    assert QApplication.focusWidget() is alt  # the alt text is asked for next
    alt.selectAll()
    qtbot.keyClicks(alt, "Portret van Marco Webeling")
    assert portrait(document).alt == "Portret van Marco Webeling"
    assert document.undo_stack.count() == 2  # the keystrokes merge into one step

    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert portrait(document) is None and field.empty_label.isVisible()
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert portrait(document).alt == "Portret van Marco Webeling"
    assert field.record.isVisible()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert portrait(document) is None


def test_a_portrait_can_be_dropped(qtbot: Any, document: DocumentModel, tmp_path: Path) -> None:
    form = speaker_form(qtbot, document)
    field = form.editors["portrait"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path, "marco.png")))])
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(field.rect().center(), actions, mime, button, modifiers)
    field.dragEnterEvent(enter)
    assert enter.isAccepted()
    field.dropEvent(QDropEvent(QPointF(field.rect().center()), actions, mime, button, modifiers))
    assert portrait(document) is not None and document.undo_stack.count() == 1


def test_editing_the_speakers_list_keeps_the_portrait(
    qtbot: Any, document: DocumentModel, tmp_path: Path
) -> None:
    """The list of speakers does not show portraits, but must not drop them either."""
    field = speaker_form(qtbot, document).editors["portrait"]
    assert isinstance(field, SingleImageField)
    field.file_prompt = lambda _parent: picture_file(tmp_path, "marco.png")
    assert field.choose()
    before = portrait(document)
    registry = form_for(Target("speakers"), document)
    assert isinstance(registry, ModelForm)
    qtbot.addWidget(registry)
    registry.show()
    speakers = registry.editors["speakers"]
    assert isinstance(speakers, ListEditor)
    index = [s.id for s in document.publication.speakers].index(SPEAKER)
    row = speakers.rows()[index]
    assert isinstance(row, RecordEditor) and "portrait" not in row.children_by_key
    role = row.children_by_key["role"].input_widget()
    assert isinstance(role, QLineEdit)
    role.setFocus()
    role.end(False)
    qtbot.keyClicks(role, " (a.i.)")
    assert document.publication.speaker(SPEAKER).role == "teamleider Participatie (a.i.)"
    assert portrait(document) == before is not None
