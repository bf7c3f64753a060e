"""The theme: its fields and defaults, page geometry, and WCAG contrast of its text colours.

The contrast pairs must match how the renderers use the colours, so a few tests read the
renderers' own styles and tints and hold :mod:`models.contrast` to them.
"""

from __future__ import annotations

import io
import re
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm

from exporters import html as html_renderer
from exporters import ir
from exporters.pdf import document as pdf_renderer
from exporters.pdf import figures
from exporters.pdf.page_template import MARGINS, PAGE_SIZES, frame_size
from exporters.pdf.styles import RULE, styles
from models import Project, Publication, Theme, load, save, validate
from models.body import FIGURE_WIDTH, FigureSize
from models.contrast import (
    contrast_ratio,
    failing_pairs,
    format_ratio,
    mix,
    relative_luminance,
    text_pairs,
)
from models.page_geometry import FIGURE_GUTTER_MM, FIGURE_MAX_HEIGHT, figure_cell_box, fit_mm
from models.palette import BLACK, WHITE, palette
from models.project import asset_name

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"


def base(**overrides: Any) -> dict[str, Any]:
    return {"schema_version": 1, "title": "Titel", "publication_date": "2024-05-01", **overrides}


# ---------------------------------------------------------------- WCAG formulas


@pytest.mark.parametrize(
    ("foreground", "background", "shown", "normal", "large"),
    [
        ("#777777", "#FFFFFF", "4.48:1", False, True),  # the classic near miss
        ("#767676", "#FFFFFF", "4.54:1", True, True),
        ("#000000", "#FFFFFF", "21.00:1", True, True),
        ("#FFFFFF", "#FFFFFF", "1.00:1", False, False),
        ("#00557F", "#FFFFFF", "8.06:1", True, True),  # the default primary colour
        ("#C8326E", "#FFFFFF", "5.08:1", True, True),  # the default accent colour
        ("#949494", "#FFFFFF", "3.03:1", False, True),
        ("#959595", "#FFFFFF", "3.00:1", False, False),  # 2.995: rounds up, still fails
    ],
)
def test_contrast_ratio_of_known_pairs(
    foreground: str, background: str, shown: str, normal: bool, large: bool
) -> None:
    ratio = contrast_ratio(foreground, background)
    assert format_ratio(ratio) == shown
    assert contrast_ratio(background, foreground) == ratio  # symmetric
    assert (ratio >= 4.5, ratio >= 3.0) == (normal, large)


def test_relative_luminance_ends_and_channels() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1)
    assert relative_luminance("#00FF00") == pytest.approx(0.7152)
    assert relative_luminance("#ff0000") == relative_luminance("#FF0000")


def test_a_failing_ratio_never_prints_as_passing() -> None:
    assert format_ratio(4.497) == "4.50:1"
    assert format_ratio(4.497, 4.5) == "4.49:1"
    assert format_ratio(4.5, 4.5) == "4.50:1"
    assert format_ratio(contrast_ratio("#959595", "#FFFFFF"), 3.0) == "2.99:1"


# ---------------------------------------------------------------- pairs match the renderers


def test_the_default_theme_passes_every_pair() -> None:
    assert failing_pairs(Theme()) == []
    assert all(pair.passes for pair in text_pairs(Theme()))


def test_a_grey_primary_fails_with_its_measured_ratios() -> None:
    white, soft = failing_pairs(Theme(primary_colour="#777777"))
    assert (white.field, white.foreground, white.background) == (
        "primary_colour",
        "#777777",
        "#FFFFFF",
    )
    assert format_ratio(white.ratio, white.required) == "4.48:1"
    # The web page header's subtitle, 75 % towards white, on the primary colour.
    assert (soft.foreground, soft.background) == ("#DDDDDD", "#777777")
    assert format_ratio(soft.ratio, soft.required) == "3.30:1"


def test_large_text_needs_three_to_one() -> None:
    # The lead sentence (large, bold) in the darkened primary on its pale tint passes at 3.7:1,
    # where normal text would fail; the other uses of this primary fail.
    theme = Theme(primary_colour="#AAAAAA", accent_colour="#FFCC00")
    lead = next(pair for pair in text_pairs(theme) if pair.large)
    assert lead.passes and lead.ratio < 4.5
    failing = failing_pairs(theme)
    assert [pair.field for pair in failing] == ["primary_colour", "primary_colour", "accent_colour"]


def test_tints_are_mixed_as_the_web_page_mixes_them() -> None:
    theme = Theme(primary_colour="#3A7BD5", accent_colour="#D53A7B")
    document = ir.build(Project(Publication.model_validate(base(theme=theme.model_dump()))))
    css = str(html_renderer._theme_css(document.theme))
    primary = theme.primary_colour
    assert f"--primary-soft:{mix(primary, '#FFFFFF', 0.75)}" in css
    assert f"--primary-tint:{mix(primary, '#FFFFFF', 0.92)}" in css
    assert f"--primary-dark:{mix(primary, '#000000', 0.25)}" in css
    colours = {(p.foreground, p.background) for p in text_pairs(theme)}
    assert (mix(primary, "#FFFFFF", 0.75), primary) in colours  # header subtitle
    assert (theme.accent_colour, "#FFFFFF") in colours  # hover links, quotation mark


