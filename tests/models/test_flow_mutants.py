"""Blocks from open/close events (models/importing/flow.py), as the Markdown and HTML
readers report them, and the list or quote the .docx and .odt readers build from
consecutive paragraphs."""

from __future__ import annotations

import pytest

from models.importing import flow as flow_module
from models.importing.document import (
    BlockQuote,
    Heading,
    Item,
    ListBlock,
    Para,
    Picture,
    Span,
)
from models.importing.errors import SourceRefused
from models.importing.flow import DocumentWalk, Flow, quote_from

PHOTO = Picture(alt="De zaal", data=b"png", name="zaal.png")


def s(text: str) -> tuple[Span, ...]:
    return (Span(text),)


def test_text_outside_lists_and_quotes_is_a_paragraph_or_a_heading() -> None:
    flow = Flow()
    flow.text(s("Dag van de Ruimte"), heading=1)
    flow.text(s("Welkom bij het symposium."))
    flow.text(())
    assert flow.finish() == [
        Heading(1, s("Dag van de Ruimte")),
        Para(s("Welkom bij het symposium.")),
    ]


def test_nested_lists_give_one_list_with_item_depths() -> None:
    flow = Flow()
    flow.open_list(True)
    flow.open_item()
    flow.text(s("Wonen"))
    flow.open_list(False)
    flow.open_item()
    flow.text(s("betaalbaar"))
    flow.close_item()
    flow.open_item()
    flow.text(s("duurzaam"))
    flow.close_item()
    flow.close_list()
    flow.close_item()
    flow.open_item()
    flow.text(s("Werken"))
    flow.close_item()
    assert flow.blocks == []  # the list is still open
    flow.close_list()
    assert flow.finish() == [
        ListBlock(
            True,
            (
                Item(s("Wonen"), 0),
                Item(s("betaalbaar"), 1),
                Item(s("duurzaam"), 1),
                Item(s("Werken"), 0),
            ),
        )
    ]


def test_a_second_piece_of_text_in_an_item_joins_it_with_a_space() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("Eerste alinea"))
    flow.text((Span("tweede", bold=True),))
    flow.close_item()
    flow.open_item()
    flow.text(s("Volgend punt"))
    flow.close_item()
    flow.close_list()
    assert flow.finish() == [
        ListBlock(
            False,
            (
                Item((Span("Eerste alinea"), Span(" "), Span("tweede", bold=True)), 0),
                Item(s("Volgend punt"), 0),
            ),
        )
    ]


def test_text_in_a_list_without_items_becomes_items_of_its_own() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.text(s("los"))
    flow.text(s("nog een"))
    flow.close_list()
    assert flow.finish() == [ListBlock(False, (Item(s("los")), Item(s("nog een"))))]


def test_an_empty_list_makes_no_block_and_closing_too_often_is_harmless() -> None:
    flow = Flow()
    flow.close_list()
    flow.close_item()
    flow.close_quote()
    flow.open_list(True)
    flow.close_list()
    flow.text(s("Daarna"))
    assert flow.finish() == [Para(s("Daarna"))]


def test_a_quote_collects_its_paragraphs_and_its_footer() -> None:
    flow = Flow()
    flow.open_quote()
    flow.text(s("Wonen is geen product."))
    flow.open_quote()
    flow.text(s("Het is een recht."))
    flow.close_quote()
    assert flow.blocks == []
    flow.attribution("  —  Fatima   El Amrani ")
    flow.close_quote()
    flow.text(s("Na het citaat"))
    assert flow.finish() == [
        BlockQuote((s("Wonen is geen product."), s("Het is een recht.")), "Fatima El Amrani"),
        Para(s("Na het citaat")),
    ]


@pytest.mark.parametrize("footer", ["– Jan", "- Jan", "-- Jan", "~ Jan", "Jan"])
def test_a_footer_loses_its_dash(footer: str) -> None:
    flow = Flow()
    flow.open_quote()
    flow.text(s("Samen bouwen we de stad van morgen."))
    flow.attribution(footer)
    flow.close_quote()
    assert flow.finish() == [BlockQuote((s("Samen bouwen we de stad van morgen."),), "Jan")]


