"""Figures placed in the text: one picture, a row of two or three, or a small grid.

A :class:`~exporters.ir.FigureGroup` takes its share of the text width (full, half or a
thumbnail), its pictures side by side in ``columns``; more pictures wrap into rows. Each
picture's caption and credit sit under it and never leave its page: a row is one flowable
that moves to the next page whole. Rows of a grid may stand on different pages. A half
figure or a thumbnail of one row stands at the right, with the text after it beside it
(:mod:`exporters.pdf.floats`).

Pictures are printed at the size they are drawn (:class:`~exporters.pdf.media.PrintedImage`),
so the size of a cell is fixed when the story is built, from the frame's width.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exporters import ir
from exporters.pdf.flowables import stack
from exporters.pdf.media import PrintedImage
from models.body import FIGURE_WIDTH
from models.page_geometry import FIGURE_GUTTER_MM, figure_cell_box, fit_mm

#: Room between two pictures side by side, and between two rows of a grid, in points.
GUTTER = FIGURE_GUTTER_MM * mm
_SPACE_BEFORE = 6.0
_SPACE_AFTER = 10.0


def cell_box(frame: tuple[float, float], size: ir.FigureSize, columns: int) -> tuple[float, float]:
    """The box (points) each picture of a group is fitted into: its column's width, and at
    most :data:`~models.page_geometry.FIGURE_MAX_HEIGHT` of the frame's height. Preflight
    checks sharpness with the same box (:func:`models.page_geometry.figure_cell_box`)."""
    return figure_cell_box(frame, FIGURE_WIDTH[size], columns, GUTTER)


@dataclass(frozen=True, slots=True)
class Cell:
    """A picture (tagged as the renderer wants it) and the caption and credit under it."""

    picture: Flowable
    texts: tuple[Flowable, ...]


#: Makes a cell's flowables from a figure and its picture, in reading order (the renderer
#: tags them as it makes them).
CellFactory = Callable[[ir.Figure, PrintedImage], Cell]


def figure_rows(
    group: ir.FigureGroup, frame: tuple[float, float], cell: CellFactory
) -> list[Flowable]:
    """The rows of ``group``, each a flowable that is never split from its captions."""
    columns = max(1, min(group.columns, len(group.figures)))
    box = cell_box(frame, group.size, columns)
    cells = [
        cell(figure, PrintedImage(figure.data, *fit_mm((figure.width_px, figure.height_px), box)))
        for figure in group.figures
    ]
    rows: list[Flowable] = [
        FigureRow(cells[start : start + columns], box[0], frame[1])
        for start in range(0, len(cells), columns)
    ]
    rows[0].spaceBefore = _SPACE_BEFORE
    rows[-1].spaceAfter = _SPACE_AFTER
    for row in rows[:-1]:
        row.spaceAfter = GUTTER
    return rows


class FigureRow(Flowable):
    """Pictures side by side in columns of ``column`` points, each with its texts under it.

    Drawn cell by cell, picture then texts, so the content reads (and is tagged) in order.
    A row taller than a whole frame (a caption of a page) falls apart into its pieces.
    """

    def __init__(self, cells: Sequence[Cell], column: float, frame_height: float) -> None:
        super().__init__()
        self.cells = list(cells)
        self.column = column
        self.frame_height = frame_height
        self._layouts: list[list[tuple[Flowable, float, float]]] = []
        self._column = column
        self._wrapped_at = -1.0  # the width the layouts were made for

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The layout depends on the width only: platypus wraps a row again (the frame,
        # then split, then the next page's frame), at the same width each time.
        if self._layouts and self._wrapped_at == availWidth:
            return self.width, self.height
        count = len(self.cells)
        column = self._column = min(self.column, (availWidth - (count - 1) * GUTTER) / count)
        self._layouts = []
        height = 0.0
        for cell in self.cells:
            layout, cell_height = stack(self.canv, [cell.picture, *cell.texts], column)
            self._layouts.append(layout)
            height = max(height, cell_height)
        self.width = count * column + (count - 1) * GUTTER
        self.height = height
        self._wrapped_at = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.frame_height:
            return []  # not here: whole, on the next page
        return [flowable for cell in self.cells for flowable in (cell.picture, *cell.texts)]

    def draw(self) -> None:
        x = 0.0
        for layout in self._layouts:
            y = self.height
            for flowable, gap, h in layout:
                y -= gap + h
                flowable.drawOn(self.canv, x, y)
            x += self._column + GUTTER
