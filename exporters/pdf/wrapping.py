"""A flowable around another that lays out exactly as the one inside it.

Anchors (named destinations, outline entries) and tagging marks (structure elements,
artifacts) wrap a flowable to add something when it is drawn; the layout, its spaces and
its keep-with-next must stay the inner flowable's, or a tagged or anchored story would
paginate differently from a plain one.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from exporters.pdf.reportlab_private import keep_with_next


class Wrapper(Flowable):
    """Layout passes through to ``inner``; subclasses add what they draw and how they split."""

    inner: Flowable

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def getKeepWithNext(self) -> bool:
        if "keepWithNext" in self.__dict__:  # KeepTogether clears it on its members
            return bool(self.keepWithNext)
        return keep_with_next(self.inner)
