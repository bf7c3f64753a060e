"""Between what the editor shows (navigator targets, form fields) and comment anchors.

A :class:`~models.review.Anchor` names a part by kind and stable id; the navigator names it
by a :class:`~editor.targets.Target`, and a form field by its ``loc``. These functions
translate between them and say, in the UI's language, what a comment is about.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from editor.targets import Target
from editor.widgets.field_labels import field_label
from models import Publication
from models.operations import block_label
from models.review import Anchor, Comment, Status, fields_for, orphaned
from models.types import Loc

_CONTEXT = "Review"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def anchor_for_target(target: Target | None, field: str | None = None) -> Anchor:
    """The anchor of a navigator entry (and one of its fields); group entries → publication."""
    if target is None:
        return Anchor(kind="publication")
    match target.kind:
        case "speakers" | "blocks":
            return Anchor(kind="publication")
        case "details" | "intro" | "colophon" | "theme" as kind:
            return Anchor(kind=kind, field=field)
        case kind:
            return Anchor(kind=kind, item_id=target.item_id, field=field)


def target_for_anchor(anchor: Anchor) -> Target:
    """The navigator entry whose form shows the anchored part."""
    if anchor.kind == "publication":
        return Target("details")
    return Target(anchor.kind, anchor.item_id)


def loc_for_anchor(publication: Publication, anchor: Anchor) -> Loc | None:
    """The ``loc`` of the anchored field now (indices move); ``None`` without a field."""
    if anchor.field is None:
        return None
    if anchor.kind in ("details", "intro", "publication"):
        return (anchor.field,)
    if anchor.kind in ("colophon", "theme"):
        return (anchor.kind, anchor.field)
    if anchor.kind == "speaker":
        for index, speaker in enumerate(publication.speakers):
            if speaker.id == anchor.item_id:
                return ("speakers", index, anchor.field)
        return None
    for loc, block in publication.iter_blocks(parts=True):  # inside parts too
        if block.id == anchor.item_id:
            return (*loc, anchor.field)
    return None


def fields_of(anchor: Anchor) -> frozenset[str]:
    """The fields a comment on this part may name."""
    return fields_for(anchor.kind)


def part_name(kind: str) -> str:
    """What the UI calls a kind of part."""
    names = {
        "publication": _tr("Whole publication"),
        "details": _tr("Publication details"),
        "intro": _tr("Intro & key takeaways"),
        "part": _tr("Part"),
        "section": _tr("Section"),
        "quote": _tr("Quote"),
        "speaker": _tr("Speaker"),
        "colophon": _tr("Colophon"),
        "theme": _tr("Theme"),
    }
    return names.get(kind, kind)


def current_label(publication: Publication, anchor: Anchor) -> str | None:
    """The anchored item's label now; ``None`` when it was deleted or is not an item."""
    if anchor.kind == "speaker":
        for speaker in publication.speakers:
            if speaker.id == anchor.item_id:
                return speaker.display_name
        return None
    for _loc, block in publication.iter_blocks(parts=True):
        if block.id == anchor.item_id and block.kind == anchor.kind:
            return block_label(block) or _tr("Untitled section")
    return None


def anchor_text(publication: Publication, anchor: Anchor, remembered: str = "") -> str:
    """What ``anchor`` points at, e.g. ``Section “Den Helder” › Title``."""
    text = part_name(anchor.kind)
    if anchor.item_id is not None:
        label = current_label(publication, anchor) or remembered or anchor.item_id
        text = f"{text} “{label}”"
    if anchor.field is not None:
        text = f"{text} › {field_label(anchor.field)}"
    return text


def describe(publication: Publication, comment: Comment) -> str:
    """What ``comment`` is about; a deleted part is named as it was, marked "target deleted"."""
    text = anchor_text(publication, comment.anchor, comment.target_label)
    if orphaned(publication, comment):
        text = f"{text} — {_tr('target deleted')}"
    return text


def label_for(publication: Publication, anchor: Anchor) -> str:
    """What to remember as the part's name in a new comment (shown if it is deleted later)."""
    if anchor.item_id is None:
        return ""
    return current_label(publication, anchor) or ""


def status_label(status: Status) -> str:
    """The UI's name of a review status."""
    labels = {
        "draft": _tr("Draft"),
        "in_review": _tr("In review"),
        "changes_requested": _tr("Changes requested"),
        "approved": _tr("Approved"),
        "changed_since_approval": _tr("Changed since approval"),
    }
    return labels[status]


def open_comments_text(count: int) -> str:
    """ "1 open comment" / "3 open comments" (two strings: no plural rules needed for English)."""
    if count == 1:
        return _tr("1 open comment")
    return _tr("%1 open comments").replace("%1", str(count))


def replies_text(count: int) -> str:
    """ "1 reply" / "3 replies"."""
    return _tr("1 reply") if count == 1 else _tr("%1 replies").replace("%1", str(count))


def when_text(when: dt.datetime) -> str:
    """A stored time shown in the reader's own time zone, to the minute."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
