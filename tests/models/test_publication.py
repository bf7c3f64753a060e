"""Every validation rule of the publication models, with the message the user reads.

Messages are checked through :func:`models.validation.validate`, the same path the editor's
problem list and ``podium validate`` use, so a message change shows up here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from models import Publication, Quote, Section, validate
from models.body import Figure, Paragraph
from models.types import new_id
from models.validation import format_loc

EMPTY = "The text must not be empty"  # a paragraph, a list item: no field of its own
BAD_URL = "is not valid: enter a web address starting with http:// or https://"
BAD_EMAIL = "is not valid: enter an address such as name@example.org"
BAD_COLOUR = "is not a colour: enter it as #RRGGBB, for example #00557F"
BAD_ID = (
    "is not valid: an id starts with a lowercase letter and holds only a-z, 0-9 and '-' "
    "(at most 64 characters)"
)
ASSET = "assets/" + "0" * 64 + ".png"


def base(**overrides: Any) -> dict[str, Any]:
    return {"schema_version": 1, "title": "Titel", "publication_date": "2024-05-01", **overrides}


def problems(data: Any) -> list[str]:
    """The problems as ``path: message``: where the editor routes each, and what it says
    next to the field (the command line's wording, with the place, is in test_validation)."""
    publication, found = validate(data)
    assert (publication is None) == bool(found)
    return [f"{p.path}: {p.detail}" if p.loc else p.detail for p in found]


def section(**overrides: Any) -> dict[str, Any]:
    return {"kind": "section", "id": "sec-a", "title": "Ruimte", **overrides}


def quote(**overrides: Any) -> dict[str, Any]:
    return {"kind": "quote", "id": "q-a", "text": "Doe wat nodig is.", **overrides}


def part(**overrides: Any) -> dict[str, Any]:
    return {"kind": "part", "id": "part-a", "title": "Ochtend", **overrides}


def figure(*images: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return {"kind": "figure", "images": list(images), **overrides}


# ---------------------------------------------------------------- required and empty fields


def test_minimal_publication_is_valid() -> None:
    publication, found = validate(base())
    assert found == []
    assert publication is not None and publication.title == "Titel"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"schema_version": 1, "publication_date": "2024-05-01"}, "title: Title is required"),
        ({"schema_version": 1, "title": "T"}, "publication_date: Publication date is required"),
        (base(event={}), "event.name: Name is required"),
        (base(speakers=[{"name": "A"}]), "speakers[0].id: Id is required"),
        (base(speakers=[{"id": "a"}]), "speakers[0].name: Name is required"),
        (base(blocks=[{"kind": "part", "id": "p"}]), "blocks[0].title: Title is required"),
        (base(blocks=[{"kind": "section", "title": "t"}]), "blocks[0].id: Id is required"),
        (base(blocks=[{"kind": "quote", "id": "q"}]), "blocks[0].text: Text is required"),
        (base(blocks=[section(videos=[{}])]), "blocks[0].videos[0].label: Label is required"),
        (
            base(blocks=[section(body=[figure({"alt": "a"})])]),
            "blocks[0].body[0].images[0].asset: Image file is required",
        ),
        (base(intro=[{"kind": "heading"}]), "intro[0].text: The text is required"),
        (
            base(blocks=[section(people=[{"role": "panel"}])]),
            "blocks[0].people[0].speaker_id: Speaker is required",
        ),
        (
            base(colophon={"credits": [{"names": ["A"]}]}),
            "colophon.credits[0].role: Role is required",
        ),
        (
            base(colophon={"credits": [{"role": "Tekst"}]}),
            "colophon.credits[0].names: Names is required",
        ),
    ],
)
def test_required_fields(data: dict[str, Any], expected: str) -> None:
    assert problems(data) == [expected]


