"""The introduction: its paragraphs and the key takeaways (a lead sentence and a list)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from models.publication import Publication


class IntroForm(ModelForm):
    """Edits ``intro`` and ``key_takeaways`` of the publication."""

    model = Publication
    field_names = ("intro", "key_takeaways")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Introduction"))
