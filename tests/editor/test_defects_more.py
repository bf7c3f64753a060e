"""Issue 14, item 6: more defects a new user met, each with the behaviour that replaced it.

An image is described, not named after its file; a damaged file's backup is offered; an
export says where it went and opens it; Save as proposes a name from the title; the status
bar, the docks, the toolbar and the navigator stay steady; a Help menu lists the shortcuts.
"""

from __future__ import annotations

import io
import re
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QLineEdit

import resources
from editor import help_menu
from editor.files import Choice, Dialogs, suggested_stem
from editor.main_window import MainWindow
from editor.review.dialogs import ExportChoice, ReviewDialogs
from editor.targets import Target
from editor.widgets.image_list import ImageRecord, SingleImageField
from exporters.labels import label
from models import Project, load, save
from models.operations import new_publication
from models.preflight import errors, preflight
from models.project_file import backup_path
from models.publication import Publication

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


class Asked(Dialogs):
    """Real dialogs whose questions are scripted; records errors and backup questions."""

    def __init__(self, open_backup: bool = True) -> None:
        super().__init__()
        self.open_backup = open_backup
        self.errors: list[str] = []
        self.backups: list[tuple[str, str]] = []
        self.suggested: list[str] = []

    def show_error(self, _parent: Any, _title: str, message: str) -> None:
        self.errors.append(message)

    def ask_save_changes(self, _parent: Any, _name: str) -> Choice:
        return Choice.DISCARD

    def ask_open_backup(self, _parent: Any, name: str, reason: str, saved: str) -> bool:
        assert saved  # when the backup was made, in the user's locale
        self.backups.append((name, reason))
        return self.open_backup

    def choose_save_file(self, _parent: Any, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        return None


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs() -> Asked:
    return Asked()


@pytest.fixture
def window(qtbot: Any, settings: QSettings, dialogs: Asked) -> MainWindow:
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    return window


def picture_file(folder: Path, name: str) -> Path:
    buffer = io.BytesIO()
    PILImage.new("RGB", (600, 150), (0, 85, 127)).save(buffer, "PNG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


# -- 1. a new picture is described, not named after its file --------------------------------


def test_a_new_picture_starts_undescribed_and_blocks_a_final_export(
    qtbot: Any, window: MainWindow, sample_file: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    assert window.files.open_path(sample_file)
    window.select_target(Target("theme"))
    assert window.form is not None
    logo = window.form.editors["logo"]
    assert isinstance(logo, SingleImageField)
    logo.file_prompt = lambda _parent: picture_file(tmp_path, "IMG_2041.png")
    assert logo.choose()
    document = window.document
    assert document is not None
    image = document.publication.theme.logo
    assert image is not None and image.alt == "" and image.needs_alt  # not "IMG_2041"
    alt = logo.record.children_by_key["alt"]
    assert "Describe the image for readers who cannot see it" in alt.problem_text()
    window.problems.check_now(document.project)
    texts = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert "Theme, logo has no alternative text: describe it, or mark it as decorative" in texts

    asked: list[list[str]] = []
    monkeypatch.setattr(
        window.problems.dialogs,
        "ask_export_anyway",
        lambda _p, found: asked.append([f.message for f in found]) or False,
    )
    monkeypatch.setattr(
        window.review.dialogs, "confirm_unapproved_export", lambda *_a: ExportChoice(False)
    )
    monkeypatch.setattr(window.dialogs, "choose_export_file", lambda *_a: tmp_path / "x.pdf")
    window.export("pdf")
    assert any("Theme, logo has no alternative text" in m for m in asked[0])
    assert window.exports.running == 0  # declined: nothing is exported

    line = alt.input_widget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Logo van Divosa")
    assert document.publication.theme.logo.alt == "Logo van Divosa"  # type: ignore[union-attr]
    assert not alt.problem_text()
    assert not [f for f in errors(preflight(document.project)) if f.code == "missing_alt"]


def test_the_note_leaves_a_problem_of_the_field_alone(
    qtbot: Any, window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    assert window.files.open_path(sample_file)
    window.select_target(Target("theme"))
    assert window.form is not None
    logo = window.form.editors["logo"]
    assert isinstance(logo, SingleImageField)
    logo.use_file(picture_file(tmp_path, "logo.png"))
    record = logo.record
    assert isinstance(record, ImageRecord)
    alt = record.children_by_key["alt"]
    record.show_problems([(("alt",), "too long")])
    assert alt.problem_text() == "too long"
    record.show_problems([])
    assert "Describe the image" in alt.problem_text()


# -- 2. a damaged file with a good backup ---------------------------------------------------


def damaged(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """``rapport.podium`` saved twice (so a backup is beside it), then damaged."""
    path = tmp_path / "rapport.podium"
    project = load(SAMPLE)
    save(project, path)
    save(project, path)  # the first version becomes rapport.podium~
    path.write_bytes(b"PK\x03\x04 not a zip any more")
    return path, path.read_bytes(), backup_path(path).read_bytes()


def test_a_damaged_file_offers_its_backup_as_an_untitled_copy(
    window: MainWindow, dialogs: Asked, tmp_path: Path
) -> None:
    path, broken, backup = damaged(tmp_path)
    assert window.files.open_path(path)
    assert [name for name, _reason in dialogs.backups] == ["rapport.podium"]
    assert dialogs.errors == []
    document = window.document
    assert document is not None and document.path is None  # untitled: Save asks
    assert "Untitled" in window.windowTitle()
    assert "Opened the backup of “rapport.podium”" in window.statusBar().currentMessage()
    assert path.read_bytes() == broken and backup_path(path).read_bytes() == backup
    assert not window.files.save()  # Save as, proposing the damaged file's own name
    assert dialogs.suggested == [str(path)]
    assert path.read_bytes() == broken
    assert path not in window.files.recent_files()


def test_declining_the_backup_opens_nothing(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    dialogs = Asked(open_backup=False)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    path, broken, _backup = damaged(tmp_path)
    assert not window.files.open_path(path)
    assert window.document is None and len(dialogs.backups) == 1
    assert path.read_bytes() == broken


def test_without_a_usable_backup_the_error_is_said_as_before(
    window: MainWindow, dialogs: Asked, tmp_path: Path
) -> None:
    path, _broken, _backup = damaged(tmp_path)
    backup_path(path).write_bytes(b"also broken")
    assert not window.files.open_path(path)
    backup_path(path).unlink()
    assert not window.files.open_path(path)
    assert dialogs.backups == [] and len(dialogs.errors) == 2
    assert all(error.startswith("rapport.podium: ") for error in dialogs.errors)


@pytest.mark.parametrize("ask", ["choose_open_file", "choose_compare_file"])
def test_open_and_compare_dialogs_hide_backups(monkeypatch: Any, ask: str) -> None:
    filters: list[str] = []

    def fake(_parent: Any, _title: str, _start: str, pattern: str) -> tuple[str, str]:
        filters.append(pattern)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    asker = Dialogs() if ask == "choose_open_file" else ReviewDialogs()
    assert getattr(asker, ask)(None, "") is None
    for pattern in filters[0].split(";;"):
        globs = re.findall(r"\(([^)]*)\)", pattern)[0].split()
        assert not QDir.match(globs, "rapport.podium~")
        assert not QDir.match(globs, "publication.json~")
    assert QDir.match(re.findall(r"\(([^)]*)\)", filters[0])[0].split(), "rapport.podium")


# -- 3. after an export: Open and Show in folder --------------------------------------------


def test_an_export_offers_open_and_show_in_folder(
    qtbot: Any, window: MainWindow, sample_file: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    assert window.files.open_path(sample_file)
    target = tmp_path / "uit" / "rapport.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(window.dialogs, "choose_export_file", lambda *_a: target)
    monkeypatch.setattr(
        window.review.dialogs, "confirm_unapproved_export", lambda *_a: ExportChoice(False)
    )
    monkeypatch.setattr(window.problems.dialogs, "ask_export_anyway", lambda *_a: True)
    opened: list[QUrl] = []
    notice = window.export_notice
    notice.open_url = lambda url: opened.append(url) or True
    assert not notice.isVisible()
    with qtbot.waitSignal(window.exports.sig_succeeded, timeout=60_000):
        window.export("pdf")
    assert notice.isVisible() and notice.label.text() == "Exported rapport.pdf"
    assert window.statusBar().currentMessage() == ""  # "Exporting…" made way
    notice.open_button.click()
    notice.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(target.parent)]
    notice.close_button.click()
    assert not notice.isVisible() and notice.paths == []


# -- 4. Save as proposes a name from the title ----------------------------------------------


def titled(title: str, language: str = "nl") -> Publication:
    data = new_publication(language).model_dump()  # type: ignore[arg-type]
    return Publication.model_validate({**data, "title": title})


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Ruimte voor professionals", "Ruimte voor professionals"),
        ("Werk/inkomen: een middag", "Werk inkomen een middag"),
        ("Eerste regel\nTweede\tregel", "Eerste regel Tweede regel"),
        ('Wat "wij" <zien>? * | \\ dus', "Wat wij zien dus"),
        ("...verborgen.", "verborgen"),
        ("‹Titel van het verslag›", "Untitled"),
        ("Congres ‹jaar›: verslag", "Congres verslag"),
        ("/// ::: ...", "Untitled"),
    ],
)
def test_the_suggested_name_comes_from_the_title(title: str, stem: str) -> None:
    assert suggested_stem(titled(title), "Untitled") == stem


def test_a_long_title_is_cut_at_a_word() -> None:
    title = " ".join(["samenwerking"] * 20)
    stem = suggested_stem(titled(title), "Untitled")
    assert len(stem) <= 80 and stem.endswith("samenwerking") and title.startswith(stem)
    assert suggested_stem(titled("x" * 200), "Untitled") == "x" * 80


def test_the_placeholder_title_of_a_new_publication_is_untitled() -> None:
    for language in ("nl", "en"):
        assert suggested_stem(new_publication(language), "Untitled") == "Untitled"  # type: ignore[arg-type]


def test_save_as_proposes_the_title(window: MainWindow, dialogs: Asked) -> None:
    window.files.new_from(Project(titled("Werk/inkomen: een middag")))
    assert not window.files.save_as()
    assert Path(dialogs.suggested[-1]).name == "Werk inkomen een middag.podium"


# -- 5. the status bar, the docks, the toolbar and the navigator stay steady ----------------


def test_the_page_count_goes_with_its_document(
    window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    assert window.files.open_path(sample_file)
    count = window.preview.page_count
    window.preview._on_page_count(12)  # as if the sample's PDF had been shown
    assert count.isVisible() and count.text() == "12 page(s)"
    window.files.new()
    assert not count.isVisible()


def test_review_and_problem_docks_do_not_come_back_in_normal_editing(
    qtbot: Any, settings: QSettings, dialogs: Asked, sample_file: Path
) -> None:
    first = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(first)
    first.show()
    assert first.files.open_path(sample_file)
    first.review.dock.show()
    first.problems.show()
    first.close()
    second = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(second)
    second.show()
    assert not second.review.dock.isVisible() and not second.problems.isVisible()
    reviewing = MainWindow(settings=settings, dialogs=dialogs, review=True)
    qtbot.addWidget(reviewing)
    reviewing.show()
    assert reviewing.review.dock.isVisible()


def test_toolbar_undo_keeps_its_label_and_names_the_step(
    window: MainWindow, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    toolbar = window.toolbar
    undo = next(a for a in toolbar.actions() if a.text() == "Undo")
    assert not undo.isEnabled()
    button = toolbar.widgetForAction(undo)
    width = button.sizeHint().width()
    document = window.document
    assert document is not None
    window.structure.add_section.trigger()
    assert undo.isEnabled() and undo.text() == "Undo"
    assert undo.toolTip().startswith(window.window_actions.undo.text())
    assert button.sizeHint().width() == width
    undo.trigger()
    assert not document.undo_stack.canUndo()
    assert window.window_actions.undo in window.menuBar().actions()[1].menu().actions()


def test_the_navigator_names_the_contents_as_the_exports_do(
    window: MainWindow, sample_file: Path
) -> None:
    assert window.files.open_path(sample_file)
    model = window.navigator.navigator_model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert label("contents", "en") in names
    window.select_target(Target("blocks"))
    assert window.form is not None
    assert re.sub("<[^>]+>", "", window.form.heading.text()) == label("contents", "en")


# -- 6. Help: keyboard shortcuts and About --------------------------------------------------


def test_the_shortcut_list_is_read_from_the_menus(window: MainWindow, sample_file: Path) -> None:
    assert window.files.open_path(sample_file)
    dialog = window.help.show_shortcuts()
    rows = dialog.rows()
    actions = window.window_actions
    native = actions.save.shortcut().toString()
    assert ("File", "&Save".replace("&", ""), native) in [(m, c, k) for m, c, k in rows]
    assert any(
        menu == "Structure" and command.startswith("Add section") for menu, command, _ in rows
    )
    assert any(command == "Keyboard shortcuts" and menu == "Help" for menu, command, _ in rows)
    window.structure.add_section.trigger()  # Undo's own text now names the step
    assert window.window_actions.undo.text() != "Undo"
    undo = [cmd for menu, cmd, _ in window.help.show_shortcuts().rows() if cmd.startswith("Undo")]
    assert undo == ["Undo"]
    count = len(rows)
    extra = window.menuBar().actions()[0].menu().addAction("Proef")
    extra.setShortcut("Ctrl+Alt+P")
    assert len(window.help.show_shortcuts().rows()) == count + 1  # never stale
    assert window.help.dialog is not None and window.help.dialog.isVisible()


def test_about_names_version_licence_and_qt(window: MainWindow, monkeypatch: Any) -> None:
    meta = Message()
    meta["Version"], meta["License-Expression"] = "1.2.3", "EUPL-1.2"
    monkeypatch.setattr(help_menu, "metadata", lambda _name: meta)
    dialog = window.help.show_about()
    text = dialog.text.text()
    assert "Licence: EUPL-1.2" in text
    assert "Podium 1.2.3" in dialog.findChildren(type(dialog.text))[0].text()
    facts = help_menu.about_facts()
    assert f"Qt {facts['qt']}, PySide {facts['pyside']}" in text
