"""Draw the illustrations of the second built-in example and put them in its project.

The example ``resources/examples/iedereen-digitaal-mee`` is a made-up report, so it has no
real photos: these flat illustrations (in the style of the sample's) stand in for them.
They are drawn with Pillow, so they can be made again and changed in code review, and are
saved as small JPEGs, about 1,200 pixels wide, as a photographer's web copies would be.

Each image in ``publication.json`` is matched to its drawing by its caption. The script
writes every image under its content hash (:func:`models.project.asset_name`), points the
publication at it and saves the project through :func:`models.save`, which also removes
images nothing refers to any more. Run it again after changing a drawing::

    .venv/bin/python scripts/make_example_images.py
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from models import Project, Publication, save

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "iedereen-digitaal-mee"
#: The example's images may not weigh more than this together: it ships with Podium.
MAX_TOTAL_BYTES = 400_000
#: Drawn this many times larger, then scaled down: Pillow draws shapes without smoothing.
SCALE = 2
QUALITY = 80

Colour = tuple[int, int, int]
# The sample's illustration colours, so both examples look like one family.
SKIN: tuple[Colour, ...] = ((240, 200, 170), (205, 150, 110), (150, 100, 70), (110, 75, 55))
HAIR: tuple[Colour, ...] = ((60, 45, 35), (200, 160, 90), (120, 80, 50), (40, 40, 45))
CLOTHES: tuple[Colour, ...] = (
    (200, 50, 110),
    (0, 85, 127),
    (90, 140, 65),
    (230, 160, 40),
    (110, 80, 150),
    (40, 140, 150),
    (180, 70, 30),
)
WALL: Colour = (232, 238, 243)
FLOOR: Colour = (206, 219, 228)
TEAL: Colour = (14, 90, 100)
WOOD: Colour = (196, 150, 105)
PAPER: Colour = (252, 252, 248)
INK: Colour = (120, 130, 140)
RED: Colour = (200, 50, 60)


class Canvas:
    """A drawing surface in final-image pixels that draws at :data:`SCALE` times the size."""

    def __init__(self, width: int, height: int, background: Colour) -> None:
        self.size = (width, height)
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def rect(self, box: tuple[float, float, float, float], fill: Colour, radius: float = 0) -> None:
        x0, y0, x1, y1 = (round(v * SCALE) for v in box)
        if radius:
            self.draw.rounded_rectangle((x0, y0, x1, y1), round(radius * SCALE), fill=fill)
        else:
            self.draw.rectangle((x0, y0, x1, y1), fill=fill)

    def circle(self, x: float, y: float, r: float, fill: Colour) -> None:
        self.draw.ellipse(tuple(round(v * SCALE) for v in (x - r, y - r, x + r, y + r)), fill=fill)

    def line(self, points: list[tuple[float, float]], fill: Colour, width: float) -> None:
        scaled = [(round(x * SCALE), round(y * SCALE)) for x, y in points]
        self.draw.line(scaled, fill=fill, width=max(1, round(width * SCALE)), joint="curve")

    def polygon(self, points: list[tuple[float, float]], fill: Colour) -> None:
        self.draw.polygon([(round(x * SCALE), round(y * SCALE)) for x, y in points], fill=fill)

    def jpeg(self) -> bytes:
        out = io.BytesIO()
        final = self.image.resize(self.size, Image.Resampling.LANCZOS)
        final.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True)
        return out.getvalue()


def person(c: Canvas, x: float, y: float, size: float, n: int, *, back: bool = False) -> None:
    """A person seen from the front (or from behind): head and shoulders, centred on ``x``.

    ``y`` is the top of the head; ``n`` picks skin, hair (short or long) and clothes.
    """
    r = size * 0.22
    skin, hair, clothes = SKIN[n % 4], HAIR[(n * 3 + 1) % 4], CLOTHES[n % len(CLOTHES)]
    body_top = y + 2 * r + size * 0.04
    c.rect((x - size * 0.42, body_top, x + size * 0.42, body_top + size * 0.9), clothes, size * 0.2)
    if n % 3 == 1:
        c.rect((x - r * 1.08, y + r * 0.4, x + r * 1.08, y + r * 2.7), hair, r * 0.6)
    c.circle(x, y + r, r, hair if back else skin)
    if not back:
        c.draw.pieslice(
            tuple(round(v * SCALE) for v in (x - r, y, x + r, y + 2 * r)), 180, 360, fill=hair
        )
        c.circle(x, y + r * 1.12, r * 0.86, skin)


def text_lines(
    c: Canvas, box: tuple[float, float, float, float], gap: float, width: float, seed: int
) -> Iterator[tuple[float, float, float]]:
    """Grey bars like lines of text in ``box``; yields each bar's left, right and y."""
    x0, y0, x1, y1 = box
    y, n = y0, seed
    while y < y1:
        n = (n * 7 + 3) % 11
        right = x1 - (x1 - x0) * (0.05 + 0.04 * (n % 5)) if n % 4 else x0 + (x1 - x0) * 0.55
        c.line([(x0, y), (right, y)], INK, width)
        yield x0, right, y
        y += gap


