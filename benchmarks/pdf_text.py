"""PDF text throughput on real content: the built-in sample scaled up, against plain ReportLab.

The sample's sections and quotes are repeated ``×N`` (ids made unique), once without photos
and once with the sample's photo in every section. Each case is exported tagged, as users
export, and the CPU seconds of the export (IR build included) give words per second.

The reference is a plain ReportLab script on the same text in the same fonts: one
``Paragraph`` per paragraph, heading, takeaway and quote in a ``SimpleDocTemplate``, nothing
else (no tagging, shaping, hyphenation or keep-together). It is measured in the same run, so
the ratio holds on a noisy shared machine where absolute figures do not.

Each case runs once cold (the first export of that text in the process: the editor's first
render) and then ``RUNS`` times warm (what the preview sees while one types); the figures are
the warm medians, with the cold run beside them.

Run: ``python benchmarks/pdf_text.py`` (``--smoke``: ×1, one run; ``--profile``: also where
a warm export's time goes, per stage, at the largest scale). The last line is one JSON
object with the medians.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
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
from exporters.pdf.line_cache import LINES
from models import Project, Publication, load
from models.richtext import parse_inline

SAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "examples" / "ruimte-voor-professionals"
)
SCALES = (10, 100)
RUNS = 3


def scaled_sample(times: int, *, photos: bool, edit: int = 0) -> Project:
    """The sample with its sections and quotes ``times`` over; ``photos``: one per section.

    ``edit``: a word typed (``edit`` times "x") at the end of the first paragraph of the
    middle copy, as the editor's preview sees the document while one types.
    """
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
    if edit:
        middle = [b for b in blocks if b["id"].endswith(f"-{times // 2}")]
        paragraph = next(
            item
            for block in middle
            if block["kind"] == "section"
            for item in block["body"]
            if item["kind"] == "paragraph"
        )
        paragraph["text"] += " " + "x" * edit
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
    """The reference's fonts: plain ``TTFont`` under names (and face names) of their own.

    ReportLab keeps the first font registered under a name, and shares one font object
    between names for the same face: registered under Podium's names, these would replace
    Podium's fonts (its faster ``FastTTFont``) or be replaced by them.
    """
    names = {}
    for family, key in (("Source Serif Pro", "serif"), ("Source Sans Pro", "sans")):
        for face in ("regular", "bold", "italic", "bolditalic"):
            file = font_file(family, face)  # type: ignore[arg-type]
            name = f"Reference-{file.postscript_name}"
            font = TTFont(name, str(file.path))
            font.face.name = b"Reference" + font.face.name
            pdfmetrics.registerFont(font)
            names[f"{key}-{face}"] = name
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


def _cpu(func: Callable[[int], object], runs: int) -> list[float]:
    times = []
    for run in range(runs):
        start = time.process_time()
        func(run)
        times.append(time.process_time() - start)
    return times


def _uncached(project: Project) -> bytes:
    """``render_pdf`` with no lines kept from earlier renders, nor within this one: what a
    document of as many different paragraphs costs the first time (the scaled sample
    repeats its paragraphs, so even its first render finds most of its lines kept)."""
    entries = LINES.entries
    LINES.clear()
    LINES.entries = 0
    try:
        return render_pdf(build(project))
    finally:
        LINES.entries = entries


#: The stages of an export, as (label, depth, (file, function)): the inclusive time of the
#: function that does the stage's work; a stage at depth 1 is part of the one above it.
#: ``("self", path)``: the time spent in that package's own code (tagging is spread out).
STAGES: tuple[tuple[str, int, tuple[str, str]], ...] = (
    ("IR build", 0, ("exporters/ir.py", "build")),
    ("inline parsing (parse_inline)", 1, ("models/richtext.py", "parse_inline")),
    ("story: flowables from the IR", 0, ("exporters/pdf/document.py", "_story")),
    ("glyph fallback + escaping", 1, ("exporters/pdf/styles.py", "escaped")),
    ("paragraph setup (markup parse)", 1, ("exporters/pdf/paragraph.py", "_setup")),
    ("layout (platypus build)", 0, ("reportlab/platypus/doctemplate.py", "build")),
    ("line breaking", 1, ("exporters/pdf/paragraph.py", "breakLines")),
    ("long words", 2, ("exporters/pdf/long_words.py", "break_long_words")),
    ("hyphenation", 2, ("reportlab/platypus/paragraph.py", "_hyphenateWord")),
    ("width lookups", 2, ("reportlab/pdfbase/pdfmetrics.py", "stringWidth")),
    ("drawing paragraphs", 1, ("exporters/pdf/display.py", "drawPara")),
    ("shaping/bidi", 2, ("exporters/pdf/display.py", "layout_line")),
    ("drawing images", 1, ("reportlab/pdfgen/canvas.py", "drawImage")),
    ("figure rows: wrap", 1, ("exporters/pdf/figures.py", "wrap")),
    ("figure rows: draw (captions too)", 1, ("exporters/pdf/figures.py", "draw")),
    ("running header", 1, ("exporters/pdf/page_template.py", "_header")),
    ("footer", 1, ("exporters/pdf/page_template.py", "_footer")),
    ("tagging (own code)", 1, ("self", "exporters/pdf/tagging/")),
    ("structure tree", 2, ("exporters/pdf/tagging/writer.py", "write_structure")),
    ("PDF writing", 1, ("reportlab/pdfbase/pdfdoc.py", "GetPDFData")),
    ("font subsets", 2, ("reportlab/pdfbase/ttfonts.py", "addObjects")),
    ("page dictionaries, /Dests", 2, ("exporters/pdf/page_objects.py", "format")),
    ("page streams (kept across renders)", 2, ("exporters/pdf/compression.py", "format")),
    ("stream compression", 2, ("~", "<built-in method zlib.compress>")),
    ("garbage collection (once, after)", 0, ("~", "<built-in method gc.collect>")),
)


def profile(project: Project, seconds: float) -> list[tuple[str, float]]:
    """Per-stage share of one warm export of ``project`` under cProfile, and the seconds
    each share is of ``seconds`` (the export's CPU time without the profiler)."""
    profiler = cProfile.Profile()
    profiler.enable()
    render_pdf(build(project))
    profiler.disable()
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = max(v[3] for (_, _, name), v in stats.items() if name == "render_pdf") + sum(
        v[3] for (file, _, name), v in stats.items() if name == "build" and "exporters" in file
    )
    rows = []
    for label, depth, (path, function) in STAGES:
        if path == "self":
            spent = sum(v[2] for (file, _, _), v in stats.items() if function in file)
        else:
            spent = sum(
                v[3]
                for (file, _, name), v in stats.items()
                if file.endswith(path) and name == function
            )
        rows.append(("  " * depth + label, spent / total))
    return [(label, share * seconds) for label, share in rows] + [("total", seconds)]


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="×1, one run")
    parser.add_argument(
        "--profile", action="store_true", help="also print where a warm export's time goes"
    )
    args = parser.parse_args(argv)
    scales, runs = ((1,), 1) if args.smoke else (SCALES, RUNS)
    fonts = _register_fonts()
    render_pdf(build(scaled_sample(1, photos=True)))  # fonts parsed, caches warm
    figures: dict[str, float] = {}
    profiles: dict[str, list[tuple[str, float]]] = {}
    print(f"{'case':<22} {'words':>8} {'cold s':>8} {'cpu s':>8} {'words/s':>10}")
    for scale in scales:
        text_only = scaled_sample(scale, photos=False)
        with_photos = scaled_sample(scale, photos=True)
        words = word_count(text_only)
        # Each run after the first renders the document with one more letter typed.
        edits = range(runs + 1)
        typed = [scaled_sample(scale, photos=False, edit=i) for i in edits]
        typed_photos = [scaled_sample(scale, photos=True, edit=i) for i in edits]
        cases: dict[str, Callable[[int], object]] = {
            f"podium_x{scale}": lambda i, p=typed: render_pdf(build(p[i])),
            f"podium_photos_x{scale}": lambda i, p=typed_photos: render_pdf(build(p[i])),
            f"podium_nocache_x{scale}": lambda i, p=typed: _uncached(p[i]),
            f"reportlab_x{scale}": lambda i, p=text_only: plain_reportlab(p, fonts),
        }
        for name, func in cases.items():
            # The first run meets this text for the first time (the editor's first render);
            # the median of the runs after it is what the preview sees while one types.
            cold, *warm = _cpu(func, runs + (0 if args.smoke else 1))
            seconds = statistics.median(warm or [cold])
            rate = words / seconds
            print(f"{name:<22} {words:>8} {cold:>8.3f} {seconds:>8.3f} {rate:>10.0f}")
            figures[f"{name}_words_per_cpu_s"] = round(rate)
            figures[f"{name}_cold_words_per_cpu_s"] = round(words / cold)
        ratio = (
            figures[f"podium_x{scale}_words_per_cpu_s"]
            / figures[f"reportlab_x{scale}_words_per_cpu_s"]
        )
        figures[f"podium_vs_reportlab_pct_x{scale}"] = round(ratio * 100, 1)
        print(f"Podium at ×{scale}: {ratio * 100:.0f}% of plain ReportLab")
        if args.profile and scale == max(scales):
            for name, project in (("podium", text_only), ("podium_photos", with_photos)):
                seconds = words / figures[f"{name}_x{scale}_words_per_cpu_s"]
                profiles[f"{name}_x{scale}"] = profile(project, seconds)
    for name, rows in profiles.items():
        print(f"\nwhere a warm export of {name} goes (cProfile shares × CPU s)")
        for label, seconds in rows:
            print(f"  {label:<36} {seconds:>7.3f}")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
