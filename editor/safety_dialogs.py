"""The questions that keep work safe: a locked file, a file changed on disk, lost work found,
a damaged file with a good backup beside it.

They are methods of the window's :class:`~editor.files.Dialogs` (which inherits them), so a
test replaces them like every other question and never blocks on a message box.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.recovery_dialog import RecoveryChoice, RecoveryDialog
from models.recovery import Recoverable


class LockChoice(enum.Enum):
    """The answer to "this file is open elsewhere"."""

    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


class DiskChoice(enum.Enum):
    """The answer to "the file changed on disk since you opened it"."""

    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


class SafetyDialogs(QObject):
    """Questions asked before work could be lost or overwritten."""

    def ask_locked(self, parent: QWidget, name: str, holder: str) -> LockChoice:
        """``name`` is open by ``holder`` (:meth:`models.lock.LockInfo.describe`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File in use"), "", parent=parent)
        text = self.tr("“%1” is already open by %2.")
        box.setText(text.replace("%1", name).replace("%2", holder))
        box.setInformativeText(
            self.tr(
                "Open it read-only to look without changing it, or open it anyway if you are "
                "sure the other copy is no longer used (its unsaved changes could be lost)."
            )
        )
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return LockChoice.READ_ONLY
        return LockChoice.TAKE_OVER if clicked is anyway else LockChoice.CANCEL

    def ask_changed_on_disk(self, parent: QWidget, name: str) -> DiskChoice:
        """``name`` was changed by someone else since it was opened or saved here."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("File changed on disk"), "", parent=parent
        )
        box.setText(
            self.tr("“%1” was changed by another program since you opened it.").replace("%1", name)
        )
        box.setInformativeText(
            self.tr("Overwriting it replaces those changes with yours. Save under another name?")
        )
        overwrite = box.addButton(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save &as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return DiskChoice.OVERWRITE
        return DiskChoice.SAVE_AS if clicked is save_as else DiskChoice.CANCEL

    def ask_open_backup(self, parent: QWidget, name: str, reason: str, saved: str) -> bool:
        """``name`` cannot be opened (``reason``), but its backup from ``saved`` can: open that?

        ``True`` opens the backup as an untitled copy; the damaged file is left as it is.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open"), "", parent=parent)
        box.setText(self.tr("“%1” cannot be opened: %2").replace("%1", name).replace("%2", reason))
        box.setInformativeText(
            self.tr(
                "Podium kept a backup of the previous version (saved %1), and it can be opened. "
                "It opens as an untitled copy: “%2” stays as it is until you choose to save "
                "over it."
            )
            .replace("%1", saved)
            .replace("%2", name)
        )
        open_backup = box.addButton(self.tr("Open &backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_backup)
        box.exec()
        return box.clickedButton() is open_backup

    def ask_recovery(
        self, parent: QWidget, items: Sequence[Recoverable]
    ) -> tuple[RecoveryChoice, Recoverable | None]:
        """Unsaved work of Podiums that ended abruptly: recover one, discard one, or later."""
        dialog = RecoveryDialog(items, parent)
        dialog.exec()
        return dialog.choice, dialog.selected_item()
