"""Format upgrades of shapes the fixtures do not hold (:mod:`models.migrations`).

Each test fails if one key, operator or branch of a step is changed (``make mutate``):
a speaker's portrait, comments of every shape, and data that v2 never wrote.
"""

from __future__ import annotations

from typing import Any

from models import migrations
from models.publication import SCHEMA_VERSION

PORTRAIT = {"asset": "assets/" + "a" * 64 + ".png", "alt": "Portret van Ria"}


def test_a_v2_speakers_portrait_gains_a_caption_language() -> None:
    speakers = [
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
