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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from models import images, placeholders
from models.body import FIGURE_WIDTH, Body, Figure, FigureSize, ListBlock, Paragraph
from models.contrast import failing_pairs, format_ratio
from models.labels import NOWHERE, Params, Place, compose, excerpt, field_words, place_of
from models.message import Translate, joined, message, translated
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


#: Every finding, by kind, in English: ``{place}`` is where it is ("Quote 2 (‘…’)"),
#: ``{field}`` the field; a message that names neither gets them in front (see
#: :func:`models.labels.compose`). The editor words each kind through its translator
#: (``editor/problem_text.py``).
MESSAGES: Mapping[str, str] = {
    "title_too_long": "{field} has {count} characters; more than {limit} do not fit the cover "
    "in three lines: shorten it or move part to the subtitle",
    "contrast": "{field} {foreground} on {background} has a contrast ratio of {ratio}; text "
    "needs at least {required}:1 (used for {use})",
    "contrast_large": "{field} {foreground} on {background} has a contrast ratio of {ratio}; "
    "large text needs at least {required}:1 (used for {use})",
    "no_alt": "{place} has no alternative text: describe it, or mark it as decorative",
    "alt_file_name": "{field} ‘{value}’ looks like a file name: describe what the image shows",
    "decorative_figure": "{place} is marked as decorative, so readers who cannot see it skip "
    "it: describe what it shows",
    "image_missing": "the image file is missing from the project; add it again",
    "image_unreadable": "the image file cannot be read as a picture; add it again",
    "low_resolution": "this image is {width} pixels wide and printed {mm} mm wide, which is "
    "{dpi} dpi; it looks soft on paper below {min} dpi: use one at least {needed} pixels wide",
    "low_resolution_fix": "this image is {width} pixels wide and printed {mm} mm wide, which "
    "is {dpi} dpi; it looks soft on paper below {min} dpi: {fix}, or use one at least "
    "{needed} pixels wide",
    "empty_part": "{place} has no sections: add one, or remove the part",
    "empty_section": "{place} has no text",
    "no_speakers": "{place} names no speakers",
    "no_attribution": "{place} has no attribution: readers do not see who said it",
    "empty_list_item": "{place} has nothing to read: write its text, or remove it",
    "link_left_out": "link target ‘{target}’ is not allowed (use an http://, https:// or "
    "mailto: address); the link would be left out",
    "colophon_organisation": "{place} names no organisation: say who publishes this",
    "colophon_contact": "{place} has no contact details: add an e-mail address, phone or website",
    "placeholder": "still holds the template's placeholder text {text}; write the real text here",
}
#: What the one kind of fix says, in English (``{size}``: a key of :data:`SIZE_WORDS`'s
#: values, ``{dpi}``: the resolution it gives).
FIX_MESSAGE = "print it at {size} ({dpi} dpi)"


@dataclass(frozen=True, slots=True)
class Fix:
    """A change that resolves a finding, for the editor to offer: put ``value`` at ``loc``.

    ``label`` says what it does in English, e.g. "print it at half width (200 dpi)", from
    :data:`FIX_MESSAGE` and ``params``. The change goes through the editor's usual edit
    (validated, undoable), never around it.
    """

    loc: Loc
    value: str
    label: str
    params: Params = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """One preflight finding: how serious, where (a ``loc`` to jump to) and what.

    ``message`` is the whole finding in English, place included ("Quote 2 (‘…’) has no
    attribution: …"); ``kind`` (a key of :data:`MESSAGES`), ``params`` and ``place`` say the
    same for the editor to word in the user's language (``kind`` ``""``: only ``message``).
    ``code`` names the check; ``fix`` is set when one change resolves it (see :class:`Fix`).
    """

    severity: Severity
    loc: Loc
    message: str
    code: str
    fix: Fix | None = None
    kind: str = ""
    params: Params = field(default_factory=dict, hash=False)
    place: Place = NOWHERE

    @property
    def path(self) -> str:
        """The ``loc`` written out, e.g. ``blocks[2].title``, for logs and tests."""
        return format_loc(self.loc)

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"

    def worded(self, translate: Translate) -> str:
        """As ``str()`` ("error: ..."), in the language of ``translate``."""
        from models.problem_wording import issue_text  # it words findings, so imports us

        text = issue_text(self, translate)
        if self.severity == "error":
            return translated(message("error: {finding}", finding=text), translate)
        if self.severity == "warning":
            return translated(message("warning: {finding}", finding=text), translate)
        return translated(message("info: {finding}", finding=text), translate)


