"""Reading a web page (models/importing/html_reader.py): what becomes a heading, a
paragraph, a list, a quote or a picture; which marks and links survive; what the page says
about itself; and the bounds on an embedded image."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from models.importing import html_reader
from models.importing.document import (
    BlockQuote,
    Heading,
    Item,
    ListBlock,
    Meta,
    Para,
    Picture,
    Span,
)
from models.importing.errors import SourceRefused
from models.importing.html_reader import data_uri, picture, read_html
from models.importing.notes import Note

PAGE = (
    "<html lang='nl'><head><title>  Dag\n van   de ruimte </title>"
    "<meta name='Date' content='2024-03-05T10:00'><base href='https://ex.org/a/'></head><body>"
    "<h2>Kop <b>vet</b></h2>"
    "<p>Een <i>schuin</i> <a href='b.html'>link</a> en <strong><em>beide</em></strong>.</p>"
    "<ul><li>een<ul><li>twee</li></ul></li></ul><ol><li>drie</li></ol>"
    "<!-- een opmerking --><script>alert(1)</script><style>p{}</style>"
    "<blockquote><p>Wijs</p><footer>— Anna</footer></blockquote>"
    "<figure><img src='foto.png' alt=' Een  foto '><figcaption>Bij  de foto</figcaption></figure>"
    "<pre>a\n  b<br>c</pre><p>r1<br>r2</p><footer>voet</footer></body></html>"
)


def test_a_page_becomes_blocks_with_marks_links_lists_quotes_and_pictures() -> None:
    document = read_html(PAGE)
    assert document.meta == Meta(title="Dag van de ruimte", date=dt.date(2024, 3, 5), language="nl")
    assert document.blocks == (
        Heading(2, (Span("Kop "), Span("vet", bold=True))),
        Para(
            (
                Span("Een "),
                Span("schuin", italic=True),
                Span(" "),
                Span("link", href="https://ex.org/a/b.html"),
                Span(" en "),
                Span("beide", bold=True, italic=True),
                Span("."),
            )
        ),
        ListBlock(False, (Item((Span("een"),), 0), Item((Span("twee"),), 1))),
        ListBlock(True, (Item((Span("drie"),), 0),)),
        BlockQuote(((Span("Wijs"),),), "Anna"),
        Picture(
            alt="Een foto",
            url="https://ex.org/a/foto.png",
            caption="Bij de foto",
            name="https://ex.org/a/foto.png",
        ),
        Para((Span("a\n  b\nc"),)),
        Para((Span("r1\nr2"),)),
        Para((Span("voet"),)),
    )
    assert document.notes == ()


def test_links_keep_only_allowed_targets_and_a_relative_one_is_reported() -> None:
    document = read_html(
        "<p><a href='rel.html'>rel</a> <a href='#top'>anker</a> <a href='javascript:x'>js</a>"
        " <a href='mailto:a@b.nl'>post</a> <a>geen</a></p>"
    )
    assert document.blocks == (
        Para((Span("rel anker js "), Span("post", href="mailto:a@b.nl"), Span(" geen"))),
    )
    assert document.notes == (Note("relative_link", {"target": "rel.html"}),)


def test_text_after_a_link_is_no_longer_linked() -> None:
    document = read_html("<p><a href='https://a.nl'>a</a>b<a href='https://c.nl'>c</a>d</p>")
    assert document.blocks == (
        Para(
            (
                Span("a", href="https://a.nl"),
                Span("b"),
                Span("c", href="https://c.nl"),
                Span("d"),
            )
        ),
    )


def test_marks_are_counted_so_nested_bold_stays_bold_until_the_outer_closes() -> None:
    document = read_html("<p><b><strong>x</strong>y</b>z <em><cite>p</cite>q</em>r</p>")
    assert document.blocks == (
        Para(
            (
                Span("xy", bold=True),
                Span("z "),
                Span("pq", italic=True),
                Span("r"),
            )
        ),
    )


def test_every_italic_tag_is_italic() -> None:
    document = read_html("<p><i>a</i><em>b</em><cite>c</cite><dfn>d</dfn><var>e</var>f</p>")
    assert document.blocks == (Para((Span("abcde", italic=True), Span("f"))),)


def test_headings_keep_their_level_and_text_after_one_is_a_paragraph() -> None:
    document = read_html("<h1>Een</h1>los<h3>Drie</h3><h6>Zes</h6><div>na</div>")
    assert document.blocks == (
        Heading(1, (Span("Een"),)),
        Para((Span("los"),)),
        Heading(3, (Span("Drie"),)),
        Heading(6, (Span("Zes"),)),
        Para((Span("na"),)),
    )


def test_a_closing_heading_without_an_open_one_is_harmless() -> None:
    walker = html_reader._Walker("")
    walker.leave("h2")
    assert walker.headings == []


def test_white_space_is_collapsed_outside_pre_and_kept_inside() -> None:
    document = read_html("<p>a \n\t  b</p><pre>  c \n d  </pre><p>e    f</p>")
    assert document.blocks == (
        Para((Span("a b"),)),
        Para((Span("  c \n d  "),)),
        Para((Span("e f"),)),
    )


def test_skipped_elements_leave_nothing_behind() -> None:
    skipped = "".join(
        f"<{tag}>geheim</{tag}>"
        for tag in ("script", "style", "iframe", "object", "template", "noscript", "textarea")
    )
    document = read_html(f"<p>voor{skipped}<svg><text>svg</text></svg>na</p>")
    assert document.blocks == (Para((Span("voorna"),)),)


def test_a_title_in_the_body_is_not_text_a_reader_sees() -> None:
    """Browsers hide a <title> wherever it stands; the head's title stays the metadata."""
    document = read_html("<title>Verslag</title><body><p>x</p><title>Geheim</title></body>")
    assert document.blocks == (Para((Span("x"),)),)
    assert document.meta.title == "Verslag"


