"""The PDF export read back with pypdf (text, outline, metadata, links) and pikepdf (fonts).

Text is compared after removing white space and hyphens, because line breaks and Dutch
hyphenation put both anywhere in a paragraph.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from exporters import ir
from exporters.fonts import all_font_files
from exporters.pdf import render_pdf
from exporters.pdf.page_template import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZES, frame_size
from exporters.pdf.paragraph import Para
from exporters.pdf.styles import styles
from models import Project, Publication, load
from models.project import asset_name

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"
HOSTILE = "<script>alert(1)</script> </p> &amp; <b>unclosed <img src=/etc/passwd>"
OUR_FONTS = {font.postscript_name for font in all_font_files()}


def squash(text: str) -> str:
    """Characters in order, without the white space and hyphens that line breaking adds."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


@cache
def sample_project() -> Project:
    return load(SAMPLE)


@cache
def sample_pdf() -> bytes:
    return render_pdf(ir.build(sample_project()))


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_parts(data: bytes) -> list[tuple[str, str]]:
    """Per page: (text inside the body frame, text of the page chrome around it)."""
    pdf = reader(data)
    height = float(pdf.pages[0].mediabox.height)
    out = []
    for page in pdf.pages:
        body: list[str] = []
        chrome: list[str] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            *_: Any,
            body: list[str] = body,
            chrome: list[str] = chrome,
        ) -> None:
            y = cm[5] + tm[5] * cm[3]
            inside = MARGIN_BOTTOM - 1 < y < height - MARGIN_TOP + 1
            (body if inside else chrome).append(text)

        page.extract_text(visitor_text=visit)
        out.append(("".join(body), "".join(chrome)))
    return out


def body_text(data: bytes) -> str:
    return "\n".join(body for body, _ in page_parts(data))


def leaf_texts(leaf: ir.Leaf) -> Iterator[str]:
    """The visible text of every IR leaf, in reading order."""
    match leaf:
        case ir.TitleBlock():
            yield from (leaf.title, leaf.subtitle, leaf.date_label, leaf.date_text, leaf.event_text)
        case ir.Heading():
            yield leaf.text
        case ir.Paragraph():
            yield "".join(span.text for span in leaf.spans)
        case ir.TextList():
            for item in leaf.items:
                yield "".join(span.text for span in item.spans)
                yield from ("".join(span.text for span in child) for child in item.children)
        case ir.TakeawayList():
            yield from ("".join(span.text for span in item) for item in leaf.items)
        case ir.Byline():
            yield leaf.text
        case ir.PullQuote():
            yield "".join(span.text for span in leaf.spans)
            yield leaf.attribution
        case ir.VideoLink():
            yield from (leaf.label, leaf.access_note)
        case ir.FigureGroup():
            for figure in leaf.figures:
                yield from (figure.caption, figure.credit)
        case ir.ColophonBlock():
            yield from (leaf.heading, leaf.organisation, *leaf.addresses)
            for name, value, _ in leaf.contacts:
                yield from (name, value)
            for role, names in leaf.credits:
                yield from (role, names)
            yield from (leaf.version_label, leaf.version)


def leaves(blocks: tuple[ir.Block, ...]) -> Iterator[ir.Leaf]:
    """Every leaf in reading order, those in groups and in a part's groups too."""
    for block in blocks:
        if isinstance(block, ir.Group):
            yield from leaves(block.children)
        else:
            yield block


def groups(blocks: tuple[ir.Block, ...]) -> Iterator[ir.Group]:
    """Every group in reading order, a part before its sections."""
    for block in blocks:
        if isinstance(block, ir.Group):
            yield block
            yield from groups(block.children)


def document_texts(document: ir.Document) -> list[str]:
    return [text for leaf in leaves(document.blocks) for text in leaf_texts(leaf) if squash(text)]


def assert_in_order(texts: list[str], haystack: str) -> None:
    text = squash(haystack)
    position = 0
    for expected in texts:
        found = text.find(squash(expected), position)
        assert found >= 0, f"missing or out of order: {expected!r}"
        position = found + len(squash(expected))


