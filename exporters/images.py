"""Pictures sized for the web page: each embedded at the size the page shows it, and twice that.

Every byte of a picture is embedded in the one HTML file, and a photo from a camera is often
4000 pixels wide and several megabytes while the page shows it at most 704 CSS pixels wide.
:func:`web_image` gives the ``<img>`` of a picture in one of the page's :class:`Slot`\\ s: a
``src`` at the size shown (1x) and a ``srcset`` candidate at twice that (2x, for
high-density screens and zoom), never larger than the picture itself. A candidate that
would cost more bytes than the picture as it is (a flat PNG illustration) is replaced by the
picture as it is. JPEG, PNG and still WebP pictures are scaled with Pillow; GIFs (often
animated) and animated WebPs are embedded as they are.

The PDF gets the full picture. Both get it as :mod:`exporters.ir` prepared it
(:func:`models.images.prepare`): upright and without EXIF, GPS, XMP or comments. Encoding
again writes no metadata either; only the colour profile is kept, as ``prepare`` keeps it.

Results are cached by asset name (the picture's SHA-256) and slot: the editor's preview
renders the page again on every edit, and scaling a photo takes far longer than the rest.
"""

from __future__ import annotations

import base64
import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal, cast

from PIL import Image as PILImage
from PIL import ImageOps

from exporters.ir import Figure, FigureGroup
from models import images
from models.body import FIGURE_WIDTH

JPEG_QUALITY = 85
#: The 1x picture's quality, and the 2x one's: at twice the density a screen shrinks the
#: picture, and JPEG's artefacts with it, so 70 looks as good there and costs a third less.
QUALITY_1X, QUALITY_2X = 82, 70
#: CSS pixels per ``rem`` in a browser's default settings; the slots are sized in rem.
PX_PER_REM = 16
_CACHE_ENTRIES = 64
_CACHE_BYTES = 96 * 1024 * 1024
_SCALABLE = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_IMAGE_MIMES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
_PALETTE_COLOURS = 256
#: More colours than this and no transparency: a photo saved as PNG, re-encoded as JPEG.
_PHOTO_COLOURS = 1 << 16

#: A scaled picture: (bytes, mime, width, height).
Scaled = tuple[bytes, str, int, int]


@dataclass(frozen=True, slots=True)
class Slot:
    """The box the page shows a picture in, in CSS pixels.

    ``fit="contain"``: the picture fits inside (``height`` ``None``: any height);
    ``"cover"``: it fills the box and is cropped (``object-fit: cover``).
    ``publication.css`` gets these sizes from :func:`layout_css`, so the two cannot differ.
    """

    width: int
    height: int | None
    fit: Literal["contain", "cover"] = "contain"


SlotName = Literal["figure", "logo", "portrait"]
#: The measure of the text column (``--measure``): figures and the cover picture.
FIGURE = Slot(704, None)
#: The logo on its white plate in the masthead (``--logo-width`` × ``--logo-height``).
LOGO = Slot(168, 56)
#: Speakers' round portraits beside a byline (``--portrait``).
PORTRAIT = Slot(56, 56, "cover")
SLOTS: dict[SlotName, Slot] = {"figure": FIGURE, "logo": LOGO, "portrait": PORTRAIT}
#: The space between pictures side by side (``--figure-gap``).
FIGURE_GAP = 16


@dataclass(frozen=True, slots=True)
class WebImage:
    """What an ``<img>`` needs: the 1x ``src``, the 2x ``srcset`` (or ``None``) and the
    ``width``/``height`` attributes, in CSS pixels, that reserve its space."""

    src: str
    srcset: str | None
    width: int
    height: int


_cache: OrderedDict[tuple[str, Slot], WebImage] = OrderedDict()
_lock = threading.Lock()


