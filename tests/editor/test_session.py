"""The session holds the document and one mode; the mode decides what may change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

import resources
from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.main_window import MainWindow
from editor.session import Mode, Session
from editor.targets import Target
from models import load
from models.edit import replace_at
from models.review import Anchor, Comment, add_comment, now

SAMPLE = load(Path(str(resources.path("examples", "ruimte-voor-professionals"))))


@pytest.fixture
def session(qtbot) -> Iterator[Session]:
    session = Session()
    yield session
    session.shutdown()
    session.deleteLater()


@pytest.fixture
def document(session: Session) -> DocumentModel:
    document = session.set_project(SAMPLE, None)
    assert document is not None and session.document is document
    return document


def _retitled(document: DocumentModel, title: str = "Anders"):
    return replace_at(document.publication, ("title",), title)


def _modes(session: Session) -> list[Mode]:
    seen: list[Mode] = []
    session.sig_mode_changed.connect(seen.append)
    return seen


def test_a_new_session_edits_and_holds_no_document(session: Session) -> None:
    assert session.mode is Mode.EDITING and session.mode.allows_edits
    assert session.document is None and session.path is None


def test_review_mode_is_one_signal_carrying_the_mode(session: Session) -> None:
    seen = _modes(session)
    session.set_reviewing(True)
    session.set_reviewing(True)  # no change, no signal
    assert seen == [Mode.REVIEW] and session.mode is Mode.REVIEW
    session.set_reviewing(False)
    assert seen == [Mode.REVIEW, Mode.EDITING]


def test_review_mode_outlasts_the_document(session: Session) -> None:
    session.set_reviewing(True)
    session.set_project(SAMPLE, None)
    assert session.mode is Mode.REVIEW and session.document is not None
    assert session.document.read_only


def test_locked_elsewhere_returns_after_review(session: Session) -> None:
    seen = _modes(session)
    session.set_locked_elsewhere(True)
    session.set_reviewing(True)
    session.set_reviewing(False)
    assert seen == [Mode.LOCKED_ELSEWHERE, Mode.REVIEW, Mode.LOCKED_ELSEWHERE]


def test_the_lock_changing_under_review_is_told_once(session: Session) -> None:
    session.set_locked_elsewhere(True)
    session.set_reviewing(True)
    seen = _modes(session)
    session.set_locked_elsewhere(False)  # Save as under review: Save works again
    assert seen == [Mode.REVIEW] and not session.locked_elsewhere
    session.set_locked_elsewhere(False)
    assert seen == [Mode.REVIEW]


def test_read_only_is_a_mode_of_its_own(session: Session) -> None:
    seen = _modes(session)
    session.set_read_only(True)
    assert seen == [Mode.READ_ONLY] and not session.mode.allows_edits
    session.set_read_only(False)
    assert seen == [Mode.READ_ONLY, Mode.EDITING]


def test_edits_apply_in_editing_mode(document: DocumentModel) -> None:
    assert document.apply(_retitled(document), "Edit title")
    assert document.publication.title == "Anders" and document.is_modified


@pytest.mark.parametrize(
    "enter",
    [
        lambda s: s.set_reviewing(True),
        lambda s: s.set_locked_elsewhere(True),
        lambda s: s.set_read_only(True),
    ],
    ids=["review", "locked-elsewhere", "read-only"],
)
def test_edits_are_refused_when_the_mode_forbids_them(
    session: Session, document: DocumentModel, enter
) -> None:
    enter(session)
    before = document.project
    assert document.read_only
    assert not document.apply(_retitled(document), "Edit title")
    assert not document.apply_project(document.project.with_publication(_retitled(document)), "")
    assert document.project is before and not document.is_modified
    assert document.undo_stack.count() == 0


def test_comments_change_in_every_mode(session: Session, document: DocumentModel) -> None:
    session.set_reviewing(True)
    session.set_locked_elsewhere(True)
    comment = Comment(
        id="cmt-1", anchor=Anchor(kind="publication"), author="Anna", time=now(), text="Mooi."
    )
    document.apply_review(add_comment(document.publication.review, comment), "Add comment")
    assert [c.id for c in document.publication.review.comments] == ["cmt-1"]
    assert document.publication.title == SAMPLE.publication.title


def test_revert_works_in_every_mode(session: Session, document: DocumentModel) -> None:
    document.apply(_retitled(document), "Edit title")
    session.set_reviewing(True)
    document.revert_to(SAMPLE, "Revert")
    assert document.project == SAMPLE and not document.is_modified


def test_replacing_the_document_tells_and_attaches_autosave(session: Session) -> None:
    replaced: list[DocumentModel | None] = []
    session.sig_document_replaced.connect(lambda: replaced.append(session.document))
    first = session.set_project(SAMPLE, Path("a.podium"))
    assert session.path == Path("a.podium")
    session.set_project(None, None)
    assert replaced == [first, None] and session.path is None
    assert session.autosave.journal_path is None


def test_a_document_alone_is_editable() -> None:
    document = DocumentModel(SAMPLE)
    assert not document.read_only and document.apply(_retitled(document), "Edit title")
    document.deleteLater()


def test_the_window_follows_the_mode(qtbot, tmp_path: Path) -> None:
    """Read-only comes from the session alone: form, title and actions follow its signal."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.set_project(SAMPLE, tmp_path / "a.podium")
    window.select_target(Target("details"))
    form = window.form
    assert isinstance(form, ModelForm)
    title = form.editors["title"].input_widget()
    assert isinstance(title, QLineEdit)
    window.session.set_read_only(True)
    assert title.isReadOnly() and "(read-only)" in window.windowTitle()
    assert not window.structure.add_section.isEnabled()
    window.session.set_read_only(False)
    assert not title.isReadOnly() and "(read-only)" not in window.windowTitle()
    assert window.structure.add_section.isEnabled()
    window.session.shutdown()