def test_a_footer_outside_a_quote_is_a_paragraph_and_inside_one_its_attribution() -> None:
    document = read_html(
        "<blockquote><p>Een</p><p>Twee</p><footer>-- <b>Bram</b>  Jansen</footer></blockquote>"
        "<footer>Onder</footer>"
    )
    assert document.blocks == (
        BlockQuote(((Span("Een"),), (Span("Twee"),)), "Bram Jansen"),
        Para((Span("Onder"),)),
    )


def test_a_quote_ends_where_its_element_does() -> None:
    document = read_html("<blockquote>Binnen</blockquote><p>Buiten</p>")
    assert document.blocks == (BlockQuote(((Span("Binnen"),),)), Para((Span("Buiten"),)))


def test_a_caption_without_a_picture_is_a_paragraph() -> None:
    document = read_html("<p>Tekst</p><figure><figcaption>Alleen  een onderschrift</figcaption>")
    assert document.blocks == (Para((Span("Tekst"),)), Para((Span("Alleen een onderschrift"),)))


def test_a_picture_interrupts_a_paragraph() -> None:
    document = read_html("<p>voor<img src='https://ex.org/a.png' alt='A'>na</p>")
    assert document.blocks == (
        Para((Span("voor"),)),
        Picture(alt="A", url="https://ex.org/a.png", name="https://ex.org/a.png"),
        Para((Span("na"),)),
    )


def test_a_line_break_outside_pre_is_a_line_break_in_the_text() -> None:
    document = read_html("<p>Kade 1<br>1011 AA<br/>Amsterdam</p>")
    assert document.blocks == (Para((Span("Kade 1\n1011 AA\nAmsterdam"),)),)


def test_a_line_break_inside_a_caption_inside_pre_goes_to_the_caption() -> None:
    document = read_html(
        "<pre><figure><img src='https://e.nl/x.png' alt='x'><figcaption>a<br>b</figcaption>"
        "</figure></pre>"
    )
    assert document.blocks == (
        Picture(alt="x", url="https://e.nl/x.png", caption="a b", name="https://e.nl/x.png"),
    )


def test_the_page_base_resolves_relative_links_and_images() -> None:
    html = "<head><base href=' https://site.nl/map/ '></head><p><a href='../b'>b</a></p>"
    assert read_html(html).blocks == (Para((Span("b", href="https://site.nl/b"),)),)
    assert read_html(html, "https://ander.nl/").blocks == read_html(html).blocks


def test_a_base_element_that_is_no_web_address_leaves_the_given_base() -> None:
    html = "<head><base href='file:///tmp/'></head><p><a href='b'>b</a></p>"
    assert read_html(html, "https://ander.nl/").blocks == (
        Para((Span("b", href="https://ander.nl/b"),)),
    )
    empty = "<head><base href=''></head><p><a href='b'>b</a></p>"
    assert read_html(empty, "https://ander.nl/").blocks == (
        Para((Span("b", href="https://ander.nl/b"),)),
    )


