"""Reading and writing projects: a ``.podium`` zip container or an unpacked folder.

Layout (both forms)::

    mimetype            (zip only) first entry, stored: application/vnd.podium+zip
    publication.json    pretty JSON, keys in model order, with ``schema_version``
    assets/<sha256>.<ext>

Reading trusts nothing: every limit below is checked against both the sizes a zip declares
and the bytes it really yields, and each failure is a :class:`ProjectFileError` whose message
says what is wrong in words a user can act on. Writing is atomic (:mod:`models.atomic_file`):
a temporary file in the target's folder, flushed, fsynced and read back, then ``os.replace``;
the previous version is kept beside it as ``NAME~``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from models import images, safe_zip
from models.atomic_file import WriteRefusedError, atomic_write, kind_of
from models.atomic_file import backup_path as backup_path  # re-exported: tests, the editor
from models.atomic_file import file_kind as file_kind  # re-exported: one wording of kinds
from models.message import Message, message
from models.migrations import migrate
from models.project import Project
from models.publication import SCHEMA_VERSION, Publication
from models.regular_file import NotRegularFileError, open_regular
from models.validation import Problem, problems_from_error

MIMETYPE = b"application/vnd.podium+zip"
PUBLICATION_JSON = "publication.json"
SUFFIX = ".podium"

MAX_ENTRIES = 1_000
MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_ASSET_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 100  # a real publication compresses far less; a zip bomb far more
MAX_JSON_DEPTH = 64
MAX_PIXELS = images.MAX_PIXELS  # decided in models.images, which decodes every image

_ASSET = re.compile(r"^assets/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp)$")


class ProjectFileError(Exception):
    """A project that cannot be read or written; ``str()`` is the message for the user.

    ``reason`` is best a :class:`~models.message.Message`: the whole text then stays
    translatable (:func:`models.message.message_of` returns it).
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message("{name}: {reason}", name=self.path.name, reason=reason))


class InvalidProjectError(ProjectFileError):
    """The file was read, but the publication in it breaks the rules."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(path, _not_valid(problems))


class NewerVersionError(ProjectFileError):
    """Made by a newer Podium; never rewritten in an older format."""

    def __init__(self, path: str | os.PathLike[str], version: int) -> None:
        self.version = version
        super().__init__(
            path,
            message(
                "this file was made by a newer Podium (format version {version}; this Podium "
                "reads up to version {supported}). Update Podium to open it.",
                version=version,
                supported=SCHEMA_VERSION,
            ),
        )


def _not_valid(problems: list[Problem]) -> Message:
    """The first problem, and how many more there are (one sentence per count)."""
    if not problems:
        return message("the publication is not valid")
    first = problems[0]  # words itself in the reader's language (Problem.worded)
    if len(problems) == 1:
        return message("the publication is not valid: {problem}", problem=first)
    if len(problems) == 2:
        return message(
            "the publication is not valid: {problem} (and 1 more problem)", problem=first
        )
    return message(
        "the publication is not valid: {problem} (and {count} more problems)",
        problem=first,
        count=len(problems) - 1,
    )


# ---------------------------------------------------------------------------- reading


def load(path: str | os.PathLike[str]) -> Project:
    """Open a ``.podium`` file or a project folder; raises :class:`ProjectFileError`."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as error:
        raise ProjectFileError(path, message("no such file or folder")) from error
    except OSError as error:
        raise ProjectFileError(path, _unreadable(error)) from error
    # A pipe or a device would block or never end; refuse it before anything opens it.
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        raise ProjectFileError(path, _not_a_project(mode))
    try:
        raw, assets = _read_folder(path) if stat.S_ISDIR(mode) else _read_zip(path)
    except OSError as error:
        raise ProjectFileError(path, _unreadable(error)) from error
    return _build(path, raw, assets)


def _unreadable(error: OSError) -> Message:
    # The system's own words (strerror) are data: they come in the system's language.
    return message("cannot be read ({detail})", detail=error.strerror or str(error))


