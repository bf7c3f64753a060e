"""How large and how fast the PDF is with camera photos: 16 sections, one 4000 × 3000 JPEG each.

The photos are generated here with Pillow into a temporary folder (nothing is committed):
a smooth colour field, some mid-sized texture and a little sensor grain, saved at JPEG
quality 92, so they compress about as camera photos do (about 2 MB each). Each is printed
at the column's width, 150 mm on A4, where 300 dpi needs 1772 pixels.

Times are wall time from an IR to the PDF bytes. ``cold`` is the first render with an
empty print-image cache (every photo decoded, scaled and encoded); ``warm`` the median of
later renders of the same document, as the print preview does on every edit.

Run: ``python benchmarks/pdf_images.py``; ``--smoke`` uses 2 small photos and one warm run.
The last line is one JSON object with the figures, the unit in each name (``_mb``: 10⁶
bytes, ``_s``: seconds of wall time, ``_px``: pixels, ``_db``: PSNR
in decibels).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import statistics
import time

import pikepdf
from _photos import PHOTO_SIZE, camera_photo, photo_report
from PIL import Image as PILImage
from PIL import ImageChops, ImageStat

from exporters import print_images
from exporters.pdf import render_pdf

PHOTOS, WARM_RUNS = 16, 3
SMOKE_PHOTOS, SMOKE_SIZE = 2, (1600, 1200)
TARGET_MB = 3.0


def psnr_db(photo: bytes, pdf: bytes) -> float:
    """How close the PDF's first picture is to ``photo`` scaled to the same size with
    Lanczos and not compressed again: PSNR in dB (above about 40, no visible difference)."""
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        first = next(
            obj
            for obj in opened.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        )
        embedded_jpeg = first.read_raw_bytes()
    with PILImage.open(io.BytesIO(embedded_jpeg)) as shown:
        shown_rgb = shown.convert("RGB")
    with PILImage.open(io.BytesIO(photo)) as original:
        exact = original.convert("RGB").resize(shown_rgb.size, PILImage.Resampling.LANCZOS)
    mse = statistics.mean(v**2 for v in ImageStat.Stat(ImageChops.difference(exact, shown_rgb)).rms)
    return 10 * math.log10(255**2 / max(mse, 1e-9))


def embedded(pdf: bytes) -> list[tuple[int, int, int]]:
    """(width, height, stream bytes) of every image object in ``pdf``."""
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        return [
            (int(obj.Width), int(obj.Height), len(obj.read_raw_bytes()))
            for obj in opened.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        ]


def main() -> dict[str, float]:
    """Measure, print a table and the JSON line (``--smoke``: 2 small photos, one warm run)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="2 small photos, one warm run")
    args = parser.parse_args()
    count, size = (SMOKE_PHOTOS, SMOKE_SIZE) if args.smoke else (PHOTOS, PHOTO_SIZE)
    warm_runs = 1 if args.smoke else WARM_RUNS
    photos = [camera_photo(n, size) for n in range(count)]
    document = photo_report(photos)
    print_images.clear_cache()
    started = time.perf_counter()
    pdf = render_pdf(document)
    cold = time.perf_counter() - started
    warm = []
    for _ in range(warm_runs):
        started = time.perf_counter()
        render_pdf(document)
        warm.append(time.perf_counter() - started)
    images = embedded(pdf)
    key = f"{count}_photos"
    figures = {
        f"photos_mb_{key}": round(sum(len(p) for p in photos) / 1e6, 2),
        f"pdf_mb_{key}": round(len(pdf) / 1e6, 2),
        f"pdf_s_{key}": round(cold, 3),
        f"pdf_s_{key}_warm": round(statistics.median(warm), 3),
        f"image_width_px_{key}": max(w for w, _h, _n in images),
        f"image_objects_{key}": len(images),
        f"psnr_db_first_photo_{key}": round(psnr_db(photos[0], pdf), 1),
    }
    print(f"{'measure':<28} {'value':>10}")
    for name, value in figures.items():
        print(f"{name:<28} {value:>10}")
    if not args.smoke:
        verdict = "met" if figures[f"pdf_mb_{key}"] <= TARGET_MB else "MISSED"
        print(f"target: PDF of {count} camera photos at 150 mm ≤ {TARGET_MB} MB: {verdict}")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
