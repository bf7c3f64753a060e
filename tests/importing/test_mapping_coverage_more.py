"""The mapping, bylines and the colophon on shapes the seed does not have: a date line with
an address under it, takeaways under a "Key takeaways" or "Tips" heading, text and a video
after a pull quote, an image that stays outside, a colophon of lists, quotes and pictures
that a later heading ends; bylines that are not bylines, speakers named twice; every kind
of colophon line."""

from __future__ import annotations

import datetime as dt

import pytest

from models.importing import colophon, people
from models.importing.document import (
    BlockQuote,
    Document,
    Heading,
    Item,
    ListBlock,
    Meta,
    Para,
    Picture,
    Span,
    Spans,
)
from models.importing.mapping import Imported, to_project
from models.importing.notes import Note
from models.publication import Quote, Section

TODAY = dt.date(2024, 5, 1)


def _s(text: str, **marks: object) -> Spans:
    return (Span(text, **marks),)  # type: ignore[arg-type]


def _map(*blocks: object, title: str = "Verslag", language: str = "nl") -> Imported:
    return to_project(Document(tuple(blocks), Meta(title=title, language=language)), today=TODAY)  # type: ignore[arg-type]


def _texts(body: tuple[object, ...]) -> list[str]:
    return [block.text for block in body]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ date and takeaways


def test_a_date_line_leaves_the_lines_beside_it_in_the_intro() -> None:
    imported = _map(
        Para(_s("Publicatiedatum: 14 februari 2018\nUtrecht, Jaarbeurs")), Para(_s("Welkom."))
    )
    publication = imported.project.publication
    assert publication.publication_date == dt.date(2018, 2, 14)
    assert _texts(publication.intro) == ["Utrecht, Jaarbeurs", "Welkom."]
    assert imported.notes[0] == Note("date_line", {"text": "Publicatiedatum: 14 februari 2018"})


def test_a_key_takeaways_heading_before_the_first_section_gives_the_key_takeaways() -> None:
    imported = _map(
        Heading(1, _s("Key takeaways")),
        ListBlock(False, (Item(_s("Kort schrijven")), Item(_s("Vaak testen")))),
        Heading(1, _s("Werksessie")),
        Para(_s("Tekst.")),
    )
    publication = imported.project.publication
    assert publication.key_takeaways.items == ("Kort schrijven", "Vaak testen")
    assert Note("key_takeaways_under_heading", {"heading": "Key takeaways", "count": 2}) in (
        imported.notes
    )
    assert [b.title for b in publication.blocks] == ["Werksessie"]  # type: ignore[union-attr]


def test_a_tips_heading_inside_a_section_gives_its_takeaways_and_skips_empty_items() -> None:
    imported = _map(
        Heading(1, _s("Werksessie")),
        Para(_s("Door Jan de Vries, adviseur bij de gemeente Utrecht")),
        Para(_s("Wat we leerden.")),
        Heading(2, _s("Tips")),
        ListBlock(True, (Item(_s("Kort")), Item(_s("   ")), Item(_s("Helder")))),
    )
    section = imported.project.publication.blocks[0]
    assert isinstance(section, Section)
    assert section.takeaways == ("Kort", "Helder")
    assert _texts(section.body) == ["Wat we leerden."]
    assert imported.notes[-1] == Note(
        "takeaways_under_heading", {"count": 2, "heading": "Tips", "section": "Werksessie"}
    )


def test_takeaways_after_a_quote_go_to_a_new_untitled_section() -> None:
    imported = _map(
        Heading(1, _s("Werksessie")),
        Para(_s("Tekst.")),
        BlockQuote((_s("Dit was de beste dag van het jaar voor ons allemaal."),), "Jan"),
        Heading(2, _s("Belangrijkste inzichten")),
        ListBlock(False, (Item(_s("Samen")), Item(_s("Sneller")))),
    )
    blocks = imported.project.publication.blocks
    assert [type(b).__name__ for b in blocks] == ["Section", "Quote", "Section"]
    assert isinstance(blocks[2], Section)
    assert (blocks[2].title, blocks[2].takeaways) == ("", ("Samen", "Sneller"))
    assert imported.notes[-1] == Note(
        "takeaways_under_heading_untitled", {"count": 2, "heading": "Belangrijkste inzichten"}
    )


