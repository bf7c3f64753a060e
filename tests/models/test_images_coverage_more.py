"""models.images at the model layer: sniffing and naming formats, bounds on decoding, the
caches, turning photos upright, and the metadata strippers of each format byte by byte."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import ExifTags
from PIL import Image as PILImage

from models import images
from models.images import ImageError, ImageInfo, Prepared

BLUE, RED = (0, 0, 255), (220, 30, 30)


def encode(
    kind: str,
    size: tuple[int, int] = (8, 6),
    mode: str = "RGB",
    orientation: int | None = None,
    **options: object,
) -> bytes:
    """A picture whose left quarter is blue, the rest red; with an EXIF orientation if given."""
    picture = PILImage.new("RGB", size, RED)
    picture.paste(BLUE, (0, 0, max(1, size[0] // 4), size[1]))
    if mode != "RGB":
        picture = picture.convert(mode)
    if orientation is not None:
        exif = PILImage.Exif()
        exif[ExifTags.Base.Orientation] = orientation
        exif[ExifTags.Base.Make] = "SecretCam"
        options["exif"] = exif.tobytes()
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    return buffer.getvalue()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR claiming ``width`` × ``height`` (8-bit RGB)."""
    return b"\x89PNG\r\n\x1a\n" + png_chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )


@pytest.fixture(autouse=True)
def _empty_caches() -> None:
    images._checked.clear()
    images._prepared.clear()


# ------------------------------------------------------------------- sniffing and naming


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBP", "WEBP"),
        (b"RIFF\x00\x00\x00\x00WAVE", None),  # a RIFF that is sound, not WebP
        (b"RIFF\x00\x00\x00\x00WEB", None),  # too short to say
        (b"\x89PNG\r\n", None),
        (b"", None),
    ],
)
def test_sniff(data: bytes, kind: str | None) -> None:
    assert images.sniff(data) == kind


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (bytes(40) + b" EMF" + bytes(20), "an EMF drawing"),
        (b"P6\n4 4\n255\n" + bytes(48), "a PNM image"),
        (b"P1#comment\n", "a PNM image"),
        (b"P7 foo", None),  # no such PNM kind
        (b"\x00\x00\x00\x1cftypavif" + bytes(8), "an AVIF image"),
        (b"\x00\x00\x00\x1cftypheic" + bytes(8), "a HEIC image"),
        (b"\x00\x00\x00\x1cftypmif1" + bytes(8), "a HEIC image"),
        (b"\x00\x00\x00\x1cftypisom" + bytes(8), None),  # an MP4 video: not named
        (b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>", "an SVG drawing"),
        (b"<!DOCTYPE svg><svg/>", "an SVG drawing"),
        (b"<?xml version='1.0'?><note/>", "a text file"),  # XML, but no SVG
        (b"<html><body>", "a text file"),
        (b"#!/bin/sh\nrm -rf /", "a text file"),
        (b"%!PS-Adobe-3.0", "an EPS (PostScript) file"),
        (b"%!", "a PostScript file"),
        (b"PK\x03\x04rest", "a zip archive"),
        (b"just some bytes", None),
        (b"", None),
    ],
)
def test_describe_names_refused_formats(data: bytes, what: str | None) -> None:
    assert images.describe(data) == what


def test_allowed_format_says_what_a_refused_file_is() -> None:
    assert images.allowed_format(b"GIF89a...") == "GIF"
    with pytest.raises(ImageError) as named:
        images.allowed_format(b"BM" + bytes(60))
    assert str(named.value) == "is a BMP image; only PNG, JPEG, GIF and WebP images are allowed"
    with pytest.raises(ImageError) as unnamed:
        images.allowed_format(b"\x01\x02\x03")
    assert str(unnamed.value) == (
        "is not a PNG, JPEG, GIF or WebP image; only PNG, JPEG, GIF and WebP images are allowed"
    )
    assert unnamed.value.reason == str(unnamed.value)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("assets/x.png", "PNG"),
        ("x.JPG", "JPEG"),
        ("x.jpeg", "JPEG"),
        ("a.b.gif", "GIF"),
        ("x.webp", "WEBP"),
        ("x.tiff", None),
        ("png", None),  # no extension at all
        ("x.", None),
    ],
)
def test_format_of_extension(name: str, kind: str | None) -> None:
    assert images.format_of_extension(name) == kind


