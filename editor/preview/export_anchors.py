"""Between navigator entries and places in the exported documents.

A part of the publication is found in both exports by its anchor: a part's, section's or
quote's id (inside a part too), or the intro's and colophon's reserved anchors
(:mod:`exporters.anchors`). The HTML carries it as
``id``/``data-block-id``, the PDF as a named destination. Pure, so it is tested without Qt.
"""

from __future__ import annotations

from typing import assert_never

from editor.targets import Target
from exporters.anchors import COLOPHON_ANCHOR, INTRO_ANCHOR
from models import Publication, Section

#: The top of the document: the title block, which the details form edits.
TITLE_ANCHOR = "_title"


def anchor_for(target: Target, publication: Publication) -> str | None:
    """Where ``target`` is shown in the exports; ``None`` if it has no place of its own."""
    match target.kind:
        case "details":
            return TITLE_ANCHOR
        case "intro":
            return INTRO_ANCHOR
        case "colophon":
            return COLOPHON_ANCHOR
        case "part" | "section" | "quote":
            ids = {block.id for _loc, block in publication.iter_blocks(parts=True)}
            return target.item_id if target.item_id in ids else None
        case "speaker":
            # A speaker is shown where they first take part.
            for _loc, block in publication.iter_blocks():
                if isinstance(block, Section) and target.item_id in block.speaker_ids:
                    return block.id
            return None
        case "speakers" | "blocks" | "theme":
            return None
        case _:
            assert_never(target.kind)


def target_for(anchor: str, publication: Publication) -> Target | None:
    """The navigator entry whose form edits what is shown at ``anchor``."""
    if anchor == TITLE_ANCHOR:
        return Target("details")
    if anchor == INTRO_ANCHOR:
        return Target("intro")
    if anchor == COLOPHON_ANCHOR:
        return Target("colophon")
    for _loc, block in publication.iter_blocks(parts=True):
        if block.id == anchor:
            return Target(block.kind, block.id)
    return None
