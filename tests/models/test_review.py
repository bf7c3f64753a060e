"""Review state: comments anchored by id, replies, resolving, status history, orphans."""

from __future__ import annotations

import datetime as dt
import json

import grimp
import pytest
from pydantic import ValidationError

from models import Publication
from models import operations as ops
from models.base import Model
from models.edit import replace_at
from models.review import (
    Anchor,
    Comment,
    Reply,
    Review,
    add_comment,
    add_reply,
    export_warning,
    now,
    open_comments,
    orphaned,
    set_resolved,
    set_status,
)

TZ = dt.timezone(dt.timedelta(hours=2))
T0 = dt.datetime(2024, 5, 1, 10, 0, tzinfo=TZ)


@pytest.fixture
def pub(make_data) -> Publication:
    return Publication.model_validate(
        make_data(
            speakers=[{"id": "spk-a", "name": "Anna"}],
            blocks=[
                {"kind": "section", "id": "sec-a", "title": "A", "people": ["spk-a"]},
                {"kind": "quote", "id": "quote-b", "text": "B"},
                {"kind": "section", "id": "sec-c", "title": "C"},
            ],
        )
    )


def comment(cid: str = "cmt-1", **anchor: object) -> Comment:
    return Comment(
        id=cid,
        anchor=Anchor.model_validate(anchor or {"kind": "publication"}),
        author="Anna",
        time=T0,
        text="Kan dit korter?",
    )


def test_a_new_publication_has_an_empty_draft_review(pub: Publication) -> None:
    assert pub.review == Review()
    assert (pub.review.status, pub.review.comments, pub.review.history) == ("draft", (), ())


def test_add_reply_resolve_reopen() -> None:
    review = add_comment(Review(), comment(kind="section", item_id="sec-a", field="title"))
    review = add_reply(review, "cmt-1", Reply(author="Piet", time=T0, text="Gedaan."))
    assert [r.text for r in review.comment("cmt-1").replies] == ["Gedaan."]
    resolved = set_resolved(review, "cmt-1", True, "Anna", T0)
    found = resolved.comment("cmt-1")
    assert (found.resolved, found.resolved_by, found.resolved_at) == (True, "Anna", T0)
    assert open_comments(resolved) == []
    reopened = set_resolved(resolved, "cmt-1", False, "Piet", T0)
    assert reopened.comment("cmt-1") == review.comment("cmt-1")
    assert open_comments(reopened) == [review.comment("cmt-1")]
    with pytest.raises(KeyError):
        add_reply(review, "cmt-nope", Reply(author="P", time=T0, text="x"))


def test_comment_ids_are_unique() -> None:
    review = add_comment(Review(), comment())
    with pytest.raises(ValidationError, match="the comment id 'cmt-1' is used more than once"):
        add_comment(review, comment())


