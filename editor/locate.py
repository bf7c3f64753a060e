"""From a problem's ``loc`` to the navigator entry whose form holds that field.

Pure (no Qt), so the mapping is tested without a window. A ``loc`` is the path pydantic and
:mod:`models.validation` use, e.g. ``("blocks", 2, "title")``.
"""

from __future__ import annotations

from editor.targets import Target
from models import Publication
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
    to the list itself, never to a wrong item.
    """
    if not loc or not isinstance(loc[0], str):
        return Target("details")
    head = loc[0]
    if head in _TOP_LEVEL:
        return _TOP_LEVEL[head]
    if head == "speakers":
        index = _index(loc, len(publication.speakers))
        if index is None:
            return Target("speakers")
        return Target("speaker", publication.speakers[index].id)
    if head == "blocks":
        index = _index(loc, len(publication.blocks))
        if index is None:
            return Target("blocks")
        block = publication.blocks[index]
        return Target(block.kind, block.id)
    return Target("details")


def _index(loc: Loc, length: int) -> int | None:
    if len(loc) < 2 or not isinstance(loc[1], int) or not 0 <= loc[1] < length:
        return None
    return loc[1]
