"""The Unicode Bidirectional Algorithm of the PDF renderer, against known levels and python-bidi.

Cases in the form of BidiCharacterTest.txt (text, paragraph level, resolved levels), for the
scripts the publications use; then random lines, whose display order must be python-bidi's
(its public ``get_display``; mirrored glyphs aside, which the renderer picks itself).
"""

from __future__ import annotations

import random

import pytest
from bidi import get_display
from bidi.mirror import MIRRORED

from exporters.pdf.bidi import bidi_levels, display, paragraph_levels

HEBREW, ARABIC = "שלום", "مرحبا"

CASES = [
    ("abc def", 0, [0, 0, 0, 0, 0, 0, 0]),
    (HEBREW, 0, [1, 1, 1, 1]),
    (HEBREW, 1, [1, 1, 1, 1]),
    ("abc", 1, [2, 2, 2]),
    (f"a {HEBREW} b", 0, [0, 0, 1, 1, 1, 1, 0, 0]),
    (f"{HEBREW} 123", 0, [1, 1, 1, 1, 1, 2, 2, 2]),  # numbers in RTL text: level 2
    (f"{ARABIC} 12", 0, [1, 1, 1, 1, 1, 1, 2, 2]),  # after Arabic letters: AN (W2)
    ("٣٤ a", 0, [2, 2, 0, 0]),  # Arabic-Indic digits in LTR text
    (f"{HEBREW} (a) b", 0, [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]),  # a bracket pair follows 'a'
    (f"a ({HEBREW}) b", 0, [0, 0, 0, 1, 1, 1, 1, 0, 0, 0]),  # N0: embedding direction
    (f"{HEBREW} ({HEBREW})", 1, [1] * 11),
    ("1+2", 1, [2, 2, 2]),  # W4: a single ES between numbers
    ("1,2", 1, [2, 2, 2]),  # W4: a single CS between numbers
    ("$12", 1, [2, 2, 2]),  # W5: ET before a number
    (f"{HEBREW}\u05b8 a", 0, [1, 1, 1, 1, 1, 0, 0]),  # W1: a mark takes its letter's type
    ("a\u202ebc\u202cd", 0, [0, 0, 1, 1, 1, 0]),  # RLO; removed controls take the level before
    ("a \u2067bc\u2069 d", 0, [0, 0, 0, 2, 2, 0, 0, 0]),  # RLI
    (f"\u2068{HEBREW}\u2069", 0, [0, 1, 1, 1, 1, 0]),  # FSI: first strong is R
    (f"ab {HEBREW}  ", 0, [0, 0, 0, 1, 1, 1, 1, 0, 0]),  # L1: trailing spaces
    (f"{HEBREW} \tab", 1, [1, 1, 1, 1, 1, 1, 2, 2]),  # L1: a tab at paragraph level
]


@pytest.mark.parametrize(("text", "base", "levels"), CASES)
def test_known_levels(text: str, base: int, levels: list[int]) -> None:
    assert bidi_levels(text, base) == levels


def _unmirrored(text: str) -> str:
    return "".join(min(char, MIRRORED.get(char, char)) for char in text)


def test_display_order_is_python_bidis() -> None:
    alphabet = [
        *"abc",
        *"אבג",
        *"مرح",
        *"12٣٤",
        *"+-$%,.:/",
        "\u05b8",  # a Hebrew point (NSM)
        "\u064e",  # an Arabic fatha (NSM)
        *"   ",
        *'!"()[]{}\u2329\u3009',
        "\u200b",  # zero width space (BN)
        "\u200d",  # zero width joiner (BN)
        *"\u202a\u202b\u202c\u202d\u202e",  # embeddings, overrides, pop
        *"\u2066\u2067\u2068\u2069",  # isolates
        "\u200e",  # LRM
        "\u200f",  # RLM
    ]
    generator = random.Random(16)
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 16)))
        expected = _unmirrored(get_display(text, base_dir="L"))
        assert _unmirrored(display(text)) == expected, repr(text)


def test_deep_embeddings_stop_at_the_maximum_depth() -> None:
    text = "\u202b" * 200 + "a"
    assert paragraph_levels(text)[-1] == 126  # the deepest odd level 125, then L: 126
