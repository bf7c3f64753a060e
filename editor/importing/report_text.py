"""The import report in the user's language, through Qt's translator and the interface
locale's numbers (the table is :mod:`models.importing.report_wording`, shared with the
command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models.importing import report_wording
from models.importing.notes import Note
from models.importing.report import Entry
from models.importing.report_wording import TEMPLATES, WORDS

__all__ = ["TEMPLATES", "WORDS", "entry_text", "note_text"]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _number(value: int) -> str:
    return QLocale().toString(value)


def note_text(note: Note) -> str:
    """One line of the report, translated."""
    return report_wording.note_text(note, _translate, _number)


def entry_text(entry: Entry) -> str:
    """One entry of the report, translated."""
    return note_text(entry.note)
