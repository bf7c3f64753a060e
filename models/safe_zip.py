"""Reading an untrusted zip file: every size bounded, every failure one plain message.

:mod:`zipfile` trusts what an archive says about itself: it parses a central directory of
any length into objects before anyone can count them, and a damaged archive makes it raise
a dozen kinds of exception (``NotImplementedError``, ``UnicodeDecodeError``, ``struct.error``,
``OSError``…). :func:`open_zip` reads the end-of-archive record itself first, as ``unzip``
does, and refuses an archive whose declared entry count or directory size is out of bounds
before :mod:`zipfile` sees it. From then on every failure is an :class:`ArchiveError` whose
``reason`` a user can read.

This module knows nothing about a particular format: which entries must exist, in which
order, and how large each may be is for the caller (``models.project_file`` for ``.podium``
files; word-processor files follow the same pattern).
"""

from __future__ import annotations

import errno
import struct
import zipfile
import zlib
from dataclasses import dataclass
from types import TracebackType
from typing import BinaryIO

from models.message import Message, message

# The records zipfile reads, with its own layouts (APPNOTE 4.3.12, 4.3.14-16).
_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_LOCAL_HEADER_SIZE = 30
_MAX_COMMENT = 0xFFFF

_FLAG_ENCRYPTED = 0x1
_FLAG_STRONG_ENCRYPTION = 0x40

# Everything zipfile, zlib and struct are known to raise on damaged input. UnicodeDecodeError
# is a ValueError; bz2 and lzma are never reached because only STORED and DEFLATED are allowed.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    ValueError,
    OverflowError,
    struct.error,
    EOFError,
    zlib.error,
    RuntimeError,
    OSError,
    IndexError,
    KeyError,
)


class ArchiveError(Exception):
    """A zip file that is refused; ``reason`` is a sentence a user can act on.

    ``reason`` is a :class:`~models.message.Message`, so a reader can translate it.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class ZipLimits:
    """What one kind of archive may hold.

    Attributes:
        max_entries: entries in the archive, counted before any is parsed.
        max_total_bytes: unpacked bytes, both as declared and as really read.
        max_ratio: how far an entry, or the whole archive, may expand; zip bombs expand
            1000x and more.
        ratio_floor: entries (and archives) that unpack to at most this many bytes are never
            judged by their ratio: small files of repetitive text compress very well.
        ratio_exempt: entries judged only by the size limit their reader passes to
            :meth:`SafeZip.read`, because legitimate content compresses without bound (a
            long run of one character in a JSON text).
        max_directory_bytes: size of the archive's list of entries.
        methods: compression methods that may be decompressed.
    """

    max_entries: int
    max_total_bytes: int
    max_ratio: int
    ratio_floor: int = 1024 * 1024
    ratio_exempt: frozenset[str] = frozenset()
    max_directory_bytes: int = 4 * 1024 * 1024
    methods: frozenset[int] = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


@dataclass(frozen=True)
class _Directory:
    """Where the central directory is, as the end-of-archive records declare it."""

    entries: int
    start: int  # where zipfile will read it: just before the end records
    size: int
    offset: int  # where the end record says it is; equal to start in an unaltered file
    split: bool


def readable_size(size: int) -> str:
    """``300 bytes``, ``1.5 KiB``, ``40 MiB``: the unit that makes the number short."""
    if size < 1024:
        return message("{size} byte", size=size) if size == 1 else _bytes(size)
    value = float(size)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024:
            return f"{value:.1f}".removesuffix(".0") + f" {unit}"
    return f"{value / 1024:.1f}".removesuffix(".0") + " TiB"


def sizes(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` for a message; in bytes when the units would make them look equal."""
    size_text, limit_text = readable_size(size), readable_size(limit)
    if size_text == limit_text:
        return _bytes(size), _bytes(limit)
    return size_text, limit_text


def _bytes(size: int) -> Message:
    return message("{size} bytes", size=size)


