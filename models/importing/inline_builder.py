"""Collecting inline text with its marks, shared by the Markdown and HTML readers.

A reader opens and closes marks as it meets them (``<b>``, ``strong_open``…) and adds text;
:meth:`Inline.take` hands over the spans gathered since the last call. Counters rather than
booleans, so ``<b><b>x</b>y</b>`` keeps ``y`` bold.
"""

from __future__ import annotations

from models.importing.document import Span, Spans


class Inline:
    """The marks in force and the spans collected so far."""

    def __init__(self) -> None:
        self.bold = 0
        self.italic = 0
        self.links: list[str | None] = []
        # Parts are joined once, in take(): appending to a string piece by piece is
        # quadratic in a paragraph of a million escapes.
        self._runs: list[tuple[tuple[bool, bool, str | None], list[str]]] = []

    def add(self, text: str) -> None:
        """Append ``text`` with the marks in force."""
        if not text:
            return
        marks = (self.bold > 0, self.italic > 0, self.links[-1] if self.links else None)
        if self._runs and self._runs[-1][0] == marks:
            self._runs[-1][1].append(text)
        else:
            self._runs.append((marks, [text]))

    def take(self) -> Spans:
        """The spans collected since the last call, or ``()`` if they hold only white space."""
        runs, self._runs = self._runs, []
        spans = tuple(Span("".join(parts), *marks) for marks, parts in runs)
        return spans if any(s.text.strip() for s in spans) else ()

    def pending(self) -> bool:
        """Whether visible text is waiting to be taken."""
        return any(part.strip() for _, parts in self._runs for part in parts)