def _not_a_project(mode: int) -> Message:
    # A sentence per kind of file, so that each is translated whole.
    match kind_of(mode):
        case "folder":  # only if it changed since it was looked at
            return message("is a folder, not a project file or folder")
        case "link":
            return message("is a symbolic link, not a project file or folder")
        case "device":
            return message("is a device, not a project file or folder")
        case "pipe":
            return message("is a named pipe, not a project file or folder")
        case "socket":
            return message("is a socket, not a project file or folder")
        case _:
            return message("is a special file, not a project file or folder")


def _not_ordinary(name: str, mode: int) -> Message:
    # A sentence per kind of file, so that each is translated whole.
    match kind_of(mode):
        case "folder":
            return message("'{name}' is a folder, not an ordinary file", name=name)
        case "link":
            return message("'{name}' is a symbolic link, not an ordinary file", name=name)
        case "device":
            return message("'{name}' is a device, not an ordinary file", name=name)
        case "pipe":
            return message("'{name}' is a named pipe, not an ordinary file", name=name)
        case "socket":
            return message("'{name}' is a socket, not an ordinary file", name=name)
        case _:
            return message("'{name}' is a special file, not an ordinary file", name=name)


def _zip_limits() -> safe_zip.ZipLimits:
    # Built on each read, from the module's limits as they are then (tests lower them).
    return safe_zip.ZipLimits(
        max_entries=MAX_ENTRIES,
        max_total_bytes=MAX_TOTAL_BYTES,
        max_ratio=MAX_RATIO,
        # The writer deflates publication.json, and a long run of one character compresses
        # far beyond any ratio: it is judged by MAX_JSON_BYTES alone.
        ratio_exempt=frozenset({PUBLICATION_JSON}),
    )


def _read_zip(path: Path) -> tuple[bytes, dict[str, bytes]]:
    try:
        opened = open_regular(path)
    except NotRegularFileError as error:
        raise ProjectFileError(path, _not_a_project(error.mode)) from None
    assert opened is not None  # links are followed here: the user chose this path
    with opened as stream:
        if stream.read(4) != b"PK\x03\x04":
            raise ProjectFileError(
                path, message("this is not a Podium project (not a zip container)")
            )
        try:
            with safe_zip.open_zip(stream, _zip_limits(), noun="project") as archive:
                return _read_members(path, archive)
        except safe_zip.ArchiveError as error:
            raise ProjectFileError(path, error.reason) from error


def _read_members(path: Path, archive: safe_zip.SafeZip) -> tuple[bytes, dict[str, bytes]]:
    """Apply the project's own rules to an archive whose sizes and names are already safe."""
    infos = archive.infos
    for info in infos:
        _check_name(path, info.filename)
    names = [info.filename for info in infos]
    if not names or names[0] != "mimetype":
        raise ProjectFileError(
            path, message("this is not a Podium project (no 'mimetype' entry first)")
        )
    if archive.read(infos[0], 256).strip() != MIMETYPE:
        raise ProjectFileError(path, message("this is not a Podium project (wrong mimetype)"))
    if PUBLICATION_JSON not in names:
        raise ProjectFileError(path, message("the file has no '{name}'", name=PUBLICATION_JSON))
    raw = b""  # pragma: no mutate (always replaced: publication.json is known to be there)
    assets: dict[str, bytes] = {}
    for info in infos[1:]:
        if info.is_dir():
            continue
        limit = MAX_JSON_BYTES if info.filename == PUBLICATION_JSON else MAX_ASSET_BYTES
        data = archive.read(info, limit)
        if info.filename == PUBLICATION_JSON:
            raw = data
        else:
            assets[info.filename] = data
    return raw, assets


