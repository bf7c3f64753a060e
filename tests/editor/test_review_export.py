"""Exports and review state: comments never reach the output; unapproved exports warn and
can be marked as a draft (the mark itself: tests/exporters/test_draft.py)."""

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


@pytest.mark.parametrize("as_draft", [True, False])
def test_unapproved_export_warns_then_exports(
    qtbot: Any, window: MainWindow, tmp_path: Path, as_draft: bool
) -> None:
    open_project(window, reviewed(load(SAMPLE)), tmp_path)
    answers = Answers(ExportChoice(mark_as_draft=as_draft))
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_html.trigger()
    assert answers.asked == [("In review", 1)]
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    page = (tmp_path / "uit.html").read_text(encoding="utf-8")
    title = load(SAMPLE).publication.title
    assert (f"<title>{title} (concept)</title>" in page) is as_draft
    assert ('class="draft-banner"' in page) is as_draft
    assert f'<h1 class="title">{title}</h1>' in page  # the title itself is never changed
    assert window.document.publication == reviewed(load(SAMPLE)).publication  # untouched


def test_export_as_draft_marks_the_pdf(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    open_project(window, reviewed(load(SAMPLE), "changes_requested"), tmp_path)
    window.review.dialogs = Answers(ExportChoice(mark_as_draft=True))  # type: ignore[assignment]
    with qtbot.waitSignal(window.exports.sig_succeeded, timeout=60_000) as done:
        window.window_actions.export_pdf.trigger()
    assert done.args[0].draft
    reader = PdfReader(io.BytesIO((tmp_path / "uit.pdf").read_bytes()))
    assert reader.metadata is not None
    assert reader.metadata.title == load(SAMPLE).publication.title + " (concept)"


def test_cancel_on_the_warning_exports_nothing(window: MainWindow, tmp_path: Path) -> None:
    open_project(window, reviewed(load(SAMPLE), "changes_requested"), tmp_path)
    answers = Answers(None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_pdf.trigger()
    assert answers.asked == [("Changes requested", 1)]
    assert window.exports.running == 0 and not (tmp_path / "uit.pdf").exists()


def test_a_never_reviewed_draft_warns_too(window: MainWindow, tmp_path: Path) -> None:
    """Any publication that is not approved warns, also one that never entered review."""
    open_project(window, load(SAMPLE), tmp_path)
    answers = Answers(None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_html.trigger()
    assert answers.asked == [("Draft", 0)]
    assert window.exports.running == 0 and not (tmp_path / "uit.html").exists()


def test_approved_exports_without_asking_and_unmarked(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_project(window, reviewed(load(SAMPLE), "approved"), tmp_path)
    answers = Answers(None)
    window.review.dialogs = answers  # type: ignore[assignment]
    window.window_actions.export_html.trigger()
    qtbot.waitUntil(lambda: window.exports.running == 0, timeout=60_000)
    assert answers.asked == []
    assert 'class="draft-banner"' not in (tmp_path / "uit.html").read_text(encoding="utf-8")
