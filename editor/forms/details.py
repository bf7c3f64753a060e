"""The publication's details: title, date, language, publisher and the event."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from models.publication import Publication


class DetailsForm(ModelForm):
    """Edits the fields at the root of the publication (the event is a sub-form)."""

    model = Publication
    field_names = ("title", "subtitle", "publication_date", "language", "publisher", "event")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Publication details"))
