"""Preflight: every check with its severity, message and loc; and the command line using it.

The sample publication is clean (no finding at all), which other tests rely on: the
Problems dock of the sample is empty and ``podium validate`` prints just "valid".
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from pydantic import BaseModel
from reportlab.lib.units import mm

import main
from exporters import ir
from exporters.pdf import render_pdf
from models import Project, Publication, load, save
from models.body import Figure as FigureBlock
from models.page_geometry import FIGURE_MAX_HEIGHT, LOGO_BOX_MM, fit_mm
from models.preflight import TITLE_MAX_CHARS, Finding, Fix, errors, preflight, summary
from models.project import asset_name

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
COLOPHON = {"organisation": "Divosa", "email": "info@divosa.nl"}


def picture(width: int, height: int, kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (0, 85, 127)).save(buffer, kind)
    return buffer.getvalue()


def section(**overrides: Any) -> dict[str, Any]:
    return {
        "kind": "section",
        "id": "sec-a",
        "title": "Ruimte",
        "people": ["an"],
        "body": ["Tekst."],
        **overrides,
    }


def project(*, assets: dict[str, bytes] | None = None, **overrides: Any) -> Project:
    """A clean publication (no findings) with ``overrides``."""
    data: dict[str, Any] = {
        "title": "Titel",
        "publication_date": "2024-05-01",
        "speakers": [{"id": "an", "name": "An"}],
        "blocks": [section()],
        "colophon": COLOPHON,
        **overrides,
    }
    return Project(Publication.model_validate(data), assets or {})


def figure(*images: dict[str, Any], size: str = "full") -> dict[str, Any]:
    return {"kind": "figure", "id": "fig-a", "images": list(images), "size": size}


def with_image(data: bytes, *, size: str = "full", count: int = 1, **image: Any) -> Project:
    """A section whose text is followed by a figure of ``count`` times this image."""
    name = asset_name(data, "png")
    images = [{"asset": name, "alt": "Een zaal vol mensen", **image}] * count
    body = ["Tekst.", figure(*images, size=size)]
    return project(blocks=[section(body=body)], assets={name: data})


#: Where :func:`with_image` puts its first image.
IMAGE = ("blocks", 0, "body", 1, "images", 0)


def found(target: Project) -> list[tuple[str, tuple[str | int, ...], str]]:
    return [(f.severity, f.loc, f.code) for f in preflight(target)]


# ---------------------------------------------------------------- clean publications


def test_the_sample_has_no_findings() -> None:
    assert preflight(load(SAMPLE)) == []


def test_a_clean_publication_has_no_findings() -> None:
    assert preflight(project()) == []
    assert preflight(with_image(picture(1200, 800))) == []


# ---------------------------------------------------------------- each check


def test_contrast_below_the_minimum_is_an_error_with_the_measured_ratio() -> None:
    findings = preflight(project(theme={"primary_colour": "#777777"}))
    assert [(f.severity, f.loc, f.code) for f in findings] == [
        ("error", ("theme", "primary_colour"), "contrast"),
        ("error", ("theme", "primary_colour"), "contrast"),
    ]
    assert findings[0].message.startswith(
        "Theme: primary colour #777777 on #FFFFFF has a contrast ratio of 4.48:1; text needs at "
        "least 4.5:1"
    )
    assert "3.30:1" in findings[1].message and "web page header" in findings[1].message
    accent = preflight(project(theme={"accent_colour": "#FFCC00"}))
    assert [(f.loc, f.code) for f in accent] == [(("theme", "accent_colour"), "contrast")]


def test_a_low_resolution_image_is_a_warning_with_its_dpi() -> None:
    (finding,) = preflight(with_image(picture(600, 400)))
    assert (finding.severity, finding.loc, finding.code) == ("warning", IMAGE, "low_resolution")
    # 600 px over 150 mm is 101.6 dpi; 150 dpi needs 886 px.
    assert "600 pixels wide and printed 150 mm wide, which is 102 dpi" in finding.message
    assert "at least 886 pixels wide" in finding.message
    assert preflight(with_image(picture(886, 400))) == []


def test_a_tall_image_is_placed_by_its_height() -> None:
    # A portrait is limited to 55 % of the 251 mm text height: 138 mm high, 92 mm wide.
    width, height = fit_mm((800, 1200), (150, 251 * FIGURE_MAX_HEIGHT))
    assert (round(width), round(height)) == (92, 138)
    assert preflight(with_image(picture(560, 840))) == []  # 560 px / 92 mm = 155 dpi
    assert found(with_image(picture(500, 750)))[0][2] == "low_resolution"


def test_the_pdf_places_a_figure_at_the_size_preflight_assumes() -> None:
    data = picture(600, 1000)
    pdf = render_pdf(ir.build(with_image(data)))
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            matrices = [
                operands
                for operands, operator in pikepdf.parse_content_stream(page)
                if str(operator) == "cm" and float(operands[0]) > 50
            ]
            if matrices:
                break
    width_pt, height_pt = float(matrices[0][0]), float(matrices[0][3])
    expected = fit_mm((600, 1000), (150, 251 * FIGURE_MAX_HEIGHT))
    assert (width_pt / mm, height_pt / mm) == pytest.approx(expected, abs=0.1)


def test_a_soft_image_is_offered_a_smaller_size_that_prints_sharp() -> None:
    (finding,) = preflight(with_image(picture(600, 400)))
    # Half of the 150 mm measure is 75 mm: 600 px there is 203 dpi.
    assert finding.fix == Fix(
        ("blocks", 0, "body", 1, "size"),
        "half",
        "print it at half width (203 dpi)",
        {"size": "half width", "dpi": 203},
    )
    assert finding.message == (
        "Section 1 ‘Ruimte’, figure 1, image 1: this image is 600 pixels wide and printed 150 mm "
        "wide, which is 102 dpi; it looks soft on paper below 150 dpi: print it at half width "
        "(203 dpi), or use one at least 886 pixels wide"
    )
    assert (finding.kind, finding.params["fix"]) == (
        "low_resolution_fix",
        "print it at half width (203 dpi)",
    )


def test_the_fix_is_the_largest_size_that_reaches_150_dpi() -> None:
    # 300 px: 102 dpi at half width (75 mm), 169 dpi as a thumbnail (45 mm).
    (finding,) = preflight(with_image(picture(300, 200), size="half"))
    assert "printed 75 mm wide, which is 102 dpi" in finding.message
    assert finding.fix is not None and finding.fix.value == "thumbnail"
    assert finding.fix.label == "print it at thumbnail size (169 dpi)"
    # 250 px at full width: half gives 85 dpi, a thumbnail 141: not enough, so no offer.
    (soft,) = preflight(with_image(picture(250, 160)))
    assert soft.fix is None and soft.message.endswith(": use one at least 886 pixels wide")
    # A thumbnail is the smallest size: nothing smaller to offer.
    (small,) = preflight(with_image(picture(200, 130), size="thumbnail"))
    assert "printed 45 mm wide" in small.message and small.fix is None


def test_the_logo_gets_no_size_offer() -> None:
    small = picture(200, 50)
    name = asset_name(small, "png")
    theme = {"logo": {"asset": name, "alt": "Divosa"}}
    (finding,) = preflight(project(theme=theme, assets={name: small}))
    assert finding.code == "low_resolution" and finding.fix is None


def test_images_side_by_side_share_the_width() -> None:
    # Two in a row: (150 mm - the 10 pt gutter) / 2 = 73.2 mm each; 400 px is 139 dpi.
    findings = preflight(with_image(picture(400, 300), count=2))
    assert [(f.loc, f.code) for f in findings] == [
        (IMAGE, "low_resolution"),
        (("blocks", 0, "body", 1, "images", 1), "low_resolution"),
    ]
    assert "printed 73 mm wide, which is 139 dpi" in findings[0].message
    assert findings[0].fix is not None and findings[0].fix.value == "half"
    assert preflight(with_image(picture(440, 300), count=2)) == []  # 153 dpi
    # A grid of four stands in two columns, the same width as a row of two.
    grid = preflight(with_image(picture(400, 300), count=4))
    assert [f.loc[-1] for f in grid] == [0, 1, 2, 3]
    assert all("printed 73 mm wide" in f.message for f in grid)
    # Three across (and five or six as 3×2): (150 mm - 2 gutters) / 3 = 47.6 mm.
    three = preflight(with_image(picture(250, 200), count=3))
    assert "printed 48 mm wide, which is 133 dpi" in three[0].message
    assert preflight(with_image(picture(300, 200), count=6)) == []  # 160 dpi


@pytest.mark.parametrize(
    ("size", "count", "width_mm"),
    [
        ("full", 1, 150.0),
        ("half", 1, 75.0),
        ("thumbnail", 1, 45.0),
        ("full", 2, (150 - 10 / 72 * 25.4) / 2),
        ("half", 4, (75 - 10 / 72 * 25.4) / 2),
        ("full", 3, (150 - 2 * 10 / 72 * 25.4) / 3),
    ],
)
def test_the_pdf_prints_figures_at_the_width_preflight_assumes(
    size: str, count: int, width_mm: float
) -> None:
    target = with_image(picture(150, 100), size=size, count=count)  # soft at any size
    widths = [round(w / mm, 1) for w, _h in _drawn_images(render_pdf(ir.build(target)))]
    assert widths == [pytest.approx(width_mm, abs=0.1)] * count
    finding = preflight(target)[0]
    assert f"printed {width_mm:.0f} mm wide" in finding.message


def _drawn_images(pdf: bytes) -> list[tuple[float, float]]:
    """The size (points) of every picture drawn on the pages, in order."""
    drawn: list[tuple[float, float]] = []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            matrix: list[float] | None = None
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "cm":
                    matrix = [float(x) for x in operands]
                elif str(operator) == "Do" and matrix is not None and matrix[0] > 20:
                    drawn.append((matrix[0], matrix[3]))
    return drawn


def test_figures_are_checked_in_every_body() -> None:
    soft = picture(300, 200)
    name = asset_name(soft, "png")

    def fig(fid: str) -> dict[str, Any]:
        return {"kind": "figure", "id": fid, "images": [{"asset": name, "alt": "Zaal"}]}

    target = project(
        intro=["Inleiding.", fig("fig-1")],
        blocks=[
            {
                "kind": "part",
                "id": "part-a",
                "title": "Ochtend",
                "intro": [fig("fig-2")],
                "blocks": [section(body=["Tekst.", fig("fig-3")])],
            }
        ],
        colophon={**COLOPHON, "note": [fig("fig-4")]},
        assets={name: soft},
    )
    assert [f.loc for f in preflight(target)] == [
        ("intro", 1, "images", 0),
        ("blocks", 0, "intro", 0, "images", 0),
        ("blocks", 0, "blocks", 0, "body", 1, "images", 0),
        ("colophon", "note", 0, "images", 0),
    ]
    assert {f.fix.loc for f in preflight(target) if f.fix} == {
        ("intro", 1, "size"),
        ("blocks", 0, "intro", 0, "size"),
        ("blocks", 0, "blocks", 0, "body", 1, "size"),
        ("colophon", "note", 0, "size"),
    }


def test_logo_and_cover_image_are_checked_at_their_sizes() -> None:
    small, large = picture(200, 50), picture(2400, 1200)
    logo, cover = asset_name(small, "png"), asset_name(large, "png")
    theme = {
        "logo": {"asset": logo, "alt": "Divosa"},
        "cover_image": {"asset": cover, "alt": "De zaal"},
    }
    findings = preflight(project(theme=theme, assets={logo: small, cover: large}))
    assert [(f.loc, f.code) for f in findings] == [(("theme", "logo"), "low_resolution")]
    width = fit_mm((200, 50), LOGO_BOX_MM)[0]  # 45 mm wide: 113 dpi
    assert f"printed {width:.0f} mm wide" in findings[0].message


def test_missing_and_unreadable_image_files_are_errors() -> None:
    good = picture(1200, 800)
    name = asset_name(good, "png")
    body = ["Tekst.", figure({"asset": name, "alt": "Zaal"})]
    missing = project(blocks=[section(body=body)], assets={})
    assert found(missing) == [("error", IMAGE, "missing")]
    broken = project(blocks=[section(body=body)], assets={name: b"not a png"})
    assert found(broken) == [("error", IMAGE, "unreadable")]


@pytest.mark.parametrize("alt", ["IMG_2041", "DSC01234", "zaal-vol.jpg", "PXL_20240101_1200"])
def test_alt_text_that_is_a_file_name_is_a_warning(alt: str) -> None:
    target = with_image(picture(1200, 800), alt=alt)
    assert found(target) == [("warning", (*IMAGE, "alt"), "alt_file_name")]


def test_real_descriptions_pass() -> None:
    assert preflight(with_image(picture(1200, 800), alt="Zaal 2 op 9 februari")) == []


def test_a_decorative_image_in_the_text_is_a_warning() -> None:
    """A figure in the text almost always shows something readers should be told."""
    (finding,) = preflight(with_image(picture(1200, 800), alt="", decorative=True))
    assert (finding.severity, finding.loc, finding.code) == (
        "warning",
        (*IMAGE, "alt"),
        "decorative_figure",
    )
    assert "describe what it shows" in finding.message


def test_decorative_logo_and_cover_image_pass() -> None:
    large = picture(2400, 1200)
    name = asset_name(large, "png")
    theme = {
        "logo": {"asset": name, "alt": "", "decorative": True},
        "cover_image": {"asset": name, "alt": "", "decorative": True},
    }
    assert preflight(project(theme=theme, assets={name: large})) == []


def test_missing_alt_text_is_an_error() -> None:
    """The model takes an image without alt text as a draft; the preflight says where it is,
    and as an error it blocks a final export."""
    target = with_image(picture(1200, 800), alt="")
    assert found(target) == [("error", (*IMAGE, "alt"), "missing_alt")]
    (finding,) = errors(preflight(target))
    assert finding.message == (
        "Section 1 ‘Ruimte’, figure 1, image 1 has no alternative text: describe it, or mark "
        "it as decorative"
    )


def test_blank_alt_text_is_missing_too() -> None:
    assert found(with_image(picture(1200, 800), alt="   ")) == [
        ("error", (*IMAGE, "alt"), "missing_alt")
    ]


def test_a_portrait_without_alt_text_is_an_error() -> None:
    data = picture(400, 400)
    name = asset_name(data, "png")
    speakers = [{"id": "an", "name": "An", "portrait": {"asset": name}}]
    (finding,) = preflight(project(speakers=speakers, assets={name: data}))
    assert (finding.severity, finding.loc, finding.code) == (
        "error",
        ("speakers", 0, "portrait", "alt"),
        "missing_alt",
    )
    assert finding.message == (
        "Speaker ‘An’, portrait has no alternative text: describe it, or mark it as decorative"
    )


def test_a_logo_without_alt_text_is_an_error() -> None:
    data = picture(600, 150)
    name = asset_name(data, "png")
    (finding,) = preflight(project(theme={"logo": {"asset": name}}, assets={name: data}))
    assert (finding.severity, finding.loc) == ("error", ("theme", "logo", "alt"))
    assert finding.message == (
        "Theme, logo has no alternative text: describe it, or mark it as decorative"
    )


def test_sections_quotes_and_colophon() -> None:
    target = project(
        speakers=[],
        blocks=[
            section(body=[], people=[]),
            {"kind": "quote", "id": "q", "text": "Doe wat nodig is."},
            {"kind": "quote", "id": "r", "text": "Ja.", "attribution": "deelnemer"},
        ],
        colophon={"website": "https://example.org"},
    )
    assert found(target) == [
        ("warning", ("blocks", 0, "body"), "empty_section"),
        ("warning", ("blocks", 1, "attribution"), "no_attribution"),
        ("warning", ("colophon", "organisation"), "colophon_organisation"),
        ("info", ("blocks", 0, "people"), "no_speakers"),
    ]
    no_contact = project(colophon={"organisation": "Divosa"})
    assert found(no_contact) == [("warning", ("colophon", "email"), "colophon_contact")]


def test_a_part_without_sections_is_a_warning() -> None:
    quote = {"kind": "quote", "id": "q", "text": "Ja.", "attribution": "deelnemer"}
    target = project(
        blocks=[
            {"kind": "part", "id": "part-a", "title": "Ochtend", "blocks": [section()]},
            {"kind": "part", "id": "part-b", "title": "Middag", "intro": ["Later meer."]},
            {"kind": "part", "id": "part-c", "title": "Avond", "blocks": [quote]},
        ]
    )
    findings = preflight(target)
    assert [(f.severity, f.loc, f.code) for f in findings] == [
        ("warning", ("blocks", 1, "blocks"), "empty_part"),
        ("warning", ("blocks", 2, "blocks"), "empty_part"),
    ]
    assert findings[0].message == "Part 2 ‘Middag’ has no sections: add one, or remove the part"


def test_checks_reach_inside_parts() -> None:
    target = project(
        blocks=[
            section(id="sec-0"),
            {
                "kind": "part",
                "id": "part-a",
                "title": "Ochtend",
                "blocks": [
                    section(body=[], people=[]),
                    {"kind": "quote", "id": "q", "text": "Doe wat nodig is."},
                ],
            },
        ]
    )
    assert found(target) == [
        ("warning", ("blocks", 1, "blocks", 0, "body"), "empty_section"),
        ("warning", ("blocks", 1, "blocks", 1, "attribution"), "no_attribution"),
        ("info", ("blocks", 1, "blocks", 0, "people"), "no_speakers"),
    ]


def test_sections_that_need_no_speakers() -> None:
    """An untitled section (a lead-in) and a typed or hidden byline name nobody on purpose."""
    target = project(
        blocks=[
            section(id="sec-1", title="", people=[]),
            section(id="sec-2", people=[], byline="custom", byline_text="Door de redactie"),
            section(id="sec-3", people=[], byline="hidden"),
        ]
    )
    assert preflight(target) == []
    (finding,) = preflight(project(blocks=[section(title="", body=[])]))
    assert finding.message == "Section 1 has no text"  # untitled, and no text to quote


@pytest.mark.parametrize("blank", ["[](https://example.org)", "\u200b", "** **", "*\u200b*"])
def test_a_list_item_with_nothing_to_read_is_a_warning(blank: str) -> None:
    items = [{"text": "Eerst dit", "items": ["a", blank]}, {"text": blank}]
    target = project(intro=[{"kind": "list", "id": "list-a", "items": items}])
    findings = preflight(target)
    if blank == "** **":  # not markup: the stars are printed, so there is something to read
        assert findings == []
        return
    assert [(f.severity, f.loc, f.code) for f in findings] == [
        ("warning", ("intro", 0, "items", 0, "items", 1), "empty_list_item"),
        ("warning", ("intro", 0, "items", 1, "text"), "empty_list_item"),
    ]
    assert [f.message for f in findings] == [
        "Introduction, list 1, item 1, sub-item 2 has nothing to read: write its text, or "
        "remove it",
        "Introduction, list 1, item 2 has nothing to read: write its text, or remove it",
    ]


def _unchecked(node: Any, old: str, new: str) -> Any:
    """``node`` with every text ``old`` replaced by ``new``, bypassing validation (as
    ``model_copy(update=...)`` does), for checks of what the model would refuse."""
    if isinstance(node, BaseModel):
        update = {
            name: _unchecked(getattr(node, name), old, new) for name in type(node).model_fields
        }
        return node.model_copy(update=update)
    if isinstance(node, tuple):
        return tuple(_unchecked(item, old, new) for item in node)
    return new if node == old else node


def test_links_are_checked_in_every_body_and_list() -> None:
    """The model refuses these links; preflight finds them in a publication that bypassed it."""
    bad = "PLACEHOLDER"
    target = project(
        intro=[bad],
        blocks=[
            {
                "kind": "part",
                "id": "part-a",
                "title": "Ochtend",
                "intro": [
                    {"kind": "list", "id": "list-a", "items": [{"text": bad, "items": [bad]}]}
                ],
                "blocks": [section(takeaways=[bad], body=["Goed.", bad])],
            },
        ],
        colophon={**COLOPHON, "note": [bad]},
    )
    unchecked = _unchecked(target.publication, bad, "[klik](javascript:alert(1))")
    assert [(f.loc, f.code) for f in preflight(Project(unchecked, {}))] == [
        (("intro", 0, "text"), "bad_link"),
        (("blocks", 0, "intro", 0, "items", 0, "text"), "bad_link"),
        (("blocks", 0, "intro", 0, "items", 0, "items", 0), "bad_link"),
        (("blocks", 0, "blocks", 0, "takeaways", 0), "bad_link"),
        (("blocks", 0, "blocks", 0, "body", 1, "text"), "bad_link"),
        (("colophon", "note", 0, "text"), "bad_link"),
    ]


def test_the_every_feature_fixture_is_walked_everywhere() -> None:
    """The v3 fixture's tiny picture is soft wherever it stands: every figure is found."""
    findings = preflight(load(Path(__file__).parent / "fixtures" / "v3"))
    soft = [f.loc for f in findings if f.code == "low_resolution"]
    pub = load(Path(__file__).parent / "fixtures" / "v3").publication
    expected = [("theme", "logo")]
    for body_loc, body in pub.iter_bodies():
        for index, block in enumerate(body):
            if isinstance(block, FigureBlock):
                expected += [(*body_loc, index, "images", n) for n in range(len(block.images))]
    assert len(soft) == len(expected) and set(soft) == set(expected)
    assert [f.code for f in findings if f.code != "low_resolution"] == ["decorative_figure"]


