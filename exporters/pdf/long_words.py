"""Words wider than a line, cut into line-wide pieces before ReportLab breaks the lines.

ReportLab handles a word that does not fit a line by trying to hyphenate it, measuring
every head pyphen offers, then splitting what is left; the rest of the word goes back in
the queue and the next line starts over with it. Each line costs work in proportion to
the whole rest of the word, so one word of 20,000 letters took 80 s to lay out and a
megabyte never finished. Here such a word is cut, in one pass over its characters, into
pieces that each fill a line, with a line break after each piece (and before the first,
as a browser's ``overflow-wrap: break-word`` starts such a word on a new line). ReportLab
then only ever sees words that fit.

The pieces keep every character in order; the breaks are line ends, not characters, so
text extracted from the PDF reads the word back with line ends inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters.pdf.reportlab_private import WORD_SPACE

#: White space at which ReportLab always ends a word (its own list, as far as Python agrees).
_BREAKS = "".join(char for char in WORD_SPACE if char.isspace())
#: Shorter runs are never cut: even when one overflows a narrow line, ReportLab's own
#: splitting costs little for a word this short.
_MIN_RUN = 24
_RUN = re.compile(f"[^{re.escape(_BREAKS)}]{{{_MIN_RUN},}}")
#: Room left at the end of a piece, so rounding never makes a piece a hair too wide.
_SLACK = 0.01


def break_long_words(frags: Sequence[Any], width: float) -> list[Any] | None:
    """``frags`` with every word wider than ``width`` cut by line breaks; None if none is.

    ``frags`` are a ``Paragraph``'s parsed fragments (text, ``<br/>``, inline images);
    fragments ReportLab has already turned into words are left alone (None).
    """
    if not frags or isinstance(frags[0], list) or width <= 0:
        return None
    texts = [_text_of(frag) for frag in frags]
    joined = "".join(text if text is not None else " " for text in texts)
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) if text is not None else 1
    cuts: list[int] = []
    limit = width - _SLACK
    first_word = _first_word_start(joined)
    for run in _RUN.finditer(joined):
        start, end = run.span()
        if _run_width(frags, texts, starts, start, end) <= limit:
            continue
        if start > first_word:  # something before it: the word starts a new line
            cuts.append(start)
        cuts += _piece_starts(frags, texts, starts, joined, start, end, limit)
    if not cuts:
        return None
    return _cut(frags, texts, starts, cuts)


def _text_of(frag: Any) -> str | None:
    """The text of a plain text fragment; None for breaks and images, which end a word."""
    if hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak"):
        return None
    text = getattr(frag, "text", None)
    return text if isinstance(text, str) else None


def _first_word_start(joined: str) -> int:
    stripped = joined.lstrip(_BREAKS)
    return len(joined) - len(stripped)


def _segments(
    texts: Sequence[str | None], starts: Sequence[int], start: int, end: int
) -> list[tuple[int, int, int]]:
    """(fragment, from, to) for the text fragments that hold characters ``start:end``."""
    out = []
    index = bisect_right(starts, start) - 1
    while index < len(texts) and starts[index] < end:
        text = texts[index]
        if text is not None:
            low, high = max(start, starts[index]), min(end, starts[index] + len(text))
            if low < high:
                out.append((index, low, high))
        index += 1
    return out


def _run_width(
    frags: Sequence[Any], texts: Sequence[str | None], starts: Sequence[int], start: int, end: int
) -> float:
    total = 0.0
    for index, low, high in _segments(texts, starts, start, end):
        frag, text = frags[index], texts[index]
        assert text is not None
        offset = starts[index]
        total += stringWidth(text[low - offset : high - offset], frag.fontName, frag.fontSize)
    return total


def _piece_starts(
    frags: Sequence[Any],
    texts: Sequence[str | None],
    starts: Sequence[int],
    joined: str,
    start: int,
    end: int,
    limit: float,
) -> list[int]:
    """Where each piece after the first begins: greedy, each piece as wide as fits."""
    cuts = []
    used = 0.0
    for index, low, high in _segments(texts, starts, start, end):
        frag = frags[index]
        widths: dict[str, float] = {}
        font, size = frag.fontName, frag.fontSize
        for position in range(low, high):
            char = joined[position]
            advance = widths.get(char)
            if advance is None:
                advance = widths[char] = stringWidth(char, font, size)
            if used + advance > limit and used > 0:
                cuts.append(position)
                used = 0.0
            used += advance
    return cuts


def _cut(
    frags: Sequence[Any], texts: Sequence[str | None], starts: Sequence[int], cuts: list[int]
) -> list[Any]:
    """The fragments with a line break at each position in ``cuts`` (ascending)."""
    out: list[Any] = []
    next_cut = 0
    for frag, text, start in zip(frags, texts, starts, strict=True):
        if text is None:
            out.append(frag)
            continue
        end = start + len(text)
        here = start
        while next_cut < len(cuts) and cuts[next_cut] < end:
            cut = cuts[next_cut]
            if cut > here:
                out.append(frag.clone(text=text[here - start : cut - start]))
            out.append(frag.clone(text="", lineBreak=True))
            here = cut
            next_cut += 1
        if here == start:
            out.append(frag)
        elif here < end:
            out.append(frag.clone(text=text[here - start :]))
    return out
