"""Where things go on a printed page: page sizes, margins, the text frame and picture boxes.

One module owns these numbers because two places need them and must agree: the PDF renderer
lays pages out with them (in points, ``exporters/pdf/page_template.py`` converts), and the preflight
check (:mod:`models.preflight`) works out from them how large a photo prints, to warn about
soft photos without exporting. The functions here are unit-free where they can be, so both
call the same arithmetic: millimetres in, millimetres out; points in, points out.
"""

from __future__ import annotations

from typing import Literal

PageSize = Literal["A4", "Letter"]
#: Page margins, as presets: see :data:`MARGINS_MM`.
Margins = Literal["narrow", "normal", "wide"]


#: Page sizes in millimetres (width, height).
PAGE_SIZES_MM: dict[PageSize, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
}
#: Margins in millimetres (left and right, top, bottom); "normal" gives a 150 mm measure on A4,
#: about 80 characters a line of body text.
MARGINS_MM: dict[Margins, tuple[float, float, float]] = {
    "narrow": (20.0, 20.0, 20.0),
    "normal": (30.0, 24.0, 22.0),
    "wide": (38.0, 28.0, 26.0),
}

#: A figure is at most this share of the text frame's height, so a tall picture leaves
#: room for text on its page.
FIGURE_MAX_HEIGHT = 0.55
#: The cover image is at most this share of the text frame's height.
COVER_IMAGE_MAX_HEIGHT = 0.40
#: The logo is fitted into a box this wide and high, in millimetres.
LOGO_BOX_MM = (45.0, 16.0)
#: Room between two pictures side by side in a figure (10 pt), in millimetres.
FIGURE_GUTTER_MM = 10 * 25.4 / 72


def frame(page: tuple[float, float], margins: tuple[float, float, float]) -> tuple[float, float]:
    """Width and height of the text frame on a page of size ``page`` with ``margins``
    (left and right, top, bottom), all in one unit."""
    (width, height), (side, top, bottom) = page, margins
    return width - 2 * side, height - top - bottom


def frame_mm(page_size: PageSize, margins: Margins) -> tuple[float, float]:
    """Width and height of the text frame of a theme's page, in millimetres."""
    return frame(PAGE_SIZES_MM[page_size], MARGINS_MM[margins])


def figure_box(frame_size: tuple[float, float]) -> tuple[float, float]:
    """The box a figure is fitted into, in the unit of ``frame_size``."""
    return frame_size[0], frame_size[1] * FIGURE_MAX_HEIGHT


def figure_cell_box(
    frame_size: tuple[float, float], share: float, columns: int, gutter: float
) -> tuple[float, float]:
    """The box each picture of a figure is fitted into, in the unit of ``frame_size``.

    The figure takes ``share`` of the frame's width, its pictures stand in ``columns`` with
    ``gutter`` (same unit) between them, each at most :data:`FIGURE_MAX_HEIGHT` of the
    frame's height.
    """
    width = frame_size[0] * share
    column = (width - gutter * (columns - 1)) / columns
    return column, frame_size[1] * FIGURE_MAX_HEIGHT


def cover_image_box(frame_size: tuple[float, float]) -> tuple[float, float]:
    """The box the cover image is fitted into, in the unit of ``frame_size``."""
    return frame_size[0], frame_size[1] * COVER_IMAGE_MAX_HEIGHT


def fit_mm(size_px: tuple[int, int], box_mm: tuple[float, float]) -> tuple[float, float]:
    """The printed size of a picture of ``size_px`` as large as fits ``box_mm``: full width,
    unless that makes it too tall. Any unit works: the result is in the box's unit."""
    width_px, height_px = max(size_px[0], 1), max(size_px[1], 1)
    width = box_mm[0]
    height = width * height_px / width_px
    if height > box_mm[1]:  # pragma: no mutate (at equality both ways give the box's size)
        height = box_mm[1]
        width = height * width_px / height_px
    return width, height
