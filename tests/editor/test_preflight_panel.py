"""The editor side of publication quality: the preflight in the Problems dock, the export
question, the theme form (contrast, cover, logo) and pictures added by dialog or by drop.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

import resources
from editor.document import DocumentModel
from editor.files import Choice, Dialogs
from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.forms.theme import ThemeForm
from editor.main_window import MainWindow
from editor.preflight_panel import PreflightDock, issues_of
from editor.review.dialogs import ExportChoice
from editor.targets import Target
from editor.widgets.body_blocks import FigureBlock
from editor.widgets.body_editor import BodyEditor
from editor.widgets.colour_field import ColourField
from editor.widgets.image_list import ImageListEditor, SingleImageField, read_image
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from editor.widgets.simple_fields import ComboField
from models import load, save
from models.edit import replace_at
from models.publication import FigureBlock as FigureModel
from models.publication import Image, Section

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def picture_file(folder: Path, name: str, size: tuple[int, int] = (1200, 800)) -> Path:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 85, 127)).save(buffer, "PNG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


# ---------------------------------------------------------------- the window and the dock


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: dialogs.errors.append(m))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    return dialogs


@pytest.fixture
def grey_sample(tmp_path: Path) -> Path:
    """The sample with a primary colour too light for text, and a section without text."""
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "grijs"))
    project = load(folder)
    publication = replace_at(project.publication, ("theme", "primary_colour"), "#777777")
    publication = replace_at(publication, ("blocks", 3, "body"), [])
    save(project.with_publication(publication), folder)
    return folder


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, dialogs: Dialogs, grey_sample: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(grey_sample)
    return window


def test_the_dock_lists_findings_with_their_severity(window: MainWindow) -> None:
    dock = window.problems
    assert isinstance(dock, PreflightDock)
    texts = [dock.list.item(row).text() for row in range(dock.list.count())]
    assert texts[0].startswith(
        "Theme: primary colour #777777 on #FFFFFF has a contrast ratio of 4.48:1; text needs "
        "at least 4.5:1 (used for links,"
    )
    assert texts[2] == "Section 2 ‘Uit de praktijk gegrepen: de…’ has no text"
    described = dock.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert described.startswith("Error: Theme: primary colour #777777")
    assert dock.list.item(2).toolTip().startswith("Warning: ")
    assert not dock.list.item(0).icon().isNull()
    assert window.problems_button.text() == "3 problem(s)"


def test_activating_a_finding_jumps_to_its_field(qtbot: Any, window: MainWindow) -> None:
    window.problems.show()
    window.problems.activate(0)
    assert window.current_target() == Target("theme")
    form = window.form
    assert isinstance(form, ThemeForm)
    field = form.editors["primary_colour"]
    assert isinstance(field, ColourField)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line_edit)
    window.problems.activate(2)
    assert window.document is not None
    assert window.current_target() == Target("section", window.document.publication.blocks[3].id)


def test_fixing_the_colour_updates_the_dock(qtbot: Any, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    document.apply(
        replace_at(document.publication, ("theme", "primary_colour"), "#00557F"), "colour"
    )
    qtbot.waitUntil(lambda: not window.problems.check_pending)  # checked once edits pause
    assert [i.kind for i in window.problems.findings()] == ["empty_section"]
    assert window.problems_button.text() == "1 problem(s)"


def test_the_dock_is_one_line_without_problems_and_grows_when_they_come(
    qtbot: Any, window: MainWindow
) -> None:
    dock, document = window.problems, window.document
    assert document is not None
    dock.show()
    row = dock.list.sizeHintForRow(0)
    qtbot.waitUntil(lambda: dock.list.height() >= 3 * row)  # three problems in view
    broken = document.project
    clean = replace_at(broken.publication, ("theme", "primary_colour"), "#00557F")
    clean = replace_at(clean, ("blocks", 3, "body"), ["Tekst."])
    dock.check_now(broken.with_publication(clean))
    assert dock.collapsed and dock.list.count() == 1
    assert dock.list.item(0).text() == "No problems found."
    assert window.problems_button.text() == "No problems"
    one_line = dock.list.sizeHintForRow(0) + 2 * dock.list.frameWidth()
    assert dock.list.maximumHeight() == one_line
    qtbot.waitUntil(lambda: dock.widget().height() <= one_line)
    dock.check_now(broken)  # the problems are back: room for them, and they still jump
    assert not dock.collapsed and dock.list.count() == 3
    qtbot.waitUntil(lambda: dock.list.height() >= 3 * row)
    dock.activate(2)
    assert window.current_target() == Target("section", document.publication.blocks[3].id)


def test_typing_waits_for_a_pause_before_the_preflight(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preflight reads the whole publication: it runs once the edits pause, not on
    every keystroke; an export checks at once and brings the dock up to date."""
    import editor.preflight_panel as panel

    checked: list[object] = []
    real = panel.issues_of

    def issues_of(project: Any) -> Any:
        checked.append(project)
        return real(project)

    monkeypatch.setattr(panel, "issues_of", issues_of)
    document = window.document
    assert document is not None
    dock = window.problems
    for title in ("D", "De", "Den"):
        document.apply(replace_at(document.publication, ("blocks", 3, "title"), title), "t")
    assert checked == [] and dock.check_pending
    qtbot.waitUntil(lambda: not dock.check_pending)
    assert checked == [document.project]  # once, the last version

    document.apply(
        replace_at(document.publication, ("theme", "primary_colour"), "#00557F"), "colour"
    )
    assert dock.check_pending and len(dock.findings()) == 3  # not yet
    assert dock.allow_export(document.project)  # no errors left: no question
    assert not dock.check_pending
    assert [i.kind for i in dock.findings()] == ["empty_section"]


