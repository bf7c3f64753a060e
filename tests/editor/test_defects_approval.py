"""Issue 14: an approval protects the content it was given for.

An edit after approving moves the status to "changed since approval" in the same undo step
(the rule is :func:`models.review.after_content_edit`); the next export warns and offers the
draft mark; approving with open comments asks first.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.review.dialogs import ExportChoice
from editor.targets import Target
from models import Project, load
from models.edit import replace_at
from models.review import Anchor, Comment, add_comment, set_status

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
WHEN = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


class Answers:
    """Scripted review questions: records what was asked."""

    def __init__(self, export: ExportChoice | None = None, approve: bool = True) -> None:
        self.export, self.approve = export, approve
        self.asked: list[tuple[str, object]] = []

    def confirm_unapproved_export(self, _parent: Any, status: str, count: int) -> Any:
        self.asked.append(("export", status))
        return self.export

    def confirm_approval(self, _parent: Any, count: int) -> bool:
        self.asked.append(("approve", count))
        return self.approve

    def ask_status_note(self, _parent: Any, _status: str) -> str:
        return ""


def approved(project: Project) -> Project:
    review = set_status(project.publication.review, "approved", "Anna", WHEN)
    return project.with_publication(replace_at(project.publication, ("review",), review))


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    monkeypatch.setattr(dialogs, "choose_export_file", lambda _p, k, _s: tmp_path / f"uit.{k}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("review/author", "Piet Bewerker")
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    window.set_project(approved(load(SAMPLE)), folder)
    return window


def test_typing_after_approval_marks_changed_and_export_offers_the_draft_mark(
    qtbot: Any, window: MainWindow
) -> None:
    window.select_target(Target("section", "den-helder"))
    assert window.form is not None
    title = window.form.editors["title"].input_widget()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (herzien)")
    review = window.document.publication.review
    assert review.status == "changed_since_approval"
    assert [(h.status, h.who) for h in review.history] == [
        ("approved", "Anna"),
        ("changed_since_approval", "Piet Bewerker"),
    ]
    assert window.review.status_label.text() == "Review: Changed since approval"
    assert window.review.dock.history.item(0).text().endswith("Changed since approval")
    assert not any(a.isChecked() for a in window.review.status_actions.values())
    answers = Answers(export=None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_pdf.trigger()
    assert answers.asked == [("export", "Changed since approval")]  # like a draft
    window.window_actions.undo.trigger()  # the edit and its status change are one step
    assert window.document.publication.review.status == "approved"


def test_approving_with_open_comments_warns(window: MainWindow) -> None:
    document = window.document
    comment = Comment(id="c1", anchor=Anchor(kind="publication"), author="A", time=WHEN, text="?")
    review = set_status(document.publication.review, "in_review", "Anna", WHEN)
    document.apply_review(add_comment(review, comment), "Add comment")
    answers = Answers(approve=False)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.review.status_actions["approved"].trigger()
    assert answers.asked == [("approve", 1)]
    assert document.publication.review.status == "in_review"
    assert window.review.status_actions["in_review"].isChecked()
    answers.approve = True
    window.review.status_actions["approved"].trigger()
    assert document.publication.review.status == "approved"