def layout_css() -> str:
    """The slots' sizes as CSS custom properties, for ``publication.css``.

    Besides the boxes in rem: ``--figure-gap`` between pictures side by side, and the
    share of the column a half-width or thumbnail figure takes (``--figure-half``,
    ``--figure-thumbnail``), the same shares :func:`figure_slot` sizes pictures for.
    """
    props = {
        "--measure": FIGURE.width,
        "--logo-width": LOGO.width,
        "--logo-height": LOGO.height or 0,
        "--portrait": PORTRAIT.width,
        "--figure-gap": FIGURE_GAP,
    }
    sizes = [f"{k}:{v / PX_PER_REM:g}rem" for k, v in props.items()]
    shares = [
        f"--figure-{size}:{share * 100:g}%" for size, share in FIGURE_WIDTH.items() if share < 1
    ]
    return ":root{" + ";".join(sizes + shares) + "}"


def figure_slot(group: FigureGroup) -> Slot:
    """The box each picture of ``group`` is shown in on a wide screen: its share of the
    column (:attr:`FigureGroup.width`), divided among its columns less the gaps between.

    A phone shows every figure across its whole column instead (at most about 560 CSS
    pixels wide); the 2x picture of a thumbnail (422 pixels) or of a grid's cell still
    fills that at close to one pixel per CSS pixel.
    """
    columns = max(1, group.columns)
    width = (FIGURE.width * group.width - FIGURE_GAP * (columns - 1)) / columns
    return Slot(max(1, round(width)), None)


def web_image(figure: Figure, slot: SlotName | Slot = "figure") -> WebImage:
    """``figure`` as the page embeds it in ``slot``: 1x and 2x, each at most as wide as
    the picture. Cached by asset and slot."""
    box = SLOTS[slot] if isinstance(slot, str) else slot
    key = (figure.asset, box)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    made = _make(figure, box)
    with _lock:
        _cache[key] = made
        total = sum(len(i.src) + len(i.srcset or "") for i in _cache.values())
        while len(_cache) > 1 and (len(_cache) > _CACHE_ENTRIES or total > _CACHE_BYTES):
            _key, dropped = _cache.popitem(last=False)
            total -= len(dropped.src) + len(dropped.srcset or "")
    return made


def shown_size(width: int, height: int, slot: Slot) -> tuple[float, tuple[int, int]]:
    """The scale at which ``slot`` shows a ``width`` × ``height`` picture (at most 1: a
    picture is never enlarged), and its size there in CSS pixels."""
    if slot.fit == "cover" and slot.height is not None:
        scale = max(slot.width / width, slot.height / height)
    else:
        scale = slot.width / width
        if slot.height is not None:
            scale = min(scale, slot.height / height)
    scale = min(1.0, scale)
    return scale, (max(1, round(width * scale)), max(1, round(height * scale)))


def _make(figure: Figure, slot: Slot) -> WebImage:
    width, height = max(1, figure.width_px), max(1, figure.height_px)
    scale, (shown_w, shown_h) = shown_size(width, height, slot)
    if scale >= 1.0:
        return WebImage(_data_uri(figure.data, figure.mime), None, shown_w, shown_h)
    original = (figure.data, figure.mime, width, height)
    wanted = [(shown_w, QUALITY_1X)]
    if scale * 2 < 1:
        wanted.append((round(width * scale * 2), QUALITY_2X))
    single, *rest = scaled(figure.data, wanted)
    double = (rest[0] if rest else None) or original
    if len(double[0]) >= len(figure.data):
        double = original  # scaling only made it larger
    if single is None or len(single[0]) >= len(double[0]):
        # The sharper picture costs no more: it serves every screen on its own.
        return WebImage(_data_uri(double[0], double[1]), None, shown_w, shown_h)
    density = f"{double[2] / shown_w:.3g}x"
    srcset = f"{_data_uri(double[0], double[1])} {density}"
    return WebImage(_data_uri(single[0], single[1]), srcset, shown_w, shown_h)


def _data_uri(data: bytes, mime: str) -> str:
    kind = mime if mime in _IMAGE_MIMES else "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def downsample(data: bytes, max_width: int) -> Scaled | None:
    """A still JPEG, PNG or WebP at most ``max_width`` wide: (bytes, mime, width, height).

    ``None`` when the picture is not wider, cannot be read, or is a GIF or an animation.
    """
    return scaled(data, [(max_width, JPEG_QUALITY)])[0]


