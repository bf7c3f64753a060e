"""The rules of model v3: structured bodies, parts, people with roles, bylines, connectors.

Messages are checked through :func:`models.validation.validate`, as in ``test_publication``,
so the paths and words a user reads are what is asserted.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from models import Publication, Quote, Section, validate
from models.body import (
    MAX_FIGURE_IMAGES,
    Figure,
    ListBlock,
    ListItem,
    Paragraph,
    Subheading,
    texts,
)
from models.parts import Part, Person, Speaker

ASSET = "assets/" + "0" * 64 + ".png"
NOT_EMPTY = "this field must not be empty"
AT_LEAST_ONE = "Add at least one entry"


def base(**overrides: Any) -> dict[str, Any]:
    return {"schema_version": 3, "title": "Titel", "publication_date": "2024-05-01", **overrides}


def problems(data: Any) -> list[str]:
    publication, found = validate(data)
    assert (publication is None) == bool(found)
    return [f"{p.path}: {p.detail}" if p.loc else p.detail for p in found]


def section(**overrides: Any) -> dict[str, Any]:
    return {"kind": "section", "id": "sec-a", "title": "Ruimte", **overrides}


def part(**overrides: Any) -> dict[str, Any]:
    return {"kind": "part", "id": "part-a", "title": "Ochtend", **overrides}


def image(**overrides: Any) -> dict[str, Any]:
    return {"asset": ASSET, "alt": "Een zaal vol mensen", **overrides}


def body_of(data: dict[str, Any]) -> Any:
    publication = Publication.model_validate(data)
    return publication.intro


# ---------------------------------------------------------------- body shorthand


def test_a_bare_string_is_a_paragraph_with_a_fresh_id() -> None:
    first, second = body_of(base(intro=["Eén.", "Twee."]))
    assert isinstance(first, Paragraph) and isinstance(second, Paragraph)
    assert (first.text, second.text) == ("Eén.", "Twee.")
    assert first.id.startswith("p-") and second.id.startswith("p-") and first.id != second.id
    assert first.language is None


@pytest.mark.parametrize(
    ("block", "kind", "prefix"),
    [
        ({"text": "Zonder soort."}, Paragraph, "p-"),
        ({"kind": "paragraph", "text": "Alinea."}, Paragraph, "p-"),
        ({"kind": "list", "items": [{"text": "a"}]}, ListBlock, "list-"),
        ({"kind": "heading", "text": "Tussenkop"}, Subheading, "h-"),
        ({"kind": "figure", "images": [image()]}, Figure, "fig-"),
    ],
)
def test_a_block_without_an_id_gets_one_of_its_kind(
    block: dict[str, Any], kind: type, prefix: str
) -> None:
    (made,) = body_of(base(intro=[block]))
    assert isinstance(made, kind) and made.id.startswith(prefix)


def test_the_full_form_is_kept_and_written() -> None:
    full = {"kind": "paragraph", "id": "p-een", "text": "Eén.", "language": "en"}
    publication = Publication.model_validate(base(intro=[full]))
    assert publication.model_dump(mode="json")["intro"] == [full]
    shorthand = Publication.model_validate(base(intro=["Twee."]))
    (written,) = shorthand.model_dump(mode="json")["intro"]
    assert written == {"kind": "paragraph", "id": written["id"], "text": "Twee.", "language": None}
    assert Publication.model_validate(shorthand.model_dump(mode="json")) == shorthand


def test_a_block_with_an_id_but_no_kind_is_refused() -> None:
    data = base(intro=[{"id": "p-1", "text": "x"}])
    assert problems(data) == [
        "intro[0]: This block has no 'kind' (paragraph, list, heading or figure)"
    ]


def test_an_unknown_body_block_kind_names_the_known_ones() -> None:
    assert problems(base(blocks=[section(body=[{"kind": "video", "id": "v-1"}])])) == [
        "blocks[0].body[0]: Unknown block kind ‘video’: this version of Podium knows "
        "'paragraph', 'list', 'heading', 'figure'"
    ]


def test_a_body_block_that_is_neither_text_nor_an_object_is_refused() -> None:
    assert problems(base(colophon={"note": [5]})) == [
        "colophon.note[0]: A block of text is a string, or an object with a 'kind'"
    ]


# ---------------------------------------------------------------- lists


def test_a_list_holds_items_with_one_level_of_sub_items() -> None:
    data = base(
        intro=[
            {
                "kind": "list",
                "ordered": True,
                "items": [
                    {"text": "Eerst **dit**", "items": ["a", "b"]},
                    {"text": "Dan [dat](https://example.org)"},
                ],
            }
        ]
    )
    (made,) = body_of(data)
    assert isinstance(made, ListBlock) and made.ordered
    assert made.items == (
        ListItem(text="Eerst **dit**", items=("a", "b")),
        ListItem(text="Dan [dat](https://example.org)"),
    )


def test_a_list_is_unordered_unless_said() -> None:
    (made,) = body_of(base(intro=[{"kind": "list", "items": [{"text": "a"}]}]))
    assert isinstance(made, ListBlock) and not made.ordered


def test_a_list_needs_at_least_one_item() -> None:
    assert problems(base(intro=[{"kind": "list", "items": []}])) == [
        f"intro[0].items: {AT_LEAST_ONE}"
    ]
    assert problems(base(intro=[{"kind": "list"}])) == ["intro[0].items: Items is required"]


def test_a_list_nests_one_level_only() -> None:
    third = {"text": "b", "items": ["c"]}
    data = base(
        blocks=[section(body=[{"kind": "list", "items": [{"text": "a", "items": [third]}]}])]
    )
    assert problems(data) == [
        "blocks[0].body[0].items[0].items[0]: A sub-item is plain text: a list nests one level "
        "deep, not more"
    ]


def test_a_list_item_is_rich_text_checked_where_it_is() -> None:
    item = {"text": "a", "items": ["[klik](javascript:alert(1))"]}
    assert problems(base(intro=[{"kind": "list", "items": [item]}])) == [
        "intro[0].items[0].items[0]: Link target ‘javascript:alert(1)’ is not allowed: use an "
        "http://, https:// or mailto: address"
    ]


def test_a_list_item_cannot_stand_outside_a_list() -> None:
    assert problems(base(intro=[{"kind": "item", "text": "los"}])) == [
        "intro[0]: Unknown block kind ‘item’: this version of Podium knows 'paragraph', 'list', "
        "'heading', 'figure'"
    ]


# ---------------------------------------------------------------- figures


@pytest.mark.parametrize("count", range(1, MAX_FIGURE_IMAGES + 1))
def test_a_figure_holds_one_to_six_images(count: int) -> None:
    (made,) = body_of(base(intro=[{"kind": "figure", "images": [image()] * count}]))
    assert isinstance(made, Figure) and len(made.images) == count and made.size == "full"


def test_a_figure_without_images_is_refused() -> None:
    assert problems(base(intro=[{"kind": "figure", "images": []}])) == [
        f"intro[0].images: {AT_LEAST_ONE}"
    ]


def test_a_figure_with_seven_images_is_refused() -> None:
    data = base(intro=[{"kind": "figure", "images": [image()] * (MAX_FIGURE_IMAGES + 1)}])
    assert problems(data) == [
        "intro[0].images: A figure holds at most 6 images: start another figure"
    ]


@pytest.mark.parametrize("size", ["full", "half", "thumbnail"])
def test_figure_sizes(size: str) -> None:
    (made,) = body_of(base(intro=[{"kind": "figure", "images": [image()], "size": size}]))
    assert isinstance(made, Figure) and made.size == size


def test_a_figure_size_is_one_of_three() -> None:
    data = base(intro=[{"kind": "figure", "images": [image()], "size": "huge"}])
    assert problems(data) == ["intro[0].size: Choose one of 'full', 'half' or 'thumbnail'"]


def test_an_image_in_a_figure_needs_alt_text_unless_decorative() -> None:
    """Without alt text (and not decorative) the image is a draft: taken, and flagged."""
    data = base(intro=[{"kind": "figure", "images": [image(), image(alt="")]}])
    assert problems(data) == []
    (made,) = body_of(data)
    assert isinstance(made, Figure)
    assert [i.needs_alt for i in made.images] == [False, True]
    decorative = base(intro=[{"kind": "figure", "images": [image(alt="", decorative=True)]}])
    (made,) = body_of(decorative)
    assert isinstance(made, Figure) and not made.images[0].needs_alt


def test_a_caption_can_have_its_own_language() -> None:
    figure = {"kind": "figure", "images": [image(caption="The hall", language="en")]}
    (made,) = body_of(base(intro=[figure]))
    assert isinstance(made, Figure) and made.images[0].language == "en"


# ---------------------------------------------------------------- language per block


@pytest.mark.parametrize(
    "block",
    [
        {"kind": "paragraph", "text": "In English."},
        {"kind": "list", "items": [{"text": "One"}]},
        {"kind": "heading", "text": "Heading"},
    ],
)
def test_a_text_block_can_have_its_own_language(block: dict[str, Any]) -> None:
    (made,) = body_of(base(intro=[{**block, "language": "en"}]))
    assert made.language == "en"
    assert problems(base(intro=[{**block, "language": "de"}])) == [
        "intro[0].language: Choose one of 'nl' or 'en'"
    ]


def test_texts_yields_every_text_in_reading_order() -> None:
    data = base(
        intro=[
            "Eén.",
            {"kind": "heading", "text": "Kop"},
            {"kind": "list", "items": [{"text": "a", "items": ["a1", "a2"]}, {"text": "b"}]},
            {
                "kind": "figure",
                "images": [image(caption="Zaal", credit="Jan"), image(), image(credit="Piet")],
            },
            "Slot.",
        ]
    )
    assert list(texts(body_of(data))) == [
        "Eén.", "Kop", "a", "a1", "a2", "b", "Zaal", "Jan", "Piet", "Slot."
    ]  # fmt: skip


# ---------------------------------------------------------------- sections, people, bylines


def test_an_untitled_section_is_valid() -> None:
    publication = Publication.model_validate(base(blocks=[section(title="  ")]))
    assert isinstance(publication.blocks[0], Section) and publication.blocks[0].title == ""


def test_a_bare_speaker_id_is_a_speaker_and_roles_are_kept() -> None:
    data = base(
        speakers=[{"id": f"spk-{n}", "name": n.upper()} for n in "abcdef"],
        blocks=[
            section(
                people=[
                    "spk-a",
                    {"speaker_id": "spk-b", "role": "moderator"},
                    {"speaker_id": "spk-c", "role": "panel"},
                    {"speaker_id": "spk-d", "role": "interviewer"},
                    {"speaker_id": "spk-e", "role": "thanks"},
                    {"speaker_id": "spk-a", "role": "panel"},
                ]
            )
        ],
    )
    block = Publication.model_validate(data).blocks[0]
    assert isinstance(block, Section)
    assert block.people[:2] == (
        Person(speaker_id="spk-a", role="speaker"),
        Person(speaker_id="spk-b", role="moderator"),
    )
    assert [p.role for p in block.people] == [
        "speaker", "moderator", "panel", "interviewer", "thanks", "panel"
    ]  # fmt: skip
    assert block.speaker_ids == ("spk-a", "spk-b", "spk-c", "spk-d", "spk-e")  # each once


def test_a_role_is_one_of_the_known_ones() -> None:
    data = base(
        speakers=[{"id": "a", "name": "A"}],
        blocks=[section(people=[{"speaker_id": "a", "role": "host"}])],
    )
    assert problems(data) == [
        "blocks[0].people[0].role: Choose one of 'speaker', 'moderator', 'panel', "
        "'interviewer' or 'thanks'"
    ]


def test_a_custom_byline_needs_its_text() -> None:
    assert problems(base(blocks=[section(byline="custom")])) == [
        "blocks[0].byline_text: Type the byline, or let Podium compose it from the people"
    ]
    typed = base(blocks=[section(byline="custom", byline_text="Door de redactie")])
    assert problems(typed) == []


@pytest.mark.parametrize("mode", ["auto", "hidden"])
def test_other_bylines_need_no_text(mode: str) -> None:
    assert problems(base(blocks=[section(byline=mode)])) == []


def test_a_custom_byline_inside_a_part_is_reported_there() -> None:
    data = base(blocks=[part(blocks=[section(byline="custom", byline_text=" ")])])
    assert problems(data) == [
        "blocks[0].blocks[0].byline_text: Type the byline, or let Podium compose it from the people"
    ]


@pytest.mark.parametrize(
    ("given", "stored"), [(None, None), ("", ""), (" aan ", "aan"), ("van", "van")]
)
def test_a_speakers_connector(given: str | None, stored: str | None) -> None:
    data = base(speakers=[{"id": "a", "name": "A", "connector": given}])
    assert Publication.model_validate(data).speakers[0] == Speaker(
        id="a", name="A", connector=stored
    )


# ---------------------------------------------------------------- parts


def test_a_part_holds_an_intro_and_sections_and_quotes() -> None:
    data = base(
        blocks=[
            part(
                intro=["Twee workshops tegelijk."],
                blocks=[section(), {"kind": "quote", "id": "q-a", "text": "Mooi."}],
                language="en",
            )
        ]
    )
    made = Publication.model_validate(data).blocks[0]
    assert isinstance(made, Part) and made.language == "en"
    assert [type(b) for b in made.blocks] == [Section, Quote]
    assert isinstance(made.intro[0], Paragraph)


def test_a_part_holds_no_part() -> None:
    data = base(blocks=[part(blocks=[part(id="part-b")])])
    assert problems(data) == [
        "blocks[0].blocks[0]: Unknown block kind ‘part’: this version of Podium knows "
        "'section', 'quote'"
    ]


def test_an_unknown_speaker_inside_a_part_is_reported_where_it_is() -> None:
    data = base(
        speakers=[{"id": "a", "name": "A"}],
        blocks=[
            section(id="sec-0", people=["a"]),
            part(
                blocks=[
                    section(people=["a", "ghost"]),
                    {"kind": "quote", "id": "q-a", "text": "x", "speaker_id": "nobody"},
                ]
            ),
        ],
    )
    publication, found = validate(data)
    assert publication is None
    assert [(p.loc, p.kind, p.params["value"]) for p in found] == [
        (("blocks", 1, "blocks", 0, "people", 1, "speaker_id"), "unknown_speaker", "ghost"),
        (("blocks", 1, "blocks", 1, "speaker_id"), "unknown_speaker", "nobody"),
    ]
    assert [str(p) for p in found] == [
        "Part 1 ‘Ochtend’, section 1 ‘Ruimte’, person 2, speaker: there is no speaker with the "
        "id ‘ghost’",
        "Part 1 ‘Ochtend’, quote 1 (‘x’), speaker: there is no speaker with the id ‘nobody’",
    ]


def test_ids_are_unique_across_speakers_blocks_parts_and_body_blocks() -> None:
    data = base(
        speakers=[{"id": "x-1", "name": "A"}],
        intro=[{"kind": "paragraph", "id": "x-2", "text": "a"}],
        blocks=[
            part(
                id="x-3",
                intro=[{"kind": "heading", "id": "x-1", "text": "b"}],
                blocks=[section(id="x-2", body=[{"kind": "paragraph", "id": "x-3", "text": "c"}])],
            ),
            section(id="x-4", body=[{"kind": "list", "id": "x-5", "items": [{"text": "d"}]}]),
        ],
        colophon={"note": [{"kind": "paragraph", "id": "x-5", "text": "e"}]},
    )
    assert problems(data) == [
        "speakers[0].id: The id ‘x-1’ is used more than once",
        "blocks[0].id: The id ‘x-3’ is used more than once",
        "blocks[0].blocks[0].id: The id ‘x-2’ is used more than once",
        "intro[0].id: The id ‘x-2’ is used more than once",
        "blocks[0].intro[0].id: The id ‘x-1’ is used more than once",
        "blocks[0].blocks[0].body[0].id: The id ‘x-3’ is used more than once",
        "blocks[1].body[0].id: The id ‘x-5’ is used more than once",
        "colophon.note[0].id: The id ‘x-5’ is used more than once",
    ]


def test_two_blocks_of_one_body_may_not_share_an_id() -> None:
    same = {"kind": "paragraph", "id": "p-1", "text": "a"}
    assert problems(base(intro=[same, same])) == [
        "intro[0].id: The id ‘p-1’ is used more than once",
        "intro[1].id: The id ‘p-1’ is used more than once",
    ]


@pytest.fixture
def nested() -> Publication:
    return Publication.model_validate(
        base(
            intro=["Intro."],
            blocks=[
                section(id="sec-0", body=["Nul."]),
                part(
                    intro=["Deel."],
                    blocks=[
                        section(id="sec-1", body=["Een."]),
                        {"kind": "quote", "id": "q-1", "text": "Citaat."},
                        section(id="sec-2", title=""),
                    ],
                ),
                part(id="part-b", title="Middag"),
                {"kind": "quote", "id": "q-2", "text": "Slot."},
            ],
            colophon={"note": ["Eerder verschenen."]},
        )
    )


def test_block_finds_sections_quotes_and_parts_inside_parts(nested: Publication) -> None:
    assert isinstance(nested.block("sec-1"), Section)
    assert isinstance(nested.block("q-1"), Quote)
    assert nested.block("part-a").title == "Ochtend"  # type: ignore[union-attr]
    assert nested.block("q-2").text == "Slot."  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        nested.block(nested.intro[0].id)  # a body block is not a block of the publication
    with pytest.raises(KeyError):
        nested.block("ghost")


def test_iter_blocks_in_reading_order(nested: Publication) -> None:
    assert [(loc, b.id) for loc, b in nested.iter_blocks()] == [
        (("blocks", 0), "sec-0"),
        (("blocks", 1, "blocks", 0), "sec-1"),
        (("blocks", 1, "blocks", 1), "q-1"),
        (("blocks", 1, "blocks", 2), "sec-2"),
        (("blocks", 3), "q-2"),
    ]
    assert [b.id for _, b in nested.iter_blocks(parts=True)] == [
        "sec-0", "part-a", "sec-1", "q-1", "sec-2", "part-b", "q-2"
    ]  # fmt: skip


def test_iter_bodies_in_reading_order(nested: Publication) -> None:
    bodies = list(nested.iter_bodies())
    assert [loc for loc, _ in bodies] == [
        ("intro",),
        ("blocks", 0, "body"),
        ("blocks", 1, "intro"),
        ("blocks", 1, "blocks", 0, "body"),
        ("blocks", 1, "blocks", 2, "body"),
        ("blocks", 2, "intro"),
        ("colophon", "note"),
    ]
    assert [[t for t in texts(body)] for _, body in bodies] == [
        ["Intro."], ["Nul."], ["Deel."], ["Een."], [], [], ["Eerder verschenen."]
    ]  # fmt: skip


def test_a_colophon_note_is_a_body() -> None:
    data = base(
        colophon={"note": ["Dit artikel verscheen eerder op [divosa.nl](https://www.divosa.nl)."]}
    )
    (note,) = Publication.model_validate(data).colophon.note
    assert isinstance(note, Paragraph) and note.text.startswith("Dit artikel")


def test_v2_section_fields_are_unknown_in_v3() -> None:
    data = base(blocks=[section(speaker_ids=["a"], images=[image()])])
    with pytest.raises(ValidationError):
        Publication.model_validate(data)
    assert problems(data) == [
        "blocks[0].speaker_ids: Unknown field (Podium does not know it)",
        "blocks[0].images: Unknown field (Podium does not know it)",
    ]
