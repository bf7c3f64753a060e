"""The body editor: an intro, a section's text, a part's intro or the colophon note, as blocks.

A body is edited as what it is, a run of blocks (:data:`models.body.Body`): paragraphs,
lists, sub-headings and figures, each in its own frame with Move up, Move down and Remove.
The toolbar (and its shortcuts) adds a block after the one being edited. Every change
replaces the whole body through the one setter, so each add, move, remove or setting is one
undo step, validated like any edit; the frames follow the model when the document reports
the change.

A frame belongs to its block's stable id, not to a position: a refresh moves the frames
into the model's order and only makes or drops the frames of blocks that came or went, so
the field being typed in keeps its widget, its cursor and the focus.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.widgets.body_blocks import BlockEditor
from editor.widgets.body_edits import (
    BlockKind,
    insert_block,
    move_block,
    new_block,
    new_figure,
    remove_block,
)
from editor.widgets.field_editor import Assets, FieldEditor, FieldProblem
from editor.widgets.image_list import (
    FilesPrompt,
    ask_image_files,
    image_files,
    read_image,
    why_unusable,
)
from editor.widgets.list_row import ListRow
from models.body import MAX_FIGURE_IMAGES
from models.language import Language
from models.types import Loc

#: Makes the editor of one block kind.
BlockFactory = Callable[[BlockKind], BlockEditor]
#: Where to focus after the next refresh: (block index, loc inside it, select the text).
_Focus = tuple[int, Loc, bool]


def _kind(value: str) -> BlockKind:
    """``value`` as a block kind; the model allows no other (``ValueError`` would be a bug)."""
    for kind in typing.get_args(BlockKind):
        if kind == value:
            return cast(BlockKind, kind)
    raise ValueError(f"not a block kind: {value!r}")


class BodyEditor(FieldEditor):
    """Edits a :data:`~models.body.Body` field (a list of block dicts).

    Args:
        block_factory: makes the editor for a block of a kind.
        language: the publication's language now, for a new block's placeholder text.

    Attributes:
        files_prompt: asks for a new figure's picture files (replace it in tests).
    """

    composite = True

    def __init__(
        self,
        block_factory: BlockFactory,
        language: Callable[[], Language],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._block_factory = block_factory
        self._language = language
        self.files_prompt: FilesPrompt = ask_image_files
        self._rows: dict[str, ListRow] = {}
        self._kinds: dict[str, str] = {}
        self._order: list[str] = []
        self._pending_focus: _Focus | None = None
        #: The block last edited: a click on the toolbar moves the focus away from it (to
        #: the form's scroll area), yet the new block belongs after it.
        self._current: str | None = None
        self._read_only = False
        self.body.addLayout(self._toolbar())
        self.empty_label = QLabel(
            self.tr("No text yet. Add a paragraph, a list, a sub-heading or a figure."), self
        )
        self.empty_label.setWordWrap(True)
        self.body.addWidget(self.empty_label)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._rows_layout)
        self.setAcceptDrops(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _toolbar(self) -> QHBoxLayout:
        after = self.tr("after the block being edited")
        self.paragraph_action = self._action(
            self.tr("Paragraph"),
            "Ctrl+Alt+0",
            self.tr("Add a paragraph {where} (Ctrl+Alt+0)").format(where=after),
            lambda: self.add_block("paragraph"),
        )
        self.list_action = self._action(
            self.tr("List"),
            "Ctrl+Shift+8",
            self.tr("Add a bulleted list {where} (Ctrl+Shift+8)").format(where=after),
            lambda: self.add_block("list"),
        )
        self.numbered_action = self._action(
            self.tr("Numbered list"),
            "Ctrl+Shift+7",
            self.tr("Add a numbered list {where} (Ctrl+Shift+7)").format(where=after),
            lambda: self.add_block("list", ordered=True),
        )
        self.heading_action = self._action(
            self.tr("Heading"),
            "Ctrl+Alt+2",
            self.tr("Add a sub-heading {where} (Ctrl+Alt+2)").format(where=after),
            lambda: self.add_block("heading"),
        )
        self.figure_action = self._action(
            self.tr("Figure…"),
            "Ctrl+Alt+F",
            self.tr("Add one or more pictures {where} (Ctrl+Alt+F)").format(where=after),
            self.add_figure,
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Add:"), self))
        self.toolbar_buttons: list[QToolButton] = []
        for action in (
            self.paragraph_action,
            self.list_action,
            self.heading_action,
            self.figure_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
            self.toolbar_buttons.append(button)
        list_button = self.toolbar_buttons[1]
        menu = QMenu(list_button)
        # The shortcut is the List action's; here it is only shown (after the tab).
        self.bulleted_action = QAction(self.tr("Bulleted list") + "\tCtrl+Shift+8", menu)
        self.bulleted_action.triggered.connect(self.list_action.trigger)
        menu.addActions([self.bulleted_action, self.numbered_action])
        list_button.setMenu(menu)
        list_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addStretch(1)
        return bar

    def _action(self, text: str, keys: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- structure --------------------------------------------------------------------------
    def current_index(self) -> int | None:
        """The block being edited: the one with the focus, or the last one that had it while
        the focus went no further than the toolbar or the form around it."""
        focus = QApplication.focusWidget()
        index = self._index_of(focus) if focus is not None else None
        if index is not None:
            return index
        return self._order.index(self._current) if self._current in self._order else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        index = self._index_of(new)
        if index is not None:
            self._current = self._order[index]
        elif not (self.isAncestorOf(new) or new.isAncestorOf(self)):
            self._current = None  # the user went on to another field

    def _insert_at(self) -> int:
        current = self.current_index()
        return len(self._order) if current is None else current + 1

    def add_block(self, kind: BlockKind, ordered: bool = False) -> bool:
        """Add a new ``kind`` block after the current one (or at the end), text selected."""
        block = new_block(kind, self._language(), ordered=ordered)
        at = self._insert_at()
        return self._structural(
            insert_block(self.value(), at, block), self._add_text(kind), (at, (), True)
        )

    def add_figure(self) -> bool:
        """Ask for picture files and add them as one figure after the current block."""
        paths = self.files_prompt(self)
        return bool(paths) and self.add_figure_files(paths)

    def add_figure_files(self, paths: Sequence[Path], at: int | None = None) -> bool:
        """Add one figure holding a picture per file, in one undo step; a file that is not a
        usable picture adds nothing, and says why."""
        if len(paths) > MAX_FIGURE_IMAGES:
            text = self.tr("A figure holds at most {n} pictures.").format(n=MAX_FIGURE_IMAGES)
            self._show_own(text)
            return False
        records: list[dict[str, Any]] = []
        assets: list[tuple[bytes, str]] = []
        for path in paths:
            try:
                record, data, extension = read_image(path)
            except (OSError, ValueError) as error:
                text = self.tr("Cannot add {file}: {why}")
                self._show_own(text.format(file=path.name, why=why_unusable(error)))
                return False
            records.append(record)
            assets.append((data, extension))
        index = self._insert_at() if at is None else at
        blocks = insert_block(self.value(), index, new_figure(records))
        focus = (index, ("images", 0, "alt"), True)
        return self._structural(blocks, self.tr("Add figure"), focus, assets)

    def remove(self, index: int) -> bool:
        """Remove block ``index`` (one undo step); the focus goes to the next block."""
        if not 0 <= index < len(self._order):
            return False
        kind = self._kinds[self._order[index]]
        blocks = remove_block(self.value(), index)
        focus = (min(index, len(blocks) - 1), (), False) if blocks else None
        return self._structural(blocks, self._remove_text(kind), focus)

    def move_entry(self, index: int, delta: int) -> bool:
        """Move block ``index`` by ``delta`` places (one undo step); the focus moves with it.

        (Not ``move``: that is ``QWidget.move``.)
        """
        blocks = move_block(self.value(), index, delta)
        if blocks is None:
            return False
        text = self.tr("Move block up") if delta < 0 else self.tr("Move block down")
        return self._structural(blocks, text, None)

    def _structural(
        self, blocks: list[Any], text: str, focus: _Focus | None, assets: Assets = ()
    ) -> bool:
        if self._read_only:
            return False
        self._show_own("")
        self._pending_focus = focus
        ok = self.commit(blocks, text, assets)
        if not ok:
            self._pending_focus = None
        return ok

    def _block_commit(self, block_id: str, value: Any, text: str, assets: Assets) -> bool:
        if block_id not in self._order:
            return False
        index = self._order.index(block_id)
        if value is None:  # the block asks to go (a figure lost its last picture)
            blocks = remove_block(self.value(), index)
            focus = (min(index, len(blocks) - 1), (), False) if blocks else None
            return self._structural(blocks, text, focus)
        if isinstance(value, list):  # the block asks to be these (a paste split it)
            blocks = self.value()
            blocks[index : index + 1] = value
            focus = (index + len(value) - 1, (), False) if value else None
            return self._structural(blocks, text, focus)
        blocks = self.value()
        blocks[index] = value
        return self.commit(blocks, text, assets)

    def _add_text(self, kind: str) -> str:
        return {
            "paragraph": self.tr("Add paragraph"),
            "list": self.tr("Add list"),
            "heading": self.tr("Add sub-heading"),
        }.get(kind, self.tr("Add figure"))

    def _remove_text(self, kind: str) -> str:
        return {
            "paragraph": self.tr("Remove paragraph"),
            "list": self.tr("Remove list"),
            "heading": self.tr("Remove sub-heading"),
        }.get(kind, self.tr("Remove figure"))

    def _noun(self, kind: str) -> str:
        return {
            "paragraph": self.tr("paragraph"),
            "list": self.tr("list"),
            "heading": self.tr("sub-heading"),
        }.get(kind, self.tr("figure"))

    # -- from the model ---------------------------------------------------------------------
    def value(self) -> list[Any]:
        return [self._rows[block_id].editor.value() for block_id in self._order]

    def set_value(self, value: Any) -> None:
        blocks: list[dict[str, Any]] = [dict(block) for block in value or []]
        ids = [str(block.get("id", "")) for block in blocks]
        kinds = {
            block_id: str(block.get("kind")) for block_id, block in zip(ids, blocks, strict=True)
        }
        for block_id in list(self._rows):
            if kinds.get(block_id) != self._kinds[block_id]:
                self._drop_row(block_id)
        for index, (block_id, block) in enumerate(zip(ids, blocks, strict=True)):
            row = self._rows.get(block_id) or self._make_row(block_id, kinds[block_id])
            if self._rows_layout.indexOf(row) != index:
                self._rows_layout.removeWidget(row)
                self._rows_layout.insertWidget(index, row)
            row.editor.set_value(block)
            row.name(self._noun(kinds[block_id]), index, len(blocks))
        self._order = ids
        self.empty_label.setVisible(not blocks)
        if self._pending_focus is not None:
            index, rel, select = self._pending_focus
            self._pending_focus = None
            self.focus_input((index, *rel), select)

    def _make_row(self, block_id: str, kind: str) -> ListRow:
        editor = self._block_factory(_kind(kind))
        editor.set_sink(partial(self._block_commit, block_id))
        editor.set_read_only(self._read_only)
        row = ListRow(editor, True, self)
        row.up.clicked.connect(lambda: self._act(block_id, -1))
        row.down.clicked.connect(lambda: self._act(block_id, +1))
        row.remove.clicked.connect(lambda: self._act(block_id, 0))
        for button in (row.up, row.down, row.remove):
            button.setVisible(not self._read_only)
        for widget in editor.inputs():
            widget.installEventFilter(self)
        self._rows[block_id] = row
        self._kinds[block_id] = kind
        return row

    def _drop_row(self, block_id: str) -> None:
        row = self._rows.pop(block_id)
        del self._kinds[block_id]
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()  # it may hold the button being clicked

    def _act(self, block_id: str, delta: int) -> None:
        if block_id not in self._order:
            return
        index = self._order.index(block_id)
        if delta:
            self.move_entry(index, delta)
        else:
            self.remove(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down in a block's text or settings move the block.

        Claimed in ``ShortcutOverride`` too, so a window's own Alt+Up (moving a section in
        the navigator) does not fire while a block has focus.
        """
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            index = self._index_of(watched)
            if alt and delta is not None and index is not None and not self._read_only:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.move_entry(index, delta)
                return True
        return super().eventFilter(watched, event)

    def _index_of(self, widget: QObject) -> int | None:
        for index, block_id in enumerate(self._order):
            if isinstance(widget, QWidget) and self._rows[block_id].isAncestorOf(widget):
                return index
        return None

    # -- drops: pictures dropped between the blocks make a figure -----------------------------
    def dragEnterEvent(self, event: QDragMoveEvent) -> None:
        if not self._read_only and image_files(event.mimeData()):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_files(event.mimeData())
        if paths and not self._read_only:
            event.acceptProposedAction()
            self.add_figure_files(paths, self._drop_index(event.position().toPoint().y()))

    def _drop_index(self, y: int) -> int:
        """The place between blocks nearest to ``y`` (in this widget's coordinates)."""
        for index, block_id in enumerate(self._order):
            row = self._rows[block_id]
            if y < row.mapTo(self, row.rect().center()).y():
                return index
        return len(self._order)

    # -- problems, focus, read-only ---------------------------------------------------------
    def _show_own(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        per_block: list[list[FieldProblem]] = [[] for _id in self._order]
        own: list[str] = []
        for loc, message in problems:
            index = loc[0] if loc else None
            if isinstance(index, int) and 0 <= index < len(per_block):
                per_block[index].append((loc[1:], message))
            else:
                own.append(message)
        for block_id, block_problems in zip(self._order, per_block, strict=True):
            self._rows[block_id].editor.show_problems(block_problems)
        self._show_own("\n".join(own))

    def problem_text(self) -> str:
        texts = [self.error_label.text()]
        texts += [self._rows[block_id].editor.problem_text() for block_id in self._order]
        return "\n".join(t for t in texts if t)

    def blocks(self) -> list[BlockEditor]:
        """The block editors, in order (for tests and for focusing)."""
        editors: list[BlockEditor] = []
        for block_id in self._order:
            editor = self._rows[block_id].editor
            assert isinstance(editor, BlockEditor)
            editors.append(editor)
        return editors

    def row(self, index: int) -> ListRow:
        """The frame of block ``index``, with its Move and Remove buttons."""
        return self._rows[self._order[index]]

    def input_widget(self) -> QWidget:
        return self.toolbar_buttons[0]

    def inputs(self) -> list[QWidget]:
        return []  # the blocks handle their own keys: a parent list must not move on Alt+Up

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        index = rel[0] if rel else 0
        if isinstance(index, int) and 0 <= index < len(self._order):
            return self._rows[self._order[index]].editor.focus_input(rel[1:], select)
        self.toolbar_buttons[0].setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for action in (
            self.paragraph_action,
            self.list_action,
            self.numbered_action,
            self.heading_action,
            self.figure_action,
            self.bulleted_action,
        ):
            action.setEnabled(not read_only)
        for row in self._rows.values():
            row.editor.set_read_only(read_only)
            for button in (row.up, row.down, row.remove):
                button.setVisible(not read_only)
