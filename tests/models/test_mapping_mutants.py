"""The one mapping from an imported document to a publication (models/importing/mapping.py),
on report material of many shapes: Dutch and English symposium reports with a title line or
heading, a date line, an intro and key takeaways, parts and sections, bylines of speakers,
moderators and panels, takeaways, videos with access notes, pull quotes, photos, long
paragraphs and a colophon; and every line the import report says about its guesses."""

from __future__ import annotations

import datetime as dt
import re

import import_builders as builders
import pytest

from models import images
from models.importing import mapping
from models.importing.document import (
    Block,
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
from models.importing.errors import SourceRefused
from models.importing.mapping import Imported, to_project
from models.importing.notes import Note

TODAY = dt.date(2024, 5, 1)
GENERATED = re.compile(r"^[a-z]+-[0-9a-f]{8}$")
YOUTUBE = "https://www.youtube.com/watch?v=r8Xk2"

PHOTO = builders.png((30, 140, 90), (10, 7))


@pytest.fixture(autouse=True)
def _fresh_images() -> None:
    images.clear_caches()


def s(text: str, **marks: object) -> Spans:
    return (Span(text, **marks),)  # type: ignore[arg-type]


def p(text: str, **marks: object) -> Para:
    return Para(s(text, **marks))


def h(level: int, text: str) -> Heading:
    return Heading(level, s(text))


def ul(*texts: str, ordered: bool = False) -> ListBlock:
    return ListBlock(ordered, tuple(Item(s(t)) for t in texts))


def imp(*blocks: Block, title: str = "", language: str = "", **meta: object) -> Imported:
    document = Document(tuple(blocks), Meta(title=title, language=language, **meta))  # type: ignore[arg-type]
    return to_project(document, today=TODAY)


def verslag(*blocks: Block) -> Imported:
    """``blocks`` imported with a title and date given, so neither is guessed from them."""
    return imp(*blocks, title="Verslag", date=TODAY)


def shape(value: object) -> object:
    """``value`` as JSON without the generated ids of paragraphs, sections, parts, quotes."""
    if isinstance(value, dict):
        return {
            k: shape(v)
            for k, v in value.items()
            if not (k == "id" and GENERATED.match(str(v))) and not (k == "language" and v is None)
        }
    if isinstance(value, list):
        return [shape(v) for v in value]
    return value


def dump(imported: Imported) -> dict[str, object]:
    out = imported.project.publication.model_dump(mode="json")
    assert isinstance(out, dict)
    result = shape(out)
    assert isinstance(result, dict)
    return result


def texts(body: object) -> list[str]:
    assert isinstance(body, list)
    return [b["text"] for b in body]


def para(text: str) -> dict[str, object]:
    return {"kind": "paragraph", "text": text}


def section(
    title: str,
    body: list[dict[str, object]] | None = None,
    *,
    people: list[dict[str, str]] | None = None,
    takeaways: list[str] | None = None,
    videos: list[dict[str, str]] | None = None,
) -> dict[str, object]:
    return {
        "kind": "section",
        "title": title,
        "people": people or [],
        "byline": "auto",
        "byline_text": "",
        "takeaways": takeaways or [],
        "body": body or [],
        "videos": [{**v, "public_web": "show"} for v in videos or []],
    }


# ---------------------------------------------------------------------------- a whole report


def test_a_dutch_symposium_report_becomes_parts_sections_and_people() -> None:
    imported = imp(
        p("Dag van de Ruimte 2024"),
        p("Publicatiedatum: 14 maart 2024"),
        p("Het symposium bracht driehonderd mensen samen in de Jaarbeurs."),
        p("Dit neemt u mee:"),
        ul("Wonen is urgent", "Samen bouwen"),
        h(1, "Ochtendprogramma"),
        h(2, "Wonen in de stad"),
        p("Door Fatima El Amrani, wethouder bij de gemeente Utrecht"),
        ul("Meer woningen", "Sneller bouwen"),
        p("Ze opende de dag."),
        p("Bekijk de video", href=YOUTUBE),
        p("Het wachtwoord is ruimte2024"),
        h(2, "Panelgesprek"),
        p("Moderator: Jan de Vries"),
        p("Het panel sprak over ruimte."),
        h(1, "Middagprogramma"),
        h(2, "Werken"),
        p("Door Piet Jansen"),
    )
    out = dump(imported)
    assert out["title"] == "Dag van de Ruimte 2024"
    assert out["publication_date"] == "2024-03-14"
    assert out["language"] == "nl"
    assert out["intro"] == [para("Het symposium bracht driehonderd mensen samen in de Jaarbeurs.")]
    assert out["key_takeaways"] == {
        "lead": "Dit neemt u mee:",
        "items": ["Wonen is urgent", "Samen bouwen"],
    }
    assert out["blocks"] == [
        {
            "kind": "part",
            "title": "Ochtendprogramma",
            "intro": [],
            "blocks": [
                section(
                    "Wonen in de stad",
                    [para("Ze opende de dag.")],
                    people=[{"speaker_id": "fatima-el-amrani", "role": "speaker"}],
                    takeaways=["Meer woningen", "Sneller bouwen"],
                    videos=[
                        {
                            "label": "Bekijk de video",
                            "url": YOUTUBE,
                            "access_note": "Het wachtwoord is ruimte2024",
                        }
                    ],
                ),
                section(
                    "Panelgesprek",
                    [para("Het panel sprak over ruimte.")],
                    people=[{"speaker_id": "jan-de-vries", "role": "moderator"}],
                ),
            ],
        },
        {
            "kind": "part",
            "title": "Middagprogramma",
            "intro": [],
            "blocks": [
                section("Werken", people=[{"speaker_id": "piet-jansen", "role": "speaker"}])
            ],
        },
    ]
    speakers = imported.project.publication.speakers
    assert [(sp.id, sp.name, sp.role, sp.organisation) for sp in speakers] == [
        ("fatima-el-amrani", "Fatima El Amrani", "wethouder", "de gemeente Utrecht"),
        ("jan-de-vries", "Jan de Vries", "", ""),
        ("piet-jansen", "Piet Jansen", "", ""),
    ]
    first = imported.project.publication.blocks[0]
    ids = [b.id for b in first.blocks]  # type: ignore[union-attr]
    assert imported.report == (
        "the first line ‘Dag van de Ruimte 2024’ became the title",
        "‘Publicatiedatum: 14 maart 2024’ became the publication date",
        "the list after the intro's ‘…:’ paragraph became the key takeaways (2 points)",
        "‘Door Fatima El Amrani, wethouder bij de gemeente Utrecht’ became speaker "
        "Fatima El Amrani",
        "the list under the byline became the takeaways of ‘Wonen in de stad’ (2 points)",
        "‘Bekijk de video’ became a video link of ‘Wonen in de stad’",
        "‘Het wachtwoord is ruimte2024’ became the video's access note",
        "‘Moderator: Jan de Vries’ became moderator Jan de Vries",
        "‘Door Piet Jansen’ became speaker Piet Jansen",
    )
    assert imported.places == (
        ("details", None),
        ("details", None),
        ("intro", None),
        ("speaker", "fatima-el-amrani"),
        ("section", ids[0]),
        ("section", ids[0]),
        ("section", ids[0]),
        ("speaker", "jan-de-vries"),
        ("speaker", "piet-jansen"),
    )
    assert imported.project.assets == {}


def test_an_english_report_with_sections_only() -> None:
    imported = imp(
        h(1, "Housing Summit 2023"),
        p("Date: March 3, 2023"),
        p("The summit brought together planners and residents of the city."),
        h(1, "Opening"),
        p("By Dr. Alice Johnson, director at the Housing Institute"),
        p("She opened the day with a question for the audience."),
        h(2, "Questions from the floor"),
        p("Several residents asked about rents."),
        h(1, "Closing panel"),
        p("Panel: Bob Smith and Carol White"),
        p("The panel agreed on one thing."),
    )
    out = dump(imported)
    assert (out["title"], out["publication_date"], out["language"]) == (
        "Housing Summit 2023",
        "2023-03-03",
        "en",
    )
    assert out["intro"] == [para("The summit brought together planners and residents of the city.")]
    assert out["blocks"] == [
        section(
            "Opening",
            [
                para("She opened the day with a question for the audience."),
                {"kind": "heading", "text": "Questions from the floor"},
                para("Several residents asked about rents."),
            ],
            people=[{"speaker_id": "alice-johnson", "role": "speaker"}],
        ),
        section(
            "Closing panel",
            [para("The panel agreed on one thing.")],
            people=[
                {"speaker_id": "bob-smith", "role": "panel"},
                {"speaker_id": "carol-white", "role": "panel"},
            ],
        ),
    ]
    assert imported.report == (
        "the first heading ‘Housing Summit 2023’ became the title",
        "‘Date: March 3, 2023’ became the publication date",
        "‘By Dr. Alice Johnson, director at the Housing Institute’ became speaker Alice Johnson",
        "‘Panel: Bob Smith and Carol White’ became panel member Bob Smith",
        "‘Panel: Bob Smith and Carol White’ became panel member Carol White",
    )


# ---------------------------------------------------------------------------- title


def test_the_title_the_source_gives_is_used_and_the_first_heading_stays_a_section() -> None:
    imported = imp(
        h(1, "Opening"),
        p("Door Jan de Vries"),
        title="  Verslag Dag van de Ruimte  ",
        date=dt.date(2024, 3, 14),
    )
    out = dump(imported)
    assert out["title"] == "Verslag Dag van de Ruimte"
    assert out["publication_date"] == "2024-03-14"
    assert [b["title"] for b in out["blocks"]] == ["Opening"]  # type: ignore[attr-defined]
    assert imported.report == ("‘Door Jan de Vries’ became speaker Jan de Vries",)


def test_a_long_first_heading_is_the_whole_title_and_an_excerpt_in_the_report() -> None:
    title = "Verslag van het landelijke symposium over wonen, werken en ruimte in Nederland 2024"
    imported = imp(h(2, title), p("Welkom."), date=TODAY)
    assert imported.project.publication.title == title
    assert imported.notes == (Note("title_heading", {"text": title[:59] + "…"}),)
    assert imported.places == (("details", None),)


def test_empty_blocks_before_the_first_heading_are_skipped() -> None:
    imported = imp(p("   "), h(1, ""), ListBlock(False, (Item(s(" ")),)), h(1, "Titel"), date=TODAY)
    assert imported.project.publication.title == "Titel"
    assert imported.project.publication.intro == ()


def test_the_first_line_of_the_first_paragraph_is_the_title_and_the_rest_stays() -> None:
    imported = imp(
        p("  Dag van de   Ruimte \nUtrecht, Jaarbeurs\nZaal 3"), p("Welkom."), date=TODAY
    )
    out = dump(imported)
    assert out["title"] == "Dag van de Ruimte"
    assert texts(out["intro"]) == ["Utrecht, Jaarbeurs Zaal 3", "Welkom."]
    assert imported.notes == (Note("title_line", {"text": "Dag van de Ruimte"}),)
    assert imported.places == (("details", None),)


def test_a_first_paragraph_of_only_the_title_line_is_taken_away() -> None:
    imported = imp(p("Dag van de Ruimte\n  "), p("Welkom."), date=TODAY)
    assert imported.project.publication.title == "Dag van de Ruimte"
    assert texts(dump(imported)["intro"]) == ["Welkom."]


@pytest.mark.parametrize(
    ("language", "title"), [("nl", "Nieuwe publicatie"), ("en", "New publication")]
)
def test_a_first_paragraph_that_is_a_sentence_leaves_the_publication_untitled(
    language: str, title: str
) -> None:
    imported = imp(p("Dit is het verslag van de dag."), language=language, date=TODAY)
    out = dump(imported)
    assert out["title"] == title
    assert texts(out["intro"]) == ["Dit is het verslag van de dag."]
    assert imported.report == (f"no title found: the publication is called ‘{title}’ for now",)
    assert imported.places == (("details", None),)


def test_a_document_that_starts_with_a_list_has_no_title() -> None:
    imported = imp(ul("een", "twee"), date=TODAY)
    assert imported.project.publication.title == "Nieuwe publicatie"
    assert imported.notes == (Note("no_title", {"title": "Nieuwe publicatie"}),)


def test_an_empty_document_is_an_untitled_publication_of_today() -> None:
    imported = imp()
    assert imported.project.publication.title == "Nieuwe publicatie"
    assert imported.project.publication.publication_date == TODAY
    assert imported.report == (
        "no title found: the publication is called ‘Nieuwe publicatie’ for now",
        "no date found: the publication date is today (2024-05-01)",
    )
    assert imported.places == (("details", None), ("details", None))


def test_without_a_given_today_the_date_is_todays() -> None:
    before = dt.date.today()
    imported = to_project(Document((p("Tekst."),), Meta(title="Verslag")))
    after = dt.date.today()
    assert imported.project.publication.publication_date in (before, after)


def test_a_title_longer_than_a_field_may_be_is_refused_with_a_message() -> None:
    with pytest.raises(SourceRefused) as caught:
        imp(p("x"), title="t" * 1_000_001, date=TODAY)
    assert str(caught.value) == (
        "the document cannot become a publication "
        "(title: String should have at most 1000000 characters)"
    )


def test_repeats_of_the_title_as_a_page_header_are_dropped_once() -> None:
    imported = imp(
        p("Tekst van de inleiding."),
        p("DAG VAN DE  ruimte"),
        p("Meer tekst."),
        title="Dag van de Ruimte",
        date=TODAY,
    )
    assert texts(dump(imported)["intro"]) == ["Tekst van de inleiding.", "Meer tekst."]
    assert imported.report == (
        "‘Dag van de Ruimte’ repeated the title 1 time (a page header?); kept once, as the title",
    )
    assert imported.places == (None,)


def test_repeats_of_the_title_as_a_page_header_are_dropped_every_time() -> None:
    imported = imp(
        h(1, "Dag van de Ruimte"),
        p("Inleiding."),
        h(3, "Dag van de Ruimte"),
        p("dag van de ruimte"),
        ul("Dag van de Ruimte"),
        date=TODAY,
    )
    out = dump(imported)
    assert out["intro"] == [
        para("Inleiding."),
        {"kind": "list", "ordered": False, "items": [{"text": "Dag van de Ruimte", "items": []}]},
    ]
    assert out["blocks"] == []
    assert imported.notes[1] == Note("title_repeats", {"text": "Dag van de Ruimte", "count": 2})
    assert imported.notes[1].text == (
        "‘Dag van de Ruimte’ repeated the title 2 times (a page header?); kept once, as the title"
    )


# ---------------------------------------------------------------------------- date


def test_a_date_line_among_the_first_six_blocks_gives_the_date() -> None:
    blocks = [p(f"Alinea {n}.") for n in range(5)]
    imported = imp(*blocks, p("Gepubliceerd op 2 oktober 2023"), title="Verslag")
    assert imported.project.publication.publication_date == dt.date(2023, 10, 2)
    assert texts(dump(imported)["intro"]) == [f"Alinea {n}." for n in range(5)]
    assert imported.notes == (Note("date_line", {"text": "Gepubliceerd op 2 oktober 2023"}),)


def test_a_date_line_after_the_first_six_blocks_is_text() -> None:
    blocks = [p(f"Alinea {n}.") for n in range(6)]
    imported = imp(*blocks, p("Datum: 2 oktober 2023"), title="Verslag")
    assert imported.project.publication.publication_date == TODAY
    assert texts(dump(imported)["intro"])[-1] == "Datum: 2 oktober 2023"
    assert imported.notes == (Note("no_date", {"date": "2024-05-01"}),)


def test_a_date_line_in_a_heading_or_list_is_not_read() -> None:
    imported = imp(
        h(2, "Datum: 2 oktober 2023"),
        ul("Datum: 3 oktober 2023"),
        p("Datum: 4 oktober 2023"),
        title="Verslag",
    )
    assert imported.project.publication.publication_date == dt.date(2023, 10, 4)


def test_a_date_line_between_other_lines_leaves_them() -> None:
    imported = imp(
        p("Utrecht, Jaarbeurs\n  Datum: 14-02-2018  \nZaal 3"),
        title="Verslag",
    )
    assert imported.project.publication.publication_date == dt.date(2018, 2, 14)
    assert texts(dump(imported)["intro"]) == ["Utrecht, Jaarbeurs Zaal 3"]
    assert imported.notes == (Note("date_line", {"text": "Datum: 14-02-2018"}),)


def test_a_date_line_that_names_no_date_is_kept_and_the_next_one_read() -> None:
    imported = imp(p("Datum: binnenkort"), p("Date: 5 June 2022"), title="Report")
    assert imported.project.publication.publication_date == dt.date(2022, 6, 5)
    assert texts(dump(imported)["intro"]) == ["Datum: binnenkort"]


def test_only_the_first_date_line_is_read() -> None:
    imported = imp(p("Datum: 1 juni 2022"), p("Datum: 2 juni 2022"), title="Verslag")
    assert imported.project.publication.publication_date == dt.date(2022, 6, 1)
    assert texts(dump(imported)["intro"]) == ["Datum: 2 juni 2022"]


# ---------------------------------------------------------------------------- headings and levels


def titles(out: dict[str, object]) -> list[object]:
    """The parts and sections as (kind, title, [section titles]) for a quick look."""
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    return [
        (b["kind"], b["title"], [c["title"] for c in b["blocks"]])
        if b["kind"] == "part"
        else (b["kind"], b.get("title"))
        for b in blocks
    ]


def test_a_short_line_before_a_byline_is_a_section_title() -> None:
    imported = verslag(
        p("Inleidende tekst."),
        p("Wonen in de stad"),
        p("Door Fatima El Amrani"),
        p("Tekst van de sessie."),
    )
    out = dump(imported)
    assert texts(out["intro"]) == ["Inleidende tekst."]
    assert out["blocks"] == [
        section(
            "Wonen in de stad",
            [para("Tekst van de sessie.")],
            people=[{"speaker_id": "fatima-el-amrani", "role": "speaker"}],
        )
    ]
    assert imported.report == (
        "‘Wonen in de stad’ became a section title (a byline follows)",
        "‘Door Fatima El Amrani’ became speaker Fatima El Amrani",
    )
    assert imported.places == (None, ("speaker", "fatima-el-amrani"))


@pytest.mark.parametrize(
    "blocks",
    [
        (p("Het is een mooie dag."), p("Door Jan de Vries")),  # a sentence
        (p("Door Piet Jansen"), p("Door Jan de Vries")),  # itself a byline
        (p("Wonen in de stad"), ul("Door Jan de Vries")),  # no paragraph after it
        (p("Wonen in de stad"), p("Het is een mooie dag.")),  # no byline after it
        (p("Wonen\nin de stad"), p("Door Jan de Vries")),  # two lines
    ],
)
def test_lines_that_do_not_become_section_titles(blocks: tuple[Block, ...]) -> None:
    imported = verslag(*blocks)
    assert not any(note.kind == "section_title" for note in imported.notes)
    assert dump(imported)["blocks"] == []


def test_a_colophon_line_is_a_colophon_heading() -> None:
    imported = verslag(p("Inleiding."), p("Colofon"), p("Stichting Ruimte"))
    out = dump(imported)
    assert texts(out["intro"]) == ["Inleiding."]
    assert out["publisher"] == "Stichting Ruimte"


def test_one_heading_level_with_bylines_gives_sections() -> None:
    out = dump(
        verslag(h(2, "Eerste sessie"), p("Door Jan de Vries"), h(2, "Tweede sessie"), p("Tekst."))
    )
    assert titles(out) == [("section", "Eerste sessie"), ("section", "Tweede sessie")]


def test_two_heading_levels_with_bylines_on_the_second_give_parts_and_sections() -> None:
    out = dump(
        verslag(
            h(2, "Ochtend"),
            h(3, "Eerste sessie"),
            p("Door Jan de Vries"),
            h(3, "Tweede sessie"),
            p("Tekst."),
            h(2, "Middag"),
            h(3, "Derde sessie"),
        )
    )
    assert titles(out) == [
        ("part", "Ochtend", ["Eerste sessie", "Tweede sessie"]),
        ("part", "Middag", ["Derde sessie"]),
    ]


def test_two_levels_with_bylines_only_on_the_first_give_sections_and_sub_headings() -> None:
    out = dump(
        verslag(
            h(1, "Eerste sessie"),
            p("Door Jan de Vries"),
            h(2, "Vragen uit de zaal"),
            p("Tekst."),
            h(1, "Tweede sessie"),
            p("Door Anna Bakker"),
            h(2, "Nog een tussenkop"),
            p("Door Piet Jansen"),
        )
    )
    assert titles(out) == [("section", "Eerste sessie"), ("section", "Tweede sessie")]
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["body"] == [
        {"kind": "heading", "text": "Vragen uit de zaal"},
        para("Tekst."),
    ]


def test_two_levels_without_bylines_give_sections_and_sub_headings() -> None:
    out = dump(imp(h(1, "Een"), h(2, "Sub"), p("Tekst."), h(1, "Twee"), title="T", date=TODAY))
    assert titles(out) == [("section", "Een"), ("section", "Twee")]


def test_a_third_level_with_bylines_is_not_a_section_level() -> None:
    out = dump(verslag(h(1, "Ochtend"), h(2, "Blok A"), h(3, "Sessie"), p("Door Jan de Vries")))
    assert titles(out) == [("section", "Ochtend")]
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["body"] == [
        {"kind": "heading", "text": "Blok A"},
        {"kind": "heading", "text": "Sessie"},
        para("Door Jan de Vries"),
    ]


def test_the_level_with_more_bylines_carries_the_sections() -> None:
    out = dump(
        verslag(
            h(1, "Ochtend"),
            p("Door Anna Bakker"),
            h(2, "Sessie een"),
            p("Door Jan de Vries"),
            h(2, "Sessie twee"),
            p("Door Piet Jansen"),
        )
    )
    assert titles(out) == [("part", "Ochtend", ["Sessie een", "Sessie twee"])]


def test_equal_bylines_on_two_levels_make_the_first_the_sections() -> None:
    out = dump(
        verslag(h(1, "Ochtend"), p("Door Anna Bakker"), h(2, "Sessie een"), p("Door Jan de Vries"))
    )
    assert titles(out) == [("section", "Ochtend")]


def test_takeaway_and_colophon_headings_do_not_count_as_levels() -> None:
    imported = verslag(
        h(1, "Belangrijkste inzichten"),
        ul("Wonen is urgent"),
        h(2, "Sessie een"),
        p("Door Jan de Vries"),
        h(1, "Colofon"),
        p("Stichting Ruimte"),
        h(1, "Tips"),
        ul("Kom op tijd"),
    )
    out = dump(imported)
    assert titles(out) == [("section", "Sessie een")]
    assert out["key_takeaways"] == {"lead": "", "items": ["Wonen is urgent"]}
    colophon = out["colophon"]
    assert isinstance(colophon, dict)
    assert colophon["organisation"] == "Stichting Ruimte"
    assert texts(colophon["note"]) == ["Tips", "Kom op tijd"]


def test_a_section_title_made_from_a_line_is_no_heading_level() -> None:
    out = dump(verslag(h(1, "Ochtend"), p("Tekst."), p("Sessie een"), p("Door Jan de Vries")))
    assert titles(out) == [("section", "Ochtend"), ("section", "Sessie een")]


def test_a_heading_after_the_colophon_at_the_section_level_ends_it() -> None:
    out = dump(
        verslag(
            h(2, "Sessie een"),
            p("Door Jan de Vries"),
            h(2, "Colofon"),
            p("Stichting Ruimte"),
            h(3, "Adres"),
            h(2, "Nawoord"),
            p("Dank aan iedereen."),
        )
    )
    assert titles(out) == [("section", "Sessie een"), ("section", "Nawoord")]
    colophon = out["colophon"]
    assert isinstance(colophon, dict)
    assert texts(colophon["note"]) == ["Adres"]


def test_a_heading_after_the_colophon_at_the_part_level_ends_it() -> None:
    out = dump(
        verslag(
            h(1, "Ochtend"),
            h(2, "Sessie een"),
            p("Door Jan de Vries"),
            p("Colofon:"),
            p("Stichting Ruimte"),
            h(1, "Middag"),
        )
    )
    assert titles(out) == [("part", "Ochtend", ["Sessie een"]), ("part", "Middag", [])]


def test_a_byline_after_the_colophon_ends_it_with_a_new_section() -> None:
    out = dump(
        verslag(
            h(1, "Sessie een"),
            p("Door Jan de Vries"),
            h(1, "Colofon"),
            p("Stichting Ruimte"),
            p("Nagekomen sessie"),
            p("Door Anna Bakker"),
        )
    )
    assert titles(out) == [("section", "Sessie een"), ("section", "Nagekomen sessie")]


# ---------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "role", "kind", "report"),
    [
        ("Spreker: Daniëlle Çelik", "speaker", "speaker", "speaker"),
        ("Gespreksleider: Daniëlle Çelik", "moderator", "moderator", "moderator"),
        ("Panelleden: Daniëlle Çelik", "panel", "panel_member", "panel member"),
        ("Interview door: Daniëlle Çelik", "interviewer", "interviewer", "interviewer"),
        ("Met dank aan Daniëlle Çelik", "thanks", "thanks", "with thanks to"),
    ],
)
def test_every_role_a_byline_gives_and_its_report_line(
    line: str, role: str, kind: str, report: str
) -> None:
    imported = verslag(h(1, "Sessie"), p(line))
    out = dump(imported)
    assert out["blocks"] == [
        section("Sessie", people=[{"speaker_id": "danielle-celik", "role": role}])
    ]
    assert imported.notes == (Note(kind, {"text": line, "name": "Daniëlle Çelik"}),)
    assert imported.report == (f"‘{line}’ became {report} Daniëlle Çelik",)
    assert imported.places == (("speaker", "danielle-celik"),)