def png(width: int = 40, height: int = 20, colour: str = "#C8326E") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def publication(**overrides: Any) -> dict[str, Any]:
    """A small valid publication as JSON-like data, with everything a renderer draws."""
    data: dict[str, Any] = {
        "title": "Werk en inkomen in de wijk",
        "subtitle": "Verslag van een middag",
        "publication_date": "2018-02-14",
        "language": "nl",
        "publisher": "Divosa",
        "event": {"name": "Symposium Werk", "date": "2018-02-09", "place": "Utrecht"},
        "intro": ["Een inleiding met een [link](https://www.example.org/verslag) erin."],
        "key_takeaways": {"lead": "Wat we leerden:", "items": ["Eén **vet** punt", "Twee"]},
        "speakers": [
            {
                "id": "an",
                "name": "An de Vries",
                "role": "wethouder",
                "organisation": "gemeente Zeist",
            }
        ],
        "blocks": [
            {
                "kind": "section",
                "id": "sectie-een",
                "title": "De eerste sectie",
                "people": ["an"],
                "takeaways": ["Kort punt"],
                "body": ["Gewone *tekst* over samenwerkingsverbanden."],
                "videos": [
                    {
                        "label": "Bekijk de video",
                        "url": "https://video.example.org/1",
                        "access_note": "Vraag het wachtwoord aan via info@example.org",
                    }
                ],
            },
            {
                "kind": "quote",
                "id": "citaat-een",
                "text": "Wat een dag.",
                "attribution": "deelnemer",
            },
            {
                "kind": "section",
                "id": "sectie-twee",
                "title": "De tweede sectie",
                "body": ["Nog een alinea."],
            },
        ],
        "colophon": {
            "organisation": "Divosa",
            "visiting_address": "Laan 5 | Utrecht",
            "phone": "030 - 233 23 37",
            "email": "info@divosa.nl",
            "website": "https://www.divosa.nl",
            "credits": [{"role": "Tekst", "names": ["Sigrid van Iersel", "Jan Dobbe"]}],
            "version": "februari 2018",
        },
    }
    data.update(overrides)
    return data


def render(data: dict[str, Any], assets: dict[str, bytes] | None = None) -> bytes:
    return render_pdf(ir.build(Project(Publication.model_validate(data), assets or {})))


def link_targets(data: bytes) -> list[str]:
    targets = []
    for page in reader(data).pages:
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A", {})
            if "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets


# --- the sample publication -------------------------------------------------------------


def test_sample_text_of_every_block_appears_in_order() -> None:
    texts = document_texts(ir.build(sample_project()))
    assert len(texts) > 50
    assert_in_order(texts, body_text(sample_pdf()))


def test_sample_title_block_has_labelled_date_and_event() -> None:
    first_page = reader(sample_pdf()).pages[0].extract_text()
    assert "Publicatiedatum: 14 februari 2018" in " ".join(first_page.split())
    assert "9 februari 2018" in first_page


def test_one_outline_entry_per_section_with_its_title() -> None:
    document = ir.build(sample_project())
    titles = [
        leaf.text
        for block in document.blocks
        if isinstance(block, ir.Group) and block.kind == "section"
        for leaf in block.children
        if isinstance(leaf, ir.Heading)
    ]
    pdf = reader(sample_pdf())
    assert [entry.title for entry in pdf.outline] == titles
    assert len(titles) == 4
    assert pdf.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_every_group_anchor_is_a_named_destination_on_the_right_page() -> None:
    document = ir.build(sample_project())
    pdf = reader(sample_pdf())
    destinations = pdf.named_destinations
    anchors = [block.anchor for block in document.blocks if isinstance(block, ir.Group)]
    assert {name.lstrip("/") for name in destinations} == set(anchors)
    for entry in pdf.outline:
        destination = destinations["/" + _anchor_of(document, str(entry.title))]
        assert pdf.get_destination_page_number(entry) == pdf.get_destination_page_number(
            destination
        )


def _anchor_of(document: ir.Document, title: str) -> str:
    for block in document.blocks:
        if isinstance(block, ir.Group) and any(
            isinstance(leaf, ir.Heading) and leaf.text == title for leaf in block.children
        ):
            return block.anchor
    raise KeyError(title)


