"""A toolbar stand-in for an action whose text changes: Undo and Redo.

Undo's text names the step ("Undo Change title of section 3"), which the Edit menu should
show; on a toolbar with text beside the icons, every change of length pushes the buttons
after it sideways. The stand-in keeps a short fixed label, triggers the real action, follows
its enabled state and carries its full text as tooltip and accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

#: The property that holds an action's short, steady name (lists of commands show it).
STEADY_TEXT = "steady_text"


def steady_proxy(action: QAction, text: str, parent: QObject) -> QAction:
    """A stand-in for ``action`` labelled ``text`` for good (see the module); ``action``
    keeps ``text`` as :data:`STEADY_TEXT` for lists such as Help › Keyboard shortcuts."""
    action.setProperty(STEADY_TEXT, text)
    proxy = QAction(action.icon(), text, parent)
    proxy.setObjectName(f"steady-{action.objectName() or text}")
    proxy.triggered.connect(action.trigger)

    def follow() -> None:
        proxy.setEnabled(action.isEnabled())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        full = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        proxy.setToolTip(f"{full} ({keys})" if keys else full)
        proxy.setStatusTip(full)

    action.changed.connect(follow)
    follow()
    return proxy