def test_a_soft_photo_is_offered_smaller_and_the_fix_is_one_undo_step(
    qtbot: Any, window: MainWindow
) -> None:
    document = window.document
    assert document is not None
    buffer = io.BytesIO()
    PILImage.new("RGB", (330, 220), (0, 85, 127)).save(buffer, "PNG")
    project, name = document.project.with_asset(buffer.getvalue(), "png")
    figure = {"kind": "figure", "images": [{"asset": name, "alt": "Zaal"}], "size": "full"}
    body = [*document.publication.blocks[1].body, figure]
    publication = replace_at(project.publication, ("blocks", 1, "body"), body)
    document.apply_project(project.with_publication(publication), "photo")
    dock = window.problems
    qtbot.waitUntil(lambda: not dock.check_pending)
    row = next(i for i, issue in enumerate(dock.findings()) if getattr(issue, "fix", None))
    dock.show()
    assert not dock.fix_button.isVisible()
    dock.list.setCurrentRow(row)
    assert dock.fix_button.isVisible()
    assert dock.fix_button.text() == "Fix: print it at thumbnail size (186 dpi)"
    undo_steps = document.undo_stack.count()
    qtbot.mouseClick(dock.fix_button, Qt.MouseButton.LeftButton)
    placed = document.publication.blocks[1].body[-1]
    assert isinstance(placed, FigureModel) and placed.size == "thumbnail"
    assert document.undo_stack.count() == undo_steps + 1
    qtbot.waitUntil(lambda: not dock.check_pending)
    assert not any(getattr(i, "fix", None) for i in dock.findings())
    document.undo_stack.undo()
    placed = document.publication.blocks[1].body[-1]
    assert isinstance(placed, FigureModel) and placed.size == "full"


