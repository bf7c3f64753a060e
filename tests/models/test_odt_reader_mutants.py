"""The OpenDocument reader (models.importing.odt_reader) line by line: the refusals and
their words, styles and their inheritance (bold, italic, outline levels, list styles, the
chain limit), inline text (spaces, marks, links, skipped parts), captions, quotes with
attributions, images inline, linked or missing, and the metadata. Every file is a small
.odt built here, zip and XML, so each test says exactly what LibreOffice would write."""

from __future__ import annotations

import base64
import io
import zipfile
from functools import partial
from xml.sax.saxutils import escape, quoteattr

import pytest
from import_builders import block_texts, png

from models.importing import odt_reader
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
)
from models.importing.errors import SourceRefused
from models.importing.notes import Note

NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
    }.items()
)
#: Styles LibreOffice keeps in styles.xml: Title, Subtitle, headings with their outline
#: level, Quotations, Caption, and "Strong" (a common character style that is bold).
COMMON = (
    '<style:style style:name="Standard" style:family="paragraph"/>'
    '<style:style style:name="Title" style:family="paragraph"/>'
    '<style:style style:name="Subtitle" style:family="paragraph"/>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:default-outline-level="1"/>'
    '<style:style style:name="Heading_20_3" style:display-name="Heading 3" '
    'style:family="paragraph" style:default-outline-level="3"/>'
    '<style:style style:name="Quotations" style:family="paragraph"/>'
    '<style:style style:name="Caption" style:family="paragraph"/>'
    '<style:style style:name="Strong" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Vet_20_alinea" style:display-name="Vet alinea" '
    'style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
)
#: Automatic styles in content.xml: B bold, I italic, P2 a bold paragraph.
AUTOMATIC = (
    '<style:style style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
    "</style:style>"  # a style without a name, which nothing can use
    '<style:style style:name="B" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="I" style:family="text">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
)

#: Each block as (kind, text…), a quote ending in "— who".
text_of = partial(block_texts, attribution=True)


