"""The one way Podium decodes a picture: PNG, JPEG, GIF or WebP, decided from the bytes.

A project file is untrusted, and Pillow can open dozens of formats, some through code that
was never meant for hostile input and one (EPS) through Ghostscript, an external program.
So every module decodes images through :func:`open_image`, never ``PIL.Image.open``:

* the format is sniffed from the magic numbers, and only PNG, JPEG, GIF and WebP are
  ever handed to Pillow, restricted to that one format (``formats=[...]``);
* other formats are refused with a message that names them when they are recognisable;
* the pixel count is bounded from the header before anything is decoded, and
  Pillow's decompression-bomb warnings are errors;
* :func:`check` decodes the first frame fully, so a truncated file is found when the
  project is read, not halfway through an export.

Defence in depth: importing this module (``models`` does) also unregisters Pillow's EPS
reader and tells it that there is no Ghostscript, so even a ``PIL.Image.open`` that someone
adds later, or one inside a library, can never start ``gs``.

:func:`prepare` gives the bytes that exports embed and the editor stores: the camera's
rotation (EXIF orientation) applied to the pixels, and EXIF, XMP, IPTC and comments removed,
so a photo says nothing about where it was taken or with what. Colour profiles (ICC) stay,
because dropping them changes the colours. Re-encoding happens only for a rotated photo;
otherwise the metadata is cut out of the file's structure and the pixels stay untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import struct
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PIL import EpsImagePlugin, ImageFile
from PIL import Image as PILImage

from models.message import Message, message

K = TypeVar("K")
V = TypeVar("V")

#: More than any camera a report's photos come from; larger images are refused unread.
MAX_PIXELS = 60_000_000
#: The quality of a photo re-encoded to apply its rotation: visually the same as the camera's.
JPEG_QUALITY = 95
WEBP_QUALITY = 95

#: The formats that may be decoded, by the name Pillow gives them.
ALLOWED = ("PNG", "JPEG", "GIF", "WEBP")
MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}
#: The asset-name extension of each allowed format (``jpeg`` is accepted too).
EXTENSION = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
_FORMAT_OF_EXTENSION = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "gif": "GIF", "webp": "WEBP"}
#: Pillow's plugin module of each allowed format, imported at the first image of that format.
_PLUGINS = {
    "PNG": "PIL.PngImagePlugin",
    "JPEG": "PIL.JpegImagePlugin",
    "GIF": "PIL.GifImagePlugin",
    "WEBP": "PIL.WebPImagePlugin",
}

_CACHE_SIZE = 256
_PREPARED_BYTES = 256 * 1024 * 1024  # what the cache of prepared images may hold
_lock = threading.Lock()


class ImageError(ValueError):
    """Bytes that Podium will not decode; ``str()`` completes "image 'NAME' …"."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What a successful :func:`check` learnt: the format, the pixel size as stored and the
    camera's EXIF orientation (1 = upright; 5 to 8 turn the picture a quarter)."""

    format: str
    width: int
    height: int
    orientation: int = 1

    @property
    def upright_size(self) -> tuple[int, int]:
        """The size as shown and printed, once the orientation is applied."""
        if self.orientation >= 5:
            return self.height, self.width
        return self.width, self.height

    @property
    def mime(self) -> str:
        """The MIME type of the detected format, e.g. ``image/png``."""
        return MIME[self.format]


@dataclass(frozen=True, slots=True)
class Prepared:
    """An image as exports embed it: rotated upright, without metadata."""

    data: bytes
    format: str
    width: int
    height: int

    @property
    def mime(self) -> str:
        """The MIME type exports declare for :attr:`data`."""
        return MIME[self.format]

    @property
    def extension(self) -> str:
        """The file extension for :attr:`data`, e.g. ``png`` (asset names end in it)."""
        return EXTENSION[self.format]


# ------------------------------------------------------------------------ hardening Pillow


def _harden_pillow() -> None:
    """Make it impossible for any Pillow call in this process to run Ghostscript.

    The EPS plugin is imported above and unregistered here; a later ``PILImage.init()``
    (Pillow calls it for a format it does not know yet) imports plugins with ``__import__``,
    which finds the EPS module already loaded and so cannot register it again. The other
    plugins are left to Pillow to load when needed: importing them all here cost every
    start of the editor ~50 ms (see :data:`_PLUGINS` for the four that are allowed).
    """
    EpsImagePlugin.gs_binary = False  # "no Ghostscript here": EPS loading raises instead
    # Pillow leaves this module global unannotated, so mypy infers `None`; Pillow itself
    # stores False or a path in it.
    EpsImagePlugin.gs_windows_binary = False  # type: ignore[assignment]
    PILImage.OPEN.pop("EPS", None)
    if "EPS" in PILImage.ID:
        PILImage.ID.remove("EPS")
    ImageFile.LOAD_TRUNCATED_IMAGES = False


