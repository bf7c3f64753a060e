"""The lock's edges, one process: limits at N and N+1, every message, and the branches that
only a file system without hard links or advisory locks (FAT, some network shares), or a
failing disk, would reach. Found by mutation testing (``make mutate``): each test here
fails if one operator, number or message in :mod:`models.lock` is changed.

Nothing here signals a real process: ``os.kill`` is replaced wherever ``_alive`` runs.
"""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models import lock
from models.lock import LockedError, LockInfo, acquire, lock_path, read_lock, release

HOST = socket.gethostname()
SINCE = "2026-11-28T09:00:00+00:00"
OTHER_PID = 4242
#: A valid ISO time of exactly 255 characters, the longest a lock's field may be.
LONG_TIME = "2026-11-28T09:00:00." + "1" * (255 - 20)


def _write_lock(project: Path, **fields: Any) -> Path:
    data = {"host": HOST, "user": "alice", "pid": OTHER_PID, "since": SINCE, **fields}
    path = lock_path(project)
    path.write_text(json.dumps(data))
    return path


def _alive_everywhere(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every pid "runs" (``os.kill`` succeeds); returns the calls it got."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(lock.os, "kill", lambda pid, sig: calls.append((pid, sig)))
    return calls


def _dead_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(pid: int, sig: int) -> None:
        raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(lock.os, "kill", gone)


# ---------------------------------------------------------------------------- _alive


def test_the_highest_pid_is_asked_about_and_one_above_it_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _alive_everywhere(monkeypatch)
    assert lock._alive(lock._MAX_PID)
    assert lock._alive(1)
    assert not lock._alive(lock._MAX_PID + 1)
    assert not lock._alive(0)
    assert not lock._alive(True)  # a bool is an int, but not a pid
    assert calls == [(lock._MAX_PID, 0), (1, 0)]


def _plain_id(fields: dict[str, Any]) -> str:
    return "-".join(f"{key}={str(value)[:12]}" for key, value in fields.items())


@pytest.mark.parametrize(
    ("error", "alive"),
    [
        (PermissionError(errno.EPERM, "Operation not permitted"), True),  # another user's
        (OSError(errno.EINVAL, "Invalid argument"), True),  # cannot tell: assume it runs
        (ProcessLookupError(errno.ESRCH, "No such process"), False),
    ],
)
def test_what_kill_says_decides_whether_a_process_runs(
    monkeypatch: pytest.MonkeyPatch, error: OSError, alive: bool
) -> None:
    def kill(pid: int, sig: int) -> None:
        raise error

    monkeypatch.setattr(lock.os, "kill", kill)
    assert lock._alive(OTHER_PID) is alive


def test_a_lock_of_another_users_live_process_on_this_host_is_not_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(pid: int, sig: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(lock.os, "kill", denied)
    project = tmp_path / "a.podium"
    _write_lock(project, user="colleague")
    with pytest.raises(LockedError, match=r"^a\.podium is open by colleague on "):
        acquire(project)
    assert json.loads(lock_path(project).read_text())["user"] == "colleague"


# ---------------------------------------------------------------------------- messages


def test_a_holder_is_described_by_user_host_process_and_minute() -> None:
    info = LockInfo("laptop", "alice", 77, "2026-11-28T09:05:59+01:00")
    assert info.describe() == "alice on laptop (process 77) since 2026-11-28 09:05"


def test_a_holder_with_a_time_that_is_no_time_is_described_without_it() -> None:
    info = LockInfo("laptop", "alice", 77, "yesterday")
    assert info.describe() == "alice on laptop (process 77)"


def test_unprintable_characters_in_a_name_are_shown_as_question_marks() -> None:
    info = LockInfo("lap\ntop", "al\x1b[31mice", 77, "nonsense")
    assert info.describe() == "al?[31mice on lap?top (process 77)"


def test_an_unreadable_lock_is_held_by_someone_unknown() -> None:
    assert LockInfo.unknown() == LockInfo("", "", 0, "", readable=False)
    assert LockInfo.unknown().describe() == "someone unknown (the lock file cannot be read)"


def test_the_locked_error_names_the_file_and_the_holder(tmp_path: Path) -> None:
    holder = LockInfo("laptop", "alice", 77, "2026-11-28T09:05:00+00:00")
    error = LockedError(tmp_path / "a.podium", holder)
    assert error.path == tmp_path / "a.podium"
    assert error.info is holder
    assert str(error) == "a.podium is open by alice on laptop (process 77) since 2026-11-28 09:05"


def test_a_user_name_that_cannot_be_found_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_name() -> str:
        raise KeyError("getpwuid(): uid not found")

    monkeypatch.setattr(lock.getpass, "getuser", no_name)
    assert LockInfo.mine().user == "unknown"


# ---------------------------------------------------------------------------- reading a lock


def _padded_lock(size: int) -> bytes:
    """A valid lock of exactly ``size`` bytes (JSON allows trailing spaces)."""
    data = json.dumps({"host": HOST, "user": "alice", "pid": OTHER_PID, "since": SINCE})
    return data.encode().ljust(size, b" ")


def test_a_lock_of_the_largest_size_is_read_and_one_byte_more_is_not(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    lock_path(project).write_bytes(_padded_lock(lock._MAX_LOCK_BYTES))
    assert read_lock(project) == LockInfo(HOST, "alice", OTHER_PID, SINCE)
    lock_path(project).write_bytes(_padded_lock(lock._MAX_LOCK_BYTES + 1))
    assert read_lock(project) == LockInfo.unknown()


def test_a_lock_file_is_read_only_up_to_one_byte_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A huge file at the lock's name (a disk image someone named so) is never read whole."""
    sizes: list[int | None] = []
    real_open = open

    class Recording:
        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def __enter__(self) -> Recording:
            return self

        def __exit__(self, *exc: object) -> None:
            self._stream.close()

        def fileno(self) -> int:
            return int(self._stream.fileno())

        def read(self, size: int | None = None) -> bytes:
            sizes.append(size)
            return bytes(self._stream.read(size))

    monkeypatch.setattr(lock, "open", lambda *a: Recording(real_open(*a)), raising=False)
    project = tmp_path / "a.podium"
    lock_path(project).write_bytes(b"x" * (3 * lock._MAX_LOCK_BYTES))
    assert read_lock(project) == LockInfo.unknown()
    assert sizes == [lock._MAX_LOCK_BYTES + 1]


@pytest.mark.parametrize(
    "fields",
    [
        {"host": 5},
        {"user": 5},
        {"since": 5},
        {"host": ""},
        {"host": "h" * 256},
        {"user": "u" * 256},
        {"since": LONG_TIME + "1"},  # a valid time: Python reads any number of digits
        {"pid": 0},
        {"pid": -1},
        {"pid": lock._MAX_PID + 1},
        {"pid": True},
        {"pid": 5.0},
        {"since": "not a time"},
    ],
    ids=_plain_id,  # mutmut passes ids back to pytest: no quotes or brackets
)
def test_a_lock_with_a_field_out_of_bounds_is_held_by_someone_unknown(
    tmp_path: Path, fields: dict[str, Any]
) -> None:
    project = tmp_path / "a.podium"
    _write_lock(project, **fields)
    assert read_lock(project) == LockInfo.unknown()


@pytest.mark.parametrize(
    "fields",
    [
        {"host": "h" * 255, "user": "u" * 255, "since": LONG_TIME},
        {"user": ""},
        {"pid": 1},
        {"pid": lock._MAX_PID},
    ],
    ids=_plain_id,  # mutmut passes ids back to pytest: no quotes or brackets
)
def test_a_lock_with_fields_at_their_bounds_is_read(tmp_path: Path, fields: dict[str, Any]) -> None:
    project = tmp_path / "a.podium"
    _write_lock(project, **fields)
    info = read_lock(project)
    assert info is not None and info.readable
    assert (info.host, info.user, info.pid) == (
        fields.get("host", HOST),
        fields.get("user", "alice"),
        fields.get("pid", OTHER_PID),
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_lock_holding_a_number_json_does_not_have_is_unknown(
    tmp_path: Path, constant: str
) -> None:
    """Python's ``json`` reads NaN and Infinity; a lock that holds them is not a real lock."""
    project = tmp_path / "a.podium"
    data = json.dumps({"host": HOST, "user": "alice", "pid": OTHER_PID, "since": SINCE})
    lock_path(project).write_text(data[:-1] + f', "extra": {constant}}}')
    assert read_lock(project) == LockInfo.unknown()


# ---------------------------------------------------------------------------- placing a lock


def test_a_lock_file_is_readable_by_others_and_writable_by_its_owner(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        project = tmp_path / "a.podium"
        acquire(project)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(lock_path(project).stat().st_mode) == 0o644


def test_temporary_names_are_short_and_random(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``.~lock.<16 hex>.tmp`` beside the project, whatever the project's name."""
    sources: list[str] = []
    real_link = os.link

    def link(source: Path, target: Path) -> None:
        sources.append(Path(source).name)
        real_link(source, target)

    monkeypatch.setattr(lock.os, "link", link)
    acquire(tmp_path / ("long name " * 20 + ".podium"))
    assert len(sources) == 1
    assert re.fullmatch(r"\.~lock\.[0-9a-f]{16}\.tmp", sources[0])


def test_a_temporary_file_that_cannot_be_removed_does_not_undo_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    project = tmp_path / "a.podium"
    assert acquire(project) == read_lock(project)


def test_a_lock_whose_write_fails_is_removed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never leave an empty lock behind; the write's own error is the one raised."""

    class Full:
        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock.os, "fdopen", lambda *a, **k: Full())
    target = tmp_path / "lock"
    with pytest.raises(OSError, match="No space left"):
        lock._create(target, b"data")
    assert not target.exists()


def test_a_failed_write_whose_cleanup_also_fails_raises_the_write_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Full:
        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def unlink(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(lock.os, "fdopen", lambda *a, **k: Full())
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(OSError, match="No space left"):
        lock._create(tmp_path / "lock", b"data")


# ---------------------------------------------------------------------------- no hard links


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on FAT or exFAT: ``link()`` fails with EPERM."""

    def link(source: Path, target: Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(lock.os, "link", link)


@pytest.mark.usefixtures("no_hard_links")
def test_without_hard_links_a_lock_is_created_whole(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    mine = acquire(project)
    assert read_lock(project) == mine
    assert [p.name for p in tmp_path.iterdir()] == [lock_path(project).name]


@pytest.mark.usefixtures("no_hard_links")
def test_without_hard_links_a_live_lock_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _alive_everywhere(monkeypatch)
    project = tmp_path / "a.podium"
    _write_lock(project)
    with pytest.raises(LockedError, match="alice on"):
        acquire(project)
    assert read_lock(project) == LockInfo(HOST, "alice", OTHER_PID, SINCE)


def test_a_link_error_other_than_no_hard_links_is_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def link(source: Path, target: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(lock.os, "link", link)
    with pytest.raises(OSError, match="Input/output error"):
        acquire(tmp_path / "a.podium")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- taking over


def test_a_lock_that_vanished_and_came_back_stale_is_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First look: the lock was released (try again); second look: a stale one (take it)."""
    _dead_everywhere(monkeypatch)
    stale = LockInfo(HOST, "bob", OTHER_PID, SINCE)
    places: Iterator[bool] = iter([False, False, True])
    reads: Iterator[tuple[LockInfo | None, Any]] = iter([(None, None), (stale, (1, 2, b""))])
    removed: list[Any] = []
    monkeypatch.setattr(lock, "_place", lambda path, info: next(places))
    monkeypatch.setattr(lock, "_read", lambda path: next(reads))
    monkeypatch.setattr(lock, "_remove_if_same", lambda path, identity: removed.append(identity))
    mine = acquire(tmp_path / "a.podium")
    assert mine.pid == os.getpid()
    assert removed == [(1, 2, b"")]


def test_release_does_not_fail_when_the_lock_cannot_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "a.podium"
    acquire(project)

    def fail(path: Path, identity: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(lock, "_remove_if_same", fail)
    release(project)  # closing a project never fails on its lock
    assert lock_path(project).exists()


# ---------------------------------------------------------------------------- removing


def _identity_of(path: Path) -> tuple[int, int, bytes]:
    return lock._identity(path)


def test_with_the_folder_guard_a_lock_is_removed_in_place_never_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "a.podium"
    path = _write_lock(project)

    def rename(source: Path, target: Path) -> None:
        raise AssertionError("renamed while holding the guard")

    monkeypatch.setattr(lock.os, "rename", rename)
    lock._remove_if_same(path, _identity_of(path))
    assert not path.exists()


def test_with_the_folder_guard_a_lock_already_gone_is_no_error(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    path = _write_lock(project)
    identity = _identity_of(path)
    path.unlink()
    lock._remove_if_same(path, identity)
    assert not path.exists()


@pytest.fixture
def no_guard(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """As on Windows or a share without advisory locks; returns the renames done."""
    monkeypatch.setattr(lock, "fcntl", None)
    renames: list[tuple[str, str]] = []
    real_rename = os.rename

    def rename(source: Path, target: Path) -> None:
        renames.append((Path(source).name, Path(target).name))
        real_rename(source, target)

    monkeypatch.setattr(lock.os, "rename", rename)
    return renames


def test_without_the_folder_guard_the_judged_lock_is_renamed_away_and_removed(
    tmp_path: Path, no_guard: list[tuple[str, str]]
) -> None:
    project = tmp_path / "a.podium"
    path = _write_lock(project)
    lock._remove_if_same(path, _identity_of(path))
    assert list(tmp_path.iterdir()) == []
    [(source, aside)] = no_guard
    assert source == path.name
    assert re.fullmatch(r"\.~lock\.[0-9a-f]{16}\.old", aside)


def test_without_the_folder_guard_a_fresh_lock_is_given_back(
    tmp_path: Path, no_guard: list[tuple[str, str]]
) -> None:
    """The lock was replaced between our look and the removal: it is someone's, keep it."""
    project = tmp_path / "a.podium"
    path = _write_lock(project, user="bob")
    judged = _identity_of(path)
    path.unlink()
    _write_lock(project, user="carol")
    lock._remove_if_same(path, judged)
    assert json.loads(path.read_text())["user"] == "carol"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_without_the_folder_guard_a_lock_removed_by_another_is_no_error(
    tmp_path: Path, no_guard: list[tuple[str, str]]
) -> None:
    project = tmp_path / "a.podium"
    path = _write_lock(project)
    identity = _identity_of(path)
    path.unlink()
    lock._remove_if_same(path, identity)
    assert list(tmp_path.iterdir()) == []


def test_without_the_folder_guard_an_aside_that_cannot_be_removed_is_no_error(
    tmp_path: Path, no_guard: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(".old"):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    project = tmp_path / "a.podium"
    path = _write_lock(project)
    lock._remove_if_same(path, _identity_of(path))
    assert not path.exists()


def test_link_says_whether_it_gave_the_name(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.write_bytes(b"lock")
    assert lock._link(source, tmp_path / "new") is True
    assert lock._link(source, tmp_path / "new") is False


@pytest.mark.usefixtures("no_hard_links")
def test_link_without_hard_links_says_whether_it_gave_the_name(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.write_bytes(b"lock")
    assert lock._link(source, tmp_path / "new") is True
    assert (tmp_path / "new").read_bytes() == b"lock"
    assert lock._link(source, tmp_path / "new") is False
