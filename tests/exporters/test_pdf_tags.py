"""The tagged PDF read back with pikepdf: structure tree, marked content, links and metadata.

Page content is read operator by operator (``pikepdf.parse_content_stream``): text is
decoded through each font's ToUnicode map and filed under the marked-content sequence it
is shown in, so the tree's text can be compared with the IR's, and every painting operator
can be checked to sit inside marked content (an MCID or an artifact).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from exporters import ir
from exporters.labels import Language, label
from exporters.pdf import render_pdf
from models import Project, Publication, load
from models.project import asset_name
from models.richtext import is_allowed_link

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
PAINTING = TEXT_SHOWING | {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}
WORDS = " ".join(["samenwerking"] * 30)


# --- publications -------------------------------------------------------------------------


def png(width: int, height: int, colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


PHOTO, ORNAMENT = png(400, 200, "#C8326E"), png(300, 60, "#00557F")
LOGO, COVER = png(240, 80, "#333333"), png(600, 300, "#7FAA00")
ASSETS = {asset_name(data, "png"): data for data in (PHOTO, ORNAMENT, LOGO, COVER)}
PHOTO_ASSET, ORNAMENT_ASSET, LOGO_ASSET, COVER_ASSET = ASSETS


def every_block(**theme: Any) -> dict[str, Any]:
    """A publication with every kind of block, links in awkward places and page breaks."""
    link = "[de website van het symposium](https://www.example.org/symposium/verslag)"
    return {
        "title": "Werk en inkomen in de wijk",
        "subtitle": "Verslag van een middag",
        "publication_date": "2018-02-14",
        "language": "nl",
        "publisher": "Divosa",
        "event": {"name": "Symposium Werk", "date": "2018-02-09", "place": "Utrecht"},
        "theme": theme,
        "intro": [
            "Een inleiding met een [link](https://www.example.org/verslag) erin.",
            f"[Aan het begin](https://www.example.org/begin) en {WORDS} dan {link} tot slot.",
        ],
        "key_takeaways": {
            "lead": "Wat we leerden:",
            "items": ["Eén **vet** punt", f"Zie [de bron](https://www.example.org/bron). {WORDS}"]
            + [f"Punt {i} {WORDS}" for i in range(14)],
        },
        "speakers": [
            {"id": "an", "name": "An de Vries", "role": "wethouder", "organisation": "Zeist"},
            {"id": "bo", "name": "Bo Jansen", "role": "teamleider", "organisation": "Zeist"},
        ],
        "blocks": [
            {
                "kind": "section",
                "id": "sectie-een",
                "title": "De eerste sectie",
                "people": ["an", "bo"],
                "takeaways": ["Kort punt", "Nog een punt"],
                "body": [
                    f"Gewone *tekst* {WORDS} {WORDS} {link}. " * 6,
                    "Een korte alinea.",
                    {
                        "kind": "figure",
                        "images": [
                            {
                                "asset": PHOTO_ASSET,
                                "alt": "Deelnemers rond een tafel",
                                "caption": "De middag",
                                "credit": "Fotograaf",
                            }
                        ],
                    },
                    {"kind": "figure", "images": [{"asset": ORNAMENT_ASSET, "decorative": True}]},
                ],
                "videos": [
                    {
                        "label": "Bekijk de video",
                        "url": "https://video.example.org/1",
                        "access_note": "Vraag het wachtwoord aan via info@example.org",
                    },
                    {"label": "Video zonder adres"},
                ],
            },
            {"kind": "quote", "id": "citaat", "text": "Wat een dag.", "attribution": "deelnemer"},
            {
                "kind": "section",
                "id": "in-english",
                "title": "A section in English",
                "language": "en",
                "body": [
                    "Plain English, with a [link](mailto:someone@example.org).",
                    f"[{WORDS * 12}](https://www.example.org/long)",  # one link, over pages
                    f"A link [{WORDS * 12}](https://www.example.org/longer) in a paragraph.",
                ],
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


def structured() -> dict[str, Any]:
    """A report of another shape: parts, untitled text, lists, sub-headings, placed figures,
    a panel with a moderator, other languages and a colophon note."""
    photo = {"asset": PHOTO_ASSET, "alt": "Een zaal vol mensen", "caption": "De zaal"}
    return {
        "title": "Dag van de geo-informatie",
        "publication_date": "2024-05-14",
        "language": "nl",
        "intro": [
            "Een dag vol praktijk.",
            {
                "kind": "list",
                "items": [
                    {"text": "Kaarten **voor** iedereen", "items": ["open data", "open source"]},
                    {"text": "Een [link](https://www.example.org/kaart) in een punt"},
                ],
            },
            {"kind": "heading", "text": "Het programma"},
            {
                "kind": "list",
                "ordered": True,
                "items": [{"text": f"Onderdeel {n} {WORDS}"} for n in range(1, 12)],
            },
        ],
        "speakers": [
            {
                "id": "an",
                "name": "An de Vries",
                "role": "hoogleraar",
                "organisation": "VU",
                "connector": "aan",
            },
            {"id": "bo", "name": "Bo Jansen", "role": "wethouder", "organisation": "Zeist"},
            {"id": "cas", "name": "Cas Smit"},
        ],
        "blocks": [
            {"kind": "section", "id": "opening", "body": ["Een woord vooraf, zonder kop."]},
            {
                "kind": "part",
                "id": "presentaties",
                "title": "De presentaties",
                "intro": ["Drie sprekers, drie invalshoeken."],
                "blocks": [
                    {
                        "kind": "section",
                        "id": "talk-een",
                        "title": "Kaarten die werken",
                        "people": ["an"],
                        "body": [
                            f"Eerste alinea {WORDS}.",
                            {"kind": "heading", "text": "Wat opviel"},
                            f"Tweede alinea {WORDS}.",
                            {"kind": "figure", "size": "half", "images": [photo]},
                            {
                                "kind": "paragraph",
                                "text": "A paragraph in English.",
                                "language": "en",
                            },
                        ],
                    },
                    {"kind": "quote", "id": "citaat", "text": "Kaarten zijn verhalen."},
                    {"kind": "section", "id": "vervolg", "body": ["Zonder kop gaat het door."]},
                ],
            },
            {
                "kind": "part",
                "id": "ronde",
                "title": "Workshopronde 1",
                "blocks": [
                    {
                        "kind": "section",
                        "id": "panel",
                        "title": "Het panel",
                        "people": [
                            {"speaker_id": "cas", "role": "moderator"},
                            {"speaker_id": "an", "role": "panel"},
                            {"speaker_id": "bo", "role": "panel"},
                        ],
                        "body": [
                            {
                                "kind": "figure",
                                "images": [
                                    {**photo, "caption": "Links", "credit": "Fotograaf"},
                                    {
                                        "asset": COVER_ASSET,
                                        "alt": "Rechts",
                                        "caption": "Rechts",
                                        "language": "en",
                                    },
                                ],
                            },
                            {
                                "kind": "list",
                                "language": "en",
                                "items": [{"text": "First point"}, {"text": "Second point"}],
                            },
                        ],
                    },
                    {
                        "kind": "section",
                        "id": "workshop",
                        "title": "Workshop in English",
                        "language": "en",
                        "body": [
                            {
                                "kind": "figure",
                                "size": "thumbnail",
                                "images": [
                                    {"asset": PHOTO_ASSET, "alt": f"Foto {n}"} for n in range(4)
                                ],
                            }
                        ],
                    },
                ],
            },
            {"kind": "section", "id": "slot", "title": "Tot slot", "body": ["Het einde."]},
        ],
        "colophon": {
            "organisation": "Geo-gemeenschap",
            "note": ["Dit verslag verscheen eerder op de website."],
        },
    }


def document_of(data: dict[str, Any]) -> ir.Document:
    return ir.build(Project(Publication.model_validate(data), ASSETS))


@cache
def sample_document() -> ir.Document:
    return ir.build(load(SAMPLE))


@cache
def rendered(name: str) -> tuple[ir.Document, TaggedPdf]:
    """The documents these tests read back, rendered once."""
    if name == "sample":
        document = sample_document()
    elif name == "cover":
        logo = {"asset": LOGO_ASSET, "alt": "Logo van Divosa"}
        cover = {"asset": COVER_ASSET, "decorative": True}
        document = document_of(every_block(cover_style="band", logo=logo, cover_image=cover))
    elif name == "cover_page":
        logo = {"asset": LOGO_ASSET, "decorative": True}
        cover = {"asset": COVER_ASSET, "alt": "Een zaal", "caption": "De zaal", "credit": "Bo"}
        document = document_of(every_block(cover_style="page", logo=logo, cover_image=cover))
    elif name == "parts":
        document = document_of(structured())
    else:
        document = document_of(every_block())
    return document, TaggedPdf(render_pdf(document))


DOCUMENTS = ["sample", "every_block", "cover", "cover_page", "parts"]


# --- reading a tagged PDF -----------------------------------------------------------------


@dataclass
class Page:
    """What one page's content stream shows, by marked-content sequence."""

    texts: dict[int, str] = field(default_factory=dict)  # by MCID
    mcids: list[int] = field(default_factory=list)  # in stream order
    unmarked: list[str] = field(default_factory=list)  # painting operators outside marks
    misnested: list[str] = field(default_factory=list)  # an MCID inside an MCID or artifact
    images: list[tuple[int | None, bool]] = field(default_factory=list)  # (MCID, artifact)


