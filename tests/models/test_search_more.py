"""Find and replace (models.search) at its edges: context snippets, line breaks, link forms,
very long texts, overlapping and stale hits, and texts whose marks cannot be mapped."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models import richtext
from models.body import Paragraph
from models.labels import place_words
from models.publication import Publication
from models.search import (
    CONTEXT_CHARS,
    ReplaceError,
    find,
    pattern,
    replace,
    replace_hits,
    text_fields,
)


def _pub(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Titel", "publication_date": dt.date(2025, 3, 14)}
    data.update(fields)
    return Publication.model_validate(data)


# ------------------------------------------------------------------- context around a hit

LONG_TITLE = (
    "Het jaarverslag van de gemeente Den Haag over het jaar tweeduizend vierentwintig "
    "en verder nog wat"
)


def test_context_is_cut_at_a_word_edge_on_both_sides() -> None:
    (hit,) = find(_pub(title=LONG_TITLE), "het jaar ")
    assert hit.before == "…van de gemeente Den Haag over "
    assert hit.found == "het jaar "
    assert hit.after == "tweeduizend vierentwintig en…"
    assert hit.snippet == "…van de gemeente Den Haag over het jaar tweeduizend vierentwintig en…"


def test_context_keeps_the_space_next_to_the_hit_and_is_not_cut_at_the_text_end() -> None:
    (hit,) = find(_pub(title=LONG_TITLE), "tweeduizend")
    assert hit.before == "…Den Haag over het jaar "
    assert hit.after == " vierentwintig en verder nog wat"  # the end: no "…"
    assert len(hit.after) <= CONTEXT_CHARS


def test_context_of_a_hit_at_the_start_of_a_short_text_is_whole() -> None:
    (hit,) = find(_pub(title="Kort verslag"), "kort")
    assert (hit.before, hit.found, hit.after) == ("", "Kort", " verslag")
    assert hit.label == "Title"


def test_context_puts_line_breaks_on_one_line() -> None:
    (hit,) = find(_pub(intro=["Eerste\nregel\n\nmidden\ntweede   regel"]), "midden")
    assert hit.before == "Eerste regel "
    assert hit.after == " tweede regel"


def test_a_word_longer_than_the_context_is_cut_without_a_space() -> None:
    word = "x" * (CONTEXT_CHARS + 10)
    (hit,) = find(_pub(title=f"{word} zoek {word}"), "zoek")
    assert hit.before == "…" + "x" * (CONTEXT_CHARS - 1) + " "
    assert hit.after == " " + "x" * (CONTEXT_CHARS - 1) + "…"


# ------------------------------------------------------------------- the visible text


def test_an_escaped_line_break_is_one_space_with_the_indent_it_swallows() -> None:
    source = "Eerste regel\\\n   tweede regel"
    pub = _pub(intro=[source])
    assert richtext.plain_text(source) == "Eerste regel tweede regel"
    (hit,) = find(pub, "regel tweede")
    assert (hit.shown_start, hit.shown_end) == (7, 19)
    assert (hit.start, hit.end) == (7, 23)  # the backslash, newline and indent are one space
    assert hit.found == "regel tweede"
    new = replace(pub, "regel tweede", "regel, tweede")
    assert new.intro[0].text == "Eerste regel, tweede regel"


@pytest.mark.parametrize(
    ("source", "replaced"),
    [
        (
            'Zie [de site]( https://example.org "Titel" ) nu',
            'Zie [de pagina]( https://example.org "Titel" ) nu',
        ),
        (
            'Zie [de site](https://example.org  "Titel") nu',
            'Zie [de pagina](https://example.org  "Titel") nu',
        ),
        ("Zie [site](<https://example.org>) nu", "Zie [pagina](<https://example.org>) nu"),
        ("Zie [site](https://example.org\n) nu", "Zie [pagina](https://example.org\n) nu"),
    ],
    ids=["spaces-and-title", "title", "angle-brackets", "newline"],
)
def test_every_form_of_link_destination_is_stepped_over(source: str, replaced: str) -> None:
    """The text after a link is found at its real offset, whatever the link's form."""
    pub = _pub(intro=[source])
    (site,) = find(pub, "site")
    assert source[site.start : site.end] == "site"
    (now,) = find(pub, "nu")
    assert source[now.start : now.end] == "nu"
    assert now.start == len(source) - 2
    assert now.shown_start == len(richtext.plain_text(source)) - 2
    assert find(pub, "example") == []
    assert [h.loc for h in find(pub, "titel")] == [("title",)]  # the link's title is no text
    assert replace(pub, "site", "pagina").intro[0].text == replaced


