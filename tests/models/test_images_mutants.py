"""models.images, the details a mutant changes: Pillow's hardening, how a rotated photo is
encoded again (format, quality, profile, transparency), and the strippers' exact byte walks."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import EpsImagePlugin, ExifTags, ImageFile, TiffImagePlugin
from PIL import Image as PILImage

from models import images
from models.images import ImageError

#: A profile Pillow stores as given (it does not parse it).
ICC = b"\x00" * 128 + b"acspICCPROFILE"


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    """Every test decodes afresh: a cached result would hide the code under test."""
    images.clear_caches()
    yield
    images.clear_caches()


def exif(orientation: int) -> bytes:
    data = PILImage.Exif()
    data[ExifTags.Base.Orientation] = orientation
    data[ExifTags.Base.Make] = "SecretCam"
    return data.tobytes()


def gradient(size: tuple[int, int] = (48, 32), mode: str = "RGB") -> PILImage.Image:
    """A picture with detail, so encoder settings change the bytes."""
    picture = PILImage.new("RGB", size)
    picture.putdata(
        [
            ((x * 7) % 256, (y * 11) % 256, (x * y) % 256)
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    return picture.convert(mode) if mode != "RGB" else picture


def encoded(picture: PILImage.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    return buffer.getvalue()


# ------------------------------------------------------------------- hardening Pillow


def test_hardening_unregisters_eps_again_and_forbids_ghostscript_and_truncated_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A library that re-registered EPS or allowed truncated files is overruled."""
    monkeypatch.setitem(PILImage.OPEN, "EPS", PILImage.OPEN.get("PNG"))
    monkeypatch.setattr(PILImage, "ID", [*PILImage.ID, "EPS"])
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", "gs")
    monkeypatch.setattr(EpsImagePlugin, "gs_windows_binary", "gswin64c")
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    images._harden_pillow()
    assert "EPS" not in PILImage.OPEN
    assert "EPS" not in PILImage.ID
    assert EpsImagePlugin.gs_binary is False
    assert EpsImagePlugin.gs_windows_binary is False
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# ------------------------------------------------------------------- re-encoding


def test_a_rotated_jpeg_is_encoded_again_at_quality_95_and_optimised() -> None:
    picture = gradient()
    prepared = images.prepare(encoded(picture, "JPEG", quality=80, exif=exif(3)))
    with images.open_image(encoded(picture, "JPEG", quality=80)) as stored:
        upright = stored.transpose(PILImage.Transpose.ROTATE_180)
        expected = images.strip_jpeg(encoded(upright, "JPEG", quality=95, optimize=True))
    assert prepared.data == expected
    assert (prepared.format, prepared.width, prepared.height) == ("JPEG", 48, 32)


def test_a_rotated_webp_is_encoded_again_at_quality_95() -> None:
    picture = gradient()
    prepared = images.prepare(encoded(picture, "WEBP", quality=50, exif=exif(3)))
    with images.open_image(encoded(picture, "WEBP", quality=50)) as stored:
        upright = stored.transpose(PILImage.Transpose.ROTATE_180)
        expected = images.strip_webp(encoded(upright, "WEBP", quality=95))
    assert prepared.data == expected
    assert encoded(upright, "WEBP") != expected  # Pillow's default quality would differ


def test_a_rotated_png_is_encoded_again_optimised() -> None:
    picture = gradient((64, 64))
    prepared = images.prepare(encoded(picture, "PNG", exif=exif(3)))
    upright = picture.transpose(PILImage.Transpose.ROTATE_180)
    expected = images.strip_png(encoded(upright, "PNG", optimize=True))
    assert prepared.data == expected
    assert expected != images.strip_png(encoded(upright, "PNG"))  # optimize changes the bytes


@pytest.mark.parametrize("kind", ["PNG", "WEBP", "JPEG"])
def test_a_rotated_picture_keeps_its_colour_profile_in_every_format(kind: str) -> None:
    prepared = images.prepare(encoded(gradient((8, 4)), kind, exif=exif(6), icc_profile=ICC))
    assert (prepared.width, prepared.height) == (4, 8)
    with images.open_image(prepared.data) as picture:
        assert picture.info.get("icc_profile") == ICC


