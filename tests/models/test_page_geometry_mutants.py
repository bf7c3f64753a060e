"""Where things go on a printed page (models/page_geometry.py): frames, boxes and fits."""

from __future__ import annotations

import pytest

from models.page_geometry import (
    COVER_IMAGE_MAX_HEIGHT,
    FIGURE_GUTTER_MM,
    FIGURE_MAX_HEIGHT,
    cover_image_box,
    figure_box,
    figure_cell_box,
    fit_mm,
    frame,
    frame_mm,
)


def test_the_frame_is_the_page_less_both_sides_and_top_and_bottom() -> None:
    assert frame((200.0, 300.0), (10.0, 20.0, 30.0)) == (180.0, 250.0)
    assert frame((100.0, 100.0), (0.0, 0.0, 0.0)) == (100.0, 100.0)


@pytest.mark.parametrize(
    ("page", "margins", "expected"),
    [
        ("A4", "normal", (150.0, 251.0)),
        ("A4", "narrow", (170.0, 257.0)),
        ("A4", "wide", (134.0, 243.0)),
        ("Letter", "normal", (155.9, 233.4)),
        ("Letter", "wide", (139.9, 225.4)),
    ],
)
def test_the_frame_of_a_theme_page_in_millimetres(
    page: str, margins: str, expected: tuple[float, float]
) -> None:
    assert frame_mm(page, margins) == pytest.approx(expected)  # type: ignore[arg-type]


def test_a_figure_takes_the_frame_width_and_at_most_55_percent_of_its_height() -> None:
    assert FIGURE_MAX_HEIGHT == 0.55
    assert figure_box((150.0, 200.0)) == pytest.approx((150.0, 110.0))


def test_the_cover_image_takes_at_most_40_percent_of_the_frame_height() -> None:
    assert COVER_IMAGE_MAX_HEIGHT == 0.40
    assert cover_image_box((150.0, 200.0)) == pytest.approx((150.0, 80.0))


def test_pictures_side_by_side_share_the_figures_width_less_the_gutters() -> None:
    # Half of 160 is 80; three columns with two gutters of 5 leave 70 for three pictures.
    assert figure_cell_box((160.0, 200.0), 0.5, 3, 5.0) == pytest.approx((70 / 3, 110.0))
    # One column has no gutter at all.
    assert figure_cell_box((160.0, 200.0), 1.0, 1, 5.0) == pytest.approx((160.0, 110.0))
    assert figure_cell_box((160.0, 100.0), 1.0, 2, 10.0) == pytest.approx((75.0, 55.0))
    assert pytest.approx(10 * 25.4 / 72) == FIGURE_GUTTER_MM


def test_a_wide_picture_fills_the_box_width() -> None:
    assert fit_mm((2000, 1000), (100.0, 80.0)) == pytest.approx((100.0, 50.0))


def test_a_tall_picture_is_as_high_as_the_box_and_narrower() -> None:
    assert fit_mm((1000, 2000), (100.0, 80.0)) == pytest.approx((40.0, 80.0))


def test_a_picture_of_the_boxes_shape_fills_it_exactly() -> None:
    assert fit_mm((300, 240), (100.0, 80.0)) == pytest.approx((100.0, 80.0))


def test_a_picture_without_pixels_counts_as_one_pixel_on_that_side() -> None:
    assert fit_mm((0, 10), (100.0, 1000.0)) == pytest.approx((100.0, 1000.0))
    assert fit_mm((0, 5), (100.0, 1000.0)) == pytest.approx((100.0, 500.0))
    assert fit_mm((4, 0), (100.0, 1000.0)) == pytest.approx((100.0, 25.0))
    assert fit_mm((0, 0), (100.0, 1000.0)) == pytest.approx((100.0, 100.0))