def test_the_pdf_prints_text_in_the_primary_colour_on_white() -> None:
    theme = ir.ThemeTokens("#3A7BD5", "#D53A7B", "Source Serif Pro", "Source Sans Pro", "A4")
    st = styles(theme, "nl")
    primary = HexColor("#3A7BD5")
    for style in (st.title, st.h1, st.quote, st.video):
        assert style.textColor == primary, style.name
    # The accent is never a text colour in the PDF (bullets and the quote rule only).
    texts = [getattr(st, name) for name in st.__dataclass_fields__ if name.islower()]
    assert not any(getattr(s, "textColor", None) == HexColor("#D53A7B") for s in texts)
    assert ("#3A7BD5", "#FFFFFF") in {
        (p.foreground, p.background) for p in text_pairs(Theme(primary_colour="#3A7BD5"))
    }
    assert white == HexColor("#FFFFFF")  # the cover band's text


# ---------------------------------------------------------------- fields and geometry


def test_defaults_keep_the_sample_as_it_was() -> None:
    theme = load(SAMPLE).publication.theme
    assert theme == Theme()
    assert (theme.margins, theme.cover_style, theme.logo, theme.cover_image) == (
        "normal",
        "plain",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"margins": "tiny"}, "Theme, margins: choose one of 'narrow', 'normal' or 'wide'"),
        ({"cover_style": "poster"}, "Theme, cover: choose one of 'plain', 'band' or 'page'"),
        (
            {"logo": {"asset": "logo.png", "alt": "Logo"}},
            "Theme, logo, image file: an image is stored as assets/<SHA-256 of its bytes>."
            "<png|jpg|jpeg|gif|webp>",
        ),
    ],
)
def test_theme_field_problems(changes: dict[str, Any], message: str) -> None:
    publication, problems = validate(base(theme=changes))
    assert publication is None and [str(p) for p in problems] == [message]


@pytest.mark.parametrize(
    ("page", "margins", "frame"),
    [
        ("A4", "normal", (150.0, 251.0)),
        ("A4", "narrow", (170.0, 257.0)),
        ("Letter", "wide", (139.9, 225.4)),
    ],
)
def test_frame_geometry_is_the_pdfs(page: str, margins: str, frame: tuple[float, float]) -> None:
    theme = Theme(page_size=page, margins=margins)  # type: ignore[arg-type]
    assert theme.frame_mm == pytest.approx(frame)
    points = frame_size(PAGE_SIZES[page], MARGINS[margins])
    assert (points[0] / mm, points[1] / mm) == pytest.approx(theme.frame_mm, abs=0.1)


@pytest.mark.parametrize(
    ("size", "columns"), [("full", 1), ("half", 1), ("thumbnail", 1), ("full", 2), ("half", 3)]
)
def test_preflight_places_figures_as_the_pdf_does(size: FigureSize, columns: int) -> None:
    # A tall picture and a wide one: the PDF prints each at the size preflight computes its
    # resolution from, in every size and column count. On A4 with normal margins the text
    # is 150 × 251 mm; pictures side by side stand 10 pt apart.
    frame = frame_size(PAGE_SIZES["A4"], MARGINS["normal"])

    def png(width: int, height: int) -> bytes:
        buffer = io.BytesIO()
        PILImage.new("RGB", (width, height), "#00557F").save(buffer, "PNG")
        return buffer.getvalue()

    sizes = [(50, 400), (800, 300), (50, 400)][:columns]
    pictures = tuple(
        ir.Figure("assets/x.png", png(w, h), "image/png", w, h, "", True, "", "") for w, h in sizes
    )
    group = ir.FigureGroup(pictures, size, columns)
    printed: list[tuple[float, float]] = []

    def cell(figure: ir.Figure, picture: Any) -> figures.Cell:
        printed.append((picture.drawWidth / mm, picture.drawHeight / mm))
        return figures.Cell(picture, ())

    figures.figure_rows(group, frame, cell)
    column = (150 * FIGURE_WIDTH[size] - (columns - 1) * 10 / 72 * 25.4) / columns
    box_mm = (column, 251 * FIGURE_MAX_HEIGHT)
    assert box_mm == pytest.approx(
        figure_cell_box(Theme().frame_mm, FIGURE_WIDTH[size], columns, FIGURE_GUTTER_MM)
    )
    expected = [fit_mm((f.width_px, f.height_px), box_mm) for f in group.figures]
    assert printed == [pytest.approx(e, abs=0.01) for e in expected]
    if columns == 1:
        assert printed[0][1] == pytest.approx(251 * FIGURE_MAX_HEIGHT, abs=0.01)  # tall: by height


