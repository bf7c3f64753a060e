"""The publication's parts and body at their edges: page sizes in millimetres, names as
printed, a figure's columns, the custom byline's refusal, the dictionary in the file."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from models import Publication
from models.body import Figure, figure_columns
from models.parts import Section, Speaker, Theme


def publication(**more: Any) -> Publication:
    return Publication.model_validate(
        {"title": "Verslag", "publication_date": "2024-05-01", **more}
    )


# --- the theme's page --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_size", "margins", "page", "edges", "frame"),
    [
        ("A4", "normal", (210.0, 297.0), (30.0, 24.0, 22.0), (150.0, 251.0)),
        ("A4", "narrow", (210.0, 297.0), (20.0, 20.0, 20.0), (170.0, 257.0)),
        ("Letter", "wide", (215.9, 279.4), (38.0, 28.0, 26.0), (139.9, 225.4)),
    ],
)
def test_a_themes_page_margins_and_text_frame_in_millimetres(
    page_size: str,
    margins: str,
    page: tuple[float, float],
    edges: tuple[float, float, float],
    frame: tuple[float, float],
) -> None:
    theme = Theme.model_validate({"page_size": page_size, "margins": margins})
    assert theme.page_mm == page
    assert theme.margins_mm == edges
    assert theme.frame_mm == pytest.approx(frame)


# --- people -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("honorific", "shown"),
    [("", "Jansen"), ("dr.", "dr. Jansen"), ("prof. dr.", "prof. dr. Jansen")],
)
def test_a_speakers_name_is_printed_with_the_honorific_in_front(honorific: str, shown: str) -> None:
    speaker = Speaker(id="jansen", name="Jansen", honorific=honorific)
    assert speaker.display_name == shown


def test_people_given_as_bare_ids_are_speakers_each_listed_once() -> None:
    section = Section.model_validate(
        {
            "id": "s",
            "people": ["an", {"speaker_id": "bo", "role": "moderator"}, "an", "cas"],
        }
    )
    assert [(p.speaker_id, p.role) for p in section.people] == [
        ("an", "speaker"),
        ("bo", "moderator"),
        ("an", "speaker"),
        ("cas", "speaker"),
    ]
    assert section.speaker_ids == ("an", "bo", "cas")


def test_a_custom_byline_without_text_is_refused_at_its_text() -> None:
    with pytest.raises(ValidationError) as error:
        Section.model_validate({"id": "s", "byline": "custom"})
    assert error.value.title == "Section"
    (found,) = error.value.errors()
    assert found["type"] == "missing_byline"
    assert found["loc"] == ("byline_text",)
    assert found["msg"] == "type the byline, or let Podium compose it from the people"
    assert found["input"] == ""


@pytest.mark.parametrize("mode", ["auto", "hidden"])
def test_only_a_custom_byline_needs_text(mode: str) -> None:
    assert Section.model_validate({"id": "s", "byline": mode}).byline == mode
    typed = Section.model_validate({"id": "s", "byline": "custom", "byline_text": "Redactie"})
    assert typed.byline_text == "Redactie"


# --- figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "columns"), [(1, 1), (2, 2), (3, 3), (4, 2), (5, 3), (6, 3)])
def test_a_figures_images_stand_in_rows_of_one_to_three(count: int, columns: int) -> None:
    assert figure_columns(count) == columns
    image = {"asset": "assets/" + "a" * 64 + ".png", "alt": "Zaal"}
    figure = Figure.model_validate({"id": "f", "images": [image] * count})
    assert figure.columns == columns


# --- body shorthands ----------------------------------------------------------------------------


def test_a_block_without_kind_or_id_is_a_paragraph_with_a_fresh_p_id() -> None:
    pub = publication(intro=[{"text": "Zonder soort."}, "Kaal."])
    first, second = pub.intro
    assert (first.kind, second.kind) == ("paragraph", "paragraph")
    assert first.id.startswith("p-") and second.id.startswith("p-")
    assert len(first.id) == len("p-") + 8 and first.id != second.id


def test_a_block_of_an_unknown_kind_without_an_id_gets_a_b_id_and_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        publication(intro=[{"kind": "video", "text": "x"}])
    (found,) = error.value.errors()
    assert found["input"]["kind"] == "video" and found["input"]["id"].startswith("b-")
    with pytest.raises(ValidationError) as numbered:
        publication(intro=[{"kind": 5, "text": "x"}])
    assert numbered.value.errors()[0]["input"]["id"].startswith("b-")


# --- the file -----------------------------------------------------------------------------------


def test_an_empty_dictionary_is_left_out_of_the_file_and_a_full_one_kept() -> None:
    assert "dictionary" not in publication().model_dump(mode="json")
    full = publication(dictionary=["Divosa", "Podium"]).model_dump(mode="json")
    assert full["dictionary"] == ["Divosa", "Podium"]
    assert full["title"] == "Verslag"


def test_a_block_whose_kind_is_a_list_is_refused_not_crashed() -> None:
    with pytest.raises(ValidationError):
        publication(intro=[{"kind": ["paragraph"], "text": "x"}])


# --- looking up by id ---------------------------------------------------------------------------


def test_a_missing_speaker_or_block_is_a_key_error_naming_the_id() -> None:
    pub = publication(
        speakers=[{"id": "an", "name": "An"}],
        blocks=[{"kind": "part", "id": "deel", "title": "Deel"}],
    )
    assert pub.speaker("an").name == "An" and pub.block("deel").id == "deel"
    with pytest.raises(KeyError) as speaker:
        pub.speaker("bo")
    assert speaker.value.args == ("bo",)
    with pytest.raises(KeyError) as block:
        pub.block("ghost")
    assert block.value.args == ("ghost",)


def test_a_missing_comment_is_a_key_error_naming_the_id() -> None:
    from models.review import Reply, Review, add_reply, set_resolved

    with pytest.raises(KeyError) as looked_up:
        Review().comment("c-1")
    assert looked_up.value.args == ("c-1",)
    reply = Reply.model_validate({"author": "A", "time": "2024-05-01T10:00:00+00:00", "text": "x"})
    with pytest.raises(KeyError) as replied:
        add_reply(Review(), "c-2", reply)
    assert replied.value.args == ("c-2",)
    with pytest.raises(KeyError) as resolved:
        set_resolved(Review(), "c-3", True, "A", reply.time)
    assert resolved.value.args == ("c-3",)
