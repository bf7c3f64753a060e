"""Review state stored with a publication: comments anchored to its parts, and approval.

Comments point at a part by its *stable id* (an :class:`Anchor`), never by position, so they
survive reordering and edits. A comment whose part was deleted is kept and reported as
orphaned (:func:`orphaned`); it never silently disappears. The approval status changes only
through :func:`set_status`, which records every change in the history; an edit of the
content after approval moves it to "changed since approval" (:func:`after_content_edit`), so
an approval always covers the content it was given for.

Exporters never read any of this: review state is for the people making the publication,
not for its readers.

This module holds only the review models and pure functions on them. It reads the fields
of the publication's parts from :mod:`models.parts`; it must not import
:mod:`models.publication` at run time (that module imports this one), so the publication
appears only in type hints.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from models import parts
from models.base import Model
from models.types import Id, OptionalText, Text

if TYPE_CHECKING:
    from models.publication import Publication

AnchorKind = Literal[
    "publication", "details", "intro", "part", "section", "quote", "speaker", "colophon", "theme"
]
#: Anchor kinds that name one item of a list by its id.
ITEM_KINDS: frozenset[str] = frozenset({"part", "section", "quote", "speaker"})

Status = Literal["draft", "in_review", "changes_requested", "approved", "changed_since_approval"]
#: The statuses a person sets; "changed_since_approval" is set only by an edit after approval.
STATUSES: tuple[Status, ...] = ("draft", "in_review", "changes_requested", "approved")
#: Every status, in the order the UI names them.
ALL_STATUSES: tuple[Status, ...] = (*STATUSES, "changed_since_approval")

FieldName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]

#: The years a review date may have. Any date in them, with any UTC offset, lies between
#: 1970-12-31 and 3000-01-02 in UTC: converting it to local time never leaves the range
#: ``datetime`` and the C library can represent (Windows' ``localtime`` takes neither
#: times before 1970 nor after 3000), so the review panel can always show it.
FIRST_YEAR, LAST_YEAR = 1971, 2999


def _bounded(when: dt.datetime) -> dt.datetime:
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise PydanticCustomError(
            "date_range",
            "a review date must lie between the years {first} and {last}",
            {"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return when


#: A moment in the review: with its UTC offset, in years every time zone can show.
ReviewTime = Annotated[AwareDatetime, AfterValidator(_bounded)]

#: Root fields of the publication, grouped as the editor's "details" and "intro" parts show them.
_ROOT_FIELDS: dict[str, frozenset[str]] = {
    "publication": frozenset(),
    "details": frozenset(
        {"title", "subtitle", "publication_date", "language", "publisher", "event"}
    ),
    "intro": frozenset({"intro", "key_takeaways"}),
}


@functools.cache
def fields_for(kind: str) -> frozenset[str]:
    """The fields a comment on a part of this kind may name (the fields of its form).

    Read from the publication's models, so a field added to them can be commented on at once.
    """
    if kind in _ROOT_FIELDS:
        return _ROOT_FIELDS[kind]
    models: dict[str, type[Model]] = {
        "part": parts.Part,
        "section": parts.Section,
        "quote": parts.Quote,
        "speaker": parts.Speaker,
        "colophon": parts.Colophon,
        "theme": parts.Theme,
    }
    model = models[kind]
    return frozenset(model.model_fields) - {"id", "kind"}


class Anchor(Model):
    """The part a comment is about: a kind, the item's id (for items) and maybe one field."""

    kind: AnchorKind
    item_id: Id | None = None
    field: FieldName | None = None

    @model_validator(mode="after")
    def _shape(self) -> Anchor:
        if (self.kind in ITEM_KINDS) != (self.item_id is not None):
            reason = (
                f"a comment on a {self.kind} needs the item's id"
                if self.kind in ITEM_KINDS
                else f"a comment on the {self.kind} takes no item id"
            )
            raise PydanticCustomError("anchor_shape", reason)
        if self.field is not None and self.field not in fields_for(self.kind):
            raise PydanticCustomError(
                "anchor_field",
                "{owner} has no field '{field}'",
                {
                    "owner": f"{'a' if self.kind in ITEM_KINDS else 'the'} {self.kind}",
                    "field": self.field,
                },
            )
        return self


class Reply(Model):
    """An answer in a comment's thread."""

    author: Text
    time: ReviewTime
    text: Text


class Comment(Model):
    """A remark on one part of the publication, with its thread and whether it is settled."""

    id: Id
    anchor: Anchor
    #: What the part was called when the comment was made; shown once the part is deleted.
    target_label: OptionalText = ""
    author: Text
    time: ReviewTime
    text: Text
    replies: tuple[Reply, ...] = ()
    resolved: bool = False
    resolved_by: OptionalText = ""
    resolved_at: ReviewTime | None = None

    @model_validator(mode="after")
    def _resolution(self) -> Comment:
        if not self.resolved and (self.resolved_by or self.resolved_at is not None):
            raise PydanticCustomError(
                "unresolved", "an open comment cannot have been resolved by someone"
            )
        return self


class Approval(Model):
    """Who approved the publication, and when."""

    who: Text
    when: ReviewTime


class StatusChange(Model):
    """One entry of the status history."""

    status: Status
    who: Text
    when: ReviewTime
    note: OptionalText = ""