class TaggedPdf:
    """A PDF opened with pikepdf, its pages' marked content decoded."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = pikepdf.open(io.BytesIO(data))
        self.page_index = {page.obj.objgen: i for i, page in enumerate(self.pdf.pages)}
        self.pages = [self._read(page) for page in self.pdf.pages]
        root = self.pdf.Root.StructTreeRoot
        self.root = root
        nums = root.ParentTree.Nums
        self.parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}

    def _read(self, page: pikepdf.Page) -> Page:
        out = Page()
        fonts = {str(name): _unicode_map(font) for name, font in page.Resources.Font.items()}
        xobjects = page.Resources.get("/XObject", {})
        marks: list[tuple[str, int | None]] = []
        font: dict[int, str] = {}
        for instruction in pikepdf.parse_content_stream(page):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                out.unmarked += [] if marks else ["BI"]
                continue
            operands, op = instruction.operands, str(instruction.operator)
            if op in ("BDC", "BMC"):
                props = operands[1] if op == "BDC" else None
                mcid = (
                    int(props.MCID)
                    if isinstance(props, pikepdf.Dictionary) and "/MCID" in props
                    else None
                )
                if mcid is not None:
                    out.mcids.append(mcid)
                    if marks:
                        out.misnested.append(f"MCID {mcid} inside {marks[-1][0]}")
                marks.append((str(operands[0]), mcid))
            elif op == "EMC":
                marks.pop()
            elif op == "Tf":
                font = fonts[str(operands[0])]
            elif op in PAINTING and not marks:
                out.unmarked.append(op)
            elif op in TEXT_SHOWING:
                mcid = marks[-1][1]
                if mcid is not None:
                    shown = _strings(operands[-1])
                    out.texts[mcid] = out.texts.get(mcid, "") + "".join(
                        font.get(code, "\ufffd") for code in shown
                    )
            elif op == "Do" and xobjects[str(operands[0])].Subtype == "/Image":
                artifact = any(tag == "/Artifact" for tag, _ in marks)
                out.images.append((marks[-1][1], artifact))
        assert not marks, "unbalanced marked content"
        return out

    def page_of(self, page_ref: Any) -> int:
        return self.page_index[page_ref.objgen]

    def walk(self, element: Any = None) -> Iterator[Any]:
        """Every structure element, parent first, in tree (reading) order."""
        element = self.root.K if element is None else element
        yield element
        for kid in _kids(element):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield from self.walk(kid)

    def content(self, element: Any) -> Iterator[tuple[int, int]]:
        """(page, MCID) of the marked content directly in ``element``."""
        for kid in _kids(element):
            if isinstance(kid, int):
                yield self.page_of(element.Pg), int(kid)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                yield self.page_of(kid.Pg), int(kid.MCID)

    def text(self, element: Any = None, skip: frozenset[str] = frozenset()) -> str:
        """The marked text of ``element`` (the whole tree) in tree order, ``skip`` roles aside."""
        return "".join(self._visit(self.root.K if element is None else element, skip))

    def _visit(self, element: Any, skip: frozenset[str]) -> Iterator[str]:
        if str(element.S) in skip:
            return
        for kid in _kids(element):
            if isinstance(kid, int):
                yield self.pages[self.page_of(element.Pg)].texts.get(int(kid), "")
            elif _is_element(kid):
                yield from self._visit(kid, skip)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                yield self.pages[self.page_of(kid.Pg)].texts.get(int(kid.MCID), "")

    def metadata(self) -> str:
        with self.pdf.open_metadata() as meta:
            return str(meta)


def _kids(element: Any) -> list[Any]:
    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _is_element(kid: Any) -> bool:
    return isinstance(kid, pikepdf.Dictionary) and "/S" in kid


def _strings(operand: Any) -> bytes:
    if isinstance(operand, pikepdf.Array):  # TJ: strings and kerning numbers
        return b"".join(bytes(item) for item in operand if isinstance(item, pikepdf.String))
    return bytes(operand)


def _unicode_map(font: Any) -> dict[int, str]:
    """A simple font's code → text, from its ToUnicode CMap (bfchar and bfrange)."""
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:  # e.g. Helvetica that a drawing selects but never shows
        return out
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                out[int(low, 16) + offset] = chr(int(start, 16) + offset)
    return out