def test_a_byline_over_two_lines_is_reported_on_one() -> None:
    imported = verslag(h(1, "Panelgesprek"), p("Spreker: Jan de Vries\nModerator:   Anna Bakker"))
    assert imported.report == (
        "‘Spreker: Jan de Vries Moderator: Anna Bakker’ became speaker Jan de Vries",
        "‘Spreker: Jan de Vries Moderator: Anna Bakker’ became moderator Anna Bakker",
    )
    assert dump(imported)["blocks"] == [
        section(
            "Panelgesprek",
            people=[
                {"speaker_id": "jan-de-vries", "role": "speaker"},
                {"speaker_id": "anna-bakker", "role": "moderator"},
            ],
        )
    ]


def test_a_speaker_named_in_two_sections_is_one_speaker() -> None:
    imported = verslag(
        h(1, "Sessie een"),
        p("Door Jan de Vries, adviseur bij de gemeente Utrecht"),
        h(1, "Sessie twee"),
        p("Moderator: Jan de Vries"),
    )
    assert [sp.id for sp in imported.project.publication.speakers] == ["jan-de-vries"]
    assert imported.places == (("speaker", "jan-de-vries"), ("speaker", "jan-de-vries"))


@pytest.mark.parametrize(
    "before",
    [
        [p("Eerst wat tekst.")],
        [ul("Een punt")],
    ],
)
def test_a_byline_after_the_sections_text_is_text(before: list[Block]) -> None:
    imported = verslag(h(1, "Sessie"), *before, p("Door Jan de Vries"))
    assert imported.project.publication.speakers == ()
    assert imported.notes == ()