def odt(
    body: str = "",
    *,
    automatic: str = "",
    common: str | None = COMMON,
    meta: str | None = None,
    pictures: dict[str, bytes] | None = None,
    content: str | None = None,
) -> bytes:
    """An .odt: ``body`` inside office:text with the automatic styles above plus
    ``automatic``; styles.xml with ``common`` (none when ``None``); meta.xml holding
    ``meta`` (none when ``None``); ``content`` replaces content.xml whole."""
    parts: dict[str, str | bytes] = {"mimetype": "application/vnd.oasis.opendocument.text"}
    parts["content.xml"] = content or (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:automatic-styles>{AUTOMATIC}{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    if common is not None:
        parts["styles.xml"] = (
            f"<office:document-styles {NAMESPACES}><office:styles>{common}</office:styles>"
            "</office:document-styles>"
        )
    if meta is not None:
        parts["meta.xml"] = (
            f"<office:document-meta {NAMESPACES}><office:meta>{meta}</office:meta>"
            "</office:document-meta>"
        )
    for name, data in (pictures or {}).items():
        parts[f"Pictures/{name}"] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, member in parts.items():
            archive.writestr(name, member)
    return buffer.getvalue()


def read(
    body: str = "",
    *,
    base: str = "",
    automatic: str = "",
    common: str | None = COMMON,
    meta: str | None = None,
    pictures: dict[str, bytes] | None = None,
    content: str | None = None,
) -> Document:
    data = odt(
        body, automatic=automatic, common=common, meta=meta, pictures=pictures, content=content
    )
    return odt_reader.read_odt(io.BytesIO(data), base)


def p(inline: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{inline}</text:p>'


def style(name: str, *, family: str = "paragraph", props: str = "", **attributes: str) -> str:
    """A style; ``attributes`` are style: attributes (parent_style_name=...), ``props`` its
    text properties (fo: attributes as XML)."""
    extra = "".join(f' style:{k.replace("_", "-")}="{v}"' for k, v in attributes.items())
    inner = f"<style:text-properties {props}/>" if props else ""
    return f'<style:style style:name="{name}" style:family="{family}"{extra}>{inner}</style:style>'


def span(text: str, name: str) -> str:
    return f'<text:span text:style-name="{name}">{text}</text:span>'


def link(text: str, href: str) -> str:
    return f"<text:a xlink:href={quoteattr(href)}>{text}</text:a>"


def frame(inner: str, *, title: str | None = None, desc: str | None = None) -> str:
    alt = "" if title is None else f"<svg:title>{title}</svg:title>"
    alt += "" if desc is None else f"<svg:desc>{desc}</svg:desc>"
    return f'<draw:frame text:anchor-type="as-char">{inner}{alt}</draw:frame>'


def image(href: str) -> str:
    return f"<draw:image xlink:href={quoteattr(href)}/>"


def test_a_zip_without_content_xml_is_refused_in_plain_words() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("styles.xml", f"<office:document-styles {NAMESPACES}/>")
    with pytest.raises(SourceRefused) as refused:
        odt_reader.read_odt(io.BytesIO(buffer.getvalue()))
    assert str(refused.value) == "this is not an OpenDocument text (no content.xml)"


def test_a_spreadsheet_is_refused_as_holding_no_text_document() -> None:
    content = (
        f"<office:document-content {NAMESPACES}><office:body><office:spreadsheet/>"
        "</office:body></office:document-content>"
    )
    with pytest.raises(SourceRefused) as refused:
        read(content=content)
    assert str(refused.value) == ("this is not an OpenDocument text (it holds no text document)")


@pytest.mark.parametrize(("paragraphs", "items"), [(3, 0), (1, 2), (0, 3)])
def test_a_document_of_exactly_the_most_paragraphs_is_read(
    monkeypatch: pytest.MonkeyPatch, paragraphs: int, items: int
) -> None:
    monkeypatch.setattr(odt_reader, "MAX_BLOCKS", 3)
    body = "".join(p(f"Alinea {n}") for n in range(paragraphs))
    if items:
        body += "<text:list>" + "".join(
            f"<text:list-item>{p(f'Punt {n}')}</text:list-item>" for n in range(items)
        )
    assert len(read(body + ("</text:list>" if items else "")).blocks) == paragraphs + bool(items)


@pytest.mark.parametrize(("paragraphs", "items"), [(4, 0), (1, 3), (0, 4)])
def test_one_paragraph_or_item_more_is_refused_with_the_limit(
    monkeypatch: pytest.MonkeyPatch, paragraphs: int, items: int
) -> None:
    monkeypatch.setattr(odt_reader, "MAX_BLOCKS", 3)
    body = "".join(p(f"Alinea {n}") for n in range(paragraphs))
    if items:
        body += "<text:list>" + "".join(
            f"<text:list-item>{p(f'Punt {n}')}</text:list-item>" for n in range(items)
        )
        body += "</text:list>"
    with pytest.raises(SourceRefused) as refused:
        read(body)
    assert str(refused.value) == "the document has more than 3 paragraphs"


# ------------------------------------------------------------------ metadata


def test_the_title_and_language_come_from_meta_xml_when_no_paragraph_is_a_title() -> None:
    meta = "<dc:title>  Jaarverslag\n   2024 </dc:title><dc:language> nl-NL </dc:language>"
    document = read(p("Tekst."), meta=meta)
    assert document.meta == Meta(title="Jaarverslag 2024", language="nl-NL")


def test_title_paragraphs_win_over_meta_and_join_with_a_space() -> None:
    body = (
        p("Digi" + span("tale", "B"), "Title")
        + p("inclusie", "Title")
        + p("Een verslag", "Subtitle")
        + p("van de dag", "Subtitle")
        + p("Tekst.")
    )
    document = read(body, meta="<dc:title>Naam in de eigenschappen</dc:title>")
    assert document.meta == Meta(title="Digitale inclusie", subtitle="Een verslag van de dag")
    assert document.blocks == (Para((Span("Tekst."),)),)


def test_a_language_is_cut_to_twenty_characters_and_a_missing_title_is_empty() -> None:
    document = read(p("Tekst."), meta="<dc:language>" + "x" * 19 + "yz</dc:language>")
    assert document.meta == Meta(title="", language="x" * 19 + "y")


@pytest.mark.parametrize("meta", [None, ""])
def test_without_meta_xml_or_its_meta_element_the_metadata_is_empty(meta: str | None) -> None:
    content_meta = read(p("Tekst."), meta=meta).meta
    assert content_meta == Meta()
    if meta is not None:  # an office:document-meta without office:meta
        buffer = io.BytesIO(odt(p("Tekst.")))
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.writestr("meta.xml", f"<office:document-meta {NAMESPACES}/>")
        assert odt_reader.read_odt(io.BytesIO(buffer.getvalue())).meta == Meta()


# ------------------------------------------------------------------ styles


@pytest.mark.parametrize("weight", ["bold", "600", "700", "800", "900"])
def test_a_heavy_font_weight_is_bold(weight: str) -> None:
    automatic = style("Zwaar", family="text", props=f'fo:font-weight="{weight}"')
    document = read(p(span("zwaar", "Zwaar") + " licht"), automatic=automatic)
    assert document.blocks == (Para((Span("zwaar", bold=True), Span(" licht"))),)


@pytest.mark.parametrize("weight", ["normal", "500", "300"])
def test_a_normal_font_weight_is_not_bold(weight: str) -> None:
    automatic = style("Licht", family="text", props=f'fo:font-weight="{weight}"')
    document = read(p(span("licht", "Licht")), automatic=automatic)
    assert document.blocks == (Para((Span("licht"),)),)


@pytest.mark.parametrize(
    ("slant", "italic"), [("italic", True), ("oblique", True), ("normal", False)]
)
def test_italic_and_oblique_slants_are_italic(slant: str, italic: bool) -> None:
    automatic = style("S", family="text", props=f'fo:font-style="{slant}"')
    document = read(p(span("schuin", "S")), automatic=automatic)
    assert document.blocks == (Para((Span("schuin", italic=italic),)),)


def test_a_style_inherits_marks_its_parent_sets_and_overrides_those_it_sets_itself() -> None:
    automatic = (
        style("Kind", family="text", parent_style_name="B", props='fo:font-style="italic"')
        + style("Mager", family="text", parent_style_name="B", props='fo:font-weight="normal"')
        + style("Kaal", family="text", parent_style_name="I")
    )
    document = read(
        p(span("beide", "Kind") + span(" recht", "Mager") + span(" schuin", "Kaal")),
        automatic=automatic,
    )
    assert document.blocks == (
        Para(
            (
                Span("beide", bold=True, italic=True),
                Span(" recht"),
                Span(" schuin", italic=True),
            )
        ),
    )


def test_a_common_character_style_makes_a_span_bold() -> None:
    document = read(p("Let " + span("op", "Strong") + "!"))
    assert document.blocks == (Para((Span("Let "), Span("op", bold=True), Span("!"))),)


def test_only_direct_formatting_makes_a_whole_paragraph_bold() -> None:
    """An automatic paragraph style is formatting applied by hand; a named style in
    styles.xml is the document's design (a bold "lead" style is not emphasis)."""
    automatic = style("P3", parent_style_name="Vet_20_alinea")
    document = read(
        p("Met de hand vet.", "P2") + p("Ontwerp.", "Vet_20_alinea") + p("Erft.", "P3"),
        automatic=automatic,
    )
    assert document.blocks == (
        Para((Span("Met de hand vet.", bold=True),)),
        Para((Span("Ontwerp."),)),
        Para((Span("Erft."),)),
    )


def test_a_document_without_styles_xml_still_reads_its_automatic_styles() -> None:
    document = read(p(span("vet", "B") + " en gewoon"), common=None)
    assert document.blocks == (Para((Span("vet", bold=True), Span(" en gewoon"))),)


def test_a_heading_paragraph_in_a_bold_automatic_style_is_not_marked_bold() -> None:
    automatic = style("P5", parent_style_name="Heading_20_1", props='fo:font-weight="bold"')
    document = read(p("Programma", "P5"), automatic=automatic)
    assert document.blocks == (Heading(1, (Span("Programma"),)),)


@pytest.mark.parametrize(
    ("level", "expected"),
    [("2", ("h2", "Kop")), ("10", ("h10", "Kop")), ("100", ("p", "Kop")), ("x", ("p", "Kop"))],
)
def test_an_outline_level_of_one_or_two_digits_makes_a_heading(
    level: str, expected: tuple[str, str]
) -> None:
    automatic = style("Eigen", default_outline_level=level)
    assert text_of(read(p("Kop", "Eigen"), automatic=automatic)) == [expected]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Heading 4", ("h4", "Kop")),
        ("heading   12", ("h12", "Kop")),
        ("Heading 0", ("h1", "Kop")),
        ("Heading 123", ("p", "Kop")),
        ("Headings", ("p", "Kop")),
    ],
)
def test_a_style_called_heading_n_is_a_heading_of_level_n(
    display: str, expected: tuple[str, str]
) -> None:
    automatic = style("Eigen", display_name=display)
    assert text_of(read(p("Kop", "Eigen"), automatic=automatic)) == [expected]


def test_a_style_name_without_a_display_name_is_read_with_its_encoded_spaces() -> None:
    automatic = style("Heading_20_5")
    assert text_of(read(p("Kop", "Heading_20_5"), automatic=automatic)) == [("h5", "Kop")]


def test_a_chain_of_thirty_two_styles_is_followed_and_a_longer_one_is_cut() -> None:
    def chain(prefix: str, length: int) -> str:
        styles = [
            style(f"{prefix}{n}", parent_style_name=f"{prefix}{n + 1}") for n in range(length - 1)
        ]
        return "".join(styles) + style(f"{prefix}{length - 1}", default_outline_level="3")

    document = read(
        p("Binnen de grens", "A0") + p("Voorbij de grens", "B0"),
        automatic=chain("A", 32) + chain("B", 33),
    )
    assert text_of(document) == [("h3", "Binnen de grens"), ("p", "Voorbij de grens")]


def test_styles_that_inherit_from_each_other_in_a_circle_end() -> None:
    automatic = style("Kip", parent_style_name="Ei") + style("Ei", parent_style_name="Kip")
    assert text_of(read(p("Welke was er eerst?", "Kip"), automatic=automatic)) == [
        ("p", "Welke was er eerst?")
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Quotations", "quote"),
        ("Intense Quote", "quote"),
        ("rststyle-blockquote", "quote"),
        ("Misquote", "p"),
        ("Caption", "caption"),
        ("Figure", "caption"),
        ("Illustration", "caption"),
        ("Image_20_Caption", "caption"),
        ("Recaption", "p"),
    ],
)
def test_quotation_and_caption_styles_are_known_by_their_names(name: str, kind: str) -> None:
    automatic = style(name) if name not in ("Quotations", "Caption") else ""
    image_data = png()
    document = read(
        p(frame(image("Pictures/a.png"), title="Zaal")) + p("Onder de foto", name),
        automatic=automatic,
        pictures={"a.png": image_data},
    )
    expected = {
        "quote": [("img", "Zaal", "", "a.png"), ("quote", "Onder de foto", "— ")],
        "caption": [("img", "Zaal", "Onder de foto", "a.png")],
        "p": [("img", "Zaal", "", "a.png"), ("p", "Onder de foto")],
    }[kind]
    assert text_of(document) == expected


