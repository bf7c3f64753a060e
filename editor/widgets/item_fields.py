"""An editor for fields of one item that must change together, bound at the item itself.

Some edits touch two fields at once: a typed byline needs its mode and its text, picking a
quote's speaker may fill the attribution. Bound at the item, such an editor commits the
whole item in one step (one undo step, validated once), and passes the fields it does not
show through unchanged, as :class:`~editor.widgets.record_editor.RecordEditor` does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from PySide6.QtWidgets import QWidget

from editor.widgets.field_editor import FieldEditor, FieldProblem
from models.publication import Publication

M = TypeVar("M", bound=BaseModel)

#: The document's publication and the edited item as a model now; ``None`` if it is gone.
Current = Callable[[], tuple[Publication, M] | None]


class ItemFieldsEditor(FieldEditor, Generic[M]):
    """Base: holds the item's data; subclasses show some fields and commit the whole item.

    Args:
        current: reads the publication and the item (a model) at every refresh, for what
            is derived from more than the item's own data (a composed byline, a speaker).
    """

    composite = True

    def __init__(self, current: Current[M], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._item: dict[str, Any] = {}

    def value(self) -> dict[str, Any]:
        return dict(self._item)

    def set_value(self, value: Any) -> None:
        self._item = dict(value or {})
        current = self._current()
        if current is not None:
            self._show(*current)

    def _show(self, publication: Publication, item: M) -> None:
        """Show ``item``'s fields (signals blocked where the widget needs it)."""
        raise NotImplementedError

    def current(self) -> tuple[Publication, M] | None:
        """The publication and the item now."""
        return self._current()

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        text = "\n".join(message for _loc, message in problems)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)
