"""Broken and hostile project files: each gives one clear message, and nothing is written.

The corpus is built here, in ``tmp_path``, by code: no binary blobs in the repository. Each
case names the whole message the user reads (``str(error)``), after the "NAME: " that
names the file or folder.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from models import (
    SCHEMA_VERSION,
    InvalidProjectError,
    NewerVersionError,
    ProjectFileError,
    load,
)
from models.project_file import MIMETYPE

Build = Callable[[Path], Path]
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED


# ---------------------------------------------------------------- building blocks


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (2, 2), (0, 85, 127)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
ASSET = f"assets/{hashlib.sha256(PNG).hexdigest()}.png"


def publication(**overrides: Any) -> dict[str, Any]:
    """A valid publication with one image, so asset cases have something to break."""
    section = {
        "kind": "section",
        "id": "sec-a",
        "title": "Deel",
        "images": [{"asset": ASSET, "alt": "Een vlak"}],
    }
    return {
        "schema_version": 1,
        "title": "Titel",
        "publication_date": "2024-05-01",
        "blocks": [section],
        **overrides,
    }


def as_json(data: Any) -> bytes:
    return json.dumps(data).encode("utf-8")


GOOD_JSON = as_json(publication())


def write_zip(path: Path, members: list[tuple[str, bytes, int]]) -> Path:
    """A zip with exactly these (name, data, compression) members, in this order."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; we want them
        with zipfile.ZipFile(path, "w") as archive:
            for name, data, compression in members:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = compression
                archive.writestr(info, data)
    return path


def podium(
    path: Path, json_bytes: bytes = GOOD_JSON, assets: dict[str, bytes] | None = None
) -> Path:
    members = [("mimetype", MIMETYPE, STORED), ("publication.json", json_bytes, DEFLATED)]
    assets = {ASSET: PNG} if assets is None else assets
    members += [(name, data, STORED) for name, data in assets.items()]
    return write_zip(path, members)


def folder(
    path: Path, json_bytes: bytes = GOOD_JSON, assets: dict[str, bytes] | None = None
) -> Path:
    (path / "assets").mkdir(parents=True)
    (path / "publication.json").write_bytes(json_bytes)
    for name, data in ({ASSET: PNG} if assets is None else assets).items():
        (path / name).write_bytes(data)
    return path


