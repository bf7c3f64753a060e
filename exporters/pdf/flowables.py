"""Flowables of the story besides paragraphs: panels, portraits and the byline beside them,
and the stacks that keep a heading with the first lines after it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from exporters.pdf.media import draw_source, print_source
from exporters.pdf.reportlab_private import keep_with_next
from exporters.pdf.tagging import artifact
from models import images


class Panel(Flowable):
    """Flowables in a box with an optional background and left rule, split across pages.

    Cheaper than a one-cell ``Table``, which wraps its content several times per layout.
    ``unbroken``: the height of a whole frame, for a panel that must not be split (a pull
    quote): it moves to the next page instead, unless it is taller than a whole frame.
    """

    def __init__(
        self,
        content: list[Flowable],
        *,
        background: Color | None = None,
        rule: Color | None = None,
        rule_width: float = 0,
        padding: tuple[float, float, float, float] = (8, 10, 8, 10),
        space_before: float = 0,
        space_after: float = 0,
        unbroken: float | None = None,
    ) -> None:
        super().__init__()
        self.content = content
        self.background = background
        self.rule = rule
        self.rule_width = rule_width
        self.padding = padding
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.unbroken = unbroken
        self._layout: list[tuple[Flowable, float, float]] = []  # (flowable, gap, height)

    def _copy(
        self,
        content: list[Flowable],
        *,
        space_before: float | None = None,
        space_after: float | None = None,
    ) -> Panel:
        """A panel like this one around ``content``, with the spaces given changed."""
        return Panel(
            content,
            background=self.background,
            rule=self.rule,
            rule_width=self.rule_width,
            padding=self.padding,
            space_before=self.spaceBefore if space_before is None else space_before,
            space_after=self.spaceAfter if space_after is None else space_after,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._layout and self.width == availWidth:
            return self.width, self.height
        top, right, bottom, left = self.padding
        inner = availWidth - left - right
        layout: list[tuple[Flowable, float, float]] = []
        height = top + bottom
        previous_after: float | None = None
        for flowable in self.content:
            _, h = flowable.wrapOn(self.canv, inner, 0x7FFFFFFF)
            gap = 0.0 if previous_after is None else max(previous_after, flowable.getSpaceBefore())
            layout.append((flowable, gap, h))
            height += gap + h
            previous_after = flowable.getSpaceAfter()
        self._layout = layout
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        top, right, bottom, left = self.padding
        inner = availWidth - left - right
        room = availHeight - top - bottom
        if not self._layout or self.width != availWidth:
            self.wrap(availWidth, availHeight)
        if self.unbroken is not None and self.height <= self.unbroken:
            return []  # not here: whole, on the next page
        used = 0.0
        for index, (flowable, gap, h) in enumerate(self._layout):
            if used + gap + h <= room:
                used += gap + h
                continue
            parts = flowable.splitOn(self.canv, inner, room - used - gap) if room > used else []
            self._layout = []  # a failed split may drop the child's line breaks
            head = self.content[:index] + parts[:1]
            tail = parts[1:] + self.content[index + 1 :] if parts else self.content[index:]
            if not head or not tail:  # nothing fits, or float rounding says it all does
                return []
            return [self._copy(head, space_after=0), self._copy(tail, space_before=0)]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        top, _, _, left = self.padding
        with artifact(canvas):
            canvas.saveState()
            if self.background is not None:
                canvas.setFillColor(self.background)
                canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            if self.rule is not None and self.rule_width:
                canvas.setFillColor(self.rule)
                canvas.rect(0, 0, self.rule_width, self.height, stroke=0, fill=1)
            canvas.restoreState()
        y = self.height - top
        for flowable, gap, h in self._layout:
            y -= gap + h
            flowable.drawOn(canvas, left, y)


#: Side of a speaker's printed portrait: about 12 mm, two and a half lines of the byline.
PORTRAIT_SIZE = 34.0
_PORTRAIT_GAP = 6.0


class Portrait(Flowable):
    """A picture cut to a square of :data:`PORTRAIT_SIZE`: scaled to cover it, centred."""

    def __init__(self, data: bytes, size: float = PORTRAIT_SIZE) -> None:
        super().__init__()
        self.width = self.height = size
        # The picture is drawn large enough to cover the square, and printed at that size.
        info = images.check(data)  # cached; decodes PNG, JPEG, GIF and WebP only
        scale = size / max(min(info.width, info.height), 1)
        self.drawn = (info.width * scale, info.height * scale)
        self.source = print_source(data, *self.drawn)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.width
        width, height = self.drawn
        canvas.saveState()
        square = canvas.beginPath()
        square.rect(0, 0, size, size)
        canvas.clipPath(square, stroke=0, fill=0)
        x, y = (size - width) / 2, (size - height) / 2
        draw_source(canvas, self.source, x, y, width, height)
        canvas.restoreState()


class BesidePortraits(Flowable):
    """Portraits in a row with a paragraph (the byline) beside them, or under them when
    the row would leave the text less than half the width. It moves to the next page
    rather than split: it is a few lines high.
    """

    def __init__(self, portraits: list[Flowable], paragraph: Flowable) -> None:
        super().__init__()
        self.portraits = portraits
        self.paragraph = paragraph
        self.spaceBefore = paragraph.getSpaceBefore()
        self.spaceAfter = paragraph.getSpaceAfter()
        self.keepWithNext = keep_with_next(paragraph)  # the section's text follows
        self._text_at = (0.0, 0.0)
        self._portraits_at: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size, gap = PORTRAIT_SIZE, _PORTRAIT_GAP
        for portrait in self.portraits:
            portrait.wrapOn(self.canv, size, size)
        per_row = max(1, int((availWidth + gap) // (size + gap)))
        count = len(self.portraits)
        row = count * (size + gap)
        if availWidth - row >= availWidth / 2:  # beside: text left of the row's end
            _, text_height = self.paragraph.wrapOn(self.canv, availWidth - row, availHeight)
            height = max(size, text_height)
            self._portraits_at = [(i * (size + gap), height - size) for i in range(count)]
            middle = (height - text_height) / 2 if text_height < size else 0.0
            self._text_at = (row, middle)
        else:  # under: rows of portraits, then the text at full width
            rows = -(-count // per_row)
            _, text_height = self.paragraph.wrapOn(self.canv, availWidth, availHeight)
            height = rows * (size + gap) + text_height
            self._portraits_at = [
                ((i % per_row) * (size + gap), height - (i // per_row) * (size + gap) - size)
                for i in range(count)
            ]
            self._text_at = (0.0, 0.0)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        for portrait, (x, y) in zip(self.portraits, self._portraits_at, strict=True):
            portrait.drawOn(self.canv, x, y)
        self.paragraph.drawOn(self.canv, *self._text_at)


class Stack(Flowable):
    """Flowables one under the other, as the frame would set them, that never split apart:
    a heading with the first lines after it, a figure with its caption and credit.
    """

    def __init__(self, content: Sequence[Flowable]) -> None:
        super().__init__()
        self.content = list(content)
        self.spaceBefore = self.content[0].getSpaceBefore()
        self.spaceAfter = self.content[-1].getSpaceAfter()
        self._layout: list[tuple[Flowable, float, float]] = []  # (flowable, gap, height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout, height = stack(self.canv, self.content, availWidth)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        draw_stack(self.canv, self._layout, self.height)


def draw_stack(canv: Canvas, layout: Sequence[tuple[Flowable, float, float]], top: float) -> None:
    """Draw a :func:`stack` layout downwards from ``top``."""
    y = top
    for flowable, gap, height in layout:
        y -= gap + height
        flowable.drawOn(canv, 0, y)


def stack(
    canvas: Canvas, content: Sequence[Flowable], width: float
) -> tuple[list[tuple[Flowable, float, float]], float]:
    """``content`` wrapped at ``width``, one under the other: (flowable, gap above it,
    height) each, and the height of them all. The gap between two is the larger of the
    space after the one and before the other, as a frame sets them."""
    layout: list[tuple[Flowable, float, float]] = []
    height = 0.0
    previous_after: float | None = None
    for flowable in content:
        _, h = flowable.wrapOn(canvas, width, 0x7FFFFFFF)
        gap = 0.0 if previous_after is None else max(previous_after, flowable.getSpaceBefore())
        layout.append((flowable, gap, h))
        height += gap + h
        previous_after = flowable.getSpaceAfter()
    return layout, height


class KeepWithFirstLines(Flowable):
    """Flowables that must not end a page (a heading, a byline) and the one they lead to.

    The lead stays on the page of the first lines of what follows: if the follower does not
    fit under the lead, it is split there (a paragraph gives at least two lines: no orphans)
    and the lead goes with its first part; if it cannot be split there, all moves to the
    next page. On a page of its own and still too tall (a very long title over a tall
    picture), the lead and the follower go on as separate flowables.
    """

    def __init__(self, lead: Sequence[Flowable], follower: Flowable, frame_height: float) -> None:
        super().__init__()
        self.lead = list(lead)
        self.follower = follower
        self.frame_height = frame_height
        self.spaceBefore = self.lead[0].getSpaceBefore()
        self.spaceAfter = follower.getSpaceAfter()
        self.keepWithNext = 0
        self._layout: list[tuple[Flowable, float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout, height = stack(self.canv, [*self.lead, self.follower], availWidth)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        *lead, (follower, gap, _) = self._layout
        room = availHeight - sum(g + h for _, g, h in lead) - gap
        parts = follower.splitOn(self.canv, availWidth, room) if room > 0 else []
        if len(parts) > 1 and not isinstance(parts[0], ActionFlowable):
            return [Stack([*self.lead, parts[0]]), *parts[1:]]
        self._layout = []  # a failed split may drop the follower's line breaks
        if availHeight >= self.frame_height - 1e-6:  # a page of its own is not enough
            return [*self.lead, self.follower]
        return []

    def draw(self) -> None:
        draw_stack(self.canv, self._layout, self.height)