def test_an_attribution_style_says_who_said_each_quote() -> None:
    automatic = style("Bron", display_name="Quote Attribution") + style(
        "Wie", display_name="attribution"
    )
    body = (
        p("Eerst de mensen.", "Quotations")
        + p("Sanne Bakker", "Bron")
        + p("Dan de techniek.", "Quotations")
        + p("Ahmed El Idrissi", "Wie")
        + p("Misattribution is gewone tekst.", "Standard")
    )
    document = read(body, automatic=automatic)
    assert document.blocks == (
        BlockQuote(((Span("Eerst de mensen."),),), "Sanne Bakker"),
        BlockQuote(((Span("Dan de techniek."),),), "Ahmed El Idrissi"),
        Para((Span("Misattribution is gewone tekst."),)),
    )


def test_a_paragraph_after_a_quote_is_not_its_attribution() -> None:
    body = p("Iedereen doet mee.", "Quotations") + p("Daarna het programma.")
    assert read(body).blocks == (
        BlockQuote(((Span("Iedereen doet mee."),),)),
        Para((Span("Daarna het programma."),)),
    )


def test_a_list_before_a_quote_ends_where_the_quote_starts() -> None:
    body = (
        '<text:list text:style-name="Nummers"><text:list-item>'
        + p("Punt")
        + "</text:list-item></text:list>"
        + p("Citaat", "Quotations")
    )
    automatic = (
        '<text:list-style style:name="Nummers"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>'
    )
    assert text_of(read(body, automatic=automatic)) == [("ol", "0:Punt"), ("quote", "Citaat", "— ")]


