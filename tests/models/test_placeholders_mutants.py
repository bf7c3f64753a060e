"""Placeholder text and the templates that hold it (models/placeholders.py,
models/templates.py): what counts as a placeholder, where one is found, and how a template
opens."""

from __future__ import annotations

import datetime as dt

import pytest

from models import placeholders
from models.message import translated
from models.publication import Publication
from models.templates import SLUGS, UnknownTemplateError, load_template, template_path

ASSET = "assets/" + "0f" * 32 + ".jpg"


def _publication() -> Publication:
    return Publication.model_validate(
        {
            "title": "‹Titel› en ‹ondertitel›",
            "subtitle": "Gewoon",
            "publication_date": "2030-02-03",
            "speakers": [{"id": "spk-a", "name": "Ann"}, {"id": "spk-b", "name": "‹Naam›"}],
            "blocks": [
                {
                    "kind": "section",
                    "id": "s",
                    "title": "Sectie",
                    "body": [
                        "Geen plaatshouder",
                        {
                            "kind": "figure",
                            "images": [{"asset": ASSET, "alt": "‹Beschrijf de foto›"}],
                        },
                    ],
                    "people": ["spk-b"],
                },
            ],
            "review": {
                "comments": [
                    {
                        "id": "c-1",
                        "anchor": {"kind": "publication"},
                        "author": "‹Redacteur›",
                        "time": "2030-02-03T10:00:00+00:00",
                        "text": "Vul ‹dit› nog in",
                    }
                ]
            },
        }
    )


def test_text_without_the_opening_mark_holds_no_placeholder() -> None:
    assert placeholders.placeholders_in("Gewone tekst › met een sluitteken") == []
    assert placeholders.placeholders_in("") == []
    assert placeholders.placeholders_in("‹open maar nooit dicht") == []


def test_every_placeholder_in_a_text_in_order() -> None:
    assert placeholders.placeholders_in("‹a› en ‹bc› en ‹›") == ["‹a›", "‹bc›"]
    assert placeholders.placeholders_in("‹over\nregels›") == []


def test_each_field_is_reported_once_with_its_first_placeholder_in_document_order() -> None:
    found = placeholders.find(_publication())
    assert found == [
        placeholders.Placeholder(("title",), "‹Titel›"),
        placeholders.Placeholder(
            ("blocks", 0, "body", 1, "images", 0, "alt"), "‹Beschrijf de foto›"
        ),
        placeholders.Placeholder(("speakers", 1, "name"), "‹Naam›"),
    ]


def test_review_comments_are_not_printed_so_hold_no_placeholder() -> None:
    found = placeholders.find(_publication())
    assert all(place.loc[0] != "review" for place in found)


def test_a_publication_without_placeholders_has_none_to_report() -> None:
    pub = Publication.model_validate({"title": "Klaar", "publication_date": "2030-02-03"})
    assert placeholders.find(pub) == []


def test_an_unknown_template_names_the_ones_there_are() -> None:
    with pytest.raises(UnknownTemplateError) as raised:
        template_path("jaarverslag")
    assert raised.value.slug == "jaarverslag"
    assert str(raised.value) == (
        "there is no template 'jaarverslag'; choose one of: "
        "symposiumverslag, congres, webinar, panelgesprek"
    )
    dutch = {
        "there is no template '{name}'; choose one of: {choices}": (
            "er is geen sjabloon ‘{name}’; kies uit: {choices}"
        )
    }
    assert translated(raised.value.args[0], lambda _c, text: dutch.get(text, text)) == (
        "er is geen sjabloon ‘jaarverslag’; kies uit: "
        "symposiumverslag, congres, webinar, panelgesprek"
    )


def test_every_template_lives_in_its_own_resource_folder() -> None:
    folders = [template_path(slug) for slug in SLUGS]
    assert [folder.name for folder in folders] == list(SLUGS)
    assert {folder.parent.name for folder in folders} == {"publication_templates"}


def test_a_template_opened_without_a_date_is_dated_today() -> None:
    before = dt.date.today()
    project = load_template("webinar")
    after = dt.date.today()
    assert before <= project.publication.publication_date <= after
    assert project.publication.event is not None
    assert project.publication.event.date == project.publication.publication_date


def test_a_template_opened_on_a_given_day_carries_that_day() -> None:
    day = dt.date(2029, 11, 30)
    pub = load_template("panelgesprek", day).publication
    assert pub.publication_date == day
    assert pub.event is not None and pub.event.date == day
