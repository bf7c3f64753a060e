"""Keep the cyclic collector's full passes short while a document is open, without forcing one.

Now and then CPython's cyclic collector walks every object it tracks; with a publication of
40 sections open (its models and Qt's wrappers) that took about 40 ms on the GUI thread, a
stall whenever it fell while the user typed. What is alive once a document has opened mostly
stays alive while it is open, so after the collector's next full pass of its own the
survivors are moved out of its view (:func:`gc.freeze`): later passes walk only what was
made since, which edits make and drop.

No collection is forced: freezing walks nothing and runs no destructor, and waiting for the
collector's own pass means no garbage is frozen with the survivors. Reference counting still
frees frozen objects as usual; only cycles among them wait until :func:`release` hands them
back, which the window does when its document is replaced or closed.
"""

from __future__ import annotations

import gc

#: Off: :func:`settle_after_next_pass` does nothing (``benchmarks/typing_stall.py`` compares).
ENABLED = True

#: CPython's oldest generation: a collection of it is a full pass.
OLDEST = 2

_armed = False
_installed = False


def settle_after_next_pass() -> None:
    """Freeze what survives the collector's next full pass (whenever it comes).

    What an earlier settle froze is handed back first, so that pass also collects what has
    become garbage since (another window's document, say): frozen garbage never piles up.
    """
    global _armed, _installed
    if not ENABLED:
        return
    gc.unfreeze()
    if not _installed:
        gc.callbacks.append(_on_collection)
        _installed = True
    _armed = True


def release() -> None:
    """Give what was frozen back to the collector (it may be garbage by now); disarm."""
    global _armed
    _armed = False
    gc.unfreeze()


def armed() -> bool:
    """Whether a freeze waits for the collector's next full pass."""
    return _armed


def _on_collection(phase: str, info: dict[str, int]) -> None:
    """After a full pass the survivors are all alive: freeze them (merging lists, no walk)."""
    global _armed
    if _armed and phase == "stop" and info.get("generation") == OLDEST:
        _armed = False
        gc.freeze()
