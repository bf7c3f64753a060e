"""Autosave journal: unsaved work survives a crash, a kill or a power cut.

While a document has unsaved changes, the editor writes it here every few seconds as a
complete ``.podium`` (atomically, like a save) beside a small JSON note saying which file it
belongs to and when it was last saved and autosaved. A clean close discards both. At the next
start, journals whose process is gone are offered for recovery.

The folder is per user (``platformdirs``): ``~/.local/share/Podium/recovery`` on Linux.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from platformdirs import user_data_path

from models.atomic_file import atomic_write
from models.lock import LockInfo, holder_of, is_stale
from models.message import message
from models.project import Project
from models.project_file import ProjectFileError, load, to_zip_bytes


def recovery_dir() -> Path:
    """Where journals live; ``PODIUM_RECOVERY_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("PODIUM_RECOVERY_DIR")
    return Path(override) if override else user_data_path("Podium", appauthor=False) / "recovery"


@dataclass(frozen=True, slots=True)
class Recoverable:
    """A journal left behind by a process that is gone."""

    journal: Path
    source: Path | None  # the file the work belongs to; None for an untitled document
    saved_at: str | None  # when the source was last saved, ISO 8601
    autosaved_at: str

    def load(self) -> Project:
        """The journalled work, read like any ``.podium`` file (it is one)."""
        return load(self.journal)

    def discard(self) -> None:
        """Delete the journal and its note; ones already gone are fine."""
        _discard(self.journal)


class Journal:
    """The autosave journal of one open document."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{uuid.uuid4().hex}.podium"

    def write(self, project: Project, source: Path | None, saved_at: str | None) -> None:
        """Journal ``project`` (the editor serialises off the GUI thread: see write_bytes)."""
        data = to_zip_bytes(project, pretty=False)  # pragma: no mutate (None is as false)
        self.write_bytes(data, source, saved_at)

    def write_bytes(self, data: bytes, source: Path | None, saved_at: str | None) -> None:
        """Journal ``data`` made by :func:`models.project_file.to_zip_bytes` (``pretty=False``).

        The new journal is read back before it replaces the previous one, so recovery is
        never offered from (or left with only) a file that will not open.

        Raises:
            ProjectFileError: what was written would not open; the previous journal stays.
            OSError: the journal could not be written (including a target that is not a
                regular file); the previous journal stays.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        with atomic_write(
            self.path,
            backup=False,  # pragma: no mutate (None is as false)
            verify=self._verify,
        ) as stream:
            stream.write(data)
        note = {
            "source": str(source) if source else None,
            "saved_at": saved_at,
            "autosaved_at": _now(),
            "owner": _owner(),
        }
        with atomic_write(
            _note_path(self.path),
            backup=False,  # pragma: no mutate (None is as false)
        ) as stream:
            stream.write(json.dumps(note, indent=2).encode())  # ASCII: json escapes the rest

    def _verify(self, temp: Path) -> None:
        try:
            load(temp)
        except ProjectFileError as error:
            raise ProjectFileError(
                self.path,
                message(
                    "the autosave would not open again ({reason}); "
                    "the previous autosave is unchanged",
                    reason=error.reason,
                ),
            ) from error

    def discard(self) -> None:
        """Forget the journal: the work was saved or deliberately thrown away."""
        _discard(self.path)


def find_recoverable(folder: Path | None = None) -> list[Recoverable]:
    """Journals whose writing process is gone, newest first; damaged ones are skipped."""
    folder = folder or recovery_dir()
    found: list[Recoverable] = []
    if not folder.is_dir():
        return found
    for journal in folder.glob("*.podium"):
        note = _read_note(journal)
        if note is None or not is_stale(note.owner):
            continue  # damaged, or another running Podium is still journaling it
        try:
            load(journal)
        except ProjectFileError:
            continue
        found.append(Recoverable(journal, note.source, note.saved_at, note.autosaved_at))
    return sorted(found, key=lambda r: r.autosaved_at, reverse=True)


class _Note(NamedTuple):
    """What a journal's note says (:meth:`Journal.write_bytes` writes it)."""

    owner: LockInfo
    source: Path | None
    saved_at: str | None
    autosaved_at: str


def _read_note(journal: Path) -> _Note | None:
    """The note beside ``journal``; ``None`` if it cannot be read or is not what Podium
    writes (a damaged note must not stop the editor from starting)."""
    try:
        note = json.loads(_note_path(journal).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(note, dict):
        return None
    source, saved_at, autosaved_at = (note.get(key) for key in _NOTE_TEXTS)
    if not isinstance(autosaved_at, str):
        return None
    if not all(value is None or isinstance(value, str) for value in (source, saved_at)):
        return None
    return _Note(
        holder_of(note.get("owner")), Path(source) if source else None, saved_at, autosaved_at
    )


#: The note's texts, in the order :class:`_Note` holds them after its owner.
_NOTE_TEXTS = ("source", "saved_at", "autosaved_at")


def _discard(journal: Path) -> None:
    for path in (journal, _note_path(journal)):
        with contextlib.suppress(OSError):
            path.unlink()


def _note_path(journal: Path) -> Path:
    return journal.with_suffix(".json")


def _owner() -> dict[str, object]:
    info = LockInfo.mine()
    return {"host": info.host, "user": info.user, "pid": info.pid, "since": info.since}


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
