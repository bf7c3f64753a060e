"""Markdown with YAML front matter, read through markdown-it-py's block tokens.

The token stream is flat (nesting shows as open/close pairs), so reading it never recurses;
markdown-it stops nesting blocks at twenty levels and deeper markers stay text. Raw HTML
blocks go through the HTML reader, so a ``<script>`` in Markdown is dropped like one in a
web page; inline tags are dropped and the text between them kept.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from models.importing import front_matter, html_reader, links
from models.importing.dates import parse_date
from models.importing.document import Document, Meta, Span
from models.importing.flow import Flow
from models.importing.inline_builder import Inline
from models.importing.notes import Note

#: Indentation beyond this is cut: it only serves nesting deeper than markdown-it goes,
#: and ten thousand indented lines made its list rule quadratic (seconds per megabyte).
_MAX_INDENT = 64
_INDENT = re.compile(rf"^[ \t]{{{_MAX_INDENT + 1},}}", re.MULTILINE)
_BASE_KEYS = ("base", "base_url", "baseurl", "url", "canonical", "canonical_url", "permalink")
_USED_KEYS = {"title", "subtitle", "date", "lang", "language", *_BASE_KEYS}


def read_markdown(
    text: str,
    base: str = "",  # pragma: no mutate (any base that is no URL answers as no base does)
) -> Document:
    """``text`` (decoded) as the intermediate; ``base`` resolves relative links when the
    front matter names no base of its own."""
    fields, ignored, body = front_matter.split(text)
    found = (links.base_address(fields[k]) for k in _BASE_KEYS if fields.get(k))
    base = next((b for b in found if b), base)
    notes = [Note("front_matter_unread", {"line": line}) for line in ignored]
    notes += [
        Note("front_matter_unused", {"key": key, "value": value})
        for key, value in fields.items()
        if key not in _USED_KEYS
    ]
    date = fields.get("date", "")
    meta = Meta(
        title=fields.get("title", ""),
        subtitle=fields.get("subtitle", ""),
        date=parse_date(date),
        language=fields.get("lang", fields.get("language", "")),
    )
    if date and meta.date is None:
        notes.append(Note("front_matter_date", {"value": date}))
    reader = _Reader(base)
    for token in MarkdownIt("commonmark").parse(_INDENT.sub(" " * _MAX_INDENT, body)):
        reader.token(token)
    return Document(tuple(reader.flow.finish()), meta, (*notes, *reader.notes))


class _Reader:
    """Hands markdown-it's tokens to a :class:`Flow`."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.flow = Flow()
        self.notes: list[Note] = []
        self.heading = 0  # pragma: no mutate (None: Flow.text reads only its truth)

    def token(self, token: Token) -> None:
        flow = self.flow
        match token.type:
            case "heading_open":
                self.heading = int(token.tag[1:])  # markdown-it's tags are h1 to h6
            case "heading_close":
                self.heading = 0  # pragma: no mutate (None: Flow.text reads only its truth)
            case "bullet_list_open" | "ordered_list_open":
                flow.open_list(token.type == "ordered_list_open")
            case "bullet_list_close" | "ordered_list_close":
                flow.close_list()
            case "list_item_open":
                flow.open_item()
            case "list_item_close":
                flow.close_item()
            case "blockquote_open":
                flow.open_quote()
            case "blockquote_close":
                flow.close_quote()
            case "inline":
                self.inline(token)
            case "fence" | "code_block":
                flow.text((Span(token.content.rstrip("\n")),))
            case "html_block":
                fragment = html_reader.read_html(token.content, self.base, fragment=True)
                self.notes.extend(fragment.notes)
                for block in fragment.blocks:
                    flow.block(block)

    def inline(self, token: Token) -> None:
        inline = Inline()
        pictures = []
        for child in token.children or []:
            match child.type:
                case "text" | "code_inline":
                    inline.add(child.content)
                case "softbreak" | "hardbreak":
                    inline.add("\n")
                case "strong_open":
                    inline.bold += 1
                case "strong_close":
                    inline.bold -= 1
                case "em_open":
                    inline.italic += 1
                case "em_close":
                    inline.italic -= 1
                case "link_open":
                    inline.links.append(self.link(str(child.attrs["href"])))
                case "link_close":
                    if inline.links:
                        inline.links.pop()
                case "image":
                    alt = "".join(c.content for c in child.children or []) or child.content
                    src = str(child.attrs["src"])  # markdown-it gives every image one
                    pictures.append(html_reader.picture(src, alt, self.base))
        self.flow.text(inline.take(), self.heading)
        for picture in pictures:
            self.flow.picture(picture)

    def link(self, href: str) -> str | None:
        url, unresolved = links.resolve(href, self.base)
        if unresolved:
            self.notes.append(Note("relative_link", {"target": href}))
        return url
