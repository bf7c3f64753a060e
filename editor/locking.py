"""The lock of the window's project file: taken on open, moved on Save as, released on close.

The lock itself is :mod:`models.lock` (a ``.~lock.NAME#`` file beside the project; locks of
dead processes are taken over silently). This module decides when the window holds which
lock, and what happens when someone else holds it: the user chooses to open read-only, to
open anyway (taking the lock over), or not to open. A lock file that cannot be read is held
by "someone unknown" and asked about the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.safety_dialogs import LockChoice
from models.lock import LockedError, LockInfo, acquire, is_stale, read_lock, release


@dataclass(frozen=True, slots=True)
class Claim:
    """The outcome of asking to open ``path``."""

    path: Path
    read_only: bool
    acquired: bool  # this claim made the lock; abandoning it removes the lock again


class ProjectLock:
    """Holds at most one lock: the one of the file the window's document belongs to."""

    def __init__(self) -> None:
        self.held: Path | None = None

    def claim(self, path: Path, ask: Callable[[LockInfo], LockChoice]) -> Claim | None:
        """Lock ``path`` before opening it; ``ask`` decides if someone else has it.

        Returns ``None`` when the user cancels. A file whose folder cannot take a lock file
        (read-only media) opens unlocked: saving there would fail anyway, with a message.
        """
        path = _norm(path)
        if path == self.held:
            return Claim(path, read_only=False, acquired=False)
        try:
            acquire(path)
        except LockedError as error:
            choice = ask(error.info)
            if choice is LockChoice.CANCEL:
                return None
            if choice is LockChoice.READ_ONLY:
                return Claim(path, read_only=True, acquired=False)
            try:
                acquire(path, force=True)
            except (LockedError, OSError):
                return Claim(path, read_only=False, acquired=False)
        except OSError:
            return Claim(path, read_only=False, acquired=False)
        return Claim(path, read_only=False, acquired=True)

    def abandon(self, claim: Claim) -> None:
        """The file was not opened after all (the user kept the current document)."""
        if claim.acquired and claim.path != self.held:
            release(claim.path)

    def hold(self, path: Path | None) -> None:
        """Hold the lock of ``path`` (``None``: of nothing), releasing the previous one."""
        path = _norm(path) if path is not None else None
        if self.held is not None and self.held != path:
            release(self.held)
        self.held = None
        if path is None:
            return
        try:
            acquire(path)  # ours already after a claim; new after Save as
        except (LockedError, OSError):
            return
        self.held = path

    def other_holder(self, path: Path) -> LockInfo | None:
        """Who else has ``path`` open right now, if anyone (not us, not a dead process)."""
        path = _norm(path)
        holder = read_lock(path)
        if holder is None or path == self.held or is_stale(holder):
            return None
        mine = LockInfo.mine()
        return None if (holder.host, holder.pid) == (mine.host, mine.pid) else holder


def _norm(path: Path) -> Path:
    """One spelling per file, so a relative and an absolute path compare equal."""
    return Path(os.path.abspath(path))
