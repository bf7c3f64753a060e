"""Preflight: what to fix (or know) before a publication goes out, found without exporting.

:func:`preflight` is one pure function of a :class:`~models.Project`. The command line runs
it for ``validate`` and before ``export``; the editor lists its findings and runs it before
every export. An ``error`` blocks export unless the user overrides it explicitly; a
``warning`` is very likely a mistake; ``info`` is worth a look.

The check lives in ``models``, so it cannot ask the PDF renderer how things are laid out.
Where it needs print geometry it asks :mod:`models.page_geometry`, which the PDF renderer
lays its pages out with too. The title's fit on the cover is a character limit, not a
measurement: :data:`TITLE_MAX_CHARS` is about three lines of the 26 pt title on a 150 mm
measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from models import images
from models.contrast import failing_pairs, format_ratio
from models.page_geometry import LOGO_BOX_MM, cover_image_box, figure_box, fit_mm
from models.project import Project
from models.publication import Image, Publication, Quote, Section, Theme
from models.richtext import RichTextError, check
from models.types import Loc
from models.validation import format_loc

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: Below this many dots per inch at its printed size, a photo looks soft on paper.
MIN_PRINT_DPI = 150
#: About three lines of the cover title (26 pt) on a 150 mm measure.
TITLE_MAX_CHARS = 120

_MM_PER_INCH = 25.4
# Names cameras and phones give files: IMG_1234, DSC01234, PXL_20240101_…, or "x.jpg".
_FILE_NAME = re.compile(
    r"^(?:(?:img|dsc|dscn|dcim|pxl|photo|image|scan|screenshot)[\W_]*\d[\w-]*"
    r"|[\w-]+\.(?:jpe?g|png|gif|webp|heic|tiff?))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One preflight finding: how serious, where (a ``loc`` to jump to) and what."""

    severity: Severity
    loc: Loc
    message: str
    code: str

    @property
    def path(self) -> str:
        """The ``loc`` written out, e.g. ``blocks[2].title``, for the report."""
        return format_loc(self.loc)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.loc else ""
        return f"{self.severity}: {where}{self.message}"


def preflight(project: Project) -> list[Finding]:
    """Every finding for ``project``, errors first, then in document order."""
    pub = project.publication
    findings = [
        *_title(pub),
        *_contrast(pub.theme),
        *_images(project),
        *_blocks(pub),
        *_links(pub),
        *_colophon(pub),
    ]
    order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: order[f.severity])


def errors(findings: list[Finding]) -> list[Finding]:
    """The findings that block an export unless the user overrides them."""
    return [f for f in findings if f.severity == "error"]


def summary(findings: list[Finding]) -> str:
    """``2 errors, 1 warning`` (empty when there are none)."""
    parts = []
    for severity in SEVERITIES:
        count = sum(1 for f in findings if f.severity == severity)
        if count:
            noun = {"error": "error", "warning": "warning", "info": "note"}[severity]
            parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
    return ", ".join(parts)


# -- the checks ----------------------------------------------------------------------------


def _title(pub: Publication) -> Iterator[Finding]:
    if len(pub.title) > TITLE_MAX_CHARS:
        yield Finding(
            "warning",
            ("title",),
            f"the title has {len(pub.title)} characters; more than {TITLE_MAX_CHARS} do not "
            "fit the cover in three lines: shorten it or move part to the subtitle",
            "title_too_long",
        )


def _contrast(theme: Theme) -> Iterator[Finding]:
    for pair in failing_pairs(theme):
        kind = "large text" if pair.large else "text"
        yield Finding(
            "error",
            ("theme", pair.field),
            f"{pair.foreground} on {pair.background} has a contrast ratio of "
            f"{format_ratio(pair.ratio, pair.required)}; {kind} needs at least {pair.required:g}:1 "
            f"(used for {pair.use})",
            "contrast",
        )


def _images(project: Project) -> Iterator[Finding]:
    pub = project.publication
    frame = pub.theme.frame_mm
    placed: list[tuple[Loc, Image, tuple[float, float] | None]] = []
    if pub.theme.cover_image is not None:
        cover_box = cover_image_box(frame)
        placed.append((("theme", "cover_image"), pub.theme.cover_image, cover_box))
    if pub.theme.logo is not None:
        placed.append((("theme", "logo"), pub.theme.logo, LOGO_BOX_MM))
    for index, speaker in enumerate(pub.speakers):
        if speaker.portrait is not None:  # not printed (yet): no size to check
            placed.append((("speakers", index, "portrait"), speaker.portrait, None))
    for index, block in enumerate(pub.blocks):
        if isinstance(block, Section):
            for number, image in enumerate(block.images):
                placed.append((("blocks", index, "images", number), image, figure_box(frame)))
    for loc, image, box in placed:
        yield from _image(project, loc, image, box)


