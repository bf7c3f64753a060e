"""Review state at its edges: the years a review date may have, the fields a comment may
name, the kinds of every refusal, resolving and status changes, orphans by kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from models import Publication
from models.edit import replace_at
from models.review import (
    Anchor,
    Comment,
    Reply,
    Review,
    add_comment,
    add_reply,
    after_content_edit,
    content_changed,
    fields_for,
    now,
    open_comments,
    orphaned,
    set_resolved,
    set_status,
)

UTC = dt.UTC
T0 = dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
T1 = dt.datetime(2024, 5, 2, 11, 30, tzinfo=UTC)


def comment(cid: str = "c-1", **more: Any) -> Comment:
    data: dict[str, Any] = {
        "id": cid,
        "anchor": {"kind": "publication"},
        "author": "Anna",
        "time": T0,
        "text": "Kan dit korter?",
        **more,
    }
    return Comment.model_validate(data)


def only_error(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, Any]:
    (found,) = error.value.errors()
    return dict(found)


# --- the years a review date may have -----------------------------------------------------------


@pytest.mark.parametrize("year", [1971, 2024, 2999])
def test_a_review_date_in_the_years_1971_to_2999_is_taken(year: int) -> None:
    when = dt.datetime(year, 6, 1, 12, 0, tzinfo=UTC)
    assert Reply(author="A", time=when, text="x").time == when


@pytest.mark.parametrize("year", [1970, 3000, 1, 9999])
def test_a_review_date_outside_1971_to_2999_is_refused_with_the_range(year: int) -> None:
    when = dt.datetime(year, 6, 1, 12, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as error:
        Reply(author="A", time=when, text="x")
    found = only_error(error)
    assert found["type"] == "date_range"
    assert found["msg"] == "a review date must lie between the years 1971 and 2999"
    assert found["loc"] == ("time",)


def test_every_review_date_is_bounded_resolution_and_approval_too() -> None:
    late = dt.datetime(3000, 1, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match="between the years 1971 and 2999"):
        comment(resolved=True, resolved_by="Bo", resolved_at=late)
    with pytest.raises(ValidationError, match="between the years 1971 and 2999"):
        set_status(Review(), "approved", "Bo", late)


# --- the fields a comment may name --------------------------------------------------------------


def test_the_details_and_intro_name_the_fields_of_their_forms() -> None:
    assert fields_for("publication") == frozenset()
    assert fields_for("details") == {
        "title",
        "subtitle",
        "publication_date",
        "language",
        "publisher",
        "event",
    }
    assert fields_for("intro") == {"intro", "key_takeaways"}


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("part", {"title", "intro", "blocks", "language"}),
        ("quote", {"text", "attribution", "speaker_id", "language"}),
        (
            "section",
            {"title", "people", "byline", "byline_text", "takeaways", "body", "videos", "language"},
        ),
        (
            "speaker",
            {"name", "honorific", "role", "organisation", "connector", "note", "portrait"},
        ),
        (
            "colophon",
            {
                "organisation",
                "visiting_address",
                "postal_address",
                "phone",
                "email",
                "website",
                "credits",
                "version",
                "note",
            },
        ),
    ],
)
def test_an_item_names_the_fields_of_its_model_but_not_its_id_or_kind(
    kind: str, fields: set[str]
) -> None:
    assert fields_for(kind) == fields
    assert "id" not in fields_for(kind) and "kind" not in fields_for(kind)


def test_the_theme_names_its_colours_fonts_and_images() -> None:
    assert {"primary_colour", "accent_colour", "logo", "cover_image"} <= fields_for("theme")
    assert Anchor(kind="theme", field="logo").field == "logo"


def test_an_anchor_on_a_field_of_its_form_is_taken() -> None:
    anchor = Anchor(kind="details", field="publisher")
    assert (anchor.kind, anchor.item_id, anchor.field) == ("details", None, "publisher")
    part = Anchor(kind="part", item_id="ochtend", field="blocks")
    assert (part.kind, part.item_id, part.field) == ("part", "ochtend", "blocks")


@pytest.mark.parametrize(
    ("anchor", "kind", "message"),
    [
        ({"kind": "speaker"}, "anchor_shape", "a comment on a speaker needs the item's id"),
        (
            {"kind": "details", "item_id": "x"},
            "anchor_shape",
            "a comment on the details takes no item id",
        ),
        (
            {"kind": "speaker", "item_id": "an", "field": "id"},
            "anchor_field",
            "a speaker has no field 'id'",
        ),
        (
            {"kind": "intro", "field": "title"},
            "anchor_field",
            "the intro has no field 'title'",
        ),
    ],
)
def test_a_misshapen_anchor_is_refused_with_its_kind_and_reason(
    anchor: dict[str, Any], kind: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        Anchor.model_validate(anchor)
    found = only_error(error)
    assert (found["type"], found["msg"]) == (kind, message)


# --- comments, replies and resolving ------------------------------------------------------------


def test_an_open_comment_with_a_resolution_time_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        comment(resolved_at=T1)
    found = only_error(error)
    assert found["type"] == "unresolved"
    assert found["msg"] == "an open comment cannot have been resolved by someone"


def test_a_resolved_comment_may_leave_out_who_and_when() -> None:
    made = comment(resolved=True)
    assert made.resolved and made.resolved_by == "" and made.resolved_at is None
    assert comment().resolved is False


def test_the_lowest_duplicated_comment_id_is_named() -> None:
    comments = [comment("c-9"), comment("c-2"), comment("c-9"), comment("c-2"), comment("c-5")]
    with pytest.raises(ValidationError) as error:
        Review.model_validate({"comments": comments})
    found = only_error(error)
    assert found["type"] == "duplicate_id"
    assert found["msg"] == "the comment id 'c-2' is used more than once"


def test_distinct_comment_ids_are_taken_in_order() -> None:
    review = Review.model_validate({"comments": [comment("c-2"), comment("c-1")]})
    assert [c.id for c in review.comments] == ["c-2", "c-1"]
    assert review.comment("c-1").id == "c-1"
    with pytest.raises(KeyError):
        review.comment("c-3")


def test_a_reply_goes_to_its_own_comment_at_the_end_of_its_thread() -> None:
    review = Review.model_validate({"comments": [comment("c-1"), comment("c-2")]})
    first = Reply(author="Bo", time=T0, text="Eens.")
    second = Reply(author="Cas", time=T1, text="Gedaan.")
    review = add_reply(add_reply(review, "c-2", first), "c-2", second)
    assert review.comment("c-2").replies == (first, second)
    assert review.comment("c-1").replies == ()
    assert [c.id for c in review.comments] == ["c-1", "c-2"]


def test_resolving_records_who_and_when_and_reopening_forgets_them() -> None:
    review = Review.model_validate({"comments": [comment("c-1"), comment("c-2")]})
    resolved = set_resolved(review, "c-2", True, "Bo", T1)
    found = resolved.comment("c-2")
    assert (found.resolved, found.resolved_by, found.resolved_at) == (True, "Bo", T1)
    assert resolved.comment("c-1") == review.comment("c-1")
    assert open_comments(resolved) == [review.comment("c-1")]
    reopened = set_resolved(resolved, "c-2", False, "Cas", T0)
    again = reopened.comment("c-2")
    assert (again.resolved, again.resolved_by, again.resolved_at) == (False, "", None)
    with pytest.raises(KeyError):
        set_resolved(review, "c-3", True, "Bo", T1)


def test_a_changed_comment_is_validated_again() -> None:
    review = Review.model_validate({"comments": [comment("c-1")]})
    with pytest.raises(ValidationError, match="between the years"):
        set_resolved(review, "c-1", True, "Bo", dt.datetime(1900, 1, 1, tzinfo=UTC))


def test_now_is_local_time_with_its_offset_to_the_second() -> None:
    stamp = now()
    assert stamp.tzinfo is not None and stamp.microsecond == 0
    assert abs(stamp - dt.datetime.now(UTC)) < dt.timedelta(days=1)


# --- status -------------------------------------------------------------------------------------


def test_a_status_change_records_its_note_and_approval_only_when_approved() -> None:
    review = set_status(Review(), "in_review", "Bo", T0, "Graag")
    assert review.status == "in_review" and review.approved is None
    (change,) = review.history
    assert (change.status, change.who, change.when, change.note) == ("in_review", "Bo", T0, "Graag")
    approved = set_status(review, "approved", "Cas", T1)
    assert approved.approved is not None
    assert (approved.approved.who, approved.approved.when) == ("Cas", T1)
    assert approved.history[-1].note == ""


def test_the_status_must_match_the_last_entry_of_its_history() -> None:
    with pytest.raises(ValidationError) as error:
        Review.model_validate(
            {"status": "in_review", "history": [{"status": "draft", "who": "A", "when": T0}]}
        )
    found = only_error(error)
    assert found["type"] == "history"
    assert found["msg"] == "the status must be the last one in the status history"
    history = [{"status": "in_review", "who": "A", "when": T0}]
    taken = Review.model_validate({"status": "in_review", "history": history})
    assert taken.status == "in_review"
    assert Review(status="in_review").history == ()  # no history: nothing to agree with


def test_an_approval_without_the_approved_status_is_refused_by_kind() -> None:
    with pytest.raises(ValidationError) as error:
        Review.model_validate({"status": "in_review", "approved": {"who": "A", "when": T0}})
    found = only_error(error)
    assert found["type"] == "approval"
    assert found["msg"] == "an approved publication records who approved it, and only then"


# --- edits after approval -----------------------------------------------------------------------


def approved_publication(**more: Any) -> Publication:
    pub = Publication.model_validate(
        {"title": "Verslag", "publication_date": "2024-05-01", "dictionary": ["Divosa"], **more}
    )
    return replace_at(pub, ("review",), set_status(pub.review, "approved", "Anna", T0))


def test_an_edit_of_the_title_after_approval_is_recorded_with_who_and_when() -> None:
    before = approved_publication()
    after = after_content_edit(before, replace_at(before, ("title",), "Nieuw"), "Bo", T1)
    assert after.title == "Nieuw"
    assert after.review.status == "changed_since_approval" and after.review.approved is None
    last = after.review.history[-1]
    assert (last.status, last.who, last.when) == ("changed_since_approval", "Bo", T1)


def test_a_new_word_in_the_dictionary_is_no_content_change() -> None:
    before = approved_publication()
    after = replace_at(before, ("dictionary",), ("Divosa", "Podium"))
    assert not content_changed(before, after)
    assert after_content_edit(before, after, "Bo", T1) is after
    subtitle = replace_at(before, ("subtitle",), "Ondertitel")
    assert content_changed(before, subtitle)
    assert content_changed(before, replace_at(before, ("speakers",), [{"id": "a", "name": "A"}]))


def test_a_review_edit_of_an_approved_publication_keeps_its_status() -> None:
    before = approved_publication()
    after = replace_at(before, ("review",), add_comment(before.review, comment()))
    assert after_content_edit(before, after, "Bo", T1) is after


# --- orphans ------------------------------------------------------------------------------------


def test_a_comment_on_a_part_orphans_only_when_the_part_goes() -> None:
    part = {
        "kind": "part",
        "id": "ronde",
        "title": "Ronde 1",
        "blocks": [{"kind": "quote", "id": "q-in", "text": "Mooi."}],
    }
    pub = Publication.model_validate(
        {"title": "Verslag", "publication_date": "2024-05-01", "blocks": [part]}
    )
    on_part = comment(anchor={"kind": "part", "item_id": "ronde"})
    on_quote = comment(anchor={"kind": "quote", "item_id": "q-in"})
    on_speaker = comment(anchor={"kind": "speaker", "item_id": "ronde"})
    assert not orphaned(pub, on_part) and not orphaned(pub, on_quote)
    assert orphaned(pub, on_speaker)  # a part is no speaker
    assert orphaned(pub, comment(anchor={"kind": "section", "item_id": "ronde"}))


def test_an_edit_that_also_changes_the_review_is_taken_as_it_is() -> None:
    """Approving or commenting together with a content change: the review edit wins."""
    before = approved_publication()
    commented = replace_at(before, ("review",), add_comment(before.review, comment()))
    after = replace_at(commented, ("title",), "Nieuw")
    assert after_content_edit(before, after, "Bo", T1) is after
    assert after.review.status == "approved"