@pytest.mark.parametrize("value", ["", " ", "\t\n  "])
@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda v: base(title=v), "title: Title must not be empty"),
        (lambda v: base(event={"name": v}), "event.name: Name must not be empty"),
        (
            lambda v: base(speakers=[{"id": "a", "name": v}]),
            "speakers[0].name: Name must not be empty",
        ),
        (lambda v: base(blocks=[part(title=v)]), "blocks[0].title: Title must not be empty"),
        (lambda v: base(blocks=[quote(text=v)]), "blocks[0].text: Text must not be empty"),
        (lambda v: base(blocks=[section(body=["ok", v])]), "blocks[0].body[1].text"),
        (lambda v: base(blocks=[section(takeaways=[v])]), "blocks[0].takeaways[0]"),
        (lambda v: base(intro=[v]), "intro[0].text"),
        (lambda v: base(intro=[{"kind": "heading", "text": v}]), "intro[0].text"),
        (
            lambda v: base(intro=[{"kind": "list", "items": [{"text": "a"}, {"text": v}]}]),
            "intro[0].items[1].text",
        ),
        (
            lambda v: base(intro=[{"kind": "list", "items": [{"text": "a", "items": ["b", v]}]}]),
            "intro[0].items[0].items[1]",
        ),
        (lambda v: base(colophon={"note": [v]}), "colophon.note[0].text"),
        (
            lambda v: base(blocks=[part(intro=["ok"], blocks=[section(body=[v])])]),
            "blocks[0].blocks[0].body[0].text",
        ),
        (lambda v: base(key_takeaways={"items": [v]}), "key_takeaways.items[0]"),
        (
            lambda v: base(blocks=[section(videos=[{"label": v}])]),
            "blocks[0].videos[0].label: Label must not be empty",
        ),
        (
            lambda v: base(colophon={"credits": [{"role": v, "names": ["A"]}]}),
            "colophon.credits[0].role: Role must not be empty",
        ),
        (
            lambda v: base(colophon={"credits": [{"role": "R", "names": [v]}]}),
            "colophon.credits[0].names[0]",
        ),
    ],
)
def test_empty_or_blank_text_is_refused(make: Any, path: str, value: str) -> None:
    expected = path if ": " in path else f"{path}: {EMPTY}"
    assert problems(make(value)) == [expected]


def test_text_is_stripped_and_optional_text_may_be_empty() -> None:
    publication, _ = validate(base(title="  Titel \n", subtitle="   ", publisher=""))
    assert publication is not None
    assert (publication.title, publication.subtitle, publication.publisher) == ("Titel", "", "")


def test_credit_needs_at_least_one_name() -> None:
    data = base(colophon={"credits": [{"role": "Tekst", "names": []}]})
    assert problems(data) == ["colophon.credits[0].names: Add at least one entry"]


def test_text_longer_than_a_million_characters_is_too_long() -> None:
    assert validate(base(title="x" * 1_000_000))[1] == []
    assert problems(base(title="x" * 1_000_001)) == [
        "title: Title is too long (at most 1000000 characters)"
    ]


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize("email", ["info@divosa.nl", "a.b+c@sub.example.org", " x@y.org "])
def test_valid_email(email: str) -> None:
    publication, found = validate(base(colophon={"email": email}))
    assert found == [] and publication is not None
    assert publication.colophon.email == email.strip()


@pytest.mark.parametrize(
    "email",
    [
        "",
        "info",
        "info@",
        "@divosa.nl",
        "info@divosa",
        "a@b.c",
        "a b@c.org",
        "a@@b.org",
        "<a@b.org>",
        "a@b.org;c@d.org",
    ],
)
def test_invalid_email(email: str) -> None:
    shown = " ".join(email.split())
    assert problems(base(colophon={"email": email})) == [
        f"colophon.email: E-mail ‘{shown}’ {BAD_EMAIL}"
    ]


