"""Spelling for one window: finds its text fields, underlines, and offers corrections.

The controller holds what the highlighters ask: a cache of the dictionary's answers per
language (a miss is sent to the worker thread, :mod:`editor.spelling.worker`, and polled for
while answers are due), and the publication's own words (its dictionary, the speakers'
names, the publisher: :func:`models.spelling.project_words`) plus the words ignored in this
session. Typing therefore costs a regular expression and some dictionary look-ups in
memory; the dictionary itself is only ever read on the worker thread.

Fields are found by looking through the form area (after a form is shown, and shortly after
edits, which may add paragraphs): rich text fields get a
:class:`~editor.spelling.highlighter.SpellingHighlighter`, line fields of prose (titles,
names, captions; not addresses or numbers: :attr:`SpellLineEdit.prose`) a
:class:`~editor.spelling.line_checker.LineChecker`. Each field's language is that of its
block or image, or of the form's item, or the publication's
(:func:`models.spelling.language_at`). The context menu of a field (its
``context_menu_hooks``) offers suggestions, "Add to dictionary" (one undo step; the word
is kept in the project file) and "Ignore".
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from functools import partial

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.session import Session
from editor.spelling import preference
from editor.spelling.highlighter import SpellingHighlighter
from editor.spelling.line_checker import LineChecker
from editor.spelling.worker import Answer, shared_worker
from editor.widgets.body_blocks import BlockEditor
from editor.widgets.record_editor import RecordEditor
from editor.widgets.rich_text_edit import RichTextEdit
from editor.widgets.spell_line_edit import SpellLineEdit
from models.language import LANGUAGES, Language
from models.publication import Publication
from models.spelling import (
    NO_WORDS,
    Lookup,
    WordList,
    is_known,
    judge,
    language_at,
    project_words,
    suggestions,
    with_word,
    words,
)

#: How long after the last edit the fields are looked through again (new paragraphs, a
#: changed language, new project words): typing never pays for it key by key.
REFRESH_MS = 150
#: How often answers from the worker are collected while some are due.
POLL_MS = 10
#: The dynamic property that marks a field as having a highlighter or line checker.
_MARK = "podium-spelling"
#: What marks one field: a rich field's highlighter or a line field's checker.
Checker = SpellingHighlighter | LineChecker
#: Puts ``text`` in place of ``text[start:end]`` of the line or paragraph a menu is for.
_Replace = Callable[[int, int, str], None]


class SpellingController(QObject):
    """Spell-checks every text field under ``root`` against ``session``'s document."""

    def __init__(
        self, session: Session, settings: QSettings, root: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._root = root
        self.enabled = preference.enabled(settings)
        #: Words known besides the dictionary: the publication's own and the ignored ones.
        self.extra: WordList = NO_WORDS
        self._ignored: set[str] = set()
        self._known: dict[Language, dict[str, bool]] = {lang: {} for lang in LANGUAGES}
        self._verdicts: dict[Language, dict[str, bool]] = {lang: {} for lang in LANGUAGES}
        self._asked: dict[Language, set[str]] = {lang: set() for lang in LANGUAGES}
        self._batch: dict[Language, set[str]] = {lang: set() for lang in LANGUAGES}
        self._lookups: dict[Language, Lookup] = {
            lang: partial(self._lookup, lang) for lang in LANGUAGES
        }
        self._waiting: dict[int, Checker] = {}
        self._highlighters: dict[int, SpellingHighlighter] = {}
        self._lines: dict[int, LineChecker] = {}
        self._answers: queue.SimpleQueue[Answer] = queue.SimpleQueue()
        self._document: DocumentModel | None = None
        self._flush_timer = _single_shot(self, 0, self._flush)
        self._refresh_timer = _single_shot(self, REFRESH_MS, self.refresh)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._collect)
        root.installEventFilter(self)
        session.sig_document_replaced.connect(self._on_document_replaced)
        preference.notifier().sig_changed.connect(self.set_enabled)
        self._on_document_replaced()

    # -- what the highlighters ask ----------------------------------------------------------

    def verdicts(self, language: Language) -> dict[str, bool]:
        """What is known of each word in ``language`` (the key of a word followed by a dot
        ends in one): the highlighters read it first, and :meth:`judge` the rest."""
        return self._verdicts[language]

    def judge(self, language: Language, word: str, after: str, key: str) -> bool | None:
        """Whether ``word`` (followed by ``after``) is right; ``None`` while the worker is
        asked. A verdict is remembered under ``key`` until the project's words change."""
        verdict = judge(word, self.extra, after, self._lookups[language])
        if verdict is not None:
            self._verdicts[language][key] = verdict
        return verdict

    def _lookup(self, language: Language, word: str) -> bool | None:
        answer = self._known[language].get(word)
        if answer is None and word not in self._asked[language]:
            self._asked[language].add(word)
            self._batch[language].add(word)
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        return answer

    def wait_for(self, checker: Checker) -> None:
        """Mark ``checker``'s field again when the answers it waits for arrive."""
        self._waiting[id(checker)] = checker

    def _flush(self) -> None:
        """Send the words asked in this turn of the event loop to the worker, one batch."""
        worker = shared_worker()
        for language, batch in self._batch.items():
            if batch:
                worker.ask(language, tuple(batch), self._answers)
                batch.clear()
        if not self._poll_timer.isActive():
            self._poll_timer.start()

    def _collect(self) -> None:
        """Take the worker's answers and highlight the fields that waited for them."""
        answered = False
        while True:
            try:
                language, known = self._answers.get_nowait()
            except queue.Empty:
                break
            self._known[language].update(known)
            self._asked[language].difference_update(known)
            answered = True
        if not any(self._asked.values()):
            self._poll_timer.stop()
        if not answered:
            return
        waiting, self._waiting = self._waiting, {}
        for key, checker in waiting.items():
            if key in self._highlighters or key in self._lines:
                checker.refresh()

    # -- fields ------------------------------------------------------------------------------

    def _on_document_replaced(self) -> None:
        if self._document is not None:
            self._document.sig_document_changed.disconnect(self._refresh_timer.start)
        self._document = self._session.document
        if self._document is not None:
            self._document.sig_document_changed.connect(self._refresh_timer.start)
            # Load the dictionaries now, while the document opens, rather than at the first
            # word typed: Hunspell's loader holds Python's lock (0.3 s for Dutch).
            first = self._document.publication.language
            for language in sorted(LANGUAGES, key=lambda lang: lang != first):
                shared_worker().ask(language, (), self._answers)
        self._refresh_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A form put into the form area: look for its fields once it is built."""
        if watched is self._root and event.type() == QEvent.Type.ChildAdded:
            self._refresh_timer.start()
        return False

    def refresh(self) -> None:
        """Attach to new fields; follow changed languages and project words."""
        document = self._session.document
        publication = document.publication if document is not None else None
        extra = NO_WORDS
        if publication is not None:
            extra = WordList(project_words(publication).words | self._ignored)
        words_changed = extra != self.extra
        self.extra = extra
        if words_changed:
            for verdicts in self._verdicts.values():
                verdicts.clear()
        for edit in self._root.findChildren(RichTextEdit):
            if not edit.property(_MARK):
                self._attach(edit, publication)
        for line in self._root.findChildren(SpellLineEdit):
            if line.prose and not line.property(_MARK):
                self._attach_line(line, publication)
        checkers: list[Checker] = [*self._highlighters.values(), *self._lines.values()]
        for checker in checkers:
            language = field_language(checker.edit, publication)
            stale = isinstance(checker, LineChecker) and checker.stale()
            if language != checker.language or words_changed or stale:
                checker.language = language
                checker.refresh()

    def _attach(self, edit: RichTextEdit, publication: Publication | None) -> None:
        edit.setProperty(_MARK, True)
        highlighter = SpellingHighlighter(edit, self, field_language(edit, publication))
        key = id(highlighter)
        self._highlighters[key] = highlighter
        highlighter.destroyed.connect(partial(self._forget, key))
        highlighter.attach()
        edit.context_menu_hooks.append(partial(self.add_menu_actions, highlighter))

    def _attach_line(self, edit: SpellLineEdit, publication: Publication | None) -> None:
        edit.setProperty(_MARK, True)
        checker = LineChecker(edit, self, field_language(edit, publication))
        key = id(checker)
        self._lines[key] = checker
        checker.destroyed.connect(partial(self._forget, key))
        checker.refresh()
        edit.context_menu_hooks.append(partial(self.add_line_menu_actions, checker))

    def _forget(self, key: int) -> None:
        self._highlighters.pop(key, None)
        self._lines.pop(key, None)
        self._waiting.pop(key, None)

    def highlighters(self) -> list[SpellingHighlighter]:
        """The rich fields being checked (for tests and the benchmark)."""
        return list(self._highlighters.values())

    def line_checkers(self) -> list[LineChecker]:
        """The line fields being checked (for tests)."""
        return list(self._lines.values())

    # -- the preference ----------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        """Check spelling (or stop: the underlines go at once)."""
        self.enabled = on
        for highlighter in self._highlighters.values():
            highlighter.refresh()
        for checker in self._lines.values():
            checker.refresh()

    # -- the context menu --------------------------------------------------------------------

    def add_menu_actions(
        self, highlighter: SpellingHighlighter, menu: QMenu, cursor: QTextCursor
    ) -> None:
        """Put suggestions, "Add to dictionary" and "Ignore" at the top of ``menu`` when the
        word of a rich field at ``cursor`` is unknown."""
        block = cursor.block()
        edit = highlighter.edit
        replace = partial(_replace_in_text, edit, block.position())
        self._add_word_actions(
            menu,
            block.text(),
            cursor.positionInBlock(),
            highlighter.language,
            not edit.isReadOnly(),
            replace,
        )

    def add_line_menu_actions(self, checker: LineChecker, menu: QMenu, at: int) -> None:
        """The same for a line field, at position ``at`` of its text; a suggestion replaces
        the word as typing would (one edit, one undo step)."""
        edit = checker.edit
        replace = partial(_replace_in_line, edit)
        language = checker.language
        self._add_word_actions(menu, edit.text(), at, language, not edit.isReadOnly(), replace)

    def _add_word_actions(
        self,
        menu: QMenu,
        text: str,
        at: int,
        language: Language,
        editable: bool,
        replace: _Replace,
    ) -> None:
        """Suggestions, "Add to dictionary" and "Ignore" for the word of ``text`` at ``at``,
        when it is unknown; ``replace`` puts a suggestion in its place (if ``editable``)."""
        if not self.enabled:
            return
        found = next(((s, e, w) for s, e, w in words(text) if s <= at <= e), None)
        if found is None:
            return
        start, end, word = found
        if is_known(word, language, self.extra, text[end : end + 1]):
            return
        actions: list[QAction] = []
        hints = suggestions(word, language)
        for hint in hints:
            action = QAction(hint, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(editable)
            action.triggered.connect(partial(replace, start, end, hint))
            actions.append(action)
        if not hints:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        document = self._session.document
        add = QAction(self.tr("Add to dictionary"), menu)
        add.setEnabled(document is not None and not document.read_only)
        add.triggered.connect(partial(self.add_word, word))
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.triggered.connect(partial(self.ignore_word, word))
        actions += [add, ignore]
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, actions)  # type: ignore[arg-type]  # None: append
        menu.insertSeparator(first)  # type: ignore[arg-type]

    def add_word(self, word: str) -> bool:
        """Keep ``word`` in the publication's dictionary: one undo step; every field follows."""
        document = self._session.document
        if document is None:
            return False
        try:
            publication = with_word(document.publication, word)
        except ValidationError:  # not one word of a sensible length: nothing to keep
            return False
        text = self.tr("Add ‘%1’ to the dictionary").replace("%1", word)
        changed = document.apply(publication, text)
        self.refresh()
        return changed

    def ignore_word(self, word: str) -> None:
        """Accept ``word`` everywhere until Podium closes (not kept in the file)."""
        self._ignored.add(word)
        self.refresh()


