"""Blocks from a stream of open/close events: what the Markdown and HTML readers share.

A reader reports structure as it meets it (a list opens, an item opens, text arrives, the
quote closes) and :class:`Flow` decides what each piece of text is: a heading, an item of
the open list (at the depth of the lists around it), a paragraph of the open quote, or a
paragraph. Images inside a list or a quote stand after it. Nothing here recurses, so a
source nested ten thousand levels deep costs no more than a flat one.
"""

from __future__ import annotations

import re

from models.importing.document import (
    Block,
    BlockQuote,
    Heading,
    Item,
    ListBlock,
    Para,
    Picture,
    Span,
    Spans,
)
from models.importing.errors import MAX_BLOCKS, too_many_paragraphs
from models.importing.notes import Note

_DASH = re.compile(r"^\s*(?:—|–|-{1,2}|~)\s*")


class Flow:
    """The blocks made so far and the lists and quotes still open."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._lists: list[bool] = []  # ordered flag of each open list, outermost first
        self._items: list[Item] = []
        self._item_has_text: list[bool] = []  # per open item: whether it has text yet
        self._quote_depth = 0
        self._quote: list[Spans] = []
        self._attribution = ""  # pragma: no mutate (only its truth is read until a footer sets it)
        self._pictures: list[Picture] = []

    # ------------------------------------------------------------------ structure

    def open_list(self, ordered: bool) -> None:
        self._lists.append(ordered)

    def close_list(self) -> None:
        if not self._lists:
            return
        ordered = self._lists.pop()
        if not self._lists and self._items:
            items, self._items = tuple(self._items), []
            if self._quote_depth:  # a pull quote holds no list: its items are its paragraphs
                self._quote.extend(item.spans for item in items)
            else:
                self._append(ListBlock(ordered, items))

    def open_item(self) -> None:
        self._item_has_text.append(False)  # pragma: no mutate (None: only its truth is read)

    def close_item(self) -> None:
        if self._item_has_text:
            self._item_has_text.pop()

    def open_quote(self) -> None:
        self._quote_depth += 1

    def close_quote(self) -> None:
        if self._quote_depth == 0:
            return
        self._quote_depth -= 1
        if self._quote_depth == 0 and (self._quote or self._attribution):
            quote = quote_from(self._quote, self._attribution)
            self._quote, self._attribution = [], ""
            self._append(quote)

    def attribution(self, text: str) -> None:
        """Who said the open quote (an HTML ``<footer>``); outside a quote, a paragraph.

        A quote inside a list item is text of the item (a pull quote cannot stand in a
        list), so its speaker follows that text with a dash rather than making a quote of
        their name alone.
        """
        text = " ".join(text.split())
        dash = _DASH.match(text)
        text = text[dash.end() :] if dash else text
        if not text:
            return
        if self._lists and self._quote_depth:
            self.text((Span(f"— {text}"),))
        elif self._quote_depth:
            self._attribution = text
        else:
            self.text((Span(text),))

    def caption(self, text: str) -> None:
        """The caption of the picture just before it; without one, a paragraph."""
        text = " ".join(text.split())
        if not text:
            return
        pending = self._pictures or self.blocks
        if pending and isinstance(pending[-1], Picture) and not pending[-1].caption:
            last = pending[-1]
            pending[-1] = Picture(last.alt, last.data, last.url, text, last.name)
        else:
            self.text((Span(text),))

    # ------------------------------------------------------------------ content

    def text(self, spans: Spans, heading: int = 0) -> None:
        """A piece of text that ends at a block boundary; ``heading`` is its level if any."""
        if not spans:
            return
        if self._lists:
            depth = len(self._lists) - 1
            # More text of the open item joins it, unless a nested list came in between:
            # then it follows that list as an item of its own, at the open item's depth.
            if (
                self._item_has_text
                and self._item_has_text[-1]
                and self._items
                and self._items[-1].depth == depth
            ):
                last = self._items[-1]
                self._items[-1] = Item((*last.spans, Span(" "), *spans), last.depth)
            else:
                self._items.append(Item(spans, depth))
                if self._item_has_text:
                    self._item_has_text[-1] = True
        elif self._quote_depth:
            self._quote.append(spans)
        elif heading:
            self._append(Heading(heading, spans))
        else:
            self._append(Para(spans))
        self._check_size()

    def picture(self, picture: Picture) -> None:
        if self._lists or self._quote_depth:
            self._pictures.append(picture)
        else:
            self._append(picture)

    def block(self, block: Block) -> None:
        """A block made elsewhere (HTML inside Markdown)."""
        match block:
            case Picture():
                self.picture(block)
            case Heading():
                self.text(block.spans, block.level)
            case Para():
                self.text(block.spans)
            case ListBlock() | BlockQuote() if self._lists or self._quote_depth:
                self.text(_as_spans(block))
            case _:
                self._append(block)

    def finish(self) -> list[Block]:
        """Close whatever the source left open and return the blocks."""
        while self._lists:
            self.close_list()
        while self._quote_depth:
            self.close_quote()
        self._flush_pictures()
        return self.blocks

    # ------------------------------------------------------------------ internals

    def _append(self, block: Block) -> None:
        self.blocks.append(block)
        self._flush_pictures()

    def _flush_pictures(self) -> None:
        # Never called inside a quote; inside a list only when a quote closes in it.
        if self._pictures and not self._lists:
            self.blocks.extend(self._pictures)
            self._pictures = []

    def _check_size(self) -> None:
        if len(self.blocks) + len(self._items) + len(self._quote) > MAX_BLOCKS:
            raise too_many_paragraphs(MAX_BLOCKS)


def _as_spans(block: ListBlock | BlockQuote) -> Spans:
    """A list or quote as the text of the list item or quote it stands in (headings,
    paragraphs and pictures never get here: :meth:`Flow.block` places them itself)."""
    if isinstance(block, ListBlock):
        return tuple(s for item in block.items for s in (*item.spans, Span(" ")))
    return tuple(s for p in block.paragraphs for s in (*p, Span(" ")))


def quote_from(paragraphs: list[Spans], attribution: str = "") -> BlockQuote:
    """A block quote; without an attribution, a last line that starts with a dash gives it."""
    if attribution or not paragraphs:
        return BlockQuote(tuple(paragraphs), attribution)
    last = "".join(s.text for s in paragraphs[-1]).strip()
    head, _, line = last.rpartition("\n")
    match = _DASH.match(line)
    if match is None or len(line) > 200 or not line[match.end() :].strip():
        return BlockQuote(tuple(paragraphs))
    rest = tuple(paragraphs[:-1])
    if head.strip():
        rest = (*rest, (Span(head.strip()),))
    if not rest:
        return BlockQuote(tuple(paragraphs))
    return BlockQuote(rest, line[match.end() :].strip())


class DocumentWalk:
    """What the .docx and .odt readers gather as they walk a document's paragraphs: the
    blocks so far, notes for the report, title lines, and the list or quote being built
    from consecutive list-item or quotation paragraphs (those formats have no container)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self.title: list[str] = []
        self.subtitle: list[str] = []
        self.items: list[Item] = []
        self.ordered = False
        self.quote: list[Spans] = []

    def end_list(self) -> None:
        if self.items:
            self.blocks.append(ListBlock(self.ordered, tuple(self.items)))
            self.items = []

    def end_quote(self) -> None:
        if self.quote:
            self.blocks.append(quote_from(self.quote))
            self.quote = []

    def end_run(self) -> None:
        """A paragraph of another kind follows: the open list or quote is complete."""
        self.end_list()
        self.end_quote()
