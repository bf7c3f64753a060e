"""PDF text throughput on real content: the built-in sample scaled up, against plain ReportLab.

The sample's sections and quotes are repeated ``×N`` (ids made unique), once without photos
and once with the sample's photo in every section. Each case is exported tagged, as users
export, and the CPU seconds of the export (IR build included) give words per second.

The reference is a plain ReportLab script on the same text in the same fonts: one
``Paragraph`` per paragraph, heading, takeaway and quote in a ``SimpleDocTemplate``, nothing
else (no tagging, shaping, hyphenation or keep-together). It is measured in the same run, so
the ratio holds on a noisy shared machine where absolute figures do not.

Run: ``python benchmarks/pdf_text.py`` (``--smoke``: ×1, one run). The last line is one JSON
object with the medians.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exporters.fonts import font_file
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication, load
from models.richtext import parse_inline

SAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "examples" / "ruimte-voor-professionals"
)
SCALES = (10, 100)
RUNS = 3


def scaled_sample(times: int, *, photos: bool) -> Project:
    """The sample with its sections and quotes ``times`` over; ``photos``: one per section."""
    sample = load(SAMPLE)
    data = sample.publication.model_dump(mode="json")
    figure = _first_figure(data)
    blocks: list[dict[str, Any]] = []
    for copy in range(times):
        for block in data["blocks"]:
            clone = _renamed(block, copy)
            if clone["kind"] == "section":
                body = [b for b in clone["body"] if b["kind"] != "figure"]
                if photos and figure is not None:
                    body.append(_renamed({**figure, "id": f"{figure['id']}-{block['id']}"}, copy))
                clone["body"] = body
            blocks.append(clone)
    data["blocks"] = blocks
    data["review"] = {"status": "draft", "approved": None, "history": [], "comments": []}
    return Project(Publication.model_validate(data), sample.assets)


def _first_figure(data: dict[str, Any]) -> dict[str, Any] | None:
    for block in data["blocks"]:
        for item in block.get("body", []):
            if item["kind"] == "figure":
                return dict(item)
    return None


def _renamed(value: Any, copy: int) -> Any:
    """``value`` with every ``id`` suffixed by the copy number (speaker references kept)."""
    if isinstance(value, dict):
        out = {key: _renamed(item, copy) for key, item in value.items()}
        if isinstance(value.get("id"), str):
            out["id"] = f"{value['id']}-{copy}"
        return out
    if isinstance(value, list):
        return [_renamed(item, copy) for item in value]
    return value


def texts(project: Project) -> Iterator[tuple[str, str]]:
    """(kind, rich text) of everything a reader reads, in order: headings, body, takeaways."""
    pub = project.publication
    yield "title", pub.title
    for _, body in pub.iter_bodies():
        for block in body:
            if block.kind == "paragraph":
                yield "body", block.text
            elif block.kind == "list":
                for item in block.items:
                    yield "body", item.text
                    yield from (("body", text) for text in item.items)
            elif block.kind == "heading":
                yield "heading", block.text
    yield from (("body", item) for item in pub.key_takeaways.items)
    for _, block in pub.iter_blocks():
        if block.kind == "section":
            yield "heading", block.title
            yield from (("body", item) for item in block.takeaways)
        elif block.kind == "quote":
            yield "quote", block.text


def word_count(project: Project) -> int:
    return sum(len(_plain(text).split()) for _, text in texts(project))


def _plain(text: str) -> str:
    return "".join(span.text for span in parse_inline(text))


def _markup(text: str) -> str:
    out = []
    for span in parse_inline(text):
        piece = escape(span.text)
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.italic:
            piece = f"<i>{piece}</i>"
        if span.href:
            piece = f'<a href="{escape(span.href)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def _register_fonts() -> dict[str, str]:
    names = {}
    for family, key in (("Source Serif Pro", "serif"), ("Source Sans Pro", "sans")):
        for face in ("regular", "bold", "italic", "bolditalic"):
            file = font_file(family, face)  # type: ignore[arg-type]
            pdfmetrics.registerFont(TTFont(file.postscript_name, str(file.path)))
            names[f"{key}-{face}"] = file.postscript_name
        addMapping(names[f"{key}-regular"], 0, 0, names[f"{key}-regular"])
        addMapping(names[f"{key}-regular"], 1, 0, names[f"{key}-bold"])
        addMapping(names[f"{key}-regular"], 0, 1, names[f"{key}-italic"])
        addMapping(names[f"{key}-regular"], 1, 1, names[f"{key}-bolditalic"])
    return names


def plain_reportlab(project: Project, fonts: dict[str, str]) -> bytes:
    """The reference: the same text through a minimal ReportLab script."""
    styles = {
        "title": ParagraphStyle("t", fontName=fonts["sans-bold"], fontSize=24, leading=29),
        "heading": ParagraphStyle("h", fontName=fonts["sans-bold"], fontSize=15, leading=19),
        "body": ParagraphStyle("b", fontName=fonts["serif-regular"], fontSize=10.5, leading=15),
        "quote": ParagraphStyle("q", fontName=fonts["serif-italic"], fontSize=14, leading=19),
    }
    story = [Paragraph(_markup(text), styles[kind]) for kind, text in texts(project)]
    out = io.BytesIO()
    SimpleDocTemplate(out, leftMargin=25 * mm, rightMargin=25 * mm).build(story)
    return out.getvalue()


def _cpu(func: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return times


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="×1, one run")
    args = parser.parse_args(argv)
    scales, runs = ((1,), 1) if args.smoke else (SCALES, RUNS)
    fonts = _register_fonts()
    render_pdf(build(scaled_sample(1, photos=True)))  # fonts parsed, caches warm
    figures: dict[str, float] = {}
    print(f"{'case':<22} {'words':>8} {'cpu s':>8} {'words/s':>10}")
    for scale in scales:
        cases: dict[str, Callable[[], object]] = {}
        text_only = scaled_sample(scale, photos=False)
        with_photos = scaled_sample(scale, photos=True)
        words = word_count(text_only)
        cases[f"podium_x{scale}"] = lambda p=text_only: render_pdf(build(p))
        cases[f"podium_photos_x{scale}"] = lambda p=with_photos: render_pdf(build(p))
        cases[f"reportlab_x{scale}"] = lambda p=text_only: plain_reportlab(p, fonts)
        for name, func in cases.items():
            seconds = statistics.median(_cpu(func, runs))
            rate = words / seconds
            print(f"{name:<22} {words:>8} {seconds:>8.3f} {rate:>10.0f}")
            figures[f"{name}_words_per_cpu_s"] = round(rate)
        ratio = (
            figures[f"podium_x{scale}_words_per_cpu_s"]
            / figures[f"reportlab_x{scale}_words_per_cpu_s"]
        )
        figures[f"podium_vs_reportlab_pct_x{scale}"] = round(ratio * 100, 1)
        print(f"Podium at ×{scale}: {ratio * 100:.0f}% of plain ReportLab")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
