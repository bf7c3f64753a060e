"""An undo history of whole states: every step is "before" and "after", nothing else.

The editor's edits each replace the whole (immutable) project, so a step needs no inverse
of its own: undo shows the state before it, redo the state after. This is the history
without Qt. It replaced ``QUndoStack``, whose commands are C++ objects that Python
subclasses must keep alive from both sides; when the cyclic collector tore down a window's
objects in its own order, a command could be freed while the stack still listed it, and
the stack's destructor then crashed the process.

Merging follows ``QUndoStack``: consecutive steps with one ``merge_key`` become one step,
except into the step the saved state sits on (after Save, typing starts a new step), and
a merged step that ends where it began is dropped (typed and erased: no empty step).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One undoable change: the state before and after it, and its name ("Change title")."""

    text: str
    before: T
    after: T
    merge_key: str | None = None


class History(Generic[T]):
    """Steps in order, a position among them, and the position that was last saved.

    ``index`` counts the steps done: ``0`` is the state the history started with, and
    ``current`` is the state after ``steps[index - 1]``. The saved position is ``None``
    when no position shows the saved state any more (undone past it, then edited).
    """

    def __init__(self, initial: T) -> None:
        self._initial = initial
        self._steps: list[Step[T]] = []
        self._index = 0
        self._clean: int | None = 0

    # -- reading

    @property
    def current(self) -> T:
        """The state the history is at."""
        return self._steps[self._index - 1].after if self._index else self._initial

    @property
    def index(self) -> int:
        """How many steps are done (the rest can be redone)."""
        return self._index

    def __len__(self) -> int:
        return len(self._steps)

    def step(self, index: int) -> Step[T]:
        """The step at ``index`` (0: the oldest)."""
        return self._steps[index]

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    @property
    def undo_text(self) -> str:
        """The name of the step Undo would undo ("" when there is none)."""
        return self._steps[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        """The name of the step Redo would redo ("" when there is none)."""
        return self._steps[self._index].text if self.can_redo else ""

    @property
    def is_clean(self) -> bool:
        """Whether the history is at the saved position."""
        return self._clean == self._index

    # -- changing

    def push(self, after: T, text: str, merge_key: str | None = None) -> None:
        """Record a change to ``after`` named ``text``; steps that were undone are dropped.

        With the ``merge_key`` of the step just done (and that step not the saved one),
        the change joins that step instead of making a new one. A "change" to the state
        shown now is no step at all.
        """
        if after == self.current:
            return
        del self._steps[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the saved state was among the dropped steps
        top = self._steps[-1] if self._steps else None
        if (
            top is not None
            and merge_key is not None
            and top.merge_key == merge_key
            and self._clean != self._index
        ):
            if after == top.before:  # back where the step began: no step at all
                self._steps.pop()
                self._index -= 1
            else:
                self._steps[-1] = Step(top.text, top.before, after, merge_key)
            return
        self._steps.append(Step(text, self.current, after, merge_key))
        self._index += 1

    def undo(self) -> bool:
        """Step back; ``False`` (nothing changes) when there is nothing to undo."""
        if not self.can_undo:
            return False
        self._index -= 1
        return True

    def redo(self) -> bool:
        """Step forward again; ``False`` when there is nothing to redo."""
        if not self.can_redo:
            return False
        self._index += 1
        return True

    def set_clean(self) -> None:
        """Record that the current state is the saved one."""
        self._clean = self._index
