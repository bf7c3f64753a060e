"""The zip reader's edges: limits at N and N+1, the exact words of every refusal, and the
odd but valid archives (empty, with a comment, with extra fields). Found by mutation testing
(``make mutate``): each test fails if one operator, number or message in
:mod:`models.safe_zip` is changed. The project reader's own rules are in
``test_project_file_limits.py``.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from models import safe_zip
from models.safe_zip import ArchiveError, ZipLimits, open_zip, shown

STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
EOCD = struct.Struct("<4s4H2LH")
EOCD64 = struct.Struct("<4sQ2H2L4Q")
LOCATOR = struct.Struct("<4sLQL")
SPLIT = "the file is one part of an archive split over several files"
LIMITS = ZipLimits(max_entries=3, max_total_bytes=4096, max_ratio=10, ratio_floor=100)


def zip_of(*members: tuple[str, bytes], comment: bytes = b"", method: int = STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
        archive.comment = comment
    return buffer.getvalue()


def refusal(data: bytes, limits: ZipLimits = LIMITS, noun: str = "file") -> str:
    with pytest.raises(ArchiveError) as caught:
        open_zip(io.BytesIO(data), limits, noun=noun).close()
    assert str(caught.value) == caught.value.reason
    return caught.value.reason


def opened_names(data: bytes, limits: ZipLimits = LIMITS) -> list[str]:
    with open_zip(io.BytesIO(data), limits) as archive:
        return [info.filename for info in archive.infos]


def end_fields(data: bytes) -> tuple[int, ...]:
    return EOCD.unpack_from(data, len(data) - EOCD.size)[1:]


def with_end(data: bytes, **fields: int) -> bytes:
    """``data`` with fields of its end record (no comment) replaced."""
    names = ("disk", "disk_start", "on_disk", "entries", "size", "offset", "comment")
    values = dict(zip(names, end_fields(data), strict=True)) | fields
    return data[: -EOCD.size] + EOCD.pack(b"PK\x05\x06", *(values[n] for n in names))


def with_zip64_end(data: bytes, *, disks: int = 1, **fields: int) -> bytes:
    """``data`` (no comment) with Zip64 end records (record and locator) before its end
    record, whose own fields are then all 0xFFFF (read alone, they would say "split" and
    65535 entries); ``fields`` replace the Zip64 record's."""
    end = len(data) - EOCD.size
    names = ("disk", "disk_start", "on_disk", "entries", "size", "offset")
    values = dict(zip(names, end_fields(data)[:6], strict=True)) | fields
    record = EOCD64.pack(b"PK\x06\x06", 44, 45, 45, *(values[n] for n in names))
    locator = LOCATOR.pack(b"PK\x06\x07", 0, end, disks)
    short = EOCD.pack(b"PK\x05\x06", 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return data[:end] + record + locator + short


# ---------------------------------------------------------------------------- the end record


def test_an_empty_zip_is_just_an_end_record_and_opens() -> None:
    data = zip_of()
    assert len(data) == EOCD.size
    assert opened_names(data) == []


def test_an_empty_zip_with_a_comment_opens() -> None:
    """The end record then starts the file: the search for it begins at byte 0."""
    assert opened_names(zip_of(comment=b"just a comment")) == []


def test_a_zip_with_a_comment_opens() -> None:
    assert opened_names(zip_of(("a", b"data"), comment=b"note")) == ["a"]


def test_a_zip_with_the_longest_comment_opens() -> None:
    data = zip_of(("a", b"data"), comment=b"c" * 0xFFFF)
    assert opened_names(data) == ["a"]


@pytest.mark.parametrize("trailing", [1, 2])
def test_the_search_for_the_end_record_reaches_back_exactly_as_far_as_zipfiles(
    trailing: int,
) -> None:
    """The longest comment plus 1 stray byte: the record starts at the window's first byte,
    and is found; plus 2, it starts one byte before the window, and neither reader finds it."""
    data = zip_of(("a", b"data"), comment=b"c" * 0xFFFF) + b"x" * trailing
    if trailing == 1:
        assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ["a"]
        assert opened_names(data) == ["a"]
    else:
        with pytest.raises(zipfile.BadZipFile) as caught:
            zipfile.ZipFile(io.BytesIO(data))
        assert str(caught.value) == "File is not a zip file"
        assert refusal(data) == "the file is damaged or incomplete (truncated zip)"


def test_a_zip_with_a_comment_and_a_long_first_entry_opens() -> None:
    """The search window then starts inside the file, not at its first byte."""
    data = zip_of(("a", bytes(range(256)) * 300), comment=b"c" * 0x8000)
    assert opened_names(data, ZipLimits(3, 2**20, 10)) == ["a"]


def test_an_end_record_at_the_very_end_is_taken_as_zipfile_takes_it() -> None:
    """The last 22 bytes are an end record (no comment): taken as is, as zipfile does, even
    if its own fields hold the bytes of a signature (searching would find that one)."""
    data = zip_of(("a", b"data"))
    fields = list(end_fields(data))
    fields[4] = struct.unpack("<L", b"PK\x05\x06")[0]  # the directory's size field
    record = EOCD.pack(b"PK\x05\x06", *fields)
    # Found, then judged (a search would have called the file truncated instead).
    assert refusal(data[: -EOCD.size] + record) == (
        "the file is damaged (its end record points to the wrong place)"
    )


def test_a_signature_in_the_comment_is_the_one_zipfile_reads() -> None:
    """zipfile takes the last signature it finds: so does the check, and refuses it."""
    fake = b"PK\x05\x06" + bytes(18)
    data = zip_of(("a", b"data"), comment=b"note " + fake)
    assert refusal(data) == "the file is damaged (its end record points to the wrong place)"


def test_of_two_signatures_in_the_search_window_the_last_is_read() -> None:
    """A comment that holds a signature and does not end with a record: the search finds
    the real record first and the fake one last. zipfile reads the fake one (an archive of
    no entries, its list of entries at byte 0); so does the check, and refuses it."""
    fake = b"PK\x05\x06" + bytes(18)
    data = zip_of(("a", b"data"), comment=b"note " + fake + b" more")
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == []
    assert refusal(data) == "the file is damaged (its end record points to the wrong place)"


def test_shorter_than_an_end_record_is_truncated() -> None:
    assert refusal(zip_of()[:-1]) == "the file is damaged or incomplete (truncated zip)"
    tail = b"PK\x05\x06" + bytes(10)  # a signature with less than a record after it
    assert refusal(b"x" * 40 + tail) == "the file is damaged or incomplete (truncated zip)"


@pytest.mark.parametrize(
    "fields",
    [{"disk": 1}, {"disk_start": 1}, {"on_disk": 0}],
    ids=["disk", "disk_start", "on_disk"],
)
def test_one_part_of_a_split_archive_is_refused(fields: dict[str, int]) -> None:
    data = with_end(zip_of(("a", b"data")), **fields)
    assert refusal(data) == "the file is one part of an archive split over several files"


@pytest.mark.parametrize(
    "fields",
    [{"disk": 1}, {"disk_start": 1}, {"on_disk": 0}, {"on_disk": 2}],
    ids=["disk", "disk_start", "on_disk-fewer", "on_disk-more"],
)
def test_one_part_of_a_split_zip64_archive_is_refused(fields: dict[str, int]) -> None:
    """The Zip64 record's fields, each alone, behind a locator of one disk (all that zipfile
    checks). The split fields of the short record were tested above."""
    data = with_zip64_end(zip_of(("a", b"data")), **fields)
    assert refusal(data) == SPLIT


def test_an_end_record_pointing_elsewhere_is_damage() -> None:
    data = zip_of(("a", b"data"))
    offset = end_fields(data)[5]
    message = "the file is damaged (its end record points to the wrong place)"
    assert refusal(with_end(data, offset=offset + 1)) == message
    assert refusal(with_end(data, offset=offset - 1)) == message
    size = end_fields(data)[4]
    assert refusal(with_end(data, size=size + offset + 1)) == message  # starts before byte 0


def test_a_directory_at_byte_0_is_read() -> None:
    """An archive that is only a list of entries: its directory starts at the first byte."""
    data = zip_of(("a", b""))
    start, size = end_fields(data)[5], end_fields(data)[4]
    directory = data[start : start + size]
    end = EOCD.pack(b"PK\x05\x06", 0, 0, 1, 1, size, 0, 0)
    assert opened_names(directory + end) == ["a"]


def test_the_directory_size_limit_at_n_and_n_plus_1() -> None:
    data = zip_of(("a", b"data"))
    size = end_fields(data)[4]
    assert opened_names(data, ZipLimits(3, 4096, 10, max_directory_bytes=size)) == ["a"]
    limits = ZipLimits(3, 4096, 10, max_directory_bytes=size - 1)
    assert refusal(data, limits) == f"the file's list of entries is too large ({size} bytes)"


def test_entries_with_extra_fields_and_comments_are_counted_right() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("a", "b", "c"):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.extra = struct.pack("<HH", 0xCAFE, 3) + b"xyz"
            info.comment = b"comment of " + name.encode() * 7
            archive.writestr(info, b"data")
    assert opened_names(buffer.getvalue()) == ["a", "b", "c"]


def test_a_list_of_entries_cut_short_or_broken_is_damage() -> None:
    record = zip_of(("a", b""))
    start, size = end_fields(record)[5], end_fields(record)[4]
    one = record[start : start + size]
    cut = "the file is damaged or incomplete (its list of entries is cut short)"
    with pytest.raises(ArchiveError) as caught:
        safe_zip._count_records(one + b"PK\x01\x02" + bytes(10), len(one) + 14, LIMITS)
    assert caught.value.reason == cut
    with pytest.raises(ArchiveError) as caught:
        safe_zip._count_records(one + bytes(60), len(one) + 60, LIMITS)
    assert caught.value.reason == "the file is damaged (its list of entries is broken)"
    assert safe_zip._count_records(one + one, 2 * len(one), LIMITS) == 2


def test_an_end_record_that_miscounts_says_both_numbers() -> None:
    data = zip_of(("a", b"1"), ("b", b"2"))
    message = refusal(with_end(data, entries=1, on_disk=1))
    assert message == "the file is damaged (it says it holds 1 entries, but lists 2)"


def test_a_list_of_entries_longer_than_the_limit_is_refused_as_it_is_walked() -> None:
    """The end record says 3 entries (the limit); the list holds 4: counting stops at 4."""
    data = zip_of(("a", b"1"), ("b", b"2"), ("c", b"3"), ("d", b"4"))
    message = refusal(with_end(data, entries=3, on_disk=3))
    assert message == "the file has more than 3 entries; at most 3 are allowed"


def test_zip64_locators_of_several_disks_are_split_archives() -> None:
    data = zip_of(("a", b"data"))
    assert opened_names(with_zip64_end(data, disks=1)) == ["a"]
    assert refusal(with_zip64_end(data, disks=2)) == SPLIT


def test_a_zip64_locator_at_byte_0_is_read() -> None:
    """A file of only a locator (of several disks) and an end record: zipfile reads the
    locator at the first byte and refuses the file; so does the check."""
    locator = LOCATOR.pack(b"PK\x06\x07", 0, 0, 2)
    data = locator + EOCD.pack(b"PK\x05\x06", 0, 0, 0, 0, 0, LOCATOR.size, 0)
    with pytest.raises(zipfile.BadZipFile) as caught:
        zipfile.ZipFile(io.BytesIO(data))
    assert str(caught.value) == "zipfiles that span multiple disks are not supported"
    assert refusal(data) == SPLIT


def test_a_zip64_record_at_byte_0_is_read() -> None:
    """An empty Zip64 archive: its Zip64 record is the first byte of the file, and its short
    record's fields are all 0xFFFF (65535 entries, if it were read instead)."""
    data = with_zip64_end(zip_of())
    assert data.startswith(b"PK\x06\x06")
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == []
    assert opened_names(data) == []


# ---------------------------------------------------------------------------- the entries


def test_the_same_entry_twice_is_refused_in_words() -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = zip_of(("a", b"1"), ("a", b"2"))
    assert refusal(data) == "the file holds the same entry twice"


def test_a_drive_letter_is_an_absolute_path_but_a_colon_later_is_not() -> None:
    message = refusal(zip_of(("c:x", b"")), noun="project")
    assert message == "entry 'c:x' has an absolute path; refusing to read it"
    assert opened_names(zip_of(("1:x", b""), ("é:x", b""))) == ["1:x", "é:x"]


def test_the_whole_archive_is_judged_by_its_ratio() -> None:
    """Each entry below the floor, together above it: only the whole can be a bomb."""
    limits = ZipLimits(max_entries=3, max_total_bytes=2**20, max_ratio=1, ratio_floor=150)
    data = zip_of(("a", bytes(100)), ("b", bytes(100)), method=DEFLATED)
    assert refusal(data, limits) == "the file expands suspiciously far (a zip bomb?)"


def test_the_whole_is_judged_by_the_sum_of_its_compressed_sizes() -> None:
    """200 bytes stored in 200: a ratio of exactly 1, allowed; the last entry alone is 100."""
    limits = ZipLimits(max_entries=3, max_total_bytes=2**20, max_ratio=1, ratio_floor=150)
    assert opened_names(zip_of(("a", bytes(100)), ("b", bytes(100))), limits) == ["a", "b"]


@pytest.mark.parametrize(("size", "bomb"), [(100, False), (101, True)])
def test_an_entry_is_judged_only_above_the_floor(size: int, bomb: bool) -> None:
    limits = ZipLimits(max_entries=3, max_total_bytes=2**20, max_ratio=1, ratio_floor=100)
    data = zip_of(("a", bytes(size)), method=DEFLATED)
    if bomb:
        assert refusal(data, limits) == "entry 'a' expands suspiciously far (a zip bomb?)"
    else:
        assert opened_names(data, limits) == ["a"]


def test_the_ratio_is_allowed_up_to_exactly_the_limit() -> None:
    exact = ZipLimits(3, 2**20, max_ratio=1, ratio_floor=100)
    assert not safe_zip._too_expansive(200, 200, exact)
    assert safe_zip._too_expansive(201, 200, exact)
    # Nothing compressed into nothing: counted as one byte.
    assert not safe_zip._too_expansive(101, 0, ZipLimits(3, 2**20, 101, ratio_floor=100))
    assert safe_zip._too_expansive(102, 0, ZipLimits(3, 2**20, 101, ratio_floor=100))


# ---------------------------------------------------------------------------- reading entries


class _Lying:
    """A zip whose one entry yields more bytes than it declares (zipfile itself stops at the
    declared size, so only a reader of another make, or a future zipfile, gets here)."""

    def __init__(self, data: bytes) -> None:
        self._info = zipfile.ZipInfo("a")
        self._info.file_size = self._info.compress_size = 10
        self._info.header_offset = 0
        self._data = data

    def infolist(self) -> list[zipfile.ZipInfo]:
        return [self._info]

    def open(self, info: zipfile.ZipInfo) -> io.BytesIO:
        return io.BytesIO(self._data)

    def close(self) -> None:
        return None


def test_an_entry_that_yields_more_than_it_declares_is_refused() -> None:
    archive = safe_zip.SafeZip(_Lying(b"x" * 100), LIMITS, 4096)  # type: ignore[arg-type]
    assert archive.read(archive.infos[0], 100) == b"x" * 100
    with pytest.raises(ArchiveError) as caught:
        archive.read(archive.infos[0], 99)
    assert caught.value.reason == "entry 'a' is larger than it claims"


def test_an_entry_is_read_up_to_its_limit_and_one_byte_more_is_refused() -> None:
    with open_zip(io.BytesIO(zip_of(("a", b"x" * 50))), LIMITS) as archive:
        assert archive.read(archive.infos[0], 50) == b"x" * 50
        with pytest.raises(ArchiveError) as caught:
            archive.read(archive.infos[0], 49)
        assert (
            caught.value.reason == "entry 'a' is too large (50 bytes); at most 49 bytes is allowed"
        )


def test_a_member_is_read_only_one_byte_past_what_is_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sizes: list[int] = []
    real_open = zipfile.ZipFile.open

    def recording_open(self: zipfile.ZipFile, *args: object, **kwargs: object) -> object:
        member = real_open(self, *args, **kwargs)  # type: ignore[arg-type]
        real_read = member.read

        def read(size: int = -1) -> bytes:
            sizes.append(size)
            return real_read(size)

        member.read = read  # type: ignore[method-assign]
        return member

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)
    with open_zip(io.BytesIO(zip_of(("a", b"x" * 100), ("b", b"y"))), LIMITS) as archive:
        archive.read(archive.infos[0], 200)
        archive.read(archive.infos[1], 4096)
    # The second read is bounded by what is left of the total: 4096 - 100, plus one.
    assert sizes == [201, 3997]