def squash(text: str) -> str:
    """Characters in order, without the white space and hyphens line breaking adds."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011\x00]+", "", text)


def leaves(blocks: tuple[ir.Block, ...]) -> Iterator[ir.Leaf]:
    """Every leaf in reading order, those in groups and in a part's groups too."""
    for block in blocks:
        if isinstance(block, ir.Group):
            yield from leaves(block.children)
        else:
            yield block


def expected_texts(document: ir.Document) -> Iterator[str]:
    """The text the PDF shows for each leaf, in reading order (bullets aside)."""
    language = document.info.language
    for leaf in leaves(document.blocks):
        match leaf:
            case ir.TitleBlock():
                yield from (leaf.title, leaf.subtitle)
                yield f"{leaf.date_label}: {leaf.date_text}"
                yield leaf.event_text
                if leaf.cover_image is not None:
                    yield from _figure_texts(leaf.cover_image, language)
            case ir.Heading() | ir.Byline():
                yield leaf.text
            case ir.Paragraph():
                yield "".join(span.text for span in leaf.spans)
            case ir.TextList():
                for item in leaf.items:
                    yield "".join(span.text for span in item.spans)
                    yield from ("".join(span.text for span in child) for child in item.children)
            case ir.TakeawayList():
                yield from ("".join(span.text for span in item) for item in leaf.items)
            case ir.PullQuote():
                yield "".join(span.text for span in leaf.spans)
                yield f"— {leaf.attribution}" if leaf.attribution else ""
            case ir.VideoLink():
                yield leaf.label
                if leaf.url and is_allowed_link(leaf.url):
                    yield ir.display_url(leaf.url)
                yield leaf.access_note
            case ir.FigureGroup():
                for figure in leaf.figures:
                    yield from _figure_texts(figure, language)
            case ir.ColophonBlock():
                yield from (leaf.heading, leaf.organisation, *leaf.addresses)
                yield from (f"{name} {value}".strip() for name, value, _ in leaf.contacts)
                yield from (f"{role} {names}" for role, names in leaf.credits)
                yield f"{leaf.version_label} {leaf.version}" if leaf.version else ""


