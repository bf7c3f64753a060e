"""The semantic diff: parts matched by id; moved, added, removed; fields with word changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from models import Publication, load
from models import operations as ops
from models.diff import (
    Added,
    FieldChanged,
    Moved,
    Removed,
    Within,
    WordOp,
    diff,
    format_text,
    path_text,
    word_diff,
)
from models.edit import replace_at
from models.review import set_status


def paragraph(block_id: str, text: str, **more: Any) -> dict[str, Any]:
    return {"kind": "paragraph", "id": block_id, "text": text, **more}


@pytest.fixture
def pub(make_data) -> Publication:
    return Publication.model_validate(
        make_data(
            speakers=[
                {"id": "spk-a", "name": "Anna", "role": "lector"},
                {"id": "spk-b", "name": "Bram"},
            ],
            blocks=[
                {"kind": "section", "id": "sec-a", "title": "Alfa", "people": ["spk-a"]},
                {"kind": "quote", "id": "quote-b", "text": "Doe wat nodig is."},
                {
                    "kind": "section",
                    "id": "sec-c",
                    "title": "Gamma",
                    "body": [paragraph("p-een", "Een."), paragraph("p-twee", "Twee.")],
                },
                {"kind": "section", "id": "sec-d", "title": "Delta"},
            ],
        )
    )


def test_equal_versions_have_no_changes(pub: Publication) -> None:
    assert diff(pub, pub) == []
    assert format_text([]) == ""


def test_review_state_is_not_content(pub: Publication) -> None:
    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    approved = replace_at(pub, ("review",), set_status(pub.review, "approved", "A", at))
    assert diff(pub, approved) == []


def test_same_id_elsewhere_is_moved(pub: Publication) -> None:
    new = ops.move_to(pub, "blocks", "sec-d", 0)
    assert diff(pub, new) == [Moved("section", "sec-d", "Delta", 3, 0)]
    assert format_text(diff(pub, new)) == (
        "moved    Section “Delta” (sec-d) from position 4 to 1\n"
    )


def test_an_insertion_does_not_move_the_items_after_it(pub: Publication) -> None:
    new = ops.add_section(pub, None, item_id="sec-new")  # at the end
    new = ops.move_to(new, "blocks", "sec-new", 0)  # now at the top; the others shift
    changes = diff(pub, new)
    assert changes == [Added("section", "sec-new", "Nieuwe sectie", 0)]


def test_a_different_id_is_removed_and_added(pub: Publication) -> None:
    data = pub.model_dump()
    data["blocks"][2]["id"] = "sec-c2"  # same content, other identity
    new = Publication.model_validate(data)
    assert diff(pub, new) == [
        Removed("section", "sec-c", "Gamma", 2),
        Added("section", "sec-c2", "Gamma", 2),
    ]


def test_text_edit_gives_the_changed_words(pub: Publication) -> None:
    new = replace_at(pub, ("blocks", 1, "text"), "Doe gewoon wat echt nodig is!")
    (change,) = diff(pub, new)
    assert change == FieldChanged(
        "quote", "quote-b", "Doe gewoon wat echt nodig is!", ("text",),
        "Doe wat nodig is.", "Doe gewoon wat echt nodig is!",
    )  # fmt: skip
    assert change.words == [
        WordOp("equal", "Doe "),
        WordOp("insert", "gewoon "),
        WordOp("equal", "wat"),
        WordOp("insert", " echt"),
        WordOp("equal", " nodig is"),
        WordOp("delete", "."),
        WordOp("insert", "!"),
    ]
    assert format_text([change]) == (
        "changed  Quote “Doe gewoon wat echt nodig is!”: text\n"
        "    Doe {+gewoon +}wat{+ echt+} nodig is[-.-]{+!+}\n"
    )


def test_paragraphs_are_matched_by_id_and_changed_at_their_place(pub: Publication) -> None:
    body = [
        paragraph("p-een", "Een."),
        paragraph("p-twee", "Twee en drie."),
        paragraph("p-vier", "Vier."),
    ]
    new = replace_at(pub, ("blocks", 2, "body"), body)
    gamma = Within("section", "sec-c", "Gamma", "body")
    assert diff(pub, new) == [
        FieldChanged("section", "sec-c", "Gamma", ("body", 1, "text"), "Twee.", "Twee en drie."),
        Added("paragraph", "p-vier", "Vier.", 2, gamma),
    ]
    assert format_text(diff(pub, new)) == (
        "changed  Section “Gamma”: body[2].text\n"
        "    Twee{+ en drie+}.\n"
        "added    Paragraph “Vier.” (p-vier) at position 3 in Section “Gamma”\n"
    )


def test_a_paragraph_inserted_at_the_top_moves_nothing(pub: Publication) -> None:
    body = [paragraph("p-nul", "Nul."), *pub.blocks[2].body]  # type: ignore[union-attr]
    new = replace_at(pub, ("blocks", 2, "body"), body)
    assert diff(pub, new) == [
        Added("paragraph", "p-nul", "Nul.", 0, Within("section", "sec-c", "Gamma", "body"))
    ]


def test_paragraphs_moved_removed_and_moved_between_bodies(pub: Publication) -> None:
    gamma = Within("section", "sec-c", "Gamma", "body")
    swapped = replace_at(pub, ("blocks", 2, "body"), list(reversed(pub.blocks[2].body)))  # type: ignore[union-attr]
    assert diff(pub, swapped) == [Moved("paragraph", "p-twee", "Twee.", 1, 0, gamma, gamma)]
    assert format_text(diff(pub, swapped)) == (
        "moved    Paragraph “Twee.” (p-twee) in Section “Gamma” from position 2 to 1\n"
    )
    removed = replace_at(pub, ("blocks", 2, "body"), pub.blocks[2].body[:1])  # type: ignore[union-attr]
    assert diff(pub, removed) == [Removed("paragraph", "p-twee", "Twee.", 1, gamma)]
    assert format_text(diff(pub, removed)) == (
        "removed  Paragraph “Twee.” (p-twee), was at position 2 in Section “Gamma”\n"
    )
    to_intro = replace_at(removed, ("intro",), [pub.blocks[2].body[1]])  # type: ignore[union-attr]
    intro = Within("intro", None, "", "intro")
    assert diff(pub, to_intro) == [Moved("paragraph", "p-twee", "Twee.", 1, 0, gamma, intro)]
    assert format_text(diff(pub, to_intro)) == (
        "moved    Paragraph “Twee.” (p-twee) from position 2 in Section “Gamma” to position 1 "
        "in Introduction\n"
    )


def test_speaker_role_change_and_speakers_by_name(pub: Publication) -> None:
    new = replace_at(pub, ("speakers", 0, "role"), "lector en onderzoeker")
    new = replace_at(new, ("blocks", 0, "people"), ["spk-a", "spk-b"])
    changes = diff(pub, new)
    assert changes == [
        FieldChanged("speaker", "spk-a", "Anna", ("role",), "lector", "lector en onderzoeker"),
        FieldChanged("section", "sec-a", "Alfa", ("people",), "Anna", "Anna\nBram"),
    ]
    assert changes[0].words[-1] == WordOp("insert", " en onderzoeker")


def test_speakers_added_and_removed(pub: Publication) -> None:
    new = ops.delete_speaker(pub, "spk-b")
    new = ops.add_speaker(new, None, item_id="spk-c")
    assert diff(pub, new) == [
        Removed("speaker", "spk-b", "Bram", 1),
        Added("speaker", "spk-c", "Nieuwe spreker", 1),
    ]


def test_nested_and_listed_records_have_paths(pub: Publication) -> None:
    new = replace_at(pub, ("event",), {"name": "Symposium", "place": "Utrecht"})
    new = replace_at(new, ("blocks", 0, "videos"), [{"label": "Opname"}])
    new = replace_at(new, ("colophon", "version"), "1.1")
    new = replace_at(new, ("theme", "page_size"), "Letter")
    changes = [c for c in diff(pub, new) if c.path[:1] != ("videos",) or c.path[-1] == "label"]  # type: ignore[union-attr]
    assert [(c.kind, path_text(c.path), c.old, c.new) for c in changes] == [  # type: ignore[union-attr]
        ("details", "event.name", "", "Symposium"),
        ("details", "event.place", "", "Utrecht"),
        ("section", "videos[1].label", "", "Opname"),
        ("colophon", "version", "", "1.1"),
        ("theme", "page_size", "A4", "Letter"),
    ]


def test_word_diff_round_trips() -> None:
    old, new = "Ruimte voor professionals, nu.", "Ruimte voor vakmensen nu!"
    ops_ = word_diff(old, new)
    assert "".join(o.text for o in ops_ if o.op != "insert") == old
    assert "".join(o.text for o in ops_ if o.op != "delete") == new
    assert WordOp("delete", "professionals,") in ops_ and WordOp("insert", "vakmensen") in ops_


def test_text_output_cannot_drive_the_terminal(pub: Publication) -> None:
    new = replace_at(pub, ("blocks", 0, "title"), "Alfa\x1b[2J")
    text = format_text(diff(pub, new))
    # ESC is dropped on input (models.types), so only the harmless "[2J" remains to show.
    assert "\x1b" not in text and "Alfa[2J" in text


def test_review_state_of_the_v2_fixture_is_not_a_difference(fixtures: Path) -> None:
    changes = diff(load(fixtures / "v1").publication, load(fixtures / "v2").publication)
    assert all(isinstance(c, FieldChanged) for c in changes)
    assert {c.kind for c in changes} <= {"theme", "section"}  # its new theme and video fields
    text = format_text(changes)
    assert "Mooi citaat" not in text and "Anna de Vries" not in text


@pytest.fixture
def fixtures() -> Path:
    return Path(__file__).parent / "fixtures"


# ---------------------------------------------------------------- model v3: people and bylines


def test_roles_bylines_and_connectors_read_as_words(pub: Publication) -> None:
    people = [
        {"speaker_id": "spk-a", "role": "moderator"},
        {"speaker_id": "spk-b", "role": "panel"},
    ]
    new = replace_at(pub, ("blocks", 0, "people"), people)
    new = replace_at(new, ("blocks", 0, "byline_text"), "Gesprek met Anna")
    new = replace_at(new, ("blocks", 0, "byline"), "custom")
    new = replace_at(new, ("speakers", 0, "connector"), "aan")
    new = replace_at(new, ("speakers", 1, "connector"), "")
    assert [(c.kind, c.path, c.old, c.new) for c in diff(pub, new)] == [  # type: ignore[union-attr]
        ("speaker", ("connector",), "(the language's usual word)", "aan"),
        ("speaker", ("connector",), "(the language's usual word)", "(a comma)"),
        ("section", ("people",), "Anna", "Anna (moderator)\nBram (panel)"),
        ("section", ("byline",), "auto", "custom"),
        ("section", ("byline_text",), "", "Gesprek met Anna"),
    ]
    hidden = replace_at(pub, ("blocks", 0, "byline"), "hidden")
    assert [(c.path, c.old, c.new) for c in diff(pub, hidden)] == [  # type: ignore[union-attr]
        (("byline",), "auto", "hidden"),
    ]


# ---------------------------------------------------------------- model v3: parts


@pytest.fixture
def with_part(pub: Publication) -> Publication:
    part = {
        "kind": "part",
        "id": "part-x",
        "title": "Ochtend",
        "intro": [paragraph("p-deel", "Twee lezingen.")],
        "blocks": [
            {"kind": "section", "id": "sec-e", "title": "Epsilon", "body": [paragraph("p-e", "E.")]}
        ],
    }
    return replace_at(pub, ("blocks",), [*pub.blocks, part])


def test_a_new_part_comes_with_its_contents(pub: Publication, with_part: Publication) -> None:
    assert diff(pub, with_part) == [Added("part", "part-x", "Ochtend", 4)]
    assert format_text(diff(pub, with_part)) == "added    Part “Ochtend” (part-x) at position 5\n"
    assert diff(with_part, pub) == [Removed("part", "part-x", "Ochtend", 4)]


def test_a_new_part_around_existing_sections(pub: Publication) -> None:
    part = {"kind": "part", "id": "part-y", "title": "Middag", "blocks": [pub.blocks[3]]}
    new = replace_at(pub, ("blocks",), [*pub.blocks[:3], part])
    assert diff(pub, new) == [
        Added("part", "part-y", "Middag", 3),
        Moved(
            "section", "sec-d", "Delta", 3, 0, None, Within("part", "part-y", "Middag", "blocks")
        ),
    ]
    # The section's paragraphs stayed in it: they are not reported.
    dissolved = ops.dissolve_part(new, "part-y")
    assert diff(new, dissolved) == [
        Removed("part", "part-y", "Middag", 3),
        Moved(
            "section", "sec-d", "Delta", 0, 3, Within("part", "part-y", "Middag", "blocks"), None
        ),
    ]


def test_moving_a_section_into_a_part_is_a_move(with_part: Publication) -> None:
    new = ops.move_into_part(with_part, "sec-d", "part-x", 0)
    part = Within("part", "part-x", "Ochtend", "blocks")
    assert diff(with_part, new) == [Moved("section", "sec-d", "Delta", 3, 0, None, part)]
    assert format_text(diff(with_part, new)) == (
        "moved    Section “Delta” (sec-d) from position 4 to position 1 in Part “Ochtend”\n"
    )
    # The sections after it in the part did not move; the part itself did not either.
    assert diff(new, with_part) == [Moved("section", "sec-d", "Delta", 0, 3, part, None)]


def test_changes_inside_a_part_name_their_place(with_part: Publication) -> None:
    new = replace_at(with_part, ("blocks", 4, "title"), "De ochtend")
    new = replace_at(new, ("blocks", 4, "intro", 0, "text"), "Drie lezingen.")
    new = replace_at(new, ("blocks", 4, "blocks", 0, "title"), "Eps")
    new = replace_at(new, ("blocks", 4, "blocks", 0, "body", 0, "text"), "Ee.")
    assert [
        (c.kind, c.item_id, c.label, path_text(c.path), c.old, c.new) for c in diff(with_part, new)
    ] == [  # type: ignore[union-attr]
        ("part", "part-x", "De ochtend", "title", "Ochtend", "De ochtend"),
        ("part", "part-x", "De ochtend", "intro[1].text", "Twee lezingen.", "Drie lezingen."),
        ("section", "sec-e", "Eps", "title", "Epsilon", "Eps"),
        ("section", "sec-e", "Eps", "body[1].text", "E.", "Ee."),
    ]


# ---------------------------------------------------------------- model v3: body blocks


def _body(pub: Publication, *blocks: dict[str, Any]) -> Publication:
    return replace_at(pub, ("blocks", 3, "body"), list(blocks))


LIST = {
    "kind": "list",
    "id": "list-a",
    "items": [
        {"text": "Een", "items": ["a", "b"]},
        {"text": "Twee"},
        {"text": "Drie"},
        {"text": "Vier"},
    ],
}


def test_lists_are_compared_item_by_item(pub: Publication) -> None:
    old = _body(pub, LIST)
    items = [
        {"text": "Een", "items": ["a", "b", "c"]},
        {"text": "Anderhalf"},  # inserted
        {"text": "Twee"},
        {"text": "Drie!"},  # changed
    ]  # "Vier" removed
    new = _body(pub, {**LIST, "ordered": True, "items": items})
    changes = diff(old, new)
    assert [(path_text(c.path), c.old, c.new) for c in changes] == [  # type: ignore[union-attr]
        ("body[1].ordered", "no", "yes"),
        ("body[1].items[1].items", "a\nb", "a\nb\nc"),
        ("body[1].items[2]", "", "Anderhalf"),
        ("body[1].items[4].text", "Drie", "Drie!"),
        ("body[1].items[4]", "Vier", ""),
    ]
    assert {(c.kind, c.item_id, c.label) for c in changes} == {("section", "sec-d", "Delta")}  # type: ignore[union-attr]


def test_a_list_item_with_sub_items_added_or_removed_whole(pub: Publication) -> None:
    old = _body(pub, LIST)
    new = _body(pub, {**LIST, "items": LIST["items"][1:]})  # type: ignore[index]
    (change,) = diff(old, new)
    assert (path_text(change.path), change.old, change.new) == (
        "body[1].items[1]",
        "Een\n– a\n– b",
        "",
    )  # type: ignore[union-attr]
    assert format_text([change]) == (
        "changed  Section “Delta”: body[1].items[1]\n    [-Een\n    – a\n    – b-]\n"
    )


def test_headings_figures_and_languages(pub: Publication) -> None:
    asset = "assets/" + "0" * 64 + ".png"
    image = {"asset": asset, "alt": "Zaal"}
    old = _body(
        pub,
        {"kind": "heading", "id": "h-a", "text": "Kop"},
        {"kind": "figure", "id": "fig-a", "images": [image]},
        paragraph("p-a", "Tekst."),
    )
    new = _body(
        pub,
        {"kind": "heading", "id": "h-a", "text": "Nieuwe kop"},
        {
            "kind": "figure",
            "id": "fig-a",
            "images": [{**image, "caption": "De zaal"}, image],
            "size": "half",
        },
        paragraph("p-a", "Text.", language="en"),
    )
    assert [(path_text(c.path), c.old, c.new) for c in diff(old, new)] == [  # type: ignore[union-attr]
        ("body[1].text", "Kop", "Nieuwe kop"),
        ("body[2].images[1].caption", "", "De zaal"),
        ("body[2].size", "full", "half"),
        ("body[2].images[2].asset", "", asset),
        ("body[2].images[2].alt", "", "Zaal"),
        ("body[2].images[2].decorative", "", "no"),
        ("body[3].text", "Tekst.", "Text."),
        ("body[3].language", "", "en"),
    ]


def test_a_block_that_changed_kind_is_removed_and_added(pub: Publication) -> None:
    old = _body(pub, paragraph("b-1", "Kop"))
    new = _body(pub, {"kind": "heading", "id": "b-1", "text": "Kop"})
    delta = Within("section", "sec-d", "Delta", "body")
    assert diff(old, new) == [
        Removed("paragraph", "b-1", "Kop", 0, delta),
        Added("heading", "b-1", "Kop", 0, delta),
    ]


def test_body_labels_are_plain_first_words(pub: Publication) -> None:
    long = "**Vet** en een [link](https://example.org) in een heel lange alinea die maar doorgaat."
    asset = "assets/" + "0" * 64 + ".png"
    new = _body(
        pub,
        paragraph("p-a", long),
        {"kind": "list", "id": "list-b", "items": [{"text": "*Eerste* punt"}]},
        {"kind": "figure", "id": "fig-c", "images": [{"asset": asset, "alt": "Zaal"}]},
        {
            "kind": "figure",
            "id": "fig-d",
            "images": [
                {"asset": asset, "alt": "Zaal"},
                {"asset": asset, "alt": "Podium", "caption": "Het podium"},
            ],
        },
    )
    assert [c.label for c in diff(pub, new)] == [  # type: ignore[union-attr]
        "Vet en een link in een heel lange alinea die ma…",
        "Eerste punt",
        "Zaal",
        "Het podium",
    ]


def test_intro_and_colophon_note_are_bodies(pub: Publication) -> None:
    new = replace_at(pub, ("intro",), [paragraph("p-i", "Welkom.")])
    new = replace_at(new, ("colophon", "note"), [paragraph("p-n", "Eerder verschenen.")])
    new = replace_at(new, ("colophon", "version"), "2")
    changes = diff(pub, new)
    assert changes == [
        Added("paragraph", "p-i", "Welkom.", 0, Within("intro", None, "", "intro")),
        FieldChanged("colophon", None, "", ("version",), "", "2"),
        Added("paragraph", "p-n", "Eerder verschenen.", 0, Within("colophon", None, "", "note")),
    ]
    edited = replace_at(new, ("intro", 0, "text"), "Welkom allemaal.")
    edited = replace_at(edited, ("colophon", "note", 0, "text"), "Eerder verschenen op de site.")
    assert format_text(diff(new, edited)).splitlines() == [
        "changed  Introduction: intro[1].text",
        "    Welkom{+ allemaal+}.",
        "changed  Colophon: note[1].text",
        "    Eerder verschenen{+ op de site+}.",
    ]
    assert format_text(changes).splitlines()[0] == (
        "added    Paragraph “Welkom.” (p-i) at position 1 in Introduction"
    )


def test_the_every_feature_fixture_against_itself_and_v2(fixtures: Path) -> None:
    v3 = load(fixtures / "v3").publication
    assert diff(v3, v3) == []
    changes = diff(load(fixtures / "v2").publication, v3)
    assert changes and format_text(changes)  # every kind of change can be told in words
    kinds = {c.kind for c in changes}
    expected = {"details", "intro", "part", "section", "paragraph", "list", "figure", "speaker"}
    assert expected <= kinds


def test_a_move_inside_a_retitled_section_stays_inside_it(pub: Publication) -> None:
    """The section's new title is no reason to read the move as one between sections."""
    body = list(reversed(pub.blocks[2].body))  # type: ignore[union-attr]
    moved = replace_at(pub, ("blocks", 2, "body"), body)
    new = replace_at(moved, ("blocks", 2, "title"), "Gamma 2")
    assert format_text(diff(pub, new)) == (
        "changed  Section “Gamma 2”: title\n"
        "    Gamma{+ 2+}\n"
        "moved    Paragraph “Twee.” (p-twee) in Section “Gamma 2” from position 2 to 1\n"
    )