def test_a_byline_after_the_sections_takeaways_is_text() -> None:
    imported = verslag(h(1, "Sessie"), h(2, "Tips"), ul("Kom op tijd"), p("Door Jan de Vries"))
    assert imported.project.publication.speakers == ()
    out = dump(imported)
    assert out["blocks"] == [
        section("Sessie", [para("Door Jan de Vries")], takeaways=["Kom op tijd"])
    ]


def test_a_byline_in_the_intro_is_text() -> None:
    imported = verslag(p("Door Jan de Vries"))
    assert texts(dump(imported)["intro"]) == ["Door Jan de Vries"]
    assert imported.project.publication.speakers == ()


# ---------------------------------------------------------------------------- takeaways


def test_a_list_under_a_byline_is_the_sections_takeaways() -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Door Jan de Vries"),
        ListBlock(True, (Item(s("Kort")), Item(s("  ")), Item(s("Helder")))),
        ul("Tweede lijst"),
        title="Verslag",
        date=TODAY,
    )
    out = dump(imported)
    assert out["blocks"] == [
        section(
            "Sessie",
            [{"kind": "list", "ordered": False, "items": [{"text": "Tweede lijst", "items": []}]}],
            people=[{"speaker_id": "jan-de-vries", "role": "speaker"}],
            takeaways=["Kort", "Helder"],
        )
    ]
    assert imported.notes[1] == Note("takeaways_under_byline", {"count": 2, "section": "Sessie"})


