"""The project reader's and writer's edges that ``test_project_file_limits.py`` leaves open.

Each test fails if one operator, number or message in :mod:`models.project_file` is
changed (``make mutate``): the mimetype's own limit, the size check of a folder's new
``publication.json`` at N and N + 1, which images a folder save rewrites and which it
leaves alone, and what a folder without images looks like.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image as PILImage

from models import Project, Publication, project_file
from models.project import asset_name
from models.project_file import MIMETYPE, ProjectFileError, load, save, to_json, unpack
from models.publication import SCHEMA_VERSION


def picture(colour: tuple[int, int, int], size: tuple[int, int] = (5, 4)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


ORANGE = picture((230, 120, 0))
TEAL = picture((0, 128, 128))


def project_with(*blobs: bytes, title: str = "Verslag") -> Project:
    names = [asset_name(blob, "png") for blob in blobs]
    figures = [
        {
            "kind": "figure",
            "id": f"fig-{index}",
            "images": [{"asset": name, "alt": f"Beeld {index}"}],
        }
        for index, name in enumerate(names)
    ]
    data = {
        "schema_version": SCHEMA_VERSION,
        "title": title,
        "publication_date": "2025-06-30",
        "blocks": [{"kind": "section", "id": "sec-1", "title": "Beelden", "body": figures}],
    }
    return Project(Publication.model_validate(data), dict(zip(names, blobs, strict=True)))


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def refused(path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    return str(caught.value)


# ---------------------------------------------------------------------------- mimetype


@pytest.mark.parametrize("padding", [b"\n", b"  \r\n", b" " * (256 - len(MIMETYPE))])
def test_a_mimetype_with_white_space_around_it_up_to_256_bytes_is_read(
    tmp_path: Path, padding: bytes
) -> None:
    project = project_with(ORANGE)
    [(name, blob)] = project.assets.items()
    path = tmp_path / "wit.podium"
    path.write_bytes(
        zip_of(
            [("mimetype", MIMETYPE + padding), ("publication.json", to_json(project)), (name, blob)]
        )
    )
    assert dict(load(path).assets) == {name: blob}


def test_a_mimetype_of_257_bytes_is_refused_in_words(tmp_path: Path) -> None:
    project = project_with()
    path = tmp_path / "lang.podium"
    padded = MIMETYPE + b" " * (257 - len(MIMETYPE))
    path.write_bytes(zip_of([("mimetype", padded), ("publication.json", to_json(project))]))
    assert refused(path) == (
        "lang.podium: entry 'mimetype' is too large (257 bytes); at most 256 bytes is allowed"
    )


# ---------------------------------------------------------------------------- saving a folder


def test_a_folders_new_publication_json_is_checked_at_its_limit_and_one_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trailing spaces keep the JSON valid, so only its size can be refused."""
    project = project_with(TEAL)
    folder = tmp_path / "map"
    folder.mkdir()
    save(project, folder)
    limit = 2**20
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", limit)
    temp = tmp_path / "nieuw.json"
    body = to_json(project)
    temp.write_bytes(body + b" " * (limit - len(body)))
    used = project.used_assets()
    project_file._verify_folder(folder, folder, temp, used, True)

    temp.write_bytes(body + b" " * (limit + 1 - len(body)))
    with pytest.raises(ProjectFileError) as caught:
        project_file._verify_folder(folder, folder, temp, used, True)
    assert str(caught.value) == (
        "map: could not be saved: what was written would not open again "
        "('publication.json' would be larger than 1 MiB); the previous version is unchanged"
    )
    with pytest.raises(ProjectFileError) as caught:
        project_file._verify_folder(folder, folder, temp, used, False)
    assert str(caught.value).endswith("would be larger than 1 MiB); nothing was saved")


def test_a_folders_check_reads_the_images_from_disk(tmp_path: Path) -> None:
    project = project_with(ORANGE)
    folder = tmp_path / "map"
    folder.mkdir()
    save(project, folder)
    [name] = project.assets
    (folder / name).unlink()
    temp = tmp_path / "nieuw.json"
    temp.write_bytes(to_json(project))
    with pytest.raises(ProjectFileError) as caught:
        project_file._verify_folder(folder, folder, temp, project.used_assets(), True)
    assert str(caught.value) == (
        "map: could not be saved: what was written would not open again "
        f"(image '{name}' is missing from the project); the previous version is unchanged"
    )


