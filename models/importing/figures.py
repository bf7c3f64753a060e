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
from models.importing.notes import Note
from models.project import asset_name


@dataclass(frozen=True, slots=True)
class Placed:
    """A picture that became a figure: its asset and the figure block (as model input)."""

    asset: str
    data: bytes
    figure: dict[str, object]


def place(picture: Picture, report: list[Note]) -> Placed | None:
    """The figure for ``picture``, or ``None`` (with a report line) when it cannot be one."""
    if picture.data is None:
        if picture.url.lower().startswith(("http://", "https://")):
            report.append(_note("remote_image", picture, url=picture.url))
        else:
            report.append(_note("image_not_in_file", picture, url=picture.url))
        return None
    try:
        prepared = images.prepare(picture.data)
    except images.ImageError as error:
        report.append(_note("image_refused", picture, reason=error.reason))
        return None
    name = asset_name(prepared.data, prepared.extension)
    image: dict[str, object] = {"asset": name, "caption": picture.caption}
    if picture.alt:
        image["alt"] = picture.alt
    else:
        image["decorative"] = True
        report.append(_note("image_decorative", picture))
    return Placed(name, prepared.data, {"kind": "figure", "images": [image]})


def _note(kind: str, picture: Picture, **params: str) -> Note:
    """A line about ``picture``, named by its description or file name when it has one
    (the kind's ``_unnamed`` variant when it has neither)."""
    name = short(picture.alt or picture.name)
    if name:
        return Note(kind, {"image": name, **params})
    return Note(f"{kind}_unnamed", params)


def short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters for a report line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
