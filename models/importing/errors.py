"""The one error an import raises, and the limits it enforces.

Like :class:`models.project_file.ProjectFileError`, ``str()`` is the message for the user:
the file's name and one sentence that says what is wrong or too large, and what the limit is.
"""

from __future__ import annotations

import os
from pathlib import Path

from models.message import message
from models.safe_zip import sizes

#: A text source (.txt, .md, .html) larger than this is refused unread: a report is
#: some hundreds of kilobytes, and ten thousand pages of text is not a report.
MAX_TEXT_BYTES = 16 * 1024 * 1024
#: A word-processor file (.docx, .odt) on disk; photos make these larger than text.
MAX_CONTAINER_BYTES = 64 * 1024 * 1024
#: One XML part of a container (Word's document.xml, ODT's content.xml) once unpacked.
MAX_XML_BYTES = 32 * 1024 * 1024
#: One embedded image; the same as a project's asset.
MAX_IMAGE_BYTES = 64 * 1024 * 1024
#: Blocks (paragraphs, list items, headings, images) a source may hold. A hundred pages
#: hold about two thousand; each block becomes a model object, so this bounds memory.
MAX_BLOCKS = 50_000
#: Images one source may embed.
MAX_IMAGES = 500


class ImportFileError(Exception):
    """A source that is refused or cannot be read; ``str()`` is the message for the user."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message("{name}: {reason}", name=self.path.name, reason=reason))


class SourceRefused(Exception):
    """Raised by a reader that has no path at hand; :func:`read_source` adds the path."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def too_large(size: int, limit: int) -> SourceRefused:
    """The refusal for a file of ``size`` bytes when ``limit`` is the most allowed."""
    size_text, limit_text = sizes(size, limit)  # in bytes where the units would look equal
    return SourceRefused(
        message(
            "the file is too large to import ({size}; at most {most})",
            size=size_text,
            most=limit_text,
        )
    )


def too_many_paragraphs(limit: int, *, text: bool = False) -> SourceRefused:
    """The refusal for a source of more than ``limit`` blocks (:data:`MAX_BLOCKS`);
    ``text`` for a plain text (which has no "document")."""
    count = f"{limit:,}"
    if text:
        return SourceRefused(message("the text has more than {count} paragraphs", count=count))
    return SourceRefused(message("the document has more than {count} paragraphs", count=count))
