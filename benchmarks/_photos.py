"""Generated camera photos and a report made of them, shared by the image benchmarks.

Not a benchmark itself (``make bench`` and ``make bench-smoke`` skip ``_*.py``). Nothing
large is committed: the photos are made with Pillow on each run.
"""

from __future__ import annotations

import io
import random
from typing import Any

from PIL import Image as PILImage

from exporters import ir
from models import Project, Publication
from models.project import asset_name

PHOTO_SIZE = (4000, 3000)


def camera_photo(seed: int, size: tuple[int, int] = PHOTO_SIZE) -> bytes:
    """A JPEG that compresses like a photo; ``seed`` makes each one different."""
    rng = random.Random(seed)
    width, height = size
    field = PILImage.new("RGB", (6, 4))
    field.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(24)])
    picture = field.resize(size, PILImage.Resampling.BICUBIC)
    texture = PILImage.effect_noise((width // 16, height // 16), 64)
    texture = texture.resize(size, PILImage.Resampling.BICUBIC).convert("RGB")
    picture = PILImage.blend(picture, texture, 0.2)
    grain = PILImage.effect_noise(size, 30).convert("RGB")
    picture = PILImage.blend(picture, grain, 0.05)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def photo_report(photos: list[bytes]) -> ir.Document:
    """A report of one section of text per photo, each with its photo."""
    assets: dict[str, bytes] = {}
    blocks: list[dict[str, Any]] = []
    for n, data in enumerate(photos):
        name = asset_name(data, "jpg")
        assets[name] = data
        blocks.append(
            {
                "kind": "section",
                "id": f"s{n}",
                "title": f"Sectie {n + 1}",
                "body": [
                    "Een alinea tekst bij de foto, met een paar woorden. " * 6,
                    {
                        "kind": "figure",
                        "images": [
                            {"asset": name, "alt": f"Foto {n + 1}", "caption": "Bijschrift"}
                        ],
                    },
                ],
            }
        )
    data = {"title": "Verslag met foto's", "publication_date": "2024-05-01", "blocks": blocks}
    return ir.build(Project(Publication.model_validate(data), assets))