@pytest.mark.parametrize(
    "url",
    ["https://www.divosa.nl/", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG"],
)
def test_valid_url(url: str) -> None:
    data = base(colophon={"website": url}, blocks=[section(videos=[{"label": "v", "url": url}])])
    assert validate(data)[1] == []


@pytest.mark.parametrize(
    "url",
    [
        "",
        "www.divosa.nl",
        "ftp://example.org/",
        "mailto:info@divosa.nl",
        "javascript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "https://",
        "http://exa mple.org",
        "//example.org",
    ],
)
def test_invalid_url_in_colophon_and_video(url: str) -> None:
    data = base(colophon={"website": url}, blocks=[section(videos=[{"label": "v", "url": url}])])
    assert problems(data) == [
        f"blocks[0].videos[0].url: Web address ‘{url}’ {BAD_URL}",
        f"colophon.website: Website ‘{url}’ {BAD_URL}",
    ]


def test_video_without_url_is_allowed_with_an_access_note() -> None:
    video = {"label": "Opname", "access_note": "Wachtwoord via info@divosa.nl"}
    publication, found = validate(base(blocks=[section(videos=[video])]))
    assert found == [] and publication is not None
    assert publication.blocks[0].videos[0].url is None  # type: ignore[union-attr]


@pytest.mark.parametrize(("given", "stored"), [("#00557f", "#00557F"), (" #C8326E ", "#C8326E")])
def test_colour_is_normalised(given: str, stored: str) -> None:
    publication, _ = validate(base(theme={"primary_colour": given}))
    assert publication is not None and publication.theme.primary_colour == stored


@pytest.mark.parametrize("colour", ["red", "#123", "00557F", "#00557", "#GG557F", "#00557F00", ""])
def test_invalid_colour(colour: str) -> None:
    assert problems(base(theme={"accent_colour": colour})) == [
        f"theme.accent_colour: Accent colour ‘{colour}’ {BAD_COLOUR}"
    ]


@pytest.mark.parametrize("ident", ["a", "sec-1", "spk-3f9a1c2b", "a" * 64])
def test_valid_id(ident: str) -> None:
    assert validate(base(blocks=[section(id=ident)]))[1] == []


@pytest.mark.parametrize("ident", ["", "A", "Sec", "1a", "-a", "a_b", "a b", "a.b", "ä", "a" * 65])
def test_invalid_id(ident: str) -> None:
    shown = ident if len(ident) <= 30 else ident[:29] + "…"
    assert problems(base(speakers=[{"id": ident, "name": "A"}])) == [
        f"speakers[0].id: The id ‘{shown}’ {BAD_ID}"
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("language", "de", "Choose one of 'nl' or 'en'"),
        (
            "publication_date",
            "2024-13-01",
            "Publication date is not a valid date: enter it as YYYY-MM-DD",
        ),
        (
            "publication_date",
            "1 mei 2024",
            "Publication date is not a valid date: enter it as YYYY-MM-DD",
        ),
        (
            "publication_date",
            "2024-05-01T10:00:00",
            "Publication date is not a valid date: enter it as YYYY-MM-DD, without a time",
        ),
        ("schema_version", "een", "This must be a whole number"),
        ("title", 5, "This must be text"),
        ("intro", "tekst", "This must be a list"),
        ("event", "Symposium", "This must be an object with fields"),
    ],
)
def test_wrong_values_and_types(field: str, value: object, message: str) -> None:
    assert problems(base(**{field: value})) == [f"{field}: {message}"]


def test_theme_literals() -> None:
    data = base(theme={"page_size": "A5", "body_font": "Comic Sans"})
    assert problems(data) == [
        "theme.body_font: Choose one of 'Source Serif Pro' or 'Source Sans Pro'",
        "theme.page_size: Choose one of 'A4' or 'Letter'",
    ]


def test_rich_text_with_a_forbidden_link_is_refused_where_it_is() -> None:
    data = base(blocks=[section(body=["Goed.", "[klik](javascript:alert(1))"])])
    assert problems(data) == [
        "blocks[0].body[1].text: Link target ‘javascript:alert(1)’ is not allowed: use an http://, "
        "https:// or mailto: address"
    ]


# ---------------------------------------------------------------- references and ids


