"""Flowables that mark what another flowable draws: as a structure element's content, or as
an artifact. Each wraps the flowable and passes layout through untouched, so a tagged story
lays out exactly as an untagged one; parts of a split flowable keep their element.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from exporters.pdf.reportlab_private import draw_on
from exporters.pdf.tagging.tree import Element, TextOwner
from exporters.pdf.wrapping import Wrapper

if TYPE_CHECKING:
    from exporters.pdf.tagging.canvas import TaggingCanvas


class _Mark(Wrapper):
    """Layout passes through to ``inner``; subclasses mark what it draws."""

    # Flowable.__init__'s defaults as class attributes: thousands of marks are made per
    # export, and each would otherwise set them all on itself.
    width: float = 0
    height: float = 0
    wrapped = 0
    hAlign, vAlign = "LEFT", "BOTTOM"
    _traceInfo = _showBoundary = encoding = None

    def __init__(self, inner: Flowable) -> None:  # no super().__init__(): see above
        self.inner = inner

    def _part(self, inner: Flowable) -> _Mark:
        """A mark like this one around ``inner``, a part of this mark's flowable."""
        raise NotImplementedError

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.splitOn(self.canv, availWidth, availHeight)
        return [p if isinstance(p, ActionFlowable) else self._part(p) for p in parts]

    def identity(self, maxLen: int | None = None) -> str:
        return str(self.inner.identity(maxLen))


class TextMark(_Mark):
    """A paragraph whose text is its element's content; its links become ``Link`` kids."""

    def __init__(self, inner: Flowable, owner: TextOwner) -> None:
        super().__init__(inner)
        self.owner = owner

    def _part(self, inner: Flowable) -> _Mark:
        return TextMark(inner, self.owner)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        tagging = _tagging(canvas)
        bullet = self.owner.label is not None and bool(getattr(self.inner, "bulletText", None))
        whole_link = _whole_link(self.inner) if self.owner.link_texts else None
        tagging.begin_text(self.owner, bullet=bullet, whole_link=whole_link)
        try:
            draw_on(self.inner, canvas, x, y, _sW)
        finally:
            tagging.end_text()


class BlockMark(_Mark):
    """A flowable (a picture) whose whole drawing is one element's content."""

    def __init__(self, inner: Flowable, element: Element) -> None:
        super().__init__(inner)
        self.element = element

    def _part(self, inner: Flowable) -> _Mark:
        return BlockMark(inner, self.element)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        tagging = _tagging(canvas)
        tagging.begin_block(self.element, (x, y, x + self.width, y + self.height))
        try:
            draw_on(self.inner, canvas, x, y, _sW)
        finally:
            tagging.end_block()


class ArtifactMark(_Mark):
    """A flowable that is decoration only (a decorative picture): drawn as an artifact."""

    def _part(self, inner: Flowable) -> _Mark:
        return ArtifactMark(inner)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        with _tagging(canvas).artifact():
            draw_on(self.inner, canvas, x, y, _sW)


def _tagging(canvas: Canvas) -> TaggingCanvas:
    """The canvas marks draw on: marks are made only for a tagged build, whose canvas is a
    :class:`TaggingCanvas` (Flowable.drawOn is typed for any canvas)."""
    return cast("TaggingCanvas", canvas)


def link_texts(paragraph: Flowable) -> dict[int, str] | None:
    """The text of each link in a paragraph, by ReportLab's link number; None if none.

    Read from the parsed fragments before layout, which replaces them with words.
    """
    if "<a " not in getattr(paragraph, "text", "<a "):
        return None
    parts: dict[int, list[str]] = {}  # joined once: a link may span many fragments
    for frag in getattr(paragraph, "frags", ()):
        for link in getattr(frag, "link", None) or ():
            parts.setdefault(link[0], []).append(getattr(frag, "text", ""))
    return {number: "".join(texts) for number, texts in parts.items()} or None


def _whole_link(paragraph: Any) -> tuple[int, str] | None:
    """The link of a paragraph that is one link and nothing else, laid out as one fragment.

    ReportLab draws such a paragraph without reporting where its link starts and ends.
    """
    lines = getattr(paragraph, "blPara", None)
    if lines is None or lines.kind != 0 or not getattr(lines, "link", None):
        return None
    number, href = lines.link[0][:2]
    return int(number), str(href)
