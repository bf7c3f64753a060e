"""Comment affordances on a form: a small button beside each field's label, and a menu.

The forms know nothing about reviewing; this module adds to a finished form from outside.
Each commentable field gets a speech-bubble button in its label cell (visible in review
mode, showing how many open comments the field has) and a "Comment on …" context menu on
its label and on the field itself (the field's own text menu is left alone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QMenu, QToolButton, QWidget

from editor.forms import FormWidget
from editor.forms.base import ModelForm
from editor.review.comment_anchors import fields_of, open_comments_text
from editor.widgets.field_labels import field_label
from models.review import Anchor

OnComment = Callable[[Anchor], object]


def bubble_icon(size: int = 16) -> QIcon:
    """A speech bubble, drawn so it needs no icon theme and no emoji font."""
    scale = 2  # crisp on high-dpi screens
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(1.5, 2, size - 3, size - 6.5), 3, 3)
    tail = QPainterPath()
    tail.moveTo(QPointF(4.5, size - 5))
    tail.lineTo(QPointF(4, size - 1.5))
    tail.lineTo(QPointF(8.5, size - 5))
    path = path.united(tail)
    painter.setPen(QPen(QColor("#6B5800"), 1.2))
    painter.setBrush(QColor("#FFE58A"))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class FieldButtons:
    """The comment buttons added to one form, by field name."""

    def __init__(self, form: FormWidget) -> None:
        self.form = form
        self.buttons: dict[str, QToolButton] = {}

    def set_visible(self, visible: bool) -> None:
        for button in self.buttons.values():
            button.setVisible(visible)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show each field's number of open comments next to its bubble."""
        for name, button in self.buttons.items():
            count = counts.get(name, 0)
            button.setText(str(count) if count else "")
            style = Qt.ToolButtonStyle
            button.setToolButtonStyle(
                style.ToolButtonTextBesideIcon if count else style.ToolButtonIconOnly
            )
            tip = button.property("base_tip")
            if count:
                tip += f" ({open_comments_text(count)})"
            button.setToolTip(tip)


def decorate(form: FormWidget, base: Anchor, on_comment: OnComment) -> FieldButtons:
    """Add comment buttons and menus to every field of ``form`` a comment on ``base`` may name."""
    result = FieldButtons(form)
    if not isinstance(form, ModelForm):
        return result
    layout = form.form_layout
    allowed = fields_of(base)
    icon = bubble_icon()
    for name, editor in form.editors.items():
        if name not in allowed:
            continue
        # PySide6's stubs type the (row, role) pair as object.
        row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(editor))
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if row < 0 or label is None:
            continue
        anchor = Anchor(kind=base.kind, item_id=base.item_id, field=name)
        text = QCoreApplication.translate("Review", "Comment on “%1”…").replace(
            "%1", field_label(name)
        )
        layout.removeWidget(label)
        cell = QWidget(form.content)
        cell_layout = QHBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        label.setParent(cell)
        cell_layout.addWidget(label)
        button = QToolButton(cell)
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.setAccessibleName(text.rstrip("…"))
        button.setProperty("base_tip", text.rstrip("…"))
        button.setToolTip(text.rstrip("…"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _=False, a=anchor: on_comment(a))
        cell_layout.addWidget(button)
        cell_layout.addStretch(1)
        layout.setWidget(row, QFormLayout.ItemRole.LabelRole, cell)
        label.show()
        cell.show()
        result.buttons[name] = button
        for widget in (label, editor):
            _add_menu(widget, text, _bind(on_comment, anchor))
    return result


def _bind(on_comment: Callable[[Anchor], object], anchor: Anchor) -> Callable[[], object]:
    """``on_comment`` for this ``anchor``, taking no arguments (a menu action's slot)."""
    return lambda: on_comment(anchor)


def field_menu(widget: QWidget) -> QMenu | None:
    """The "Comment on …" context menu :func:`decorate` gave ``widget``, if any."""
    slot, text = widget.property("comment_slot"), widget.property("comment_text")
    if slot is None or not text:
        return None
    menu = QMenu(widget)
    menu.addAction(text, slot)
    return menu


def _add_menu(widget: QWidget, text: str, slot: Callable[[], object]) -> None:
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.setProperty("comment_slot", slot)
    widget.setProperty("comment_text", text)

    def show(pos: QPoint) -> None:
        menu = field_menu(widget)
        if menu is not None:
            menu.exec(widget.mapToGlobal(pos))
            menu.deleteLater()

    widget.customContextMenuRequested.connect(show)
