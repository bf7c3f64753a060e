"""The OpenDocument reader on the shapes LibreOffice writes that the seed and the shapes tests
do not: styles that inherit an outline level or an attribution, frames anchored to the
page, tabs, embedded charts, images stored inline as base64 or missing from the file,
captions in a paragraph of their own, and a document that is too long."""

from __future__ import annotations

import base64
import io
from xml.sax.saxutils import escape

import pytest
from import_builders import ODF_NAMESPACES, ODT_AUTOMATIC, odt, odt_image, odt_p, png

from models.importing import import_data, odt_reader
from models.importing.document import (
    BlockQuote,
    Document,
    Heading,
    Item,
    ListBlock,
    Para,
    Picture,
    Span,
)
from models.importing.errors import SourceRefused
from models.importing.notes import Note


def _read(body: str, *, automatic: str = "", pictures: dict[str, bytes] | None = None) -> Document:
    """``body`` read from an .odt whose content.xml has the builder's automatic styles plus
    ``automatic``."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NAMESPACES} '
        f'office:version="1.3"><office:automatic-styles>{ODT_AUTOMATIC}{automatic}'
        f"</office:automatic-styles><office:body><office:text>{body}</office:text>"
        "</office:body></office:document-content>"
    )
    return odt_reader.read_odt(io.BytesIO(odt("", content=content, pictures=pictures)))


def _style(name: str, **attributes: str) -> str:
    extra = "".join(
        f' style:{key.replace("_", "-")}="{value}"' for key, value in attributes.items()
    )
    return f'<style:style style:name="{name}" style:family="paragraph"{extra}/>'


def _frame(inner: str, alt: str = "") -> str:
    title = f"<svg:title>{escape(alt)}</svg:title>" if alt else ""
    return f'<draw:frame text:anchor-type="as-char">{inner}{title}</draw:frame>'


def _binary(encoded: str) -> str:
    return f"<draw:image><office:binary-data>{encoded}</office:binary-data></draw:image>"


# ------------------------------------------------------------------ styles


def test_an_outline_level_on_a_custom_style_makes_a_heading_of_that_level() -> None:
    # LibreOffice in Dutch: a style "Kop" the user gave outline level 2, and one that
    # inherits it through an automatic style.
    automatic = _style("Kop", display_name="Kop", default_outline_level="2") + _style(
        "P7", parent_style_name="Kop"
    )
    document = _read(
        odt_p("Ochtendprogramma", style="Kop") + odt_p("Middagprogramma", style="P7"),
        automatic=automatic,
    )
    assert document.blocks == (
        Heading(2, (Span("Ochtendprogramma"),)),
        Heading(2, (Span("Middagprogramma"),)),
    )


def test_a_style_whose_parent_is_not_defined_is_a_plain_paragraph() -> None:
    automatic = _style("P7", parent_style_name="Verdwenen_20_stijl")
    document = _read(
        odt_p("Tekst in een stijl zonder ouder.", style="P7")
        + odt_p("Tekst in een stijl die niet bestaat.", style="Nergens"),
        automatic=automatic,
    )
    assert document.blocks == (
        Para((Span("Tekst in een stijl zonder ouder."),)),
        Para((Span("Tekst in een stijl die niet bestaat."),)),
    )


def test_an_attribution_paragraph_says_who_said_the_quote_before_it() -> None:
    automatic = _style("Bron", display_name="Quote Attribution")
    document = _read(
        odt_p("Samen maken we de stad toegankelijk.", style="Quotations")
        + odt_p("Wethouder Sanne Bakker", style="Bron")
        + odt_p("Daarna sprak de zaal."),
        automatic=automatic,
    )
    assert document.blocks == (
        BlockQuote(
            ((Span("Samen maken we de stad toegankelijk."),),),
            "Wethouder Sanne Bakker",
        ),
        Para((Span("Daarna sprak de zaal."),)),
    )


def test_an_attribution_without_a_quote_before_it_is_quoted_text() -> None:
    automatic = _style("Bron", display_name="Attribution")
    document = _read(
        odt_p("Inleiding.") + odt_p("— Anoniem", style="Bron") + odt_p("Slot."),
        automatic=automatic,
    )
    assert document.blocks == (
        Para((Span("Inleiding."),)),
        BlockQuote(((Span("— Anoniem"),),)),
        Para((Span("Slot."),)),
    )


# ------------------------------------------------------------------ inline text


def test_a_tab_is_a_space_and_spaces_are_counted() -> None:
    document = _read(
        odt_p(inline='Naam:<text:tab/>Fatima<text:s text:c="3"/>El Amrani<text:s/>(NL)')
    )
    assert document.blocks == (Para((Span("Naam: Fatima   El Amrani (NL)"),)),)


def test_an_embedded_chart_is_reported_and_its_text_left_out() -> None:
    chart = (
        '<draw:frame><draw:object xlink:href="./Object 1"><text:p>Omzet 2023</text:p>'
        "</draw:object></draw:frame>"
    )
    document = _read(odt_p(inline=f"Zie de grafiek {chart}hieronder."))
    assert document.blocks == (Para((Span("Zie de grafiek hieronder."),)),)
    assert document.notes == (Note("embedded_object"),)


# ------------------------------------------------------------------ frames and images


def test_a_frame_anchored_to_the_page_is_a_picture_where_it_stands() -> None:
    image = png((200, 30, 30))
    frame = (
        '<draw:frame text:anchor-type="page" text:anchor-page-number="1">'
        '<draw:image xlink:href="Pictures/logo.png"/><svg:title>Logo van de gemeente</svg:title>'
        "</draw:frame>"
    )
    document = _read(odt_p("Voor.") + frame + odt_p("Na."), pictures={"logo.png": image})
    assert document.blocks == (
        Para((Span("Voor."),)),
        Picture("Logo van de gemeente", image, name="logo.png"),
        Para((Span("Na."),)),
    )


def test_an_inline_base64_image_is_read() -> None:
    image = png((10, 120, 10))
    encoded = base64.b64encode(image).decode()
    wrapped = "\n".join(encoded[i : i + 60] for i in range(0, len(encoded), 60))
    document = _read(odt_p(inline=_frame(_binary(wrapped), "Groene kaart")))
    assert document.blocks == (Picture("Groene kaart", image),)
    assert document.notes == ()


def test_a_damaged_inline_image_is_reported_and_left_out() -> None:
    document = _read(odt_p(inline="Tekst " + _frame(_binary("iVBOR*w0K!!"), "Kapot")))
    assert document.blocks == (Para((Span("Tekst "),)),)  # the mapping trims
    assert document.notes == (Note("embedded_image_damaged"),)


def test_a_too_large_inline_image_is_reported_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(odt_reader, "MAX_IMAGE_BYTES", 30)
    encoded = base64.b64encode(png()).decode()  # far more than 30 bytes' worth
    document = _read(odt_p(inline=_frame(_binary(encoded), "Te groot")))
    assert document.blocks == ()
    assert document.notes == (Note("embedded_image_too_large"),)


def test_an_image_without_a_source_is_skipped_for_the_next_one() -> None:
    image = png()
    frame = _frame(
        '<draw:image xlink:type="simple"/><draw:image xlink:href="Pictures/b.png"/>', "Tweede"
    )
    document = _read(odt_p(inline=frame), pictures={"b.png": image})
    assert document.blocks == (Picture("Tweede", image, name="b.png"),)


def test_an_image_missing_from_the_file_is_reported() -> None:
    document = _read(
        odt_p(inline="Kaart: " + _frame('<draw:image xlink:href="Pictures/weg.png"/>'))
    )
    assert document.blocks == (Para((Span("Kaart: "),)),)
    assert document.notes == (Note("image_missing", {"name": "Pictures/weg.png"}),)


def test_a_caption_in_its_own_paragraph_belongs_to_the_image_before_it() -> None:
    image = png()
    document = _read(
        odt_image("zaal.png", "De zaal vol deelnemers")
        + odt_p("De zaal tijdens de opening", style="Caption")
        + odt_p("Een tweede onderschrift", style="Caption"),
        pictures={"zaal.png": image},
    )
    assert document.blocks == (
        Picture(
            "De zaal vol deelnemers", image, caption="De zaal tijdens de opening", name="zaal.png"
        ),
        Para((Span("Een tweede onderschrift"),)),  # the image has its caption already
    )


def test_a_caption_after_text_or_in_a_list_is_text() -> None:
    document = _read(
        odt_p("Onderschrift vooraan", style="Caption")
        + odt_p("Gewone tekst.")
        + odt_p("Geen beeld hierboven", style="Caption")
        + '<text:list text:style-name="L1"><text:list-item>'
        + odt_p("Punt")
        + "</text:list-item></text:list>"
    )
    assert document.blocks == (
        Para((Span("Onderschrift vooraan"),)),
        Para((Span("Gewone tekst."),)),
        Para((Span("Geen beeld hierboven"),)),
        ListBlock(False, (Item((Span("Punt"),), 0),)),
    )


# ------------------------------------------------------------------ limits and the whole import


def test_a_document_of_too_many_paragraphs_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(odt_reader, "MAX_BLOCKS", 3)
    with pytest.raises(SourceRefused, match="more than 3 paragraphs"):
        _read("".join(odt_p(f"Alinea {n}.") for n in range(5)))


def test_an_odt_in_greek_imports_with_its_language_and_report() -> None:
    meta_title = "Ετήσια συνάντηση"
    body = (
        odt_p(meta_title, style="Title")
        + odt_p("Η συνάντηση έγινε στην Αθήνα.")
        + odt_p(inline="Δείτε " + _frame('<draw:image xlink:href="Pictures/x.png"/>'))
    )
    imported = import_data(odt(body), ".odt", name="synantisi.odt")
    assert imported.project.publication.title == meta_title
    assert "image ‘Pictures/x.png’ is missing from the document" in imported.report
