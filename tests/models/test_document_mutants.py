"""The intermediate every reader produces (models/importing/document.py): what a block
holds when a reader gives only its text, and the visible text of a run of spans."""

from __future__ import annotations

import dataclasses

import pytest

from models.importing.document import (
    BlockQuote,
    Document,
    Heading,
    Item,
    ListBlock,
    Meta,
    Para,
    Picture,
    Span,
    plain,
)


def test_a_span_is_plain_text_without_a_link_unless_marked() -> None:
    span = Span("Dag van de Ruimte")
    assert (span.text, span.bold, span.italic, span.href) == (
        "Dag van de Ruimte",
        False,
        False,
        None,
    )


def test_plain_joins_the_visible_text_of_spans() -> None:
    spans = (
        Span("Wonen "),
        Span("is", bold=True),
        Span(" een\n"),
        Span("recht", href="https://x.nl"),
    )
    assert plain(spans) == "Wonen is een\nrecht"
    assert plain(()) == ""


def test_an_item_is_on_the_outer_level_unless_given_a_depth() -> None:
    assert Item((Span("een"),)).depth == 0
    assert Item((Span("twee"),), 2).depth == 2


def test_a_quote_without_attribution_has_an_empty_one() -> None:
    assert BlockQuote(((Span("Citaat"),),)).attribution == ""


def test_a_picture_holds_nothing_unless_given() -> None:
    picture = Picture()
    assert (picture.alt, picture.data, picture.url, picture.caption, picture.name) == (
        "",
        None,
        "",
        "",
        "",
    )


def test_meta_says_nothing_unless_given() -> None:
    meta = Meta()
    assert (meta.title, meta.subtitle, meta.date, meta.language) == ("", "", None, "")


def test_a_document_has_empty_meta_and_no_notes_unless_given() -> None:
    document = Document((Heading(1, (Span("Titel"),)), Para((Span("Tekst"),))))
    assert document.meta == Meta()
    assert document.notes == ()


@pytest.mark.parametrize(
    "block",
    [
        Span("x"),
        Heading(1, ()),
        Para(()),
        Item(()),
        ListBlock(False, ()),
        BlockQuote(()),
        Picture(),
        Meta(),
        Document(()),
    ],
)
def test_blocks_are_frozen(block: object) -> None:
    field = dataclasses.fields(block)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(block, field, None)
