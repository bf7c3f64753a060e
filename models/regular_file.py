"""Opening a received file for reading only if it is a regular file.

A path that names a pipe, a device or a socket (by accident, or put there by someone) must
never make a reader wait forever or read a device: the project reader and the importers
open through :func:`open_regular`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from models.atomic_file import file_kind

# A flag this platform lacks is 0: Windows has no O_NONBLOCK, O_NOCTTY or O_NOFOLLOW, and only
# Windows has O_BINARY. (Python opens every descriptor close-on-exec already: PEP 446.)
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class NotRegularFileError(Exception):
    """What was opened is not a regular file; ``mode`` says what it is."""

    def __init__(self, mode: int) -> None:
        self.mode = mode
        super().__init__(file_kind(mode))


def open_regular(file: Path, *, follow_links: bool = True) -> BinaryIO | None:
    """Open ``file`` for reading if it is a regular file; ``None`` for a link not followed.

    Raises :class:`NotRegularFileError` for anything else. ``O_NONBLOCK`` makes opening a
    pipe or a device that took the file's place after it was checked return at once instead
    of waiting for a writer; ``fstat`` then sees what was really opened.
    """
    flags = _READ_FLAGS if follow_links else _READ_FLAGS | _NOFOLLOW
    try:
        fd = os.open(file, flags)
    except OSError as error:
        if not follow_links and error.errno == errno.ELOOP:
            return None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)  # no effect on a regular file; plain reads after
            return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    raise NotRegularFileError(mode)
