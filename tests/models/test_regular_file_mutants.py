"""Opening a received file only if it is a regular file (:mod:`models.regular_file`).

Each test fails if one flag, operator or branch of :func:`open_regular` is changed
(``make mutate``): a pipe must be refused at once, never waited on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from models.regular_file import NotRegularFileError, open_regular

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


LINUX = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")


def test_a_regular_file_is_opened_for_plain_blocking_reads(tmp_path: Path) -> None:
    file = tmp_path / "publication.json"
    file.write_bytes(b'{"title": "Ja"}')
    for follow in (True, False):
        stream = open_regular(file, follow_links=follow)
        assert stream is not None
        with stream:
            assert os.get_blocking(stream.fileno())
            assert not os.get_inheritable(stream.fileno())  # a started program never gets it
            assert stream.read() == b'{"title": "Ja"}'
            assert stream.mode == "rb"


def test_a_link_is_followed_unless_told_not_to(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_bytes(b"echt")
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "real.json")
    stream = open_regular(link)
    assert stream is not None
    with stream:
        assert stream.read() == b"echt"
    assert open_regular(link, follow_links=False) is None


def test_a_dangling_link_not_followed_is_none_and_followed_is_missing(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "gone.json")
    assert open_regular(link, follow_links=False) is None
    with pytest.raises(FileNotFoundError):
        open_regular(link)


@pytest.mark.parametrize("follow", [True, False])
def test_a_missing_file_is_missing_whether_links_are_followed_or_not(
    tmp_path: Path, follow: bool
) -> None:
    with pytest.raises(FileNotFoundError):
        open_regular(tmp_path / "gone.json", follow_links=follow)


@POSIX
@LINUX
@pytest.mark.parametrize("follow", [True, False])
def test_a_named_pipe_is_refused_at_once_and_closed(tmp_path: Path, follow: bool) -> None:
    """No writer ever comes: without O_NONBLOCK this would wait forever."""
    pipe = tmp_path / "publication.json"
    os.mkfifo(pipe)
    before = open_descriptors()
    with pytest.raises(NotRegularFileError) as caught:
        open_regular(pipe, follow_links=follow)
    assert stat.S_ISFIFO(caught.value.mode)
    assert str(caught.value) == "a named pipe"
    assert open_descriptors() == before


@LINUX
def test_a_folder_is_refused_as_a_folder_and_closed(tmp_path: Path) -> None:
    before = open_descriptors()
    with pytest.raises(NotRegularFileError) as caught:
        open_regular(tmp_path)
    assert stat.S_ISDIR(caught.value.mode)
    assert str(caught.value) == "a folder"
    assert open_descriptors() == before


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused_as_a_device() -> None:
    with pytest.raises(NotRegularFileError) as caught:
        open_regular(Path("/dev/null"))
    assert stat.S_ISCHR(caught.value.mode)
    assert str(caught.value) == "a device"


@LINUX
def test_a_failure_after_opening_closes_the_file_and_is_what_is_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "publication.json"
    file.write_bytes(b"{}")
    before = open_descriptors()

    def broken(fd: int) -> os.stat_result:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fstat", broken)
    with pytest.raises(OSError, match="Input/output error"):
        open_regular(file)
    monkeypatch.undo()
    assert open_descriptors() == before
