"""File › New from template…: choose one of the built-in templates and start from it.

The dialog lists the templates of :mod:`models.templates`, each with one line that says
what it holds, and shows the outline of the one selected (parts, sections, quotes), read
from the template itself so the preview never disagrees with what opens. OK starts an
untitled publication from it through :meth:`~editor.files.FileController.new_from`, which
asks about unsaved changes first and applies the house style chosen for new publications.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.files import FileController
from editor.message_text import error_text
from models import ProjectFileError
from models.operations import block_label
from models.publication import Part, Quote, Section
from models.templates import SLUGS, load_template

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateChooser(QDialog):
    """The templates as a list with a line each, and the outline of the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from template"))
        texts = self._texts()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        for slug in SLUGS:
            name, line = texts[slug]
            item = QListWidgetItem(f"{name}\n{line}", self.list)
            item.setData(SLUG_ROLE, slug)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {line}")
            item.setSizeHint(QSize(0, 3 * self.fontMetrics().height()))
        self.outline = QTreeWidget(self)
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(self.tr("Outline of the template"))
        self.outline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel(
            self.tr(
                "Texts between ‹ and › are placeholders: the Problems list shows each one "
                "until it is replaced."
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda _new, _old: self._show_outline())
        preview = QVBoxLayout()
        preview.addWidget(QLabel(self.tr("Outline:"), self))
        preview.addWidget(self.outline)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 3)
        columns.addLayout(preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        """The slug of the selected template, or ``None``."""
        item = self.list.currentItem()
        slug = item.data(SLUG_ROLE) if item is not None else None
        return slug if isinstance(slug, str) else None

    def _show_outline(self) -> None:
        self.outline.clear()
        slug = self.chosen()
        if slug is None:
            return
        try:
            pub = load_template(slug).publication
        except ProjectFileError as error:  # a damaged installation
            QTreeWidgetItem(self.outline, [error_text(error)])
            return
        QTreeWidgetItem(self.outline, [self.tr("Introduction and key takeaways")])
        for block in pub.blocks:
            item = QTreeWidgetItem(self.outline, [self._label(block)])
            if isinstance(block, Part):
                for inner in block.blocks:
                    QTreeWidgetItem(item, [self._label(inner)])
        QTreeWidgetItem(self.outline, [self.tr("Colophon")])
        self.outline.expandAll()

    def _label(self, block: Section | Quote | Part) -> str:
        label = block_label(block)
        if isinstance(block, Quote):
            return self.tr("Quote: %1").replace("%1", label)
        return label or self.tr("Untitled section")

    def _texts(self) -> dict[str, tuple[str, str]]:
        """Each template's name and line, in the interface's language (one literal each)."""
        return {
            "symposiumverslag": (
                self.tr("Symposium report"),
                self.tr("Introduction, key takeaways, three talks with quotes between them"),
            ),
            "congres": (
                self.tr("Congress with parts and workshops"),
                self.tr("A plenary opening, two rounds of parallel workshops, a panel"),
            ),
            "webinar": (
                self.tr("Webinar summary"),
                self.tr("Short: key points, the talk, the recording with an access note"),
            ),
            "panelgesprek": (
                self.tr("Panel discussion"),
                self.tr("A moderator and panel members, two themes, questions from the floor"),
            ),
        }


class NewFromTemplate(QObject):
    """The File › New from template… action and what it does."""

    def __init__(self, files: FileController, window: QWidget) -> None:
        super().__init__(window)
        self._files = files
        self._window = window
        self.action = QAction(self.tr("New from &template…"), window)
        tip = self.tr("Start a publication from a template: symposium, congress, webinar, panel")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _=False: self.choose())

    def choose(self) -> TemplateChooser:
        """Show the chooser (window-modal, so the event loop and tests go on)."""
        dialog = TemplateChooser(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(dialog.chosen()))
        dialog.open()
        return dialog

    def _create(self, slug: str | None) -> bool:
        return slug is not None and self._files.new_from_template(slug)
