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

Every check walks the whole document: sections and quotes inside parts
(:meth:`~models.publication.Publication.iter_blocks`) and every body of text
(:meth:`~models.publication.Publication.iter_bodies`). A finding the editor can fix by
itself carries a :class:`Fix` (e.g. print a soft photo smaller), so it can offer a button.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from models import images
from models.body import FIGURE_WIDTH, Body, Figure, FigureSize, ListBlock, Paragraph
from models.contrast import failing_pairs, format_ratio
from models.page_geometry import (
    FIGURE_GUTTER_MM,
    LOGO_BOX_MM,
    cover_image_box,
    figure_cell_box,
    fit_mm,
)
from models.project import Project
from models.publication import Image, Part, Publication, Quote, Section, Theme
from models.richtext import RichTextError, check, plain_text
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
class Fix:
    """A change that resolves a finding, for the editor to offer: put ``value`` at ``loc``.

    ``label`` says what it does, e.g. "print it at half width (200 dpi)". The change goes
    through the editor's usual edit (validated, undoable), never around it.
    """

    loc: Loc
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One preflight finding: how serious, where (a ``loc`` to jump to) and what.

    ``fix`` is set when one change resolves it (see :class:`Fix`).
    """

    severity: Severity
    loc: Loc
    message: str
    code: str
    fix: Fix | None = None

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


#: A place an image is printed at: the box it is fitted into, and for a figure in the text
#: its size and columns (so a smaller size can be offered), or ``None`` if not printed.
_Placement = tuple[tuple[float, float], FigureSize | None, int] | None

#: Figure sizes from the largest to the smallest share of the text width.
_SIZES: tuple[FigureSize, ...] = tuple(sorted(FIGURE_WIDTH, key=lambda s: -FIGURE_WIDTH[s]))
_SIZE_WORDS: dict[FigureSize, str] = {
    "full": "the full text width",
    "half": "half width",
    "thumbnail": "thumbnail size",
}


def _images(project: Project) -> Iterator[Finding]:
    pub = project.publication
    frame = pub.theme.frame_mm
    placed: list[tuple[Loc, Image, _Placement]] = []
    if pub.theme.cover_image is not None:
        placed.append(
            (("theme", "cover_image"), pub.theme.cover_image, (cover_image_box(frame), None, 1))
        )
    if pub.theme.logo is not None:
        placed.append((("theme", "logo"), pub.theme.logo, (LOGO_BOX_MM, None, 1)))
    for index, speaker in enumerate(pub.speakers):
        if speaker.portrait is not None:  # not printed (yet): no size to check
            placed.append((("speakers", index, "portrait"), speaker.portrait, None))
    for loc, figure in _figures(pub):
        box = _cell_box(frame, figure.size, figure.columns)
        for number, image in enumerate(figure.images):
            placed.append(((*loc, "images", number), image, (box, figure.size, figure.columns)))
    for loc, image, placement in placed:
        yield from _image(project, loc, image, placement)


def _figures(pub: Publication) -> Iterator[tuple[Loc, Figure]]:
    """Every figure placed in a body of text, with its loc, in reading order."""
    for body_loc, body in pub.iter_bodies():
        for index, block in enumerate(body):
            if isinstance(block, Figure):
                yield (*body_loc, index), block


def _cell_box(frame: tuple[float, float], size: FigureSize, columns: int) -> tuple[float, float]:
    return figure_cell_box(frame, FIGURE_WIDTH[size], columns, FIGURE_GUTTER_MM)


def _image(project: Project, loc: Loc, image: Image, placement: _Placement) -> Iterator[Finding]:
    in_text = placement is not None and placement[1] is not None
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
    elif image.decorative and in_text:
        # A picture placed in the text almost always carries information; decorative is
        # right for a logo or a mood picture, rarely for a figure.
        yield Finding(
            "warning",
            (*loc, "alt"),
            "this image in the text is marked as decorative, so readers who cannot see it "
            "skip it: describe what it shows",
            "decorative_figure",
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
    if placement is None:
        return
    box, figure_size, columns = placement
    width_mm, _height_mm = fit_mm(size, box)
    dpi = _dpi(size[0], width_mm)
    if dpi >= MIN_PRINT_DPI:
        return
    needed = round(MIN_PRINT_DPI * width_mm / _MM_PER_INCH)
    fix = None
    if figure_size is not None:
        fix = _smaller(project.publication.theme, loc, size, figure_size, columns)
    advice = f"{fix.label}, or use" if fix is not None else "use"
    yield Finding(
        "warning",
        loc,
        f"this image is {size[0]} pixels wide and printed {width_mm:.0f} mm wide, which is "
        f"{dpi:.0f} dpi; it looks soft on paper below {MIN_PRINT_DPI} dpi: {advice} one at "
        f"least {needed} pixels wide",
        "low_resolution",
        fix,
    )


def _dpi(width_px: int, width_mm: float) -> float:
    return width_px / (width_mm / _MM_PER_INCH)


def _smaller(
    theme: Theme, image_loc: Loc, size_px: tuple[int, int], size: FigureSize, columns: int
) -> Fix | None:
    """The largest figure size below ``size`` at which the image prints at 150 dpi or more.

    ``image_loc`` ends in ``("images", n)``; the fix sets the figure's ``size``.
    """
    smaller = _SIZES[_SIZES.index(size) + 1 :]
    for candidate in smaller:
        width_mm, _ = fit_mm(size_px, _cell_box(theme.frame_mm, candidate, columns))
        dpi = _dpi(size_px[0], width_mm)
        if dpi >= MIN_PRINT_DPI:
            label = f"print it at {_SIZE_WORDS[candidate]} ({dpi:.0f} dpi)"
            return Fix((*image_loc[:-2], "size"), candidate, label)
    return None


@lru_cache(maxsize=512)
def pixel_size(asset: str, data: bytes) -> tuple[int, int] | None:
    """The picture's width and height in pixels as printed (upright), or ``None``."""
    try:
        return images.check(data).upright_size
    except images.ImageError:
        return None