def patch_entry(path: Path, name: str, **fields: int) -> Path:
    """Rewrite header fields of entry ``name`` in both the local and the central header.

    Fields: ``flags``, ``method``, ``compress_size``, ``file_size``.
    """
    data = bytearray(path.read_bytes())
    # (signature, offset of flags, offset of the name length, offset of the name)
    for signature, base, name_len_at, name_at in (
        (b"PK\x03\x04", 6, 26, 30),
        (b"PK\x01\x02", 8, 28, 46),
    ):
        start = data.find(signature)
        while start != -1:
            length = struct.unpack_from("<H", data, start + name_len_at)[0]
            if data[start + name_at : start + name_at + length] == name.encode():
                offsets = {
                    "flags": (base, "<H"),
                    "method": (base + 2, "<H"),
                    "compress_size": (base + 12, "<I"),
                    "file_size": (base + 16, "<I"),
                }
                for field, value in fields.items():
                    offset, fmt = offsets[field]
                    struct.pack_into(fmt, data, start + offset, value)
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``root`` with its size and mtime: 'nothing was written' means equal."""
    return {
        str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


def expect_refusal(
    path: Path, root: Path, match: str, error: type[ProjectFileError] = ProjectFileError
) -> ProjectFileError:
    before = snapshot(root)
    with pytest.raises(error) as caught:
        load(path)
    assert snapshot(root) == before
    message = str(caught.value)
    assert message == f"{path.name}: {match}"
    assert "\n" not in message and len(message) < 400
    return caught.value


# ---------------------------------------------------------------- publication.json contents

NESTED = b"[" * 10_000
# Incompressible, so that in a zip it is the length that is refused, not the ratio.
LONG_TITLE = hashlib.shake_128(b"podium").hexdigest(5_000_000)

PAYLOADS = [
    pytest.param(
        b"\xff\xfe{}",
        "publication.json is not valid UTF-8 text (byte 0)",
        ProjectFileError,
        id="invalid-utf8",
    ),
    pytest.param(
        b'{"title": "Titel",',
        "publication.json is not valid JSON: Expecting property "
        "name enclosed in double quotes at line 1, column 19",
        ProjectFileError,
        id="invalid-json",
    ),
    pytest.param(
        b"",
        "publication.json is not valid JSON: Expecting value at line 1, column 1",
        ProjectFileError,
        id="empty-json",
    ),
    pytest.param(
        b'[{"title": "Titel"}]',
        "publication.json must hold a JSON object",
        ProjectFileError,
        id="json-array",
    ),
    pytest.param(
        b'"Titel"', "publication.json must hold a JSON object", ProjectFileError, id="json-string"
    ),
    pytest.param(
        NESTED,
        "publication.json is nested too deeply (10000 levels)",
        ProjectFileError,
        id="deep-nesting",
    ),
    pytest.param(
        as_json({"title": "Titel"}),
        "publication.json has no valid 'schema_version'",
        ProjectFileError,
        id="no-schema-version",
    ),
    pytest.param(
        as_json(publication(schema_version=99)),
        (
            "this file was made by a newer Podium (format version 99; this Podium reads up to "
            f"version {SCHEMA_VERSION}). Update Podium to open it."
        ),
        NewerVersionError,
        id="newer-version",
    ),
    pytest.param(
        as_json(publication(title=["Titel"], publication_date=20240501)),
        "the publication is not valid: Title: this must be text (and 1 more problem)",
        InvalidProjectError,
        id="wrong-types",
    ),
    pytest.param(
        as_json(publication(title=LONG_TITLE)),
        "the publication is not valid: Title is too long (at most 1000000 characters)",
        InvalidProjectError,
        id="10MB-title",
    ),
    pytest.param(
        as_json(publication(blocks=[{"kind": "poll", "id": "p"}])),
        (
            "the publication is not valid: Block 1: unknown block kind ‘poll’: "
            "this version of Podium knows 'section', 'quote', 'part'"
        ),
        InvalidProjectError,
        id="unknown-block-kind",
    ),
    pytest.param(
        as_json(
            publication(blocks=[{"kind": "quote", "id": "q", "text": "Zo.", "speaker_id": "ghost"}])
        ),
        (
            "the publication is not valid: "
            "Quote 1 (‘Zo.’), speaker: there is no speaker with the id ‘ghost’"
        ),
        InvalidProjectError,
        id="dangling-speaker",
    ),
    pytest.param(
        as_json(
            publication(
                blocks=[
                    {
                        "kind": "section",
                        "id": "s",
                        "title": "T",
                        "body": ["[x](javascript:alert(1))"],
                    }
                ]
            )
        ),
        (
            "the publication is not valid: Section 1 ‘T’, paragraph 1: "
            "link target ‘javascript:alert(1)’ is not allowed: "
            "use an http://, https:// or mailto: address"
        ),
        InvalidProjectError,
        id="javascript-link",
    ),
    pytest.param(
        as_json(publication(extra={"a": 1})),
        "the publication is not valid: Extra: unknown field (Podium does not know it)",
        InvalidProjectError,
        id="unknown-field",
    ),
]


@pytest.mark.parametrize(("payload", "match", "error"), PAYLOADS)
def test_hostile_publication_json_in_a_zip(
    payload: bytes, match: str, error: type[ProjectFileError], tmp_path: Path
) -> None:
    expect_refusal(podium(tmp_path / "p.podium", payload), tmp_path, match, error)


@pytest.mark.parametrize(("payload", "match", "error"), PAYLOADS)
def test_hostile_publication_json_in_a_folder(
    payload: bytes, match: str, error: type[ProjectFileError], tmp_path: Path
) -> None:
    expect_refusal(folder(tmp_path / "project", payload), tmp_path, match, error)


def test_invalid_project_keeps_every_problem(tmp_path: Path) -> None:
    payload = as_json(publication(title="", language="xx"))
    error = expect_refusal(
        podium(tmp_path / "p.podium", payload),
        tmp_path,
        "the publication is not valid: Title must not be empty (and 1 more problem)",
        InvalidProjectError,
    )
    assert isinstance(error, InvalidProjectError)
    assert [p.path for p in error.problems] == ["title", "language"]


HUGE_NUMBER = b'{"schema_version": 1, "title": ' + b"9" * 5000 + b"}"


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_huge_number_gets_a_message(form: str, tmp_path: Path) -> None:
    path = (
        podium(tmp_path / "p.podium", HUGE_NUMBER)
        if form == "zip"
        else folder(tmp_path / "project", HUGE_NUMBER)
    )
    expect_refusal(
        path, tmp_path, "publication.json is not valid JSON: it holds a number that is too long"
    )


# ---------------------------------------------------------------- images


@pytest.mark.parametrize("make", [podium, folder], ids=["zip", "folder"])
def test_missing_image(make: Callable[..., Path], tmp_path: Path) -> None:
    other = b"another image"
    path = make(
        tmp_path / "p", GOOD_JSON, {f"assets/{hashlib.sha256(other).hexdigest()}.png": other}
    )
    expect_refusal(path, tmp_path, f"image '{ASSET}' is missing from the project")


@pytest.mark.parametrize("make", [podium, folder], ids=["zip", "folder"])
def test_corrupt_image(make: Callable[..., Path], tmp_path: Path) -> None:
    path = make(tmp_path / "p", GOOD_JSON, {ASSET: PNG[:-10] + b"0123456789"})
    expect_refusal(
        path, tmp_path, f"image '{ASSET}' is damaged (its content does not match its name)"
    )


def test_symlinked_asset_is_not_followed(tmp_path: Path) -> None:
    project = folder(tmp_path / "project", GOOD_JSON, {})
    (tmp_path / "outside.png").write_bytes(PNG)
    (project / ASSET).symlink_to(tmp_path / "outside.png")
    expect_refusal(project, tmp_path, f"image '{ASSET}' is missing from the project")


# ---------------------------------------------------------------- the container


def _truncated(path: Path) -> Path:
    data = podium(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _bomb(path: Path) -> Path:
    # An image, not publication.json: that is judged by its size alone (the writer deflates
    # it, and legitimate text can compress without bound).
    members = [("mimetype", MIMETYPE, STORED), ("publication.json", GOOD_JSON, DEFLATED)]
    return write_zip(path, [*members, (ASSET, bytes(50 * 2**20), DEFLATED)])


def _size_lie_small(path: Path) -> Path:
    """Declares 100 bytes where 2 MB of data hide: reading must stop, not trust the rest."""
    write_zip(
        path,
        [("mimetype", MIMETYPE, STORED), ("publication.json", b"{}" + b" " * 2_000_000, DEFLATED)],
    )
    return patch_entry(path, "publication.json", file_size=100)


def _size_lie_huge(path: Path) -> Path:
    podium(path)
    return patch_entry(path, ASSET, file_size=600 * 2**20, compress_size=300 * 2**20)


def _declared_too_large(path: Path) -> Path:
    podium(path)
    return patch_entry(path, "publication.json", file_size=40 * 2**20, compress_size=40 * 2**20)


def _many_entries(path: Path) -> Path:
    members = [("mimetype", MIMETYPE, STORED), ("publication.json", GOOD_JSON, DEFLATED)]
    members += [(f"assets/{i:064x}.png", b"", STORED) for i in range(4998)]
    return write_zip(path, members)


def _unknown_method(path: Path) -> Path:
    return patch_entry(podium(path), "publication.json", method=99)


def _members(*names: str) -> Build:
    contents = {"mimetype": MIMETYPE, "publication.json": GOOD_JSON, ASSET: PNG}

    def build(path: Path) -> Path:
        return write_zip(
            path, [(n, contents.get(n, b"#!/bin/sh\nrm -rf ~\n"), STORED) for n in names]
        )

    return build


def _text(data: bytes) -> Build:
    def build(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return build


CONTAINERS = [
    pytest.param(
        _text(b"Dit is een verslag.\n"),
        "this is not a Podium project (not a zip container)",
        id="text-file",
    ),
    pytest.param(_text(b""), "this is not a Podium project (not a zip container)", id="empty-file"),
    pytest.param(
        _text(b"%PDF-1.7\n"), "this is not a Podium project (not a zip container)", id="pdf"
    ),
    pytest.param(_truncated, "the file is damaged or incomplete (truncated zip)", id="truncated"),
    pytest.param(
        _bomb,
        f"entry '{ASSET}' expands suspiciously far (a zip bomb?)",
        id="zip-bomb-ratio",
    ),
    pytest.param(
        _size_lie_small,
        "entry 'publication.json' is damaged (its checksum does not match its contents)",
        id="size-lie-small",
    ),
    pytest.param(_size_lie_huge, "the file unpacks to more than 512 MiB", id="size-lie-huge"),
    pytest.param(
        _declared_too_large,
        "entry 'publication.json' is too large (40 MiB); at most 32 MiB is allowed",
        id="declared-too-large",
    ),
    pytest.param(
        _many_entries, "the file has 5000 entries; at most 1000 are allowed", id="5000-entries"
    ),
    pytest.param(
        _unknown_method,
        "entry 'publication.json' uses an unsupported compression",
        id="unknown-compression",
    ),
    pytest.param(
        _members("mimetype", "publication.json", "../evil"),
        "entry '../evil' points outside the project ('..')",
        id="path-traversal",
    ),
    pytest.param(
        _members("mimetype", "publication.json", "assets/../../evil"),
        "entry 'assets/../../evil' points outside the project ('..')",
        id="nested-traversal",
    ),
    pytest.param(
        _members("mimetype", "/etc/passwd", "publication.json"),
        "entry '/etc/passwd' has an absolute path; refusing to read it",
        id="absolute-path",
    ),
    pytest.param(
        _members("mimetype", "publication.json", "C:/Windows/evil.dll"),
        "entry 'C:/Windows/evil.dll' has an absolute path; refusing to read it",
        id="drive-letter",
    ),
    pytest.param(
        _members("publication.json", ASSET),
        "this is not a Podium project (no 'mimetype' entry first)",
        id="no-mimetype",
    ),
    pytest.param(
        _members("publication.json", "mimetype", ASSET),
        "this is not a Podium project (no 'mimetype' entry first)",
        id="mimetype-not-first",
    ),
    pytest.param(
        lambda p: write_zip(
            p,
            [
                ("mimetype", b"application/epub+zip", STORED),
                ("publication.json", GOOD_JSON, DEFLATED),
            ],
        ),
        "this is not a Podium project (wrong mimetype)",
        id="wrong-mimetype",
    ),
    pytest.param(
        _members("mimetype", ASSET), "the file has no 'publication.json'", id="no-publication-json"
    ),
    pytest.param(
        _members("mimetype", "publication.json", ASSET, "run.sh"),
        "unexpected entry 'run.sh' in the project",
        id="extra-member",
    ),
    pytest.param(
        _members("mimetype", "publication.json", "assets/notes.txt"),
        "entry 'assets/notes.txt' is not an image named by its content hash",
        id="extra-asset",
    ),
    pytest.param(
        _members("mimetype", "publication.json", "publication.json", ASSET),
        "the file holds the same entry twice",
        id="duplicate-entry",
    ),
]


@pytest.mark.parametrize(("build", "match"), CONTAINERS)
def test_hostile_container(build: Build, match: str, tmp_path: Path) -> None:
    expect_refusal(build(tmp_path / "p.podium"), tmp_path, match)


def _encrypted(path: Path) -> Path:
    return patch_entry(podium(path), "publication.json", flags=0x1)


def _many_small_zero_entries(path: Path) -> Path:
    """60 MiB of zeros in 1 MiB entries (a ~60 KB file): each entry is under the ratio check."""
    members = [("mimetype", MIMETYPE, STORED), ("publication.json", GOOD_JSON, DEFLATED)]
    members += [(f"assets/{i:064x}.png", bytes(2**20), DEFLATED) for i in range(60)]
    return write_zip(path, members)


def test_encrypted_entry(tmp_path: Path) -> None:
    expect_refusal(
        _encrypted(tmp_path / "p.podium"),
        tmp_path,
        "entry 'publication.json' is encrypted; it cannot be opened",
    )


def test_many_small_bombs_are_refused_before_unpacking(tmp_path: Path) -> None:
    expect_refusal(
        _many_small_zero_entries(tmp_path / "p.podium"),
        tmp_path,
        "the file expands suspiciously far (a zip bomb?)",
    )


# ---------------------------------------------------------------- paths and folders


def test_nonexistent_path(tmp_path: Path) -> None:
    expect_refusal(tmp_path / "nergens.podium", tmp_path, "no such file or folder")


def test_folder_without_publication_json(tmp_path: Path) -> None:
    (tmp_path / "leeg" / "assets").mkdir(parents=True)
    expect_refusal(tmp_path / "leeg", tmp_path, "the folder has no 'publication.json'")


def test_publication_json_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "project" / "publication.json").mkdir(parents=True)
    expect_refusal(tmp_path / "project", tmp_path, "the folder has no 'publication.json'")


def test_oversized_publication_json_in_a_folder(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    with open(project / "publication.json", "wb") as stream:
        stream.write(b"{")
        stream.truncate(33 * 2**20)
    expect_refusal(
        project, tmp_path, "'publication.json' is too large (33 MiB); at most 32 MiB is allowed"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = podium(tmp_path / "p.podium")
    path.chmod(0)
    try:
        expect_refusal(path, tmp_path, "cannot be read (Permission denied)")
    finally:
        path.chmod(0o644)


# ---------------------------------------------------------------- images that are not images


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` × ``height`` pixels but holds almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(100)))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param(
            b"#!/bin/sh\necho not an image\n",
            "is a text file; only PNG, JPEG, GIF and WebP images are allowed",
            id="not-an-image",
        ),
        pytest.param(
            _png_header(20_000, 20_000),
            "has too many pixels (a decompression bomb?)",
            id="pixel-bomb",
        ),
    ],
)
@pytest.mark.parametrize("make", [podium, folder], ids=["zip", "folder"])
def test_asset_that_is_not_a_usable_image(
    data: bytes, problem: str, make: Callable[..., Path], tmp_path: Path
) -> None:
    name = f"assets/{hashlib.sha256(data).hexdigest()}.png"
    payload = as_json(
        publication(
            blocks=[
                {
                    "kind": "section",
                    "id": "s",
                    "title": "T",
                    "images": [{"asset": name, "alt": "x"}],
                }
            ]
        )
    )
    expect_refusal(
        make(tmp_path / "p", payload, {name: data}), tmp_path, f"image '{name}' {problem}"
    )


def test_folder_assets_have_a_total_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from models import project_file

    limit = 3 * len(PNG) // 2  # under 1 KiB, so the message counts bytes
    monkeypatch.setattr(project_file, "MAX_TOTAL_BYTES", limit)
    other = PNG + b"\0"
    path = folder(
        tmp_path / "p",
        GOOD_JSON,
        {ASSET: PNG, f"assets/{hashlib.sha256(other).hexdigest()}.png": other},
    )
    expect_refusal(path, tmp_path, f"the project holds more than {limit} bytes")
