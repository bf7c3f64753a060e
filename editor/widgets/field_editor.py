"""The common shape of every field editor: a value, a sink for edits, an inline error.

Field editors work with plain data (str, date, dict, list), never with models. They send
user edits to a *sink* (set by :class:`editor.binding.Binder`, or by a parent list or
record editor) and take model values through :meth:`FieldEditor.set_value`, which does not
emit edits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from models.types import Loc

FieldProblem = tuple[Loc, str]
Assets = Sequence[tuple[bytes, str]]
Sink = Callable[[Any, str, Assets], bool]

ERROR_STYLE = "color: #B00020; font-size: small;"


def normalise(value: object) -> object:
    """A value as the model stores it, for comparing widget and model (models strip text)."""
    return value.strip() if isinstance(value, str) else value


class FieldEditor(QWidget):
    """Base of every field editor; subclasses add their input to :attr:`body`.

    A leaf editor implements :meth:`value`, :meth:`_write` and :meth:`input_widget`; a
    composite (list, record) overrides :meth:`set_value`, :meth:`show_problems` and
    :meth:`focus_input` to pass them on to its children.
    """

    #: True for editors made of other editors (lists, records).
    composite = False

    #: How many field editors were ever made: rows that an edit adds are made of editors, so
    #: a form whose count is unchanged since it ordered its Tab stops needs no new order.
    made = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        FieldEditor.made += 1
        self._sink: Sink | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.body)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        outer.addWidget(self.error_label)

    # -- to the model -------------------------------------------------------------------
    def set_sink(self, sink: Sink) -> None:
        """Where user edits go; returns ``True`` when the document took the value."""
        self._sink = sink

    def commit(self, value: Any, undo_text: str = "", assets: Assets = ()) -> bool:
        """Send ``value`` to the sink; ``undo_text`` names a structural (unmerged) step."""
        return self._sink(value, undo_text, assets) if self._sink is not None else False

    def _edited(self) -> None:
        """Slot for the input's user-only signal."""
        self.commit(self.value())

    # -- from the model -----------------------------------------------------------------
    def value(self) -> Any:
        """The value the widget shows, as plain data."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting an edit; leaves an equal value alone (cursor)."""
        if self.same(self.value(), value):
            return
        with QSignalBlocker(self.input_widget()):
            self._write(value)

    def same(self, shown: Any, model: Any) -> bool:
        return normalise(shown) == normalise(model)

    def _write(self, value: Any) -> None:
        raise NotImplementedError

    # -- problems, focus, read-only ----------------------------------------------------------
    def input_widget(self) -> QWidget:
        """The widget that takes focus and is the buddy of the field's label."""
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """Focusable widgets of this editor, for key handling by a parent list."""
        return [self.input_widget()]

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show ``problems`` (relative locs) under the field; an empty list clears them."""
        text = "\n".join(message for _loc, message in problems)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.input_widget().setAccessibleDescription(text)

    def problem_text(self) -> str:
        """The problems shown by this editor and its children (for tests and tooltips)."""
        return self.error_label.text()

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        """Focus the input for ``rel`` (relative loc); ``select`` selects text to overtype."""
        widget = self.input_widget()
        widget.setFocus()
        if select and hasattr(widget, "selectAll"):
            widget.selectAll()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.input_widget().setEnabled(not read_only)