# ------------------------------------------------------------------ list styles


def _list(style_name: str | None, *items: str) -> str:
    named = "" if style_name is None else f' text:style-name="{style_name}"'
    inner = "".join(f"<text:list-item>{p(item)}</text:list-item>" for item in items)
    return f"<text:list{named}>{inner}</text:list>"


@pytest.mark.parametrize(
    ("levels", "ordered"),
    [
        ('<text:list-level-style-number text:level="1" style:num-format="1"/>', True),
        ('<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>', False),
        # level 1 named after level 2: the first level decides, not the first child
        (
            '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/>'
            '<text:list-level-style-number style:num-format="a"/>',
            True,
        ),
        (
            '<text:list-level-style-number text:level="2" style:num-format="1"/>'
            '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>',
            False,
        ),
        # no first level at all: the first one there is
        ('<text:list-level-style-number text:level="3" style:num-format="i"/>', True),
        ('<text:list-level-style-number text:level="1" style:num-format=""/>', False),
        ('<text:list-level-style-number text:level="1"/>', False),
        ("", False),
    ],
)
def test_a_list_is_numbered_when_its_first_level_counts(levels: str, ordered: bool) -> None:
    automatic = f'<text:list-style style:name="L">{levels}</text:list-style>'
    document = read(_list("L", "een", "twee"), automatic=automatic)
    assert document.blocks == (
        ListBlock(ordered, (Item((Span("een"),), 0), Item((Span("twee"),), 0))),
    )


def test_a_list_without_a_known_style_is_bulleted() -> None:
    automatic = (
        '<text:list-style style:name="N"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>'
    )
    document = read(_list(None, "een") + _list("Onbekend", "twee"), automatic=automatic)
    assert document.blocks == (
        ListBlock(False, (Item((Span("een"),), 0),)),
        ListBlock(False, (Item((Span("twee"),), 0),)),
    )


def test_nested_lists_are_one_list_with_depths_numbered_by_the_outer_list() -> None:
    automatic = (
        '<text:list-style style:name="N"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>'
        '<text:list-style style:name="U"><text:list-level-style-bullet text:level="1" '
        'text:bullet-char="•"/></text:list-style>'
    )
    inner = (
        '<text:list text:style-name="U"><text:list-item>'
        + p("a")
        + '<text:list text:style-name="U"><text:list-item>'
        + p("i")
        + "</text:list-item></text:list></text:list-item></text:list>"
    )
    body = (
        '<text:list text:style-name="N"><text:list-item>'
        + p("Eerste")
        + inner
        + "</text:list-item><text:list-item>"
        + p("Tweede")
        + "</text:list-item></text:list>"
        + _list("U", "los")
    )
    assert text_of(read(body, automatic=automatic)) == [
        ("ol", "0:Eerste", "1:a", "2:i", "0:Tweede"),
        ("ul", "0:los"),
    ]


