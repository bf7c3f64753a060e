"""The lock where mutation testing found nothing watching: releasing only our own lock, and
giving up a take-over after exactly two tries, naming who holds the lock then.

``test_lock_race.py`` checks some of this too, but it cannot run under mutmut (its workers
import the test module by name), so these run in one process. Nothing here signals a real
process: ``os.kill`` is replaced wherever ``_alive`` runs.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from models import lock
from models.lock import LockedError, LockInfo, acquire, lock_path, release

HOST = socket.gethostname()
SINCE = "2026-12-04T08:30:00+01:00"


def _write_lock(project: Path, **fields: Any) -> dict[str, Any]:
    data = {"host": HOST, "user": "mirjam", "pid": 31337, "since": SINCE, **fields}
    lock_path(project).write_text(json.dumps(data))
    return data


def _dead_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(pid: int, sig: int) -> None:
        raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(os, "kill", gone)


# ---------------------------------------------------------------------------- release


def test_release_leaves_a_lock_a_colleague_on_this_host_took_over(tmp_path: Path) -> None:
    """Same host, another process: "open anyway" in a second Podium; it is theirs now."""
    project = tmp_path / "minutes.podium"
    acquire(project)
    theirs = _write_lock(project, pid=os.getpid() + 1)
    release(project)
    assert json.loads(lock_path(project).read_text()) == theirs


def test_release_removes_our_own_lock(tmp_path: Path) -> None:
    project = tmp_path / "minutes.podium"
    acquire(project)
    release(project)
    assert not lock_path(project).exists()


def test_release_leaves_a_lock_with_our_pid_from_another_host(tmp_path: Path) -> None:
    project = tmp_path / "minutes.podium"
    theirs = _write_lock(project, host="laptop-of-mirjam", pid=os.getpid())
    release(project)
    assert json.loads(lock_path(project).read_text()) == theirs


# ---------------------------------------------------------------------------- giving up


def test_a_take_over_gives_up_after_two_tries_and_names_the_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale lock that is back each time it is removed (others keep taking it)."""
    _dead_everywhere(monkeypatch)
    project = tmp_path / "minutes.podium"
    stale = _write_lock(project)
    removals: list[Path] = []
    monkeypatch.setattr(lock, "_remove_if_same", lambda path, _identity: removals.append(path))
    with pytest.raises(LockedError) as caught:
        acquire(project)
    assert removals == [lock_path(project), lock_path(project)]
    assert str(caught.value) == f"minutes.podium is open by mirjam on {HOST} (process 31337)" + (
        " since 2026-12-04 08:30"
    )
    assert caught.value.info == LockInfo(HOST, "mirjam", 31337, SINCE)
    assert json.loads(lock_path(project).read_text()) == stale


def test_a_forced_take_over_also_gives_up_after_two_tries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "kill", lambda pid, sig: None)  # the holder runs
    project = tmp_path / "minutes.podium"
    _write_lock(project, host="elsewhere")
    removals: list[Path] = []
    monkeypatch.setattr(lock, "_remove_if_same", lambda path, _identity: removals.append(path))
    with pytest.raises(LockedError, match=r"^minutes\.podium is open by mirjam on elsewhere "):
        acquire(project, force=True)
    assert len(removals) == 2


def test_a_lock_that_cannot_be_placed_though_none_is_there_is_someone_unknowns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every try fails, yet every look finds no lock: the holder cannot be named."""
    places: list[Path] = []

    def refused(path: Path, info: LockInfo) -> bool:
        places.append(path)
        return False

    monkeypatch.setattr(lock, "_place", refused)
    project = tmp_path / "minutes.podium"
    with pytest.raises(LockedError) as caught:
        acquire(project)
    assert str(caught.value) == (
        "minutes.podium is open by someone unknown (the lock file cannot be read)"
    )
    assert caught.value.info == LockInfo.unknown()
    assert len(places) == 3  # two tries and a last look


def test_the_last_look_takes_a_lock_that_went_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dead_everywhere(monkeypatch)
    project = tmp_path / "minutes.podium"
    _write_lock(project)
    removals: list[Path] = []
    results = iter([False, False, True])
    monkeypatch.setattr(lock, "_place", lambda path, info: next(results))
    monkeypatch.setattr(lock, "_remove_if_same", lambda path, _identity: removals.append(path))
    mine = acquire(project)
    assert (mine.host, mine.pid) == (lock._host(), os.getpid())
    assert len(removals) == 2


# ---------------------------------------------------------------------------- alive or not


def test_a_lock_of_another_users_live_process_is_not_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``kill`` answers "not permitted" for a process of another user: it runs."""

    def denied(pid: int, sig: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "kill", denied)
    assert not lock.is_stale(LockInfo(HOST, "root", 1, SINCE))
    assert not lock.is_stale(LockInfo(HOST, "root", 2, SINCE))


def test_a_lock_of_a_dead_process_on_this_host_is_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _dead_everywhere(monkeypatch)
    assert lock.is_stale(LockInfo(HOST, "mirjam", 1, SINCE))
    assert not lock.is_stale(LockInfo("elsewhere", "mirjam", 1, SINCE))
    assert not lock.is_stale(LockInfo.unknown())


def test_process_1_is_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    """1 names one process (init); only 0 and below name process groups."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: calls.append((pid, sig)))
    assert lock._alive(1)
    assert not lock._alive(0)
    assert not lock._alive(-1)
    assert calls == [(1, 0)]
