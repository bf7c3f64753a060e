"""Find and replace (models.search) pinned where mutation testing found the tests loose:
field kinds, the map from visible characters back to the Markdown source, link ends, the
pattern's edges, context cuts and the counts of a replacement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Union

import pytest
from pydantic import BeforeValidator, Field, StringConstraints, ValidationError

from models import richtext, types
from models.body import Paragraph
from models.publication import Publication
from models.search import (
    _classify,
    _context,
    _invalid,
    _link_end,
    _map_rich,
    _Misaligned,
    _plain_visible,
    _text_kinds,
    _visible,
    find,
    pattern,
    replace,
    replace_hits,
    text_fields,
)
from models.types import OptionalText, RichText, Text

PLAIN = (False, False, None)
BOLD = (True, False, None)
ITALIC = (False, True, None)


@pytest.fixture(autouse=True)
def _cold_caches() -> Iterator[None]:
    """The field kinds and visible-text maps are cached for the process: a test that pins
    how they are made must make them, not read what an earlier test left."""
    _visible.cache_clear()
    _text_kinds.cache_clear()
    yield
    _visible.cache_clear()
    _text_kinds.cache_clear()


def _pub(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Titel", "publication_date": dt.date(2025, 3, 14)}
    data.update(fields)
    return Publication.model_validate(data)


# ------------------------------------------------------------------- which fields are text


def test_text_kinds_of_the_text_types() -> None:
    assert _classify(RichText) == "rich"
    assert _classify(Text) == "plain"
    assert _classify(OptionalText) == "plain"
    assert _classify(Publication) == "model"


def test_a_narrowed_text_keeps_its_kind() -> None:
    assert _classify(Annotated[Text, Field(max_length=80)]) == "plain"
    assert _classify(Annotated[RichText, Field(max_length=80)]) == "rich"


def test_a_text_rebuilt_with_equal_constraints_is_a_text() -> None:
    # Equal but not the same objects (and one more constraint, so typing's own cache does
    # not hand back Text itself).
    rebuilt = Annotated[
        str, BeforeValidator(types._clean), StringConstraints(min_length=1), Field(max_length=9)
    ]
    assert rebuilt != Text
    assert _classify(rebuilt) == "plain"


def test_a_non_str_annotated_with_texts_constraints_is_not_a_text() -> None:
    lookalike = Annotated[int, BeforeValidator(types._clean), StringConstraints(min_length=1)]
    assert _classify(lookalike) is None


def test_a_union_of_different_kinds_and_a_fixed_tuple_are_not_walked() -> None:
    assert _classify(Union[RichText, Publication]) is None  # noqa: UP007
    assert _classify(tuple[Text, Text]) is None
    assert _classify(tuple[Text, ...]) == "plain"


def test_rich_texts_inside_a_tuple_are_rich() -> None:
    pub = _pub(intro=[{"kind": "list", "items": [{"text": "punt", "items": ["**sub**"]}]}])
    fields = {field.loc: field.rich for field in text_fields(pub)}
    assert fields[("intro", 0, "items", 0, "items", 0)] is True
    (hit,) = find(pub, "sub")
    assert (hit.start, hit.end, hit.shown_start, hit.shown_end) == (2, 5, 0, 3)


# ------------------------------------------------------------------- visible text maps


def test_plain_text_maps_each_character_to_itself_unmarked() -> None:
    visible = _plain_visible("abc")
    assert visible.text == "abc"
    assert visible.starts == (0, 1, 2)
    assert visible.ends == (1, 2, 3)
    assert visible.marks == (PLAIN, PLAIN, PLAIN)


def test_map_of_plain_rich_text_has_no_link() -> None:
    assert _map_rich("ab").marks == (PLAIN, PLAIN)


def test_map_of_nested_bold_stays_bold_to_the_outer_close() -> None:
    visible = _map_rich("**a **b** c**")
    assert visible.text == "a b c"
    assert visible.marks == (BOLD,) * 5
    assert visible.starts == (2, 3, 6, 9, 10)


def test_map_of_nested_italic_stays_italic_to_the_outer_close() -> None:
    assert _map_rich("*a *b* c*").marks == (ITALIC,) * 5


def test_map_of_a_second_bold_run_is_bold_again() -> None:
    assert _map_rich("**a** b **c**").marks == (BOLD, PLAIN, PLAIN, PLAIN, BOLD)


def test_map_of_an_escape_inside_marks_keeps_the_marks() -> None:
    bold = _map_rich("**x\\*y**")
    assert (bold.text, bold.starts, bold.ends, bold.marks) == (
        "x*y",
        (2, 3, 5),
        (3, 5, 6),
        (BOLD,) * 3,
    )
    assert _map_rich("*x\\*y*").marks == (ITALIC,) * 3
    assert _map_rich("\\*").marks == (PLAIN,)


def test_map_of_a_text_after_an_earlier_equal_one_is_read_where_it_stands() -> None:
    visible = _map_rich("a*b **a\\*b**")
    assert visible.text == "a*b a*b"
    assert visible.starts == (0, 1, 2, 3, 6, 7, 9)
    assert visible.marks == (PLAIN,) * 4 + (BOLD,) * 3


def test_map_of_a_line_break_before_only_spaces_ends_at_the_end() -> None:
    visible = _map_rich("a\\\n  ")
    assert (visible.text, visible.starts, visible.ends) == ("a ", (0, 1), (1, 5))


def test_map_of_the_literal_rest_past_the_mark_limit_resolves_escapes() -> None:
    escapes = "\\*" * (richtext.MAX_MARKS // 2 + 1)  # over the limit: the rest is literal
    assert _map_rich("a " + escapes).text == "a " + "*" * (richtext.MAX_MARKS // 2 + 1)
    trailing = _map_rich("a " + escapes + "\\")
    assert trailing.text.endswith("**\\")
    assert trailing.ends[-2:] == (len(escapes) + 2, len(escapes) + 3)


def test_map_of_a_trailing_backslash_is_the_backslash() -> None:
    visible = _map_rich("a\\")
    assert (visible.text, visible.starts, visible.ends) == ("a\\", (0, 1), (1, 2))


def test_map_of_a_link_marks_only_its_text_and_only_allowed_targets() -> None:
    allowed = _map_rich("[a](https://x.nl) b")
    assert allowed.marks == ((False, False, "https://x.nl"), PLAIN, PLAIN)
    assert allowed.starts == (1, 17, 18)
    refused = _map_rich("[a](ftp://x.nl) b")
    assert refused.marks == (PLAIN, PLAIN, PLAIN)


def test_map_of_a_line_break_is_one_space_over_its_source() -> None:
    visible = _map_rich("a\\\nb")
    assert (visible.text, visible.starts, visible.ends) == ("a b", (0, 1, 3), (1, 3, 4))


# ------------------------------------------------------------------- where a link ends


@pytest.mark.parametrize(
    ("source", "end"),
    [
        ("[a]()", 5),
        ("[a](<a b>)", 10),
        ("[a]( <x y>)", 11),
        ("[a](\nx)", 7),
        ("[a](\n<x y>)", 11),
        ('[a](x "t"\n)', 11),
        ('[a](x "t")', 10),
    ],
)
def test_link_end(source: str, end: int) -> None:
    assert _link_end(source, 3) == end


@pytest.mark.parametrize(
    "source", ["[a]", "[a]x", "[a](  ", "[a](x", '[a](x "t"', "[a](x y)", '[a](<x>"t")']
)
def test_link_end_refuses_what_is_no_link(source: str) -> None:
    with pytest.raises(_Misaligned):
        _link_end(source, 3)


# ------------------------------------------------------------------- the pattern


def test_pattern_defaults_ignore_case_and_find_inside_words() -> None:
    assert pattern("een").search("GEEN") is not None


def test_pattern_whole_word_looks_at_the_first_and_last_character_only() -> None:
    assert pattern("a-b", whole_word=True).search("xa-b") is None
    assert pattern("a-b", whole_word=True).search("a-bx") is None
    assert pattern("a-b", whole_word=True).search("(a-b)") is not None


def test_pattern_of_a_capital_accented_letter_does_not_find_it_bare() -> None:
    assert pattern("É").search("E") is None
    assert pattern("É").search("é") is not None


def test_pattern_of_a_cased_letter_is_exactly_its_case_forms() -> None:
    assert pattern("e").search("X") is None
    assert pattern("e").pattern == "[eE]"


# ------------------------------------------------------------------- hits and their context


def test_a_hit_in_a_plain_field_is_not_rich() -> None:
    (hit,) = find(_pub(title="Een titel"), "titel")
    assert hit.rich is False
    assert hit.replaceable is True
    assert (hit.start, hit.end, hit.shown_start, hit.shown_end) == (4, 9, 4, 9)


def test_context_before_cut_one_character_in_starts_at_the_next_word() -> None:
    assert _context("abc def", 1, 7, True) == "…def"
    assert _context("x yz", 1, 4, True) == "…yz"
    assert _context("zab c", 1, 5, True) == "…c"


def test_context_after_cut_keeps_a_one_letter_first_word() -> None:
    assert _context("a bcdef", 0, 4, False) == "a…"


def test_before_of_a_hit_one_past_the_context_is_cut() -> None:
    title = "a" + " woord" * 5 + "  zoek"  # "zoek" starts at 33: one past CONTEXT_CHARS
    (hit,) = find(_pub(title=title), "zoek")
    assert hit.shown_start == 33
    assert hit.before == "…woord woord woord woord woord "


# ------------------------------------------------------------------- replacing


def test_replace_by_query_ignores_case_and_words_by_default() -> None:
    pub = _pub(title="Geen een EEN")
    assert replace(pub, "een", "x").title == "Gx x x"


def test_replace_by_query_passes_case_and_whole_word_on() -> None:
    pub = _pub(title="Geen een EEN")
    assert replace(pub, "een", "x", case_sensitive=True).title == "Gx x EEN"
    assert replace(pub, "een", "x", whole_word=True).title == "Geen x x"


def test_replace_takes_hits_as_well_as_a_query() -> None:
    pub = _pub(title="een een")
    first = find(pub, "een")[:1]
    assert replace(pub, first, "x").title == "x een"


def test_replace_counts_over_several_fields() -> None:
    pub = _pub(title="aa bb", subtitle="aa")
    hits = find(pub, "aa")
    done = replace_hits(pub, hits, "x")
    assert (done.replaced, done.skipped) == (2, 0)
    assert (done.publication.title, done.publication.subtitle) == ("x bb", "x")


def test_replace_counts_a_stale_field_and_a_vanished_one_both() -> None:
    hits = find(_pub(title="aa bb", subtitle="aa"), "aa")
    stale_and_gone = _pub(title="aa cc")
    none_done = replace_hits(stale_and_gone, hits, "x")
    assert (none_done.replaced, none_done.skipped) == (0, 2)
    stale_then_fine = _pub(title="aa cc", subtitle="aa")
    done = replace_hits(stale_then_fine, hits, "x")
    assert (done.replaced, done.skipped) == (1, 1)
    assert done.publication.subtitle == "x"


def test_replace_goes_on_after_a_vanished_field() -> None:
    hits = find(_pub(title="aa bb", subtitle="aa"), "aa")
    done = replace_hits(_pub(title="aa bb"), hits[::-1], "x")
    assert (done.replaced, done.skipped) == (1, 1)
    assert done.publication.title == "x bb"


def test_adjacent_hits_are_both_replaced() -> None:
    pub = _pub(title="aaaa")
    done = replace_hits(pub, find(pub, "aa"), "x")
    assert (done.publication.title, done.replaced, done.skipped) == ("xx", 2, 0)


def test_an_overlapping_hit_is_skipped_and_the_rest_still_replaced() -> None:
    pub = _pub(title="ab cdcd")
    hits = find(pub, "ab") + find(pub, "cd") + find(pub, "dc")
    done = replace_hits(pub, hits, "Z")
    assert (done.publication.title, done.replaced, done.skipped) == ("Z ZZ", 3, 1)


def test_an_error_without_a_place_is_still_worded() -> None:
    error = ValidationError.from_exception_data(
        "Publication",
        [{"type": "value_error", "loc": (), "input": None, "ctx": {"error": ValueError("clash")}}],
    )
    problem = _invalid(_pub(), {}, error)
    assert problem.emptied is False
    assert str(problem).endswith("Value error, clash")


# ------------------------------------------------------------------- a backslash before a letter


def test_a_backslash_before_a_letter_is_shown_and_kept() -> None:
    source = "Het bestand staat in C:\\Xavier\\Notities, *niet* op de schijf."
    pub = _pub(intro=[source])
    hits = find(pub, "xavier")
    assert [(h.start, h.end, h.shown_start, h.shown_end) for h in hits] == [(24, 30, 24, 30)]
    assert hits[0].replaceable and hits[0].found == "Xavier"
    assert hits[0].before == "Het bestand staat in C:\\"
    slash = find(pub, "\\")
    assert [(h.start, h.shown_start) for h in slash] == [(23, 23), (30, 30)]
    new = replace(pub, "xavier", "Yara").intro[0]
    assert isinstance(new, Paragraph)
    assert new.text == "Het bestand staat in C:\\Yara\\Notities, *niet* op de schijf."


def test_a_backslash_before_a_letter_in_the_literal_rest_is_kept() -> None:
    head = "a_b " * (richtext.MAX_MARKS + 10)
    source = head + "C:\\Xavier en \\*"
    pub = _pub(intro=[source])
    hits = find(pub, "xavier")
    assert [source[h.start : h.end] for h in hits] == ["Xavier"]
    assert hits[0].replaceable
    assert [source[h.start : h.end] for h in find(pub, "\\")] == ["\\"]
    rest = replace(pub, "xavier", "Yara").intro[0]
    assert isinstance(rest, Paragraph) and rest.text == head + "C:\\Yara en \\*"


# ------------------------------------------------------------ what a rewritten field keeps


def _replace_in_intro(source: str, query: str, replacement: str) -> tuple[str, int, int]:
    """The intro paragraph ``source`` after replacing ``query``: its text, replaced, skipped."""
    pub = _pub(intro=[source])
    done = replace_hits(pub, find(pub, query, case_sensitive=True), replacement)
    paragraph = done.publication.intro[0]
    assert isinstance(paragraph, Paragraph)
    return paragraph.text, done.replaced, done.skipped


def test_emptying_a_letter_before_bold_asterisks_keeps_them_as_bold_text() -> None:
    assert richtext.plain_text("**a****b**") == "a****b"
    text, replaced, skipped = _replace_in_intro("Zie **a****b**", "a", "")
    assert (text, replaced, skipped) == ("Zie **\\*\\*\\*\\*b**", 1, 0)
    assert richtext.plain_text(text) == "Zie ****b"


def test_a_hit_across_an_empty_link_is_written_anew() -> None:
    """Not in place: the whole field is written as the editor writes it (``__`` as ``**``)."""
    text, replaced, skipped = _replace_in_intro("__Zie__ ab[](https://x.nl)c", "bc", "X")
    assert (text, replaced, skipped) == ("**Zie** aX", 1, 0)


def test_a_replacement_may_lose_the_mark_markdown_cannot_give_it() -> None:
    """A bold asterisk right after a letter cannot be written: the replacement is plain."""
    text, replaced, skipped = _replace_in_intro("ab**c** en meer", "c", "*")
    assert (text, replaced, skipped) == ("ab\\* en meer", 1, 0)


def test_a_replacement_that_would_unmark_the_character_after_it_is_skipped() -> None:
    """Bold "." cannot follow a letter: replacing the space before it would unbold it."""
    assert _replace_in_intro("Zie **.**", " ", "y") == ("Zie **.**", 0, 1)
    assert _replace_in_intro("Zie **.**", " ", " ") == ("Zie **.**", 1, 0)


def test_a_replacement_leaving_a_link_of_only_a_space_at_the_start_is_skipped() -> None:
    """The stored text would lose the space, so it would not show what was asked."""
    source = "[ab](https://x.nl) c"
    assert _replace_in_intro(source, "ab ", " ") == (source, 0, 1)
    assert _replace_in_intro(source, "ab ", "d ") == ("[d ](https://x.nl)c", 1, 0)


def test_a_rich_text_on_the_publication_itself_is_searched_as_rich() -> None:
    """Field kinds are read from the publication's own type, so a field added there later
    (here in a subclass) is found by its visible text."""

    class Noted(Publication):
        aside: RichText | None = None

    pub = Noted.model_validate({**_pub().model_dump(), "aside": "Een **vet** woord"})
    [hit] = [h for h in find(pub, "vet woord") if h.loc == ("aside",)]
    assert (hit.rich, hit.start, hit.end, hit.shown_start, hit.shown_end) == (True, 6, 17, 4, 13)


def test_an_error_at_the_publication_itself_has_no_place_in_front() -> None:
    error = ValidationError.from_exception_data(
        "Publication",
        [{"type": "value_error", "loc": (), "input": None, "ctx": {"error": ValueError("clash")}}],
    )
    assert str(_invalid(_pub(), {}, error)) == ": Value error, clash"


def test_emptying_the_word_after_a_line_break_is_skipped() -> None:
    """The field would end in an escaped line break, which the stored text would show as a
    stray backslash."""
    assert _replace_in_intro("Zie\\\nb", "b", "") == ("Zie\\\nb", 0, 1)
    assert _replace_in_intro("Zie\\\nb en c", "b en c", "") == ("Zie\\\nb en c", 0, 1)
    assert _replace_in_intro("Zie\\\nb", "b", "d") == ("Zie\\\nd", 1, 0)
