"""Bylines, attributions and connectors as the forms apply them: pure rules, no window."""

from __future__ import annotations

import pytest

from editor.people import (
    attribution,
    byline_preview,
    composed_byline,
    usual_connector,
    with_byline_mode,
    with_speaker,
)
from models import Publication
from models.edit import replace_at
from models.publication import Quote, Section


def _section(pub: Publication, section_id: str) -> Section:
    block = pub.block(section_id)
    assert isinstance(block, Section)
    return block


def _quote(pub: Publication, quote_id: str) -> Quote:
    block = pub.block(quote_id)
    assert isinstance(block, Quote)
    return block


def test_the_preview_is_what_the_exports_print(day: Publication) -> None:
    assert byline_preview(day, _section(day, "opening")) == (
        "Door Anne de Wit, hoogleraar aan de VU",
    )
    assert byline_preview(day, _section(day, "panel")) == (
        "Moderator: Dirk Jansen, Gemeente Utrecht",
        "Panel: Bram Okafor, wethouder van Amsterdam en Cato Lindqvist-Vandenberghe, "
        "adviseur bij Stichting Lezen & Schrijven",
        "Met dank aan Anne de Wit, hoogleraar aan de VU",
    )
    assert byline_preview(day, _section(day, "ws-a")) == ("Begeleid door Cato",)  # typed
    assert byline_preview(day, _section(day, "slot")) == ()  # hidden
    assert byline_preview(day, _section(day, "welkom")) == ()  # nobody to name
    # a section in English is bylined in English, a comma where the connector is ""
    assert byline_preview(day, _section(day, "ws-b")) == ("By Eva Smit, policy officer, Geo Guild",)


def test_a_typed_byline_starts_from_the_composed_words(day: Publication) -> None:
    opening = _section(day, "opening")
    data = with_byline_mode(day, opening, "custom")
    assert (data["byline"], data["byline_text"]) == (
        "custom",
        "Door Anne de Wit, hoogleraar aan de VU",
    )
    assert data["id"] == "opening" and data["people"] == opening.model_dump()["people"]
    panel = with_byline_mode(day, _section(day, "panel"), "custom")
    assert panel["byline_text"] == composed_byline(day, _section(day, "panel"))
    assert panel["byline_text"].count("; ") == 2  # three roles on one typed line
    replaced = replace_at(day, ("blocks", 1, "blocks", 0), data)  # valid as it is
    assert _section(replaced, "opening").byline == "custom"


def test_typed_words_are_kept_when_switching(day: Publication) -> None:
    typed = _section(day, "ws-a")
    assert with_byline_mode(day, typed, "auto")["byline_text"] == "Begeleid door Cato"
    back = replace_at(day, ("blocks", 3, "blocks", 0, "byline"), "auto")
    again = with_byline_mode(back, _section(back, "ws-a"), "custom")
    assert again["byline_text"] == "Begeleid door Cato"  # not overwritten by the composed one
    assert with_byline_mode(day, typed, "hidden")["byline"] == "hidden"


def test_a_typed_byline_without_people_stays_empty_to_be_asked_for(day: Publication) -> None:
    data = with_byline_mode(day, _section(day, "welkom"), "custom")
    assert data["byline_text"] == ""


def test_attribution_is_the_byline_without_its_lead_word(day: Publication) -> None:
    assert attribution(day.speaker("anne"), "nl") == "Anne de Wit, hoogleraar aan de VU"
    assert attribution(day.speaker("bram"), "en") == "Bram Okafor, wethouder van Amsterdam"
    assert attribution(day.speaker("dirk"), "nl") == "Dirk Jansen, Gemeente Utrecht"
    assert attribution(day.speaker("eva"), "en") == "Eva Smit, policy officer, Geo Guild"
    cato = attribution(day.speaker("cato"), "en")
    assert cato == "Cato Lindqvist-Vandenberghe, adviseur at Stichting Lezen & Schrijven"


def test_picking_a_speaker_fills_an_empty_attribution(day: Publication) -> None:
    quote = replace_at(day, ("blocks", 1, "blocks", 1, "attribution"), "")
    data = with_speaker(quote, _quote(quote, "q-helder"), "bram")
    assert data["speaker_id"] == "bram"
    assert data["attribution"] == "Bram Okafor, wethouder van Amsterdam"


def test_an_attribution_filled_from_a_speaker_follows_the_next_pick(day: Publication) -> None:
    filled = replace_at(
        day,
        ("blocks", 1, "blocks", 1),
        {
            "kind": "quote",
            "id": "q-helder",
            "text": "x",
            "speaker_id": "bram",
            "attribution": "Bram Okafor, wethouder van Amsterdam",
        },
    )
    data = with_speaker(filled, _quote(filled, "q-helder"), "anne")
    assert data["attribution"] == "Anne de Wit, hoogleraar aan de VU"


@pytest.mark.parametrize("speaker_id", ["anne", None])
def test_typed_attributions_are_kept(day: Publication, speaker_id: str | None) -> None:
    data = with_speaker(day, _quote(day, "q-helder"), speaker_id)
    assert data["attribution"] == "deelnemer" and data["speaker_id"] == speaker_id


def test_removing_the_speaker_keeps_the_attribution(day: Publication) -> None:
    filled = replace_at(day, ("blocks", 2, "speaker_id"), "anne")
    filled = replace_at(filled, ("blocks", 2, "attribution"), "Anne de Wit, hoogleraar aan de VU")
    data = with_speaker(filled, _quote(filled, "q-pauze"), None)
    assert data["speaker_id"] is None
    assert data["attribution"] == "Anne de Wit, hoogleraar aan de VU"


def test_an_english_quote_is_attributed_in_english(day: Publication) -> None:
    english = replace_at(day, ("blocks", 2, "language"), "en")
    data = with_speaker(english, _quote(english, "q-pauze"), "cato")
    assert data["attribution"] == (
        "Cato Lindqvist-Vandenberghe, adviseur at Stichting Lezen & Schrijven"
    )


def test_the_usual_connector_follows_the_language() -> None:
    assert (usual_connector("nl"), usual_connector("en")) == ("bij", "at")
