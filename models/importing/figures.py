"""Images of a source as figures of the publication, through models.images only.

Embedded bytes are judged like any project image: only PNG, JPEG, GIF and WebP, pixel
count bounded, EXIF applied and stripped (:func:`models.images.prepare`). EMF, WMF, TIFF,
SVG and the rest are refused with a report line. Remote images are never fetched: the
report lists their addresses for the editor to add by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from models import images
from models.importing.document import Picture
from models.project import asset_name


@dataclass(frozen=True, slots=True)
class Placed:
    """A picture that became a figure: its asset and the figure block (as model input)."""

    asset: str
    data: bytes
    figure: dict[str, object]


def place(picture: Picture, report: list[str]) -> Placed | None:
    """The figure for ``picture``, or ``None`` (with a report line) when it cannot be one."""
    what = _what(picture)
    if picture.data is None:
        if picture.url.lower().startswith(("http://", "https://")):
            report.append(f"{what} was not fetched (remote: {picture.url}); add it by hand")
        else:
            report.append(f"{what} was not imported (‘{picture.url}’ is not in the file)")
        return None
    try:
        prepared = images.prepare(picture.data)
    except images.ImageError as error:
        report.append(f"{what} was refused: it {error.reason}")
        return None
    name = asset_name(prepared.data, prepared.extension)
    image: dict[str, object] = {"asset": name, "caption": picture.caption}
    if picture.alt:
        image["alt"] = picture.alt
    else:
        image["decorative"] = True
        report.append(f"{what} has no description: marked decorative; describe it if it is not")
    return Placed(name, prepared.data, {"kind": "figure", "images": [image]})


def _what(picture: Picture) -> str:
    if picture.alt:
        return f"image ‘{short(picture.alt)}’"
    return f"image ‘{short(picture.name)}’" if picture.name else "an image"


def short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters for a report line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
