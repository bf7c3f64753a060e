"""A section's people: one row per person, the speaker's name and what they do there.

``tuple[Person, ...]`` would get the generic list of records, a framed sub-form per person
with "Speaker" and "Role" captions; a report with a moderator and four panel members then
fills a screen. Here each person is one line, "[Ann Lee ▾] [Panel member ▾]", read as it
is meant: who, and as what.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, get_args

from PySide6.QtWidgets import QHBoxLayout, QWidget

from editor.widgets.field_editor import Assets, FieldEditor, FieldProblem
from editor.widgets.field_labels import choice_label, item_noun
from editor.widgets.list_editor import ListEditor, NewItem
from editor.widgets.simple_fields import ComboField
from editor.widgets.speaker_picker import SpeakerChoices, SpeakerCombo
from models.parts import PersonRole
from models.types import Loc

#: Every role, in the order the role menu offers them.
ROLES: tuple[PersonRole, ...] = get_args(PersonRole)


class PersonRow(FieldEditor):
    """One person of a section: a speaker from the registry and their role, side by side."""

    composite = True

    def __init__(self, speakers: SpeakerChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = SpeakerCombo(speakers, parent=self)
        self.role = ComboField([(role, choice_label(role)) for role in ROLES], self)
        self.speaker.input_widget().setAccessibleName(self.tr("Speaker"))
        self.role.input_widget().setAccessibleName(self.tr("Role in this section"))
        self.role.input_widget().setToolTip(self.tr("What this person does in this section"))
        self.speaker.set_sink(partial(self._child_commit, "speaker_id"))
        self.role.set_sink(partial(self._child_commit, "role"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.speaker, 3)
        row.addWidget(self.role, 2)
        self.body.addLayout(row)

    def _child_commit(self, key: str, value: Any, text: str, assets: Assets) -> bool:
        return self.commit({**self.value(), key: value}, text, assets)

    def value(self) -> dict[str, Any]:
        return {"speaker_id": self.speaker.value(), "role": self.role.value()}

    def set_value(self, value: Any) -> None:
        person = dict(value or {})
        self.speaker.set_value(person.get("speaker_id"))
        self.role.set_value(person.get("role", "speaker"))

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        text = "\n".join(message for _loc, message in problems)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def input_widget(self) -> QWidget:
        return self.speaker.input_widget()

    def inputs(self) -> list[QWidget]:
        return [self.speaker.input_widget(), self.role.input_widget()]

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        editor = self.role if rel[:1] == ("role",) else self.speaker
        editor.input_widget().setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.speaker.set_read_only(read_only)
        self.role.set_read_only(read_only)


def people_editor(speakers: SpeakerChoices, new_item: NewItem) -> ListEditor:
    """The list of a section's people, one :class:`PersonRow` each."""
    return ListEditor(lambda: PersonRow(speakers), new_item, item_noun("people"))
