"""An approval covers the content it was given for: an edit after it moves the status to
"changed since approval" (in the history), and such a publication exports as a draft."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Publication
from models import operations as ops
from models.edit import replace_at
from models.review import (
    STATUSES,
    Anchor,
    Comment,
    add_comment,
    after_content_edit,
    content_changed,
    export_warning,
    set_status,
)

T0 = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2024, 5, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def approved(make_data) -> Publication:
    pub = Publication.model_validate(
        make_data(blocks=[{"kind": "section", "id": "sec-a", "title": "A", "body": ["Tekst."]}])
    )
    review = set_status(pub.review, "approved", "Anna", T0)
    return replace_at(pub, ("review",), review)


def test_an_edit_after_approval_moves_the_status_and_keeps_the_history(
    approved: Publication,
) -> None:
    edited = replace_at(approved, ("blocks", 0, "title"), "A, herzien")
    result = after_content_edit(approved, edited, "Piet", T1)
    review = result.review
    assert review.status == "changed_since_approval" and review.approved is None
    assert [(h.status, h.who, h.when) for h in review.history] == [
        ("approved", "Anna", T0),
        ("changed_since_approval", "Piet", T1),
    ]
    assert result.blocks == edited.blocks  # the edit itself is kept as it was
    assert export_warning(review)  # exported like a draft: warned, offered the mark


def test_a_second_edit_records_nothing_more(approved: Publication) -> None:
    first = after_content_edit(approved, ops.add_section(approved, None, item_id="s2"), "P", T1)
    second = after_content_edit(first, replace_at(first, ("title",), "Nieuw"), "P", T1)
    assert len(second.review.history) == 2


@pytest.mark.parametrize("status", [s for s in STATUSES if s != "approved"])
def test_edits_of_a_publication_not_approved_change_no_status(
    approved: Publication, status: str
) -> None:
    pub = replace_at(approved, ("review",), set_status(approved.review, status, "A", T0))  # type: ignore[arg-type]
    edited = replace_at(pub, ("title",), "Anders")
    assert after_content_edit(pub, edited, "P", T1) is edited


def test_review_edits_and_no_op_edits_keep_the_approval(approved: Publication) -> None:
    comment = Comment(id="c1", anchor=Anchor(kind="publication"), author="A", time=T0, text="x")
    commented = replace_at(approved, ("review",), add_comment(approved.review, comment))
    assert not content_changed(approved, commented)
    assert after_content_edit(approved, commented, "P", T1) is commented
    same = replace_at(approved, ("title",), approved.title)
    assert after_content_edit(approved, same, "P", T1).review.status == "approved"


def test_approving_again_is_a_normal_status_change(approved: Publication) -> None:
    edited = after_content_edit(approved, replace_at(approved, ("title",), "B"), "P", T1)
    again = set_status(edited.review, "approved", "Anna", T1)
    assert again.status == "approved" and not export_warning(again)
    assert [h.status for h in again.history][-2:] == ["changed_since_approval", "approved"]
