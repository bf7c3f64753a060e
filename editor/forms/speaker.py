"""One speaker of the registry, found by id, with the portrait the exports show by bylines."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from models.publication import Speaker


class SpeakerForm(ItemForm):
    """Edits a speaker's name, honorific, role, organisation, note and portrait.

    The portrait (``Image | None``) gets the registry's single-picture field, as the theme's
    logo does: chosen by file dialog or dropped, with alt text or decorative, and a credit.
    """

    model = Speaker
    collection = "speakers"
    field_names = ("name", "honorific", "role", "organisation", "note", "portrait")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Speaker"))