def _figure_texts(figure: ir.Figure, language: Language) -> Iterator[str]:
    yield figure.caption
    yield f"{label('photo', language)}: {figure.credit}" if figure.credit else ""


# --- the tree against the IR ------------------------------------------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_tree_text_in_reading_order_equals_the_documents_text(name: str) -> None:
    document, pdf = rendered(name)
    expected = squash("".join(expected_texts(document)))
    assert len(expected) > 300
    assert squash(pdf.text(skip=frozenset({"/Lbl"}))) == expected


@pytest.mark.parametrize("name", DOCUMENTS)
def test_headings_match_the_ir_and_the_html_levels(name: str) -> None:
    document, pdf = rendered(name)
    expected = []
    for leaf in leaves(document.blocks):
        if isinstance(leaf, ir.TitleBlock):
            expected.append(("/H1", leaf.title))
        elif isinstance(leaf, ir.Heading):
            expected.append((f"/H{leaf.level + 1}", leaf.text))  # as the HTML's <h2>
        elif isinstance(leaf, ir.ColophonBlock):
            expected.append(("/H2", leaf.heading))
    headings = [(str(e.S), pdf.text(e)) for e in pdf.walk() if re.fullmatch(r"/H[1-6]", str(e.S))]
    assert [(role, squash(text)) for role, text in headings] == [
        (role, squash(text)) for role, text in expected
    ]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_image_has_alt_or_is_an_artifact(name: str) -> None:
    _, pdf = rendered(name)
    figures = 0
    for number, page in enumerate(pdf.pages):
        for mcid, artifact in page.images:
            if artifact:
                continue
            assert mcid is not None, f"page {number + 1}: an image outside marked content"
            element = pdf.parent_tree[int(pdf.pdf.pages[number].obj.StructParents)][mcid]
            assert element.S == "/Figure"
            assert str(element.Alt).strip()
            figures += 1
    assert figures == sum(1 for e in pdf.walk() if e.S == "/Figure")


