"""YAML front matter (models/importing/front_matter.py): flat ``key: value`` lines are read,
everything YAML could build objects from is returned unread, and the body is what follows
the closing fence."""

from __future__ import annotations

import pytest

from models.importing.front_matter import split


def test_flat_fields_are_read_and_the_body_follows_the_fence() -> None:
    text = (
        "---\n"
        "Title: Dag van de Ruimte 2024\n"
        "subtitle:   Verslag van het symposium  \n"
        "date: 2024-03-14\n"
        "lang: nl\n"
        "---\n"
        "# Opening\n"
        "\n"
        "Welkom."
    )
    fields, ignored, body = split(text)
    assert fields == {
        "title": "Dag van de Ruimte 2024",
        "subtitle": "Verslag van het symposium",
        "date": "2024-03-14",
        "lang": "nl",
    }
    assert ignored == []
    assert body == "# Opening\n\nWelkom."


def test_text_without_a_fence_on_its_first_line_has_no_front_matter() -> None:
    text = "\n---\ntitle: x\n---\nBody"
    assert split(text) == ({}, [], text)


def test_a_first_line_that_only_starts_with_dashes_is_no_fence() -> None:
    text = "----\ntitle: x\n----\nBody"
    assert split(text) == ({}, [], text)


def test_trailing_spaces_after_the_opening_fence_are_allowed() -> None:
    assert split("---  \ntitle: Report\n---\nBody") == ({"title": "Report"}, [], "Body")


def test_a_closing_fence_of_dots_ends_the_front_matter() -> None:
    assert split("---\ntitle: Report\n... \nBody") == ({"title": "Report"}, [], "Body")


def test_without_a_closing_fence_nothing_is_front_matter() -> None:
    text = "---\ntitle: Report\n\nThe text goes on."
    assert split(text) == ({}, [], text)


def test_a_closing_fence_on_line_999_is_found() -> None:
    lines = ["---", *[f"k{n}: v" for n in range(1, 999)], "---", "Body"]
    fields, _, body = split("\n".join(lines))
    assert len(fields) == 998
    assert body == "Body"


def test_a_closing_fence_past_line_999_is_not_looked_for() -> None:
    lines = ["---", *[f"k{n}: v" for n in range(1, 1000)], "---", "Body"]
    text = "\n".join(lines)
    assert split(text) == ({}, [], text)


def test_an_empty_front_matter_gives_no_fields() -> None:
    assert split("---\n---\nBody\nmore") == ({}, [], "Body\nmore")


def test_blank_lines_and_comments_are_skipped_without_a_word() -> None:
    text = "---\n\n   \n# a comment\n  # indented comment\ntitle: Report\n---\n"
    assert split(text) == ({"title": "Report"}, [], "")


@pytest.mark.parametrize(
    "line",
    [
        "tags: [ruimte, wonen]",
        "author: {name: Jan}",
        "base: &anchor x",
        "copy: *anchor",
        "obj: !!python/object x",
        "abstract: |",
        "folded: >",
    ],
)
def test_yaml_structures_are_returned_unread(line: str) -> None:
    fields, ignored, body = split(f"---\ntitle: Report\n{line}\n---\nBody")
    assert fields == {"title": "Report"}
    assert ignored == [line]
    assert body == "Body"


def test_lines_that_are_not_key_value_are_returned_stripped() -> None:
    fields, ignored, _ = split("---\n  - een item  \n9key: x\n  nested: y\n---\n")
    assert fields == {}
    assert ignored == ["- een item", "9key: x", "nested: y"]


def test_keys_may_hold_underscores_dashes_and_digits_and_are_lowercased() -> None:
    fields, _, _ = split("---\n_Publication-Date2 : 14-03-2024\n---\n")
    assert fields == {"_publication-date2": "14-03-2024"}


def test_an_empty_value_is_an_empty_field() -> None:
    assert split("---\nsubtitle:\n---\n")[0] == {"subtitle": ""}


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ('"Wonen: een recht"', "Wonen: een recht"),
        ("'Dag van de Ruimte'", "Dag van de Ruimte"),
        ('""', ""),
        ('"', '"'),
        ("'", "'"),
        ("\"Half quoted'", "\"Half quoted'"),
        ('"a" and "b"', 'a" and "b'),
        ("`code`", "`code`"),
        ("Xerox X", "Xerox X"),
    ],
)
def test_quotes_around_a_value_are_removed_only_when_they_match(value: str, read: str) -> None:
    assert split(f"---\ntitle: {value}\n---\n")[0] == {"title": read}


def test_a_later_key_overrides_an_earlier_one() -> None:
    assert split("---\ntitle: A\nTITLE: B\n---\n")[0] == {"title": "B"}
