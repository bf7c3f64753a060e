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
from models.publication import Part

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


def test_typing_a_title_touches_only_its_entry(
    qtbot, view: NavigatorView, sample: Publication
) -> None:
    """The cost of an update follows what changed: the other entries are reused as they
    were (their models are the same objects) and their items are left alone."""
    model = view.navigator_model
    renamed = replace_at(sample, ("blocks", 3, "title"), "Den Helder leert")
    before, after = model.outline(sample)[3].children, model.outline(renamed)[3].children
    assert [old is new for old, new in zip(before, after, strict=True)] == [
        row != 3 for row in range(len(before))
    ]
    view.show_publication(sample)
    changed: list[Target | None] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(model.target_at(top)))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.rowsInserted):
        view.show_publication(renamed)
    assert set(changed) == {Target("section", "den-helder")}


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
    assert blocker.args == [Target("section", "den-helder"), Target("blocks"), 0]
    with qtbot.waitSignal(model.sig_move_requested) as blocker:  # dropped on "Content": the end
        model.dropMimeData(data, MOVE, -1, -1, content)
    assert blocker.args[1:] == [Target("blocks"), model.rowCount(content)]
    speakers = model.index_for(Target("speakers"))
    with qtbot.waitSignal(model.sig_move_requested) as blocker:
        assert model.moveRows(speakers, 4, 1, speakers, 0)
    assert blocker.args == [Target("speaker", "marcel-veenswijk"), Target("speakers"), 0]


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


# ---------------------------------------------------------------- parts: a third level


@pytest.fixture
def day_view(qtbot, day: Publication) -> NavigatorView:
    view = NavigatorView()
    qtbot.addWidget(view)
    view.show_publication(day)
    return view


def _tree(model: NavigatorModel, parent: QModelIndex) -> list[object]:
    """The entries below ``parent``: a target, or (target, [its children]) for a part."""
    out: list[object] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        target = model.target_at(index)
        out.append((target, _tree(model, index)) if model.rowCount(index) else target)
    return out


def test_parts_hold_their_sections_and_quotes(day_view: NavigatorView, day: Publication) -> None:
    model = day_view.navigator_model
    content = model.index_for(Target("blocks"))
    assert _tree(model, content) == [
        Target("section", "welkom"),
        (
            Target("part", "ochtend"),
            [Target("section", "opening"), Target("quote", "q-helder"), Target("section", "panel")],
        ),
        Target("quote", "q-pauze"),
        (Target("part", "workshops"), [Target("section", "ws-a"), Target("section", "ws-b")]),
        Target("section", "slot"),
    ]
    part = model.index_for(Target("part", "ochtend"))
    assert part.data() == "De presentaties" and part.data(Qt.ItemDataRole.FontRole).bold()
    assert part.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Part"
    assert day_view.isExpanded(part)  # a part shows what it holds
    assert model.index_for(Target("section", "panel")).data() == "Panelgesprek"


def test_untitled_sections_are_named_by_their_first_words_muted(
    day_view: NavigatorView, day: Publication
) -> None:
    model = day_view.navigator_model
    lead = model.index_for(Target("section", "welkom"))
    assert lead.data() == "Welkom bij een dag over leesbare taal."  # plain: no markup
    assert lead.data(Qt.ItemDataRole.FontRole).italic()
    assert lead.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Untitled section"
    assert lead.data(Qt.ItemDataRole.ForegroundRole) is not None
    titled = model.index_for(Target("section", "opening"))
    assert not titled.data(Qt.ItemDataRole.FontRole).italic()
    assert titled.data(Qt.ItemDataRole.ForegroundRole) is None
    # typing a title relabels in place and drops the muted style
    with_title = replace_at(day, ("blocks", 0, "title"), "Welkom")
    day_view.show_publication(with_title)
    assert lead.data() == "Welkom" and not lead.data(Qt.ItemDataRole.FontRole).italic()
    assert lead.data(Qt.ItemDataRole.ForegroundRole) is None
    empty = replace_at(day, ("blocks", 0, "body"), [])
    day_view.show_publication(empty)
    assert model.index_for(Target("section", "welkom")).data() == "Untitled section"


def test_a_title_in_a_part_is_relabelled_in_place(qtbot, day_view: NavigatorView, day) -> None:
    model = day_view.navigator_model
    day_view.select_target(Target("section", "panel"))
    changed: list[Target | None] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(model.target_at(top)))
    renamed = replace_at(day, ("blocks", 1, "blocks", 2, "title"), "Het panel")
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(day_view.sig_target_selected),
    ):
        day_view.show_publication(renamed)
    assert set(changed) == {Target("section", "panel")}  # not its part, whose title stays
    assert model.index_for(Target("section", "panel")).data() == "Het panel"


