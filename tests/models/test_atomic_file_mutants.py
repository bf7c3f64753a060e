"""models.atomic_file where mutation testing found nothing watching: what a refusal carries,
the age at which a leftover counts as abandoned, and clean-up failures during a backup copy
that must not turn into the error the user sees."""

from __future__ import annotations

import errno
import os
import stat
import types
from pathlib import Path
from typing import BinaryIO

import pytest

from models import atomic_file
from models.atomic_file import (
    STALE_SECONDS,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    WriteRefusedError,
    atomic_write,
    backup_path,
    kind_of,
    remove_stale_temps,
    resolve_target,
)


def _write(path: Path, data: bytes, *, backup: bool = True) -> None:
    with atomic_write(path, backup=backup) as stream:
        stream.write(data)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def _no_links(source: Path, link: Path) -> None:
    raise OSError(errno.EPERM, "no hard links here")


# ------------------------------------------------------------------- refusals


def test_a_refused_target_names_the_path_it_was_given(tmp_path: Path) -> None:
    folder = tmp_path / "chapters.podium"
    folder.mkdir()
    with pytest.raises(WriteRefusedError) as caught:
        resolve_target(folder)
    error = caught.value
    assert error.errno is None
    assert error.filename == str(folder)
    assert error.strerror == (
        "is a folder, not a regular file; Podium writes only to regular files"
    )
    assert str(error) == (
        "[Errno None] is a folder, not a regular file; Podium writes only to regular files: "
        f"'{folder}'"
    )


def test_a_refused_save_through_a_link_names_the_link_not_its_target(tmp_path: Path) -> None:
    """The user chose the link's name; the message speaks of that name."""
    real = tmp_path / "real-folder"
    real.mkdir()
    link = tmp_path / "report.podium"
    link.symlink_to(real)
    with pytest.raises(WriteRefusedError) as caught, atomic_write(link, backup=True):
        pass
    assert caught.value.filename == str(link)
    assert real.is_dir()


def test_a_file_of_no_known_kind_is_special() -> None:
    assert kind_of(0) == "special"
    assert kind_of(stat.S_IFDIR) == "folder"
    assert kind_of(stat.S_IFIFO) == "pipe"


# ------------------------------------------------------------------- leftovers without locks


def _leftover_aged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, age: float) -> Path:
    """A leftover temporary file ``age`` seconds old, as seen on a system without ``fcntl``."""
    leftover = tmp_path / f"{TEMP_PREFIX}abcdef01{TEMP_SUFFIX}"
    leftover.write_bytes(b"half a save")
    written = 1_700_000_000.0
    os.utime(leftover, (written, written))
    monkeypatch.setattr(atomic_file, "fcntl", None)
    monkeypatch.setattr(atomic_file, "time", types.SimpleNamespace(time=lambda: written + age))
    return leftover


def test_without_locks_a_leftover_exactly_a_day_old_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = _leftover_aged(tmp_path, monkeypatch, STALE_SECONDS)
    remove_stale_temps(tmp_path)
    assert leftover.exists()


def test_without_locks_a_leftover_a_second_over_a_day_old_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = _leftover_aged(tmp_path, monkeypatch, STALE_SECONDS + 1)
    remove_stale_temps(tmp_path)
    assert not leftover.exists()


def test_a_day_is_the_age_of_an_abandoned_leftover() -> None:
    assert STALE_SECONDS == 86_400


# ------------------------------------------------------------------- backup copies


def _copy_that_loses_its_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    """Without hard links; the copy fails with ``error`` after its temporary file vanished."""

    def failing_copy(source: object, target: BinaryIO) -> None:
        copy = os.fstat(target.fileno())
        for name in _temps(tmp_path):
            if (tmp_path / name).stat().st_ino == copy.st_ino:
                (tmp_path / name).unlink()  # a clean-up elsewhere, or the file system, took it
        raise error

    monkeypatch.setattr(os, "link", _no_links)
    monkeypatch.setattr(atomic_file, "shutil", types.SimpleNamespace(copyfileobj=failing_copy))


def test_a_backup_copy_whose_source_and_temp_vanished_still_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    _copy_that_loses_its_temp(tmp_path, monkeypatch, FileNotFoundError(errno.ENOENT, "gone"))
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()
    assert _temps(tmp_path) == []


def test_a_failing_backup_copy_reports_its_own_error_not_the_clean_ups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    _copy_that_loses_its_temp(tmp_path, monkeypatch, OSError(errno.ENOSPC, "no space left"))
    with pytest.raises(OSError) as caught:
        _write(target, b"new")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"


