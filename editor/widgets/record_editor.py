"""A field whose value is a small model (an event, a video link, a credit): a sub-form.

The record keeps the keys it does not show (an image's asset, a speaker's id) and passes
them through unchanged, so editing the caption never loses the picture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from editor.widgets.field_editor import Assets, FieldEditor, FieldProblem
from models.types import Loc


def show_record_problems(
    record: FieldEditor, children: Mapping[str, FieldEditor], problems: Sequence[FieldProblem]
) -> None:
    """Each problem to the child its location starts with; the rest under ``record`` itself."""
    own: list[FieldProblem] = []
    routed: dict[str, list[FieldProblem]] = {key: [] for key in children}
    for loc, message in problems:
        if loc and loc[0] in routed:
            routed[str(loc[0])].append((loc[1:], message))
        else:
            own.append((loc, message))
    for key, editor in children.items():
        editor.show_problems(routed[key])
    text = "\n".join(message for _loc, message in own)
    record.error_label.setText(text)
    record.error_label.setVisible(bool(text))
    record.setAccessibleDescription(text)


def record_problem_text(record: FieldEditor, children: Mapping[str, FieldEditor]) -> str:
    """The problems shown on ``record`` and on its children, one per line."""
    texts = [record.error_label.text()]
    texts += [editor.problem_text() for editor in children.values()]
    return "\n".join(t for t in texts if t)


class RecordEditor(FieldEditor):
    """Edits a dict with one child editor per shown key.

    Args:
        children: (key, label, editor) for every shown key, in order.
        optional: the whole record may be absent (``None``); it is, while every shown
            child is empty (so clearing an event's fields removes the event).
    """

    composite = True

    def __init__(
        self,
        children: Sequence[tuple[str, str, FieldEditor]],
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._hidden: dict[str, Any] = {}
        self.children_by_key: dict[str, FieldEditor] = {}
        self.form_layout = QFormLayout()
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addLayout(self.form_layout)
        for key, label, editor in children:
            editor.setParent(self)
            editor.set_sink(partial(self._child_commit, key))
            caption = QLabel(label, self)
            caption.setBuddy(editor.input_widget())
            if not editor.composite:
                editor.input_widget().setAccessibleName(label)
            else:
                editor.setAccessibleName(label)
            self.form_layout.addRow(caption, editor)
            self.children_by_key[key] = editor

    def _child_commit(self, key: str, value: Any, text: str, assets: Assets) -> bool:
        record = self._record()
        record[key] = value
        return self.commit(self._finish(record), text, assets)

    def _record(self) -> dict[str, Any]:
        shown = {key: editor.value() for key, editor in self.children_by_key.items()}
        return {**self._hidden, **shown}

    def _finish(self, record: dict[str, Any]) -> dict[str, Any] | None:
        if self._optional and not any(record.get(key) for key in self.children_by_key):
            return None
        return record

    def value(self) -> dict[str, Any] | None:
        return self._finish(self._record())

    def set_value(self, value: Any) -> None:
        record: dict[str, Any] = dict(value or {})
        self._hidden = {k: v for k, v in record.items() if k not in self.children_by_key}
        for key, editor in self.children_by_key.items():
            editor.set_value(record.get(key))

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        show_record_problems(self, self.children_by_key, problems)

    def problem_text(self) -> str:
        return record_problem_text(self, self.children_by_key)

    def input_widget(self) -> QWidget:
        first = next(iter(self.children_by_key.values()), None)
        return first.input_widget() if first is not None else self

    def inputs(self) -> list[QWidget]:
        return [w for editor in self.children_by_key.values() for w in editor.inputs()]

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        key = rel[0] if rel else None
        if isinstance(key, str) and key in self.children_by_key:
            return self.children_by_key[key].focus_input(rel[1:], select)
        first = next(iter(self.children_by_key.values()), None)
        return first.focus_input((), select) if first is not None else False

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.children_by_key.values():
            editor.set_read_only(read_only)