def test_export_with_errors_asks_first(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    answer = [False]

    def ask(_parent: Any, findings: Any) -> bool:
        asked.append([f.message for f in findings])
        return answer[0]

    monkeypatch.setattr(window.problems.dialogs, "ask_export_anyway", ask)
    target = tmp_path / "uit.pdf"
    monkeypatch.setattr(window.dialogs, "choose_export_file", lambda *_a: target)
    monkeypatch.setattr(  # not approved: export anyway, unmarked
        window.review.dialogs, "confirm_unapproved_export", lambda *_a: ExportChoice(False)
    )
    window.problems.hide()
    window.export("pdf")
    assert len(asked) == 1 and len(asked[0]) == 2 and "4.48:1" in asked[0][0]
    assert window.exports.running == 0 and not target.exists()
    assert window.problems.isVisible()  # the errors are in view
    answer[0] = True
    with qtbot.waitSignal(window.exports.sig_succeeded, timeout=60_000):
        window.export("pdf")
    assert target.read_bytes().startswith(b"%PDF")


def test_a_clean_publication_exports_without_asking(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    clean = replace_at(document.publication, ("theme", "primary_colour"), "#00557F")
    project = document.project.with_publication(clean)
    assert window.problems.allow_export(project)
    assert [i for i in issues_of(project) if getattr(i, "severity", "") == "error"] == []


# ---------------------------------------------------------------- the theme form


@pytest.fixture
def document() -> DocumentModel:
    return DocumentModel(load(SAMPLE))


def theme_form(qtbot: Any, document: DocumentModel) -> ThemeForm:
    form = form_for(Target("theme"), document)
    assert isinstance(form, ThemeForm)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.windowHandle().requestActivate()  # focus needs an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def test_the_theme_form_has_every_field(qtbot: Any, document: DocumentModel) -> None:
    form = theme_form(qtbot, document)
    assert list(form.editors) == [
        "primary_colour",
        "accent_colour",
        "body_font",
        "heading_font",
        "page_size",
        "margins",
        "cover_style",
        "logo",
        "cover_image",
    ]
    margins, cover = form.editors["margins"], form.editors["cover_style"]
    assert isinstance(margins, ComboField) and isinstance(cover, ComboField)
    assert [margins.combo.itemText(i) for i in range(3)] == ["Narrow", "Normal", "Wide"]
    assert margins.value() == "normal" and cover.value() == "plain"
    assert isinstance(form.editors["logo"], SingleImageField)
    margins.combo.setCurrentIndex(2)
    margins.combo.activated.emit(2)
    cover.combo.setCurrentIndex(1)
    cover.combo.activated.emit(1)
    theme = document.publication.theme
    assert (theme.margins, theme.cover_style) == ("wide", "band")


def test_the_theme_form_shows_contrast_as_you_type(qtbot: Any, document: DocumentModel) -> None:
    form = theme_form(qtbot, document)
    assert "✗" not in form.contrast.text() and "8.06:1" in form.contrast.text()
    field = form.editors["primary_colour"]
    assert isinstance(field, ColourField)
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, "#777777")
    assert document.publication.theme.primary_colour == "#777777"
    text = form.contrast.text()
    assert "✗ #777777 on #FFFFFF: 4.48:1, needs 4.5:1" in text
    assert "✗ #DDDDDD on #777777: 3.30:1, needs 4.5:1" in text
    assert "too low" in form.contrast.accessibleDescription()
    document.undo_stack.undo()
    assert "✗" not in form.contrast.text()


def test_a_logo_is_chosen_replaced_and_removed(
    qtbot: Any, document: DocumentModel, tmp_path: Path
) -> None:
    form = theme_form(qtbot, document)
    logo = form.editors["logo"]
    assert isinstance(logo, SingleImageField)
    assert not logo.record.isVisible() and logo.empty_label.isVisible()
    first = picture_file(tmp_path, "divosa-logo.png", (600, 150))
    logo.file_prompt = lambda _parent: first
    qtbot.mouseClick(logo.choose_button, Qt.MouseButton.LeftButton)
    image = document.publication.theme.logo
    assert image is not None and image.alt == "" and image.needs_alt  # not the file's name
    assert document.project.assets[image.asset] == first.read_bytes()
    assert logo.record.isVisible() and logo.choose_button.text() == "Replace image…"
    alt = logo.record.children_by_key["alt"].input_widget()
    assert QApplication.focusWidget() is alt
    qtbot.keyClicks(alt, "Logo van Divosa")
    assert document.publication.theme.logo.alt == "Logo van Divosa"  # type: ignore[union-attr]
    qtbot.mouseClick(logo.remove_button, Qt.MouseButton.LeftButton)
    assert document.publication.theme.logo is None and not logo.record.isVisible()
    document.undo_stack.undo()
    assert document.publication.theme.logo is not None


def drop(qtbot: Any, widget: Any, paths: list[Path]) -> bool:
    """Drag ``paths`` onto ``widget`` and drop them; ``True`` if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(widget.rect().center(), actions, mime, buttons, modifiers)
    widget.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(widget.rect().center()), actions, mime, buttons, modifiers)
    widget.dropEvent(event)
    return True


def test_a_cover_image_can_be_dropped(qtbot: Any, document: DocumentModel, tmp_path: Path) -> None:
    form = theme_form(qtbot, document)
    cover = form.editors["cover_image"]
    assert isinstance(cover, SingleImageField)
    text = tmp_path / "notes.txt"
    text.write_text("x")
    assert not drop(qtbot, cover, [text])
    photo = picture_file(tmp_path, "zaal.png")
    assert drop(qtbot, cover, [photo])
    assert document.publication.theme.cover_image is not None
    assert document.undo_stack.count() == 1


def test_image_files_dropped_on_a_section_are_added_in_one_step(
    qtbot: Any, document: DocumentModel, tmp_path: Path
) -> None:
    form = form_for(Target("section", "den-helder"), document)
    assert isinstance(form, ModelForm)
    qtbot.addWidget(form)
    body = form.editors["body"]
    assert isinstance(body, BodyEditor)
    figure = body.blocks()[-1]  # the section's photo, a figure at the end of its text
    assert isinstance(figure, FigureBlock)
    images = figure.images
    assert isinstance(images, ImageListEditor)

    def figure_images() -> tuple[Image, ...]:
        section = document.publication.blocks[3]
        assert isinstance(section, Section) and isinstance(section.body[-1], FigureModel)
        return section.body[-1].images

    before = len(figure_images())
    files = [picture_file(tmp_path, "een.png"), picture_file(tmp_path, "twee.png", (900, 600))]
    assert drop(qtbot, images, files)
    added = figure_images()[before:]
    assert [image.asset for image in added] == [read_image(f)[0]["asset"] for f in files]
    assert all(image.needs_alt for image in added)  # described next, not by file name
    assert all(image.asset in document.project.assets for image in added)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add 2 images"
    document.undo_stack.undo()
    assert len(figure_images()) == before
    images.set_read_only(True)
    assert not drop(qtbot, images, files)


def test_a_video_can_be_kept_off_the_public_web(qtbot: Any, document: DocumentModel) -> None:
    form = form_for(Target("section", "verwaarloosde-organisatie"), document)
    assert isinstance(form, ModelForm)
    qtbot.addWidget(form)
    videos = form.editors["videos"]
    assert isinstance(videos, ListEditor)
    record = videos.rows()[0]
    assert isinstance(record, RecordEditor)
    web = record.children_by_key["public_web"]
    assert isinstance(web, ComboField)
    assert [web.combo.itemText(i) for i in range(3)] == [
        "Show it with its access note",
        "Show it without the access note",
        "Leave it out (PDF only)",
    ]
    web.combo.setCurrentIndex(2)
    web.combo.activated.emit(2)
    assert document.publication.blocks[1].videos[0].public_web == "omit"
