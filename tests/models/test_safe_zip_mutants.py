"""The zip reader when the file itself cannot be read to its end: each failure of the
stream becomes one plain sentence, with the reason in words."""

from __future__ import annotations

import errno
import io
import zipfile
import zlib

import pytest

from models.safe_zip import ArchiveError, ZipLimits, open_zip, shown

LIMITS = ZipLimits(max_entries=8, max_total_bytes=1 << 20, max_ratio=100)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("speech.txt", "Dames en heren, welkom.")
    return buffer.getvalue()


class _Failing(io.BytesIO):
    """A zip file whose every read fails with ``error`` (a broken disk, a dropped share)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(_zip())
        self.error = error

    def read(self, size: int | None = -1) -> bytes:
        raise self.error


def _refusal(error: BaseException) -> str:
    with pytest.raises(ArchiveError) as caught:
        open_zip(_Failing(error), LIMITS)
    assert caught.value.__cause__ is error
    return str(caught.value.reason)


def test_a_read_error_gives_the_systems_words() -> None:
    error = OSError(errno.EIO, "Input/output error")
    assert _refusal(error) == "the file cannot be read (Input/output error)"


def test_a_read_error_without_the_systems_words_gives_its_own() -> None:
    error = OSError("the network share went away")
    error.errno = errno.EIO
    assert _refusal(error) == "the file cannot be read (the network share went away)"


DAMAGED = "the file is damaged ({})"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (EOFError(), "it is cut short"),
        (zlib.error("invalid stored block lengths"), "its compressed data is broken"),
        (zipfile.BadZipFile("Bad CRC-32 for file"), "its checksum does not match its contents"),
        (OSError(errno.EINVAL, "Invalid argument"), "its structure is broken"),
        (ValueError("negative seek value -1"), "its structure is broken"),
    ],
    ids=["cut-short", "deflate", "crc", "einval", "value"],
)
def test_a_damaged_file_says_what_is_wrong_with_it(error: BaseException, reason: str) -> None:
    assert _refusal(error) == DAMAGED.format(reason)


def test_a_file_that_does_not_support_a_zip_feature_says_so() -> None:
    assert _refusal(NotImplementedError("compression type 99")) == (
        "the file is damaged or uses a zip feature that Podium cannot read"
    )


# ------------------------------------------------------- each refused entry, in words


def _entry_zip(name: str = "a.txt", flags: int = 0, data: bytes = b"hello world") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
        archive.infolist()[0].flag_bits |= flags  # written to the list of entries on close
    return buffer.getvalue()


def _entry_refusal(data: bytes) -> str:
    with pytest.raises(ArchiveError) as caught, open_zip(io.BytesIO(data), LIMITS) as archive:
        for info in archive.infos:
            archive.read(info, 1000)
    return str(caught.value.reason)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_entry_zip(flags=0x1), "entry 'a.txt' is encrypted; it cannot be opened"),
        (_entry_zip(flags=0x40), "entry 'a.txt' is encrypted; it cannot be opened"),
        (_entry_zip(flags=0x20), "entry 'a.txt' uses a zip feature that Podium cannot read"),
        (
            _entry_zip("dir\\a.txt"),
            "entry 'dir\\a.txt' uses backslashes; refusing to read it",
        ),
        (
            _entry_zip("aXb.txt").replace(b"aXb", b"a\x00b"),
            "entry 'a\\x00b.txt' has a damaged name",
        ),
        (
            _entry_zip().replace(b"hello world", b"hellO world"),
            "entry 'a.txt' is damaged (its checksum does not match its contents)",
        ),
    ],
    ids=["encrypted", "strongly-encrypted", "patch-data", "backslash", "nul", "checksum"],
)
def test_a_refused_entry_is_named_in_exactly_these_words(data: bytes, reason: str) -> None:
    assert _entry_refusal(data) == reason


def test_an_entry_in_an_unsupported_compression_is_named() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("a.txt", b"hello world")
    assert _entry_refusal(buffer.getvalue()) == "entry 'a.txt' uses an unsupported compression"


def test_a_shown_name_keeps_printable_letters_of_any_script() -> None:
    assert shown("café – Ελληνικά.txt") == "café – Ελληνικά.txt"
    assert shown("a\tb\x7f") == "a\\tb\\x7f"


def test_a_read_error_in_the_list_of_entries_gives_the_systems_words() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", b"hi")
    data = buffer.getvalue()
    start = int.from_bytes(data[-6:-2], "little")  # the end record's directory offset

    class FailingAtTheList(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() == start:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(size)

    with pytest.raises(ArchiveError) as caught:
        open_zip(FailingAtTheList(data), LIMITS)
    assert str(caught.value.reason) == "the file cannot be read (Input/output error)"


def test_without_a_noun_the_whole_is_called_the_file() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../x", b"hi")
    with pytest.raises(ArchiveError) as caught:
        open_zip(io.BytesIO(buffer.getvalue()), LIMITS)
    assert str(caught.value.reason) == "entry '../x' points outside the file ('..')"