def test_figures_and_decorative_pictures() -> None:
    _, pdf = rendered("every_block")
    images = [image for page in pdf.pages for image in page.images]
    assert sorted(artifact for _, artifact in images) == [False, True]
    (figure,) = [e for e in pdf.walk() if e.S == "/Figure"]
    assert str(figure.Alt) == "Deelnemers rond een tafel"
    assert figure.A.O == "/Layout" and len(figure.A.BBox) == 4


def test_the_cover_logo_is_a_figure_and_a_decorative_cover_image_an_artifact() -> None:
    _, pdf = rendered("cover")
    alts = [str(e.Alt) for e in pdf.walk() if e.S == "/Figure"]
    assert alts == ["Logo van Divosa", "Deelnemers rond een tafel"]
    images = [image for page in pdf.pages for image in page.images]
    assert sorted(artifact for _, artifact in images) == [False, False, True, True]


def test_a_cover_image_with_alt_is_a_figure_before_its_caption() -> None:
    _, pdf = rendered("cover_page")
    intro = _kids(pdf.root.K)[0]
    roles = [str(k.S) for k in _kids(intro)]
    assert roles[:6] == ["/H1", "/P", "/P", "/Figure", "/P", "/P"]
    figure, caption, credit = _kids(intro)[3:6]
    assert (str(figure.Alt), pdf.text(caption), pdf.text(credit)) == (
        "Een zaal",
        "De zaal",
        "Foto: Bo",
    )


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_link_annotation_has_a_structure_parent_and_a_description(name: str) -> None:
    _, pdf = rendered(name)
    links = 0
    for page in pdf.pdf.pages:
        annotations = [a for a in page.obj.get("/Annots", []) if a.Subtype == "/Link"]
        if annotations:
            assert page.obj.Tabs == "/S"
        for annotation in annotations:
            links += 1
            assert str(annotation.Contents).strip()
            element = pdf.parent_tree[int(annotation.StructParent)]
            assert element.S == "/Link"
            objrs = [
                k
                for k in _kids(element)
                if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
            ]
            assert any(objr.Obj.objgen == annotation.objgen for objr in objrs)
    assert links >= {"sample": 2, "parts": 1}.get(name, 8)


