"""Validation problems, exactly: each kind's English from real input, every pydantic error
type the models can raise, the limits pydantic reports, places named from raw data or by
number, and the locations as the code sees them."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError
from pydantic_core import InitErrorDetails

from models import validate
from models.labels import NOWHERE, place_of
from models.validation import (
    Problem,
    error_loc,
    format_loc,
    problems_from_error,
)

ASSET = "assets/" + "0" * 64 + ".png"


def found(**fields: Any) -> list[tuple[str, str]]:
    """Each problem of a publication with ``fields``: its path and its English line."""
    data = {"title": "Titel", "publication_date": "2024-05-01", **fields}
    publication, problems = validate(data)
    assert (publication is None) == bool(problems)
    return [(problem.path, str(problem)) for problem in problems]


def error_of(kind: str, loc: tuple[str | int, ...], given: object, **ctx: Any) -> ValidationError:
    """A pydantic error of type ``kind`` at ``loc`` (for the types no model raises today)."""
    detail = InitErrorDetails(type=kind, loc=loc, input=given, ctx=ctx)
    return ValidationError.from_exception_data("Publication", [detail])


def lines(error: ValidationError, root: Any = None) -> list[str]:
    return [str(problem) for problem in problems_from_error(error, root)]


# -- what a user reads, from real input ------------------------------------------------------

REAL = [
    ({"schema_version": "drie"}, "schema_version", "Format version: this must be a whole number"),
    ({"schema_version": 2.5}, "schema_version", "Format version: this must be a whole number"),
    ({"schema_version": [3]}, "schema_version", "Format version: this must be a whole number"),
    (
        {"intro": [{"kind": "list", "ordered": "misschien", "items": [{"text": "a"}]}]},
        "intro[0].ordered",
        "Introduction, list 1, numbered: this must be true or false",
    ),
    (
        {"intro": [{"kind": "list", "ordered": [1], "items": [{"text": "a"}]}]},
        "intro[0].ordered",
        "Introduction, list 1, numbered: this must be true or false",
    ),
    ({"blocks": "geen lijst"}, "blocks", "Sections and quotes: this must be a list"),
    ({"colophon": "geen object"}, "colophon", "Colophon: this must be an object with fields"),
    ({"colophon": 3}, "colophon", "Colophon: this must be an object with fields"),
    (
        {"publication_date": "gisteren"},
        "publication_date",
        "Publication date is not a valid date: enter it as YYYY-MM-DD",
    ),
    (
        {"publication_date": "2024-05-01T25:00"},
        "publication_date",
        "Publication date is not a valid date: enter it as YYYY-MM-DD",
    ),
    (
        {"publication_date": [2024]},
        "publication_date",
        "Publication date is not a valid date: enter it as YYYY-MM-DD",
    ),
    (
        {"blocks": [{"kind": "quote", "id": "q"}]},
        "blocks[0].text",
        "Quote 1: text is required",
    ),
    (
        {"intro": [{"kind": "paragraph"}]},
        "intro[0].text",
        "Introduction, paragraph 1: the text is required",
    ),
    ({"kleur": "rood"}, "kleur", "Kleur: unknown field (Podium does not know it)"),
    (
        {"blocks": [{"kind": "tabel"}]},
        "blocks[0]",
        "Block 1: unknown block kind ‘tabel’: this version of Podium knows "
        "'section', 'quote', 'part'",
    ),
    (
        {"blocks": [{"id": "x"}]},
        "blocks[0]",
        "Block 1: this block has no 'kind' (section, quote or part)",
    ),
    (
        {"blocks": [{"kind": "part", "id": "p", "title": "P", "blocks": [{"id": "x"}]}]},
        "blocks[0].blocks[0]",
        "Part 1 ‘P’, block 1: this block has no 'kind' (section or quote)",
    ),
    (
        {"intro": [3]},
        "intro[0]",
        "Introduction, paragraph 1: a block of text is a string, or an object with a 'kind'",
    ),
    (
        {"colophon": {"note": [[1]]}},
        "colophon.note[0]",
        "Colophon, note, paragraph 1: a block of text is a string, or an object with a 'kind'",
    ),
    (
        {"intro": [{"kind": "list", "items": [{"text": "a", "items": [{"text": "b"}]}]}]},
        "intro[0].items[0].items[0]",
        "Introduction, list 1, item 1, sub-item 1: a sub-item is plain text: a list nests one "
        "level deep, not more",
    ),
    (
        {"intro": [{"kind": "figure", "images": [{"asset": ASSET, "alt": "a"}] * 7}]},
        "intro[0].images",
        "Introduction, figure 1, images: a figure holds at most 6 images: start another figure",
    ),
    (
        {"intro": [{"kind": "figure", "images": []}]},
        "intro[0].images",
        "Introduction, figure 1, images: add at least one entry",
    ),
    (
        {"blocks": [{"kind": "quote", "id": "Q!", "text": "a"}]},
        "blocks[0].id",
        "Quote 1 (‘a’), id: the id ‘Q!’ is not valid: an id starts with a lowercase letter and "
        "holds only a-z, 0-9 and '-' (at most 64 characters)",
    ),
    (
        {"dictionary": ["twee woorden"]},
        "dictionary[0]",
        "Dictionary 1: this value has the wrong form",
    ),
    ({"dictionary": [""]}, "dictionary[0]", "Dictionary 1: the text must not be empty"),
    (
        {"key_takeaways": {"items": ["x" * 1_000_001]}},
        "key_takeaways.items[0]",
        "Key takeaways, takeaway 1: the text is too long (at most 1000000 characters)",
    ),
    (
        {"theme": {"logo": {"asset": "logo.png", "alt": "Logo"}}},
        "theme.logo.asset",
        "Theme, logo, image file: an image is stored as assets/<SHA-256 of its "
        "bytes>.<png|jpg|jpeg|gif|webp>",
    ),
    (
        {"theme": {"primary_colour": "#12345"}},
        "theme.primary_colour",
        "Theme: primary colour ‘#12345’ is not a colour: enter it as #RRGGBB, for example #00557F",
    ),
]


@pytest.mark.parametrize(("fields", "path", "expected"), REAL)
def test_each_problem_reads_in_plain_words_at_its_place(
    fields: dict[str, Any], path: str, expected: str
) -> None:
    assert found(**fields) == [(path, expected)]


def test_a_word_too_long_for_the_dictionary_says_characters_not_entries() -> None:
    """The 100-character limit of an added word is a length on text, not a list's size."""
    assert found(dictionary=["x" * 100]) == []
    assert found(dictionary=["x" * 101]) == [
        ("dictionary[0]", "Dictionary 1: the text is too long (at most 100 characters)")
    ]