_harden_pillow()


# ------------------------------------------------------------------------ sniffing


def sniff(data: bytes) -> str | None:
    """The allowed format of ``data`` from its magic numbers (``"PNG"``…), or ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    return None


#: Magic numbers of formats that are refused, to name them in the message.
_EPS = message("an EPS (PostScript) file")
_TIFF = message("a TIFF image")
_JPEG_2000 = message("a JPEG 2000 image")
_JPEG_XL = message("a JPEG XL image")
#: Refused formats by their magic numbers, named as a noun phrase that completes "is …"
#: (a message: it is translated, as a whole phrase, with the sentence it is part of).
_REFUSED: tuple[tuple[bytes, Message], ...] = (
    (b"%!PS-Adobe", _EPS),
    (b"%!", message("a PostScript file")),
    (b"\xc5\xd0\xd3\xc6", _EPS),
    (b"%PDF-", message("a PDF document")),
    (b"II*\x00", _TIFF),
    (b"MM\x00*", _TIFF),
    (b"II+\x00", _TIFF),
    (b"MM\x00+", _TIFF),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", _JPEG_2000),
    (b"\xff\x4f\xff\x51", _JPEG_2000),
    (b"BM", message("a BMP image")),
    (b"8BPS", message("a Photoshop (PSD) file")),
    (b"\x00\x00\x01\x00", message("an ICO icon")),
    (b"\x00\x00\x02\x00", message("a CUR cursor")),
    (b"\xd7\xcd\xc6\x9a", message("a WMF drawing")),
    (b"icns", message("an ICNS icon")),
    (b"qoif", message("a QOI image")),
    (b"DDS ", message("a DDS texture")),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", _JPEG_XL),
    (b"\xff\x0a", _JPEG_XL),
    (b"PK\x03\x04", message("a zip archive")),
)


def describe(data: bytes) -> Message | None:
    """What ``data`` is, in words (``"a TIFF image"``), when it is a refused format we know."""
    head = data[:1024]
    for magic, what in _REFUSED:
        if head.startswith(magic):
            return what
    if head[40:44] == b" EMF":
        return message("an EMF drawing")
    if len(head) >= 3 and head[0] == 0x50 and head[1] in b"123456" and head[2] in b" \t\r\n#":
        return message("a PNM image")
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return message("an AVIF image")
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
            return message("a HEIC image")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) and b"<svg" in head.lower():
        return message("an SVG drawing")
    if text.startswith((b"<", b"#!")):
        return message("a text file")
    return None


def format_of_extension(name: str) -> str | None:
    """The format an asset's name promises (``"x.jpeg"`` → ``"JPEG"``), or ``None``."""
    return _FORMAT_OF_EXTENSION.get(name.rpartition(".")[2].lower()) if "." in name else None


def allowed_format(data: bytes) -> str:
    """The allowed format of ``data``; :class:`ImageError` naming what it is otherwise."""
    kind = sniff(data)
    if kind is not None:
        return kind
    what = describe(data)
    if what is not None:
        raise ImageError(
            message("is {what}; only PNG, JPEG, GIF and WebP images are allowed", what=what)
        )
    raise ImageError(
        message(
            "is not a PNG, JPEG, GIF or WebP image; only PNG, JPEG, GIF and WebP images are allowed"
        )
    )


# ------------------------------------------------------------------------ opening