def test_a_link_inside_a_paragraph_is_its_own_element_with_its_text() -> None:
    _, pdf = rendered("every_block")
    (paragraph,) = [
        e for e in pdf.walk() if e.S == "/P" and pdf.text(e).startswith("Een inleiding")
    ]
    kids = _kids(paragraph)
    assert [type(k).__name__ if not _is_element(k) else str(k.S) for k in kids] == [
        "int",
        "/Link",
        "int",
    ]
    assert pdf.text(kids[1]) == "link"
    assert str(_annotation_of(kids[1]).Contents) == "link (www.example.org/verslag)"


def test_a_link_broken_over_lines_is_one_element_with_an_annotation_per_line() -> None:
    _, pdf = rendered("every_block")
    link_texts = {squash(pdf.text(e)): e for e in pdf.walk() if e.S == "/Link" and pdf.text(e)}
    assert squash("de website van het symposium") in link_texts
    assert "Aan het begin" in [pdf.text(e) for e in pdf.walk() if e.S == "/Link"]
    broken = [e for e in pdf.walk() if e.S == "/Link" and len(_annotations(e)) > 1]
    assert any(squash(pdf.text(e)) == squash("de website van het symposium") for e in broken)


@pytest.mark.parametrize("target", ["long", "longer"])
def test_a_link_over_a_page_break_is_one_element_on_both_pages(target: str) -> None:
    _, pdf = rendered("every_block")
    href = f"https://www.example.org/{target}"
    (link,) = [e for e in pdf.walk() if e.S == "/Link" and str(_annotations(e)[0].A.URI) == href]
    assert squash(pdf.text(link)) == squash(WORDS * 12)
    pages = {page for page, _ in pdf.content(link)}
    assert len(pages) >= 2
    assert {pdf.page_of(objr.Pg) for objr in _objrs(link)} == pages
    if target == "longer":  # the link sits between two stretches of the paragraph's text
        kinds = [str(k.S) if _is_element(k) else "text" for k in _kids(link.P)]
        assert kinds.count("/Link") == 1 and kinds[0] == kinds[-1] == "text"


def test_the_video_card_s_qr_code_link_is_tagged_after_the_video_text() -> None:
    _, pdf = rendered("every_block")
    links = [e for e in pdf.walk() if e.S == "/Link"]
    qr = [e for e in links if not pdf.text(e)]
    assert len(qr) == 1
    assert str(_annotation_of(qr[0]).Contents) == "video.example.org/1"


def _objrs(link: Any) -> list[Any]:
    return [
        k for k in _kids(link) if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
    ]


def _annotations(link: Any) -> list[Any]:
    return [objr.Obj for objr in _objrs(link)]


def _annotation_of(link: Any) -> Any:
    return _annotations(link)[0]


# --- marked content -----------------------------------------------------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_nothing_on_a_page_is_left_unmarked(name: str) -> None:
    _, pdf = rendered(name)
    for number, page in enumerate(pdf.pages, start=1):
        assert page.unmarked == [], f"page {number}"
        assert page.misnested == [], f"page {number}"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_parent_tree_and_elements_agree_on_every_mcid(name: str) -> None:
    _, pdf = rendered(name)
    owner: dict[tuple[int, int], Any] = {}
    for element in pdf.walk():
        for kid in _kids(element):
            if _is_element(kid):
                assert kid.P.objgen == element.objgen
        for key in pdf.content(element):
            assert key not in owner, f"MCID {key} in two elements"
            owner[key] = element
    for number, (page, content) in enumerate(zip(pdf.pdf.pages, pdf.pages, strict=True)):
        array = pdf.parent_tree[int(page.obj.StructParents)]
        assert sorted(content.mcids) == list(range(len(array)))
        for mcid in range(len(array)):
            assert array[mcid].objgen == owner[(number, mcid)].objgen
    assert pdf.root.ParentTreeNextKey == len(pdf.parent_tree)


def test_a_paragraph_split_across_pages_is_one_element() -> None:
    _, pdf = rendered("every_block")
    spread = [
        e for e in pdf.walk() if e.S in ("/P", "/LBody") and len({p for p, _ in pdf.content(e)}) > 1
    ]
    assert {str(e.S) for e in spread} == {"/P", "/LBody"}


