"""The import report: what was imported, and every guess the import made, to check.

Non-modal, so the editor can keep it open beside the publication and work down the list:
a row whose guess has a place in the publication (a speaker, a section, a quote, the
colophon) shows it there on a double-click. Remote images and links that could not be
resolved are listed with their addresses. When links were kept as text because the source
named no base address, the dialog asks for one and imports again with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.importing.report_text import entry_text
from models.importing import Imported, Place
from models.importing.links import base_address
from models.importing.report import GROUPS, Entry, Group, entries
from models.publication import Quote, Section

#: The item data role that holds a row's index in ``entries``.
_INDEX = Qt.ItemDataRole.UserRole


class ImportReportDialog(QDialog):
    """The report of one import: counts, and its guesses grouped, each with where it stands."""

    sig_place_activated = Signal(object)
    """Show a guess in the publication; carries its :data:`~models.importing.Place`."""

    sig_base_given = Signal(str)
    """Import again with this base address for relative links (an http(s) address)."""

    def __init__(self, source_name: str, imported: Imported, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-report")
        self.setWindowTitle(self.tr("Import report"))
        self.entries = entries(imported)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Imported from “%1”").replace("%1", source_name), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.counts = QLabel(self._counts(imported), self)
        self.counts.setObjectName("import-counts")
        layout.addWidget(self.counts)
        hint = QLabel(
            self.tr(
                "Each line is a guess the import made: check them. Double-click a line to "
                "show it in the publication."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Guesses of the import"))
        self.tree.setHeaderLabels([self.tr("Guess"), self.tr("Address")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        self._fill()
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show in publication"), self)
        self.show_button.clicked.connect(self._show_current)
        self.copy_button = QPushButton(self.tr("&Copy address"), self)
        self.copy_button.clicked.connect(self._copy_current)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.base_box = self._base_box()
        layout.addWidget(self.base_box)
        self.base_box.setVisible(any(entry.needs_base for entry in self.entries))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout.addWidget(close)
        self._update_buttons()
        self.resize(820, 600)

    # -- contents

    def _counts(self, imported: Imported) -> str:
        publication = imported.project.publication
        blocks = [block for _, block in publication.iter_blocks()]
        figures = sum(
            len(block.images)
            for _, body in publication.iter_bodies()
            for block in body
            if block.kind == "figure"
        )
        counts = (
            (self.tr("Sections"), sum(isinstance(b, Section) for b in blocks)),
            (self.tr("Speakers"), len(publication.speakers)),
            (self.tr("Quotes"), sum(isinstance(b, Quote) for b in blocks)),
            (self.tr("Images"), figures),
            (self.tr("Guesses"), len(imported.report)),
        )
        return "   ·   ".join(f"{name}: {count}" for name, count in counts)

    def _group_title(self, group: Group) -> str:
        """One literal each, for translators."""
        titles: dict[Group, str] = {
            "document": self.tr("Title and date"),
            "speakers": self.tr("Speakers"),
            "quotes": self.tr("Quotes"),
            "takeaways": self.tr("Takeaways"),
            "colophon": self.tr("Colophon"),
            "links": self.tr("Links"),
            "images": self.tr("Images"),
            "placed": self.tr("Text placed by guess"),
        }
        return titles[group]

    def _fill(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in GROUPS:
            members = [(i, entry) for i, entry in enumerate(self.entries) if entry.group == group]
            if not members:
                continue
            top = QTreeWidgetItem([f"{self._group_title(group)} ({len(members)})"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes effect once the item is in the tree
            for index, entry in members:
                top.addChild(self._row(entry, index))
            top.setExpanded(True)
        if not self.entries:
            item = QTreeWidgetItem([self.tr("The import made no guesses.")])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)

    def _row(self, entry: Entry, index: int) -> QTreeWidgetItem:
        text = entry_text(entry)
        item = QTreeWidgetItem([text, entry.address])
        item.setToolTip(0, text)
        if entry.address:
            item.setToolTip(1, entry.address)
        item.setData(0, _INDEX, index)
        return item

    def rows(self) -> list[tuple[str, str, str]]:
        """Every guess as (group title, text, address), in the order shown (for tests)."""
        out: list[tuple[str, str, str]] = []
        for top in _children(self.tree.invisibleRootItem()):
            for item in _children(top):
                out.append((top.text(0), item.text(0), item.text(1)))
        return out

    # -- base address

    def _base_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Base address for relative links"), self)
        layout = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "Some links were relative and the source named no address to resolve them "
                "against, so only their text was kept. Give the address the document came "
                "from to import it again with these links."
            ),
            box,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.base_edit = QLineEdit(box)
        self.base_edit.setPlaceholderText("https://example.org/report/")
        self.base_edit.setAccessibleName(self.tr("Base address"))
        self.base_edit.returnPressed.connect(self._give_base)
        self.base_button = QPushButton(self.tr("&Import again"), box)
        self.base_button.clicked.connect(self._give_base)
        row.addWidget(self.base_edit, 1)
        row.addWidget(self.base_button)
        layout.addLayout(row)
        self.base_error = QLabel(box)
        self.base_error.setObjectName("import-base-error")
        self.base_error.setStyleSheet("font-weight: bold;")
        self.base_error.hide()
        layout.addWidget(self.base_error)
        return box

    def _give_base(self) -> None:
        base = base_address(self.base_edit.text())
        if not base:
            self.base_error.setText(
                self.tr("Give a full address that starts with http:// or https://.")
            )
            self.base_error.show()
            return
        self.base_error.hide()
        self.sig_base_given.emit(base)

    # -- rows

    def _current(self) -> tuple[Place | None, str]:
        item = self.tree.currentItem()
        index = item.data(0, _INDEX) if item is not None else None
        if not isinstance(index, int):
            return None, ""
        entry = self.entries[index]
        return entry.place, entry.address

    def _update_buttons(self) -> None:
        place, address = self._current()
        self.show_button.setEnabled(place is not None)
        self.copy_button.setEnabled(bool(address))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.setCurrentItem(item)
        self._show_current()

    def _show_current(self) -> None:
        place, _ = self._current()
        if place is not None:
            self.sig_place_activated.emit(place)

    def _copy_current(self) -> None:
        _, address = self._current()
        if address:
            QGuiApplication.clipboard().setText(address)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(index) for index in range(item.childCount()))
    return [child for child in found if child is not None]
