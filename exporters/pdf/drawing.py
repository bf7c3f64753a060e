"""Drawing a one-style, left-aligned paragraph in fewer steps, to the same bytes.

Nearly every paragraph of a publication is one style, aligned left (``benchmarks/pdf_text.py
--profile``: drawing paragraphs was a quarter of a warm export). ReportLab draws each line
through its general text path: a function per line, a cursor move that moves nothing, and
a formatter that saves and restores the text object's state for every line. This module
draws such a paragraph with the same calls on the canvas (state saved, fill colour, text
object, font, bullet), so tagging sees what it always saw, and writes each line's text
operator itself when the font is one of ours and every character of the line already has
a code in the font's first subset. Any other line, or paragraph, takes ReportLab's way.

The operators are exactly those ReportLab writes (``tests/exporters/test_pdf_drawing.py``
compares whole documents byte for byte with this switched off).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.rl_config import paraFontSizeHeightOffset

from exporters.pdf.reportlab_private import draw_bullet, left_draw_para_line
from exporters.pdf.styles import FastTTFont

#: Off: every paragraph is drawn by ReportLab (the tests compare the two).
ENABLED = True


def draw_plain(paragraph: Any) -> bool:
    """Draw ``paragraph`` (a wrapped ``Paragraph``) if it is a plain one; whether it was.

    Plain: laid out in one style (kind 0), aligned left, with no background, border, link,
    underline or per-line offsets, in a :class:`~exporters.pdf.styles.FastTTFont`.
    """
    if not ENABLED:
        return False
    blPara = paragraph.blPara
    style = paragraph.style
    lines = blPara.lines
    if (
        blPara.kind != 0
        or not lines
        or style.alignment != TA_LEFT
        or style.wordWrap == "RTL"
        or style.backColor
        or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
        or getattr(blPara, "us_lines", None)
        or getattr(blPara, "link", None)
        or "_offsets" in paragraph.__dict__
        or "preformatted" in type(paragraph).__name__.lower()
    ):
        return False
    font = pdfmetrics.getFont(blPara.fontName)
    if not isinstance(font, FastTTFont):
        return False
    auto = getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
    leading = style.leading
    if auto == "max":
        leading = max(leading, blPara.ascent - blPara.descent)
    elif auto == "min":
        leading = blPara.ascent - blPara.descent
    canvas = paragraph.canv
    # From here on, the calls ReportLab's Paragraph.drawPara makes, in its order.
    canvas.saveState()
    offset = style.firstLineIndent
    if paraFontSizeHeightOffset:
        cur_y = paragraph.height - blPara.fontSize
    else:
        cur_y = paragraph.height - getattr(blPara, "ascent", blPara.fontSize)
    bullet = paragraph.bulletText
    if bullet:
        offset = draw_bullet(canvas, offset, cur_y, bullet, style, False)
    _set_fill(canvas, blPara.textColor)
    text = paragraph.beginText(style.leftIndent, cur_y)
    text.preformatted = False
    wrap = style.wordWrap
    text.direction = f"{wrap}-handled" if wrap in ("LTR", "RTL") else wrap
    text.setFont(blPara.fontName, blPara.fontSize, leading)
    _draw_lines(text, font, lines, offset)
    canvas.drawText(text)
    canvas.restoreState()
    return True


#: ``r g b rg`` by an opaque RGB colour's components: the same few colours fill thousands of
#: paragraphs.
_FILLS: dict[tuple[float, float, float], str] = {}


def _set_fill(canvas: Any, colour: Any) -> None:
    """``canvas.setFillColor(colour)``: for a plain RGB :class:`Color` the operator is
    kept, and the alpha set only when it differs from the one in force (ReportLab then
    writes no operator either, but still raises the PDF's version)."""
    if type(colour) is not Color or canvas._enforceColorSpace:
        canvas.setFillColor(colour)
        return
    rgb = (colour.red, colour.green, colour.blue)
    operator = _FILLS.get(rgb)
    if operator is None:
        operator = _FILLS[rgb] = f"{fp_str(rgb)} rg"
    canvas._fillColorObj = colour
    canvas._code.append(operator)
    alpha = colour.alpha
    if alpha is None:
        return
    if alpha != canvas._extgstate.getValue("ca"):
        canvas.setFillAlpha(alpha)
    else:  # what setFillAlpha does besides: a PDF with alpha says it is 1.4 or later
        canvas._doc.ensureMinPdfVersion("transparency")


def _draw_lines(text: Any, font: FastTTFont, lines: list[Any], offset: float) -> None:
    """Each line as ``_leftDrawParaLine`` draws it: ``(text) Tj T*``, the font set first."""
    doc = text._canvas._doc
    escape = text._canvas._escape
    code = text._code
    codes = font.first_subset(doc)
    for extra, words in lines:
        line = " ".join(words)
        if (
            codes is None
            or offset > 1e-6
            or offset < -1e-6
            or extra <= -1e-8  # a line too long: ReportLab squeezes its spaces
            or not line
            or not codes[2].issuperset(line)
        ):
            left_draw_para_line(text, offset, extra, words)
            codes = font.first_subset(doc)  # the line may have given characters codes
        else:
            shown = f"({escape(line.translate(codes[1]).encode('latin-1'))}) Tj T*"
            if text._curSubset != 0:
                name = font.getSubsetInternalName(0, doc)
                size, leading = fp_str(text._fontsize), fp_str(text._leading)
                shown = f"{name} {size} Tf {leading} TL {shown}"
                text._curSubset = 0
            code.append(shown)
        offset = 0