def test_lists_have_a_label_and_a_body_per_item() -> None:
    _, pdf = rendered("every_block")
    lists = [e for e in pdf.walk() if e.S == "/L"]
    assert [str(e.T) for e in lists] == ["Belangrijkste punten", "In het kort"]
    for element in lists:
        assert element.A.ListNumbering == "/Disc"
        for item in _kids(element):
            assert item.S == "/LI"
            label_, body = _kids(item)
            assert (label_.S, body.S) == ("/Lbl", "/LBody")
            assert pdf.text(label_) == "•"
            assert pdf.text(body)


def test_pull_quote_and_groups() -> None:
    _, pdf = rendered("every_block")
    roles = [str(e.S) for e in _kids(pdf.root.K)]
    assert roles == ["/Sect", "/Sect", "/Div", "/Sect", "/Sect"]
    quote = _kids(pdf.root.K)[2]
    block_quote, attribution = _kids(quote)
    assert block_quote.S == "/BlockQuote" and pdf.text(block_quote) == "Wat een dag."
    assert pdf.text(attribution) == "— deelnemer"


def test_a_section_in_another_language_says_so() -> None:
    _, pdf = rendered("every_block")
    sections = _kids(pdf.root.K)
    assert [str(s.get("/Lang", "")) for s in sections] == ["", "", "", "en", ""]
    assert pdf.pdf.Root.Lang == "nl"


# --- the document as a whole --------------------------------------------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_catalog_and_metadata_declare_a_tagged_pdf_ua_document(name: str) -> None:
    document, pdf = rendered(name)
    root = pdf.pdf.Root
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert root.Lang == document.info.language
    assert root.StructTreeRoot.K.S == "/Document"
    with pdf.pdf.open_metadata() as meta:
        assert meta["dc:title"] == document.info.title
        assert meta["pdfuaid:part"] == "1"
        assert meta["xmp:CreateDate"] == "2000-01-01T00:00:00+00:00"
    assert pdf.pdf.docinfo.Title == document.info.title


def test_tagged_renders_are_byte_identical() -> None:
    document, pdf = rendered("every_block")
    assert render_pdf(document) == pdf.data


def test_untagged_export_has_no_structure_and_the_same_layout() -> None:
    document, tagged = rendered("every_block")
    untagged = render_pdf(document, tagged=False)
    with pikepdf.open(io.BytesIO(untagged)) as pdf:
        assert "/StructTreeRoot" not in pdf.Root and "/MarkInfo" not in pdf.Root
        assert all(b"BDC" not in page.Contents.read_bytes() for page in pdf.pages)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(untagged)).pages]
    assert pages == [page.extract_text() for page in PdfReader(io.BytesIO(tagged.data)).pages]


def test_hostile_title_makes_valid_xmp() -> None:
    data = every_block()
    data["title"] = "Deſ\x01 ĳs <b>&amp;</b>"
    pdf = TaggedPdf(render_pdf(document_of(data)))
    with pdf.pdf.open_metadata() as meta:
        assert meta["dc:title"] == "Deſ ĳs <b>&amp;</b>"


def test_hostile_alt_text_and_link_text_are_stored_literally() -> None:
    hostile = "a (b \\ c) <i>d</i> & ‘e’ ✓"
    data = every_block()
    data["blocks"][0]["body"][2]["images"][0]["alt"] = hostile
    data["intro"] = [f"[{hostile}](https://www.example.org/x)"]
    pdf = TaggedPdf(render_pdf(document_of(data)))
    assert [str(e.Alt) for e in pdf.walk() if e.S == "/Figure"] == [hostile]
    (link,) = [e for e in pdf.walk() if e.S == "/Link" and pdf.text(e) == hostile]
    assert str(_annotation_of(link).Contents) == f"{hostile} (www.example.org/x)"
    assert pdf.data.startswith(b"%PDF-1.7")


# --- parts, lists, sub-headings and figures in the text --------------------------------


