"""How heavy and how fast the web page is: the built-in sample and a report with 16 photos.

The web page embeds its fonts (subsets, WOFF2) and pictures (at the size shown, and twice
that) as ``data:`` URIs, so its size is everything a reader downloads. Two cases:

- ``sample``: the built-in sample, ``ruimte-voor-professionals`` (one PNG illustration);
- ``photos16``: 16 sections, each with a camera photo of 4000 × 3000 pixels (JPEG,
  generated here with Pillow: a gradient with grain, so it compresses like a photo).

Times are from an IR to the HTML string. ``cold`` is the first render in this process
(fonts subset and encoded, photos scaled); ``warm`` is the median of later renders of the
same document, as the editor's preview does on every edit (everything cached).

Run: ``python benchmarks/web_weight.py`` (``make bench``); ``--smoke`` renders the sample
only, once cold and once warm. The last line is one JSON object with the figures, the unit
in each name (``_kb``: 1000 bytes of UTF-8, ``_ms``: milliseconds of wall time).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from _photos import camera_photo, photo_report

from exporters import ir
from exporters.html import render_html
from models import load

SAMPLE = Path(__file__).resolve().parents[1] / "resources/examples/ruimte-voor-professionals"
PHOTOS = 16
WARM_RUNS = 5
TARGET_SAMPLE_KB = 250


def measure(document: ir.Document, warm_runs: int) -> dict[str, float]:
    started = time.perf_counter()
    page = render_html(document)
    cold = time.perf_counter() - started
    warm = []
    for _ in range(warm_runs):
        started = time.perf_counter()
        render_html(document)
        warm.append(time.perf_counter() - started)
    return {
        "html_kb": len(page.encode("utf-8")) / 1000,
        "render_ms_cold": cold * 1000,
        "render_ms_warm": statistics.median(warm) * 1000,
    }


def main() -> dict[str, float]:
    """Measure, print a table and the JSON line (``--smoke``: the sample only)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="the sample only, one warm run")
    args = parser.parse_args()
    cases = {"sample": lambda: ir.build(load(SAMPLE))}
    if not args.smoke:
        cases["photos16"] = lambda: photo_report([camera_photo(n) for n in range(PHOTOS)])
    warm_runs = 1 if args.smoke else WARM_RUNS
    figures: dict[str, float] = {}
    print(f"{'case':<10} {'HTML KB':>9} {'cold ms':>9} {'warm ms':>9}")
    for case, make in cases.items():
        result = measure(make(), warm_runs)
        print(
            f"{case:<10} {result['html_kb']:>9.1f} {result['render_ms_cold']:>9.0f} "
            f"{result['render_ms_warm']:>9.1f}"
        )
        for key, value in result.items():
            figures[f"{key}_{case}"] = round(value, 1)
    if not args.smoke:
        verdict = "met" if figures["html_kb_sample"] <= TARGET_SAMPLE_KB else "MISSED"
        print(f"target: sample ≤ {TARGET_SAMPLE_KB} KB, images included: {verdict}")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
