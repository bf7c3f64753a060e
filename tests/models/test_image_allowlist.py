"""Only PNG, JPEG, GIF and WebP are ever decoded; every other format is refused by name.

Each hostile picture is built here and stored the way an attacker would store it: as
``assets/<sha256>.png``, used by a section of an otherwise valid project. The project reader
refuses it with a message that says what the file really is, ``validate`` says so in one
line, and nothing below the reader (Pillow's other plugins, Ghostscript) is reached.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import EpsImagePlugin, UnidentifiedImageError, features
from PIL import Image as PILImage

import main
from models import ProjectFileError, images, load
from models.project import asset_name
from models.project_file import MIMETYPE

ALLOWED = "only PNG, JPEG, GIF and WebP images are allowed"
EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n/x { } def { x } loop\nshowpage\n%%EOF\n"


def pillow(kind: str, mode: str = "RGB", size: tuple[int, int] = (8, 6), **save: Any) -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, size, "#00557F").save(buffer, kind, **save)
    return buffer.getvalue()


def jpeg2000() -> bytes:
    if features.check("jpg_2000"):
        return pillow("JPEG2000")
    return b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(64)  # the signature box alone


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
PSD = b"8BPS\x00\x01" + bytes(6) + b"\x00\x03\x00\x00\x00\x04\x00\x00\x00\x04\x00\x08\x00\x03"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

REFUSED = [
    pytest.param(EPS, "an EPS (PostScript) file", id="eps"),
    pytest.param(pillow("TIFF"), "a TIFF image", id="tiff"),
    pytest.param(pillow("BMP"), "a BMP image", id="bmp"),
    pytest.param(jpeg2000(), "a JPEG 2000 image", id="jpeg2000"),
    pytest.param(PSD, "a Photoshop (PSD) file", id="psd"),
    pytest.param(SVG, "an SVG drawing", id="svg"),
    pytest.param(PDF, "a PDF document", id="pdf"),
    pytest.param(pillow("ICO", size=(16, 16)), "an ICO icon", id="ico"),
    pytest.param(b"\xd7\xcd\xc6\x9a" + bytes(40), "a WMF drawing", id="wmf"),
]


def write_project(path: Path, data: bytes, name: str | None = None, *, zipped: bool) -> str:
    """A saved project whose one section shows ``data`` as ``name`` (default: a .png)."""
    name = name or f"assets/{hashlib.sha256(data).hexdigest()}.png"
    publication = {
        "schema_version": 1,
        "title": "Titel",
        "publication_date": "2024-05-01",
        "blocks": [
            {"kind": "section", "id": "s", "title": "T", "images": [{"asset": name, "alt": "x"}]}
        ],
    }
    raw = json.dumps(publication).encode()
    if zipped:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", MIMETYPE, compress_type=zipfile.ZIP_STORED)
            archive.writestr("publication.json", raw, compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    else:
        (path / "assets").mkdir(parents=True)
        (path / "publication.json").write_bytes(raw)
        (path / name).write_bytes(data)
    return name


@pytest.fixture(params=[True, False], ids=["zip", "folder"])
def saved(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., tuple[Path, str]]:
    def make(data: bytes, name: str | None = None) -> tuple[Path, str]:
        path = tmp_path / ("p.podium" if request.param else "p")
        return path, write_project(path, data, name, zipped=request.param)

    return make


def validate(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, list[str]]:
    code = main.main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    return code, err.splitlines()


# ---------------------------------------------------------------- the reader


@pytest.mark.parametrize(("data", "what"), REFUSED)
def test_a_refused_format_is_named_by_the_reader(
    data: bytes,
    what: str,
    saved: Callable[..., tuple[Path, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, name = saved(data)
    expected = f"{path.name}: image '{name}' is {what}; {ALLOWED}"
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    assert str(caught.value) == expected
    # A file error (exit 2 in main.py's scheme), said in one line.
    assert validate(capsys, path) == (2, [f"podium: {expected}"])


def test_unknown_bytes_are_refused_too(saved: Callable[..., tuple[Path, str]]) -> None:
    path, _name = saved(b"\x00\x01\x02 nothing anyone knows")
    with pytest.raises(ProjectFileError, match="is not a PNG, JPEG, GIF or WebP image"):
        load(path)


@pytest.mark.parametrize(
    ("data", "extension", "message"),
    [
        (pillow("JPEG"), "png", "is a JPEG image but is named '.png'"),
        (pillow("PNG"), "jpg", "is a PNG image but is named '.jpg'"),
        (pillow("GIF", mode="P"), "webp", "is a GIF image but is named '.webp'"),
        (pillow("WEBP"), "gif", "is a WebP image but is named '.gif'"),
    ],
    ids=["jpeg-as-png", "png-as-jpg", "gif-as-webp", "webp-as-gif"],
)
def test_the_extension_must_match_the_real_format(
    data: bytes, extension: str, message: str, saved: Callable[..., tuple[Path, str]]
) -> None:
    path, name = saved(data, f"assets/{hashlib.sha256(data).hexdigest()}.{extension}")
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    assert (
        str(caught.value)
        == f"{path.name}: image '{name}' {message}; the name must match the format"
    )


@pytest.mark.parametrize(
    ("kind", "extension", "mode"),
    [
        ("PNG", "png", "RGB"),
        ("JPEG", "jpg", "RGB"),
        ("JPEG", "jpeg", "RGB"),
        ("GIF", "gif", "P"),
        ("WEBP", "webp", "RGB"),
    ],
)
def test_the_four_allowed_formats_open(
    kind: str, extension: str, mode: str, saved: Callable[..., tuple[Path, str]]
) -> None:
    data = pillow(kind, mode=mode)
    path, name = saved(data, f"assets/{hashlib.sha256(data).hexdigest()}.{extension}")
    assert load(path).assets[name] == data


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "GIF", "WEBP"])
def test_a_truncated_image_is_found_when_the_project_is_read(
    kind: str, saved: Callable[..., tuple[Path, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    whole = pillow(kind, mode="P" if kind == "GIF" else "RGB", size=(300, 200))
    data = whole[: len(whole) * 2 // 3]
    ext = images.EXTENSION[kind]
    path, name = saved(data, f"assets/{hashlib.sha256(data).hexdigest()}.{ext}")
    with pytest.raises(ProjectFileError, match=f"image '{name}' is damaged or incomplete"):
        load(path)
    code, lines = validate(capsys, path)
    assert code == 2 and len(lines) == 1 and "is damaged or incomplete" in lines[0]


def test_too_many_pixels_are_refused_before_decoding(
    saved: Callable[..., tuple[Path, str]],
) -> None:
    # 8000 × 8000 is below Pillow's own bomb limit, above Podium's; the data is tiny.
    data = pillow("PNG", mode="1", size=(8000, 8000))
    path, _name = saved(data)
    with pytest.raises(ProjectFileError, match="has too many pixels \\(8000 × 8000"):
        load(path)


# ---------------------------------------------------------------- the opener itself


@pytest.mark.parametrize(("data", "what"), REFUSED)
def test_the_safe_opener_refuses_what_the_reader_refuses(data: bytes, what: str) -> None:
    with pytest.raises(images.ImageError) as caught:
        images.open_image(data)
    assert caught.value.reason == f"is {what}; {ALLOWED}"


def test_pillow_itself_can_no_longer_open_eps_or_run_ghostscript() -> None:
    """Defence in depth: even a plain ``PIL.Image.open`` somewhere cannot reach ``gs``."""
    assert "EPS" not in PILImage.OPEN and "EPS" not in PILImage.ID
    assert EpsImagePlugin.has_ghostscript() is False
    with pytest.raises(UnidentifiedImageError):
        PILImage.open(io.BytesIO(EPS))


def test_pillow_loaded_later_still_has_no_eps_and_a_webp_loads_only_its_plugin() -> None:
    """Importing the opener loads no other plugin (each start paid for them), nor does
    decoding a WebP; when Pillow loads them all later, for a format it did not know yet, EPS
    stays unregistered. In a fresh process: this one has loaded every plugin long ago."""
    script = (
        "import sys\n"
        "from PIL import Image\n"
        "from models import images\n"
        "assert 'PIL.TiffImagePlugin' not in sys.modules\n"
        f"assert images.check(bytes.fromhex('{pillow('WEBP').hex()}')).format == 'WEBP'\n"
        "assert 'PIL.TiffImagePlugin' not in sys.modules\n"
        "Image.init()\n"
        "assert 'TIFF' in Image.OPEN and 'EPS' not in Image.OPEN and 'EPS' not in Image.ID\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_checked_images_are_not_decoded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pillow("PNG", size=(5, 7))
    assert images.check(data) == images.ImageInfo("PNG", 5, 7)
    monkeypatch.setattr(images, "open_image", lambda _data: pytest.fail("decoded again"))
    assert images.check(data, "assets/x.png").format == "PNG"


def test_asset_names_agree_with_the_bytes() -> None:
    jpeg = pillow("JPEG")
    assert asset_name(jpeg, "jpeg").endswith(".jpeg")
    with pytest.raises(ValueError, match=re.escape("is a JPEG image, not a '.png' one")):
        asset_name(jpeg, "png")
    with pytest.raises(ValueError, match=re.escape(f"is an EPS (PostScript) file; {ALLOWED}")):
        asset_name(EPS, "png")
