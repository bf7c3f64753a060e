"""Processes racing for one lock: in every round exactly one of them holds it.

Each worker process takes part in every round: all wait at a barrier, try :func:`acquire` at
the same moment, record whether they got the lock, wait until all have tried, and only then
does the winner release it. A second variant starts every round with a stale lock (left by a
process that has ended), so the racers also race to take it over. Both run again as on a
file system without hard links and without advisory locks (FAT, some network shares), where
:mod:`models.lock` falls back to ``O_EXCL`` and to renaming a lock away. Workers start with
``spawn``: a forked child of a test process that may run Qt threads is not safe.

The end of the file checks, in one process, what a race relies on: telling a live process
from a dead one, giving up, and releasing only our own lock.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import models.lock
from models.lock import LockedError, LockInfo, acquire, lock_path, release

#: Seconds any worker waits at a barrier before the round counts as hung (a failure).
BARRIER_TIMEOUT = 20.0


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _race(
    project: Path, rounds: int, barrier: Any, wins: Any, stale: str | None, plain: bool
) -> None:
    """One racer: ``rounds`` rounds of try, wait for all, release (see the module).

    ``plain``: as on a file system with neither hard links nor advisory locks.
    """
    if plain:
        _without_links_and_guards()
    for index in range(rounds):
        if stale is not None and barrier.wait(BARRIER_TIMEOUT) == 0:
            lock_path(project).write_text(stale)  # one racer sets the round up
        barrier.wait(BARRIER_TIMEOUT)
        try:
            acquire(project)
            won = True
        except LockedError:
            won = False
        if won:
            with wins.get_lock():
                wins[index] += 1
        barrier.wait(BARRIER_TIMEOUT)  # everyone has tried while the winner still holds it
        if won:
            release(project)
        barrier.wait(BARRIER_TIMEOUT)  # the lock is gone before the next round starts


def _without_links_and_guards() -> None:
    """In this (child) process, behave as FAT does: no ``link()``, no ``flock()``."""

    def no_link(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    models.lock.os.link = no_link  # type: ignore[assignment]
    models.lock.fcntl = None


def _run_race(
    tmp_path: Path, processes: int, rounds: int, *, stale: bool, plain: bool = False
) -> list[int]:
    """Winners per round of ``processes`` racers over ``rounds`` rounds."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    wins = context.Array("i", rounds)
    project = tmp_path / "race.podium"
    lock = None
    if stale:
        host = socket.gethostname()
        lock = json.dumps(
            {"host": host, "user": "gone", "pid": _dead_pid(), "since": "2026-01-01T09:00:00+01:00"}
        )
    workers = [
        context.Process(target=_race, args=(project, rounds, barrier, wins, lock, plain))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join(timeout=BARRIER_TIMEOUT + rounds * 0.5)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
    assert [worker.exitcode for worker in workers] == [0] * processes
    assert not lock_path(project).exists()
    return list(wins)


def _report(winners: list[int]) -> list[tuple[int, int]]:
    """The rounds (and their number of winners) that did not have exactly one winner."""
    return [(index, count) for index, count in enumerate(winners) if count != 1]


def test_two_processes_opening_at_once_never_both_get_the_lock(tmp_path: Path) -> None:
    assert _report(_run_race(tmp_path, processes=2, rounds=300, stale=False)) == []


def test_two_processes_taking_over_a_stale_lock_at_once_never_both_get_it(
    tmp_path: Path,
) -> None:
    assert _report(_run_race(tmp_path, processes=2, rounds=200, stale=True)) == []


@pytest.mark.parametrize("stale", [False, True])
def test_without_hard_links_or_folder_locks_two_racers_never_both_get_it(
    tmp_path: Path, stale: bool
) -> None:
    assert _report(_run_race(tmp_path, processes=2, rounds=100, stale=stale, plain=True)) == []


@pytest.mark.slow
@pytest.mark.parametrize("stale", [False, True])
def test_many_processes_racing_for_one_lock(
    tmp_path: Path, stale: bool, request: pytest.FixtureRequest
) -> None:
    """4 processes, 1,500 rounds (the defect was found at 1,500 tries); ``pytest -m slow``."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: run with -m slow")
    assert _report(_run_race(tmp_path, processes=4, rounds=1500, stale=stale)) == []


# ---------------------------------------------------------------------------- one process


def test_a_process_running_as_another_user_is_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(pid: int, signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(models.lock.os, "kill", denied)
    assert models.lock._alive(4242)
    holder = LockInfo(socket.gethostname(), "root", 4242, "2026-01-01T09:00:00+01:00")
    assert not models.lock.is_stale(holder)


@pytest.mark.parametrize("pid", [0, -1, -4242, 2**31, 10**30])
def test_pids_that_name_no_single_process_are_never_signalled(
    monkeypatch: pytest.MonkeyPatch, pid: int
) -> None:
    """0 and negative pids would signal whole process groups; huge ones overflow ``kill``."""

    def never(pid: int, signal: int) -> None:
        raise AssertionError(f"os.kill({pid}, {signal}) called")

    monkeypatch.setattr(models.lock.os, "kill", never)
    assert not models.lock._alive(pid)


def test_process_1_is_alive() -> None:
    assert models.lock._alive(1)  # init: always there, often another user's (PermissionError)


def test_a_dead_process_is_not_alive() -> None:
    assert not models.lock._alive(_dead_pid())


def test_taking_over_gives_up_when_the_lock_keeps_coming_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "a.podium"
    stale = {"host": socket.gethostname(), "user": "bob", "pid": _dead_pid(), "since": "2026-01-01"}
    lock_path(project).write_text(json.dumps(stale))
    removals: list[Path] = []
    # Each time the stale lock is removed, another stale lock is in its place at once.
    monkeypatch.setattr(
        models.lock, "_remove_if_same", lambda path, _identity: removals.append(path)
    )
    with pytest.raises(LockedError, match="bob on"):
        acquire(project)
    assert removals == [lock_path(project)] * 2
    assert json.loads(lock_path(project).read_text()) == stale


def test_release_leaves_a_lock_someone_took_over_from_us(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    acquire(project)
    theirs = {
        "host": socket.gethostname(),
        "user": "eve",
        "pid": os.getppid(),
        "since": "2026-01-01",
    }
    lock_path(project).write_text(json.dumps(theirs))  # "open anyway" in another Podium
    release(project)
    assert json.loads(lock_path(project).read_text()) == theirs


def test_release_leaves_a_lock_of_our_pid_on_another_host(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    other = {"host": "elsewhere", "user": "eve", "pid": os.getpid(), "since": "2026-01-01"}
    lock_path(project).write_text(json.dumps(other))
    release(project)
    assert lock_path(project).exists()


def test_no_temporary_file_is_left_beside_the_project(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    acquire(project)
    assert [p.name for p in tmp_path.iterdir()] == [lock_path(project).name]
    release(project)
    assert list(tmp_path.iterdir()) == []
