"""Lines in display order: right-to-left runs reordered, fallback faces shaped.

After line breaking, each line of a paragraph that uses a fallback face
(:mod:`exporters.pdf.shaping`) is ordered by the Unicode Bidirectional Algorithm
(:mod:`exporters.pdf.bidi`) with a left-to-right base direction, as the HTML page has. The
pieces of a line are written in reading order, each moved to its place on the line, so a
reader that follows the content stream (text extraction, a screen reader) meets the words in
the order they were written.

Only a paragraph that uses a fallback face takes this path; Latin text never reaches it.
Limits: embeddings and overrides are resolved per line (one that spans a line break restarts
on the next line), and a link inside a reordered line gets a rectangle that follows reading
order rather than the glyphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

from exporters.pdf.bidi import bidi_levels, visual_order
from exporters.pdf.drawing import draw_plain
from exporters.pdf.reportlab_private import shape_data, shaped_str
from exporters.pdf.shaping import ShapedFont, invisible, is_shaped

# ---------------------------------------------------------------------------- lines


@dataclass(slots=True)
class _Piece:
    """Characters of one part of a line, adjacent on the line and in the text."""

    part: int
    level: int
    indices: list[int]  # logical indices in display order
    width: float = 0.0
    drawn: str = ""


def layout_line(parts: Sequence[tuple[str, float, str]]) -> list[tuple[int, str]]:
    """A line of (font, size, text) parts in logical order, as (part, text) to draw in order.

    The result is in reading order; each text is a ``ShapedStr`` whose offsets move it to
    its place in display order (ReportLab advances the pen by each text's width as if the
    pieces sat side by side). Pieces of one face that sit side by side in a right-to-left
    run are drawn together, in display order, as a text extractor expects them.
    """
    text = "".join(part_text for _, _, part_text in parts)
    owner = [index for index, (_, _, part_text) in enumerate(parts) for _ in part_text]
    levels = bidi_levels(text)
    pieces: list[_Piece] = []
    for logical in visual_order(levels):
        level = levels[logical]
        last = pieces[-1] if pieces else None
        step = -1 if level % 2 else 1
        if (
            last is not None
            and last.part == owner[logical]
            and last.level == level
            and last.indices[-1] + step == logical
        ):
            last.indices.append(logical)
        else:
            pieces.append(_Piece(owner[logical], level, [logical]))
    for piece in pieces:
        font, size, _ = parts[piece.part]
        rtl = bool(piece.level % 2)
        if is_shaped(font):  # HarfBuzz wants logical order, and keeps joiners and selectors
            chars = [text[i] for i in (piece.indices[::-1] if rtl else piece.indices)]
            shaped = cast(ShapedFont, pdfmetrics.getFont(font))  # is_shaped: registered as one
            piece.drawn = shaped.glyph_run("".join(chars), rtl)
        else:
            chars = [text[i] for i in piece.indices if not invisible(text[i])]
            piece.drawn = "".join(MIRRORED.get(c, c) for c in chars) if rtl else "".join(chars)
        piece.width = pdfmetrics.stringWidth(piece.drawn, font, size) if piece.drawn else 0.0
    return _place(pieces, parts)


def _place(pieces: list[_Piece], parts: Sequence[tuple[str, float, str]]) -> list[tuple[int, str]]:
    """Group, order and offset the pieces (in display order) for drawing in reading order."""
    units: list[list[tuple[float, _Piece]]] = []
    x = 0.0
    for piece in pieces:
        font, size, _ = parts[piece.part]
        previous = units[-1][-1][1] if units else None
        if (
            previous is not None
            and previous.level % 2
            and piece.level % 2
            and parts[previous.part][:2] == (font, size)
        ):
            units[-1].append((x, piece))
        else:
            units.append([(x, piece)])
        x += piece.width
    units.sort(key=lambda unit: min(min(piece.indices) for _, piece in unit))
    out: list[tuple[int, str]] = []
    pen = 0.0
    for unit in units:
        for place, piece in unit:
            if not piece.drawn:
                continue
            _, size, _ = parts[piece.part]
            out.append((piece.part, _moved(piece.drawn, parts[piece.part][0], place - pen, size)))
            pen += piece.width
    return out


def _moved(drawn: str, font: str, shift: float, size: float) -> str:
    """``drawn`` with every glyph moved ``shift`` points along the line; the pen is not."""
    if isinstance(drawn, ShapedStr):
        if abs(shift) < 1e-6:
            return drawn
        offset = shift * 1000 / size
        data = [sd._replace(x_offset=sd.x_offset + offset) for sd in shape_data(drawn)]
        return shaped_str(str(drawn), data)
    if abs(shift) < 1e-6:
        return drawn
    face = cast(TTFont, pdfmetrics.getFont(font)).face  # every face registered is a TTFont
    offset = shift * 1000 / size
    data = []
    for char in drawn:
        width = face.charWidths.get(ord(char), face.defaultWidth)
        data.append(ShapeData(0, width, 0, offset, 0, width))
    return shaped_str(drawn, data)


def display_runs(runs: Sequence[tuple[str, str]], size: float) -> list[tuple[str, str]]:
    """One line of (font, text) runs in logical order, ready to draw one after the other."""
    if not any(is_shaped(font) for font, _ in runs):
        return list(runs)
    parts = [(font, size, text) for font, text in runs]
    return [(runs[part][0], drawn) for part, drawn in layout_line(parts)]


# ---------------------------------------------------------------------------- paragraphs


class UnicodeParagraph(Paragraph):
    """A ``Paragraph`` that draws lines with fallback faces shaped and in display order.

    Line breaking, splitting and measuring stay ReportLab's, on the text as written; only
    :meth:`drawPara` sees the lines rearranged, so a split paragraph keeps its text intact.
    """

    blPara: ParaLines  # ReportLab's laid-out lines, set by wrap; the stubs leave it out

    def drawPara(self, debug: int = 0) -> None:
        original = self.blPara
        if not _uses_fallback(original):
            if debug or not draw_plain(self):
                super().drawPara(debug)
            return
        self.blPara = _display_lines(original)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = original


def _uses_fallback(blPara: Any) -> bool:
    if blPara.kind == 0:
        return is_shaped(blPara.fontName)
    return any(
        is_shaped(getattr(frag, "fontName", "")) for line in blPara.lines for frag in line.words
    )


def _display_lines(blPara: Any) -> ParaLines:
    """``blPara`` as frag lines (kind 1) whose words are drawn in reading order."""
    lines = []
    for line in blPara.lines:
        if blPara.kind == 0:
            extra, words = line
            line = FragLine(
                extraSpace=extra,
                wordCount=len(words),
                lineBreak=False,
                words=[blPara.clone(text=" ".join(words))],
                fontSize=blPara.fontSize,
                ascent=blPara.ascent,
                descent=blPara.descent,
                maxWidth=0,
            )
        lines.append(_display_line(line))
    return ParaLines(kind=1, lines=lines)


def _display_line(line: Any) -> Any:
    texts = [frag for frag in line.words if not hasattr(frag, "cbDefn") and frag.text]
    if not any(is_shaped(frag.fontName) for frag in texts):
        return line
    others = [frag for frag in line.words if hasattr(frag, "cbDefn") or not frag.text]
    parts = [(frag.fontName, frag.fontSize, frag.text) for frag in texts]
    words = [texts[part].clone(text=drawn) for part, drawn in layout_line(parts)]
    return line.clone(words=others + words) if words else line.clone(words=others or line.words)
