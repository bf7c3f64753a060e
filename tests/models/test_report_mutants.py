"""The import report as entries (models/importing/report.py): the group every kind of line
is listed under, in the order the report shows them, the address a line names, and where
each guess stands."""

from __future__ import annotations

import datetime as dt

import pytest

from models.importing import import_data
from models.importing.mapping import Imported
from models.importing.notes import TEMPLATES, Note
from models.importing.report import GROUPS, KIND_GROUPS, Entry, entries, entry, needs_base

#: Where the report lists each kind of line: what a reader of the report sees.
EXPECTED_GROUPS: dict[str, tuple[str, ...]] = {
    "document": (
        "title_heading",
        "title_line",
        "no_title",
        "date_line",
        "no_date",
        "title_repeat",
        "title_repeats",
        "front_matter_unread",
        "front_matter_unused",
        "front_matter_date",
    ),
    "speakers": ("speaker", "moderator", "panel_member", "interviewer", "thanks"),
    "quotes": ("quote",),
    "takeaways": (
        "takeaways_after_intro",
        "key_takeaways_under_heading",
        "takeaways_under_heading",
        "takeaways_under_heading_untitled",
        "takeaways_under_byline",
        "takeaways_under_byline_untitled",
    ),
    "colophon": (
        "colophon_organisation",
        "colophon_read",
        "colophon_read_credits",
        "colophon_empty",
        "colophon_empty_credits",
    ),
    "links": ("relative_link",),
    "images": (
        "remote_image",
        "remote_image_unnamed",
        "image_not_in_file",
        "image_not_in_file_unnamed",
        "image_refused",
        "image_refused_unnamed",
        "image_decorative",
        "image_decorative_unnamed",
        "image_missing",
        "embedded_object",
        "embedded_image_too_large",
        "embedded_image_damaged",
    ),
    "placed": (
        "section_title",
        "video",
        "video_untitled",
        "access_note",
        "page_chrome",
        "split_paragraph",
        "flattened",
    ),
}

TODAY = dt.date(2026, 3, 5)


def test_the_groups_are_shown_from_the_document_to_the_text_placed_by_guess() -> None:
    assert GROUPS == (
        "document",
        "speakers",
        "quotes",
        "takeaways",
        "colophon",
        "links",
        "images",
        "placed",
    )


def test_every_kind_of_line_is_listed_in_its_own_group() -> None:
    expected = {kind: group for group, kinds in EXPECTED_GROUPS.items() for kind in kinds}
    assert dict(KIND_GROUPS) == expected
    assert set(expected) == set(TEMPLATES)


@pytest.mark.parametrize(
    ("kind", "group"),
    [(kind, group) for group, kinds in EXPECTED_GROUPS.items() for kind in kinds],
)
def test_an_entry_of_each_kind_carries_its_group(kind: str, group: str) -> None:
    found = entry(Note(kind))
    assert found.group == group
    assert found.place is None
    assert found.address == ""


def test_a_line_of_an_unknown_kind_is_listed_with_the_text_placed_by_guess() -> None:
    assert entry(Note("a_kind_from_a_newer_reader")).group == "placed"


@pytest.mark.parametrize(
    ("kind", "params", "address"),
    [
        (
            "remote_image",
            {"image": "https://x.example/c.png", "url": "https://x.example/a.png"},
            "https://x.example/a.png",
        ),
        ("remote_image_unnamed", {"url": "https://x.example/b.png"}, "https://x.example/b.png"),
        ("relative_link", {"text": "het programma", "target": "../p.html"}, "../p.html"),
    ],
)
def test_a_remote_image_or_relative_link_lists_its_address(
    kind: str, params: dict[str, str], address: str
) -> None:
    assert entry(Note(kind, params)).address == address


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("image_not_in_file", {"image": "Zaal", "url": "zaal.png"}),
        ("image_not_in_file_unnamed", {"url": "zaal.png"}),
        ("video", {"text": "https://video.example/1", "section": "Dag"}),
        ("speaker", {"text": "Door A", "name": "A", "url": "https://a.example"}),
    ],
)
def test_other_lines_list_no_address_even_when_they_hold_one(
    kind: str, params: dict[str, str]
) -> None:
    assert entry(Note(kind, params)).address == ""


def test_an_address_that_is_not_text_is_not_listed() -> None:
    assert entry(Note("relative_link", {"target": 3})).address == ""
    assert entry(Note("remote_image_unnamed", {"url": ("a", "b")})).address == ""


def test_a_remote_image_without_its_address_lists_none() -> None:
    assert entry(Note("remote_image_unnamed")).address == ""


def test_an_entry_keeps_its_note_and_place_and_words_its_line_in_english() -> None:
    note = Note("relative_link", {"target": "a.html"})
    found = entry(note, ("section", "s-1"))
    assert found == Entry(note, "links", ("section", "s-1"), "a.html")
    assert found.note is note
    assert found.text == "link to ‘a.html’ is relative: its text was kept, not the link"


def test_only_a_relative_link_needs_a_base_address() -> None:
    assert entry(Note("relative_link", {"target": "a.html"})).needs_base
    for kind in TEMPLATES:
        if kind != "relative_link":
            assert not entry(Note(kind)).needs_base, kind


def test_an_entry_made_by_hand_has_no_place_and_no_address() -> None:
    made = Entry(Note("quote"), "quotes")
    assert made.place is None
    assert made.address == ""


def _imported(
    notes: tuple[Note, ...], places: tuple[tuple[str, str | None] | None, ...]
) -> Imported:
    project = import_data(b"Dag\n\nTekst.\n", ".txt", today=TODAY).project
    return Imported(project, notes, places)


def test_entries_follow_the_notes_and_take_the_place_of_each() -> None:
    notes = (Note("title_line", {"text": "Dag"}), Note("quote"), Note("flattened"))
    found = entries(_imported(notes, (("details", None), None, ("section", "s"))))
    assert [e.note for e in found] == list(notes)
    assert [e.place for e in found] == [("details", None), None, ("section", "s")]
    assert [e.group for e in found] == ["document", "quotes", "placed"]


def test_notes_beyond_the_known_places_have_no_place() -> None:
    notes = (Note("no_title", {"title": "X"}), Note("quote"), Note("flattened"))
    found = entries(_imported(notes, (("details", None), ("quote", "q"))))
    assert [e.place for e in found] == [("details", None), ("quote", "q"), None]
    assert entries(_imported(notes, ())) == tuple(entry(note) for note in notes)


def test_an_import_needs_a_base_only_when_it_kept_a_relative_link() -> None:
    relative = import_data(b"# Dag\n\nZie [het programma](programma.html).\n", ".md")
    assert needs_base(relative)
    absolute = import_data(b"# Dag\n\nZie [het programma](https://x.example/p).\n", ".md")
    assert not needs_base(absolute)
    last = _imported((Note("quote"), Note("relative_link", {"target": "a"})), ())
    assert needs_base(last)
    assert not needs_base(_imported((), ()))
