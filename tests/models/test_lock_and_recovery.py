"""The lock beside an open project and the autosave journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import load
from models.lock import LockedError, LockInfo, acquire, lock_path, read_lock, release
from models.recovery import Journal, find_recoverable

SAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "ruimte-voor-professionals"
)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(project: Path, info: LockInfo) -> None:
    lock_path(project).write_text(
        json.dumps({"host": info.host, "user": info.user, "pid": info.pid, "since": info.since})
    )


def test_acquire_writes_who_holds_the_file_and_release_removes_it(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    info = acquire(project)
    assert info.pid == os.getpid()
    assert read_lock(project) == info
    assert acquire(project) == info  # the same process may ask again
    release(project)
    assert not lock_path(project).exists()


def test_a_live_lock_from_another_process_is_reported(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    other = LockInfo(LockInfo.mine().host, "alice", os.getppid(), "2026-11-28T09:00:00+00:00")
    _write_lock(project, other)
    with pytest.raises(LockedError) as caught:
        acquire(project)
    assert "alice" in str(caught.value) and str(other.pid) in str(caught.value)
    assert acquire(project, force=True).pid == os.getpid()


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    _write_lock(
        project, LockInfo(LockInfo.mine().host, "bob", _dead_pid(), "2026-11-28T09:00:00+00:00")
    )
    assert acquire(project).pid == os.getpid()


def test_a_lock_from_another_host_is_not_taken_over(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    _write_lock(project, LockInfo("elsewhere", "carol", 1, "2026-11-28T09:00:00+00:00"))
    with pytest.raises(LockedError, match="carol on elsewhere"):
        acquire(project)


def test_an_unreadable_lock_is_reported_and_only_taken_over_on_request(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    lock_path(project).write_text("garbage")
    with pytest.raises(LockedError, match="someone unknown"):
        acquire(project)
    assert acquire(project, force=True).pid == os.getpid()


def test_release_leaves_a_lock_someone_else_took_over(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    _write_lock(project, LockInfo("elsewhere", "carol", 1, "2026-11-28T09:00:00+00:00"))
    release(project)
    assert lock_path(project).exists()


def test_a_journal_of_a_running_process_is_not_offered(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(load(SAMPLE), tmp_path / "x.podium", None)
    assert find_recoverable(tmp_path) == []
    journal.discard()
    assert list(tmp_path.iterdir()) == []


def test_a_journal_of_a_dead_process_is_offered_and_restores_the_work(tmp_path: Path) -> None:
    project = load(SAMPLE)
    journal = Journal(tmp_path)
    journal.write(project, tmp_path / "x.podium", "2026-11-28T08:00:00+00:00")
    note = journal.path.with_suffix(".json")
    data = json.loads(note.read_text())
    data["owner"]["pid"] = _dead_pid()
    note.write_text(json.dumps(data))
    [found] = find_recoverable(tmp_path)
    assert found.source == tmp_path / "x.podium"
    assert found.saved_at == "2026-11-28T08:00:00+00:00"
    assert found.load().publication == project.publication
    found.discard()
    assert find_recoverable(tmp_path) == []


def test_a_damaged_journal_is_skipped(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(load(SAMPLE), None, None)
    journal.path.write_bytes(b"PK\x03\x04broken")
    note = journal.path.with_suffix(".json")
    data = json.loads(note.read_text())
    data["owner"]["pid"] = _dead_pid()
    note.write_text(json.dumps(data))
    assert find_recoverable(tmp_path) == []