def test_the_literal_rest_of_a_text_with_very_many_marks_is_searched_and_replaced() -> None:
    """Past richtext.MAX_MARKS mark characters the text is literal: ``*zoek*`` there shows
    its asterisks, and an escape is still one character."""
    head = "a_b " * (richtext.MAX_MARKS + 100)
    source = head + "\\*zoek\\* en *zoek*"
    pub = _pub(intro=[source])
    shown = richtext.plain_text(source)
    assert shown.endswith("*zoek* en *zoek*")
    hits = find(pub, "zoek")
    assert [source[h.start : h.end] for h in hits] == ["zoek", "zoek"]
    assert [shown[h.shown_start : h.shown_end] for h in hits] == ["zoek", "zoek"]
    starred = find(pub, "*zoek*")
    assert [source[h.start : h.end] for h in starred] == ["\\*zoek\\*", "*zoek*"]
    assert all(h.replaceable for h in starred)
    new = replace(pub, "zoek", "vind").intro[0].text
    assert new == head + "\\*vind\\* en *vind*"


def test_a_text_whose_marks_cannot_be_mapped_is_searched_as_stored_and_never_replaced() -> None:
    """A carriage return never passes validation, but markdown-it reads it as a line break:
    the map would not line up, so the text is searched as it is stored and not replaced."""
    source = "**a\r\nb** zoek"
    pub = _pub(intro=["x"]).model_copy(update={"intro": (Paragraph.model_construct(text=source),)})
    (hit,) = find(pub, "zoek")
    assert not hit.replaceable
    assert (hit.start, hit.end) == (hit.shown_start, hit.shown_end) == (9, 13)
    assert hit.before == "**a b** "  # as stored, on one line
    result = replace_hits(pub, [hit], "vind")
    assert (result.replaced, result.skipped) == (0, 1)
    assert result.publication is pub


# ------------------------------------------------------------------- patterns


def test_pattern_whole_word_only_guards_letter_edges() -> None:
    regex = pattern("-een", whole_word=True)
    assert [m.start() for m in regex.finditer("x-een -eenheid -een")] == [1, 15]
    regex = pattern("een-", whole_word=True)
    assert [m.start() for m in regex.finditer("een-x neen- een-")] == [0, 12]


def test_pattern_of_characters_without_case_is_literal() -> None:
    regex = pattern("3.5 (ß)")
    assert regex.fullmatch("3.5 (ß)")
    assert regex.fullmatch("3.5\n(ß)")  # a space matches any white space
    assert not regex.fullmatch("345 (ß)")  # the dot is no wildcard
    assert not regex.fullmatch("3.5 (SS)")  # "ß".upper() is two letters: not a form of it


def test_other_scripts_fold_case() -> None:
    pub = _pub(title="ΑΘΗΝΑ en Москва", subtitle="αθηνα")
    assert [h.found for h in find(pub, "αθηνα")] == ["ΑΘΗΝΑ", "αθηνα"]
    assert [h.found for h in find(pub, "МОСКВА")] == ["Москва"]


# ------------------------------------------------------------------- replacing


def test_overlapping_hits_from_two_searches_are_replaced_once() -> None:
    pub = _pub(title="Den Haag")
    hits = find(pub, "haag") + find(pub, "den haag")
    result = replace_hits(pub, hits, "Delft")
    assert (result.replaced, result.skipped) == (1, 1)
    assert result.publication.title in ("Den Delft", "Delft")
    # Right to left: the later region (Haag) first, then the one over it is skipped.
    assert result.publication.title == "Den Delft"


def test_a_hit_in_a_text_that_no_longer_exists_is_skipped() -> None:
    pub = _pub(subtitle="Ondertitel zoek", title="zoek")
    hits = find(pub, "zoek")
    without = _pub(title="zoek")
    result = replace_hits(without, hits, "vind")
    assert (result.replaced, result.skipped) == (1, 1)
    assert result.publication.title == "vind"
    assert result.publication.subtitle == ""


def test_no_hits_give_the_same_publication() -> None:
    pub = _pub(title="Titel")
    result = replace_hits(pub, [], "x")
    assert result.publication is pub
    assert (result.replaced, result.skipped) == (0, 0)
    assert replace(pub, "niets", "x") is pub


