"""Sources built by the tests: the seed text as Markdown, HTML and Word, a minimal .docx
writer (zipfile and XML strings), small images, and the checks that compare an import
with the built-in sample. Nothing large is committed; everything is made here."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image as PILImage

from models import Publication, richtext
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


def png(colour: tuple[int, int, int] = (0, 85, 127), size: tuple[int, int] = (8, 6)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------------------- checks


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
