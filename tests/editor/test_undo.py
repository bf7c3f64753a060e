"""Undo and Redo in the window: the document's history, the actions that follow it.

The history is plain Python (:mod:`models.history`) behind a Qt object with
``QUndoStack``'s signals. It replaced ``QUndoStack``, whose Python-made commands could be
freed by the cyclic collector while the stack still listed them (a crash in
``QUndoStack::clear``). That crash needed a particular teardown order that a small test does
not recreate; the whole editor suite, which runs with the collector on, did crash with it.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from editor import heap
from editor.document import DocumentModel
from editor.undo_actions import UndoActions
from models import Project
from models.edit import replace_at

from .conftest import day_publication


def _retitle(document: DocumentModel, title: str, key: str | None = "title") -> None:
    document.apply(replace_at(document.publication, ("title",), title), "Change title", key)


def test_the_actions_name_the_step_and_follow_the_shown_document(qtbot) -> None:
    window = QObject()
    actions = UndoActions(window)
    assert not actions.undo.isEnabled() and actions.undo.text() == "Undo"
    document = DocumentModel(Project(day_publication()))
    clean: list[bool] = []
    actions.sig_clean_changed.connect(clean.append)
    actions.follow(document.undo_stack)
    _retitle(document, "Een")
    assert actions.undo.isEnabled() and actions.undo.text() == "Undo Change title"
    assert not actions.redo.isEnabled() and actions.redo.text() == "Redo"
    assert clean[-1] is False
    actions.undo.trigger()
    assert document.publication.title == day_publication().title
    assert actions.redo.text() == "Redo Change title" and clean[-1] is True
    actions.redo.trigger()
    assert document.publication.title == "Een"
    other = DocumentModel(Project(day_publication()))
    actions.follow(other.undo_stack)
    assert not actions.undo.isEnabled() and clean[-1] is True
    _retitle(document, "Twee", None)  # the document no longer shown moves no action
    assert not actions.undo.isEnabled()
    actions.follow(None)
    assert not actions.undo.isEnabled() and not actions.redo.isEnabled()


def test_the_stack_reports_changes_the_way_qundostack_did(qtbot) -> None:
    document = DocumentModel(Project(day_publication()))
    stack = document.undo_stack
    shown: list[str] = []
    document.sig_document_changed.connect(lambda: shown.append(document.publication.title))
    texts: list[str] = []
    stack.undoTextChanged.connect(texts.append)
    for title in ("E", "Ee", "Een"):
        _retitle(document, title)
    assert stack.count() == 1 and stack.index() == 1 and stack.text(0) == "Change title"
    assert shown == ["E", "Ee", "Een"] and texts == ["Change title"]
    assert document.is_modified
    stack.setClean()  # what a save does
    assert not document.is_modified
    stack.undo()
    assert shown[-1] == day_publication().title and document.is_modified
    assert stack.canRedo() and stack.redoText() == "Change title"


def test_documents_in_reference_cycles_are_collected_safely(qtbot) -> None:
    """Edited, undone and merged documents, unparented and in cycles, are freed by a full
    collection (nothing keeps them alive from the C++ side)."""

    class Holder:
        pass

    heap.release()  # nothing frozen by an earlier test's window hides the cycles
    gone = []
    for round_ in range(30):
        document = DocumentModel(Project(day_publication()))
        for i in range(6):
            _retitle(document, f"Titel {round_} {i}", "title" if i % 3 else None)
        if round_ % 2:
            document.undo_stack.undo()
        holder = Holder()  # made after the document, like a form's context
        holder.document = document
        holder.itself = holder
        gone.append(weakref.ref(holder))
        del holder, document
    gc.collect()
    assert not any(ref() for ref in gone)