def test_a_takeaways_heading_in_a_section_gives_its_takeaways() -> None:
    imported = imp(
        h(1, "Werksessie wonen"),
        p("Tekst."),
        h(2, "Key takeaways"),
        ul("Build more", "Build faster", "Build together"),
        title="Report",
        date=TODAY,
    )
    out = dump(imported)
    assert out["blocks"] == [
        section(
            "Werksessie wonen",
            [para("Tekst.")],
            takeaways=["Build more", "Build faster", "Build together"],
        )
    ]
    assert imported.report == (
        "the list under ‘Key takeaways’ became the takeaways of ‘Werksessie wonen’ (3 points)",
    )
    section_id = imported.project.publication.blocks[0].id
    assert imported.places == (("section", section_id),)


def test_a_takeaways_heading_in_a_part_gives_an_untitled_section() -> None:
    imported = verslag(
        h(1, "Ochtend"),
        h(2, "Sessie"),
        p("Door Jan de Vries"),
        h(1, "Middag"),
        h(2, "Tips:"),
        ul("Kom op tijd"),
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[1]["blocks"] == [section("", takeaways=["Kom op tijd"])]
    assert imported.notes[-1] == Note(
        "takeaways_under_heading_untitled", {"count": 1, "heading": "Tips:"}
    )
    assert imported.notes[-1].text == (
        "the list under ‘Tips:’ became the takeaways of an untitled section (1 points)"
    )


def test_a_takeaways_heading_before_the_first_section_gives_the_key_takeaways() -> None:
    imported = verslag(p("Inleiding."), h(2, "In het kort"), ul("Wonen", "Werken"), h(1, "Sessie"))
    out = dump(imported)
    assert out["key_takeaways"] == {"lead": "", "items": ["Wonen", "Werken"]}
    assert texts(out["intro"]) == ["Inleiding."]
    assert imported.report == ("the list under ‘In het kort’ became the key takeaways (2 points)",)
    assert imported.places == (("intro", None),)


def test_a_takeaways_heading_without_a_list_is_a_heading() -> None:
    out = dump(verslag(h(1, "Sessie"), h(2, "Tips"), p("Kom op tijd.")))
    assert out["blocks"] == [
        section("Sessie", [{"kind": "heading", "text": "Tips"}, para("Kom op tijd.")])
    ]


def test_a_lead_ending_in_a_colon_and_a_list_give_the_key_takeaways() -> None:
    imported = verslag(
        p("Inleiding."), p("De belangrijkste   punten\nvan de dag:"), ul("Wonen", "Werken")
    )
    out = dump(imported)
    assert out["key_takeaways"] == {
        "lead": "De belangrijkste punten van de dag:",
        "items": ["Wonen", "Werken"],
    }
    assert texts(out["intro"]) == ["Inleiding."]


@pytest.mark.parametrize(
    "blocks",
    [
        (p("Dit neemt u mee."), ul("Wonen")),  # no colon
        (p("Dit neemt u mee:"), p("Wonen")),  # no list
    ],
)
def test_a_lead_needs_a_colon_and_a_list(blocks: tuple[Block, ...]) -> None:
    imported = verslag(*blocks)
    assert dump(imported)["key_takeaways"] == {"lead": "", "items": []}


def test_a_second_lead_and_list_in_the_intro_stay_text() -> None:
    imported = verslag(p("Dit neemt u mee:"), ul("Wonen"), p("En verder:"), ul("Werken"))
    out = dump(imported)
    assert out["key_takeaways"] == {"lead": "Dit neemt u mee:", "items": ["Wonen"]}
    assert out["intro"] == [
        para("En verder:"),
        {"kind": "list", "ordered": False, "items": [{"text": "Werken", "items": []}]},
    ]


def test_a_lead_and_list_after_a_section_stay_in_the_section() -> None:
    out = dump(verslag(h(1, "Sessie"), p("Drie punten:"), ul("een")))
    assert out["key_takeaways"] == {"lead": "", "items": []}
    assert out["blocks"] == [
        section(
            "Sessie",
            [
                para("Drie punten:"),
                {"kind": "list", "ordered": False, "items": [{"text": "een", "items": []}]},
            ],
        )
    ]


def test_a_lead_and_list_in_a_parts_intro_stay_there() -> None:
    out = dump(
        verslag(
            h(1, "Ochtend"), p("Drie punten:"), ul("een"), h(2, "Sessie"), p("Door Jan de Vries")
        )
    )
    assert out["key_takeaways"] == {"lead": "", "items": []}
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["intro"] == [
        para("Drie punten:"),
        {"kind": "list", "ordered": False, "items": [{"text": "een", "items": []}]},
    ]


# ---------------------------------------------------------------------------- videos


def videos(imported: Imported) -> list[object]:
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    return [v for b in blocks for v in b.get("videos", [])]


@pytest.mark.parametrize(
    "href",
    [
        "https://www.youtube.com/watch?v=abc",
        "https://youtu.be/abc",
        "https://youtu.be",
        "http://vimeo.com/12345",
        "https://player.VIMEO.com/video/1",
        "https://www.example.nl/video/opname-2024",
    ],
)
def test_a_paragraph_that_is_only_a_video_link_is_the_sections_video(href: str) -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Tekst."),
        Para((Span(" Opname van de sessie ", href=href),)),
        title="Verslag",
        date=TODAY,
    )
    assert videos(imported) == [
        {"label": "Opname van de sessie", "url": href, "access_note": "", "public_web": "show"}
    ]
    assert imported.report == ("‘Opname van de sessie’ became a video link of ‘Sessie’",)


