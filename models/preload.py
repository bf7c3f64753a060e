"""A project read on a thread of its own while the editor starts.

The editor's start spends about 0.3 s importing Qt and its own modules, on one core. Reading
the project it was asked to open (the zip's inflating, the photos' decoding: work that
releases Python's lock) can meanwhile run on another. The result is used only if the project
on disk is still what was read: its stamp (the size and modification time of each file that
was read) is taken before the read and again when the result is wanted; if they differ, or
the read failed for any reason but a refused file, the project is simply read again.
"""

from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path

from models.project import Project
from models.project_file import MAX_ENTRIES, PUBLICATION_JSON, ProjectFileError, load

#: What the files of a project looked like: (name, size, modification time) of each.
Stamp = tuple[tuple[str, int, int], ...]


def stamp_of(path: Path) -> Stamp | None:
    """The stamp of a ``.podium`` file, or of a folder's ``publication.json`` and assets;
    ``None`` when it cannot be taken (then a preload is never used)."""
    try:
        if not path.is_dir():
            # One entry: its name is never compared with another's.
            return (_entry(path.name, os.stat(path)),)  # pragma: no mutate (see above)
        files = [_entry(PUBLICATION_JSON, os.stat(path / PUBLICATION_JSON))]
        assets = path / "assets"
        if assets.is_dir():
            with os.scandir(assets) as entries:  # no further than load() reads
                # A bound on the work only: the count below decides.
                bound = MAX_ENTRIES + 1  # pragma: no mutate (see above)
                listed = list(itertools.islice(entries, bound))  # pragma: no mutate (above)
            if len(listed) > MAX_ENTRIES:
                return None
            files.extend(_entry(entry.name, entry.stat()) for entry in listed)
    except OSError:
        return None
    return tuple(sorted(files))


def _entry(name: str, status: os.stat_result) -> tuple[str, int, int]:
    return (name, status.st_size, status.st_mtime_ns)


class Preload:
    """``load(path)``, started now on a daemon thread; :meth:`take` gives its result."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp = stamp_of(path)
        # Set by _read before take() can read it (take joins the thread first).
        self._result: Project | ProjectFileError | None = None  # pragma: no mutate (see above)
        self._thread = threading.Thread(target=self._read, name="podium-preload", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._result = load(self.path)
        except ProjectFileError as error:
            self._result = error
        except BaseException:  # anything else: take() reads again, where it is reported
            self._result = None

    def take(self, path: Path) -> Project:
        """The project at ``path``, as :func:`~models.project_file.load` would give it now
        (raising :class:`ProjectFileError` likewise)."""
        self._thread.join()
        result, self._result = self._result, None  # used once: a later open reads again
        if result is None or path != self.path or self._stamp is None:
            return load(path)
        if stamp_of(path) != self._stamp:
            return load(path)
        if isinstance(result, ProjectFileError):
            raise result
        return result