def test_a_figure_holds_six_images_not_seven() -> None:
    six = {"kind": "figure", "images": [{"asset": ASSET, "alt": "a"}] * 6}
    assert found(intro=[six]) == []
    seven = {**six, "images": [{"asset": ASSET, "alt": "a"}] * 7}
    assert [line for _, line in found(intro=[seven])] == [
        "Introduction, figure 1, images: a figure holds at most 6 images: start another figure"
    ]


def test_a_figure_in_a_section_holds_six_images_too() -> None:
    seven = {"kind": "figure", "images": [{"asset": ASSET, "alt": "a"}] * 7}
    section = {"kind": "section", "id": "s", "title": "Beeld", "body": [seven]}
    assert [line for _, line in found(blocks=[section])] == [
        "Section 1 ‘Beeld’, figure 1, images: a figure holds at most 6 images: start another figure"
    ]


def test_too_few_items_given_as_a_tuple_count_the_same() -> None:
    given = ("", "")
    few = error_of(
        "too_short", ("speakers",), given, min_length=3, field_type="Tuple", actual_length=0
    )
    assert lines(few) == ["Speakers: add at least one entry"]
    enough = error_of(
        "too_short", ("speakers",), ("", "", ""), min_length=3, field_type="Tuple", actual_length=0
    )
    assert lines(enough) == []


