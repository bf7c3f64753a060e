"""Spans back to Podium's rich-text subset: the Markdown the editor stores for what it shows.

:func:`to_markdown` is the inverse of :func:`models.richtext.parse_inline`: for spans a text
of the subset parses to, ``parse_inline(to_markdown(spans)) == spans``, and a text written
here is written again unchanged (it is *canonical*: ``**`` for bold, ``*`` for italic,
every mark character escaped). Every output is checked by parsing it back, because
Markdown's emphasis rules depend on the characters around each mark: where no spelling of a
mark parses back as itself, the mark is dropped there, never the text.

Two normalisations come first (:func:`normalise`), both invisible on a page: white space at
the edge of a bold or italic run loses the mark (``** a**`` is not emphasis in Markdown),
and a link to an address the subset refuses keeps its text without the link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from models.richtext import Span, is_allowed_link, parse_inline

_SPECIAL = re.compile(r"([\\*_\[\]])")
#: Characters a link destination must escape: markdown-it unescapes them and reads entities.
_URL_SPECIAL = re.compile(r"([\\()<>&])")
_BOLD, _ITALIC = "**", "*"
#: The same marks, for a run that opens right after another closed: ``***`` + ``*`` would
#: make one run of four asterisks, which Markdown reads differently.
_ALTERNATE = {_BOLD: "__", _ITALIC: "_"}

#: Tries before giving up on marks altogether; each try drops or shrinks one mark run, and
#: real text needs none or one.
_MAX_ATTEMPTS = 64

#: A character with its marks: (text, bold, italic, href).
_Char = tuple[str, bool, bool, str | None]


def escape(text: str) -> str:
    """``text`` with the subset's mark characters escaped, so they stay literal."""
    return _SPECIAL.sub(r"\\\1", text)


def to_markdown(spans: Iterable[Span]) -> str:
    """The canonical text of the subset that parses to ``normalise(spans)``.

    A mark that Markdown cannot spell at its place is dropped (rare: for instance bold that
    starts with punctuation straight after a letter, ``a`` + **``.b``**); the text never
    changes.
    """
    target = normalise(spans)
    for _attempt in range(_MAX_ATTEMPTS):
        for alternate in (False, True):
            text = _render(target, alternate)
            parsed = parse_inline(text)
            if parsed == target:
                return text
        target = _degrade(target, parsed)
    return escape("".join(span.text for span in target))


def normalise(spans: Iterable[Span]) -> tuple[Span, ...]:
    """``spans`` as :func:`parse_inline` would give them back: merged, without empty runs,
    without marks on the white space at the edges of bold and italic runs, and without
    links the subset does not allow."""
    allowed = [
        Span(span.text, span.bold, span.italic, _allowed(span.href)) for span in spans if span.text
    ]
    if not any(span.bold or span.italic for span in allowed):
        return _merge_spans(allowed)  # nothing to trim: merging whole runs is enough
    chars: list[_Char] = []
    for span in allowed:
        chars.extend((ch, span.bold, span.italic, span.href) for ch in span.text)
    for index in (1, 2):  # bold, italic
        _trim_mark(chars, index)
    return _merge(chars)


def _allowed(href: str | None) -> str | None:
    """``href`` if the subset allows it as a link, else ``None`` (the text stays, unlinked)."""
    return href if href and is_allowed_link(href) else None