# ------------------------------------------------------------------ after a quote


def test_text_and_a_video_after_a_quote_continue_in_an_untitled_section() -> None:
    imported = _map(
        Heading(1, _s("Opening")),
        Para(_s("Tekst.")),
        BlockQuote((_s("Dit was de beste dag van het jaar voor ons allemaal."),), "Jan de Vries"),
        Para(_s("Daarna ging het gesprek verder.")),
        Para(_s("Bekijk de opname", href="https://vimeo.com/12345")),
        Para(_s("Het wachtwoord is podium2018.")),
    )
    blocks = imported.project.publication.blocks
    assert isinstance(blocks[1], Quote)
    section = blocks[2]
    assert isinstance(section, Section)
    assert section.title == ""
    assert _texts(section.body) == ["Daarna ging het gesprek verder."]
    assert [(v.label, v.url, v.access_note) for v in section.videos] == [
        ("Bekijk de opname", "https://vimeo.com/12345", "Het wachtwoord is podium2018.")
    ]
    assert Note("video_untitled", {"text": "Bekijk de opname"}) in imported.notes


def test_a_video_link_without_a_label_is_found_by_its_host() -> None:
    imported = _map(
        Heading(1, _s("Opening")),
        Para(_s("Tekst.")),
        Para(_s("De opening", href="https://www.youtube.com/watch?v=abc")),
    )
    section = imported.project.publication.blocks[0]
    assert isinstance(section, Section)
    assert [(v.label, v.url) for v in section.videos] == [
        ("De opening", "https://www.youtube.com/watch?v=abc")
    ]


def test_an_image_that_stays_outside_keeps_its_caption_as_text() -> None:
    imported = _map(
        Para(_s("Welkom.")),
        Picture("Kaart", url="https://example.org/kaart.png", caption="Kaart van de zaal"),
    )
    assert _texts(imported.project.publication.intro) == ["Welkom.", "Kaart van de zaal"]
    assert imported.project.assets == {}


# ------------------------------------------------------------------ the colophon


def test_a_colophon_of_lists_quotes_and_pictures_ends_at_the_next_section() -> None:
    imported = _map(
        Heading(1, _s("Opening")),
        Para(_s("Tekst.")),
        Heading(1, _s("Colofon")),
        Para(_s("Gemeente Utrecht")),
        ListBlock(False, (Item(_s("Tekst: Anna Bakker en Joost Kampen")),)),
        BlockQuote((_s("T 030 123 45 67"),)),
        Para(_s("Bezoek ons op www.utrecht.nl/verslagen")),
        Picture("Logo", url="https://example.org/logo.png", caption="Logo van Utrecht"),
        Heading(1, _s("Bijlage")),
        Para(_s("Na het colofon.")),
    )
    publication = imported.project.publication
    c = publication.colophon
    assert (c.organisation, c.phone, c.website) == ("Gemeente Utrecht", "030 123 45 67", None)
    assert [(credit.role, credit.names) for credit in c.credits] == [
        ("Tekst", ("Anna Bakker", "Joost Kampen"))
    ]
    assert _texts(c.note) == ["Bezoek ons op www.utrecht.nl/verslagen", "Logo van Utrecht"]
    assert [b.title for b in publication.blocks] == ["Opening", "Bijlage"]  # type: ignore[union-attr]


def test_a_website_that_is_no_allowed_link_stays_in_the_colophon_note() -> None:
    imported = _map(
        Heading(1, _s("Colofon")),
        Para(_s("Stichting Podium")),
        Para(_s("http://[podium.nl")),  # an unclosed IPv6 bracket: no address
    )
    c = imported.project.publication.colophon
    assert c.website is None
    assert _texts(c.note) == ["http://\\[podium.nl"]


