"""A section of the programme, found by id among the blocks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from models.publication import Section


class SectionForm(ItemForm):
    """Edits a section: title, speakers, takeaways, text, videos, images and language."""

    model = Section
    kind = "section"
    field_names = ("title", "speaker_ids", "takeaways", "body", "videos", "images", "language")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Section"))
