"""Replacing a file in one step, so that no reader and no crash ever sees half of it.

A write goes to a temporary file in the target's folder, is flushed and fsynced, may be
checked by the caller (does it read back?), the previous version is kept as ``NAME~``, and
then the temporary file is renamed over the target (``os.replace``: atomic on POSIX and
Windows). Readers therefore see the old file or the new one, never a mixture.

Every write makes its own short temporary names, ``.podium-XXXXXXXX.tmp``, for the new
content and for the backup it stages: unique, so saves of one file from several processes
never share a name (they did, and removed or overwrote each other's files); short and not
derived from the target's name, so a name at the file system's limit of 255 bytes can be
saved.

The target is the real file: symbolic links are followed (the link stays a link), and a
target that exists but is not a regular file (a device, a named pipe, a socket, a folder)
is refused with :class:`WriteRefusedError` instead of being replaced by a file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from models.message import Message, message

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".podium-"
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 24 * 60 * 60  # only where temporary files cannot be locked (see below)

_O_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_ATTEMPTS = 20

# Temporary files this process is writing: never clean-up candidates, even where a lock
# cannot tell (flock on NFS is emulated by per-process byte-range locks).
_in_flight: set[str] = set()
_in_flight_lock = threading.Lock()


class WriteRefusedError(OSError):
    """A target Podium will not write over; ``strerror`` says why, for the user.

    ``strerror`` is the :class:`~models.message.Message` it was raised with (translatable).
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(None, reason, str(path))


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.podium~``."""
    return path.with_name(path.name + "~")


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` really replaces: links followed, non-regular refused.

    Raises:
        WriteRefusedError: ``path`` exists and is not a regular file.
    """
    real = Path(os.path.realpath(path))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real  # a new file (or a dangling link: its target is created)
    if not stat.S_ISREG(mode):
        raise WriteRefusedError(path, _not_writable(mode))
    return real


def _not_writable(mode: int) -> Message:
    # A sentence per kind of file, so that each is translated whole.
    match kind_of(mode):
        case "folder":
            return message("is a folder, not a regular file; Podium writes only to regular files")
        case "link":
            return message(
                "is a symbolic link, not a regular file; Podium writes only to regular files"
            )
        case "device":
            return message("is a device, not a regular file; Podium writes only to regular files")
        case "pipe":
            return message(
                "is a named pipe, not a regular file; Podium writes only to regular files"
            )
        case "socket":
            return message("is a socket, not a regular file; Podium writes only to regular files")
        case _:
            return message(
                "is a special file, not a regular file; Podium writes only to regular files"
            )


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    *,
    backup: bool,
    verify: Callable[[Path], None] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a stream to a temporary file; on success it atomically becomes ``path``.

    Args:
        path: the file to replace; a symbolic link is followed to the real file.
        backup: keep the file being replaced as ``NAME~`` beside the real file.
        verify: called with the finished temporary file before anything is replaced; if it
            raises, the temporary file is removed and the target is left as it was.

    Raises:
        WriteRefusedError: the target exists and is not a regular file.
        OSError: the file could not be written; the target is unchanged.
    """
    real = resolve_target(path)
    temp, fd = _create_temp(real.parent, _mode_for(real))
    stream = os.fdopen(fd, "wb")
    try:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
        if verify is not None:
            verify(temp)
        if backup:
            _keep_backup(real)
        if fcntl is None:
            stream.close()  # Windows cannot rename a file that is open
        # The lock on the temporary file is held through the rename: until then a clean-up
        # in another process sees a save in progress, not a leftover.
        os.replace(temp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    finally:
        with contextlib.suppress(OSError):
            stream.close()
        _forget(temp)
    _fsync_dir(real.parent)
    remove_stale_temps(real.parent)


def remove_stale_temps(folder: Path) -> None:
    """Remove temporary files of writes that were killed halfway; never one in progress.

    Every temporary file is held under an exclusive ``flock`` by the write that made it,
    from its creation until it is renamed or removed, and the kernel drops the lock when
    that process dies, however it dies. So a temporary file whose lock can be taken is
    certainly abandoned, whatever its age, while one that another save (in any process on
    this host) is still writing is left alone. An age alone cannot tell: a slow save to a
    network drive can take minutes, and killed saves would pile up until they are old.
    Where ``fcntl`` is missing (Windows) the age is all there is, so only files older than a
    day are removed; Windows also refuses to delete a file that another process has open.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        with _in_flight_lock:
            if entry.path in _in_flight:
                continue
        with contextlib.suppress(OSError):
            _remove_if_abandoned(Path(entry.path))


def _remove_if_abandoned(path: Path) -> None:
    if fcntl is None:
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and time.time() - info.st_mtime > STALE_SECONDS:
            os.unlink(path)
        return
    # O_NONBLOCK: a named pipe given this name must not make the clean-up wait.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _O_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return  # never remove anything but a regular file
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # a save is writing it right now
        if _names(fd, path):
            os.unlink(path)  # while still holding the lock: see _claim
    finally:
        os.close(fd)


