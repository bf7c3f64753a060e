"""Every question reviewing asks the user, in one replaceable object (like ``window.dialogs``).

Tests replace :class:`ReviewDialogs` (``window.review.dialogs``) with scripted answers, so no
test ever blocks on a real dialog. Each method returns ``None`` when the user cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from editor.review.comment_anchors import open_comments_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDialogs", text)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """The answer to "export a publication that is not approved?"."""

    mark_as_draft: bool


class ReviewDialogs:
    """The questions of review mode: who you are, comment texts, notes, export, compare."""

    def ask_author(self, parent: QWidget, suggestion: str) -> str | None:
        """The reviewer's name, asked once and then remembered."""
        text, ok = QInputDialog.getText(
            parent,
            _tr("Your name"),
            _tr("Your name, shown with your comments and status changes:"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        return text.strip() if ok and text.strip() else None

    def ask_comment(self, parent: QWidget, about: str) -> str | None:
        """The text of a new comment on the part described by ``about``."""
        text, ok = QInputDialog.getMultiLineText(
            parent, _tr("Add comment"), _tr("Comment on %1:").replace("%1", about)
        )
        return text.strip() if ok and text.strip() else None

    def ask_reply(self, parent: QWidget, about: str) -> str | None:
        """The text of a reply to the comment described by ``about``."""
        text, ok = QInputDialog.getMultiLineText(
            parent, _tr("Reply to comment"), _tr("Reply to %1:").replace("%1", about)
        )
        return text.strip() if ok and text.strip() else None

    def ask_status_note(self, parent: QWidget, status: str) -> str | None:
        """An optional note with a status change; ``""`` is no note, ``None`` cancels."""
        text, ok = QInputDialog.getText(
            parent,
            _tr("Change review status"),
            _tr("Set the status to “%1”. Note (optional):").replace("%1", status),
        )
        return text.strip() if ok else None

    def confirm_approval(self, parent: QWidget, open_comments: int) -> bool:
        """Warn that comments are still open; ``True`` approves anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Approve"), "", parent=parent)
        box.setText(
            _tr("%1 on this publication. Approve it anyway?").replace(
                "%1", open_comments_text(open_comments)
            )
        )
        box.setInformativeText(_tr("Resolve the comments first, or approve with them open."))
        approve = box.addButton(_tr("Approve anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is approve

    def confirm_unapproved_export(
        self, parent: QWidget, status: str, open_comments: int
    ) -> ExportChoice | None:
        """Warn that the publication is not approved: export anyway, export as a draft (a
        watermark in the PDF, a banner on the web page), or ``None`` to cancel.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Not approved"), "", parent=parent)
        box.setText(_tr("This publication is not approved (status: %1).").replace("%1", status))
        details = _tr("Exported files may still change.")
        if open_comments:
            details += " " + open_comments_text(open_comments) + "."
        details += " " + _tr(
            "“Export as draft” marks every page of the PDF and the top of the web page as a draft."
        )
        box.setInformativeText(details)
        anyway = box.addButton(_tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        draft = box.addButton(_tr("Export as draft"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(draft)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is draft:
            return ExportChoice(mark_as_draft=True)
        if clicked is anyway:
            return ExportChoice(mark_as_draft=False)
        return None

    def choose_compare_file(self, parent: QWidget, start: str) -> Path | None:
        """Another version to compare with: a ``.podium`` file or a project's JSON."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Compare with"),
            start,
            _tr("Podium publications (*.podium);;Project folders (publication.json)"),
        )
        if not name:
            return None
        path = Path(name)
        return path.parent if path.name == "publication.json" else path
