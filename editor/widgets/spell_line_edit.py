"""A line edit that draws wavy red underlines under given stretches of its text.

``QLineEdit`` has no character formats (a ``QTextEdit`` gets its underlines from a
``QSyntaxHighlighter``), so this one paints them itself, over what ``QLineEdit`` painted.
Which stretches are marked is set from outside (:meth:`SpellLineEdit.set_marks`, by
:mod:`editor.spelling.controller`): the widget knows nothing of spelling.

Where a character is drawn: the text starts at the contents rectangle of the style (less the
text margins) and is scrolled sideways when it is longer than the field. Qt keeps that scroll
to itself, but :meth:`QLineEdit.cursorRect` is placed with it, so the text's origin is the
cursor's place less the width of the text before the cursor; a character's place is then
the origin plus the width of the text before it. This holds for left-to-right text, which
is what the forms use; a right-to-left layout gets no underlines rather than wrong ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from math import ceil

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QStyle, QStyleOptionFrame, QWidget

#: Called with the context menu and the text position under the mouse before it shows.
LineMenuHook = Callable[[QMenu, int], None]
#: A stretch of the text to underline: (start, end), end excluded.
Mark = tuple[int, int]

#: Qt's line control puts the cursor rectangle this far left of the cursor's x
#: (``QWidgetLineControl::rectForPos``: ``QRect(cix - 5, 0, width + 9, height)``).
_CURSOR_RECT_LEFT = 5
_COLOUR = QColor(Qt.GlobalColor.red)


class SpellLineEdit(QLineEdit):
    """A ``QLineEdit`` with underlined stretches and hooks into its context menu.

    Attributes:
        context_menu_hooks: called with the menu and the text position under the mouse
            before the context menu shows (spelling suggestions), as on a rich text field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Whether spelling is checked here: off for lines that are not prose (addresses).
        self.prose = True
        self.context_menu_hooks: list[LineMenuHook] = []
        self._marks: tuple[Mark, ...] = ()
        self._marked_text = ""  # the text the marks were set for: other text shows none
        # The width of the text before a position, for one text and font: the cursor's
        # blinking repaints the line twice a second, and shaping a prefix is the costly part.
        self._advances: dict[int, float] = {}
        self._advances_for: tuple[str, str] = ("", "")

    # -- the marks ----------------------------------------------------------------------------

    def set_marks(self, ranges: Sequence[Mark]) -> None:
        """Underline ``ranges`` of the current text (and nothing else); they are dropped
        when the text changes, until they are set again."""
        marks = tuple(ranges)
        text = self.text()
        if marks == self._marks and text == self._marked_text:
            return
        self._marks = marks
        self._marked_text = text
        self.update()

    def marks(self) -> tuple[Mark, ...]:
        """The stretches underlined now (none once the text has changed since they were set)."""
        shown = self.text() == self._marked_text and self.echoMode() == QLineEdit.EchoMode.Normal
        return self._marks if shown else ()

    def mark_spans(self) -> list[tuple[float, float]]:
        """The horizontal extent of each mark, in widget coordinates (as last painted)."""
        origin = self._origin()
        advance = self._advance
        return [(origin + advance(start), origin + advance(end)) for start, end in self.marks()]

    def contents_rect(self) -> QRect:
        """Where QLineEdit draws its text: the style's contents rectangle less the margins."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return rect.marginsRemoved(self.textMargins())

    def _origin(self) -> float:
        """The x at which the text's first character is drawn (the scroll included)."""
        cursor_x = self.cursorRect().x() + _CURSOR_RECT_LEFT
        return cursor_x - self._advance(self.cursorPosition())

    def _advance(self, position: int) -> float:
        """The width of the text before ``position``, in the field's font."""
        text = self.text()
        key = (text, self.font().key())
        if key != self._advances_for:
            self._advances_for = key
            self._advances = {}
        width = self._advances.get(position)
        if width is None:
            width = QFontMetricsF(self.font()).horizontalAdvance(text[:position])
            self._advances[position] = width
        return width

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """QLineEdit's own painting (which also updates its scroll), then the underlines."""
        super().paintEvent(event)
        if not self.marks() or self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return
        metrics = QFontMetricsF(self.font())
        baseline = self.cursorRect().y() + metrics.ascent()
        # Qt's wave (QPainter's wavy underline): from the baseline down, as high as the
        # descent allows, a half period of the golden ratio times its radius.
        radius = max(1.0, min(metrics.underlinePos(), (metrics.descent() - 1) / 2))
        half_period = max(2.0, radius * 1.61803399)
        painter = QPainter(self)
        painter.setClipRect(self.contents_rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_COLOUR, 1.0))
        middle = baseline + 1 + radius
        for left, right in self.mark_spans():
            painter.save()
            band = QRectF(left, middle - radius - 1, right - left, 2 * radius + 2)
            painter.setClipRect(band, Qt.ClipOperation.IntersectClip)
            painter.translate(left, middle)
            painter.drawPath(_wave(ceil(right - left), radius, half_period))
            painter.restore()
        painter.end()

    # -- the context menu -----------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        at = self.cursorPositionAt(event.pos())
        for hook in list(self.context_menu_hooks):
            hook(menu, at)
        menu.exec(event.globalPos())
        menu.deleteLater()


@lru_cache(maxsize=64)
def _wave(width: int, radius: float, half_period: float) -> QPainterPath:
    """A wavy line from (0, 0) rightwards, at least ``width`` long, up and down by
    ``radius`` (made once per size: the same marks are painted at every repaint)."""
    path = QPainterPath(QPointF(0, 0))
    x = 0.0
    up = True
    while x < width:
        x += half_period
        path.quadTo(QPointF(x - half_period / 2, -radius if up else radius), QPointF(x, 0))
        up = not up
    return path
