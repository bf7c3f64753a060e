"""Sources built by the tests: the seed text as Markdown, HTML, Word and OpenDocument,
minimal .docx and .odt writers (zipfile and XML strings), small images, and the checks
that compare an import with the built-in sample. Nothing large is committed; everything
is made here."""

from __future__ import annotations

import html
import importlib.util
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape, quoteattr

from PIL import Image as PILImage

from models import Publication, richtext
from models.importing.document import BlockQuote, Document, Heading, ListBlock, Para, Picture
from models.publication import Quote, Section

SEED = (
    Path(__file__).resolve().parents[1] / "exporters" / "fixtures" / "ruimte-voor-professionals.txt"
)
SAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "ruimte-voor-professionals"
)

Item = tuple[str, ...]


# ---------------------------------------------------------------------------- the seed


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_items() -> list[Item]:
    """The seed as a person would mark it up: title, headings, lists, quotes, paragraphs."""
    chunks = [c.strip("\n") for c in re.split(r"\n[ \t]*\n", seed_text()) if c.strip()]
    items: list[Item] = []
    skip = False
    for index, chunk in enumerate(chunks):
        if skip:
            skip = False
            continue
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        following = chunks[index + 1].strip() if index + 1 < len(chunks) else ""
        if index == 0:
            items.append(("title", lines[0]))
            items += [("p", line) for line in lines[1:]]
        elif all(line.startswith("•") for line in lines):
            items.append(("ul", *(line.lstrip("• ").strip() for line in lines)))
        elif chunk.strip() == "Colofon" or following.startswith("Door "):
            items.append(("h2", chunk.strip()))
        elif following == "deelnemer symposium":
            items.append(("quote", " ".join(lines), following))
            skip = True
        else:
            items.append(("p", "\n".join(lines)))
    return items


def seed_markdown() -> str:
    out = ["---", f"title: {seed_items()[0][1]}", "date: 2018-02-14", "lang: nl", "---", ""]
    for kind, *rest in seed_items():
        match kind:
            case "title":
                out.append(f"# {rest[0]}")
            case "h2":
                out.append(f"## {rest[0]}")
            case "ul":
                out += [f"- {md_escape(item)}" for item in rest]
            case "quote":
                out += [f"> {md_escape(rest[0])}", ">", f"> — {rest[1]}"]
            case _:
                out.append("  \n".join(md_escape(line) for line in rest[0].split("\n")))
        out.append("")
    return "\n".join(out)


def md_escape(text: str) -> str:
    return re.sub(r"([\\*_\[\]<>#])", r"\\\1", text)


def seed_html() -> str:
    title = seed_items()[0][1]
    out = [
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title></head><body><main>",
    ]
    for kind, *rest in seed_items():
        match kind:
            case "title":
                out.append(f"<h1>{html.escape(rest[0])}</h1>")
            case "h2":
                out.append(f"<h2>{html.escape(rest[0])}</h2>")
            case "ul":
                out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in rest) + "</ul>")
            case "quote":
                out.append(
                    f"<blockquote><p>{html.escape(rest[0])}</p>"
                    f"<footer>— {html.escape(rest[1])}</footer></blockquote>"
                )
            case _:
                out.append("<p>" + "<br>".join(map(html.escape, rest[0].split("\n"))) + "</p>")
    out.append("</main></body></html>")
    return "\n".join(out)


def seed_docx() -> bytes:
    body: list[str] = []
    for kind, *rest in seed_items():
        match kind:
            case "title":
                body.append(para(rest[0], style="Title"))
            case "h2":
                body.append(para(rest[0], style="Heading1"))
            case "ul":
                body += [para(item, style="ListParagraph", num=(1, 0)) for item in rest]
            case "quote":
                body += [para(rest[0], style="Quote"), para(f"— {rest[1]}", style="Quote")]
            case _:
                body.append(para_lines(rest[0].split("\n")))
    return docx("".join(body))


# ---------------------------------------------------------------------------- .docx writer

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
STYLES = (
    ("Title", "Title"),
    ("Subtitle", "Subtitle"),
    ("Heading1", "heading 1"),
    ("Heading2", "heading 2"),
    ("Heading3", "heading 3"),
    ("Quote", "Quote"),
    ("Caption", "caption"),
    ("ListParagraph", "List Paragraph"),
)


