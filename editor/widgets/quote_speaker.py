"""A quote's speaker: picking one fills the attribution, if nobody typed one.

Bound at the quote, so the speaker and the attribution change in one undo step; the rule
itself is :func:`editor.people.with_speaker`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from editor.people import with_speaker
from editor.widgets.field_editor import Assets
from editor.widgets.field_labels import field_label
from editor.widgets.item_fields import Current, ItemFieldsEditor
from editor.widgets.speaker_picker import SpeakerChoices, SpeakerCombo
from models.publication import Publication, Quote
from models.types import Loc


class QuoteSpeakerField(ItemFieldsEditor[Quote]):
    """The optional speaker of a quote; the attribution follows a newly picked speaker."""

    def __init__(
        self, current: Current[Quote], speakers: SpeakerChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(current, parent)
        self.speaker = SpeakerCombo(speakers, optional=True, parent=self)
        self.speaker.input_widget().setAccessibleName(field_label("speaker_id"))
        self.speaker.input_widget().setToolTip(
            self.tr("Picking a speaker fills in the attribution, unless you typed one")
        )
        self.speaker.set_sink(self._picked)
        self.body.addWidget(self.speaker)

    def _show(self, publication: Publication, item: Quote) -> None:
        self.speaker.set_value(item.speaker_id)

    def _picked(self, value: Any, _text: str, _assets: Assets) -> bool:
        current = self.current()
        if current is None:
            return False
        publication, quote = current
        return self.commit(with_speaker(publication, quote, value))

    def input_widget(self) -> QWidget:
        return self.speaker.input_widget()

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        self.speaker.input_widget().setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.speaker.set_read_only(read_only)