@pytest.mark.parametrize(
    "spans",
    [
        (Span("Opname", href="https://www.example.nl/opname"),),  # no video host or word
        (Span("Opname", href="mailto:video@example.nl"),),
        (Span("Hier staat de "), Span("opname", href="https://youtu.be/abc")),  # more text
        (Span("Opname"),),
    ],
)
def test_paragraphs_that_are_no_video_links(spans: Spans) -> None:
    imported = verslag(h(1, "Sessie"), p("Tekst."), Para(spans))
    assert videos(imported) == []
    assert imported.notes == ()


def test_a_video_label_without_a_link_is_a_video_too() -> None:
    imported = imp(
        h(1, "Sessie"), p("Tekst."), p("Watch the recording of this session"), title="R", date=TODAY
    )
    assert videos(imported) == [
        {
            "label": "Watch the recording of this session",
            "url": None,
            "access_note": "",
            "public_web": "show",
        }
    ]


def test_a_video_label_of_80_characters_is_a_video_and_of_81_not() -> None:
    label = "Bekijk de video " + "x" * 64
    assert len(label) == 80
    imported = imp(h(1, "Sessie"), p("Tekst."), p(label), p(label + "y"), title="V", date=TODAY)
    assert [v["label"] for v in videos(imported)] == [label]  # type: ignore[index]


def test_a_video_link_in_the_intro_is_text() -> None:
    imported = verslag(p("Bekijk de video", href=YOUTUBE))
    out = dump(imported)
    assert texts(out["intro"]) == [f"[Bekijk de video]({YOUTUBE})"]


def test_a_video_of_an_untitled_section_is_reported_as_such() -> None:
    imported = imp(
        BlockQuote((s("Wonen is een recht en geen product, zei de wethouder."),)),
        p("Na het citaat."),
        p("Bekijk de video", href=YOUTUBE),
        title="Verslag",
        date=TODAY,
    )
    assert imported.report[-1] == "‘Bekijk de video’ became a video link of an untitled section"
    assert videos(imported)[0]["label"] == "Bekijk de video"  # type: ignore[index]


def test_an_access_note_follows_its_video_once() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Bekijk de opname", href="https://vimeo.com/1"),
        p("Het  wachtwoord\nis ruimte2024"),
        p("Het wachtwoord is nog steeds ruimte2024"),
    )
    assert videos(imported) == [
        {
            "label": "Bekijk de opname",
            "url": "https://vimeo.com/1",
            "access_note": "Het wachtwoord is ruimte2024",
            "public_web": "show",
        }
    ]
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert texts(blocks[0]["body"]) == ["Het wachtwoord is nog steeds ruimte2024"]
    section_id = imported.project.publication.blocks[0].id
    assert imported.notes[-1] == Note("access_note", {"text": "Het wachtwoord is ruimte2024"})
    assert imported.places[-1] == ("section", section_id)


def test_an_access_note_after_other_text_is_text() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Bekijk de opname", href="https://vimeo.com/1"),
        p("Tekst."),
        p("Het wachtwoord is ruimte2024"),
    )
    assert videos(imported)[0]["access_note"] == ""  # type: ignore[index]


def test_an_access_note_after_a_new_section_is_text() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Bekijk de opname", href="https://vimeo.com/1"),
        h(1, "Volgende"),
        p("Het wachtwoord is ruimte2024"),
    )
    assert videos(imported)[0]["access_note"] == ""  # type: ignore[index]
    assert not any(note.kind == "access_note" for note in imported.notes)


def test_an_access_note_after_a_quote_is_text() -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Bekijk de opname", href="https://vimeo.com/1"),
        BlockQuote((s("Een citaat dat lang genoeg is om mee te tellen."),), "Jan"),
        p("Het wachtwoord is ruimte2024"),
        title="Verslag",
        date=TODAY,
    )
    assert not any(note.kind == "access_note" for note in imported.notes)


# ---------------------------------------------------------------------------- pull quotes


LONG = "Wonen is geen product maar een grondrecht voor iedereen in deze stad."


def quotes(imported: Imported) -> list[object]:
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    return [(b["text"], b["attribution"], b["speaker_id"]) for b in blocks if b["kind"] == "quote"]


def test_a_quoted_paragraph_and_a_dash_line_are_a_pull_quote() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Door Fatima El Amrani"),
        p(f"“ {LONG} ”"),
        p("— Fatima El Amrani"),
        p("Daarna ging het gesprek verder."),
    )
    assert quotes(imported) == [(LONG, "Fatima El Amrani", "fatima-el-amrani")]
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert [b["kind"] for b in blocks] == ["section", "quote", "section"]
    assert blocks[2] == section("", [para("Daarna ging het gesprek verder.")])
    quote_id = imported.project.publication.blocks[1].id
    assert imported.notes[-1] == Note(
        "quote", {"text": short_text(f"“ {LONG} ”"), "attribution": "Fatima El Amrani"}
    )
    assert imported.notes[-1].text.endswith("’ became a pull quote by ‘Fatima El Amrani’")
    assert imported.places[-1] == ("quote", quote_id)


def short_text(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def test_a_quoted_text_with_marks_characters_is_escaped() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Tekst."),
        p('"Wij bouwen *samen* aan de_stad,   en  niet ieder voor zich alleen."'),
        p("– Jan de Vries"),
        p("Meer."),
    )
    assert quotes(imported) == [
        (
            r"Wij bouwen \*samen\* aan de\_stad, en niet ieder voor zich alleen.",
            "Jan de Vries",
            None,
        )
    ]


def test_an_unquoted_paragraph_and_an_attribution_at_the_end_are_a_pull_quote() -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Tekst."),
        Para(
            (
                Span("Wonen is "),
                Span("geen product", bold=True),
                Span(" maar een recht voor iedereen."),
            )
        ),
        p("deelnemer symposium"),
        h(1, "Volgende sessie"),
        title="Verslag",
        date=TODAY,
    )
    assert quotes(imported) == [
        ("Wonen is **geen product** maar een recht voor iedereen.", "deelnemer symposium", None)
    ]


def test_an_unquoted_paragraph_and_an_attribution_at_the_very_end_are_a_pull_quote() -> None:
    imported = imp(h(1, "Sessie"), p("Tekst."), p(LONG), p("— Jan"), title="V", date=TODAY)
    assert quotes(imported) == [(LONG, "Jan", None)]


def test_an_unquoted_paragraph_and_a_dash_line_with_text_after_are_text() -> None:
    imported = imp(h(1, "Sessie"), p(LONG), p("— Jan"), p("Meer."), title="V", date=TODAY)
    assert quotes(imported) == []