@pytest.mark.parametrize("kind", ["PNG", "GIF"])
def test_a_rotated_palette_picture_keeps_its_transparent_colour(kind: str) -> None:
    picture = PILImage.new("P", (6, 3), 1)
    picture.putpalette([0, 0, 0, 255, 0, 0, 0, 0, 255] + [0] * 759)
    picture.paste(2, (0, 0, 2, 3))
    options: dict[str, object] = {"transparency": 2}
    if kind == "PNG":
        options["exif"] = exif(6)
    data = encoded(picture, kind, **options)
    if kind == "GIF":  # Pillow reads no EXIF from a GIF: turn it here
        with images.open_image(data) as stored:
            prepared = images._reencode(stored, "GIF", 6)
    else:
        prepared = images.prepare(data)
    assert (prepared.width, prepared.height) == (3, 6)
    with images.open_image(prepared.data) as result:
        rgba = result.convert("RGBA")
    assert rgba.getpixel((1, 0)) == (0, 0, 255, 0)  # the band turned to the top: see-through
    assert rgba.getpixel((1, 5)) == (255, 0, 0, 255)


@pytest.mark.parametrize("mode", ["L", "CMYK"])
def test_a_rotated_grey_or_cmyk_jpeg_stays_in_its_colour_mode(mode: str) -> None:
    prepared = images.prepare(encoded(gradient((8, 4), mode), "JPEG", exif=exif(6)))
    with images.open_image(prepared.data) as picture:
        assert (picture.mode, picture.size) == (mode, (4, 8))


def test_a_picture_with_alpha_is_made_rgb_for_a_jpeg() -> None:
    with images.open_image(encoded(gradient((6, 3), "RGBA"), "PNG")) as picture:
        prepared = images._reencode(picture, "JPEG", 6)
    assert (prepared.format, prepared.width, prepared.height) == ("JPEG", 3, 6)
    with images.open_image(prepared.data) as result:
        assert result.mode == "RGB"


# ------------------------------------------------------------------- GIF blocks

#: A 1×1 GIF's parts: its image (descriptor, LZW data) and the trailer.
GIF_IMAGE = b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00"


def gif(flags: int, *blocks: bytes) -> bytes:
    """A 1×1 GIF with a global colour table as ``flags`` say (its colours all black)."""
    table = 3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0
    screen = b"GIF89a" + struct.pack("<HH", 1, 1) + bytes((flags, 0, 0))
    return screen + bytes(table) + b"".join(blocks) + b";"


@pytest.mark.parametrize("bits", range(8))
def test_strip_gif_skips_a_global_colour_table_of_every_size(bits: int) -> None:
    data = gif(0x80 | bits, GIF_IMAGE)
    assert images.strip_gif(data) == data
    assert images.strip_gif(gif(0x80 | bits, b"!\xfe\x03abc\x00", GIF_IMAGE)) == data


def test_strip_gif_reads_no_colour_table_when_the_flag_is_off() -> None:
    """The size bits mean nothing without the table flag (0x80)."""
    data = gif(0x07, GIF_IMAGE)
    assert images.strip_gif(data) == data
    with images.open_image(data) as picture:
        assert picture.size == (1, 1)


@pytest.mark.parametrize("bits", range(8))
def test_strip_gif_skips_a_local_colour_table_of_every_size(bits: int) -> None:
    table = bytes(3 * 2 ** (bits + 1))
    image = GIF_IMAGE[:9] + bytes((0x80 | bits,)) + table + GIF_IMAGE[10:]
    data = gif(0, image)
    assert images.strip_gif(data) == data


def test_strip_gif_reads_no_local_table_when_the_flag_is_off() -> None:
    image = GIF_IMAGE[:9] + b"\x07" + GIF_IMAGE[10:]
    data = gif(0, image)
    assert images.strip_gif(data) == data


def test_strip_gif_keeps_transparency_and_animation_blocks() -> None:
    control = b"!\xf9\x04\x01\x00\x00\x00\x00"  # graphic control: colour 0 is transparent
    netscape = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    animexts = b"!\xff\x0bANIMEXTS1.0\x03\x01\x00\x00\x00"
    foreign = b"!\xff\x0bXMP DataXMP\x03abc\x00"
    data = gif(0x80, netscape, animexts, control, GIF_IMAGE)
    dirty = gif(0x80, netscape, foreign, animexts, control, GIF_IMAGE)
    assert images.strip_gif(dirty) == data


