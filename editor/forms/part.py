"""A part of the programme (a day part, a workshop round): its title, intro and language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from models.publication import Part


class PartForm(ItemForm):
    """Edits a part's title, its optional intro text and its language.

    What the part holds is edited in the navigator: drag sections and quotes into it, or use
    "Move into part" and "Move out of part".
    """

    model = Part
    kind = "part"
    field_names = ("title", "intro", "language")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Part"))