def test_infos_say_their_mime_type_extension_and_upright_size() -> None:
    assert ImageInfo("PNG", 30, 20).upright_size == (30, 20)
    assert ImageInfo("JPEG", 30, 20, orientation=4).upright_size == (30, 20)  # a flip
    assert ImageInfo("JPEG", 30, 20, orientation=5).upright_size == (20, 30)  # a quarter turn
    assert ImageInfo("JPEG", 30, 20, orientation=8).upright_size == (20, 30)
    assert ImageInfo("WEBP", 1, 1).mime == "image/webp"
    assert Prepared(b"", "JPEG", 1, 1).mime == "image/jpeg"
    assert Prepared(b"", "JPEG", 1, 1).extension == "jpg"
    assert Prepared(b"", "GIF", 1, 1).extension == "gif"
    assert images.label("WEBP") == "WebP" and images.label("PNG") == "PNG"


# ------------------------------------------------------------------- decoding, bounded


def test_a_picture_with_too_many_pixels_is_refused_from_its_header() -> None:
    data = png_header(10_000, 6_001) + png_chunk(b"IEND", b"")
    with pytest.raises(ImageError) as error:
        images.open_image(data)
    assert str(error.value) == (
        "has too many pixels (10000 × 6001; at most 60 million are allowed)"
    )


def test_a_picture_of_exactly_the_limit_is_decoded_until_it_is_found_damaged() -> None:
    """At the limit the header passes; the missing pixel data is then the problem."""
    data = png_header(10_000, 6_000) + png_chunk(b"IEND", b"")
    with pytest.raises(ImageError) as error:
        images.open_image(data)
    assert str(error.value).startswith("is damaged or incomplete (")


def test_a_lower_pillow_bomb_limit_is_an_image_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 10)
    with pytest.raises(ImageError) as error:
        images.open_image(encode("PNG", (8, 6)))  # 48 pixels: over twice the limit
    assert str(error.value) == "has too many pixels (a decompression bomb?)"
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 40)
    with pytest.raises(ImageError) as warned:
        images.open_image(encode("PNG", (8, 6)))  # over the limit: Pillow only warns
    assert str(warned.value) == "has too many pixels (a decompression bomb?)"


