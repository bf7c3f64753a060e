"""A lock file beside an open project, so two people never overwrite each other's work.

``report.podium`` is locked by ``.~lock.report.podium#`` (the name LibreOffice uses, which
file managers and sync tools already hide). It holds who has the file: host, user, process
and time. A lock left by a process that died on this host is stale and is taken over; a lock
from another host cannot be checked and is reported, so the user decides. So is a lock file
that cannot be read (damaged, empty, written by something else): it is held by "someone
unknown", never taken over without asking.

Of processes that want one lock at the same moment exactly one gets it. A lock file only
ever appears complete: its contents are written to a temporary file first and then linked to
the lock's name (see :func:`_place`), so a second process never finds an empty lock at the
moment the first one takes it. A lock is removed (released or taken over) only while holding
an advisory lock on its folder, after checking it is still the very lock that was judged
(see :func:`_remove_if_same`), so two processes that both found it stale cannot both take it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import getpass
import json
import os
import secrets
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from models.message import Message, message

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

#: A lock file is a few hundred bytes; anything much larger is not one, and is not read.
_MAX_LOCK_BYTES = 4096
#: Host and user names longer than this are not names (hostnames have at most 255 bytes).
_MAX_NAME = 255
#: Process ids are C ``pid_t`` values: positive and below 2**31 on every system Podium runs on.
_MAX_PID = 2**31 - 1
#: ``link()`` errors meaning "this file system has no hard links" (FAT, exFAT, some SMB shares).
_NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EXDEV, errno.EMLINK}
)
#: How long to wait for another process's folder guard, which is held for microseconds; one
#: that stays taken (a stuck or hostile process) makes a take-over give up, never hang.
_GUARD_WAIT = 1.0


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a project open; ``readable`` is false for a lock file that cannot be read."""

    host: str
    user: str
    pid: int
    since: str  # ISO 8601, local time with offset
    readable: bool = True

    def describe(self) -> Message:
        """Who holds the lock, in words for a message; never fails, whatever the lock held."""
        if not self.readable:
            return message("someone unknown (the lock file cannot be read)")
        user, host = _printable(self.user), _printable(self.host)
        try:
            when = dt.datetime.fromisoformat(self.since).isoformat(
                sep=" ",
                timespec="minutes",  # pragma: no mutate (cut to minutes below too)
            )
        except (TypeError, ValueError):
            return message("{user} on {host} (process {pid})", user=user, host=host, pid=self.pid)
        return message(
            "{user} on {host} (process {pid}) since {since}",
            user=user,
            host=host,
            pid=self.pid,
            since=when[:16],
        )

    @classmethod
    def mine(cls) -> LockInfo:
        """This process as a lock holder: host, user, pid and the time now."""
        return cls(
            _host(),
            _printable(_user()),
            os.getpid(),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )

    @classmethod
    def unknown(cls) -> LockInfo:
        """The holder of a lock file that exists but cannot be read."""
        return cls("", "", 0, "", readable=False)


