"""Clipboard HTML (Word, LibreOffice, Google Docs, a web page) as blocks of rich-text spans.

A pasted text keeps what Podium's rich text can hold, bold, italic and links to http,
https and mailto addresses, and its paragraphs and list items; everything else goes:
fonts, colours, sizes, classes, images, scripts. A table becomes its text, a row per line.
Bold and italic come from the tags (``b``, ``strong``, ``i``, ``em``) and from inline
styles (``font-weight: 700``, ``font-style: italic``), which is how Google Docs and
LibreOffice mark them; a style can also switch a mark off (Google Docs wraps a whole paste
in ``<b style="font-weight:normal">``). Word writes list items as paragraphs with an
``mso-list`` style and a typed marker inside ``<![if !supportLists]>``; the marker tells
numbered from bulleted and is dropped.

A pasted list in a body paragraph becomes list blocks (:func:`paste_as_blocks`).

The HTML is parsed by selectolax's Lexbor engine, a real HTML5 parser, like the importer's
(:mod:`models.importing.html_reader`), walked with an explicit stack. No Qt here.

The parser and the importer's link rules are imported at the first HTML paste, not with
this module: every rich-text field imports it, and they would cost each start ~45 ms
(``tests/editor/test_startup_imports.py`` keeps them out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from editor.widgets.body_edits import FlatItem, nest
from models.body import ID_PREFIX
from models.richtext import Span
from models.richtext_writer import to_markdown
from models.types import drop_control_characters, new_id

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

ListKind = Literal["bulleted", "numbered"]

_SKIP = frozenset(
    {
        "script", "style", "head", "title", "meta", "link", "template", "noscript", "svg",
        "math", "iframe", "object", "embed", "img", "picture", "canvas", "audio", "video",
        "select", "button", "input", "textarea", "map", "dialog", "frameset", "frame",
        "applet",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "address", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "figure", "figcaption", "pre", "table", "thead", "tbody", "tfoot",
        "tr", "caption", "hr", "form", "fieldset", "legend", "details", "summary", "center",
        "br",
    }
)  # fmt: skip
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "dfn", "var"})
_CELL = frozenset({"td", "th"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_MSO_LEVEL = re.compile(r"mso-list:\s*\S+\s+level(\d+)", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]")
#: A list block may hold one level of sub-items (models.body.ListItem).
_MAX_LEVEL = 1


@dataclass(frozen=True)
class PastedBlock:
    """One pasted paragraph or list item: its spans, and for an item its list and level."""

    spans: tuple[Span, ...]
    list_kind: ListKind | None = None
    level: int = 0


@dataclass(frozen=True)
class _Marks:
    bold: bool = False
    italic: bool = False
    href: str | None = None


def clean_html(html: str) -> list[PastedBlock]:
    """The paragraphs and list items of ``html``, each as spans; empty ones are dropped."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    walker = _Walker()
    if root is not None:
        walker.walk(root)
    walker.flush()
    return walker.blocks