def open_image(data: bytes) -> PILImage.Image:
    """``data`` decoded by Pillow, restricted to its sniffed (allowed) format.

    The first frame is decoded fully (``load()``); the pixel count is checked against
    :data:`MAX_PIXELS` from the header first. Every failure is an :class:`ImageError`.
    """
    kind = allowed_format(data)
    # Its plugin alone: for a format it has not loaded, Pillow's open() would load them all.
    importlib.import_module(_PLUGINS[kind])
    # Checked on every call: a library that turned this on would let damaged files pass.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            # Pillow's other warnings (odd EXIF, odd palettes) are about harmless oddities.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width * height > MAX_PIXELS:
                image.close()
                raise ImageError(
                    message(
                        "has too many pixels ({width} × {height}; at most {most} million are "
                        "allowed)",
                        width=width,
                        height=height,
                        most=MAX_PIXELS // 1_000_000,
                    )
                )
            try:
                image.load()
            except BaseException:
                image.close()
                raise
    except ImageError:
        raise
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
        raise ImageError(message("has too many pixels (a decompression bomb?)")) from None
    except MemoryError:
        raise ImageError(message("is too large to decode")) from None
    except Exception as error:  # Pillow raises many kinds for broken data
        raise ImageError(
            message("is damaged or incomplete ({detail})", detail=_why(error))
        ) from error
    return image


