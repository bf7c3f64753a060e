"""Opening a source file: only a regular file, its size bounded before it is read, and
the reader chosen by its extension (a ``.docx`` must also be a zip, an ``.html`` text)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from models.atomic_file import file_kind
from models.importing import docx_reader, html_reader, markdown_reader, odt_reader, text_reader
from models.importing.decode import decode
from models.importing.document import Document
from models.importing.errors import (
    MAX_CONTAINER_BYTES,
    MAX_TEXT_BYTES,
    ImportFileError,
    SourceRefused,
    too_large,
)
from models.message import Message, message
from models.regular_file import NotRegularFileError, open_regular

#: The extensions Podium imports, and what each is called in messages.
FORMATS = {
    ".docx": "Word document",
    ".html": "web page",
    ".htm": "web page",
    ".odt": "OpenDocument text",
    ".md": "Markdown file",
    ".markdown": "Markdown file",
    ".txt": "text file",
}

#: The formats that are zips of XML, and the refusal of a file that is not one.
_CONTAINERS = {
    ".docx": message("this is not a Word document (not a zip container)"),
    ".odt": message("this is not an OpenDocument text (not a zip container)"),
}

#: What an opened path that is not a regular file is, by :func:`file_kind`, as a whole
#: sentence for each kind (so each is translated whole).
_NOT_A_FILE = {
    "a folder": message("is a folder, not a file to import"),
    "a symbolic link": message("is a symbolic link, not a file to import"),
    "a device": message("is a device, not a file to import"),
    "a named pipe": message("is a named pipe, not a file to import"),
    "a socket": message("is a socket, not a file to import"),
    "a special file": message("is a special file, not a file to import"),
}
#: A source whose nesting or size exhausts the parser (recursion or memory).
_TOO_COMPLEX = message("is too complex to import")


def read_source(
    path: str | os.PathLike[str],
    base: str = "",  # pragma: no mutate (a base that is not absolute http(s) resolves nothing)
) -> Document:
    """The file at ``path`` as the intermediate; :class:`ImportFileError` when refused.

    ``base`` resolves relative links when the source names no base address of its own.
    """
    path = Path(path)
    suffix = _suffix(path, path.suffix)
    try:
        with _opened(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            limit = MAX_CONTAINER_BYTES if suffix in _CONTAINERS else MAX_TEXT_BYTES
            if size > limit:
                raise too_large(size, limit)
            return _read(stream, suffix, limit, base)
    except SourceRefused as error:
        raise ImportFileError(path, error.reason) from error
    except FileNotFoundError as error:
        raise ImportFileError(path, message("no such file")) from error
    except IsADirectoryError as error:
        raise ImportFileError(path, message("is a folder, not a file")) from error
    except OSError as error:
        reason = message("cannot be read ({detail})", detail=error.strerror or str(error))
        raise ImportFileError(path, reason) from error
    except (RecursionError, MemoryError) as error:
        raise ImportFileError(path, _TOO_COMPLEX) from error


def read_data(
    data: bytes,
    suffix: str,
    name: str,
    base: str = "",  # pragma: no mutate (a base that is not absolute http(s) resolves nothing)
) -> Document:
    """``data`` (e.g. pasted from the clipboard) read as a ``suffix`` file called ``name``
    in messages; the same limits and refusals as :func:`read_source`."""
    suffix = _suffix(Path(name), suffix)
    limit = MAX_CONTAINER_BYTES if suffix in _CONTAINERS else MAX_TEXT_BYTES
    try:
        if len(data) > limit:
            raise too_large(len(data), limit)
        return _read(io.BytesIO(data), suffix, limit, base)
    except SourceRefused as error:
        raise ImportFileError(name, error.reason) from error
    except (RecursionError, MemoryError) as error:
        raise ImportFileError(name, _TOO_COMPLEX) from error


def _suffix(path: Path, suffix: str) -> str:
    """``suffix`` in lower case if Podium imports it; else :class:`ImportFileError`."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(set(FORMATS)))
        if suffix:
            reason = message("cannot import '{suffix}' files ({known})", suffix=suffix, known=known)
        else:
            reason = message("cannot import 'no extension' files ({known})", known=known)
        raise ImportFileError(path, reason)
    return suffix


def _read(stream: BinaryIO, suffix: str, limit: int, base: str) -> Document:
    if suffix in _CONTAINERS:
        if stream.read(4) != b"PK\x03\x04":
            raise SourceRefused(_CONTAINERS[suffix])
        stream.seek(0)  # pragma: no mutate (the zip reader seeks from the end on its own)
        if suffix == ".odt":
            return odt_reader.read_odt(stream, base)
        return docx_reader.read_docx(stream, base)
    data = stream.read(limit + 1)
    if len(data) > limit:  # the file grew after it was measured
        raise too_large(len(data), limit)
    text = decode(data)
    if suffix in (".html", ".htm"):
        return html_reader.read_html(text, base)
    if suffix in (".md", ".markdown"):
        return markdown_reader.read_markdown(text, base)
    return text_reader.read_text(text)


def _opened(path: Path) -> BinaryIO:
    """``path`` opened for reading; a folder, pipe or device is refused before it could block."""
    try:
        stream = open_regular(path)
    except NotRegularFileError as error:
        raise SourceRefused(_not_a_file(file_kind(error.mode))) from None
    assert stream is not None  # links are followed
    return stream


def _not_a_file(kind: str) -> Message:
    return _NOT_A_FILE.get(kind) or message("is {kind}, not a file to import", kind=kind)