def test_a_backup_copy_reserves_no_temporary_name_after_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name left reserved would keep a later leftover of that name from being cleaned up."""
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "link", _no_links)
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert not [name for name in atomic_file._in_flight if name.startswith(str(tmp_path))]


# ------------------------------------------------ temporary files, names and the umask


def test_a_temporary_file_is_private_until_it_gets_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: list[int] = []
    fchmod = os.fchmod

    def record(fd: int, mode: int) -> None:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        fchmod(fd, mode)

    monkeypatch.setattr(os, "fchmod", record)
    monkeypatch.setattr(atomic_file, "_umask", lambda: 0)  # nothing masks the 0o600
    _write(tmp_path / "a.podium", b"x", backup=False)
    assert modes == [0o600]


def test_a_failed_claim_removes_and_forgets_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(fd: int, name: Path) -> bool:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(atomic_file, "_claim", fail)
    with pytest.raises(RuntimeError, match="interrupted"):
        atomic_file._create_temp(tmp_path, 0o644)
    assert _temps(tmp_path) == []
    assert not any(name.startswith(str(tmp_path)) for name in atomic_file._in_flight)


def test_a_temporary_file_that_cannot_be_removed_keeps_the_first_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(fd: int, name: Path) -> bool:
        raise RuntimeError("interrupted")

    def refuse(path: object) -> None:
        raise PermissionError(errno.EACCES, "not allowed")

    monkeypatch.setattr(atomic_file, "_claim", fail)
    monkeypatch.setattr(os, "unlink", refuse)
    with pytest.raises(RuntimeError, match="interrupted"):
        atomic_file._create_temp(tmp_path, 0o644)
    assert not any(name.startswith(str(tmp_path)) for name in atomic_file._in_flight)


def test_a_link_to_the_open_file_is_not_its_name(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.write_bytes(b"x")
    link = tmp_path / "link"
    link.symlink_to(real)
    fd = os.open(real, os.O_RDONLY)
    try:
        assert atomic_file._names(fd, real)
        assert not atomic_file._names(fd, link)
        assert not atomic_file._names(fd, tmp_path / "gone")
    finally:
        os.close(fd)


def test_the_backups_staging_name_is_opened_without_following_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.podium"
    _write(target, b"old")
    opened: list[int] = []
    real_open = os.open

    def record(path: object, flags: int, *args: int, **kwargs: object) -> int:
        if Path(str(path)).name.startswith(TEMP_PREFIX) and not flags & os.O_WRONLY:
            opened.append(flags)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", record)
    _write(target, b"new")
    assert opened, "the staging name was never opened"
    assert all(flags & os.O_NOFOLLOW and flags & os.O_CLOEXEC for flags in opened)
    assert backup_path(target).read_bytes() == b"old"


def test_stale_temps_after_one_in_progress_are_still_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = tmp_path / f"{TEMP_PREFIX}0busy{TEMP_SUFFIX}"
    stale = tmp_path / f"{TEMP_PREFIX}1stale{TEMP_SUFFIX}"
    busy.write_bytes(b"")
    stale.write_bytes(b"")
    scandir = os.scandir
    # The one in progress comes first, whatever order the file system lists them in.
    monkeypatch.setattr(os, "scandir", lambda folder: sorted(scandir(folder), key=lambda e: e.name))
    monkeypatch.setattr(atomic_file, "_in_flight", {str(busy)})
    remove_stale_temps(tmp_path)
    assert _temps(tmp_path) == [busy.name]


@pytest.mark.parametrize("mask", [0o027, 0o002])
def test_the_umask_comes_from_proc_without_changing_it(
    mask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_change(mask: int) -> int:
        raise AssertionError("os.umask() changes the mask for every thread")

    previous = os.umask(mask)
    try:
        monkeypatch.setattr(os, "umask", no_change)
        assert atomic_file._umask() == mask
    finally:
        monkeypatch.undo()
        os.umask(previous)


def test_an_unreadable_umask_line_falls_back_to_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = atomic_file._umask()
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"Name:\tpodium\nUmask:\tzz\n")
    assert atomic_file._umask() == expected


def test_a_folder_that_cannot_be_opened_is_not_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object, flags: int, *args: int) -> int:
        raise PermissionError(errno.EACCES, "not allowed")

    monkeypatch.setattr(os, "open", refuse)
    atomic_file._fsync_dir(tmp_path)  # nothing to sync, and nothing raised


def test_a_name_taken_before_it_was_claimed_is_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = iter([False, True])
    names = iter([tmp_path / f"{TEMP_PREFIX}{n}{TEMP_SUFFIX}" for n in ("lost", "kept")])
    monkeypatch.setattr(atomic_file, "_claim", lambda fd, name: next(claims))
    monkeypatch.setattr(atomic_file, "_temp_name", lambda folder: _in_flight(next(names)))
    temp, fd = atomic_file._create_temp(tmp_path, 0o644)
    os.close(fd)
    assert temp.name == f"{TEMP_PREFIX}kept{TEMP_SUFFIX}"
    assert str(tmp_path / f"{TEMP_PREFIX}lost{TEMP_SUFFIX}") not in atomic_file._in_flight
    atomic_file._forget(temp)


def _in_flight(temp: Path) -> Path:
    atomic_file._in_flight.add(str(temp))
    return temp
