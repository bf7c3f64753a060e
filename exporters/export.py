"""Export a project to PDF and/or HTML: build the IR once, render, write atomically.

This is the one entry point the command line and the editor share: :func:`export` writes
files, :func:`render_project` renders in memory (the editor's preview) with the same
functions, so the preview is the export byte for byte. Renderers are imported inside them,
so importing this module stays cheap (the command line imports it before it knows whether a
PDF is wanted at all, and the editor's process unpickles the preview's :class:`Rendering`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple
from urllib.parse import quote

from models.message import message, message_of

if TYPE_CHECKING:
    from models import Project, Publication

Format = Literal["pdf", "html"]
ALL_FORMATS: frozenset[Format] = frozenset({"pdf", "html"})


class ExportError(Exception):
    """An output that cannot be written; ``str()`` is the message for the user."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message("{path}: {reason}", path=str(self.path), reason=reason))


def export(
    project: Project,
    *,
    pdf: Path | None = None,
    html: Path | None = None,
    draft: bool = False,
) -> None:
    """Write ``project`` as a PDF to ``pdf`` and/or as HTML to ``html``.

    ``draft`` marks both as a draft (watermark, banner); the project itself is unchanged.

    Everything is rendered before anything is written, so a failing renderer leaves no
    half-finished set of files; each file is replaced in one step. When both are written,
    the HTML links the PDF by its path relative to the HTML's folder.

    Raises:
        ExportError: a destination cannot be written (missing folder, a folder in the
            way, no permission, disk full).
    """
    targets = [path for path in (pdf, html) if path is not None]
    for path in targets:
        _check_destination(path)
    if pdf is not None and html is not None and _same_file(pdf, html):
        raise ExportError(html, message("the PDF and the HTML cannot be written to the same file"))

    from exporters.ir import build

    document = build(project, draft=draft)
    outputs: list[tuple[Path, bytes]] = []
    if pdf is not None:
        from exporters.pdf import render_pdf

        outputs.append((pdf, render_pdf(document)))
    if html is not None:
        from exporters.html import render_html

        href = pdf_href(pdf, html) if pdf is not None else None
        outputs.append((html, render_html(document, pdf_href=href).encode()))  # UTF-8
    for path, data in outputs:
        _write(path, data)


class RenderCancelled(Exception):
    """A render stopped at a page boundary because its result is no longer wanted."""


class Focus(NamedTuple):
    """A window of a long PDF to lay out alone: the units (parts' own text, sections,
    quotes, in reading order) from anchor ``start`` to anchor ``end``, with ``start`` at
    ``top`` points below the top of 0-based page ``page``, as the last full render had it;
    ``total`` is that render's page count (the footer's "of N", and blank pages around).

    The preview shows such a render while the whole document is laid out again after an edit
    to one section: the edited pages then look as they will, at their place, in a fraction of
    the time (:mod:`exporters.pdf.focus`).
    """

    start: str
    end: str
    page: int
    top: float
    total: int


def unit_anchors(publication: Publication) -> list[str]:
    """The anchors of the units a :class:`Focus` spans, in reading order: each block, and
    after a part its sections and quotes (the intro and colophon are never edited alone)."""
    anchors: list[str] = []
    for block in publication.blocks:
        anchors.append(block.id)
        if block.kind == "part":
            anchors += [child.id for child in block.blocks]
    return anchors


class Destination(NamedTuple):
    """Where a part starts in the PDF: a 0-based page and points below the page's top edge."""

    page: int
    top: float


@dataclass(frozen=True, slots=True)
class Rendering:
    """What one render produced. A format asked for (in ``formats``) that is ``None`` failed,
    and ``errors`` says why."""

    pdf: bytes | None = None
    html: bytes | None = None  # UTF-8, as export writes it
    destinations: Mapping[str, Destination] = field(default_factory=dict)  # by anchor
    errors: tuple[str, ...] = ()
    seconds: float = 0.0  # spent rendering, in whichever process did it
    formats: frozenset[Format] = ALL_FORMATS
    focus: Focus | None = None  # set for the few pages of a focus render, not the whole PDF
    cancelled: bool = False  # stopped early (``cancelled`` said so): nothing to show
    pages: int = 0  # of the PDF (0: none); a focus render's last page number


