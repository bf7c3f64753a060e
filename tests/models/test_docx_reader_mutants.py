"""The Word reader (models.importing.docx_reader) line by line: the refusal and its words,
styles (headings by name and by outline level, title, quote, caption, list styles),
numbering (bulleted or numbered, depth), runs (bold, italic, switched off), breaks and tabs,
links through relationships, images embedded, linked, outside or missing, captions, and the
paragraph limit. Every file is a small .docx built here, zip and XML."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

import pytest
from import_builders import block_texts as texts
from import_builders import png

from models.importing import docx_reader
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

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
#: (id, name, outline level or "") as Word writes them in styles.xml.
STYLES = (
    ("Titel", "Title", ""),
    ("Ondertitel", "Subtitle", ""),
    ("Kop1", "heading 1", ""),
    ("Kop2", "heading 2", ""),
    ("Kop12", "Heading 12", ""),
    ("Citaat", "Quote", ""),
    ("DuidelijkCitaat", "Intense Quote", ""),
    ("Blok", "Block Text", ""),
    ("Bijschrift", "caption", ""),
    ("Opsomming", "List Bullet 2", ""),
    ("Nummering", "List Number", ""),
    ("Hoofdstuk", "Hoofdstuk", "0"),
    ("Paragraaf", "Paragraaf", "8"),
    ("Plattetekst", "Body Text", "9"),
    ("Vreemd", "Vreemd", "10"),
)
#: numId 1: bullets, 2: numbers (decimal), 3: lower letters, 4: a numbering without levels,
#: 5: one whose abstract numbering is missing.
NUMBERING = (
    '<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
    "</w:lvl></w:abstractNum>"
    '<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
    '</w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/>'
    "</w:lvl></w:abstractNum>"
    '<w:abstractNum w:abstractNumId="40"/>'
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="99"/></w:num>'
)


def docx(
    body: str,
    *,
    rels: str = "",
    media: dict[str, bytes] | None = None,
    styles: bool = True,
    numbering: bool = True,
    document: str | None = None,
) -> bytes:
    parts: dict[str, str | bytes] = {
        "word/document.xml": document
        or f'<?xml version="1.0"?><w:document {NAMESPACES}><w:body>{body}</w:body></w:document>'
    }
    if styles:
        inner = "".join(
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline else "")
            + "</w:style>"
            for sid, name, outline in STYLES
        )
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{inner}</w:styles>'
    if numbering:
        parts["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{NUMBERING}</w:numbering>'
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{rels}</Relationships>"
    )
    for name, data in (media or {}).items():
        parts[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, member in parts.items():
            archive.writestr(name, member)
    return buffer.getvalue()


def read(
    body: str,
    *,
    base: str = "",
    rels: str = "",
    media: dict[str, bytes] | None = None,
    styles: bool = True,
    numbering: bool = True,
    document: str | None = None,
) -> Document:
    data = docx(body, rels=rels, media=media, styles=styles, numbering=numbering, document=document)
    return docx_reader.read_docx(io.BytesIO(data), base)


def rel(rel_id: str | None, target: str | None, *, external: bool = False) -> str:
    attributes = "" if rel_id is None else f' Id="{rel_id}"'
    attributes += "" if target is None else f" Target={quoteattr(target)}"
    attributes += ' TargetMode="External"' if external else ""
    return f'<Relationship{attributes} Type="{R_NS}/image"/>'


def r(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    runs: str, *, style: str | None = None, num: tuple[str, str] | None = None, props: str = ""
) -> str:
    inner = props + (f'<w:pStyle w:val="{style}"/>' if style else "")
    if num is not None:
        inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{inner}</w:pPr>{runs}</w:p>"


def p(text: str, *, style: str | None = None, num: tuple[str, str] | None = None) -> str:
    return para(r(text), style=style, num=num)


def drawing(rel_id: str, *, descr: str | None = None, title: str | None = None) -> str:
    attributes = "" if descr is None else f" descr={quoteattr(descr)}"
    attributes += "" if title is None else f" title={quoteattr(title)}"
    return (
        f'<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Afbeelding"{attributes}/>'
        f'<a:graphic><a:graphicData><a:blip r:embed="{rel_id}"/></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )


def test_a_zip_without_word_document_xml_is_refused_in_plain_words() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}"/>')
    with pytest.raises(SourceRefused) as refused:
        docx_reader.read_docx(io.BytesIO(buffer.getvalue()))
    assert str(refused.value) == "this is not a Word document (no word/document.xml)"


def test_a_document_without_a_body_has_no_blocks() -> None:
    assert read("", document=f"<w:document {NAMESPACES}/>") == Document((), Meta(), ())


@pytest.mark.parametrize(("paragraphs", "items"), [(3, 0), (1, 2), (0, 3)])
def test_a_document_of_exactly_the_most_paragraphs_is_read(
    monkeypatch: pytest.MonkeyPatch, paragraphs: int, items: int
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_BLOCKS", 3)
    body = "".join(p(f"Alinea {n}") for n in range(paragraphs))
    body += "".join(p(f"Punt {n}", num=("1", "0")) for n in range(items))
    assert len(read(body).blocks) == paragraphs + bool(items)


@pytest.mark.parametrize(("paragraphs", "items"), [(4, 0), (1, 3), (0, 4)])
def test_one_paragraph_or_item_more_is_refused_with_the_limit(
    monkeypatch: pytest.MonkeyPatch, paragraphs: int, items: int
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_BLOCKS", 3)
    body = "".join(p(f"Alinea {n}") for n in range(paragraphs))
    body += "".join(p(f"Punt {n}", num=("1", "0")) for n in range(items))
    with pytest.raises(SourceRefused) as refused:
        read(body)
    assert str(refused.value) == "the document has more than 3 paragraphs"


# ------------------------------------------------------------------ styles


def test_title_and_subtitle_paragraphs_become_the_metadata_joined_by_spaces() -> None:
    body = (
        para(r("Digi") + r("tale", "<w:b/>"), style="Titel")
        + p("inclusie ", style="Titel")
        + p("Verslag", style="Ondertitel")
        + p("van de dag", style="Ondertitel")
        + p("Tekst.")
    )
    document = read(body)
    assert document.meta == Meta(title="Digitale inclusie", subtitle="Verslag van de dag")
    assert document.blocks == (Para((Span("Tekst."),)),)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("Kop1", ("h1", "Kop")),
        ("Kop2", ("h2", "Kop")),
        ("Kop12", ("h12", "Kop")),
        ("Hoofdstuk", ("h1", "Kop")),  # outline level 0 (Word counts from 0)
        ("Paragraaf", ("h9", "Kop")),  # level 8, the deepest heading
        ("Plattetekst", ("p", "Kop")),  # level 9: body text
        ("Vreemd", ("p", "Kop")),  # not a level Word writes
        ("Onbekend", ("p", "Kop")),
    ],
)
def test_headings_by_style_name_or_outline_level(style: str, expected: tuple[str, str]) -> None:
    assert texts(read(p("Kop", style=style))) == [expected]


def test_a_style_named_heading_without_a_number_is_text() -> None:
    document = docx_reader.read_docx(
        io.BytesIO(
            _with_styles(
                p("Kop", style="K"),
                '<w:style w:styleId="K"><w:name w:val="  Heading x "/></w:style>',
            )
        )
    )
    assert texts(document) == [("p", "Kop")]


def _with_styles(body: str, styles: str) -> bytes:
    buffer = io.BytesIO(docx(body, styles=False))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
    return buffer.getvalue()


def test_style_names_are_read_without_case_or_surrounding_space() -> None:
    styles = (
        '<w:style><w:name w:val="heading 4"/></w:style>'
        '<w:style w:styleId="A"><w:name w:val=" HEADING 3 "/></w:style>'
        '<w:style w:styleId="B"><w:name w:val="TITLE"/></w:style>'
        '<w:style w:styleId="C"><w:name w:val="Quote"/><w:pPr/></w:style>'
    )
    body = p("Kop", style="A") + p("Naam", style="B") + p("Citaat", style="C") + p("Los")
    document = docx_reader.read_docx(io.BytesIO(_with_styles(body, styles)))
    # A style without an id cannot be referred to: it is not the style of "Los".
    assert texts(document) == [("h3", "Kop"), ("quote", "Citaat"), ("p", "Los")]
    assert document.meta == Meta(title="Naam")


@pytest.mark.parametrize("style", ["Citaat", "DuidelijkCitaat", "Blok"])
def test_quote_styles_make_one_quote_of_consecutive_paragraphs(style: str) -> None:
    body = p("Eerst de mensen.", style=style) + p("Dan de techniek.", style=style) + p("Slot.")
    assert read(body).blocks == (
        BlockQuote(((Span("Eerst de mensen."),), (Span("Dan de techniek."),))),
        Para((Span("Slot."),)),
    )


def test_a_list_ends_where_a_quote_starts_and_a_quote_where_a_list_starts() -> None:
    body = (
        p("punt", num=("1", "0")) + p("citaat", style="Citaat") + p("nog een punt", num=("1", "0"))
    )
    assert texts(read(body)) == [("ul", "0:punt"), ("quote", "citaat"), ("ul", "0:nog een punt")]


# ------------------------------------------------------------------ lists


@pytest.mark.parametrize(
    ("num_id", "ordered"),
    [("1", False), ("2", True), ("3", True), ("4", False), ("5", False), ("77", False)],
)
def test_a_list_is_numbered_when_its_first_level_counts(num_id: str, ordered: bool) -> None:
    body = p("een", num=(num_id, "0")) + p("twee", num=(num_id, "0"))
    assert read(body).blocks == (
        ListBlock(ordered, (Item((Span("een"),), 0), Item((Span("twee"),), 0))),
    )


def test_the_first_item_decides_whether_the_list_counts() -> None:
    body = p("een", num=("2", "0")) + p("twee", num=("1", "0")) + p("los")
    body += p("a", num=("1", "0")) + p("b", num=("2", "0"))
    assert texts(read(body)) == [("ol", "0:een", "0:twee"), ("p", "los"), ("ul", "0:a", "0:b")]


@pytest.mark.parametrize(
    ("level", "depth"), [("0", 0), ("1", 1), ("8", 8), ("99", 99), ("100", 0), ("x", 0)]
)
def test_an_item_s_level_is_its_depth(level: str, depth: int) -> None:
    assert read(p("punt", num=("2", level))).blocks == (
        ListBlock(True, (Item((Span("punt"),), depth),)),
    )


def test_numbering_id_zero_or_none_is_no_list_but_a_list_style_is() -> None:
    body = (
        p("nul", num=("0", "0"))
        + para(r("leeg"), props="<w:numPr><w:ilvl w:val='0'/></w:numPr>")
        + p("opsomming", style="Opsomming")
        + p("nummering", style="Nummering")
    )
    assert read(body).blocks == (
        Para((Span("nul"),)),
        Para((Span("leeg"),)),
        ListBlock(False, (Item((Span("opsomming"),), 0), Item((Span("nummering"),), 0))),
    )


def test_without_numbering_xml_every_list_is_bulleted() -> None:
    assert texts(read(p("punt", num=("2", "1")), numbering=False)) == [("ul", "1:punt")]


def test_without_styles_xml_styles_mean_nothing() -> None:
    body = p("Titel", style="Titel") + p("Kop", style="Kop1")
    document = read(body, styles=False)
    assert texts(document) == [("p", "Titel"), ("p", "Kop")]
    assert document.meta == Meta()


# ------------------------------------------------------------------ runs


@pytest.mark.parametrize(
    ("props", "bold", "italic"),
    [
        ("<w:b/>", True, False),
        ("<w:i/>", False, True),
        ("<w:b/><w:i/>", True, True),
        ('<w:b w:val="1"/><w:i w:val="true"/>', True, True),
        ('<w:b w:val="0"/><w:i w:val="false"/>', False, False),
        ('<w:b w:val="off"/><w:i w:val="none"/>', False, False),
        ("", False, False),
    ],
)
def test_a_run_is_bold_and_italic_as_its_properties_say(
    props: str, bold: bool, italic: bool
) -> None:
    body = para(r("opvallend", props) + r(" gewoon"))
    spans = (Span("opvallend", bold=bold, italic=italic), Span(" gewoon"))
    expected = (Para(spans),) if bold or italic else (Para((Span("opvallend gewoon"),)),)
    assert read(body).blocks == expected


def test_a_run_without_properties_is_plain_after_a_bold_one() -> None:
    body = para(r("vet", "<w:b/>") + '<w:r><w:t xml:space="preserve"> daarna</w:t></w:r>')
    assert read(body).blocks == (Para((Span("vet", bold=True), Span(" daarna"))),)


def test_breaks_tabs_and_empty_text_in_a_paragraph() -> None:
    body = para(
        "<w:r><w:t>Naam:</w:t><w:tab/><w:t/><w:t>Fatima</w:t><w:br/><w:t>Rol</w:t><w:cr/>"
        "<w:t>Einde</w:t></w:r>"
    )
    assert read(body).blocks == (Para((Span("Naam: Fatima\nRol\nEinde"),)),)


def test_tab_stops_and_the_paragraph_mark_s_properties_add_no_text() -> None:
    props = '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/><w:tab/></w:rPr>'
    body = para(r("Datum") + "<w:r><w:rPr><w:tab/></w:rPr></w:r>", props=props)
    assert read(body).blocks == (Para((Span("Datum"),)),)


def test_an_empty_paragraph_is_nothing_even_in_a_special_style() -> None:
    body = para("", style="Kop1") + para(r("   "), style="Titel") + p("Tekst")
    document = read(body)
    assert texts(document) == [("p", "Tekst")]
    assert document.meta == Meta()


# ------------------------------------------------------------------ links


def test_a_hyperlink_links_its_runs_and_ends_with_itself() -> None:
    rels = rel("rLink", "https://example.org/", external=True)
    body = para(
        r("Zie ")
        + '<w:hyperlink r:id="rLink">'
        + r("de ")
        + r("site", "<w:b/>")
        + "</w:hyperlink>"
        + r(" voor meer.")
    )
    href = "https://example.org/"
    assert read(body, rels=rels).blocks == (
        Para(
            (
                Span("Zie "),
                Span("de ", href=href),
                Span("site", bold=True, href=href),
                Span(" voor meer."),
            )
        ),
    )


def test_a_relative_link_is_resolved_against_the_base_or_reported() -> None:
    rels = rel("rRel", "bijlage.pdf", external=True)
    body = para('<w:hyperlink r:id="rRel">' + r("bijlage") + "</w:hyperlink>")
    with_base = read(body, rels=rels, base="https://example.org/dag/")
    assert with_base.blocks == (
        Para((Span("bijlage", href="https://example.org/dag/bijlage.pdf"),)),
    )
    assert with_base.notes == ()
    without = read(body, rels=rels)
    assert without.blocks == (Para((Span("bijlage"),)),)
    assert without.notes == (Note("relative_link", {"target": "bijlage.pdf"}),)


def test_links_without_a_relationship_or_target_keep_their_text_quietly() -> None:
    rels = rel("rLeeg", None, external=True) + rel("rIntern", "document.xml#x")
    body = para(
        '<w:hyperlink w:anchor="x">' + r("anker") + "</w:hyperlink>"
        '<w:hyperlink r:id="rGeen">' + r(" geen") + "</w:hyperlink>"
        '<w:hyperlink r:id="rLeeg">' + r(" leeg") + "</w:hyperlink>"
        '<w:hyperlink r:id="rIntern">' + r(" intern") + "</w:hyperlink>"
    )
    document = read(body, rels=rels)
    assert document.blocks == (Para((Span("anker geen leeg intern"),)),)
    assert document.notes == ()


# ------------------------------------------------------------------ images


def test_an_embedded_image_stands_after_its_paragraph_s_text() -> None:
    data = png()
    rels = rel("rImg", "media/zaal.png")
    body = para(r("Voor ") + drawing("rImg", descr=" De zaal ") + r("na.")) + p("Volgende")
    document = read(body, rels=rels, media={"word/media/zaal.png": data})
    assert document.blocks == (
        Para((Span("Voor na."),)),
        Picture("De zaal", data, name="zaal.png"),
        Para((Span("Volgende"),)),
    )


@pytest.mark.parametrize(
    ("descr", "title", "alt"),
    [("Beschrijving", "Titel", "Beschrijving"), ("", "Titel", "Titel"), (None, None, "")],
)
def test_the_description_is_the_alternative_text_else_the_title(
    descr: str | None, title: str | None, alt: str
) -> None:
    data = png()
    document = read(
        para(drawing("rImg", descr=descr, title=title)),
        rels=rel("rImg", "media/a.png"),
        media={"word/media/a.png": data},
    )
    assert document.blocks == (Picture(alt, data, name="a.png"),)


def test_each_image_of_a_paragraph_keeps_its_own_description() -> None:
    """Two photos side by side in one paragraph, the second without a description."""
    zaal, panel, logo = png((200, 30, 30)), png((30, 200, 30)), png((30, 30, 200))
    body = para(
        drawing("rZaal", descr="De volle zaal")
        + drawing("rPanel", descr="Het panel met de moderator")
        + drawing("rLogo")
    )
    rels = rel("rZaal", "media/zaal.png") + rel("rPanel", "media/panel.png")
    rels += rel("rLogo", "media/logo.png")
    media = {"word/media/zaal.png": zaal, "word/media/panel.png": panel}
    media["word/media/logo.png"] = logo
    document = read(body, rels=rels, media=media)
    assert document.blocks == (
        Picture("De volle zaal", zaal, name="zaal.png"),
        Picture("Het panel met de moderator", panel, name="panel.png"),
        Picture("", logo, name="logo.png"),
    )


def test_an_old_style_picture_after_a_described_drawing_has_no_description() -> None:
    data = png()
    body = para(
        drawing("rImg", descr="Beschreven")
        + '<w:r><w:pict><v:imagedata r:id="rOld"/></w:pict></w:r>'
    )
    rels = rel("rImg", "media/a.png") + rel("rOld", "media/b.png")
    document = read(body, rels=rels, media={"word/media/a.png": data, "word/media/b.png": data})
    assert document.blocks == (
        Picture("Beschreven", data, name="a.png"),
        Picture("", data, name="b.png"),
    )


@pytest.mark.parametrize(
    ("attribute", "target"),
    [("r:embed", "media/a.png"), ("r:id", "media/a.png"), ("r:link", "/word/media/a.png")],
)
def test_an_image_is_found_through_any_of_its_references(attribute: str, target: str) -> None:
    data = png()
    body = f'<w:p><w:r><w:pict><v:imagedata {attribute}="rImg"/></w:pict></w:r></w:p>'
    document = read(body, rels=rel("rImg", target), media={"word/media/a.png": data})
    assert document.blocks == (Picture("", data, name="a.png"),)


def test_an_image_without_a_reference_or_target_is_left_out_quietly() -> None:
    body = (
        "<w:p><w:r><w:pict><v:imagedata/></w:pict></w:r></w:p>"
        + para(drawing("rLeeg"))
        + para(drawing("rGeen"))
        + p("Tekst")
    )
    document = read(body, rels=rel("rLeeg", None))
    assert texts(document) == [("p", "Tekst")]
    assert document.notes == ()


def test_a_missing_image_is_reported_with_the_first_200_characters_of_its_name() -> None:
    target = "media/" + "m" * 300 + ".png"
    document = read(para(drawing("rImg")) + p("Tekst"), rels=rel("rImg", target))
    assert texts(document) == [("p", "Tekst")]
    assert document.notes == (Note("image_missing", {"name": target[:200]}),)


@pytest.mark.parametrize(
    ("target", "stored"),
    [
        ("media/a.png", "word/media/a.png"),
        ("/word/media/b.png", "word/media/b.png"),
        ("/media/top.png", "media/top.png"),
        ("media/../media/c.png", "word/media/c.png"),
        ("media/d.png/", "word/media/d.png"),
    ],
)
def test_an_image_target_is_read_relative_to_word_or_from_the_top(target: str, stored: str) -> None:
    data = png()
    document = read(para(drawing("rImg")), rels=rel("rImg", target), media={stored: data})
    assert document.blocks == (Picture("", data, name=stored.rsplit("/", 1)[1]),)


def test_a_linked_image_is_an_address_named_by_its_first_200_characters() -> None:
    """An allowed web address is kept whole (links bound it); a file on someone's disk is
    kept as its first 500 characters, never read."""
    short = "https://example.org/logo.png"
    web = "https://example.org/" + "w" * 600 + ".png"
    disk = "file:///C:/Users/jan/" + "d" * 600 + ".png"
    rels = (
        rel("rKort", short, external=True)
        + rel("rWeb", web, external=True)
        + rel("rDisk", disk, external=True)
    )
    body = para(drawing("rKort", descr="Logo")) + para(drawing("rWeb")) + para(drawing("rDisk"))
    assert read(body, rels=rels).blocks == (
        Picture("Logo", None, short, "", short),
        Picture("", None, web, "", web[:200]),
        Picture("", None, disk[:500], "", disk[:200]),
    )


def test_a_caption_names_the_image_before_it_once() -> None:
    data = png()
    rels = rel("rImg", "media/a.png")
    body = (
        para(drawing("rImg", descr="Zaal"))
        + p("De zaal", style="Bijschrift")
        + p("Nog een onderschrift", style="Bijschrift")
    )
    assert read(body, rels=rels, media={"word/media/a.png": data}).blocks == (
        Picture("Zaal", data, "", "De zaal", "a.png"),
        Para((Span("Nog een onderschrift"),)),
    )


def test_a_caption_of_a_linked_image_keeps_its_address() -> None:
    url = "https://example.org/zaal.png"
    body = para(drawing("rImg")) + p("De zaal", style="Bijschrift")
    assert read(body, rels=rel("rImg", url, external=True)).blocks == (
        Picture("", None, url, "De zaal", url),
    )


def test_a_caption_after_text_a_list_or_a_quote_is_a_paragraph() -> None:
    data = png()
    picture = para(drawing("rImg"))
    body = (
        p("Zonder beeld", style="Bijschrift")
        + picture
        + p("punt", num=("1", "0"))
        + p("Na een lijst", style="Bijschrift")
        + picture
        + p("citaat", style="Citaat")
        + p("Na een citaat", style="Bijschrift")
        + p("Gewoon")
        + p("Na tekst", style="Bijschrift")
    )
    document = read(body, rels=rel("rImg", "media/a.png"), media={"word/media/a.png": data})
    assert texts(document) == [
        ("p", "Zonder beeld"),
        ("img", "", "", "a.png"),
        ("ul", "0:punt"),
        ("p", "Na een lijst"),
        ("img", "", "", "a.png"),
        ("quote", "citaat"),
        ("p", "Na een citaat"),
        ("p", "Gewoon"),
        ("p", "Na tekst"),
    ]


def test_an_image_in_a_list_item_ends_the_list_before_it() -> None:
    data = png()
    body = para(r("punt") + drawing("rImg"), num=("1", "0")) + p("twee", num=("1", "0"))
    document = read(body, rels=rel("rImg", "media/a.png"), media={"word/media/a.png": data})
    assert texts(document) == [("ul", "0:punt"), ("img", "", "", "a.png"), ("ul", "0:twee")]


def test_text_boxes_and_tables_are_read_in_document_order() -> None:
    box = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + p("In het kader")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    table = (
        "<w:tbl><w:tr><w:tc>" + p("Cel 1") + "</w:tc><w:tc>" + p("Cel 2") + "</w:tc></w:tr></w:tbl>"
    )
    body = para(r("Naast ") + box + r("het kader.")) + table + p("Slot")
    assert texts(read(body)) == [
        ("p", "Naast het kader."),
        ("p", "In het kader"),
        ("p", "Cel 1"),
        ("p", "Cel 2"),
        ("p", "Slot"),
    ]


def test_properties_without_a_value_are_read_as_empty() -> None:
    """Hand-made or damaged XML: <w:ilvl/> is the outer level, <w:numId/> no list."""
    body = (
        para(r("punt"), props='<w:numPr><w:ilvl/><w:numId w:val="2"/></w:numPr>')
        + para(r("geen lijst"), props="<w:numPr><w:numId/></w:numPr>")
        + para(r("kop"), props='<w:pStyle w:val="Kop2"/><w:numPr/>')
    )
    assert read(body).blocks == (
        ListBlock(True, (Item((Span("punt"),), 0),)),
        Para((Span("geen lijst"),)),
        Heading(2, (Span("kop"),)),
    )


def test_a_bare_image_outside_a_drawing_has_no_description() -> None:
    """A blip with no drawing or docPr around it (a damaged or hand-made file)."""
    data = png()
    body = para(r("Tekst") + '<w:r><a:blip r:embed="rImg"/></w:r>')
    document = read(body, rels=rel("rImg", "media/los.png"), media={"word/media/los.png": data})
    assert document.blocks == (Para((Span("Tekst"),)), Picture("", data, name="los.png"))


def test_only_style_elements_define_styles() -> None:
    """An attribute w:styleId elsewhere in styles.xml (a hostile or odd file) defines nothing."""
    styles = (
        '<w:latentStyles w:styleId="K"><w:name w:val="heading 1"/></w:latentStyles>'
        '<w:style w:styleId="Q"><w:name w:val="Quote"/></w:style>'
    )
    body = p("Kop?", style="K") + p("Citaat", style="Q")
    document = docx_reader.read_docx(io.BytesIO(_with_styles(body, styles)))
    assert texts(document) == [("p", "Kop?"), ("quote", "Citaat")]


def test_only_num_and_abstract_num_elements_define_lists() -> None:
    """The attributes w:numId and w:abstractNumId on another element define nothing."""
    decimal = '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>'
    numbering = (
        f'<w:abstractNum w:abstractNumId="20">{decimal}</w:abstractNum>'
        f'<w:odd w:abstractNumId="50" w:numId="7"><w:abstractNumId w:val="20"/>{decimal}</w:odd>'
        '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="50"/></w:num>'
    )
    body = p("een", num=("2", "0")) + p("los") + p("zeven", num=("7", "0"))
    body += p("los") + p("acht", num=("8", "0"))
    buffer = io.BytesIO(docx(body, numbering=False))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(
            "word/numbering.xml", f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'
        )
    document = docx_reader.read_docx(io.BytesIO(buffer.getvalue()))
    assert texts(document) == [
        ("ol", "0:een"),
        ("p", "los"),
        ("ul", "0:zeven"),
        ("p", "los"),
        ("ul", "0:acht"),
    ]


def test_only_relationship_elements_name_targets() -> None:
    data = png()
    rels = rel("rImg", "media/zaal.png") + '<Odd Id="rOdd" Target="media/zaal.png"/>'
    body = para(drawing("rImg", descr="Zaal")) + para(drawing("rOdd", descr="Geen"))
    document = read(body, rels=rels, media={"word/media/zaal.png": data})
    assert [b.alt for b in document.blocks if isinstance(b, Picture)] == ["Zaal"]
