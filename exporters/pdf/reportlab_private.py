"""Typed access to the parts of ReportLab that types-reportlab leaves out or gets wrong.

The renderer leans on a few of ReportLab's private helpers and attributes (line splitting,
shaped text, the keep-with-next flag). Their typing lives here, in one place, each with the
reason the stubs do not cover it, so the rest of the package is checked strictly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paraparser import ParaFrag, ParaParser

# ReportLab's paragraph module: private helpers and plain functions the stubs do not list.
# Bound here under typed names (the same objects), so no caller sees an untyped value.

#: The white space at which ReportLab ends a word.
WORD_SPACE: str = _paragraph._wsc  # type: ignore[attr-defined]  # not in the stubs
#: Whether a paragraph's fragments were already turned into words.
processed_frags: Callable[[Sequence[Any]], bool]
processed_frags = _paragraph._processed_frags  # type: ignore[attr-defined]  # not in the stubs
#: The fragments of lines ``start:stop`` of a simple (kind 0) and a frag (kind 1) layout.
split_bl_para_simple: Callable[[Any, int, int], list[Any]]
split_bl_para_simple = _paragraph._split_blParaSimple  # type: ignore[attr-defined]  # not in stubs
split_bl_para_hard: Callable[[Any, int, int], list[Any]]
split_bl_para_hard = _paragraph._split_blParaHard  # type: ignore[attr-defined]  # not in the stubs
#: The class of a word that ends a line with a hyphen, in a one-style paragraph's lines and
#: in the words of one with several styles: ReportLab changes it when it splits there.
SPLIT_WORD_HY: type[str] = _paragraph._SplitWordHY  # type: ignore[attr-defined]  # not in stubs
SPLIT_FRAG_HY: type[list[Any]] = _paragraph._SplitFragHY  # type: ignore[attr-defined]  # not in stubs
#: Applies a style's ``textTransform`` to fragments in place.
text_transform_frags: Callable[[list[ParaFrag], ParagraphStyle], None]
text_transform_frags = _paragraph.textTransformFrags  # type: ignore[attr-defined]  # not in stubs
#: ReportLab's word splitting and stripping (U+00A0 is not white space to them).
split_words: Callable[..., list[str]]
split_words = _paragraph.split  # type: ignore[attr-defined]  # not in the stubs
strip_space: Callable[[str], str]
strip_space = _paragraph.strip  # type: ignore[attr-defined]  # not in the stubs
#: Draws a paragraph's bullet; returns the first line's offset after it.
draw_bullet: Callable[[Canvas, float, float, Any, ParagraphStyle, Any], float]
draw_bullet = _paragraph._drawBullet  # type: ignore[attr-defined]  # not in the stubs
#: Draws one line of a one-style paragraph, aligned left (text object, offset, extra space,
#: words).
left_draw_para_line: Callable[[Any, float, float, list[str]], float]
left_draw_para_line = _paragraph._leftDrawParaLine  # type: ignore[attr-defined]  # not in stubs


def shape_data(text: ShapedStr) -> list[ShapeData]:
    """The per-glyph data of ``text``: ``ShapedStr.__new__`` sets it; the stubs omit it."""
    data: list[ShapeData] = text.__shapeData__  # type: ignore[attr-defined]  # see docstring
    return data


def shaped_str(text: str, data: list[ShapeData]) -> ShapedStr:
    """``text`` with one ``ShapeData`` per glyph (the stubs wrongly say one in all)."""
    return ShapedStr(text, shapeData=data)  # type: ignore[arg-type]  # see docstring


def keep_with_next(flowable: Flowable) -> bool:
    """``flowable.getKeepWithNext()``, which the stubs leave untyped."""
    return bool(flowable.getKeepWithNext())  # type: ignore[no-untyped-call]  # untyped stub


def page_size(canvas: Canvas) -> tuple[float, float]:
    """The canvas's page size, kept by ReportLab as ``_pagesize`` (not in the stubs)."""
    size: tuple[float, float] = canvas._pagesize  # type: ignore[attr-defined]  # see docstring
    return size


def draw_on(flowable: Flowable, canvas: Canvas, x: float, y: float, sW: float = 0) -> None:
    """``flowable.drawOn`` with ReportLab's ``_sW`` (the stubs leave the argument out)."""
    flowable.drawOn(canvas, x, y, sW)  # type: ignore[call-arg]  # see docstring


def parse_paragraph(
    text: str, style: ParagraphStyle
) -> tuple[ParagraphStyle, list[ParaFrag] | None, Any]:
    """``ParaParser().parse(text, style)``: (style, fragments or None, bullet fragments).

    ``ParaParser.parse`` is untyped in the stubs.
    """
    parser = ParaParser()
    parsed: tuple[ParagraphStyle, list[ParaFrag] | None, Any]
    parsed = parser.parse(text, style)  # type: ignore[no-untyped-call]  # see docstring
    return parsed