def _image(
    project: Project, loc: Loc, image: Image, box: tuple[float, float] | None
) -> Iterator[Finding]:
    if not image.decorative and not image.alt.strip():
        yield Finding(
            "error",
            (*loc, "alt"),
            "this image has no alternative text: describe it, or mark it as decorative",
            "missing_alt",
        )
    elif not image.decorative and _FILE_NAME.match(image.alt.strip()):
        yield Finding(
            "warning",
            (*loc, "alt"),
            f"the alternative text {image.alt!r} looks like a file name: describe what the "
            "image shows",
            "alt_file_name",
        )
    data = project.assets.get(image.asset)
    if data is None:
        yield Finding(
            "error", loc, "the image file is missing from the project: add it again", "missing"
        )
        return
    size = pixel_size(image.asset, data)
    if size is None:
        yield Finding(
            "error", loc, "the image file cannot be read as a picture: add it again", "unreadable"
        )
        return
    if box is None:
        return
    width_mm, _height_mm = fit_mm(size, box)
    dpi = size[0] / (width_mm / _MM_PER_INCH)
    if dpi < MIN_PRINT_DPI:
        needed = round(MIN_PRINT_DPI * width_mm / _MM_PER_INCH)
        yield Finding(
            "warning",
            loc,
            f"this image is {size[0]} pixels wide and printed {width_mm:.0f} mm wide, which is "
            f"{dpi:.0f} dpi; it looks soft on paper below {MIN_PRINT_DPI} dpi: use one at "
            f"least {needed} pixels wide",
            "low_resolution",
        )


@lru_cache(maxsize=512)
def pixel_size(asset: str, data: bytes) -> tuple[int, int] | None:
    """The picture's width and height in pixels as printed (upright), or ``None``."""
    try:
        return images.check(data).upright_size
    except images.ImageError:
        return None


def _blocks(pub: Publication) -> Iterator[Finding]:
    for index, block in enumerate(pub.blocks):
        if isinstance(block, Section):
            if not block.body:
                yield Finding(
                    "warning",
                    ("blocks", index, "body"),
                    f"the section {block.title!r} has no text",
                    "empty_section",
                )
            if not block.speaker_ids:
                yield Finding(
                    "info",
                    ("blocks", index, "speaker_ids"),
                    f"the section {block.title!r} names no speakers",
                    "no_speakers",
                )
        elif isinstance(block, Quote) and not block.attribution:
            yield Finding(
                "warning",
                ("blocks", index, "attribution"),
                "this quote has no attribution: readers do not see who said it",
                "no_attribution",
            )


def _rich_texts(pub: Publication) -> Iterator[tuple[Loc, str]]:
    """Every text the renderers read as rich text, with its loc."""
    for number, text in enumerate(pub.intro):
        yield ("intro", number), text
    if pub.key_takeaways.lead:
        yield ("key_takeaways", "lead"), pub.key_takeaways.lead
    for number, text in enumerate(pub.key_takeaways.items):
        yield ("key_takeaways", "items", number), text
    for index, block in enumerate(pub.blocks):
        if isinstance(block, Section):
            for name in ("takeaways", "body"):
                for number, text in enumerate(getattr(block, name)):
                    yield ("blocks", index, name, number), text
        else:
            yield ("blocks", index, "text"), block.text


def _links(pub: Publication) -> Iterator[Finding]:
    for loc, text in _rich_texts(pub):
        problem = _link_problem(text)
        if problem is not None:
            yield Finding("error", loc, f"{problem}; the link would be left out", "bad_link")


@lru_cache(maxsize=8192)
def _link_problem(text: str) -> str | None:
    """Why a link in ``text`` is not allowed, or ``None``; cached, as the editor checks the
    whole publication after every edit and most texts did not change."""
    try:
        check(text)
    except RichTextError as error:
        return str(error)
    return None


def _colophon(pub: Publication) -> Iterator[Finding]:
    colophon = pub.colophon
    if not colophon.organisation:
        yield Finding(
            "warning",
            ("colophon", "organisation"),
            "the colophon names no organisation: say who publishes this",
            "colophon_organisation",
        )
    if not (colophon.email or colophon.phone or colophon.website):
        yield Finding(
            "warning",
            ("colophon", "email"),
            "the colophon has no contact details: add an e-mail address, phone or website",
            "colophon_contact",
        )