def test_an_id_used_twice_is_reported_at_both_places() -> None:
    blocks = [{"kind": "quote", "id": "q", "text": "a"}, {"kind": "quote", "id": "q", "text": "b"}]
    assert found(blocks=blocks) == [
        ("blocks[0].id", "Quote 1 (‘a’), id: the id ‘q’ is used more than once"),
        ("blocks[1].id", "Quote 2 (‘b’), id: the id ‘q’ is used more than once"),
    ]


def test_a_field_called_like_a_block_kind_keeps_its_name() -> None:
    """Only a tag after a list index is pydantic's; a field ``section`` is the user's."""
    assert found(blocks=[{"kind": "section", "id": "s", "section": 1}]) == [
        ("blocks[0].section", "Section 1, section: unknown field (Podium does not know it)")
    ]
    error = error_of("missing", ("section", "blocks", 0, "quote", "text"), {})
    assert error_loc(error.errors()[0]) == ("section", "blocks", 0, "text")


def test_a_bad_name_in_a_credit_is_reported_once_not_as_too_few_names() -> None:
    credit = {"role": "Foto", "names": ["Jan", ""]}
    assert found(colophon={"credits": [credit]}) == [
        (
            "colophon.credits[0].names[1]",
            "Colophon, credit 1 ‘Foto’, name 2: the text must not be empty",
        )
    ]
    assert found(colophon={"credits": [{"role": "Foto", "names": [""]}]}) == [
        (
            "colophon.credits[0].names[0]",
            "Colophon, credit 1 ‘Foto’, name 1: the text must not be empty",
        ),
    ]


def test_problems_after_a_skipped_too_few_are_still_reported() -> None:
    assert found(
        colophon={"credits": [{"role": "Foto", "names": [""]}]},
        theme={"primary_colour": "rood"},
    ) == [
        (
            "colophon.credits[0].names[0]",
            "Colophon, credit 1 ‘Foto’, name 1: the text must not be empty",
        ),
        (
            "theme.primary_colour",
            "Theme: primary colour ‘rood’ is not a colour: enter it as #RRGGBB, for example "
            "#00557F",
        ),
    ]


def test_a_problem_with_a_kind_keeps_no_english_of_pydantic() -> None:
    [problem] = validate({"title": "", "publication_date": "2024-05-01"})[1]
    assert problem == Problem(("title",), "empty", {}, place_of({}, ("title",)), "")


def test_too_few_is_reported_when_the_items_were_too_few_to_begin_with() -> None:
    """The items that are there all fail, and are still too few: both are said."""
    error = error_of(
        "too_short",
        ("colophon", "credits", 0, "names"),
        ["", ""],
        min_length=3,
        field_type="Tuple",
        actual_length=0,
    )
    assert lines(error) == ["Colophon, credit 1, names: add at least one entry"]
    enough = error_of(
        "too_short",
        ("colophon", "credits", 0, "names"),
        ["", "", ""],
        min_length=3,
        field_type="Tuple",
        actual_length=0,
    )
    assert lines(enough) == []
    a_text = error_of(
        "too_short", ("title",), "", min_length=0, field_type="Value", actual_length=0
    )
    assert lines(a_text) == ["Title must not be empty"]


def test_the_same_problem_twice_is_reported_once_in_document_order() -> None:
    details = [
        InitErrorDetails(type="missing", loc=("subtitle",), input={}),
        InitErrorDetails(type="missing", loc=("title",), input={}),
        InitErrorDetails(type="missing", loc=("subtitle",), input={}),
    ]
    error = ValidationError.from_exception_data("Publication", details)
    assert lines(error) == ["Subtitle is required", "Title is required"]


