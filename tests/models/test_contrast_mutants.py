"""WCAG contrast (models.contrast) pinned where mutation testing found the tests loose: the
luminance curve on both sides of its knee, the ratio's exact values, the minimum itself
passing, how a ratio is printed near a minimum, and every text pair with its use."""

from __future__ import annotations

import pytest

from models import contrast
from models.contrast import (
    LARGE_TEXT_RATIO,
    NORMAL_TEXT_RATIO,
    TextPair,
    contrast_ratio,
    failing_pairs,
    format_ratio,
    relative_luminance,
    text_pairs,
)
from models.publication import Theme

HEADER = "the subtitle and publisher in the web page header"
LEAD = "the lead sentence above the key takeaways"
HOVER = "links under the mouse pointer and the large quotation mark on the web page"
ON_WHITE = (
    "links, quotes and video labels on white, and white text on the primary colour "
    "(web page header, video buttons, PDF cover band)"
)


@pytest.mark.parametrize(
    ("colour", "luminance"),
    [
        ("#000000", 0.0),
        ("#050505", 0.0015176349177441874),  # below the knee: c / 12.92
        ("#0A0A0A", 0.003035269835488375),  # the last channel value below the knee
        ("#0B0B0B", 0.0033465357638991604),  # the first above it: the power curve
        ("#808080", 0.21586050011389923),
        ("#FF0000", 0.2126),
        ("#00FF00", 0.7152),
        ("#0000FF", 0.0722),
        ("#3A7BD5", 0.1986955461832396),
        ("#FFFFFF", 1.0),
    ],
)
def test_relative_luminance_follows_wcag(colour: str, luminance: float) -> None:
    assert relative_luminance(colour) == pytest.approx(luminance, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize(
    ("foreground", "background", "ratio"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),
        ("#808080", "#000000", 5.317210002277984),
        ("#777777", "#FFFFFF", 4.478089453577214),
        ("#123456", "#123456", 1.0),
    ],
)
def test_the_contrast_ratio_is_lighter_over_darker_each_plus_a_twentieth(
    foreground: str, background: str, ratio: float
) -> None:
    assert contrast_ratio(foreground, background) == pytest.approx(ratio, rel=1e-12)


@pytest.mark.parametrize(
    ("ratio", "minimum", "shown"),
    [
        (4.4951, None, "4.50:1"),
        (4.4951, 4.5, "4.49:1"),
        (2.996, 3.0, "2.99:1"),
        (4.444, 4.5, "4.44:1"),  # rounds down anyway: nothing to cut off
        (4.5, 4.5, "4.50:1"),
        (4.567, 4.567, "4.57:1"),  # at the minimum it passes: rounded as usual
        (4.51, 4.5, "4.51:1"),
        (7.006, 4.5, "7.01:1"),
        (21.0, None, "21.00:1"),
        (1.0, 3.0, "1.00:1"),
    ],
)
def test_a_ratio_is_printed_to_two_decimals_never_rounded_up_to_its_minimum(
    ratio: float, minimum: float | None, shown: str
) -> None:
    assert format_ratio(ratio, minimum) == shown


def test_the_aa_minimums() -> None:
    assert (NORMAL_TEXT_RATIO, LARGE_TEXT_RATIO) == (4.5, 3.0)


@pytest.mark.parametrize(("large", "minimum"), [(False, 4.5), (True, 3.0)])
def test_a_pair_exactly_at_its_minimum_passes_and_just_below_fails(
    large: bool, minimum: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = TextPair("primary_colour", "#111111", "#EEEEEE", large, "test")
    assert pair.required == minimum
    monkeypatch.setattr(contrast, "contrast_ratio", lambda foreground, background: minimum)
    assert pair.ratio == minimum and pair.passes
    below = minimum - 1e-9
    monkeypatch.setattr(contrast, "contrast_ratio", lambda foreground, background: below)
    assert pair.ratio == below and not pair.passes


def test_every_text_pair_of_a_theme_with_its_use() -> None:
    theme = Theme(primary_colour="#3a7bd5", accent_colour="#d53a7b")
    assert text_pairs(theme) == [
        TextPair("primary_colour", "#3A7BD5", "#FFFFFF", False, ON_WHITE),
        TextPair("primary_colour", "#CEDEF4", "#3A7BD5", False, HEADER),
        TextPair("primary_colour", "#2C5CA0", "#EFF4FC", True, LEAD),
        TextPair("accent_colour", "#D53A7B", "#FFFFFF", False, HOVER),
    ]


def test_failing_pairs_are_those_below_their_own_minimum_in_order() -> None:
    theme = Theme(primary_colour="#AAAAAA", accent_colour="#FFCC00")
    pairs = text_pairs(theme)
    assert [pair.passes for pair in pairs] == [False, False, True, False]
    assert failing_pairs(theme) == [pairs[0], pairs[1], pairs[3]]
    assert [pair.required for pair in pairs] == [4.5, 4.5, 3.0, 4.5]
    dark = Theme(primary_colour="#1B2A3A", accent_colour="#8A1538")
    assert failing_pairs(dark) == []
