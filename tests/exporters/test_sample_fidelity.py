"""The built-in sample keeps every sentence of the original report in both exports.

The source is the plain-text report in ``shared/example`` (or the copy in the test fixtures
when ``shared/`` is not beside the repo). Page chrome of the original web page is not
content: the print/download buttons, the repeated running title, the date line (checked
as the formatted date instead) and the "Door …" bylines, which Podium composes from
structured speakers (checked as names, roles, organisations and notes instead).
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import Group, Heading, PullQuote, build
from exporters.pdf import render_pdf
from exporters.pdf.page_template import MARGIN_BOTTOM, MARGIN_TOP
from models import Project, load

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"
ORIGINAL = REPO / "tests" / "exporters" / "fixtures" / "ruimte-voor-professionals.txt"
TITLE = "Ruimte voor professionals: een kwestie van leiderschap"
CHROME = ("Deze publicatie printen Downloaden als pdf", "Publicatie datum: 14-02-2018")


def squash(text: str) -> str:
    """Compare characters in order: PDF line breaks and hyphenation change only these."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


def content_lines() -> list[str]:
    lines = []
    for raw in ORIGINAL.read_text(encoding="utf-8").splitlines():
        line = raw.strip().lstrip("•").strip()
        if not line or line in CHROME or line == TITLE or line.startswith("Door "):
            continue
        lines.append(line)
    return lines


class _Text(HTMLParser):
    """Visible text of an HTML page: everything outside <style>, <script> and <head>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


@pytest.fixture(scope="module")
def project() -> Project:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def pdf_text(project: Project) -> str:
    """The text inside the page frames: running headers and footers are chrome."""
    reader = PdfReader(io.BytesIO(render_pdf(build(project))))
    top = float(reader.pages[0].mediabox.height) - MARGIN_TOP + 1
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if MARGIN_BOTTOM - 1 < cm[5] + tm[5] * cm[3] < top:
            parts.append(text)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return "".join(parts)


@pytest.fixture(scope="module")
def html_text(project: Project) -> str:
    parser = _Text()
    parser.feed(render_html(build(project)))
    return " ".join(parser.parts)


@pytest.fixture(params=["pdf", "html"])
def export_text(request: pytest.FixtureRequest, pdf_text: str, html_text: str) -> str:
    return pdf_text if request.param == "pdf" else html_text


def test_the_original_is_the_shared_example() -> None:
    shared = REPO.parent / "shared" / "example" / "ruimte-voor-professionals.txt"
    if shared.exists():
        assert shared.read_bytes() == ORIGINAL.read_bytes()


def test_every_content_line_reaches_the_export(export_text: str) -> None:
    text = squash(export_text)
    missing = [line for line in content_lines() if squash(line) not in text]
    assert missing == []
    assert len(content_lines()) > 50


def test_title_and_date_reach_the_export(export_text: str) -> None:
    assert squash(TITLE) in squash(export_text)
    assert squash("14 februari 2018") in squash(export_text)


def test_bylines_name_every_speaker_with_role_and_organisation(
    project: Project, export_text: str
) -> None:
    text = squash(export_text)
    for speaker in project.publication.speakers:
        for part in (speaker.display_name, speaker.role, speaker.organisation, speaker.note):
            assert squash(part) in text, part


def test_both_exports_carry_the_blocks_in_the_same_order(
    project: Project, export_text: str
) -> None:
    text = squash(export_text)
    positions = []
    for group in build(project).blocks:
        assert isinstance(group, Group)
        for leaf in group.children:
            if isinstance(leaf, Heading):
                marker = leaf.text
            elif isinstance(leaf, PullQuote):
                marker = "".join(span.text for span in leaf.spans)[:60]
            else:
                continue
            positions.append(text.find(squash(marker)))
    assert -1 not in positions
    assert positions == sorted(positions)
    assert len(positions) == 9  # four sections and five quotes