def _finding(
    pub: Publication | None,
    severity: Severity,
    loc: Loc,
    code: str,
    kind: str = "",
    fix: Fix | None = None,
    **params: str | int,
) -> Finding:
    """A finding of ``kind`` (default: ``code``) at ``loc``, worded in English.

    ``pub`` names the place ("Quote 2 (‘…’)"); ``None`` for a field of the publication
    itself, its theme or its colophon, which are named without looking anything up.
    """
    kind = kind or code
    place = place_of(pub, loc)
    if fix is not None:
        params["fix"] = fix.label
    message = compose(MESSAGES[kind], params, str(place), field_words(place.field))
    return Finding(severity, loc, message, code, fix, kind, params, place)


def preflight(project: Project) -> list[Finding]:
    """Every finding for ``project``, errors first, then in document order."""
    pub = project.publication
    findings = [
        *_title(pub),
        *_contrast(pub),
        *_images(project),
        *_blocks(pub),
        *_links(pub),
        *_colophon(pub),
        *_placeholders(pub),
    ]
    order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: order[f.severity])


def errors(findings: list[Finding]) -> list[Finding]:
    """The findings that block an export unless the user overrides them."""
    return [f for f in findings if f.severity == "error"]


def summary(findings: list[Finding]) -> str:
    """``2 errors, 1 warning`` (empty when there are none); a :class:`~models.message.Message`."""
    counts = {
        severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES
    }
    parts = []
    if counts["error"]:
        count = counts["error"]
        parts.append(message("1 error") if count == 1 else message("{count} errors", count=count))
    if counts["warning"]:
        count = counts["warning"]
        parts.append(
            message("1 warning") if count == 1 else message("{count} warnings", count=count)
        )
    if counts["info"]:
        count = counts["info"]
        parts.append(message("1 note") if count == 1 else message("{count} notes", count=count))
    return joined(parts)


# -- the checks ----------------------------------------------------------------------------


def _title(pub: Publication) -> Iterator[Finding]:
    if len(pub.title) > TITLE_MAX_CHARS:
        count, limit = len(pub.title), TITLE_MAX_CHARS
        yield _finding(None, "warning", ("title",), "title_too_long", count=count, limit=limit)


def _contrast(pub: Publication) -> Iterator[Finding]:
    for pair in failing_pairs(pub.theme):
        yield _finding(
            None,
            "error",
            ("theme", pair.field),
            "contrast",
            "contrast_large" if pair.large else "contrast",
            foreground=pair.foreground,
            background=pair.background,
            ratio=format_ratio(pair.ratio, pair.required),
            required=f"{pair.required:g}",
            use=pair.use,
        )


#: A place an image is printed at: the box it is fitted into, and for a figure in the text
#: its size and columns (so a smaller size can be offered), or ``None`` if not printed.
_Placement = tuple[tuple[float, float], tuple[FigureSize, int] | None] | None

