"""Whether an edit can be previewed as a few pages first, and which ones.

A long PDF takes seconds to lay out again (400 sections: hundreds of pages). When an edit
changed one section or quote and nothing else, what comes before it lays out as before, so
its pages can be rendered alone, at the place the last full render gave it
(:class:`~exporters.export.Focus`), and shown while the whole is laid out. Anything else
(title, intro, a part's own text, speakers, theme, order) may move every page: the whole.

Pure, so it is tested without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from exporters.export import Destination, Focus, unit_anchors
from models import Part, Publication
from models.page_geometry import MARGINS_MM

#: A document of more pages than this is previewed pages-first after an edit to one
#: section. Measured (``benchmarks/preview_long.py``, 2 shared cores): at 40 sections (48
#: pages) the whole PDF is on screen 150-260 ms after the render starts, the edited pages
#: in 40-60 ms; at 400 (465 pages) the whole takes 2-6 s, the edited pages under 0.3 s.
#: Up to about 30 pages the whole arrives within the 150 ms that issue 13 allows, and one
#: PDF swap per edit is calmer to look at than two.
FOCUS_MIN_PAGES = 30
_POINTS_PER_MM = 72 / 25.4
_AT_TOP_PT = 1.0  # a part this close to the frame's top starts its page


class Shown(NamedTuple):
    """The full PDF on screen: what it was made from and where its parts are."""

    publication: Publication
    destinations: Mapping[str, Destination]
    pages: int


def changed_unit(old: Publication, new: Publication) -> str | None:
    """The id of the one section or quote (in a part or not) that differs between ``old``
    and ``new``, if nothing else does; ``None`` otherwise.

    Cheap on the editor's edits: they share every untouched model with the old root, and
    comparing a model with itself stops at once.
    """
    if old is new or len(old.blocks) != len(new.blocks):
        return None
    if any(getattr(old, name) != getattr(new, name) for name in _other_fields(Publication)):
        return None
    changed: list[str] = []
    for before, after in zip(old.blocks, new.blocks, strict=True):
        if before is after or before == after:
            continue
        if before.id != after.id or before.kind != after.kind:
            return None
        if isinstance(before, Part) and isinstance(after, Part):
            if len(before.blocks) != len(after.blocks) or any(
                getattr(before, name) != getattr(after, name) for name in _other_fields(Part)
            ):
                return None
            for child, edited in zip(before.blocks, after.blocks, strict=True):
                if child is not edited and child != edited:
                    if child.id != edited.id:
                        return None
                    changed.append(child.id)
        else:
            changed.append(before.id)
    return changed[0] if len(changed) == 1 else None


def _other_fields(model: type[Publication] | type[Part]) -> list[str]:
    return [name for name in model.model_fields if name != "blocks"]


def plan(shown: Shown, new: Publication, current_page: int) -> Focus | None:
    """The focus render for ``new`` after ``shown``, or ``None`` for a full render only.

    Only when the document is long, one section or quote changed, and the page on screen
    (``current_page``, 0-based) is one of its pages or the next: elsewhere the edit is not
    in view, and the whole PDF brings it. The window starts at the part that fills the top
    of the section's first page (if that part starts on the page before or on it), so that
    page is complete, and goes on with the parts that start up to the page after the one
    on screen.
    """
    if shown.pages <= FOCUS_MIN_PAGES:
        return None
    anchor = changed_unit(shown.publication, new)
    if anchor is None:
        return None
    order = unit_anchors(new)
    index = order.index(anchor)
    where = shown.destinations.get(anchor)
    if where is None:
        return None
    after = [shown.destinations.get(later) for later in order[index + 1 :]]
    end_page = next((d.page for d in after if d is not None), shown.pages - 1)
    top_margin = MARGINS_MM[new.theme.margins][1] * _POINTS_PER_MM
    start, begin = anchor, where
    for earlier in reversed(order[:index]):
        if begin.top <= top_margin + _AT_TOP_PT:
            break  # the window's first part starts its page
        there = shown.destinations.get(earlier)
        if there is None:
            break
        if there.page < where.page - 1:
            break  # a long part: the top of the page is left out rather than laid out
        start, begin = earlier, there
        if there.page < where.page:
            break
    if not begin.page <= current_page <= end_page + 1:
        return None
    # On to the parts that filled the pages on screen (QPdfView's current page is about the
    # middle of the view), so they show no gap where the section grew or shrank.
    end, limit = anchor, max(end_page, current_page + 1)
    for later, there in zip(order[index + 1 :], after, strict=True):
        if there is None or there.page > limit:
            break
        end = later
    return Focus(start, end, begin.page, begin.top, shown.pages)
