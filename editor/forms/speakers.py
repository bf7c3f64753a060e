"""The speaker registry: everyone who presents, entered once and picked by name elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from models.publication import Publication


class SpeakersForm(ModelForm):
    """Edits the whole registry as a list; a speaker still referred to cannot be removed."""

    model = Publication
    field_names = ("speakers",)

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Speakers"))
