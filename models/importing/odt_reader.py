"""OpenDocument text (``.odt``): headings, paragraphs, lists, spans, links and images.

Read: ``text:h`` with its outline level as headings (and paragraphs whose style has an
outline level); the Title and Subtitle paragraph styles as the publication's title and
subtitle, else ``dc:title`` from meta.xml; quotation styles as block quotes (an attribution
style names who said it); caption styles
as the caption of the image they hold or follow; ``text:list`` with its nesting, bulleted or
numbered by its list style's first level; bold and italic from the styles of spans (and the
direct formatting of a whole paragraph); ``text:a`` links; ``draw:frame`` images from
``Pictures/`` (or inline base64). Tables, sections, text boxes and notes are read in
document order. The walks use explicit stacks: a document can nest ten thousand lists.
"""

from __future__ import annotations

import base64
import binascii
import posixpath
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import BinaryIO

from models import images
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
from models.importing.errors import MAX_BLOCKS, MAX_IMAGE_BYTES, SourceRefused, too_many_paragraphs
from models.importing.flow import DocumentWalk, quote_from
from models.importing.inline_builder import Inline
from models.importing.notes import Note
from models.message import message

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "content.xml"
XML_PARTS = frozenset({CONTENT, "styles.xml", "meta.xml", "META-INF/manifest.xml"})

#: Elements whose content is not part of the text: deletions kept for change tracking,
#: comments, declarations, generated indexes (their entries repeat the headings).
_SKIP = frozenset(
    {
        f"{TEXT}tracked-changes",
        f"{OFFICE}annotation",
        f"{OFFICE}annotation-end",
        f"{TEXT}sequence-decls",
        f"{TEXT}variable-decls",
        f"{TEXT}user-field-decls",
        f"{OFFICE}forms",
        f"{TEXT}table-of-content",
        f"{TEXT}note-citation",
        f"{SVG}title",
        f"{SVG}desc",
    }
)
_PARAGRAPHS = frozenset({f"{TEXT}p", f"{TEXT}h"})
#: Quotation styles: LibreOffice's "Quotations", Word's "Quote", "Block Quotation",
#: generated names such as docutils' "rststyle-blockquote".
_QUOTE = re.compile(r"(?:^|[\s_-]|block)quot(?:e|es|ation|ations)$")
_ATTRIBUTION = re.compile(r"(?:^|[\s_-])attribution$")
_CAPTION = re.compile(r"(?:^|[\s_-])caption$")
_CAPTIONS = frozenset({"illustration", "figure"})
_BOLD = frozenset({"bold", "600", "700", "800", "900"})
_MAX_CHAIN = 32  # parent styles followed; a cycle or a hostile chain ends here
_NOT_HEADING = 0  # the level kind() gives a paragraph that is not a heading
_LEAVE_LIST: tuple[None, int] = (None, -1)  # on the walk's stack: an outer list ends here


@dataclass(frozen=True, slots=True)
class _Style:
    """What the reader needs of one style: its parent, name, outline level and marks."""

    parent: str | None
    name: str
    outline: int
    bold: bool | None
    italic: bool | None
    automatic: bool


def read_odt(stream: BinaryIO, base: str = "") -> Document:  # pragma: no mutate (see below)
    """The OpenDocument text in ``stream`` as the intermediate; ``base`` resolves relative
    links. (Any default that is not an absolute address resolves nothing, as "" does.)"""
    with open_container(stream, XML_PARTS) as archive:
        container = Container(archive)
        root = container.xml(CONTENT)
        if root is None:
            raise SourceRefused(message("this is not an OpenDocument text (no content.xml)"))
        body = root.find(f"{OFFICE}body/{OFFICE}text")
        if body is None:
            raise SourceRefused(
                message("this is not an OpenDocument text (it holds no text document)")
            )
        common = container.xml("styles.xml")
        reader = _Reader(container, root, common)
        reader.base = base
        reader.walk(body)
        reader.end_run()
        return Document(
            tuple(reader.blocks), reader.meta(container.xml("meta.xml")), tuple(reader.notes)
        )