def test_a_quote_of_only_a_footer_is_kept() -> None:
    flow = Flow()
    flow.open_quote()
    flow.attribution("Anoniem")
    flow.close_quote()
    assert flow.finish() == [BlockQuote((), "Anoniem")]


def test_an_empty_quote_and_an_empty_footer_make_nothing() -> None:
    flow = Flow()
    flow.open_quote()
    flow.attribution(" — ")
    flow.attribution("")
    flow.close_quote()
    assert flow.finish() == []


def test_a_footer_outside_a_quote_is_a_paragraph() -> None:
    flow = Flow()
    flow.attribution("—  Met dank aan   alle sprekers")
    assert flow.finish() == [Para(s("Met dank aan alle sprekers"))]


def test_a_caption_belongs_to_the_picture_before_it() -> None:
    flow = Flow()
    flow.picture(PHOTO)
    flow.caption("  De zaal\n tijdens de opening ")
    flow.caption("Een tweede bijschrift")
    flow.caption("   ")
    assert flow.finish() == [
        Picture("De zaal", b"png", "", "De zaal tijdens de opening", "zaal.png"),
        Para(s("Een tweede bijschrift")),
    ]


def test_a_caption_without_a_picture_is_a_paragraph() -> None:
    flow = Flow()
    flow.text(s("Tekst"))
    flow.caption("Bijschrift")
    assert flow.finish() == [Para(s("Tekst")), Para(s("Bijschrift"))]


def test_pictures_in_a_list_stand_after_it_with_their_captions() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("Punt met foto"))
    flow.picture(PHOTO)
    flow.caption("Bijschrift in de lijst")
    flow.close_item()
    flow.close_list()
    flow.text(s("Daarna"))
    assert flow.finish() == [
        ListBlock(False, (Item(s("Punt met foto")),)),
        Picture("De zaal", b"png", "", "Bijschrift in de lijst", "zaal.png"),
        Para(s("Daarna")),
    ]


def test_pictures_in_a_quote_stand_after_it() -> None:
    flow = Flow()
    flow.open_quote()
    flow.text(s("Citaat met foto"))
    flow.picture(PHOTO)
    flow.close_quote()
    assert flow.finish() == [BlockQuote((s("Citaat met foto"),)), PHOTO]


def test_a_picture_in_a_list_that_makes_no_block_still_comes_out() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.picture(PHOTO)
    flow.close_list()
    assert flow.blocks == []
    assert flow.finish() == [PHOTO]


def test_finish_closes_what_the_source_left_open() -> None:
    flow = Flow()
    flow.open_quote()
    flow.open_quote()
    flow.text(s("Open citaat"))
    flow.open_list(True)
    flow.open_list(True)
    flow.text(s("Open lijst"))
    # A list in a quote is paragraphs of the quote, in their place.
    assert flow.finish() == [BlockQuote((s("Open citaat"), s("Open lijst")))]
    flow = Flow()
    flow.open_list(True)
    flow.open_list(True)
    flow.text(s("Open lijst"))
    assert flow.finish() == [ListBlock(True, (Item(s("Open lijst"), 1),))]


def test_blocks_made_elsewhere_take_their_place_in_the_flow() -> None:
    flow = Flow()
    table = ListBlock(False, (Item(s("a")), Item(s("b"))))
    quote = BlockQuote((s("x"), s("y")), "Z")
    flow.block(Heading(2, s("Kop")))
    flow.block(Para(s("Alinea")))
    flow.block(table)
    flow.block(quote)
    flow.block(PHOTO)
    assert flow.finish() == [Heading(2, s("Kop")), Para(s("Alinea")), table, quote, PHOTO]


def test_blocks_made_elsewhere_inside_a_list_become_its_text() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.block(ListBlock(False, (Item(s("a")), Item(s("b")))))
    flow.close_item()
    flow.open_item()
    flow.block(BlockQuote((s("x"), s("y"))))
    flow.close_item()
    flow.open_item()
    flow.block(Heading(3, s("kop")))
    flow.close_item()
    flow.close_list()
    assert flow.finish() == [
        ListBlock(
            False,
            (
                Item((Span("a"), Span(" "), Span("b"), Span(" "))),
                Item((Span("x"), Span(" "), Span("y"), Span(" "))),
                Item(s("kop")),
            ),
        )
    ]


