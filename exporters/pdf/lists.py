"""Bulleted and numbered lists in the text, with hanging indents.

Each item is one of the renderer's own paragraphs (:class:`~exporters.pdf.paragraph.Para`)
with its label as the paragraph's bullet, so an item is shaped, reordered and cut like any
paragraph and splits over a page as one (never leaving a single line behind). The label
hangs left of the text; numbers end at one place, so "9." and "10." line up. Sub-items sit
one indent further in, with a dash or a letter.

Tagged as lists: ``L`` / ``LI`` / ``Lbl`` (the label) / ``LBody`` (the text), a sub-list in
its item's ``LBody`` (:mod:`exporters.pdf.tagging`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from exporters import ir
from exporters.pdf.paragraph import Para
from exporters.pdf.tagging import Tags
from models.richtext import Span

#: Room between a label and its item's text, in ems. ReportLab starts the first line at
#: least 0.6 em after the label's end, whatever the indent says: a smaller gap would set
#: the first line further in than the ones under it.
_LABEL_GAP = 0.65
#: Where a bullet hangs, left of the text, and how far a sub-list is indented further.
_BULLET_INDENT = 3.0
#: Space between two items, in points; after the list comes its style's own space after.
_ITEM_SPACE = 3.0
_BULLET, _SUB_BULLET = "•", "–"

#: Makes paragraph markup from spans in a style.
Markup = Callable[[Sequence[Span], ParagraphStyle], str]


def labels(count: int, ordered: bool, *, sub: bool = False) -> list[str]:
    """The labels of ``count`` items: bullets, "1." "2." …, or for sub-items "a." "b." …"""
    if not ordered:
        return [_SUB_BULLET if sub else _BULLET] * count
    if sub:
        return [f"{_letters(n)}." for n in range(count)]
    return [f"{n + 1}." for n in range(count)]


def _letters(n: int) -> str:
    """a, b, … z, aa, ab, …: the n-th (from 0) letter label, as a browser counts."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def numbering(ordered: bool, *, sub: bool = False) -> str:
    """The ``/ListNumbering`` of the labels :func:`labels` gives."""
    if ordered:
        return "LowerAlpha" if sub else "Decimal"
    return "None" if sub else "Disc"


@lru_cache(maxsize=256)
def item_style(
    base: ParagraphStyle, label_end: float, label_width: float, *, last: bool = False
) -> ParagraphStyle:
    """``base`` for an item whose label, ``label_width`` wide, ends ``label_end`` points in,
    and whose text starts a little after that. The ``last`` item of a list has ``base``'s
    space after it, the others a little.

    The label is placed by its start (ReportLab's "start" anchor), not its end: for any
    other anchor ReportLab takes the label for wider than the indent and breaks the
    item's first line shorter than the others.
    """
    return ParagraphStyle(
        f"{base.name}-item",
        parent=base,
        leftIndent=label_end + _LABEL_GAP * base.fontSize,
        bulletIndent=label_end - label_width,
        bulletFontName=base.fontName,
        bulletFontSize=base.fontSize,
        spaceBefore=0,
        spaceAfter=base.spaceAfter if last else _ITEM_SPACE,
        keepWithNext=0,
    )


def text_list(
    leaf: ir.TextList, base: ParagraphStyle, markup: Markup, tags: Tags
) -> list[Flowable]:
    """The items of ``leaf`` in ``base``'s size, each a paragraph with a hanging label."""
    out: list[Flowable] = []
    tops = labels(len(leaf.items), leaf.ordered)
    label_end = _BULLET_INDENT + max(_width(label, base) for label in tops)
    with tags.bullets(numbering=numbering(leaf.ordered), lang=leaf.language):
        for index, (item, label) in enumerate(zip(leaf.items, tops, strict=True)):
            last = index == len(leaf.items) - 1
            style = item_style(
                base, label_end, _width(label, base), last=last and not item.children
            )
            out.append(tags.item(Para(markup(item.spans, style), style, bulletText=label)))
            if item.children:
                out += _sub_items(
                    item.children, leaf.ordered, base, style.leftIndent, last, markup, tags
                )
    return out


def _sub_items(
    children: Sequence[ir.Inline],
    ordered: bool,
    base: ParagraphStyle,
    indent: float,
    last: bool,
    markup: Markup,
    tags: Tags,
) -> list[Flowable]:
    """The sub-items of an item whose text starts ``indent`` in; ``last``: of the last item.

    Their labels hang under the start of the item's text.
    """
    out: list[Flowable] = []
    subs = labels(len(children), ordered, sub=True)
    label_end = indent + max(_width(label, base) for label in subs)
    with tags.sub_list(numbering(ordered, sub=True)):
        for index, (child, label) in enumerate(zip(children, subs, strict=True)):
            end = last and index == len(children) - 1
            style = item_style(base, label_end, _width(label, base), last=end)
            out.append(tags.item(Para(markup(child, style), style, bulletText=label)))
    return out


def _width(label: str, style: ParagraphStyle) -> float:
    """The width of ``label`` in ``style``, rounded to a hundredth so that equal labels
    share their item styles."""
    return round(stringWidth(label, style.fontName, style.fontSize), 2)
