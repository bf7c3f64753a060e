"""The one setter between fields and the document, and its pure helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

import models
from editor import binding
from editor.binding import (
    Assets,
    Binder,
    CannotAdd,
    FieldProblem,
    field_problems,
    new_item,
    to_plain,
    try_replace,
)
from editor.document import DocumentModel
from editor.forms.base import ModelForm
from models.edit import replace_at
from models.labels import Place, Step
from models.validation import Problem

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"


@pytest.fixture
def document() -> DocumentModel:
    return DocumentModel(models.load(SAMPLE))


class FakeEditor:
    """Records what the binder shows; ``type`` stands for the user typing."""

    def __init__(self) -> None:
        self.shown: Any = None
        self.problems: list[FieldProblem] = []
        self.sink: Callable[[Any, str, Assets], bool] | None = None

    def value(self) -> Any:
        return self.shown

    def set_value(self, value: Any) -> None:
        self.shown = value

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = list(problems)

    def set_sink(self, sink: Callable[[Any, str, Assets], bool]) -> None:
        self.sink = sink

    def type(self, value: Any, undo_text: str = "") -> bool:
        self.shown = value
        assert self.sink is not None
        return self.sink(value, undo_text, ())


def test_field_problems_are_relative_to_the_field() -> None:
    title = Place((Step("section", 2, "Den Helder"),), "title")
    video = Place((Step("section", 2, "Den Helder"), Step("video", 1, "Film")), "url")
    problems = [
        Problem(("blocks", 1, "title"), "empty", {}, title),
        Problem(("blocks", 1, "videos", 0, "url"), "invalid_url", {"value": "ftp://x"}, video),
        Problem(
            ("colophon", "email"),
            "invalid_email",
            {"value": "x@"},
            Place((Step("colophon"),), "email"),
        ),
    ]
    assert field_problems(problems, ("blocks", 1, "title")) == [((), "Title must not be empty")]
    assert field_problems(problems, ("blocks", 1, "videos")) == [
        (
            (0, "url"),
            "Web address ‘ftp://x’ is not valid: enter a web address starting with http:// or "
            "https://",
        )
    ]
    # Nothing at the field: everything, with its place, so nothing is hidden.
    assert field_problems(problems[2:], ("theme",)) == [
        ((), "Colophon: e-mail ‘x@’ is not valid: enter an address such as name@example.org")
    ]


def test_try_replace_returns_problems_instead_of_raising(document: DocumentModel) -> None:
    publication, problems = try_replace(document.publication, ("colophon", "email"), "foo")
    assert publication is None
    assert [p.loc for p in problems] == [("colophon", "email")]
    publication, problems = try_replace(document.publication, ("title",), "Nieuw")
    assert publication is not None and publication.title == "Nieuw" and problems == []


def test_new_items_are_valid_and_in_the_publication_language(document: DocumentModel) -> None:
    publication = document.publication
    for field, loc in [
        ("takeaways", ("blocks", 1, "takeaways")),
        ("body", ("blocks", 1, "body")),
        ("intro", ("intro",)),
        ("items", ("key_takeaways", "items")),
        ("videos", ("blocks", 1, "videos")),
        ("credits", ("colophon", "credits")),
        ("speakers", ("speakers",)),
        ("people", ("blocks", 1, "people")),
        ("note", ("colophon", "note")),
    ]:
        current = to_plain(models.edit.get_at(publication, loc))
        item = new_item(field, publication, current)
        assert replace_at(publication, loc, [*current, item])  # validates
    english = replace_at(publication, ("language",), "en")
    assert new_item("takeaways", english, []) == "New point"
    assert new_item("videos", english, [])["label"] == "Watch the video"


def test_no_new_speaker_when_all_are_picked(document: DocumentModel) -> None:
    everyone = [{"speaker_id": s.id, "role": "speaker"} for s in document.publication.speakers]
    with pytest.raises(CannotAdd, match="already listed"):
        new_item("people", document.publication, everyone)


def test_new_items_are_made_by_the_operations_module(
    monkeypatch: pytest.MonkeyPatch, document: DocumentModel
) -> None:
    """The editor builds no publication content itself: it asks models.operations."""
    asked: list[tuple[str, object, object]] = []

    def new_entry(field_name: str, publication: object, existing: object) -> object:
        asked.append((field_name, publication, existing))
        return "made by operations"

    monkeypatch.setattr(binding, "new_entry", new_entry)
    publication = document.publication
    assert new_item("body", publication, ["x"]) == "made by operations"
    assert asked == [("body", publication, ["x"])]


def test_binder_applies_merges_and_routes_problems(qtbot: Any, document: DocumentModel) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    binder = Binder(document, "section:den-helder", lambda: ("blocks", 3), form)
    title, videos = FakeEditor(), FakeEditor()
    binder.bind(("title",), title, "Title")
    binder.bind(("videos",), videos, "Video links")
    assert binder.refresh()
    assert title.shown == document.publication.blocks[3].title
    assert videos.shown == []

    assert title.type("Den Helder")
    assert title.type("Den Helder!")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit “Title”"

    before = document.publication
    assert not videos.type([{"label": "Video", "url": "ftp://x"}], "Add video link")
    assert document.publication is before
    assert videos.problems and videos.problems[0][0] == (0, "url")
    binder.refresh()  # the model did not change: the rejected value stays in the field
    assert videos.shown == [{"label": "Video", "url": "ftp://x"}]

    assert videos.type([{"label": "Video"}], "Add video link")
    assert videos.problems == []
    assert document.undo_stack.undoText() == "Add video link"
    assert document.undo_stack.count() == 2


def test_binder_breaks_merges_on_break_merge(qtbot: Any, document: DocumentModel) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    binder = Binder(document, "details", lambda: (), form)
    title = FakeEditor()
    binder.bind(("title",), title, "Title")
    title.type("A")
    document.break_merge()
    title.type("AB")
    assert document.undo_stack.count() == 2


def test_binder_reports_a_missing_item(qtbot: Any, document: DocumentModel) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    binder = Binder(document, "section:gone", lambda: None, form)
    title = FakeEditor()
    binder.bind(("title",), title, "Title")
    assert not binder.refresh()
    assert not title.type("x")
    assert document.undo_stack.count() == 0


def test_binder_adds_assets_with_the_edit(qtbot: Any, document: DocumentModel) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    binder = Binder(document, "section:den-helder", lambda: ("blocks", 3), form)
    body = FakeEditor()
    binder.bind(("body",), body, "Text")
    binder.refresh()
    data = b"\x89PNG fake"
    name = models.project.asset_name(data, "png")
    assert body.sink is not None
    figure = {"kind": "figure", "images": [{"asset": name, "alt": "x"}]}
    assert body.sink([*body.shown, figure], "Add figure", [(data, "png")])
    assert document.project.assets[name] == data
    document.undo_stack.undo()
    assert name not in document.project.assets


class CountingEditor(FakeEditor):
    """Counts how often the binder gives it a value."""

    def __init__(self) -> None:
        super().__init__()
        self.given = 0

    def set_value(self, value: Any) -> None:
        self.given += 1
        super().set_value(value)


def test_a_refresh_gives_only_changed_values(qtbot: Any, document: DocumentModel) -> None:
    """Typing in one field costs that field, not every field of the form; a change around
    the fields (here the speakers, which pickers list) gives every field its value again."""
    form = QWidget()
    qtbot.addWidget(form)
    binder = Binder(document, "section:den-helder", lambda: ("blocks", 3), form)
    title, body, people = CountingEditor(), CountingEditor(), CountingEditor()
    binder.bind(("title",), title, "Title")
    binder.bind(("body",), body, "Text")
    binder.bind(("people",), people, "People")
    document.sig_document_changed.connect(binder.refresh)
    binder.refresh()
    assert (title.given, body.given, people.given) == (1, 1, 1)

    assert title.type("Den Helder leert")
    assert (title.given, body.given, people.given) == (2, 1, 1)
    assert title.shown == "Den Helder leert"

    document.undo_stack.undo()  # a change made elsewhere reaches the field it concerns
    assert title.shown == document.publication.blocks[3].title
    assert (body.given, people.given) == (1, 1)

    renamed = replace_at(document.publication, ("speakers", 0, "name"), "Iemand Anders")
    document.apply(renamed, "Rename")
    assert (body.given, people.given) == (2, 2)


def test_a_retired_form_no_longer_follows_the_document(qtbot: Any, document: DocumentModel) -> None:
    """A form the window is done with waits for the event loop to be deleted; until then
    it must not refresh on every edit."""
    from editor.forms import form_for
    from editor.targets import Target

    form = form_for(Target("details"), document, None)
    qtbot.addWidget(form)
    assert isinstance(form, ModelForm)
    title = form.editors["title"]
    document.apply(replace_at(document.publication, ("title",), "Eerst"), "t")
    assert title.value() == "Eerst"
    form.retire()
    document.apply(replace_at(document.publication, ("title",), "Daarna"), "t")
    assert title.value() == "Eerst"