def test_strip_gif_names_an_unknown_block() -> None:
    with pytest.raises(ValueError) as error:
        images.strip_gif(gif(0, b"\x99"))
    assert str(error.value) == "unknown GIF block"


# ------------------------------------------------------------------- WebP chunks


def webp_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def riff(body: bytes, size: int | None = None) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(body) if size is None else size) + b"WEBP" + body


def test_strip_webp_keeps_an_empty_chunk_that_ends_the_file() -> None:
    data = riff(webp_chunk(b"VP8L", b"pixels") + webp_chunk(b"ICCP", b""))
    assert images.strip_webp(data) == data


def test_strip_webp_reads_no_chunk_header_that_crosses_the_riff_size() -> None:
    """Seven bytes left inside the RIFF size are no chunk, whatever follows them."""
    body = webp_chunk(b"VP8L", b"pixels")
    data = riff(body + b"ICCP\x00\x00\x00", size=4 + len(body) + 7) + b"\x00"
    assert images.strip_webp(data) == riff(body)


def test_strip_webp_takes_a_riff_size_over_2_gib_as_unsigned() -> None:
    body = webp_chunk(b"VP8L", b"pixels")
    assert images.strip_webp(riff(body, size=0xFFFFFFF0)) == riff(body)


def test_strip_webp_refuses_a_chunk_length_over_2_gib() -> None:
    data = riff(b"EXIF" + struct.pack("<I", 0xFFFFFFFF) + b"SECRET")
    with pytest.raises(ValueError) as error:
        images.strip_webp(data)
    assert str(error.value) == "a WebP chunk runs past the end"


def test_strip_webp_clears_only_the_exif_and_xmp_flags() -> None:
    vp8x = webp_chunk(b"VP8X", b"\xff" + bytes(9))
    stripped = images.strip_webp(riff(vp8x))
    assert stripped == riff(webp_chunk(b"VP8X", b"\xf3" + bytes(9)))


# ------------------------------------------------------------------- errors are ImageErrors


def test_an_image_error_keeps_its_reason() -> None:
    error = ImageError("is damaged")
    assert (error.reason, str(error)) == ("is damaged", "is damaged")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = struct.pack(">I", zlib.crc32(kind + body))
    return struct.pack(">I", len(body)) + kind + body + crc


# ------------------------------------------------------------------- JPEG segments


def jpeg_segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


SOI, EOI = b"\xff\xd8", b"\xff\xd9"


def test_strip_jpeg_drops_the_last_application_segment_app15() -> None:
    data = SOI + jpeg_segment(0xEF, b"SECRET") + EOI
    assert images.strip_jpeg(data) == SOI + EOI


def test_strip_jpeg_keeps_a_segment_just_past_the_application_range() -> None:
    """0xF0 (JPG0) is not an APPn segment: it is kept as part of the picture."""
    segment = jpeg_segment(0xF0, b"kept")
    assert images.strip_jpeg(SOI + segment + EOI) == SOI + segment + EOI


@pytest.mark.parametrize("marker", [0xD0, 0xD7, 0x01])
def test_strip_jpeg_keeps_markers_that_have_no_length(marker: int) -> None:
    data = SOI + bytes((0xFF, marker)) + jpeg_segment(0xDB, b"table") + EOI
    assert images.strip_jpeg(data) == data


def test_strip_jpeg_accepts_an_empty_segment_and_refuses_a_length_below_two() -> None:
    assert images.strip_jpeg(SOI + b"\xff\xfe\x00\x02" + EOI) == SOI + EOI
    assert images.strip_jpeg(SOI + b"\xff\xdb\x00\x02" + EOI) == SOI + b"\xff\xdb\x00\x02" + EOI
    with pytest.raises(ValueError) as error:
        images.strip_jpeg(SOI + b"\xff\xdb\x00\x01" + EOI)
    assert str(error.value) == "a JPEG segment runs past the end"


