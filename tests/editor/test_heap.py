"""Settling the heap: garbage is collected, survivors are left out of later collections."""

from __future__ import annotations

import gc
import weakref

from editor.heap import settle


class _Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_settle_collects_garbage_and_freezes_the_survivors() -> None:
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    survivor = _Cycle()
    try:
        settle()
        assert gone() is None
        assert gc.get_freeze_count() > 0
        later = _Cycle()  # made after the settle: collected as usual
        collected = weakref.ref(later)
        del later
        gc.collect()
        assert collected() is None
        assert survivor.me is survivor
    finally:
        gc.unfreeze()
