"""Page content encoded once per process: a page drawn as before keeps its stream.

The preview renders the whole document again for every pause in typing, and nearly every
page comes out exactly as it did the time before: only the edited page, and those after it
when its text reflows, change. Encoding the pages' content (Flate, then ASCII85 as
ReportLab's ``useA85`` asks) was about a tenth of a warm export of the sample ×100
(``benchmarks/pdf_text.py``). Here a page whose content is the same string as one written
before gets that stream's bytes, which are what encoding it again gives (no encryption:
then a stream's bytes depend on its object number). So the file stays byte for byte the same.

The cache is bounded (:data:`LIMIT` bytes of content and streams together), least recently
used first out, and shared by the renders of the process (threads too).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFBase85Encode,
    PDFDocument,
    PDFPage,
    PDFStream,
    PDFZCompress,
)

#: Bytes of page content and streams kept: a page of text has some 5 kB of content and
#: 3 kB of stream; the sample ×100 (300 pages) keeps about 2.5 MB.
LIMIT = 32 * 1024 * 1024

#: Off: every page's stream is encoded anew (the tests compare the two).
ENABLED = True


class StreamCache:
    """Formatted streams by their content (and filters), least recently used first out."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._kept: OrderedDict[tuple[str, tuple[str, ...]], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, tuple[str, ...]]) -> bytes | None:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: tuple[str, tuple[str, ...]], value: bytes) -> None:
        cost = len(key[0]) + len(value)
        if cost > self.limit:
            return
        with self._lock:
            if key in self._kept:
                return
            self._kept[key] = value
            self.size += cost
            while self.size > self.limit:
                (old, _), data = self._kept.popitem(last=False)
                self.size -= len(old) + len(data)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._kept)


STREAMS = StreamCache(LIMIT)


class PageStream(PDFStream):
    """A page's content stream, formatted through :data:`STREAMS`."""

    content: str
    filters: list[Any]
    dictionary: Any

    def format(self, document: PDFDocument) -> bytes:
        if not isinstance(document.encrypt, NoEncryption) or self.dictionary.dict:
            return bytes(super().format(document))
        key = (self.content, tuple(f.pdfname for f in self.filters))
        found = STREAMS.get(key)
        if found is None:
            found = bytes(super().format(document))
            STREAMS.put(key, found)
        return found


def cache_page_stream(page: PDFPage) -> None:
    """Give ``page`` (just made by ``Canvas.showPage``) the content stream ReportLab would
    make when writing the file (``PDFPage.check_format``), as a :class:`PageStream`."""
    made: Any = page  # PDFPage's attributes are ReportLab's own; the stubs leave them out
    stream = made.stream
    if not ENABLED or made.Contents or made.Override_default_compilation:
        return
    if not isinstance(stream, str) or not stream or not made.compression:
        return
    contents = PageStream()
    contents.filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    contents.content = stream
    contents.__Comment__ = "page stream"  # type: ignore[attr-defined]  # as ReportLab's
    made.Contents = contents
