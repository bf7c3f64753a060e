"""The project reader's and writer's edges: every limit at N and N+1, the exact words of
every refusal, and the branches only a failing disk or an odd folder reaches. Found by
mutation testing (``make mutate``): each test fails if one operator, number or message in
:mod:`models.project_file` is changed. The zip container's own checks are in
``test_safe_zip_edges.py``.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import Project, Publication, project_file
from models.project_file import (
    InvalidProjectError,
    NewerVersionError,
    ProjectFileError,
    load,
    max_depth,
    parse_json,
    save,
    unpack,
)
from models.publication import SCHEMA_VERSION
from models.validation import Problem

HERE = Path("p.podium")


def message(error: pytest.ExceptionInfo[ProjectFileError]) -> str:
    return str(error.value)


def refused(path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    return message(caught)


def folder_project(tmp_path: Path, image_project: Project) -> Path:
    folder = tmp_path / "proj"
    folder.mkdir()
    save(image_project, folder)
    return folder


# ---------------------------------------------------------------------------- JSON


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("{}", 1),
        ("[[]]", 2),
        ("[] [] {}", 1),  # closing brackets count down
        ('{"a": "[[[[{{"}', 1),  # brackets in a string are text
        ('{"a": "\\"[["}', 1),  # an escaped quote does not end the string
        ('{"a": "\\\\", "b": [[]]}', 3),  # an escaped backslash does: the rest counts
        ('"]]]]" [[', 2),
        ("", 0),
        ('[["unclosed [[[[', 2),  # a string never closed runs to the end
        ('["ends in a backslash \\', 1),
        ('"a\\\n[" [', 1),  # an escaped line break stays in the string
        ("]][[[", 1),  # the depth starts at 0, whatever comes first
    ],
)
def test_depth_counts_brackets_outside_strings(text: str, depth: int) -> None:
    assert max_depth(text) == depth


def _depth_by_walking(text: str) -> int:
    """The depth, a character at a time: what :func:`max_depth` must agree with."""
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


@given(st.text(alphabet='[]{}"\\ a\n', max_size=60))
def test_depth_agrees_with_walking_the_characters(text: str) -> None:
    assert max_depth(text) == _depth_by_walking(text)


def test_depth_64_is_read_and_65_is_refused() -> None:
    assert parse_json(HERE, b'{"a": ' + b"[" * 63 + b"]" * 63 + b"}") == {"a": _nested(62)}
    deep = b'{"a": ' + b"[" * 64 + b"]" * 64 + b"}"
    with pytest.raises(ProjectFileError) as caught:
        parse_json(HERE, deep)
    assert message(caught) == "p.podium: publication.json is nested too deeply (65 levels)"


def _nested(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


def test_a_text_with_many_brackets_inside_a_string_is_read() -> None:
    raw = json.dumps({"title": "[" * 200 + "{" * 200}).encode()
    assert parse_json(HERE, raw) == {"title": "[" * 200 + "{" * 200}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"a": 1}\xff', "publication.json is not valid UTF-8 text (byte 8)"),
        (b"[1, 2]", "publication.json must hold a JSON object"),
        (b'{"a": }', "publication.json is not valid JSON: Expecting value at line 1, column 7"),
        (
            b'{"a": ' + b"9" * 5000 + b"}",
            "publication.json is not valid JSON: it holds a number that is too long",
        ),
    ],
    ids=["utf-8", "array", "syntax", "long number"],
)
def test_broken_json_is_refused_in_words(raw: bytes, reason: str) -> None:
    with pytest.raises(ProjectFileError) as caught:
        parse_json(HERE, raw)
    assert message(caught) == f"p.podium: {reason}"
    assert caught.value.reason == reason
    assert caught.value.path == HERE


@pytest.mark.parametrize("version", [None, "3", True, 0, -1])
def test_a_missing_or_odd_schema_version_is_refused_in_words(
    tmp_path: Path, make_data: Any, version: Any
) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "publication.json").write_text(json.dumps(make_data(schema_version=version)))
    assert refused(folder) == "f: publication.json has no valid 'schema_version'"


def test_a_newer_version_says_which_and_what_to_do() -> None:
    error = NewerVersionError(HERE, SCHEMA_VERSION + 1)
    assert error.version == SCHEMA_VERSION + 1
    assert str(error) == (
        f"p.podium: this file was made by a newer Podium (format version {SCHEMA_VERSION + 1};"
        f" this Podium reads up to version {SCHEMA_VERSION}). Update Podium to open it."
    )


@pytest.mark.parametrize(
    ("count", "more"), [(1, ""), (2, " (and 1 more problem)"), (3, " (and 2 more problems)")]
)
def test_an_invalid_publication_names_its_first_problem_and_counts_the_rest(
    count: int, more: str
) -> None:
    problems = [Problem(("title",), "this field must not be empty")] * count
    error = InvalidProjectError(HERE, problems)
    assert str(error) == f"p.podium: the publication is not valid: {problems[0]}{more}"
    assert error.problems == problems


# ---------------------------------------------------------------------------- opening


def test_a_missing_path_and_an_unreadable_one_are_said_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert refused(tmp_path / "gone.podium") == "gone.podium: no such file or folder"

    def broken(path: object) -> os.stat_result:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(project_file.os, "stat", broken)
    assert refused(tmp_path / "x.podium") == "x.podium: cannot be read (Input/output error)"


def test_a_read_error_inside_a_project_is_said_in_words(
    tmp_path: Path, image_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.podium"
    save(image_project, path)

    def broken(path: Path) -> tuple[bytes, dict[str, bytes]]:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(project_file, "_read_zip", broken)
    assert refused(path) == "p.podium: cannot be read (Input/output error)"


def test_a_file_that_is_not_a_zip_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "p.podium"
    path.write_bytes(b"%PDF-1.7 not a project")
    assert refused(path) == "p.podium: this is not a Podium project (not a zip container)"


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def test_a_wrong_mimetype_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "p.podium"
    path.write_bytes(_zip([("mimetype", b"application/zip"), ("publication.json", b"{}")]))
    assert refused(path) == "p.podium: this is not a Podium project (wrong mimetype)"


def test_an_assets_folder_entry_is_allowed_and_the_entries_after_it_are_read(
    tmp_path: Path, image_project: Project
) -> None:
    [(name, blob)] = image_project.assets.items()
    members = [
        ("mimetype", project_file.MIMETYPE),
        ("assets/", b""),
        (name, blob),
        ("publication.json", project_file.to_json(image_project)),
    ]
    path = tmp_path / "p.podium"
    path.write_bytes(_zip(members))
    assert load(path).assets == {name: blob}


def test_an_image_is_limited_by_the_image_limit_not_the_json_limit(
    tmp_path: Path, image_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.podium"
    save(image_project, path)
    [blob] = image_project.assets.values()
    monkeypatch.setattr(project_file, "MAX_ASSET_BYTES", len(blob) - 1)
    assert "is too large" in refused(path)
    monkeypatch.setattr(project_file, "MAX_ASSET_BYTES", len(blob))
    assert load(path).assets == image_project.assets


# ---------------------------------------------------------------------------- folders


def test_a_folder_holds_at_most_max_entries_files(
    tmp_path: Path, image_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_project(tmp_path, image_project)
    for index in range(3):
        (folder / "assets" / f"note-{index}.txt").write_text("x")
    monkeypatch.setattr(project_file, "MAX_ENTRIES", 4)  # the image and three notes
    assert load(folder).assets == image_project.assets
    monkeypatch.setattr(project_file, "MAX_ENTRIES", 3)
    assert refused(folder) == (
        "proj: the assets folder has more than 3 files; at most 3 are allowed"
    )


def test_a_folders_total_is_limited_at_n_and_n_plus_1(
    tmp_path: Path, image_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_project(tmp_path, image_project)
    total = len((folder / "publication.json").read_bytes()) + sum(
        len(blob) for blob in image_project.assets.values()
    )
    monkeypatch.setattr(project_file, "MAX_TOTAL_BYTES", total)
    assert load(folder).assets == image_project.assets
    monkeypatch.setattr(project_file, "MAX_TOTAL_BYTES", total - 1)
    shown = project_file.safe_zip.readable_size(total - 1)
    assert refused(folder) == f"proj: the project holds more than {shown}"


def test_files_that_are_not_images_are_skipped_not_the_images_after_them(
    tmp_path: Path, image_project: Project
) -> None:
    """``0-notes.txt`` and a folder named like an image sort before the image."""
    folder = folder_project(tmp_path, image_project)
    (folder / "assets" / "0-notes.txt").write_text("x")
    (folder / "assets" / ("0" * 64 + ".png")).mkdir()
    assert load(folder).assets == image_project.assets


def test_an_assets_link_is_refused_in_words(tmp_path: Path, image_project: Project) -> None:
    folder = folder_project(tmp_path, image_project)
    (folder / "assets").rename(tmp_path / "elsewhere")
    (folder / "assets").symlink_to(tmp_path / "elsewhere")
    assert refused(folder) == (
        "proj: its 'assets' folder is a link; Podium does not follow links in a project"
    )


def test_an_image_link_in_a_folder_counts_as_missing(
    tmp_path: Path, image_project: Project
) -> None:
    folder = folder_project(tmp_path, image_project)
    [name] = image_project.assets
    (folder / name).rename(tmp_path / "real.png")
    (folder / name).symlink_to(tmp_path / "real.png")
    assert refused(folder) == f"proj: image '{name}' is missing from the project"


def test_a_file_read_as_it_grows_is_refused_by_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size from fstat is checked first, then what was really read: at most limit + 1."""
    file = tmp_path / "big.bin"
    file.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def small(fd: int) -> os.stat_result:
        status = real_fstat(fd)
        fields = list(status)
        fields[stat.ST_SIZE] = 10
        return os.stat_result(fields)

    monkeypatch.setattr(project_file.os, "fstat", small)
    assert project_file._read_file_limited(tmp_path, file, 100) == b"x" * 100
    with pytest.raises(ProjectFileError) as caught:
        project_file._read_file_limited(tmp_path, file, 40)
    assert caught.value.reason == "'big.bin' is too large (41 bytes); at most 40 bytes is allowed"