# -- pydantic's error types that no model raises today, and its limits -----------------------


@pytest.mark.parametrize(
    ("kind", "given", "ctx", "expected"),
    [
        (
            "string_unicode",
            b"\xff",
            {},
            "Title: this text holds characters that are not valid Unicode",
        ),
        ("list_type", 3, {}, "Title: this must be a list"),
        ("tuple_type", 3, {}, "Title: this must be a list"),
        (
            "model_type",
            3,
            {"class_name": "Publication"},
            "Title: this must be an object with fields",
        ),
        ("model_attributes_type", 3, {}, "Title: this must be an object with fields"),
        ("dict_type", 3, {}, "Title: this must be an object with fields"),
        ("int_type", "x", {}, "Title: this must be a whole number"),
        ("int_parsing", "x", {}, "Title: this must be a whole number"),
        ("int_from_float", 1.5, {}, "Title: this must be a whole number"),
        ("bool_type", "x", {}, "Title: this must be true or false"),
        ("bool_parsing", "x", {}, "Title: this must be true or false"),
        ("date_type", 3, {}, "Title is not a valid date: enter it as YYYY-MM-DD"),
        (
            "date_parsing",
            "x",
            {"error": "bad"},
            "Title is not a valid date: enter it as YYYY-MM-DD",
        ),
        (
            "date_from_datetime_parsing",
            "x",
            {"error": "bad"},
            "Title is not a valid date: enter it as YYYY-MM-DD",
        ),
        ("date_future", "2020-01-01", {}, "Title is not a valid date: enter it as YYYY-MM-DD"),
        ("date_past", "2999-01-01", {}, "Title is not a valid date: enter it as YYYY-MM-DD"),
        (
            "date_from_datetime_inexact",
            "2024-05-01T09:00",
            {},
            "Title is not a valid date: enter it as YYYY-MM-DD, without a time",
        ),
        ("string_pattern_mismatch", "x", {"pattern": "y"}, "Title: this value has the wrong form"),
        ("string_type", 3, {}, "Title: this must be text"),
        ("extra_forbidden", 3, {}, "Title: unknown field (Podium does not know it)"),
        ("greater_than_equal", 0, {"ge": 1}, "Title must be at least 1"),
        ("greater_than", 0, {"gt": 2}, "Title must be at least 2"),
        ("less_than_equal", 9, {"le": 8}, "Title must be at most 8"),
        ("less_than", 9, {"lt": 7}, "Title must be at most 7"),
        ("string_too_long", "xxxx", {"max_length": 3}, "Title is too long (at most 3 characters)"),
        (
            "too_long",
            "xxxx",
            {"max_length": 3, "field_type": "Value", "actual_length": 4},
            "Title is too long (at most 3 characters)",
        ),
        ("literal_error", "de", {"expected": "'nl' or 'en'"}, "Title: choose one of 'nl' or 'en'"),
    ],
)
def test_every_error_type_of_pydantic_reads_in_plain_words(
    kind: str, given: object, ctx: dict[str, Any], expected: str
) -> None:
    assert lines(error_of(kind, ("title",), given, **ctx)) == [expected]


def test_a_list_too_long_says_how_many_entries_are_allowed() -> None:
    error = error_of(
        "too_long", ("blocks",), [1, 2, 3, 4], max_length=3, field_type="Tuple", actual_length=4
    )
    assert lines(error) == ["Sections and quotes: at most 3 entries are allowed here"]


def test_an_unknown_block_kind_quotes_an_excerpt_of_the_tag() -> None:
    error = error_of(
        "union_tag_invalid",
        ("blocks", 0),
        {},
        discriminator="'kind'",
        tag="een heel lange naam voor een soort blok",
        expected_tags="'a', 'b'",
    )
    assert lines(error) == [
        "Block 1: unknown block kind ‘een heel lange naam voor een…’: this version of Podium "
        "knows 'a', 'b'"
    ]