def test_a_quoted_paragraph_and_a_plain_attribution_at_the_end_are_text() -> None:
    imported = imp(h(1, "Sessie"), p(f"“{LONG}”"), p("deelnemer symposium"), title="V", date=TODAY)
    assert quotes(imported) == []


def test_a_pull_quote_needs_more_than_forty_characters() -> None:
    forty = "x" * 40
    imported = imp(h(1, "S"), p(forty), p("— Jan"), title="V", date=TODAY)
    assert quotes(imported) == []
    imported = imp(h(1, "S"), p(forty + "y"), p("— Jan"), title="V", date=TODAY)
    assert quotes(imported) == [(forty + "y", "Jan", None)]


def test_a_paragraph_over_two_lines_and_an_attribution_are_a_pull_quote() -> None:
    imported = imp(
        h(1, "S"),
        p("Wonen is geen product\nmaar een recht voor iedereen."),
        p("— Jan"),
        title="V",
        date=TODAY,
    )
    assert quotes(imported) == [
        ("Wonen is geen product maar een recht voor iedereen.", "Jan", None)
    ]


def test_a_pull_quote_in_a_part_stands_in_the_part() -> None:
    imported = verslag(
        h(1, "Ochtend"),
        h(2, "Sessie"),
        p("Door Jan de Vries"),
        p(f"'{LONG}'"),
        p("— Jan de Vries"),
        p("Verder."),
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert [b["kind"] for b in blocks[0]["blocks"]] == ["section", "quote", "section"]
    assert blocks[0]["blocks"][1]["speaker_id"] == "jan-de-vries"


def test_a_block_quote_is_a_pull_quote_with_its_attribution() -> None:
    imported = imp(
        h(1, "Sessie"),
        BlockQuote(
            (s("Eerste zin."), s("  "), (Span("Tweede ", italic=True), Span("zin."))), "Anna Bakker"
        ),
        BlockQuote((s("  "),), "Alleen een naam"),
        title="Verslag",
        date=TODAY,
    )
    assert quotes(imported) == [
        ("Eerste zin. *Tweede* zin.", "Anna Bakker", None),
        ("Alleen een naam", "Alleen een naam", None),
    ]
    assert imported.notes == ()


def test_an_empty_block_quote_is_dropped() -> None:
    imported = imp(h(1, "Sessie"), BlockQuote((s(" "),)), title="Verslag", date=TODAY)
    assert quotes(imported) == []


# ---------------------------------------------------------------------------- paragraphs


def test_page_buttons_in_the_intro_are_kept_and_reported() -> None:
    imported = verslag(p("Deze publicatie printen"), p("Inleiding."))
    assert texts(dump(imported)["intro"]) == ["Deze publicatie printen", "Inleiding."]
    assert imported.report == (
        "‘Deze publicatie printen’ looks like a web page's buttons; kept in the intro",
    )
    assert imported.places == (("intro", None),)


def test_page_buttons_after_the_first_section_are_text_without_a_word() -> None:
    imported = verslag(h(1, "Sessie"), p("Share"))
    assert imported.notes == ()


def test_a_paragraph_longer_than_half_a_field_is_split_at_spaces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mapping, "_PIECE", 10)
    text = "wie wat_  waar   hoe nu toch ja"
    imported = imp(Para((Span(text, bold=True),)), title="Verslag", date=TODAY)
    assert texts(dump(imported)["intro"]) == [r"wie wat\_", "waar hoe", "nu toch ja"]
    assert imported.report == (
        "a paragraph of 28 characters was split into 3 (its bold, italic and links were dropped)",
    )
    assert imported.places == (None,)


def test_a_paragraph_of_half_a_field_is_one_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mapping, "_PIECE", 10)
    imported = verslag(p("aaaa  bbbbb", italic=True), p("aaaa bbbbbb", italic=True))
    assert texts(dump(imported)["intro"]) == ["*aaaa bbbbb*", "aaaa", "bbbbbb"]
    assert imported.notes == (Note("split_paragraph", {"length": 11, "count": 2}),)


def test_a_long_word_is_cut_where_a_field_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mapping, "_PIECE", 10)
    imported = verslag(p("a" * 10 + " " + "b" * 12))
    assert texts(dump(imported)["intro"]) == ["a" * 10, "b" * 9, "bbb"]
    assert imported.notes == (Note("split_paragraph", {"length": 23, "count": 3}),)


def test_a_paragraph_is_cut_into_pieces_of_half_the_models_limit() -> None:
    assert mapping._PIECE == 500_000


def test_text_the_rich_text_would_misread_is_kept_as_plain_text() -> None:
    imported = imp(
        Para((Span("Sociale huur"), Span("(max. €880)", bold=True), Span(" blijft schaars."))),
        title="Verslag",
        date=TODAY,
    )
    assert texts(dump(imported)["intro"]) == ["Sociale huur(max. €880) blijft schaars."]


def test_an_empty_rich_text_makes_no_paragraph() -> None:
    imported = verslag(p("Tekst."), p("\x00\x01"))
    assert texts(dump(imported)["intro"]) == ["Tekst."]


# ---------------------------------------------------------------------------- lists


def test_a_nested_list_keeps_two_levels_and_reports_deeper_ones() -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Tekst."),
        ListBlock(
            True,
            (
                Item(s("Wonen"), 0),
                Item(s("betaalbaar"), 1),
                Item(s("sociale huur"), 2),
                Item(s(" "), 0),
                Item(s("Werken"), 0),
            ),
        ),
        title="Verslag",
        date=TODAY,
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["body"][1] == {
        "kind": "list",
        "ordered": True,
        "items": [
            {"text": "Wonen", "items": ["betaalbaar", "sociale huur"]},
            {"text": "Werken", "items": []},
        ],
    }
    assert imported.report == ("lists nested deeper than two levels were flattened to two",)
    assert imported.places == (None,)


def test_a_list_two_levels_deep_is_not_reported() -> None:
    imported = imp(
        ListBlock(False, (Item(s("a"), 0), Item(s("b"), 1), Item(s("c"), 1))),
        title="Verslag",
        date=TODAY,
    )
    assert dump(imported)["intro"] == [
        {"kind": "list", "ordered": False, "items": [{"text": "a", "items": ["b", "c"]}]}
    ]
    assert imported.notes == ()


def test_a_list_that_starts_deep_starts_at_the_outer_level() -> None:
    imported = imp(
        ListBlock(False, (Item(s("diep"), 2), Item(s("dieper"), 3))), title="Verslag", date=TODAY
    )
    assert dump(imported)["intro"] == [
        {"kind": "list", "ordered": False, "items": [{"text": "diep", "items": ["dieper"]}]}
    ]
    assert imported.report == ("lists nested deeper than two levels were flattened to two",)


def test_a_list_of_items_without_text_makes_nothing() -> None:
    imported = imp(
        p("Tekst."), ListBlock(False, (Item(s("\x00"), 0),)), title="Verslag", date=TODAY
    )
    assert texts(dump(imported)["intro"]) == ["Tekst."]


# ---------------------------------------------------------------------------- photos


def test_a_photo_becomes_a_figure_where_it_stands_and_its_bytes_an_asset() -> None:
    imported = verslag(
        h(1, "Sessie"),
        p("Tekst."),
        Picture(alt="Het panel op het podium", data=PHOTO, caption="Het panel", name="p.png"),
    )
    prepared = images.prepare(PHOTO)
    (name,) = imported.project.assets
    assert imported.project.assets == {name: prepared.data}
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    figure = blocks[0]["body"][1]
    assert figure["kind"] == "figure"
    assert [(i["asset"], i["alt"], i["caption"]) for i in figure["images"]] == [
        (name, "Het panel op het podium", "Het panel")
    ]
    assert imported.notes == ()


def test_a_photo_in_the_intro_stands_in_the_intro() -> None:
    imported = verslag(Picture(alt="De zaal", data=PHOTO), p("Welkom."))
    intro = dump(imported)["intro"]
    assert isinstance(intro, list)
    assert [b["kind"] for b in intro] == ["figure", "paragraph"]


