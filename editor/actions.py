"""Structure edits as actions: add, duplicate, delete and move sections, quotes and speakers.

The edits themselves are the pure functions of :mod:`models.operations`; this module only
decides what they apply to (the navigator's selection), pushes each result as one named
undo step, and selects what the user will want to edit next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.files import Dialogs
from editor.navigator import LIST_OF
from editor.session import Session
from editor.targets import CurrentTarget, SelectTarget, Target
from models import Publication
from models import operations as ops
from models.types import Loc, new_id


class StructureActions(QObject):
    """The Structure menu's actions and what they do."""

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        window: QWidget,
        current_target: CurrentTarget,
        select_target: SelectTarget,
    ) -> None:
        """``window`` holds the actions (their shortcuts) and is the parent of questions."""
        super().__init__(window)
        self._session = session
        self._dialogs = dialogs
        self._window = window
        self._current_target = current_target
        self._select_target = select_target
        widget = window

        def make(text: str, shortcut: str, slot: Callable[[], None], tip: str) -> QAction:
            action = QAction(text, widget)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.add_section = make(
            self.tr("Add &section"),
            "Ctrl+Shift+N",
            self._add_section,
            self.tr("Add a section after the selected part"),
        )
        self.add_quote = make(
            self.tr("Add &quote"),
            "Ctrl+Shift+Q",
            self._add_quote,
            self.tr("Add a pull quote after the selected part"),
        )
        self.add_speaker = make(
            self.tr("Add s&peaker"),
            "Ctrl+Shift+P",
            self._add_speaker,
            self.tr("Add a speaker after the selected speaker"),
        )
        self.duplicate = make(
            self.tr("&Duplicate"),
            "Ctrl+D",
            self._duplicate,
            self.tr("Add a copy of the selected section, quote or speaker"),
        )
        self.delete = make(
            self.tr("De&lete"),
            "Delete",
            self._delete,
            self.tr("Delete the selected section, quote or speaker"),
        )
        # Delete only in the navigator: in a text field the key deletes characters.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_up = make(
            self.tr("Move &up"),
            "Alt+Up",
            lambda: self._move(-1),
            self.tr("Move the selected item one place up"),
        )
        self.move_down = make(
            self.tr("Move do&wn"),
            "Alt+Down",
            lambda: self._move(1),
            self.tr("Move the selected item one place down"),
        )
        self.all = [
            self.add_section,
            self.add_quote,
            self.add_speaker,
            self.duplicate,
            self.delete,
            self.move_up,
            self.move_down,
        ]

    def update_enabled(self) -> None:
        """Enable what makes sense for the document and selection now."""
        document = self._session.document
        editable = document is not None and self._session.mode.allows_edits
        for action in (self.add_section, self.add_quote, self.add_speaker):
            action.setEnabled(editable)
        document, target = self._selected()
        item_id = target.item_id if target is not None else None
        self.duplicate.setEnabled(item_id is not None)
        self.delete.setEnabled(item_id is not None)
        for action, delta in ((self.move_up, -1), (self.move_down, 1)):
            action.setEnabled(
                document is not None
                and target is not None
                and item_id is not None
                and ops.can_move(document.publication, LIST_OF[target.kind], item_id, delta)
            )

    def move_to(self, target: Target, row: int) -> None:
        """Move a block or speaker to ``row`` (counted before the move), e.g. after a drop."""
        document = self._editable_document()
        if document is None or target.item_id is None:
            return
        try:
            pub = ops.move_to(document.publication, LIST_OF[target.kind], target.item_id, row)
        except KeyError:  # the item went away between the drop and now
            return
        self._apply(pub, self._texts("move", target.kind), target)

    # -- the edits

    def _add_section(self) -> None:
        self._add("section", ops.add_section, "title")

    def _add_quote(self) -> None:
        self._add("quote", ops.add_quote, "text")

    def _add_speaker(self) -> None:
        self._add("speaker", ops.add_speaker, "name")

    def _add(
        self,
        kind: Literal["section", "quote", "speaker"],
        operation: Callable[..., Publication],
        field: str,
    ) -> None:
        document = self._editable_document()
        if document is None:
            return
        list_name = LIST_OF[kind]
        current = self._current_target()
        after = current.item_id if current and LIST_OF.get(current.kind) == list_name else None
        item_id = new_id({"section": "sec", "quote": "quote", "speaker": "spk"}[kind])
        pub = operation(document.publication, after, item_id=item_id)
        new = Target(kind, item_id)
        self._apply(pub, self._texts("add", kind), new, field)

    def _duplicate(self) -> None:
        document, target = self._selected()
        if document is None or target is None or target.item_id is None:
            return
        item_id = new_id({"section": "sec", "quote": "quote", "speaker": "spk"}[target.kind])
        pub = ops.duplicate(
            document.publication, LIST_OF[target.kind], target.item_id, new_item_id=item_id
        )
        self._apply(pub, self._texts("duplicate", target.kind), Target(target.kind, item_id))

    def _delete(self) -> None:
        document, target = self._selected()
        if document is None or target is None or target.item_id is None:
            return
        pub = document.publication
        if target.kind == "speaker":
            references = ops.speaker_references(pub, target.item_id)
            if references:
                places = [self._place(ref) for ref in references]
                name = pub.speaker(target.item_id).display_name
                if not self._dialogs.confirm_delete_speaker(self._window, name, places):
                    return
            new = ops.delete_speaker(pub, target.item_id, remove_references=True)
        else:
            new = ops.delete_block(pub, target.item_id)
        document.apply(new, self._texts("delete", target.kind))

    def _move(self, delta: int) -> None:
        document, target = self._selected()
        if document is None or target is None or target.item_id is None:
            return
        pub = ops.move_by(document.publication, LIST_OF[target.kind], target.item_id, delta)
        self._apply(pub, self._texts("move", target.kind), target)

    # -- helpers

    def _editable_document(self) -> DocumentModel | None:
        """The document, if the session's mode lets structure change; else ``None``."""
        return self._session.document if self._session.mode.allows_edits else None

    def _selected(self) -> tuple[DocumentModel | None, Target | None]:
        target = self._current_target()
        document = self._editable_document()
        if document is None or target is None or target.kind not in LIST_OF:
            return None, None
        return document, target

    def _apply(self, pub: Publication, text: str, select: Target, field: str = "") -> None:
        document = self._session.document
        if document is None or not document.apply(pub, text):
            return
        focus: Loc | None = None
        if field and select.item_id is not None:
            list_name = LIST_OF[select.kind]
            ids = [item.id for item in getattr(document.publication, list_name)]
            focus = (list_name, ids.index(select.item_id), field)
        self._select_target(select, focus)

    def _place(self, reference: ops.SpeakerReference) -> str:
        kind = self.tr("Section") if reference.kind == "section" else self.tr("Quote")
        return f"{kind}: {reference.label}"

    def _texts(self, verb: str, kind: str) -> str:
        """The undo step's name, e.g. "Add section" (one literal each, for translators)."""
        texts = {
            ("add", "section"): self.tr("Add section"),
            ("add", "quote"): self.tr("Add quote"),
            ("add", "speaker"): self.tr("Add speaker"),
            ("duplicate", "section"): self.tr("Duplicate section"),
            ("duplicate", "quote"): self.tr("Duplicate quote"),
            ("duplicate", "speaker"): self.tr("Duplicate speaker"),
            ("delete", "section"): self.tr("Delete section"),
            ("delete", "quote"): self.tr("Delete quote"),
            ("delete", "speaker"): self.tr("Delete speaker"),
            ("move", "section"): self.tr("Move section"),
            ("move", "quote"): self.tr("Move quote"),
            ("move", "speaker"): self.tr("Move speaker"),
        }
        return texts[(verb, kind)]