def test_selection_inside_a_part_survives_a_rebuild(
    day_view: NavigatorView, day: Publication
) -> None:
    model = day_view.navigator_model
    part = model.index_for(Target("part", "workshops"))
    day_view.collapse(part)
    assert day_view.select_target(Target("section", "ws-b"))  # expands its part again
    assert day_view.isExpanded(model.index_for(Target("part", "workshops")))
    day_view.collapse(model.index_for(Target("part", "ochtend")))
    day_view.show_publication(ops.move_into_part(day, "slot", "workshops"))
    assert day_view.current_target() == Target("section", "ws-b")
    assert not day_view.isExpanded(model.index_for(Target("part", "ochtend")))  # kept
    assert model.target_at(model.index_for(Target("section", "slot")).parent()) == Target(
        "part", "workshops"
    )


def test_selection_moves_to_a_sibling_in_the_part(
    qtbot, day_view: NavigatorView, day: Publication
) -> None:
    day_view.select_target(Target("quote", "q-helder"))
    with qtbot.waitSignal(day_view.sig_target_selected) as blocker:
        day_view.show_publication(ops.delete_block(day, "q-helder"))
    assert blocker.args == [Target("section", "panel")]
    pub = ops.delete_block(ops.delete_block(day, "ws-a"), "ws-b")
    day_view.select_target(Target("section", "ws-a"))
    day_view.show_publication(ops.delete_block(day, "ws-a"))
    day_view.select_target(Target("section", "ws-b"))
    day_view.show_publication(pub)
    assert day_view.current_target() == Target("part", "workshops")  # no sibling: the part


def test_drops_into_and_out_of_parts(qtbot, day_view: NavigatorView) -> None:
    model = day_view.navigator_model
    part = model.index_for(Target("part", "workshops"))
    content = model.index_for(Target("blocks"))
    section = _drag(model, Target("section", "welkom"))
    assert model.canDropMimeData(section, MOVE, 1, 0, part)
    with qtbot.waitSignal(model.sig_move_requested) as blocker:
        assert model.dropMimeData(section, MOVE, 1, 0, part)
    assert blocker.args == [Target("section", "welkom"), Target("part", "workshops"), 1]
    with qtbot.waitSignal(model.sig_move_requested) as blocker:  # dropped on the part: its end
        assert model.dropMimeData(section, MOVE, -1, -1, part)
    assert blocker.args[1:] == [Target("part", "workshops"), 2]
    inner = _drag(model, Target("section", "ws-a"))
    with qtbot.waitSignal(model.sig_move_requested) as blocker:  # out, onto the top level
        assert model.dropMimeData(inner, MOVE, 0, 0, content)
    assert blocker.args == [Target("section", "ws-a"), Target("blocks"), 0]
    whole = _drag(model, Target("part", "ochtend"))
    with qtbot.waitSignal(model.sig_move_requested) as blocker:  # a part moves as a whole
        assert model.dropMimeData(whole, MOVE, 5, 0, content)
    assert blocker.args == [Target("part", "ochtend"), Target("blocks"), 5]


def test_parts_do_not_go_into_parts_or_elsewhere(qtbot, day_view: NavigatorView) -> None:
    model = day_view.navigator_model
    whole = _drag(model, Target("part", "ochtend"))
    other = model.index_for(Target("part", "workshops"))
    itself = model.index_for(Target("part", "ochtend"))
    section = model.index_for(Target("section", "opening"))
    speakers = model.index_for(Target("speakers"))
    with qtbot.assertNotEmitted(model.sig_move_requested):
        assert not model.dropMimeData(whole, MOVE, 0, 0, other)
        assert not model.dropMimeData(whole, MOVE, 0, 0, itself)
        assert not model.dropMimeData(_drag(model, Target("quote", "q-pauze")), MOVE, 0, 0, section)
        assert not model.dropMimeData(_drag(model, Target("speaker", "anne")), MOVE, 0, 0, other)
        assert not model.moveRows(model.index_for(Target("blocks")), 1, 1, other, 0)
        assert not model.moveRows(other, 0, 1, speakers, 0)
    flags = model.flags(other)
    assert flags & Qt.ItemFlag.ItemIsDropEnabled and flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(section) & Qt.ItemFlag.ItemIsDropEnabled


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (("blocks", 1, "title"), Target("part", "ochtend")),
        (("blocks", 1, "intro", 0, "text"), Target("part", "ochtend")),
        (("blocks", 1, "blocks", 2, "people", 1, "speaker_id"), Target("section", "panel")),
        (("blocks", 1, "blocks", 1, "text"), Target("quote", "q-helder")),
        (("blocks", 3, "blocks", 9, "title"), Target("part", "workshops")),
        (("blocks", 3, "blocks"), Target("part", "workshops")),
        (("blocks", 4, "body", 0, "text"), Target("section", "slot")),
    ],
)
def test_target_for_loc_inside_parts(day: Publication, loc, expected: Target) -> None:
    assert isinstance(day.blocks[1], Part)
    assert target_for_loc(day, loc) == expected