def shown(name: str, limit: int = 80) -> str:
    """An entry name fit for a one-line message: escaped control characters, bounded length."""
    # One character past the limit tells a name that must be cut (the pragma: so would two).
    head = name[: limit + 1]  # pragma: no mutate
    text = "".join(char if char.isprintable() else ascii(char)[1:-1] for char in head)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_zip(stream: BinaryIO, limits: ZipLimits, *, noun: str = "file") -> SafeZip:
    """Check ``stream``'s structure and declared sizes and open it; raises :class:`ArchiveError`.

    ``noun`` names the whole in messages ("entry '../x' points outside the project"); the
    nouns Podium uses have sentences of their own (:func:`_outside`), so they translate whole.
    """
    directory = _read_directory(stream, limits)
    try:
        archive = zipfile.ZipFile(stream)
    except _ZIP_ERRORS as error:
        raise ArchiveError(_damaged_file(error)) from error
    try:
        _check_entries(archive.infolist(), limits, noun)
    except BaseException:
        archive.close()
        raise
    return SafeZip(archive, limits, directory.start)


class SafeZip:
    """An archive whose entries passed :func:`open_zip`; read them with :meth:`read`."""

    def __init__(self, archive: zipfile.ZipFile, limits: ZipLimits, directory_start: int) -> None:
        self._archive = archive
        self._limits = limits
        self._directory_start = directory_start
        self._read_total = 0
        self.infos: tuple[zipfile.ZipInfo, ...] = tuple(archive.infolist())

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """The contents of ``info``: at most ``limit`` bytes, whatever the entry declares."""
        name = shown(info.filename)
        if info.file_size > limit:
            size, most = sizes(info.file_size, limit)
            raise ArchiveError(
                message(
                    "entry '{name}' is too large ({size}); at most {most} is allowed",
                    name=name,
                    size=size,
                    most=most,
                )
            )
        # The entry (its local header and data) must end before the list of entries starts.
        end = info.header_offset + _LOCAL_HEADER_SIZE + info.compress_size
        if end > self._directory_start:
            raise ArchiveError(
                message(
                    "entry '{name}' is damaged (it claims more data than the file holds)",
                    name=name,
                )
            )
        budget = min(limit, self._limits.max_total_bytes - self._read_total)
        try:
            with self._archive.open(info) as member:
                data = member.read(budget + 1)
        except NotImplementedError as error:
            raise ArchiveError(
                message("entry '{name}' uses a zip feature that Podium cannot read", name=name)
            ) from error
        except _ZIP_ERRORS as error:
            raise ArchiveError(
                message("entry '{name}' is damaged ({detail})", name=name, detail=_detail(error))
            ) from error
        if len(data) > limit:
            raise ArchiveError(message("entry '{name}' is larger than it claims", name=name))
        self._read_total += len(data)
        if self._read_total > self._limits.max_total_bytes:
            raise ArchiveError(_too_large(self._limits))
        return data

    def close(self) -> None:
        """Close the archive (the ``with`` block does this)."""
        self._archive.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# ---------------------------------------------------------------------------- the directory


def _read_directory(stream: BinaryIO, limits: ZipLimits) -> _Directory:
    """Count and bound the central directory from the end records, as zipfile will find them."""
    try:
        directory = _end_records(stream)
    except _ZIP_ERRORS as error:
        raise ArchiveError(_damaged_file(error)) from error
    if directory is None:
        raise ArchiveError(message("the file is damaged or incomplete (truncated zip)"))
    if directory.split:
        raise ArchiveError(_split())
    if directory.entries > limits.max_entries:
        raise ArchiveError(
            message(
                "the file has {count} entries; at most {most} are allowed",
                count=directory.entries,
                most=limits.max_entries,
            )
        )
    if directory.start < 0 or directory.offset != directory.start:
        raise ArchiveError(
            message("the file is damaged (its end record points to the wrong place)")
        )
    if directory.size > limits.max_directory_bytes:
        raise ArchiveError(
            message(
                "the file's list of entries is too large ({size})",
                size=readable_size(directory.size),
            )
        )
    try:
        stream.seek(directory.start)
        # The pragma: read() would read on to the end record and its comment (at most 64 KiB
        # more), and only directory.size bytes are walked.
        data = stream.read(directory.size)  # pragma: no mutate
    except OSError as error:
        raise ArchiveError(_damaged_file(error)) from error
    count = _count_records(data, directory.size, limits)
    if count != directory.entries:
        raise ArchiveError(
            message(
                "the file is damaged (it says it holds {declared} entries, but lists {count})",
                declared=directory.entries,
                count=count,
            )
        )
    return directory


