"""The cyclic garbage collector held off while a PDF is laid out, and run once after.

A layout allocates hundreds of thousands of objects that live until the PDF is written
(flowables, fragments, lines, the PDF's objects). CPython's collector counts allocations,
not garbage: it walked the young objects some hundred times per export of the sample ×100,
promoted most of them, and then walked the whole heap (the publication and everything else
the process holds) a time or two more. That was 15% of the export's CPU time, and more in a
process holding a larger heap, while the garbage it found was mostly the render's own
cycles, which are garbage only once the render is over. So collection waits until then, and
one young-generation pass over what the render left (its objects were never promoted) frees
those cycles: a few hundredths of a second.

Process-wide, like the collector: nested and concurrent renders (threads) share one pause,
which ends with the last of them, and a collector that was off stays off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # renders under way in the process
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside; when the last pause ends, the collector is as it was
    and, if on, collects the young generation once."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            resume = _depth == 0 and _resume
            if resume:
                gc.enable()
        # Only the main thread collects by hand: in the editor a render thread's collection
        # would free the GUI's garbage too, Qt objects among them, off the GUI thread.
        if resume and threading.current_thread() is threading.main_thread():
            gc.collect(0)  # what would have run at the next allocation, counted here