def test_strip_jpeg_names_a_missing_marker() -> None:
    with pytest.raises(ValueError) as error:
        images.strip_jpeg(SOI + b"\x00\x00" + EOI)
    assert str(error.value) == "expected a JPEG marker"


# ------------------------------------------------------------------- naming refused formats


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"P6 ", "a PNM image"),  # three bytes are enough
        (b"P1\n", "a PNM image"),
        (b"PX 1 1", None),
        (b"P6X 1 1", None),
        (b"P7 ", None),  # PAM is not named
        (b"\x00\x00\x00\x0cftypavif", "an AVIF image"),  # exactly twelve bytes
        (b"\x00\x00\x00\x0cftypavis", "an AVIF image"),
        (b"\x00\x00\x00\x0cftypheic", "a HEIC image"),
        (b"\x00\x00\x00\x0cftypheix", "a HEIC image"),
        (b"\x00\x00\x00\x0cftypmif1", "a HEIC image"),
        (b"\x00\x00\x00\x0cftypmsf1", "a HEIC image"),
        (b"\x00\x00\x00\x0cftyphevc", "a HEIC image"),
        (b"\x00\x00\x00\x0cftypAVIF", None),  # brands are lower case
        (b"\x00\x00\x00\x0cftypHEVC", None),
        (b"\x00\x00\x00\x0cftypmp42", None),  # a video
        (b"\x00\x00\x00\x0cftypavi", None),  # too short for a brand
        (b"\x00\x00\x00\x0cmoovavif", None),  # a brand without ftyp
        (b"\xef\xbb\xbf \t\r\n<svg/>", "an SVG drawing"),
        (b"X<svg/>", None),
        (b"XX<html>", None),
    ],
)
def test_describe_names_exactly_these_refused_formats(data: bytes, what: str | None) -> None:
    found = images.describe(data)
    assert (str(found) if found is not None else None) == what


def test_describe_looks_for_an_svg_tag_in_the_first_1024_bytes_only() -> None:
    prolog = b"<?xml version='1.0'?>"
    inside = prolog + b" " * (1020 - len(prolog)) + b"<svg/>"
    outside = prolog + b" " * (1021 - len(prolog)) + b"<svg/>"
    assert str(images.describe(inside)) == "an SVG drawing"
    assert str(images.describe(outside)) == "a text file"


@pytest.mark.parametrize("error", [ValueError, IndexError, struct.error])
def test_a_reencoded_picture_the_stripper_cannot_follow_is_kept_as_saved(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def fails(data: bytes) -> bytes:
        raise error("cannot follow")

    monkeypatch.setitem(images._STRIPPERS, "PNG", fails)
    prepared = images.prepare(encoded(gradient((8, 4)), "PNG", exif=exif(6)))
    assert (prepared.format, prepared.width, prepared.height) == ("PNG", 4, 8)


def test_strip_jpeg_keeps_scan_data_with_stuffing_restarts_and_fill_bytes() -> None:
    scan = jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"ab\xff\x00cd\xff\xd3ef\xff\xff"
    data = SOI + scan + EOI + b"TRAILER"
    assert images.strip_jpeg(data) == SOI + scan + EOI


def test_strip_jpeg_refuses_a_second_start_of_image() -> None:
    with pytest.raises(ValueError) as error:
        images.strip_jpeg(SOI + SOI + EOI)
    assert str(error.value) == "a JPEG segment runs past the end"


def test_strip_jpeg_drops_a_segment_longer_than_32_kib() -> None:
    exif_segment = jpeg_segment(0xE1, b"Exif\x00\x00" + bytes(40_000))
    table = jpeg_segment(0xDB, b"table")
    assert images.strip_jpeg(SOI + exif_segment + table + EOI) == SOI + table + EOI


def test_strip_jpeg_names_a_file_without_an_end_marker() -> None:
    with pytest.raises(ValueError) as error:
        images.strip_jpeg(SOI + jpeg_segment(0xDB, b"table"))
    assert str(error.value) == "the JPEG has no end marker"


def test_strip_png_refuses_a_chunk_length_over_2_gib() -> None:
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 0xFFFFFFFF) + b"tEXtSECRET"
    with pytest.raises(ValueError) as error:
        images.strip_png(data)
    assert str(error.value) == "a PNG chunk runs past the end"