def test_duplicate_ids_are_reported_at_each_use() -> None:
    data = base(
        speakers=[{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        blocks=[section(id="a"), quote(id="b"), quote(id="b")],
    )
    assert problems(data) == [
        "speakers[0].id: The id ‘a’ is used more than once",
        "speakers[1].id: The id ‘b’ is used more than once",
        "blocks[0].id: The id ‘a’ is used more than once",
        "blocks[1].id: The id ‘b’ is used more than once",
        "blocks[2].id: The id ‘b’ is used more than once",
    ]


def test_dangling_speaker_refs_point_exactly_at_the_reference() -> None:
    data = base(
        speakers=[{"id": "a", "name": "A"}],
        blocks=[section(people=["a", "ghost"]), quote(speaker_id="nobody")],
    )
    publication, found = validate(data)
    assert publication is None
    assert [(p.loc, p.kind, p.params["value"]) for p in found] == [
        (("blocks", 0, "people", 1, "speaker_id"), "unknown_speaker", "ghost"),
        (("blocks", 1, "speaker_id"), "unknown_speaker", "nobody"),
    ]
    assert [str(p) for p in found] == [
        "Section 1 ‘Ruimte’, person 2, speaker: there is no speaker with the id ‘ghost’",
        "Quote 1 (‘Doe wat nodig is.’), speaker: there is no speaker with the id ‘nobody’",
    ]


def test_references_resolve() -> None:
    data = base(
        speakers=[{"id": "a", "name": "Anna", "honorific": "dr."}],
        blocks=[section(people=["a"]), quote(speaker_id="a")],
    )
    publication, _ = validate(data)
    assert publication is not None
    assert publication.speaker("a").display_name == "dr. Anna"
    assert publication.block("q-a").kind == "quote"
    with pytest.raises(KeyError):
        publication.speaker("ghost")
    with pytest.raises(KeyError):
        publication.block("ghost")


def test_new_ids_are_valid_and_distinct() -> None:
    ids = {new_id("spk") for _ in range(100)}
    assert len(ids) == 100
    assert all(ident.startswith("spk-") for ident in ids)
    data = base(speakers=[{"id": ident, "name": "A"} for ident in ids])
    assert validate(data)[1] == []


# ---------------------------------------------------------------- images


def test_an_image_without_alt_text_is_a_draft_the_model_takes() -> None:
    """Added first, described next: the model keeps it; the preflight reports it as an
    error that blocks a final export (tests/models/test_preflight.py)."""
    data = base(blocks=[section(body=[figure({"asset": ASSET, "alt": "   "})])])
    assert problems(data) == []
    publication = Publication.model_validate(data)
    block = publication.blocks[0]
    assert isinstance(block, Section)
    made = block.body[0]
    assert isinstance(made, Figure) and made.images[0].needs_alt


def test_a_portrait_without_alt_text_is_a_draft_the_model_takes() -> None:
    data = base(speakers=[{"id": "a", "name": "A", "portrait": {"asset": ASSET}}])
    assert problems(data) == []
    portrait = Publication.model_validate(data).speakers[0].portrait
    assert portrait is not None and portrait.needs_alt


def test_decorative_image_needs_no_alt_text() -> None:
    data = base(blocks=[section(body=[figure({"asset": ASSET, "decorative": True})])])
    assert validate(data)[1] == []


@pytest.mark.parametrize(
    "asset",
    [
        "x.png",
        "assets/x.png",
        "assets/" + "0" * 64 + ".svg",
        "assets/" + "A" * 64 + ".png",
        "../" + "0" * 64 + ".png",
        "assets/../" + "0" * 64 + ".png",
    ],
)
def test_image_asset_must_be_a_hash_name(asset: str) -> None:
    found = problems(base(blocks=[section(body=[figure({"asset": asset, "alt": "a"})])]))
    assert len(found) == 1 and found[0].startswith("blocks[0].body[0].images[0].asset: ")


def test_image_asset_message_names_the_expected_form() -> None:
    found = problems(base(blocks=[section(body=[figure({"asset": "x.png", "alt": "a"})])]))
    assert "assets/" in found[0].split(": ", 1)[1]


# ---------------------------------------------------------------- blocks


def test_unknown_block_kind_names_the_known_ones() -> None:
    assert problems(base(blocks=[{"kind": "video", "id": "v"}])) == [
        "blocks[0]: Unknown block kind ‘video’: this version of Podium knows 'section', "
        "'quote', 'part'"
    ]


def test_block_without_kind() -> None:
    assert problems(base(blocks=[{"id": "s", "title": "t"}])) == [
        "blocks[0]: This block has no 'kind' (section, quote or part)"
    ]


def test_empty_quote_is_refused() -> None:
    assert problems(base(blocks=[quote(text="")])) == ["blocks[0].text: Text must not be empty"]


def test_discriminated_union_round_trip() -> None:
    publication = Publication.model_validate(base(blocks=[section(), quote()]))
    assert [type(block) for block in publication.blocks] == [Section, Quote]
    dumped = publication.model_dump(mode="json")
    assert [block["kind"] for block in dumped["blocks"]] == ["section", "quote"]
    assert Publication.model_validate(dumped) == publication


# ---------------------------------------------------------------- strictness and immutability


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (base(auteur="X"), "auteur"),
        (base(event={"name": "E", "city": "Utrecht"}), "event.city"),
        (base(blocks=[section(subtitle="x")]), "blocks[0].subtitle"),
        (base(blocks=[quote(author="x")]), "blocks[0].author"),
        (base(speakers=[{"id": "a", "name": "A", "email": "a@b.org"}]), "speakers[0].email"),
        (base(theme={"font_size": 12}), "theme.font_size"),
        # Field names that are also block tags stay in the path; only a tag is dropped.
        (base(part={}), "part"),
        (base(blocks=[section(list=1)]), "blocks[0].list"),
        (base(blocks=[part(blocks=[section(figure=1)])]), "blocks[0].blocks[0].figure"),
        (base(intro=[{"kind": "paragraph", "text": "a", "heading": 1}]), "intro[0].heading"),
    ],
)
def test_unknown_fields_are_refused(data: dict[str, Any], path: str) -> None:
    assert problems(data) == [f"{path}: Unknown field (Podium does not know it)"]