def test_parts_hold_the_sections_of_their_part() -> None:
    _, pdf = rendered("parts")
    top = [str(e.S) for e in _kids(pdf.root.K)]
    assert top == ["/Sect", "/Sect", "/Part", "/Part", "/Sect", "/Sect"]
    first, second = (e for e in _kids(pdf.root.K) if e.S == "/Part")
    assert [str(k.S) for k in _kids(first)] == ["/H2", "/P", "/Sect", "/Div", "/Sect"]
    assert [str(k.S) for k in _kids(second)] == ["/H2", "/Sect", "/Sect"]
    untitled = _kids(pdf.root.K)[1]  # a section without a title has no heading
    assert [str(k.S) for k in _kids(untitled)] == ["/P"]


def test_heading_levels_run_from_h1_to_h4_in_order() -> None:
    _, pdf = rendered("parts")
    headings = [(str(e.S), pdf.text(e)) for e in pdf.walk() if re.fullmatch(r"/H\d", str(e.S))]
    assert headings == [
        ("/H1", "Dag van de geo-informatie"),
        ("/H2", "Het programma"),
        ("/H2", "De presentaties"),
        ("/H3", "Kaarten die werken"),
        ("/H4", "Wat opviel"),
        ("/H2", "Workshopronde 1"),
        ("/H3", "Het panel"),
        ("/H3", "Workshop in English"),
        ("/H2", "Tot slot"),
        ("/H2", "Colofon"),
    ]


def test_text_lists_have_labels_numbering_and_sub_lists_in_their_items() -> None:
    _, pdf = rendered("parts")
    lists = [e for e in pdf.walk() if e.S == "/L" and e.P.S != "/LBody"]
    assert [str(e.A.ListNumbering) for e in lists] == ["/Disc", "/Decimal", "/Disc"]
    bullets, numbers, english = lists
    first, second = _kids(bullets)
    label_, body = _kids(first)[:2]
    assert (label_.S, body.S, pdf.text(label_)) == ("/Lbl", "/LBody", "•")
    text = pdf.text(body, skip=frozenset({"/Lbl"}))
    assert squash(text) == squash("Kaarten voor iedereen open data open source")
    (sub,) = [k for k in _kids(body) if _is_element(k)]  # after the item's own text
    assert _kids(body)[-1] == sub and sub.S == "/L" and sub.A.ListNumbering == "/None"
    assert [pdf.text(_kids(item)[0]) for item in _kids(sub)] == ["–", "–"]
    assert [pdf.text(_kids(item)[1]) for item in _kids(sub)] == ["open data", "open source"]
    links = [k for k in _kids(_kids(second)[1]) if _is_element(k)]
    assert [(str(k.S), pdf.text(k)) for k in links] == [("/Link", "link")]
    labels = [pdf.text(_kids(item)[0]) for item in _kids(numbers)]
    assert labels == [f"{n}." for n in range(1, 12)]
    assert str(english.Lang) == "en" and "/Lang" not in bullets


def test_another_language_is_marked_where_it_starts() -> None:
    _, pdf = rendered("parts")
    marked = [
        (str(e.S), squash(pdf.text(e, skip=frozenset({"/Lbl"}))), str(e.Lang))
        for e in pdf.walk()
        if "/Lang" in e
    ]
    assert marked == [
        ("/P", squash("A paragraph in English."), "en"),
        ("/P", "Rechts", "en"),  # a caption
        ("/L", squash("First point Second point"), "en"),
        ("/Sect", squash("Workshop in English"), "en"),
    ]


def test_a_figure_group_is_each_picture_then_its_caption_and_credit() -> None:
    _, pdf = rendered("parts")
    panel = next(e for e in pdf.walk() if e.S == "/Sect" and any(
        _is_element(k) and pdf.text(k) == "Het panel" for k in _kids(e)))  # fmt: skip
    kids = [(str(k.S), str(k.get("/Alt", "")) or pdf.text(k)) for k in _kids(panel)]
    assert kids[2:6] == [
        ("/Figure", "Een zaal vol mensen"),
        ("/P", "Links"),
        ("/P", "Foto: Fotograaf"),
        ("/Figure", "Rechts"),
    ]
    assert kids[6] == ("/P", "Rechts")