def field_language(edit: QWidget, publication: Publication | None) -> Language:
    """The language of a field: its block's or image's own, else that of the item the form
    edits (a section, a quote, a part…), else the publication's."""
    if publication is None:
        return "nl"
    widget = edit.parentWidget()
    while widget is not None:
        if isinstance(widget, BlockEditor | RecordEditor):
            chosen = widget.children_by_key.get("language")
            value = chosen.value() if chosen is not None else None
            if value in LANGUAGES:
                return value  # type: ignore[no-any-return]  # one of LANGUAGES
        if isinstance(widget, ModelForm):
            loc = widget.base_loc()
            return language_at(publication, loc) if loc is not None else publication.language
        widget = widget.parentWidget()
    return publication.language


def _replace_in_text(
    edit: QPlainTextEdit | QTextEdit, offset: int, start: int, end: int, text: str
) -> None:
    """Put ``text`` in place of ``start``-``end`` of the paragraph at ``offset`` of
    ``edit``, as typing would."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(offset + start)
    cursor.setPosition(offset + end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def _replace_in_line(edit: QLineEdit, start: int, end: int, text: str) -> None:
    """Put ``text`` in place of ``start``-``end`` of ``edit``: one edit, reported as typed
    (``textEdited``), so the field sends it to the document as one undo step."""
    edit.setSelection(start, end - start)
    edit.insert(text)


def _single_shot(parent: QObject, interval: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