def _check_name(path: Path, name: str) -> None:
    """Only the entries a project has; unsafe names were refused by :mod:`models.safe_zip`."""
    if name in ("mimetype", PUBLICATION_JSON, "assets/") or _ASSET.match(name):
        return
    if name.startswith("assets/"):
        raise ProjectFileError(
            path,
            message(
                "entry '{name}' is not an image named by its content hash",
                name=safe_zip.shown(name),
            ),
        )
    raise ProjectFileError(
        path, message("unexpected entry '{name}' in the project", name=safe_zip.shown(name))
    )


def _read_folder(path: Path) -> tuple[bytes, dict[str, bytes]]:
    """Read a project folder, following no link and opening nothing but regular files."""
    json_path = path / PUBLICATION_JSON
    if os.path.islink(json_path):
        raise ProjectFileError(
            path,
            message(
                "'{name}' is a link; Podium does not follow links in a project",
                name=PUBLICATION_JSON,
            ),
        )
    raw = _read_file_limited(path, json_path, MAX_JSON_BYTES)
    if raw is None:
        raise ProjectFileError(path, message("the folder has no '{name}'", name=PUBLICATION_JSON))
    assets: dict[str, bytes] = {}
    asset_dir = path / "assets"
    if os.path.islink(asset_dir):
        raise ProjectFileError(
            path,
            message("its 'assets' folder is a link; Podium does not follow links in a project"),
        )
    if not asset_dir.is_dir():
        return raw, assets
    total = len(raw)
    with os.scandir(asset_dir) as entries:
        files = []
        for entry in entries:  # counted as listed: a folder of a million files stops early
            files.append(entry.name)
            if len(files) > MAX_ENTRIES:
                raise ProjectFileError(
                    path,
                    message(
                        "the assets folder has more than {most} files; at most {most} are allowed",
                        most=MAX_ENTRIES,
                    ),
                )
    for file_name in sorted(files):
        name = f"assets/{file_name}"
        if not _ASSET.match(name):
            continue
        # A link or anything but a regular file is left out; the image then counts as missing.
        data = _read_file_limited(path, path / name, MAX_ASSET_BYTES)
        if data is None:
            continue
        assets[name] = data
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise ProjectFileError(
                path,
                message(
                    "the project holds more than {size}",
                    size=safe_zip.readable_size(MAX_TOTAL_BYTES),
                ),
            )
    return raw, assets


