"""Word documents (``.docx``): paragraphs with their styles, runs, lists, links and images.

Read: heading styles (``Heading 1``… and any style with an outline level) as headings;
the Title and Subtitle styles as the publication's title and subtitle; Quote styles as
block quotes; the Caption style as the caption of the image before it; numbering (lists,
with their levels, bulleted or numbered by the format of their first level); bold and
italic runs; hyperlinks through the document's relationships; images in ``word/media``
through the same relationships. Text in tables and text boxes is read in document order.
The walk over the XML uses an explicit stack: a document can nest ten thousand tables.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from typing import BinaryIO

from models.importing import links
from models.importing.containers import Container, open_container
from models.importing.document import (
    Document,
    Heading,
    Item,
    Meta,
    Para,
    Picture,
    Spans,
)
from models.importing.errors import MAX_BLOCKS, SourceRefused, too_many_paragraphs
from models.importing.flow import DocumentWalk
from models.importing.inline_builder import Inline
from models.importing.notes import Note
from models.message import message

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
V = "{urn:schemas-microsoft-com:vml}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOCUMENT = "word/document.xml"
XML_PARTS = frozenset(
    {DOCUMENT, "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"}
)
_ORDERED_FORMATS = frozenset(
    {"decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "decimalZero"}
)
_OFF = frozenset({"0", "false", "off", "none"})
_NO_LEVEL = 0  # the level of a style that is not a heading (never read)
_PLAIN = ("", _NO_LEVEL)  # what a paragraph in an unknown style is
_NO_TARGET = ("", False)  # an unknown relationship: no target, inside the file


def read_docx(stream: BinaryIO, base: str = "") -> Document:  # pragma: no mutate (see below)
    """The Word document in ``stream`` as the intermediate; ``base`` resolves relative links.
    (Any default that is not an absolute address resolves nothing, as "" does.)"""
    with open_container(stream, XML_PARTS) as archive:
        container = Container(archive)
        root = container.xml(DOCUMENT)
        if root is None:
            raise SourceRefused(message("this is not a Word document (no word/document.xml)"))
        reader = _Reader(container)
        reader.base = base
        body = root.find(f"{W}body")
        if body is not None:
            reader.walk(body)
        reader.end_run()
        return Document(tuple(reader.blocks), reader.meta(), tuple(reader.notes))


def _val(element: ET.Element | None, name: str = "val") -> str:
    return "" if element is None else element.get(f"{W}{name}", "")


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    """The first ``w:name`` child of ``element``, or ``None``."""
    return None if element is None else element.find(f"{W}{name}")


def _on(element: ET.Element | None) -> bool:
    return element is not None and _val(element) not in _OFF


class _Reader(DocumentWalk):
    base = ""

    def __init__(self, container: Container) -> None:
        super().__init__()
        self.container = container
        self.styles = _styles(container.xml("word/styles.xml"))
        self.formats = _numbering(container.xml("word/numbering.xml"))
        self.rels = _relationships(container.xml("word/_rels/document.xml.rels"))

    # ------------------------------------------------------------------ walking

    def walk(self, body: ET.Element) -> None:
        """Every paragraph in document order, tables and text boxes included."""
        stack = [body]
        while stack:
            element = stack.pop()
            if element.tag == f"{W}p":
                self.paragraph(element, stack)
            else:
                stack.extend(reversed(list(element)))

    def paragraph(self, p: ET.Element, stack: list[ET.Element]) -> None:
        inline = Inline()
        pictures: list[Picture] = []
        alt = ""  # the description of the drawing being read (its docPr comes before its blip)
        nested: list[ET.Element] = []
        todo: list[tuple[ET.Element, bool]] = [(child, False) for child in reversed(list(p))]
        while todo:
            element, leaving = todo.pop()
            tag = element.tag
            if leaving:  # only a hyperlink is left on purpose: its link ends
                inline.links.pop()
                continue
            if tag == f"{W}p":  # a text box's paragraph: read after this one
                nested.append(element)
                continue
            if tag == f"{W}pPr" or tag == f"{W}rPr":
                continue
            if tag == f"{W}r":
                props = element.find(f"{W}rPr")
                inline.bold = int(_on(_child(props, "b")))
                inline.italic = int(_on(_child(props, "i")))
            elif tag == f"{W}t":
                inline.add(element.text or "")
            elif tag == f"{W}tab":
                inline.add(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                inline.add("\n")
            elif tag == f"{W}hyperlink":
                inline.links.append(self.link(element.get(f"{R}id")))
                todo.append((element, True))
            elif tag in (f"{W}drawing", f"{W}pict"):
                alt = ""
            elif tag == f"{WP}docPr":
                alt = (element.get("descr") or element.get("title") or "").strip()
            elif tag in (f"{A}blip", f"{V}imagedata"):
                picture = self.picture(element, alt)
                if picture is not None:
                    pictures.append(picture)
                continue
            todo.extend((child, False) for child in reversed(list(element)))
        self.add(p, inline.take())
        for picture in pictures:
            self.end_run()
            self.blocks.append(picture)
        stack.extend(reversed(nested))
        if len(self.blocks) + len(self.items) > MAX_BLOCKS:
            raise too_many_paragraphs(MAX_BLOCKS)

    # ------------------------------------------------------------------ one paragraph

    def add(self, p: ET.Element, spans: Spans) -> None:
        props = p.find(f"{W}pPr")
        kind, level = self.styles.get(_val(_child(props, "pStyle")), _PLAIN)
        number = _child(props, "numPr")
        if not spans:
            return
        text = "".join(s.text for s in spans).strip()
        if kind == "title":
            self.title.append(text)
            return
        if kind == "subtitle":
            self.subtitle.append(text)
            return
        if kind == "caption" and self.blocks and isinstance(self.blocks[-1], Picture):
            last = self.blocks[-1]
            if not last.caption and not self.items and not self.quote:
                self.blocks[-1] = Picture(last.alt, last.data, last.url, text, last.name)
                return
        if _val(_child(number, "numId")) not in ("", "0"):
            self.list_item(number, spans)
            return
        if kind == "list":
            self.list_item(None, spans)
            return
        if kind == "quote":
            self.end_list()
            self.quote.append(spans)
            return
        self.end_run()
        self.blocks.append(Heading(level, spans) if kind == "heading" else Para(spans))

    def list_item(self, number: ET.Element | None, spans: Spans) -> None:
        self.end_quote()
        depth = 0
        ordered = False
        if number is not None:
            raw = _val(_child(number, "ilvl"))
            depth = int(raw) if raw.isdigit() and len(raw) < 3 else 0
            ordered = self.formats.get(_val(_child(number, "numId")), False)
        if not self.items:
            self.ordered = ordered
        self.items.append(Item(spans, depth))

    # ------------------------------------------------------------------ links and images

    def link(self, rel_id: str | None) -> str | None:
        target, external = self.rels.get(rel_id, _NO_TARGET)
        if not external:
            return None
        url, unresolved = links.resolve(target, self.base)
        if unresolved:
            self.notes.append(Note("relative_link", {"target": target}))
        return url

    def picture(self, blip: ET.Element, alt: str) -> Picture | None:
        """The picture ``blip`` shows, described by ``alt``; ``None`` if it cannot be had."""
        rel_id = blip.get(f"{R}embed") or blip.get(f"{R}id") or blip.get(f"{R}link")
        target, external = self.rels.get(rel_id, _NO_TARGET)
        if not target:
            return None
        if external:
            url, _ = links.resolve(target)
            return Picture(alt=alt, url=url or target[:500], name=target[:200])
        if target.startswith("/"):  # from the top of the file
            name = posixpath.relpath(target, "/")
        else:
            name = posixpath.normpath(posixpath.join("word", target))
        data = self.container.image(name)
        if data is None:
            self.notes.append(Note("image_missing", {"name": target[:200]}))
            return None
        return Picture(alt=alt, data=data, name=posixpath.basename(name))

    def meta(self) -> Meta:
        return Meta(title=" ".join(self.title), subtitle=" ".join(self.subtitle))


def _styles(root: ET.Element | None) -> dict[str, tuple[str, int]]:
    """Style id → (what it is: heading, title, subtitle, quote, caption, list; level)."""
    found: dict[str, tuple[str, int]] = {}
    if root is None:
        return found
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if not style_id:  # nothing can refer to it (and "" is a paragraph without a style)
            continue
        name = _val(_child(style, "name")).strip().lower()
        outline = _val(_child(_child(style, "pPr"), "outlineLvl"))
        if name.startswith("heading ") and name[8:].isdigit():
            found[style_id] = ("heading", int(name[8:]))
        elif name in ("title", "subtitle", "caption"):
            found[style_id] = (name, _NO_LEVEL)
        elif name in ("quote", "intense quote", "block text"):
            found[style_id] = ("quote", _NO_LEVEL)
        elif name.startswith(("list bullet", "list number")):
            found[style_id] = ("list", _NO_LEVEL)
        elif outline.isdigit() and len(outline) == 1 and int(outline) < 9:
            found[style_id] = ("heading", int(outline) + 1)
    return found


def _numbering(root: ET.Element | None) -> dict[str, bool]:
    """Numbering id → whether its first level counts (numbered) or bullets."""
    if root is None:
        return {}
    abstract: dict[str, bool] = {}
    for definition in root.iter(f"{W}abstractNum"):
        number_format = _val(_child(_child(definition, "lvl"), "numFmt"))
        abstract[_val(definition, "abstractNumId")] = number_format in _ORDERED_FORMATS
    return {
        _val(num, "numId"): abstract.get(_val(_child(num, "abstractNumId")), False)
        for num in root.iter(f"{W}num")
    }


def _relationships(root: ET.Element | None) -> dict[str | None, tuple[str, bool]]:
    """Relationship id → (target, whether it is outside the document)."""
    if root is None:
        return {}
    return {
        rel.get("Id"): (rel.get("Target", ""), rel.get("TargetMode") == "External")
        for rel in root.iter(f"{PR}Relationship")
    }