def test_not_an_object_at_all() -> None:
    assert problems([]) == ["This must be an object with fields"]
    assert problems(None) == ["This must be an object with fields"]


def test_every_problem_is_reported_in_document_order() -> None:
    data = base(title="", language="xx", blocks=[part(title=""), quote(text="")])
    assert [line.split(":")[0] for line in problems(data)] == [
        "title",
        "language",
        "blocks[0].title",
        "blocks[1].text",
    ]


def test_format_loc() -> None:
    assert format_loc(("blocks", 2, "title")) == "blocks[2].title"
    assert format_loc(("speakers", 0, "portrait", "alt")) == "speakers[0].portrait.alt"
    assert format_loc(()) == ""


def test_models_are_frozen() -> None:
    publication = Publication.model_validate(base(blocks=[section()]))
    with pytest.raises(ValidationError, match="frozen"):
        publication.title = "Nieuw"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        publication.blocks[0].title = "Nieuw"  # type: ignore[misc]


def test_lists_in_frozen_models_cannot_be_changed_in_place() -> None:
    publication = Publication.model_validate(
        base(intro=["Eén."], blocks=[section(body=["Tekst."])], colophon={"credits": []})
    )
    with pytest.raises(AttributeError):
        publication.intro.append("")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        publication.blocks[0].body[0] = ""  # type: ignore[index]
    with pytest.raises(AttributeError):
        publication.colophon.credits.append(None)  # type: ignore[attr-defined]
    assert publication.intro == (Paragraph(id=publication.intro[0].id, text="Eén."),)
    assert publication.review.comments == ()


def test_unpaired_surrogate_gets_a_plain_message() -> None:
    """In text it is dropped (see ``models.types``); an id, which is never cleaned, refuses it."""
    assert problems(base(title="Titel \ud800")) == []
    found = problems(base(speakers=[{"id": "sp-\ud800", "name": "Ann"}]))
    assert found and not found[0].split(": ", 1)[1].startswith("Input should")


# ---------------------------------------------------------------- the sample


def test_sample_round_trips_through_json(sample_path: Path) -> None:
    data = json.loads((sample_path / "publication.json").read_text(encoding="utf-8"))
    publication = Publication.model_validate(data)
    dumped = publication.model_dump(mode="json")
    assert dumped == data  # the sample is stored in the canonical form
    assert Publication.model_validate(dumped) == publication
    assert Publication.model_validate_json(publication.model_dump_json()) == publication