#: Figure sizes from the largest to the smallest share of the text width.
_SIZES: tuple[FigureSize, ...] = tuple(sorted(FIGURE_WIDTH, key=lambda s: -FIGURE_WIDTH[s]))
SIZE_WORDS: Mapping[FigureSize, str] = {
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
            (("theme", "cover_image"), pub.theme.cover_image, (cover_image_box(frame), None))
        )
    if pub.theme.logo is not None:
        placed.append((("theme", "logo"), pub.theme.logo, (LOGO_BOX_MM, None)))
    for index, speaker in enumerate(pub.speakers):
        if speaker.portrait is not None:  # not printed (yet): no size to check
            placed.append((("speakers", index, "portrait"), speaker.portrait, None))
    for loc, figure in _figures(pub):
        box = _cell_box(frame, figure.size, figure.columns)
        for number, image in enumerate(figure.images):
            placed.append(((*loc, "images", number), image, (box, (figure.size, figure.columns))))
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
    pub = project.publication
    in_text = placement is not None and placement[1] is not None
    if image.needs_alt:  # a draft: the model takes it, a final export must not
        yield _finding(pub, "error", (*loc, "alt"), "missing_alt", "no_alt")
    elif not image.decorative and _FILE_NAME.match(image.alt.strip()):
        value = excerpt(image.alt)
        yield _finding(pub, "warning", (*loc, "alt"), "alt_file_name", value=value)
    elif image.decorative and in_text:
        # A picture placed in the text almost always carries information; decorative is
        # right for a logo or a mood picture, rarely for a figure.
        yield _finding(pub, "warning", (*loc, "alt"), "decorative_figure")
    data = project.assets.get(image.asset)
    if data is None:
        yield _finding(pub, "error", loc, "missing", "image_missing")
        return
    size = pixel_size(data)
    if size is None:
        yield _finding(pub, "error", loc, "unreadable", "image_unreadable")
        return
    if placement is None:
        return
    box, in_figure = placement
    width_mm, _height_mm = fit_mm(size, box)
    dpi = _dpi(size[0], width_mm)
    if dpi >= MIN_PRINT_DPI:
        return
    needed = round(MIN_PRINT_DPI * width_mm / _MM_PER_INCH)
    fix = None
    if in_figure is not None:
        fix = _smaller(project.publication.theme, loc, size, *in_figure)
    yield _finding(
        project.publication,
        "warning",
        loc,
        "low_resolution",
        "low_resolution_fix" if fix is not None else "low_resolution",
        fix,
        width=size[0],
        mm=round(width_mm),
        dpi=round(dpi),
        min=MIN_PRINT_DPI,
        needed=needed,
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
            params: dict[str, str | int] = {"size": SIZE_WORDS[candidate], "dpi": round(dpi)}
            label = FIX_MESSAGE.format_map(params)
            return Fix((*image_loc[:-2], "size"), candidate, label, params)
    return None


@lru_cache(maxsize=512)
def pixel_size(data: bytes) -> tuple[int, int] | None:
    """The picture's width and height in pixels as printed (upright), or ``None``."""
    try:
        return images.check(data).upright_size
    except images.ImageError:
        return None


def _blocks(pub: Publication) -> Iterator[Finding]:
    for loc, block in pub.iter_blocks(parts=True):
        if isinstance(block, Part):
            if not any(isinstance(item, Section) for item in block.blocks):
                yield _finding(pub, "warning", (*loc, "blocks"), "empty_part")
        elif isinstance(block, Section):
            if not block.body:
                yield _finding(pub, "warning", (*loc, "body"), "empty_section")
            # An untitled section (a lead-in, a closing word) and a byline the editor typed
            # or hid need no people.
            if not block.people and block.title and block.byline == "auto":
                yield _finding(pub, "info", (*loc, "people"), "no_speakers")
        elif isinstance(block, Quote) and not block.attribution:
            yield _finding(pub, "warning", (*loc, "attribution"), "no_attribution")
    for body_loc, body in pub.iter_bodies():
        yield from _empty_list_items(pub, body_loc, body)


def _empty_list_items(pub: Publication, body_loc: Loc, body: Body) -> Iterator[Finding]:
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
                    yield _finding(pub, "warning", loc, "empty_list_item")


@lru_cache(maxsize=8192)
def _is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing once its markup is read: no visible character."""
    shown = plain_text(text)
    # isspace() is true of every space separator (Zs) too; Cf: zero-width and format marks.
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in shown)


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
        target = _bad_link(text)
        if target is not None:
            yield _finding(pub, "error", loc, "bad_link", "link_left_out", target=target)


@lru_cache(maxsize=8192)
def _bad_link(text: str) -> str | None:
    """The link target in ``text`` that is not allowed, or ``None``; cached, as the editor
    checks the whole publication after every edit and most texts did not change."""
    try:
        check(text)
    except RichTextError as error:
        return excerpt(error.target)
    return None


def _colophon(pub: Publication) -> Iterator[Finding]:
    colophon = pub.colophon
    if not colophon.organisation:
        yield _finding(None, "warning", ("colophon", "organisation"), "colophon_organisation")
    if not (colophon.email or colophon.phone or colophon.website):
        yield _finding(None, "warning", ("colophon", "email"), "colophon_contact")


def _placeholders(pub: Publication) -> Iterator[Finding]:
    # An error, not a warning: a template's ‹…› text in print is never what was meant, so
    # it blocks a final export like any error ("Export anyway" still sends out a draft).
    for found in placeholders.find(pub):
        yield _finding(pub, "error", found.loc, "placeholder", text=found.text)
