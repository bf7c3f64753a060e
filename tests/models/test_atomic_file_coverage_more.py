"""models.atomic_file where things go wrong: names already taken, clean-ups racing a save,
file systems without hard links or locks (Windows), backups that cannot be made."""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TypeAlias

import pytest

from models import atomic_file
from models.atomic_file import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    WriteRefusedError,
    atomic_write,
    backup_path,
    file_kind,
    remove_stale_temps,
)

StrPath: TypeAlias = str | os.PathLike[str]


def _write(path: Path, data: bytes, *, backup: bool = True) -> None:
    with atomic_write(path, backup=backup) as stream:
        stream.write(data)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Temporary names are taken from this list, in order (then random again)."""
    queue: list[str] = []
    real = secrets.token_hex

    def token_hex(size: int) -> str:
        return queue.pop(0) if queue else real(size)

    monkeypatch.setattr(secrets, "token_hex", token_hex)
    yield queue


# ------------------------------------------------------------------- names already taken


@pytest.fixture
def in_progress(tmp_path: Path) -> Iterator[Path]:
    """A temporary file that another save (here: a lock on it) is writing right now."""
    taken = tmp_path / f"{TEMP_PREFIX}aaaaaaaa{TEMP_SUFFIX}"
    taken.write_bytes(b"another save's")
    fd = os.open(taken, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    yield taken
    os.close(fd)


def test_a_temporary_name_in_use_is_skipped(
    tmp_path: Path, names: list[str], in_progress: Path
) -> None:
    names += ["aaaaaaaa", "bbbbbbbb"]
    with atomic_write(tmp_path / "f.podium", backup=False) as stream:
        assert _temps(tmp_path) == [in_progress.name, f"{TEMP_PREFIX}bbbbbbbb{TEMP_SUFFIX}"]
        stream.write(b"new")
    assert (tmp_path / "f.podium").read_bytes() == b"new"
    assert in_progress.read_bytes() == b"another save's"  # never touched


def test_a_leftover_whose_name_a_save_drew_is_still_cleaned_up(
    tmp_path: Path, names: list[str]
) -> None:
    leftover = tmp_path / f"{TEMP_PREFIX}aaaaaaaa{TEMP_SUFFIX}"
    leftover.write_bytes(b"a killed save's")
    names += ["aaaaaaaa"]
    _write(tmp_path / "f.podium", b"new")
    assert not leftover.exists()  # the clean-up after the save removes it
    assert str(leftover) not in atomic_file._in_flight


def test_when_every_temporary_name_is_taken_the_save_fails_and_changes_nothing(
    tmp_path: Path, names: list[str], in_progress: Path
) -> None:
    (tmp_path / "f.podium").write_bytes(b"old")
    names += ["aaaaaaaa"] * atomic_file._ATTEMPTS
    with pytest.raises(OSError) as error, atomic_write(tmp_path / "f.podium", backup=True):
        pytest.fail("never reached")
    assert error.value.errno == errno.EEXIST
    assert error.value.strerror == "no free name for a temporary file"
    assert error.value.filename == str(tmp_path)  # the folder, not a name it tried
    assert (tmp_path / "f.podium").read_bytes() == b"old"
    assert _temps(tmp_path) == [in_progress.name]


def test_a_temporary_file_a_clean_up_took_first_is_given_up_for_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claimed: list[Path] = []
    real_claim = atomic_file._claim

    def lose_the_first(fd: int, name: Path) -> bool:
        claimed.append(name)
        if len(claimed) == 1:
            os.unlink(name)  # as a clean-up in another process would
        return real_claim(fd, name)

    monkeypatch.setattr(atomic_file, "_claim", lose_the_first)
    _write(tmp_path / "f.podium", b"new", backup=False)
    assert (tmp_path / "f.podium").read_bytes() == b"new"
    assert len(claimed) == 2 and claimed[0] != claimed[1]
    assert _temps(tmp_path) == []


def test_a_failure_while_setting_up_the_temporary_file_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_permissions(fd: int, mode: int) -> None:
        raise PermissionError(errno.EPERM, "not allowed")

    monkeypatch.setattr(os, "fchmod", no_permissions)
    with pytest.raises(PermissionError), atomic_write(tmp_path / "f.podium", backup=False):
        pytest.fail("never reached")
    assert _temps(tmp_path) == []
    assert not any(name.startswith(str(tmp_path)) for name in atomic_file._in_flight)


def test_without_fchmod_the_mode_is_set_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    target.chmod(0o640)
    monkeypatch.delattr(os, "fchmod")
    _write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new"


# ------------------------------------------------------------------- clean-up of leftovers


def test_clean_up_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    remove_stale_temps(tmp_path / "gone")  # no error


def test_a_temporary_file_this_process_is_writing_is_never_cleaned_up(tmp_path: Path) -> None:
    temp = atomic_file._temp_name(tmp_path)
    temp.write_bytes(b"half")
    try:
        remove_stale_temps(tmp_path)
        assert temp.exists()  # unlocked, but ours and in flight
    finally:
        atomic_file._forget(temp)
    remove_stale_temps(tmp_path)
    assert not temp.exists()  # now abandoned


def test_a_leftover_whose_name_changed_hands_is_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = tmp_path / f"{TEMP_PREFIX}cccccccc{TEMP_SUFFIX}"
    leftover.write_bytes(b"x")
    monkeypatch.setattr(atomic_file, "_names", lambda fd, name: False)
    remove_stale_temps(tmp_path)
    assert leftover.exists()


def test_leftovers_being_written_or_not_regular_files_are_kept(
    tmp_path: Path, in_progress: Path
) -> None:
    pipe = tmp_path / f"{TEMP_PREFIX}99999999{TEMP_SUFFIX}"
    os.mkfifo(pipe)
    abandoned = tmp_path / f"{TEMP_PREFIX}88888888{TEMP_SUFFIX}"
    abandoned.write_bytes(b"x")
    (tmp_path / "unrelated.tmp").write_bytes(b"x")
    remove_stale_temps(tmp_path)
    assert _temps(tmp_path) == [pipe.name, in_progress.name]
    assert (tmp_path / "unrelated.tmp").exists()


def test_a_save_its_check_refuses_changes_nothing(tmp_path: Path) -> None:
    def refuse(temp: Path) -> None:
        assert temp.read_bytes() == b"new"
        raise ValueError("does not read back")

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_write(target, backup=True, verify=refuse) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"old"
    assert not backup_path(target).exists()
    assert _temps(tmp_path) == []


def test_names_tells_whether_a_name_is_the_open_file(tmp_path: Path) -> None:
    one, other = tmp_path / "one", tmp_path / "other"
    one.write_bytes(b"1")
    other.write_bytes(b"2")
    fd = os.open(one, os.O_RDONLY)
    try:
        assert atomic_file._names(fd, one)
        assert not atomic_file._names(fd, other)
        assert not atomic_file._names(fd, tmp_path / "missing")
    finally:
        os.close(fd)


# ------------------------------------------------------------------- without file locks


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows: no fcntl, so no locks; leftovers are told by their age."""
    monkeypatch.setattr(atomic_file, "fcntl", None)