def _read_file_limited(project: Path, file: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of a regular file; ``None`` if it is missing, a link or a folder."""
    try:
        opened = open_regular(file, follow_links=False)  # pragma: no mutate (None: falsy)
    except FileNotFoundError:
        return None
    except NotRegularFileError as error:
        if stat.S_ISDIR(error.mode):
            return None
        name = file.relative_to(project).as_posix()
        raise ProjectFileError(project, _not_ordinary(name, error.mode)) from None
    if opened is None:
        return None
    with opened as stream:
        size = os.fstat(stream.fileno()).st_size
        data = stream.read(limit + 1)  # bounded, whatever the file says its size is
    if size > limit or len(data) > limit:
        shown, most = safe_zip.sizes(max(size, len(data)), limit)
        name = file.relative_to(project).as_posix()
        raise ProjectFileError(
            project,
            message(
                "'{name}' is too large ({size}); at most {most} is allowed",
                name=name,
                size=shown,
                most=most,
            ),
        )
    return data


def _build(path: Path, raw: bytes, assets: dict[str, bytes]) -> Project:
    data = parse_json(path, raw)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, message("publication.json has no valid 'schema_version'"))
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version)
    data = migrate(data)
    try:
        publication = Publication.model_validate(data)
    except ValidationError as error:
        raise InvalidProjectError(path, problems_from_error(error, data)) from error
    for name, blob in assets.items():
        if hashlib.sha256(blob).hexdigest() != name.split("/")[1].split(".")[0]:
            raise ProjectFileError(
                path,
                message(
                    "image '{name}' is damaged (its content does not match its name)", name=name
                ),
            )
    project = Project(publication, assets)
    missing = project.missing_assets()
    if missing:
        raise ProjectFileError(
            path, message("image '{name}' is missing from the project", name=missing[0])
        )
    for name, blob in project.used_assets().items():
        _check_image(path, name, blob)
    return Project(publication, project.used_assets())


def _check_image(path: Path, name: str, blob: bytes) -> None:
    """An allowed image (PNG, JPEG, GIF, WebP) named for its format, of sane pixel size,
    decoded fully now, so that no renderer ever sees another format or a damaged file."""
    try:
        images.check(blob, name)
    except images.ImageError as error:
        raise ProjectFileError(
            path, message("image '{name}' {reason}", name=name, reason=error.reason)
        ) from None


def parse_json(path: Path, raw: bytes) -> dict[str, Any]:
    """Decode ``publication.json`` with a clear message for each way it can be broken."""
    try:
        text = raw.decode("utf-8")  # pragma: no mutate ("UTF-8" is the same codec)
    except UnicodeDecodeError as error:
        raise ProjectFileError(
            path,
            message("publication.json is not valid UTF-8 text (byte {byte})", byte=error.start),
        ) from error
    depth = max_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise ProjectFileError(
            path, message("publication.json is nested too deeply ({depth} levels)", depth=depth)
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            path,
            message(
                # The parser's own words (error.msg) are data: Python says them in English.
                "publication.json is not valid JSON: {detail} at line {line}, column {column}",
                detail=error.msg,
                line=error.lineno,
                column=error.colno,
            ),
        ) from error
    except ValueError as error:  # an integer of thousands of digits
        raise ProjectFileError(
            path,
            message("publication.json is not valid JSON: it holds a number that is too long"),
        ) from error
    if not isinstance(data, dict):
        raise ProjectFileError(path, message("publication.json must hold a JSON object"))
    return data


#: A JSON string, escapes included; one that is never closed runs to the end of the text.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
#: Everything but a bracket.
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
#: How a bracket changes the depth.
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def max_depth(text: str) -> int:
    """Nesting depth of brackets outside strings; checked before ``json.loads`` recurses.

    Strings and then everything but brackets are removed by regular expressions, so the
    characters are walked in C: a character loop in Python took 18 ms for 40 sections, on
    every open and on every autosave (which reads its journal back).
    """
    # The pragma: whatever replaces a string, if it has no brackets, goes in the next step.
    outside_strings = _JSON_STRING.sub("", text)  # pragma: no mutate
    brackets = _NOT_BRACKET.sub("", outside_strings)
    return max(itertools.accumulate(map(_DEPTH_STEP.__getitem__, brackets), initial=0))


# ---------------------------------------------------------------------------- writing


def to_json(project: Project, *, pretty: bool = True) -> bytes:
    """``publication.json`` as saved: pretty, keys in model order, UTF-8, final newline.

    ``pretty=False``: on one line, for files no one reads (the autosave journal): Python's
    JSON writer indents in Python, and writes compact JSON in C, in a third of the time.
    """
    # Whatever version the publication was made from, it is written in this Podium's format.
    data = {**project.publication.model_dump(mode="json"), "schema_version": SCHEMA_VERSION}
    # The pragmas: ensure_ascii=None is as false as False.
    if pretty:
        text = json.dumps(data, indent=2, ensure_ascii=False)  # pragma: no mutate
    else:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # pragma: no mutate
    return (text + "\n").encode()


def to_zip_bytes(project: Project, *, pretty: bool = True) -> bytes:
    """The project as a ``.podium`` file's bytes (what :func:`save` writes; ``pretty``: as
    in :func:`to_json`)."""
    buffer = io.BytesIO()
    _write_zip(project, buffer, pretty=pretty)
    return buffer.getvalue()


def _write_zip(project: Project, stream: BinaryIO, *, pretty: bool = True) -> None:
    with zipfile.ZipFile(stream, "w") as archive:
        # Stored, as the format requires (ZipInfo's default is stored as well).
        archive.writestr(
            _info("mimetype"),
            MIMETYPE,
            compress_type=zipfile.ZIP_STORED,  # pragma: no mutate
        )
        archive.writestr(
            _info(PUBLICATION_JSON),
            to_json(project, pretty=pretty),
            compress_type=zipfile.ZIP_DEFLATED,
        )
        for name, data in sorted(project.used_assets().items()):
            # Stored: photos are compressed already (the pragma: ZipInfo's default as well).
            archive.writestr(
                _info(name),
                data,
                compress_type=zipfile.ZIP_STORED,  # pragma: no mutate
            )


def _info(name: str) -> zipfile.ZipInfo:
    # Reproducible bytes. The pragma: this is ZipInfo's default too, and DOS time counts
    # seconds in twos (a 1 is stored as 0).
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # pragma: no mutate
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def save(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write ``project`` to ``path`` (a ``.podium`` file, or a folder if ``path`` is one).

    What was written is read back with the project reader before it replaces anything, so
    Podium never saves a file it would then refuse to open. The file at ``path`` (the real
    file, if ``path`` is a symbolic link) is replaced in one step; if anything fails before
    that, it is left exactly as it was and :class:`ProjectFileError` is raised.
    """
    path = Path(path)
    missing = project.missing_assets()
    if missing:
        raise ProjectFileError(
            path, message("image '{name}' is not in the project", name=missing[0])
        )
    is_folder = path.is_dir()
    existed = (path / PUBLICATION_JSON).exists() if is_folder else path.exists()
    try:
        if is_folder:
            _save_folder(project, path, existed)
        else:
            with atomic_write(
                path, backup=backup, verify=lambda temp: _verify_zip(path, temp, existed)
            ) as stream:
                _write_zip(project, stream)
    except WriteRefusedError as error:
        # strerror is the Message the refusal was made with (models.atomic_file).
        reason = error.strerror or str(error)  # pragma: no mutate (a refusal has its reason)
        raise ProjectFileError(path, reason) from error
    except OSError as error:
        detail = error.strerror or str(error)
        # What a failed save leaves: never claim a previous version where there was none.
        raise ProjectFileError(
            path,
            message(
                "could not be saved ({detail}); the previous version is unchanged", detail=detail
            )
            if existed
            else message("could not be saved ({detail}); nothing was saved", detail=detail),
        ) from error