def test_blocks_made_elsewhere_inside_a_quote_become_its_paragraphs() -> None:
    flow = Flow()
    flow.open_quote()
    flow.block(ListBlock(True, (Item(s("een")),)))
    flow.block(PHOTO)
    flow.close_quote()
    assert flow.finish() == [BlockQuote(((Span("een"), Span(" ")),)), PHOTO]


def test_a_flow_holds_at_most_max_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flow_module, "MAX_BLOCKS", 3)
    flow = Flow()
    for n in range(3):
        flow.text(s(f"alinea {n}"))
    with pytest.raises(SourceRefused) as caught:
        flow.text(s("een te veel"))
    assert str(caught.value) == "the document has more than 3 paragraphs"


def test_items_and_quote_paragraphs_count_towards_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(flow_module, "MAX_BLOCKS", 3)
    flow = Flow()
    flow.text(s("alinea"))
    flow.open_list(False)
    flow.text(s("punt"))
    flow.close_list()
    flow.open_quote()
    flow.text(s("citaat"))
    with pytest.raises(SourceRefused):
        flow.text(s("nog een"))


def test_quote_from_takes_the_attribution_from_a_last_dash_line() -> None:
    quote = quote_from([s("Wonen is een recht."), s("— Fatima El Amrani, wethouder")])
    assert quote == BlockQuote((s("Wonen is een recht."),), "Fatima El Amrani, wethouder")


def test_quote_from_reads_a_dash_line_after_a_line_break() -> None:
    quote = quote_from([s("Eerst dit."), s("En dan dit.\n– Jan de Vries ")])
    assert quote == BlockQuote((s("Eerst dit."), s("En dan dit.")), "Jan de Vries")


def test_quote_from_keeps_a_given_attribution() -> None:
    paragraphs = [s("Tekst"), s("— Iemand anders")]
    assert quote_from(paragraphs, "Jan") == BlockQuote(tuple(paragraphs), "Jan")
    assert quote_from([]) == BlockQuote(())


@pytest.mark.parametrize(
    "last",
    [
        "Geen streepje hier",
        "—   ",
        "— " + "a" * 199,
    ],
)
def test_quote_from_leaves_a_last_line_that_names_no_one(last: str) -> None:
    paragraphs = [s("Tekst van het citaat."), s(last)]
    assert quote_from(paragraphs) == BlockQuote(tuple(paragraphs))


def test_quote_from_reads_a_dash_line_of_200_characters() -> None:
    line = "— " + "a" * 198
    assert quote_from([s("Tekst."), s(line)]) == BlockQuote((s("Tekst."),), "a" * 198)


def test_quote_from_keeps_a_lone_dash_line_as_the_quote() -> None:
    assert quote_from([s("— Jan")]) == BlockQuote((s("— Jan"),))


def test_quote_from_a_single_paragraph_with_a_dash_line() -> None:
    quote = quote_from([(Span("Ruimte voor "), Span("iedereen.\n— Piet", bold=True))])
    assert quote == BlockQuote((s("Ruimte voor iedereen."),), "Piet")


def test_a_document_walk_gathers_lists_and_quotes_of_consecutive_paragraphs() -> None:
    walk = DocumentWalk()
    assert (walk.blocks, walk.notes, walk.title, walk.subtitle) == ([], [], [], [])
    assert (walk.items, walk.ordered, walk.quote) == ([], False, [])
    walk.end_run()
    assert walk.blocks == []
    walk.items = [Item(s("een")), Item(s("twee"), 1)]
    walk.ordered = True
    walk.end_run()
    walk.quote = [s("Het citaat."), s("— Jan")]
    walk.end_run()
    walk.end_list()
    walk.end_quote()
    assert walk.blocks == [
        ListBlock(True, (Item(s("een")), Item(s("twee"), 1))),
        BlockQuote((s("Het citaat."),), "Jan"),
    ]
    assert (walk.items, walk.quote) == ([], [])


