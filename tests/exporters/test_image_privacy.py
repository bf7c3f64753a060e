"""A photo is published upright and says nothing about where or with what it was taken.

The camera's rotation (EXIF orientation) is applied once, identically for the PDF and the
web page, and EXIF (with GPS and camera tags), XMP and comments never reach either export,
nor the project when a photo is added in the editor. Pictures are made by Pillow here.
"""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pikepdf
import pytest
from PIL import ExifTags
from PIL import Image as PILImage

from exporters import ir
from exporters.html import render_html
from exporters.pdf import render_pdf
from models import Project, Publication, images
from models.project import asset_name

#: Strings hidden in the metadata of the test photos; none may appear in any output.
SECRETS = (b"Exif", b"SecretCam", b"SecretModel", b"SECRETDATUM", b"SECRETXMP", b"SECRETNOTE")
BLUE, RED = (0, 0, 255), (220, 30, 30)


def photo(kind: str = "JPEG", orientation: int = 6, size: tuple[int, int] = (120, 60)) -> bytes:
    """A landscape picture whose left quarter is blue, with orientation, GPS and camera tags.

    Orientation 6 means "turn 90° clockwise to show", so shown upright it is portrait
    and its blue band runs along the top.
    """
    picture = PILImage.new("RGB", size, RED)
    picture.paste(BLUE, (0, 0, size[0] // 4, size[1]))
    exif = PILImage.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "SecretCam"
    exif[ExifTags.Base.Model] = "SecretModel"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 22.0, 7.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (4.0, 53.0, 1.25)
    gps[ExifTags.GPS.GPSMapDatum] = "SECRETDATUM"
    options: dict[str, object] = {"exif": exif.tobytes()}
    if kind in ("JPEG", "PNG", "WEBP"):
        options["xmp"] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRETXMP</x:xmpmeta>'
    if kind == "JPEG":
        options["comment"] = b"SECRETNOTE"
        options["quality"] = 95
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    data = buffer.getvalue()
    assert b"SECRETDATUM" in data and b"SecretModel" in data  # the test photo leaks
    return data


def assert_bare(data: bytes) -> None:
    for secret in SECRETS:
        assert secret not in data, secret
    with images.open_image(data) as picture:
        assert not picture.getexif()
        assert not picture.info.get("xmp") and "comment" not in picture.info


def assert_upright(picture: PILImage.Image, size: tuple[int, int] = (60, 120)) -> None:
    """Portrait, and the band that was blue on the left is now along the top."""
    rgb = picture.convert("RGB")
    assert rgb.size == size
    top, bottom = rgb.getpixel((size[0] // 2, 2)), rgb.getpixel((size[0] // 2, size[1] - 3))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[2] > 200 and top[0] < 60, top  # blue
    assert bottom[0] > 180 and bottom[2] < 80, bottom  # red


def document(data: bytes, extension: str = "jpg") -> ir.Document:
    name = asset_name(data, extension)
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
    return ir.build(Project(publication, {name: data}))


# ---------------------------------------------------------------- both exports


def test_the_pdf_prints_the_photo_upright_and_without_metadata() -> None:
    pdf = render_pdf(document(photo()))
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        streams = [obj for obj in opened.objects if isinstance(obj, pikepdf.Stream)]
        pictures = [s for s in streams if s.get("/Subtype") == "/Image"]
        assert len(pictures) == 1
        (picture,) = pictures
        assert (int(picture.Width), int(picture.Height)) == (60, 120)
        assert_upright(pikepdf.PdfImage(picture).as_pil_image())
        embedded = io.BytesIO()
        pikepdf.PdfImage(picture).extract_to(stream=embedded)  # the JPEG file as embedded
        assert_bare(embedded.getvalue())
        for stream in streams:  # decoded, so nothing hides behind compression
            content = embedded.getvalue() if stream is picture else stream.read_bytes()
            for secret in SECRETS:
                assert secret not in content, secret
    for secret in SECRETS:
        assert secret not in pdf


def test_the_web_page_shows_the_photo_upright_and_without_metadata() -> None:
    page = render_html(document(photo()))
    (uri,) = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', page)
    data = base64.b64decode(uri)
    assert_bare(data)
    with images.open_image(data) as picture:
        assert_upright(picture)
    assert 'width="60"' in page and 'height="120"' in page


def test_both_exports_embed_the_same_upright_pixels() -> None:
    built = document(photo())
    (figure,) = [
        figure
        for block in built.blocks
        if isinstance(block, ir.Group)
        for child in block.children
        if isinstance(child, ir.FigureGroup)
        for figure in child.figures
    ]
    assert (figure.width_px, figure.height_px) == (60, 120)
    assert_bare(figure.data)


# ---------------------------------------------------------------- every format


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
@pytest.mark.parametrize("orientation", [1, 6])
def test_prepare_turns_and_strips_every_format(kind: str, orientation: int) -> None:
    prepared = images.prepare(photo(kind, orientation))
    assert prepared.format == kind
    assert_bare(prepared.data)
    with images.open_image(prepared.data) as picture:
        if orientation == 6:
            assert_upright(picture)
        else:
            assert picture.size == (120, 60)


def test_an_unrotated_jpeg_keeps_its_pixels_and_colour_profile() -> None:
    """Metadata is cut out of the file; the compressed picture is not touched."""
    picture = PILImage.new("RGB", (64, 32), RED)
    icc = b"\x00" * 128 + b"acspICCPROFILE"  # kept byte for byte, whatever it says
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=80, icc_profile=icc, comment=b"SECRETNOTE")
    original = buffer.getvalue()
    prepared = images.prepare(original)
    assert b"SECRETNOTE" not in prepared.data and b"ICC_PROFILE\x00" in prepared.data
    start = original.index(b"\xff\xda")  # the scan itself is copied as it was
    assert prepared.data.endswith(original[start:])


def test_an_animated_gif_keeps_its_frames_and_loses_its_comment() -> None:
    frames = [PILImage.new("RGB", (6, 6), (i * 80, 0, 0)) for i in range(3)]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], loop=0, comment=b"SECRETNOTE"
    )
    prepared = images.prepare(buffer.getvalue())
    assert b"SECRETNOTE" not in prepared.data and b"NETSCAPE2.0" in prepared.data
    with images.open_image(prepared.data) as picture:
        assert getattr(picture, "n_frames", 1) == 3


def test_a_clean_image_is_left_as_it_is() -> None:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), BLUE).save(buffer, "PNG")
    assert images.prepare(buffer.getvalue()).data == buffer.getvalue()


def test_prepared_images_are_cached_by_content(monkeypatch: pytest.MonkeyPatch) -> None:
    data = photo(size=(40, 20))
    first = images.prepare(data)
    monkeypatch.setattr(images, "_prepare", lambda _data: pytest.fail("prepared again"))
    assert images.prepare(bytes(data)) is first


# ---------------------------------------------------------------- adding a photo in the editor


def test_adding_a_photo_stores_it_upright_and_without_metadata(tmp_path: Path) -> None:
    from editor.widgets.image_list import read_image  # Qt-free, but lives in the editor

    path = tmp_path / "zaal.JPG"
    path.write_bytes(photo())
    record, data, extension = read_image(path)
    assert extension == "jpg" and record["asset"] == asset_name(data, "jpg")
    assert_bare(data)
    with images.open_image(data) as picture:
        assert_upright(picture)


def test_a_photo_named_for_another_format_is_stored_under_its_real_one(tmp_path: Path) -> None:
    from editor.widgets.image_list import read_image

    path = tmp_path / "logo.jpg"
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), BLUE).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    record, _data, extension = read_image(path)
    assert extension == "png" and str(record["asset"]).endswith(".png")