def test_a_remote_photo_with_a_caption_leaves_its_caption() -> None:
    imported = verslag(
        p("Welkom."),
        Picture(alt="De zaal", url="https://example.org/zaal.jpg", caption="De *volle* zaal"),
        Picture(alt="Het podium", url="https://example.org/podium.jpg"),
    )
    assert texts(dump(imported)["intro"]) == ["Welkom.", r"De \*volle\* zaal"]
    assert imported.report == (
        "image ‘De zaal’ was not fetched (remote: https://example.org/zaal.jpg); add it by hand",
        "image ‘Het podium’ was not fetched (remote: https://example.org/podium.jpg); add it "
        "by hand",
    )
    assert imported.places == (None, None)
    assert imported.project.assets == {}


# ---------------------------------------------------------------------------- where text goes


def test_text_after_a_quote_continues_in_a_new_untitled_section() -> None:
    imported = imp(
        h(1, "Sessie"),
        BlockQuote((s("Een citaat van voldoende lengte."),), "Jan"),
        p("Verder."),
        p("En nog verder."),
        title="Verslag",
        date=TODAY,
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert [b["kind"] for b in blocks] == ["section", "quote", "section"]
    assert blocks[2] == section("", [para("Verder."), para("En nog verder.")])


def test_a_quote_in_the_intro_ends_the_intro() -> None:
    imported = imp(
        p("Inleiding."),
        BlockQuote((s("Een citaat van voldoende lengte."),), "Jan"),
        p("Verder."),
        title="Verslag",
        date=TODAY,
    )
    out = dump(imported)
    assert texts(out["intro"]) == ["Inleiding."]
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert [b["kind"] for b in blocks] == ["quote", "section"]


def test_text_under_a_part_goes_to_its_intro_until_its_first_section() -> None:
    imported = imp(
        h(1, "Ochtend"),
        p("Over de ochtend."),
        h(2, "Sessie"),
        p("Door Jan de Vries"),
        h(1, "Middag"),
        BlockQuote((s("Een citaat van voldoende lengte."),), "Jan"),
        p("Na het citaat."),
        title="Verslag",
        date=TODAY,
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["intro"] == [para("Over de ochtend.")]
    assert blocks[1]["intro"] == []
    assert [b["kind"] for b in blocks[1]["blocks"]] == ["quote", "section"]
    assert blocks[1]["blocks"][1] == section("", [para("Na het citaat.")])


# ---------------------------------------------------------------------------- colophon


def colophon_of(*blocks: Block) -> tuple[dict[str, object], Imported]:
    imported = imp(h(1, "Sessie"), p("Tekst."), h(1, "Colofon"), *blocks, title="V", date=TODAY)
    colophon = dump(imported)["colophon"]
    assert isinstance(colophon, dict)
    return colophon, imported


def test_a_full_colophon_fills_every_field() -> None:
    colophon, imported = colophon_of(
        p(
            "Stichting Ruimte\nPostbus 12, 3500 AA Utrecht\nT: 030 123 4567\n"
            "E: info@ruimte.nl\nwww.ruimte.nl\nVersie 2.1"
        ),
        ul("Tekst: Anna Bakker", "Foto's: Jan de Vries en Piet Jansen"),
        BlockQuote((s("Met dank aan alle deelnemers"),)),
        Picture(alt="Logo van de stichting", data=PHOTO),
    )
    note = colophon.pop("note")
    assert colophon == {
        "organisation": "Stichting Ruimte",
        "visiting_address": "",
        "postal_address": "Postbus 12, 3500 AA Utrecht",
        "phone": "030 123 4567",
        "email": "info@ruimte.nl",
        "website": "https://www.ruimte.nl",
        "credits": [
            {"role": "Tekst", "names": ["Anna Bakker"]},
            {"role": "Foto's", "names": ["Jan de Vries", "Piet Jansen"]},
        ],
        "version": "2.1",
    }
    assert isinstance(note, list)
    assert note[0] == para("Met dank aan alle deelnemers")
    assert note[1]["kind"] == "figure"
    assert note[1]["images"][0]["alt"] == "Logo van de stichting"
    assert len(imported.project.assets) == 1
    assert imported.project.publication.publisher == "Stichting Ruimte"
    assert imported.report == (
        "‘Stichting Ruimte’ became the colophon's organisation",
        "the colophon was read: organisation, postal address, phone, email, website, version; "
        "credit lines: 2",
    )
    assert imported.places == (("colophon", None), ("colophon", None))


def test_a_colophon_without_fields_but_with_credits() -> None:
    colophon, imported = colophon_of(h(3, "Tekst"), p("Anna Bakker"))
    assert colophon["credits"] == [{"role": "Tekst", "names": ["Anna Bakker"]}]
    assert colophon["organisation"] == ""
    assert imported.report == ("the colophon was read: no field; credit lines: 1",)
    assert imported.places == (("colophon", None),)


def test_a_colophon_without_fields_keeps_a_website_it_cannot_link_as_text() -> None:
    colophon, imported = colophon_of(p("Website: http://[::1"))
    assert colophon["website"] is None
    assert colophon["note"] == [para(r"http://\[::1")]
    assert imported.report == ("the colophon was read: no field",)


def test_a_colophon_of_an_empty_credit_line_reports_no_credits() -> None:
    colophon, imported = colophon_of(p("Tekst: ."))
    assert colophon["credits"] == []
    assert imported.report == ("the colophon was read: no field",)


def test_a_colophon_with_an_organisation_and_credits() -> None:
    colophon, imported = colophon_of(p("Gemeente Utrecht"), p("Fotografie: Jan"))
    assert colophon["organisation"] == "Gemeente Utrecht"
    assert colophon["email"] is None
    assert imported.report[-1] == "the colophon was read: organisation; credit lines: 1"


def test_a_colophon_of_only_a_photo_is_not_reported_as_read() -> None:
    colophon, imported = colophon_of(Picture(data=PHOTO))
    note = colophon["note"]
    assert isinstance(note, list)
    assert [b["kind"] for b in note] == ["figure"]
    assert imported.report == (
        "an image has no description: marked decorative; describe it if it is not",
    )


def test_a_photo_the_colophon_cannot_hold_leaves_its_caption() -> None:
    colophon, _ = colophon_of(Picture(url="https://example.org/logo.png", caption="Ons logo"))
    assert colophon["note"] == [para("Ons logo")]


def test_without_a_colophon_its_fields_are_empty() -> None:
    out = dump(imp(p("Tekst."), title="V", date=TODAY))
    assert out["publisher"] == ""
    assert out["colophon"] == {
        "organisation": "",
        "visiting_address": "",
        "postal_address": "",
        "phone": "",
        "email": None,
        "website": None,
        "credits": [],
        "version": "",
        "note": [],
    }


def test_the_colophon_heading_ends_the_section_before_it() -> None:
    imported = imp(
        h(1, "Sessie"),
        p("Door Jan de Vries"),
        p("Colophon:"),
        p("Housing Institute"),
        title="Report",
        date=TODAY,
    )
    out = dump(imported)
    assert titles(out) == [("section", "Sessie")]
    assert out["publisher"] == "Housing Institute"


# ---------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("said", "language"), [("nl-NL", "nl"), ("EN-gb", "en"), ("en", "en"), ("NL", "nl")]
)
def test_the_language_the_source_says_is_used(said: str, language: str) -> None:
    imported = imp(p("The and of the is that and"), language=said, title="V", date=TODAY)
    assert imported.project.publication.language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The summit was about the future of the city and its people.", "en"),
        ("Het symposium ging over de toekomst van de stad en haar mensen.", "nl"),
        ("the de", "nl"),  # as many of each: Dutch
        ("Podium Utrecht 2024", "nl"),
        ("THE CITY AND THE PEOPLE ARE THE FUTURE", "en"),
    ],
)
def test_the_language_is_told_by_common_words(text: str, language: str) -> None:
    imported = imp(h(1, text), p(text), language="de", date=TODAY)
    assert imported.project.publication.language == language


def test_every_paragraph_counts_for_the_language_not_only_the_last() -> None:
    text = "The summit was about the future of the city and its people."
    imported = imp(p(text), p(text), p("Tot ziens."), title="V", date=TODAY)
    assert imported.project.publication.language == "en"


def test_list_items_do_not_count_for_the_language() -> None:
    imported = imp(p("de stad"), ul("the city and the people of the town"), title="V", date=TODAY)
    assert imported.project.publication.language == "nl"


