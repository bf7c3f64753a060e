"""A project read while the editor starts is used only if it is still what is on disk."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from models import ProjectFileError, load, save
from models import preload as preload_module
from models.preload import Preload, stamp_of
from models.project_file import load as real_load

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A project folder with a photo: the second example, a day in parts."""
    return Path(shutil.copytree(SAMPLES / "iedereen-digitaal-mee", tmp_path / "day"))


def _retitle(folder: Path, title: str) -> None:
    path = folder / "publication.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = title
    path.write_text(json.dumps(data), encoding="utf-8")


def test_the_preloaded_project_is_what_load_gives(folder: Path) -> None:
    assert Preload(folder).take(folder) == load(folder)


def test_a_podium_file_is_preloaded_as_well(folder: Path, tmp_path: Path) -> None:
    file = tmp_path / "day.podium"
    save(load(folder), file)
    assert Preload(file).take(file) == load(file)


def test_a_project_changed_since_the_start_is_read_again(folder: Path) -> None:
    preload = Preload(folder)
    _retitle(folder, "Een andere titel, langer dan de eerste")
    assert preload.take(folder).publication.title == "Een andere titel, langer dan de eerste"


def test_a_photo_added_to_the_folder_since_the_start_counts_as_a_change(folder: Path) -> None:
    before = stamp_of(folder)
    (folder / "assets" / "extra.png").write_bytes(b"not read unless used")
    assert stamp_of(folder) != before
    assert stamp_of(folder) == stamp_of(folder)


def test_a_refused_file_is_refused_with_the_same_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.podium"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ProjectFileError) as direct:
        load(broken)
    with pytest.raises(ProjectFileError) as preloaded:
        Preload(broken).take(broken)
    assert str(preloaded.value) == str(direct.value)


def test_another_path_is_read_as_asked(folder: Path, tmp_path: Path) -> None:
    other = Path(shutil.copytree(SAMPLES / "ruimte-voor-professionals", tmp_path / "other"))
    assert Preload(folder).take(other) == load(other)


def test_a_read_that_failed_unexpectedly_is_done_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def failing_once(path: Path) -> object:
        calls.append(path)
        if len(calls) == 1:
            raise RuntimeError("a bug in the read")
        return load(path)

    monkeypatch.setattr(preload_module, "load", failing_once)
    assert Preload(folder).take(folder) == load(folder)
    assert calls == [folder, folder]


def test_the_result_is_taken_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preload = Preload(folder)
    first = preload.take(folder)
    calls: list[Path] = []

    def counting(path: Path) -> object:
        calls.append(path)
        return first

    monkeypatch.setattr(preload_module, "load", counting)
    preload.take(folder)
    assert calls == [folder]


def test_a_missing_project_has_no_stamp_and_is_read_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "gone.podium"
    assert stamp_of(missing) is None
    with pytest.raises(ProjectFileError, match="no such file or folder"):
        Preload(missing).take(missing)


def test_a_folder_of_more_assets_than_load_reads_has_no_stamp(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = len(list((folder / "assets").iterdir()))
    monkeypatch.setattr(preload_module, "MAX_ENTRIES", count)
    assert stamp_of(folder) is not None
    (folder / "assets" / "one-too-many.png").write_bytes(b"")
    assert stamp_of(folder) is None


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every read of a project, on any thread."""
    calls: list[Path] = []
    real = real_load

    def counting(path: Path) -> object:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(preload_module, "load", counting)
    return calls


def test_an_unchanged_project_is_read_once(folder: Path, loads: list[Path]) -> None:
    Preload(folder).take(folder)
    assert loads == [folder]


def test_a_refused_file_is_read_once(tmp_path: Path, loads: list[Path]) -> None:
    broken = tmp_path / "broken.podium"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ProjectFileError):
        Preload(broken).take(broken)
    assert loads == [broken]


def test_a_changed_project_is_read_again(folder: Path, loads: list[Path]) -> None:
    preload = Preload(folder)
    _retitle(folder, "Nieuw")
    preload.take(folder)
    assert loads == [folder, folder]


def test_an_identical_copy_elsewhere_is_read_itself(
    folder: Path, tmp_path: Path, loads: list[Path]
) -> None:
    """Same files, sizes and times (copytree keeps them): still another project."""
    copy = Path(shutil.copytree(folder, tmp_path / "copy"))
    assert stamp_of(copy) == stamp_of(folder)
    Preload(folder).take(copy)
    assert loads == [folder, copy]


def test_a_project_without_a_stamp_is_read_again(tmp_path: Path, loads: list[Path]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()  # no publication.json: no stamp, and a refusal either way
    with pytest.raises(ProjectFileError):
        Preload(empty).take(empty)
    assert loads == [empty, empty]


def test_the_read_runs_on_a_named_thread_that_never_keeps_podium_open(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = real_load

    def waiting(path: Path) -> object:
        release.wait(10)
        return real(path)

    monkeypatch.setattr(preload_module, "load", waiting)
    preload = Preload(folder)
    try:
        threads = [t for t in threading.enumerate() if t.name == "podium-preload"]
        assert len(threads) == 1 and threads[0].daemon is True
    finally:
        release.set()
    preload.take(folder)