def raadzaal() -> bytes:
    """The council chamber from the back: a screen with a laptop and a phone, rows of people.

    Wide rather than 16:9, as a photo cropped for the top of a report: it fits on the first
    page under the intro.
    """
    c = Canvas(1200, 560, WALL)
    c.rect((0, 420, 1200, 560), FLOOR)
    c.rect((300, 20, 900, 340), (60, 70, 80), 12)
    c.rect((316, 36, 884, 324), (245, 248, 250), 6)
    c.rect((420, 105, 700, 270), TEAL, 10)  # the laptop's screen
    c.rect((436, 121, 684, 254), (210, 232, 235), 4)
    c.polygon([(390, 270), (730, 270), (760, 295), (360, 295)], (90, 100, 110))
    c.rect((730, 120, 800, 270), (40, 40, 45), 14)  # a phone beside it
    c.rect((738, 134, 792, 250), (250, 210, 120), 6)
    for row, (y, size, count) in enumerate(((370, 70, 11), (420, 95, 8), (490, 125, 6))):
        step = 1200 / count
        for i in range(count):
            x = step * (i + 0.5) + (step / 2 if row % 2 else 0) - step / 4
            person(c, x, y, size, row * 5 + i, back=True)
    return c.jpeg()


def wethouder() -> bytes:
    """A speaker at a lectern with a microphone, in portrait format."""
    c = Canvas(900, 1200, WALL)
    c.rect((0, 900, 900, 1200), FLOOR)
    c.rect((80, 120, 820, 260), TEAL, 20)  # a banner behind the stage
    for i in range(5):
        c.circle(180 + i * 135, 190, 28, CLOTHES[i])
    person(c, 450, 330, 560, 4)
    c.polygon([(230, 760), (670, 760), (630, 1120), (270, 1120)], (180, 70, 30))  # lectern
    c.rect((210, 740, 690, 780), (150, 55, 25), 10)
    c.line([(470, 760), (560, 600)], (50, 50, 55), 10)  # the microphone's arm
    c.rect((542, 560, 584, 622), (50, 50, 55), 18)
    return c.jpeg()


def desk(c: Canvas, x: float, seed: int) -> None:
    """A table with a laptop and a visitor and a helper side by side behind it."""
    person(c, x - 110, 330, 210, seed)
    person(c, x + 110, 345, 200, seed + 3)
    c.rect((x - 260, 560, x + 260, 600), WOOD, 8)
    c.rect((x - 240, 600, x - 215, 820), (150, 110, 75))
    c.rect((x + 215, 600, x + 240, 820), (150, 110, 75))
    c.polygon([(x - 90, 470), (x + 90, 470), (x + 110, 560), (x - 110, 560)], (70, 80, 90))
    c.rect((x - 115, 552, x + 115, 566), (110, 120, 130), 4)


def spreekuur() -> bytes:
    """The drop-in hour in the library: bookshelves and two tables with laptops."""
    c = Canvas(1200, 900, WALL)
    for shelf in range(3):
        y = 60 + shelf * 90
        c.rect((40, y + 70, 1160, y + 82), WOOD)
        x, n = 50.0, shelf * 13
        while x < 1140:
            n = (n * 5 + 7) % 17
            width = 18 + n % 4 * 6
            c.rect((x, y + 70 - (40 + n % 3 * 10), x + width, y + 70), CLOTHES[n % len(CLOTHES)])
            x += width + 4
    c.rect((0, 700, 1200, 900), FLOOR)
    desk(c, 300, 2)
    desk(c, 900, 4)
    return c.jpeg()