def test_links_other_than_web_and_mail_are_errors() -> None:
    target = project(key_takeaways={"lead": "Zie [dit](javascript:alert(1)) en [dat](ftp://x.nl)."})
    (finding,) = preflight(target)
    assert (finding.severity, finding.loc, finding.code) == (
        "error",
        ("key_takeaways", "lead"),
        "bad_link",
    )
    assert finding.message == (
        "Key takeaways, lead sentence: link target ‘javascript:alert(1)’ is not allowed (use an "
        "http://, https:// or mailto: address); the link would be left out"
    )


def test_a_title_too_long_for_the_cover_is_a_warning() -> None:
    assert preflight(project(title="x" * TITLE_MAX_CHARS)) == []
    (finding,) = preflight(project(title="x" * (TITLE_MAX_CHARS + 1)))
    assert (finding.severity, finding.loc, finding.code) == (
        "warning",
        ("title",),
        "title_too_long",
    )
    assert f"{TITLE_MAX_CHARS + 1} characters" in finding.message


def test_errors_come_first_and_summary_counts() -> None:
    target = project(
        title="x" * 130,
        theme={"accent_colour": "#FFFF00"},
        blocks=[section(people=[])],
    )
    findings = preflight(target)
    assert [f.severity for f in findings] == ["error", "warning", "info"]
    assert errors(findings) == findings[:1]
    assert summary(findings) == "1 error, 1 warning, 1 note"
    assert summary([]) == ""
    assert str(findings[1]).startswith("warning: Title has 130 characters; more than 120 do not")
    assert (
        Finding("info", (), "x", "c").path == "" and str(Finding("info", (), "x", "c")) == "info: x"
    )