def _create_temp(folder: Path, mode: int) -> tuple[Path, int]:
    """A new, empty temporary file in ``folder``, locked, with ``mode``; and its descriptor."""
    for _ in range(_ATTEMPTS):
        temp = _temp_name(folder)
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_FLAGS, 0o600)
        except FileExistsError:
            _forget(temp)  # not ours (a killed save's?): a stale-temp clean-up may take it
            continue
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            else:
                os.chmod(temp, mode)
            if _claim(fd, temp):
                return temp, fd
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(temp)
            _forget(temp)
            raise
        os.close(fd)  # a clean-up removed it before we held it: take another name
        _forget(temp)
    raise OSError(errno.EEXIST, message("no free name for a temporary file"), str(folder))


def _temp_name(folder: Path) -> Path:
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}"
    with _in_flight_lock:
        _in_flight.add(str(temp))
    return temp


def _forget(temp: Path) -> None:
    with _in_flight_lock:
        _in_flight.discard(str(temp))


def _claim(fd: int, name: Path) -> bool:
    """Lock ``fd`` (waiting if needed); ``False`` if ``name`` was removed before that.

    A clean-up removes a temporary file only while it holds the file's lock, so once we
    hold it, the name either still is our file or is gone for good.
    """
    if fcntl is None:
        return True
    fcntl.flock(fd, fcntl.LOCK_EX)
    return _names(fd, name)


def _names(fd: int, name: Path) -> bool:
    """Whether ``name`` is (still) the file open as ``fd``."""
    try:
        named = os.lstat(name)
    except FileNotFoundError:
        return False
    here = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (here.st_dev, here.st_ino)


def _keep_backup(real: Path) -> None:
    """Make the file about to be replaced ``NAME~``, through a staging name of our own."""
    if not real.is_file():
        return  # a new file: nothing to keep
    target = backup_path(real)
    _check_backup_target(real, target)
    for _ in range(_ATTEMPTS):
        staging = _temp_name(real.parent)
        try:
            try:
                # A second name for the same file: cheap, and the original never moves.
                os.link(real, staging)  # ``real`` is resolved: no link to follow
            except FileExistsError:
                continue
            except FileNotFoundError:
                return  # nothing to keep (a new file, or it was moved away meanwhile)
            except OSError:
                _copy_backup(real, target)  # no hard links here (FAT, some network drives)
                return
            if fcntl is None:
                _replace_backup(staging, target)
                return
            try:
                fd = os.open(staging, os.O_RDONLY | _O_FLAGS)
            except FileNotFoundError:
                continue  # a clean-up took it before we held it
            except PermissionError:  # an unreadable file: no clean-up can open it either
                _replace_backup(staging, target)
                return
            try:
                if _claim(fd, staging):
                    _replace_backup(staging, target)
                    return
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(staging)
                raise
            finally:
                os.close(fd)
        finally:
            _forget(staging)
    raise OSError(errno.EEXIST, message("no free name for the backup"), str(real.parent))


def _copy_backup(real: Path, target: Path) -> None:
    temp, fd = _create_temp(real.parent, _mode_for(real))
    try:
        with open(real, "rb") as source, os.fdopen(os.dup(fd), "wb") as copy:
            shutil.copyfileobj(source, copy)
            copy.flush()
            os.fsync(copy.fileno())
        _replace_backup(temp, target)
    except FileNotFoundError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    finally:
        os.close(fd)
        _forget(temp)


def _replace_backup(staging: Path, target: Path) -> None:
    try:
        os.replace(staging, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(staging)
        # NAME~ of a name already at the 255-byte limit cannot exist; the save itself
        # matters more than its backup, so it goes ahead without one.
        if error.errno != errno.ENAMETOOLONG:
            raise


def _check_backup_target(real: Path, target: Path) -> None:
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise WriteRefusedError(real, _backup_refused(target.name, mode))


def _backup_refused(name: str, mode: int) -> Message:
    # A sentence per kind of file, so that each is translated whole.
    match kind_of(mode):
        case "folder":
            return message(
                "its backup '{name}' is a folder, not a regular file; move it away to save here",
                name=name,
            )
        case "link":
            return message(
                "its backup '{name}' is a symbolic link, not a regular file; "
                "move it away to save here",
                name=name,
            )
        case "device":
            return message(
                "its backup '{name}' is a device, not a regular file; move it away to save here",
                name=name,
            )
        case "pipe":
            return message(
                "its backup '{name}' is a named pipe, not a regular file; "
                "move it away to save here",
                name=name,
            )
        case "socket":
            return message(
                "its backup '{name}' is a socket, not a regular file; move it away to save here",
                name=name,
            )
        case _:
            return message(
                "its backup '{name}' is a special file, not a regular file; "
                "move it away to save here",
                name=name,
            )


FileKind = Literal["folder", "link", "device", "pipe", "socket", "special"]


def kind_of(mode: int) -> FileKind:
    """Which kind of file that is not a regular file ``mode`` is: one sentence per kind."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def file_kind(mode: int) -> Message:
    """What a file that is not a regular file is, in a user's words ("a named pipe").

    A noun with its article; sentences about one kind are best written whole per
    :func:`kind_of` (a noun glued into a sentence does not translate well everywhere).
    """
    match kind_of(mode):
        case "folder":
            return message("a folder")
        case "link":
            return message("a symbolic link")
        case "device":
            return message("a device")
        case "pipe":
            return message("a named pipe")
        case "socket":
            return message("a socket")
        case _:
            return message("a special file")


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Reading it without setting it: os.umask() changes it for every thread for a moment.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_bytes().splitlines():
            if line.startswith(b"Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)  # pragma: no mutate (any value: it is put back at once)
    os.umask(umask)
    return umask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
