"""The detached preview's window: it remembers where it was, and closing it docks the preview."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import QMainWindow, QStyle, QVBoxLayout, QWidget


class FloatingWindow(QWidget):
    """The detached preview's own window; closing it puts the preview back."""

    sig_closed = Signal()
    """The user closed the window."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.setWindowTitle(self.tr("Preview — Podium"))
        self.setWindowIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        geometry = settings.value("preview/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(640, 860)

    def set_content(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def remember_geometry(self) -> None:
        self.settings.setValue("preview/geometry", self.saveGeometry())

    def hideEvent(self, event: QHideEvent) -> None:
        self.remember_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_geometry()
        # Closing the main window closes this one too; only a user's close re-docks.
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow) and parent.isVisible():
            self.sig_closed.emit()
        super().closeEvent(event)