# ------------------------------------------------------------------ inline text


@pytest.mark.parametrize(
    ("count", "spaces"), [("", 1), ("3", 3), ("100", 100), ("101", 100), ("veel", 1)]
)
def test_a_run_of_spaces_counts_up_to_a_hundred(count: str, spaces: int) -> None:
    c = f' text:c="{count}"' if count else ""
    document = read(p(f"a<text:s{c}/>b"))
    assert document.blocks == (Para((Span("a" + " " * spaces + "b"),)),)


def test_tabs_and_line_breaks_inside_marked_text() -> None:
    document = read(p(span("Naam:<text:tab/>Fatima<text:line-break/>Rol", "B") + " verder"))
    assert document.blocks == (Para((Span("Naam: Fatima\nRol", bold=True), Span(" verder"))),)


def test_marks_of_nested_spans_add_up_and_end_with_their_span() -> None:
    body = p(
        span("vet " + span("en schuin", "I") + " weer vet", "B")
        + " gewoon "
        + span("schuin " + link("site", "https://example.org/") + " schuin", "I")
    )
    assert read(body).blocks == (
        Para(
            (
                Span("vet ", bold=True),
                Span("en schuin", bold=True, italic=True),
                Span(" weer vet", bold=True),
                Span(" gewoon "),
                Span("schuin ", italic=True),
                Span("site", italic=True, href="https://example.org/"),
                Span(" schuin", italic=True),
            )
        ),
    )


def test_a_link_holds_its_marked_text_and_ends_where_it_ends() -> None:
    body = p(
        link("voor " + span("vet", "B") + " na", "https://example.org/a")
        + " buiten "
        + span("vet " + "<text:s/>" + link("b", "https://example.org/b"), "B")
    )
    href = "https://example.org/a"
    assert read(body).blocks == (
        Para(
            (
                Span("voor ", href=href),
                Span("vet", bold=True, href=href),
                Span(" na", href=href),
                Span(" buiten "),
                Span("vet  ", bold=True),
                Span("b", bold=True, href="https://example.org/b"),
            )
        ),
    )


def test_a_top_level_link_space_or_tab_carries_no_marks_of_its_own() -> None:
    body = p(link("site", "https://example.org/") + "<text:s/><text:tab/>" + "einde")
    assert read(body).blocks == (
        Para((Span("site", href="https://example.org/"), Span("  einde"))),
    )


def test_a_relative_link_is_resolved_against_the_base() -> None:
    document = read(p(link("bijlage", "stukken/bijlage.pdf")), base="https://example.org/dag/")
    assert document.blocks == (
        Para((Span("bijlage", href="https://example.org/dag/stukken/bijlage.pdf"),)),
    )
    assert document.notes == ()


def test_a_relative_link_without_a_base_is_reported_with_its_first_200_characters() -> None:
    target = "stukken/" + "b" * 300 + ".pdf"
    document = read(p(link("bijlage", target)))
    assert document.blocks == (Para((Span("bijlage"),)),)
    assert document.notes == (Note("relative_link", {"target": target[:200]}),)


def test_a_link_without_an_address_keeps_its_text_without_a_report() -> None:
    document = read(p("Zie " + "<text:a>hier</text:a>."))
    assert document.blocks == (Para((Span("Zie hier."),)),)
    assert document.notes == ()


def test_comments_and_tracked_deletions_are_left_out_and_keep_the_marks_around_them() -> None:
    annotation = "<office:annotation><text:p>Nakijken!</text:p></office:annotation>"
    changes = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>weg</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    body = changes + p(
        span("vet" + annotation + " nog vet", "B")
        + " "
        + span("schuin" + annotation + " nog schuin", "I")
        + " "
        + link("link" + annotation + " nog link", "https://example.org/")
    )
    assert read(body).blocks == (
        Para(
            (
                Span("vet nog vet", bold=True),
                Span(" "),
                Span("schuin nog schuin", italic=True),
                Span(" "),
                Span("link nog link", href="https://example.org/"),
            )
        ),
    )


@pytest.mark.parametrize("tag", ["draw:object", "draw:object-ole"])
def test_an_embedded_object_is_reported_once_and_its_text_left_out(tag: str) -> None:
    body = p(f"Zie <draw:frame><{tag}><text:p>Omzet</text:p></{tag}></draw:frame>hier.")
    document = read(body + p(span("Niets", "B") + " bijzonders."))
    assert text_of(document) == [("p", "Zie hier."), ("p", "Niets bijzonders.")]
    assert document.notes == (Note("embedded_object"),)


