"""Reading and writing projects: a ``.podium`` zip container or an unpacked folder.

Layout (both forms)::

    mimetype            (zip only) first entry, stored: application/vnd.podium+zip
    publication.json    pretty JSON, keys in model order, with ``schema_version``
    assets/<sha256>.<ext>

Reading trusts nothing: every limit below is checked against both the sizes a zip declares
and the bytes it really yields, and each failure is a :class:`ProjectFileError` whose message
says what is wrong in words a user can act on. Writing is atomic: a temporary file in the
target's folder, flushed and fsynced, then ``os.replace``; the previous version is kept
beside it as ``NAME~``.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import json
import os
import re
import shutil
import stat
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image as PILImage
from pydantic import ValidationError

from models.migrations import migrate
from models.project import Project
from models.publication import SCHEMA_VERSION, Publication
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
MAX_PIXELS = 60_000_000  # 60 megapixels: more than any camera a report's photos come from

_ASSET = re.compile(r"^assets/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp)$")


class ProjectFileError(Exception):
    """A project that cannot be read or written; ``str()`` is the message for the user."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class InvalidProjectError(ProjectFileError):
    """The file was read, but the publication in it breaks the rules."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "invalid"
        extra = len(problems) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        super().__init__(path, f"the publication is not valid: {first}{more}")


class NewerVersionError(ProjectFileError):
    """Made by a newer Podium; never rewritten in an older format."""

    def __init__(self, path: str | os.PathLike[str], version: int) -> None:
        self.version = version
        super().__init__(
            path,
            f"this file was made by a newer Podium (format version {version}; this Podium "
            f"reads up to version {SCHEMA_VERSION}). Update Podium to open it.",
        )


# ---------------------------------------------------------------------------- reading


def load(path: str | os.PathLike[str]) -> Project:
    """Open a ``.podium`` file or a project folder; raises :class:`ProjectFileError`."""
    path = Path(path)
    try:
        if path.is_dir():
            raw, assets = _read_folder(path)
        elif path.exists():
            raw, assets = _read_zip(path)
        else:
            raise ProjectFileError(path, "no such file or folder")
    except OSError as error:
        raise ProjectFileError(path, f"cannot be read ({error.strerror or error})") from error
    return _build(path, raw, assets)


def _read_zip(path: Path) -> tuple[bytes, dict[str, bytes]]:
    with open(path, "rb") as stream:
        if stream.read(4) != b"PK\x03\x04":
            raise ProjectFileError(path, "this is not a Podium project (not a zip container)")
        stream.seek(0)
        try:
            archive = zipfile.ZipFile(stream)
        except zipfile.BadZipFile as error:
            raise ProjectFileError(
                path, "the file is damaged or incomplete (truncated zip)"
            ) from error
        with archive:
            return _read_members(path, archive)


def _read_members(path: Path, archive: zipfile.ZipFile) -> tuple[bytes, dict[str, bytes]]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ProjectFileError(
            path, f"the file has {len(infos)} entries; at most {MAX_ENTRIES} are allowed"
        )
    declared = compressed = 0
    for info in infos:
        _check_name(path, info.filename)
        declared += info.file_size
        compressed += info.compress_size
        if _too_expansive(info.file_size, info.compress_size):
            raise ProjectFileError(
                path, f"entry '{info.filename}' expands suspiciously far (a zip bomb?)"
            )
    if _too_expansive(declared, compressed):
        raise ProjectFileError(path, "the file expands suspiciously far (a zip bomb?)")
    if declared > MAX_TOTAL_BYTES:
        raise ProjectFileError(
            path, f"the file unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB"
        )
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise ProjectFileError(path, "the file holds the same entry twice")
    if not names or names[0] != "mimetype":
        raise ProjectFileError(path, "this is not a Podium project (no 'mimetype' entry first)")
    if _read_limited(path, archive, infos[0], 256).strip() != MIMETYPE:
        raise ProjectFileError(path, "this is not a Podium project (wrong mimetype)")
    if PUBLICATION_JSON not in names:
        raise ProjectFileError(path, f"the file has no '{PUBLICATION_JSON}'")
    raw = b""
    assets: dict[str, bytes] = {}
    total = 0
    for info in infos[1:]:
        if info.is_dir():
            continue
        limit = MAX_JSON_BYTES if info.filename == PUBLICATION_JSON else MAX_ASSET_BYTES
        data = _read_limited(path, archive, info, limit)
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise ProjectFileError(
                path, f"the file unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB"
            )
        if info.filename == PUBLICATION_JSON:
            raw = data
        else:
            assets[info.filename] = data
    return raw, assets


def _too_expansive(size: int, compressed: int) -> bool:
    """Real projects hold JSON (~5x) and images (~1x); bombs expand 1000x and more."""
    return size > 1024 * 1024 and size > MAX_RATIO * max(compressed, 1)


def _check_name(path: Path, name: str) -> None:
    if "\\" in name:
        raise ProjectFileError(path, f"entry '{name}' uses backslashes; refusing to read it")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise ProjectFileError(path, f"entry '{name}' has an absolute path; refusing to read it")
    if ".." in name.split("/"):
        raise ProjectFileError(path, f"entry '{name}' points outside the project ('..')")
    if name in ("mimetype", PUBLICATION_JSON, "assets/") or _ASSET.match(name):
        return
    if name.startswith("assets/"):
        raise ProjectFileError(path, f"entry '{name}' is not an image named by its content hash")
    raise ProjectFileError(path, f"unexpected entry '{name}' in the project")


def _read_limited(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes, whatever the entry declares about its size."""
    if info.file_size > limit:
        raise ProjectFileError(
            path, f"entry '{info.filename}' is too large ({info.file_size // 2**20} MiB)"
        )
    if info.flag_bits & 0x1:
        raise ProjectFileError(
            path, f"entry '{info.filename}' is encrypted; Podium projects never are"
        )
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise ProjectFileError(path, f"entry '{info.filename}' is damaged ({error})") from error
    except RuntimeError as error:  # zipfile's words for what it cannot decode
        raise ProjectFileError(
            path, f"entry '{info.filename}' uses an unsupported compression ({error})"
        ) from error
    except NotImplementedError as error:
        raise ProjectFileError(
            path, f"entry '{info.filename}' uses an unsupported compression"
        ) from error
    if len(data) > limit:
        raise ProjectFileError(path, f"entry '{info.filename}' is larger than it claims")
    return data