def test_only_the_first_200_blocks_count_for_the_language() -> None:
    english = [p("the") for _ in range(200)]
    imported = imp(*english, p("de " * 300), title="V", date=TODAY)
    assert imported.project.publication.language == "en"
    dutch = [p("de") for _ in range(199)]
    imported = imp(*dutch, p("the " * 300), title="V", date=TODAY)
    assert imported.project.publication.language == "en"


def test_counting_stops_after_two_thousand_words() -> None:
    imported = imp(p("de " * 2001), p("the " * 3000), title="V", date=TODAY)
    assert imported.project.publication.language == "nl"
    imported = imp(p("de " * 2000), p("the " * 3000), title="V", date=TODAY)
    assert imported.project.publication.language == "en"


def test_the_language_decides_how_a_byline_is_read() -> None:
    imported = imp(
        h(1, "Sessie"), p("Door Jan de Vries, adviseur van de gemeente"), title="V", date=TODAY
    )
    speaker = imported.project.publication.speakers[0]
    assert (speaker.name, speaker.role, speaker.organisation) == (
        "Jan de Vries",
        "adviseur",
        "de gemeente",
    )


# ---------------------------------------------------------------------------- empty blocks


def test_blocks_without_visible_text_are_dropped_before_mapping() -> None:
    imported = imp(
        p("Tekst."),
        h(2, "  "),
        p(" \n "),
        ListBlock(False, (Item(s("")), Item(s("  ")))),
        BlockQuote((s(" "),)),
        title="V",
        date=TODAY,
    )
    assert dump(imported)["intro"] == [para("Tekst.")]
    assert imported.notes == ()


# ---------------------------------------------------------------------------- more shapes


def test_a_long_section_title_is_refused_with_where_it_stands() -> None:
    with pytest.raises(SourceRefused) as caught:
        imp(h(1, "x" * 1_000_001), p("Tekst."), title="V", date=TODAY)
    assert str(caught.value) == (
        "the document cannot become a publication "
        "(blocks.0.section.title: String should have at most 1000000 characters)"
    )


def test_the_subtitle_the_source_gives_is_kept() -> None:
    imported = imp(p("Tekst."), title="Dag van de Ruimte", subtitle="Verslag 2024", date=TODAY)
    assert imported.project.publication.subtitle == "Verslag 2024"


def test_a_title_line_after_a_line_break_is_found() -> None:
    imported = imp(p("\n  Dag van de Ruimte\nUtrecht"), date=TODAY)
    assert imported.project.publication.title == "Dag van de Ruimte"
    assert texts(dump(imported)["intro"]) == ["Utrecht"]


def test_a_title_paragraph_leaves_no_empty_block_behind() -> None:
    blocks = [p(f"Alinea {n}.") for n in range(5)]
    imported = imp(p("Dag van de Ruimte\n "), *blocks, p("Datum: 3 juli 2021"))
    assert imported.project.publication.publication_date == dt.date(2021, 7, 3)


def test_a_byline_without_a_lead_word_under_a_section_title() -> None:
    imported = verslag(
        h(1, "Ochtend"),
        h(2, "Wonen"),
        p("Fatima El Amrani, wethouder bij de gemeente Utrecht"),
        h(2, "Werken"),
        p("Jan de Vries, adviseur bij Bureau Stad"),
    )
    out = dump(imported)
    assert titles(out) == [("part", "Ochtend", ["Wonen", "Werken"])]
    assert [sp.id for sp in imported.project.publication.speakers] == [
        "fatima-el-amrani",
        "jan-de-vries",
    ]


def test_a_video_of_a_long_section_title_names_it_shortly() -> None:
    title = "Werksessie over wonen, werken en recreëren in de groeiende middelgrote stad"
    imported = imp(h(1, title), p("Bekijk de video", href=YOUTUBE), title="V", date=TODAY)
    assert imported.notes == (
        Note("video", {"text": "Bekijk de video", "section": title[:59] + "…"}),
    )


@pytest.mark.parametrize(
    "href", ["HTTPS://WWW.YOUTUBE.COM/watch?v=abc", "https://www.example.nl/VIDEO/1"]
)
def test_video_links_in_capitals(href: str) -> None:
    imported = imp(h(1, "Sessie"), p("Opname", href=href), title="V", date=TODAY)
    assert [v["url"] for v in videos(imported)] == [href]  # type: ignore[index]


def test_an_access_note_under_a_new_part_is_text_of_the_part() -> None:
    imported = imp(
        h(1, "Ochtend"),
        h(2, "Sessie"),
        p("Door Jan de Vries"),
        p("Bekijk de video", href=YOUTUBE),
        h(1, "Middag"),
        p("Het wachtwoord is ruimte2024"),
        title="V",
        date=TODAY,
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[1]["intro"] == [para("Het wachtwoord is ruimte2024")]
    assert videos(imported) == []  # the videos are inside the part's sections
    assert not any(note.kind == "access_note" for note in imported.notes)


def test_a_heading_of_only_control_characters_is_an_untitled_section() -> None:
    imported = imp(
        p("Inleiding."),
        Heading(1, s("\x00")),
        p("Door Jan de Vries"),
        ul("Kort", "Helder"),
        p("Bekijk de video", href=YOUTUBE),
        title="V",
        date=TODAY,
    )
    out = dump(imported)
    assert out["blocks"] == [
        section(
            "",
            people=[{"speaker_id": "jan-de-vries", "role": "speaker"}],
            takeaways=["Kort", "Helder"],
            videos=[{"label": "Bekijk de video", "url": YOUTUBE, "access_note": ""}],
        )
    ]
    assert imported.report[1:] == (
        "the list under the byline became the takeaways of an untitled section (2 points)",
        "‘Bekijk de video’ became a video link of an untitled section",
    )


def test_a_takeaways_heading_after_a_quote_gives_an_untitled_section() -> None:
    imported = imp(
        h(1, "Sessie"),
        BlockQuote((s("Een citaat van voldoende lengte."),), "Jan"),
        h(3, "Tips"),
        ul("Kom op tijd"),
        title="V",
        date=TODAY,
    )
    out = dump(imported)
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[2] == section("", takeaways=["Kom op tijd"])
    assert imported.notes[-1].kind == "takeaways_under_heading_untitled"


def test_a_list_after_the_bylines_text_is_body() -> None:
    out = dump(
        imp(
            h(1, "Sessie"),
            p("Door Jan de Vries"),
            p("Ze noemde drie punten."),
            ul("een", "twee"),
            title="V",
            date=TODAY,
        )
    )
    blocks = out["blocks"]
    assert isinstance(blocks, list)
    assert blocks[0]["takeaways"] == []
    assert blocks[0]["body"][1]["kind"] == "list"


def test_a_colophon_with_a_visiting_address() -> None:
    _, imported = colophon_of(p("Gemeente Utrecht\nStadsplein 1\n3511 AB Utrecht"))
    assert imported.report[-1] == "the colophon was read: organisation, visiting address"


@pytest.mark.parametrize(
    "word", ["de", "het", "een", "en", "van", "dat", "op", "te", "voor", "niet", "met", "zijn"]
)
def test_each_common_dutch_word_counts_as_dutch(word: str) -> None:
    imported = imp(p(f"{word} the"), title="V", date=TODAY)
    assert imported.project.publication.language == "nl"


@pytest.mark.parametrize(
    "word", ["the", "a", "an", "and", "of", "that", "on", "to", "for", "not", "with", "are"]
)
def test_each_common_english_word_counts_as_english(word: str) -> None:
    imported = imp(p(word.upper()), title="V", date=TODAY)
    assert imported.project.publication.language == "en"


def test_is_counts_for_both_languages() -> None:
    assert imp(p("is"), title="V", date=TODAY).project.publication.language == "nl"
    assert imp(p("the is"), title="V", date=TODAY).project.publication.language == "en"


def test_a_credit_line_without_names_gives_no_credit() -> None:
    colophon, imported = colophon_of(p("Stichting Ruimte\nTekst: en\nFoto: Jan"))
    assert colophon["credits"] == [{"role": "Foto", "names": ["Jan"]}]
    assert imported.report[-1] == "the colophon was read: organisation; credit lines: 1"
