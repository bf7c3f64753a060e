"""Picking speakers from the registry by name; ids never reach the user.

A section's speakers are a :class:`ListEditor` of :class:`SpeakerCombo` rows (add, remove,
reorder); a quote's speaker is one optional :class:`SpeakerCombo`. The choices are read from
the document at every refresh, so a renamed or new speaker shows up at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from editor.widgets.simple_fields import ComboField

#: The registry as (speaker id, display name) pairs, in registry order.
SpeakerChoices = Callable[[], Sequence[tuple[str, str]]]


class SpeakerCombo(ComboField):
    """A combo box of speaker names whose value is the speaker's id.

    Args:
        speakers: reads the current registry.
        optional: offers "(no speaker)", whose value is ``None``.
    """

    def __init__(
        self, speakers: SpeakerChoices, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__([], parent)
        self._speakers = speakers
        self._optional = optional
        self.set_choices(self._choices())

    def _choices(self) -> list[tuple[Any, str]]:
        none: list[tuple[Any, str]] = [(None, self.tr("(no speaker)"))] if self._optional else []
        return none + list(self._speakers())

    def set_value(self, value: Any) -> None:
        choices = self._choices()
        if value is not None and value not in [v for v, _t in choices]:
            # A dangling reference cannot be saved, but show it rather than hide it.
            choices.append((value, self.tr("Unknown speaker ({id})").format(id=value)))
        if choices != list(zip(self._values, self._texts(), strict=True)):
            self.set_choices(choices)
        super().set_value(value)

    def _texts(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]