def _why(error: Exception) -> str:
    """Pillow's reason, short and printable: it may quote bytes from the file."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = "".join(char if char.isprintable() else "?" for char in text[:120])
    return text or type(error).__name__


# ------------------------------------------------------------------------ checking


_checked: OrderedDict[bytes, ImageInfo] = OrderedDict()


def check(data: bytes, name: str | None = None) -> ImageInfo:
    """Decode ``data`` once to prove it is a sound, allowed image; raise :class:`ImageError`.

    ``name`` (an asset name) must have the extension of the real format. Results are
    cached by the bytes' SHA-256, so reopening or saving a project does not decode again.
    """
    digest = hashlib.sha256(data).digest()
    with _lock:
        info = _checked.get(digest)
        if info is not None:
            _checked.move_to_end(digest)
    if info is None:
        kind = allowed_format(data)
        with open_image(data) as image:
            info = ImageInfo(kind, image.width, image.height, _orientation(image))
        with _lock:
            _checked[digest] = info
            while len(_checked) > _CACHE_SIZE:
                del _checked[next(iter(_checked))]  # the least recently used
    if name is not None:
        promised = format_of_extension(name)
        if promised != info.format:
            suffix = name.rpartition(".")[2] if "." in name else ""
            raise ImageError(
                message(
                    "is a {format} image but is named '.{suffix}'; the name must match the format",
                    format=label(info.format),
                    suffix=suffix,
                )
            )
    return info


def label(kind: str) -> str:
    """How a format is named to a user (``WEBP`` → ``WebP``)."""
    return "WebP" if kind == "WEBP" else kind


# ------------------------------------------------------------------------ preparing


_prepared: OrderedDict[bytes, Prepared] = OrderedDict()


def prepare(data: bytes) -> Prepared:
    """``data`` as it is embedded: upright, without EXIF/XMP/IPTC/comments. Cached.

    Raises:
        ImageError: ``data`` is not an allowed, sound image.
    """
    digest = _digest(data)
    with _lock:
        done = _prepared.get(digest)
        if done is not None:
            _prepared.move_to_end(digest)
            return done
    done = _prepare(data)
    with _lock:
        _prepared[digest] = done
        _trim(_prepared, lambda prepared: len(prepared.data))
    return done


#: The SHA-256 of the last bytes objects prepared, by identity: every export asks for each
#: photo again (with the same bytes object, the project's), and hashing a camera photo per
#: use cost more than the rest of its IR. The bytes are kept, so an id is never reused
#: (while the project is open they are its own; at most :data:`_PREPARED_BYTES` after).
_digests: OrderedDict[int, tuple[bytes, bytes]] = OrderedDict()


def _digest(data: bytes) -> bytes:
    with _lock:
        known = _digests.get(id(data))
        if known is not None and known[0] is data:
            _digests.move_to_end(id(data))
            return known[1]
    digest = hashlib.sha256(data).digest()
    with _lock:
        _digests[id(data)] = (data, digest)
        _trim(_digests, lambda entry: len(entry[0]))
    return digest


def _trim(cache: OrderedDict[K, V], size: Callable[[V], int]) -> None:
    """Drop the least recently used entries of ``cache`` (held under ``_lock``) until at
    most :data:`_CACHE_SIZE` remain and their bytes fit :data:`_PREPARED_BYTES`; the
    newest always stays, however large."""
    held = sum(size(value) for value in cache.values())
    while len(cache) > 1 and (len(cache) > _CACHE_SIZE or held > _PREPARED_BYTES):
        held -= size(cache.pop(next(iter(cache))))


def clear_caches() -> None:
    """Forget every image checked, prepared or hashed (tests; mutation testing starts each
    mutant's tests with them empty, or a result of the unmutated code would hide it)."""
    with _lock:
        _checked.clear()
        _prepared.clear()
        _digests.clear()


def _prepare(data: bytes) -> Prepared:
    info = check(data)  # usually cached: the project reader checked it
    if info.orientation != 1:
        with open_image(data) as image, contextlib.suppress(OSError, ValueError, struct.error):
            if getattr(image, "n_frames", 1) == 1:  # an animation is left as it is stored
                return _reencode(image, info.format, info.orientation)
    try:
        stripped = _STRIPPERS[info.format](data)
    except (ValueError, IndexError, struct.error):
        stripped = None
    if stripped is not None and stripped != data:
        try:
            new = check(stripped)
        except ImageError:
            stripped = None
        else:
            return Prepared(stripped, new.format, new.width, new.height)
    if stripped is None:  # a structure we could not follow: start from the pixels
        try:
            with open_image(data) as image:
                return _reencode(image, info.format)
        except (OSError, struct.error) as error:
            raise ImageError(
                message("cannot be prepared for publishing ({detail})", detail=_why(error))
            ) from error
    return Prepared(data, info.format, info.width, info.height)


def _orientation(image: PILImage.Image) -> int:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "corrupt EXIF": then there is no rotation
            value = image.getexif().get(0x0112)  # None when absent: upright, below
    except Exception:  # unreadable EXIF: it is removed anyway, and the pixels stay as stored
        return 1
    return value if isinstance(value, int) and value in _TRANSPOSE else 1


#: How to turn a picture stored with an EXIF orientation so it shows upright.
_TRANSPOSE = {
    2: PILImage.Transpose.FLIP_LEFT_RIGHT,
    3: PILImage.Transpose.ROTATE_180,
    4: PILImage.Transpose.FLIP_TOP_BOTTOM,
    5: PILImage.Transpose.TRANSPOSE,
    6: PILImage.Transpose.ROTATE_270,
    7: PILImage.Transpose.TRANSVERSE,
    8: PILImage.Transpose.ROTATE_90,
}


def _reencode(image: PILImage.Image, kind: str, orientation: int = 1) -> Prepared:
    """The first frame with its rotation applied, saved again with no metadata but ICC."""
    # Not ImageOps.exif_transpose: it rewrites the (hostile) EXIF, which is dropped anyway.
    upright = image.transpose(_TRANSPOSE[orientation]) if orientation in _TRANSPOSE else image
    icc = image.info.get("icc_profile")
    # Savers write what info holds (EXIF, XMP, comments); of it, only transparency is kept.
    upright.info = {k: v for k, v in image.info.items() if k == "transparency"}
    options: dict[str, object] = (
        {"icc_profile": icc}
        if icc  # pragma: no mutate (every saver writes icc_profile=None as no profile)
        else {}
    )
    out = io.BytesIO()
    # Saved as ``kind``, which each branch has checked (the last one: GIF, all that is left).
    if kind == "JPEG":
        if upright.mode not in (
            "RGB",  # pragma: no mutate (converting RGB to RGB would give the same pixels)
            "L",
            "CMYK",
        ):
            upright = upright.convert("RGB")
        upright.save(out, kind, quality=JPEG_QUALITY, optimize=True, **options)
    elif kind == "WEBP":
        upright.save(out, kind, quality=WEBP_QUALITY, **options)
    elif kind == "PNG":
        upright.save(out, kind, optimize=True, **options)
    else:
        upright.save(out, kind)
    data = out.getvalue()
    with contextlib.suppress(ValueError, IndexError, struct.error):
        data = _STRIPPERS[kind](data)  # whatever a saver still adds by default
    info = check(data)
    return Prepared(data, info.format, info.width, info.height)


# ------------------------------------------------------------------------ stripping metadata
# Each stripper rebuilds the file from the parts that draw the picture and drops the rest;
# it raises (ValueError, IndexError, struct.error) on a structure it cannot follow.


def strip_jpeg(data: bytes) -> bytes:
    """JPEG without APPn segments other than JFIF, ICC and Adobe, comments or trailing data."""
    out = bytearray(data[:2])
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("expected a JPEG marker")
        while data[i] == 0xFF:
            i += 1
        marker = data[i]
        i += 1
        if marker == 0xD9:  # end of image: anything after it is not part of the picture
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += bytes((0xFF, marker))
            continue
        (length,) = struct.unpack(">H", data[i : i + 2])
        if length < 2 or i + length > len(data):
            raise ValueError("a JPEG segment runs past the end")
        segment = data[i : i + length]
        if _keep_jpeg_segment(marker, segment[2:]):
            out += bytes((0xFF, marker)) + segment
        i += length
        if marker == 0xDA:  # entropy-coded data follows, up to the next real marker
            start = i
            while True:
                i = data.index(b"\xff", i)
                following = data[i + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    # Stuffing, a restart or a fill byte: look on from the byte after this one
                    # (which is 0xFF only for fill bytes).
                    i += 1
                    continue
                break
            out += data[start:i]
    raise ValueError("the JPEG has no end marker")


def _keep_jpeg_segment(marker: int, body: bytes) -> bool:
    if marker == 0xFE:  # comment
        return False
    if not 0xE0 <= marker <= 0xEF:  # not an application segment: part of the picture
        return True
    if marker == 0xE0:
        return body.startswith(b"JFIF\x00")  # not JFXX, which holds a thumbnail
    if marker == 0xE2:
        return body.startswith(b"ICC_PROFILE\x00")
    if marker == 0xEE:
        return body.startswith(b"Adobe")  # says how to read CMYK/YCCK colours
    return False  # APP1 (EXIF, XMP), APP13 (IPTC), maker notes, MPF…


#: PNG chunks that draw the picture or its colours; every other ancillary chunk is dropped.
_PNG_KEEP = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT",
        b"sRGB", b"cICP", b"mDCV", b"cLLI", b"bKGD", b"hIST", b"pHYs", b"acTL", b"fcTL",
        b"fdAT",
    }
)  # fmt: skip


