"""Pictures sized for print: decoded once, scaled to 300 dpi at their printed size, cached.

A camera photo is often 4000 pixels wide and a few megabytes, while a figure 150 mm wide
needs 1772 pixels at 300 dpi; embedding the photo as it is made a PDF of 16 photos larger
than the photos themselves, and decoding it again for every draw made the export slow.
:func:`print_image` gives a picture as the printer needs it:

* at most the pixels 300 dpi needs at the printed size, never more than the picture has;
* a photo (a JPEG, or a picture of many colours without transparency) as a JPEG of quality
  75; a JPEG that needs no scaling is kept as it is, so it loses nothing to a second encode;
* a graphic (few colours, or transparency) as its pixels compressed with Flate, losslessly,
  with its alpha channel as a soft mask.

The input is a figure's bytes as :func:`models.images.prepare` made them (upright, no
metadata), decoded through :func:`models.images.open_image` (the format allow-list).
Results are cached in this process by (the picture's SHA-256, the pixels wanted), bounded
in bytes: the print preview renders again on every edit, and each export of the same
project then reuses what the last one prepared. This module knows nothing of ReportLab.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal, cast

from PIL import Image as PILImage

from models import images

#: Pixels per inch a picture is printed at: what print shops ask for photos.
DPI = 300
#: A photo's JPEG quality: at 300 dpi its artefacts are far below what the eye resolves.
#: Measured on camera-like photos scaled to 150 mm (benchmarks/pdf_images.py): quality 85
#: gave 46 dB PSNR and 3.7 MB for 16 photos, 75 gives 44 dB (40 dB is already invisible)
#: and 2.8 MB, under the 3 MB a report of 16 photos may weigh.
PHOTO_QUALITY = 75
_POINTS_PER_INCH = 72
_CACHE_BYTES = 160 * 1024 * 1024
_DIGESTS = 64
#: At most this many colours and no transparency still counts as a graphic (a chart, a logo).
_GRAPHIC_COLOURS = 256

#: How :attr:`PrintImage.data` is stored: a JPEG file, or raw 8-bit pixels compressed with
#: zlib (the PDF's Flate filter), so the PDF copies either into the file as it is.
Encoding = Literal["JPEG", "FLATE"]


@dataclass(frozen=True, slots=True)
class PrintImage:
    """A picture ready for the PDF.

    ``data`` is a JPEG file (``encoding == "JPEG"``) or the 8-bit pixels of ``mode``
    (``"RGB"`` or ``"L"``), row by row, compressed with zlib (``"FLATE"``); ``alpha`` the
    alpha channel of a graphic with transparency, compressed alike. ``digest`` is the
    SHA-256 of the picture it was made from.
    """

    digest: str
    width: int
    height: int
    encoding: Encoding
    mode: str
    data: bytes
    alpha: bytes | None = None

    @property
    def name(self) -> str:
        """A name that only this picture at this size has (for the PDF's image object)."""
        return f"podium-{self.digest}-{self.width}x{self.height}"

    @property
    def nbytes(self) -> int:
        """What the picture holds in memory."""
        return len(self.data) + len(self.alpha or b"")


def pixels_for(points: float, dpi: int = DPI) -> int:
    """The pixels a length of ``points`` needs at ``dpi``."""
    return max(1, math.ceil(points / _POINTS_PER_INCH * dpi - 1e-6))


def target_size(source: tuple[int, int], needed: tuple[int, int]) -> tuple[int, int]:
    """``source`` scaled so it covers ``needed`` pixels, keeping its proportions; never
    larger than ``source``."""
    width, height = max(1, source[0]), max(1, source[1])
    scale = min(1.0, max(needed[0] / width, needed[1] / height))
    if scale >= 1.0:
        return width, height
    return max(1, math.ceil(width * scale - 1e-6)), max(1, math.ceil(height * scale - 1e-6))


_cache: OrderedDict[tuple[str, int, int], PrintImage] = OrderedDict()
_cache_bytes = 0
_digests: OrderedDict[bytes, str] = OrderedDict()
_lock = threading.Lock()


def print_image(data: bytes, printed: tuple[float, float], dpi: int = DPI) -> PrintImage:
    """``data`` prepared for printing at ``printed`` (width, height in points). Cached.

    Raises:
        models.images.ImageError: ``data`` is not an allowed, sound image.
    """
    global _cache_bytes
    needed = (pixels_for(printed[0], dpi), pixels_for(printed[1], dpi))
    key = (digest(data), *needed)
    with _lock:
        done = _cache.get(key)
        if done is not None:
            _cache.move_to_end(key)
            return done
    done = _make(data, key[0], needed)
    with _lock:
        if key not in _cache:
            _cache[key] = done
            _cache_bytes += done.nbytes
        while len(_cache) > 1 and _cache_bytes > _CACHE_BYTES:
            _key, dropped = _cache.popitem(last=False)
            _cache_bytes -= dropped.nbytes
    return done


def digest(data: bytes) -> str:
    """The SHA-256 of ``data``, remembered for the last few pictures.

    A figure's bytes are the same object on every render (the prepared-image cache gives
    them), and Python keeps a bytes object's hash, so the lookup costs nothing where
    hashing a photo again for every draw would.
    """
    with _lock:
        known = _digests.get(data)
        if known is not None:
            _digests.move_to_end(data)
            return known
    made = hashlib.sha256(data).hexdigest()
    with _lock:
        _digests[data] = made
        while len(_digests) > _DIGESTS:
            _digests.popitem(last=False)
    return made


def clear_cache() -> None:
    """Forget every prepared picture (tests, and a benchmark's cold run)."""
    global _cache_bytes
    with _lock:
        _cache.clear()
        _digests.clear()
        _cache_bytes = 0


def _make(data: bytes, sha: str, needed: tuple[int, int]) -> PrintImage:
    kind = images.sniff(data)
    with images.open_image(data) as opened:
        stored_size, stored_mode = opened.size, opened.mode
        picture = _flattened(opened)
    transparent = _transparent(picture)
    if not transparent and picture.mode in ("LA", "RGBA"):
        picture = picture.convert(picture.mode[:-1])  # opaque: an alpha channel only costs
    size = target_size(picture.size, needed)
    graphic = transparent or (kind != "JPEG" and picture.getcolors(_GRAPHIC_COLOURS) is not None)
    if size != picture.size:
        # reducing_gap: a box reduction by a whole factor first, then Lanczos for the rest;
        # several times faster on a camera photo and indistinguishable from Lanczos alone.
        picture = picture.resize(size, PILImage.Resampling.LANCZOS, reducing_gap=3.0)
    width, height = picture.size
    if graphic:
        alpha = zlib.compress(picture.getchannel("A").tobytes()) if transparent else None
        colour = picture.convert(picture.mode[:-1]) if transparent else picture
        pixels = zlib.compress(colour.tobytes())
        return PrintImage(sha, width, height, "FLATE", colour.mode, pixels, alpha)
    if kind == "JPEG" and size == stored_size and stored_mode in ("RGB", "L"):
        return PrintImage(sha, width, height, "JPEG", stored_mode, data)  # as it is: no loss
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True, progressive=True)
    return PrintImage(sha, width, height, "JPEG", picture.mode, out.getvalue())


def _flattened(picture: PILImage.Image) -> PILImage.Image:
    """The first frame as ``L``, ``RGB``, ``LA`` or ``RGBA``: modes that scale smoothly."""
    if picture.mode in ("L", "RGB", "LA", "RGBA"):
        return picture.copy()
    has_alpha = picture.mode in ("PA", "La", "RGBa") or "transparency" in picture.info
    if picture.mode in ("I;16", "I", "F", "1"):
        return picture.convert("L")
    return picture.convert("RGBA" if has_alpha else "RGB")


def _transparent(picture: PILImage.Image) -> bool:
    """Whether ``picture`` has an alpha channel that is not opaque everywhere."""
    if picture.mode not in ("LA", "RGBA"):
        return False
    low = cast(tuple[int, int], picture.getchannel("A").getextrema())[0]
    return low < 255