def test_a_fragment_reads_no_title_and_no_base_of_its_own() -> None:
    html = "<title>Titel</title><base href='https://site.nl/'><p><a href='b'>b</a></p>"
    fragment = read_html(html, "https://ander.nl/", fragment=True)
    assert fragment.meta == Meta()
    assert fragment.blocks == (Para((Span("b", href="https://ander.nl/b"),)),)
    whole = read_html(html, "https://ander.nl/")
    assert whole.meta == Meta(title="Titel")
    assert whole.blocks == (Para((Span("b", href="https://site.nl/b"),)),)


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='date' content='2023-11-30'>",
        "<meta name='DCTERMS.date' content='2023-11-30'>",
        "<meta name='dc.date' content='2023-11-30 09:00'>",
        "<meta property='article:published_time' content='2023-11-30T09:00:00+01:00'>",
        "<meta name='pubdate' content='2023-11-30'>",
        "<meta name='date' content='gisteren'><meta name='pubdate' content='2023-11-30'>",
        "<meta name='pubdate' content='2023-11-30'><meta name='date' content='2020-01-01'>",
    ],
)
def test_the_date_comes_from_the_first_date_meta_that_holds_one(meta: str) -> None:
    document = read_html(f"<html><head>{meta}</head><body><p>x</p></body></html>")
    assert document.meta.date == dt.date(2023, 11, 30)


def test_other_meta_elements_give_no_date() -> None:
    html = "<head><meta name='description' content='2023-11-30'><meta content='2023-11-30'></head>"
    assert read_html(html).meta == Meta()


def test_a_page_without_title_or_language_has_empty_meta() -> None:
    assert read_html("<p>x</p>").meta == Meta(title="", date=None, language="")


def test_a_data_image_is_kept_as_its_bytes() -> None:
    payload = base64.b64encode(b"\x89PNG fake").decode()
    document = read_html(f"<p><img src=' DATA:image/png;base64,{payload} ' alt='logo'></p>")
    assert document.blocks == (Picture(alt="logo", data=b"\x89PNG fake", name="an embedded image"),)


def test_a_relative_image_without_a_base_is_named_by_its_address() -> None:
    assert picture(" img/foto.png ", "  De\n foto ", "") == Picture(
        alt="De foto", url="img/foto.png", name="img/foto.png"
    )


def test_a_relative_image_with_a_base_becomes_a_remote_address() -> None:
    assert picture("img/f.png", "", "https://site.nl/a/") == Picture(
        url="https://site.nl/a/img/f.png", name="https://site.nl/a/img/f.png"
    )


def test_an_image_address_that_is_not_remote_is_cut_for_its_name() -> None:
    src = "file:///" + "x" * 600
    assert picture(src, "", "") == Picture(url=src[:500], name=src[:200])
    mail = picture("mailto:a@b.nl", "", "")
    assert mail == Picture(url="mailto:a@b.nl", name="mailto:a@b.nl")


def test_a_base64_data_uri_ignores_white_space_and_case_of_its_header() -> None:
    assert data_uri("data:image/gif;BASE64,SGVs\nbG8g d29y bGQ=") == b"Hello world"


def test_a_data_uri_without_base64_is_percent_decoded() -> None:
    assert data_uri("data:text/plain,a%20b%FF") == b"a b\xff"
    assert data_uri("data:text/plain;charset=utf-8,base64") == b"base64"


def test_a_broken_base64_data_uri_is_empty() -> None:
    assert data_uri("data:image/png;base64,abc") == b""


def test_an_embedded_image_over_the_limit_is_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_reader, "MAX_IMAGE_BYTES", 30)  # 30 bytes: at most 44 characters
    at_limit = "A" * 44
    assert data_uri("data:;base64," + at_limit) == base64.b64decode(at_limit)
    with pytest.raises(SourceRefused) as refused:
        data_uri("data:;base64," + at_limit + "A")
    assert refused.value.reason == "an embedded image is larger than 64 MiB"


def test_a_data_uri_is_split_at_its_first_comma() -> None:
    assert data_uri("data:text/csv,a,b,c") == b"a,b,c"


def test_a_base64_data_uri_skips_characters_outside_the_alphabet() -> None:
    assert data_uri("data:image/gif;base64,SGVs!bG8=") == b"Hello"


def test_a_footer_after_a_quote_keeps_its_dash_and_marks() -> None:
    document = read_html(
        "<blockquote><p>Wijs</p></blockquote><footer>— <b>Onder</b></footer>"
        "<figure><footer>— ook</footer></figure>"
    )
    assert document.blocks == (
        BlockQuote(((Span("Wijs"),),)),
        Para((Span("— "), Span("Onder", bold=True))),
        Para((Span("— ook"),)),
    )


def test_fourth_and_fifth_level_headings_keep_their_level_and_end_where_they_close() -> None:
    document = read_html("<h4>Vier</h4>na<h5>Vijf</h5>ook na")
    assert document.blocks == (
        Heading(4, (Span("Vier"),)),
        Para((Span("na"),)),
        Heading(5, (Span("Vijf"),)),
        Para((Span("ook na"),)),
    )


def test_a_footer_after_a_nested_quote_still_names_the_outer_speaker() -> None:
    document = read_html(
        "<blockquote><blockquote><p>Binnen</p></blockquote><p>Buiten</p>"
        "<footer>Anna</footer></blockquote>"
    )
    assert document.blocks == (BlockQuote(((Span("Binnen"),), (Span("Buiten"),)), "Anna"),)


