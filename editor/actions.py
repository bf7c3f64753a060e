"""Structure edits as actions: add, duplicate, delete and move parts, sections, quotes and
speakers, and move sections and quotes into and out of parts.

The edits themselves are the pure functions of :mod:`models.operations`; this module only
decides what they apply to (the navigator's selection), pushes each result as one named
undo step, and selects what the user will want to edit next.

Deleting a part keeps what it holds: its sections and quotes stand where it stood (its
intro becomes an untitled section), so a slip of the Delete key never takes a whole
morning of talks. "Delete part with its contents" is the separate, explicit action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from editor.document import DocumentModel
from editor.files import Dialogs
from editor.navigator import LIST_OF
from editor.session import Session
from editor.targets import CurrentTarget, SelectTarget, Target
from models import Publication
from models import operations as ops
from models.publication import Part
from models.types import Loc, new_id

AddKind = Literal["part", "section", "quote", "speaker"]
_ID_PREFIX: dict[str, str] = {"part": "part", "section": "sec", "quote": "quote", "speaker": "spk"}


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
            action.triggered.connect(lambda _=False: slot())
            return action

        self.add_part = make(
            self.tr("Add pa&rt"),
            "Ctrl+Shift+G",
            lambda: self._add("part"),
            self.tr("Add a part (a heading over several sections) after the selected item"),
        )
        self.add_section = make(
            self.tr("Add &section"),
            "Ctrl+Shift+N",
            lambda: self._add("section"),
            self.tr("Add a section after the selected item, or at the end of the selected part"),
        )
        self.add_quote = make(
            self.tr("Add &quote"),
            "Ctrl+Shift+Q",
            lambda: self._add("quote"),
            self.tr("Add a pull quote after the selected item, or at the end of the selected part"),
        )
        self.add_speaker = make(
            self.tr("Add s&peaker"),
            "Ctrl+Shift+P",
            lambda: self._add("speaker"),
            self.tr("Add a speaker after the selected speaker"),
        )
        self.duplicate = make(
            self.tr("&Duplicate"),
            "Ctrl+D",
            self._duplicate,
            self.tr("Add a copy of the selected part, section, quote or speaker"),
        )
        self.delete = make(
            self.tr("De&lete"),
            "Delete",
            self._delete,
            self.tr(
                "Delete the selected section, quote or speaker; "
                "a deleted part leaves its sections where it stood"
            ),
        )
        # Delete only in the navigator: in a text field the key deletes characters.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_with_contents = make(
            self.tr("Delete part &with its contents"),
            "",
            self._delete_with_contents,
            self.tr("Delete the selected part and every section and quote in it"),
        )
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
        self.move_into_menu = QMenu(self.tr("Move &into part"), widget)
        self.move_into_menu.setToolTipsVisible(True)
        self.move_into_menu.aboutToShow.connect(self._fill_move_into_menu)
        self.move_into = self.move_into_menu.menuAction()
        self.move_into.setStatusTip(self.tr("Move the selected section or quote into a part"))
        self.move_out = make(
            self.tr("Move &out of part"),
            "",
            self._move_out,
            self.tr("Move the selected section or quote out of its part, to just after it"),
        )
        self.adding = [self.add_part, self.add_section, self.add_quote, self.add_speaker]
        self.changing = [self.duplicate, self.delete, self.delete_with_contents]
        self.moving = [self.move_up, self.move_down, self.move_into, self.move_out]
        self.all = [*self.adding, *self.changing, *self.moving]

    def update_enabled(self) -> None:
        """Enable what makes sense for the document and selection now."""
        document = self._session.document
        editable = document is not None and self._session.mode.allows_edits
        for action in self.adding:
            action.setEnabled(editable)
        document, target = self._selected()
        item_id = target.item_id if target is not None else None
        self.duplicate.setEnabled(item_id is not None)
        self.delete.setEnabled(item_id is not None)
        self.delete_with_contents.setEnabled(target is not None and target.kind == "part")
        for action, delta in ((self.move_up, -1), (self.move_down, 1)):
            action.setEnabled(
                document is not None
                and target is not None
                and item_id is not None
                and ops.can_move(document.publication, LIST_OF[target.kind], item_id, delta)
            )
        in_block = document is not None and target is not None and target.kind in _IN_PARTS
        pub = document.publication if document is not None else None
        here = _part_of(pub, target) if pub is not None and in_block else None
        self.move_into.setEnabled(
            pub is not None and in_block and any(p.id != here for p in ops.parts(pub))
        )
        self.move_out.setEnabled(here is not None)

    def move_to(self, target: Target, into: Target, row: int) -> None:
        """Move a block or speaker into the entry ``into`` (Content, a part or Speakers) at
        ``row`` (counted before the move), e.g. after a drop in the navigator."""
        document = self._editable_document()
        if document is None or target.item_id is None:
            return
        pub = document.publication
        try:
            if into.kind == "speakers":
                new = ops.move_to(pub, "speakers", target.item_id, row)
                text = self._texts("move", target.kind)
            else:
                before = ops.part_of(pub, target.item_id)
                new = ops.move_block(pub, target.item_id, into.item_id, row)
                text = self._move_text(target.kind, before, into.item_id)
        except (KeyError, ops.CannotNestPartError):  # gone since the drop, or not allowed
            return
        self._apply(new, text, target)

    def move_into_part(self, part_id: str) -> None:
        """Move the selected section or quote to the end of part ``part_id``."""
        document, target = self._selected()
        if document is None or target is None or target.kind not in _IN_PARTS:
            return
        assert target.item_id is not None
        try:
            pub = ops.move_into_part(document.publication, target.item_id, part_id)
        except (KeyError, ops.CannotNestPartError):
            return
        self._apply(pub, self._texts("move_into", target.kind), target)

    # -- the edits

    def _add(self, kind: AddKind) -> None:
        document = self._editable_document()
        if document is None:
            return
        pub = document.publication
        current = self._current_target()
        item_id = new_id(_ID_PREFIX[kind])
        if kind == "speaker":
            after = current.item_id if current is not None and current.kind == "speaker" else None
            new = ops.add_speaker(pub, after, item_id=item_id)
        elif kind == "part":
            new = ops.add_part(pub, _block_after(current), item_id=item_id)
        else:
            add = ops.add_section if kind == "section" else ops.add_quote
            if current is not None and current.kind == "part":
                new = add(pub, into=current.item_id, item_id=item_id)
            else:
                new = add(pub, _block_after(current), item_id=item_id)
        field = {"part": "title", "section": "title", "quote": "text", "speaker": "name"}[kind]
        self._apply(new, self._texts("add", kind), Target(kind, item_id), field)

    def _duplicate(self) -> None:
        document, target = self._selected()
        if document is None or target is None or target.item_id is None:
            return
        item_id = new_id(_ID_PREFIX[target.kind])
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
        elif target.kind == "part":
            part = pub.block(target.item_id)
            new = ops.dissolve_part(pub, target.item_id)
            if isinstance(part, Part) and (part.blocks or part.intro):
                # What the part held now stands where it stood: select its first block.
                first = new.blocks[[b.id for b in pub.blocks].index(target.item_id)]
                self._apply(new, self._texts("dissolve", "part"), Target(first.kind, first.id))
                return
            document.apply(new, self._texts("dissolve", "part"))
            return
        else:
            new = ops.delete_block(pub, target.item_id)
        document.apply(new, self._texts("delete", target.kind))

    def _delete_with_contents(self) -> None:
        document, target = self._selected()
        if document is None or target is None or target.kind != "part":
            return
        assert target.item_id is not None
        new = ops.delete_block(document.publication, target.item_id)
        document.apply(new, self._texts("delete", "part"))

    def _move(self, delta: int) -> None:
        document, target = self._selected()
        if document is None or target is None or target.item_id is None:
            return
        pub = ops.move_by(document.publication, LIST_OF[target.kind], target.item_id, delta)
        self._apply(pub, self._texts("move", target.kind), target)

    def _move_out(self) -> None:
        document, target = self._selected()
        if document is None or target is None or target.kind not in _IN_PARTS:
            return
        assert target.item_id is not None
        try:
            pub = ops.move_out_of_part(document.publication, target.item_id)
        except KeyError:  # not in a part (the action is disabled then)
            return
        self._apply(pub, self._texts("move_out", target.kind), target)

    def _fill_move_into_menu(self) -> None:
        """One entry per part, named by its title; the selected block's own part is off."""
        menu = self.move_into_menu
        menu.clear()
        document, target = self._selected()
        if document is None or target is None or target.kind not in _IN_PARTS:
            return
        pub = document.publication
        here = _part_of(pub, target)
        for part in ops.parts(pub):
            action = menu.addAction(part.title)
            action.setEnabled(part.id != here)
            action.triggered.connect(lambda _=False, p=part.id: self.move_into_part(p))

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
            new = document.publication
            if select.kind == "speaker":
                ids = [speaker.id for speaker in new.speakers]
                focus = ("speakers", ids.index(select.item_id), field)
            else:
                focus = (*ops.block_loc(new, select.item_id), field)
        self._select_target(select, focus)
        typed_in = self._window.focusWidget()
        if focus is not None and isinstance(typed_in, QLineEdit):
            typed_in.selectAll()  # a new item's default title: typing replaces it

    def _place(self, reference: ops.SpeakerReference) -> str:
        kind = self.tr("Section") if reference.kind == "section" else self.tr("Quote")
        label = reference.label or self.tr("Untitled section")
        return f"{kind}: {label}"

    def _move_text(self, kind: str, before: str | None, after: str | None) -> str:
        """The undo step's name for a move that may change the block's part."""
        if before == after:
            return self._texts("move", kind)
        return self._texts("move_into" if after is not None else "move_out", kind)

    def _texts(self, verb: str, kind: str) -> str:
        """The undo step's name, e.g. "Add section" (one literal each, for translators)."""
        texts = {
            ("add", "part"): self.tr("Add part"),
            ("add", "section"): self.tr("Add section"),
            ("add", "quote"): self.tr("Add quote"),
            ("add", "speaker"): self.tr("Add speaker"),
            ("duplicate", "part"): self.tr("Duplicate part"),
            ("duplicate", "section"): self.tr("Duplicate section"),
            ("duplicate", "quote"): self.tr("Duplicate quote"),
            ("duplicate", "speaker"): self.tr("Duplicate speaker"),
            ("delete", "part"): self.tr("Delete part with its contents"),
            ("dissolve", "part"): self.tr("Remove part, keep its contents"),
            ("delete", "section"): self.tr("Delete section"),
            ("delete", "quote"): self.tr("Delete quote"),
            ("delete", "speaker"): self.tr("Delete speaker"),
            ("move", "part"): self.tr("Move part"),
            ("move", "section"): self.tr("Move section"),
            ("move", "quote"): self.tr("Move quote"),
            ("move", "speaker"): self.tr("Move speaker"),
            ("move_into", "section"): self.tr("Move section into part"),
            ("move_into", "quote"): self.tr("Move quote into part"),
            ("move_out", "section"): self.tr("Move section out of part"),
            ("move_out", "quote"): self.tr("Move quote out of part"),
        }
        return texts[(verb, kind)]


#: The kinds of block that can stand inside a part.
_IN_PARTS = frozenset({"section", "quote"})


def _block_after(current: Target | None) -> str | None:
    """The block a new block follows: the selected one, if a block is selected."""
    if current is not None and current.kind in ("part", "section", "quote"):
        return current.item_id
    return None


def _part_of(pub: Publication, target: Target | None) -> str | None:
    """The part holding the target's block, or ``None`` (top level, gone, not a block)."""
    if target is None or target.item_id is None or target.kind not in _IN_PARTS:
        return None
    try:
        return ops.part_of(pub, target.item_id)
    except KeyError:
        return None
