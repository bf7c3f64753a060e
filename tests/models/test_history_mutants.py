"""The undo history's edges: the names Undo and Redo show, what a merged step keeps, and
the saved position. Each test fails if one operator or value in :mod:`models.history` is
changed (found by ``make mutate``)."""

from __future__ import annotations

from models.history import History, Step


def test_a_fresh_history_has_nothing_to_undo_or_redo_and_is_saved() -> None:
    history = History("start")
    assert (history.current, history.index, len(history)) == ("start", 0, 0)
    assert (history.can_undo, history.can_redo) == (False, False)
    assert (history.undo_text, history.redo_text) == ("", "")
    assert history.is_clean


def test_undo_and_redo_name_the_step_they_would_take() -> None:
    history = History(0)
    history.push(1, "Add section")
    history.push(2, "Delete quote")
    assert (history.undo_text, history.redo_text) == ("Delete quote", "")
    history.undo()
    assert (history.undo_text, history.redo_text) == ("Add section", "Delete quote")
    history.undo()
    assert (history.undo_text, history.redo_text) == ("", "Add section")
    assert (history.can_undo, history.can_redo) == (False, True)


def test_a_merged_step_keeps_its_first_name_and_its_merge_key() -> None:
    history = History("")
    history.push("H", "Change title", "title")
    history.push("Ha", "Type in title", "title")
    assert history.step(0) == Step("Change title", "", "Ha", "title")
    assert history.undo_text == "Change title" and history.index == 1


def test_a_change_to_the_state_shown_is_no_step_and_keeps_redo() -> None:
    history = History("a")
    history.push("b", "to b")
    history.undo()
    history.push("a", "to a")
    assert (len(history), history.index, history.redo_text) == (1, 0, "to b")


def test_an_unmerged_step_records_where_it_came_from() -> None:
    history = History("a")
    history.push("b", "to b", "k")
    history.push("c", "to c")
    assert history.step(1) == Step("to c", "b", "c", None)
    assert history.step(0) == Step("to b", "a", "b", "k")


def test_typed_and_erased_after_an_earlier_step_goes_back_to_that_step() -> None:
    history = History("")
    history.push("x", "Change intro", "intro")
    history.push("x!", "Change title", "title")
    history.push("x", "Change title", "title")  # erased what was typed: no step
    assert (len(history), history.index, history.current) == (1, 1, "x")
    assert history.undo_text == "Change intro"


def test_the_saved_position_may_be_ahead_and_survives_an_undo_and_redo() -> None:
    history = History(0)
    history.push(1, "one")
    history.push(2, "two")
    history.set_clean()
    history.undo()
    history.undo()
    assert not history.is_clean
    history.redo()
    history.redo()
    assert history.is_clean


def test_an_edit_at_the_saved_position_after_undo_keeps_it_saved_once_undone() -> None:
    """Dropping undone steps that lie after the saved one does not lose the saved position."""
    history = History(0)
    history.push(1, "one")
    history.set_clean()
    history.push(2, "two")
    history.undo()
    history.push(3, "three")  # drops "two", which came after the saved state
    assert not history.is_clean
    history.undo()
    assert history.is_clean and history.current == 1


def test_merging_into_the_step_just_before_a_saved_state_that_was_undone() -> None:
    """After Save and Undo, typing in the same field merges: the saved state is gone."""
    history = History("")
    history.push("a", "Change title", "title")
    history.push("ab", "Change intro", "intro")
    history.set_clean()
    history.undo()
    history.push("ac", "Change title", "title")
    assert (len(history), history.step(0).after, history.index) == (1, "ac", 1)
    assert not history.is_clean
    history.undo()
    assert not history.is_clean and history.current == ""
    history.push("b", "Change title", "title")  # the lost saved state stays lost
    assert (len(history), history.current, history.is_clean) == (1, "b", False)


def test_undo_and_redo_report_whether_they_moved() -> None:
    history = History(0)
    assert history.undo() is False and history.redo() is False
    history.push(1, "one")
    assert history.redo() is False and history.index == 1
    assert history.undo() is True and history.index == 0
    assert history.redo() is True and history.index == 1
