"""Import a report from Word, OpenDocument, a web page, Markdown or text into a publication.

Headless (no Qt), and as careful with a received document as the project reader is with
a received ``.podium`` file. Every format is read into one intermediate
(:mod:`models.importing.document`) and mapped to the model by one mapping
(:mod:`models.importing.mapping`), so the rules are written once::

    imported = import_file("notes.docx")
    imported.project      # a new, unsaved project
    imported.report       # every guess the import made, one sentence each
"""

from __future__ import annotations

import datetime as dt
import os

from models.importing.errors import ImportFileError, SourceRefused
from models.importing.mapping import Imported, to_project
from models.importing.source import FORMATS, read_source

__all__ = ["FORMATS", "ImportFileError", "Imported", "import_file"]


def import_file(path: str | os.PathLike[str], *, today: dt.date | None = None) -> Imported:
    """The publication made from the file at ``path``; raises :class:`ImportFileError`."""
    document = read_source(path)
    try:
        return to_project(document, today=today)
    except SourceRefused as error:
        raise ImportFileError(path, error.reason) from error
