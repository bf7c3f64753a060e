"""Spelling in the editor: underlines after the worker answers, the context menu's
suggestions, "Add to dictionary" (one undo step, kept in the file), "Ignore", the preference."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from editor.forms import form_for
from editor.preferences import PreferencesDialog
from editor.session import Session
from editor.spelling import SpellingController, preference
from editor.spelling.controller import field_language
from editor.targets import Target
from editor.widgets.rich_text_edit import RichTextEdit
from models import Project, Publication, load, save
from models.edit import replace_at

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

SPELL_CHECK = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def publication() -> Publication:
    return Publication.model_validate(
        {
            "title": "Verslag",
            "publication_date": dt.date(2024, 5, 1),
            "speakers": [{"id": "q", "name": "Quirijn Zwanenburgh"}],
            "intro": [
                "Dit is een fuot van Xyloquant.",
                {"kind": "paragraph", "text": "This is an Englsh paragraph.", "language": "en"},
                "Zwanenburgh zag Xyloquant ook.",
            ],
        }
    )


class Editor:
    """A session with the intro form in a window, and its spelling controller."""

    def __init__(self, qtbot: Any, tmp_path: Path, pub: Publication) -> None:
        self.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.session = Session()
        document = self.session.set_project(Project(pub), None)
        assert document is not None
        self.document = document
        self.root = QWidget()
        qtbot.addWidget(self.root)
        layout = QVBoxLayout(self.root)
        self.spelling = SpellingController(self.session, self.settings, self.root, self.root)
        layout.addWidget(form_for(Target("intro"), document, self.root))
        self.root.resize(700, 500)
        self.root.show()
        qtbot.waitUntil(lambda: len(self.spelling.highlighters()) == 3)

    def edits(self) -> list[RichTextEdit]:
        return [h.edit for h in self.spelling.highlighters()]  # type: ignore[misc]

    def marked(self, number: int) -> list[str]:
        """The underlined words of field ``number``."""
        edit = self.edits()[number]
        block = edit.document().firstBlock()
        return [
            block.text()[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.underlineStyle() == SPELL_CHECK
        ]

    def menu(self, number: int, word: str) -> QMenu:
        """The context menu of field ``number`` at ``word``, as its hooks make it."""
        edit = self.edits()[number]
        menu = QMenu(edit)
        menu.addAction("Copy")
        cursor = QTextCursor(edit.document())
        cursor.setPosition(edit.toPlainText().index(word) + 1)
        for hook in edit.context_menu_hooks:
            hook(menu, cursor)
        return menu


@pytest.fixture
def editor(qtbot: Any, tmp_path: Path) -> Iterator[Editor]:
    yield Editor(qtbot, tmp_path, publication())


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_unknown_words_are_underlined_once_the_worker_answers(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])
    qtbot.waitUntil(lambda: editor.marked(1) == ["Englsh"])  # checked in English
    assert editor.marked(2) == ["Xyloquant"]  # the speaker's name is known
    assert editor.document.undo_stack.count() == 0  # underlining is no edit


def test_a_block_in_another_language_is_checked_in_that_one(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(1) == ["Englsh"])
    pub = replace_at(editor.document.publication, ("intro", 1, "language"), "nl")
    editor.document.apply(pub, "Change language")
    qtbot.waitUntil(lambda: editor.marked(1) == ["This", "an", "Englsh", "paragraph"])
    assert [field_language(edit, pub) for edit in editor.edits()] == ["nl", "nl", "nl"]
    assert field_language(editor.edits()[0], None) == "nl"


def test_the_word_being_typed_is_marked_when_the_cursor_leaves_it(
    qtbot: Any, editor: Editor
) -> None:
    edit = editor.edits()[2]
    qtbot.waitUntil(lambda: editor.marked(2) == ["Xyloquant"])
    editor.root.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Wrdo")
    qtbot.wait(100)  # the worker answers; the word at the cursor stays unmarked
    assert editor.marked(2) == ["Xyloquant"]
    qtbot.keyClicks(edit, " ")
    qtbot.waitUntil(lambda: editor.marked(2) == ["Xyloquant", "Wrdo"])


def test_the_context_menu_offers_suggestions_first(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])
    menu = editor.menu(0, "fuot")
    offered = texts(menu)
    assert offered[0] == "fout"
    assert offered[-4:] == ["Add to dictionary", "Ignore", "", "Copy"]
    assert menu.actions()[0].font().bold()
    menu.actions()[0].trigger()
    assert editor.document.publication.intro[0].text == "Dit is een fout van Xyloquant."
    assert texts(editor.menu(0, "Dit")) == ["Copy"]  # a known word: nothing added
    assert texts(editor.menu(1, "Englsh"))[0] == "English"


def test_add_to_dictionary_is_one_undo_step_kept_in_the_file(
    qtbot: Any, editor: Editor, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: editor.marked(2) == ["Xyloquant"])
    stack = editor.document.undo_stack
    menu = editor.menu(2, "Xyloquant")
    assert texts(menu)[:2] == ["No suggestions", "Add to dictionary"]
    assert not menu.actions()[0].isEnabled()
    menu.actions()[1].trigger()
    assert stack.count() == 1 and stack.undoText() == "Add ‘Xyloquant’ to the dictionary"
    assert editor.document.publication.dictionary == ("Xyloquant",)
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot"] and editor.marked(2) == [])
    save(editor.document.project, tmp_path / "p.podium")
    assert load(tmp_path / "p.podium").publication.dictionary == ("Xyloquant",)
    stack.undo()
    assert editor.document.publication.dictionary == ()
    qtbot.waitUntil(lambda: editor.marked(2) == ["Xyloquant"])
    assert not editor.spelling.add_word("twee woorden")


def test_ignore_accepts_the_word_until_podium_closes(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])
    menu = editor.menu(0, "fuot")
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    qtbot.waitUntil(lambda: editor.marked(0) == ["Xyloquant"])
    assert editor.document.undo_stack.count() == 0


def test_adding_is_off_when_the_document_is_read_only(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])
    editor.session.set_read_only(True)
    for edit in editor.edits():
        edit.setReadOnly(True)
    menu = editor.menu(0, "fuot")
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert not enabled["fout"] and not enabled["Add to dictionary"] and enabled["Ignore"]


def test_the_preference_turns_spelling_off_and_on(qtbot: Any, editor: Editor) -> None:
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])
    dialog = PreferencesDialog(editor.settings)
    qtbot.addWidget(dialog)
    assert dialog.spelling.isChecked()
    dialog.spelling.setChecked(False)
    dialog.accept()
    assert not preference.enabled(editor.settings)
    assert editor.marked(0) == [] and texts(editor.menu(0, "fuot")) == ["Copy"]
    preference.set_enabled(editor.settings, True)
    qtbot.waitUntil(lambda: editor.marked(0) == ["fuot", "Xyloquant"])


def test_a_window_off_at_the_start_marks_nothing(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("spelling/check", False)
    settings.sync()
    editor = Editor(qtbot, tmp_path, publication())
    qtbot.wait(100)
    assert editor.marked(0) == []
    preference.set_enabled(editor.settings, True)
