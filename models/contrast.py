"""Colour contrast as WCAG 2 measures it, and the theme colour pairs that carry text.

:func:`text_pairs` lists each foreground/background pair the renderers draw text in. The
colours come from :func:`models.palette.palette`, the same palette both renderers print
from, so the check measures exactly what is printed. ``tests/models/test_theme.py`` reads
the colours back from the PDF's styles and the page's CSS and compares them.

Pairs left out on purpose: the primary colour mixed towards black (the web page's pull
quotes) on white always contrasts more than the primary colour itself; dark body text on
the tints (at least 90 % white) always passes by far; accent bullets, rules and borders
are not text.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.palette import WHITE, channels, mix, palette
from models.publication import Theme

__all__ = [
    "LARGE_TEXT_RATIO",
    "NORMAL_TEXT_RATIO",
    "WHITE",
    "TextPair",
    "contrast_ratio",
    "failing_pairs",
    "format_ratio",
    "mix",
    "relative_luminance",
    "text_pairs",
]

#: WCAG 2 level AA minimum ratios (success criterion 1.4.3).
NORMAL_TEXT_RATIO = 4.5
LARGE_TEXT_RATIO = 3.0


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``: 0 for black, 1 for white."""

    def linear(channel: int) -> float:
        c = channel / 255
        if c <= 0.04045:  # pragma: no mutate (no channel / 255 is 0.04045: < and <= agree)
            return c / 12.92
        curved: float = ((c + 0.055) / 1.055) ** 2.4
        return curved

    r, g, b = (linear(c) for c in channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def format_ratio(ratio: float, minimum: float | None = None) -> str:
    """``4.48:1``, rounded to two decimals; below ``minimum`` it is cut off instead, so
    a failing ratio such as 4.497 never prints as a passing ``4.50:1``."""
    shown = round(ratio, 2)
    if minimum is not None and ratio < minimum <= shown:
        shown = int(ratio * 100) / 100
    return f"{shown:.2f}:1"


@dataclass(frozen=True, slots=True)
class TextPair:
    """Text in ``foreground`` on ``background``; ``field`` is the theme field that sets them."""

    field: str
    foreground: str
    background: str
    large: bool
    use: str

    @property
    def ratio(self) -> float:
        """The WCAG contrast ratio of the two colours, from 1 (none) to 21."""
        return contrast_ratio(self.foreground, self.background)

    @property
    def required(self) -> float:
        """The AA minimum for this text: lower for large text, which stays legible."""
        return LARGE_TEXT_RATIO if self.large else NORMAL_TEXT_RATIO

    @property
    def passes(self) -> bool:
        """Whether the pair meets its AA minimum."""
        return self.ratio >= self.required


def text_pairs(theme: Theme) -> list[TextPair]:
    """Every colour pair the PDF and the web page draw text in, for ``theme``."""
    colours = palette(theme.primary_colour, theme.accent_colour)
    primary, accent = colours.primary, colours.accent
    soft, tint, dark = colours.primary_soft, colours.primary_tint, colours.primary_dark
    return [
        # Contrast is symmetric: this one pair is also white text on the primary colour.
        TextPair(
            "primary_colour",
            primary,
            WHITE,
            False,
            "links, quotes and video labels on white, and white text on the primary colour "
            "(web page header, video buttons, PDF cover band)",
        ),
        TextPair(
            "primary_colour",
            soft,
            primary,
            False,
            "the subtitle and publisher in the web page header",
        ),
        TextPair("primary_colour", dark, tint, True, "the lead sentence above the key takeaways"),
        TextPair(
            "accent_colour",
            accent,
            WHITE,
            False,
            "links under the mouse pointer and the large quotation mark on the web page",
        ),
    ]


def failing_pairs(theme: Theme) -> list[TextPair]:
    """The pairs of ``theme`` whose contrast is below their minimum, in :func:`text_pairs`
    order (a colour can fail in one use and pass in another, so each is reported)."""
    return [pair for pair in text_pairs(theme) if not pair.passes]
