"""A few pages of a long PDF, laid out as the whole document lays them out: the preview's
interim after an edit to one section.

Laying out 400 sections takes seconds; the edited section alone, a page or two, takes a
small fraction of that. Pagination flows one way: what is before a part decides only
where it starts (a page and a height on it), so a run of parts started at the place the
last full render gave its first part lays out into the same pages, with the same numbers
and running header (:func:`~exporters.pdf.document.render_window`). A run rather than the
edited section alone: the preview starts it at the part that fills the top of the edited
section's first page, so that page is complete.

The parts are *units* in reading order: the intro, a part's own heading and intro, each
section and quote (in a part too), the colophon. Only the publication's units in the
window are built into the IR (building the whole IR of 400 sections takes longer than
laying out two pages).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from exporters import ir
from exporters.export import Focus, unit_anchors
from exporters.pdf.document import RenderedPdf, Window, render_window
from models import Part, Project, Publication


class FocusError(Exception):
    """The window's parts are not in the publication (any more); only a full render helps."""


def units(document: ir.Document) -> Iterator[ir.Group]:
    """The top-level groups of ``document`` with each part split into its own leaves and
    its sections and quotes (in the part's language unless in their own): what the story
    lays out, in the same order, as parts of their own."""
    for block in document.blocks:
        if not isinstance(block, ir.Group):
            continue
        if block.kind != "part":
            yield block
            continue
        leaves = tuple(child for child in block.children if not isinstance(child, ir.Group))
        yield dataclasses.replace(block, children=leaves)
        for child in block.children:
            if isinstance(child, ir.Group):
                yield dataclasses.replace(child, language=child.language or block.language)


def render_focus(
    project: Project, focus: Focus, *, cancelled: Callable[[], bool] | None = None
) -> RenderedPdf:
    """The pages of ``focus``'s units, at their place in a PDF of ``focus.total`` pages.

    Raises :class:`FocusError` if its anchors are not units of ``project`` in that order.
    """
    publication = project.publication
    anchors = unit_anchors(publication)
    try:
        first, last = anchors.index(focus.start), anchors.index(focus.end)
    except ValueError as error:
        raise FocusError(f"no part {error} to lay out alone") from error
    if first > last:
        raise FocusError("the window's parts are out of order")
    wanted = set(anchors[first : last + 1])
    document = ir.build(Project(_only(publication, wanted), project.assets))
    chosen = tuple(unit for unit in units(document) if unit.anchor in wanted)
    window = Window(focus.page + 1, focus.top, focus.total)
    return render_window(dataclasses.replace(document, blocks=chosen), window, cancelled=cancelled)


def _only(publication: Publication, wanted: set[str]) -> Publication:
    """``publication`` with only the blocks (and parts' blocks) in ``wanted``; a part
    stays when it or any of its blocks is wanted. Everything else is kept as it is."""
    blocks: list[object] = []
    for block in publication.blocks:
        if isinstance(block, Part):
            children = tuple(child for child in block.blocks if child.id in wanted)
            if children or block.id in wanted:
                blocks.append(Part.model_validate({**dict(block), "blocks": children}))
        elif block.id in wanted:
            blocks.append(block)
    # Validated like any publication; the unchanged models are taken as they are.
    return Publication.model_validate({**dict(publication), "blocks": tuple(blocks)})
