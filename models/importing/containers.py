"""Word-processor files: their zip through models.safe_zip, their XML through defusedxml.

A ``.docx`` or ``.odt`` is a zip of XML, as hostile as a ``.podium`` file: the same
shared reader bounds the entry count, sizes, ratios and names before anything is
unpacked. XML is parsed with defusedxml with DTDs forbidden outright, so entity expansion
(billion laughs), external entities (XXE reading ``/etc/passwd``) and ``SYSTEM "http://…"``
fetches are refused before any entity is defined.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from models import safe_zip
from models.importing.errors import MAX_IMAGE_BYTES, MAX_IMAGES, MAX_XML_BYTES, SourceRefused
from models.message import message

MAX_ENTRIES = 2_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100


class Container:
    """An opened word-processor file: its entries by name, read with their limits."""

    def __init__(self, archive: safe_zip.SafeZip) -> None:
        self._archive = archive
        self._infos = {info.filename: info for info in archive.infos}
        self._images = 0

    def has(self, name: str) -> bool:
        return name in self._infos

    def xml(self, name: str) -> ET.Element | None:
        """The parsed XML entry ``name``, or ``None`` when there is none."""
        info = self._infos.get(name)
        if info is None:
            return None
        data = self._read(info, MAX_XML_BYTES)
        return parse_xml(data, name)

    def image(self, name: str) -> bytes | None:
        """The bytes of an embedded image, or ``None`` when the entry is missing."""
        info = self._infos.get(name)
        if info is None:
            return None
        self._images += 1
        if self._images > MAX_IMAGES:
            raise SourceRefused(
                message("the file embeds more than {count} images", count=MAX_IMAGES)
            )
        return self._read(info, MAX_IMAGE_BYTES)

    def _read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        try:
            return self._archive.read(info, limit)
        except safe_zip.ArchiveError as error:
            raise SourceRefused(error.reason) from error


def open_container(stream: BinaryIO, xml_parts: frozenset[str]) -> safe_zip.SafeZip:
    """``stream`` opened with the import's limits; ``xml_parts`` are judged by size alone
    (text compresses without bound: a megabyte paragraph of one word is not a zip bomb)."""
    limits = safe_zip.ZipLimits(
        max_entries=MAX_ENTRIES,
        max_total_bytes=MAX_TOTAL_BYTES,
        max_ratio=MAX_RATIO,
        ratio_exempt=xml_parts,
    )
    try:
        return safe_zip.open_zip(stream, limits, noun="document")
    except safe_zip.ArchiveError as error:
        raise SourceRefused(error.reason) from error


def parse_xml(data: bytes, name: str) -> ET.Element:
    """``data`` parsed with no DTD allowed; any problem is one :class:`SourceRefused`."""
    try:
        # Entities, internal or external, can only be declared inside a DTD, and the DTD
        # is refused as its declaration starts: the last two flags can never act on their own.
        root: ET.Element = fromstring(
            data,
            forbid_dtd=True,
            forbid_entities=True,  # pragma: no mutate (unreachable after forbid_dtd)
            forbid_external=True,  # pragma: no mutate (unreachable after forbid_dtd)
        )
    except DefusedXmlException as error:
        raise SourceRefused(
            message(
                "'{part}' declares a DTD or entities, which are refused "
                "(they can expand without end or read other files)",
                part=safe_zip.shown(name),
            )
        ) from error
    except (ET.ParseError, ValueError, LookupError, RecursionError) as error:
        # LookupError: an encoding declaration that names no codec (``encoding="TTF-8"``).
        raise SourceRefused(
            message("'{part}' is damaged (not well-formed XML)", part=safe_zip.shown(name))
        ) from error
    return root