# ---------------------------------------------------------------- one palette everywhere

#: Two themes whose tints differ in every channel, so a wrong mix cannot match by chance.
PALETTE_THEMES = [("#3A7BD5", "#D53A7B"), ("#00557F", "#C8326E")]


def _painted_colours(data: bytes) -> set[str]:
    """Every fill and stroke colour the PDF's pages set (``r g b rg``/``RG``), as #RRGGBB."""
    number = rb"(-?[\d.]+)"
    found: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents()
        assert content is not None
        for match in re.finditer(
            number + rb"\s+" + number + rb"\s+" + number + rb"\s+(?:rg|RG)\b", content.get_data()
        ):
            found.add("#" + "".join(f"{round(float(c) * 255):02X}" for c in match.groups()))
    return found


@pytest.mark.parametrize(("primary", "accent"), PALETTE_THEMES)
def test_the_pdf_paints_the_palette(primary: str, accent: str) -> None:
    data = base(
        theme={"primary_colour": primary, "accent_colour": accent},
        intro=["Inleiding met een [link](https://example.org)."],
        key_takeaways={"lead": "Wat we leerden:", "items": ["Een punt"]},
        speakers=[{"id": "an", "name": "An"}],
        blocks=[
            {
                "kind": "section",
                "id": "s1",
                "title": "Sectie",
                "people": ["an"],
                "takeaways": ["Kort"],
                "body": ["Tekst."],
            }
        ],
    )
    document = ir.build(Project(Publication.model_validate(data)))
    colours = palette(primary, accent)
    assert document.theme.palette == colours
    painted = _painted_colours(pdf_renderer.render_pdf(document, tagged=False))
    # The two takeaway panels, the headings and the neutral text, read back from the page;
    # and the PDF paints no colour that is not the palette's.
    for name in ("primary", "accent", "primary_tint", "primary_faint", "text", "muted"):
        assert getattr(colours, name) in painted, name
    assert painted <= {*astuple(colours), WHITE, BLACK}
    # The styles hold the same values the PDF painted.
    st = styles(document.theme, "nl")
    assert st.key_background == HexColor(colours.primary_tint)
    assert st.section_background == HexColor(colours.primary_faint)
    assert st.h1.textColor == HexColor(colours.primary)
    assert st.body.textColor == HexColor(colours.text)
    assert HexColor(colours.rule) == RULE  # the running header's rule, from page two on


@pytest.mark.parametrize(("primary", "accent"), PALETTE_THEMES)
def test_the_page_declares_the_palette(primary: str, accent: str) -> None:
    data = base(theme={"primary_colour": primary, "accent_colour": accent})
    page = html_renderer.render_html(ir.build(Project(Publication.model_validate(data))))
    declared = dict(re.findall(r"(--[a-z-]+):\s*(#[0-9A-Fa-f]{6})", page))
    colours = palette(primary, accent)
    assert declared == {
        "--primary": colours.primary,
        "--primary-dark": colours.primary_dark,
        "--primary-tint": colours.primary_tint,
        "--primary-soft": colours.primary_soft,
        "--accent": colours.accent,
        "--text": colours.text,
        "--muted": colours.muted,
        "--rule": colours.rule,
        "--focus": "#ffdd00",  # the keyboard focus ring: the page's own, not the theme's
    }


@pytest.mark.parametrize(("primary", "accent"), PALETTE_THEMES)
def test_the_contrast_check_measures_the_palette(primary: str, accent: str) -> None:
    colours = palette(primary, accent)
    pairs = {
        (p.foreground, p.background)
        for p in text_pairs(Theme(primary_colour=primary, accent_colour=accent))
    }
    assert pairs == {
        (colours.primary, WHITE),
        (colours.primary_soft, colours.primary),
        (colours.primary_dark, colours.primary_tint),
        (colours.accent, WHITE),
    }


def test_logo_and_cover_assets_are_saved_with_the_project(tmp_path: Path, png_bytes: bytes) -> None:
    logo, cover = asset_name(png_bytes, "png"), asset_name(png_bytes + b"\0", "png")
    theme = {
        "logo": {"asset": logo, "alt": "Logo"},
        "cover_image": {"asset": cover, "alt": "Zaal", "credit": "Jan"},
    }
    project = Project(
        Publication.model_validate(base(theme=theme)), {logo: png_bytes, cover: png_bytes + b"\0"}
    )
    assert set(project.used_assets()) == {logo, cover}
    save(project, tmp_path / "p.podium")
    again = load(tmp_path / "p.podium")
    assert again.assets == project.assets
    assert again.publication.theme == project.publication.theme