def test_a_replacement_that_would_change_the_marks_around_it_is_skipped() -> None:
    """Emptying the bold "[x" to "[" would make ``**[**`` read differently: not made."""
    pub = _pub(intro=["**[x**y"])
    hits = find(pub, "x")
    result = replace_hits(pub, hits, "")
    assert (result.replaced, result.skipped) == (0, 1)
    assert result.publication.intro[0].text == "**[x**y"


def test_replacing_only_some_hits_of_a_field_leaves_the_others() -> None:
    pub = _pub(intro=["*een* een **een**"], title="een")
    hits = find(pub, "een")
    assert [h.loc for h in hits] == [("title",), *[("intro", 0, "text")] * 3]
    result = replace_hits(pub, [hits[1], hits[3]], "twee")
    assert result.publication.intro[0].text == "*twee* een **twee**"
    assert result.publication.title == "een"
    assert (result.replaced, result.skipped) == (2, 0)


def test_an_invalid_result_that_is_not_emptiness_names_its_reason() -> None:
    """Emptying a custom byline breaks the section's rule, not the field's own."""
    pub = _pub(
        blocks=[
            {
                "kind": "section",
                "id": "s",
                "title": "Welkom",
                "byline": "custom",
                "byline_text": "zoek",
            }
        ]
    )
    with pytest.raises(ReplaceError) as error:
        replace(pub, "zoek", "")
    assert not error.value.emptied
    assert str(error.value) == (
        "Section 1 ‘Welkom’, typed byline: type the byline, or let Podium compose it from the "
        "people"
    )


def test_emptying_a_credit_role_names_the_credit() -> None:
    pub = _pub(colophon={"credits": [{"role": "Fotografie", "names": ["Ann"]}]})
    with pytest.raises(ReplaceError) as error:
        replace(pub, "fotografie", "")
    assert error.value.emptied
    assert str(error.value) == "Colophon, credit 1 ‘Fotografie’, role: would be empty"


@pytest.mark.parametrize(
    ("data", "query", "message"),
    [
        (
            {
                "blocks": [
                    {
                        "kind": "part",
                        "id": "p",
                        "title": "Ochtend",
                        "blocks": [
                            {"kind": "quote", "id": "q", "text": "Weg", "attribution": "Iemand"}
                        ],
                    }
                ]
            },
            "weg",
            "Part 1 ‘Ochtend’, quote 1 (‘Weg’), text: would be empty",
        ),
        (
            {"blocks": [{"kind": "quote", "id": "q", "text": "Weg", "attribution": "Iemand"}]},
            "weg",
            "Quote 1 (‘Weg’), text: would be empty",
        ),
        (
            {
                "blocks": [
                    {
                        "kind": "section",
                        "id": "s",
                        "title": "Welkom",
                        "body": [{"kind": "heading", "text": "Weg"}],
                    }
                ]
            },
            "weg",
            "Section 1 ‘Welkom’, sub-heading 1: would be empty",
        ),
        (
            {"intro": [{"kind": "list", "items": [{"text": "Weg"}]}]},
            "weg",
            "Introduction, list 1, item 1: would be empty",
        ),
    ],
    ids=["quote-in-part", "quote", "heading-in-section", "list-item"],
)
def test_emptying_a_required_text_of_a_block_says_so_at_its_place(
    data: dict[str, Any], query: str, message: str
) -> None:
    pub = _pub(**data)
    with pytest.raises(ReplaceError) as error:
        replace(pub, query, "")
    assert str(error.value) == message
    assert error.value.emptied


def test_text_fields_skip_empty_optional_texts_and_walk_lists_of_models() -> None:
    pub = _pub(
        subtitle="",
        speakers=[{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bert", "role": "Voorzitter"}],
    )
    fields = [(f.loc, f.text, f.rich) for f in text_fields(pub)]
    assert fields == [
        (("title",), "Titel", False),
        (("speakers", 0, "name"), "Ann", False),
        (("speakers", 1, "name"), "Bert", False),
        (("speakers", 1, "role"), "Voorzitter", False),
    ]
    assert [place_words(f.place) for f in text_fields(pub)][1:] == [
        "Speaker ‘Ann’, name",
        "Speaker ‘Bert’, name",
        "Speaker ‘Bert’, role",
    ]
