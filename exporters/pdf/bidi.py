"""The Unicode Bidirectional Algorithm (UAX #9) for one line: embedding levels, display order.

ReportLab orders no text for display, and python-bidi hands out only the reordered string,
not the levels that say which characters form a right-to-left run (the PDF needs them to
shape each run and to write the runs in reading order). So the levels are resolved here,
from the character classes of :mod:`unicodedata`: explicit embeddings, overrides and
isolates (X1-X10), weak types (W1-W7), bracket pairs (N0), neutrals (N1-N2), implicit
levels (I1-I2) and the line's trailing white space (L1).

Characters that X9 removes (embedding controls, boundary neutrals such as U+200B) take the
level of the character before them, as the Rust crate ``unicode-bidi`` gives them, so they
stay in the run they sit in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bidi.mirror import MIRRORED

#: Deepest embedding level (BD2).
MAX_DEPTH = 125
#: Bracket pairs kept open at once before N0 stops looking (BD16).
_MAX_BRACKETS = 63

_EMBEDDINGS = {"RLE": (True, None), "LRE": (False, None), "RLO": (True, "R"), "LRO": (False, "L")}
_ISOLATES = frozenset({"RLI", "LRI", "FSI"})
_REMOVED = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN"})  # X9
_NEUTRALS = frozenset({"B", "S", "WS", "ON", "RLI", "LRI", "FSI", "PDI"})  # NI of N1/N2


def bidi_class(char: str) -> str:
    """The Bidi_Class of ``char``; unassigned code points count as ``L``."""
    return unicodedata.bidirectional(char) or "L"


def bidi_levels(text: str, base: int = 0) -> list[int]:
    """The resolved embedding level of each character of ``text``, one line at ``base`` level.

    ``base`` 0 is a left-to-right paragraph (as the HTML page has), 1 right-to-left. Rule L1
    is applied: the line's trailing white space (and separators) go back to ``base``.
    """
    levels = paragraph_levels(text, base)
    _reset_whitespace([bidi_class(char) for char in text], levels, base)
    return levels


def paragraph_levels(text: str, base: int = 0) -> list[int]:
    """The levels of ``text`` as one paragraph, before a line's white space is reset (L1)."""
    original = [bidi_class(char) for char in text]
    classes = list(original)
    matching = _matching_pdis(classes)
    levels = _explicit_levels(text, classes, matching, base)
    kept = [index for index, cls in enumerate(original) if cls not in _REMOVED]
    for sequence in _isolating_run_sequences(kept, original, levels, matching, base):
        _resolve_weak(sequence, classes, original)
        _resolve_brackets(text, sequence, classes, original)
        _resolve_neutrals(sequence, classes)
        _resolve_implicit(sequence, classes, levels)
    previous = base
    for index, cls in enumerate(original):
        if cls in _REMOVED:
            levels[index] = previous
        previous = levels[index]
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Logical indices in display order (rule L2: reverse runs from the highest level down)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            index = end
    return order


def display(text: str, base: int = 0) -> str:
    """``text`` in display order, right-to-left characters mirrored (L2-L4); for checks."""
    levels = bidi_levels(text, base)
    return "".join(
        MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in visual_order(levels)
    )


# ---------------------------------------------------------------------------- explicit


def _matching_pdis(classes: Sequence[str]) -> dict[int, int]:
    """Each isolate initiator's matching PDI (BD9), by index; unmatched ones are absent."""
    matching: dict[int, int] = {}
    open_isolates: list[int] = []
    for index, cls in enumerate(classes):
        if cls in _ISOLATES:
            open_isolates.append(index)
        elif cls == "PDI" and open_isolates:
            matching[open_isolates.pop()] = index
        elif cls == "B":
            open_isolates.clear()
    return matching


def _first_strong_is_rtl(classes: Sequence[str], start: int, stop: int) -> bool:
    """P2-P3 between ``start`` and ``stop``, skipping isolates: whether R or AL comes first."""
    depth = 0
    for cls in classes[start:stop]:
        if cls in _ISOLATES:
            depth += 1
        elif cls == "PDI" and depth:
            depth -= 1
        elif depth == 0 and cls in ("L", "R", "AL"):
            return cls != "L"
    return False


@dataclass(slots=True)
class _Entry:
    """An entry of the directional status stack (X1)."""

    level: int
    override: str | None  # "L", "R" or None
    isolate: bool


