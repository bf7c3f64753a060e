"""A pull quote between sections, found by id among the blocks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from models.publication import Quote


class QuoteForm(ItemForm):
    """Edits a quote's words, attribution, optional speaker and language."""

    model = Quote
    kind = "quote"
    field_names = ("text", "attribution", "speaker_id", "language")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Quote"))
