"""Reusable field editors for Podium's forms: text, rich text, choices, colours, lists."""

from editor.widgets.field_editor import FieldEditor
from editor.widgets.list_editor import ListEditor
from editor.widgets.rich_text_edit import RichField, RichTextEdit
from editor.widgets.speaker_picker import SpeakerCombo

__all__ = ["FieldEditor", "ListEditor", "RichField", "RichTextEdit", "SpeakerCombo"]
