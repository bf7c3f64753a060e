"""Tab through a form in the order it is drawn: top to bottom, left to right.

Qt's default Tab order is the order widgets were *created*. A list editor makes its "Add…"
button before the rows it adds later, and rows added by an edit go to the end of the
window's chain, so Tab visited every "Add…" button before the fields and wandered off the
form. Here the order is read from the layouts instead, which is the order the user sees.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLayout, QScrollArea, QWidget


def visual_chain(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab can reach, in the order their layouts draw them.

    A widget that takes Tab focus is one stop (its inner widgets are its own business, e.g.
    a combo box's line edit); a container is walked through its layout (a widget without
    one, through its children). Hidden and disabled widgets are kept in place, so one that
    appears later (a typed byline's field) already has its right turn.
    """
    chain: list[QWidget] = []
    seen: set[int] = set()
    _walk(root, chain, seen, top=True)
    return chain


def _walk(widget: QWidget, chain: list[QWidget], seen: set[int], *, top: bool = False) -> None:
    key = id(widget)
    if key in seen:
        return
    seen.add(key)
    if not top and widget.isWindow():
        return  # a dialog or popup parented here has a chain of its own
    if not top and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        chain.append(widget)
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _walk(inner, chain, seen)
        return  # not its scroll bars and viewport: Qt's own, and never Tab stops
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, chain, seen)
        return
    for child in widget.children():
        if isinstance(child, QWidget):
            _walk(child, chain, seen)


def _walk_layout(layout: QLayout, chain: list[QWidget], seen: set[int]) -> None:
    for index in _drawing_order(layout):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner, child = item.layout(), item.widget()
        if inner is not None:
            _walk_layout(inner, chain, seen)
        elif child is not None:
            _walk(child, chain, seen)


def _drawing_order(layout: QLayout) -> list[int]:
    """Item indices row by row: a grid's or form's items are stored in insertion order."""
    indices = list(range(layout.count()))
    if isinstance(layout, QGridLayout | QFormLayout):
        return sorted(indices, key=lambda i: _position(layout, i))
    return indices


def _position(layout: QGridLayout | QFormLayout, index: int) -> tuple[int, int]:
    """(row, column) of a grid's item, (row, role) of a form's: label before field."""
    position = layout.getItemPosition(index)  # typed ``object`` in the stubs
    assert isinstance(position, tuple)
    row, column = position[0], position[1]
    column = getattr(column, "value", column)  # a form's ItemRole is an enum
    return (row, column) if isinstance(row, int) and isinstance(column, int) else (0, 0)


def set_chain(chain: list[QWidget]) -> None:
    """Make Tab go from each widget of ``chain`` to the next."""
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