def test_an_item_the_source_left_open_does_not_swallow_the_next_lists_text() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("een"))
    flow.close_list()  # the item was never closed
    flow.open_list(True)
    flow.text(s("twee"))
    flow.close_list()
    assert flow.finish() == [
        ListBlock(False, (Item(s("een")),)),
        ListBlock(True, (Item(s("twee")),)),
    ]


def test_items_of_an_open_list_count_towards_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flow_module, "MAX_BLOCKS", 3)
    flow = Flow()
    flow.open_list(False)
    for n in range(3):
        flow.text(s(f"punt {n}"))
    with pytest.raises(SourceRefused):
        flow.text(s("een te veel"))


def test_a_quote_after_one_with_a_footer_has_no_footer() -> None:
    flow = Flow()
    flow.open_quote()
    flow.text(s("Eerste citaat."))
    flow.attribution("Jan")
    flow.close_quote()
    flow.open_quote()
    flow.text(s("Tweede citaat."))
    flow.close_quote()
    assert flow.finish() == [
        BlockQuote((s("Eerste citaat."),), "Jan"),
        BlockQuote((s("Tweede citaat."),)),
    ]


def test_more_text_in_a_nested_item_keeps_its_depth() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("Wonen"))
    flow.open_list(False)
    flow.open_item()
    flow.text(s("betaalbaar"))
    flow.text(s("en duurzaam"))
    flow.close_item()
    flow.close_list()
    flow.close_item()
    flow.close_list()
    assert flow.finish() == [
        ListBlock(
            False,
            (Item(s("Wonen"), 0), Item((Span("betaalbaar"), Span(" "), Span("en duurzaam")), 1)),
        )
    ]


def test_a_picture_in_a_list_waits_for_the_list_even_after_a_quote_in_it() -> None:
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("Punt"))
    flow.picture(PHOTO)
    flow.open_quote()
    flow.text(s("citaat"))  # text in a list is the item's, even inside a quote
    flow.attribution("Jan")  # and so is its speaker: not a quote of the name alone
    flow.close_quote()
    flow.close_item()
    flow.close_list()
    item = (Span("Punt"), Span(" "), Span("citaat"), Span(" "), Span("— Jan"))
    assert flow.finish() == [ListBlock(False, (Item(item),)), PHOTO]


def test_pictures_of_two_lists_each_follow_their_list() -> None:
    second = Picture(alt="Het podium", data=b"png2")
    flow = Flow()
    for picture, text in ((PHOTO, "een"), (second, "twee")):
        flow.open_list(False)
        flow.text(s(text))
        flow.picture(picture)
        flow.close_list()
    assert flow.finish() == [
        ListBlock(False, (Item(s("een")),)),
        PHOTO,
        ListBlock(False, (Item(s("twee")),)),
        second,
    ]


def test_headings_and_paragraphs_made_elsewhere_inside_a_quote_are_its_paragraphs() -> None:
    flow = Flow()
    flow.open_quote()
    flow.block(Heading(2, s("Kop in citaat")))
    flow.block(Para(s("Alinea in citaat")))
    flow.close_quote()
    assert flow.finish() == [BlockQuote((s("Kop in citaat"), s("Alinea in citaat")))]


def test_text_after_a_nested_list_in_an_item_stays_at_the_items_depth() -> None:
    """Not glued onto the nested list's last item (reported from the HTML and Markdown
    readers: <li>a<ul><li>b</li></ul>c</li>)."""
    flow = Flow()
    flow.open_list(False)
    flow.open_item()
    flow.text(s("a"))
    flow.open_list(False)
    flow.open_item()
    flow.text(s("b"))
    flow.close_item()
    flow.close_list()
    flow.text(s("c"))
    flow.text(s("d"))  # more text of the same item joins it again
    flow.close_item()
    flow.close_list()
    items = (Item(s("a"), 0), Item(s("b"), 1), Item((*s("c"), Span(" "), *s("d")), 0))
    assert flow.finish() == [ListBlock(False, items)]
