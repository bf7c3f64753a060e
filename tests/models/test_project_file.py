"""The project file: zip and folder round trips, layout, atomic saves, backups, migrations."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from models import (
    InvalidProjectError,
    NewerVersionError,
    Project,
    ProjectFileError,
    load,
    migrations,
    project_file,
    save,
)
from models.project_file import MIMETYPE, pack, to_json, to_zip_bytes, unpack
from models.publication import SCHEMA_VERSION, Publication, Section

FIXTURES = Path(__file__).parent / "fixtures"
MakeData = Callable[..., dict[str, Any]]


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its content: what 'nothing else changed' means."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def sample(sample_path: Path) -> Project:
    return load(sample_path)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("which", ["sample", "image_project"])
def test_zip_round_trip(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    project: Project = request.getfixturevalue(which)
    save(project, tmp_path / "p.podium")
    again = load(tmp_path / "p.podium")
    assert again.publication == project.publication
    assert dict(again.assets) == dict(project.assets)
    assert again.assets  # both projects hold an image


@pytest.mark.parametrize("which", ["sample", "image_project"])
def test_folder_round_trip(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    project: Project = request.getfixturevalue(which)
    folder = tmp_path / "project"
    folder.mkdir()
    save(project, folder)
    assert sorted(listing(folder)) == sorted(["publication.json", *project.assets])
    again = load(folder)
    assert again.publication == project.publication
    assert dict(again.assets) == dict(project.assets)


def test_only_used_assets_are_kept(
    image_project: Project, png_bytes: bytes, tmp_path: Path
) -> None:
    project, unused = image_project.with_asset(png_bytes + b"extra", "png")
    assert unused in project.assets
    save(project, tmp_path / "p.podium")
    assert unused not in zipfile.ZipFile(tmp_path / "p.podium").namelist()
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "assets").mkdir()
    (folder / unused).write_bytes(png_bytes + b"extra")
    save(project, folder)
    assert not (folder / unused).exists()
    assert load(folder).assets.keys() == image_project.assets.keys()


def test_saving_with_a_missing_asset_is_refused(image_project: Project, tmp_path: Path) -> None:
    broken = Project(image_project.publication, {})
    with pytest.raises(ProjectFileError, match=r"image 'assets/[0-9a-f]{64}\.png' is not in the"):
        save(broken, tmp_path / "p.podium")
    assert listing(tmp_path) == {}


# ---------------------------------------------------------------- layout


def test_zip_layout(image_project: Project, png_bytes: bytes) -> None:
    data = to_zip_bytes(image_project)
    archive = zipfile.ZipFile(io.BytesIO(data))
    infos = archive.infolist()
    asset = f"assets/{hashlib.sha256(png_bytes).hexdigest()}.png"
    assert [info.filename for info in infos] == ["mimetype", "publication.json", asset]
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype") == MIMETYPE == b"application/vnd.podium+zip"
    # Like ODF/EPUB: the mimetype is readable at a fixed offset without unzipping.
    assert data[30:38] == b"mimetype" and data[38 : 38 + len(MIMETYPE)] == MIMETYPE
    assert archive.read(asset) == png_bytes
    assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in infos)
    assert all(stat.S_IMODE(info.external_attr >> 16) == 0o644 for info in infos)


def test_publication_json_is_pretty_with_schema_version_first(image_project: Project) -> None:
    text = to_json(image_project).decode("utf-8")
    assert text.startswith(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "title": ')
    assert text.endswith("}\n")
    assert list(json.loads(text))[:2] == ["schema_version", "title"]


def test_non_ascii_is_written_as_is(make_data: MakeData) -> None:
    project = Project(Publication.model_validate(make_data(title="Cultuuromslag ‘één’")))
    assert "Cultuuromslag ‘één’".encode() in to_json(project)


def test_zip_bytes_are_reproducible(sample: Project, tmp_path: Path) -> None:
    assert to_zip_bytes(sample) == to_zip_bytes(sample)
    save(sample, tmp_path / "a.podium")
    save(load(tmp_path / "a.podium"), tmp_path / "b.podium")
    assert (tmp_path / "a.podium").read_bytes() == (tmp_path / "b.podium").read_bytes()


def test_a_journal_is_written_on_one_line_and_reads_back_the_same(
    sample: Project, tmp_path: Path
) -> None:
    compact = to_json(sample, pretty=False)
    assert compact.count(b"\n") == 1 and compact.endswith(b"}\n")
    assert json.loads(compact) == json.loads(to_json(sample))
    (tmp_path / "journal.podium").write_bytes(to_zip_bytes(sample, pretty=False))
    assert load(tmp_path / "journal.podium") == sample


# ---------------------------------------------------------------- atomic saves and backups


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), RuntimeError("bug")])
def test_failed_save_leaves_the_file_as_it_was(
    failure: Exception,
    sample: Project,
    image_project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "p.podium"
    save(sample, target)
    before = listing(tmp_path)

    def write_half_then_fail(project: Project, stream: BinaryIO) -> None:
        stream.write(b"PK\x03\x04 half a zip")
        raise failure

    monkeypatch.setattr(project_file, "_write_zip", write_half_then_fail)
    if isinstance(failure, OSError):
        with pytest.raises(
            ProjectFileError,
            match=r"p\.podium: could not be saved "
            r"\(No space left on device\); the previous version is unchanged",
        ):
            save(image_project, target)
    else:
        with pytest.raises(RuntimeError):
            save(image_project, target)
    assert listing(tmp_path) == before  # byte-identical, no temporary file, no new backup
    assert [p.name for p in tmp_path.iterdir()] == ["p.podium"]


def test_backup_holds_the_previous_version(
    sample: Project, image_project: Project, tmp_path: Path
) -> None:
    target = tmp_path / "p.podium"
    save(sample, target)
    first = target.read_bytes()
    assert not (tmp_path / "p.podium~").exists()
    save(image_project, target)
    assert (tmp_path / "p.podium~").read_bytes() == first
    assert load(target).publication == image_project.publication
    save(sample, target, backup=False)
    assert (tmp_path / "p.podium~").read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.podium", "p.podium~"]


def test_saving_into_a_missing_folder_fails_clearly(sample: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match=r"^p\.podium: could not be saved \(No such file"):
        save(sample, tmp_path / "missing" / "p.podium")
    assert listing(tmp_path) == {}


@pytest.mark.usefixtures("umask_022")
def test_new_files_get_normal_permissions(sample: Project, tmp_path: Path) -> None:
    save(sample, tmp_path / "p.podium")
    assert stat.S_IMODE((tmp_path / "p.podium").stat().st_mode) == 0o644  # not mkstemp's 0600
    folder = tmp_path / "folder"
    folder.mkdir()
    save(sample, folder)
    for file in folder.rglob("*"):
        if file.is_file():
            assert stat.S_IMODE(file.stat().st_mode) == 0o644, file


@pytest.mark.usefixtures("umask_022")
def test_existing_permissions_are_kept(sample: Project, tmp_path: Path) -> None:
    target = tmp_path / "p.podium"
    save(sample, target)
    target.chmod(0o640)
    save(sample, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# ---------------------------------------------------------------- pack and unpack


def test_pack_unpack_round_trip(sample_path: Path, sample: Project, tmp_path: Path) -> None:
    packed = tmp_path / "sample.podium"
    pack(sample_path, packed)
    assert load(packed).publication == sample.publication
    unpack(packed, tmp_path / "out" / "deeper")
    again = load(tmp_path / "out" / "deeper")
    assert again.publication == sample.publication
    assert dict(again.assets) == dict(sample.assets)
    assert (tmp_path / "out/deeper/publication.json").read_bytes() == to_json(sample)


def test_pack_needs_a_folder(sample_path: Path, tmp_path: Path) -> None:
    pack(sample_path, tmp_path / "a.podium")
    with pytest.raises(ProjectFileError, match=r"a\.podium: is not a project folder"):
        pack(tmp_path / "a.podium", tmp_path / "b.podium")
    assert not (tmp_path / "b.podium").exists()


def test_unpack_refuses_a_folder_with_other_files(sample_path: Path, tmp_path: Path) -> None:
    pack(sample_path, tmp_path / "a.podium")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(ProjectFileError, match="busy: is a folder that holds other files"):
        unpack(tmp_path / "a.podium", busy)
    assert listing(busy) == {"notes.txt": b"mine"}
    with pytest.raises(ProjectFileError, match=r"notes\.txt: exists and is not a folder"):
        unpack(tmp_path / "a.podium", busy / "notes.txt")


def test_unpack_over_a_project_folder_needs_force(
    sample_path: Path, image_project: Project, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    save(image_project, folder)
    pack(sample_path, tmp_path / "a.podium")
    before = listing(folder)
    with pytest.raises(ProjectFileError, match=r"folder: already holds a project; .* --force"):
        unpack(tmp_path / "a.podium", folder)
    assert listing(folder) == before  # its publication.json and its image are untouched
    unpack(tmp_path / "a.podium", folder, force=True)
    assert load(folder).publication == load(sample_path).publication
    assert sorted(listing(folder)) == sorted(["publication.json", *load(sample_path).assets])


# ---------------------------------------------------------------- versions and migrations


def test_v1_fixture_loads() -> None:
    project = load(FIXTURES / "v1")
    publication = project.publication
    assert publication.schema_version == SCHEMA_VERSION
    assert [block.id for block in publication.blocks] == [
        "quote-1",
        "sec-leiderschap",
        "sec-english",
    ]
    assert len(project.assets) == 1
    # Every field of format version 1 is set in the fixture, so a new field shows up here.
    raw = json.loads((FIXTURES / "v1" / "publication.json").read_text(encoding="utf-8"))
    assert publication.model_dump(mode="json") == migrations.migrate(raw)


def test_current_data_is_not_migrated(make_data: MakeData) -> None:
    data = make_data()
    assert migrations.migrate(data) is data


def test_migration_steps_run_in_order(make_data: MakeData, monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_title(data: dict[str, Any]) -> dict[str, Any]:
        rest = {key: value for key, value in data.items() if key != "title"}
        return {**rest, "headline": data["title"]}

    def add_tagline(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "tagline": data["headline"].upper()}

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "STEPS", {1: rename_title, 2: add_tagline})
    migrated = migrations.migrate(make_data(schema_version=1, title="Oud"))
    assert migrated["schema_version"] == 3
    assert (migrated["headline"], migrated["tagline"]) == ("Oud", "OUD")
    assert "title" not in migrated


def test_load_migrates_an_old_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a fake version 4, the v1 fixture goes through every step when it is opened."""
    monkeypatch.setattr(project_file, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    steps = {**migrations.STEPS, 3: lambda data: {**data, "title": "Gemigreerd"}}
    monkeypatch.setattr(migrations, "STEPS", steps)
    publication = load(FIXTURES / "v1").publication
    assert (publication.schema_version, publication.title) == (4, "Gemigreerd")
    assert isinstance(publication.blocks[1], Section) and publication.blocks[1].people  # 2 → 3


def test_newer_version_is_refused_with_a_clear_message(make_data: MakeData, tmp_path: Path) -> None:
    folder = tmp_path / "future"
    folder.mkdir()
    (folder / "publication.json").write_text(json.dumps(make_data(schema_version=7)))
    with pytest.raises(NewerVersionError) as caught:
        load(folder)
    assert caught.value.version == 7
    assert str(caught.value) == (
        f"future: this file was made by a newer Podium (format version 7; this Podium reads "
        f"up to version {SCHEMA_VERSION}). Update Podium to open it."
    )


@pytest.mark.parametrize("version", [None, 0, -1, "1", 1.0, True])
def test_schema_version_must_be_a_positive_whole_number(
    version: object, make_data: MakeData, tmp_path: Path
) -> None:
    data = make_data(schema_version=version)
    if version is None:
        del data["schema_version"]
    (tmp_path / "publication.json").write_text(json.dumps(data))
    with pytest.raises(ProjectFileError, match=r"publication\.json has no valid 'schema_version'"):
        load(tmp_path)


def test_invalid_publication_lists_every_problem(make_data: MakeData, tmp_path: Path) -> None:
    data = make_data(title="", language="xx", publication_date="gisteren")
    (tmp_path / "publication.json").write_text(json.dumps(data))
    with pytest.raises(InvalidProjectError) as caught:
        load(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "Title must not be empty",
        "Publication date is not a valid date: enter it as YYYY-MM-DD",
        "Language: choose one of 'nl' or 'en'",
    ]
    assert str(caught.value) == (
        f"{tmp_path.name}: the publication is not valid: Title must not be empty "
        "(and 2 more problems)"
    )


def test_one_more_problem_is_singular(make_data: MakeData, tmp_path: Path) -> None:
    (tmp_path / "publication.json").write_text(json.dumps(make_data(title="", language="xx")))
    with pytest.raises(InvalidProjectError) as caught:
        load(tmp_path)
    assert str(caught.value).endswith("(and 1 more problem)")
