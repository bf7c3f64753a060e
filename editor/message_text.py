"""The core's messages in the user's language, through Qt's translator.

``models`` and ``exporters`` raise errors with :func:`models.message.message`: English text
that remembers its template and fields. Here the template is looked up in Podium's
translator and the fields are filled in, themselves translated where they are messages too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.message import message_of, translated


def message_text(text: str) -> str:
    """``text`` (a message of the core, or any text) in the interface language."""
    return translated(text, QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the interface language."""
    return message_text(message_of(error))
