"""A pull quote between sections, found by id among the blocks (inside a part or not)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from editor.widgets.quote_speaker import QuoteSpeakerField
from editor.widgets.registry import FieldContext, editor_for, field_type
from models.publication import Publication, Quote


class QuoteForm(ItemForm):
    """Edits a quote's words, attribution, optional speaker and language.

    Picking a speaker fills the attribution when it is empty or still the one a speaker
    filled in (:func:`editor.people.with_speaker`).
    """

    model = Quote
    kind = "quote"
    field_names = ()
    fields = ("text", "attribution", "speaker_id", "language")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Quote"))
        context = FieldContext(document)
        for name in self.fields:
            if name == "speaker_id":
                self.add_field(name, QuoteSpeakerField(self._quote, context.speaker_choices), ())
            else:
                self.add_field(name, editor_for(field_type(Quote, name), context, name))
        self.refresh()
        self.set_read_only(document.read_only)

    def _quote(self) -> tuple[Publication, Quote] | None:
        current = self.current_item()
        if current is None or not isinstance(current[1], Quote):
            return None
        return current[0], current[1]
