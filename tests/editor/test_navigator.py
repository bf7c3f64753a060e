"""The navigator tree: entries, keeping selection and expansion, drag-and-drop requests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

import resources
from editor.locate import target_for_loc
from editor.navigator import NavigatorModel, NavigatorView
from editor.targets import Target
from models import Publication, load
from models import operations as ops
from models.edit import replace_at

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def sample() -> Publication:
    return load(Path(str(resources.path("examples", "ruimte-voor-professionals")))).publication


@pytest.fixture
def view(qtbot, sample: Publication) -> NavigatorView:
    view = NavigatorView()
    qtbot.addWidget(view)
    view.show_publication(sample)
    return view


def _children(model: NavigatorModel, row: int) -> list[Target | None]:
    parent = model.index(row, 0)
    return [model.target_at(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def test_outline_of_the_sample(view: NavigatorView, sample: Publication) -> None:
    model = view.navigator_model
    top = [model.target_at(model.index(r, 0)) for r in range(model.rowCount())]
    assert [t.kind for t in top if t] == [
        "details",
        "intro",
        "speakers",
        "blocks",
        "colophon",
        "theme",
    ]
    assert _children(model, 2) == [Target("speaker", s.id) for s in sample.speakers]
    assert _children(model, 3) == [Target(b.kind, b.id) for b in sample.blocks]
    labels = [model.index(r, 0, model.index(3, 0)).data() for r in range(2)]
    assert labels[0].startswith("“Angst voor precedentwerking") and labels[0].endswith("…”")
    assert labels[1] == sample.blocks[1].title
    assert view.current_target() == Target("details")  # the first entry is selected
    assert view.isExpanded(model.index(2, 0)) and view.isExpanded(model.index(3, 0))


def test_relabel_keeps_the_tree(qtbot, view: NavigatorView, sample: Publication) -> None:
    model = view.navigator_model
    view.select_target(Target("section", "den-helder"))
    renamed = replace_at(sample, ("blocks", 3, "title"), "Den Helder leert")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(view.sig_target_selected):
        view.show_publication(renamed)
    assert model.index_for(Target("section", "den-helder")).data() == "Den Helder leert"
    assert view.current_target() == Target("section", "den-helder")


def test_rebuild_keeps_selection_and_expansion(view: NavigatorView, sample: Publication) -> None:
    model = view.navigator_model
    view.collapse(model.index(2, 0))  # Speakers
    view.select_target(Target("quote", "quote-maatwerk"))
    view.show_publication(ops.add_section(sample, item_id="sec-new"))
    assert Target("section", "sec-new") in _children(model, 3)
    assert view.current_target() == Target("quote", "quote-maatwerk")
    assert view.currentIndex() == model.index_for(Target("quote", "quote-maatwerk"))
    assert not view.isExpanded(model.index(2, 0)) and view.isExpanded(model.index(3, 0))


def test_selection_moves_to_a_neighbour_when_its_entry_goes(
    qtbot, view: NavigatorView, sample: Publication
) -> None:
    view.select_target(Target("section", "den-helder"))  # row 3 of Content
    with qtbot.waitSignal(view.sig_target_selected) as blocker:
        view.show_publication(ops.delete_block(sample, "den-helder"))
    assert blocker.args == [Target("quote", "quote-bodem")]  # now at row 3
    pub = sample
    for speaker in sample.speakers:
        pub = ops.delete_speaker(pub, speaker.id, remove_references=True)
    view.select_target(Target("speaker", "joost-kampen"))
    view.show_publication(pub)
    assert view.current_target() == Target("speakers")  # no sibling left: the parent


def _drag(model: NavigatorModel, target: Target):
    return model.mimeData([model.index_for(target)])


def test_drop_asks_for_a_move(qtbot, view: NavigatorView) -> None:
    model = view.navigator_model
    content = model.index_for(Target("blocks"))
    data = _drag(model, Target("section", "den-helder"))
    assert model.canDropMimeData(data, MOVE, 0, 0, content)
    with qtbot.waitSignal(model.sig_move_requested) as blocker:
        assert model.dropMimeData(data, MOVE, 0, 0, content)
    assert blocker.args == [Target("section", "den-helder"), 0]
    with qtbot.waitSignal(model.sig_move_requested) as blocker:  # dropped on "Content": the end
        model.dropMimeData(data, MOVE, -1, -1, content)
    assert blocker.args[1] == model.rowCount(content)
    speakers = model.index_for(Target("speakers"))
    with qtbot.waitSignal(model.sig_move_requested) as blocker:
        assert model.moveRows(speakers, 4, 1, speakers, 0)
    assert blocker.args == [Target("speaker", "marcel-veenswijk"), 0]


def test_drops_stay_within_their_list(qtbot, view: NavigatorView) -> None:
    model = view.navigator_model
    section = _drag(model, Target("section", "den-helder"))
    speaker = _drag(model, Target("speaker", "joost-kampen"))
    speakers = model.index_for(Target("speakers"))
    content = model.index_for(Target("blocks"))
    with qtbot.assertNotEmitted(model.sig_move_requested):
        assert not model.dropMimeData(section, MOVE, 0, 0, speakers)
        assert not model.dropMimeData(speaker, MOVE, 0, 0, content)
        assert not model.dropMimeData(section, MOVE, 0, 0, QModelIndex())
        assert not model.moveRows(content, 0, 1, speakers, 0)
        assert not model.mimeData([model.index_for(Target("theme"))]).formats()
    assert not model.removeRows(0, 1, content)  # the view can never remove a dragged row
    assert model.rowCount(content) == 9


def test_flags(view: NavigatorView) -> None:
    model = view.navigator_model
    section = model.flags(model.index_for(Target("section", "den-helder")))
    content = model.flags(model.index_for(Target("blocks")))
    details = model.flags(model.index_for(Target("details")))
    assert section & Qt.ItemFlag.ItemIsDragEnabled and not section & Qt.ItemFlag.ItemIsEditable
    assert content & Qt.ItemFlag.ItemIsDropEnabled
    assert not details & (Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        ((), Target("details")),
        (("title",), Target("details")),
        (("event", "date"), Target("details")),
        (("intro", 0), Target("intro")),
        (("key_takeaways", "items", 1), Target("intro")),
        (("speakers",), Target("speakers")),
        (("speakers", 1, "name"), Target("speaker", "willemijn-groot")),
        (("speakers", 99, "name"), Target("speakers")),
        (("blocks", 3, "title"), Target("section", "den-helder")),
        (("blocks", 2, "text"), Target("quote", "quote-maatwerk")),
        (("blocks", "x"), Target("blocks")),
        (("colophon", "credits", 0, "names", 1), Target("colophon")),
        (("theme", "primary_colour"), Target("theme")),
        ((3,), Target("details")),
    ],
)
def test_target_for_loc(sample: Publication, loc, expected: Target) -> None:
    assert target_for_loc(sample, loc) == expected