def test_metadata_and_language() -> None:
    pdf = reader(sample_pdf())
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == "Ruimte voor professionals: een kwestie van leiderschap"
    assert meta.author == "Divosa"
    assert meta.subject == "Divosa-symposium ‘Ruimte voor professionals’"
    assert meta.creator == "Podium"
    assert "Joost Kampen" in str(meta.get("/Keywords"))
    assert pdf.trailer["/Root"]["/Lang"] == "nl"


def test_every_font_is_ours_and_embedded() -> None:
    with pikepdf.open(io.BytesIO(sample_pdf())) as pdf:
        fonts = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
        ]
        assert fonts
        for font in fonts:
            name = str(font.BaseFont).lstrip("/").split("+", 1)[-1]
            assert name in OUR_FONTS, name
            assert "/FontFile2" in font.FontDescriptor, name
    assert b"Helvetica" not in sample_pdf()


def test_footer_reads_page_n_of_total_and_header_runs_after_page_one() -> None:
    parts = page_parts(sample_pdf())
    total = len(parts)
    assert total > 2
    for number, (_, chrome) in enumerate(parts, start=1):
        assert f"pagina {number} van {total}" in " ".join(chrome.split())
        title_shown = "Ruimte voor professionals" in chrome
        assert title_shown == (number > 1)


def test_sample_is_hyphenated_in_dutch() -> None:
    text = reader(sample_pdf()).pages[0].extract_text()
    breaks = re.findall(r"(\w+)-\n(\w+)", text)
    assert breaks, "no word was hyphenated at a line end"
    words = squash(" ".join(document_texts(ir.build(sample_project()))))
    # each break splits a word that really is one word in the source
    assert all(head + tail in words for head, tail in breaks)


def test_figure_is_drawn_with_caption_and_credit() -> None:
    with pikepdf.open(io.BytesIO(sample_pdf())) as pdf:
        images = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        ]
    assert len(images) == 1
    assert_in_order(["Deelnemers symposium", "Foto: Divosa"], body_text(sample_pdf()))


def test_colophon_lines() -> None:
    text = " ".join(body_text(sample_pdf()).split())
    for line in (
        "Colofon",
        "Koningin Wilhelminalaan 5 | 3527 LA Utrecht",
        "T 030 - 233 23 37",
        "E info@divosa.nl",
        "www.divosa.nl",
        "Tekst Sigrid van Iersel en Jan Dobbe",
        "Versie februari 2018",
    ):
        assert line in text, line


def test_renders_are_byte_identical() -> None:
    document = ir.build(sample_project())
    assert render_pdf(document) == render_pdf(document) == sample_pdf()


# --- constructed publications -----------------------------------------------------------


def test_links_in_body_text_colophon_and_video_are_clickable() -> None:
    targets = link_targets(render(publication()))
    assert "https://www.example.org/verslag" in targets
    assert "mailto:info@divosa.nl" in targets
    assert "https://www.divosa.nl" in targets
    assert "https://video.example.org/1" in targets
    # the e-mail address in the access note stays plain text
    assert not any("info@example.org" in target for target in targets)


def test_constructed_publication_text_in_order() -> None:
    data = publication()
    project = Project(Publication.model_validate(data))
    pdf = render_pdf(ir.build(project))
    assert_in_order(document_texts(ir.build(project)), body_text(pdf))
    assert_in_order(
        ["Bekijk de video", "video.example.org/1", "Vraag het wachtwoord aan via info@example.org"],
        body_text(pdf),
    )