def test_a_block_without_kind_in_a_body_lists_the_body_kinds() -> None:
    body = error_of("union_tag_not_found", ("intro", 0), {}, discriminator="'kind'")
    assert lines(body) == [
        "Introduction, paragraph 1: this block has no 'kind' (paragraph, list, heading or figure)"
    ]
    in_part = error_of(
        "union_tag_not_found", ("blocks", 1, "part", "blocks", 0), {}, discriminator="'kind'"
    )
    assert lines(in_part) == ["Block 2, block 1: this block has no 'kind' (section or quote)"]
    top = error_of("union_tag_not_found", ("blocks", 0), {}, discriminator="'kind'")
    assert lines(top) == ["Block 1: this block has no 'kind' (section, quote or part)"]
    short = error_of("union_tag_not_found", ("x",), {}, discriminator="'kind'")
    assert lines(short) == ["X: this block has no 'kind' (section, quote or part)"]


@pytest.mark.parametrize(
    ("loc", "kind"),
    [
        (("intro", 0, "list", "items", 0, "items", 0), "sub_item_type"),
        (("items", "list", "items", 0), "sub_item_type"),  # the shortest such place
        (("intro", 0, "figure", "items", 0, "items", 0), "not_text"),  # not in a list
        (("blocks", 0, "list", "names", 0, "items", 0), "not_text"),
        (("intro", 0, "list", "items", 0, "names", 0), "not_text"),
        (("list", "items", 0), "not_text"),  # too short to be a sub-item
    ],
)
def test_only_text_at_a_third_list_level_is_a_sub_item_problem(
    loc: tuple[str | int, ...], kind: str
) -> None:
    assert [p.kind for p in problems_from_error(error_of("string_type", loc, {}))] == [kind]


def test_a_sub_item_problem_explains_how_deep_a_list_nests() -> None:
    loc = ("intro", 0, "list", "items", 0, "items", 0)
    [problem] = problems_from_error(error_of("string_type", loc, {}))
    assert problem.detail == "A sub-item is plain text: a list nests one level deep, not more"
    assert problem.params == {}


def test_a_body_block_of_the_wrong_type_needs_a_body_before_it() -> None:
    assert lines(error_of("model_attributes_type", ("intro", 0), 3)) == [
        "Introduction, paragraph 1: a block of text is a string, or an object with a 'kind'"
    ]
    assert lines(error_of("model_attributes_type", ("colophon",), 3)) == [
        "Colophon: this must be an object with fields"
    ]
    assert lines(error_of("model_attributes_type", ("speakers", 0), 3)) == [
        "Speaker 1: this must be an object with fields"
    ]


def test_a_pattern_error_on_an_image_file_explains_the_asset_name() -> None:
    assert lines(
        error_of("string_pattern_mismatch", ("theme", "logo", "asset"), "x", pattern="p")
    ) == [
        "Theme, logo, image file: an image is stored as assets/<SHA-256 of its "
        "bytes>.<png|jpg|jpeg|gif|webp>"
    ]


def test_too_short_on_a_list_is_too_few_and_on_a_text_is_empty() -> None:
    few = error_of(
        "too_short", ("speakers",), [], min_length=1, field_type="Tuple", actual_length=0
    )
    assert lines(few) == ["Speakers: add at least one entry"]
    empty = error_of("string_too_short", ("title",), "", min_length=1)
    assert lines(empty) == ["Title must not be empty"]
    [typed] = problems_from_error(empty)
    assert typed.kind == "empty" and typed.params == {}
    a_list = error_of(
        "too_short", ("title",), "", min_length=1, field_type="Value", actual_length=0
    )
    [text] = problems_from_error(a_list)
    assert text.kind == "empty" and text.params == {}


