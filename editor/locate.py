"""From a problem's ``loc`` to the navigator entry whose form holds that field.

Pure (no Qt), so the mapping is tested without a window. A ``loc`` is the path pydantic and
:mod:`models.validation` use, e.g. ``("blocks", 2, "title")`` or, for a section inside a
part, ``("blocks", 1, "blocks", 0, "title")``.
"""

from __future__ import annotations

from editor.targets import Target
from models import Publication
from models.publication import Part
from models.types import Loc

_TOP_LEVEL: dict[str, Target] = {
    "intro": Target("intro"),
    "key_takeaways": Target("intro"),
    "colophon": Target("colophon"),
    "theme": Target("theme"),
}


def target_for_loc(publication: Publication, loc: Loc) -> Target:
    """The navigator entry for ``loc``; anything unknown falls back to the publication details.

    An index past the end of a list (a problem from an older version of the document) maps
    to the list itself (or the part), never to a wrong item.
    """
    if not loc or not isinstance(loc[0], str):
        return Target("details")
    head = loc[0]
    if head in _TOP_LEVEL:
        return _TOP_LEVEL[head]
    if head == "speakers":
        index = _index(loc, 1, len(publication.speakers))
        if index is None:
            return Target("speakers")
        return Target("speaker", publication.speakers[index].id)
    if head == "blocks":
        index = _index(loc, 1, len(publication.blocks))
        if index is None:
            return Target("blocks")
        block = publication.blocks[index]
        if isinstance(block, Part) and len(loc) > 2 and loc[2] == "blocks":
            inner = _index(loc, 3, len(block.blocks))
            if inner is not None:
                item = block.blocks[inner]
                return Target(item.kind, item.id)
        return Target(block.kind, block.id)
    return Target("details")


def _index(loc: Loc, at: int, length: int) -> int | None:
    """The list index at ``loc[at]`` if it is one and within ``length``."""
    if len(loc) <= at or not isinstance(loc[at], int):
        return None
    index = loc[at]
    assert isinstance(index, int)
    return index if 0 <= index < length else None
