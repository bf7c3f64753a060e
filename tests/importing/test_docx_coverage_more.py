"""The Word reader on shapes the seed and the shapes tests do not have: a file without styles,
numbering or relationships, the "List Bullet" style without numbering, a custom style with an
outline level, text boxes, tabs, internal links, old VML pictures, images outside the file,
under an absolute name or missing, and a document that is too long."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import quoteattr

import pytest
from import_builders import NAMESPACES, R_NS, W_NS, docx, image_para, para, png, run

from models.importing import docx_reader, import_data
from models.importing.document import (
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

V_NS = "urn:schemas-microsoft-com:vml"


def _zip(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document(body: str) -> str:
    return (
        f'<?xml version="1.0"?><w:document {NAMESPACES} xmlns:v="{V_NS}">'
        f"<w:body>{body}</w:body></w:document>"
    )


def _styles(*styles: tuple[str, str, str]) -> str:
    """styles.xml of (id, name, outline level or "")."""
    out = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        + (f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline else "")
        + "</w:style>"
        for sid, name, outline in styles
    )
    return f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">{out}</w:styles>'


def _rels(*rels: tuple[str, str, bool]) -> str:
    out = "".join(
        f'<Relationship Id="{rid}" Type="{R_NS}/image" Target={quoteattr(target)}'
        + (' TargetMode="External"' if external else "")
        + "/>"
        for rid, target, external in rels
    )
    return (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships">{out}</Relationships>'
    )


def _read(data: bytes) -> Document:
    return docx_reader.read_docx(io.BytesIO(data))


# ------------------------------------------------------------------ the parts of the file


def test_a_zip_without_a_document_part_is_refused() -> None:
    with pytest.raises(SourceRefused, match=r"^this is not a Word document \(no word/document"):
        _read(_zip({"[Content_Types].xml": "<Types/>", "word/styles.xml": _styles()}))


def test_a_document_without_styles_numbering_or_relationships_is_plain_text() -> None:
    # What a minimal generator writes: only word/document.xml. The style ids mean nothing,
    # the numbering is unknown (bullets) and the link has no target (its text is kept).
    body = (
        para("Jaarverslag", style="Title")
        + para("Eerste punt", num=(3, 0))
        + para(runs='<w:hyperlink r:id="rId9">' + run("de website") + "</w:hyperlink>")
    )
    document = _read(_zip({"word/document.xml": _document(body)}))
    assert document == Document(
        (
            Para((Span("Jaarverslag"),)),
            ListBlock(False, (Item((Span("Eerste punt"),), 0),)),
            Para((Span("de website"),)),
        ),
        Meta(),
    )


def test_a_document_without_a_body_is_empty() -> None:
    document = _read(_zip({"word/document.xml": f"<w:document {NAMESPACES}/>"}))
    assert document == Document((), Meta())


# ------------------------------------------------------------------ styles


def test_list_bullet_styles_and_custom_outline_levels() -> None:
    # Dutch Word: "List Bullet" without numbering is still a list; a house style "Kop
    # Rapport" with outline level 1 (zero-based) is a second-level heading.
    styles = _styles(
        ("Lijstopsomteken", "List Bullet", ""),
        ("Lijstnummering2", "List Number 2", ""),
        ("KopRapport", "Kop Rapport", "1"),
        ("Gewoon", "Normal", "9"),  # "body text" level: not a heading
    )
    body = (
        para("Resultaten", style="KopRapport")
        + para("Meer deelnemers", style="Lijstopsomteken")
        + para("Kortere wachttijd", style="Lijstnummering2")
        + para("Gewone tekst.", style="Gewoon")
    )
    document = _read(_zip({"word/document.xml": _document(body), "word/styles.xml": styles}))
    assert document.blocks == (
        Heading(2, (Span("Resultaten"),)),
        ListBlock(False, (Item((Span("Meer deelnemers"),)), Item((Span("Kortere wachttijd"),)))),
        Para((Span("Gewone tekst."),)),
    )


# ------------------------------------------------------------------ inline content


def test_a_tab_is_a_space() -> None:
    body = para(runs=run("Datum:") + "<w:r><w:tab/></w:r>" + run("14 februari 2018"))
    assert _read(docx(body)).blocks == (Para((Span("Datum: 14 februari 2018"),)),)


def test_a_text_box_is_read_after_its_paragraph() -> None:
    box = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + para("Kader: wat is digitale inclusie?")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = para(runs=run("Tekst naast het kader.") + box) + para("Volgende alinea.")
    assert _read(docx("", document=_document(body))).blocks == (
        Para((Span("Tekst naast het kader."),)),
        Para((Span("Kader: wat is digitale inclusie?"),)),
        Para((Span("Volgende alinea."),)),
    )


def test_an_internal_link_keeps_its_text_without_a_target() -> None:
    body = para(
        runs=run("Zie ")
        + '<w:hyperlink w:anchor="_Toc1" r:id="rBookmark">'
        + run("hoofdstuk 2")
        + "</w:hyperlink>"
        + run(".")
    )
    data = docx(body, rels=(("rBookmark", "document.xml#_Toc1", False),))
    assert _read(data).blocks == (Para((Span("Zie hoofdstuk 2."),)),)


# ------------------------------------------------------------------ images


def _vml_picture(rel_id: str) -> str:
    return (
        f'<w:p><w:r><w:pict><v:shape><v:imagedata r:id="{rel_id}"/></v:shape></w:pict></w:r></w:p>'
    )


def test_an_old_vml_picture_under_an_absolute_name_has_no_description() -> None:
    image = png((30, 30, 200))
    data = docx(
        "",
        document=_document(_vml_picture("rOld")),
        rels=(("rOld", "/word/media/oud.png", False),),
        media={"oud.png": image},
    )
    assert _read(data).blocks == (Picture("", image, name="oud.png"),)


def test_a_linked_image_outside_the_file_is_an_address_never_fetched() -> None:
    data = _zip(
        {
            "word/document.xml": _document(
                image_para("rWeb", "Logo") + image_para("rDisk", "Kaart")
            ),
            "word/_rels/document.xml.rels": _rels(
                ("rWeb", "https://example.org/logo.png", True),
                ("rDisk", "file:///C:/Users/jan/kaart.png", True),
            ),
        }
    )
    assert _read(data).blocks == (
        Picture("Logo", url="https://example.org/logo.png", name="https://example.org/logo.png"),
        Picture(
            "Kaart",
            url="file:///C:/Users/jan/kaart.png",
            name="file:///C:/Users/jan/kaart.png",
        ),
    )


def test_an_image_without_a_relationship_or_file_is_left_out() -> None:
    data = docx(
        image_para("rNone", "Zonder relatie") + image_para("rGone", "Zonder bestand"),
        rels=(("rGone", "media/weg.png", False),),
    )
    document = _read(data)
    assert document.blocks == ()
    assert document.notes == (Note("image_missing", {"name": "media/weg.png"}),)


def test_a_missing_image_is_in_the_report_of_the_whole_import() -> None:
    body = para("Verslag", style="Title") + para("Tekst.") + image_para("rGone", "Foto")
    imported = import_data(
        docx(body, rels=(("rGone", "media/weg.png", False),)), ".docx", name="verslag.docx"
    )
    assert "image ‘media/weg.png’ is missing from the document" in imported.report


# ------------------------------------------------------------------ limits


def test_a_document_of_too_many_paragraphs_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_BLOCKS", 4)
    body = "".join(para(f"Alinea {n}.") for n in range(6))
    with pytest.raises(SourceRefused, match="more than 4 paragraphs"):
        _read(docx(body))
