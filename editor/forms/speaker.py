"""One speaker of the registry, found by id, with the portrait the exports show by bylines."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from editor.widgets.connector_field import ConnectorField
from editor.widgets.registry import FieldContext, editor_for, field_type
from models.publication import Speaker


class SpeakerForm(ItemForm):
    """Edits a speaker's name, honorific, role, organisation, connector, note and portrait.

    The portrait (``Image | None``) gets the registry's single-picture field, as the theme's
    logo does: chosen by file dialog or dropped, with alt text or decorative, and a credit.
    The connector ("bij", "aan", "van", a comma) gets a combo box that also takes any word.
    """

    model = Speaker
    collection = "speakers"
    field_names = ()
    fields = ("name", "honorific", "role", "organisation", "connector", "note", "portrait")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Speaker"))
        context = FieldContext(document)
        for name in self.fields:
            if name == "connector":
                self.add_field(name, ConnectorField(lambda: document.publication.language))
            else:
                self.add_field(name, editor_for(field_type(Speaker, name), context, name))
        self.refresh()
        self.set_read_only(document.read_only)