def test_a_truncated_picture_is_damaged_and_the_reason_is_printable() -> None:
    data = encode("JPEG", (64, 64))
    with pytest.raises(ImageError) as error:
        images.open_image(data[: len(data) // 2])
    message = str(error.value)
    assert message.startswith("is damaged or incomplete (")
    assert message.isprintable()
    assert isinstance(error.value.__cause__, Exception)


def test_a_truncated_picture_says_what_pillow_found() -> None:
    data = encode("PNG", (64, 64))
    with pytest.raises(ImageError) as error:
        images.open_image(data[:-30])
    assert str(error.value) == "is damaged or incomplete (image file is truncated)"


def test_a_harmless_pillow_warning_does_not_refuse_the_picture() -> None:
    """A malformed MPO segment: Pillow warns twice and reads the JPEG underneath."""
    payload = b"MPF\x00II*\x00\x08\x00\x00\x00" + b"\xff" * 10
    data = encode("JPEG", (8, 6))
    data = data[:2] + b"\xff\xe2" + struct.pack(">H", len(payload) + 2) + payload + data[2:]
    with images.open_image(data) as picture:
        assert (picture.format, picture.size) == ("JPEG", (8, 6))


def test_pillow_tries_only_the_sniffed_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow given no formats would try (and import) every plugin it has."""
    asked: list[object] = []
    real_open = PILImage.open

    def record(stream: object, mode: str = "r", formats: object = None) -> PILImage.Image:
        asked.append(formats)
        return real_open(stream, mode, formats)  # type: ignore[arg-type]

    monkeypatch.setattr(PILImage, "open", record)
    images.open_image(encode("PNG")).close()
    images.open_image(encode("GIF")).close()
    assert asked == [["PNG"], ["GIF"]]


def test_a_library_that_allows_truncated_images_is_overruled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PIL import ImageFile

    data = encode("PNG", (64, 64))
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(ImageError):
        images.open_image(data[:-30])
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_why_keeps_the_first_line_short_and_printable() -> None:
    assert images._why(ValueError("bad\x00data\nsecond line")) == "bad?data"
    assert images._why(ValueError("x" * 500)) == "x" * 120
    assert images._why(OSError("   ")) == "OSError"
    assert images._why(KeyError()) == "KeyError"


# ------------------------------------------------------------------- checking


def test_check_learns_format_size_and_orientation() -> None:
    info = images.check(encode("JPEG", (30, 20), orientation=6), "assets/x.jpeg")
    assert info == ImageInfo("JPEG", 30, 20, 6)
    assert info.upright_size == (20, 30)
    assert images.check(encode("GIF", (5, 4))) == ImageInfo("GIF", 5, 4, 1)


@pytest.mark.parametrize(("value", "seen"), [(0, 1), (9, 1), (3, 3), (8, 8)])
def test_an_orientation_outside_one_to_eight_is_upright(value: int, seen: int) -> None:
    assert images.check(encode("JPEG", (4, 4), orientation=value)).orientation == seen


def test_unreadable_exif_means_no_rotation() -> None:
    data = encode("PNG", (4, 4), exif=b"Exif\x00\x00MM\x00*garbage")
    assert images.check(data).orientation == 1


def test_check_refuses_a_name_for_another_format() -> None:
    data = encode("PNG")
    with pytest.raises(ImageError) as error:
        images.check(data, "assets/photo.jpg")
    assert str(error.value) == "is a PNG image but is named '.jpg'; the name must match the format"
    with pytest.raises(ImageError) as bare:
        images.check(encode("WEBP"), "assets/photo")
    assert str(bare.value) == "is a WebP image but is named '.'; the name must match the format"


def test_checks_are_cached_and_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "_CACHE_SIZE", 2)
    pictures = [encode("PNG", (i + 1, 1)) for i in range(3)]
    for data in pictures:
        images.check(data)
    assert len(images._checked) == 2
    monkeypatch.setattr(images, "open_image", lambda data: pytest.fail("decoded again"))
    assert images.check(pictures[2]) == ImageInfo("PNG", 3, 1)  # from the cache
    with pytest.raises(pytest.fail.Exception):
        images.check(pictures[0])  # dropped: the oldest went first


# ------------------------------------------------------------------- preparing


def _pixels(data: bytes) -> PILImage.Image:
    with images.open_image(data) as picture:
        return picture.convert("RGB")


@pytest.mark.parametrize(
    ("orientation", "size", "blue_at"),
    [
        (2, (8, 4), (7, 2)),  # mirrored: the blue band is on the right
        (3, (8, 4), (7, 2)),  # upside down
        (4, (8, 4), (0, 2)),  # flipped top to bottom: still on the left
        (5, (4, 8), (2, 0)),  # transposed: along the top
        (6, (4, 8), (2, 0)),  # turned clockwise: along the top
        (7, (4, 8), (2, 7)),
        (8, (4, 8), (2, 7)),
    ],
)
def test_every_orientation_is_turned_upright(
    orientation: int, size: tuple[int, int], blue_at: tuple[int, int]
) -> None:
    prepared = images.prepare(encode("PNG", (8, 4), orientation=orientation))
    assert (prepared.width, prepared.height) == size
    picture = _pixels(prepared.data)
    assert picture.size == size
    assert picture.getpixel(blue_at) == BLUE
    assert images.check(prepared.data).orientation == 1
    assert b"SecretCam" not in prepared.data


@pytest.mark.parametrize(
    ("kind", "mode"), [("JPEG", "RGB"), ("JPEG", "L"), ("WEBP", "RGB"), ("PNG", "RGBA")]
)
def test_a_rotated_photo_is_reencoded_in_its_own_format(kind: str, mode: str) -> None:
    prepared = images.prepare(encode(kind, (40, 20), mode=mode, orientation=6))
    assert (prepared.format, prepared.width, prepared.height) == (kind, 20, 40)
    assert b"SecretCam" not in prepared.data
    assert images.sniff(prepared.data) == kind


def test_a_rotated_palette_jpeg_cannot_exist_but_a_palette_is_made_rgb() -> None:
    """_reencode converts modes JPEG cannot hold (a GIF frame's palette) to RGB."""
    with images.open_image(encode("GIF", (6, 3))) as picture:
        prepared = images._reencode(picture, "JPEG", 6)
    assert (prepared.format, prepared.width, prepared.height) == ("JPEG", 3, 6)


def test_a_rotated_gif_is_reencoded_as_a_gif() -> None:
    with images.open_image(encode("GIF", (6, 3))) as picture:
        prepared = images._reencode(picture, "GIF", 8)
    assert (prepared.format, prepared.width, prepared.height) == ("GIF", 3, 6)


def test_a_rotated_photo_keeps_its_colour_profile() -> None:
    icc = b"\x00" * 128 + b"acspICCPROFILE"
    prepared = images.prepare(encode("JPEG", (16, 8), orientation=6, icc_profile=icc))
    with images.open_image(prepared.data) as picture:
        assert picture.info.get("icc_profile") == icc
    assert (prepared.width, prepared.height) == (8, 16)


def test_an_animation_with_an_orientation_keeps_its_frames() -> None:
    frames = [PILImage.new("RGB", (6, 4), (i * 80, 0, 0)) for i in range(3)]
    buffer = io.BytesIO()
    exif = PILImage.Exif()
    exif[ExifTags.Base.Orientation] = 6
    frames[0].save(buffer, "WEBP", save_all=True, append_images=frames[1:], exif=exif.tobytes())
    prepared = images.prepare(buffer.getvalue())
    assert (prepared.width, prepared.height) == (6, 4)  # not turned: left as stored
    with images.open_image(prepared.data) as picture:
        assert getattr(picture, "n_frames", 1) == 3
        assert not picture.getexif()


def test_metadata_is_cut_out_of_a_png_and_its_pixels_kept() -> None:
    clean = encode("PNG", (5, 5))
    end = clean.index(b"IEND") - 4
    dirty = clean[:end] + png_chunk(b"tEXt", b"Author\x00SECRET") + clean[end:] + b"TRAILER"
    prepared = images.prepare(dirty)
    assert prepared.data == clean
    assert (prepared.format, prepared.width, prepared.height) == ("PNG", 5, 5)


def test_a_structure_the_stripper_cannot_follow_is_rebuilt_from_its_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails(data: bytes) -> bytes:
        raise ValueError("cannot follow")

    monkeypatch.setitem(images._STRIPPERS, "PNG", fails)
    data = encode("PNG", (5, 3))
    prepared = images.prepare(data)
    assert (prepared.format, prepared.width, prepared.height) == ("PNG", 5, 3)
    assert _pixels(prepared.data).tobytes() == _pixels(data).tobytes()


def test_a_stripped_file_that_no_longer_decodes_is_rebuilt_from_its_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = images.strip_png
    calls: list[int] = []

    def breaks_once(data: bytes) -> bytes:
        calls.append(1)
        return data[:-30] if len(calls) == 1 else original(data)  # the pixels cut short

    monkeypatch.setitem(images._STRIPPERS, "PNG", breaks_once)
    data = encode("PNG", (5, 3))
    prepared = images.prepare(data)
    assert (prepared.width, prepared.height) == (5, 3)
    images.check(prepared.data)
    assert len(calls) == 2  # once on the file, once on the re-encoded pixels


def test_a_picture_that_cannot_be_reencoded_is_an_image_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails(data: bytes) -> bytes:
        raise ValueError("cannot follow")

    def no_saving(*args: object, **kwargs: object) -> None:
        raise OSError("encoder broke")

    data = encode("PNG", (5, 3))
    monkeypatch.setitem(images._STRIPPERS, "PNG", fails)
    monkeypatch.setattr(PILImage.Image, "save", no_saving)
    with pytest.raises(ImageError) as error:
        images.prepare(data)
    assert str(error.value) == "cannot be prepared for publishing (encoder broke)"


def test_preparing_a_refused_format_is_an_image_error() -> None:
    with pytest.raises(ImageError, match="is a BMP image"):
        images.prepare(b"BM" + bytes(60))


def test_prepared_images_are_cached_within_a_byte_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pictures = [encode("PNG", (i + 2, 2)) for i in range(3)]
    monkeypatch.setattr(images, "_PREPARED_BYTES", sum(map(len, pictures)) - 1)
    first = images.prepare(pictures[0])
    images.prepare(pictures[1])
    assert images.prepare(pictures[0]) is first  # a hit moves it to the newest end
    images.prepare(pictures[2])  # over the budget: the oldest (pictures[1]) goes
    assert len(images._prepared) == 2
    assert images.prepare(pictures[0]) is first
    monkeypatch.setattr(images, "_PREPARED_BYTES", 1)
    images.prepare(encode("PNG", (9, 9)))
    assert len(images._prepared) == 1  # the newest is always kept, however large


# ------------------------------------------------------------------- JPEG segments


def jpeg_segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def test_strip_jpeg_keeps_what_draws_the_picture_and_drops_the_rest() -> None:
    clean = encode("JPEG", (16, 16))
    assert clean[2:4] == b"\xff\xe0"  # JFIF first
    extra = (
        jpeg_segment(0xE1, b"Exif\x00\x00SECRET")
        + jpeg_segment(0xE0, b"JFXX\x00thumbnail")
        + jpeg_segment(0xE2, b"ICC_PROFILE\x00\x01\x01profile")
        + jpeg_segment(0xE2, b"MPF\x00other")
        + jpeg_segment(0xEE, b"Adobe\x00\x64")
        + jpeg_segment(0xED, b"Photoshop 3.0\x00IPTC")
        + jpeg_segment(0xFE, b"a comment")
    )
    dirty = clean[:2] + extra + clean[2:] + b"trailing data"
    stripped = images.strip_jpeg(dirty)
    kept = jpeg_segment(0xE2, b"ICC_PROFILE\x00\x01\x01profile") + jpeg_segment(
        0xEE, b"Adobe\x00\x64"
    )
    assert stripped == clean[:2] + kept + clean[2:]
    for secret in (b"SECRET", b"JFXX", b"MPF", b"IPTC", b"a comment", b"trailing"):
        assert secret not in stripped


def test_strip_jpeg_follows_restart_markers_stuffing_and_fill_bytes() -> None:
    data = encode("JPEG", (64, 64), restart_marker_blocks=1)
    assert any(bytes((0xFF, m)) in data for m in range(0xD0, 0xD8))
    assert images.strip_jpeg(data) == data
    # Fill bytes before a marker are allowed; they are not copied.
    start = data.index(b"\xff\xdb")
    padded = data[:start] + b"\xff\xff\xff" + data[start:]
    assert images.strip_jpeg(padded) == data
    # A standalone marker (TEM) between segments is kept as it is.
    tem = data[:start] + b"\xff\x01" + data[start:]
    assert images.strip_jpeg(tem) == tem


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xd8\x00\x00", "expected a JPEG marker"),
        (b"\xff\xd8" + b"\xff\xdb\x00\x40abc", "a JPEG segment runs past the end"),
        (b"\xff\xd8" + b"\xff\xdb\x00\x01", "a JPEG segment runs past the end"),
        (b"\xff\xd8" + jpeg_segment(0xDB, b"table"), "the JPEG has no end marker"),
    ],
)
def test_strip_jpeg_refuses_structures_it_cannot_follow(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        images.strip_jpeg(data)


def test_strip_jpeg_refuses_a_scan_without_an_end() -> None:
    data = encode("JPEG", (16, 16))
    with pytest.raises(ValueError):
        images.strip_jpeg(data[:-2])


# ------------------------------------------------------------------- PNG chunks


def test_strip_png_keeps_critical_and_colour_chunks_only() -> None:
    clean = encode("PNG", (3, 3))
    ihdr_end = 8 + 12 + 13
    colour = png_chunk(b"gAMA", struct.pack(">I", 45455)) + png_chunk(b"pHYs", bytes(9))
    secret = (
        png_chunk(b"tEXt", b"Comment\x00SECRET")
        + png_chunk(b"eXIf", b"MM\x00*SECRET")
        + png_chunk(b"tIME", bytes(7))
        + png_chunk(b"prVt", b"SECRET")  # an unknown private ancillary chunk
    )
    dirty = clean[:ihdr_end] + colour + secret + clean[ihdr_end:] + b"after IEND"
    assert images.strip_png(dirty) == clean[:ihdr_end] + colour + clean[ihdr_end:]
    # An unknown *critical* chunk is kept: the picture may need it.
    critical = clean[:ihdr_end] + png_chunk(b"ABCD", b"x") + clean[ihdr_end:]
    assert images.strip_png(critical) == critical


def test_strip_png_refuses_a_chunk_past_the_end() -> None:
    clean = encode("PNG", (3, 3))
    with pytest.raises(ValueError, match="a PNG chunk runs past the end"):
        images.strip_png(clean[:-8])
    with pytest.raises(struct.error):
        images.strip_png(clean[:10])


# ------------------------------------------------------------------- GIF blocks


def gif_extension(label: int, body: bytes) -> bytes:
    blocks = b""
    for start in range(0, len(body), 255):
        part = body[start : start + 255]
        blocks += bytes((len(part),)) + part
    return bytes((0x21, label)) + blocks + b"\x00"


def test_strip_gif_drops_comments_and_foreign_application_blocks() -> None:
    clean = encode("GIF", (4, 4))
    image_start = clean.index(b"\x2c")
    assert clean.count(b"\x21\xfe") == 0
    kept = gif_extension(0xFF, b"NETSCAPE2.0\x01\x00\x00") + gif_extension(0x01, b"plain text")
    dropped = gif_extension(0xFE, b"SECRET comment " * 30) + gif_extension(
        0xFF, b"XMP DataXMPSECRET"
    )
    dirty = clean[:image_start] + kept + dropped + clean[image_start:]
    assert images.strip_gif(dirty) == clean[:image_start] + kept + clean[image_start:]


def test_strip_gif_handles_a_global_and_a_local_colour_table() -> None:
    frames = [PILImage.new("P", (4, 4), i) for i in range(2)]
    for index, frame in enumerate(frames):
        frame.putpalette([index * 40] * 3 + [255, 0, 0] * 255)
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], comment=b"SECRET")
    data = buffer.getvalue()
    stripped = images.strip_gif(data)
    assert b"SECRET" not in stripped
    with images.open_image(stripped) as picture:
        assert getattr(picture, "n_frames", 1) == 2