def test_an_entry_whose_data_reaches_the_directory_is_damage() -> None:
    data = zip_of(("a", b"data"))
    with open_zip(io.BytesIO(data), LIMITS) as archive:
        info = archive.infos[0]
        start = archive._directory_start
        info.compress_size = start - 30 - info.header_offset  # ends exactly at the directory
        info.file_size = info.compress_size
        with pytest.raises(ArchiveError) as caught:
            archive.read(info, 4096)
        assert "claims more data" not in caught.value.reason
        info.compress_size += 1
        with pytest.raises(ArchiveError) as caught:
            archive.read(info, 4096)
        assert caught.value.reason == (
            "entry 'a' is damaged (it claims more data than the file holds)"
        )


# ---------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            NotImplementedError("zip64"),
            "the file is damaged or uses a zip feature that Podium cannot read",
        ),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "the file is damaged (an entry's name is not valid text)",
        ),
        (OSError(5, "Input/output error"), "the file cannot be read (Input/output error)"),
        (zipfile.BadZipFile("Bad magic number"), "the file is damaged (its structure is broken)"),
    ],
    ids=["feature", "name", "disk", "structure"],
)
def test_a_damaged_file_is_described_in_words(error: BaseException, message: str) -> None:
    assert safe_zip._damaged_file(error) == message


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        (OSError(5, "Input/output error"), "it cannot be read: Input/output error"),
        (OSError(5, ""), "it cannot be read: [Errno 5] "),
        (zipfile.BadZipFile("Bad CRC-32 for file 'a'"), "its checksum does not match its contents"),
        (EOFError(), "it is cut short"),
        (zipfile.BadZipFile("Truncated file header"), "it is cut short"),
        (ValueError("Stream ended before the end"), "it is cut short"),
        (zlib.error("Error -3 while decompressing"), "its compressed data is broken"),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "a name is not valid text",
        ),
        (KeyError("x"), "its structure is broken"),
    ],
    # Plain ids: mutmut passes each test's id back to pytest, and repr's quotes and brackets
    # were not always found again.
    ids=["io", "io-no-text", "crc", "eof", "header", "stream", "zlib", "name", "key"],
)
def test_why_an_entry_is_damaged_is_said_in_words(error: BaseException, detail: str) -> None:
    assert safe_zip._detail(error) == detail


def test_names_are_shown_escaped_and_cut_at_80_characters() -> None:
    assert shown("a\x1bb\n") == "a\\x1bb\\n"
    assert shown("n" * 80) == "n" * 80
    assert shown("n" * 81) == "n" * 79 + "…"
    assert shown("n" * 79 + "\x00") == "n" * 79 + "…"  # the escape makes it 83 long
    assert shown("abcdef", limit=5) == "abcd…"
    assert shown("abcde", limit=5) == "abcde"
