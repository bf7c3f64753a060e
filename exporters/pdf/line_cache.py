"""Broken lines kept across renders: the preview lays out the same paragraphs on every edit.

Line breaking is the largest part of laying out text (``benchmarks/pdf_text.py --profile``),
and an edit changes one paragraph: the others are broken again at the same widths, in the
same styles, into the same lines. :class:`LineCache` keeps what breaking a paragraph
produced, by what it depends on (:class:`~exporters.pdf.paragraph.Para` builds the key:
its class, markup, style, bullet and widths), least recently used first out, within a
bound on entries and on the characters of their text.

A kept result is shared between paragraphs of different renders, so it must not change
after it is made. ReportLab changes two things when it splits a paragraph: the class of
the word that ends the head's last line with a hyphen (``_SplitWordHY`` to
``_SplitWordLL`` in a one-style paragraph, ``_SplitFragHY`` to ``_SplitFragLL`` in the
words of one with several). :func:`fresh` gives each use its own copy of exactly those
words, so every render sees the lines as a first break made them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from copy import copy
from dataclasses import dataclass
from typing import Any, Literal

from exporters.pdf.reportlab_private import SPLIT_FRAG_HY, SPLIT_WORD_HY

#: Kept paragraphs at most: a 400-section publication has some 4,000.
ENTRIES = 8_192
#: Characters of kept paragraphs' text at most: the 400-section sample has half a million;
#: lines and words kept take some 30 bytes a character (30 MB at most).
CHARACTERS = 1_000_000


@dataclass(frozen=True, slots=True)
class Broken:
    """What breaking a paragraph into lines made, to give the next paragraph like it.

    ``frags``: the paragraph's fragments afterwards, or None when breaking left them as
    they were; ``unbroken``: what was put aside as the fragments as written
    (``Para._unbroken``): nothing, the fragments that were broken (``"source"``) or
    others; ``widths``: the line widths afterwards (a bullet wider than its indent
    narrows the first); ``counts``: ReportLab's ``_width_max``, ``_splitLongWordCount``
    and ``_hyphenations``.
    """

    lines: Any  # ReportLab's ParaLines (kind 0 or 1)
    frags: list[Any] | None
    unbroken: list[Any] | Literal["source"] | None
    widths: tuple[float, ...]
    counts: tuple[float, int, int]


class LineCache:
    """A bounded, least-recently-used map from a paragraph's key to its :class:`Broken`."""

    def __init__(self, entries: int = ENTRIES, characters: int = CHARACTERS) -> None:
        self.entries = entries
        self.characters = characters
        self._kept: OrderedDict[Hashable, tuple[Broken, int]] = OrderedDict()
        self._size = 0  # characters kept
        self._lock = threading.Lock()  # the preview renders off the GUI thread
        self.hits = self.misses = 0

    def get(self, key: Hashable) -> Broken | None:
        with self._lock:
            found = self._kept.get(key)
            if found is None:
                self.misses += 1
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, key: Hashable, broken: Broken, size: int) -> None:
        """Keep ``broken`` for ``key``; ``size``: its text's length in characters."""
        if size > self.characters:
            return
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self._size -= old[1]
            self._kept[key] = (broken, size)
            self._size += size
            while len(self._kept) > self.entries or self._size > self.characters:
                _, (_, dropped) = self._kept.popitem(last=False)
                self._size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._size = 0

    def __len__(self) -> int:
        return len(self._kept)

    @property
    def size(self) -> int:
        """Characters of text kept."""
        return self._size


#: The cache every :class:`~exporters.pdf.paragraph.Para` of the process shares.
LINES = LineCache()


def fresh(broken: Broken) -> tuple[Any, list[Any] | None]:
    """``broken``'s lines and fragments for one more paragraph: the words ReportLab may
    change when it splits the paragraph copied, everything else shared."""
    lines = broken.lines
    if lines.kind == 0:
        kept = lines.lines
        copied = [
            (line[0], [*line[1][:-1], copy(line[1][-1])])
            if line[1] and isinstance(line[1][-1], SPLIT_WORD_HY)
            else line
            for line in kept
        ]
        return lines.clone(lines=copied), broken.frags
    frags = broken.frags
    if frags is not None:
        frags = [copy(word) if isinstance(word, SPLIT_FRAG_HY) else word for word in frags]
    return lines.clone(lines=list(lines.lines)), frags
