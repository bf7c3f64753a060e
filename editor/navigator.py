"""The navigator: a tree of the publication's parts; selecting one shows its form.

The tree is a view of the document, brought up to date after every change. It never
changes the publication itself: a drag and drop only *asks* for a move
(``sig_move_requested``); the window applies it as one undo step and the tree follows.

An update costs what changed, not what the publication holds, since it runs on every
keystroke. The models are frozen and an edit rebuilds only the models on the path to the
edited field, so a block whose model is the same object as before keeps its entry
(:class:`Node`) as it was. When the entries' targets and nesting are unchanged (typing a
title), only the entries that changed are relabelled in place, so selection, expansion and
scrolling stay exactly as they were; otherwise the tree is rebuilt.

Under "Contents" the blocks stand as the exports show them: a part with its sections and
quotes indented below it. An untitled section is named by its first words, in a muted
style, so it is recognisable without pretending to have a title.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QWidget

from editor.targets import Target
from models import Publication
from models.operations import ListName, block_label, is_untitled
from models.publication import Part, Quote, Section, Speaker

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on an entry whose label is not a title (an untitled section's first words).
MUTED_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-podium-navigator-item"
#: Which list holds the items of each movable kind.
LIST_OF: dict[str, ListName] = {
    "part": "blocks",
    "section": "blocks",
    "quote": "blocks",
    "speaker": "speakers",
}
#: Which entries each movable kind may be dropped into.
DROP_INTO: dict[str, frozenset[str]] = {
    "part": frozenset({"blocks"}),
    "section": frozenset({"blocks", "part"}),
    "quote": frozenset({"blocks", "part"}),
    "speaker": frozenset({"speakers"}),
}

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Node:
    """One navigator entry before it becomes a Qt item.

    ``muted`` marks a label that is not a title (an untitled section's first words).
    """

    target: Target
    label: str
    children: tuple[Node, ...] = ()
    muted: bool = False


def same_shape(old: Sequence[Node], new: Sequence[Node]) -> bool:
    """Whether ``new`` has the targets of ``old``, nested alike (labels aside): then the
    tree can be relabelled in place. An entry reused as it was is compared no further."""
    return len(old) == len(new) and all(
        before is after
        or (before.target == after.target and same_shape(before.children, after.children))
        for before, after in zip(old, new, strict=True)
    )


#: The entries made for models, by ``id()``: the model is kept with its entry, so the id
#: cannot be reused by another object while the entry is looked up by it.
_Made = dict[int, tuple[object, Node]]


class NavigatorModel(QStandardItemModel):
    """The publication as a tree of :class:`Target` items (parts add a third level)."""

    sig_move_requested = Signal(object, object, int)
    """A drop asks to move a block or speaker: (its Target, the Target of the entry it goes
    into — "blocks", a part or "speakers" —, its row there, counted before the move)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: tuple[Node, ...] | None = None  # what the tree shows; None: rebuild
        self._made: _Made = {}  # the entries of the shown publication's speakers and blocks

    def outline(self, pub: Publication) -> tuple[Node, ...]:
        """The entries for ``pub``, in the order the navigator shows them.

        A speaker or block that is the same model object as in the last outline gets the
        same entry, without looking into it again.
        """
        made: _Made = {}
        speakers = tuple(self._node(speaker, made) for speaker in pub.speakers)
        blocks = tuple(self._node(block, made) for block in pub.blocks)
        self._made = made
        return (
            Node(Target("details"), self.tr("Publication details")),
            Node(Target("intro"), self.tr("Intro & key takeaways")),
            Node(Target("speakers"), self.tr("Speakers"), speakers),
            # The word of the exports' table of contents (exporters/labels.py, "contents"),
            # and of the form this entry shows.
            Node(Target("blocks"), self.tr("Contents"), blocks),
            Node(Target("colophon"), self.tr("Colophon")),
            Node(Target("theme"), self.tr("Theme")),
        )

    def _node(self, model: Speaker | Section | Quote | Part, made: _Made) -> Node:
        """The entry of ``model``: the last outline's if the model is the same object."""
        known = self._made.get(id(model))
        if known is not None and known[0] is model:
            node = known[1]
        elif isinstance(model, Speaker):
            node = Node(Target("speaker", model.id), model.display_name)
        else:
            node = self._block_node(model, made)
        made[id(model)] = (model, node)
        return node

    def _block_node(self, block: Section | Quote | Part, made: _Made) -> Node:
        target = Target(block.kind, block.id)
        if isinstance(block, Part):
            children = tuple(self._node(item, made) for item in block.blocks)
            return Node(target, block.title, children)
        if isinstance(block, Quote):
            return Node(target, f"“{block_label(block)}”")
        if is_untitled(block):
            return Node(target, block_label(block) or self.tr("Untitled section"), muted=True)
        return Node(target, block_label(block))

    def relabel(self, nodes: tuple[Node, ...]) -> bool:
        """Show ``nodes`` by relabelling the entries that changed; ``False`` (and nothing
        done) when their targets or nesting differ from the tree's, which needs a rebuild."""
        shown = self._nodes
        if shown is None or not same_shape(shown, nodes):
            return False
        self._relabel(shown, nodes, self.invisibleRootItem())
        self._nodes = nodes
        return True

    def rebuild(self, nodes: tuple[Node, ...]) -> None:
        """Show ``nodes`` in a new tree (selection and expansion are the view's to restore)."""
        self.clear()
        self._append(self.invisibleRootItem(), nodes)
        self._nodes = nodes

    def forget_shape(self) -> None:
        """Make the next :meth:`relabel` refuse, so the tree is rebuilt, with new entries."""
        self._nodes = None
        self._made = {}

    def _append(self, parent: QStandardItem, nodes: Sequence[Node]) -> None:
        for node in nodes:
            item = self._item(node)
            parent.appendRow(item)
            self._append(item, node.children)

    def _relabel(self, old: Sequence[Node], new: Sequence[Node], parent: QStandardItem) -> None:
        """Relabel the items of the entries in ``new`` that are not those of ``old``."""
        for row, (before, node) in enumerate(zip(old, new, strict=True)):
            if before is node:
                continue  # the same entry: nothing in it changed
            item = parent.child(row)
            if before.label != node.label or before.muted != node.muted:
                item.setText(node.label)
                item.setToolTip(node.label)  # labels are elided in a narrow navigator
                self._style(item, node)
            if before.children is not node.children:
                self._relabel(before.children, node.children, item)

    def _item(self, node: Node) -> QStandardItem:
        kind = node.target.kind
        item = QStandardItem(node.label)
        item.setToolTip(node.label)
        item.setData(node.target, TARGET_ROLE)
        item.setEditable(False)
        item.setDragEnabled(kind in LIST_OF)
        item.setDropEnabled(kind in ("blocks", "part", "speakers"))
        self._style(item, node)
        return item

    def _style(self, item: QStandardItem, node: Node) -> None:
        """A part's title in bold; an untitled section's words muted and in italics."""
        kind = node.target.kind
        item.setData(node.muted, MUTED_ROLE)
        font = QFont()
        font.setBold(kind == "part")
        font.setItalic(node.muted)
        item.setFont(font)
        if node.muted:
            muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            item.setForeground(QBrush(muted))
        else:
            item.setData(None, Qt.ItemDataRole.ForegroundRole)
        descriptions = {
            "part": self.tr("Part"),
            "section": self.tr("Untitled section") if node.muted else self.tr("Section"),
            "quote": self.tr("Quote"),
            "speaker": self.tr("Speaker"),
        }
        if kind in descriptions:
            item.setData(descriptions[kind], Qt.ItemDataRole.AccessibleDescriptionRole)

    def target_at(self, index: AnyIndex) -> Target | None:
        """The target of ``index``, or ``None`` for an invalid index."""
        value = index.data(TARGET_ROLE) if index.isValid() else None
        return value if isinstance(value, Target) else None

    def indexes(self, parent: AnyIndex | None = None) -> Iterator[QModelIndex]:
        """Every index below ``parent`` (default: the whole tree), parents before children."""
        parent = parent if parent is not None else QModelIndex()
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            yield index
            yield from self.indexes(index)

    def index_for(self, target: Target) -> QModelIndex:
        """The index showing ``target``; invalid if it is not in the tree."""
        for index in self.indexes():
            if self.target_at(index) == target:
                return index
        return QModelIndex()

    # -- drag and drop: blocks within Contents and into or out of parts, speakers in Speakers

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            target = self.target_at(index)
            if target is not None and target.kind in LIST_OF:
                payload = {"kind": target.kind, "id": target.item_id}
                data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
                break
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = _decode(data)
        parent_target = self.target_at(parent)
        return (
            target is not None
            and parent_target is not None
            and parent_target.kind in DROP_INTO[target.kind]
            and parent_target != target
            and action == Qt.DropAction.MoveAction
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target, into = _decode(data), self.target_at(parent)
        assert target is not None and into is not None
        destination = row if row >= 0 else self.rowCount(parent)  # dropped on it: the end
        self.sig_move_requested.emit(target, into, destination)
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Ask for the move; the rows really move when the document has changed."""
        target = self.target_at(self.index(source_row, 0, source_parent))
        into = self.target_at(destination_parent)
        if count != 1 or target is None or into is None or target.kind not in LIST_OF:
            return False
        if into.kind not in DROP_INTO[target.kind]:
            return False
        self.sig_move_requested.emit(target, into, destination_child)
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex | None = None) -> bool:
        """Refused: after a move-drop the view would remove the "source" rows itself."""
        return False


def _decode(data: QMimeData) -> Target | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        kind, item_id = payload["kind"], payload["id"]
    except (ValueError, KeyError, TypeError):
        return None
    if kind not in LIST_OF or not isinstance(item_id, str):
        return None
    return Target(kind, item_id)


class NavigatorView(QTreeView):
    """The navigator tree; keeps its selection and expansion across document changes."""

    sig_target_selected = Signal(object)
    """The user (or a rebuild) selected another entry; carries its :class:`Target`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator_model = NavigatorModel(self)
        self.setModel(self.navigator_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(self.tr("Navigator"))
        self.setAccessibleDescription(self.tr("The parts of the publication"))
        self._current: Target | None = None
        self._quiet = False
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def current_target(self) -> Target | None:
        return self._current

    def reset_publication(self) -> None:
        """Forget the shown publication and selection (another document is coming)."""
        self._quiet = True
        try:
            self.navigator_model.clear()
            self.navigator_model.forget_shape()
        finally:
            self._quiet = False
        self._current = None

    def show_publication(self, pub: Publication) -> None:
        """Show ``pub``, keeping the selected entry (or its nearest neighbour) and expansion.

        Every entry with children is expanded, except those the user collapsed: a part
        added or dropped in shows its contents.
        """
        model = self.navigator_model
        nodes = model.outline(pub)
        if model.relabel(nodes):
            return  # same entries, nested alike: selection and expansion stay as they are
        collapsed = self._collapsed_targets()
        previous = self._current
        old_index = model.index_for(previous) if previous is not None else QModelIndex()
        old_row, old_parent = old_index.row(), model.target_at(old_index.parent())
        self._quiet = True
        try:
            model.rebuild(nodes)
            for index in model.indexes():
                if model.rowCount(index) and model.target_at(index) not in collapsed:
                    self.expand(index)
        finally:
            self._quiet = False
        if previous is not None and model.index_for(previous).isValid():
            self.select_target(previous)
        elif previous is not None:
            self._select_index(self._nearest(old_row, old_parent))
        else:
            self._select_index(model.index(0, 0))

    def select_target(self, target: Target) -> bool:
        """Select ``target``'s entry (expanding its parent); ``False`` if it is not shown."""
        index = self.navigator_model.index_for(target)
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def _select_index(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        self._on_current_changed(index)

    def _nearest(self, row: int, parent: Target | None) -> QModelIndex:
        """Where the selection goes when its entry disappeared: a sibling, else the parent."""
        model = self.navigator_model
        parent_index = model.index_for(parent) if parent is not None else QModelIndex()
        count = model.rowCount(parent_index)
        if count == 0:
            return parent_index if parent_index.isValid() else model.index(0, 0)
        return model.index(max(0, min(row, count - 1)), 0, parent_index)

    def _collapsed_targets(self) -> set[Target]:
        model = self.navigator_model
        found: set[Target] = set()
        for index in model.indexes():
            target = model.target_at(index)
            if target is not None and model.rowCount(index) and not self.isExpanded(index):
                found.add(target)
        return found

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self._quiet:
            return
        target = self.navigator_model.target_at(index)
        if target is not None and target != self._current:
            self._current = target
            self.sig_target_selected.emit(target)
