"""The body editor's edits on plain data: new blocks, moves, and lists edited flat."""

from __future__ import annotations

import pytest

from editor.widgets.body_edits import (
    can_indent,
    can_outdent,
    flat_index,
    flatten,
    indent,
    insert_block,
    insert_item,
    move_block,
    nest,
    new_block,
    new_figure,
    outdent,
    remove_block,
    remove_item,
)
from models.body import ListBlock, Subheading
from models.body import Paragraph as ParagraphModel
from models.publication import Publication

ITEMS = [
    {"text": "Een", "items": ["een-a", "een-b"]},
    {"text": "Twee", "items": []},
    {"text": "Drie", "items": ["drie-a"]},
]


def test_new_blocks_are_valid_and_speak_the_publication_language() -> None:
    paragraph = ParagraphModel.model_validate({**new_block("paragraph", "en"), "id": "p-1"})
    assert paragraph.text == "New paragraph"
    numbered = ListBlock.model_validate({**new_block("list", "nl", ordered=True), "id": "l-1"})
    assert numbered.ordered and numbered.items[0].text == "Nieuw punt"
    heading = Subheading.model_validate({**new_block("heading", "nl"), "id": "h-1"})
    assert heading.text == "Nieuwe tussenkop"
    with pytest.raises(ValueError, match="new_figure"):
        new_block("figure", "nl")


def test_new_blocks_get_fresh_ids_from_the_model() -> None:
    body = [new_block("paragraph", "nl"), new_block("heading", "nl"), new_block("list", "nl")]
    pub = Publication.model_validate(
        {"title": "T", "publication_date": "2024-05-01", "intro": body}
    )
    ids = [block.id for block in pub.intro]
    assert len(set(ids)) == 3
    assert ids[0].startswith("p-") and ids[1].startswith("h-") and ids[2].startswith("list-")


def test_new_figure_is_full_width() -> None:
    image = {"asset": "assets/" + "a" * 64 + ".png", "alt": "Zaal"}
    assert new_figure([image]) == {"kind": "figure", "images": [image], "size": "full"}


def test_blocks_insert_move_and_remove_without_changing_the_input() -> None:
    blocks = ["a", "b", "c"]
    assert insert_block(blocks, 1, "x") == ["a", "x", "b", "c"]
    assert insert_block(blocks, 99, "x") == ["a", "b", "c", "x"]
    assert move_block(blocks, 2, -1) == ["a", "c", "b"]
    assert move_block(blocks, 0, 1) == ["b", "a", "c"]
    assert move_block(blocks, 0, -1) is None
    assert move_block(blocks, 2, 1) is None
    assert remove_block(blocks, 1) == ["a", "c"]
    assert blocks == ["a", "b", "c"]


def test_flatten_and_nest_are_inverse() -> None:
    rows = flatten(ITEMS)
    assert rows == [(0, "Een"), (1, "een-a"), (1, "een-b"), (0, "Twee"), (0, "Drie"), (1, "drie-a")]
    assert nest(rows) == ITEMS


def test_a_leading_sub_item_becomes_an_item() -> None:
    assert nest([(1, "a"), (1, "b")]) == [{"text": "a", "items": ["b"]}]


def test_indent_makes_an_item_a_sub_item_of_the_one_above() -> None:
    rows = flatten(ITEMS)
    assert not can_indent(rows, 0)  # nothing above to go under
    assert not can_indent(rows, 1)  # one level of nesting only
    assert indent(rows, 1) is None
    indented = indent(rows, 3)
    assert indented is not None
    assert nest(indented) == [
        {"text": "Een", "items": ["een-a", "een-b", "Twee"]},
        {"text": "Drie", "items": ["drie-a"]},
    ]


def test_indenting_an_item_takes_its_sub_items_along() -> None:
    rows = indent(flatten(ITEMS), 4)  # "Drie", with "drie-a" below it
    assert rows is not None
    assert nest(rows)[1] == {"text": "Twee", "items": ["Drie", "drie-a"]}


def test_outdent_makes_a_sub_item_an_item_with_the_rest_below_it() -> None:
    rows = flatten(ITEMS)
    assert not can_outdent(rows, 0)
    assert outdent(rows, 0) is None
    outdented = outdent(rows, 1)  # "een-a": "een-b" becomes its sub-item
    assert outdented is not None
    assert nest(outdented)[:2] == [
        {"text": "Een", "items": []},
        {"text": "een-a", "items": ["een-b"]},
    ]


def test_insert_item_keeps_the_level_of_the_row_before() -> None:
    rows = flatten(ITEMS)
    assert insert_item(rows, 1, "nieuw")[2] == (1, "nieuw")
    assert insert_item(rows, 3, "nieuw")[4] == (0, "nieuw")
    assert insert_item([], -1, "eerste") == [(0, "eerste")]


def test_remove_item_keeps_at_least_one_and_promotes_a_leading_sub_item() -> None:
    rows = flatten(ITEMS)
    after = remove_item(rows, 0)
    assert after is not None and after[0] == (0, "een-a")
    assert remove_item([(0, "enige")], 0) is None
    assert remove_item(rows, 99) is None


def test_flat_index_finds_the_row_of_a_problem() -> None:
    assert flat_index(ITEMS, (0, "text")) == 0
    assert flat_index(ITEMS, (0, "items", 1)) == 2
    assert flat_index(ITEMS, (2,)) == 4
    assert flat_index(ITEMS, (2, "items", 0)) == 5
    assert flat_index(ITEMS, ()) is None
    assert flat_index(ITEMS, (7, "text")) is None
