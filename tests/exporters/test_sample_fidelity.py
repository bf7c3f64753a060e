"""Both built-in examples keep every line of their source report, in order, in both exports.

Each example has its source as plain text in the test fixtures: the Divosa report the
sample was made from (also in ``shared/example`` when ``shared/`` is beside the repo), and
the made-up network day that shows parts, workshops, a panel, lists and placed photos.
Every content line of the source must come out of the PDF and of the web page, in the
source's order, bylines included: since model v3 a byline says "aan" or "van" where the
source does, names a moderator and a panel, or is the editor's own text.

Page chrome of the original web page is not content: the print/download buttons, the
repeated running title and the date line (checked as the formatted date instead). List
markers are the renderer's: a "•" or "1." in front of a source line is not compared.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import Group, Heading, PullQuote, build, bylines
from exporters.pdf import render_pdf
from exporters.pdf.page_template import MARGIN_BOTTOM, MARGIN_TOP
from models import Project, Publication, Section, load
from models.body import Figure, ListBlock, Paragraph, Subheading
from models.parts import Part

REPO = Path(__file__).resolve().parents[2]
EXAMPLES_DIR = REPO / "resources" / "examples"
FIXTURES = REPO / "tests" / "exporters" / "fixtures"
PRINT_BUTTONS = "Deze publicatie printen Downloaden als pdf"


@dataclass(frozen=True)
class Example:
    """A built-in example and what of its source is page chrome rather than content."""

    slug: str
    title: str
    date_line: str  # the web page's date line, chrome ...
    date_text: str  # ... checked as the date the exports print instead
    headings_and_quotes: int  # in the IR, parts' sections and sub-headings included

    @property
    def folder(self) -> Path:
        return EXAMPLES_DIR / self.slug

    @property
    def source(self) -> Path:
        return FIXTURES / f"{self.slug}.txt"


SAMPLE = Example(
    "ruimte-voor-professionals",
    "Ruimte voor professionals: een kwestie van leiderschap",
    "Publicatie datum: 14-02-2018",
    "14 februari 2018",
    9,  # four sections and five quotes
)
NETWORK_DAY = Example(
    "iedereen-digitaal-mee",
    "Iedereen digitaal mee: verslag van de Netwerkdag Digitale Inclusie",
    "Publicatie datum: 24-10-2024",
    "24 oktober 2024",
    12,  # two parts, six titled sections, one sub-heading and three quotes
)
EXAMPLES = (SAMPLE, NETWORK_DAY)

_LIST_MARKER = re.compile(r"^(?:•|\d+\.)\s+")


def squash(text: str) -> str:
    """Compare characters in order: PDF line breaks and hyphenation change only these."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


def content_lines(example: Example) -> list[str]:
    """The source's lines that are content, without list markers, in reading order."""
    chrome = {example.title, example.date_line, PRINT_BUTTONS}
    lines = []
    for raw in example.source.read_text(encoding="utf-8").splitlines():
        line = _LIST_MARKER.sub("", raw.strip())
        if line and line not in chrome:
            lines.append(line)
    return lines


def not_in_order(lines: list[str], export: str) -> list[str]:
    """The lines that do not follow one another in ``export``, each with why.

    Each line is looked for after the end of the previous one found, so a line that is
    there but too early (or too late for the ones after it) is reported as out of order.
    """
    text = squash(export)
    problems = []
    position = 0
    for line in lines:
        wanted = squash(line)
        found = text.find(wanted, position)
        if found == -1:
            problems.append(f"{'out of order' if wanted in text else 'missing'}: {line}")
        else:
            position = found + len(wanted)
    return problems


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


@pytest.fixture(scope="module", params=EXAMPLES, ids=[e.slug for e in EXAMPLES])
def example(request: pytest.FixtureRequest) -> Example:
    assert isinstance(request.param, Example)
    return request.param


@pytest.fixture(scope="module")
def project(example: Example) -> Project:
    return load(example.folder)


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


def sections(publication: Publication) -> Iterator[Section]:
    """The sections of ``publication`` in reading order, those inside parts included."""
    for _, block in publication.iter_blocks():
        if isinstance(block, Section):
            yield block