def scaled(data: bytes, sizes: list[tuple[int, int]]) -> list[Scaled | None]:
    """The picture ``data`` at each (width, JPEG/WebP quality) of ``sizes``, decoded once
    (see :func:`downsample`).

    A figure's data is already upright and bare (:func:`models.images.prepare`); for other
    callers the camera's rotation is applied here too, and the new files carry no metadata
    either. A PNG of few colours stays a palette PNG (a flat illustration would otherwise
    grow with every smoothed edge); an opaque PNG photo becomes a JPEG. A JPEG is decoded
    at the smallest of 1/2, 1/4 or 1/8 of its size that is still large enough: a camera
    photo decodes several times faster so.
    """
    kind = images.sniff(data)
    if kind not in _SCALABLE or not sizes:
        return [None] * len(sizes)
    widest = max(width for width, _ in sizes)
    try:
        with images.open_image(data) as opened:
            if getattr(opened, "n_frames", 1) != 1:
                return [None] * len(sizes)
            icc = opened.info.get("icc_profile")
            few_colours = kind == "PNG" and opened.getcolors(_PALETTE_COLOURS) is not None
            if kind == "JPEG":
                # Both sides at least the widest wanted: enough whichever way it turns.
                opened.draft(opened.mode, (widest, widest))
            picture = ImageOps.exif_transpose(opened)
        done: dict[tuple[int, int], Scaled] = {}
        source = picture
        for width, quality in sorted(set(sizes), reverse=True):
            if width >= picture.width:
                continue
            height = max(1, round(picture.height * width / picture.width))
            # Each smaller size from the last: 1408 to 704 pixels is cheap, 4000 to 704 not.
            source = _resized(source, kind, width, height)
            done[width, quality] = _encode(source, kind, quality, icc, few_colours)
        return [done.get(size) for size in sizes]
    except (images.ImageError, OSError, ValueError):
        return [None] * len(sizes)


def _encode(
    small: PILImage.Image, kind: str, quality: int, icc: bytes | None, few_colours: bool
) -> Scaled:
    small.info = {}  # a fresh image from resize: none of the original's info reaches the file
    options: dict[str, object] = {"icc_profile": icc} if icc else {}
    photo_as_png = kind == "PNG" and small.mode in ("RGB", "L") and not few_colours
    if photo_as_png and small.getcolors(_PHOTO_COLOURS) is None:
        kind = "JPEG"
    out = io.BytesIO()
    if kind == "JPEG":
        photo = small if small.mode in ("RGB", "L") else small.convert("RGB")
        photo.save(out, "JPEG", quality=quality, optimize=True, progressive=True, **options)
    elif kind == "WEBP":
        small.save(out, "WEBP", quality=quality, method=4, **options)
    else:
        if few_colours and small.mode in ("RGB", "L"):
            small = small.quantize(_PALETTE_COLOURS, dither=PILImage.Dither.NONE)
        small.save(out, "PNG", optimize=True, **options)
    return out.getvalue(), _SCALABLE[kind], small.width, small.height


def _alpha_low(picture: PILImage.Image) -> int:
    """The lowest alpha of an RGBA ``picture``.

    ``getextrema`` gives one (min, max) per band for a multi-band image; its type also
    allows a single band's pair, which an RGBA image never gives.
    """
    extrema = cast(tuple[tuple[int, int], ...], picture.getextrema())
    return extrema[3][0]


def _resized(picture: PILImage.Image, kind: str, width: int, height: int) -> PILImage.Image:
    if kind == "JPEG":
        converted = picture if picture.mode in ("RGB", "L") else picture.convert("RGB")
    elif picture.mode not in ("RGB", "RGBA", "L", "LA"):
        converted = picture.convert("RGBA")  # palettes cannot be resampled smoothly
    else:
        converted = picture
    if converted.mode == "RGBA" and _alpha_low(converted) == 255:
        converted = converted.convert("RGB")  # opaque: an alpha channel only costs bytes
    # reducing_gap: a box reduction by a whole factor first, then Lanczos for the rest;
    # several times faster on a camera photo and, at 3, indistinguishable from Lanczos alone.
    return converted.resize((width, height), PILImage.Resampling.LANCZOS, reducing_gap=3.0)