def _end_records(stream: BinaryIO) -> _Directory | None:
    """The end-of-archive record (and its Zip64 form), located exactly as zipfile does."""
    stream.seek(0, 2)
    file_size = stream.tell()
    if file_size < _EOCD.size:
        return None
    stream.seek(file_size - _EOCD.size)
    record = stream.read()  # the last _EOCD.size bytes, as zipfile reads them
    if record[:4] == b"PK\x05\x06" and record[-2:] == b"\0\0":
        location = file_size - _EOCD.size
    else:
        # An archive comment (up to 64 KiB) follows the record: the last signature wins.
        window_start = max(file_size - _MAX_COMMENT - 1 - _EOCD.size, 0)
        stream.seek(window_start)
        window = stream.read()
        found = window.rfind(b"PK\x05\x06")
        record = window[found : found + _EOCD.size]
        if found < 0 or len(record) != _EOCD.size:
            return None
        location = window_start + found
    _, disk, disk_start, on_disk, entries, size, offset, _ = _EOCD.unpack(record)
    split = disk != 0 or disk_start != 0 or on_disk != entries
    zip64 = _zip64_record(stream, location)
    if zip64 is not None:  # then the short record's fields may all be 0xFFFF: ignore them
        disk, disk_start, on_disk, entries, size, offset = zip64
        split = disk != 0 or disk_start != 0 or on_disk != entries
        location -= _EOCD64_LOCATOR.size + _EOCD64.size
    return _Directory(entries, location - size, size, offset, split)


def _zip64_record(stream: BinaryIO, location: int) -> tuple[int, int, int, int, int, int] | None:
    """Zip64 values, if a locator and record sit right before the end record (zipfile's rule)."""
    locator_at = location - _EOCD64_LOCATOR.size
    if locator_at < 0:
        return None
    stream.seek(locator_at)
    locator = stream.read(_EOCD64_LOCATOR.size)
    if len(locator) != _EOCD64_LOCATOR.size:
        return None
    signature, disk, _, disks = _EOCD64_LOCATOR.unpack(locator)
    if signature != b"PK\x06\x07":
        return None
    if disk != 0 or disks > 1:
        raise ArchiveError(_split())
    record_at = locator_at - _EOCD64.size
    if record_at < 0:
        return None
    stream.seek(record_at)
    record = stream.read(_EOCD64.size)
    if len(record) != _EOCD64.size:
        return None
    signature, _, _, _, disk, disk_start, on_disk, entries, size, offset = _EOCD64.unpack(record)
    if signature != b"PK\x06\x06":
        return None
    return disk, disk_start, on_disk, entries, size, offset


def _count_records(data: bytes, size: int, limits: ZipLimits) -> int:
    """Walk the directory's records as zipfile will, stopping as soon as there are too many."""
    count = position = 0
    while position < size:
        if position + _CENTRAL.size > len(data):
            raise ArchiveError(
                message("the file is damaged or incomplete (its list of entries is cut short)")
            )
        fields = _CENTRAL.unpack_from(data, position)
        if fields[0] != b"PK\x01\x02":
            raise ArchiveError(message("the file is damaged (its list of entries is broken)"))
        position += _CENTRAL.size + fields[12] + fields[13] + fields[14]
        count += 1
        if count > limits.max_entries:
            raise ArchiveError(
                message(
                    "the file has more than {most} entries; at most {most} are allowed",
                    most=limits.max_entries,
                )
            )
    return count


# ---------------------------------------------------------------------------- the entries