@pytest.mark.parametrize(
    ("name", "kind"), [("a.b.PNG", "PNG"), ("foto.final.jpeg", "JPEG"), ("x.", None)]
)
def test_the_last_extension_of_a_name_is_its_format(name: str, kind: str | None) -> None:
    assert images.format_of_extension(name) == kind


# ------------------------------------------------------------------- the caches


@pytest.fixture
def prepared_afresh(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes :func:`images.prepare` had to prepare (not found in its cache), in order."""
    calls: list[bytes] = []

    def prepare(data: bytes) -> images.Prepared:
        calls.append(data)
        return images.Prepared(data, "PNG", 1, 1)

    monkeypatch.setattr(images, "_prepare", prepare)
    return calls


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes :func:`images._digest` had to hash (not found in its cache), in order."""
    calls: list[bytes] = []

    def sha256(data: bytes) -> Any:
        calls.append(data)
        return hashlib.sha256(data)

    monkeypatch.setattr(images, "hashlib", SimpleNamespace(sha256=sha256))
    return calls


def blob(size: int, fill: bytes) -> bytes:
    """``size`` bytes, a new object each time (the digest cache goes by identity)."""
    return bytes(fill * size)


def test_prepare_keeps_as_many_images_as_the_cache_holds_and_drops_the_least_recently_used(
    monkeypatch: pytest.MonkeyPatch, prepared_afresh: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_CACHE_SIZE", 2)
    a, b, c = blob(10, b"a"), blob(10, b"b"), blob(10, b"c")
    assert images.prepare(a).data == a
    images.prepare(b)
    images.prepare(a)  # two fit: a is still there, and now the most recently used
    assert prepared_afresh == [a, b]
    images.prepare(c)  # three do not: b goes
    images.prepare(c)
    images.prepare(a)
    assert prepared_afresh == [a, b, c]
    images.prepare(b)
    assert prepared_afresh == [a, b, c, b]


def test_prepare_keeps_images_up_to_exactly_the_byte_limit(
    monkeypatch: pytest.MonkeyPatch, prepared_afresh: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 30)
    a, b, c = blob(10, b"a"), blob(20, b"b"), blob(10, b"c")
    for data in (a, b, a, b):
        images.prepare(data)
    assert prepared_afresh == [a, b]  # 30 bytes: both kept
    images.prepare(c)  # 40 bytes: a goes, and then 30 fit
    for data in (b, c):
        images.prepare(data)
    assert prepared_afresh == [a, b, c]
    images.prepare(a)
    assert prepared_afresh == [a, b, c, a]


def test_prepare_drops_old_images_until_the_new_one_fits_by_the_bytes_left(
    monkeypatch: pytest.MonkeyPatch, prepared_afresh: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 30)
    a, b, c = blob(10, b"a"), blob(20, b"b"), blob(25, b"c")
    for data in (a, b, c):
        images.prepare(data)  # 55 bytes: a goes (45), then b (25)
    images.prepare(c)
    images.prepare(b)
    assert prepared_afresh == [a, b, c, b]


def test_prepare_keeps_one_image_larger_than_the_byte_limit(
    monkeypatch: pytest.MonkeyPatch, prepared_afresh: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 30)
    big = blob(31, b"x")
    images.prepare(big)
    images.prepare(big)
    assert prepared_afresh == [big]


def test_the_digest_of_bytes_asked_for_again_is_not_worked_out_again(hashed: list[bytes]) -> None:
    data = blob(10, b"a")
    assert images._digest(data) == hashlib.sha256(data).digest()
    assert images._digest(data) == hashlib.sha256(data).digest()
    equal = blob(10, b"a")  # the same bytes in another object: hashed, as it is not kept
    images._digest(equal)
    assert [id(d) for d in hashed] == [id(data), id(equal)]


def test_digests_are_kept_as_many_as_the_cache_holds_least_recently_used_first_out(
    monkeypatch: pytest.MonkeyPatch, hashed: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_CACHE_SIZE", 2)
    a, b, c = blob(10, b"a"), blob(10, b"b"), blob(10, b"c")
    for data in (a, b, a):
        images._digest(data)
    assert hashed == [a, b]
    for data in (c, c, a):
        images._digest(data)
    assert hashed == [a, b, c]
    images._digest(b)
    assert hashed == [a, b, c, b]


def test_digests_are_kept_up_to_exactly_the_byte_limit(
    monkeypatch: pytest.MonkeyPatch, hashed: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 30)
    a, b, c = blob(10, b"a"), blob(20, b"b"), blob(10, b"c")
    for data in (a, b, a, b):
        images._digest(data)
    assert hashed == [a, b]
    for data in (c, b, c):  # 40 bytes: a goes, and then 30 fit
        images._digest(data)
    assert hashed == [a, b, c]
    images._digest(a)
    assert hashed == [a, b, c, a]


def test_digests_are_dropped_until_the_new_one_fits_by_the_bytes_left(
    monkeypatch: pytest.MonkeyPatch, hashed: list[bytes]
) -> None:
    monkeypatch.setattr(images, "_PREPARED_BYTES", 30)
    a, b, c = blob(10, b"a"), blob(20, b"b"), blob(25, b"c")
    for data in (a, b, c, c, b):  # 55 bytes: a goes (45), then b (25)
        images._digest(data)
    assert hashed == [a, b, c, b]


# ------------------------------------------------------------------- preparing, when it fails


@pytest.mark.parametrize(
    "error", [OSError("cannot write"), ValueError("bad value"), struct.error("bad pack")]
)
def test_a_rotated_picture_that_cannot_be_turned_is_kept_as_stored_without_metadata(
    monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def fails(image: PILImage.Image, kind: str, orientation: int = 1) -> images.Prepared:
        raise error

    monkeypatch.setattr(images, "_reencode", fails)
    data = encoded(gradient((8, 4)), "PNG", exif=exif(6))
    prepared = images.prepare(data)
    assert prepared == images.Prepared(images.strip_png(data), "PNG", 8, 4)
    assert b"SecretCam" in data and b"SecretCam" not in prepared.data


def test_an_unexpected_error_turning_a_picture_is_not_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails(image: PILImage.Image, kind: str, orientation: int = 1) -> images.Prepared:
        raise KeyError("a bug")

    monkeypatch.setattr(images, "_reencode", fails)
    with pytest.raises(KeyError):
        images.prepare(encoded(gradient((8, 4)), "PNG", exif=exif(6)))


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_an_upright_picture_the_stripper_cannot_follow_is_encoded_again_unturned(
    monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    def fails(data: bytes) -> bytes:
        raise ValueError("cannot follow")

    monkeypatch.setitem(images._STRIPPERS, kind, fails)
    picture = gradient((8, 4))
    prepared = images.prepare(encoded(picture, kind, exif=exif(1)))
    assert (prepared.format, prepared.width, prepared.height) == (kind, 8, 4)
    with images.open_image(prepared.data) as result:
        assert b"SecretCam" not in prepared.data
        if kind == "PNG":  # lossless: the very same pixels, not mirrored or turned
            assert result.convert("RGB").tobytes() == picture.tobytes()


# ------------------------------------------------------------------- EXIF orientation


def typed_exif(value: object, tag_type: int) -> bytes:
    """EXIF whose orientation is stored as ``tag_type`` (2 text, 3 short, 5 rational)."""
    head = b"II*\x00\x08\x00\x00\x00"
    ifd = TiffImagePlugin.ImageFileDirectory_v2(ifh=head)
    ifd.tagtype[ExifTags.Base.Orientation] = tag_type
    ifd[ExifTags.Base.Orientation] = value
    return b"Exif\x00\x00" + head + ifd.tobytes(8)


@pytest.mark.parametrize(
    ("value", "tag_type", "orientation"),
    [
        (0, 3, 1),
        (1, 3, 1),
        (2, 3, 2),
        (5, 3, 5),
        (8, 3, 8),
        (9, 3, 1),
        (65535, 3, 1),
        ("6", 2, 1),
        (TiffImagePlugin.IFDRational(6, 1), 5, 1),
    ],
)
def test_only_an_exif_orientation_from_2_to_8_stored_as_a_number_turns_a_picture(
    value: object, tag_type: int, orientation: int
) -> None:
    data = encoded(gradient((8, 4)), "JPEG", exif=typed_exif(value, tag_type))
    info = images.check(data)
    assert info.orientation == orientation
    assert info.upright_size == ((4, 8) if orientation >= 5 else (8, 4))
    prepared = images.prepare(data)
    assert (prepared.width, prepared.height) == info.upright_size


# ------------------------------------------------------------------- JPEG scan data

SCAN = jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")


@pytest.mark.parametrize("restart", [0xD0, 0xD7])
def test_strip_jpeg_keeps_restart_markers_inside_scan_data(restart: int) -> None:
    data = SOI + SCAN + b"ab\xff" + bytes((restart,)) + b"cd\xff\x00" + EOI
    assert images.strip_jpeg(data) == data


@pytest.mark.parametrize("marker", [0xCF, 0xD8])
def test_strip_jpeg_ends_scan_data_at_a_marker_outside_the_restart_range(marker: int) -> None:
    """Just outside 0xD0–0xD7 a marker ends the scan; here it has no valid length."""
    with pytest.raises(ValueError) as error:
        images.strip_jpeg(SOI + SCAN + b"ab\xff" + bytes((marker,)) + EOI)
    assert str(error.value) == "a JPEG segment runs past the end"


@pytest.mark.parametrize("fill", [1, 2, 3])
def test_strip_jpeg_keeps_any_number_of_fill_bytes_before_the_end(fill: int) -> None:
    data = SOI + SCAN + b"ab" + b"\xff" * fill + EOI
    assert images.strip_jpeg(data + b"TRAILER") == data


def test_strip_jpeg_follows_each_scan_of_a_progressive_jpeg_and_drops_a_comment_between() -> None:
    table = jpeg_segment(0xC4, b"huffman")
    comment = jpeg_segment(0xFE, b"made by SecretCam")
    data = SOI + SCAN + b"a\xff\x00b" + table + comment + SCAN + b"c\xff\xd1d" + EOI
    expected = SOI + SCAN + b"a\xff\x00b" + table + SCAN + b"c\xff\xd1d" + EOI
    assert images.strip_jpeg(data) == expected


def test_strip_jpeg_of_a_real_progressive_photo_keeps_its_pixels() -> None:
    data = encoded(gradient(), "JPEG", progressive=True, exif=exif(1), comment=b"SecretCam")
    stripped = images.strip_jpeg(data)
    assert b"SecretCam" not in stripped
    with images.open_image(data) as before, images.open_image(stripped) as after:
        assert after.tobytes() == before.tobytes()


def test_strip_webp_writes_the_riff_size_little_endian() -> None:
    body = webp_chunk(b"VP8L", b"pixels") + webp_chunk(b"EXIF", b"SecretCam")
    stripped = images.strip_webp(riff(body))
    assert stripped[:12] == b"RIFF\x12\x00\x00\x00WEBP"
    assert stripped == riff(webp_chunk(b"VP8L", b"pixels"))


def test_check_keeps_as_many_results_as_the_cache_holds_and_drops_the_least_recently_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[bytes] = []
    open_image = images.open_image

    def counting(data: bytes) -> PILImage.Image:
        decoded.append(data)
        return open_image(data)

    monkeypatch.setattr(images, "open_image", counting)
    monkeypatch.setattr(images, "_CACHE_SIZE", 2)
    a, b, c = (encoded(gradient((width, 2)), "PNG") for width in (1, 2, 3))
    for data in (a, b, a):  # two fit: a is still there, and now the most recently used
        images.check(data)
    assert decoded == [a, b]
    for data in (c, c, a):  # three do not: b goes
        images.check(data)
    assert decoded == [a, b, c]
    assert images.check(b) == images.ImageInfo("PNG", 2, 2)
    assert decoded == [a, b, c, b]


def test_a_name_with_several_dots_is_refused_by_its_last_extension() -> None:
    data = encoded(gradient((2, 2)), "PNG")
    with pytest.raises(ImageError) as error:
        images.check(data, "foto.final.jpg")
    assert str(error.value) == (
        "is a PNG image but is named '.jpg'; the name must match the format"
    )