def test_a_text_box_is_read_after_its_paragraph_and_text_around_it_stays() -> None:
    box = (
        '<draw:frame text:anchor-type="as-char"><draw:text-box>'
        + p("In het kader")
        + "(na het kader)</draw:text-box></draw:frame>"
    )
    body = p("Voor " + box + " na.") + p("Volgende.")
    assert text_of(read(body)) == [
        ("p", "Voor (na het kader) na."),
        ("p", "In het kader"),
        ("p", "Volgende."),
    ]


def test_text_around_and_after_elements_without_text_is_kept() -> None:
    body = p(span("", "B") + "<text:s/>" + span("vet", "B")) + p(
        "<text:bookmark text:name='x'/>" + "na de bladwijzer"
    )
    assert read(body).blocks == (
        Para((Span(" "), Span("vet", bold=True))),
        Para((Span("na de bladwijzer"),)),
    )


# ------------------------------------------------------------------ headings


@pytest.mark.parametrize(
    ("attributes", "level"),
    [
        (' text:outline-level="2"', 2),
        (' text:outline-level="99"', 99),
        (' text:outline-level="100"', 1),
        (' text:outline-level="0"', 1),
        (' text:outline-level="een"', 1),
        ("", 1),
    ],
)
def test_a_text_h_takes_its_outline_level_or_one(attributes: str, level: int) -> None:
    document = read(f"<text:h{attributes}>Kop</text:h>")
    assert document.blocks == (Heading(level, (Span("Kop"),)),)


def test_a_text_h_without_a_level_takes_its_style_s() -> None:
    body = '<text:h text:style-name="Heading_20_3">Kop</text:h>'
    body += '<text:h text:style-name="Heading_20_3" text:outline-level="1">Hoger</text:h>'
    assert read(body).blocks == (
        Heading(3, (Span("Kop"),)),
        Heading(1, (Span("Hoger"),)),
    )


def test_a_text_h_in_a_quotation_style_is_still_a_heading_and_ends_the_list() -> None:
    body = _list(None, "punt") + '<text:h text:style-name="Quotations">Kop</text:h>' + p("Tekst")
    assert text_of(read(body)) == [("ul", "0:punt"), ("h1", "Kop"), ("p", "Tekst")]


def test_a_heading_ends_the_open_quote() -> None:
    body = p("Citaat", "Quotations") + p("Kop", "Heading_20_1") + p("Tekst")
    assert text_of(read(body)) == [("quote", "Citaat", "— "), ("h1", "Kop"), ("p", "Tekst")]


def test_a_list_item_ends_the_open_quote() -> None:
    body = p("Citaat", "Quotations") + _list(None, "punt")
    assert text_of(read(body)) == [("quote", "Citaat", "— "), ("ul", "0:punt")]


# ------------------------------------------------------------------ images and captions


def test_an_image_with_its_caption_in_the_same_paragraph() -> None:
    data = png()
    body = p(frame(image("Pictures/zaal.png"), title="De zaal") + "De opening", "Illustration")
    document = read(body, automatic=style("Illustration"), pictures={"zaal.png": data})
    assert document.blocks == (Picture("De zaal", data, "", "De opening", "zaal.png"),)


def test_a_caption_paragraph_with_two_images_captions_neither() -> None:
    data = png()
    first = frame(image("Pictures/a.png"), title="A")
    both = frame(image("Pictures/a.png"), title="B") + frame(image("Pictures/a.png"), title="C")
    document = read(p(first) + p(both + "Twee foto's", "Caption"), pictures={"a.png": data})
    assert document.blocks == (
        Picture("A", data, name="a.png"),
        Para((Span("Twee foto's"),)),
        Picture("B", data, name="a.png"),
        Picture("C", data, name="a.png"),
    )


def test_a_remote_image_takes_the_caption_after_it() -> None:
    url = "https://example.org/zaal.png"
    document = read(p(frame(image(url), title="Zaal")) + p("De zaal", "Caption"))
    assert document.blocks == (Picture("Zaal", None, url, "De zaal", url),)


def test_a_caption_after_text_a_list_or_a_quote_is_a_paragraph() -> None:
    data = png()
    picture = p(frame(image("Pictures/a.png")))
    body = (
        p("Onderschrift zonder beeld", "Caption")
        + picture
        + _list(None, "punt")
        + p("Na een lijst", "Caption")
        + picture
        + p("Citaat", "Quotations")
        + p("Na een citaat", "Caption")
        + picture
        + p("Gewone tekst")
        + p("Na tekst", "Caption")
    )
    assert text_of(read(body, pictures={"a.png": data})) == [
        ("p", "Onderschrift zonder beeld"),
        ("img", "", "", "a.png"),
        ("ul", "0:punt"),
        ("p", "Na een lijst"),
        ("img", "", "", "a.png"),
        ("quote", "Citaat", "— "),
        ("p", "Na een citaat"),
        ("img", "", "", "a.png"),
        ("p", "Gewone tekst"),
        ("p", "Na tekst"),
    ]


