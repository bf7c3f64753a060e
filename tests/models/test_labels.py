"""Where a problem is, in a user's words (models.labels): every kind of step and field, raw
data that does not validate, lists past their end, and the English composition rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models.labels import (
    EXCERPT_CHARS,
    NOWHERE,
    Place,
    Places,
    Step,
    compose,
    excerpt,
    field_words,
    locate,
    place_of,
    place_words,
    step_text,
    step_words,
)
from models.publication import Publication
from models.types import Loc

# ------------------------------------------------------------------- excerpts


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("kort", EXCERPT_CHARS, "kort"),
        ("a" * 30, 30, "a" * 30),  # exactly the limit: whole
        ("a" * 31, 30, "a" * 29 + "…"),  # one word: cut inside it
        ("Een hele lange titel over samenwerken in de regio", 30, "Een hele lange titel over…"),
        ("Een twee drie vier vijf zes", 10, "Een twee…"),
        ("Een twee drie vier", 9, "Een twee…"),  # the cut falls on a space
        ("De kracht van, samenwerking en meer", 16, "De kracht van…"),  # no ", …"
        ("abcd efgh", 5, "abcd…"),
        # A word boundary before half the limit would leave too little: cut the word.
        ("ab cdefghijklmnopqrstuvwxyz0123456789", 30, "ab cdefghijklmnopqrstuvwxyz01…"),
        ("  veel\n\nwit   hier  ", 30, "veel wit hier"),
        ("", 30, ""),
        ("Ελληνικά κείμενα με πολλές λέξεις εδώ", 20, "Ελληνικά κείμενα με…"),
    ],
)
def test_excerpt(text: str, limit: int, expected: str) -> None:
    assert excerpt(text, limit) == expected
    assert len(excerpt(text, limit)) <= limit


# ------------------------------------------------------------------- English words


def test_step_words() -> None:
    assert step_words(Step("section", 3, "Welkom")) == "section 3 ‘Welkom’"
    assert step_words(Step("quote", 2, excerpt="Professionals…")) == "quote 2 (‘Professionals…’)"
    assert step_words(Step("heading", 1)) == "sub-heading 1"
    assert step_words(Step("colophon")) == "colophon"
    assert step_words(Step("speaker", None, "Jan")) == "speaker ‘Jan’"
    # A kind this version has no word for is still readable.
    assert step_words(Step("mystery_kind", 2)) == "mystery kind 2"
    # A name wins over an excerpt.
    assert step_words(Step("section", 3, "T", "ignored")) == "section 3 ‘T’"


def test_places_join_their_steps_and_field() -> None:
    place = Place((Step("part", 1, "Ochtend"), Step("section", 2)), "title")
    assert str(place) == "part 1 ‘Ochtend’, section 2"
    assert step_text(place.steps) == "part 1 ‘Ochtend’, section 2"
    assert place_words(place) == "Part 1 ‘Ochtend’, section 2, title"
    assert str(NOWHERE) == "" and place_words(NOWHERE) == ""
    assert place_words(Place((), "email")) == "E-mail"
    assert place_words(Place((Step("colophon"),), "")) == "Colophon"


def test_field_words() -> None:
    assert field_words("email") == "e-mail"
    assert field_words("speaker_id") == "speaker"
    assert field_words("some_new_field") == "some new field"


def test_locate() -> None:
    assert locate("", "") == ""
    assert locate("section 1", "") == "Section 1"
    assert locate("", "title") == "Title"
    assert locate("colofon", "telefoon") == "Colofon, telefoon"


@pytest.mark.parametrize(
    ("template", "params", "where", "field", "located", "expected"),
    [
        (
            "{field} must not be empty",
            {},
            "section 1",
            "title",
            True,
            "Section 1: title must not be empty",
        ),
        (
            "{place} has no attribution",
            {},
            "quote 2",
            "attribution",
            True,
            "Quote 2 has no attribution",
        ),
        (
            "too long (at most {max})",
            {"max": 5},
            "colophon",
            "phone",
            True,
            "Colophon, phone: too long (at most 5)",
        ),
        ("too long (at most {max})", {"max": 5}, "", "phone", True, "Phone: too long (at most 5)"),
        ("bad", {}, "", "", True, "Bad"),
        ("bad {value}", {"value": "x"}, "section 1", "title", False, "Bad x"),
        ("{field} is wrong", {}, "", "title", True, "Title is wrong"),
        ("{field} is wrong", {}, "", "title", False, "Title is wrong"),
    ],
)
def test_compose(
    template: str,
    params: dict[str, str | int],
    where: str,
    field: str,
    located: bool,
    expected: str,
) -> None:
    assert compose(template, params, where, field, located=located) == expected


# ------------------------------------------------------------------- from a loc to a place


def _pub(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Titel", "publication_date": dt.date(2025, 3, 14)}
    data.update(fields)
    return Publication.model_validate(data)


SECTION_TITLE = "De kracht van samenwerken in de regio Noord"
SECTION = "Section 1 ‘De kracht van samenwerken in…’"

#: Raw data as a file might hold it: partly invalid (an unknown block kind, a bare string
#: among the blocks, a title that is a number), so it is named from the data as it is.
RAW: dict[str, Any] = {
    "title": "T",
    "blocks": [
        {
            "kind": "section",
            "id": "a",
            "title": SECTION_TITLE,
            "people": [{"speaker_id": "s1"}, {"speaker_id": "onbekend"}],
            "body": [
                "Een alinea",
                {"kind": "heading", "text": "Kop"},
                {"kind": "list", "items": [{"text": "i", "items": ["sub"]}]},
                "Tweede",
                {"kind": "figure", "images": [{"asset": "x", "alt": "a"}]},
                {"kind": "table"},
            ],
            "videos": [{"label": "Opname van de ochtend sessie met alle sprekers"}],
            "takeaways": ["k"],
        },
        {
            "kind": "quote",
            "id": "q",
            "text": "**Professionals** zijn de kern van elke organisatie die wil groeien",
            "attribution": "x",
        },
        {"kind": "quote", "id": "q2", "text": ""},
        {"kind": "weird", "title": "Raar"},
        {
            "kind": "part",
            "id": "p",
            "title": "Ochtend",
            "intro": ["x"],
            "blocks": [{"kind": "section", "id": "b", "body": ["Binnen tekst hier"]}],
        },
        "geen blok",
        {"kind": "section", "id": "u", "title": 123},
    ],
    "speakers": [{"id": "s1", "name": "Jan Jansen"}, {"id": "s2"}],
    "colophon": {"credits": [{"role": "Fotografie", "names": ["A", "B"]}], "note": ["n"]},
    "theme": {"logo": {"alt": "x"}},
    "review": {"comments": [{"id": "c", "replies": [{"text": "r"}]}], "history": [{}]},
}

RAW_PLACES: list[tuple[Loc, str]] = [
    ((), ""),
    (("title",), "Title"),
    (("blocks",), "Sections and quotes"),
    (("blocks", 0), SECTION),
    (("blocks", 0, "title"), f"{SECTION}, title"),
    (("blocks", 0, "people", 0, "role"), f"{SECTION}, person ‘Jan Jansen’, role"),
    (("blocks", 0, "people", 1), f"{SECTION}, person 2"),  # an unknown speaker: by number
    (("blocks", 0, "body", 0), f"{SECTION}, paragraph 1"),
    (("blocks", 0, "body", 0, "text"), f"{SECTION}, paragraph 1"),
    (("blocks", 0, "body", 1, "text"), f"{SECTION}, sub-heading 1"),
    (("blocks", 0, "body", 2, "items"), f"{SECTION}, list 1, items"),
    (("blocks", 0, "body", 2, "items", 0, "items"), f"{SECTION}, list 1, item 1, sub-items"),
    (("blocks", 0, "body", 2, "items", 0, "items", 0), f"{SECTION}, list 1, item 1, sub-item 1"),
    (("blocks", 0, "body", 3), f"{SECTION}, paragraph 2"),  # the second paragraph
    (
        ("blocks", 0, "body", 4, "images", 0, "alt"),
        f"{SECTION}, figure 1, image 1, alternative text",
    ),
    (("blocks", 0, "body", 5), f"{SECTION}, block 6"),  # a kind this version does not know
    (("blocks", 0, "body", 9), f"{SECTION}, paragraph 3"),  # past the end: after the two
    (
        ("blocks", 0, "videos", 0, "url"),
        f"{SECTION}, video link 1 ‘Opname van de ochtend sessie…’, web address",
    ),
    (("blocks", 0, "takeaways", 0), f"{SECTION}, takeaway 1"),
    (("blocks", 1, "attribution"), "Quote 1 (‘Professionals zijn de kern…’), attribution"),
    (("blocks", 2, "text"), "Quote 2, text"),  # no text to quote: its number alone
    (("blocks", 3, "title"), "Block 1 ‘Raar’, title"),
    (("blocks", 4, "intro", 0), "Part 1 ‘Ochtend’, introduction, paragraph 1"),
    (
        ("blocks", 4, "blocks", 0, "body", 0),
        "Part 1 ‘Ochtend’, section 1 (‘Binnen tekst hier’), paragraph 1",
    ),
    (("blocks", 5), "Block 1"),
    (("blocks", 6, "title"), "Section 2, title"),  # a title that is no text is not shown
    (("blocks", 20, "title"), "Block 21, title"),
    (("speakers", 0, "name"), "Speaker ‘Jan Jansen’, name"),
    (("speakers", 1, "name"), "Speaker 2, name"),
    (("speakers", 5), "Speaker 6"),
    (("colophon", "credits", 0, "names", 1), "Colophon, credit 1 ‘Fotografie’, name 2"),
    (("colophon", "note", 0), "Colophon, note, paragraph 1"),
    (("colophon", "email"), "Colophon, e-mail"),
    (("theme", "logo", "alt"), "Theme, logo, alternative text"),
    (("review", "comments", 0, "replies", 0, "text"), "Review, comment 1, reply 1, text"),
    (("review", "history", 0), "Review, status change 1"),
    (("key_takeaways", "items", 0), "Key takeaways, takeaway 1"),
    (("key_takeaways", "lead"), "Key takeaways, lead sentence"),
    (("intro", 3), "Introduction, paragraph 4"),  # nothing there: counted as paragraphs
    (("event", "date"), "Event, date"),
    (("unknown_thing", 2, "some_field"), "Unknown thing 3, some field"),
]


@pytest.mark.parametrize(("loc", "words"), RAW_PLACES, ids=[str(loc) for loc, _ in RAW_PLACES])
def test_places_in_raw_data(loc: Loc, words: str) -> None:
    assert place_words(place_of(RAW, loc)) == words


def test_one_places_object_names_every_loc_as_place_of_does() -> None:
    """The shared walk (and its numbering made once) gives the same as asking afresh."""
    places = Places(RAW)
    for loc, words in RAW_PLACES * 2:  # twice: the second time from what was worked out
        assert places.of(loc) == place_of(RAW, loc)
        assert place_words(places.of(loc)) == words


def test_without_a_root_places_are_named_by_number() -> None:
    assert place_words(place_of(None, ("blocks", 2, "title"))) == "Block 3, title"
    assert place_words(place_of(None, ("intro", 1))) == "Introduction, paragraph 2"
    assert place_words(place_of(None, ("speakers", 0, "name"))) == "Speaker 1, name"
    assert place_words(place_of(None, ("colophon", "phone"))) == "Colophon, phone"


def test_blocks_of_a_publication_are_numbered_by_kind() -> None:
    pub = _pub(
        blocks=[
            {"kind": "section", "id": "a", "title": "Welkom"},
            {"kind": "quote", "id": "q", "text": "Eerste *citaat*"},
            {"kind": "section", "id": "b", "body": ["Zonder titel, met tekst"]},
            {"kind": "section", "id": "c"},
            {"kind": "quote", "id": "r", "text": "Tweede citaat"},
            {
                "kind": "part",
                "id": "p",
                "title": "Middag",
                "blocks": [{"kind": "quote", "id": "s", "text": "Binnen"}],
            },
        ]
    )
    assert [place_words(place_of(pub, ("blocks", i))) for i in range(6)] == [
        "Section 1 ‘Welkom’",
        "Quote 1 (‘Eerste citaat’)",
        "Section 2 (‘Zonder titel, met tekst’)",
        "Section 3",  # untitled and empty: nothing to quote
        "Quote 2 (‘Tweede citaat’)",
        "Part 1 ‘Middag’",
    ]
    assert place_words(place_of(pub, ("blocks", 5, "blocks", 0, "attribution"))) == (
        "Part 1 ‘Middag’, quote 1 (‘Binnen’), attribution"
    )


def test_names_and_excerpts_from_other_languages_and_long_names() -> None:
    name = "Prof. dr. Алексан­дра Ωμέγα-Papadopoulou van der Berg-Vermeulen"
    pub = _pub(
        speakers=[{"id": "s", "name": name}],
        blocks=[
            {
                "kind": "quote",
                "id": "q",
                "text": "«Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν»",
            },
            {
                "kind": "section",
                "id": "a",
                "title": "日本語のタイトルはとても長いのでここで切られます。さらに続く文章",
            },
        ],
    )
    # A speaker is named in full: the name identifies them.
    assert place_words(place_of(pub, ("speakers", 0, "role"))) == f"Speaker ‘{name}’, role"
    assert place_words(place_of(pub, ("blocks", 0))) == "Quote 1 (‘«Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ…’)"
    assert place_words(place_of(pub, ("blocks", 1))) == (
        "Section 1 ‘日本語のタイトルはとても長いのでここで切られます。さらに続…’"
    )


def test_people_are_named_by_their_speaker() -> None:
    pub = _pub(
        speakers=[{"id": "s1", "name": "Ann"}, {"id": "s2", "name": "Bert"}],
        blocks=[{"kind": "section", "id": "a", "title": "T", "people": ["s2", "s1"]}],
    )
    assert [place_words(place_of(pub, ("blocks", 0, "people", i))) for i in (0, 1, 2)] == [
        "Section 1 ‘T’, person ‘Bert’",
        "Section 1 ‘T’, person ‘Ann’",
        "Section 1 ‘T’, person 3",
    ]
    # Raw data without a list of speakers: people by number.
    raw = {"speakers": "none", "blocks": [{"kind": "section", "people": [{"speaker_id": "s"}]}]}
    assert place_words(place_of(raw, ("blocks", 0, "people", 0))) == "Section 1, person 1"


def test_places_follow_raw_data_changed_between_questions() -> None:
    """A block whose kind changed since the list was numbered is counted afresh."""
    raw: dict[str, Any] = {
        "blocks": [
            {"kind": "section", "title": "A"},
            {"kind": "quote", "text": "Q"},
            {"kind": "section", "title": "B"},
        ]
    }
    places = Places(raw)
    assert place_words(places.of(("blocks", 0))) == "Section 1 ‘A’"
    raw["blocks"][1] = {"kind": "section", "title": "Nu een sectie"}
    assert place_words(places.of(("blocks", 1))) == "Section 2 ‘Nu een sectie’"


def test_the_approval_of_a_review_is_named() -> None:
    raw = {"review": {"approved": {"who": "", "when": "2025-01-01T10:00:00+00:00"}}}
    assert place_words(place_of(raw, ("review", "approved", "who"))) == "Review, approval, who"
