"""The colophon: who publishes, how to reach them, the credits and the version."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from models.publication import Colophon
from models.types import Loc


class ColophonForm(ModelForm):
    """Edits every field of the colophon."""

    model = Colophon
    field_names = tuple(Colophon.model_fields)

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Colophon"))

    def base_loc(self) -> Loc | None:
        return ("colophon",)
