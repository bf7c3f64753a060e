"""The Format bar above the form: Bold, Italic and Link for whichever rich field has focus.

One bar for the whole form, as in a word processor, rather than one per field: a form holds
dozens of rich fields (every paragraph and list item), and a bar that appeared above the
focused one would make the form jump. The buttons are the focused field's own actions, so
they show its state (bold at the cursor is a pressed B) and do exactly what its shortcuts
do; with no rich field focused they are greyed out. Its buttons take no focus, so a click
leaves the cursor where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from editor.widgets.rich_text_edit import RichTextEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormatToolBar", text)


class FormatToolBar(QToolBar):
    """Bold, Italic and Link acting on the focused :class:`RichTextEdit`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Format"), parent)
        self.setObjectName("format-toolbar")
        self.setAccessibleName(_tr("Format"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit: RichTextEdit | None = None
        self._idle: list[QAction] = []
        self.buttons: list[QToolButton] = []
        looks = (("B", "bold"), ("I", "italic"), (_tr("Link"), "link"))
        for text, look in looks:
            idle = QAction(text, self)
            idle.setEnabled(False)
            idle.setToolTip(_tr("Click in a text with formatting to use this"))
            self._idle.append(idle)
            button = QToolButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            font = button.font()
            font.setBold(look == "bold")
            font.setItalic(look == "italic")
            font.setUnderline(look == "link")
            button.setFont(font)
            button.setMinimumWidth(28)
            button.setDefaultAction(idle)
            self.addWidget(button)
            self.buttons.append(button)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self.isAncestorOf(new):
            return  # the window lost focus, or a button took it: keep acting on the field
        self.attach(new if isinstance(new, RichTextEdit) else None)

    def attach(self, edit: RichTextEdit | None) -> None:
        """Act on ``edit`` (``None``: on nothing, greyed out)."""
        if edit is self.edit:
            return
        if self.edit is not None:
            self.edit.destroyed.disconnect(self._forget)
        self.edit = edit
        if edit is None:
            actions = self._idle
        else:
            edit.destroyed.connect(self._forget)
            actions = [edit.bold_action, edit.italic_action, edit.link_action]
        self._show(actions)

    def _show(self, actions: list[QAction]) -> None:
        for button, action in zip(self.buttons, actions, strict=True):
            for old in button.actions():  # one action each: more would add a menu arrow
                button.removeAction(old)
            button.setDefaultAction(action)  # follows the action: off while read-only

    def _forget(self) -> None:
        self.edit = None
        self._show(self._idle)
