"""The small parts of the import (models.importing) one by one: text decoding, link targets,
front matter, dates, pictures as figures, and how the flow nests lists, quotes, captions
and pictures from a web page or Markdown."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import pytest
from PIL import Image as PILImage

from models.importing import dates, decode, figures, front_matter, links
from models.importing.document import BlockQuote, Heading, Item, ListBlock, Para, Picture, Span
from models.importing.flow import Flow, quote_from
from models.importing.html_reader import read_html
from models.importing.markdown_reader import read_markdown
from models.importing.notes import Note

# ------------------------------------------------------------------- decoding text


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF16_LE + "hé\r\nx".encode("utf-16-le"), "hé\nx"),
        (codecs.BOM_UTF16_BE + "hé\rx".encode("utf-16-be"), "hé\nx"),
        (codecs.BOM_UTF8 + "é\r\nx".encode(), "é\nx"),
        ("Ελληνικά\n".encode(), "Ελληνικά\n"),
        (b"caf\xe9\r\x80", "café\n€"),  # not UTF-8: Windows-1252
        (b"", ""),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode.decode(data) == text


# ------------------------------------------------------------------- link targets


@pytest.mark.parametrize(
    ("candidate", "base"),
    [
        (" https://x.org/a/ ", "https://x.org/a/"),
        ("http://x.org", "http://x.org"),
        ("ftp://x.org", ""),
        ("https://", ""),  # no host
        ("http://[::1", ""),  # not an address at all
        ("", ""),
    ],
)
def test_base_address(candidate: str, base: str) -> None:
    assert links.base_address(candidate) == base


@pytest.mark.parametrize(
    ("href", "base", "result"),
    [
        ("https://x.org/a", "", ("https://x.org/a", False)),
        ("HTTPS://X.ORG/a", "", ("HTTPS://X.ORG/a", False)),
        (" https://x .org/ a ", "", ("https://x.org/a", False)),  # white space removed
        ("mailto:jan@x.org", "", ("mailto:jan@x.org", False)),
        ("mailto:nobody", "", (None, False)),
        ("#top", "", (None, False)),
        ("", "", (None, False)),
        ("javascript:alert(1)", "", (None, False)),
        ("data:text/html,x", "", (None, False)),
        ("http://[::1", "", (None, False)),  # unparseable
        ("//cdn.x.org/a", "", ("https://cdn.x.org/a", False)),
        ("//", "", (None, False)),
        ("a.html", "", (None, True)),  # relative, no base: reported
        ("a.html", "https://x.org/d/", ("https://x.org/d/a.html", False)),
        ("../b.html", "https://x.org/d/e/", ("https://x.org/d/b.html", False)),
        ("x" * 2001, "", (None, False)),  # too long to be an address
    ],
)
def test_resolve(href: str, base: str, result: tuple[str | None, bool]) -> None:
    assert links.resolve(href, base) == result


def test_a_base_that_cannot_be_joined_leaves_the_link_unresolved() -> None:
    assert links.resolve("../a", "http://[::1") == (None, True)


def test_is_remote() -> None:
    assert links.is_remote("HTTP://x.org/a.png")
    assert links.is_remote("https://x.org/a.png")
    assert not links.is_remote("ftp://x.org/a.png")
    assert not links.is_remote("images/a.png")


# ------------------------------------------------------------------- front matter


def test_front_matter_reads_flat_keys_and_names_the_rest() -> None:
    text = (
        "---\n"
        "# a comment\n"
        "\n"
        "Title: 'Netwerkdag'\n"
        'date: "2024-01-02"\n'
        "tags: [a, b]\n"
        "- a list line\n"
        "anchor: &a x\n"
        'quote: "\n'
        "...\n"
        "De tekst."
    )
    fields, ignored, body = front_matter.split(text)
    assert fields == {"title": "Netwerkdag", "date": "2024-01-02", "quote": '"'}
    assert ignored == ["tags: [a, b]", "- a list line", "anchor: &a x"]
    assert body == "De tekst."


@pytest.mark.parametrize(
    "text",
    ["", "title: x", "---\ntitle: x", "--- \nnot a fence\n"],
    ids=["empty", "no-fence", "unclosed", "not-a-fence"],  # plain: mutmut passes ids back
)
def test_without_a_closed_front_matter_the_whole_text_is_the_body(text: str) -> None:
    assert front_matter.split(text) == ({}, [], text)


def test_front_matter_that_never_ends_within_a_thousand_lines_is_body() -> None:
    text = "---\n" + "a: b\n" * 1_200 + "---\nbody"
    assert front_matter.split(text) == ({}, [], text)


# ------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2018-02-14", dt.date(2018, 2, 14)),
        ("2024-1-2T10:00Z", dt.date(2024, 1, 2)),
        ("14-02-2018", dt.date(2018, 2, 14)),
        ("14.2.2018.", dt.date(2018, 2, 14)),
        ("14 februari 2018", dt.date(2018, 2, 14)),
        ("3 mrt. 2020", dt.date(2020, 3, 3)),
        ("Feb. 14, 2018", dt.date(2018, 2, 14)),
        ("february 14 2018", dt.date(2018, 2, 14)),
        ("2024-02-30", None),  # no such day
        ("30 februari 2024", None),
        ("14 foo 2018", None),  # no such month
        ("31-12-1970", None),  # before 1971
        ("3000-01-01", None),
        ("morgen", None),
        ("", None),
    ],
)
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert dates.parse_date(text) == date


# ------------------------------------------------------------------- pictures as figures


def _png(size: tuple[int, int] = (4, 3)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 85, 127)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_picture_with_a_description_becomes_a_figure() -> None:
    report: list[Note] = []
    placed = figures.place(Picture(alt="De zaal", data=_png(), caption="Vol"), report)
    assert placed is not None
    assert placed.asset.startswith("assets/") and placed.asset.endswith(".png")
    assert placed.figure == {
        "kind": "figure",
        "images": [{"asset": placed.asset, "caption": "Vol", "alt": "De zaal"}],
    }
    assert report == []


def test_a_picture_without_a_description_is_decorative_and_reported() -> None:
    report: list[Note] = []
    placed = figures.place(Picture(data=_png(), name="media/image1.png"), report)
    assert placed is not None
    assert placed.figure["images"] == [{"asset": placed.asset, "caption": "", "decorative": True}]
    assert report == [Note("image_decorative", {"image": "media/image1.png"})]


def test_pictures_that_cannot_be_figures_are_reported() -> None:
    report: list[Note] = []
    assert figures.place(Picture(alt="Op het web", url="HTTPS://x.org/a.png"), report) is None
    assert figures.place(Picture(url="file:///c:/a.png"), report) is None
    assert figures.place(Picture(alt="Plaatje", data=b"BM" + bytes(60)), report) is None
    assert figures.place(Picture(data=b"nothing"), report) is None
    assert [note.kind for note in report] == [
        "remote_image",
        "image_not_in_file_unnamed",
        "image_refused",
        "image_refused_unnamed",
    ]
    assert report[0].params == {"image": "Op het web", "url": "HTTPS://x.org/a.png"}
    assert report[2].params == {
        "image": "Plaatje",
        "reason": "is a BMP image; only PNG, JPEG, GIF and WebP images are allowed",
    }


def test_short_names_for_report_lines() -> None:
    assert figures.short("  een\nnaam  ") == "een naam"
    assert figures.short("x" * 60) == "x" * 60
    assert figures.short("x" * 61) == "x" * 59 + "…"


# ------------------------------------------------------------------- the flow of blocks


def _spans(*texts: str) -> tuple[Span, ...]:
    return tuple(Span(text) for text in texts)


def _html(body: str) -> tuple[object, ...]:
    return read_html(f"<html><body>{body}</body></html>").blocks


def test_nested_lists_and_a_second_paragraph_in_an_item() -> None:
    blocks = _html("<ul><li>een<ul><li>sub</li></ul></li><li>twee<p>meer</p></li></ul>")
    assert blocks == (
        ListBlock(
            False,
            (
                Item(_spans("een"), 0),
                Item(_spans("sub"), 1),
                Item(_spans("twee", " ", "meer"), 0),
            ),
        ),
    )


def test_closing_what_was_never_opened_is_ignored() -> None:
    assert _html("</ul></li></blockquote><p>x</p>") == (Para(_spans("x")),)
    flow = Flow()
    flow.close_list()
    flow.close_item()
    flow.close_quote()
    assert flow.finish() == []


def test_what_the_source_left_open_is_closed_at_the_end() -> None:
    assert _html("<ul><li>open") == (ListBlock(False, (Item(_spans("open"), 0),)),)
    flow = Flow()
    flow.open_quote()
    flow.open_quote()
    flow.text(_spans("binnen"))
    assert flow.finish() == [BlockQuote((_spans("binnen"),))]


def test_a_quote_says_who_said_it_in_its_footer() -> None:
    blocks = _html("<blockquote><p>Mooi gezegd.</p><footer>— Jan Jansen</footer></blockquote>")
    assert blocks == (BlockQuote((_spans("Mooi gezegd."),), "Jan Jansen"),)
    empty = _html("<blockquote><p>Q</p><footer>—</footer></blockquote>")
    assert empty == (BlockQuote((_spans("Q"),), ""),)


def test_a_footer_outside_a_quote_is_a_paragraph() -> None:
    assert _html("<footer>— losse voet</footer>") == (Para(_spans("— losse voet")),)
    flow = Flow()
    flow.attribution("  – Piet  ")
    assert flow.finish() == [Para(_spans("Piet"))]


def test_a_caption_belongs_to_the_picture_before_it() -> None:
    blocks = _html(
        "<figure><img src='https://x.org/a.png' alt='A'><figcaption>Onderschrift"
        "</figcaption></figure>"
    )
    assert blocks == (
        Picture("A", None, "https://x.org/a.png", "Onderschrift", "https://x.org/a.png"),
    )
    assert _html("<figure><figcaption>Zonder beeld</figcaption></figure>") == (
        Para(_spans("Zonder beeld")),
    )
    (picture,) = _html("<figure><img src='https://x.org/a.png'><figcaption> </figcaption></figure>")
    assert isinstance(picture, Picture) and picture.caption == ""


def test_a_second_caption_is_a_paragraph() -> None:
    flow = Flow()
    flow.picture(Picture("A"))
    flow.caption("Eerste")
    flow.caption("Tweede")
    assert flow.finish() == [Picture("A", caption="Eerste"), Para(_spans("Tweede"))]


def test_a_picture_in_a_list_or_quote_follows_it() -> None:
    assert _html("<ul><li>tekst <img src='https://x.org/b.png' alt='B'></li></ul><p>na</p>") == (
        ListBlock(False, (Item(_spans("tekst "), 0),)),
        Picture("B", None, "https://x.org/b.png", "", "https://x.org/b.png"),
        Para(_spans("na")),
    )
    assert _html("<blockquote><p>q</p><img src='https://x.org/c.png' alt='C'></blockquote>") == (
        BlockQuote((_spans("q"),)),
        Picture("C", None, "https://x.org/c.png", "", "https://x.org/c.png"),
    )


def test_a_heading_inside_a_quote_is_one_of_its_paragraphs() -> None:
    assert _html("<blockquote><h2>kop</h2><p>q</p></blockquote>") == (
        BlockQuote((_spans("kop"), _spans("q"))),
    )


def test_html_blocks_inside_markdown_take_their_place_in_the_flow() -> None:
    assert read_markdown("<h2>Kop</h2>\n\ntekst\n").blocks == (
        Heading(2, _spans("Kop")),
        Para(_spans("tekst")),
    )
    assert read_markdown("<p>alinea</p>\n").blocks == (Para(_spans("alinea")),)
    assert read_markdown("<ul><li>a</li></ul>\n").blocks == (
        ListBlock(False, (Item(_spans("a"), 0),)),
    )
    # Inside a list item, an HTML table or quote is text of the item.
    assert read_markdown("- item\n\n  <table><tr><td>cel</td></tr></table>\n").blocks == (
        ListBlock(False, (Item(_spans("item", " ", "cel"), 0),)),
    )
    assert read_markdown("- item\n\n  <blockquote><p>q</p></blockquote>\n").blocks == (
        ListBlock(False, (Item(_spans("item", " ", "q", " "), 0),)),
    )
    # Inside a quote, an HTML list is one more paragraph of it.
    assert read_markdown("> quote\n>\n> <ul><li>a</li><li>b</li></ul>\n").blocks == (
        BlockQuote((_spans("quote"), _spans("a", " ", "b", " "))),
    )
    assert read_markdown("- item\n\n  <img src='https://x.org/a.png' alt='A'>\n").blocks == (
        ListBlock(False, (Item(_spans("item"), 0),)),
        Picture("A", None, "https://x.org/a.png", "", "https://x.org/a.png"),
    )


def test_text_in_a_list_outside_an_item_is_an_item_of_its_own() -> None:
    flow = Flow()
    flow.open_list(True)
    flow.text(_spans("los"))
    flow.text(_spans("ook los"))
    flow.open_list(False)
    flow.open_item()
    flow.text(_spans("diep"))
    assert flow.finish() == [
        ListBlock(
            True, (Item(_spans("los"), 0), Item(_spans("ook los"), 0), Item(_spans("diep"), 1))
        )
    ]


def test_a_document_of_too_many_paragraphs_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from models.importing import flow as flow_module
    from models.importing.errors import SourceRefused

    monkeypatch.setattr(flow_module, "MAX_BLOCKS", 3)
    flow = Flow()
    for text in ("een", "twee", "drie"):
        flow.text(_spans(text))
    with pytest.raises(SourceRefused) as error:
        flow.text(_spans("vier"))
    assert error.value.reason == "the document has more than 3 paragraphs"


def test_a_quote_of_a_picture_only_is_the_picture() -> None:
    flow = Flow()
    flow.open_quote()
    flow.block(Picture("P"))
    flow.block(BlockQuote((_spans("x"),), "y"))
    flow.close_quote()
    assert flow.finish() == [BlockQuote((_spans("x", " "),)), Picture("P")]


# ------------------------------------------------------------------- quotes and dashes


LONG_DASH = "— " + "x" * 200  # too long to be a name


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([], BlockQuote(())),
        ([_spans("Wat een dag.\n— Piet")], BlockQuote((_spans("Wat een dag."),), "Piet")),
        ([_spans("Eerst."), _spans("— Piet")], BlockQuote((_spans("Eerst."),), "Piet")),
        ([_spans("— Piet")], BlockQuote((_spans("— Piet"),))),  # nothing left to quote
        ([_spans("Eerst."), _spans("—  ")], BlockQuote((_spans("Eerst."), _spans("—  ")))),
        ([_spans("Eerst."), _spans("Geen")], BlockQuote((_spans("Eerst."), _spans("Geen")))),
        ([_spans("Eerst."), _spans(LONG_DASH)], BlockQuote((_spans("Eerst."), _spans(LONG_DASH)))),
    ],
    ids=["empty", "line", "paragraph", "only-dash-line", "bare-dash", "no-dash", "too-long"],
)  # fmt: skip
def test_quote_from_takes_a_last_dash_line_as_the_attribution(
    paragraphs: list[tuple[Span, ...]], expected: BlockQuote
) -> None:
    assert quote_from(paragraphs) == expected


def test_an_attribution_given_wins_over_a_dash_line() -> None:
    assert quote_from([_spans("a\n— b")], "c") == BlockQuote((_spans("a\n— b"),), "c")