def _read_folder(path: Path) -> tuple[bytes, dict[str, bytes]]:
    json_path = path / PUBLICATION_JSON
    if not json_path.is_file():
        raise ProjectFileError(path, f"the folder has no '{PUBLICATION_JSON}'")
    raw = _read_file_limited(path, json_path, MAX_JSON_BYTES)
    assets: dict[str, bytes] = {}
    asset_dir = path / "assets"
    if asset_dir.is_dir():
        files = sorted(asset_dir.iterdir())
        if len(files) > MAX_ENTRIES:
            raise ProjectFileError(
                path, f"the assets folder has {len(files)} files; at most {MAX_ENTRIES} are allowed"
            )
        total = len(raw)
        for file in files:
            name = f"assets/{file.name}"
            if _ASSET.match(name) and file.is_file() and not file.is_symlink():
                assets[name] = _read_file_limited(path, file, MAX_ASSET_BYTES)
                total += len(assets[name])
                if total > MAX_TOTAL_BYTES:
                    raise ProjectFileError(
                        path, f"the project holds more than {MAX_TOTAL_BYTES // 2**20} MiB"
                    )
    return raw, assets


def _read_file_limited(project: Path, file: Path, limit: int) -> bytes:
    with open(file, "rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ProjectFileError(project, f"'{file.name}' is too large")
    return data


def _build(path: Path, raw: bytes, assets: dict[str, bytes]) -> Project:
    data = parse_json(path, raw)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, "publication.json has no valid 'schema_version'")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version)
    data = migrate(data)
    try:
        publication = Publication.model_validate(data)
    except ValidationError as error:
        raise InvalidProjectError(path, problems_from_error(error)) from error
    for name, blob in assets.items():
        if hashlib.sha256(blob).hexdigest() != name.split("/")[1].split(".")[0]:
            raise ProjectFileError(
                path, f"image '{name}' is damaged (its content does not match its name)"
            )
    project = Project(publication, assets)
    missing = project.missing_assets()
    if missing:
        raise ProjectFileError(path, f"image '{missing[0]}' is missing from the project")
    for name, blob in project.used_assets().items():
        _check_image(path, name, blob)
    return Project(publication, project.used_assets())


def _check_image(path: Path, name: str, blob: bytes) -> None:
    """A readable image of sane pixel size; decoding is left to the exporters."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(blob)) as image:
                width, height = image.size
                image.verify()
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
        raise ProjectFileError(
            path, f"image '{name}' has too many pixels (a decompression bomb?)"
        ) from None
    except Exception as error:  # Pillow raises many kinds for broken data
        raise ProjectFileError(path, f"image '{name}' is damaged or not an image") from error
    if width * height > MAX_PIXELS:
        raise ProjectFileError(path, f"image '{name}' has too many pixels ({width} × {height})")


def parse_json(path: Path, raw: bytes) -> dict[str, Any]:
    """Decode ``publication.json`` with a clear message for each way it can be broken."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectFileError(
            path, f"publication.json is not valid UTF-8 text (byte {error.start})"
        ) from error
    depth = max_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise ProjectFileError(path, f"publication.json is nested too deeply ({depth} levels)")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            path,
            f"publication.json is not valid JSON: {error.msg} at line "
            f"{error.lineno}, column {error.colno}",
        ) from error
    except ValueError as error:  # an integer of thousands of digits
        raise ProjectFileError(
            path, "publication.json is not valid JSON: it holds a number that is too long"
        ) from error
    if not isinstance(data, dict):
        raise ProjectFileError(path, "publication.json must hold a JSON object")
    return data