@pytest.mark.usefixtures("windows")
def test_without_locks_a_save_and_its_backup_are_made(tmp_path: Path) -> None:
    target = tmp_path / "f.podium"
    _write(target, b"one")
    _write(target, b"two")
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert _temps(tmp_path) == []


@pytest.mark.usefixtures("windows")
def test_without_locks_only_leftovers_older_than_a_day_are_removed(tmp_path: Path) -> None:
    old = tmp_path / f"{TEMP_PREFIX}00000000{TEMP_SUFFIX}"
    young = tmp_path / f"{TEMP_PREFIX}11111111{TEMP_SUFFIX}"
    folder = tmp_path / f"{TEMP_PREFIX}22222222{TEMP_SUFFIX}"
    old.write_bytes(b"old")
    young.write_bytes(b"young")
    folder.mkdir()
    day_ago = time.time() - atomic_file.STALE_SECONDS - 60
    os.utime(old, (day_ago, day_ago))
    os.utime(folder, (day_ago, day_ago))
    remove_stale_temps(tmp_path)
    assert _temps(tmp_path) == [young.name, folder.name]


# ------------------------------------------------------------------- backups


def test_a_backup_staging_name_in_use_is_skipped(
    tmp_path: Path, names: list[str], in_progress: Path
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    # The save's own temporary file first, then the backup's staging names.
    names += ["eeeeeeee", "aaaaaaaa", "ffffffff"]
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert in_progress.read_bytes() == b"another save's"
    assert _temps(tmp_path) == [in_progress.name]


def test_when_every_backup_staging_name_is_taken_the_save_fails(
    tmp_path: Path, names: list[str], in_progress: Path
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    names += ["eeeeeeee", *["aaaaaaaa"] * atomic_file._ATTEMPTS]
    with pytest.raises(OSError) as error:
        _write(target, b"new")
    assert error.value.strerror == "no free name for the backup"
    assert (error.value.errno, error.value.filename) == (errno.EEXIST, str(tmp_path.resolve()))
    assert target.read_bytes() == b"old"
    assert not backup_path(target).exists()


def test_a_file_moved_away_during_the_save_has_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def moved_away(source: Path, link: Path) -> None:
        raise FileNotFoundError(errno.ENOENT, "gone", str(source))

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "link", moved_away)
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()


def test_a_staging_link_a_clean_up_took_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    real_open = os.open
    opened: list[str] = []

    def clean_up_first(path: StrPath, flags: int, *args: int) -> int:
        if str(path).endswith(TEMP_SUFFIX) and flags & os.O_ACCMODE == os.O_RDONLY:
            opened.append(str(path))
            if len(opened) == 1:
                os.unlink(str(path))  # a clean-up got there between link and open
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", clean_up_first)
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert len(opened) == 2


def test_an_unreadable_file_still_gets_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    real_open = os.open

    def unreadable(path: StrPath, flags: int, *args: int) -> int:
        if str(path).endswith(TEMP_SUFFIX) and flags & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(errno.EACCES, "denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", unreadable)
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert target.read_bytes() == b"new"


def test_a_staging_link_lost_to_a_clean_up_after_opening_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    real_claim = atomic_file._claim
    calls: list[Path] = []

    def lose_staging(fd: int, name: Path) -> bool:
        calls.append(name)
        if len(calls) == 2:  # the first call is the save's own temporary file
            os.unlink(name)
        return real_claim(fd, name)

    monkeypatch.setattr(atomic_file, "_claim", lose_staging)
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert len(calls) == 3


def test_a_failure_while_claiming_the_staging_link_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    real_claim = atomic_file._claim
    calls: list[Path] = []

    def interrupted(fd: int, name: Path) -> bool:
        calls.append(name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_claim(fd, name)

    monkeypatch.setattr(atomic_file, "_claim", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _write(target, b"new")
    assert target.read_bytes() == b"old"
    assert _temps(tmp_path) == []
    assert not backup_path(target).exists()


def _no_links(source: Path, link: Path) -> None:
    raise OSError(errno.EPERM, "no hard links here")


def test_without_hard_links_a_file_gone_before_its_copy_has_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "link", _no_links)
    real_copy = atomic_file._copy_backup

    def moved_first(real: Path, backup: Path) -> None:
        real.rename(tmp_path / "elsewhere")
        real_copy(real, backup)

    monkeypatch.setattr(atomic_file, "_copy_backup", moved_first)
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()
    assert _temps(tmp_path) == []


def test_without_hard_links_a_failing_copy_fails_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "no space left")

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "link", _no_links)
    monkeypatch.setattr(shutil, "copyfileobj", disk_full)
    with pytest.raises(OSError) as error:
        _write(target, b"new")
    assert error.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert _temps(tmp_path) == []


