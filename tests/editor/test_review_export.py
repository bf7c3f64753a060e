"""Exports and review state: comments never reach the output; unapproved exports warn."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.review.controller import marked_as_draft
from editor.review.dialogs import ExportChoice
from exporters.export import export
from models import Project, load
from models.edit import replace_at
from models.review import Anchor, Comment, Reply, add_comment, add_reply, set_status

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
SECRET = "GEHEIM-OPMERKING-7f3a"
REPLY = "GEHEIM-ANTWOORD-91bc"
WHEN = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def reviewed(project: Project, status: str = "in_review") -> Project:
    """``project`` with a comment, a reply and a status change by a named reviewer."""
    pub = project.publication
    comment = Comment(
        id="cmt-1",
        anchor=Anchor(kind="section", item_id="den-helder", field="title"),
        author="Recensent Zonder Naam",
        time=WHEN,
        text=SECRET,
    )
    review = add_comment(pub.review, comment)
    review = add_reply(review, "cmt-1", Reply(author="Auteur", time=WHEN, text=REPLY))
    review = set_status(review, status, "Recensent Zonder Naam", WHEN, "STATUSNOTITIE-55")  # type: ignore[arg-type]
    return project.with_publication(replace_at(pub, ("review",), review))


def test_exports_never_include_review_state(tmp_path: Path) -> None:
    project = reviewed(load(SAMPLE))
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    export(project, pdf=pdf, html=html)
    page = html.read_text(encoding="utf-8")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    for output in (page, text):
        assert "Den Helder" in output  # the commented part is there …
        for secret in (SECRET, REPLY, "Recensent Zonder Naam", "STATUSNOTITIE-55"):
            assert secret not in output  # … its comments are not


def test_marked_as_draft_changes_only_the_title() -> None:
    project = load(SAMPLE)
    draft = marked_as_draft(project)
    assert draft.publication.title == "CONCEPT – " + project.publication.title
    assert marked_as_draft(draft).publication.title == draft.publication.title
    assert replace_at(draft.publication, ("title",), project.publication.title) == (
        project.publication
    )


# ---------------------------------------------------------------- in the window


class Answers:
    def __init__(self, choice: ExportChoice | None) -> None:
        self.choice = choice
        self.asked: list[tuple[str, int]] = []

    def confirm_unapproved_export(self, _parent: Any, status: str, count: int) -> Any:
        self.asked.append((status, count))
        return self.choice


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    monkeypatch.setattr(dialogs, "choose_export_file", lambda _p, k, _s: tmp_path / f"uit.{k}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    return window


def open_project(window: MainWindow, project: Project, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    window.set_project(project, folder)


@pytest.mark.parametrize(
    ("choice", "title_prefix"),
    [(ExportChoice(mark_as_draft=True), "CONCEPT – "), (ExportChoice(mark_as_draft=False), "")],
)
def test_unapproved_export_warns_then_exports(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    choice: ExportChoice,
    title_prefix: str,
) -> None:
    open_project(window, reviewed(load(SAMPLE)), tmp_path)
    answers = Answers(choice)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_html.trigger()
    assert answers.asked == [("In review", 1)]
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    page = (tmp_path / "uit.html").read_text(encoding="utf-8")
    title = load(SAMPLE).publication.title
    assert f"<title>{title_prefix}{title}" in page
    assert window.document.publication.title == title  # the document itself is untouched


def test_cancel_on_the_warning_exports_nothing(window: MainWindow, tmp_path: Path) -> None:
    open_project(window, reviewed(load(SAMPLE), "changes_requested"), tmp_path)
    answers = Answers(None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_pdf.trigger()
    assert answers.asked == [("Changes requested", 1)]
    assert window.exports.running == 0 and not (tmp_path / "uit.pdf").exists()


@pytest.mark.parametrize("status", ["approved", None])
def test_approved_or_never_reviewed_exports_without_asking(
    qtbot: Any, window: MainWindow, tmp_path: Path, status: str | None
) -> None:
    project = load(SAMPLE) if status is None else reviewed(load(SAMPLE), status)
    open_project(window, project, tmp_path)
    answers = Answers(None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_html.trigger()
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    assert answers.asked == [] and (tmp_path / "uit.html").exists()