def test_a_file_larger_than_its_limit_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "big.bin"
    file.write_bytes(b"x" * 100)
    with pytest.raises(ProjectFileError) as caught:
        project_file._read_file_limited(tmp_path, file, 99)
    assert caught.value.reason == "'big.bin' is too large (100 bytes); at most 99 bytes is allowed"


# ---------------------------------------------------------------------------- writing


def test_the_zip_is_written_as_the_format_says(image_project: Project) -> None:
    with zipfile.ZipFile(io.BytesIO(project_file.to_zip_bytes(image_project))) as archive:
        infos = archive.infolist()
    methods = {info.filename: info.compress_type for info in infos}
    [name] = image_project.assets
    assert methods == {
        "mimetype": zipfile.ZIP_STORED,
        "publication.json": zipfile.ZIP_DEFLATED,
        name: zipfile.ZIP_STORED,
    }
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_publication_json_keeps_letters_as_letters(make_data: Any) -> None:
    project = Project(Publication.model_validate(make_data(title="Café ’t Hoekje")), {})
    assert "Café ’t Hoekje".encode() in project_file.to_json(project)


def test_saving_a_folder_leaves_no_backups_and_keeps_a_good_image(
    tmp_path: Path, image_project: Project
) -> None:
    folder = folder_project(tmp_path, image_project)
    [name] = image_project.assets
    inode = (folder / name).stat().st_ino
    save(image_project, folder)
    assert (folder / name).stat().st_ino == inode  # already there: not written again
    assert sorted(p.name for p in folder.rglob("*")) == sorted(
        ["assets", "publication.json", name.split("/")[1]]
    )