def _explicit_levels(
    text: str, classes: list[str], matching: dict[int, int], base: int
) -> list[int]:
    """X1-X8: each character's explicit level; overrides rewrite ``classes`` in place."""
    levels = [base] * len(text)
    stack = [_Entry(base, None, False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for index, cls in enumerate(classes):
        top = stack[-1]
        if cls in _EMBEDDINGS:  # X2-X5
            rtl, override = _EMBEDDINGS[cls]
            level = _next_level(top.level, rtl)
            levels[index] = top.level
            if level <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                stack.append(_Entry(level, override, False))
            elif not overflow_isolates:
                overflow_embeddings += 1
        elif cls in _ISOLATES:  # X5a-X5c
            levels[index] = top.level
            if top.override:
                classes[index] = top.override
            stop = matching.get(index, len(classes))
            rtl = cls == "RLI" or (cls == "FSI" and _first_strong_is_rtl(classes, index + 1, stop))
            level = _next_level(top.level, rtl)
            if level <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append(_Entry(level, None, True))
            else:
                overflow_isolates += 1
        elif cls == "PDI":  # X6a
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1].isolate:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            top = stack[-1]
            levels[index] = top.level
            if top.override:
                classes[index] = top.override
        elif cls == "PDF":  # X7
            levels[index] = top.level
            if overflow_isolates:
                pass
            elif overflow_embeddings:
                overflow_embeddings -= 1
            elif not top.isolate and len(stack) >= 2:
                stack.pop()
        elif cls == "B":  # X8
            levels[index] = base
        elif cls == "BN":
            levels[index] = top.level
        else:  # X6
            levels[index] = top.level
            if top.override:
                classes[index] = top.override
    return levels


def _next_level(level: int, rtl: bool) -> int:
    """The least odd (``rtl``) or even level greater than ``level``."""
    return (level + 1) | 1 if rtl else (level + 2) & ~1


# ---------------------------------------------------------------------------- sequences


@dataclass(slots=True)
class _Sequence:
    """An isolating run sequence (BD13): indices into the text, and its two ends' types."""

    indices: list[int]
    level: int
    sos: str
    eos: str


def _isolating_run_sequences(
    kept: list[int],
    classes: Sequence[str],
    levels: Sequence[int],
    matching: dict[int, int],
    base: int,
) -> list[_Sequence]:
    """X10: the level runs of the kept characters, chained across isolates."""
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    run_of_start = {run[0]: number for number, run in enumerate(runs)}
    matched_pdis = set(matching.values())
    position = {index: place for place, index in enumerate(kept)}
    sequences = []
    for run in runs:
        if run[0] in matched_pdis:
            continue  # continues the sequence of its isolate initiator
        indices = list(run)
        while classes[indices[-1]] in _ISOLATES and indices[-1] in matching:
            next_run = run_of_start.get(matching[indices[-1]])
            if next_run is None:
                break
            indices += runs[next_run]
        level = levels[indices[0]]
        first, last = position[indices[0]], position[indices[-1]]
        before = levels[kept[first - 1]] if first > 0 else base
        if classes[indices[-1]] in _ISOLATES or last + 1 >= len(kept):
            after = base
        else:
            after = levels[kept[last + 1]]
        sequences.append(
            _Sequence(indices, level, _direction(max(before, level)), _direction(max(after, level)))
        )
    return sequences


def _direction(level: int) -> str:
    return "R" if level % 2 else "L"


# ---------------------------------------------------------------------------- resolving


def _resolve_weak(sequence: _Sequence, classes: list[str], original: Sequence[str]) -> None:
    """W1-W7 on one isolating run sequence."""
    indices = sequence.indices
    for place, index in enumerate(indices):  # W1
        if classes[index] != "NSM":
            continue
        if place == 0:
            classes[index] = sequence.sos
        elif original[indices[place - 1]] in _ISOLATES or original[indices[place - 1]] == "PDI":
            classes[index] = "ON"
        else:
            classes[index] = classes[indices[place - 1]]
    strong = sequence.sos
    for index in indices:  # W2, W3
        cls = classes[index]
        if cls in ("L", "R", "AL"):
            strong = cls
        if cls == "EN" and strong == "AL":
            classes[index] = "AN"
        if cls == "AL":
            classes[index] = "R"
    for place in range(1, len(indices) - 1):  # W4
        cls = classes[indices[place]]
        before, after = classes[indices[place - 1]], classes[indices[place + 1]]
        if cls == "ES" and before == after == "EN":
            classes[indices[place]] = "EN"
        elif cls == "CS" and before == after and before in ("EN", "AN"):
            classes[indices[place]] = before
    place = 0
    while place < len(indices):  # W5
        if classes[indices[place]] != "ET":
            place += 1
            continue
        end = place
        while end < len(indices) and classes[indices[end]] == "ET":
            end += 1
        touches_number = (place > 0 and classes[indices[place - 1]] == "EN") or (
            end < len(indices) and classes[indices[end]] == "EN"
        )
        if touches_number:
            for inner in indices[place:end]:
                classes[inner] = "EN"
        place = end
    for index in indices:  # W6
        if classes[index] in ("ES", "ET", "CS"):
            classes[index] = "ON"
    strong = sequence.sos
    for index in indices:  # W7
        cls = classes[index]
        if cls in ("L", "R"):
            strong = cls
        elif cls == "EN" and strong == "L":
            classes[index] = "L"


def _strong(cls: str) -> str | None:
    """The direction a resolved class counts as for N0-N2: numbers count as R."""
    if cls == "L":
        return "L"
    if cls in ("R", "EN", "AN"):
        return "R"
    return None


def _bracket(char: str) -> tuple[str, bool] | None:
    """``char``'s bracket pair as (the opening bracket, canonically; whether it opens)."""
    category = unicodedata.category(char)
    if category not in ("Ps", "Pe") or char not in MIRRORED:
        return None
    opening = char if category == "Ps" else MIRRORED[char]
    return unicodedata.normalize("NFD", opening), category == "Ps"


def _resolve_brackets(
    text: str, sequence: _Sequence, classes: list[str], original: Sequence[str]
) -> None:
    """N0: a bracket pair takes the direction of the strong text inside it (BD16 pairs)."""
    indices = sequence.indices
    pairs: list[tuple[int, int]] = []  # places in the sequence
    stack: list[tuple[str, int]] = []
    for place, index in enumerate(indices):
        if classes[index] != "ON":
            continue
        bracket = _bracket(text[index])
        if bracket is None:
            continue
        key, opens = bracket
        if opens:
            if len(stack) == _MAX_BRACKETS:
                break
            stack.append((key, place))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == key:
                pairs.append((stack[depth][1], place))
                del stack[depth:]
                break
    embedding = _direction(sequence.level)
    for opening, closing in sorted(pairs):
        inside = {_strong(classes[index]) for index in indices[opening + 1 : closing]}
        if embedding in inside:
            direction = embedding
        elif inside - {None}:
            direction = sequence.sos
            for index in reversed(indices[:opening]):
                found = _strong(classes[index])
                if found is not None:
                    direction = found
                    break
            # N0 c: the opposite direction if the context before has it too, else the
            # embedding's; either way, the context's direction.
        else:
            continue
        for place in (opening, closing):
            classes[indices[place]] = direction
            for follower in indices[place + 1 :]:  # NSMs after a bracket follow it
                if original[follower] != "NSM":
                    break
                classes[follower] = direction


def _resolve_neutrals(sequence: _Sequence, classes: list[str]) -> None:
    """N1-N2: a run of neutrals between text of one direction takes it, else the embedding's."""
    indices = sequence.indices
    embedding = _direction(sequence.level)
    place = 0
    while place < len(indices):
        if classes[indices[place]] not in _NEUTRALS:
            place += 1
            continue
        end = place
        while end < len(indices) and classes[indices[end]] in _NEUTRALS:
            end += 1
        before = _strong(classes[indices[place - 1]]) if place > 0 else sequence.sos
        after = _strong(classes[indices[end]]) if end < len(indices) else sequence.eos
        direction = before if before == after else embedding
        for index in indices[place:end]:
            classes[index] = direction or embedding
        place = end


def _resolve_implicit(sequence: _Sequence, classes: Sequence[str], levels: list[int]) -> None:
    """I1-I2: the final level of each character from its resolved type."""
    for index in sequence.indices:
        cls, level = classes[index], levels[index]
        if level % 2 == 0:
            levels[index] = level + (1 if cls == "R" else 2 if cls in ("AN", "EN") else 0)
        elif cls in ("L", "EN", "AN"):
            levels[index] = level + 1


def _reset_whitespace(original: Sequence[str], levels: list[int], base: int) -> None:
    """L1: separators, and white space and isolates before them or at the line's end."""
    trailing = True
    for index in range(len(original) - 1, -1, -1):
        cls = original[index]
        if cls in ("S", "B"):
            levels[index] = base
            trailing = True
        elif trailing and (cls in ("WS", "PDI") or cls in _ISOLATES or cls in _REMOVED):
            levels[index] = base
        else:
            trailing = False