class LockedError(Exception):
    """The project is open elsewhere; ``info`` says by whom."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        super().__init__(
            message("{name} is open by {holder}", name=path.name, holder=info.describe())
        )


def lock_path(project: Path) -> Path:
    """The lock file beside ``project``, named as LibreOffice names its (tools hide those)."""
    return project.with_name(f".~lock.{project.name}#")


def read_lock(project: Path) -> LockInfo | None:
    """The lock's holder, or ``None`` if there is no lock.

    A lock file that cannot be read or holds anything but a well-formed lock gives
    :meth:`LockInfo.unknown`: somebody may be working on the file, and only the user can
    tell whether the lock still means something.
    """
    return _read(lock_path(project))[0]


def is_stale(info: LockInfo) -> bool:
    """A lock from a process on this host that no longer runs (an unreadable one never is)."""
    return info.readable and info.host == _host() and not _alive(info.pid)


def acquire(project: Path, *, force: bool = False) -> LockInfo:
    """Lock ``project`` for this process; raises :class:`LockedError` if someone else has it.

    A stale lock, and (with ``force``) any lock, is taken over; if a new lock is back each
    time one was removed (others keep taking it), this gives up after two tries.
    """
    path = lock_path(project)
    mine = LockInfo.mine()
    for _ in range(2):
        if _place(path, mine):
            return mine
        holder, identity = _read(path)
        if holder is None:
            continue  # released between our attempt and our look: try again
        if holder.readable and (holder.host, holder.pid) == (mine.host, mine.pid):
            return holder
        if not force and not is_stale(holder):
            raise LockedError(project, holder)
        _remove_if_same(path, identity)
    if _place(path, mine):  # the last lock went away without us: no reason to give up
        return mine
    raise LockedError(project, read_lock(project) or LockInfo.unknown())


def release(project: Path) -> None:
    """Remove our lock; a lock someone else took over is left alone."""
    path = lock_path(project)
    holder, identity = _read(path)
    if (
        holder is not None
        and holder.readable
        and holder.pid == os.getpid()
        and holder.host == _host()
    ):
        with contextlib.suppress(OSError):
            _remove_if_same(path, identity)


# ---------------------------------------------------------------------------- placing


def _place(path: Path, info: LockInfo) -> bool:
    """Create the lock file ``path`` holding ``info``; ``False`` if a lock file exists.

    The contents go to a temporary file in the same folder, which is then hard-linked to the
    lock's name: ``link()`` fails if the name exists, and the name never shows a half-written
    lock. On file systems without hard links (FAT and exFAT on USB sticks, some SMB shares)
    the lock is created with ``O_CREAT | O_EXCL`` and filled with a single ``write()``; in the
    moment between the two, another opener reads an empty lock, which counts as "held by
    someone unknown" and makes that opener ask its user: never two silent holders.
    """
    fields = {"host": info.host, "user": info.user, "pid": info.pid, "since": info.since}
    data = json.dumps(fields).encode("utf-8")  # pragma: no mutate ("UTF-8" is the same codec)
    temporary = path.with_name(f".~lock.{secrets.token_hex(8)}.tmp")  # short beside long names
    _create(temporary, data)
    try:
        return _link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _link(source: Path, path: Path) -> bool:
    """Give the file ``source`` the name ``path`` too, unless ``path`` exists (``False``)."""
    try:
        os.link(source, path)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        try:
            _create(path, source.read_bytes())
        except FileExistsError:
            return False
    return True


def _create(path: Path, data: bytes) -> None:
    """A new file ``path`` holding ``data``; ``FileExistsError`` if ``path`` exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb", closefd=False) as stream:
            stream.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()  # never leave an empty lock behind
        raise
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------- reading


#: What identifies one lock file: device, inode and contents. The inode alone is not enough:
#: a file system hands a removed lock's inode to the next new file, often the next lock.
_Identity = tuple[int, int, bytes]


def _read(path: Path) -> tuple[LockInfo | None, _Identity | None]:
    """The holder of the lock file at ``path`` (``None``: there is none), and its identity.

    Something at ``path`` that cannot even be opened (a folder, a file of another user)
    has no identity: it is reported, but never removed.
    """
    try:
        identity = _identity(path)
    except FileNotFoundError:
        return None, None
    except OSError:
        return LockInfo.unknown(), None
    return _parse(identity[2]), identity


def _identity(path: Path) -> _Identity:
    with open(path, "rb") as stream:
        status = os.fstat(stream.fileno())
        return status.st_dev, status.st_ino, stream.read(_MAX_LOCK_BYTES + 1)


def _parse(raw: bytes) -> LockInfo:
    """A lock's contents as :class:`LockInfo`; :meth:`LockInfo.unknown` for anything else."""
    if len(raw) > _MAX_LOCK_BYTES:
        return LockInfo.unknown()
    try:
        data = json.loads(
            raw.decode("utf-8"),  # pragma: no mutate ("UTF-8" is the same codec)
            parse_constant=_refuse,
        )
    except (ValueError, RecursionError):  # not UTF-8, not JSON, NaN, a 5,000-digit number
        return LockInfo.unknown()
    return holder_of(data)


