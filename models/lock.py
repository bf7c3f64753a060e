"""A lock file beside an open project, so two people never overwrite each other's work.

``report.podium`` is locked by ``.~lock.report.podium#`` (the name LibreOffice uses, which
file managers and sync tools already hide). It holds who has the file: host, user, process
and time. A lock left by a process that died on this host is stale and is taken over; a lock
from another host cannot be checked and is reported, so the user decides.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a project open."""

    host: str
    user: str
    pid: int
    since: str  # ISO 8601, local time with offset

    def describe(self) -> str:
        when = dt.datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(
            socket.gethostname(),
            _user(),
            os.getpid(),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )


class LockedError(Exception):
    """The project is open elsewhere; ``info`` says by whom."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        super().__init__(f"{path.name} is open by {info.describe()}")


def lock_path(project: Path) -> Path:
    return project.with_name(f".~lock.{project.name}#")


def read_lock(project: Path) -> LockInfo | None:
    """The lock's holder, or ``None`` if there is no readable lock."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo) -> bool:
    """A lock from a process on this host that no longer runs."""
    return info.host == socket.gethostname() and not _alive(info.pid)


def acquire(project: Path, *, force: bool = False) -> LockInfo:
    """Lock ``project`` for this process; raises :class:`LockedError` if someone else has it.

    A stale lock, an unreadable lock and (with ``force``) any lock are taken over.
    """
    path = lock_path(project)
    mine = LockInfo.mine()
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(project)
            if holder is not None and holder.host == mine.host and holder.pid == mine.pid:
                return holder
            if holder is not None and not force and not is_stale(holder):
                raise LockedError(project, holder) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(asdict(mine), stream)
        return mine
    raise LockedError(project, read_lock(project) or mine)


def release(project: Path) -> None:
    """Remove our lock; a lock someone else took over is left alone."""
    holder = read_lock(project)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        with contextlib.suppress(OSError):
            lock_path(project).unlink()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
