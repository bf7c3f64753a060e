"""The colours every export prints (models/palette.py), worked out by hand for a few themes."""

from __future__ import annotations

import pytest

from models.palette import BLACK, MUTED, RULE, TEXT, WHITE, Palette, channels, mix, palette


@pytest.mark.parametrize(
    ("colour", "rgb"),
    [
        ("#000000", (0, 0, 0)),
        ("#FFFFFF", (255, 255, 255)),
        ("#00557F", (0, 85, 127)),
        ("#a1b2c3", (161, 178, 195)),
        ("#123456", (18, 52, 86)),
    ],
)
def test_a_colour_splits_into_red_green_and_blue(colour: str, rgb: tuple[int, int, int]) -> None:
    assert channels(colour) == rgb


@pytest.mark.parametrize("colour", ["00557F", "#00557", "#00557F0", "#GG557F", "", "#00 57F"])
def test_anything_but_rrggbb_is_not_a_colour(colour: str) -> None:
    with pytest.raises(ValueError, match="not a #RRGGBB colour") as raised:
        channels(colour)
    assert str(raised.value) == f"not a #RRGGBB colour: {colour!r}"


def test_mixing_moves_each_channel_part_of_the_way() -> None:
    assert mix("#000000", "#FFFFFF", 0.0) == "#000000"
    assert mix("#000000", "#FFFFFF", 1.0) == "#FFFFFF"
    assert mix("#000000", "#FFFFFF", 0.5) == "#808080"  # 127.5 rounds to even
    assert mix("#102030", "#FFFFFF", 0.25) == "#4C5864"
    # Upper-case hex with two digits, even for small channels.
    assert mix("#0A0B0C", "#000000", 0.0) == "#0A0B0C"
    assert mix("#204060", "#000000", 0.5) == "#102030"


def test_mixing_a_malformed_colour_fails() -> None:
    with pytest.raises(ValueError):
        mix("#12345", WHITE, 0.5)
    with pytest.raises(ValueError):
        mix(BLACK, "white", 0.5)


def test_a_theme_palette_tints_its_primary_towards_white_and_black() -> None:
    colours = palette("#00557f", "#e4a11b")
    assert colours == Palette(
        primary="#00557F",
        accent="#E4A11B",
        primary_soft="#BFD4DF",
        primary_tint="#EBF1F5",
        primary_faint="#F2F6F9",
        primary_dark="#00405F",
    )
    assert (colours.text, colours.muted, colours.rule) == (TEXT, MUTED, RULE)
    assert (TEXT, MUTED, RULE) == ("#1D1F21", "#4F5459", "#D9DDE1")


def test_a_black_primary_has_grey_tints_and_stays_black_when_darkened() -> None:
    colours = palette("#000000", "#FFFFFF")
    assert colours.primary_soft == "#BFBFBF"
    assert colours.primary_tint == "#EBEBEB"
    assert colours.primary_faint == "#F2F2F2"
    assert colours.primary_dark == "#000000"


@pytest.mark.parametrize(
    ("primary", "accent"), [("#00557", "#FFFFFF"), ("#00557F", "red"), ("", "#000000")]
)
def test_a_palette_of_a_malformed_colour_fails_at_once(primary: str, accent: str) -> None:
    with pytest.raises(ValueError, match="not a #RRGGBB colour"):
        palette(primary, accent)