@pytest.mark.parametrize(
    ("tail", "error"),
    [(b"\x99", ValueError), (b"\x21\xfe\x05ab", IndexError), (b"\x21\xfe\x02ab", IndexError)],
    ids=["unknown-block", "sub-block-past-the-end", "no-terminator"],
)
def test_strip_gif_refuses_structures_it_cannot_follow(tail: bytes, error: type) -> None:
    header = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x00\x00\x00"
    with pytest.raises(error):
        images.strip_gif(header + tail)


def test_gif_sub_blocks_end_after_their_terminator() -> None:
    assert images._gif_sub_blocks(b"\x02ab\x00rest", 0) == 4
    assert images._gif_sub_blocks(b"xx\x00", 2) == 3
    with pytest.raises(IndexError):
        images._gif_sub_blocks(b"\x05abcde", 0)  # no terminator before the end


# ------------------------------------------------------------------- WebP chunks


def webp_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def webp(*chunks: bytes) -> bytes:
    body = b"".join(chunks)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def test_strip_webp_drops_exif_and_xmp_and_says_so_in_the_flags() -> None:
    clean = encode("WEBP", (4, 4))
    image = clean[12:]  # the VP8/VP8L chunk
    vp8x = webp_chunk(b"VP8X", bytes((0x0C | 0x20, 0, 0, 0)) + bytes(6))  # EXIF+XMP+ICC
    icc = webp_chunk(b"ICCP", b"profile")
    dirty = webp(vp8x, icc, image, webp_chunk(b"EXIF", b"SECRET"), webp_chunk(b"XMP ", b"SECRET!"))
    stripped = images.strip_webp(dirty)
    flags = webp_chunk(b"VP8X", bytes((0x20, 0, 0, 0)) + bytes(6))
    assert stripped == webp(flags, icc, image)
    assert b"SECRET" not in stripped