def _not_reopened(path: Path, error: ProjectFileError, existed: bool) -> ProjectFileError:
    if existed:
        reason = message(
            "could not be saved: what was written would not open again ({reason}); "
            "the previous version is unchanged",
            reason=error.reason,
        )
    else:
        reason = message(
            "could not be saved: what was written would not open again ({reason}); "
            "nothing was saved",
            reason=error.reason,
        )
    return ProjectFileError(path, reason)


def _verify_zip(path: Path, temp: Path, existed: bool) -> None:
    """Open the written file with the reader; images already checked are not decoded again."""
    try:
        load(temp)
    except ProjectFileError as error:
        raise _not_reopened(path, error, existed) from error


def _save_folder(project: Project, path: Path, existed: bool) -> None:
    """Write a folder project: new images first, then ``publication.json``, then tidy up.

    Nothing is written or deleted through a symbolic link: ``assets`` or a file in the
    project that is a link (perhaps into another project) is refused, not followed.
    """
    folder = Path(os.path.realpath(path))
    asset_dir = folder / "assets"
    json_path = folder / PUBLICATION_JSON
    for inside in (asset_dir, json_path):
        _refuse_link(path, folder, inside)
    used = project.used_assets()
    if used:
        if asset_dir.exists() and not asset_dir.is_dir():
            raise ProjectFileError(path, message("'assets' in the project folder is not a folder"))
        asset_dir.mkdir(exist_ok=True)
    for name, data in used.items():
        _write_asset(path, folder, name, data)
    with atomic_write(
        json_path,
        backup=False,  # pragma: no mutate (None is as false)
        verify=lambda temp: _verify_folder(path, folder, temp, used, existed),
    ) as stream:
        stream.write(to_json(project))
    if asset_dir.is_dir():
        _remove_unused_assets(asset_dir, used)


