"""Web pages, parsed by selectolax's Lexbor engine, a real HTML5 parser.

Lexbor was chosen after measuring (see ``benchmarks/import.py``'s notes in the README):
ten thousand nested ``<div>``s parse in about 0.2 s and 20 MB, where BeautifulSoup with
html5lib took 18 s and html.parser is not an HTML5 parser.

What never reaches a publication: ``<script>``, ``<style>``, ``<iframe>``, ``<object>``,
``<embed>``, ``<template>``, SVG and MathML are skipped with their content; attributes
(event handlers, ``style``) are never read except ``href``, ``src``, ``alt``, ``lang`` and
``content``; links keep only http, https and mailto targets. Images are kept as bytes only
when they are ``data:`` URIs (then checked like any project image by the mapping); every
other address is listed for the report and never fetched. The walk uses an explicit stack.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes

from selectolax.lexbor import LexborHTMLParser, LexborNode

from models.importing import links
from models.importing.dates import parse_date
from models.importing.document import Document, Meta, Picture
from models.importing.errors import MAX_IMAGE_BYTES, SourceRefused
from models.importing.flow import Flow
from models.importing.inline_builder import Inline
from models.importing.notes import Note
from models.message import message

_SKIP = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math",
        "head", "select", "button", "textarea", "canvas", "frameset", "frame", "applet",
        "link", "meta", "audio", "video", "source", "track", "map", "input", "dialog", "title",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "aside", "nav", "address",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "figure", "figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "hr", "form", "fieldset", "legend", "details", "summary", "body", "center",
        "footer", "html",
    }
)  # fmt: skip
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "dfn", "var"})
_SPACE = re.compile(r"\s+")
_DATE_META = ("date", "dcterms.date", "dc.date", "article:published_time", "pubdate")


def read_html(
    text: str,
    base: str = "",  # pragma: no mutate (any base that is no URL answers as no base does)
    *,
    fragment: bool = False,
) -> Document:
    """``text`` (decoded) as the intermediate; ``fragment`` for HTML inside Markdown."""
    tree = LexborHTMLParser(text)
    meta = Meta() if fragment else _meta(tree)
    if not fragment:
        found = tree.css_first("base[href]")  # pragma: no mutate (Lexbor ignores the case)
        if found is not None:
            href = found.attributes.get("href") or ""  # pragma: no mutate (no URL either way)
            base = links.base_address(str(href)) or base
    walker = _Walker(base)
    if tree.body is not None:
        walker.walk(tree.body)
    return Document(tuple(walker.flow.finish()), meta, tuple(walker.notes))


def _meta(tree: LexborHTMLParser) -> Meta:
    title_node = tree.css_first("title")  # pragma: no mutate (Lexbor ignores the case)
    title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    date = None
    for node in tree.css("meta[content]"):  # pragma: no mutate (Lexbor ignores the case)
        key = node.attributes.get("name") or node.attributes.get("property")
        if key is not None and key.lower() in _DATE_META:
            content = node.attributes.get("content") or ""  # pragma: no mutate (no date either way)
            date = parse_date(content[:10])
            if date is not None:
                break
    html = tree.css_first("html[lang]")  # pragma: no mutate (Lexbor ignores the case)
    language = str(html.attributes.get("lang") or "") if html is not None else ""
    return Meta(title=title, date=date, language=language)


class _Walker:
    """Walks the body once, depth first, with an explicit stack."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.flow = Flow()
        self.inline = Inline()
        self.notes: list[Note] = []
        self.headings: list[int] = []
        self.pre = 0
        self.footer: list[str] | None = None  # the text of a quote's footer or a figcaption
        self.footer_to = self.flow.caption  # pragma: no mutate (set before it is read)
        self.quotes = 0

    def walk(self, root: LexborNode) -> None:
        stack: list[tuple[LexborNode, str | None]] = [(root, None)]  # (node, tag when leaving)
        while stack:
            node, leaving = stack.pop()
            if leaving is not None:
                self.leave(leaving)
                continue
            tag = node.tag or ""  # pragma: no mutate (a node without a name matches no tag)
            if tag == "-text":
                self.add_text(node.text())
                continue
            if tag in _SKIP:  # a comment ("-comment") has no children and matches no tag
                continue
            self.enter(node, tag)
            stack.append((node, tag))
            children: list[LexborNode] = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, None) for c in reversed(children))

    def add_text(self, text: str) -> None:
        self.put(text if self.pre else _SPACE.sub(" ", text))

    def put(self, text: str) -> None:
        """``text`` to the footer being collected, or else to the running text."""
        if self.footer is not None:
            self.footer.append(text)
        else:
            self.inline.add(text)

    def enter(self, node: LexborNode, tag: str) -> None:
        if tag in _BLOCK:
            self.boundary()
        match tag:
            case "ul" | "ol":
                self.flow.open_list(tag == "ol")
            case "li":
                self.flow.open_item()
            case "blockquote":
                self.flow.open_quote()
                self.quotes += 1
            case "footer" if self.quotes:
                self.footer, self.footer_to = [], self.flow.attribution
            case "figcaption":
                self.footer, self.footer_to = [], self.flow.caption
            case "h1" | "h2" | "h3" | "h4" | "h5" | "h6":
                self.headings.append(int(tag[1]))
            case "pre":
                self.pre += 1
            case "br":
                self.put("\n")
            case "a":
                self.inline.links.append(self.link(str(node.attributes.get("href") or "")))
            case "img":
                self.boundary()
                src = str(node.attributes.get("src") or "")
                self.flow.picture(picture(src, str(node.attributes.get("alt") or ""), self.base))
        if tag in _BOLD:
            self.inline.bold += 1
        if tag in _ITALIC:
            self.inline.italic += 1

    def leave(self, tag: str) -> None:
        if tag in _BLOCK:
            self.boundary()
        match tag:
            case "ul" | "ol":
                self.flow.close_list()
            case "li":
                self.flow.close_item()
            case "blockquote":
                self.flow.close_quote()
                self.quotes -= 1
            case "footer" | "figcaption" if self.footer is not None:
                footer, self.footer = self.footer, None
                self.footer_to("".join(footer))
            case "h1" | "h2" | "h3" | "h4" | "h5" | "h6":
                if self.headings:
                    self.headings.pop()
            case "pre":
                self.pre -= 1
            case "a":
                if self.inline.links:
                    self.inline.links.pop()
        if tag in _BOLD:
            self.inline.bold -= 1
        if tag in _ITALIC:
            self.inline.italic -= 1

    def boundary(self) -> None:
        """A block starts or ends: the text so far is one block."""
        if self.footer is not None:
            return
        self.flow.text(self.inline.take(), self.headings[-1] if self.headings else 0)

    def link(self, href: str) -> str | None:
        url, unresolved = links.resolve(href, self.base)
        if unresolved:
            self.notes.append(Note("relative_link", {"target": href}))
        return url


def picture(src: str, alt: str, base: str) -> Picture:
    """An image from its address: ``data:`` bytes decoded, anything else only named."""
    alt = _SPACE.sub(" ", alt).strip()
    src = src.strip()
    if src[:5].lower() == "data:":
        return Picture(alt=alt, data=data_uri(src), name="an embedded image")
    url, _ = links.resolve(src, base)
    if url is not None and links.is_remote(url):
        return Picture(alt=alt, url=url, name=url)
    return Picture(alt=alt, url=src[:500], name=src[:200])


def data_uri(src: str) -> bytes:
    """The bytes of a ``data:`` URI, bounded before decoding; ``b""`` when it is broken."""
    header, _, payload = src.partition(",")
    # Base64 spends four characters on three bytes; four more allow for padding.
    if 3 * (len(payload) - 4) > 4 * MAX_IMAGE_BYTES:
        raise SourceRefused(message("an embedded image is larger than 64 MiB"))
    try:
        if header.lower().endswith(";base64"):
            # b64decode skips characters outside the alphabet (its default, validate=False).
            return base64.b64decode("".join(payload.split()))
        return unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return b""