def test_a_damaged_image_in_a_folder_is_written_anew_without_a_backup(
    tmp_path: Path, image_project: Project
) -> None:
    folder = folder_project(tmp_path, image_project)
    [name] = image_project.assets
    (folder / name).write_bytes(b"damaged")
    save(image_project, folder)
    assert (folder / name).read_bytes() == image_project.assets[name]
    assert [p.name for p in (folder / "assets").iterdir()] == [name.split("/")[1]]


def test_an_assets_file_in_the_way_is_refused_in_words(
    tmp_path: Path, image_project: Project
) -> None:
    folder = tmp_path / "proj"
    folder.mkdir()
    (folder / "assets").write_text("not a folder")
    with pytest.raises(ProjectFileError) as caught:
        save(image_project, folder)
    assert message(caught) == "proj: 'assets' in the project folder is not a folder"
    assert caught.value.path == folder


def test_a_link_in_a_project_folder_is_refused_in_words(
    tmp_path: Path, image_project: Project
) -> None:
    folder = tmp_path / "proj"
    folder.mkdir()
    (folder / "publication.json").symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(ProjectFileError) as caught:
        save(image_project, folder)
    assert message(caught) == (
        "proj: 'publication.json' is a symbolic link; Podium does not write or delete "
        "through links in a project folder"
    )


def test_an_unused_image_that_vanishes_while_tidying_is_no_error(
    tmp_path: Path, image_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_project(tmp_path, image_project)
    stale = folder / "assets" / ("a" * 64 + ".png")
    stale.write_bytes(b"old")

    def gone(path: str) -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(project_file.os, "unlink", gone)
    save(image_project, folder)
    assert stale.exists()


def test_a_folder_that_cannot_be_created_is_said_in_words(
    tmp_path: Path, image_project: Project
) -> None:
    packed = tmp_path / "p.podium"
    save(image_project, packed)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ProjectFileError) as caught:
        unpack(packed, tmp_path / "file" / "inside")
    assert message(caught) == "inside: cannot be created (Not a directory)"
    assert caught.value.path == tmp_path / "file" / "inside"


def test_an_invalid_project_message_counts_the_other_problems() -> None:
    assert str(InvalidProjectError("a.podium", [])) == "a.podium: the publication is not valid"
    one = Problem(loc=("title",), kind="", fallback="too long")
    assert str(InvalidProjectError("a.podium", [one])) == (
        f"a.podium: the publication is not valid: {one}"
    )
    assert str(InvalidProjectError("a.podium", [one, one])).endswith("(and 1 more problem)")
    assert str(InvalidProjectError("a.podium", [one] * 3)).endswith("(and 2 more problems)")