def render_project(
    project: Project,
    formats: frozenset[Format] = ALL_FORMATS,
    *,
    focus: Focus | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Rendering:
    """Render ``project`` in ``formats`` as :func:`export` would, in memory; never raises.

    A format that fails leaves the others; its error becomes a message (:func:`message_for`).
    The PDF comes with where each part starts in it, by the part's anchor.

    ``focus``: only the pages of that window, as a PDF (:class:`Focus`); ``formats`` is then
    ignored. ``cancelled`` is asked at each new page; once it says yes the render stops and
    the result is marked ``cancelled``.
    """
    if focus is not None:
        return _render_focus(project, focus, cancelled)
    from exporters.html import render_html
    from exporters.ir import build
    from exporters.pdf import render_pdf_with_destinations

    render_pdf = render_pdf_with_destinations
    if cancelled is not None:
        render_pdf = partial(render_pdf_with_destinations, cancelled=cancelled)
    started = time.perf_counter()
    try:
        document = build(project)
    except Exception as error:
        elapsed = time.perf_counter() - started
        return Rendering(errors=(message_for(error),), seconds=elapsed, formats=formats)
    if cancelled is not None and cancelled():  # building the IR of 400 sections: 0.2 s
        return Rendering(seconds=time.perf_counter() - started, formats=formats, cancelled=True)
    errors: list[str] = []
    pdf: bytes | None = None
    html: bytes | None = None
    destinations: Mapping[str, Destination] = {}
    pages = 0
    if "pdf" in formats:
        try:
            pdf, destinations, pages = render_pdf(document)
        except RenderCancelled:
            elapsed = time.perf_counter() - started
            return Rendering(seconds=elapsed, formats=formats, cancelled=True)
        except Exception as error:
            errors.append(message("PDF: {reason}", reason=message_for(error)))
    if "html" in formats:
        try:
            html = render_html(document).encode()  # UTF-8
        except Exception as error:
            errors.append(message("HTML: {reason}", reason=message_for(error)))
    elapsed = time.perf_counter() - started
    return Rendering(pdf, html, destinations, tuple(errors), elapsed, formats, pages=pages)


def _render_focus(
    project: Project, focus: Focus, cancelled: Callable[[], bool] | None
) -> Rendering:
    from exporters.pdf.focus import render_focus

    started = time.perf_counter()
    formats: frozenset[Format] = frozenset({"pdf"})
    try:
        pdf, destinations, pages = render_focus(project, focus, cancelled=cancelled)
    except RenderCancelled:
        elapsed = time.perf_counter() - started
        return Rendering(seconds=elapsed, formats=formats, focus=focus, cancelled=True)
    except Exception as error:
        elapsed = time.perf_counter() - started
        errors = (message("PDF: {reason}", reason=message_for(error)),)
        return Rendering(errors=errors, seconds=elapsed, formats=formats, focus=focus)
    elapsed = time.perf_counter() - started
    return Rendering(pdf, None, destinations, (), elapsed, formats, focus, pages=pages)


def message_for(error: BaseException) -> str:
    """The user's message for a failed render: the error's own for expected ones."""
    from exporters.html import UnsafeLinkError
    from exporters.pdf import PdfLayoutError

    if isinstance(error, ExportError | PdfLayoutError | UnsafeLinkError):
        return message_of(error)
    return message(
        "internal error (a bug in Podium): {kind}: {detail}",
        kind=type(error).__name__,
        detail=str(error),
    )


def pdf_href(pdf: Path, html: Path) -> str | None:
    """The PDF's address as seen from the HTML file: relative, POSIX, URL-quoted.

    ``None`` when no relative path exists (another drive on Windows): a ``file:`` link
    would break as soon as the pair is published, so the page then does not link the PDF.
    """
    try:
        relative = os.path.relpath(os.path.abspath(pdf), os.path.dirname(os.path.abspath(html)))
    except ValueError:
        return None
    return quote(Path(relative).as_posix())


def _check_destination(path: Path) -> None:
    from models.atomic_file import WriteRefusedError, resolve_target

    if path.is_dir():
        raise ExportError(path, message("is a folder; give a file name"))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(path, message("the folder '{folder}' does not exist", folder=str(folder)))
    try:
        resolve_target(path)  # a device or a pipe is refused before anything is rendered
    except WriteRefusedError as error:
        raise ExportError(path, _refusal(error)) from error
    except OSError:
        pass  # said again, in context, when the file is written


def _same_file(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _write(path: Path, data: bytes) -> None:
    """Replace the real file (a link is followed); never a device, pipe or socket."""
    from models.atomic_file import WriteRefusedError, atomic_write

    try:
        with atomic_write(
            path,
            backup=False,  # pragma: no mutate (None is as false: no backup either way)
        ) as stream:
            stream.write(data)
    except WriteRefusedError as error:
        raise ExportError(path, _refusal(error)) from error
    except OSError as error:
        reason = message("cannot be written ({detail})", detail=error.strerror or str(error))
        raise ExportError(path, reason) from error


def _refusal(error: OSError) -> str:
    """Why a target was refused: the refusal's own message (a translatable one), kept whole."""
    reason = error.strerror
    return reason if isinstance(reason, str) else str(reason)
