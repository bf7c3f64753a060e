"""The intermediate every reader produces and the one mapping reads: a flat document.

Pandoc-like in what it holds (headings, paragraphs, lists, quotes, images, links,
emphasis), but flat in how it holds it: inline text is a run of :class:`Span` objects
rather than a tree, and a list item carries its depth rather than a nested list. A hostile
source nests ten thousand lists or ``<div>``s deep; a flat shape has no depth to overflow,
so neither the readers nor the mapping ever recurse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.importing.notes import Note


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with the same marks; ``href`` is an allowed link target or ``None``.

    A ``"\\n"`` inside ``text`` is a line break the source made on purpose (an address
    block); the mapping joins such lines with a space where only a paragraph fits.
    """

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


Spans = tuple[Span, ...]


def plain(spans: Spans) -> str:
    """The visible text of ``spans``."""
    return "".join(span.text for span in spans)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; ``level`` 1 is the highest, as in HTML and Word."""

    level: int
    spans: Spans


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph."""

    spans: Spans


@dataclass(frozen=True, slots=True)
class Item:
    """One list item; ``depth`` 0 is the outer level."""

    spans: Spans
    depth: int = 0


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list: its items in order, each with its depth."""

    ordered: bool
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class BlockQuote:
    """A quotation: its paragraphs and, when the source says, who said it."""

    paragraphs: tuple[Spans, ...]
    attribution: str = ""


@dataclass(frozen=True, slots=True)
class Picture:
    """An image where it stands: its bytes, or a remote address that is never fetched."""

    alt: str = ""
    data: bytes | None = None
    url: str = ""
    caption: str = ""
    name: str = ""


Block = Heading | Para | ListBlock | BlockQuote | Picture


@dataclass(frozen=True, slots=True)
class Meta:
    """What the source says about itself: front matter, ``<title>``, Word's Title style."""

    title: str = ""
    subtitle: str = ""
    date: dt.date | None = None
    language: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A source read into the intermediate, with what its reader had to report."""

    blocks: tuple[Block, ...]
    meta: Meta = Meta()
    notes: tuple[Note, ...] = field(default=())
