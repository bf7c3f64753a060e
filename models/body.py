"""Structured body text: the blocks an intro, a section body, a part's intro and the colophon
note are made of.

A body is an ordered tuple of typed blocks (a union discriminated on ``kind``): paragraphs,
lists, sub-headings and figures. Each block has a stable id, like sections and quotes, so a
review comment can point at one paragraph and survive reordering.

A list is a *container* (ProseMirror's shape), not a run of items (Portable Text's): a list
item cannot exist outside a list, and the single level of nesting real reports use is the
type itself (an item holds plain rich texts as sub-items, which hold nothing), so a deeper
list or a stray item cannot be written down by accident, only refused. Moving one item is an
edit inside its list; diffs compare lists item by item (see :mod:`models.diff`).

A figure holds one to :data:`MAX_FIGURE_IMAGES` images: one image at a chosen size, or a
row of two or three side by side, or a small grid (four as 2×2, five or six as 3×2). Its
caption and credit stay with each image.

Input may use shorthands, so a body is quick to write in code and in tests: a bare string is
a paragraph, and a block without an id gets a fresh one. Files written by Podium always hold
the full form, which the JSON Schema documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from models.base import Model
from models.image_ref import Image
from models.language import Language
from models.types import Id, RichText, Text, new_id

#: Most images one figure holds (a 3×2 grid).
MAX_FIGURE_IMAGES = 6
#: How wide a figure is printed: the full text width, half of it, or a thumbnail.
FigureSize = Literal["full", "half", "thumbnail"]
#: Share of the text width each size takes.
FIGURE_WIDTH: dict[FigureSize, float] = {"full": 1.0, "half": 0.5, "thumbnail": 0.3}

#: The id prefix of each block kind, for fresh ids.
ID_PREFIX = {"paragraph": "p", "list": "list", "heading": "h", "figure": "fig"}


#: What a ``language`` field of a block says, in the JSON Schema.
_LANGUAGE = "the language of this text when it differs from the text around it; null: the same"


class Paragraph(Model):
    """A paragraph of rich text (bold, italic, links)."""

    kind: Literal["paragraph"] = "paragraph"
    id: Id
    text: RichText = Field(description="rich text: **bold**, *italic*, [links](https://…)")
    language: Language | None = Field(None, description=_LANGUAGE)


class ListItem(Model):
    """One item of a list, with at most one level of sub-items below it."""

    text: RichText
    items: tuple[RichText, ...] = Field(
        (), description="sub-items, each rich text; they hold no items of their own"
    )


class ListBlock(Model):
    """A bulleted or numbered list."""

    kind: Literal["list"] = "list"
    id: Id
    ordered: bool = Field(False, description="numbered (true) or bulleted (false)")
    items: tuple[ListItem, ...] = Field(min_length=1, description="at least one item")
    language: Language | None = Field(None, description=_LANGUAGE)


class Subheading(Model):
    """A heading inside a body, one level below the section's title; plain text."""

    kind: Literal["heading"] = "heading"
    id: Id
    text: Text = Field(description="plain text, no markup")
    language: Language | None = Field(None, description=_LANGUAGE)


class Figure(Model):
    """One image, or two to six side by side / in a small grid, placed in the text."""

    kind: Literal["figure"] = "figure"
    id: Id
    images: tuple[Image, ...] = Field(
        min_length=1,
        max_length=MAX_FIGURE_IMAGES,
        description=(
            "one image, or two or three side by side, or four (2×2) to six (3×2) in a grid; "
            "each keeps its caption and credit"
        ),
    )
    size: FigureSize = Field(
        "full", description="printed width: the full text width, half of it, or a thumbnail"
    )

    @property
    def columns(self) -> int:
        """How many images stand side by side (see :func:`figure_columns`)."""
        return figure_columns(len(self.images))


def figure_columns(count: int) -> int:
    """Images side by side: one, a pair, three across; four as 2×2, five or six as 3×2."""
    return {1: 1, 2: 2, 4: 2}.get(count, 3)


def _shorthand(value: object) -> object:
    """A bare string becomes a paragraph; a block without an id gets a fresh one."""
    if isinstance(value, str):
        return {"kind": "paragraph", "id": new_id(ID_PREFIX["paragraph"]), "text": value}
    if isinstance(value, dict) and "id" not in value:
        kind = value.get("kind", "paragraph")
        prefix = ID_PREFIX.get(kind, "b") if isinstance(kind, str) else "b"
        return {"kind": kind, **value, "id": new_id(prefix)}
    return value


BodyBlock = Annotated[
    Annotated[Paragraph | ListBlock | Subheading | Figure, Field(discriminator="kind")],
    BeforeValidator(_shorthand),
]
#: A body: intro, section body, part intro or colophon note.
Body = tuple[BodyBlock, ...]
#: What a body field is, for the JSON Schema (``Field(description=...)`` on each field: the
#: editor recognises a body field by its annotation being exactly :data:`Body`).
BODY_DESCRIPTION = (
    "structured text: paragraphs, lists, sub-headings and figures in reading order, each "
    "with a stable id; a bare string is a paragraph"
)


def texts(body: Body) -> Iterator[str]:
    """Every rich or plain text of ``body`` in reading order (captions and credits included)."""
    for block in body:
        match block:
            case Paragraph():
                yield block.text
            case ListBlock():
                for item in block.items:
                    yield item.text
                    yield from item.items
            case Subheading():
                yield block.text
            case Figure():
                for image in block.images:
                    yield from (t for t in (image.caption, image.credit) if t)
