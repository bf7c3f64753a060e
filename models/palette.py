"""Every colour the exports print, derived once from the theme's two colours.

The PDF, the web page and the contrast check (:mod:`models.contrast`) all read a
:class:`Palette`; none mixes a colour of its own, so what the check measures is what the
reader sees. The IR carries the palette in its theme tokens (``exporters/ir.py``).

The tints, mixed towards white: ``primary_soft`` (75 %) is the subtitle and publisher on
the primary-coloured web header; ``primary_tint`` (92 %) is the panel behind the key
takeaways (PDF and page), the lead sentence and the colophon (page); ``primary_faint``
(95 %) is the quieter panel behind a section's takeaways (PDF). ``primary_dark`` (25 %
towards black) is the lead sentence and the pull quotes on the page.

The neutrals (body text, muted text, rules) do not depend on the theme, but both
renderers take them from here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WHITE = "#FFFFFF"
BLACK = "#000000"
#: Body text, secondary text (bylines, captions, running header) and hairlines.
TEXT = "#1D1F21"
MUTED = "#4F5459"
RULE = "#D9DDE1"

#: How far each derived colour is mixed from the primary colour towards white (or black).
SOFT_MIX = 0.75
TINT_MIX = 0.92
FAINT_MIX = 0.95
DARK_MIX = 0.25

_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def channels(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of ``#RRGGBB`` as 0..255; ``ValueError`` for anything else."""
    if not _HEX_COLOUR.match(colour):
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:], 16)


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``, as ``#RRGGBB``."""
    a, b = channels(colour), channels(other)
    pairs = zip(a, b, strict=True)  # pragma: no mutate (both are three channels: same pairs)
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in pairs)


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of one theme, each as upper-case ``#RRGGBB``."""

    primary: str
    accent: str
    primary_soft: str
    primary_tint: str
    primary_faint: str
    primary_dark: str
    text: str = TEXT
    muted: str = MUTED
    rule: str = RULE


@lru_cache(maxsize=64)
def palette(primary_colour: str, accent_colour: str) -> Palette:
    """The palette of a theme with these two colours (``#RRGGBB``, any case)."""
    primary, accent = primary_colour.upper(), accent_colour.upper()
    for colour in (primary, accent):
        channels(colour)  # a malformed colour fails here, not halfway through a render
    return Palette(
        primary=primary,
        accent=accent,
        primary_soft=mix(primary, WHITE, SOFT_MIX),
        primary_tint=mix(primary, WHITE, TINT_MIX),
        primary_faint=mix(primary, WHITE, FAINT_MIX),
        primary_dark=mix(primary, BLACK, DARK_MIX),
    )