@pytest.mark.parametrize(
    ("anchor", "message"),
    [
        ({"kind": "section"}, "a comment on a section needs the item's id"),
        ({"kind": "colophon", "item_id": "sec-a"}, "a comment on the colophon takes no item id"),
        ({"kind": "quote", "item_id": "q", "field": "title"}, "a quote has no field 'title'"),
        ({"kind": "publication", "field": "title"}, "the publication has no field 'title'"),
        ({"kind": "galaxy"}, "Input should be"),
        ({"kind": "section", "item_id": "Not An Id"}, "an id starts with a lowercase letter"),
    ],
)
def test_anchors_are_checked(anchor: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Anchor.model_validate(anchor)


def test_times_need_an_offset_and_are_stored_as_iso_8601() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        Reply(author="A", time=dt.datetime(2024, 5, 1, 10, 0), text="x")
    data = json.loads(comment().model_dump_json())
    assert data["time"] == "2024-05-01T10:00:00+02:00"
    stamp = now()
    assert stamp.utcoffset() is not None and stamp.microsecond == 0


def test_an_open_comment_has_no_resolver() -> None:
    with pytest.raises(ValidationError, match="an open comment cannot have been resolved"):
        Comment.model_validate({**comment().model_dump(), "resolved_by": "Anna"})


def test_status_changes_are_recorded_in_the_history() -> None:
    review = set_status(Review(), "in_review", "Piet", T0, "Graag voor vrijdag")
    review = set_status(review, "changes_requested", "Anna", T0 + dt.timedelta(hours=1))
    assert review.approved is None
    approved = set_status(review, "approved", "Anna", T0 + dt.timedelta(hours=2), "Akkoord")
    assert approved.status == "approved"
    assert (approved.approved.who, approved.approved.when) == ("Anna", T0 + dt.timedelta(hours=2))
    assert [(h.status, h.who, h.note) for h in approved.history] == [
        ("in_review", "Piet", "Graag voor vrijdag"),
        ("changes_requested", "Anna", ""),
        ("approved", "Anna", "Akkoord"),
    ]
    assert set_status(approved, "approved", "Kees", T0) is approved  # no change, no entry
    back = set_status(approved, "in_review", "Piet", T0 + dt.timedelta(days=1))
    assert back.approved is None and len(back.history) == 4


def test_approval_and_history_must_agree_with_the_status() -> None:
    with pytest.raises(ValidationError, match="records who approved it"):
        Review(status="approved")
    with pytest.raises(ValidationError, match="records who approved it"):
        Review(status="draft", approved={"who": "A", "when": T0})
    with pytest.raises(ValidationError, match="last one in the status history"):
        Review(status="draft", history=[{"status": "in_review", "who": "A", "when": T0}])


def test_export_warns_for_every_unapproved_publication() -> None:
    assert export_warning(Review())  # a draft that never entered review warns too
    assert export_warning(add_comment(Review(), comment()))
    in_review = set_status(Review(), "in_review", "P", T0)
    assert export_warning(in_review)
    assert export_warning(set_status(in_review, "draft", "P", T0))
    assert not export_warning(set_status(in_review, "approved", "A", T0))


# ---------------------------------------------------------------- anchors and orphans


def with_comments(pub: Publication, *comments: Comment) -> Publication:
    review = pub.review
    for item in comments:
        review = add_comment(review, item)
    return replace_at(pub, ("review",), review)


def test_anchors_survive_reordering_and_edits(pub: Publication) -> None:
    on_title = comment("cmt-1", kind="section", item_id="sec-c", field="title")
    on_quote = comment("cmt-2", kind="quote", item_id="quote-b")
    pub = with_comments(pub, on_title, on_quote)
    moved = ops.move_to(pub, "blocks", "sec-c", 0)
    edited = replace_at(moved, ("blocks", 0, "title"), "Nieuwe titel")
    assert [b.id for b in edited.blocks] == ["sec-c", "sec-a", "quote-b"]
    assert edited.review.comments == (on_title, on_quote)
    assert not orphaned(edited, on_title) and not orphaned(edited, on_quote)


@pytest.mark.parametrize(
    ("anchor", "delete"),
    [
        ({"kind": "section", "item_id": "sec-a", "field": "title"}, "sec-a"),
        ({"kind": "quote", "item_id": "quote-b"}, "quote-b"),
        ({"kind": "speaker", "item_id": "spk-a", "field": "role"}, "spk-a"),
    ],
)
def test_a_deleted_target_leaves_an_orphan_that_stays(
    pub: Publication, anchor: dict[str, object], delete: str
) -> None:
    item = comment(**anchor)
    pub = with_comments(pub, item)
    assert not orphaned(pub, item)
    if delete.startswith("spk"):
        after = ops.delete_speaker(pub, delete, remove_references=True)
    else:
        after = ops.delete_block(pub, delete)
    assert after.review.comments == (item,)  # never silently dropped
    assert orphaned(after, item)


def test_a_same_id_of_another_kind_is_not_the_target(pub: Publication) -> None:
    assert orphaned(pub, comment(kind="quote", item_id="sec-a"))
    assert orphaned(pub, comment(kind="section", item_id="spk-a"))


def test_comments_on_parts_and_on_sections_inside_them(pub: Publication) -> None:
    part = {
        "kind": "part",
        "id": "part-x",
        "title": "Ochtend",
        "intro": ["Twee workshops."],
        "blocks": [{"kind": "section", "id": "sec-in", "title": "In", "people": ["spk-a"]}],
    }
    pub = replace_at(pub, ("blocks",), [*pub.blocks, part])
    on_part = comment("cmt-p", kind="part", item_id="part-x", field="intro")
    on_inner = comment("cmt-s", kind="section", item_id="sec-in", field="people")
    pub = with_comments(pub, on_part, on_inner)
    assert not orphaned(pub, on_part) and not orphaned(pub, on_inner)
    assert orphaned(pub, comment(kind="part", item_id="sec-in"))  # a section, not a part
    without_section = replace_at(pub, ("blocks", 3, "blocks"), [])
    assert orphaned(without_section, on_inner) and not orphaned(without_section, on_part)
    without_part = replace_at(pub, ("blocks",), pub.blocks[:3])
    assert orphaned(without_part, on_part) and without_part.review.comments == (on_part, on_inner)


@pytest.mark.parametrize(
    ("anchor", "message"),
    [
        ({"kind": "part"}, "a comment on a part needs the item's id"),
        ({"kind": "part", "item_id": "p", "field": "people"}, "a part has no field 'people'"),
        ({"kind": "section", "item_id": "s", "field": "speaker_ids"}, "has no field 'speaker_ids'"),
        ({"kind": "section", "item_id": "s", "field": "images"}, "has no field 'images'"),
    ],
)
def test_v3_anchor_fields_are_checked(anchor: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Anchor.model_validate(anchor)
    fields = ("people", "byline", "byline_text", "body")
    for field in fields:
        Anchor.model_validate({"kind": "section", "item_id": "s", "field": field})


@pytest.mark.parametrize("kind", ["publication", "details", "intro", "colophon", "theme"])
def test_parts_that_always_exist_never_orphan(pub: Publication, kind: str) -> None:
    assert not orphaned(pub, comment(kind=kind))


def test_review_does_not_import_the_publication_back() -> None:
    """publication imports review; review reads the parts' fields from models.parts, so
    there is no import loop to break with a lazy import (grimp sees imports in functions)."""
    graph = grimp.build_graph("models", exclude_type_checking_imports=True)
    assert (
        graph.find_shortest_chain(importer="models.review", imported="models.publication") is None
    )
    assert graph.find_shortest_chain(importer="models.parts", imported="models.publication") is None
    # One base model: the review's models follow the same rules as the publication's.
    assert issubclass(Review, Model) and issubclass(Publication, Model)