def test_hostile_text_in_every_field_is_printed_literally() -> None:
    def hostile(value: str) -> str:
        return f"{value} {HOSTILE}"

    data = publication(
        title=hostile("Titel"),
        subtitle=hostile("Sub"),
        publisher=hostile("Uitgever"),
        event={"name": hostile("Event"), "place": hostile("Plaats")},
        intro=[hostile("Intro")],
        key_takeaways={"lead": hostile("Lead"), "items": [hostile("Punt")]},
        speakers=[
            {
                "id": "an",
                "name": hostile("An"),
                "honorific": hostile("dr."),
                "role": hostile("rol"),
                "organisation": hostile("org"),
                "note": hostile("noot"),
            }
        ],
        blocks=[
            {
                "kind": "section",
                "id": "s",
                "title": hostile("Sectie"),
                "people": ["an"],
                "takeaways": [hostile("Kort")],
                "body": [hostile("Alinea")],
                "videos": [{"label": hostile("Video"), "access_note": hostile("Noot")}],
            },
            {
                "kind": "quote",
                "id": "q",
                "text": hostile("Citaat"),
                "attribution": hostile("Iemand"),
            },
        ],
        colophon={
            "organisation": hostile("Org"),
            "visiting_address": hostile("Adres"),
            "postal_address": hostile("Post"),
            "phone": hostile("T"),
            "credits": [{"role": hostile("Rol"), "names": [hostile("Naam")]}],
            "version": hostile("Versie"),
        },
    )
    project = Project(Publication.model_validate(data))
    pdf = render_pdf(ir.build(project))
    text = body_text(pdf)
    assert_in_order(document_texts(ir.build(project)), text)
    squashed = squash(text)
    for fragment in (
        "<script>alert(1)</script>",
        "</p>",
        "&amp;",
        "<b>unclosed",
        "<img src=/etc/passwd>",
    ):
        assert squashed.count(squash(fragment)) >= 20, fragment
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert not any(
            isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
            for obj in document.objects
        )
    assert reader(pdf).metadata.title == data["title"]


def test_glyphs_missing_from_a_face_fall_back_to_another_bundled_face() -> None:
    # Source Sans Pro (headings) has no long s; Source Serif Pro (body) has no Dutch ĳ.
    # Control characters have a glyph nowhere and are left out rather than drawn as boxes.
    long = {"kind": "section", "id": "lang", "title": "Lang", "body": ["woord " * 900]}
    pdf = render(publication(title="Deſ\x01 ĳs", intro=["Het ĳs\x0b en de ſ."], blocks=[long]))
    text = body_text(pdf)
    assert "Deſ ĳs" in text
    assert "Deſ ĳs" in page_parts(pdf)[1][1]  # the running header
    assert "ĳs en de ſ" in " ".join(text.split())
    assert "\x00" not in text


def test_theme_page_size_fonts_and_colours() -> None:
    theme = {
        "page_size": "Letter",
        "body_font": "Source Sans Pro",
        "heading_font": "Source Serif Pro",
        "primary_colour": "#123456",
    }
    data = render(publication(theme=theme))
    pdf = reader(data)
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pikepdf.open(io.BytesIO(data)) as document:
        first_page = document.pages[0]
        fonts = {str(f.BaseFont).split("+")[-1] for f in first_page.Resources.Font.values()}
        content = first_page.Contents.read_bytes()
    assert {"SourceSerifPro-Bold", "SourceSansPro-Regular"} <= fonts  # title, body text
    assert b".070588 .203922 .337255 rg" in content  # #123456 on the title


def test_english_publication_and_section_language() -> None:
    data = publication(language="en")
    data["blocks"][2]["language"] = "nl"
    pdf = render(data)
    parts = page_parts(pdf)
    assert "page 1 of" in " ".join(parts[0][1].split())
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en"


def test_groups_hyphenate_in_their_own_language() -> None:
    width = 70.0
    theme = ir.build(Project(Publication.model_validate(publication()))).theme
    dutch = Para("arbeidsmarktregio samenwerkingsverbanden", styles(theme, "nl").body)
    english = Para("internationalisation responsibilities", styles(theme, "en").body)
    for paragraph in (dutch, english):
        paragraph.wrap(width, 1000)
        ends = [line[1][-1] for line in paragraph.blPara.lines[:-1]]
        assert any(word.endswith("-") for word in ends), ends


def test_story_uses_the_group_language_for_hyphenation() -> None:
    from exporters.pdf.document import _story

    data = publication()
    data["blocks"][0]["language"] = "en"
    document = ir.build(Project(Publication.model_validate(data)))
    theme = document.theme
    frame = frame_size(PAGE_SIZES["A4"])
    used = {getattr(f, "style", None) for f in flowables_in(_story(document, frame))}
    assert styles(theme, "en").h1 in used
    assert styles(theme, "nl").h1 in used