# ------------------------------------------------------------------ bylines


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n ",
        "Door " + "Jan Jansen en " * 50 + "Piet",  # longer than a byline is
        "Door jan jansen",  # no capital: a sentence
        "Door " + " en ".join(f"Naam{c}" for c in "ABCDEFGHIJKLM") + ", onderzoekers",
        "Door a b c d e f g h i j k l Mulder",
        "Door wethouder de Groot",
    ],
)
def test_lines_that_are_no_byline(text: str) -> None:
    assert people.byline(text, "nl") is None


def test_a_role_before_a_name_with_a_particle() -> None:
    assert people.byline("Door afdelingsmanager Willemijn de Groot", "nl") == [
        (people.Named("Willemijn de Groot", role="afdelingsmanager"), "speaker")
    ]


def test_a_speaker_named_again_fills_in_what_the_first_byline_lacked() -> None:
    registry = people.Registry()
    first = registry.add(people.Named("Jan de Vries"))
    again = registry.add(
        people.Named(
            "jan  de vries",
            honorific="dr.",
            role="adviseur",
            organisation="gemeente Utrecht",
            connector="van",
            note="op afstand",
        )
    )
    assert first == again == "jan-de-vries"
    (speaker,) = registry.speakers
    assert (
        speaker.name,
        speaker.honorific,
        speaker.role,
        speaker.organisation,
        speaker.connector,
        speaker.note,
    ) == ("Jan de Vries", "dr.", "adviseur", "gemeente Utrecht", "van", "op afstand")
    # What the first byline said is kept.
    registry.add(people.Named("Jan de Vries", role="wethouder", organisation="Zeist"))
    assert (registry.speakers[0].role, registry.speakers[0].organisation) == (
        "adviseur",
        "gemeente Utrecht",
    )


def test_two_people_whose_names_make_the_same_id_get_two_ids() -> None:
    registry = people.Registry()
    ids = [
        registry.add(people.Named(name)) for name in ("José García", "Jose Garcia", "JOSÉ-GARCÍA")
    ]
    assert ids == ["jose-garcia", "jose-garcia-2", "jose-garcia-3"]
    assert registry.find("jose  garcia") == "jose-garcia-2"


# ------------------------------------------------------------------ colophon lines


def test_every_kind_of_colophon_line() -> None:
    fields = colophon.parse(
        [
            "Stichting Podium",
            "",
            "Herengracht 1",  # no postcode: not an address the parser knows
            "1015 BA Amsterdam",
            "Postbus 123",
            "info@podium.nl",
            "E: pers@podium.nl",  # a second e-mail: kept in the note
            "+31 20 123 4567",
            "T 020 765 4321",  # a second phone
            "Tekst: Anna Bakker, Joost Kampen & Fatima El Amrani.",
            "Foto's",
            "Sanne Bakker en Piet Jansen",
            "Versie 2.1",
            "Versie:",  # no version after it: kept in the note
        ]
    )
    assert fields.organisation == "Stichting Podium"
    assert fields.visiting_address == "1015 BA Amsterdam"
    assert fields.postal_address == "Postbus 123"
    assert fields.email == "info@podium.nl"
    assert fields.phone == "+31 20 123 4567"
    assert fields.version == "2.1"
    assert fields.credits == [
        ("Tekst", ["Anna Bakker", "Joost Kampen", "Fatima El Amrani"]),
        ("Foto's", ["Sanne Bakker", "Piet Jansen"]),
    ]
    assert fields.rest == ["Herengracht 1", "E: pers@podium.nl", "T 020 765 4321", "Versie:"]
    assert fields.guesses == [Note("colophon_organisation", {"text": "Stichting Podium"})]


def test_version_on_the_line_after_its_label() -> None:
    fields = colophon.parse(["Version", "3 (June 2024)"])
    assert (fields.version, fields.organisation, fields.rest) == ("3 (June 2024)", "", [])


def test_an_email_address_with_a_full_stop_after_it() -> None:
    assert colophon.parse(["Stichting Podium", "info@podium.nl."]).email == "info@podium.nl"
