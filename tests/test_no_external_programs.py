"""Reading, previewing and exporting a project never starts another program.

Every way Python has to start one (``subprocess``, ``os.system``, ``posix_spawn``, ``fork``,
the ``exec`` family) is replaced by a trap for the whole test; then projects are read,
rendered through the preview's render path (in this process) and exported. A hostile project
holds a PostScript file named as a PNG: Pillow's EPS reader would run Ghostscript (``gs``)
through ``subprocess``; the reader refuses it, and even a project that skipped the reader
cannot get Pillow to start ``gs``.

The preview's worker is itself a process that the editor starts on purpose
(:mod:`editor.preview.render_worker`); here its loop runs on a thread over a pipe, to show
that what it does with a project starts nothing.
"""

from __future__ import annotations

import _posixsubprocess
import hashlib
import io
import json
import os
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from importlib.resources import files
from multiprocessing import Pipe
from pathlib import Path
from typing import Any

import pytest
from PIL import EpsImagePlugin, ExifTags, UnidentifiedImageError
from PIL import Image as PILImage

from editor.preview.render_worker import serve
from exporters.export import ALL_FORMATS, Rendering, export, render_project
from exporters.ir import build
from exporters.pdf.media import SafeImageReader
from models import Project, ProjectFileError, Publication, images, load, save
from models.preflight import preflight
from models.project import iter_images
from models.project_file import MIMETYPE

SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n{ } loop\nshowpage\n%%EOF\n"

_SPAWNERS = (
    "system",
    "popen",
    "posix_spawn",
    "posix_spawnp",
    "fork",
    "forkpty",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execv",
    "execve",
    "execvp",
    "execvpe",
    "spawnl",
    "spawnle",
    "spawnlp",
    "spawnlpe",
    "spawnv",
    "spawnve",
    "spawnvp",
    "spawnvpe",
)


@pytest.fixture(autouse=True)
def no_programs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Trap every way to start a program; the test fails if one is used, even if swallowed."""
    started: list[str] = []

    def trap(name: str) -> Any:
        def started_a_program(*args: Any, **kwargs: Any) -> Any:
            started.append(f"{name}{args[:2]!r}")
            raise AssertionError(f"a program was started: {name}{args[:2]!r}")

        return started_a_program

    monkeypatch.setattr(subprocess, "Popen", trap("subprocess.Popen"))
    monkeypatch.setattr(_posixsubprocess, "fork_exec", trap("_posixsubprocess.fork_exec"))
    for name in _SPAWNERS:
        if hasattr(os, name):
            monkeypatch.setattr(os, name, trap(f"os.{name}"))
    yield started
    assert started == []


def photo() -> bytes:
    """A JPEG with a camera rotation and GPS tags, so preparing it has real work to do."""
    exif = PILImage.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (52.0, 22.0, 7.5)
    buffer = io.BytesIO()
    PILImage.new("RGB", (80, 40), "#00557F").save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def with_image(data: bytes, extension: str) -> Project:
    name = f"assets/{hashlib.sha256(data).hexdigest()}.{extension}"
    publication = Publication.model_validate(
        {
            "title": "Titel",
            "publication_date": "2024-05-01",
            "blocks": [
                {
                    "kind": "section",
                    "id": "s",
                    "title": "Zaal",
                    "body": [
                        "Tekst.",
                        {"kind": "figure", "images": [{"asset": name, "alt": "De zaal"}]},
                    ],
                }
            ],
        }
    )
    return Project(publication, {name: data})


def test_the_trap_works(no_programs: list[str]) -> None:
    with pytest.raises(AssertionError, match="a program was started"):
        subprocess.run(["true"], check=False)
    with pytest.raises(AssertionError):
        os.system("true")
    assert len(no_programs) == 2
    no_programs.clear()  # expected here; the fixture's final check is for the other tests


def test_reading_previewing_and_exporting_start_nothing(tmp_path: Path) -> None:
    save(with_image(photo(), "jpg"), tmp_path / "foto.podium")
    for path in (SAMPLE, tmp_path / "foto.podium"):
        project = load(path)
        assert list(iter_images(project.publication))
        preflight(project)
        rendering = render_project(project)
        assert rendering.errors == () and rendering.pdf and rendering.html
        out = tmp_path / path.stem
        export(project, pdf=out.with_suffix(".pdf"), html=out.with_suffix(".html"))
        assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")


def test_the_preview_workers_loop_starts_nothing() -> None:
    project = load(SAMPLE)
    ours, theirs = Pipe()
    worker = threading.Thread(target=serve, args=(theirs,), daemon=True)
    worker.start()
    try:
        names = list(project.assets)
        # (job, publication, new assets, asset names, formats, focus, cancellable)
        ours.send((1, project.publication, dict(project.assets), names, ALL_FORMATS, None, False))
        assert ours.poll(120), "the worker loop did not answer"
        rendering = ours.recv()
    finally:
        ours.send(None)
        worker.join(10)
    assert isinstance(rendering, Rendering)
    assert rendering.errors == () and rendering.pdf and rendering.html


@pytest.mark.parametrize("zipped", [True, False], ids=["zip", "folder"])
def test_a_postscript_file_named_as_png_is_refused_on_open(tmp_path: Path, zipped: bool) -> None:
    name = f"assets/{hashlib.sha256(EPS).hexdigest()}.png"
    raw = json.dumps(
        {
            "schema_version": 1,
            "title": "T",
            "publication_date": "2024-05-01",
            "theme": {"logo": {"asset": name, "alt": "logo"}},
        }
    ).encode()
    path = tmp_path / ("p.podium" if zipped else "p")
    if zipped:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", MIMETYPE)
            archive.writestr("publication.json", raw)
            archive.writestr(name, EPS)
    else:
        (path / "assets").mkdir(parents=True)
        (path / "publication.json").write_bytes(raw)
        (path / name).write_bytes(EPS)
    with pytest.raises(ProjectFileError, match="is an EPS \\(PostScript\\) file"):
        load(path)


def test_a_project_that_skipped_the_reader_still_cannot_reach_ghostscript() -> None:
    project = with_image(EPS, "png")
    with pytest.raises(images.ImageError, match="EPS"):
        build(project)
    rendering = render_project(project)
    assert rendering.pdf is None and rendering.html is None and rendering.errors
    with pytest.raises(images.ImageError):
        SafeImageReader(EPS)
    with pytest.raises(UnidentifiedImageError):  # EPS is unregistered from Pillow
        PILImage.open(io.BytesIO(EPS))
    eps = EpsImagePlugin.EpsImageFile(io.BytesIO(EPS))  # the plugin, called by hand
    with pytest.raises(OSError, match="Ghostscript"):
        eps.load()
