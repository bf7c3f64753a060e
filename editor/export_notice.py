"""After an export: a notice in the status bar with "Open" and "Show in folder".

A status-bar message alone leaves the user to find the file. The notice says what was
written and offers the two next steps, without a dialog to dismiss first: it stays until it
is closed or the next export starts (a passing status message hides it for a while).
Opening goes through :class:`~PySide6.QtGui.QDesktopServices` (the desktop's own viewer for
our own output; tests replace :attr:`ExportNotice.open_url`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

#: Opens a URL with the desktop (``True`` when it could).
OpenUrl = Callable[[QUrl], bool]


class ExportNotice(QWidget):
    """What an export wrote, with Open, Show in folder and a close button.

    Attributes:
        open_url: opens a file or folder URL (:meth:`QDesktopServices.openUrl`; tests
            replace it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_url: OpenUrl = QDesktopServices.openUrl
        self._paths: list[Path] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the exported file with its usual program"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in fol&der"), self)
        self.folder_button.setToolTip(self.tr("Open the folder the file was exported to"))
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close notice"))
        self.close_button.setToolTip(self.tr("Close notice"))
        self.close_button.clicked.connect(self.dismiss)
        for widget in (self.label, self.open_button, self.folder_button, self.close_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Export finished"))
        self.hide()

    @property
    def paths(self) -> list[Path]:
        """The files the notice is about (empty while hidden)."""
        return list(self._paths)

    def show_for(self, paths: Sequence[Path]) -> None:
        """Say that ``paths`` were written, and offer to open the first and its folder."""
        self._paths = list(paths)
        if not self._paths:
            self.dismiss()
            return
        names = ", ".join(path.name for path in self._paths)
        self.label.setText(self.tr("Exported %1").replace("%1", names))
        self.setToolTip(str(self._paths[0]))
        self.show()

    def dismiss(self) -> None:
        """Hide the notice."""
        self._paths = []
        self.hide()

    def open_file(self) -> bool:
        """Open the exported file with the desktop's program for it."""
        return bool(self._paths) and self.open_url(QUrl.fromLocalFile(str(self._paths[0])))

    def open_folder(self) -> bool:
        """Open the folder the file was written to."""
        return bool(self._paths) and self.open_url(QUrl.fromLocalFile(str(self._paths[0].parent)))