def auto_bylines(publication: Publication, section: Section) -> tuple[str, ...]:
    """The lines Podium composes for ``section`` from its people."""
    return bylines(publication, section, section.language or publication.language)


def test_the_sample_source_is_the_shared_example() -> None:
    shared = REPO.parent / "shared" / "example" / f"{SAMPLE.slug}.txt"
    if shared.exists():
        assert shared.read_bytes() == SAMPLE.source.read_bytes()


def test_the_source_has_the_report_in_it(example: Example) -> None:
    lines = content_lines(example)
    assert len(lines) > 50
    assert len(set(lines)) > 40  # not one line many times


def test_the_line_check_reports_missing_and_swapped_lines() -> None:
    export = "Een titel. Eerste alinea. Tweede alinea."
    assert not_in_order(["Eerste alinea.", "Tweede alinea."], export) == []
    assert not_in_order(["Tweede alinea.", "Eerste alinea."], export) == [
        "out of order: Eerste alinea."
    ]
    assert not_in_order(["Derde alinea."], export) == ["missing: Derde alinea."]


def test_every_content_line_reaches_the_export_in_order(example: Example, export_text: str) -> None:
    assert not_in_order(content_lines(example), export_text) == []


def test_title_and_date_reach_the_export(example: Example, export_text: str) -> None:
    assert squash(example.title) in squash(export_text)
    assert squash(example.date_text) in squash(export_text)


def test_bylines_name_every_speaker_with_role_and_organisation(
    project: Project, export_text: str
) -> None:
    text = squash(export_text)
    pub = project.publication
    composed = {ref for s in sections(pub) if s.byline == "auto" for ref in s.speaker_ids}
    assert composed
    for speaker in pub.speakers:
        if speaker.id not in composed:
            continue  # named in a typed byline or in the text, as the editor chose
        for part in (speaker.display_name, speaker.role, speaker.organisation, speaker.note):
            assert squash(part) in text, part


def test_a_hidden_byline_is_not_printed(project: Project, export_text: str) -> None:
    """The closing word names its speaker in the text: no composed byline over it."""
    text = squash(export_text)
    pub = project.publication
    shown = Counter(
        squash(line) for s in sections(pub) if s.byline == "auto" for line in auto_bylines(pub, s)
    )
    for section in sections(pub):
        if section.byline == "hidden":
            for line in auto_bylines(pub, section):
                assert text.count(squash(line)) == shown[squash(line)], line


def test_both_exports_carry_the_blocks_in_the_same_order(
    example: Example, project: Project, export_text: str
) -> None:
    text = squash(export_text)

    def markers(children: tuple[object, ...]) -> Iterator[str]:
        for child in children:
            if isinstance(child, Group):
                yield from markers(child.children)
            elif isinstance(child, Heading):
                yield child.text
            elif isinstance(child, PullQuote):
                yield "".join(span.text for span in child.spans)[:60]

    found = list(markers(build(project).blocks))
    positions = [text.find(squash(marker)) for marker in found]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert len(positions) == example.headings_and_quotes


def test_the_network_day_shows_what_the_sample_does_not() -> None:
    """The second example exists to show model v3 at work: keep it doing so."""
    project = load(NETWORK_DAY.folder)
    pub = project.publication
    roles = {person.role for s in sections(pub) for person in s.people}
    assert {"speaker", "moderator", "panel"} <= roles
    assert {s.byline for s in sections(pub)} == {"auto", "custom", "hidden"}
    assert any(not s.title for s in sections(pub))
    assert {speaker.connector for speaker in pub.speakers} >= {"aan", "van", None}
    assert sum(isinstance(block, Part) for block in pub.blocks) == 2
    assert any(video.access_note for s in sections(pub) for video in s.videos)
    assert pub.colophon.note
    blocks = [block for _, body in pub.iter_bodies() for block in body]
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert {b.ordered for b in lists} == {True, False}
    assert any(isinstance(b, Subheading) for b in blocks)
    assert any(isinstance(b, Paragraph) and b.language == "en" for b in blocks)
    figures = [b for b in blocks if isinstance(b, Figure)]
    assert {f.size for f in figures} == {"full", "half", "thumbnail"}
    assert any(len(f.images) == 2 for f in figures)
    assert sum(len(data) for data in project.used_assets().values()) < 400_000
