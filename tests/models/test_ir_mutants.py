"""The IR (:mod:`exporters.ir`) says the same thing to every renderer: bylines, the colophon,
the title block, headings and languages, built from small publications (no renderer)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from exporters.ir import (
    Byline,
    ColophonBlock,
    Document,
    FigureGroup,
    Group,
    Heading,
    Leaf,
    Paragraph,
    PullQuote,
    TakeawayList,
    TextList,
    TitleBlock,
    VideoLink,
    body_leaves,
    build,
    byline,
    bylines,
    display_url,
)
from models import SCHEMA_VERSION, Project, Publication, Section, Speaker
from models.language import Language


def publication(**more: Any) -> Publication:
    return Publication.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "title": "Werkboek",
            "publication_date": "2024-05-01",
            **more,
        }
    )


def document(**more: Any) -> Document:
    return build(Project(publication(**more)))


def speaker(name: str, **more: Any) -> Speaker:
    return Speaker.model_validate({"id": name.lower().replace(" ", "-"), "name": name, **more})


def group(doc: Document, anchor: str) -> Group:
    found = [block for block in doc.blocks if isinstance(block, Group) and block.anchor == anchor]
    assert len(found) == 1
    return found[0]


def leaves(doc: Document, anchor: str, kind: type[Leaf]) -> list[Any]:
    return [child for child in group(doc, anchor).children if isinstance(child, kind)]


# --- one person's line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("more", "language", "line"),
    [
        (
            {"role": "teamleider", "organisation": "Gemeente Ede"},
            "nl",
            "Door An, teamleider bij Gemeente Ede",
        ),
        (
            {"role": "team lead", "organisation": "City of Ede"},
            "en",
            "By An, team lead at City of Ede",
        ),
        (
            {"role": "wethouder", "organisation": "Ede", "connector": "van"},
            "nl",
            "Door An, wethouder van Ede",
        ),
        (
            {"role": "wethouder", "organisation": "Ede", "connector": ""},
            "nl",
            "Door An, wethouder, Ede",
        ),
        ({"role": "teamleider"}, "nl", "Door An, teamleider"),
        ({"organisation": "Gemeente Ede"}, "nl", "Door An, Gemeente Ede"),
        ({}, "nl", "Door An"),
        ({"honorific": "dr."}, "en", "By dr. An"),
        ({"note": "tekst en beeld"}, "nl", "Door An (tekst en beeld)"),
        ({"role": "r", "organisation": "O", "note": "n"}, "nl", "Door An, r bij O (n)"),
    ],
)
def test_one_speakers_line_names_role_and_organisation(
    more: dict[str, Any], language: Language, line: str
) -> None:
    assert byline([speaker("An", **more)], language) == line


@pytest.mark.parametrize(
    ("role", "line"),
    [
        ("moderator", "Moderator: An, gespreksleider"),
        ("panel", "Panel: An, gespreksleider"),
        ("interviewer", "Interviewer: An, gespreksleider"),
        ("thanks", "Met dank aan An, gespreksleider"),
        ("speaker", "Door An, gespreksleider"),
    ],
)
def test_each_role_starts_with_its_own_label(role: Any, line: str) -> None:
    assert byline([speaker("An", role="gespreksleider")], "nl", role) == line


# --- several people ----------------------------------------------------------------------------


def test_colleagues_of_one_organisation_share_it_once() -> None:
    people = [
        speaker("An", role="teamleider", organisation="Ede"),
        speaker("Bo", role="beleidsadviseur", organisation="Ede"),
    ]
    assert byline(people, "nl") == "Door teamleider An en beleidsadviseur Bo, Ede"
    assert byline(people, "en") == "By teamleider An and beleidsadviseur Bo, Ede"


def test_colleagues_without_an_organisation_or_role_are_just_names() -> None:
    people = [speaker("An"), speaker("Bo", note="foto's"), speaker("Cas", honorific="dr.")]
    assert byline(people, "nl") == "Door An, Bo (foto's) en dr. Cas"


def test_two_people_of_different_organisations_are_joined_with_and() -> None:
    people = [
        speaker("An", role="teamleider", organisation="Ede"),
        speaker("Bo", role="adviseur", organisation="Divosa"),
    ]
    assert byline(people, "nl") == "Door An, teamleider bij Ede en Bo, adviseur bij Divosa"


def test_three_people_with_commas_in_their_lines_are_separated_by_semicolons() -> None:
    people = [speaker("An", organisation="Ede"), speaker("Bo"), speaker("Cas")]
    assert byline(people, "nl") == "Door An, Ede; Bo; Cas"


def test_three_people_without_commas_are_joined_as_a_list() -> None:
    people = [speaker("An", organisation="Ede"), speaker("Bo", organisation="Epe")]
    people.append(speaker("Cas", organisation="Ede"))
    assert byline(people, "en") == "By An, Ede; Bo, Epe; Cas, Ede"
    plain = [speaker("An"), speaker("Bo", organisation="Epe"), speaker("Cas")]
    assert byline(plain, "en") == "By An; Bo, Epe; Cas"


# --- a section's lines ------------------------------------------------------------------------


SPEAKERS = [
    {"id": "an", "name": "An"},
    {"id": "bo", "name": "Bo"},
    {"id": "cas", "name": "Cas"},
    {"id": "dirk", "name": "Dirk"},
]


def section_data(**more: Any) -> dict[str, Any]:
    return {"kind": "section", "id": "s", "title": "Sessie", **more}


def test_a_sections_lines_come_in_role_order_each_person_once() -> None:
    people = [
        {"speaker_id": "dirk", "role": "thanks"},
        {"speaker_id": "cas", "role": "moderator"},
        {"speaker_id": "an", "role": "speaker"},
        {"speaker_id": "bo", "role": "panel"},
        {"speaker_id": "an", "role": "speaker"},
        {"speaker_id": "cas", "role": "interviewer"},
    ]
    pub = publication(speakers=SPEAKERS, blocks=[section_data(people=people)])
    section = pub.blocks[0]
    assert isinstance(section, Section)
    assert bylines(pub, section, "nl") == (
        "Door An",
        "Interviewer: Cas",
        "Moderator: Cas",
        "Panel: Bo",
        "Met dank aan Dirk",
    )
    (line,) = leaves(build(Project(pub)), "s", Byline)
    assert line.lines == bylines(pub, section, "nl")
    assert line.speaker_ids == ("dirk", "cas", "an", "bo")
    assert line.text == "Door An\nInterviewer: Cas\nModerator: Cas\nPanel: Bo\nMet dank aan Dirk"
    assert line.portraits == ()


def test_a_section_in_english_words_its_byline_in_english() -> None:
    doc = document(speakers=SPEAKERS, blocks=[section_data(people=["an", "bo"], language="en")])
    (line,) = leaves(doc, "s", Byline)
    assert line.lines == ("By An and Bo",)


def test_a_typed_byline_replaces_the_composed_one() -> None:
    doc = document(
        speakers=SPEAKERS,
        blocks=[section_data(people=["an"], byline="custom", byline_text="Verslag: redactie")],
    )
    (line,) = leaves(doc, "s", Byline)
    assert line.lines == ("Verslag: redactie",) and line.speaker_ids == ("an",)


def test_a_typed_byline_stands_even_without_people() -> None:
    doc = document(blocks=[section_data(byline="custom", byline_text="Redactie")])
    assert [line.lines for line in leaves(doc, "s", Byline)] == [("Redactie",)]


def test_no_byline_when_hidden_or_when_no_one_is_on_the_section() -> None:
    hidden = document(speakers=SPEAKERS, blocks=[section_data(people=["an"], byline="hidden")])
    assert leaves(hidden, "s", Byline) == []
    nobody = document(blocks=[section_data()])
    assert leaves(nobody, "s", Byline) == []


# --- addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://www.divosa.nl/", "www.divosa.nl"),
        ("http://example.org/pad/", "example.org/pad"),
        ("HTTPS://Example.org", "Example.org"),
        ("www.divosa.nl", "www.divosa.nl"),
        ("https://http://x/", "http://x"),
        ("ftp://x.nl/", "ftp://x.nl"),
        ("https://example.org/BOX/", "example.org/BOX"),  # only slashes go, not letters
    ],
)
def test_a_web_address_is_printed_without_scheme_and_trailing_slash(url: str, shown: str) -> None:
    assert display_url(url) == shown


# --- the colophon -------------------------------------------------------------------------------


def colophon_of(doc: Document) -> ColophonBlock:
    last = doc.blocks[-1]
    assert isinstance(last, Group) and last.kind == "colophon" and last.anchor == "_colophon"
    block = last.children[0]
    assert isinstance(block, ColophonBlock)
    return block


def test_an_empty_colophon_is_left_out() -> None:
    doc = document()
    assert [b.kind for b in doc.blocks if isinstance(b, Group)] == ["intro"]


def test_a_colophon_lists_contacts_addresses_and_version_in_the_publications_language() -> None:
    colophon = {
        "organisation": "Divosa",
        "visiting_address": "Ravenswade 54, Nieuwegein",
        "phone": "030 123",
        "email": "info@divosa.nl",
        "website": "https://www.divosa.nl/",
        "version": "1.2",
    }
    block = colophon_of(document(colophon=colophon))
    assert block == ColophonBlock(
        "Colofon",
        "Divosa",
        ("Ravenswade 54, Nieuwegein",),
        (
            ("T", "030 123", None),
            ("E", "info@divosa.nl", "mailto:info@divosa.nl"),
            ("", "www.divosa.nl", "https://www.divosa.nl/"),
        ),
        (),
        "Versie",
        "1.2",
    )
    english = colophon_of(document(colophon={"postal_address": "Postbus 1"}, language="en"))
    assert english == ColophonBlock("Colophon", "", ("Postbus 1",), (), (), "Version", "")


@pytest.mark.parametrize(
    "colophon",
    [
        {"organisation": "Divosa"},
        {"phone": "030"},
        {"email": "a@b.nl"},
        {"website": "https://a.nl"},
        {"version": "2"},
        {"visiting_address": "Straat 1"},
        {"credits": [{"role": "Tekst", "names": ["An"]}]},
    ],
)
def test_any_one_colophon_field_makes_a_colophon(colophon: dict[str, Any]) -> None:
    block = colophon_of(document(colophon=colophon))
    assert block.heading == "Colofon" and block.version_label == "Versie"


def test_a_colophon_with_only_a_note_gets_an_empty_block_before_it() -> None:
    doc = document(colophon={"note": ["Met dank aan iedereen."]}, language="en")
    last = doc.blocks[-1]
    assert isinstance(last, Group)
    block, note = last.children
    assert block == ColophonBlock("Colophon", "", (), (), (), "Version", "")
    assert isinstance(note, Paragraph) and note.spans[0].text == "Met dank aan iedereen."


def image(asset: str, credit: str) -> dict[str, Any]:
    return {"asset": asset, "alt": "Beeld", "credit": credit}


def photo_project(credits: list[dict[str, Any]], *image_credits: str, **more: Any) -> Document:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    assets: dict[str, bytes] = {}
    images = []
    for number, credit in enumerate(image_credits):
        buffer = io.BytesIO()
        PILImage.new("RGB", (2, 2), (number, 0, 0)).save(buffer, format="PNG")
        name = asset_name(buffer.getvalue(), "png")
        assets[name] = buffer.getvalue()
        images.append(image(name, credit))
    body = [{"kind": "figure", "images": images}] if images else []
    pub = publication(
        blocks=[section_data(body=body)],
        colophon={"organisation": "Divosa", "credits": credits},
        **more,
    )
    return build(Project(pub, assets))


def test_image_credits_are_gathered_into_a_photos_line_at_the_end() -> None:
    doc = photo_project([{"role": "Tekst", "names": ["An"]}], "Foto: Jan Jansen", "Piet", "piet")
    assert colophon_of(doc).credits == (("Tekst", "An"), ("Foto's", "Jan Jansen en Piet"))


def test_image_credits_join_an_existing_photo_line_once() -> None:
    credits = [
        {"role": " Fotografie: ", "names": ["Jan  Jansen"]},
        {"role": "Tekst", "names": ["An"]},
    ]
    doc = photo_project(credits, "jan jansen", "Bo")
    assert colophon_of(doc).credits == (("Fotografie:", "Jan Jansen en Bo"), ("Tekst", "An"))


def test_a_photo_role_with_a_curly_apostrophe_is_the_photo_line() -> None:
    doc = photo_project([{"role": "Foto\u2019s", "names": ["An"]}], "Bo")
    assert colophon_of(doc).credits == (("Foto\u2019s", "An en Bo"),)


def test_credits_without_images_are_kept_as_written() -> None:
    doc = photo_project([{"role": "Beeld", "names": ["An", "Bo"]}])
    assert colophon_of(doc).credits == (("Beeld", "An en Bo"),)


def test_a_second_photo_line_gets_no_credits_twice() -> None:
    credits = [{"role": "Foto", "names": ["An"]}, {"role": "Photos", "names": ["Cas"]}]
    doc = photo_project(credits, "Bo")
    assert colophon_of(doc).credits == (("Foto", "An en Bo"), ("Photos", "Cas"))


# --- the title block and the document's information ------------------------------------------


def title_of(doc: Document) -> TitleBlock:
    block = group(doc, "_intro").children[0]
    assert isinstance(block, TitleBlock)
    return block


@pytest.mark.parametrize(
    ("event", "text"),
    [
        (
            {"name": "Dag", "date": "2018-02-14", "place": "Utrecht"},
            "Dag, 14 februari 2018, Utrecht",
        ),
        ({"name": "Dag", "place": "Utrecht"}, "Dag, Utrecht"),
        ({"name": "Dag", "date": "2018-02-14"}, "Dag, 14 februari 2018"),
        ({"name": "Dag"}, "Dag"),
    ],
)
def test_the_event_line_names_what_is_known(event: dict[str, Any], text: str) -> None:
    assert title_of(document(event=event)).event_text == text


def test_the_title_block_carries_title_date_and_labels() -> None:
    block = title_of(document(subtitle="Een verslag", language="en"))
    assert block.title == "Werkboek" and block.subtitle == "Een verslag"
    assert block.date_label == "Publication date" and block.date_text == "1 May 2024"
    assert block.event_text == "" and block.logo is None and block.cover_image is None
    assert title_of(document()).date_label == "Publicatiedatum"


def test_the_documents_information_prefers_publisher_and_subtitle() -> None:
    doc = document(
        publisher="Divosa",
        subtitle="Verslag",
        event={"name": "Dag"},
        colophon={"organisation": "Org"},
        speakers=[{"id": "a", "name": "An"}, {"id": "b", "name": "Bo"}, {"id": "c", "name": "An"}],
    )
    info = doc.info
    assert (info.author, info.subject, info.keywords) == ("Divosa", "Verslag", ("An", "Bo"))
    assert info.title == "Werkboek" and info.subtitle == "Verslag" and info.language == "nl"
    assert info.date == dt.date(2024, 5, 1) and info.date_text == "1 mei 2024"
    assert info.draft is False
    assert build(Project(publication()), draft=True).info.draft is True


def test_without_publisher_or_subtitle_the_organisation_and_event_stand_in() -> None:
    info = document(event={"name": "Dag"}, colophon={"organisation": "Org"}).info
    assert (info.author, info.subject, info.keywords) == ("Org", "Dag", ())
    bare = document().info
    assert (bare.author, bare.subject) == ("", "")


def test_key_takeaways_follow_the_intro_with_their_lead() -> None:
    doc = document(
        intro=["Inleiding."], key_takeaways={"lead": "Kort **gezegd**", "items": ["Een", "Twee"]}
    )
    children = group(doc, "_intro").children
    assert [type(child).__name__ for child in children] == [
        "TitleBlock",
        "Paragraph",
        "Paragraph",
        "TakeawayList",
    ]
    intro, lead, listing = children[1], children[2], children[3]
    assert isinstance(intro, Paragraph) and intro.style == "intro"
    assert isinstance(lead, Paragraph) and lead.style == "lead"
    assert [span.text for span in lead.spans] == ["Kort **gezegd**"]  # the lead is plain text
    assert isinstance(listing, TakeawayList)
    assert listing.style == "key" and listing.title == "Belangrijkste punten"
    assert [[span.text for span in item] for item in listing.items] == [["Een"], ["Twee"]]


def test_no_lead_and_no_list_without_key_takeaways() -> None:
    children = group(document(), "_intro").children
    assert len(children) == 1


# --- headings and languages ------------------------------------------------------------------


def test_headings_follow_the_outline_and_sub_headings_sit_one_below() -> None:
    sub = {"kind": "heading", "text": "Sub"}
    doc = document(
        blocks=[
            section_data(id="los", body=[sub]),
            {"kind": "section", "id": "naamloos", "body": [sub]},
            {
                "kind": "part",
                "id": "deel",
                "title": "Deel",
                "intro": [sub],
                "blocks": [section_data(id="binnen", body=[sub], takeaways=["Punt"])],
            },
        ]
    )
    levels = {
        anchor: [(h.level, h.text, h.anchor) for h in leaves(doc, anchor, Heading)]
        for anchor in ("los", "naamloos", "deel")
    }
    assert levels == {
        "los": [(1, "Sessie", "los"), (2, "Sub", None)],
        "naamloos": [(1, "Sub", None)],
        "deel": [(1, "Deel", "deel"), (2, "Sub", None)],
    }
    inner = group(doc, "deel").children[-1]
    assert isinstance(inner, Group) and inner.kind == "section" and inner.anchor == "binnen"
    headings = [(c.level, c.text) for c in inner.children if isinstance(c, Heading)]
    assert headings == [(2, "Sessie"), (3, "Sub")]
    (takeaways,) = [c for c in inner.children if isinstance(c, TakeawayList)]
    assert takeaways.style == "section" and takeaways.title == "In het kort"


def test_a_language_is_marked_only_where_it_differs_from_the_text_around() -> None:
    doc = document(
        blocks=[
            section_data(
                id="en", language="en", body=[{"kind": "paragraph", "text": "Hi", "language": "en"}]
            ),
            section_data(id="nl", language="nl"),
            {
                "kind": "part",
                "id": "deel",
                "title": "Part",
                "language": "en",
                "blocks": [
                    section_data(id="binnen-en", language="en"),
                    section_data(id="binnen-nl", language="nl"),
                ],
            },
        ]
    )
    assert group(doc, "en").language == "en"
    (paragraph,) = leaves(doc, "en", Paragraph)
    assert paragraph.language is None  # English inside an English section
    assert group(doc, "nl").language is None
    part = group(doc, "deel")
    assert part.language == "en"
    inner = {c.anchor: c.language for c in part.children if isinstance(c, Group)}
    assert inner == {"binnen-en": None, "binnen-nl": "nl"}


# --- lists, figures, videos, quotes, theme ---------------------------------------------------


def test_a_list_keeps_its_items_sub_items_order_and_language() -> None:
    listing = {
        "kind": "list",
        "ordered": True,
        "language": "en",
        "items": [{"text": "Een *punt*", "items": ["Sub a", "Sub b"]}, {"text": "Twee"}],
    }
    (made,) = leaves(document(blocks=[section_data(body=[listing])]), "s", TextList)
    assert made.ordered is True and made.style == "body" and made.language == "en"
    texts = [
        ([s.text for s in item.spans], [[s.text for s in c] for c in item.children])
        for item in made.items
    ]
    assert texts == [(["Een ", "punt"], [["Sub a"], ["Sub b"]]), (["Twee"], [])]
    (intro_list,) = leaves(
        document(intro=[{**listing, "ordered": False, "language": None}]), "_intro", TextList
    )
    assert (
        intro_list.ordered is False and intro_list.style == "intro" and intro_list.language is None
    )


def test_a_figure_carries_its_images_bytes_size_and_words() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), (9, 9, 9)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    picture = {
        "asset": name,
        "alt": "Een zaal",
        "caption": "De zaal",
        "credit": "Foto: Bo",
        "language": "en",
    }
    decorative = {"asset": name, "decorative": True}
    body = [{"kind": "figure", "size": "half", "images": [picture, decorative]}]
    pub = publication(blocks=[section_data(body=body, language="en")])
    (made,) = leaves(build(Project(pub, {name: buffer.getvalue()})), "s", FigureGroup)
    assert made.size == "half" and made.columns == 2 and made.width == 0.5
    first, second = made.figures
    assert (first.asset, first.mime, first.width_px, first.height_px) == (name, "image/png", 4, 3)
    assert first.data.startswith(b"\x89PNG")
    assert (first.alt, first.caption, first.credit, first.decorative) == (
        "Een zaal",
        "De zaal",
        "Bo",
        False,
    )
    assert first.language is None  # English in an English section
    assert second.decorative is True and second.alt == "" and second.credit == ""
    dutch = publication(blocks=[section_data(body=body)])
    (in_dutch,) = leaves(build(Project(dutch, {name: buffer.getvalue()})), "s", FigureGroup)
    assert in_dutch.figures[0].language == "en" and in_dutch.figures[1].language is None


def test_videos_follow_the_text_with_their_access_note() -> None:
    videos = [
        {
            "label": "Opname",
            "url": "https://video.example/1",
            "access_note": "Wachtwoord: x",
            "public_web": "hide_access",
        },
        {"label": "Zonder adres"},
    ]
    doc = document(blocks=[section_data(body=["Tekst."], videos=videos)])
    kinds = [type(child).__name__ for child in group(doc, "s").children]
    assert kinds == ["Heading", "Paragraph", "VideoLink", "VideoLink"]
    first, second = leaves(doc, "s", VideoLink)
    assert first == VideoLink("Opname", "https://video.example/1", "Wachtwoord: x", "hide_access")
    assert second.url is None and second.public_web == "show"


def test_a_quote_is_a_pull_quote_with_its_attribution() -> None:
    doc = document(
        blocks=[{"kind": "quote", "id": "q", "text": "Zo *is* het.", "attribution": "An"}]
    )
    quote = group(doc, "q")
    assert quote.kind == "quote"
    (pull,) = quote.children
    assert isinstance(pull, PullQuote) and pull.attribution == "An"
    assert [span.text for span in pull.spans] == ["Zo ", "is", " het."]


def test_the_theme_tokens_come_from_the_publications_theme() -> None:
    theme = {
        "primary_colour": "#112233",
        "accent_colour": "#445566",
        "body_font": "Source Sans Pro",
        "heading_font": "Source Serif Pro",
        "page_size": "Letter",
        "margins": "wide",
    }
    tokens = document(theme=theme).theme
    assert tokens.primary_colour == "#112233" and tokens.accent_colour == "#445566"
    assert (tokens.body_font, tokens.heading_font) == ("Source Sans Pro", "Source Serif Pro")
    assert (tokens.page_size, tokens.margins) == ("Letter", "wide")


def test_a_deeper_sub_heading_is_kept_at_the_third_level() -> None:
    pub = publication(blocks=[section_data(body=[{"kind": "heading", "text": "Diep"}])])
    section = pub.blocks[0]
    assert isinstance(section, Section)
    made = body_leaves(section.body, Project(pub), "nl", heading_level=4)
    assert [(h.level, h.text) for h in made if isinstance(h, Heading)] == [(3, "Diep")]


def test_a_parts_intro_keeps_its_figures_and_marks_only_other_languages() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (2, 2), (1, 2, 3)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    intro = [
        {"kind": "paragraph", "text": "Inleiding.", "language": "nl"},
        {"kind": "paragraph", "text": "Intro.", "language": "en"},
        {"kind": "figure", "images": [{"asset": name, "alt": "Vlak"}]},
    ]
    part = {"kind": "part", "id": "deel", "title": "Deel", "language": "nl", "intro": intro}
    pub = publication(blocks=[part])
    doc = build(Project(pub, {name: buffer.getvalue()}))
    made = group(doc, "deel")
    assert made.language is None  # Dutch, as the publication
    paragraphs = [c.language for c in made.children if isinstance(c, Paragraph)]
    assert paragraphs == [None, "en"]
    (figure,) = [c for c in made.children if isinstance(c, FigureGroup)]
    assert figure.figures[0].alt == "Vlak" and figure.figures[0].width_px == 2


def test_a_role_that_only_looks_like_a_photo_word_is_its_own_line() -> None:
    doc = photo_project([{"role": "FotoX", "names": ["An"]}], "Bo")
    assert colophon_of(doc).credits == (("FotoX", "An"), ("Foto's", "Bo"))


def test_a_byline_carries_the_portraits_of_the_people_who_have_one() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (3, 4), (5, 6, 7)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    speakers = [
        {
            "id": "an",
            "name": "An",
            "portrait": {"asset": name, "alt": "An lacht", "language": "nl"},
        },
        {"id": "bo", "name": "Bo"},
        {"id": "cas", "name": "Cas", "portrait": {"asset": name, "alt": "Cas", "language": "en"}},
    ]
    pub = publication(speakers=speakers, blocks=[section_data(people=["bo", "an", "cas"])])
    (line,) = leaves(build(Project(pub, {name: buffer.getvalue()})), "s", Byline)
    assert line.lines == ("Door Bo, An en Cas",)
    shown = [(p.alt, p.width_px, p.height_px, p.language) for p in line.portraits]
    assert shown == [("An lacht", 3, 4, None), ("Cas", 3, 4, "en")]
    custom = section_data(people=["an"], byline="custom", byline_text="Tekst: An")
    typed = publication(speakers=speakers, blocks=[custom])
    (line,) = leaves(build(Project(typed, {name: buffer.getvalue()})), "s", Byline)
    assert line.lines == ("Tekst: An",)
    assert [p.alt for p in line.portraits] == ["An lacht"]  # a typed line keeps the portraits


def test_a_colophon_note_has_its_headings_languages_and_figures() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (5, 2), (8, 8, 8)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    note = [
        {"kind": "heading", "text": "Verantwoording"},
        {"kind": "paragraph", "text": "Tekst.", "language": "nl"},
        {"kind": "paragraph", "text": "Text.", "language": "en"},
        {"kind": "figure", "images": [{"asset": name, "alt": "Logo partner"}]},
    ]
    pub = publication(colophon={"organisation": "Divosa", "note": note})
    last = build(Project(pub, {name: buffer.getvalue()})).blocks[-1]
    assert isinstance(last, Group) and last.kind == "colophon"
    block, heading, dutch, english, figure = last.children
    assert isinstance(block, ColophonBlock) and block.organisation == "Divosa"
    assert heading == Heading(2, "Verantwoording")
    assert isinstance(dutch, Paragraph) and dutch.language is None
    assert isinstance(english, Paragraph) and english.language == "en"
    assert isinstance(figure, FigureGroup) and figure.figures[0].width_px == 5


def test_a_logo_or_cover_in_another_language_than_the_publication_is_marked() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), (9, 8, 7)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    theme = {
        "logo": {"asset": name, "alt": "Logo of the ministry", "language": "en"},
        "cover_image": {"asset": name, "alt": "Zaal vol mensen", "language": "nl"},
    }
    block = title_of(build(Project(publication(theme=theme), {name: buffer.getvalue()})))
    assert block.logo is not None and block.cover_image is not None
    assert (block.logo.alt, block.logo.language) == ("Logo of the ministry", "en")
    assert (block.cover_image.alt, block.cover_image.language) == ("Zaal vol mensen", None)
    dutch_logo = {**theme, "logo": {**theme["logo"], "language": "nl"}}
    block = title_of(build(Project(publication(theme=dutch_logo), {name: buffer.getvalue()})))
    assert block.logo is not None and block.logo.language is None  # the publication's own


# --- the document's outline and its theme ------------------------------------------------------


def test_the_theme_tokens_carry_the_palette_of_the_two_colours() -> None:
    from models.palette import palette

    tokens = document(theme={"primary_colour": "#112233", "accent_colour": "#445566"}).theme
    assert tokens.palette == palette("#112233", "#445566")
    assert (tokens.palette.primary, tokens.palette.accent) == ("#112233", "#445566")


def test_a_programme_with_parallel_workshops_is_outlined_part_by_part() -> None:
    """A plenary opening, two workshop rounds (parts) and a closing quote, in that order."""
    workshop = {"kind": "part", "title": "Ronde", "language": None}
    doc = document(
        speakers=SPEAKERS,
        blocks=[
            section_data(id="opening", title="Opening", people=["an"]),
            {
                **workshop,
                "id": "ronde-1",
                "title": "Workshopronde 1",
                "intro": ["Twee workshops tegelijk."],
                "blocks": [
                    section_data(id="ws-a", title="Workshop A", people=["bo"]),
                    section_data(id="ws-b", title="Workshop B", people=["cas"]),
                ],
            },
            {
                **workshop,
                "id": "ronde-2",
                "title": "Workshopronde 2",
                "blocks": [section_data(id="ws-c", title="Workshop C", people=["dirk"])],
            },
            {"kind": "quote", "id": "slot", "text": "Tot volgend jaar.", "attribution": "Bo"},
        ],
        colophon={"organisation": "Divosa"},
    )
    outline = [(b.kind, b.anchor) for b in doc.blocks if isinstance(b, Group)]
    assert outline == [
        ("intro", "_intro"),
        ("section", "opening"),
        ("part", "ronde-1"),
        ("part", "ronde-2"),
        ("quote", "slot"),
        ("colophon", "_colophon"),
    ]
    first = group(doc, "ronde-1")
    heading, intro, ws_a, ws_b = first.children
    assert heading == Heading(1, "Workshopronde 1", "ronde-1")
    assert isinstance(intro, Paragraph) and intro.style == "body"
    assert [span.text for span in intro.spans] == ["Twee workshops tegelijk."]
    assert isinstance(ws_a, Group) and isinstance(ws_b, Group)
    assert [(g.kind, g.anchor, g.language) for g in (ws_a, ws_b)] == [
        ("section", "ws-a", None),
        ("section", "ws-b", None),
    ]
    assert ws_a.children[0] == Heading(2, "Workshop A", "ws-a")
    assert ws_b.children[1] == Byline(("Door Cas",), ("cas",))
    second = group(doc, "ronde-2")
    assert [type(child).__name__ for child in second.children] == ["Heading", "Group"]


def test_a_panel_with_a_moderator_lists_both_lines_in_english() -> None:
    speakers = [
        {"id": "mod", "name": "Mia", "role": "chair", "organisation": "Divosa"},
        {"id": "p1", "name": "Pim", "role": "alderman", "organisation": "Ede", "connector": "of"},
        {"id": "p2", "name": "Pia", "organisation": "UWV"},
    ]
    people = [
        {"speaker_id": "p1", "role": "panel"},
        {"speaker_id": "mod", "role": "moderator"},
        {"speaker_id": "p2", "role": "panel"},
    ]
    doc = document(
        language="en", speakers=speakers, blocks=[section_data(title="Panel", people=people)]
    )
    (line,) = leaves(doc, "s", Byline)
    assert line.lines == (
        "Moderator: Mia, chair at Divosa",
        "Panel: Pim, alderman of Ede and Pia, UWV",
    )
    assert line.speaker_ids == ("p1", "mod", "p2")


def test_the_title_block_carries_the_date_and_the_cover_style() -> None:
    block = title_of(document(theme={"cover_style": "band"}))
    assert block.date == dt.date(2024, 5, 1) and block.cover_style == "band"
    assert title_of(document()).cover_style == "plain"


def test_a_colophon_lists_the_visiting_address_before_the_postal_one() -> None:
    colophon = {"visiting_address": "Ravenswade 54", "postal_address": "Postbus 16"}
    assert colophon_of(document(colophon=colophon)).addresses == ("Ravenswade 54", "Postbus 16")


def test_images_without_a_credit_add_no_name_to_the_photos_line() -> None:
    doc = photo_project([{"role": "Tekst", "names": ["An"]}], "", "Bo", "  ")
    assert colophon_of(doc).credits == (("Tekst", "An"), ("Foto's", "Bo"))
    none = photo_project([{"role": "Tekst", "names": ["An"]}], "", " ")
    assert colophon_of(none).credits == (("Tekst", "An"),)


def test_an_english_colophon_calls_the_gathered_line_photos() -> None:
    doc = photo_project([{"role": "Text", "names": ["An", "Bo"]}], "Cas", language="en")
    assert colophon_of(doc).credits == (("Text", "An and Bo"), ("Photos", "Cas"))


def test_a_sub_heading_in_the_other_language_says_so() -> None:
    body = [
        {"kind": "heading", "text": "Key findings", "language": "en"},
        {"kind": "heading", "text": "Bevindingen", "language": "nl"},
        {"kind": "heading", "text": "Zonder taal"},
    ]
    doc = document(blocks=[section_data(body=body)])
    assert leaves(doc, "s", Heading)[1:] == [
        Heading(2, "Key findings", None, "en"),
        Heading(2, "Bevindingen"),
        Heading(2, "Zonder taal"),
    ]
    english = document(language="en", blocks=[section_data(body=body)])
    assert [h.language for h in leaves(english, "s", Heading)[1:]] == [None, "nl", None]


def test_an_english_section_in_a_dutch_publication_words_its_own_labels() -> None:
    doc = document(
        speakers=SPEAKERS,
        blocks=[section_data(language="en", people=["an"], takeaways=["One"], body=["Text."])],
    )
    section = group(doc, "s")
    assert section.language == "en"
    (line,) = leaves(doc, "s", Byline)
    assert line.lines == ("By An",)
    (takeaways,) = leaves(doc, "s", TakeawayList)
    assert takeaways.title == "In brief"
    (paragraph,) = leaves(doc, "s", Paragraph)
    assert paragraph.language is None and paragraph.style == "body"


def test_a_workshop_inside_a_part_shows_its_photo_and_its_speakers_portrait() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (6, 4), (3, 2, 1)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    photo = {"kind": "figure", "size": "thumbnail", "images": [{"asset": name, "alt": "Zaal"}]}
    speakers = [{"id": "an", "name": "An", "portrait": {"asset": name, "alt": "An"}}]
    workshop = section_data(id="ws", people=["an"], body=[photo])
    part = {"kind": "part", "id": "ronde", "title": "Ronde 1", "blocks": [workshop]}
    pub = publication(speakers=speakers, blocks=[part])
    doc = build(Project(pub, {name: buffer.getvalue()}))
    (inner,) = [c for c in group(doc, "ronde").children if isinstance(c, Group)]
    (line,) = [c for c in inner.children if isinstance(c, Byline)]
    assert [(p.alt, p.width_px) for p in line.portraits] == [("An", 6)]
    (figure,) = [c for c in inner.children if isinstance(c, FigureGroup)]
    assert figure.size == "thumbnail" and figure.width == 0.3
    assert [(f.alt, f.width_px, f.height_px) for f in figure.figures] == [("Zaal", 6, 4)]


def test_a_body_block_the_ir_does_not_know_fails_loudly_instead_of_vanishing() -> None:
    """A new kind of block added to the model but not to the IR must not drop text."""
    from typing import cast

    from models.body import Body

    with pytest.raises(AssertionError, match="Losse tekst"):  # it names what it got
        body_leaves(cast(Body, ("Losse tekst",)), Project(publication()), "nl", heading_level=1)


def test_a_list_in_the_language_around_it_is_not_marked() -> None:
    listing = {"kind": "list", "language": "nl", "items": [{"text": "Een"}]}
    (dutch,) = leaves(document(blocks=[section_data(body=[listing])]), "s", TextList)
    assert dutch.language is None
    english = document(language="en", blocks=[section_data(body=[listing])])
    assert [made.language for made in leaves(english, "s", TextList)] == ["nl"]


def test_the_publications_intro_has_its_headings_languages_and_photos() -> None:
    import io

    from PIL import Image as PILImage

    from models.project import asset_name

    buffer = io.BytesIO()
    PILImage.new("RGB", (7, 5), (4, 5, 6)).save(buffer, format="PNG")
    name = asset_name(buffer.getvalue(), "png")
    intro = [
        {"kind": "heading", "text": "Waarom deze dag"},
        {"kind": "paragraph", "text": "Welkom.", "language": "nl"},
        {"kind": "paragraph", "text": "Welcome.", "language": "en"},
        {"kind": "figure", "images": [{"asset": name, "alt": "De zaal"}]},
    ]
    doc = build(Project(publication(intro=intro), {name: buffer.getvalue()}))
    _, heading, dutch, english, figure = group(doc, "_intro").children
    assert heading == Heading(1, "Waarom deze dag")
    assert isinstance(dutch, Paragraph) and (dutch.style, dutch.language) == ("intro", None)
    assert isinstance(english, Paragraph) and (english.style, english.language) == ("intro", "en")
    assert isinstance(figure, FigureGroup)
    assert [(f.alt, f.width_px, f.height_px) for f in figure.figures] == [("De zaal", 7, 5)]


def test_a_sections_takeaways_keep_their_rich_text_in_order() -> None:
    doc = document(blocks=[section_data(takeaways=["Eerst **dit**", "Dan dat"])])
    (takeaways,) = leaves(doc, "s", TakeawayList)
    assert [[span.text for span in item] for item in takeaways.items] == [
        ["Eerst ", "dit"],
        ["Dan dat"],
    ]
    assert takeaways.items[0][1].bold is True