def test_a_backup_name_too_long_for_the_file_system_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shown on a real file system by test_safe_writing; here an ENAMETOOLONG from replace."""
    real_replace = os.replace

    def too_long(source: StrPath, target: StrPath) -> None:
        if str(target).endswith("~"):
            raise OSError(errno.ENAMETOOLONG, "File name too long")
        real_replace(source, target)

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", too_long)
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()
    assert _temps(tmp_path) == []


def test_a_backup_that_cannot_be_put_in_place_fails_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def read_only(source: StrPath, target: StrPath) -> None:
        if str(target).endswith("~"):
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(source, target)

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(OSError) as error:
        _write(target, b"new")
    assert error.value.errno == errno.EROFS
    assert target.read_bytes() == b"old"
    assert _temps(tmp_path) == []


def test_a_backup_name_taken_by_a_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    backup_path(target).symlink_to(tmp_path / "elsewhere")
    with pytest.raises(WriteRefusedError) as error:
        _write(target, b"new")
    assert error.value.strerror == (
        "its backup 'f.podium~' is a symbolic link, not a regular file; move it away to save here"
    )
    assert error.value.filename == str(target.resolve())  # the file being saved
    assert target.read_bytes() == b"old"
    assert not (tmp_path / "elsewhere").exists()


def test_the_files_a_save_holds_are_not_inherited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The descriptors a save locks are not inherited by programs Podium starts (the
    render worker)."""
    flags: list[int] = []
    real_claim = atomic_file._claim

    def claim(fd: int, staging: Path) -> bool:
        flags.append(fcntl.fcntl(fd, fcntl.F_GETFD))
        return real_claim(fd, staging)

    monkeypatch.setattr(atomic_file, "_claim", claim)
    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    _write(target, b"new")
    assert backup_path(target).read_bytes() == b"old"
    assert len(flags) == 2  # the save's temporary file, then the backup's staging name
    assert all(flag & fcntl.FD_CLOEXEC for flag in flags)


