"""The undo history: steps, merging into one step, and the saved position."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from models.history import History


def test_push_undo_redo_walk_the_states() -> None:
    history = History("a")
    history.push("b", "to b")
    history.push("c", "to c")
    assert (history.current, history.index, len(history)) == ("c", 2, 2)
    assert history.undo_text == "to c" and history.redo_text == ""
    assert history.undo() and history.current == "b"
    assert history.redo_text == "to c"
    assert history.undo() and history.current == "a"
    assert not history.undo() and history.current == "a"
    assert not history.can_undo and history.can_redo
    assert history.redo() and history.redo() and not history.redo()
    assert history.current == "c"


def test_an_edit_after_undo_drops_the_undone_steps() -> None:
    history = History(0)
    history.push(1, "one")
    history.push(2, "two")
    history.undo()
    history.push(3, "three")
    assert [history.step(i).text for i in range(len(history))] == ["one", "three"]
    assert history.step(1).before == 1 and not history.can_redo


def test_typing_in_one_field_is_one_step() -> None:
    history = History("")
    for text in ("H", "Ha", "Hal", "Hallo"):
        history.push(text, "Change title", "title")
    assert len(history) == 1 and history.step(0).before == "" and history.current == "Hallo"
    history.push("x", "Change intro", "intro")
    assert len(history) == 2
    history.push("Hallo!", "Change title", "title")  # another field in between: a new step
    assert len(history) == 3


def test_typed_and_erased_leaves_no_step() -> None:
    history = History("kop")
    history.push("kopje", "Change title", "title")
    history.push("kop", "Change title", "title")
    assert len(history) == 0 and history.current == "kop" and history.is_clean


def test_steps_without_a_merge_key_never_merge() -> None:
    history = History(0)
    history.push(1, "Add section")
    history.push(2, "Add section")
    assert len(history) == 2


def test_typing_after_save_starts_a_new_step() -> None:
    history = History("")
    history.push("Ha", "Change title", "title")
    history.set_clean()
    history.push("Hallo", "Change title", "title")
    assert len(history) == 2
    history.undo()
    assert history.is_clean and history.current == "Ha"


def test_the_saved_position_follows_undo_and_is_lost_with_dropped_steps() -> None:
    history = History(0)
    assert history.is_clean
    history.push(1, "one")
    assert not history.is_clean
    history.set_clean()
    history.undo()
    assert not history.is_clean
    history.redo()
    assert history.is_clean
    history.undo()
    history.push(2, "two")  # the saved state (1) was undone and is now gone
    assert not history.is_clean
    history.undo()
    assert not history.is_clean  # back at 0, but 0 was not the saved state


def test_merging_after_undo_does_not_merge_into_a_dropped_step() -> None:
    history = History("")
    history.push("a", "Change title", "title")
    history.push("b", "Change intro", "intro")
    history.undo()
    history.push("ab", "Change intro", "intro")  # the undone intro step is gone first
    assert [history.step(i).text for i in range(len(history))] == [
        "Change title",
        "Change intro",
    ]
    assert history.step(1).before == "a"


_ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("push"), st.integers(0, 5), st.sampled_from([None, "k", "m"])),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
        st.tuples(st.just("save")),
    ),
    max_size=40,
)


@given(_ACTIONS)
def test_every_position_shows_the_state_its_steps_lead_to(actions: list[tuple]) -> None:
    history = History(0)
    saved: int | None = 0
    for action in actions:
        if action[0] == "push":
            history.push(action[1], f"to {action[1]}", action[2])
        elif action[0] == "undo":
            history.undo()
        elif action[0] == "redo":
            history.redo()
        else:
            history.set_clean()
            saved = history.current
        steps = [history.step(i) for i in range(len(history))]
        for earlier, later in itertools.pairwise(steps):
            assert earlier.after == later.before  # steps chain
        assert all(step.before != step.after or step.merge_key is None for step in steps)
        assert history.current == (steps[history.index - 1].after if history.index else 0)
        if history.is_clean:
            assert history.current == saved