def plain_blocks(text: str) -> list[PastedBlock]:
    """Plain clipboard text as one block per line (tabs and spaces kept as typed)."""
    lines = drop_control_characters(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return [PastedBlock((Span(line),) if line else ()) for line in lines]


def _style(node: LexborNode) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in str(node.attributes.get("style") or "").split(";"):
        name, _, value = part.partition(":")
        if value:
            found[name.strip().lower()] = value.strip().lower()
    return found


def _weight_bold(value: str) -> bool | None:
    """What a ``font-weight`` says about bold; ``None`` when it says nothing clear."""
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    return int(value) >= 600 if value.isdigit() else None


class _Walker:
    """Walks the tree once, depth first, collecting blocks."""

    def __init__(self) -> None:
        self.blocks: list[PastedBlock] = []
        self._runs: list[tuple[_Marks, list[str]]] = []
        self._lists: list[ListKind] = []
        self._items: list[tuple[ListKind, int]] = []  # one per open <li> or Word item
        self._marker: list[str] | None = None  # collecting a Word list marker
        self._pre = 0

    def walk(self, root: LexborNode) -> None:
        stack: list[tuple[LexborNode, _Marks, bool]] = [(root, _Marks(), False)]
        while stack:
            node, marks, leaving = stack.pop()
            tag = node.tag or ""
            if leaving:
                self.leave(node, tag)
                continue
            if node.is_comment_node:
                self.comment(node.comment_content or "")
                continue
            if tag == "-text":
                self.text(node.text_content or "", marks)
                continue
            if tag.startswith("-") or tag in _SKIP:
                continue
            style = _style(node)
            if "mso-list" in style and style["mso-list"] == "ignore":
                self._marker = []  # newer Word: the marker is a span of its own
            inner = self.enter(node, tag, style, marks)
            stack.append((node, marks, True))
            children: list[LexborNode] = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, inner, False) for c in reversed(children))

    # -- structure --------------------------------------------------------------------------
    def enter(self, node: LexborNode, tag: str, style: dict[str, str], marks: _Marks) -> _Marks:
        if tag in _BLOCK:
            self.flush()
        match tag:
            case "ul" | "ol":
                self._lists.append("numbered" if tag == "ol" else "bulleted")
            case "li":
                level = min(max(len(self._lists) - 1, 0), _MAX_LEVEL)
                kind = self._lists[-1] if self._lists else "bulleted"
                aria = str(node.attributes.get("aria-level") or "")
                if aria.isdigit():  # Google Docs says the level outright
                    level = min(max(int(aria) - 1, 0), _MAX_LEVEL)
                self._items.append((kind, level))
            case "p" if "mso-list" in style:
                found = _MSO_LEVEL.search(f"mso-list:{style['mso-list']}")
                level = min(int(found.group(1)) - 1, _MAX_LEVEL) if found else 0
                self._items.append(("bulleted", max(level, 0)))
            case "pre":
                self._pre += 1
        return self._marks(node, tag, style, marks)

    def _marks(self, node: LexborNode, tag: str, style: dict[str, str], marks: _Marks) -> _Marks:
        bold, italic, href = marks.bold, marks.italic, marks.href
        if tag in _BOLD or tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th"):
            bold = tag in _BOLD  # headings and header cells are plain text here
        if tag in _ITALIC:
            italic = True
        weight = _weight_bold(style.get("font-weight", ""))
        if weight is not None:
            bold = weight
        font_style = style.get("font-style", "")
        if font_style in ("italic", "oblique"):
            italic = True
        elif font_style == "normal":
            italic = False
        if tag == "a":
            from models.importing import links  # at the first link: see the module docstring

            href, _unresolved = links.resolve(str(node.attributes.get("href") or ""))
        return _Marks(bold, italic, href)

    def leave(self, node: LexborNode, tag: str) -> None:
        if tag in _BLOCK or (tag == "p" and "mso-list" in _style(node)):
            self.flush()
        match tag:
            case "ul" | "ol":
                if self._lists:
                    self._lists.pop()
            case "li":
                if self._items:
                    self._items.pop()
            case "p" if "mso-list" in _style(node):
                if self._items:
                    self._items.pop()
            case "pre":
                self._pre -= 1
            case "td" | "th":
                self.add(" ", _Marks())
        if self._marker is not None and _style(node).get("mso-list") == "ignore":
            self.end_marker()

    def comment(self, content: str) -> None:
        """Word's ``<![if !supportLists]>`` … ``<![endif]>`` holds a list marker."""
        content = content.strip().lower()
        if content.startswith("[if !supportlists]"):
            self._marker = []
        elif content.startswith("[endif]") and self._marker is not None:
            self.end_marker()

    def end_marker(self) -> None:
        marker, self._marker = "".join(self._marker or ()), None
        if self._items and _NUMBER.match(marker):
            self._items[-1] = ("numbered", self._items[-1][1])

    # -- text -------------------------------------------------------------------------------
    def text(self, text: str, marks: _Marks) -> None:
        if self._marker is not None:
            self._marker.append(text)
            return
        self.add(text if self._pre else _SPACE.sub(" ", text), marks)

    def add(self, text: str, marks: _Marks) -> None:
        text = drop_control_characters(text)
        if not text:
            return
        if self._runs and self._runs[-1][0] == marks:
            self._runs[-1][1].append(text)
        else:
            self._runs.append((marks, [text]))

    def flush(self) -> None:
        """End the block being collected (a paragraph, or an item of the innermost list)."""
        runs, self._runs = self._runs, []
        item = self._items[-1] if self._items else None
        parts = [(marks, "".join(texts)) for marks, texts in runs]
        if not "".join(text for _, text in parts).strip():
            return
        if not self._pre:  # white space at a block's edges is the HTML's layout
            while parts and not parts[0][1].strip():
                parts.pop(0)
            while parts and not parts[-1][1].strip():
                parts.pop()
            parts[0] = (parts[0][0], parts[0][1].lstrip())
            parts[-1] = (parts[-1][0], parts[-1][1].rstrip())
            parts = [(m, t) for m, t in parts if t]
            joined: list[tuple[_Marks, str]] = []
            for marks, text in parts:  # "a " + " b" is one space in HTML
                if joined and joined[-1][1].endswith(" ") and text.startswith(" "):
                    text = text.lstrip(" ")
                if text:
                    joined.append((marks, text))
            parts = joined
        spans = tuple(Span(text, marks.bold, marks.italic, marks.href) for marks, text in parts)
        kind, level = item if item is not None else (None, 0)
        self.blocks.append(PastedBlock(spans, kind, level))


def paste_as_blocks(
    record: dict[str, Any], before: str, pasted: Sequence[PastedBlock], after: str
) -> list[dict[str, Any]]:
    """Body blocks for a paste that holds a list, made in the paragraph ``record``.

    The paragraph keeps its id and its text before the paste (it goes when that is empty);
    then come the pasted paragraphs and lists, a list per run of items of one kind, level-1
    items as sub-items; then the paragraph's text after the paste. New blocks take the
    paragraph's language.
    """
    language = record.get("language")
    blocks: list[dict[str, Any]] = []
    if before.strip():
        blocks.append({**record, "text": before.strip()})
    rows: list[FlatItem] = []
    kind: ListKind | None = None

    def end_list() -> None:
        if rows:
            blocks.append(
                {
                    "kind": "list",
                    "id": new_id(ID_PREFIX["list"]),
                    "ordered": kind == "numbered",
                    "items": nest(rows),
                    "language": language,
                }
            )
            rows.clear()

    for block in pasted:
        text = to_markdown(block.spans).strip()
        if not text:
            continue
        if block.list_kind != kind or block.list_kind is None:
            end_list()
            kind = block.list_kind
        if block.list_kind is None:
            blocks.append(_paragraph(text, language))
        else:
            rows.append((block.level, text))
    end_list()
    if after.strip():
        blocks.append(_paragraph(after.strip(), language))
    return blocks


def _paragraph(text: str, language: object) -> dict[str, Any]:
    return {
        "kind": "paragraph",
        "id": new_id(ID_PREFIX["paragraph"]),
        "text": text,
        "language": language,
    }
