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
from reportlab.lib.units import mm

import main
from exporters import ir
from exporters.pdf import render_pdf
from models import Image, Project, Publication, load, save
from models.page_geometry import FIGURE_MAX_HEIGHT, LOGO_BOX_MM, fit_mm
from models.preflight import TITLE_MAX_CHARS, Finding, errors, preflight, summary
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
        "speaker_ids": ["an"],
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


def with_image(data: bytes, **image: Any) -> Project:
    name = asset_name(data, "png")
    images = [{"asset": name, "alt": "Een zaal vol mensen", **image}]
    return project(blocks=[section(images=images)], assets={name: data})


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
        "#777777 on #FFFFFF has a contrast ratio of 4.48:1; text needs at least 4.5:1"
    )
    assert "3.30:1" in findings[1].message and "web page header" in findings[1].message
    accent = preflight(project(theme={"accent_colour": "#FFCC00"}))
    assert [(f.loc, f.code) for f in accent] == [(("theme", "accent_colour"), "contrast")]


def test_a_low_resolution_image_is_a_warning_with_its_dpi() -> None:
    (finding,) = preflight(with_image(picture(600, 400)))
    assert (finding.severity, finding.loc, finding.code) == (
        "warning",
        ("blocks", 0, "images", 0),
        "low_resolution",
    )
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
    missing = project(blocks=[section(images=[{"asset": name, "alt": "Zaal"}])], assets={})
    assert found(missing) == [("error", ("blocks", 0, "images", 0), "missing")]
    broken = project(
        blocks=[section(images=[{"asset": name, "alt": "Zaal"}])], assets={name: b"not a png"}
    )
    assert found(broken) == [("error", ("blocks", 0, "images", 0), "unreadable")]


@pytest.mark.parametrize("alt", ["IMG_2041", "DSC01234", "zaal-vol.jpg", "PXL_20240101_1200"])
def test_alt_text_that_is_a_file_name_is_a_warning(alt: str) -> None:
    target = with_image(picture(1200, 800), alt=alt)
    assert found(target) == [("warning", ("blocks", 0, "images", 0, "alt"), "alt_file_name")]


def test_decorative_images_and_real_descriptions_pass() -> None:
    assert preflight(with_image(picture(1200, 800), alt="", decorative=True)) == []
    assert preflight(with_image(picture(1200, 800), alt="Zaal 2 op 9 februari")) == []


def test_missing_alt_text_is_an_error() -> None:
    # The model refuses it; preflight still says so for a publication that bypassed it
    # (``model_copy(update=...)`` does not validate).
    data = picture(1200, 800)
    name = asset_name(data, "png")
    image = Image.model_construct(asset=name, alt="", decorative=False, caption="", credit="")
    valid = project()
    blocks = [valid.publication.blocks[0].model_copy(update={"images": [image]})]
    unchecked = valid.publication.model_copy(update={"blocks": blocks})
    assert found(Project(unchecked, {name: data})) == [
        ("error", ("blocks", 0, "images", 0, "alt"), "missing_alt")
    ]


def test_sections_quotes_and_colophon() -> None:
    target = project(
        speakers=[],
        blocks=[
            section(body=[], speaker_ids=[]),
            {"kind": "quote", "id": "q", "text": "Doe wat nodig is."},
            {"kind": "quote", "id": "r", "text": "Ja.", "attribution": "deelnemer"},
        ],
        colophon={"website": "https://example.org"},
    )
    assert found(target) == [
        ("warning", ("blocks", 0, "body"), "empty_section"),
        ("warning", ("blocks", 1, "attribution"), "no_attribution"),
        ("warning", ("colophon", "organisation"), "colophon_organisation"),
        ("info", ("blocks", 0, "speaker_ids"), "no_speakers"),
    ]
    no_contact = project(colophon={"organisation": "Divosa"})
    assert found(no_contact) == [("warning", ("colophon", "email"), "colophon_contact")]


def test_links_other_than_web_and_mail_are_errors() -> None:
    target = project(key_takeaways={"lead": "Zie [dit](javascript:alert(1)) en [dat](ftp://x.nl)."})
    (finding,) = preflight(target)
    assert (finding.severity, finding.loc, finding.code) == (
        "error",
        ("key_takeaways", "lead"),
        "bad_link",
    )
    assert "'javascript:alert(1)' is not allowed" in finding.message


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
        blocks=[section(speaker_ids=[])],
    )
    findings = preflight(target)
    assert [f.severity for f in findings] == ["error", "warning", "info"]
    assert errors(findings) == findings[:1]
    assert summary(findings) == "1 error, 1 warning, 1 note"
    assert summary([]) == ""
    assert str(findings[1]).startswith("warning: title: the title has 130 characters")
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
        "warning: blocks[0].body: the section 'Ruimte' has no text",
        f"{warned}: valid (1 warning)",
    ]
    bad = write(tmp_path / "bad", project(theme={"primary_colour": "#777777"}))
    code, out, _ = run(capsys, "validate", bad)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("error: theme.primary_colour: #777777 on #FFFFFF has a contrast")
    assert lines[-1] == f"{bad}: valid, but not ready to publish (2 errors)"


def test_export_refuses_errors_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad", project(theme={"accent_colour": "#FFFF00"}))
    pdf = tmp_path / "out.pdf"
    code, out, err = run(capsys, "export", bad, "--pdf", pdf)
    assert (code, out) == (1, "") and not pdf.exists()
    lines = err.splitlines()
    assert lines[0].startswith("podium: error: theme.accent_colour: #FFFF00 on #FFFFFF")
    assert lines[-1] == "podium: 1 error found: fix them, or export anyway with --force"
    code, out, err = run(capsys, "export", bad, "--pdf", pdf, "--force")
    assert code == 0 and out == f"wrote {pdf}\n" and pdf.read_bytes().startswith(b"%PDF")
    assert err.startswith("podium: error: theme.accent_colour")


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
