"""The lock and the recovery journal where the file system does not cooperate: a lock path
that is a folder, a folder guard that cannot be taken or is held by someone else too long,
journal notes that are damaged, the recovery folder without an override; and the edge of
``replace_at`` and ``open_regular``."""

from __future__ import annotations

import errno
import fcntl
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from models import lock, recovery
from models.edit import replace_at
from models.lock import LockInfo
from models.publication import Publication
from models.regular_file import open_regular


@pytest.fixture
def publication(make_data: Callable[..., dict[str, object]]) -> Publication:
    return Publication.model_validate(
        make_data(intro=[{"kind": "paragraph", "id": "p-1", "text": "Welkom."}])
    )


def _dead_owner() -> dict[str, object]:
    mine = LockInfo.mine()
    return {"host": mine.host, "user": mine.user, "pid": 2**22 + 1, "since": mine.since}


# ------------------------------------------------------------------ the lock


def test_a_lock_path_that_is_a_folder_is_someone_unknown_and_is_never_removed(
    tmp_path: Path,
) -> None:
    project = tmp_path / "verslag.podium"
    lock.lock_path(project).mkdir()
    assert lock.read_lock(project) == LockInfo.unknown()
    with pytest.raises(lock.LockedError, match="someone unknown"):
        lock.acquire(project)
    with pytest.raises(lock.LockedError):
        lock.acquire(project, force=True)  # a folder has no identity: nothing to take over
    assert lock.lock_path(project).is_dir()


def test_the_folder_guard_of_a_missing_folder_is_unsupported(tmp_path: Path) -> None:
    with lock._folder_guard(tmp_path / "weg") as guard:
        assert guard is lock._Guard.UNSUPPORTED


def test_a_guard_held_elsewhere_too_long_is_busy_and_nothing_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock, "_GUARD_WAIT", 0.02)
    project = tmp_path / "verslag.podium"
    path = lock.lock_path(project)
    path.write_text(json.dumps(_dead_owner()), encoding="utf-8")
    identity = lock._identity(path)
    other = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)  # another open file description
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with lock._folder_guard(tmp_path) as guard:
            assert guard is lock._Guard.BUSY
        lock._remove_if_same(path, identity)
        assert path.exists()  # the other process is removing it: left to it
    finally:
        os.close(other)
    with lock._folder_guard(tmp_path) as guard:
        assert guard is lock._Guard.HELD  # released with its descriptor


def test_without_advisory_locks_a_stale_lock_is_renamed_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with lock._folder_guard(tmp_path) as guard:
        assert guard is lock._Guard.UNSUPPORTED
    project = tmp_path / "verslag.podium"
    lock.lock_path(project).write_text(json.dumps(_dead_owner()), encoding="utf-8")
    assert lock.acquire(project).pid == os.getpid()
    holder = lock.read_lock(project)
    assert holder is not None and (holder.host, holder.pid) == (LockInfo.mine().host, os.getpid())
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.verslag.podium#"]


# ------------------------------------------------------------------ recovery


def test_the_recovery_folder_is_the_users_data_folder_unless_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path / "eigen"))
    assert recovery.recovery_dir() == tmp_path / "eigen"
    monkeypatch.delenv("PODIUM_RECOVERY_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert recovery.recovery_dir() == tmp_path / "data" / "Podium" / "recovery"


def test_nothing_is_recoverable_from_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    assert recovery.find_recoverable(tmp_path / "weg") == []


@pytest.mark.parametrize(
    "note",
    [
        "{not json",
        json.dumps({"source": None}),  # no owner
        json.dumps({"owner": {"host": "x"}}),  # an owner without its fields
        json.dumps({"owner": ["x"]}),  # an owner of the wrong shape
    ],
)
def test_a_journal_with_a_damaged_note_is_skipped(tmp_path: Path, note: str) -> None:
    (tmp_path / "a.podium").write_bytes(b"PK")
    (tmp_path / "a.json").write_text(note, encoding="utf-8")
    (tmp_path / "b.podium").write_bytes(b"PK")  # no note at all
    assert recovery.find_recoverable(tmp_path) == []


# ------------------------------------------------------------------ edits and opening files


def test_replacing_the_root_validates_the_new_publication(publication: Publication) -> None:
    data = publication.model_dump()
    data["title"] = "Nieuwe titel"
    new = replace_at(publication, (), data)
    assert new.title == "Nieuwe titel"
    assert new.blocks == publication.blocks


def test_a_location_that_does_not_fit_the_publication_is_a_key_error(
    publication: Publication,
) -> None:
    with pytest.raises(KeyError):
        replace_at(publication, ("title", 0), "x")  # a string has no items
    with pytest.raises(KeyError):
        replace_at(publication, ("blocks", "first"), "x")  # a tuple has no names


def test_a_file_that_cannot_be_wrapped_is_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.podium"
    path.write_bytes(b"x")
    opened: list[int] = []
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        opened.append(fd)
        return real_fstat(fd)

    def fdopen(fd: int, mode: str) -> object:
        raise MemoryError

    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(MemoryError):
        open_regular(path)
    monkeypatch.undo()
    with pytest.raises(OSError, match="Bad file descriptor"):
        os.fstat(opened[0])
