"""Import in the editor: File › Import…, drops and pastes, off the GUI thread, opened as a
new unsaved publication with one undo step, and the import report."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from import_builders import docx, odt, odt_h, odt_p, para
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit

from editor.files import Choice, Dialogs
from editor.importing import controller as import_controller
from editor.importing.source import Source
from editor.main_window import MainWindow
from editor.targets import Target
from models import Project, load, save
from models.edit import replace_at
from models.importing import Imported

SPEAKER_LINE = "Door Joost Kampen, taaladviseur bij de gemeente Lindenburg"
OPENING = "De dag begon met een opening over leesbare taal en formulieren."


def _text() -> str:
    return (
        f"Netwerkdag over taal\n\nHet verslag van de dag.\n\nOpening\n\n{SPEAKER_LINE}\n\n"
        f"{OPENING}\n"
    )


def _markdown() -> str:
    return (
        "---\ntitle: Netwerkdag over taal\ndate: 2025-10-03\n---\n\nHet verslag van de dag.\n\n"
        f"## Opening\n\n{SPEAKER_LINE}\n\n{OPENING} Zie [de pagina](programma.html).\n\n"
        "![De zaal](https://example.org/zaal.jpg)\n"
    )


def _html() -> str:
    return (
        "<html lang='nl'><head><title>Netwerkdag over taal</title></head><body>"
        "<h1>Netwerkdag over taal</h1><p>Het verslag van de dag.</p>"
        f"<h2>Opening</h2><p>{SPEAKER_LINE}</p><p>{OPENING}</p></body></html>"
    )


def _docx() -> bytes:
    body = "".join(
        [
            para("Netwerkdag over taal", style="Title"),
            para("Het verslag van de dag."),
            para("Opening", style="Heading1"),
            para(SPEAKER_LINE),
            para(OPENING),
        ]
    )
    return docx(body)


def _odt() -> bytes:
    body = "".join(
        [
            odt_h("Netwerkdag over taal", 1),
            odt_p("Het verslag van de dag."),
            odt_h("Opening", 2),
            odt_p(SPEAKER_LINE),
            odt_p(OPENING),
        ]
    )
    return odt(body)


SOURCES = {
    ".txt": _text,
    ".md": _markdown,
    ".html": _html,
    ".docx": _docx,
    ".odt": _odt,
}


def write_source(folder: Path, suffix: str) -> Path:
    path = folder / f"verslag{suffix}"
    data = SOURCES[suffix]()
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


class Script:
    """What the patched dialogs answer, and what they were shown."""

    def __init__(self) -> None:
        self.save_choice = Choice.DISCARD
        self.import_path: Path | None = None
        self.import_start: list[str] = []
        self.save_path: Path | None = None
        self.save_suggested: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.prompts: list[str] = []


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def window(qtbot, tmp_path: Path, script: Script, monkeypatch) -> MainWindow:
    dialogs = Dialogs()

    def ask(_parent, name: str) -> Choice:
        script.prompts.append(name)
        return script.save_choice

    def choose_save(_parent, suggested: str) -> Path | None:
        script.save_suggested.append(suggested)
        return script.save_path

    monkeypatch.setattr(dialogs, "ask_save_changes", ask)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, t, m: script.errors.append((t, m)))
    monkeypatch.setattr(dialogs, "choose_save_file", choose_save)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)

    def choose_import(_parent, start: str) -> Path | None:
        script.import_start.append(start)
        return script.import_path

    monkeypatch.setattr(window.importer.import_dialogs, "choose_import_file", choose_import)
    window.show()
    yield window
    window.importer.wait()


def run_import(qtbot, window: MainWindow, start) -> bool:
    """Start an import with ``start()`` and wait until it has ended; whether it opened."""
    with qtbot.waitSignal(window.importer.sig_finished, timeout=20000) as blocker:
        start()
    return bool(blocker.args[0])


# ---------------------------------------------------------------------------- File › Import…


@pytest.mark.parametrize("suffix", list(SOURCES))
def test_file_import_opens_a_new_unsaved_publication_with_one_undo_step(
    qtbot, window: MainWindow, script: Script, tmp_path: Path, suffix: str
) -> None:
    script.import_path = write_source(tmp_path, suffix)
    assert run_import(qtbot, window, window.importer.import_action.trigger)
    document = window.document
    assert document is not None and document.path is None
    publication = document.publication
    assert publication.title == "Netwerkdag over taal"
    assert [s.name for s in publication.speakers] == ["Joost Kampen"]
    stack = document.undo_stack
    assert (stack.count(), stack.index(), stack.text(0)) == (1, 1, f"Import verslag{suffix}")
    assert window.windowTitle() == "Untitled[*] — Podium" and window.isWindowModified()
    assert document.is_modified
    stack.undo()
    assert import_controller.is_empty(document.publication)
    assert document.publication.title == "Nieuwe publicatie"
    stack.redo()
    assert document.publication.title == "Netwerkdag over taal"
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert any("Joost Kampen" in text for _group, text, _address in dialog.rows())
    assert script.errors == []


def test_the_import_dialog_opens_in_the_last_used_folder(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    folder = tmp_path / "bronnen"
    folder.mkdir()
    script.import_path = write_source(folder, ".txt")
    run_import(qtbot, window, window.importer.import_action.trigger)
    script.import_path = None
    window.importer.import_action.trigger()
    assert script.import_start[-1] == str(folder)


def test_import_sits_after_open_in_the_file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    actions = [a for a in file_menu.actions() if not a.isSeparator()]
    opened = actions.index(window.window_actions.open)
    assert actions[opened + 1] is window.importer.import_action
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.importer.paste_action in edit_menu.actions()


def test_save_suggests_a_name_from_the_title(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    script.import_path = write_source(tmp_path, ".html")
    run_import(qtbot, window, window.importer.import_action.trigger)
    script.save_path = tmp_path / "out.podium"
    assert window.window_actions.save.isEnabled()
    window.window_actions.save.trigger()
    assert Path(script.save_suggested[-1]).name == "Netwerkdag over taal.podium"
    assert load(tmp_path / "out.podium").publication.title == "Netwerkdag over taal"
    assert not window.isWindowModified()


# ---------------------------------------------------------------------------- nothing is lost


def test_unsaved_changes_are_asked_about_first(
    qtbot, window: MainWindow, script: Script, sample_file: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_file)
    document = window.document
    assert document is not None
    document.apply(replace_at(document.publication, ("title",), "Veranderd"), "Edit title")
    script.import_path = write_source(tmp_path, ".txt")
    script.save_choice = Choice.CANCEL
    assert not run_import(qtbot, window, window.importer.import_action.trigger)
    assert script.prompts == ["sample.podium"]
    assert window.document is document and document.publication.title == "Veranderd"
    script.save_choice = Choice.DISCARD
    assert run_import(qtbot, window, window.importer.import_action.trigger)
    assert window.document is not document


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("kapot.docx", b"this is no zip", "not a Word document"),
        (
            "bom.docx",
            docx(
                "",
                document='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "x">]><d>&x;</d>',
            ),
            "DTD",
        ),
        ("leeg.odt", b"PK\x03\x04 truncated", ""),
    ],
)
def test_a_refused_source_is_an_error_dialog_and_changes_nothing(
    qtbot,
    window: MainWindow,
    script: Script,
    sample_file: Path,
    tmp_path: Path,
    name: str,
    data: bytes,
    said: str,
) -> None:
    window.files.open_path(sample_file)
    document = window.document
    path = tmp_path / name
    path.write_bytes(data)
    script.import_path = path
    assert not run_import(qtbot, window, window.importer.import_action.trigger)
    assert len(script.errors) == 1
    title, message = script.errors[0]
    assert title == "Cannot import" and message.startswith(f"{name}: ") and said in message
    assert "Traceback" not in message
    assert window.document is document and not document.is_modified
    assert window.importer.report_dialog is None


def test_review_mode_turns_import_off(window: MainWindow) -> None:
    window.session.set_reviewing(True)
    assert not window.importer.import_action.isEnabled()
    assert not window.importer.paste_action.isEnabled()
    window.session.set_reviewing(False)
    assert window.importer.import_action.isEnabled()


# ---------------------------------------------------------------------------- drag and drop


def _drop_events(urls: list[QUrl]) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls(urls)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), actions, mime, buttons, keys)
    drop = QDropEvent(QPointF(10, 10), actions, mime, buttons, keys)
    return mime, enter, drop


def test_dropping_a_document_imports_it(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    path = write_source(tmp_path, ".docx")
    _mime, enter, drop = _drop_events([QUrl.fromLocalFile(str(path))])
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    assert run_import(qtbot, window, lambda: window.dropEvent(drop))
    assert window.document is not None
    assert window.document.undo_stack.text(0) == "Import verslag.docx"


def test_dropping_a_podium_file_still_opens_it(
    qtbot, window: MainWindow, sample_file: Path
) -> None:
    _mime, _enter, drop = _drop_events([QUrl.fromLocalFile(str(sample_file))])
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.path == sample_file
    assert not window.importer.running


def test_a_file_podium_cannot_import_is_not_accepted(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "plaatje.pdf"
    path.write_bytes(b"%PDF-1.4")
    _mime, enter, _drop = _drop_events([QUrl.fromLocalFile(str(path))])
    enter.setAccepted(False)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


# ---------------------------------------------------------------------------- paste


@pytest.fixture
def clipboard(qapp) -> Iterator[Callable[..., None]]:
    """Fill the clipboard; emptied afterwards (mime data left on it crashes Qt at exit)."""

    def fill(*, html: str = "", text: str = "") -> None:
        mime = QMimeData()
        if html:
            mime.setHtml(html)
        if text:
            mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    yield fill
    QGuiApplication.clipboard().clear()


def test_paste_as_new_publication_reads_html_as_a_web_page(
    qtbot, window: MainWindow, clipboard
) -> None:
    clipboard(html=_html(), text="plain words only")
    assert run_import(qtbot, window, window.importer.paste_action.trigger)
    document = window.document
    assert document is not None
    assert document.publication.title == "Netwerkdag over taal"
    assert [s.name for s in document.publication.speakers] == ["Joost Kampen"]
    assert document.undo_stack.text(0) == "Import pasted text"


def test_paste_as_new_publication_reads_plain_text(qtbot, window: MainWindow, clipboard) -> None:
    clipboard(text=_text())
    assert run_import(qtbot, window, window.importer.paste_action.trigger)
    assert window.document is not None
    assert window.document.publication.title == "Netwerkdag over taal"


def test_ctrl_v_pastes_into_an_empty_publication_only(
    qtbot, window: MainWindow, clipboard, sample_file: Path
) -> None:
    importer = window.importer
    assert importer.paste_shortcut.key() == QKeySequence(QKeySequence.StandardKey.Paste)
    clipboard(text=_text())
    window.window_actions.new.trigger()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigator.setFocus()
    ctrl_v = (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert run_import(qtbot, window, lambda: qtbot.keyClick(window.navigator, *ctrl_v))
    assert window.document.publication.title == "Netwerkdag over taal"
    window.files.open_path(sample_file)  # a publication with content: Ctrl+V is not import
    document = window.document
    assert not importer.paste_if_empty()
    assert window.document is document and not importer.running
    window.window_actions.new.trigger()  # empty again, but the focus is in a text field
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select_target(Target("details"), ("title",))
    text_field = QLineEdit | QPlainTextEdit | QTextEdit
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), text_field))
    assert not importer.paste_if_empty() and not importer.running


def test_an_empty_clipboard_says_so(window: MainWindow, clipboard) -> None:
    clipboard(text="   ")
    assert not window.importer.paste_action.trigger() and not window.importer.running


# ---------------------------------------------------------------------------- the report


def _rich_html() -> str:
    return (
        "<html lang='nl'><head><title>Netwerkdag</title></head><body><h1>Netwerkdag</h1>"
        "<p>Publicatiedatum: 3 oktober 2025</p><p>Het verslag van de dag.</p>"
        f"<h2>Opening</h2><p>{SPEAKER_LINE}</p><p>{OPENING} <a href='/programma'>Programma</a></p>"
        "<img src='https://example.org/foto.jpg' alt='De zaal'>"
        "<blockquote><p>Schrijf zoals je praat, maar dan beter.</p></blockquote>"
        "<h2>Colofon</h2><p>Gemeente Lindenburg</p><p>Telefoon: 020 123 45 67</p>"
        "</body></html>"
    )


def test_the_report_lists_each_guess_grouped_with_addresses(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    path = tmp_path / "netwerkdag.html"
    path.write_text(_rich_html(), encoding="utf-8")
    script.import_path = path
    run_import(qtbot, window, window.importer.import_action.trigger)
    dialog = window.importer.report_dialog
    assert dialog is not None
    rows = dialog.rows()
    groups = {group.rsplit(" (", 1)[0] for group, _text, _address in rows}
    assert {"Title and date", "Speakers", "Colophon", "Links", "Images"} <= groups
    speaker = next(r for r in rows if r[0].startswith("Speakers"))
    assert speaker[1] == f"‘{SPEAKER_LINE}’ became speaker Joost Kampen"
    image = next(r for r in rows if r[0].startswith("Images"))
    assert image[2] == "https://example.org/foto.jpg"
    link = next(r for r in rows if r[0].startswith("Links"))
    assert link[2] == "/programma"
    assert "Speakers: 1" in dialog.counts.text() and "Sections: 1" in dialog.counts.text()
    assert dialog.base_box.isVisibleTo(dialog)


def test_a_row_shows_its_guess_in_the_publication(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    script.import_path = write_source(tmp_path, ".md")
    run_import(qtbot, window, window.importer.import_action.trigger)
    dialog = window.importer.report_dialog
    publication = window.document.publication
    tree = dialog.tree
    speakers = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Speakers")
    )
    tree.setCurrentItem(speakers.child(0))
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    assert window.current_target() == Target("speaker", publication.speakers[0].id)


def test_a_base_address_imports_again_with_the_links_resolved(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    script.import_path = write_source(tmp_path, ".md")
    run_import(qtbot, window, window.importer.import_action.trigger)
    dialog = window.importer.report_dialog
    assert dialog.base_box.isVisibleTo(dialog)
    dialog.base_edit.setText("javascript:alert(1)")
    dialog.base_button.click()
    assert dialog.base_error.isVisibleTo(dialog) and not window.importer.running
    dialog.base_edit.setText("https://example.org/dag/")
    assert run_import(qtbot, window, dialog.base_button.click)
    assert script.prompts == []  # the untouched import is replaced without a question
    document = window.document
    text = "\n".join(b.text for _loc, body in document.publication.iter_bodies() for b in body)
    assert "[de pagina](https://example.org/dag/programma.html)" in text
    assert document.undo_stack.count() == 1
    new_dialog = window.importer.report_dialog
    assert new_dialog is not dialog and not new_dialog.base_box.isVisibleTo(new_dialog)


def test_show_report_again_while_the_import_is_open(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    action = window.importer.report_action
    assert not action.isEnabled()
    script.import_path = write_source(tmp_path, ".txt")
    run_import(qtbot, window, window.importer.import_action.trigger)
    dialog = window.importer.report_dialog
    dialog.close()
    assert action.isEnabled()
    action.trigger()
    assert dialog.isVisible()
    script.save_choice = Choice.DISCARD
    window.window_actions.new.trigger()
    assert not action.isEnabled() and window.importer.report_dialog is None


# ---------------------------------------------------------------------------- off the GUI thread


def test_a_slow_import_shows_progress_and_can_be_cancelled(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real_read = Source.read

    def slow_read(self: Source, base: str = "") -> Imported:
        started.set()
        release.wait(20)
        return real_read(self, base)

    monkeypatch.setattr(Source, "read", slow_read)
    monkeypatch.setattr(import_controller, "LARGE_BYTES", 0)  # show the progress at once
    importer = window.importer
    assert importer.import_path(write_source(tmp_path, ".txt"))
    assert started.wait(10)
    progress = importer.progress_dialog
    assert progress is not None and progress.isVisible()
    qtbot.keyClicks(window.navigator, "x")  # the GUI thread goes on while the import runs
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(importer.sig_finished) as blocker:
        cancel.click()
    assert blocker.args == [False]
    assert not importer.running and importer.progress_dialog is None
    release.set()
    assert importer.wait(20000)
    qtbot.wait(50)  # the cancelled job's result arrives, and is dropped
    assert window.document is None


def test_a_cancelled_import_is_overtaken_by_a_new_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    importer = window.importer
    first = write_source(tmp_path, ".md")
    second = tmp_path / "tweede.txt"
    second.write_text("Tweede verslag\n\nTekst.\n", encoding="utf-8")
    importer.import_path(first)
    assert run_import(qtbot, window, lambda: importer.import_path(second))
    importer.wait()
    qtbot.wait(50)
    assert window.document.publication.title == "Tweede verslag"
    assert window.document.undo_stack.count() == 1


def test_saved_import_survives_a_round_trip(
    qtbot, window: MainWindow, script: Script, tmp_path: Path
) -> None:
    script.import_path = write_source(tmp_path, ".odt")
    run_import(qtbot, window, window.importer.import_action.trigger)
    out = tmp_path / "dag.podium"
    save(window.document.project, out)
    assert load(out) == window.document.project
    assert isinstance(window.document.project, Project)