def max_depth(text: str) -> int:
    """Nesting depth of brackets outside strings; checked before ``json.loads`` recurses."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


# ---------------------------------------------------------------------------- writing


def to_json(project: Project) -> bytes:
    """``publication.json`` as saved: pretty, keys in model order, UTF-8, final newline."""
    # Whatever version the publication was made from, it is written in this Podium's format.
    data = {**project.publication.model_dump(mode="json"), "schema_version": SCHEMA_VERSION}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def to_zip_bytes(project: Project) -> bytes:
    buffer = io.BytesIO()
    _write_zip(project, buffer)
    return buffer.getvalue()


def _write_zip(project: Project, stream: BinaryIO) -> None:
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr(_info("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            _info(PUBLICATION_JSON), to_json(project), compress_type=zipfile.ZIP_DEFLATED
        )
        for name, data in sorted(project.used_assets().items()):
            archive.writestr(_info(name), data, compress_type=zipfile.ZIP_STORED)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible bytes
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def save(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write ``project`` to ``path`` (a ``.podium`` file, or a folder if ``path`` is one).

    The file at ``path`` is replaced in one step; if anything fails before that, it is
    left exactly as it was and :class:`ProjectFileError` is raised.
    """
    path = Path(path)
    missing = project.missing_assets()
    if missing:
        raise ProjectFileError(path, f"image '{missing[0]}' is not in the project")
    try:
        if path.is_dir():
            _save_folder(project, path)
        else:
            with atomic_write(path, backup=backup) as stream:
                _write_zip(project, stream)
    except OSError as error:
        raise ProjectFileError(
            path,
            f"could not be saved ({error.strerror or error}); the previous version is unchanged",
        ) from error


def _save_folder(project: Project, folder: Path) -> None:
    asset_dir = folder / "assets"
    used = project.used_assets()
    if used:
        asset_dir.mkdir(exist_ok=True)
    for name, data in used.items():
        target = folder / name
        if not target.exists():
            with atomic_write(target, backup=False) as stream:
                stream.write(data)
    with atomic_write(folder / PUBLICATION_JSON, backup=False) as stream:
        stream.write(to_json(project))
    if asset_dir.is_dir():
        for file in asset_dir.iterdir():
            if _ASSET.match(f"assets/{file.name}") and f"assets/{file.name}" not in used:
                file.unlink()


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.podium~``."""
    return path.with_name(path.name + "~")


@contextlib.contextmanager
def atomic_write(path: Path, *, backup: bool) -> Iterator[BinaryIO]:
    """Yield a temporary file beside ``path``; on success it atomically becomes ``path``."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if backup and path.is_file():
            _keep_backup(path)
        os.replace(tmp, path)
        _fsync_dir(folder)
        _remove_stale_temps(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _remove_stale_temps(path: Path) -> None:
    """Temp files of saves that were killed halfway; only one Podium saves a file at a time."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _keep_backup(path: Path) -> None:
    target = backup_path(path)
    staging = target.with_name(f".{target.name}.tmp")
    staging.unlink(missing_ok=True)
    try:
        os.link(path, staging)  # cheap, and the original stays in place all the time
    except OSError:
        shutil.copy2(path, staging)
    os.replace(staging, target)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---------------------------------------------------------------------------- pack/unpack


def pack(folder: str | os.PathLike[str], out: str | os.PathLike[str]) -> Project:
    """Read a project folder and write it as a ``.podium`` file."""
    project = load(folder)
    if not Path(folder).is_dir():
        raise ProjectFileError(folder, "is not a project folder")
    save(project, out)
    return project


def unpack(file: str | os.PathLike[str], folder: str | os.PathLike[str]) -> Project:
    """Read a ``.podium`` file and write it as a project folder (created if needed)."""
    project = load(file)
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ProjectFileError(target, "exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not (target / PUBLICATION_JSON).exists():
        raise ProjectFileError(target, "is a folder that holds other files; choose an empty one")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectFileError(target, f"cannot be created ({error.strerror})") from error
    save(project, target)
    return project