def test_an_image_beside_text_stands_after_the_text_without_a_caption() -> None:
    data = png()
    body = p("Tekst " + frame(image("Pictures/a.png"), title="Foto") + " meer") + p("Volgende")
    assert read(body, pictures={"a.png": data}).blocks == (
        Para((Span("Tekst  meer"),)),
        Picture("Foto", data, name="a.png"),
        Para((Span("Volgende"),)),
    )


def test_an_image_inside_a_list_item_ends_the_list() -> None:
    data = png()
    body = (
        "<text:list><text:list-item>"
        + p("Punt " + frame(image("Pictures/a.png")))
        + "</text:list-item><text:list-item>"
        + p("Tweede")
        + "</text:list-item></text:list>"
    )
    assert text_of(read(body, pictures={"a.png": data})) == [
        ("ul", "0:Punt "),
        ("img", "", "", "a.png"),
        ("ul", "0:Tweede"),
    ]


@pytest.mark.parametrize(
    ("title", "desc", "alt"),
    [
        ("  De  zaal\n vol ", "Beschrijving", "De zaal vol"),
        ("   ", "Een  beschrijving", "Een beschrijving"),
        ("", "Beschrijving", "Beschrijving"),
        (None, "Alleen beschrijving", "Alleen beschrijving"),
        ("Alleen titel", None, "Alleen titel"),
        (None, None, ""),
    ],
)
def test_the_alternative_text_is_the_title_else_the_description(
    title: str | None, desc: str | None, alt: str
) -> None:
    data = png()
    document = read(
        p(frame(image("Pictures/a.png"), title=title, desc=desc)), pictures={"a.png": data}
    )
    assert document.blocks == (Picture(alt, data, name="a.png"),)


def test_a_frame_takes_its_first_image_in_an_allowed_format() -> None:
    data = png((200, 0, 0))
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    inner = (
        "<draw:image/>"
        + image("https://example.org/a.png")
        + image("Pictures/a.svg")
        + image("Pictures/b.png")
    )
    document = read(p(frame(inner, title="Kaart")), pictures={"a.svg": svg, "b.png": data})
    assert document.blocks == (Picture("Kaart", data, name="b.png"),)


def test_a_frame_without_an_allowed_image_keeps_its_first_for_the_report() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    inner = image("Pictures/a.svg") + image("Pictures/b.svg")
    document = read(p(frame(inner)), pictures={"a.svg": svg, "b.svg": svg + b" "})
    assert document.blocks == (Picture("", svg, name="a.svg"),)
    remote = read(p(frame(image("https://example.org/a.png") + image("https://example.org/b"))))
    url = "https://example.org/a.png"
    assert remote.blocks == (Picture("", None, url, "", url),)


def test_a_frame_of_images_none_of_which_is_there_is_left_out() -> None:
    document = read(p("Tekst " + frame("<draw:image/>" + image("Pictures/weg.png"))))
    assert document.blocks == (Para((Span("Tekst "),)),)
    assert document.notes == (Note("image_missing", {"name": "Pictures/weg.png"}),)


@pytest.mark.parametrize(
    "href",
    [
        "/etc/passwd",
        "../buiten.png",
        "./../buiten.png",
        "file:///C:/foto.png",
        "C:/Users/jan/foto.png",
        "smb://server/foto.png",
    ],
)
def test_an_image_outside_the_file_is_an_address_never_read(href: str) -> None:
    document = read(p(frame(image(href), title="Buiten")))
    assert document.blocks == (Picture("Buiten", None, href, "", href),)
    assert document.notes == ()


def test_long_addresses_are_cut_to_500_and_names_to_200_characters() -> None:
    remote = "https://example.org/" + "r" * 600 + ".png"
    outside = "../" + "o" * 600 + ".png"
    missing = "Pictures/" + "m" * 600 + ".png"
    document = read(p(frame(image(remote)) + frame(image(outside)) + frame(image(missing))))
    assert document.blocks == (
        Picture("", None, remote[:500], "", remote[:200]),
        Picture("", None, outside[:500], "", outside[:200]),
    )
    assert document.notes == (Note("image_missing", {"name": missing[:200]}),)


@pytest.mark.parametrize(
    ("href", "stored"),
    [
        ("./Pictures/a.png", "a.png"),
        ("Pictures/../Pictures/a.png", "a.png"),
        ("Pictures/14:30 zaal.png", "14:30 zaal.png"),
        (" Pictures/a.png ", "a.png"),
    ],
)
def test_an_image_inside_the_file_is_found_by_its_normalised_name(href: str, stored: str) -> None:
    data = png()
    document = read(p(frame(image(href), title="Foto")), pictures={stored: data})
    assert document.blocks == (Picture("Foto", data, name=stored),)
    assert document.notes == ()


