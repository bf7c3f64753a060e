"""A draft export says so: a watermark on every PDF page (an artifact, so the tagged PDF
still passes ``pdfua`` and a screen reader does not read it), a banner and ``noindex`` on the
web page, "(concept)" in both titles; the title itself and an approved export are unchanged.

The editor's "Export as draft" is tested in tests/editor/test_review_export.py.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pdfua
import pikepdf
import pytest
from pypdf import PdfReader

import main
from exporters.export import export
from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication, load

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"
TITLE = "Ruimte voor professionals: een kwestie van leiderschap"


def english() -> Project:
    data = {
        "title": "Room for professionals",
        "publication_date": "2018-02-14",
        "language": "en",
        "intro": ["An introduction."],
        "blocks": [
            {"kind": "section", "id": "one", "title": "One", "body": ["Text. " * 200] * 6},
        ],
    }
    return Project(Publication.model_validate(data))


# --- reading the PDF back ----------------------------------------------------------------


def _unicode_map(font: Any) -> dict[int, str]:
    """A simple font's code → text, from its ToUnicode CMap."""
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return out
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                out[int(low, 16) + offset] = chr(int(start, 16) + offset)
    return out


def _shown(operand: Any) -> bytes:
    if isinstance(operand, pikepdf.Array):  # TJ: strings and kerning numbers
        return b"".join(bytes(item) for item in operand if isinstance(item, pikepdf.String))
    return bytes(operand)


def texts_by_mark(data: bytes) -> list[dict[str, str]]:
    """Per page, the text shown in watermark artifacts, other artifacts, tagged content
    (marked with an MCID, so in the structure tree) and outside any mark."""
    pages = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            fonts = {str(name): _unicode_map(font) for name, font in page.Resources.Font.items()}
            found = dict.fromkeys(("watermark", "artifact", "content", "unmarked"), "")
            marks: list[str] = []
            font: dict[int, str] = {}
            for instruction in pikepdf.parse_content_stream(page):
                if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                    continue
                operands, op = instruction.operands, str(instruction.operator)
                if op in ("BDC", "BMC"):
                    props = operands[1] if op == "BDC" else None
                    if str(operands[0]) != "/Artifact":
                        marks.append("content")
                    elif isinstance(props, pikepdf.Dictionary) and (
                        props.get("/Subtype") == "/Watermark"
                    ):
                        marks.append("watermark")
                    else:
                        marks.append("artifact")
                elif op == "EMC":
                    marks.pop()
                elif op == "Tf":
                    font = fonts[str(operands[0])]
                elif op in ("Tj", "TJ", "'", '"'):
                    kind = next(
                        (k for k in ("watermark", "artifact") if k in marks),
                        "content" if marks else "unmarked",
                    )
                    found[kind] += "".join(font.get(c, "\ufffd") for c in _shown(operands[-1]))
            pages.append(found)
    return pages


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def draft_pdf(sample: Project) -> bytes:
    return render_pdf(build(sample, draft=True))


# --- the PDF ------------------------------------------------------------------------------


def test_every_page_of_a_draft_has_the_watermark_as_an_artifact(draft_pdf: bytes) -> None:
    pages = texts_by_mark(draft_pdf)
    assert len(pages) > 2
    for number, page in enumerate(pages, 1):
        assert page["watermark"] == "CONCEPT", f"page {number}"
        assert "CONCEPT" not in page["content"] + page["artifact"], f"page {number}"
        assert page["unmarked"] == ""


def test_a_document_that_is_no_draft_has_no_watermark(sample: Project) -> None:
    pages = texts_by_mark(render_pdf(build(sample)))
    assert all(page["watermark"] == "" for page in pages)
    assert "CONCEPT" not in "".join(text for page in pages for text in page.values())


def test_the_watermark_follows_the_language() -> None:
    pages = texts_by_mark(render_pdf(build(english(), draft=True)))
    assert len(pages) > 1 and {page["watermark"] for page in pages} == {"DRAFT"}


@pytest.mark.parametrize("tagged", [True, False])
def test_the_watermark_is_drawn_untagged_too(sample: Project, tagged: bool) -> None:
    pages = texts_by_mark(render_pdf(build(sample, draft=True), tagged=tagged))
    assert all("CONCEPT" in page["watermark"] + page["unmarked"] for page in pages)


