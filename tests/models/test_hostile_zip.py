"""Hostile zip containers: each is refused cheaply, with one plain message, never a traceback.

Every archive is built here, byte by byte where zipfile would not write it (a "version
needed" of 25.5, a name flagged UTF-8 that is not, an end record claiming 3,000,000
entries, Zip64 end records). Limits are tested at N and N+1 where that is cheap.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import socket
import stat
import struct
import threading
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from models import (
    SCHEMA_VERSION,
    Project,
    ProjectFileError,
    Publication,
    load,
    project_file,
    safe_zip,
    save,
)
from models.project_file import MAX_ENTRIES, MIMETYPE
from models.safe_zip import ArchiveError, ZipLimits, open_zip, readable_size

STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
EOCD = struct.Struct("<4s4H2LH")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
# Words from zipfile's, struct's and the OS's own messages that a user should never read.
JARGON = re.compile(r"[Mm]agic|\bstruct\b|unpack|Errno|Invalid argument|Traceback|[a-z]Error\b")


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (2, 2), (0, 85, 127)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
ASSET = f"assets/{hashlib.sha256(PNG).hexdigest()}.png"


def publication_json(**overrides: Any) -> bytes:
    section = {"kind": "section", "id": "s", "title": "T", "images": [{"asset": ASSET, "alt": "x"}]}
    data = {
        "schema_version": 1,
        "title": "Titel",
        "publication_date": "2024-05-01",
        "blocks": [section],
        **overrides,
    }
    return json.dumps(data).encode()


GOOD_JSON = publication_json()


def zip_bytes(members: list[tuple[str, bytes, int]]) -> bytes:
    """A zip with exactly these (name, data, compression) members, in this order."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are wanted in some cases
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data, compression in members:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = compression
                archive.writestr(info, data)
    return buffer.getvalue()


def project_bytes(extra: list[tuple[str, bytes, int]] | None = None) -> bytes:
    members = [
        ("mimetype", MIMETYPE, STORED),
        ("publication.json", GOOD_JSON, DEFLATED),
        (ASSET, PNG, STORED),
    ]
    return zip_bytes(members + (extra or []))


def central_records(data: bytes | bytearray) -> list[int]:
    """Offsets of the central-directory records, found from the end record."""
    end = len(data) - EOCD.size
    assert data[end : end + 4] == b"PK\x05\x06"
    _, _, _, _, count, _, offset, _ = EOCD.unpack_from(data, end)
    records, position = [], offset
    for _ in range(count):
        records.append(position)
        fields = CENTRAL.unpack_from(data, position)
        position += CENTRAL.size + fields[12] + fields[13] + fields[14]
    return records


def record_of(data: bytes | bytearray, name: str) -> int:
    for position in central_records(data):
        length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + length]) == name.encode():
            return position
    raise KeyError(name)


def local_of(data: bytes | bytearray, name: str) -> int:
    return struct.unpack_from("<L", data, record_of(data, name) + 42)[0]


def patched(data: bytes, *changes: tuple[int, str, int]) -> bytes:
    """``data`` with each (offset, struct format, value) written in."""
    out = bytearray(data)
    for offset, fmt, value in changes:
        struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def with_zip64_end(data: bytes, *, entries: int | None = None, disks: int = 1) -> bytes:
    """``data`` with Zip64 end records (record + locator) before its end record."""
    end = len(data) - EOCD.size
    _, _, _, _, count, size, offset, _ = EOCD.unpack_from(data, end)
    count = count if entries is None else entries
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, disks)
    short = EOCD.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return data[:end] + record + locator + short


def end_record_only(entries: int, size: int = 46, offset: int = 4) -> bytes:
    """A local-header signature and a bare end record: the cheapest lie about a directory."""
    return b"PK\x03\x04" + EOCD.pack(b"PK\x05\x06", 0, 0, entries, entries, size, offset, 0)


