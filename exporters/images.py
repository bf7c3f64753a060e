"""Pictures sized for the web page: wide photos are scaled down before they are embedded.

A photo from a camera is often 4000 pixels wide and several megabytes; the page shows it at
most about 700 CSS pixels wide (twice that on a high-density screen), and every byte of it
is embedded in the one HTML file. JPEG and PNG pictures wider than :data:`MAX_WEB_WIDTH` are
scaled down with Pillow and encoded again; others are left alone (a GIF may be animated).
The PDF always gets the full-size picture. Both get it as :mod:`exporters.ir` prepared it
(:func:`models.images.prepare`): turned upright and without EXIF, GPS, XMP or comments.

Results are cached by asset name, which is the picture's SHA-256: the editor's preview
renders the page again on every edit, and scaling a photo takes far longer than the rest.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import replace

from PIL import Image as PILImage
from PIL import ImageOps

from exporters.ir import Block, Byline, Document, Figure, Group, Leaf, TitleBlock
from models import images

#: The widest picture the web page embeds, in pixels.
MAX_WEB_WIDTH = 1600
#: The widest portrait the page embeds: it is shown about 56 CSS pixels wide.
MAX_PORTRAIT_WIDTH = 240
JPEG_QUALITY = 85
_CACHE_SIZE = 64

_cache: OrderedDict[tuple[str, int], tuple[bytes, str, int, int]] = OrderedDict()
_lock = threading.Lock()


def for_web(document: Document, max_width: int = MAX_WEB_WIDTH) -> Document:
    """``document`` with every figure (and the cover's pictures) at most ``max_width`` wide,
    and speakers' portraits at most :data:`MAX_PORTRAIT_WIDTH`."""
    return replace(document, blocks=tuple(_block(b, max_width) for b in document.blocks))


def _block(block: Block, max_width: int) -> Block:
    if isinstance(block, Group):
        return replace(block, children=tuple(_leaf(leaf, max_width) for leaf in block.children))
    return _leaf(block, max_width)


def _leaf(leaf: Leaf, max_width: int) -> Leaf:
    if isinstance(leaf, Figure):
        return web_figure(leaf, max_width)
    if isinstance(leaf, TitleBlock) and (leaf.logo or leaf.cover_image):
        return replace(
            leaf,
            logo=web_figure(leaf.logo, max_width) if leaf.logo else None,
            cover_image=web_figure(leaf.cover_image, max_width) if leaf.cover_image else None,
        )
    if isinstance(leaf, Byline) and leaf.portraits:
        width = min(max_width, MAX_PORTRAIT_WIDTH)
        return replace(leaf, portraits=tuple(web_figure(p, width) for p in leaf.portraits))
    return leaf


def web_figure(figure: Figure, max_width: int = MAX_WEB_WIDTH) -> Figure:
    """``figure`` scaled down to ``max_width`` pixels if it is a wider JPEG or PNG."""
    if figure.width_px <= max_width or figure.mime not in ("image/jpeg", "image/png"):
        return figure
    key = (figure.asset, max_width)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
    if cached is None:
        cached = downsample(figure.data, max_width)
        if cached is None:
            return figure
        with _lock:
            _cache[key] = cached
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    data, mime, width, height = cached
    return replace(figure, data=data, mime=mime, width_px=width, height_px=height)


def downsample(data: bytes, max_width: int) -> tuple[bytes, str, int, int] | None:
    """A JPEG or PNG at most ``max_width`` wide: (bytes, mime, width, height).

    ``None`` when the picture cannot be read or is neither JPEG nor PNG. A figure's data
    is already upright and bare (:func:`models.images.prepare`); for other callers the
    camera's rotation is applied here too, and the new file carries no metadata either.
    """
    kind = images.sniff(data)
    if kind not in ("JPEG", "PNG"):
        return None
    try:
        with images.open_image(data) as opened:
            picture = ImageOps.exif_transpose(opened)
            if picture.width <= max_width:
                return None
            height = max(1, round(picture.height * max_width / picture.width))
            if kind == "JPEG":
                converted = picture if picture.mode in ("RGB", "L") else picture.convert("RGB")
            elif picture.mode not in ("RGB", "RGBA", "L", "LA"):
                converted = picture.convert("RGBA")  # palettes cannot be resampled smoothly
            else:
                converted = picture
            small = converted.resize((max_width, height), PILImage.Resampling.LANCZOS)
        out = io.BytesIO()
        if kind == "JPEG":
            small.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
            mime = "image/jpeg"
        else:
            small.save(out, "PNG", optimize=True)
            mime = "image/png"
    except (images.ImageError, OSError, ValueError):
        return None
    return out.getvalue(), mime, max_width, height
