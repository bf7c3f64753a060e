"""Format upgrades of shapes the fixtures do not hold (:mod:`models.migrations`).

Each test fails if one key, operator or branch of a step is changed (``make mutate``):
a speaker's portrait, comments of every shape, and data that v2 never wrote.
"""

from __future__ import annotations

from typing import Any

from models import migrations
from models.publication import SCHEMA_VERSION

PORTRAIT: dict[str, Any] = {"asset": "assets/" + "a" * 64 + ".png", "alt": "Portret van Ria"}


def test_a_v2_speakers_portrait_gains_a_caption_language() -> None:
    speakers: list[dict[str, Any]] = [
        {"id": "spk-ria", "name": "Ria", "portrait": PORTRAIT},
        {"id": "spk-tom", "name": "Tom"},
    ]
    migrated = migrations.STEPS[2]({"speakers": speakers})["speakers"]
    assert migrated == [
        {
            "id": "spk-ria",
            "name": "Ria",
            "portrait": {**PORTRAIT, "language": None},
            "connector": None,
        },
        {"id": "spk-tom", "name": "Tom", "portrait": None, "connector": None},
    ]
    assert "language" not in speakers[0]["portrait"]  # the input is left alone


def test_a_speaker_that_is_not_an_object_is_passed_on_for_validation() -> None:
    assert migrations.STEPS[2]({"speakers": ["Ria", None]})["speakers"] == ["Ria", None]


def test_comments_of_other_shapes_are_passed_on_unchanged() -> None:
    odd: list[Any] = [
        "a comment as text",
        None,
        {"id": "c1"},
        {"id": "c2", "anchor": None},
        {"id": "c3", "anchor": "section"},
        {"id": "c4", "anchor": {"kind": "part", "field": "images"}},
        {"id": "c5", "anchor": {"field": "speaker_ids"}},
    ]
    migrated = migrations.STEPS[2]({"review": {"comments": odd}})["review"]["comments"]
    assert migrated == odd


def test_a_section_comment_naming_an_odd_field_keeps_it() -> None:
    given = [
        {"id": "c1", "anchor": {"kind": "section", "field": 3}},
        {"id": "c2", "anchor": {"kind": "section"}},
    ]
    migrated = migrations.STEPS[2]({"review": {"comments": given}})["review"]["comments"]
    assert migrated == [
        {"id": "c1", "anchor": {"kind": "section", "field": 3}},
        {"id": "c2", "anchor": {"kind": "section", "field": None}},
    ]


def test_a_current_file_is_returned_as_it_is() -> None:
    data = {"schema_version": SCHEMA_VERSION, "title": "Nu"}
    assert migrations.migrate(data) is data


def test_data_without_a_version_is_taken_as_current() -> None:
    data = {"title": "Zonder versie", "intro": ["geen v2-tekst"]}
    assert migrations.migrate(data) is data


def test_a_v1_file_passes_through_every_step_once() -> None:
    migrated = migrations.migrate({"schema_version": 1, "intro": ["Welkom."], "speakers": []})
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert migrated["review"] == {
        "status": "draft",
        "approved": None,
        "history": [],
        "comments": [],
    }
    assert [block["kind"] for block in migrated["intro"]] == ["paragraph"]
    assert migrated["intro"][0]["text"] == "Welkom."


def test_a_v2_file_is_not_given_v2s_new_fields_again() -> None:
    migrated = migrations.migrate({"schema_version": 2, "speakers": []})
    assert migrated == {"schema_version": 3, "speakers": []}


def test_a_v1_file_that_already_has_a_review_keeps_it() -> None:
    review: dict[str, Any] = {"status": "approved", "approved": None, "history": [], "comments": []}
    assert migrations.STEPS[1]({"review": review})["review"] == review


def test_v1_videos_gain_public_web_unless_they_say_it_and_odd_ones_pass() -> None:
    block = {"videos": [{"url": "a"}, {"url": "b", "public_web": "hide"}, "c"]}
    migrated = migrations.STEPS[1]({"blocks": [block, "odd", {"videos": "d"}]})["blocks"]
    assert migrated == [
        {"videos": [{"url": "a", "public_web": "show"}, {"url": "b", "public_web": "hide"}, "c"]},
        "odd",
        {"videos": "d"},
    ]


def test_intro_entries_that_are_not_text_are_passed_on() -> None:
    intro = ["Welkom.", {"kind": "paragraph", "id": "p-x", "text": "Al blok"}, 3]
    migrated = migrations.STEPS[2]({"intro": intro})["intro"]
    assert migrated == [
        {"kind": "paragraph", "id": "p-e51882d2", "text": "Welkom.", "language": None},
        {"kind": "paragraph", "id": "p-x", "text": "Al blok"},
        3,
    ]


def test_a_block_without_a_kind_or_an_id_is_a_section() -> None:
    block = {"title": "Zonder soort", "body": ["Een."], "images": [PORTRAIT]}
    [migrated] = migrations.STEPS[2]({"blocks": [block]})["blocks"]
    assert migrated == {
        "title": "Zonder soort",
        "byline": "auto",
        "byline_text": "",
        "body": [
            {"kind": "paragraph", "id": "p-06c901ba", "text": "Een.", "language": None},
            {
                "kind": "figure",
                "id": "fig-3f294bca",
                "images": [{**PORTRAIT, "language": None}],
                "size": "full",
            },
        ],
    }


def test_blocks_that_are_not_sections_are_passed_on() -> None:
    quote = {"kind": "quote", "id": "q-1", "body": ["blijft"], "images": []}
    assert migrations.STEPS[2]({"blocks": [quote, "odd"]})["blocks"] == [quote, "odd"]


def test_a_section_without_images_gets_only_paragraphs() -> None:
    block = {"kind": "section", "id": "sec-x", "title": "X", "body": ["Een."]}
    [migrated] = migrations.STEPS[2]({"blocks": [block]})["blocks"]
    assert migrated == {
        "kind": "section",
        "id": "sec-x",
        "title": "X",
        "byline": "auto",
        "byline_text": "",
        "body": [{"kind": "paragraph", "id": "p-93d43ebf", "text": "Een.", "language": None}],
    }


def test_a_sections_figures_are_numbered_after_its_paragraphs() -> None:
    images = [{"asset": PORTRAIT["asset"], "alt": f"Beeld {n}"} for n in range(2)]
    block = {"kind": "section", "id": "sec-x", "body": ["Een."], "images": images}
    body = migrations.STEPS[2]({"blocks": [block]})["blocks"][0]["body"]
    assert [item["id"] for item in body] == ["p-93d43ebf", "fig-1a6a5c7f", "fig-34324c20"]


def test_a_section_keeps_its_other_fields_in_their_order_and_body_comes_last() -> None:
    block = {"kind": "section", "body": [], "id": "sec-x", "speaker_ids": [], "title": "X"}
    [migrated] = migrations.STEPS[2]({"blocks": [block]})["blocks"]
    assert list(migrated) == ["kind", "id", "title", "people", "byline", "byline_text", "body"]
