"""The diff's edges: long texts and lists (difflib's "autojunk" heuristic starts at 200
items), every line of the text report, and speakers shown by name. Found by mutation testing
(``make mutate``): each test fails if one operator, number or word in :mod:`models.diff` is
changed.
"""

from __future__ import annotations

from typing import Any

import pytest

from models import Publication
from models.diff import (
    Added,
    FieldChanged,
    Moved,
    Removed,
    Within,
    WordOp,
    body_label,
    diff,
    format_text,
    part_text,
    path_text,
    within_text,
    word_diff,
)


def _pub(make_data: Any, **more: Any) -> Publication:
    return Publication.model_validate(make_data(**more))


def test_a_long_text_with_one_changed_word_is_one_change() -> None:
    """300 tokens: with difflib's autojunk the spaces (popular) would never match."""
    words = [f"woord{i}" for i in range(150)]
    old = " ".join(words)
    new = " ".join([*words[:75], "ANDERS", *words[76:]])
    assert word_diff(old, new) == [
        WordOp("equal", " ".join(words[:75]) + " "),
        WordOp("delete", "woord75"),
        WordOp("insert", "ANDERS"),
        WordOp("equal", " " + " ".join(words[76:])),
    ]


def test_many_sections_with_one_moved_report_only_that_one(make_data: Any) -> None:
    blocks = [{"kind": "section", "id": f"s{i}", "title": f"T{i}"} for i in range(210)]
    old = _pub(make_data, blocks=blocks)
    new = _pub(make_data, blocks=[*blocks[1:150], blocks[0], *blocks[150:]])
    assert format_text(diff(old, new)) == "moved    Section “T0” (s0) from position 1 to 150\n"


def test_added_and_removed_items_are_reported_line_by_line(make_data: Any) -> None:
    part = {"kind": "part", "id": "p", "title": "Ochtend", "blocks": []}
    old = _pub(
        make_data,
        blocks=[
            {**part, "blocks": [{"kind": "section", "id": "a", "title": "Alfa"}]},
            {"kind": "quote", "id": "q", "text": "Weg ermee."},
        ],
    )
    new = _pub(
        make_data,
        blocks=[
            {
                **part,
                "blocks": [
                    {"kind": "section", "id": "a", "title": "Alfa"},
                    {"kind": "section", "id": "b", "title": "Bèta"},
                ],
            },
        ],
    )
    assert format_text(diff(old, new)).splitlines() == [
        "removed  Quote “Weg ermee.” (q), was at position 2",
        "added    Section “Bèta” (b) at position 2 in Part “Ochtend”",
    ]


def test_moves_within_and_between_places_read_as_words() -> None:
    part = Within("part", "p", "Ochtend", "blocks")
    intro = Within("part", "p", "Ochtend", "intro")
    section = Within("section", "s", "Alfa", "body")
    lines = format_text(
        [
            Moved("section", "a", "Alfa", 0, 2, part, part),
            Moved("section", "a", "Alfa", 3, 0, None, part),
            Moved("paragraph", "x", "Tekst", 1, 0, section, intro),
            Moved("section", "a", "Alfa", 0, 1),
            Removed("paragraph", "x", "Tekst", 4, section),
            Added("speaker", "spk", "Anna", 0),
        ]
    ).splitlines()
    assert lines == [
        "moved    Section “Alfa” (a) in Part “Ochtend” from position 1 to 3",
        "moved    Section “Alfa” (a) from position 4 to position 1 in Part “Ochtend”",
        "moved    Paragraph “Tekst” (x) from position 2 in Section “Alfa” "
        "to position 1 in Part “Ochtend” (intro)",
        "moved    Section “Alfa” (a) from position 1 to 2",
        "removed  Paragraph “Tekst” (x), was at position 5 in Section “Alfa”",
        "added    Speaker “Anna” (spk) at position 1",
    ]


def test_places_and_parts_in_words() -> None:
    assert part_text("colophon", "") == "Colophon"
    assert part_text("heading", "Kop") == "Sub-heading “Kop”"
    assert within_text(None) == ""
    assert within_text(Within("intro", None, "", "intro")) == " in Introduction"
    assert within_text(Within("colophon", None, "", "note")) == " in Colophon"
    assert within_text(Within("section", "s", "S", "note")) == " in Section “S” (note)"
    assert path_text(("videos", 0, "url")) == "videos[1].url"
    assert path_text((2, "text")) == "[3].text"


def test_a_field_change_is_reported_with_its_words_marked() -> None:
    change = FieldChanged("details", None, "", ("title",), "Oude titel", "Nieuwe titel")
    assert change.field == "title"
    assert (
        format_text([change])
        == "changed  Publication details: title\n    [-Oude-]{+Nieuwe+} titel\n"
    )


def test_a_quotes_speaker_is_compared_by_name(make_data: Any) -> None:
    speakers = [{"id": "s1", "name": "Anna"}, {"id": "s2", "name": "Bram"}]
    quote = {"kind": "quote", "id": "q", "text": "Zo.", "speaker_id": "s1"}
    old = _pub(make_data, speakers=speakers, blocks=[quote])
    new = _pub(make_data, speakers=speakers, blocks=[{**quote, "speaker_id": "s2"}])
    (change,) = diff(old, new)
    assert (change.kind, change.path, change.old, change.new) == (  # type: ignore[union-attr]
        "quote",
        ("speaker_id",),
        "Anna",
        "Bram",
    )
    renamed = _pub(
        make_data, speakers=[{"id": "s1", "name": "Anneke"}, speakers[1]], blocks=[quote]
    )
    assert [(c.kind, c.path, c.old, c.new) for c in diff(old, renamed)] == [  # type: ignore[union-attr]
        ("speaker", ("name",), "Anna", "Anneke"),
        ("quote", ("speaker_id",), "Anna", "Anneke"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("x" * 48, "x" * 48),
        ("x" * 49, "x" * 47 + "…"),
        ("a" * 46 + " bcd", "a" * 46 + "…"),
        ("*Vet*   en\n\nwit", "Vet en wit"),
    ],
)
def test_body_labels_are_cut_at_48_characters(make_data: Any, text: str, label: str) -> None:
    pub = _pub(make_data, intro=[{"kind": "paragraph", "id": "p", "text": text}])
    assert body_label(pub.intro[0]) == label