def test_the_kinds_a_custom_error_carries_keep_the_typed_value_and_link_target() -> None:
    error = error_of("string_type", ("colophon", "email"), "x@")
    [problem] = problems_from_error(error)
    assert problem.params == {"value": "x@"}
    [none] = problems_from_error(error_of("string_type", ("title",), 3))
    assert none.params == {}


def test_a_link_error_keeps_its_target_and_nothing_else_of_the_context() -> None:
    body = [{"kind": "paragraph", "text": "Zie [dit](ftp://x)."}]
    [problem] = validate({"title": "T", "publication_date": "2024-05-01", "intro": body})[1]
    assert problem.kind == "bad_link"
    assert problem.params == {"value": "Zie [dit](ftp://x).", "target": "ftp://x"}


# -- a message without a kind, and the problem's parts ----------------------------------------


def test_a_message_of_a_model_without_a_kind_is_shown_as_it_is_braces_included() -> None:
    error = error_of("value_error", ("title",), "x", error=ValueError("gebruik {naam} of }{"))
    [problem] = problems_from_error(error)
    assert problem.kind == ""
    assert problem.fallback == "Value error, gebruik {naam} of }{"
    assert problem.template == "Value error, gebruik {{naam}} of }}{{"
    assert problem.message == "Title: Value error, gebruik {naam} of }{"
    assert problem.detail == "Value error, gebruik {naam} of }{"


def test_a_problem_with_a_kind_ignores_any_fallback() -> None:
    problem = Problem(("title",), "missing", place=place_of(None, ("title",)), fallback="iets")
    assert problem.template == "{field} is required"
    assert str(problem) == "Title is required" == problem.message
    assert problem.detail == "Title is required"


def test_the_detail_leaves_the_place_out_and_keeps_the_field() -> None:
    [problem] = validate(
        {"title": "T", "publication_date": "2024-05-01", "colophon": {"email": "x@"}}
    )[1]
    assert problem.message == (
        "Colophon: e-mail ‘x@’ is not valid: enter an address such as name@example.org"
    )
    assert problem.detail == "E-mail ‘x@’ is not valid: enter an address such as name@example.org"


def test_a_problem_is_worded_through_a_translator() -> None:
    [problem] = validate({"title": "T", "publication_date": "2024-05-01", "kleur": 1})[1]
    assert problem.worded(lambda context, text: text) == (
        "Kleur: unknown field (Podium does not know it)"
    )
    assert problem.worded(lambda context, text: text.upper()) == (
        "Kleur: UNKNOWN FIELD (PODIUM DOES NOT KNOW IT)"
    )


def test_a_problem_needs_only_a_loc_and_a_kind() -> None:
    problem = Problem(("subtitle",), "empty")
    assert problem.params == {} and problem.place == NOWHERE and problem.fallback == ""
    assert problem.message == "Subtitle must not be empty" or problem.message.endswith(
        "must not be empty"
    )


def test_locations_are_written_as_the_code_reads_them() -> None:
    assert format_loc(()) == ""
    assert format_loc(("title",)) == "title"
    assert format_loc(("blocks", 2, "title")) == "blocks[2].title"
    assert format_loc((0, "x", 1, 2)) == "[0].x[1][2]"
    assert Problem(("intro", 0, "text"), "missing").path == "intro[0].text"


def test_places_come_from_the_raw_data_only_when_it_is_an_object() -> None:
    data = {
        "title": "T",
        "publication_date": "2024-05-01",
        "blocks": [{"kind": "quote", "id": "q", "text": "Zo is het.", "speaker_id": 3}],
    }
    assert [str(p) for p in validate(data)[1]] == [
        "Quote 1 (‘Zo is het.’), speaker: this must be text"
    ]
    publication, problems = validate([data])
    assert publication is None
    assert [str(p) for p in problems] == ["This must be an object with fields"]


def test_valid_data_gives_the_publication_and_no_problems() -> None:
    publication, problems = validate({"title": "T", "publication_date": "2024-05-01"})
    assert problems == [] and publication is not None and publication.title == "T"
