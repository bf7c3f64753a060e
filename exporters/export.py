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
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple
from urllib.parse import quote

if TYPE_CHECKING:
    from models import Project

Format = Literal["pdf", "html"]
ALL_FORMATS: frozenset[Format] = frozenset({"pdf", "html"})


class ExportError(Exception):
    """An output that cannot be written; ``str()`` is the message for the user."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


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
        raise ExportError(html, "the PDF and the HTML cannot be written to the same file")

    from exporters.ir import build

    document = build(project, draft=draft)
    outputs: list[tuple[Path, bytes]] = []
    if pdf is not None:
        from exporters.pdf import render_pdf

        outputs.append((pdf, render_pdf(document)))
    if html is not None:
        from exporters.html import render_html

        href = pdf_href(pdf, html) if pdf is not None else None
        outputs.append((html, render_html(document, pdf_href=href).encode("utf-8")))
    for path, data in outputs:
        _write(path, data)


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


def render_project(project: Project, formats: frozenset[Format] = ALL_FORMATS) -> Rendering:
    """Render ``project`` in ``formats`` as :func:`export` would, in memory; never raises.

    A format that fails leaves the others; its error becomes a message (:func:`message_for`).
    The PDF comes with where each part starts in it, by the part's anchor.
    """
    from exporters.html import render_html
    from exporters.ir import build
    from exporters.pdf import render_pdf_with_destinations

    started = time.perf_counter()
    try:
        document = build(project)
    except Exception as error:
        elapsed = time.perf_counter() - started
        return Rendering(errors=(message_for(error),), seconds=elapsed, formats=formats)
    errors: list[str] = []
    pdf: bytes | None = None
    html: bytes | None = None
    destinations: Mapping[str, Destination] = {}
    if "pdf" in formats:
        try:
            pdf, destinations = render_pdf_with_destinations(document)
        except Exception as error:
            errors.append(f"PDF: {message_for(error)}")
    if "html" in formats:
        try:
            html = render_html(document).encode("utf-8")
        except Exception as error:
            errors.append(f"HTML: {message_for(error)}")
    elapsed = time.perf_counter() - started
    return Rendering(pdf, html, destinations, tuple(errors), elapsed, formats)


def message_for(error: BaseException) -> str:
    """The user's message for a failed render: the error's own for expected ones."""
    from exporters.html import UnsafeLinkError
    from exporters.pdf import PdfLayoutError

    if isinstance(error, ExportError | PdfLayoutError | UnsafeLinkError):
        return str(error)
    return f"internal error (a bug in Podium): {type(error).__name__}: {error}"


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
        raise ExportError(path, "is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(path, f"the folder '{folder}' does not exist")
    try:
        resolve_target(path)  # a device or a pipe is refused before anything is rendered
    except WriteRefusedError as error:
        raise ExportError(path, str(error.strerror)) from error
    except OSError:
        pass  # said again, in context, when the file is written


def _same_file(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _write(path: Path, data: bytes) -> None:
    """Replace the real file (a link is followed); never a device, pipe or socket."""
    from models.atomic_file import WriteRefusedError, atomic_write

    try:
        with atomic_write(path, backup=False) as stream:
            stream.write(data)
    except WriteRefusedError as error:
        raise ExportError(path, str(error.strerror)) from error
    except OSError as error:
        raise ExportError(path, f"cannot be written ({error.strerror or error})") from error