def _blocks(pub: Publication) -> Iterator[Finding]:
    for loc, block in pub.iter_blocks(parts=True):
        if isinstance(block, Part):
            if not any(isinstance(item, Section) for item in block.blocks):
                yield Finding(
                    "warning",
                    (*loc, "blocks"),
                    f"the part {block.title!r} has no sections: add one, or remove the part",
                    "empty_part",
                )
        elif isinstance(block, Section):
            if not block.body:
                yield Finding(
                    "warning",
                    (*loc, "body"),
                    f"{_section_name(block)} has no text",
                    "empty_section",
                )
            # An untitled section (a lead-in, a closing word) and a byline the editor typed
            # or hid need no people.
            if not block.people and block.title and block.byline == "auto":
                yield Finding(
                    "info",
                    (*loc, "people"),
                    f"{_section_name(block)} names no speakers",
                    "no_speakers",
                )
        elif isinstance(block, Quote) and not block.attribution:
            yield Finding(
                "warning",
                (*loc, "attribution"),
                "this quote has no attribution: readers do not see who said it",
                "no_attribution",
            )
    for body_loc, body in pub.iter_bodies():
        yield from _empty_list_items(body_loc, body)


def _section_name(section: Section) -> str:
    return f"the section {section.title!r}" if section.title else "an untitled section"


def _empty_list_items(body_loc: Loc, body: Body) -> Iterator[Finding]:
    """List items that print as an empty bullet.

    The model refuses an empty item, but not one that holds only markup (``[](https://…)``)
    or invisible characters (a zero-width space pasted from a web page): it prints a bullet
    or a number with nothing after it.
    """
    for index, block in enumerate(body):
        if not isinstance(block, ListBlock):
            continue
        for number, item in enumerate(block.items):
            texts: list[tuple[Loc, str]] = [
                ((*body_loc, index, "items", number, "text"), item.text)
            ]
            texts += [
                ((*body_loc, index, "items", number, "items", sub), text)
                for sub, text in enumerate(item.items)
            ]
            for loc, text in texts:
                if _is_blank(text):
                    yield Finding(
                        "warning",
                        loc,
                        "this list item has nothing to read: write its text, or remove it",
                        "empty_list_item",
                    )


@lru_cache(maxsize=8192)
def _is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing once its markup is read: no visible character."""
    try:
        shown = plain_text(text)
    except RichTextError:
        return False  # reported by the link check
    return all(char.isspace() or unicodedata.category(char) in ("Cf", "Zs") for char in shown)


def _rich_texts(pub: Publication) -> Iterator[tuple[Loc, str]]:
    """Every text the renderers read as rich text, with its loc, in document order."""
    yield from _body_texts(("intro",), pub.intro)
    if pub.key_takeaways.lead:
        yield ("key_takeaways", "lead"), pub.key_takeaways.lead
    for number, text in enumerate(pub.key_takeaways.items):
        yield ("key_takeaways", "items", number), text
    for loc, block in pub.iter_blocks(parts=True):
        if isinstance(block, Part):
            yield from _body_texts((*loc, "intro"), block.intro)
        elif isinstance(block, Section):
            for number, text in enumerate(block.takeaways):
                yield (*loc, "takeaways", number), text
            yield from _body_texts((*loc, "body"), block.body)
        else:
            yield (*loc, "text"), block.text
    yield from _body_texts(("colophon", "note"), pub.colophon.note)


def _body_texts(body_loc: Loc, body: Body) -> Iterator[tuple[Loc, str]]:
    for index, block in enumerate(body):
        if isinstance(block, Paragraph):
            yield (*body_loc, index, "text"), block.text
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items):
                yield (*body_loc, index, "items", number, "text"), item.text
                for sub, text in enumerate(item.items):
                    yield (*body_loc, index, "items", number, "items", sub), text


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