def test_a_backup_left_out_for_its_long_name_survives_a_failed_tidy_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staging name could not be removed either: the save still goes ahead."""
    real_replace, real_unlink = os.replace, os.unlink

    def too_long(source: StrPath, target: StrPath) -> None:
        if str(target).endswith("~"):
            raise OSError(errno.ENAMETOOLONG, "File name too long")
        real_replace(source, target)

    def stuck(path: StrPath, *args: object, **kwargs: object) -> None:
        if Path(path).name.startswith(TEMP_PREFIX) and Path(path).exists():
            raise PermissionError(errno.EACCES, "Permission denied")
        real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

    target = tmp_path / "f.podium"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", too_long)
    monkeypatch.setattr(os, "unlink", stuck)
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not backup_path(target).exists()


def test_an_old_backup_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "f.podium"
    target.write_bytes(b"two")
    backup_path(target).write_bytes(b"one")
    _write(target, b"three")
    assert backup_path(target).read_bytes() == b"two"


# ------------------------------------------------------------------- words and modes


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        (stat.S_IFDIR, "a folder"),
        (stat.S_IFLNK, "a symbolic link"),
        (stat.S_IFCHR, "a device"),
        (stat.S_IFBLK, "a device"),
        (stat.S_IFIFO, "a named pipe"),
        (stat.S_IFSOCK, "a socket"),
        (0, "a special file"),
    ],
)
def test_file_kind(mode: int, words: str) -> None:
    assert file_kind(mode) == words


def test_the_umask_is_read_without_proc_too(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = atomic_file._umask()

    def no_proc(self: Path, *args: object, **kwargs: object) -> str:
        raise OSError(errno.ENOENT, "no /proc here")

    monkeypatch.setattr(Path, "read_bytes", no_proc)
    assert atomic_file._umask() == expected
    assert atomic_file._umask() == expected  # and is left as it was


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "new.podium"
    _write(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~atomic_file._umask()