def test_strip_webp_ignores_bytes_past_the_riff_size_and_refuses_a_chunk_past_it() -> None:
    clean = encode("WEBP", (4, 4))
    assert images.strip_webp(clean + b"TRAILER") == clean
    with pytest.raises(ValueError, match="a WebP chunk runs past the end"):
        images.strip_webp(clean[:-4])


# ------------------------------------------------------------------- failures inside Pillow


def test_running_out_of_memory_while_decoding_is_an_image_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PIL import PngImagePlugin

    def no_memory(self: PILImage.Image) -> None:
        raise MemoryError

    data = encode("PNG", (4, 4))
    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", no_memory)
    with pytest.raises(ImageError) as error:
        images.open_image(data)
    assert str(error.value) == "is too large to decode"


def test_exif_that_pillow_cannot_read_means_upright(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import JpegImagePlugin

    def unreadable(self: PILImage.Image) -> PILImage.Exif:
        raise SyntaxError("corrupt EXIF")

    data = encode("JPEG", (4, 2), orientation=6)
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "getexif", unreadable)
    assert images.check(data) == ImageInfo("JPEG", 4, 2, 1)


def test_hardening_pillow_twice_leaves_eps_unregistered() -> None:
    from PIL import EpsImagePlugin

    images._harden_pillow()
    images._harden_pillow()
    assert "EPS" not in PILImage.OPEN and "EPS" not in PILImage.ID
    assert EpsImagePlugin.gs_binary is False