# ---------------------------------------------------------------- the command line


def write(folder: Path, target: Project) -> Path:
    save(target, folder)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_lists_findings_and_exits_1_only_for_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warned = write(tmp_path / "warned", project(blocks=[section(body=[])]))
    code, out, err = run(capsys, "validate", warned)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "warning: Section 1 ‘Ruimte’ has no text",
        f"{warned}: valid (1 warning)",
    ]
    bad = write(tmp_path / "bad", project(theme={"primary_colour": "#777777"}))
    code, out, _ = run(capsys, "validate", bad)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("error: Theme: primary colour #777777 on #FFFFFF has a contrast")
    assert lines[-1] == f"{bad}: valid, but not ready to publish (2 errors)"


def test_export_refuses_errors_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad", project(theme={"accent_colour": "#FFFF00"}))
    pdf = tmp_path / "out.pdf"
    code, out, err = run(capsys, "export", bad, "--pdf", pdf)
    assert (code, out) == (1, "") and not pdf.exists()
    lines = err.splitlines()
    assert lines[0].startswith("podium: error: Theme: accent colour #FFFF00 on #FFFFFF")
    assert lines[-1] == "podium: 1 error found: fix them, or export anyway with --force"
    code, out, err = run(capsys, "export", bad, "--pdf", pdf, "--force")
    assert code == 0 and out == f"wrote {pdf}\n" and pdf.read_bytes().startswith(b"%PDF")
    assert err.startswith("podium: error: Theme: accent colour")


def test_export_mentions_warnings_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warned = write(tmp_path / "warned", project(colophon={}))
    html = tmp_path / "out.html"
    code, out, err = run(capsys, "export", warned, "--html", html)
    assert (code, out) == (0, f"wrote {html}\n")
    assert err.splitlines() == [
        "podium: preflight: 2 warnings ('podium validate FILE' lists them)",
        "podium: warning: warned is not approved (status: draft); exported anyway "
        "(--draft marks the output as a draft)",
    ]


def test_export_help_mentions_force(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and "--force" in out


def test_sample_json_is_unchanged_by_the_defaults() -> None:
    data = json.loads((SAMPLE / "publication.json").read_text(encoding="utf-8"))
    theme = data["theme"]
    assert (theme["margins"], theme["cover_style"], theme["logo"], theme["cover_image"]) == (
        "normal",
        "plain",
        None,
        None,
    )