def _check_entries(infos: list[zipfile.ZipInfo], limits: ZipLimits, noun: str) -> None:
    names: set[str] = set()
    declared = judged = judged_compressed = 0
    for info in infos:
        _check_name(info, noun)
        if info.filename in names:
            raise ArchiveError(message("the file holds the same entry twice"))
        names.add(info.filename)
        name = shown(info.filename)
        if info.flag_bits & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
            raise ArchiveError(
                message("entry '{name}' is encrypted; it cannot be opened", name=name)
            )
        if info.compress_type not in limits.methods:
            raise ArchiveError(message("entry '{name}' uses an unsupported compression", name=name))
        declared += info.file_size
        if info.filename in limits.ratio_exempt:
            continue
        judged += info.file_size
        judged_compressed += info.compress_size
        if _too_expansive(info.file_size, info.compress_size, limits):
            raise ArchiveError(
                message("entry '{name}' expands suspiciously far (a zip bomb?)", name=name)
            )
    if _too_expansive(judged, judged_compressed, limits):
        raise ArchiveError(message("the file expands suspiciously far (a zip bomb?)"))
    if declared > limits.max_total_bytes:
        raise ArchiveError(_too_large(limits))


def _check_name(info: zipfile.ZipInfo, noun: str) -> None:
    """Names that would land outside a folder the archive is unpacked into."""
    name = info.filename
    text = shown(name)
    if not name or name != info.orig_filename:  # zipfile cuts a name at its first NUL
        raise ArchiveError(
            message("entry '{name}' has a damaged name", name=shown(info.orig_filename))
        )
    if "\\" in name:
        raise ArchiveError(
            message("entry '{name}' uses backslashes; refusing to read it", name=text)
        )
    if name.startswith("/") or (name[1:2] == ":" and name[0].isascii() and name[0].isalpha()):
        raise ArchiveError(
            message("entry '{name}' has an absolute path; refusing to read it", name=text)
        )
    if ".." in name.split("/"):
        raise ArchiveError(_outside(text, noun))


def _too_expansive(size: int, compressed: int, limits: ZipLimits) -> bool:
    return size > limits.ratio_floor and size > limits.max_ratio * max(compressed, 1)


# ---------------------------------------------------------------------------- messages


def _outside(name: str, noun: str) -> Message:
    """Entry ``name`` points outside the whole; a sentence per noun, so each translates whole."""
    if noun == "file":
        return message("entry '{name}' points outside the file ('..')", name=name)
    if noun == "project":
        return message("entry '{name}' points outside the project ('..')", name=name)
    if noun == "house style":
        return message("entry '{name}' points outside the house style ('..')", name=name)
    if noun == "document":
        return message("entry '{name}' points outside the document ('..')", name=name)
    return message("entry '{name}' points outside the {noun} ('..')", name=name, noun=noun)


def _split() -> Message:
    return message("the file is one part of an archive split over several files")


def _too_large(limits: ZipLimits) -> Message:
    return message(
        "the file unpacks to more than {size}", size=readable_size(limits.max_total_bytes)
    )


def _damaged_file(error: BaseException) -> Message:
    if isinstance(error, NotImplementedError):
        return message("the file is damaged or uses a zip feature that Podium cannot read")
    if isinstance(error, UnicodeDecodeError):
        return message("the file is damaged (an entry's name is not valid text)")
    if isinstance(error, OSError) and error.errno not in (None, errno.EINVAL):
        return message("the file cannot be read ({detail})", detail=error.strerror or str(error))
    return message("the file is damaged ({detail})", detail=_detail(error))


def _detail(error: BaseException) -> Message:
    """Why, in words: zipfile's own messages speak of magic numbers and headers."""
    text = str(error)
    if isinstance(error, OSError) and error.errno not in (None, errno.EINVAL):
        return message("it cannot be read: {detail}", detail=error.strerror or str(error))
    if "CRC" in text:
        return message("its checksum does not match its contents")
    if isinstance(error, EOFError) or "Truncated" in text or "ended" in text:
        return message("it is cut short")
    if isinstance(error, zlib.error):
        return message("its compressed data is broken")
    if isinstance(error, UnicodeDecodeError):
        return message("a name is not valid text")
    return message("its structure is broken")