class Review(Model):
    """The review state of a publication: its status, its history and its comments."""

    status: Status = "draft"
    approved: Approval | None = None
    history: tuple[StatusChange, ...] = ()
    comments: tuple[Comment, ...] = ()

    @field_validator("comments")
    @classmethod
    def _unique_ids(cls, comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
        counts = Counter(comment.id for comment in comments)
        twice = sorted(key for key, count in counts.items() if count > 1)
        if twice:
            raise PydanticCustomError(
                "duplicate_id", "the comment id '{id}' is used more than once", {"id": twice[0]}
            )
        return comments

    @model_validator(mode="after")
    def _consistent(self) -> Review:
        if (self.status == "approved") != (self.approved is not None):
            raise PydanticCustomError(
                "approval",
                "an approved publication records who approved it, and only then",
            )
        if self.history and self.history[-1].status != self.status:
            raise PydanticCustomError(
                "history", "the status must be the last one in the status history"
            )
        return self

    def comment(self, comment_id: str) -> Comment:
        """The comment with this id; ``KeyError`` if there is none."""
        for comment in self.comments:
            if comment.id == comment_id:
                return comment
        raise KeyError(comment_id)


# ---------------------------------------------------------------------------- edits


def now() -> dt.datetime:
    """The current local time with its UTC offset, to the second (ISO 8601 in the file)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def add_comment(review: Review, comment: Comment) -> Review:
    """``review`` with ``comment`` added at the end; ``ValidationError`` on a duplicate id."""
    return _with(review, comments=(*review.comments, comment))


def add_reply(review: Review, comment_id: str, reply: Reply) -> Review:
    """``review`` with ``reply`` added to the thread of comment ``comment_id``."""
    return _replace_comment(review, comment_id, lambda c: {"replies": (*c.replies, reply)})


def set_resolved(
    review: Review, comment_id: str, resolved: bool, who: str, when: dt.datetime
) -> Review:
    """Resolve (or reopen) a comment; resolving records who and when."""
    return _replace_comment(
        review,
        comment_id,
        lambda c: {
            "resolved": resolved,
            "resolved_by": who if resolved else "",
            "resolved_at": when if resolved else None,
        },
    )


def set_status(
    review: Review, status: Status, who: str, when: dt.datetime, note: str = ""
) -> Review:
    """Change the status, recording it in the history; approving also records the approval.

    Setting the status it already has changes nothing (and records nothing).
    """
    if status == review.status:
        return review
    change = StatusChange(status=status, who=who, when=when, note=note)
    approved = Approval(who=who, when=when) if status == "approved" else None
    return _with(review, status=status, approved=approved, history=(*review.history, change))


def after_content_edit(
    before: Publication, after: Publication, who: str, when: dt.datetime
) -> Publication:
    """``after`` as the result of an edit of ``before``'s content: an approval does not
    cover content it was not given for, so an edit of an approved publication moves its
    status to "changed since approval" (recorded in the history, like any status change).

    Anything else is returned unchanged: a publication that is not approved, an edit of
    the review itself (approving, commenting) and an edit that changes no content.
    """
    review = before.review
    if review.status != "approved" or after.review != review or not content_changed(before, after):
        return after
    changed = set_status(review, "changed_since_approval", who, when)
    return type(after).model_validate({**dict(after), "review": changed})


def content_changed(before: Publication, after: Publication) -> bool:
    """Whether anything but the review state and the spelling dictionary (words the check
    accepts, never printed) differs (untouched parts are shared, so the comparison costs
    only what changed)."""
    return any(
        getattr(before, name) != getattr(after, name)
        for name in type(before).model_fields
        if name not in ("review", "dictionary")
    )


def open_comments(review: Review) -> list[Comment]:
    """The comments not resolved yet."""
    return [comment for comment in review.comments if not comment.resolved]


def export_warning(review: Review) -> bool:
    """Whether exporting should warn that the publication is not approved: always, unless
    it is approved (the editor and the command line both ask this one function). A
    publication changed since its approval is a draft again: it warns too."""
    return review.status != "approved"


# ---------------------------------------------------------------------------- anchors


def orphaned(publication: Publication, comment: Comment) -> bool:
    """Whether the part ``comment`` is about no longer exists (its item was deleted)."""
    anchor = comment.anchor
    if anchor.kind == "speaker":
        return anchor.item_id not in {speaker.id for speaker in publication.speakers}
    if anchor.kind in ("part", "section", "quote"):
        return not any(
            block.id == anchor.item_id and block.kind == anchor.kind
            for _, block in publication.iter_blocks(parts=True)
        )
    return False


def _with(review: Review, **changes: object) -> Review:
    """A validated copy of ``review`` with ``changes`` (``model_copy`` would not validate)."""
    return Review.model_validate({**dict(review), **changes})


def _replace_comment(
    review: Review, comment_id: str, changes: Callable[[Comment], dict[str, object]]
) -> Review:
    comments = list(review.comments)
    for index, comment in enumerate(comments):
        if comment.id == comment_id:
            comments[index] = Comment.model_validate({**dict(comment), **changes(comment)})
            return _with(review, comments=comments)
    raise KeyError(comment_id)
