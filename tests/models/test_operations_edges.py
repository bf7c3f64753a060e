"""The edges of the structure edits: every bound at N and N+1 and every message, so that
changing one operator or number in :mod:`models.operations` fails a test (``make mutate``).
"""

from __future__ import annotations

from typing import Any

import pytest

from models import Publication
from models import operations as ops


def _pub(make_data: Any, **more: Any) -> Publication:
    return Publication.model_validate(make_data(**more))


@pytest.fixture
def three(make_data: Any) -> Publication:
    return _pub(
        make_data,
        speakers=[{"id": "s1", "name": "Anna"}, {"id": "s2", "name": "Bram"}],
        blocks=[
            {"kind": "section", "id": "a", "title": "A"},
            {"kind": "section", "id": "b", "title": "B"},
            {"kind": "section", "id": "c", "title": "C"},
        ],
    )


@pytest.mark.parametrize(
    ("item", "delta", "expected"),
    [
        ("a", -1, False),
        ("a", 0, True),
        ("a", 2, True),
        ("a", 3, False),
        ("b", -1, True),  # lands on the first place: 0 is inside
        ("b", -2, False),
        ("c", 0, True),
        ("c", 1, False),  # one past the end
        ("c", -2, True),
    ],
)
def test_can_move_at_both_ends(three: Publication, item: str, delta: int, expected: bool) -> None:
    assert ops.can_move(three, "blocks", item, delta) is expected


def test_can_move_speakers_and_unknown_ids(three: Publication) -> None:
    assert ops.can_move(three, "speakers", "s2", -1)
    assert not ops.can_move(three, "speakers", "s2", 1)
    assert not ops.can_move(three, "speakers", "nobody", 0)
    assert not ops.can_move(three, "blocks", "nothing", 0)


@pytest.mark.parametrize(
    ("item", "delta", "order"),
    [
        ("a", 1, ["b", "a", "c"]),
        ("a", 2, ["b", "c", "a"]),
        ("a", 5, ["b", "c", "a"]),  # stops at the end
        ("c", -1, ["a", "c", "b"]),
        ("c", -2, ["c", "a", "b"]),
        ("c", -5, ["c", "a", "b"]),  # stops at the start
        ("b", 0, ["a", "b", "c"]),
    ],
)
def test_move_by_moves_exactly_delta_places(
    three: Publication, item: str, delta: int, order: list[str]
) -> None:
    moved = ops.move_by(three, "blocks", item, delta)
    assert [block.id for block in moved.blocks] == order


def _quote(make_data: Any, text: str) -> Any:
    return _pub(make_data, blocks=[{"kind": "quote", "id": "q", "text": text}]).blocks[0]


def test_a_label_of_48_characters_is_whole_and_49_is_cut(make_data: Any) -> None:
    exact = "x" * 48
    assert ops.block_label(_quote(make_data, exact)) == exact
    assert ops.block_label(_quote(make_data, exact + "y")) == "x" * 47 + "…"


def test_a_cut_label_drops_the_space_before_the_ellipsis(make_data: Any) -> None:
    text = "a" * 46 + " bcd"
    assert ops.block_label(_quote(make_data, text)) == "a" * 46 + "…"


def test_an_untitled_section_is_labelled_by_its_first_text(make_data: Any) -> None:
    body = ["*Eerste* woorden " + "z" * 60, "Tweede."]
    pub = _pub(make_data, blocks=[{"kind": "section", "id": "s", "body": body}])
    assert ops.block_label(pub.blocks[0]) == "Eerste woorden " + "z" * 32 + "…"
    assert ops.block_label(pub.blocks[0], limit=15) == "Eerste woorden…"


def test_a_speaker_in_use_is_named_with_where(make_data: Any) -> None:
    pub = _pub(
        make_data,
        speakers=[{"id": "s1", "name": "Anna"}],
        blocks=[
            {"kind": "section", "id": "a", "title": "Alfa", "people": ["s1"]},
            {"kind": "quote", "id": "q", "text": "Zo gaat dat.", "speaker_id": "s1"},
        ],
    )
    with pytest.raises(ops.SpeakerInUseError) as caught:
        ops.delete_speaker(pub, "s1")
    assert str(caught.value) == "speaker 's1' is still named in: Alfa, Zo gaat dat."
    assert caught.value.speaker_id == "s1"
    assert [ref.block_id for ref in caught.value.references] == ["a", "q"]


def test_every_speaker_listed_is_said_in_words(make_data: Any) -> None:
    pub = _pub(make_data, speakers=[{"id": "s1", "name": "Anna"}])
    with pytest.raises(ops.NothingToAddError, match=r"^every speaker is already listed$"):
        ops.new_entry("people", pub, [{"speaker_id": "s1"}])


def test_a_part_inside_a_part_is_refused_in_words(make_data: Any) -> None:
    pub = _pub(
        make_data,
        blocks=[
            {"kind": "part", "id": "p1", "title": "Een"},
            {"kind": "part", "id": "p2", "title": "Twee"},
        ],
    )
    with pytest.raises(ops.CannotNestPartError, match=r"^a part cannot hold a part$"):
        ops.move_into_part(pub, "p2", "p1")