class _Reader(DocumentWalk):
    base = ""

    def __init__(
        self, container: Container, content: ET.Element, common: ET.Element | None
    ) -> None:
        super().__init__()
        self.container = container
        self.styles: dict[str, _Style] = {}
        self.list_styles: dict[str | None, bool] = {}
        for root, automatic in ((common, False), (content, True)):
            if root is not None:
                self._read_styles(root, automatic)

    # ------------------------------------------------------------------ styles

    def _read_styles(self, root: ET.Element, automatic: bool) -> None:
        for style in root.iter(f"{STYLE}style"):
            name = style.get(f"{STYLE}name")
            if not name:  # nothing can refer to it
                continue
            props = style.find(f"{STYLE}text-properties")
            weight = props.get(f"{FO}font-weight") if props is not None else None
            slant = props.get(f"{FO}font-style") if props is not None else None
            self.styles[name] = _Style(
                parent=style.get(f"{STYLE}parent-style-name"),
                name=_readable(style.get(f"{STYLE}display-name") or name),
                outline=_level(style.get(f"{STYLE}default-outline-level")) or _NOT_HEADING,
                bold=None if weight is None else weight in _BOLD,
                italic=None if slant is None else slant in ("italic", "oblique"),
                automatic=automatic,
            )
        for list_style in root.iter(f"{TEXT}list-style"):
            levels = [level for level in list_style if level.get(f"{TEXT}level", "1") == "1"]
            first = levels[0] if levels else next(iter(list_style), None)
            ordered = (
                first is not None
                and first.tag == f"{TEXT}list-level-style-number"
                and first.get(f"{STYLE}num-format", "") != ""
            )
            self.list_styles[list_style.get(f"{STYLE}name")] = ordered

    def chain(self, name: str | None) -> list[_Style]:
        """The style ``name`` and its parents, nearest first."""
        found: list[_Style] = []
        while name and len(found) < _MAX_CHAIN:
            style = self.styles.get(name)
            if style is None:
                break
            found.append(style)
            name = style.parent
        return found

    def kind(self, name: str | None) -> tuple[str, int]:
        """What a paragraph style makes of a paragraph: heading (with level), title, …"""
        for style in self.chain(name):
            if style.name in ("title", "subtitle"):
                return style.name, _NOT_HEADING
            if _ATTRIBUTION.search(style.name):
                return "attribution", _NOT_HEADING
            if _QUOTE.search(style.name):
                return "quote", _NOT_HEADING
            if style.name in _CAPTIONS or _CAPTION.search(style.name):
                return "caption", _NOT_HEADING
            level = _level(style.name.removeprefix("heading "))
            if level is not None:
                return "heading", max(level, 1)
            if style.outline:
                return "heading", style.outline
        return "", _NOT_HEADING  # pragma: no mutate (a kind no branch names is plain text)

    def marks(self, name: str | None, *, automatic_only: bool = False) -> tuple[int, int]:
        """Whether the style ``name`` makes text bold and italic (1 or 0 each)."""
        bold: bool | None = None
        italic: bool | None = None
        for style in self.chain(name):
            if automatic_only and not style.automatic:
                break
            bold = style.bold if bold is None else bold
            italic = style.italic if italic is None else italic
        return int(bool(bold)), int(bool(italic))

    # ------------------------------------------------------------------ walking

    def walk(self, body: ET.Element) -> None:
        """Every paragraph in document order; ``depth`` is the list level, -1 outside lists."""
        stack: list[tuple[ET.Element | None, int]] = [(body, -1)]
        while stack:
            element, depth = stack.pop()
            if element is None:  # leaving a list that is not inside another
                self.end_list()
                continue
            tag = element.tag
            if tag in _PARAGRAPHS:
                self.paragraph(element, depth, stack)
            elif tag == f"{DRAW}frame":  # anchored to the page: a paragraph of its own
                wrapper = ET.Element(
                    f"{TEXT}p"  # pragma: no mutate (only ever compared with text:h)
                )
                wrapper.append(element)
                self.paragraph(wrapper, depth, stack)
            elif tag == f"{TEXT}list":
                if depth < 0:
                    self.end_run()
                    self.ordered = self.list_styles.get(element.get(f"{TEXT}style-name"), False)
                    stack.append(_LEAVE_LIST)
                stack.extend((child, depth + 1) for child in reversed(list(element)))
            elif tag not in _SKIP:
                stack.extend((child, depth) for child in reversed(list(element)))

    def paragraph(
        self, p: ET.Element, depth: int, stack: list[tuple[ET.Element | None, int]]
    ) -> None:
        style = p.get(f"{TEXT}style-name")
        kind, level = self.kind(style)
        inline = Inline()
        # A heading's weight is its style's, not emphasis (a title is read as plain text).
        if kind != "heading" and p.tag != f"{TEXT}h":
            inline.bold, inline.italic = self.marks(style, automatic_only=True)
        pictures: list[Picture] = []
        nested: list[ET.Element] = []
        inline.add(p.text or "")
        # (element, leaving, bold added, italic added, link opened)
        todo: list[tuple[ET.Element, bool, int, int, bool]] = []

        def enter(parent: ET.Element) -> None:
            todo.extend((child, False, 0, 0, False) for child in reversed(list(parent)))

        enter(p)
        while todo:
            element, leaving, bold, italic, linked = todo.pop()
            if leaving:
                inline.bold -= bold
                inline.italic -= italic
                if linked and inline.links:
                    inline.links.pop()
                inline.add(element.tail or "")
                continue
            tag = element.tag
            if tag in _PARAGRAPHS:  # inside a text box or a note: read after this one
                nested.append(element)
                inline.add(element.tail or "")
                continue
            if tag == f"{TEXT}s":
                count = element.get(f"{TEXT}c")
                inline.add(" " * (min(int(count), 100) if count and count.isdigit() else 1))
            elif tag == f"{TEXT}tab":
                inline.add(" ")
            elif tag == f"{TEXT}line-break":
                inline.add("\n")
            elif tag == f"{DRAW}frame":
                picture = self.picture(element)
                if picture is not None:
                    pictures.append(picture)
            elif tag == f"{DRAW}object" or tag == f"{DRAW}object-ole":
                self.notes.append(Note("embedded_object"))
            if tag in _SKIP or tag in (f"{DRAW}object", f"{DRAW}object-ole", f"{DRAW}image"):
                todo.append((element, True, 0, 0, False))
                continue
            if tag == f"{TEXT}span":
                bold, italic = self.marks(element.get(f"{TEXT}style-name"))
            elif tag == f"{TEXT}a":
                inline.links.append(self.link(element.get(f"{XLINK}href", "")))
                linked = True
            inline.bold += bold
            inline.italic += italic
            inline.add(element.text or "")
            todo.append((element, True, bold, italic, linked))
            enter(element)
        self.add(p, kind, level, depth, inline.take(), pictures)
        stack.extend((child, depth) for child in reversed(nested))
        if len(self.blocks) + len(self.items) > MAX_BLOCKS:
            raise too_many_paragraphs(MAX_BLOCKS)

    # ------------------------------------------------------------------ one paragraph

    def add(
        self,
        p: ET.Element,
        kind: str,
        level: int,
        depth: int,
        spans: Spans,
        pictures: list[Picture],
    ) -> None:
        text = "".join(s.text for s in spans).strip()
        if kind == "caption" and spans and len(pictures) == 1 and not pictures[0].caption:
            only = pictures[0]
            pictures = [Picture(only.alt, only.data, only.url, text, only.name)]
            spans = ()  # pragma: no mutate (None is as empty: only its truth is read below)
        if kind == "caption" and spans and not pictures and self._caption(text):
            return
        if spans:
            self._text(p, kind, level, depth, spans, text)
        for picture in pictures:
            self.end_run()
            self.blocks.append(picture)

    def _caption(self, text: str) -> bool:
        """``text`` made the caption of the image just before it, if there is one."""
        if not self.blocks or self.items or self.quote:
            return False
        last = self.blocks[-1]
        if not isinstance(last, Picture) or last.caption:
            return False
        self.blocks[-1] = Picture(last.alt, last.data, last.url, text, last.name)
        return True

    def _text(
        self, p: ET.Element, kind: str, level: int, depth: int, spans: Spans, text: str
    ) -> None:
        if kind in ("title", "subtitle"):
            (self.title if kind == "title" else self.subtitle).append(text)
            return
        if p.tag == f"{TEXT}h":
            own = _level(p.get(f"{TEXT}outline-level"))
            kind, level = "heading", max((level or 1) if own is None else own, 1)
        if kind == "heading":
            self.end_run()
            self.blocks.append(Heading(level, spans))
        elif depth >= 0:
            self.end_quote()
            self.items.append(Item(spans, depth))
        elif kind == "attribution" and self.quote:  # who said the quote before it
            self.blocks.append(quote_from(self.quote, text))
            self.quote = []
        elif kind in ("quote", "attribution"):
            self.end_list()
            self.quote.append(spans)
        else:
            self.end_run()
            self.blocks.append(Para(spans))

    # ------------------------------------------------------------------ links and images

    def link(self, href: str) -> str | None:
        url, unresolved = links.resolve(href, self.base)
        if unresolved:
            self.notes.append(Note("relative_link", {"target": href[:200]}))
        return url

    def picture(self, frame: ET.Element) -> Picture | None:
        """The image of ``frame``: the first of its images in an allowed format, else the
        first (which the mapping then refuses by name, with a report line)."""
        for tag in (f"{SVG}title", f"{SVG}desc"):
            found = frame.find(tag)
            alt = " ".join((found.text or "").split()) if found is not None else ""
            if alt:  # a blank title gives way to the description
                break
        candidates: list[Picture] = []
        for image in frame.findall(f"{DRAW}image"):
            picture = self.image(image, alt)
            if picture is None:
                continue
            if picture.data is not None and images.sniff(picture.data) is not None:
                return picture
            candidates.append(picture)
        return candidates[0] if candidates else None

    def image(self, image: ET.Element, alt: str) -> Picture | None:
        href = image.get(f"{XLINK}href", "").strip()
        if not href:
            binary = image.find(f"{OFFICE}binary-data")
            if binary is None:
                return None
            encoded = binary.text or ""
            if len(encoded) > MAX_IMAGE_BYTES // 3 * 4 + 4:
                self.notes.append(Note("embedded_image_too_large"))
                return None
            try:
                data = base64.b64decode("".join(encoded.split()), validate=True)
            except (binascii.Error, ValueError):
                self.notes.append(Note("embedded_image_damaged"))
                return None
            return Picture(alt=alt, data=data)
        if links.is_remote(href):
            return Picture(alt=alt, url=href[:500], name=href[:200])
        name = href.removeprefix("./")
        if name.startswith(("/", "../")) or ":" in name.split("/")[0]:  # a scheme or a drive
            return Picture(alt=alt, url=href[:500], name=href[:200])  # a file outside
        stored = self.container.image(posixpath.normpath(name))
        if stored is None:
            self.notes.append(Note("image_missing", {"name": href[:200]}))
            return None
        return Picture(alt=alt, data=stored, name=posixpath.basename(name))

    def meta(self, root: ET.Element | None) -> Meta:
        said = ""
        language = ""
        if root is not None:
            meta = root.find(f"{OFFICE}meta")
            if meta is not None:
                said = " ".join((meta.findtext(f"{DC}title") or "").split())
                language = (meta.findtext(f"{DC}language") or "").strip()[:20]
        title = " ".join(self.title) or said
        return Meta(title=title, subtitle=" ".join(self.subtitle), language=language)


def _level(raw: str | None) -> int | None:
    """A level written as one or two digits ("0" to "99"), else ``None``."""
    if raw is None or not raw.isdigit() or len(raw) > 2:
        return None
    return int(raw)


def _readable(name: str) -> str:
    """A style name as people say it: ``Heading_20_1`` → ``heading 1``."""
    return " ".join(name.replace("_20_", " ").split()).lower()