def refused(tmp_path: Path, data: bytes, match: str) -> str:
    """Load ``data`` as a file; it must be refused with ``match`` in a clean one-line message."""
    path = tmp_path / "p.podium"
    path.write_bytes(data)
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    message = str(caught.value)
    assert match in message
    assert_plain(message, path)
    return message


def assert_plain(message: str, path: Path) -> None:
    assert message.startswith(f"{path.name}: ")
    assert "\n" not in message and len(message) < 400, message
    assert not JARGON.search(message), message


def forbid_zipfile_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if zipfile is asked to parse the directory: the refusal must come before it.

    Called once the test's archive is built, since building it needs zipfile.
    """

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile parsed an archive that should have been refused first")

    monkeypatch.setattr(safe_zip.zipfile, "ZipFile", forbidden)


# ---------------------------------------------------------------- item 2: zipfile's exceptions


def test_version_needed_25_5_is_a_plain_refusal(tmp_path: Path) -> None:
    data = project_bytes()
    data = patched(data, (record_of(data, "publication.json") + 6, "<B", 255))
    refused(tmp_path, data, "the file is damaged or uses a zip feature that Podium cannot read")


def test_name_flagged_utf8_that_is_not(tmp_path: Path) -> None:
    data = bytearray(project_bytes())
    record = record_of(data, "publication.json")
    data[record + 46 + 3] = 0xFF  # 'pub\xfflication.json'
    struct.pack_into("<H", data, record + 8, 0x800)
    refused(tmp_path, bytes(data), "the file is damaged (an entry's name is not valid text)")


def test_local_name_flagged_utf8_that_is_not(tmp_path: Path) -> None:
    data = bytearray(project_bytes())
    local = local_of(data, "publication.json")
    data[local + 30 + 3] = 0xFF
    struct.pack_into("<H", data, local + 6, 0x800)
    refused(tmp_path, bytes(data), "entry 'publication.json' is damaged")


ZIP_ERRORS = [
    NotImplementedError("zip file version 25.5"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    ValueError("negative seek value -3"),
    OverflowError("Python int too large to convert to C long"),
    struct.error("unpack requires a buffer of 46 bytes"),
    OSError(errno.EINVAL, "Invalid argument"),
    EOFError("Compressed file ended before the end-of-stream marker was reached"),
    zlib.error("Error -3 while decompressing data: invalid stored block lengths"),
    zipfile.BadZipFile("Bad magic number for central directory"),
    RuntimeError("File 'x' is encrypted, password required for extraction"),
    zipfile.LargeZipFile("Filesize would require ZIP64 extensions"),
    IndexError("index out of range"),
]


@pytest.mark.parametrize("error", ZIP_ERRORS, ids=lambda e: type(e).__name__)
def test_every_zipfile_error_on_open_is_wrapped(
    error: Exception, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise error

    data = project_bytes()
    monkeypatch.setattr(safe_zip.zipfile, "ZipFile", broken)
    message = refused(tmp_path, data, "the file ")
    assert "damaged" in message


@pytest.mark.parametrize("error", ZIP_ERRORS, ids=lambda e: type(e).__name__)
def test_every_zipfile_error_on_reading_is_wrapped(
    error: Exception, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise error

    data = project_bytes()
    monkeypatch.setattr(zipfile.ZipFile, "open", broken)
    message = refused(tmp_path, data, "entry 'mimetype' ")
    assert "damaged" in message or "cannot read" in message


def test_a_real_read_error_is_not_called_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    data = project_bytes()
    monkeypatch.setattr(safe_zip.zipfile, "ZipFile", broken)
    refused(tmp_path, data, "the file cannot be read (Input/output error)")


# ---------------------------------------------------------------- item 3: the entry count


def test_three_million_entries_are_refused_from_the_end_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = with_zip64_end(project_bytes(), entries=3_000_000)
    forbid_zipfile_parse(monkeypatch)
    refused(tmp_path, data, "the file has 3000000 entries; at most 1000 are allowed")


def test_a_short_end_record_is_counted_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_zipfile_parse(monkeypatch)
    refused(tmp_path, end_record_only(65_000), "the file has 65000 entries; at most 1000")


def test_a_huge_directory_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 million records' worth of directory, declared as 3 entries: never read.
    data = with_zip64_end(project_bytes(), entries=3)
    end = len(data) - EOCD.size - 20 - 56
    data = patched(data, (end + 40, "<Q", 3_000_000 * 46))
    forbid_zipfile_parse(monkeypatch)
    refused(tmp_path, data, "damaged")


def test_directory_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = zip_bytes([("a", b"", STORED), ("b", b"", STORED)])  # two records of 47 bytes
    limits = ZipLimits(max_entries=3, max_total_bytes=10, max_ratio=10, max_directory_bytes=93)
    forbid_zipfile_parse(monkeypatch)
    with pytest.raises(
        ArchiveError, match=r"^the file's list of entries is too large \(94 bytes\)$"
    ):
        open_zip(io.BytesIO(data), limits)


def _many(count: int) -> list[tuple[str, bytes, int]]:
    """``count`` tiny assets named by their hashes: valid, though no section uses them."""
    blobs = [b"%d" % i for i in range(count)]
    return [(f"assets/{hashlib.sha256(b).hexdigest()}.png", b, STORED) for b in blobs]


def test_entry_limit_at_n_and_n_plus_1(tmp_path: Path) -> None:
    at_limit = project_bytes(_many(MAX_ENTRIES - 3))
    path = tmp_path / "ok.podium"
    path.write_bytes(at_limit)
    assert load(path).publication.title == "Titel"
    over = project_bytes(_many(MAX_ENTRIES - 2))
    refused(tmp_path, over, f"the file has {MAX_ENTRIES + 1} entries; at most {MAX_ENTRIES}")


def test_a_directory_longer_than_its_end_record_says_is_walked_not_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = project_bytes(_many(MAX_ENTRIES - 2))
    end = len(data) - EOCD.size
    data = patched(data, (end + 8, "<H", 3), (end + 10, "<H", 3))
    forbid_zipfile_parse(monkeypatch)
    refused(tmp_path, data, f"the file has more than {MAX_ENTRIES} entries")


def test_an_end_record_that_miscounts_is_damage(tmp_path: Path) -> None:
    data = project_bytes()
    end = len(data) - EOCD.size
    refused(tmp_path, patched(data, (end + 8, "<H", 2), (end + 10, "<H", 2)), "damaged")


# ---------------------------------------------------------------- offsets, sizes, truncation


def test_zip64_end_records_are_read(tmp_path: Path) -> None:
    path = tmp_path / "p.podium"
    path.write_bytes(with_zip64_end(project_bytes()))
    assert load(path).publication.title == "Titel"


def test_zip64_locator_for_a_split_archive(tmp_path: Path) -> None:
    refused(tmp_path, with_zip64_end(project_bytes(), disks=3), "split over several files")


def test_end_record_of_a_split_archive(tmp_path: Path) -> None:
    data = project_bytes()
    refused(tmp_path, patched(data, (len(data) - EOCD.size + 4, "<H", 1)), "split over several")


@pytest.mark.parametrize("where", [1000, -1, -(2**31)], ids=["beyond", "before", "far-before"])
def test_bad_end_of_archive_offset_is_damage(where: int, tmp_path: Path) -> None:
    data = project_bytes()
    end = len(data) - EOCD.size
    offset = EOCD.unpack_from(data, end)[6]
    bad = patched(data, (end + 16, "<L", (offset + where) % 2**32))
    message = refused(tmp_path, bad, "the file is damaged (its end record points to the wrong")
    assert "cannot be read" not in message


def test_directory_larger_than_the_file(tmp_path: Path) -> None:
    data = project_bytes()
    refused(tmp_path, patched(data, (len(data) - EOCD.size + 12, "<L", 10**6)), "damaged")


def test_local_header_offset_beyond_the_data(tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, "publication.json") + 42, "<L", 2**31))
    refused(tmp_path, bad, "entry 'publication.json' is damaged (it claims more data than")


def test_local_header_offset_into_other_data(tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, "publication.json") + 42, "<L", 5))
    refused(tmp_path, bad, "entry 'publication.json' is damaged")


def test_compressed_size_larger_than_the_file(tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, ASSET) + 20, "<L", 10**6))
    refused(tmp_path, bad, f"entry '{ASSET}' is damaged (it claims more data than")


def test_size_smaller_than_the_data(tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, ASSET) + 24, "<L", 10))
    refused(tmp_path, bad, f"entry '{ASSET}' is damaged (its checksum does not match")


def test_every_truncation_is_refused_plainly(tmp_path: Path) -> None:
    data = project_bytes()
    path = tmp_path / "p.podium"
    for length in range(len(data)):
        path.write_bytes(data[:length])
        with pytest.raises(ProjectFileError) as caught:
            load(path)
        message = str(caught.value)
        assert_plain(message, path)
        assert "damaged" in message or "not a Podium project" in message, (length, message)


def test_garbage_after_the_end_record_is_a_comment_or_damage(tmp_path: Path) -> None:
    data = project_bytes()
    refused(tmp_path, data + b"PK\x05\x06" + bytes(10), "damaged")


# ---------------------------------------------------------------- entries


@pytest.mark.parametrize("flag", [0x1, 0x41], ids=["encrypted", "strong-encryption"])
def test_encrypted_entry(flag: int, tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, "publication.json") + 8, "<H", flag))
    refused(tmp_path, bad, "entry 'publication.json' is encrypted")


@pytest.mark.parametrize("method", [12, 14, 93, 99], ids=["bzip2", "lzma", "zstd", "aes"])
def test_only_stored_and_deflated_are_decompressed(method: int, tmp_path: Path) -> None:
    data = project_bytes()
    bad = patched(data, (record_of(data, "publication.json") + 10, "<H", method))
    refused(tmp_path, bad, "entry 'publication.json' uses an unsupported compression")


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("assets\\x.png", "uses backslashes"),
        ("/etc/passwd", "has an absolute path"),
        ("C:evil.dll", "has an absolute path"),
        ("assets/../../evil", "points outside the project ('..')"),
        ("..", "points outside the project"),
        ("evil\nname\x1b[31m", "unexpected entry 'evil\\nname\\x1b[31m' in the project"),
        ("x" * 5000, "unexpected entry 'xxxxxxxx"),
        ("", "has a damaged name"),
    ],
    ids=[
        "backslash",
        "absolute",
        "drive",
        "dotdot",
        "bare-dotdot",
        "control",
        "long",
        "empty",
    ],
)
def test_unsafe_names(name: str, match: str, tmp_path: Path) -> None:
    refused(tmp_path, project_bytes([(name, b"x", STORED)]), match)


def test_name_with_a_nul(tmp_path: Path) -> None:
    data = project_bytes([("assets/evil!exe", b"x", STORED)])
    nul = data.replace(b"assets/evil!exe", b"assets/evil\0exe")
    refused(tmp_path, nul, "entry 'assets/evil\\x00exe' has a damaged name")


def test_duplicate_entry(tmp_path: Path) -> None:
    refused(tmp_path, project_bytes([(ASSET, PNG, STORED)]), "the file holds the same entry twice")


@pytest.mark.parametrize(
    ("size", "shown"),
    [(257, "257 bytes"), (5000, "4.9 KiB"), (3 * 2**20, "3 MiB")],
)
def test_oversized_mimetype_gives_a_readable_size(size: int, shown: str, tmp_path: Path) -> None:
    data = zip_bytes([("mimetype", MIMETYPE.ljust(size), STORED)])
    refused(tmp_path, data, f"entry 'mimetype' is too large ({shown}); at most 256 bytes")


def test_mimetype_at_its_limit_is_read(tmp_path: Path) -> None:
    members = [("mimetype", MIMETYPE.ljust(256), STORED), ("publication.json", GOOD_JSON, DEFLATED)]
    path = tmp_path / "p.podium"
    path.write_bytes(zip_bytes([*members, (ASSET, PNG, STORED)]))
    assert load(path).publication.title == "Titel"


def test_asset_bomb_is_refused_by_ratio(tmp_path: Path) -> None:
    blob = bytes(2 * 2**20)
    name = f"assets/{hashlib.sha256(blob).hexdigest()}.png"
    message = refused(tmp_path, project_bytes([(name, blob, DEFLATED)]), "a zip bomb?")
    assert name in message


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1024, "1 KiB"),
        (1536, "1.5 KiB"),
        (40 * 2**20, "40 MiB"),
        (512 * 2**20, "512 MiB"),
        (3 * 2**30, "3 GiB"),
        (2**64 - 1, "16777216 TiB"),
    ],
)
def test_readable_size(size: int, expected: str) -> None:
    assert readable_size(size) == expected


# ---------------------------------------------------------------- the generic reader's limits

LIMITS = ZipLimits(max_entries=3, max_total_bytes=4 * 2**20, max_ratio=10, ratio_floor=1000)


def _open(members: list[tuple[str, bytes, int]], limits: ZipLimits = LIMITS) -> safe_zip.SafeZip:
    return open_zip(io.BytesIO(zip_bytes(members)), limits)


def test_generic_entry_count_at_n_and_n_plus_1() -> None:
    with _open([(f"{i}", b"", STORED) for i in range(3)]) as archive:
        assert len(archive.infos) == 3
    with pytest.raises(ArchiveError, match="the file has 4 entries; at most 3 are allowed"):
        _open([(f"{i}", b"", STORED) for i in range(4)])


def test_generic_read_limit_at_n_and_n_plus_1() -> None:
    with _open([("a", b"x" * 100, DEFLATED)]) as archive:
        assert archive.read(archive.infos[0], 100) == b"x" * 100
        with pytest.raises(ArchiveError, match=re.escape("too large (100 bytes); at most 99")):
            archive.read(archive.infos[0], 99)


def test_generic_declared_total_at_n_and_n_plus_1() -> None:
    blob = os.urandom(2 * 2**20)
    limits = ZipLimits(max_entries=3, max_total_bytes=4 * 2**20 + 1, max_ratio=10)
    with _open([("a", blob, STORED), ("b", blob + b"x", STORED)], limits) as archive:
        assert sum(len(archive.read(info, 2**30)) for info in archive.infos) == 4 * 2**20 + 1
    with pytest.raises(ArchiveError, match="unpacks to more than 4 MiB"):
        _open([("a", blob, STORED), ("b", blob + b"x", STORED)])


def test_generic_bytes_really_read_are_counted() -> None:
    with _lying_total(os.urandom(3 * 2**20)) as archive:
        archive.read(archive.infos[0], 2**30)
        with pytest.raises(ArchiveError, match="unpacks to more than 4 MiB"):
            archive.read(archive.infos[1], 2**30)


def _lying_total(blob: bytes) -> safe_zip.SafeZip:
    """Two entries that declare 10 bytes each, so only the running total can catch them."""
    data = zip_bytes([("a", blob, STORED), ("b", blob, STORED)])
    for name in ("a", "b"):
        data = patched(data, (record_of(data, name) + 24, "<L", 10))
    archive = open_zip(io.BytesIO(data), LIMITS)
    # The CRC would catch the lie at the end; read as zipfile would for a truthful entry.
    for info in archive.infos:
        info.file_size = len(blob)
    return archive


def test_generic_ratio_at_n_and_n_plus_1() -> None:
    def ratio_of(data: bytes) -> float:
        with zipfile.ZipFile(io.BytesIO(zip_bytes([("a", data, DEFLATED)]))) as archive:
            info = archive.infolist()[0]
            return info.file_size / info.compress_size

    low = os.urandom(200) * 6
    assert ratio_of(low) <= 10
    with _open([("a", low, DEFLATED)]) as archive:
        assert archive.read(archive.infos[0], 2**20) == low
    high = bytes(2000)
    assert ratio_of(high) > 10
    with pytest.raises(ArchiveError, match="entry 'a' expands suspiciously far"):
        _open([("a", high, DEFLATED)])


def test_generic_ratio_exemption() -> None:
    limits = ZipLimits(
        max_entries=3,
        max_total_bytes=2**20,
        max_ratio=10,
        ratio_floor=10,
        ratio_exempt=frozenset({"a"}),
    )
    with _open([("a", bytes(5000), DEFLATED)], limits) as archive:
        assert archive.read(archive.infos[0], 5000) == bytes(5000)
    with pytest.raises(ArchiveError, match="entry 'b' expands suspiciously far"):
        _open([("b", bytes(5000), DEFLATED)], limits)


# ---------------------------------------------------------------- item 6: what the writer writes


def _round_trip(data: dict[str, Any], tmp_path: Path) -> None:
    publication = Publication.model_validate(
        {"schema_version": SCHEMA_VERSION, "title": "T", "publication_date": "2024-05-01", **data}
    )
    path = tmp_path / "p.podium"
    save(Project(publication), path)
    assert load(path).publication == publication


def test_a_400000_dash_paragraph_reopens(tmp_path: Path) -> None:
    body = ["—" * 400_000]
    _round_trip({"blocks": [{"kind": "section", "id": "s", "title": "T", "body": body}]}, tmp_path)


def test_20000_similar_sections_reopen(tmp_path: Path) -> None:
    blocks = [{"kind": "section", "id": f"s{i}", "title": "Deel"} for i in range(20_000)]
    _round_trip({"blocks": blocks}, tmp_path)


def test_the_longest_text_the_model_allows_reopens(tmp_path: Path) -> None:
    body = ["a" * 1_000_000, "—" * 1_000_000]
    _round_trip(
        {
            "title": "a" * 1_000_000,
            "blocks": [{"kind": "section", "id": "s", "title": "T", "body": body}],
        },
        tmp_path,
    )


def test_publication_json_is_judged_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", 2 * 2**20)
    padded = GOOD_JSON[:-1] + b", " + b'"title": "' + b"a" * (2 * 2**20) + b'"}'
    members = [("mimetype", MIMETYPE, STORED), ("publication.json", padded, DEFLATED)]
    refused(
        tmp_path,
        zip_bytes([*members, (ASSET, PNG, STORED)]),
        # Sizes that would read alike in MiB are given in bytes.
        f"entry 'publication.json' is too large ({len(padded)} bytes); "
        f"at most {2 * 2**20} bytes is allowed",
    )


# ---------------------------------------------------------------- item 5: not a regular file


def _load_with_timeout(path: Path, timeout: float = 20) -> BaseException | None:
    """``load(path)`` in a thread; the error it raised, or a failure if it did not return."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            load(path)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        _unblock(path)
        thread.join(timeout)
        pytest.fail(f"load({path.name}) blocked")
    return outcome[0]


