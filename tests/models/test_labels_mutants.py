"""Where a problem is, in a user's words (models/labels.py): raw data from damaged files,
places deep inside parts, lists named at their very end, and excerpts cut at a word."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, SupportsIndex

import pytest

from models.labels import NOWHERE, Places, compose, excerpt, place_of, place_words
from models.publication import Publication
from models.types import Loc

#: A damaged file: a part and a quote whose ids are not ids, so they are named from the
#: data as it is; a section whose body holds a list, a block with a kind that is no text,
#: and a block with no kind at all.
DAMAGED: dict[str, Any] = {
    "blocks": [
        {
            "kind": "part",
            "id": "P!",
            "title": "Middag",
            "blocks": [
                {
                    "kind": "section",
                    "id": "s",
                    "body": [
                        {"kind": "list", "items": [{"text": "a", "items": ["b"]}]},
                        {"kind": 5, "text": "x"},
                        {"text": "zonder soort"},
                    ],
                }
            ],
        },
        {"kind": "quote", "id": "Q Q", "text": "Hallo *wereld* en verder"},
        {"kind": "section", "id": "NO"},
    ],
    "speakers": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}],
}

INNER = "Part 1 ‘Middag’, section 1"

DAMAGED_PLACES: list[tuple[Loc, str]] = [
    (("blocks", 0), "Part 1 ‘Middag’"),
    (("blocks", 1), "Quote 1 (‘Hallo wereld en verder’)"),
    (("blocks", 2), "Section 1"),
    (("blocks", 3), "Block 4"),  # just past the end
    (("blocks", 0, "blocks", 0, "body", 0, "items"), f"{INNER}, list 1, items"),
    (
        ("blocks", 0, "blocks", 0, "body", 0, "items", 0, "items"),
        f"{INNER}, list 1, item 1, sub-items",
    ),
    (("blocks", 0, "blocks", 0, "body", 0, "items", 0, "text"), f"{INNER}, list 1, item 1"),
    (("blocks", 0, "blocks", 0, "body", 1), f"{INNER}, paragraph 1"),  # kind 5 is no kind
    (("blocks", 0, "blocks", 0, "body", 2, "text"), f"{INNER}, paragraph 2"),
    (("blocks", 0, "blocks", 0, "body", 3), f"{INNER}, paragraph 3"),  # just past the end
    (("speakers", 2), "Speaker 3"),  # just past the end
    (("speakers", 1, "name"), "Speaker ‘Bob’, name"),
    (("speakers", 0, "name"), "Speaker ‘Ann’, name"),
]


@pytest.mark.parametrize(
    ("loc", "words"), DAMAGED_PLACES, ids=[str(loc) for loc, _ in DAMAGED_PLACES]
)
def test_places_in_a_damaged_file(loc: Loc, words: str) -> None:
    assert place_words(place_of(DAMAGED, loc)) == words


def test_one_places_object_names_a_damaged_file_as_asking_afresh_does() -> None:
    places = Places(DAMAGED)
    for loc, words in DAMAGED_PLACES * 2:
        assert place_words(places.of(loc)) == words


def test_a_field_a_publication_does_not_have_is_named_by_its_words() -> None:
    pub = Publication.model_validate({"title": "T", "publication_date": "2025-01-02"})
    assert place_words(place_of(pub, ("unknown_field", 0, "sub_field"))) == (
        "Unknown field 1, sub field"
    )
    assert place_words(place_of(pub, ("title", "nested"))) == "Nested"


def test_the_text_of_a_paragraph_deep_in_a_part_is_the_paragraph_itself() -> None:
    pub = Publication.model_validate(
        {
            "title": "T",
            "publication_date": "2025-01-02",
            "blocks": [
                {
                    "kind": "part",
                    "id": "p",
                    "title": "Ochtend",
                    "blocks": [
                        {
                            "kind": "section",
                            "id": "s",
                            "title": "Welkom",
                            "body": [
                                {"kind": "heading", "text": "Kop"},
                                "Alinea",
                                {"kind": "list", "items": [{"text": "een"}, {"text": "twee"}]},
                            ],
                        }
                    ],
                }
            ],
        }
    )
    section = ("blocks", 0, "blocks", 0)
    where = "Part 1 ‘Ochtend’, section 1 ‘Welkom’"
    assert place_words(place_of(pub, (*section, "body", 0, "text"))) == f"{where}, sub-heading 1"
    assert place_words(place_of(pub, (*section, "body", 1, "text"))) == f"{where}, paragraph 1"
    assert place_words(place_of(pub, (*section, "body", 2, "items"))) == f"{where}, list 1, items"
    assert place_words(place_of(pub, (*section, "body", 2, "items", 1, "text"))) == (
        f"{where}, list 1, item 2"
    )
    assert place_words(place_of(pub, (*section, "title"))) == f"{where}, title"


class _CountingList(list[Any]):
    """A list that counts how often it is read through, or a part of it copied out."""

    slices = 0
    walks = 0

    def __getitem__(self, key: SupportsIndex | slice) -> Any:
        if isinstance(key, slice):
            _CountingList.slices += 1
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[Any]:
        _CountingList.walks += 1
        return super().__iter__()


class _CountingDict(dict[str, Any]):
    """Raw data that counts how often a field of it is looked up."""

    lookups = 0

    def get(self, key: str, default: Any = None) -> Any:
        _CountingDict.lookups += 1
        return super().get(key, default)


def test_naming_every_block_of_a_long_list_numbers_the_list_once() -> None:
    """Asked for each of many blocks, the numbering is made once, not a scan per block."""
    kinds = ["section", "quote", "section", "part"] * 25
    blocks = _CountingList({"kind": kind, "title": f"T{i}"} for i, kind in enumerate(kinds))
    places = Places({"blocks": blocks})
    _CountingList.slices = _CountingList.walks = 0
    words = [place_words(places.of(("blocks", index))) for index in range(len(blocks))]
    assert (_CountingList.slices, _CountingList.walks) == (0, 1)
    assert words[:4] == ["Section 1 ‘T0’", "Quote 1 ‘T1’", "Section 2 ‘T2’", "Part 1 ‘T3’"]
    assert words[-4:] == ["Section 49 ‘T96’", "Quote 25 ‘T97’", "Section 50 ‘T98’", "Part 25 ‘T99’"]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("abcde fghijkl", 10, "abcde…"),  # the space at exactly half: a word's end
        ("abcde fghijklm", 11, "abcde…"),  # half of an odd limit rounds down
        ("abcdef ghijklm", 11, "abcdef…"),
        ("ABCDEFGHIX JKLMNOPQRS", 12, "ABCDEFGHIX…"),  # only punctuation is taken off
        ("Ja, nee, misschien wel", 9, "Ja, nee…"),
        # A word end before half the limit is too early: the word is cut instead.
        ("abcdefghijkl mnopqrstuvwxyz0123456789", 30, "abcdefghijkl mnopqrstuvwxyz01…"),
    ],
)
def test_an_excerpt_is_cut_at_a_words_end(text: str, limit: int, expected: str) -> None:
    assert excerpt(text, limit) == expected


def test_the_fields_of_one_block_are_named_from_one_walk_to_it() -> None:
    """Asked for many fields of one block, the way to it is looked up once."""
    root = _CountingDict(blocks=[{"kind": "section", "title": "Welkom", "people": []}])
    places = Places(root)
    fields = ["title", "subtitle", "lead", "body", "videos", "takeaways"]
    _CountingDict.lookups = 0
    words = [place_words(places.of(("blocks", 0, field))) for field in fields]
    assert _CountingDict.lookups == 1
    assert words[0] == "Section 1 ‘Welkom’, title"
    assert words[-1] == "Section 1 ‘Welkom’, takeaways"


@pytest.mark.parametrize(
    ("template", "where", "field", "located", "expected"),
    [
        ("has no text", "section 1", "", True, "Section 1: has no text"),
        ("has no text", "", "", True, "Has no text"),
        ("{field} is empty", "colophon", "phone", True, "Colophon: phone is empty"),
        ("{place} is empty", "colophon", "phone", True, "Colophon is empty"),
        ("{place} is empty", "colophon", "phone", False, "Colophon is empty"),
        ("is empty", "colophon", "phone", False, "Is empty"),
    ],
)
def test_a_problems_line_puts_its_place_in_front_unless_the_text_names_it(
    template: str, where: str, field: str, located: bool, expected: str
) -> None:
    assert compose(template, {}, where, field, located=located) == expected


def test_paragraphs_without_a_kind_are_numbered_with_one_walk_of_the_body() -> None:
    body = _CountingList({"text": f"alinea {i}"} for i in range(40))
    places = Places({"blocks": [{"kind": "section", "title": "S", "body": body}]})
    _CountingList.slices = _CountingList.walks = 0
    words = [place_words(places.of(("blocks", 0, "body", i))) for i in range(40)]
    assert (_CountingList.slices, _CountingList.walks) == (0, 1)
    assert words[0] == "Section 1 ‘S’, paragraph 1"
    assert words[-1] == "Section 1 ‘S’, paragraph 40"


def test_a_block_whose_kind_changed_is_counted_among_its_new_kind() -> None:
    raw: dict[str, Any] = {
        "blocks": [
            {"kind": "section", "title": "A"},
            {"kind": "quote", "text": "Q1"},
            {"kind": "quote", "text": "Q2"},
            {"kind": "section", "title": "B"},
        ]
    }
    places = Places(raw)
    assert place_words(places.of(("blocks", 3))) == "Section 2 ‘B’"
    raw["blocks"][2] = {"kind": "section", "title": "Nu een sectie"}
    assert place_words(places.of(("blocks", 2))) == "Section 2 ‘Nu een sectie’"
    assert place_words(places.of(("blocks", 1))) == "Quote 1 (‘Q1’)"


def test_the_root_itself_is_nowhere() -> None:
    assert place_of(DAMAGED, ()) == NOWHERE
    assert Places(DAMAGED).of(()) == NOWHERE


def test_a_field_of_a_paragraph_in_an_introduction_or_note_names_the_body() -> None:
    raw = {"intro": ["Welkom"], "colophon": {"note": ["Noot"]}}
    assert place_words(place_of(raw, ("intro", 0, "text"))) == "Introduction, paragraph 1"
    assert place_words(place_of(raw, ("colophon", "note", 0, "text"))) == (
        "Colophon, note, paragraph 1"
    )
