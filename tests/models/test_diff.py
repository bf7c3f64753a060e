"""The semantic diff: parts matched by id; moved, added, removed; fields with word changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import Publication, load
from models import operations as ops
from models.diff import (
    Added,
    FieldChanged,
    Moved,
    Removed,
    WordOp,
    diff,
    format_text,
    path_text,
    word_diff,
)
from models.edit import replace_at
from models.review import set_status


@pytest.fixture
def pub(make_data) -> Publication:
    return Publication.model_validate(
        make_data(
            speakers=[
                {"id": "spk-a", "name": "Anna", "role": "lector"},
                {"id": "spk-b", "name": "Bram"},
            ],
            blocks=[
                {"kind": "section", "id": "sec-a", "title": "Alfa", "speaker_ids": ["spk-a"]},
                {"kind": "quote", "id": "quote-b", "text": "Doe wat nodig is."},
                {"kind": "section", "id": "sec-c", "title": "Gamma", "body": ["Een.", "Twee."]},
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


def test_paragraph_lists_are_one_field_with_a_line_each(pub: Publication) -> None:
    new = replace_at(pub, ("blocks", 2, "body"), ["Een.", "Twee en drie.", "Vier."])
    (change,) = diff(pub, new)
    assert (change.path, change.old, change.new) == (
        ("body",),
        "Een.\nTwee.",
        "Een.\nTwee en drie.\nVier.",
    )


def test_speaker_role_change_and_speakers_by_name(pub: Publication) -> None:
    new = replace_at(pub, ("speakers", 0, "role"), "lector en onderzoeker")
    new = replace_at(new, ("blocks", 0, "speaker_ids"), ["spk-a", "spk-b"])
    changes = diff(pub, new)
    assert changes == [
        FieldChanged("speaker", "spk-a", "Anna", ("role",), "lector", "lector en onderzoeker"),
        FieldChanged("section", "sec-a", "Alfa", ("speaker_ids",), "Anna", "Anna\nBram"),
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