def test_a_single_name_image_is_looked_up_at_the_top_of_the_file() -> None:
    data = png()
    buffer = io.BytesIO(odt(p(frame(image("logo.png")))))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("logo.png", data)
    document = odt_reader.read_odt(io.BytesIO(buffer.getvalue()))
    assert document.blocks == (Picture("", data, name="logo.png"),)


def _binary(encoded: str) -> str:
    return f"<draw:image><office:binary-data>{encoded}</office:binary-data></draw:image>"


def test_inline_base64_up_to_the_size_limit_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    # At most 31 bytes: 31 // 3 * 4 + 4 = 44 characters of base64 (line breaks count).
    monkeypatch.setattr(odt_reader, "MAX_IMAGE_BYTES", 31)
    data = bytes(range(33))
    encoded = base64.b64encode(data).decode()
    assert len(encoded) == 44
    document = read(p(frame(_binary(encoded), title="Klein")))
    assert document.blocks == (Picture("Klein", data),)
    assert document.notes == ()


def test_inline_base64_one_character_over_the_limit_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(odt_reader, "MAX_IMAGE_BYTES", 31)
    encoded = base64.b64encode(bytes(range(33))).decode()
    document = read(p("Foto: " + frame(_binary(encoded[:20] + "\n" + encoded[20:]))))
    assert document.blocks == (Para((Span("Foto: "),)),)
    assert document.notes == (Note("embedded_image_too_large"),)


def test_wrapped_base64_is_decoded_and_an_empty_one_is_no_image() -> None:
    data = png()
    encoded = base64.b64encode(data).decode()
    wrapped = "\n".join(encoded[i : i + 16] for i in range(0, len(encoded), 16))
    document = read(p(frame(_binary(wrapped), title="Kaart")) + p(frame(_binary(""))))
    assert document.blocks == (Picture("Kaart", data), Picture("", b""))
    assert document.notes == ()


@pytest.mark.parametrize("encoded", ["iVBOR*w0K", "iVBORw0", "aGVsbG8=aGVsbG8="])
def test_damaged_base64_is_reported(encoded: str) -> None:
    document = read(p("Foto " + frame(_binary(encoded))))
    assert document.blocks == (Para((Span("Foto "),)),)
    assert document.notes == (Note("embedded_image_damaged"),)


def test_a_frame_anchored_to_the_page_stands_where_it_is_in_a_list() -> None:
    data = png()
    body = (
        "<text:list><text:list-item>"
        + p("Punt")
        + '<draw:frame text:anchor-type="page">'
        + image("Pictures/a.png")
        + "</draw:frame></text:list-item></text:list>"
        + p(escape("Daarna & verder"))
    )
    assert text_of(read(body, pictures={"a.png": data})) == [
        ("ul", "0:Punt"),
        ("img", "", "", "a.png"),
        ("p", "Daarna & verder"),
    ]


def test_a_caption_paragraph_keeps_everything_of_the_image_before_it() -> None:
    data = png((9, 9, 9))
    body = p(frame(image("Pictures/a.png"), title="Zaal")) + p("De " + span("zaal", "B"), "Caption")
    assert read(body, pictures={"a.png": data}).blocks == (
        Picture("Zaal", data, "", "De zaal", "a.png"),
    )


def test_an_attribution_in_marked_text_is_said_as_plain_text() -> None:
    automatic = style("Bron", display_name="Attribution")
    body = p("Citaat.", "Quotations") + p("Sanne " + span("Bakker", "B"), "Bron")
    assert read(body, automatic=automatic).blocks == (
        BlockQuote(((Span("Citaat."),),), "Sanne Bakker"),
    )


def test_a_page_style_named_like_a_paragraph_style_does_not_replace_it() -> None:
    """LibreOffice keeps page styles (master pages) in styles.xml after the paragraph
    styles, and a user may give both kinds the same name."""
    common = (
        '<style:style style:name="Hoofdstuk" style:family="paragraph" '
        'style:default-outline-level="1"/></office:styles><office:master-styles>'
        '<style:master-page style:name="Hoofdstuk" style:page-layout-name="pm1"/>'
        "</office:master-styles><office:styles>"
    )
    assert text_of(read(p("Inleiding", "Hoofdstuk"), common=common)) == [("h1", "Inleiding")]


def test_a_paragraph_style_named_like_a_list_style_does_not_replace_it() -> None:
    automatic = (
        '<text:list-style style:name="Stappen"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>'
        '<style:style style:name="Stappen" style:family="paragraph"/>'
    )
    assert text_of(read(_list("Stappen", "een", "twee"), automatic=automatic)) == [
        ("ol", "0:een", "0:twee")
    ]


def test_a_text_box_anchored_to_the_page_is_read_where_it_stands() -> None:
    box = (
        '<draw:frame text:anchor-type="page"><draw:text-box>'
        + p("In het kader")
        + "</draw:text-box></draw:frame>"
    )
    body = p("Voor.") + box + p("Na.")
    assert text_of(read(body)) == [("p", "Voor."), ("p", "In het kader"), ("p", "Na.")]
