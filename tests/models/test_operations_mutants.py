"""Structure edits (models.operations) pinned where mutation testing found the tests loose:
the prefixes of fresh ids, which id a refusal names, and what stands around a dissolved
part."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from models import Publication
from models import operations as ops
from models.parts import Person, Section


def _pub(make_data: Any, **more: Any) -> Publication:
    return Publication.model_validate(make_data(**more))


def _tree(pub: Publication) -> list[object]:
    return [
        (block.id, [inner.id for inner in block.blocks]) if block.kind == "part" else block.id
        for block in pub.blocks
    ]


@pytest.fixture
def festival(make_data: Any) -> Publication:
    """A Dutch festival report: an opening, a part with an intro, a section and a quote, a
    part without an intro, and a closing section after it."""
    return _pub(
        make_data,
        speakers=[
            {"id": "sara", "name": "Sara de Wit"},
            {"id": "tom", "name": "Tom Bakker"},
            {"id": "uma", "name": "Uma Rao"},
        ],
        blocks=[
            {"kind": "section", "id": "open", "title": "Opening"},
            {
                "kind": "part",
                "id": "dag1",
                "title": "Dag één",
                "intro": ["De eerste dag begon vroeg."],
                "blocks": [
                    {"kind": "section", "id": "s1", "title": "Kaarten", "people": ["sara"]},
                    {"kind": "quote", "id": "q1", "text": "Kaarten *liegen* nooit."},
                ],
            },
            {
                "kind": "part",
                "id": "dag2",
                "title": "Dag twee",
                "blocks": [{"kind": "section", "id": "s2", "title": "Routes"}],
            },
            {"kind": "section", "id": "slot", "title": "Slotwoord"},
        ],
    )


def _fresh(prefix: str, value: str) -> bool:
    return re.fullmatch(re.escape(prefix) + r"-[0-9a-f]{8}", value) is not None


# ---------------------------------------------------------------------------- fresh ids


def test_new_items_get_ids_with_their_kind_s_prefix(festival: Publication) -> None:
    part = ops.add_part(festival)
    assert _fresh("part", part.blocks[-1].id)
    section = ops.add_section(festival)
    assert _fresh("sec", section.blocks[-1].id)
    quote = ops.add_quote(festival)
    assert _fresh("quote", quote.blocks[-1].id)
    speaker = ops.add_speaker(festival)
    assert _fresh("spk", speaker.speakers[-1].id)


def test_a_copy_gets_an_id_with_its_kind_s_prefix(festival: Publication) -> None:
    speakers = ops.duplicate(festival, "speakers", "tom").speakers
    assert [s.name for s in speakers] == ["Sara de Wit", "Tom Bakker", "Tom Bakker", "Uma Rao"]
    assert _fresh("spk", speakers[2].id)
    copied = ops.duplicate(festival, "blocks", "dag1")
    assert _fresh("part", copied.blocks[2].id)
    inner = copied.blocks[2].blocks  # type: ignore[union-attr]
    assert _fresh("sec", inner[0].id) and _fresh("quote", inner[1].id)
    assert _fresh("p", copied.blocks[2].intro[0].id)  # type: ignore[union-attr]


def test_new_body_blocks_get_ids_with_their_kind_s_prefix() -> None:
    assert _fresh("p", ops.new_block("paragraph", "nl")["id"])
    assert _fresh("list", ops.new_block("list", "nl")["id"])
    assert _fresh("h", ops.new_block("heading", "en")["id"])
    assert _fresh("p", ops.new_entry("intro", ops.new_publication(), [])["id"])  # type: ignore[index]


# ---------------------------------------------------------------------------- refusals


def test_dissolving_what_is_no_top_level_part_names_it(festival: Publication) -> None:
    for block_id in ("open", "slot", "s1", "q1"):
        with pytest.raises(KeyError) as caught:
            ops.dissolve_part(festival, block_id)
        assert caught.value.args == (block_id,)


def test_moving_out_of_a_part_what_is_in_none_names_it(festival: Publication) -> None:
    with pytest.raises(KeyError) as caught:
        ops.move_out_of_part(festival, "open")
    assert caught.value.args == ("open",)


# ---------------------------------------------------------------------------- dissolving


def test_a_dissolved_part_leaves_its_neighbours_be(festival: Publication) -> None:
    result = ops.dissolve_part(festival, "dag1")
    intro = result.blocks[1]
    assert isinstance(intro, Section) and _fresh("sec", intro.id)
    assert _tree(result) == ["open", intro.id, "s1", "q1", ("dag2", ["s2"]), "slot"]
    assert _tree(ops.dissolve_part(festival, "dag2")) == [
        "open",
        ("dag1", ["s1", "q1"]),
        "s2",
        "slot",
    ]


# ---------------------------------------------------------------------------- new entries


def test_people_already_named_are_skipped_however_the_form_holds_them(
    festival: Publication,
) -> None:
    """A form holds a person as a dict, a model or a bare id: each counts as named."""
    as_model = Person(speaker_id="sara")
    entry = ops.new_entry("people", festival, [as_model, "tom"])
    assert entry == {"speaker_id": "uma", "role": "speaker"}
    entry = ops.new_entry("people", festival, [{"speaker_id": "tom"}, as_model])
    assert entry == {"speaker_id": "uma", "role": "speaker"}
    assert ops.new_entry("people", festival, ["uma"]) == {"speaker_id": "sara", "role": "speaker"}


def test_a_field_without_new_entries_is_named() -> None:
    with pytest.raises(KeyError) as caught:
        ops.new_entry("title", ops.new_publication(), [])
    assert caught.value.args == ("title",)


# ---------------------------------------------------------------------------- unknown ids


def test_what_is_not_there_is_named_in_the_key_error(festival: Publication) -> None:
    calls: list[tuple[str, Callable[[], object]]] = [
        ("nergens", lambda: ops.part_of(festival, "nergens")),
        ("nergens", lambda: ops.delete_block(festival, "nergens")),
        ("niemand", lambda: ops.add_speaker(festival, "niemand")),
        ("niemand", lambda: ops.duplicate(festival, "speakers", "niemand")),
        ("niemand", lambda: ops.move_to(festival, "speakers", "niemand", 0)),
        ("niemand", lambda: ops.move_by(festival, "speakers", "niemand", 1)),
        ("open", lambda: ops.add_section(festival, into="open")),
        ("slot", lambda: ops.move_block(festival, "s1", "slot", 0)),
    ]
    for name, call in calls:
        with pytest.raises(KeyError) as caught:
            call()
        assert caught.value.args == (name,)


# ---------------------------------------------------------------------------- placing


def test_a_new_speaker_follows_the_one_named_or_ends_the_list(festival: Publication) -> None:
    after_sara = ops.add_speaker(festival, "sara", item_id="spk-x")
    assert [s.id for s in after_sara.speakers] == ["sara", "spk-x", "tom", "uma"]
    after_uma = ops.add_speaker(festival, "uma", item_id="spk-x")
    assert [s.id for s in after_uma.speakers] == ["sara", "tom", "uma", "spk-x"]
    at_end = ops.add_speaker(festival, item_id="spk-x")
    assert [s.id for s in at_end.speakers] == ["sara", "tom", "uma", "spk-x"]
    assert at_end.speaker("spk-x").name == "Nieuwe spreker"


def test_a_row_past_either_end_of_a_part_is_clamped(festival: Publication) -> None:
    first = ops.move_block(festival, "slot", "dag1", -3)
    assert _tree(first)[1] == ("dag1", ["slot", "s1", "q1"])
    last = ops.move_block(festival, "open", "dag1", 99)
    assert _tree(last)[0] == ("dag1", ["s1", "q1", "open"])
    middle = ops.move_block(festival, "s2", "dag1", 1)
    assert _tree(middle)[1:3] == [("dag1", ["s1", "s2", "q1"]), ("dag2", [])]


@pytest.mark.parametrize(
    ("row", "order"),
    [
        (-1, ["tom", "sara", "uma"]),
        (0, ["tom", "sara", "uma"]),
        (1, ["sara", "tom", "uma"]),  # before itself: stays
        (2, ["sara", "tom", "uma"]),  # before the next: stays
        (3, ["sara", "uma", "tom"]),
        (4, ["sara", "uma", "tom"]),
    ],
)
def test_a_speaker_dragged_to_a_row(festival: Publication, row: int, order: list[str]) -> None:
    moved = ops.move_to(festival, "speakers", "tom", row)
    assert [s.id for s in moved.speakers] == order


def test_moving_a_block_out_of_its_part_puts_it_right_after_the_part(
    festival: Publication,
) -> None:
    result = ops.move_out_of_part(festival, "s1")
    assert _tree(result) == ["open", ("dag1", ["q1"]), "s1", ("dag2", ["s2"]), "slot"]


# ---------------------------------------------------------------------------- labels


def test_an_untitled_section_skips_texts_that_show_nothing(make_data: Any) -> None:
    """A link without words shows nothing: the label is taken from the next text."""
    body = ["[](https://example.org)", "Tweede alinea."]
    pub = _pub(make_data, blocks=[{"kind": "section", "id": "s", "body": body}])
    assert ops.block_label(pub.blocks[0]) == "Tweede alinea."


def test_a_titled_section_and_a_part_are_labelled_by_their_title(festival: Publication) -> None:
    assert ops.block_label(festival.block("open")) == "Opening"
    assert ops.block_label(festival.block("dag1")) == "Dag één"
    assert ops.block_label(festival.block("q1")) == "Kaarten liegen nooit."
    assert ops.block_label(festival.block("q1"), limit=8) == "Kaarten…"


def test_a_new_publication_is_dated_today_unless_told() -> None:
    before = dt.date.today()
    pub = ops.new_publication()
    assert before <= pub.publication_date <= dt.date.today()
    assert (pub.language, pub.title) == ("nl", "Nieuwe publicatie")
    told = ops.new_publication("en", dt.date(2021, 6, 30))
    assert (told.publication_date, told.title) == (dt.date(2021, 6, 30), "New publication")
