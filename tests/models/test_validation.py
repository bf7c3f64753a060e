"""Problems in plain words: every kind of place named as a user sees it, and the messages
the command line prints (the editor words the same keys, see tests/editor/test_problem_text.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from models import Publication, validate
from models.labels import Place, Step, compose, excerpt, field_words, place_of
from models.preflight import MESSAGES as FINDINGS
from models.validation import MESSAGES as PROBLEMS


def publication() -> Publication:
    figure = {
        "kind": "figure",
        "images": [
            {"asset": "assets/" + "0" * 64 + ".png", "alt": "Zaal"},
            {"asset": "assets/" + "1" * 64 + ".png", "alt": "Podium"},
        ],
    }
    listing = {"kind": "list", "items": [{"text": "Een"}, {"text": "Twee", "items": ["a", "b"]}]}
    return Publication.model_validate(
        {
            "title": "Titel",
            "publication_date": "2024-05-01",
            "intro": ["Welkom.", {"kind": "heading", "text": "Kop"}, "Tweede alinea."],
            "key_takeaways": {"lead": "Kort", "items": ["Eén", "Twee"]},
            "speakers": [
                {
                    "id": "an",
                    "name": "An de Vries",
                    "portrait": {"asset": "assets/" + "2" * 64 + ".png", "alt": "An"},
                },
            ],
            "blocks": [
                {"kind": "quote", "id": "q1", "text": "Ruimte *maak* je samen."},
                {
                    "kind": "quote",
                    "id": "q2",
                    "text": "Professionals zijn jarenlang gewend om op te volgen.",
                },
                {
                    "kind": "section",
                    "id": "s1",
                    "title": "De kracht van professionals in het sociaal domein",
                    "people": [{"speaker_id": "an", "role": "speaker"}],
                    "takeaways": ["Eerst", "Dan"],
                    "body": ["Eén.", "Twee.", listing, figure],
                    "videos": [{"label": "Opname", "url": "https://example.org/v"}],
                },
                {
                    "kind": "part",
                    "id": "p1",
                    "title": "Middag",
                    "intro": ["Na de lunch."],
                    "blocks": [
                        {
                            "kind": "section",
                            "id": "s2",
                            "body": ["Welkom bij het middagdeel van vandaag."],
                        },
                    ],
                },
            ],
            "colophon": {
                "email": "info@divosa.nl",
                "credits": [{"role": "Foto's", "names": ["Jan", "Piet"]}],
                "note": ["Met dank."],
            },
            "theme": {"logo": {"asset": "assets/" + "3" * 64 + ".png", "alt": "Logo"}},
        }
    )


PLACES = [
    (("title",), ""),
    (("intro", 2, "text"), "Introduction, paragraph 2"),
    (("intro", 1, "text"), "Introduction, sub-heading 1"),
    (("key_takeaways", "lead"), "Key takeaways, lead sentence"),
    (("key_takeaways", "items", 1), "Key takeaways, takeaway 2"),
    (("speakers", 0, "name"), "Speaker ‘An de Vries’, name"),
    (("speakers", 0, "portrait", "alt"), "Speaker ‘An de Vries’, portrait, alternative text"),
    (("blocks", 1, "attribution"), "Quote 2 (‘Professionals zijn jarenlang…’), attribution"),
    (("blocks", 0, "text"), "Quote 1 (‘Ruimte maak je samen.’), text"),
    (("blocks", 2, "title"), "Section 1 ‘De kracht van professionals…’, title"),
    (
        ("blocks", 2, "people", 0, "role"),
        "Section 1 ‘De kracht van professionals…’, person ‘An de Vries’, role",
    ),
    (("blocks", 2, "takeaways", 1), "Section 1 ‘De kracht van professionals…’, takeaway 2"),
    (("blocks", 2, "body", 1, "text"), "Section 1 ‘De kracht van professionals…’, paragraph 2"),
    (
        ("blocks", 2, "body", 2, "items", 1, "items", 0),
        "Section 1 ‘De kracht van professionals…’, list 1, item 2, sub-item 1",
    ),
    (("blocks", 2, "body", 2, "items"), "Section 1 ‘De kracht van professionals…’, list 1, items"),
    (
        ("blocks", 2, "body", 3, "images", 1, "caption"),
        "Section 1 ‘De kracht van professionals…’, figure 1, image 2, caption",
    ),
    (
        ("blocks", 2, "videos", 0, "url"),
        "Section 1 ‘De kracht van professionals…’, video link 1 ‘Opname’, web address",
    ),
    (("blocks", 3, "title"), "Part 1 ‘Middag’, title"),
    (("blocks", 3, "intro", 0, "text"), "Part 1 ‘Middag’, introduction, paragraph 1"),
    (
        ("blocks", 3, "blocks", 0, "body"),
        "Part 1 ‘Middag’, section 1 (‘Welkom bij het middagdeel van…’), text",
    ),
    (("colophon", "email"), "Colophon, e-mail"),
    (("colophon", "credits", 0, "names", 1), "Colophon, credit 1 ‘Foto's’, name 2"),
    (("colophon", "note", 0, "text"), "Colophon, note, paragraph 1"),
    (("theme", "logo", "alt"), "Theme, logo, alternative text"),
    (("theme", "primary_colour"), "Theme, primary colour"),
    # Past the end (a new entry that did not validate): named by kind and number.
    (
        ("blocks", 2, "videos", 4, "url"),
        "Section 1 ‘De kracht van professionals…’, video link 5, web address",
    ),
    (("blocks", 9, "title"), "Block 10, title"),
]


@pytest.mark.parametrize(("loc", "expected"), PLACES)
def test_every_kind_of_place_is_named_as_the_user_sees_it(
    loc: tuple[str | int, ...], expected: str
) -> None:
    place = place_of(publication(), loc)
    assert compose("x", {}, str(place), field_words(place.field)) == (
        f"{expected}: x" if expected else "Title: x"
    )


def test_a_place_in_raw_data_is_named_too() -> None:
    """A file that does not validate is named from its raw data; a block that is itself
    broken keeps its number and its title or the start of its text."""
    data = {
        "blocks": [{"kind": "section", "title": "Eén"}, {"kind": "quote", "text": "Zo *is* het."}]
    }
    assert str(place_of(data, ("blocks", 1, "text"))) == "quote 1 (‘Zo is het.’)"
    assert str(place_of(data, ("blocks", 0, "id"))) == "section 1 ‘Eén’"
    assert str(place_of(None, ("blocks", 0, "body", 2, "text"))) == "block 1, paragraph 3"


def test_excerpts_are_short_and_end_at_a_word() -> None:
    assert excerpt("Kort") == "Kort"
    assert excerpt("  twee\n regels ") == "twee regels"
    assert excerpt("Professionals zijn jarenlang gewend om op te volgen") == (
        "Professionals zijn jarenlang…"
    )
    assert excerpt("x" * 40) == "x" * 29 + "…"
    assert len(excerpt("woord " * 20)) <= 30


def test_the_places_are_keys_not_english() -> None:
    place = place_of(publication(), ("blocks", 1, "attribution"))
    assert place == Place(
        (Step("quote", 2, excerpt="Professionals zijn jarenlang…"),), "attribution"
    )


def problems(data: dict[str, Any]) -> list[str]:
    found = validate({"title": "Titel", "publication_date": "2024-05-01", **data})[1]
    return [str(problem) for problem in found]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # What a form can cause, enumerated: empty, too long, malformed, missing description.
        ({"title": " "}, "Title must not be empty"),
        ({"title": "x" * 1_000_001}, "Title is too long (at most 1000000 characters)"),
        (
            {"key_takeaways": {"items": [" "]}},
            "Key takeaways, takeaway 1: the text must not be empty",
        ),
        (
            {"colophon": {"email": "x@"}},
            "Colophon: e-mail ‘x@’ is not valid: enter an address such as name@example.org",
        ),
        (
            {"colophon": {"website": "www.divosa.nl"}},
            "Colophon: website ‘www.divosa.nl’ is not valid: enter a web address starting with "
            "http:// or https://",
        ),
        (
            {"theme": {"accent_colour": "rood"}},
            "Theme: accent colour ‘rood’ is not a colour: enter it as #RRGGBB, for example #00557F",
        ),
        (
            {"event": {"name": "Dag", "date": "31-02-2024"}},
            "Event: date is not a valid date: enter it as YYYY-MM-DD",
        ),
        (
            {"publication_date": "2024-05-01T09:00"},
            "Publication date is not a valid date: enter it as YYYY-MM-DD, without a time",
        ),
        (
            {"colophon": {"credits": [{"role": "Foto", "names": []}]}},
            "Colophon, credit 1 ‘Foto’, names: add at least one entry",
        ),
        # (An image without a description is a draft the model takes; the preflight names
        # it: tests/models/test_preflight.py.)
        (
            {"speakers": [{"id": "an", "name": "An", "portrait": {"asset": "a.png", "alt": "A"}}]},
            "Speaker ‘An’, portrait, image file: an image is stored as assets/<SHA-256 of its "
            "bytes>.<png|jpg|jpeg|gif|webp>",
        ),
        (
            {"blocks": [{"kind": "section", "id": "s", "title": "Eén", "byline": "custom"}]},
            "Section 1 ‘Eén’, typed byline: type the byline, or let Podium compose it from the "
            "people",
        ),
        (
            {"blocks": [{"kind": "section", "id": "s", "body": ["Zie [dit](ftp://x)."]}]},
            # The section does not validate, so its text is not quoted: its number says it.
            "Section 1, paragraph 1: link target ‘ftp://x’ is not allowed: use an "
            "http://, https:// or mailto: address",
        ),
        (
            {"blocks": [{"kind": "quote", "id": "q", "text": "Ja.", "speaker_id": "nobody"}]},
            "Quote 1 (‘Ja.’), speaker: there is no speaker with the id ‘nobody’",
        ),
        ({"language": "de"}, "Language: choose one of 'nl' or 'en'"),
    ],
)
def test_validation_messages_in_plain_words(data: dict[str, Any], expected: str) -> None:
    assert problems(data) == [expected]


def test_no_message_of_pydantic_reaches_the_user() -> None:
    found = problems({"blocks": [{"kind": "section", "id": "s", "videos": [{"label": 3}]}]})
    assert found == ["Section 1, video link 1, label: this must be text"]
    assert not any("Input should" in line or "String should" in line for line in found)


def test_message_kinds_are_distinct_and_named_placeholders_only() -> None:
    """The editor has one table for both: a key may not mean two things."""
    assert not set(PROBLEMS) & set(FINDINGS)
    for template in [*PROBLEMS.values(), *FINDINGS.values()]:
        assert "{}" not in template
