"""Applying one edit by its ``loc``: reading and replacing at every depth, a model or plain
data as the value, and the errors for a place that does not exist. Each test fails if one
operator or value in :mod:`models.edit` is changed (found by ``make mutate``)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from models import Publication
from models.body import Paragraph
from models.edit import get_at, replace_at
from models.parts import Speaker
from models.publication import Quote, Section


@pytest.fixture
def pub(make_data: Any) -> Publication:
    return Publication.model_validate(
        make_data(
            title="Dag van de regio",
            speakers=[{"id": "spk-a", "name": "Anna"}, {"id": "spk-b", "name": "Bram"}],
            blocks=[
                {
                    "kind": "section",
                    "id": "sec-a",
                    "title": "Alfa",
                    "body": [
                        {"kind": "paragraph", "id": "p-1", "text": "Eén."},
                        {"kind": "paragraph", "id": "p-2", "text": "Twee."},
                    ],
                },
                {"kind": "quote", "id": "quote-b", "text": "Zo is het.", "speaker_id": "spk-b"},
            ],
        )
    )


def test_get_at_walks_names_and_positions(pub: Publication) -> None:
    assert get_at(pub, ()) is pub
    assert get_at(pub, ("title",)) == "Dag van de regio"
    assert get_at(pub, ("speakers", 1, "name")) == "Bram"
    assert get_at(pub, ("blocks", 0, "body", 1, "text")) == "Twee."
    assert get_at(pub, ("blocks", -1)) is pub.blocks[1]


def test_replace_at_one_level_deep(pub: Publication) -> None:
    new = replace_at(pub, ("title",), "Regiodag")
    assert new.title == "Regiodag" and pub.title == "Dag van de regio"
    assert new.blocks == pub.blocks


def test_replace_at_a_deep_place_changes_that_place_only(pub: Publication) -> None:
    new = replace_at(pub, ("blocks", 0, "body", 1, "text"), "Twee en drie.")
    section = new.blocks[0]
    assert isinstance(section, Section)
    assert [block.text for block in section.body] == ["Eén.", "Twee en drie."]  # type: ignore[union-attr]
    assert new.blocks[1] is pub.blocks[1]  # untouched parts are shared, not rebuilt
    assert new.speakers[0] is pub.speakers[0]


def test_a_model_as_the_value_is_taken_as_its_data(pub: Publication) -> None:
    new = replace_at(pub, ("speakers", 0), Speaker(id="spk-a", name="Anneke"))
    assert new.speakers[0].name == "Anneke"
    paragraphs = (Paragraph(id="p-9", text="Negen."), Paragraph(id="p-8", text="Acht."))
    new = replace_at(pub, ("blocks", 0, "body"), paragraphs)
    assert [block.id for block in new.blocks[0].body] == ["p-9", "p-8"]  # type: ignore[union-attr]


def test_an_invalid_model_as_the_value_is_rejected_where_it_was_put(pub: Publication) -> None:
    """A model made without validation (``model_construct``) is validated like plain data."""
    unchecked = Speaker.model_construct(id="spk-a", name="")
    with pytest.raises(ValidationError) as raised:
        replace_at(pub, ("speakers", 0), unchecked)
    assert [error["loc"] for error in raised.value.errors()] == [("speakers", 0, "name")]
    with pytest.raises(ValidationError) as raised:
        replace_at(pub, ("speakers",), [pub.speakers[0], unchecked])
    assert [error["loc"] for error in raised.value.errors()] == [("speakers", 1, "name")]
    quote = Quote.model_construct(id="quote-c", kind="quote", text="", speaker_id=None)
    with pytest.raises(ValidationError) as raised:
        replace_at(pub, ("blocks",), (pub.blocks[0], quote))
    assert [error["loc"][:2] for error in raised.value.errors()] == [("blocks", 1)]


def test_replacing_the_whole_publication_validates_it(pub: Publication, make_data: Any) -> None:
    other = Publication.model_validate(make_data(title="Andere dag"))
    assert replace_at(pub, (), other) == other
    assert replace_at(pub, (), make_data(title="Als data")).title == "Als data"
    with pytest.raises(ValidationError):
        replace_at(pub, (), Publication.model_construct(**{**dict(other), "title": ""}))


def test_an_unknown_name_at_the_end_is_reported_by_validation(pub: Publication) -> None:
    with pytest.raises(ValidationError) as raised:
        replace_at(pub, ("subtitel",), "Ondertitel")
    assert [error["loc"] for error in raised.value.errors()] == [("subtitel",)]
    with pytest.raises(ValidationError) as raised:
        replace_at(pub, ("blocks", 1, "txt"), "Ander citaat")
    assert [error["loc"][-1] for error in raised.value.errors()] == ["txt"]


@pytest.mark.parametrize(
    ("loc", "key"),
    [
        ((0,), (0,)),  # a position in a model
        (("blocks", "title"), ("blocks", "title")),  # a name in a list
        (("blocks", 0, "body", "text"), ("blocks", 0, "body", "text")),
        (("title", 0), ("title", 0)),  # inside a text
        (("onbekend", "veld"), "onbekend"),  # an unknown name on the way
    ],
)
def test_a_place_that_cannot_exist_is_a_key_error(
    pub: Publication, loc: tuple[Any, ...], key: object
) -> None:
    with pytest.raises(KeyError) as raised:
        replace_at(pub, loc, "x")
    assert raised.value.args == (key,)


def test_a_position_past_the_end_is_an_index_error(pub: Publication) -> None:
    with pytest.raises(IndexError):
        replace_at(pub, ("blocks", 2, "title"), "Gamma")
