"""The strip across the window that says the document is open for review, not for editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QWidget

_STYLE = """
QToolBar#review-banner { background: #FFF4CE; border: none; border-bottom: 1px solid #E0C96B;
                         padding: 2px 8px; spacing: 12px; }
QToolBar#review-banner QLabel { color: #4A3B00; }
"""


class ReviewBanner(QToolBar):
    """A fixed toolbar row: "Review mode — forms are read-only." and [Start editing].

    A toolbar, so it spans the window above every pane without changing the window's layout;
    it cannot be moved, floated or hidden from the toolbar menu: only leaving review mode
    hides it.
    """

    sig_start_editing = Signal()
    """The user asked to leave review mode and edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-banner")
        self.setWindowTitle(self.tr("Review mode"))
        self.setAccessibleName(self.tr("Review mode"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet(_STYLE)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(
            "<b>" + self.tr("Review mode") + "</b> — " + self.tr("forms are read-only.")
        )
        self.addWidget(self.label)
        self.button = QPushButton(self.tr("Start editing"), self)
        self.button.setToolTip(self.tr("Leave review mode and make the forms editable"))
        self.button.clicked.connect(self.sig_start_editing)
        self.addWidget(self.button)

    def text(self) -> str:
        """The banner's words as plain text (for tests and screen readers)."""
        return f"{self.label.text()} [{self.button.text()}]".replace("<b>", "").replace("</b>", "")