def holder_of(data: object) -> LockInfo:
    """A lock's JSON (or an autosave note's owner) as :class:`LockInfo`, checked field by
    field; :meth:`LockInfo.unknown` for anything that is not what Podium writes."""
    if not isinstance(data, dict):
        return LockInfo.unknown()
    host, user, pid, since = (data.get(key) for key in ("host", "user", "pid", "since"))
    if not (isinstance(host, str) and isinstance(user, str) and isinstance(since, str)):
        return LockInfo.unknown()
    pid_ok = type(pid) is int and 0 < pid <= _MAX_PID  # bool is an int; 1e400 is a float
    if not (pid_ok and host and max(len(host), len(user), len(since)) <= _MAX_NAME):
        return LockInfo.unknown()
    try:
        dt.datetime.fromisoformat(since)
    except ValueError:
        return LockInfo.unknown()
    return LockInfo(host, user, pid, since)  # type: ignore[arg-type]  # pid checked above


def _refuse(constant: str) -> object:
    # Caught in _parse and never shown: what it says cannot matter.
    raise ValueError(f"{constant} is not a number a lock holds")  # pragma: no mutate


# ---------------------------------------------------------------------------- removing


class _Guard(enum.Enum):
    HELD = "held"  # this process alone may remove a lock in the folder now
    UNSUPPORTED = "unsupported"  # no advisory locks here (Windows, some network shares)
    BUSY = "busy"  # another process kept the guard too long


@contextlib.contextmanager
def _folder_guard(folder: Path) -> Iterator[_Guard]:
    """An exclusive advisory lock (``flock``) on ``folder`` while removing a lock in it.

    It lives on the folder itself, so no extra file is left beside the project, and the
    system drops it when its process ends, so it can never go stale.
    """
    if fcntl is None:
        yield _Guard.UNSUPPORTED
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield _Guard.UNSUPPORTED
        return
    try:
        deadline = time.monotonic() + _GUARD_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield _Guard.BUSY
                    return
                time.sleep(0.001)
            except OSError:  # e.g. ENOLCK or EBADF on network file systems
                yield _Guard.UNSUPPORTED
                return
        yield _Guard.HELD  # closing the descriptor below releases the guard
    finally:
        os.close(fd)


def _remove_if_same(path: Path, identity: _Identity | None) -> None:
    """Remove the lock file at ``path`` if it is still the one read (``identity``).

    Every process removes a lock only while holding the folder guard, so between the check
    and the removal nobody else can remove that lock, and nobody can place a new one (the
    name is taken). Where the guard is not supported the lock is renamed away (only one
    process can rename one file) and put back if it turns out to be another than the one
    judged; that is exact for two processes, and with three or more that all take over one
    stale lock within microseconds, two of them may end up holding it. Without an identity
    (the lock could not even be opened) nothing is removed.
    """
    if identity is None:
        return
    with _folder_guard(path.parent) as guard:
        if guard is _Guard.BUSY:
            return
        if guard is _Guard.HELD:
            with contextlib.suppress(FileNotFoundError):
                if _identity(path) == identity:
                    path.unlink()
            return
    aside = path.with_name(f".~lock.{secrets.token_hex(8)}.old")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return  # someone else removed it first
    try:
        if _identity(aside) != identity:
            _link(aside, path)  # a fresh lock of someone else: give it back (if still free)
    finally:
        with contextlib.suppress(OSError):
            aside.unlink()


# ---------------------------------------------------------------------------- helpers


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this host; when in doubt, it does."""
    if type(pid) is not int or not 0 < pid <= _MAX_PID:
        return False  # 0 and negative numbers name process groups, not a process
    try:
        # Signal 0 only asks; a mutant would send a real one (to the test runner's parent).
        os.kill(pid, 0)  # pragma: no mutate
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user; anything else: cannot tell
        return True
    return True


def _printable(text: str) -> str:
    """``text`` cut to a name's length, with anything unprintable shown as ``?``."""
    return "".join(c if c.isprintable() else "?" for c in text[:_MAX_NAME])


def _host() -> str:
    return _printable(socket.gethostname())


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
