"""Half-width figures and thumbnails at the right of the text, the text flowing beside them.

As on the web page (``.figures--half``, ``.figures--thumbnail`` in ``publication.css``): a
figure group that is one row and not full width stands at the right of the frame, and the
paragraphs and lists after it in the same body are set beside it, narrower, then go on at
full width under it. A line is set narrow while its top is beside the figure or the room
under it (the figure's space after): a paragraph may run a line past the caption, and the
first full-width line is always clear of it.

Only paragraphs (not a lead line) and lists flow beside a figure. Anything else after it,
a sub-heading, a pull quote, another figure, a video, a takeaway panel, or the end of the
body, stops the flow: it starts under the figure. The figure's caption and credit are part
of it (a :class:`~exporters.pdf.figures.FigureRow`), so they never leave their picture.

Over a page break: the figure, with the lines beside it, goes whole on one page. When it
does not fit under the text above it, the text after it fills that page first at full
width, and the figure goes to the top of the next page with the rest of the text beside it
(:meth:`FloatingFigure.split`), rather than leave the foot of the page empty. Structure
tags keep the story's order (the ``Figure``, then the ``P`` elements), whatever the pages.

A half figure floats only when the text beside it is at least :data:`MIN_BESIDE` wide
(45 mm, about 30 characters of body text); on a narrower frame it stays a block of its
printed size in the column, not enlarged, so the sharpness preflight checked still holds.
A thumbnail always floats. Today's pages (A4 and Letter, any margins) leave a half figure
more than 60 mm beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.rl_config import _FUZZ

from exporters import ir
from exporters.pdf.figures import GUTTER
from exporters.pdf.flowables import stack
from exporters.pdf.wrapping import Wrapper

#: Room between a floating figure and the text beside it, in points (about 5 mm).
GAP = 1.5 * GUTTER
#: A half figure floats only if the text beside it is at least this wide, in points.
MIN_BESIDE = 45 * mm
_HUGE = 0x7FFFFFFF

#: Flowables one under the other: (flowable, gap above it, height).
Layout = list[tuple[Flowable, float, float]]
#: A float's content divided: (beside the figure, under it, whether the first under it is
#: the rest of a paragraph begun beside it).
Division = tuple[list[Flowable], list[Flowable], bool]


def floats(group: ir.FigureGroup, frame_width: float) -> bool:
    """Whether ``group`` floats at the right of a frame ``frame_width`` points wide: one
    row, not full width, and (a half figure) wide text beside it."""
    if group.size == "full" or len(group.figures) > max(1, group.columns):
        return False
    beside = frame_width * (1 - group.width) - GAP
    return group.size == "thumbnail" or beside >= MIN_BESIDE


def flows_beside(block: ir.Block) -> bool:
    """Whether ``block`` may be set beside a floating figure before it."""
    match block:
        case ir.Paragraph():
            return block.style != "lead"
        case ir.TextList():
            return True
        case _:
            return False


def flow_beside(
    made: Sequence[tuple[ir.Block, list[Flowable]]], frame: tuple[float, float]
) -> list[Flowable]:
    """The flowables of a group's children (each block with what it was made into), with
    every floating figure and the paragraphs and lists after it joined into one
    :class:`FloatingFigure`."""
    out: list[Flowable] = []
    index = 0
    while index < len(made):
        block, flowables = made[index]
        index += 1
        # A floating group is one row: figure_rows made it one flowable.
        if not (isinstance(block, ir.FigureGroup) and floats(block, frame[0])):
            out += flowables
            continue
        beside: list[Flowable] = []
        while index < len(made) and flows_beside(made[index][0]):
            beside += made[index][1]
            index += 1
        out.append(FloatingFigure(flowables[0], beside, frame[1]))
    return out


class FloatingFigure(Flowable):
    """A figure at the right of the frame, with ``content`` set beside it and then under it.

    ``frame_height``: the height of a whole frame, to know a page of its own (a figure
    taller than that falls apart into its own flowables and the text under them).
    ``settled``: for a part of a split float, the content as it was divided then
    (:data:`Division`), kept as it is.
    """

    def __init__(
        self,
        figure: Flowable,
        content: Sequence[Flowable],
        frame_height: float,
        *,
        settled: Division | None = None,
    ) -> None:
        super().__init__()
        self.figure = figure
        self.content = list(content)
        self.frame_height = frame_height
        self.settled = settled
        self.spaceBefore = max(
            [figure.getSpaceBefore(), *(f.getSpaceBefore() for f in content[:1])]
        )
        self._width: float | None = None
        self._figure_size = (0.0, 0.0)
        self._division: Division = ([], [], False)
        self._beside: Layout = []
        self._under: Layout = []
        self._top = 0.0  # the height of the figure, or of the text beside it if more
        self._under_at = 0.0  # where the text under the figure starts, from the top
        self._clear = 0.0  # where a line starts wide again, under the figure
        self._after = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._width != availWidth:
            self._arrange(availWidth)
        return self.width, self.height

    def _arrange(self, width: float) -> None:
        """Set the content beside the figure, narrower, while its lines start beside the
        figure or the room under it; the rest under it at ``width``."""
        canvas = self.canv
        figure_width, figure_height = self.figure.wrapOn(canvas, width, _HUGE)
        self._figure_size = (figure_width, figure_height)
        narrow = width - figure_width - GAP
        clear = self._clear = figure_height + self.figure.getSpaceAfter()  # wide from here
        division = self.settled or _divide(canvas, self.content, narrow, clear)
        beside, under, continued = self._division = division
        self._beside, beside_height = stack(canvas, beside, narrow)
        self._under, under_height = stack(canvas, under, width)
        self._top = max(figure_height, beside_height)
        if under:
            gap = 0.0 if continued else max(under[0].getSpaceBefore(), _after(beside))
            self._under_at = max(beside_height + gap, clear)
            self._after = under[-1].getSpaceAfter()
            self.height = self._under_at + under_height
        else:
            self._under_at = self.height = self._top
            self._after = max(_after(beside), clear - self._top)
        self.width = self._width = width

    def getSpaceAfter(self) -> float:
        return self._after if self._width is not None else self.figure.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The figure, the text beside it and what fits under it here, and the rest; or,
        with no room for the figure here, see :meth:`_defer`."""
        self.wrap(availWidth, availHeight)
        if self._top > availHeight + _FUZZ:
            return self._defer(availWidth, availHeight)
        here, rest = _fill(self.canv, self._under, availWidth, availHeight - self._under_at)
        if not rest:
            return [self]
        beside, _, continued = self._division
        settled = (beside, here, continued and bool(here))
        return [
            FloatingFigure(self.figure, [*beside, *here], self.frame_height, settled=settled),
            *rest,
        ]

    def _defer(self, width: float, height: float) -> list[Flowable]:
        """No room for the figure here: the text after it fills the page at full width, but
        for as much as the side of the figure will take on the next page; the figure goes
        on with that. On a page of its own (a figure with a caption of a page), it falls
        apart."""
        if height >= self.frame_height - 1e-6:
            return [self.figure, *self.content]
        layout, total = stack(self.canv, self.content, width)
        # The text beside the figure, measured at full width: as much as its side holds.
        narrow = width - self._figure_size[0] - GAP
        room = min(height, total - self._clear * narrow / width)
        here, rest = _fill(self.canv, layout, width, room) if room > 0 else ([], [])
        if not here:
            return []  # the figure and all its text, on the next page
        return [*here, FloatingFigure(self.figure, rest, self.frame_height)]

    def draw(self) -> None:
        canvas = self.canv
        figure_width, figure_height = self._figure_size
        # The figure first: it comes first in the story (and in the structure tree).
        self.figure.drawOn(canvas, self.width - figure_width, self.height - figure_height)
        narrow = self.width - figure_width - GAP
        _draw(canvas, self._beside, narrow, self.height)
        _draw(canvas, self._under, self.width, self.height - self._under_at)


