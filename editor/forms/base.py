"""The base of every form: a widget that edits one navigator target of the document.

A :class:`ModelForm` is declared, not written: a model class, the loc of the item it edits
(resolved from the item's id at every use, since indices move), and the names of the fields
to show. The widget for each field comes from :mod:`editor.widgets.registry`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.binding import Binder
from editor.document import DocumentModel
from editor.forms.tab_order import set_chain, visual_chain
from editor.targets import Target
from editor.widgets.field_editor import FieldEditor
from editor.widgets.field_labels import field_label
from editor.widgets.registry import FieldContext, editor_for, field_type
from models.edit import get_at
from models.publication import Publication
from models.types import Loc


class FormWidget(QWidget):
    """A form for one target; the main window only needs ``focus_field`` and ``set_read_only``.

    The base class shows a heading and a text; :class:`ModelForm` adds the fields.
    """

    def __init__(
        self,
        target: Target,
        document: DocumentModel,
        parent: QWidget | None = None,
        heading: str = "",
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.document = document
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<h2>{heading}</h2>" if heading else "", self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setVisible(bool(heading))
        layout.addWidget(self.heading)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.content = QWidget()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        # Not a Tab stop of its own: Tab goes to the fields, and scrolls them into view.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._tab_before: QWidget | None = None
        self._tab_after: QWidget | None = None
        self._tab_chain: list[QWidget] = []
        self._tab_editors_made = -1  # FieldEditor.made when the Tab order was last read
        self.stack.addWidget(self.scroll_area)
        self.notice = QLabel(self.tr("This item no longer exists."), self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.stack.addWidget(self.notice)
        if text:
            info = QLabel(text, self.content)
            info.setWordWrap(True)
            QVBoxLayout(self.content).addWidget(info, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def item_exists(self) -> bool:
        """False while the form shows "This item no longer exists"."""
        return self.stack.currentWidget() is not self.notice

    def focus_field(self, loc: Loc) -> bool:
        """Focus the widget editing ``loc`` (absolute); ``False`` if this form has none."""
        return False

    def set_tab_neighbours(self, before: QWidget | None, after: QWidget | None) -> None:
        """Tab goes from ``before`` (the navigator) into this form's first field, through
        the form top to bottom, and on to ``after`` (the preview)."""
        self._tab_before, self._tab_after = before, after
        self._tab_chain = []
        self._tab_editors_made = -1
        self.order_tabs()

    def order_tabs(self) -> None:
        """Put the Tab order in drawing order again, after rows came.

        Only new rows need it (Qt puts new widgets at the end of the chain; rows that went
        leave it by themselves), and rows are made of field editors: when none was made
        since the last time, as after a keystroke, the layouts are not walked at all.
        """
        if FieldEditor.made == self._tab_editors_made:
            return
        self._tab_editors_made = FieldEditor.made
        chain = visual_chain(self.content)
        if chain == self._tab_chain:
            return
        self._tab_chain = chain
        ends = [w for w in (self._tab_before, *chain, self._tab_after) if w is not None]
        set_chain(ends)

    def tab_chain(self) -> list[QWidget]:
        """The form's Tab stops in order (also hidden and disabled ones, which Tab skips)."""
        return visual_chain(self.content)

    def focus_first(self) -> bool:
        """Focus the first field Tab would reach (Enter in the navigator, F6)."""
        for widget in self.tab_chain():
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        """Make every editing control read-only (e.g. when the file is locked elsewhere)."""

    def retire(self) -> None:
        """Stop following the document: the window is done with this form. Deleting it
        waits for the event loop; until then it must not refresh on every edit."""


class ModelForm(FormWidget):
    """A form for the fields ``field_names`` of the ``model`` found at :meth:`base_loc`."""

    model: type[BaseModel]
    field_names: Sequence[str] = ()

    def __init__(
        self,
        target: Target,
        document: DocumentModel,
        parent: QWidget | None = None,
        heading: str = "",
    ) -> None:
        super().__init__(target, document, parent, heading)
        key = f"{target.kind}:{target.item_id}" if target.item_id else target.kind
        self.binder = Binder(document, key, self.base_loc, self)
        self.editors: dict[str, FieldEditor] = {}
        outer = QVBoxLayout(self.content)
        self.form_layout = QFormLayout()
        outer.addLayout(self.form_layout)
        outer.addStretch(1)  # fields keep their natural height when the form is short
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        context = FieldContext(document)
        for name in self.field_names:
            self.add_field(name, editor_for(field_type(self.model, name), context, name))
        document.sig_document_changed.connect(self.refresh)
        self.refresh()
        self.set_read_only(document.read_only)

    def base_loc(self) -> Loc | None:
        """Where the edited item is now, from the Publication root; ``None`` if it is gone."""
        return ()

    def current_item(self) -> tuple[Publication, BaseModel] | None:
        """The publication and the edited item (a model) now; ``None`` if it is gone."""
        base = self.base_loc()
        if base is None:
            return None
        publication = self.document.publication
        item = get_at(publication, base) if base else publication
        return (publication, item) if isinstance(item, self.model) else None

    def add_field(self, name: str, editor: FieldEditor, rel: Loc | None = None) -> None:
        """Add a labelled row for the model field ``name`` and bind it.

        ``rel`` binds the editor elsewhere than at ``name``: ``()`` binds it at the item
        itself, for an editor that changes several fields in one step.
        """
        label = field_label(name)
        caption = QLabel(label, self.content)
        caption.setBuddy(editor.input_widget())
        if editor.composite:
            editor.setAccessibleName(label)
        else:
            editor.input_widget().setAccessibleName(label)
        self.form_layout.addRow(caption, editor)
        self.editors[name] = editor
        self.binder.bind((name,) if rel is None else rel, editor, label)

    def refresh(self) -> None:
        """Show the model's values, or the notice when the item no longer exists."""
        exists = self.binder.refresh()
        self.stack.setCurrentWidget(self.scroll_area if exists else self.notice)
        self.order_tabs()

    def focus_field(self, loc: Loc) -> bool:
        base = self.base_loc()
        if base is None or tuple(loc[: len(base)]) != base:
            return False
        rel = tuple(loc[len(base) :])
        name = rel[0] if rel else next(iter(self.editors), None)
        editor = self.editors.get(name) if isinstance(name, str) else None
        if editor is None or not editor.focus_input(rel[1:]):
            return False
        focused = self.focusWidget()
        if focused is not None:
            self.scroll_area.ensureWidgetVisible(focused)
        return True

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def retire(self) -> None:
        with contextlib.suppress(RuntimeError):  # the document's C++ side may be gone
            self.document.sig_document_changed.disconnect(self.refresh)


class ItemForm(ModelForm):
    """A form for a speaker or a block (a part, or a section or quote in or out of a part),
    found by its stable id."""

    #: ("speakers",) or ("blocks",)
    collection: str = "blocks"
    #: For blocks, the ``kind`` the item must have.
    kind: str | None = None

    def base_loc(self) -> Loc | None:
        publication = self.document.publication
        if self.collection == "speakers":
            for index, speaker in enumerate(publication.speakers):
                if speaker.id == self.target.item_id:
                    return ("speakers", index)
            return None
        for loc, block in publication.iter_blocks(parts=True):
            if block.id == self.target.item_id and block.kind == self.kind:
                return loc
        return None