def test_an_image_damaged_without_changing_its_size_is_written_anew(tmp_path: Path) -> None:
    project = project_with(ORANGE)
    folder = tmp_path / "map"
    folder.mkdir()
    save(project, folder)
    [name] = project.assets
    damaged = bytearray(ORANGE)
    damaged[-20] ^= 0xFF
    (folder / name).write_bytes(bytes(damaged))
    save(project, folder)
    assert (folder / name).read_bytes() == ORANGE
    assert dict(load(folder).assets) == {name: ORANGE}


def test_an_image_that_is_a_folder_of_its_name_is_refused_not_skipped(tmp_path: Path) -> None:
    project = project_with(ORANGE)
    folder = tmp_path / "map"
    (folder / "assets").mkdir(parents=True)
    [name] = project.assets
    (folder / name).mkdir()
    with pytest.raises(ProjectFileError) as caught:
        save(project, folder)
    assert str(caught.value) == (
        f"map: could not be saved: '{name}' in the project folder is a folder, "
        "not a regular file; Podium writes only to regular files"
    )
    assert (folder / name).is_dir()
    assert not (folder / "publication.json").exists()


def test_a_folder_without_images_gets_no_assets_folder(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    save(project_with(title="Zonder beelden"), folder)
    assert sorted(path.name for path in folder.iterdir()) == ["publication.json"]
    assert load(folder).publication.title == "Zonder beelden"


def test_a_folder_save_tidies_only_unused_images_that_are_plain_files(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    save(project_with(ORANGE, TEAL), folder)
    assets = folder / "assets"
    teal = asset_name(TEAL, "png")
    outside = tmp_path / "elders.png"
    outside.write_bytes(ORANGE)
    linked = assets / ("b" * 64 + ".png")
    linked.symlink_to(outside)
    (assets / "notities.txt").write_text("bewaren")
    (assets / ("c" * 64 + ".gif")).mkdir()

    save(project_with(ORANGE), folder)
    assert sorted(path.name for path in assets.iterdir()) == sorted(
        [asset_name(ORANGE, "png").split("/")[1], linked.name, "notities.txt", "c" * 64 + ".gif"]
    )
    assert not (folder / teal).exists()
    assert outside.read_bytes() == ORANGE
    assert os.path.islink(linked)


def test_an_unused_image_in_a_folder_is_not_part_of_what_is_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    save(project_with(ORANGE), folder)
    spare = folder / asset_name(TEAL, "png")
    spare.write_bytes(TEAL)
    assert dict(load(folder).assets) == {asset_name(ORANGE, "png"): ORANGE}


def test_a_folder_without_an_assets_folder_loads_with_no_images(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "publication.json").write_bytes(to_json(project_with(title="Kaal")))
    loaded = load(folder)
    assert dict(loaded.assets) == {}
    assert loaded.publication.title == "Kaal"


# ---------------------------------------------------------------------------- opening


def test_an_error_without_a_system_message_is_said_in_its_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def odd(path: object) -> os.stat_result:
        raise OSError("the share went away")

    monkeypatch.setattr(os, "stat", odd)
    assert refused(tmp_path / "weg.podium") == "weg.podium: cannot be read (the share went away)"


def test_a_folder_save_whose_image_the_reader_would_refuse_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    project = project_with(TEAL)
    [name] = project.assets
    monkeypatch.setattr(project_file, "MAX_ASSET_BYTES", len(TEAL) - 1)
    with pytest.raises(ProjectFileError) as caught:
        save(project, folder)
    assert str(caught.value) == (
        "map: could not be saved: what was written would not open again "
        f"('{name}' is too large ({len(TEAL)} bytes); at most {len(TEAL) - 1} bytes is allowed);"
        " nothing was saved"
    )
    assert not (folder / "publication.json").exists()


def test_unpacking_into_a_folder_with_other_files_says_how_to_go_on(tmp_path: Path) -> None:
    packed = tmp_path / "p.podium"
    save(project_with(ORANGE), packed)
    busy = tmp_path / "bezet"
    busy.mkdir()
    (busy / "brief.txt").write_text("van mij")
    with pytest.raises(ProjectFileError) as caught:
        unpack(packed, busy)
    assert str(caught.value) == (
        "bezet: is a folder that holds other files; choose an empty folder, "
        "or unpack over it with --force"
    )
    (busy / "publication.json").write_text("{}")
    with pytest.raises(ProjectFileError) as caught:
        unpack(packed, busy)
    assert str(caught.value) == (
        "bezet: already holds a project; choose an empty folder, or unpack over it with --force"
    )
    assert unpack(packed, busy, force=True).publication == load(packed).publication
    assert (busy / "brief.txt").read_text() == "van mij"


def test_saving_a_project_that_lacks_an_image_names_it(tmp_path: Path) -> None:
    whole = project_with(ORANGE, TEAL)
    broken = Project(whole.publication, {asset_name(ORANGE, "png"): ORANGE})
    with pytest.raises(ProjectFileError) as caught:
        save(broken, tmp_path / "half.podium")
    assert str(caught.value) == (
        f"half.podium: image '{asset_name(TEAL, 'png')}' is not in the project"
    )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- exact words


@pytest.mark.parametrize(
    ("names", "reason"),
    [
        (["mimetype"], "the file has no 'publication.json'"),
        (["mimetype", "publication.json", "run.sh"], "unexpected entry 'run.sh' in the project"),
        (
            ["mimetype", "publication.json", "assets/notes.txt"],
            "entry 'assets/notes.txt' is not an image named by its content hash",
        ),
    ],
)
def test_a_file_with_entries_a_project_never_has_is_refused_in_exactly_these_words(
    tmp_path: Path, names: list[str], reason: str
) -> None:
    contents = {"mimetype": MIMETYPE, "publication.json": to_json(project_with())}
    path = tmp_path / "vreemd.podium"
    path.write_bytes(zip_of([(name, contents.get(name, b"x")) for name in names]))
    assert refused(path) == f"vreemd.podium: {reason}"


def test_a_folders_publication_json_that_is_a_link_is_refused_in_exactly_these_words(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "map"
    save(project_with(), tmp_path / "echt.podium")
    unpack(tmp_path / "echt.podium", folder)
    real = tmp_path / "elders.json"
    (folder / "publication.json").rename(real)
    (folder / "publication.json").symlink_to(real)
    assert refused(folder) == (
        "map: 'publication.json' is a link; Podium does not follow links in a project"
    )


def test_saved_json_keeps_letters_as_they_are_and_the_journal_is_compact(tmp_path: Path) -> None:
    project = project_with(title="Café Überleben")
    pretty = to_json(project).decode("utf-8")
    assert "Café Überleben" in pretty and "\\u00e9" not in pretty
    assert pretty.startswith('{\n  "')  # indented for people who read it
    data = project_file.to_zip_bytes(project, pretty=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        compact = archive.read("publication.json").decode("utf-8")
        dates = {info.date_time for info in archive.infolist()}
    assert "Café Überleben" in compact
    assert '", "' not in compact and '": ' not in compact and "\n" not in compact.strip()
    assert dates == {(1980, 1, 1, 0, 0, 0)}  # the same project gives the same bytes


def test_a_save_error_without_a_system_message_is_said_in_its_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def odd(*args: object, **kwargs: object) -> None:
        raise OSError("the share went away")

    monkeypatch.setattr(project_file, "_write_zip", odd)
    with pytest.raises(ProjectFileError) as caught:
        save(project_with(), tmp_path / "weg.podium")
    assert str(caught.value) == (
        "weg.podium: could not be saved (the share went away); nothing was saved"
    )


def test_a_saved_file_holds_the_readable_publication_json(tmp_path: Path) -> None:
    project = project_with(picture((200, 30, 30)))
    save(project, tmp_path / "a.podium")
    with zipfile.ZipFile(tmp_path / "a.podium") as archive:
        assert archive.read("publication.json") == to_json(project)
        assert b'\n  "' in archive.read("publication.json")
