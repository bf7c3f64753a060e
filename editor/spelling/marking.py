"""Which words of one line of text to underline: shared by rich fields and line fields.

Runs at every keystroke over the paragraph or line being typed in, so a word costs one
look-up in the controller's verdicts; only a word not seen before is judged, and a word the
dictionary has not answered for yet is asked of the worker thread, never looked up here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from models.language import Language
from models.spelling import words

if TYPE_CHECKING:
    from editor.spelling.controller import SpellingController

#: Where no word is being typed (the field has no focus, or the cursor is elsewhere).
NOT_TYPING = -2


class Marking(NamedTuple):
    """The unknown words of a text, and what held others back."""

    #: (start, end) of each word to underline.
    ranges: list[tuple[int, int]]
    #: An unknown word at the cursor was left unmarked (it is being typed).
    spared: bool
    #: Some word waits for the dictionary's answer.
    waiting: bool
    #: (start, end) of the word left unmarked at the cursor, if any.
    spared_at: tuple[int, int] | None = None


def unknown_words(
    controller: SpellingController, language: Language, text: str, typing_at: int
) -> Marking:
    """The unknown words of ``text`` in ``language``, except one at ``typing_at`` (the
    cursor's place while the field has the focus, else :data:`NOT_TYPING`): a half-typed
    word does not flash red; it is marked once the cursor leaves it."""
    verdicts = controller.verdicts(language)
    ranges: list[tuple[int, int]] = []
    spared = waiting = False
    spared_at: tuple[int, int] | None = None
    for start, end, word in words(text):
        after = text[end : end + 1]
        key = word + "." if after == "." else word
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = controller.judge(language, word, after, key)
        if verdict:
            continue
        if start <= typing_at <= end:
            spared, spared_at = True, (start, end)
        elif verdict is None:
            waiting = True
        else:
            ranges.append((start, end))
    return Marking(ranges, spared, waiting, spared_at)
