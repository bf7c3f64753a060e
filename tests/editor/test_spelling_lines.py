"""Spelling in one-line fields (titles, names, captions): the underline sits under the word,
also in a scrolled line; names and addresses are left alone; the context menu corrects the
word in one undo step and "Add to dictionary" clears the mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from editor.forms import form_for
from editor.forms.base import ModelForm
from editor.session import Session
from editor.spelling import SpellingController
from editor.targets import Target
from editor.widgets.byline_editor import BylineEditor
from editor.widgets.simple_fields import LineField
from editor.widgets.spell_line_edit import SpellLineEdit
from models import Project, Publication

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

TITLE = "Verslag over de fuot van Xyloquant"


def publication(title: str = TITLE) -> Publication:
    return Publication.model_validate(
        {
            "title": title,
            "subtitle": "Een gesprek met Zwanenburgh",
            "publication_date": dt.date(2024, 5, 1),
            "speakers": [{"id": "q", "name": "Quirijn Zwanenburgh"}],
            "event": {"name": "Studiedag", "place": "Utreht"},
            "colophon": {
                "organisation": "Gemeente Zwanenburgh",
                "website": "https://www.gemeente-fuot.example/xyloquant",
                "email": "fuot@xyloquant.example",
                "phone": "030 fuot 123",
            },
            "blocks": [
                {
                    "kind": "section",
                    "id": "sec-en",
                    "title": "An Englsh title",
                    "language": "en",
                    "body": ["Some text."],
                }
            ],
        }
    )


class Editor:
    """A session with one form in a window, and its spelling controller."""

    def __init__(
        self, qtbot: Any, tmp_path: Path, target: Target, pub: Publication, width: int = 700
    ) -> None:
        self.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.session = Session()
        document = self.session.set_project(Project(pub), None)
        assert document is not None
        self.document = document
        self.root = QWidget()
        qtbot.addWidget(self.root)
        layout = QVBoxLayout(self.root)
        self.spelling = SpellingController(self.session, self.settings, self.root, self.root)
        self.form = form_for(target, document, self.root)
        assert isinstance(self.form, ModelForm)
        layout.addWidget(self.form)
        self.root.resize(width, 600)
        self.root.show()
        qtbot.waitUntil(lambda: len(self.spelling.line_checkers()) > 0)

    def line(self, *path: str) -> SpellLineEdit:
        """The line edit of the field at ``path`` (field name, then record keys)."""
        editor: Any = self.form.editors[path[0]]
        for key in path[1:]:
            editor = editor.children_by_key[key]
        assert isinstance(editor, LineField)
        return editor.line_edit

    def marked(self, line: SpellLineEdit) -> list[str]:
        return [line.text()[start:end] for start, end in line.marks()]

    def menu(self, line: SpellLineEdit, word: str) -> QMenu:
        """The context menu of ``line`` at ``word``, as its hooks make it."""
        menu = QMenu(line)
        menu.addAction("Copy")
        for hook in line.context_menu_hooks:
            hook(menu, line.text().index(word) + 1)
        return menu


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def red_columns(line: SpellLineEdit) -> set[int]:
    """The x of every pixel column of ``line`` (as painted now) that holds red."""
    image = line.grab().toImage()
    ratio = image.devicePixelRatio()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if colour.red() > 160 and colour.green() < 110 and colour.blue() < 110:
                found.add(int(x / ratio))
                break
    return found


def test_a_misspelled_title_is_marked_under_the_word(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    start = TITLE.index("fuot")
    assert title.marks()[0] == (start, start + 4)
    assert editor.marked(editor.line("subtitle")) == []  # the speaker's name is known
    assert editor.marked(editor.line("event", "place")) == ["Utreht"]
    assert editor.document.undo_stack.count() == 0  # marking is no edit
    # The underline is painted under the word: red only within the marks' spans.
    spans = title.mark_spans()
    columns = red_columns(title)
    assert columns
    for left, right in spans:
        assert any(left <= x <= right for x in columns)
    assert all(any(left - 1 <= x <= right + 1 for left, right in spans) for x in columns)
    # A span starts where Qt puts the word's first character.
    y = title.height() // 2
    for (left, _right), (start, _end) in zip(spans, title.marks(), strict=True):
        assert title.cursorPositionAt(QPoint(round(left) + 1, y)) == start


def test_a_scrolled_title_is_marked_at_the_words_place(qtbot: Any, tmp_path: Path) -> None:
    long_title = "Een bijzonder lange titel over " * 4 + "de fuot aan het einde"
    editor = Editor(qtbot, tmp_path, Target("details"), publication(long_title), width=320)
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot"])
    title.setCursorPosition(len(long_title))  # scrolls to the end, as typing there would
    title.repaint()
    ((left, right),) = title.mark_spans()
    contents = title.contents_rect()
    assert contents.left() < left < right < contents.right()  # visible, not at the start
    start = long_title.index("fuot")
    y = title.height() // 2
    assert title.cursorPositionAt(QPoint(round(left) + 1, y)) == start
    assert title.cursorPositionAt(QPoint(round(right) - 1, y)) == start + 4
    columns = red_columns(title)
    assert columns and all(left - 1 <= x <= right + 1 for x in columns)
    title.setCursorPosition(0)  # scrolled back: the word is out of sight, so is its mark
    title.repaint()
    ((left, _right),) = title.mark_spans()
    assert left > contents.right()
    assert not red_columns(title)


def test_addresses_and_numbers_are_never_checked(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("colophon"), publication())
    organisation = editor.line("organisation")
    qtbot.waitUntil(lambda: organisation.property("podium-spelling") is True)
    checked = {checker.edit for checker in editor.spelling.line_checkers()}
    assert organisation in checked
    for name in ("website", "email", "phone", "visiting_address", "version"):
        line = editor.line(name)
        assert line not in checked and line.marks() == ()
        field = line.parentWidget()
        assert isinstance(field, LineField) and not field.prose
    qtbot.wait(50)
    assert editor.marked(organisation) == []  # "Zwanenburgh" is a speaker's name


def test_a_section_title_is_checked_in_the_sections_language(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("section", "sec-en"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["Englsh"])
    assert editor.spelling.line_checkers()[0].language == "en"


def test_a_typed_byline_is_checked_too(qtbot: Any, tmp_path: Path) -> None:
    pub = publication()
    data = pub.model_dump(mode="json")
    data["blocks"][0].update({"language": "nl", "byline": "custom", "byline_text": "Door de fuot"})
    editor = Editor(qtbot, tmp_path, Target("section", "sec-en"), Publication.model_validate(data))
    byline = editor.form.findChild(BylineEditor).text  # not a LineField: a line of its own
    assert isinstance(byline, SpellLineEdit)
    qtbot.waitUntil(lambda: editor.marked(byline) == ["fuot"])


def test_a_suggestion_replaces_the_word_in_one_undo_step(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    menu = editor.menu(title, "fuot")
    offered = texts(menu)
    assert offered[0] == "fout" and menu.actions()[0].font().bold()
    assert offered[-4:] == ["Add to dictionary", "Ignore", "", "Copy"]
    assert texts(editor.menu(title, "Verslag")) == ["Copy"]  # a known word: nothing added
    menu.actions()[0].trigger()
    fixed = TITLE.replace("fuot", "fout")
    assert editor.document.publication.title == fixed
    assert title.text() == fixed
    stack = editor.document.undo_stack
    assert stack.count() == 1
    qtbot.waitUntil(lambda: editor.marked(title) == ["Xyloquant"])
    stack.undo()
    assert editor.document.publication.title == TITLE
    qtbot.waitUntil(lambda: title.text() == TITLE)
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])


# Showing a menu offscreen: the plugin cannot raise it or grab the keyboard.
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)")
def test_the_context_menu_of_the_line_offers_them(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    title.repaint()
    left, right = title.mark_spans()[0]
    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append(texts(menu))
            menu.close()

    QTimer.singleShot(50, read_and_close)
    at = QPoint(round((left + right) / 2), title.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, title.mapToGlobal(at))
    QApplication.sendEvent(title, event)  # returns once the menu is closed
    assert shown and shown[0][0] == "fout" and "Add to dictionary" in shown[0]
    assert len(shown[0]) > 6  # Qt's own entries (undo, cut, copy, paste…) follow


def test_add_to_dictionary_clears_the_mark(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    menu = editor.menu(title, "Xyloquant")
    assert texts(menu)[:2] == ["No suggestions", "Add to dictionary"]
    menu.actions()[1].trigger()
    assert editor.document.publication.dictionary == ("Xyloquant",)
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot"])
    editor.document.undo_stack.undo()
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    next(a for a in editor.menu(title, "fuot").actions() if a.text() == "Ignore").trigger()
    qtbot.waitUntil(lambda: editor.marked(title) == ["Xyloquant"])


def test_the_word_being_typed_is_marked_when_the_cursor_leaves_it(
    qtbot: Any, tmp_path: Path
) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication("Verslag"))
    title = editor.line("title")
    editor.root.activateWindow()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.setCursorPosition(len(title.text()))
    qtbot.keyClicks(title, " Wrdo")
    qtbot.wait(100)  # the worker answers; the word at the cursor stays unmarked
    assert editor.marked(title) == []
    assert editor.document.publication.title == "Verslag Wrdo"
    qtbot.keyClicks(title, " ")
    qtbot.waitUntil(lambda: editor.marked(title) == ["Wrdo"])


def test_spelling_off_clears_the_marks(qtbot: Any, tmp_path: Path) -> None:
    editor = Editor(qtbot, tmp_path, Target("details"), publication())
    title = editor.line("title")
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])
    editor.spelling.set_enabled(False)
    assert title.marks() == () and texts(editor.menu(title, "fuot")) == ["Copy"]
    editor.spelling.set_enabled(True)
    qtbot.waitUntil(lambda: editor.marked(title) == ["fuot", "Xyloquant"])


def test_the_line_edit_shows_marks_only_for_the_text_they_were_set_for(qtbot: Any) -> None:
    line = SpellLineEdit()
    qtbot.addWidget(line)
    line.setFont(QFont(line.font().family(), 14))
    line.resize(300, 40)
    line.show()
    line.setText("een fuot hier")
    line.set_marks([(4, 8)])
    assert line.marks() == ((4, 8),)
    line.repaint()
    assert red_columns(line)
    line.setEchoMode(QLineEdit.EchoMode.Password)  # no underline under hidden text
    assert line.marks() == ()
    line.repaint()
    assert not red_columns(line)
    line.setEchoMode(QLineEdit.EchoMode.Normal)
    line.insert("x")  # the text changed: the old marks no longer fit it
    assert line.marks() == ()
    line.setText("")
    line.setPlaceholderText("een fuot")
    line.set_marks([(4, 8)])
    line.repaint()
    assert not red_columns(line)  # nothing typed: the placeholder is never marked
    line.setText("een fuot hier")
    line.set_marks([(4, 8)])
    line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    line.repaint()
    assert not red_columns(line)  # right to left: no underline rather than a wrong one
