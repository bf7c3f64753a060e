"""New from template, house styles in the editor, and the house style for new publications."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor import house_style_setting
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.new_from_template import TemplateChooser
from editor.preferences import PreferencesDialog
from editor.qt_fonts import register_bundled_fonts, ui_font
from models import house_style as hs
from models.edit import replace_at
from models.templates import SLUGS

NEUTRAL_PRIMARY = "#33414E"


class Script:
    """What the patched dialogs answer, and what they were shown."""

    def __init__(self) -> None:
        self.save_choice = Choice.DISCARD
        self.style_path: Path | None = None
        self.errors: list[str] = []
        self.prompts: list[str] = []


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> tuple[Dialogs, Script]:
    dialogs, script = Dialogs(), Script()

    def ask(_parent: object, name: str) -> Choice:
        script.prompts.append(name)
        return script.save_choice

    monkeypatch.setattr(dialogs, "ask_save_changes", ask)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: script.errors.append(m))
    return dialogs, script


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, script, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = MainWindow(settings=settings, dialogs=script[0])
    qtbot.addWidget(window)
    styles = window.window_actions.house_styles.dialogs
    monkeypatch.setattr(styles, "choose_style_to_open", lambda _p: script[1].style_path)
    monkeypatch.setattr(styles, "choose_style_to_save", lambda _p, _s: script[1].style_path)
    monkeypatch.setattr(styles, "show_error", lambda _p, _t, m: script[1].errors.append(m))
    window.show()
    return window


def test_the_chooser_lists_every_template_with_a_line_and_an_outline(qtbot) -> None:
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(SLUGS)
    assert [dialog.list.item(i).text().split("\n")[0] for i in range(4)] == [
        "Symposium report",
        "Congress with parts and workshops",
        "Webinar summary",
        "Panel discussion",
    ]
    assert all("\n" in dialog.list.item(i).text() for i in range(4))
    assert dialog.chosen() == "symposiumverslag"
    dialog.list.setCurrentRow(1)
    assert dialog.chosen() == "congres"
    top = [
        dialog.outline.topLevelItem(i).text(0) for i in range(dialog.outline.topLevelItemCount())
    ]
    assert "Workshopronde 1" in top and top[-1] == "Colophon"
    workshops = dialog.outline.topLevelItem(top.index("Workshopronde 1"))
    assert workshops.childCount() == 2 and "‹Titel van workshop A›" in workshops.child(0).text(0)


def test_new_from_template_opens_an_unsaved_publication_after_asking(
    window: MainWindow, script
) -> None:
    _dialogs, answers = script
    window.window_actions.new.trigger()
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("title",), "Mijn werk"), "Edit title")
    answers.save_choice = Choice.CANCEL
    chooser = window.window_actions.templates.choose()
    chooser.list.setCurrentRow(SLUGS.index("webinar"))
    chooser.accept()
    assert answers.prompts and window.document is document  # cancelled: kept
    answers.save_choice = Choice.DISCARD
    chooser = window.window_actions.templates.choose()
    chooser.list.setCurrentRow(SLUGS.index("webinar"))
    chooser.accept()
    new = window.document
    assert new is not None and new is not document
    assert new.path is None and not new.is_modified
    assert new.publication.title == "‹Titel van de samenvatting›"
    codes = {p.code for p in window.problems.problems if hasattr(p, "code")}
    assert "placeholder" in codes


def test_the_file_menu_offers_new_from_template_and_house_styles(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "New from &template…" in texts
    assert "Apply house st&yle" in texts and "Save &house style…" in texts
    actions = window.window_actions.house_styles
    assert not actions.save_action.isEnabled()  # no document
    window.window_actions.new.trigger()
    assert actions.save_action.isEnabled() and actions.apply_menu.menuAction().isEnabled()


def test_applying_a_house_style_is_one_undo_step(window: MainWindow) -> None:
    window.window_actions.new.trigger()
    document = window.document
    assert document is not None
    before = document.project
    actions = window.window_actions.house_styles
    actions.apply_neutral.trigger()
    assert document.publication.theme.primary_colour == NEUTRAL_PRIMARY
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Apply house style “Neutraal”"
    document.undo_stack.undo()
    assert document.project == before


def test_a_saved_house_style_applies_to_another_publication(
    window: MainWindow, script, tmp_path: Path
) -> None:
    _dialogs, answers = script
    window.files.new_from_template("panelgesprek")
    document = window.document
    assert document is not None
    pub = replace_at(document.publication, ("theme", "primary_colour"), "#123456")
    pub = replace_at(pub, ("colophon", "organisation"), "Stichting Lezen")
    document.apply(pub, "Edit")
    answers.style_path = tmp_path / "lezen"
    assert window.window_actions.house_styles.save()
    saved = tmp_path / "lezen.podium-style"
    assert hs.read(saved).document.colophon.organisation == "Stichting Lezen"
    window.files.new()
    answers.style_path = saved
    assert window.window_actions.house_styles.apply_dialog()
    new = window.document
    assert new is not None and new.publication.theme.primary_colour == "#123456"
    assert new.publication.colophon.organisation == "Stichting Lezen"
    answers.style_path = tmp_path / "broken.podium-style"
    answers.style_path.write_bytes(b"not a style")
    assert not window.window_actions.house_styles.apply_dialog()
    assert "not a zip" in answers.errors[-1]


def test_the_house_style_for_new_publications_applies_to_new_and_templates(
    window: MainWindow, settings: QSettings, script, tmp_path: Path
) -> None:
    _dialogs, answers = script
    house_style_setting.store(settings, house_style_setting.NEUTRAL)
    window.files.new()
    assert window.document is not None
    assert window.document.publication.theme.primary_colour == NEUTRAL_PRIMARY
    assert not window.document.is_modified
    window.files.new_from_template("congres")
    assert window.document.publication.theme.primary_colour == NEUTRAL_PRIMARY
    missing = tmp_path / "gone.podium-style"
    house_style_setting.store(settings, str(missing))
    window.files.new()  # still starts, in Podium's own look, and says why
    assert window.document.publication.theme.primary_colour == "#00557F"
    assert "gone.podium-style" in answers.errors[-1]


def test_preferences_choose_the_house_style_for_new_publications(
    qtbot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    choice = dialog.house_style
    assert choice.choice() == house_style_setting.NONE
    choice.combo.setCurrentIndex(choice.combo.findData(house_style_setting.NEUTRAL))
    dialog.accept()
    assert house_style_setting.stored(settings) == house_style_setting.NEUTRAL
    own = tmp_path / "eigen.podium-style"
    hs.save(hs.read(hs.built_in_path()), own)
    broken = tmp_path / "kapot.podium-style"
    broken.write_bytes(b"x")
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    combo = again.house_style.combo
    assert again.house_style.choice() == house_style_setting.NEUTRAL
    choose = combo.count() - 1
    again.house_style.choose_file = lambda: broken
    combo.setCurrentIndex(choose)
    combo.activated.emit(choose)
    assert again.house_style.choice() == house_style_setting.NEUTRAL  # refused, kept
    assert not again.house_style.note.isHidden() and "kapot" in again.house_style.note.text()
    again.house_style.choose_file = lambda: own
    combo.setCurrentIndex(choose)
    combo.activated.emit(choose)
    assert again.house_style.choice() == str(own)
    again.accept()
    assert house_style_setting.stored(settings) == str(own)
    third = PreferencesDialog(settings)
    qtbot.addWidget(third)
    assert third.house_style.choice() == str(own)
    assert third.house_style.combo.currentText() == "eigen.podium-style"


@pytest.mark.skipif(
    not os.environ.get("PODIUM_SCREENSHOTS"), reason="set PODIUM_SCREENSHOTS=1 to write it"
)
def test_screenshot_of_the_chooser(qtbot) -> None:
    """docs/screenshots/new-from-template.png, for the README (Podium's UI font)."""
    register_bundled_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setFont(ui_font())
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(SLUGS.index("congres"))
    dialog.resize(820, 470)
    dialog.show()
    qtbot.waitExposed(dialog)
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "new-from-template.png"
    assert dialog.grab().save(str(out), "PNG")