def _divide(canvas: Canvas, content: Sequence[Flowable], narrow: float, clear: float) -> Division:
    """``content`` divided around a figure: a flowable starts beside the figure (at
    ``narrow``) if it starts above ``clear``; a paragraph that runs past it is split after
    its last line that starts above it."""
    beside: list[Flowable] = []
    rest = list(content)
    y = 0.0
    previous_after: float | None = None
    while rest:
        flowable = rest[0]
        gap = 0.0 if previous_after is None else max(previous_after, flowable.getSpaceBefore())
        top = y + gap
        if top >= clear:
            break
        _, height = flowable.wrapOn(canvas, narrow, _HUGE)
        leading = _leading(flowable)
        lines = math.ceil((clear - top) / leading - 1e-9) if leading else 0
        fits = height <= lines * leading + _FUZZ if leading else top + height <= clear
        if fits:
            beside.append(rest.pop(0))
            y = top + height
            previous_after = flowable.getSpaceAfter()
            continue
        parts = flowable.splitOn(canvas, narrow, lines * leading + _FUZZ) if lines else []
        if len(parts) > 1 and not isinstance(parts[0], ActionFlowable):
            beside.append(parts[0])
            rest[0:1] = parts[1:]
            return beside, rest, True
        break
    return beside, rest, False


def _fill(
    canvas: Canvas, layout: Layout, width: float, room: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of ``layout`` (at ``width``) that fit in ``room`` (the one crossing it
    split there if it can be), and the rest."""
    used = 0.0
    for index, (flowable, gap, height) in enumerate(layout):
        if used + gap + height <= room + _FUZZ:
            used += gap + height
            continue
        here = [f for f, _, _ in layout[:index]]
        rest = [f for f, _, _ in layout[index + 1 :]]
        space = room - used - gap
        parts = flowable.splitOn(canvas, width, space) if space > 0 else []
        if len(parts) > 1 and not isinstance(parts[0], ActionFlowable):
            return [*here, parts[0]], [*parts[1:], *rest]
        return here, [flowable, *rest]
    return [f for f, _, _ in layout], []


def _draw(canvas: Canvas, layout: Layout, width: float, top: float) -> None:
    """Draw ``layout`` downwards from ``top``, each flowable wrapped at ``width`` again
    first: the float shares its paragraphs with the parts it was split into, which may have
    wrapped them at another width since (at the same width a paragraph keeps its lines)."""
    y = top
    for flowable, gap, height in layout:
        flowable.wrapOn(canvas, width, _HUGE)
        y -= gap + height
        flowable.drawOn(canvas, 0, y)


def _after(layout: Sequence[Flowable]) -> float:
    return layout[-1].getSpaceAfter() if layout else 0.0


def _leading(flowable: Flowable) -> float:
    """The line height of a paragraph (inside any wrappers), or 0 for anything else."""
    while isinstance(flowable, Wrapper):
        flowable = flowable.inner
    if not isinstance(flowable, Paragraph):
        return 0.0
    return float(flowable.style.leading)