def run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None, runs: str = ""
) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr>{runs or run(text)}</w:p>"


def para_lines(lines: list[str]) -> str:
    runs = "<w:r><w:br/></w:r>".join(run(line) for line in lines)
    return f"<w:p>{runs}</w:p>"


def link(text: str, rel_id: str) -> str:
    return f'<w:hyperlink r:id="{rel_id}">{run(text)}</w:hyperlink>'


def image_para(rel_id: str, alt: str) -> str:
    return (
        "<w:p><w:r><w:drawing><wp:inline>"
        f'<wp:docPr id="1" name="Picture" descr={quoteattr(alt)}/>'
        "<a:graphic><a:graphicData><pic:pic><pic:blipFill>"
        f'<a:blip r:embed="{rel_id}"/>'
        "</pic:blipFill></pic:pic></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing></w:r></w:p>"
    )


def docx(
    body: str,
    *,
    rels: tuple[tuple[str, str, bool], ...] = (),
    media: dict[str, bytes] | None = None,
    document: str | None = None,
) -> bytes:
    """A minimal Word file: ``body`` (``<w:p>``s) with styles, two numberings and ``rels``
    ((id, target, external)); ``media`` lands under ``word/media``; ``document`` replaces
    word/document.xml whole (for hostile XML)."""
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in STYLES
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
        '<w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    rel_xml = "".join(
        f'<Relationship Id="{rid}" Type="{R_NS}/{"hyperlink" if ext else "image"}" '
        f"Target={quoteattr(target)}" + (' TargetMode="External"' if ext else "") + "/>"
        for rid, target, ext in rels
    )
    members = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": document
        or f'<?xml version="1.0"?><w:document {NAMESPACES}><w:body>{body}</w:body></w:document>',
        "word/styles.xml": f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>',
        "word/numbering.xml": f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}">'
        f"{numbering}</w:numbering>",
        "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://'
        f'schemas.openxmlformats.org/package/2006/relationships">{rel_xml}</Relationships>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
        for name, data in (media or {}).items():
            archive.writestr(f"word/media/{name}", data)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- .odt writer

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
ODF_NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
#: Common paragraph styles as LibreOffice names them (name, display name, outline level).
ODT_STYLES = (
    ("Standard", "Standard", 0),
    ("Title", "Title", 0),
    ("Subtitle", "Subtitle", 0),
    ("Heading", "Heading", 0),
    ("Heading_20_1", "Heading 1", 1),
    ("Heading_20_2", "Heading 2", 2),
    ("Heading_20_3", "Heading 3", 3),
    ("Quotations", "Quotations", 0),
    ("Caption", "Caption", 0),
    ("Illustration", "Illustration", 0),
)
#: Automatic styles: T1 bold, T2 italic, P1 a quotation, P2 a bold paragraph, L1 bullets,
#: L2 numbers (both with a second level of the other kind, as a list style may have).
ODT_AUTOMATIC = (
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<text:list-style style:name="L1">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    '<text:list-level-style-number text:level="2" style:num-format="1"/></text:list-style>'
    '<text:list-style style:name="L2">'
    '<text:list-level-style-number text:level="1" style:num-format="1"/>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>'
)


def odt_span(text: str, *, bold: bool = False, italic: bool = False) -> str:
    style = "T1" if bold else "T2" if italic else ""
    return (
        f'<text:span text:style-name="{style}">{escape(text)}</text:span>'
        if style
        else escape(text)
    )


def odt_p(text: str = "", *, style: str = "Standard", inline: str = "") -> str:
    return f'<text:p text:style-name="{style}">{inline or escape(text)}</text:p>'


def odt_h(text: str, level: int = 1) -> str:
    return (
        f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
        f"{escape(text)}</text:h>"
    )


def odt_list(items: list[str | list[str]], *, style: str = "L1") -> str:
    """A list of ``items``; a nested Python list is a sublist of the item before it."""
    return f'<text:list text:style-name="{style}">{_odt_items(items)}</text:list>'


def _odt_items(items: list[str | list[str]]) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, list):
            sub = f"<text:list>{_odt_items(list(item))}</text:list>"
            out[-1] = out[-1].replace("</text:list-item>", sub + "</text:list-item>")
        else:
            out.append(f"<text:list-item>{odt_p(item)}</text:list-item>")
    return "".join(out)


