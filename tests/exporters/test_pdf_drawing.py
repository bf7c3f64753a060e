"""Plain paragraphs drawn in fewer steps (exporters/pdf/drawing.py): the same bytes.

Each document is rendered with ReportLab drawing every paragraph and again with the short
path on, tagged and untagged, and the PDFs are compared whole (``invariant=1`` makes
renders reproducible). Text with characters past a font's first 256 codes, bullets, an
indented first line and a word wider than its line take ReportLab's way for the lines
the short path cannot write: those must come out the same too.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfgen.canvas import Canvas

from exporters import ir
from exporters.pdf import drawing, render_pdf
from exporters.pdf.paragraph import Para
from exporters.pdf.styles import styles
from models import Project, Publication, load

REPO = Path(__file__).parents[2]
EXAMPLES = sorted((REPO / "resources" / "examples").iterdir())
#: More different letters than fit in one font subset (256 codes), so a paragraph's lines
#: meet characters without a code yet, then characters in a second subset.
MANY_LETTERS = " ".join(
    "".join(chr(code) for code in range(start, start + 12)) for start in range(0x100, 0x2B0, 12)
)


@cache
def many_letters() -> Project:
    """The first example with paragraphs in hundreds of different letters."""
    sample = load(EXAMPLES[0])
    data = sample.publication.model_dump(mode="json")
    for block in data["blocks"]:
        for item in block.get("body", []):
            if item["kind"] == "paragraph":
                item["text"] = f"Gewone tekst. {MANY_LETTERS} En weer gewoon. {item['text']}"
    return Project(Publication.model_validate(data), sample.assets)


def _both(render: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    monkeypatch.setattr(drawing, "ENABLED", False)
    reportlab = render()
    monkeypatch.setattr(drawing, "ENABLED", True)
    return reportlab, render()


@pytest.mark.parametrize("tagged", [True, False])
@pytest.mark.parametrize(
    "project",
    [*(lambda path=path: load(path) for path in EXAMPLES), many_letters],
    ids=[*(path.name for path in EXAMPLES), "many-letters"],
)
def test_the_short_path_changes_no_byte(
    project: Any, tagged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = ir.build(project())
    reportlab, short = _both(lambda: render_pdf(document, tagged=tagged), monkeypatch)
    assert short == reportlab


def _drawn(para: Para, width: float = 200) -> bytes:
    canvas = Canvas(io.BytesIO(), invariant=1)
    para.wrapOn(canvas, width, 10_000)
    para.drawOn(canvas, 50, 400)
    canvas.showPage()
    return canvas.getpdfdata()


def _style(**changes: Any) -> Any:
    style = styles(ir.build(load(EXAMPLES[0])).theme, "nl").body
    return style.clone(f"test-{'-'.join(changes)}", **changes) if changes else style


@pytest.mark.parametrize(
    ("text", "changes", "bullet"),
    [
        ("Een gewone alinea die over een paar regels loopt, links uitgelijnd. " * 4, {}, None),
        ("Een alinea met een ingesprongen eerste regel. " * 4, {"firstLineIndent": 18}, None),
        ("Een opsomming met een punt ervoor. " * 3, {"leftIndent": 12}, "•"),
        (f"{MANY_LETTERS} gewoon {MANY_LETTERS}", {}, None),
        ("Kort, met een woord dat breder is dan de regel: " + "x" * 120, {}, None),
        ("Uitgevuld, dus niet het korte pad. " * 5, {"alignment": TA_JUSTIFY}, None),
    ],
    ids=["plain", "first-line-indent", "bullet", "many-letters", "long-word", "justified"],
)
def test_a_paragraph_draws_as_reportlab_draws_it(
    text: str, changes: dict[str, Any], bullet: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    style = _style(**changes)
    reportlab, short = _both(lambda: _drawn(Para(text, style, bulletText=bullet)), monkeypatch)
    assert short == reportlab


def test_plain_paragraphs_take_the_short_path(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    draw = drawing.draw_plain

    def counting(paragraph: Any) -> bool:
        taken.append(draw(paragraph))
        return taken[-1]

    monkeypatch.setattr("exporters.pdf.display.draw_plain", counting)
    render_pdf(ir.build(load(EXAMPLES[0])))
    assert taken.count(True) > 0.8 * len(taken)
    style = _style(alignment=TA_JUSTIFY)
    _drawn(Para("Uitgevuld. " * 30, style))
    assert taken[-1] is False
