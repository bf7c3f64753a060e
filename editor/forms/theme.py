"""The theme: colours, fonts and page size shared by the PDF and the HTML."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import Loc, ModelForm
from editor.targets import Target
from models.publication import Theme


class ThemeForm(ModelForm):
    """Edits every field of the theme."""

    model = Theme
    field_names = tuple(Theme.model_fields)

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Theme"))

    def base_loc(self) -> Loc | None:
        return ("theme",)