def odt_link(text: str, href: str) -> str:
    return f'<text:a xlink:type="simple" xlink:href={quoteattr(href)}>{escape(text)}</text:a>'


def odt_image(name: str, alt: str, *, caption: str = "") -> str:
    """A frame with ``Pictures/name`` and its alternative text; with a caption, LibreOffice's
    shape: an outer frame whose text box holds the image frame and the caption text."""
    frame = (
        f'<draw:frame draw:name="{escape(name)}" text:anchor-type="as-char">'
        f'<draw:image xlink:href="Pictures/{escape(name)}" xlink:type="simple"/>'
        f"<svg:title>{escape(alt)}</svg:title></draw:frame>"
    )
    if not caption:
        return odt_p(inline=frame)
    inner = odt_p(style="Illustration", inline=frame + escape(caption))
    return odt_p(
        inline=f'<draw:frame text:anchor-type="paragraph"><draw:text-box>{inner}'
        "</draw:text-box></draw:frame>"
    )


def odt(
    body: str,
    *,
    title: str = "",
    pictures: dict[str, bytes] | None = None,
    content: str | None = None,
    members: dict[str, bytes] | None = None,
) -> bytes:
    """A minimal OpenDocument text: ``mimetype`` first and stored, content.xml with ``body``
    (paragraphs, headings, lists), styles.xml, meta.xml (``title`` as dc:title), a manifest;
    ``pictures`` land under ``Pictures/``; ``content`` replaces content.xml whole (for
    hostile XML); ``members`` are added as they are."""
    styles = "".join(
        f'<style:style style:name="{name}" style:display-name="{shown}" '
        'style:family="paragraph" style:parent-style-name="Standard"'
        + (f' style:default-outline-level="{level}"' if level else "")
        + "/>"
        for name, shown, level in ODT_STYLES
    )
    content = content or (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NAMESPACES} '
        f'office:version="1.3"><office:automatic-styles>{ODT_AUTOMATIC}</office:automatic-styles>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest_entries = "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{kind}"/>'
        for name, kind in (
            ("/", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "text/xml"),
            ("styles.xml", "text/xml"),
            ("meta.xml", "text/xml"),
            *((f"Pictures/{name}", "image/png") for name in pictures or {}),
        )
    )
    parts = {
        "content.xml": content,
        "styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles '
        f'{ODF_NAMESPACES} office:version="1.3"><office:styles>{styles}</office:styles>'
        "</office:document-styles>",
        "meta.xml": f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
        f'{ODF_NAMESPACES} office:version="1.3"><office:meta><dc:title>{escape(title)}'
        "</dc:title></office:meta></office:document-meta>",
        "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        f'manifest:version="1.3">{manifest_entries}</manifest:manifest>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            zipfile.ZIP_STORED,
        )
        for name, text in parts.items():
            archive.writestr(name, text)
        for name, data in (pictures or {}).items():
            archive.writestr(f"Pictures/{name}", data)
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def seed_odt() -> bytes:
    body: list[str] = []
    for kind, *rest in seed_items():
        match kind:
            case "title":
                body.append(odt_p(rest[0], style="Title"))
            case "h2":
                body.append(odt_h(rest[0], 1))
            case "ul":
                body.append(odt_list(list(rest)))
            case "quote":
                body += [odt_p(rest[0], style="P1"), odt_p(f"— {rest[1]}", style="P1")]
            case _:
                lines = rest[0].split("\n")
                body.append(odt_p(inline="<text:line-break/>".join(map(escape, lines))))
    return odt("".join(body), title=seed_items()[0][1])