def test_a_draft_still_passes_pdfua(draft_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "draft.pdf"
    path.write_bytes(draft_pdf)
    report = pdfua.validate(str(path))
    assert [f"{f.rule_id} {f.message}" for f in report.findings] == []
    assert not report.skipped


def test_the_metadata_title_says_draft_but_the_title_does_not(draft_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(draft_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == f"{TITLE} (concept)"
    with pikepdf.open(io.BytesIO(draft_pdf)) as pdf, pdf.open_metadata() as meta:
        assert meta["dc:title"] == f"{TITLE} (concept)"
    pages = texts_by_mark(draft_pdf)
    assert pages[0]["content"].startswith("Ruimte voor professionals")  # the cover's title
    assert "(concept)" not in "".join(p["content"] + p["artifact"] for p in pages)
    assert "Ruimte voor professionals" in pages[1]["artifact"]  # the running header


# --- the web page ------------------------------------------------------------------------


class Body(HTMLParser):
    """The first element in ``<body>``, the ``robots`` meta and the ``<title>``."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.first: tuple[str, dict[str, str | None]] | None = None
        self.robots: list[str | None] = []
        self.title = ""
        self.banner = ""
        self._in_body = self._in_title = self._in_banner = False
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "body":
            self._in_body = True
        elif self._in_body and self.first is None:
            self.first = (tag, attributes)
            self._in_banner = attributes.get("class") == "draft-banner"
        elif tag == "meta" and attributes.get("name") == "robots":
            self.robots.append(attributes.get("content"))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag == "p":
            self._in_banner = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_banner:
            self.banner += data


def test_a_draft_page_opens_with_a_banner_and_is_not_indexed(sample: Project) -> None:
    page = Body(render_html(build(sample, draft=True)))
    assert page.first == ("p", {"class": "draft-banner", "role": "note"})
    assert " ".join(page.banner.split()) == (
        "CONCEPT Deze publicatie is nog niet goedgekeurd en kan nog veranderen."
    )
    assert page.robots == ["noindex"]
    assert page.title == f"{TITLE} (concept)"


def test_a_page_that_is_no_draft_has_neither(sample: Project) -> None:
    html = render_html(build(sample))
    page = Body(html)
    assert page.first is not None and page.first[1].get("class") == "skip-link"
    assert page.robots == [] and page.title == TITLE
    assert 'class="draft-banner"' not in html


def test_the_banner_follows_the_language() -> None:
    page = Body(render_html(build(english(), draft=True)))
    assert page.banner.startswith("DRAFT") and page.title == "Room for professionals (draft)"


# --- the command line ---------------------------------------------------------------------


def test_cli_draft_marks_both_outputs_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, html = tmp_path / "v.pdf", tmp_path / "v.html"
    code = main.main(["export", str(SAMPLE), "--pdf", str(pdf), "--html", str(html), "--draft"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"wrote {pdf}", f"wrote {html}"]
    assert {page["watermark"] for page in texts_by_mark(pdf.read_bytes())} == {"CONCEPT"}
    assert 'class="draft-banner"' in html.read_text(encoding="utf-8")


def test_cli_warns_on_a_publication_that_is_not_approved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample is a draft that never entered review: it warns too, and is not marked."""
    html = tmp_path / "v.html"
    code = main.main(["export", str(SAMPLE), "--html", str(html)])
    out, err = capsys.readouterr()
    assert (code, out) == (0, f"wrote {html}\n")
    assert err == (
        "podium: warning: ruimte-voor-professionals is not approved (status: draft); "
        "exported anyway (--draft marks the output as a draft)\n"
    )
    assert 'class="draft-banner"' not in html.read_text(encoding="utf-8")


def test_export_passes_draft_through(sample: Project, tmp_path: Path) -> None:
    export(sample, html=tmp_path / "a.html", draft=True)
    export(sample, html=tmp_path / "b.html")
    assert Body((tmp_path / "a.html").read_text(encoding="utf-8")).robots == ["noindex"]
    assert Body((tmp_path / "b.html").read_text(encoding="utf-8")).robots == []