def _merge_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Neighbouring spans with the same marks as one (what :func:`_merge` does by character,
    for text without bold or italic, where that is all normalising does)."""
    runs: list[Span] = []
    for span in spans:
        last = runs[-1] if runs else None
        if last is not None and (last.bold, last.italic, last.href) == (
            span.bold,
            span.italic,
            span.href,
        ):
            runs[-1] = Span(last.text + span.text, last.bold, last.italic, last.href)
        else:
            runs.append(span)
    return tuple(runs)


def _trim_mark(chars: list[_Char], index: int) -> None:
    """Drop mark ``index`` from white space at the edges of its runs (a link edge ends a
    run, as the renderer closes every mark before a link and after it)."""
    start = 0
    while start < len(chars):
        if not chars[start][index]:
            start += 1
            continue
        end = start
        while (
            end < len(chars) and chars[end][index] and chars[end][3] == chars[start][3]
        ):  # one run: same mark, same link
            end += 1
        low, high = start, end
        while low < high and chars[low][0].isspace():
            low += 1
        # ">=" would reach back past an all-blank run: into blanks already bare of the mark
        while high > low and chars[high - 1][0].isspace():  # pragma: no mutate
            high -= 1
        for position in [*range(start, low), *range(high, end)]:
            chars[position] = _without(chars[position], index)
        start = end


def _without(char: _Char, index: int) -> _Char:
    text, bold, italic, href = char
    return (text, bold and index != 1, italic and index != 2, href)


def _merge(chars: Sequence[_Char]) -> tuple[Span, ...]:
    runs: list[tuple[tuple[bool, bool, str | None], list[str]]] = []
    for text, bold, italic, href in chars:
        key = (bold, italic, href)
        if runs and runs[-1][0] == key:
            runs[-1][1].append(text)
        else:
            runs.append((key, [text]))
    return tuple(Span("".join(parts), *key) for key, parts in runs)


def _render(spans: Sequence[Span], alternate: bool) -> str:
    """Links as ``[text](address)`` with their own emphasis inside; emphasis around the rest."""
    out: list[str] = []
    index = 0
    while index < len(spans):
        href = spans[index].href
        end = index
        while end < len(spans) and spans[end].href == href:
            end += 1
        inner = _emphasis(spans[index:end], alternate)
        out.append(f"[{inner}]({_destination(href)})" if href else inner)
        index = end
    return "".join(out)


def _destination(href: str) -> str:
    """An allowed address has no white space (``is_allowed_link``): escaping is enough."""
    return _URL_SPECIAL.sub(r"\\\1", href)


def _emphasis(spans: Sequence[Span], alternate: bool) -> str:
    """Bold and italic as nested marks; a mark that outlasts the others opens first."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (mark, its spelling)
    for index, span in enumerate(spans):
        wanted = {_BOLD: span.bold, _ITALIC: span.italic}
        closed = False  # pragma: no mutate (None is as false)
        while any(not wanted[mark] for mark, _ in stack):
            out.append(stack.pop()[1])
            closed = True
        open_marks = {mark for mark, _ in stack}
        missing = [mark for mark in (_BOLD, _ITALIC) if wanted[mark] and mark not in open_marks]
        missing.sort(key=lambda mark: -_reach(spans, index, mark))
        for mark in missing:
            spelling = _ALTERNATE[mark] if alternate and closed else mark
            out.append(spelling)
            stack.append((mark, spelling))
        out.append(escape(span.text))
    out.extend(spelling for _, spelling in reversed(stack))
    return "".join(out)


def _reach(spans: Sequence[Span], index: int, mark: str) -> int:
    """How many spans from ``index`` on keep ``mark``."""
    count = 0  # pragma: no mutate: only the order of reaches matters, not their offset
    for span in spans[index:]:
        if not (span.bold if mark == _BOLD else span.italic):
            break
        count += 1  # pragma: no mutate (any step keeps the order of reaches)
    return count


def _degrade(target: tuple[Span, ...], parsed: tuple[Span, ...]) -> tuple[Span, ...]:
    """``target`` with the mark run that failed to parse back removed.

    The culprit is the latest bold or italic run to start at or before the first character
    that came back different; without one, the link there loses its address.
    """
    want = [(ch, s.bold, s.italic, s.href) for s in target for ch in s.text]
    got = [(ch, s.bold, s.italic, s.href) for s in parsed for ch in s.text]
    pairs = zip(want, got, strict=False)  # pragma: no mutate: the same characters, one length
    first = next(
        (i for i, pair in enumerate(pairs) if pair[0] != pair[1]),
        len(want) - 1,  # pragma: no mutate: unreachable, a failed parse differs inside
    )
    best: tuple[int, int] | None = None  # (run start, mark index)
    for index in (1, 2):
        position = first
        while position >= 0 and not want[position][index]:
            position -= 1
        if position < 0:
            continue
        while position > 0 and want[position - 1][index]:
            position -= 1
        if best is None or position > best[0]:
            best = (position, index)
    if best is not None:
        start, index = best
        end = start
        while end < len(want) and want[end][index]:
            end += 1
        # Shrink the run to its words first: Markdown refuses a mark between a letter and
        # punctuation (``a**.b**``), so the punctuation at the edge loses it, if anything.
        low, high = start, end
        while low < high and not want[low][0].isalnum():
            low += 1
        # ">=" would reach back past a run without letters, to characters without the mark
        while high > low and not want[high - 1][0].isalnum():  # pragma: no mutate
            high -= 1
        if (low, high) == (start, end) or low == high:
            low, high = start, start
        for position in [*range(start, low), *range(high, end)]:
            want[position] = _without(want[position], index)
    else:
        href = want[first][3]
        want = [(ch, b, i, None if h == href else h) for ch, b, i, h in want]
    return normalise(_merge(want))