def _unblock(path: Path) -> None:
    """Open a FIFO's writing end, so that a reader blocked on it returns."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(fd)


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "p.podium"
    os.mkfifo(fifo)
    error = _load_with_timeout(fifo)
    assert isinstance(error, ProjectFileError)
    assert str(error) == "p.podium: is a named pipe, not a project file or folder"


def test_a_fifo_swapped_in_after_the_check_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "p.podium"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            project_file._read_zip(fifo)  # what load() opens once its check has passed
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():
        _unblock(fifo)
        pytest.fail("opening a FIFO blocked")
    assert isinstance(outcome[0], ProjectFileError)
    assert "is a named pipe" in str(outcome[0])


def test_a_device_is_refused() -> None:
    with pytest.raises(
        ProjectFileError, match=r"^null: is a device, not a project file or folder$"
    ):
        load("/dev/null")


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.podium"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        with pytest.raises(ProjectFileError, match="is a socket, not a project file or folder"):
            load(path)


# ---------------------------------------------------------------- folders


def folder(path: Path, assets: dict[str, bytes] | None = None) -> Path:
    (path / "assets").mkdir(parents=True)
    (path / "publication.json").write_bytes(GOOD_JSON)
    for name, data in ({ASSET: PNG} if assets is None else assets).items():
        (path / name).write_bytes(data)
    return path


def folder_refused(path: Path, match: str) -> str:
    error = _load_with_timeout(path)
    assert isinstance(error, ProjectFileError), error
    assert match in str(error)
    assert_plain(str(error), path)
    return str(error)


def test_folder_publication_json_fifo(tmp_path: Path) -> None:
    project = folder(tmp_path / "project")
    (project / "publication.json").unlink()
    os.mkfifo(project / "publication.json")
    folder_refused(project, "'publication.json' is a named pipe, not an ordinary file")


def test_folder_asset_fifo(tmp_path: Path) -> None:
    project = folder(tmp_path / "project", {})
    os.mkfifo(project / ASSET)
    folder_refused(project, f"'{ASSET}' is a named pipe, not an ordinary file")


def test_folder_publication_json_link_is_not_followed(tmp_path: Path) -> None:
    project = folder(tmp_path / "project")
    (tmp_path / "elsewhere.json").write_bytes(GOOD_JSON)
    (project / "publication.json").unlink()
    (project / "publication.json").symlink_to(tmp_path / "elsewhere.json")
    folder_refused(project, "'publication.json' is a link; Podium does not follow links")


def test_folder_assets_link_is_not_followed(tmp_path: Path) -> None:
    project = folder(tmp_path / "project", {})
    (project / "assets").rmdir()
    other = folder(tmp_path / "other")
    (project / "assets").symlink_to(other / "assets")
    folder_refused(project, "its 'assets' folder is a link")


def test_folder_asset_count_at_n_and_n_plus_1(tmp_path: Path) -> None:
    project = folder(tmp_path / "project")
    for name, data, _ in _many(MAX_ENTRIES - 1):
        (project / name).write_bytes(data)
    assert load(project).publication.title == "Titel"
    (project / "assets" / "notes.txt").write_bytes(b"")
    folder_refused(project, f"the assets folder has more than {MAX_ENTRIES} files")


def test_folder_publication_json_at_n_and_n_plus_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = folder(tmp_path / "project")
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", len(GOOD_JSON))
    assert load(project).publication.title == "Titel"
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", len(GOOD_JSON) - 1)
    folder_refused(project, f"'publication.json' is too large ({len(GOOD_JSON)} bytes)")


def test_folder_asset_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = folder(tmp_path / "project")
    monkeypatch.setattr(project_file, "MAX_ASSET_BYTES", len(PNG))
    assert load(project).publication.title == "Titel"
    monkeypatch.setattr(project_file, "MAX_ASSET_BYTES", len(PNG) - 1)
    folder_refused(project, f"'{ASSET}' is too large ({len(PNG)} bytes); at most {len(PNG) - 1}")


def test_folder_sparse_publication_json_is_not_read(tmp_path: Path) -> None:
    project = folder(tmp_path / "project")
    with open(project / "publication.json", "r+b") as stream:
        stream.truncate(2**40)  # a terabyte of holes: refused from its size, never read
    folder_refused(project, "'publication.json' is too large (1 TiB); at most 32 MiB")


def test_mode_helpers_name_each_kind() -> None:
    """One wording for every kind of special file, in reading and in writing."""
    from models.atomic_file import file_kind

    assert project_file.file_kind is file_kind
    assert file_kind(stat.S_IFIFO) == "a named pipe"
    assert file_kind(stat.S_IFCHR) == "a device"
    assert file_kind(stat.S_IFBLK) == "a device"
    assert file_kind(stat.S_IFSOCK) == "a socket"
    assert file_kind(stat.S_IFDIR) == "a folder"
    assert file_kind(stat.S_IFLNK) == "a symbolic link"
    assert file_kind(0) == "a special file"
