"""What is imported: a file, or data pasted from the clipboard, and how to read it.

Pure data plus one blocking :meth:`Source.read`, which a worker thread calls; nothing here
touches a widget.

:mod:`models.importing` (its readers, the HTML parser, the XML of Word and OpenDocument) is
imported at the first import, on the worker thread, or at the first drop: the window imports
this module, and loading the importer with it cost each start ~70 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QUrl

if TYPE_CHECKING:
    from models.importing import Imported


@dataclass(frozen=True, slots=True)
class Source:
    """A file at ``path``, or ``data`` read as a ``suffix`` file; ``name`` is shown."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    suffix: str = ""

    @classmethod
    def file(cls, path: Path) -> Source:
        """The file at ``path``."""
        return cls(path.name, path=path)

    def read(self, base: str = "") -> Imported:
        """Import the source (blocking); ``base`` resolves relative links.

        Raises:
            ImportFileError: the source is refused or cannot be read.
        """
        from models.importing import import_data, import_file

        if self.path is not None:
            return import_file(self.path, base=base)
        return import_data(self.data or b"", self.suffix, name=self.name, base=base)


def importable(path: Path) -> bool:
    """Whether ``path`` has an extension Podium imports."""
    from models.importing import FORMATS

    return path.suffix.lower() in FORMATS


def dropped_source(urls: Sequence[QUrl]) -> Path | None:
    """The first local file among dropped ``urls`` that Podium can import."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if importable(path) and not path.is_dir():
                return path
    return None


def pasted_source(mime: QMimeData, name: str) -> Source | None:
    """What the clipboard holds as a source: HTML as a web page, else plain text.

    ``None`` when it holds neither, or only white space.
    """
    if mime.hasHtml() and mime.html().strip():
        return Source(name, data=mime.html().encode("utf-8"), suffix=".html")
    if mime.hasText() and mime.text().strip():
        return Source(name, data=mime.text().encode("utf-8"), suffix=".txt")
    return None
