"""Plain text into the intermediate (models/importing/text_reader.py): paragraphs by blank
lines, line breaks kept, every bullet and number marker, nesting by indent, continuation
lines, and the paragraph limit at N and N+1."""

from __future__ import annotations

import pytest

from models.importing.document import Item, ListBlock, Para, Span
from models.importing.errors import SourceRefused
from models.importing.text_reader import read_text


def _para(text: str) -> Para:
    return Para((Span(text),))


def _item(text: str, depth: int = 0) -> Item:
    return Item((Span(text),), depth)


def test_blank_lines_separate_paragraphs_and_line_breaks_are_kept() -> None:
    text = "Colofon\n\n  Gemeente Utrecht  \nStadsplateau 1\n \t \nPostbus 16200\n"
    assert read_text(text).blocks == (
        _para("Colofon"),
        _para("Gemeente Utrecht\nStadsplateau 1"),
        _para("Postbus 16200"),
    )


def test_an_empty_or_blank_text_has_no_blocks() -> None:
    assert read_text("").blocks == ()
    assert read_text(" \n\t\n\n  \n").blocks == ()


@pytest.mark.parametrize("marker", ["•", "-", "*", "–", "·", "▪", "◦", "‣", "○", "●"])
def test_every_bullet_marker_makes_an_unordered_list(marker: str) -> None:
    text = f"{marker} eerste punt\n{marker}\ttweede punt"
    assert read_text(text).blocks == (
        ListBlock(False, (_item("eerste punt"), _item("tweede punt"))),
    )


@pytest.mark.parametrize("number", ["1.", "2)", "10.", "999)"])
def test_a_number_of_up_to_three_digits_makes_an_ordered_list(number: str) -> None:
    assert read_text(f"{number} stap een\n{number} stap twee").blocks == (
        ListBlock(True, (_item("stap een"), _item("stap twee"))),
    )


@pytest.mark.parametrize(
    "line",
    ["1000. is a year", "-geen spatie", "1.5 liter", "•", "3 appels", "a) letter"],
)
def test_a_marker_without_its_space_or_a_long_number_is_a_paragraph(line: str) -> None:
    assert read_text(line).blocks == (_para(line),)


def test_paragraph_lines_and_list_lines_in_one_chunk_stay_in_their_order() -> None:
    text = "Drie punten:\n- een\n- twee\nEn verder.\n1. stap"
    assert read_text(text).blocks == (
        _para("Drie punten:"),
        ListBlock(False, (_item("een"), _item("twee"))),
        _para("En verder."),
        ListBlock(True, (_item("stap"),)),
    )


def test_a_list_takes_its_kind_from_its_first_item() -> None:
    assert read_text("1. een\n- twee\n\n- drie\n2. vier").blocks == (
        ListBlock(True, (_item("een"), _item("twee"))),
        ListBlock(False, (_item("drie"), _item("vier"))),
    )


def test_nesting_counts_two_spaces_a_level_from_the_first_item() -> None:
    text = "  - top\n    - sub\n     - sub too\n      - subsub\n- outdented\n        - deep"
    assert read_text(text).blocks == (
        ListBlock(
            False,
            (
                _item("top"),
                _item("sub", 1),
                _item("sub too", 1),
                _item("subsub", 2),
                _item("outdented", 0),
                _item("deep", 3),
            ),
        ),
    )


def test_a_tab_indents_to_the_next_stop_of_four() -> None:
    text = "- top\n\t- one tab\n\t\t- two tabs\n  \t- to the stop"
    assert read_text(text).blocks == (
        ListBlock(
            False,
            (_item("top"), _item("one tab", 2), _item("two tabs", 4), _item("to the stop", 2)),
        ),
    )


def test_an_indented_line_continues_the_item_before_it() -> None:
    text = "- een lang\n  punt dat doorloopt\n\tover regels\n- twee\nNiet ingesprongen."
    assert read_text(text).blocks == (
        ListBlock(False, (_item("een lang punt dat doorloopt over regels"), _item("twee"))),
        _para("Niet ingesprongen."),
    )


def test_an_indented_line_before_any_item_is_a_paragraph_line() -> None:
    assert read_text("  ingesprongen\nregel").blocks == (_para("ingesprongen\nregel"),)


def test_a_continued_nested_item_keeps_its_depth() -> None:
    assert read_text("- a\n  - b\n    vervolg").blocks == (
        ListBlock(False, (_item("a"), _item("b vervolg", 1))),
    )


def test_fifty_thousand_paragraphs_are_read_and_one_more_is_refused() -> None:
    assert len(read_text("p\n\n" * 50_000).blocks) == 50_000
    with pytest.raises(SourceRefused) as caught:
        read_text("p\n\n" * 50_001)
    assert caught.value.reason == "the text has more than 50,000 paragraphs"