def test_white_space_after_a_nested_pre_is_still_kept() -> None:
    document = read_html("<pre><pre> a  b </pre>  c   d </pre><p>e   f</p>")
    assert document.blocks == (
        Para((Span(" a  b "),)),
        Para((Span("  c   d "),)),
        Para((Span("e f"),)),
    )


def test_an_image_without_address_or_alt_text_has_empty_ones() -> None:
    document = read_html("<img><img alt='Kaart'><img src='https://e.nl/a.png'>")
    assert document.blocks == (
        Picture(alt="", url="", name=""),
        Picture(alt="Kaart", url="", name=""),
        Picture(alt="", url="https://e.nl/a.png", name="https://e.nl/a.png"),
    )


def test_text_after_a_nested_list_in_an_item_without_text_is_an_item_of_the_outer_list() -> None:
    document = read_html("<ul><li><ul><li>binnen</li></ul>buiten</li></ul>")
    assert document.blocks == (
        ListBlock(False, (Item((Span("binnen"),), 1), Item((Span("buiten"),), 0))),
    )


def test_a_speaker_in_several_pieces_is_one_name() -> None:
    document = read_html(
        "<blockquote><p>x</p><footer>Anna <b>de</b> <a href='https://v.nl'>Vries</a></footer>"
        "</blockquote>"
    )
    assert document.blocks == (BlockQuote(((Span("x"),),), "Anna de Vries"),)


def test_a_line_break_in_a_caption_or_a_speaker_separates_the_words() -> None:
    document = read_html(
        "<figure><img src='https://e.nl/a.png'><figcaption>Foto<br>Jan</figcaption></figure>"
        "<blockquote><p>x</p><footer>Anna<br>Jansen</footer></blockquote>"
    )
    assert document.blocks == (
        Picture(url="https://e.nl/a.png", caption="Foto Jan", name="https://e.nl/a.png"),
        BlockQuote(((Span("x"),),), "Anna Jansen"),
    )


def test_a_comment_inside_a_paragraph_leaves_nothing_behind() -> None:
    document = read_html("<p>voor<!-- <b>geheim</b> -->na</p><!-- <p>weg</p> -->")
    assert document.blocks == (Para((Span("voorna"),)),)


def test_a_date_meta_is_read_by_its_first_ten_characters() -> None:
    html = "<head><meta name='date' content='2023-11-30, 09:00 uur'></head>"
    assert read_html(html).meta == Meta(date=dt.date(2023, 11, 30))


def test_a_language_attribute_without_value_is_no_language() -> None:
    assert read_html("<html lang><p>x</p></html>").meta == Meta()
    assert read_html("<html lang='en-GB'><p>x</p></html>").meta == Meta(language="en-GB")


def test_the_embedded_image_limit_rounds_down_to_whole_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_reader, "MAX_IMAGE_BYTES", 31)  # 41.3 characters, plus 4
    at_limit = "QUJD" * 11 + "Q"
    assert len(at_limit) == 45
    assert data_uri("data:," + at_limit) == at_limit.encode()
    with pytest.raises(SourceRefused):
        data_uri("data:," + at_limit + "Q")


def test_a_date_meta_without_content_value_is_passed_over() -> None:
    html = "<head><meta name='date' content><meta name='pubdate' content='2023-11-30'></head>"
    assert read_html(html).meta == Meta(date=dt.date(2023, 11, 30))


def test_text_after_an_empty_nested_item_joins_the_item_it_is_in() -> None:
    document = read_html("<ul><li>a<ul><li></li></ul>meer</li></ul>")
    assert document.blocks == (ListBlock(False, (Item((Span("a"), Span(" "), Span("meer")), 0),)),)


def test_text_between_two_items_is_an_item_of_its_own() -> None:
    document = read_html("<ul><li>a</li>los<li>b</li></ul>")
    items = (Item((Span("a"),), 0), Item((Span("los"),), 0), Item((Span("b"),), 0))
    assert document.blocks == (ListBlock(False, items),)


def test_a_list_in_a_quote_gives_the_quote_paragraphs_in_their_place() -> None:
    """A pull quote holds no list; its items were once put before the quote, out of order.
    A picture in the quote follows it."""
    document = read_html(
        "<blockquote><p>x</p><img src='https://ex.org/a.png' alt='A'>"
        "<ul><li>y</li></ul><p>z</p></blockquote>"
    )
    assert document.blocks == (
        BlockQuote(((Span("x"),), (Span("y"),), (Span("z"),))),
        Picture(alt="A", url="https://ex.org/a.png", name="https://ex.org/a.png"),
    )
