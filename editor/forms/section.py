"""A section of the programme, found by id among the blocks (inside a part or not)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from editor.document import DocumentModel
from editor.forms.base import ItemForm
from editor.targets import Target
from editor.widgets.byline_editor import BylineEditor
from editor.widgets.people_editor import people_editor
from editor.widgets.registry import FieldContext, editor_for, field_type
from models.publication import Publication, Section
from models.types import Loc


class SectionForm(ItemForm):
    """Edits a section: title, people and their roles, byline, takeaways, text, videos and
    language.

    The people are one row each (speaker and role); the byline is composed from them, typed,
    or hidden, with the printed result shown under the choice.
    """

    model = Section
    kind = "section"
    field_names = ()
    #: The fields in form order; "people" and "byline" get editors of their own.
    fields = ("title", "people", "byline", "takeaways", "body", "videos", "language")

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(target, document, parent, self.tr("Section"))
        context = FieldContext(document)
        for name in self.fields:
            if name == "people":
                editor = people_editor(context.speaker_choices, context.new_item_for("people"))
                self.add_field(name, editor)
            elif name == "byline":
                self.add_field(name, BylineEditor(self._section), rel=())
            else:
                self.add_field(name, editor_for(field_type(Section, name), context, name))
        title = self.editors["title"].input_widget()
        hint = self.tr("No title: the text continues without a heading")
        title.setToolTip(hint)
        if isinstance(title, QLineEdit):
            title.setPlaceholderText(hint)
        self.refresh()
        self.set_read_only(document.read_only)

    def _section(self) -> tuple[Publication, Section] | None:
        current = self.current_item()
        if current is None or not isinstance(current[1], Section):
            return None
        return current[0], current[1]

    def focus_field(self, loc: Loc) -> bool:
        base = self.base_loc()
        if base is not None and tuple(loc[: len(base) + 1]) == (*base, "byline_text"):
            loc = (*base, "byline", "byline_text")
        return super().focus_field(loc)
