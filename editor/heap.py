"""Keep the garbage collector's full passes off the typing path.

CPython's cyclic collector now and then walks every object it tracks: with a publication of
40 sections open (its models, Qt's wrappers, QtWebEngine's) that took about 40 ms on the
GUI thread, a stall whenever it fell while the user typed. What lives once a document is
open stays alive for as long as it is open, so it is collected once and then frozen
(:func:`gc.freeze`): later passes see only the objects made since, which edits make and
drop. Reference counting still frees frozen objects as usual; only cycles among them wait
for the next :func:`settle`.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect what is garbage now, and leave the survivors out of later collections."""
    gc.unfreeze()  # what an earlier settle froze may be garbage by now
    gc.collect()
    gc.freeze()