def letter(c: Canvas, box: tuple[float, float, float, float], seed: int) -> list[float]:
    """A sheet of paper with lines of text; returns the lines' heights."""
    x0, y0, x1, y1 = box
    c.rect((x0 + 10, y0 + 12, x1 + 10, y1 + 12), (150, 160, 170), 4)  # its shadow
    c.rect(box, PAPER, 4)
    c.rect((x0 + 40, y0 + 40, x0 + 130, y0 + 70), TEAL, 4)  # the sender's logo
    return [y for _, _, y in text_lines(c, (x0 + 40, y0 + 120, x1 - 40, y1 - 40), 34, 8, seed)]


def brief_samen() -> bytes:
    """Seen from above: a letter, a phone, reading glasses and coffee on a table."""
    c = Canvas(1200, 900, WOOD)
    for y in range(0, 900, 150):
        c.line([(0, y + 40), (1200, y + 60)], (184, 138, 95), 4)  # the wood's grain
    letter(c, (330, 120, 780, 780), 1)
    c.rect((860, 230, 1040, 560), (40, 40, 45), 24)  # phone
    c.rect((876, 262, 1024, 528), (210, 232, 235), 10)
    c.rect((896, 300, 1004, 340), TEAL, 6)
    for cx in (150, 270):  # glasses
        c.circle(cx, 560, 58, (60, 60, 65))
        c.circle(cx, 560, 48, (225, 225, 215))
    c.line([(208, 560), (212, 560)], (60, 60, 65), 10)
    c.circle(180, 230, 90, (250, 250, 250))  # coffee
    c.circle(180, 230, 70, (110, 70, 45))
    return c.jpeg()


def herschreven_brief() -> bytes:
    """A rewritten letter: struck-through lines, notes in the margin, a pen."""
    c = Canvas(1200, 900, (215, 225, 232))
    heights = letter(c, (250, 60, 850, 860), 4)
    for y in heights[1::3]:
        c.line([(285, y), (760, y)], RED, 6)
    for y in heights[::4]:
        c.line([(880, y - 6), (940, y - 14), (990, y - 2), (1050, y - 10)], RED, 5)
    c.line([(960, 700), (1140, 520)], (30, 30, 35), 22)  # pen
    c.polygon([(950, 712), (962, 690), (972, 700)], (30, 30, 35))
    return c.jpeg()


#: The drawing for each caption in ``publication.json``.
DRAWINGS: dict[str, Callable[[], bytes]] = {
    "De raadzaal van het Stadskantoor tijdens de opening": raadzaal,
    "Wethouder Marieke Hoekstra tijdens de opening": wethouder,
    "Het inloopspreekuur in de Bibliotheek Lindenburg": spreekuur,
    "Samen een brief van de gemeente doorlopen": brief_samen,
    "Een herschreven brief met aantekeningen": herschreven_brief,
}


def _images(value: object) -> Iterator[dict[str, Any]]:
    """Every image object (one with an ``asset``) in the publication's JSON."""
    if isinstance(value, dict):
        if "asset" in value:
            yield value
        for child in value.values():
            yield from _images(child)
    elif isinstance(value, list):
        for child in value:
            yield from _images(child)


def main() -> int:
    """Draw the images, point the publication at them and save the project."""
    data = json.loads((EXAMPLE / "publication.json").read_text(encoding="utf-8"))
    project = Project(Publication.model_validate(data))  # checked before anything is drawn
    drawn: dict[str, str] = {}
    for image in _images(data):
        caption = image.get("caption", "")
        if caption not in DRAWINGS:
            print(f"no drawing for the image captioned {caption!r}", file=sys.stderr)
            return 1
        if caption not in drawn:
            project, drawn[caption] = project.with_asset(DRAWINGS[caption](), "jpg")
        image["asset"] = drawn[caption]
    project = Project(Publication.model_validate(data), project.assets)
    total = sum(len(blob) for blob in project.used_assets().values())
    for caption, name in drawn.items():
        print(f"{len(project.assets[name]):>7} bytes  {name}  {caption}")
    print(f"{total:>7} bytes in all")
    if total > MAX_TOTAL_BYTES:
        print(f"too heavy: the images may weigh {MAX_TOTAL_BYTES} bytes at most", file=sys.stderr)
        return 1
    save(project, EXAMPLE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
