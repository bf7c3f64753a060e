"""Plain text: paragraphs separated by blank lines; bullet and number markers make lists.

Plain text has no headings; the mapping recognises them by what follows them (a byline)
and by their words ("Colofon"). Line breaks inside a paragraph are kept as line breaks,
because an address block in a colophon is one line per line.
"""

from __future__ import annotations

import re

from models.importing.document import Block, Document, Item, ListBlock, Para, Span
from models.importing.errors import MAX_BLOCKS, too_many_paragraphs

_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<bullet>[•\-*–·▪◦‣○●])|(?P<number>\d{1,3}[.)]))[ \t]+"
)
_BLANK = re.compile(r"\n[ \t]*\n")


def read_text(text: str) -> Document:
    """``text`` (already decoded) as the intermediate."""
    blocks: list[Block] = []
    for chunk in _BLANK.split(text):
        if chunk.strip():
            blocks.extend(_chunk(chunk))
            if len(blocks) > MAX_BLOCKS:
                raise too_many_paragraphs(MAX_BLOCKS, text=True)
    return Document(tuple(blocks))


def _chunk(chunk: str) -> list[Block]:
    """One blank-line-separated chunk: runs of plain lines and runs of list lines."""
    out: list[Block] = []
    lines: list[str] = []
    items: list[Item] = []
    # Both are set by the first item, before a list can be made of them.
    ordered = False  # pragma: no mutate (always overwritten before use)
    base = 0  # pragma: no mutate (always overwritten before use)

    def flush_lines() -> None:
        if lines:
            out.append(Para((Span("\n".join(line.strip() for line in lines)),)))
            lines.clear()

    def flush_items() -> None:
        if items:
            out.append(ListBlock(ordered, tuple(items)))
            items.clear()

    for line in chunk.split("\n"):
        if not line.strip():
            continue
        marker = _BULLET.match(line)
        if marker is not None:
            flush_lines()
            indent = len(marker.group("indent").expandtabs(4))
            if not items:
                ordered, base = marker.group("number") is not None, indent
            depth = max(0, (indent - base) // 2)
            items.append(Item((Span(line[marker.end() :].strip()),), depth))
        elif items and line[:1] in (" ", "\t"):  # an indented line continues the item
            last = items[-1]
            items[-1] = Item((Span(last.spans[0].text + " " + line.strip()),), last.depth)
        else:
            flush_items()
            lines.append(line)
    flush_lines()
    flush_items()
    return out
