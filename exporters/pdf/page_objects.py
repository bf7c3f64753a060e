"""Page dictionaries and named destinations written as ReportLab writes them, byte for byte,
in a fraction of the time.

ReportLab formats every page's dictionary through its general object writer: a name is
escaped character by character, each value goes through a chain of type tests, and the
resource dictionary, the same on most pages, is built and written anew for each. That was
some 70 µs a page, a twentieth of a warm export of the sample ×100 with its photos
(``benchmarks/pdf_text.py``), which has five hundred pages. :class:`Page` writes the same
bytes from what it knows of a page's values: names and numbers directly, references by
their object numbers, and a resource dictionary it has written before from the bytes of
that one. Anything else goes to ReportLab's writer, as before.

Each anchor's destination is written twice (in ``/Dests`` and in its outline entry), as
an array of a page reference and numbers: :class:`KeptDestination` writes it once per document
and :class:`NamedDestinations` writes ``/Dests`` without escaping plain names again.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObjectReference,
    PDFPage,
    PDFResourceDictionary,
    format,
    pdfdocEnc,
)

_NAMES: dict[str, bytes] = {}
_ARRAYS: dict[tuple[Any, ...], bytes] = {}  # arrays of numbers: media boxes


class Page(PDFPage):
    """A page whose dictionary :meth:`format` writes without ReportLab's general writer.

    What it writes mirrors ``PDFCatalog.format`` and ``PDFDictionary.format`` (keys sorted,
    a line break every six entries), which the tests compare it with.
    """

    def format(self, document: PDFDocument) -> bytes:
        if rl_config.pdfMultiLine:  # another layout of dictionaries: ReportLab's writer
            return bytes(super().format(document))
        page: Any = self  # PDFPage's attributes are ReportLab's own; the stubs leave them out
        page.check_format(document)
        entries: dict[str, Any] = {}
        for key, default in page.__Defaults__.items():
            value = getattr(page, key, default)
            if value is not None:
                entries[key] = value
        for key in page.__NoDefault__:
            value = getattr(page, key, None)
            if value is not None:
                entries[key] = value
        for key in page.__Refs__:
            if key in entries:
                entries[key] = document.Reference(entries[key])  # type: ignore[no-untyped-call]  # untyped stub
        parts = [_name(key) + b" " + _value(entries[key], document) for key in sorted(entries)]
        for index in reversed(range(6, len(parts), 6)):
            parts.insert(index, b"\n ")
        return b"<<\n" + b" ".join(parts) + b"\n>>"


def _name(key: str) -> bytes:
    """``format(PDFName(key))``, remembered: a page has the same dozen keys as the others."""
    made = _NAMES.get(key)
    if made is None:
        made = _NAMES[key] = pdfdocEnc(PDFName(key))
    return made


def _value(value: Any, document: PDFDocument) -> bytes:
    """``format(value, document)`` for a value of a page's dictionary."""
    kind = type(value)
    if kind is PDFObjectReference:
        found = document.idToObjectNumberAndVersion.get(value.name)
        if found is not None:
            return b"%d %d R" % found
    elif kind is str:
        return bytes(pdfdocEnc(value))
    elif kind is int or kind is float:
        return str(fp_str(value)).encode("ascii")
    elif kind is PDFResourceDictionary:
        return _resources(value, document)
    elif kind is PDFArray and value.multiline is True:
        numbers = tuple(value.sequence)  # the media box: the same on every page
        made = _ARRAYS.get(numbers)
        if made is None and all(type(n) is int or type(n) is float for n in numbers):
            made = _ARRAYS[numbers] = bytes(format(value, document))
        if made is not None:
            return made
    elif kind is PDFDictionary and not value.dict and value.multiline is True:
        return b"<<\n\n>>"  # the empty /Trans every page has
    return bytes(format(value, document))


def _resources(resources: Any, document: PDFDocument) -> bytes:
    """A page's resource dictionary; the same resources as an earlier page of ``document``
    (by the references and names they hold) give that page's bytes again."""
    key = _resource_key(resources)
    if key is None:
        return bytes(format(resources, document))
    kept: dict[tuple[Any, ...], bytes] | None = getattr(document, "_podium_resources", None)
    if kept is None:
        kept = {}
        document._podium_resources = kept  # type: ignore[attr-defined]  # ours, per document
    made = kept.get(key)
    if made is None:
        made = kept[key] = bytes(format(resources, document))
    return made


def _resource_key(resources: Any) -> tuple[Any, ...] | None:
    """What a resource dictionary's bytes depend on, or None when it holds anything but
    references (by name) in its dictionaries and names in its procedure sets."""
    key: list[Any] = []
    for attribute in PDFResourceDictionary.dict_attributes:
        value = getattr(resources, attribute)
        kind = type(value)
        if kind is dict or (kind is PDFDictionary and value.multiline is True):
            # A dict is left out when empty, a PDFDictionary is not: the key tells them apart.
            items: list[Any] = [kind is dict]
            for name, item in (value if kind is dict else value.dict).items():
                if type(item) is not PDFObjectReference or type(name) is not str:
                    return None
                items.append((name, item.name))
            key.append(tuple(items))
        elif kind is PDFObjectReference:
            key.append(value.name)
        else:
            return None
    procedures = resources.ProcSet
    if type(procedures) is not list or not all(type(p) is str for p in procedures):
        return None
    key.append(tuple(procedures))
    return tuple(key)


class KeptDestination(pdfdoc.Destination):
    """A named destination whose array is made once per document: ``/Dests`` and the
    outline entry of the same anchor each write it."""

    _written: tuple[PDFDocument, bytes] | None = None

    def format(self, document: PDFDocument) -> bytes:
        written = self._written
        if written is None or written[0] is not document:
            written = self._written = (document, bytes(super().format(document)))
        return written[1]


class NamedDestinations(PDFDictionary):
    """``/Dests``: anchor names to their destinations, as ``PDFDictionary`` writes them."""

    def format(self, document: PDFDocument, IND: bytes = b"\n ") -> bytes:
        if rl_config.pdfMultiLine or self.multiline is not True:
            return bytes(super().format(document, IND))
        entries = self.dict
        parts = [
            _plain_name(key) + b" " + _value(entries[key], document) for key in sorted(entries)
        ]
        for index in reversed(range(6, len(parts), 6)):
            parts.insert(index, b"\n ")
        return b"<<\n" + b" ".join(parts) + b"\n>>"


#: Characters ``PDFName`` escapes as ``#xx``: outside ``!``…``~``, and the delimiters.
_ESCAPED = re.compile(r"[^!-~]|[%()<>{}\[\]#]")


def _plain_name(key: str) -> bytes:
    """``format(PDFName(key))``: ``/key`` when it has nothing to escape (an anchor)."""
    if _ESCAPED.search(key) is None:
        return b"/" + key.encode("ascii")
    return bytes(pdfdocEnc(PDFName(key)))
