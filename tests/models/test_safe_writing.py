"""Writing never loses data: read-back before replacing, links, devices, long names, unpack.

Each family from issue 11 (items 6, 9, 10, 11, 12) has a test here; concurrent saves are in
``test_concurrent_saves.py``.
"""

from __future__ import annotations

import fcntl
import io
import os
import socket
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

import main
from exporters.export import ExportError, export
from models import Project, ProjectFileError, Publication, load, project_file, save
from models.atomic_file import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    WriteRefusedError,
    atomic_write,
    remove_stale_temps,
)
from models.project_file import MIMETYPE, backup_path, pack, to_zip_bytes, unpack
from models.recovery import Journal

MakeData = Callable[..., dict[str, Any]]


def listing(folder: Path) -> dict[str, bytes]:
    """Every regular file under ``folder`` (links not followed) with its content."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture
def sample(sample_path: Path) -> Project:
    return load(sample_path)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    yield path


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A character device node (the same as /dev/null) in tmp_path; needs root."""
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


# ------------------------------------------------- item 6: read back before replacing


def test_a_save_the_reader_refuses_keeps_the_old_file(
    sample: Project, image_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.podium"
    save(sample, target)
    save(sample, target)
    before = listing(tmp_path)

    def write_a_zip_without_mimetype(project: Project, stream: BinaryIO) -> None:
        with zipfile.ZipFile(stream, "w") as archive:
            archive.writestr("publication.json", project_file.to_json(project))

    monkeypatch.setattr(project_file, "_write_zip", write_a_zip_without_mimetype)
    with pytest.raises(
        ProjectFileError,
        match=r"^p\.podium: could not be saved: what was written would not open again "
        r"\(this is not a Podium project .*\); the previous version is unchanged$",
    ):
        save(image_project, target)
    assert listing(tmp_path) == before  # the file and its backup, byte for byte; no temp


def test_a_save_beyond_the_readers_limits_is_refused(
    sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real reader decides: here its JSON limit is lowered below what the writer makes."""
    save(sample, tmp_path / "p.podium")
    folder = tmp_path / "folder"
    folder.mkdir()
    save(sample, folder)
    before = listing(tmp_path)
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", 100)
    with pytest.raises(ProjectFileError, match=r"would not open again.*previous version"):
        save(sample, tmp_path / "p.podium")
    with pytest.raises(ProjectFileError, match=r"would not open again.*previous version"):
        save(sample, folder)
    assert listing(tmp_path) == before


@pytest.mark.parametrize("where", ["p.podium", "folder"])
def test_whatever_a_save_writes_opens_again(
    where: str, sample: Project, make_data: MakeData, tmp_path: Path
) -> None:
    """Issue 11's case: 400,000 dashes compress so well that the reader took them for a bomb.

    Either the save succeeds and the file opens, or it is refused and the old file stays.
    """
    target = tmp_path / where
    if where == "folder":
        target.mkdir()
    save(sample, target)
    before = listing(tmp_path)
    section = {"kind": "section", "id": "lang", "title": "Lang", "body": ["—" * 400_000]}
    dashes = Project(Publication.model_validate(make_data(blocks=[section])), {})
    try:
        save(dashes, target)
    except ProjectFileError as error:
        assert "would not open again" in str(error)
        assert "previous version is unchanged" in str(error)
        assert listing(tmp_path) == before
    else:
        assert load(target).publication == dashes.publication


def test_a_new_file_that_could_not_be_saved_says_nothing_was_saved(
    sample: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(project: Project, stream: BinaryIO) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_file, "_write_zip", disk_full)
    with pytest.raises(ProjectFileError) as caught:
        save(sample, tmp_path / "new.podium")
    assert str(caught.value) == (
        "new.podium: could not be saved (No space left on device); nothing was saved"
    )
    assert "previous version" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_the_journal_is_read_back_before_it_replaces_the_last_one(
    sample: Project, tmp_path: Path
) -> None:
    journal = Journal(tmp_path)
    journal.write(sample, None, None)
    good = journal.path.read_bytes()
    with pytest.raises(ProjectFileError, match="the autosave would not open again"):
        journal.write_bytes(b"PK\x03\x04 not a zip", None, None)
    assert journal.path.read_bytes() == good
    assert temps(tmp_path) == []


# ------------------------------------------------- item 12: long names


@pytest.mark.parametrize("length", [242, 250, 254, 255])
def test_names_up_to_the_file_system_limit_can_be_saved(
    length: int, sample: Project, image_project: Project, tmp_path: Path
) -> None:
    target = tmp_path / ("n" * (length - len(".podium")) + ".podium")
    assert len(target.name.encode()) == length
    save(sample, target)
    save(image_project, target)  # with a backup, where NAME~ still fits in 255 bytes
    assert load(target).publication == image_project.publication
    if length < 255:
        assert load(backup_path(target)).publication == sample.publication
    assert temps(tmp_path) == []


# ------------------------------------------------- item 11: links and special files


def test_saving_through_a_link_writes_the_real_file(
    sample: Project, image_project: Project, tmp_path: Path
) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "p.podium"
    save(sample, real)
    link = tmp_path / "link.podium"
    link.symlink_to(real)
    save(image_project, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load(real).publication == image_project.publication
    assert load(backup_path(real)).publication == sample.publication  # beside the real file
    assert not backup_path(link).exists()


def test_exporting_through_a_link_writes_the_real_file(sample: Project, tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    export(sample, html=link)
    assert link.is_symlink()
    assert "<html" in real.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("kind", ["fifo", "unix_socket", "device"])
def test_special_files_are_never_replaced(
    kind: str, sample: Project, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(kind)
    link = tmp_path / "link"
    link.symlink_to(path)
    what = {"fifo": "a named pipe", "unix_socket": "a socket", "device": "a device"}[kind]
    for target in (path, link):
        with pytest.raises(ProjectFileError, match=f"^{target.name}: is {what}, not a regular"):
            save(sample, target)
        with pytest.raises(ExportError, match=f"is {what}, not a regular file"):
            export(sample, html=target)
        with (
            pytest.raises(WriteRefusedError, match=f"is {what}"),
            atomic_write(target, backup=False) as stream,
        ):
            stream.write(b"x")
        assert not stat.S_ISREG(path.stat().st_mode)
    journal = Journal(tmp_path)
    journal.path.symlink_to(path)
    with pytest.raises(OSError, match=f"is {what}"):
        journal.write(sample, None, None)
    assert not stat.S_ISREG(path.stat().st_mode)
    assert temps(tmp_path) == []


def test_export_to_a_pipe_fails_in_one_line(fifo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
    assert main.main(["export", str(sample), "--html", str(fifo)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"podium: {fifo}: is a named pipe, not a regular file; Podium writes only to "
        "regular files\n"
    )
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_without_hard_links_the_backup_is_a_copy(
    sample: Project, image_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # FAT, some network drives

    target = tmp_path / "p.podium"
    save(sample, target)
    first = target.read_bytes()
    monkeypatch.setattr(os, "link", no_links)
    save(image_project, target)
    assert backup_path(target).read_bytes() == first
    assert load(target).publication == image_project.publication
    assert temps(tmp_path) == []


def test_a_backup_name_taken_by_a_folder_is_refused(sample: Project, tmp_path: Path) -> None:
    target = tmp_path / "p.podium"
    save(sample, target)
    backup_path(target).mkdir()
    with pytest.raises(ProjectFileError, match=r"its backup 'p\.podium~' is a folder"):
        save(sample, target)
    assert backup_path(target).is_dir()


# ------------------------------------------------- item 10: links inside a project folder


@pytest.fixture
def two_projects(image_project: Project, sample: Project, tmp_path: Path) -> tuple[Path, Path]:
    """``victim`` holds an image; ``linked`` is a project whose ``assets`` links to it."""
    victim = tmp_path / "victim"
    victim.mkdir()
    save(image_project, victim)
    linked = tmp_path / "linked"
    linked.mkdir()
    save(sample.with_publication(sample.publication), linked)
    for file in (linked / "assets").iterdir():
        file.unlink()
    (linked / "assets").rmdir()
    (linked / "assets").symlink_to(victim / "assets")
    return victim, linked


def test_a_linked_assets_folder_is_never_written_or_emptied(
    two_projects: tuple[Path, Path], sample: Project
) -> None:
    victim, linked = two_projects
    before = listing(victim)
    with pytest.raises(ProjectFileError, match="'assets' is a symbolic link"):
        save(sample, linked)
    assert listing(victim) == before


def test_links_among_the_images_are_never_deleted_or_followed(
    image_project: Project, sample: Project, tmp_path: Path
) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    save(image_project, victim)
    before = listing(victim)
    (name,) = image_project.assets
    project = tmp_path / "project"
    project.mkdir()
    save(sample, project)
    # An unused image that is a link into another project: left alone, not deleted.
    (project / name).symlink_to(victim / name)
    save(sample, project)
    assert (project / name).is_symlink()
    # A used image that is a link: refused, not written through.
    with pytest.raises(ProjectFileError, match=f"'{name}' is a symbolic link"):
        save(image_project, project)
    assert listing(victim) == before


def test_a_linked_publication_json_is_refused(
    sample: Project, image_project: Project, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    save(image_project, other)
    before = listing(other)
    project = tmp_path / "project"
    project.mkdir()
    (project / "publication.json").symlink_to(other / "publication.json")
    with pytest.raises(ProjectFileError, match=r"'publication\.json' is a symbolic link"):
        save(sample, project)
    assert listing(other) == before


def test_a_damaged_image_in_a_folder_is_written_anew(
    image_project: Project, tmp_path: Path
) -> None:
    save(image_project, tmp_path)
    (name,) = image_project.assets
    (tmp_path / name).write_bytes(b"x" * len(image_project.assets[name]))
    save(image_project, tmp_path)
    assert load(tmp_path).assets[name] == image_project.assets[name]


# ------------------------------------------------- item 9: unpack over a folder


def test_unpack_refuses_a_folder_that_is_not_empty(
    sample_path: Path, image_project: Project, tmp_path: Path
) -> None:
    packed = tmp_path / "a.podium"
    pack(sample_path, packed)
    folder = tmp_path / "folder"
    folder.mkdir()
    save(image_project, folder)
    before = listing(folder)
    with pytest.raises(ProjectFileError, match=r"^folder: already holds a project; .*--force"):
        unpack(packed, folder)
    assert listing(folder) == before
    unpack(packed, folder, force=True)
    assert load(folder).publication == load(sample_path).publication


def test_cli_unpack_needs_force_over_a_project(
    sample_path: Path, image_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = tmp_path / "a.podium"
    pack(sample_path, packed)
    folder = tmp_path / "folder"
    folder.mkdir()
    save(image_project, folder)
    before = listing(folder)
    assert main.main(["unpack", str(packed), str(folder)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "podium: folder: already holds a project; choose an empty folder, or unpack over it "
        "with --force\n"
    )
    assert listing(folder) == before
    assert main.main(["unpack", str(packed), str(folder), "--force"]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (f"wrote {folder}\n", "")
    assert load(folder).publication == load(sample_path).publication
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main.main(["unpack", str(packed), str(empty)]) == 0


# ------------------------------------------------- temporary files


def test_only_abandoned_temporary_files_are_removed(sample: Project, tmp_path: Path) -> None:
    abandoned = tmp_path / f"{TEMP_PREFIX}0badf00d{TEMP_SUFFIX}"
    abandoned.write_bytes(b"half a save")
    in_progress = tmp_path / f"{TEMP_PREFIX}1badf00d{TEMP_SUFFIX}"
    in_progress.write_bytes(b"another process is writing this")
    pipe = tmp_path / f"{TEMP_PREFIX}2badf00d{TEMP_SUFFIX}"
    os.mkfifo(pipe)
    link = tmp_path / f"{TEMP_PREFIX}3badf00d{TEMP_SUFFIX}"
    link.symlink_to(abandoned)
    with open(in_progress, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as a save in progress holds it
        save(sample, tmp_path / "p.podium")
        assert not abandoned.exists()
        assert in_progress.exists() and pipe.exists() and link.is_symlink()
    remove_stale_temps(tmp_path)
    assert not in_progress.exists()
    assert pipe.exists() and link.is_symlink()  # never anything but a regular file


def test_temporary_names_are_short_and_unique(sample: Project, tmp_path: Path) -> None:
    seen: set[str] = set()
    for _ in range(3):
        with atomic_write(tmp_path / ("x" * 250), backup=False) as stream:
            (name,) = temps(tmp_path)
            seen.add(name)
            stream.write(to_zip_bytes(sample))
    assert len(seen) == 3
    assert all(len(name) <= 20 for name in seen)


def test_reading_back_is_done_by_the_reader(sample: Project, tmp_path: Path) -> None:
    """A zip the reader accepts is saved as is: the writer makes exactly what it reads."""
    data = to_zip_bytes(sample)
    assert zipfile.ZipFile(io.BytesIO(data)).read("mimetype") == MIMETYPE
    save(sample, tmp_path / "p.podium")
    assert (tmp_path / "p.podium").read_bytes() == data
