"""The link dialog of a rich-text field: the link's text and its address, checked as typed.

Only what the subset allows can be made (:func:`models.richtext.is_allowed_link`): http and
https addresses with a host, and mailto with an @. A bare ``www.example.org`` or
``name@example.org`` gets its ``https://`` or ``mailto:`` added, as people type them so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.widgets.field_editor import ERROR_STYLE
from models.richtext import is_allowed_link


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkDialog", text)


@dataclass(frozen=True)
class LinkRequest:
    """What the dialog starts with: the text to link, and the address of a link being edited."""

    text: str = ""
    href: str = ""


@dataclass(frozen=True)
class LinkAnswer:
    """The user's choice: the link's text and address; ``href`` ``None`` removes the link."""

    text: str
    href: str | None


#: Asks for a link; ``None`` when the user cancels (replace it in tests).
LinkPrompt = Callable[[QWidget, LinkRequest], LinkAnswer | None]


def check_address(typed: str) -> tuple[str | None, str]:
    """``typed`` as an allowed link address, or ``None`` and a message that says why not."""
    address = typed.strip()
    if not address:
        return None, _tr("Enter a web address or an e-mail address.")
    if any(ch.isspace() for ch in address):
        return None, _tr("An address cannot contain spaces.")
    try:
        parts = urlsplit(address)
    except ValueError:
        return None, _tr("This is not a web address.")
    if not parts.scheme:
        if "@" in address and "/" not in address:
            address = "mailto:" + address
        else:
            address = "https://" + address.lstrip("/")
        parts = urlsplit(address)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "mailto"):
        return None, _tr("Only web addresses (https://, http://) and mailto: can be links.")
    if scheme == "mailto" and "@" not in parts.path:
        return None, _tr("An e-mail link needs an address with @, such as mailto:name@example.org.")
    if scheme != "mailto" and (not parts.hostname or "." not in parts.hostname):
        return None, _tr("A web address needs a host name, such as https://example.org.")
    if not is_allowed_link(address):
        return None, _tr("This is not a web address.")
    return address, ""


class LinkDialog(QDialog):
    """Text and address of a link; OK only for an address :func:`check_address` accepts."""

    def __init__(self, request: LinkRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        editing = bool(request.href)
        self.setWindowTitle(_tr("Edit link") if editing else _tr("Insert link"))
        self.removed = False
        self.text_edit = QLineEdit(request.text, self)
        self.text_edit.setPlaceholderText(_tr("The address itself"))
        self.address_edit = QLineEdit(request.href, self)
        self.address_edit.setPlaceholderText("https://…")
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Text:"), self.text_edit)
        form.addRow(_tr("&Address:"), self.address_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button = QPushButton(_tr("&Remove link"), self)
        self.remove_button.setVisible(editing)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.address_edit.textChanged.connect(lambda _text: self.problem.clear())
        (self.address_edit if request.text else self.text_edit).setFocus()

    def _accept(self) -> None:
        address, problem = check_address(self.address_edit.text())
        self.problem.setText(problem)
        if address is None:
            self.address_edit.setFocus()
            return
        self.address_edit.setText(address)
        self.accept()

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def answer(self) -> LinkAnswer:
        """The link as accepted (call after ``accept``)."""
        if self.removed:
            return LinkAnswer(self.text_edit.text(), None)
        address, _problem = check_address(self.address_edit.text())
        return LinkAnswer(self.text_edit.text().strip() or (address or ""), address)


def ask_link(parent: QWidget, request: LinkRequest) -> LinkAnswer | None:
    """The default :data:`LinkPrompt`: the dialog, modal."""
    dialog = LinkDialog(request, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