def png(colour: tuple[int, int, int] = (0, 85, 127), size: tuple[int, int] = (8, 6)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------------------- checks


def block_texts(document: Document, *, attribution: bool = False) -> list[tuple[str, ...]]:
    """Each block of a read document as (kind, text…): short to compare where marks do not
    matter; with ``attribution`` a quote ends in "— who"."""
    out: list[tuple[str, ...]] = []
    for block in document.blocks:
        match block:
            case Heading():
                out.append((f"h{block.level}", "".join(s.text for s in block.spans)))
            case Para():
                out.append(("p", "".join(s.text for s in block.spans)))
            case ListBlock():
                kind = "ol" if block.ordered else "ul"
                out.append(
                    (kind, *(f"{i.depth}:{''.join(s.text for s in i.spans)}" for i in block.items))
                )
            case BlockQuote():
                paragraphs = ("".join(s.text for s in para) for para in block.paragraphs)
                who = (f"— {block.attribution}",) if attribution else ()
                out.append(("quote", *paragraphs, *who))
            case Picture():
                out.append(("img", block.alt, block.caption, block.name))
    return out


def zip_helpers() -> ModuleType:
    """The safe_zip tests' helpers (zip writing and patching, ``JARGON`` a message must not
    hold), loaded from their file."""
    path = Path(__file__).resolve().parents[1] / "models" / "test_hostile_zip.py"
    spec = importlib.util.spec_from_file_location("hostile_zip_helpers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_text(publication: Publication) -> str:
    """Every visible text of the publication, one per line."""
    date = publication.publication_date
    out = [publication.title, publication.subtitle, publication.key_takeaways.lead]
    out.append(f"{date:%d-%m-%Y} {date.isoformat()}")
    out += list(publication.key_takeaways.items)
    for _, body in publication.iter_bodies():
        for block in body:
            match block.kind:
                case "paragraph" | "heading":
                    out.append(block.text)
                case "list":
                    for item in block.items:
                        out += [item.text, *item.items]
                case "figure":
                    out += [f"{i.alt} {i.caption}" for i in block.images]
    for _, block in publication.iter_blocks(parts=True):
        match block:
            case Section():
                out += [block.title, *block.takeaways]
                out += [f"{v.label} {v.access_note} {v.url or ''}" for v in block.videos]
            case Quote():
                out += [block.text, block.attribution]
            case _:
                out.append(block.title)
    for s in publication.speakers:
        out.append(f"{s.honorific} {s.name} {s.role} {s.connector or ''} {s.organisation} {s.note}")
    c = publication.colophon
    out += [c.organisation, c.visiting_address, c.postal_address, c.phone, c.version]
    out += [c.email or "", c.website or ""]
    out += [f"{credit.role} {' '.join(credit.names)}" for credit in c.credits]
    return "\n".join(richtext.plain_text(t) if t else "" for t in out)


#: Words that became a field, which the exports label themselves ("T 030…" is a phone).
LABELS = frozenset(
    {"publicatie", "datum", "t", "e", "versie", "colofon", "door", "by", "moderator", "panel"}
)


def missing_words(source: str, publication: Publication) -> list[str]:
    """Lines of ``source`` some word of which is nowhere in the publication."""
    have = set(re.findall(r"\w+", all_text(publication).casefold())) | LABELS
    return [
        line
        for line in source.split("\n")
        if any(word not in have for word in re.findall(r"\w+", line.casefold()))
    ]


def missing_sentences(source: str, publication: Publication) -> list[str]:
    """Sentences of the source's longer lines that are not in the publication verbatim."""
    have = " ".join(all_text(publication).split())
    return [s for s in sentences(source) if s not in have]


def sentences(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        line = " ".join(line.split()).lstrip("• ").strip()
        if len(line) < 60 or line.startswith("Door "):  # bylines, colophon: word by word
            continue
        yield from (s.strip() for s in re.split(r"(?<=[.?!])\s+", line) if s.strip())


def structure(publication: Publication) -> dict[str, object]:
    """What "equal in structure" compares: sections with their people and takeaways, the
    quotes between them, videos, key takeaways, speakers and the colophon."""
    blocks = []
    for _, block in publication.iter_blocks():
        if isinstance(block, Section):
            people = [(publication.speaker(p.speaker_id).name, p.role) for p in block.people]
            videos = [(v.label, v.access_note) for v in block.videos]
            blocks.append(("section", block.title, people, block.takeaways, videos))
        else:
            blocks.append(("quote", block.text, block.attribution))
    speakers = [
        (s.name, s.honorific, s.role, s.organisation, s.note, s.connector or None)
        for s in publication.speakers
    ]
    colophon = publication.colophon.model_dump(exclude={"note"})
    return {
        "title": publication.title,
        "date": publication.publication_date,
        "key_takeaways": publication.key_takeaways.model_dump(),
        "blocks": blocks,
        "speakers": speakers,
        "colophon": colophon,
    }