def strip_png(data: bytes) -> bytes:
    """PNG without text, EXIF, time or unknown ancillary chunks, or anything after IEND."""
    out = bytearray(data[:8])
    i = 8
    while True:
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            raise ValueError("a PNG chunk runs past the end")
        critical = not kind[0] & 0x20
        if critical or kind in _PNG_KEEP:
            out += data[i:end]
        i = end
        if kind == b"IEND":
            return bytes(out)


def strip_gif(data: bytes) -> bytes:
    """GIF without comments or application blocks other than the animation's loop count."""
    flags = data[10]
    i = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = bytearray(data[:i])
    while True:
        block = data[i]
        if block == 0x3B:
            out.append(0x3B)
            return bytes(out)
        if block == 0x21:
            label = data[i + 1]
            end = _gif_sub_blocks(data, i + 2)
            if label in (0xF9, 0x01) or (
                label == 0xFF and data[i + 3 : i + 14] in (b"NETSCAPE2.0", b"ANIMEXTS1.0")
            ):
                out += data[i:end]
            i = end
        elif block == 0x2C:
            packed = data[i + 9]
            start = i + 10 + (3 * 2 ** ((packed & 7) + 1) if packed & 0x80 else 0) + 1
            end = _gif_sub_blocks(data, start)
            out += data[i:end]
            i = end
        else:
            raise ValueError("unknown GIF block")


def _gif_sub_blocks(data: bytes, i: int) -> int:
    """The index just past the data sub-blocks that start at ``i``."""
    while True:
        size = data[i]
        i += 1 + size
        if size == 0:
            if i > len(data):
                # Unreachable (data[i] was just read, so i <= len(data)): a guard kept anyway.
                raise ValueError("a GIF block runs past the end")  # pragma: no mutate (dead)
            return i


_WEBP_KEEP = frozenset({b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})


def strip_webp(data: bytes) -> bytes:
    """WebP without EXIF, XMP or unknown chunks; the VP8X flags say so."""
    (size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + size)
    body = bytearray()
    i = 12
    while i + 8 <= end:
        kind = data[i : i + 4]
        (length,) = struct.unpack("<I", data[i + 4 : i + 8])
        stop = i + 8 + length + (length & 1)
        if i + 8 + length > end:
            raise ValueError("a WebP chunk runs past the end")
        if kind in _WEBP_KEEP:
            chunk = bytearray(data[i:stop])
            if kind == b"VP8X":
                chunk[8] &= ~0x0C & 0xFF  # no EXIF (0x08), no XMP (0x04)
            body += chunk
        i = stop
    return b"RIFF" + (4 + len(body)).to_bytes(4, "little") + b"WEBP" + bytes(body)


_STRIPPERS = {"JPEG": strip_jpeg, "PNG": strip_png, "GIF": strip_gif, "WEBP": strip_webp}
