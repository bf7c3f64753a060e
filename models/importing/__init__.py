"""Import a report from Word, OpenDocument, a web page, Markdown or text into a publication.

Headless (no Qt), and as careful with a received document as the project reader is with
a received ``.podium`` file. Every format is read into one intermediate
(:mod:`models.importing.document`) and mapped to the model by one mapping
(:mod:`models.importing.mapping`), so the rules are written once::

    imported = import_file("notes.docx")
    imported.project      # a new, unsaved project
    imported.report       # every guess the import made, one sentence each
    imported.notes        # the same guesses as kinds with parameters (to translate)
"""

from __future__ import annotations

import datetime as dt
import os

from models.importing.errors import ImportFileError, SourceRefused
from models.importing.links import base_address
from models.importing.mapping import Imported, Place, to_project
from models.importing.source import FORMATS, read_data, read_source

__all__ = ["FORMATS", "ImportFileError", "Imported", "Place", "import_data", "import_file"]


def import_file(
    path: str | os.PathLike[str],
    *,
    base: str = "",  # pragma: no mutate (any text but an address is ignored, as "" is)
    today: dt.date | None = None,
) -> Imported:
    """The publication made from the file at ``path``; raises :class:`ImportFileError`.

    ``base`` (an http or https address) resolves relative links when the source names no
    base address of its own; anything else is ignored.
    """
    document = read_source(path, base_address(base))
    try:
        return to_project(document, today=today)
    except SourceRefused as error:
        raise ImportFileError(path, error.reason) from error


def import_data(
    data: bytes,
    suffix: str,
    *,
    name: str = "pasted text",
    base: str = "",  # pragma: no mutate (any text but an address is ignored, as "" is)
    today: dt.date | None = None,
) -> Imported:
    """The publication made from ``data`` read as a ``suffix`` file (``".html"``,
    ``".txt"``…), e.g. what was pasted; ``name`` stands for it in messages.

    The same limits and refusals as :func:`import_file`; raises :class:`ImportFileError`.
    """
    document = read_data(data, suffix, name, base_address(base))
    try:
        return to_project(document, today=today)
    except SourceRefused as error:
        raise ImportFileError(name, error.reason) from error