def flowables_in(story: list[Any]) -> Iterator[Any]:
    """The flowables of a story and those inside them (wrapped, kept together, in panels)."""
    for flowable in story:
        yield flowable
        inside = [getattr(flowable, "inner", None), getattr(flowable, "follower", None)]
        inside += [*getattr(flowable, "lead", ()), *getattr(flowable, "content", ())]
        yield from flowables_in([f for f in inside if f is not None])


def test_figures_scale_to_the_frame_and_decorative_ones_are_drawn() -> None:
    wide, tall = png(400, 100), png(50, 400, "#00557F")
    assets = {asset_name(wide, "png"): wide, asset_name(tall, "png"): tall}
    names = list(assets)
    data = publication()
    data["blocks"][0]["body"] += [
        {
            "kind": "figure",
            "images": [
                {
                    "asset": names[0],
                    "alt": "Een brede foto",
                    "caption": "Onderschrift",
                    "credit": "Fotograaf",
                }
            ],
        },
        {"kind": "figure", "images": [{"asset": names[1], "decorative": True}]},
    ]
    pdf = render(data, assets)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        images = [
            obj
            for obj in document.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        ]
        assert len(images) == 2
    assert_in_order(["Onderschrift", "Foto: Fotograaf"], body_text(pdf))


def test_long_content_splits_across_pages() -> None:
    words = " ".join(["samenwerking"] * 40)
    data = publication(
        key_takeaways={"lead": "Veel:", "items": [f"Punt {i} {words}" for i in range(40)]},
        blocks=[
            {
                "kind": "section",
                "id": "lang",
                "title": "Lang " * 30,
                "body": [" ".join([words] * 30)],
            },
            {"kind": "quote", "id": "q", "text": " ".join([words] * 25), "attribution": "iemand"},
        ],
    )
    pdf = render(data)
    assert len(reader(pdf).pages) > 8
    project = Project(Publication.model_validate(data))
    assert_in_order(document_texts(ir.build(project)), body_text(pdf))


def test_top_level_leaves_outside_groups_are_rendered() -> None:
    document = ir.build(Project(Publication.model_validate(publication())))
    loose = ir.Document(
        document.info,
        document.theme,
        (ir.Heading(1, "Losse kop"), ir.Paragraph((ir.Span("losse tekst"),))),
    )
    assert_in_order(["Losse kop", "losse tekst"], body_text(render_pdf(loose)))


@pytest.mark.parametrize("sections", [0, 1])
def test_minimal_publications(sections: int) -> None:
    blocks = [{"kind": "section", "id": "s", "title": "Alleen"}] * sections
    pdf = reader(render({"title": "Leeg", "publication_date": "2020-01-01", "blocks": blocks}))
    assert len(pdf.pages) == 1
    assert len(pdf.outline) == sections


def test_a_mixed_style_paragraph_over_many_pages_keeps_every_word() -> None:
    """The tail of a split paragraph reuses its lines (Para.split); splitting that tail again
    on the next page must still cut the words where the lines say."""
    words = [f"woord{n}" for n in range(2500)]
    text = " ".join(f"**{w}**" if n % 7 == 0 else w for n, w in enumerate(words))
    data = render(
        publication(blocks=[{"kind": "section", "id": "s", "title": "Lang", "body": [text]}])
    )
    assert len(reader(data).pages) >= 4
    found = re.findall(r"woord\d+", re.sub(r"-\s*\n|\s+", " ", body_text(data)).replace(" ", ""))
    assert found == words


@pytest.mark.parametrize(
    "text",
    [
        "gewone tekst",
        "  spaties   rondom\tin\nhet   midden  ",
        "regel\r\nnieuw",
        "\u00a0harde\u00a0spatie\u00a0",
        "ĳs, ſ en é",
        "eén",
        "x",
    ],
)
def test_the_plain_text_shortcut_parses_like_reportlab(text: str) -> None:
    """Para skips ReportLab's markup parser for text without '<' or '&'; the fragments it
    makes instead must be the ones the parser would have made."""
    from reportlab.platypus import Paragraph

    document = ir.build(Project(Publication.model_validate(publication())))
    style = styles(document.theme, "nl").body
    fast, slow = Para(text, style), Paragraph(text, style)
    assert [(f.text, f.fontName, f.fontSize) for f in fast.frags] == [
        (f.text, f.fontName, f.fontSize) for f in slow.frags
    ]
