"""What the window shows with no document open: ways to start, and recent files.

The buttons trigger the window's own actions, so a choice here and the same choice in the
File menu are one code path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartView(QWidget):
    """Start page: New, Open, Open folder, the example, and the recent files list."""

    sig_open_recent = Signal(object)
    """A recent file was chosen; carries its :class:`~pathlib.Path`."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Start"))
        title = QLabel(self.tr("Podium"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Make a publication of your symposium, congress or webinar."), self)
        intro.setWordWrap(True)

        buttons = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text().replace("&", ""), self)
            button.setAccessibleName(button.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)

        recent_label = QLabel(self.tr("&Recent publications"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent publications"))
        self.recent.setMaximumWidth(720)
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._on_activated)

        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent, 1)

        columns = QHBoxLayout()
        columns.addLayout(buttons)
        columns.addSpacing(32)
        columns.addLayout(recent, 1)
        columns.addStretch(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(24)
        layout.addLayout(columns, 1)

    def set_recent(self, paths: Sequence[Path]) -> None:
        """Show ``paths`` (newest first)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}  —  {path.parent}", self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        if not paths:
            empty = QListWidgetItem(self.tr("No recent publications yet."), self.recent)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.recent.setCurrentRow(0)

    def _on_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.sig_open_recent.emit(Path(path))