def _refuse_link(path: Path, folder: Path, inside: Path) -> None:
    if inside.is_symlink():
        raise ProjectFileError(
            path,
            message(
                "'{name}' is a symbolic link; Podium does not "
                "write or delete through links in a project folder",
                name=inside.relative_to(folder).as_posix(),
            ),
        )


def _write_asset(path: Path, folder: Path, name: str, data: bytes) -> None:
    """Images are named by their content, so one that is already there is left alone."""
    target = folder / name
    _refuse_link(path, folder, target)
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    if (
        info is not None
        and stat.S_ISREG(info.st_mode)
        and info.st_size == len(data)
        and target.read_bytes() == data
    ):
        return
    # Missing, or damaged (its content no longer matches its name): write it anew.
    try:
        with atomic_write(target, backup=False) as stream:  # pragma: no mutate (None: as false)
            stream.write(data)
    except WriteRefusedError as error:  # name the image: the project itself is a folder
        raise ProjectFileError(
            path,
            message(
                "could not be saved: '{name}' in the project folder {reason}",
                name=name,
                reason=error.strerror,
            ),
        ) from error


def _verify_folder(
    path: Path, folder: Path, temp: Path, used: dict[str, bytes], existed: bool
) -> None:
    """Read the new ``publication.json`` and the images from disk as the reader would."""
    try:
        raw = temp.read_bytes()
        if len(raw) > MAX_JSON_BYTES:
            raise ProjectFileError(
                folder,
                message(
                    "'{name}' would be larger than {size} MiB",
                    name=PUBLICATION_JSON,
                    size=MAX_JSON_BYTES // 2**20,
                ),
            )
        assets: dict[str, bytes] = {}
        for name in used:
            data = _read_file_limited(folder, folder / name, MAX_ASSET_BYTES)
            if data is not None:  # else _build says which image is missing
                assets[name] = data
        _build(folder, raw, assets)
    except ProjectFileError as error:
        raise _not_reopened(path, error, existed) from error


def _remove_unused_assets(asset_dir: Path, used: dict[str, bytes]) -> None:
    """Delete images no longer used; only regular files, never a link or anything else."""
    for entry in os.scandir(asset_dir):
        name = f"assets/{entry.name}"
        # follow_symlinks=None is as false
        if (
            _ASSET.match(name)
            and name not in used
            and entry.is_file(follow_symlinks=False)  # pragma: no mutate
        ):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)


# ---------------------------------------------------------------------------- pack/unpack


def pack(folder: str | os.PathLike[str], out: str | os.PathLike[str]) -> Project:
    """Read a project folder and write it as a ``.podium`` file."""
    project = load(folder)
    if not Path(folder).is_dir():
        raise ProjectFileError(folder, message("is not a project folder"))
    save(project, out)
    return project


def unpack(
    file: str | os.PathLike[str], folder: str | os.PathLike[str], *, force: bool = False
) -> Project:
    """Read a ``.podium`` file and write it as a project folder (created if needed).

    A folder that is not empty is refused unless ``force`` (as ``unzip`` asks before it
    overwrites): unpacking would replace the project in it and delete its unused images.
    """
    project = load(file)
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ProjectFileError(target, message("exists and is not a folder"))
    if not force and target.is_dir() and any(target.iterdir()):
        raise ProjectFileError(
            target,
            message(
                "already holds a project; choose an empty folder, or unpack over it with --force"
            )
            if (target / PUBLICATION_JSON).exists()
            else message(
                "is a folder that holds other files; choose an empty folder, "
                "or unpack over it with --force"
            ),
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectFileError(
            target, message("cannot be created ({detail})", detail=error.strerror)
        ) from error
    save(project, target)
    return project
