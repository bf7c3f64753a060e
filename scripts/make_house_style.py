"""Write the neutral house style that ships with Podium: ``resources/house_styles/``.

Calm slate colours that pass preflight's contrast check, Podium's default fonts and page,
a plain cover, no logo and no organisation details (so applying it never fills in an
address that is not yours). :func:`models.house_style.save` writes reproducible bytes, so
running this again changes nothing unless the style does::

    .venv/bin/python scripts/make_house_style.py
"""

from __future__ import annotations

import sys

from models import Theme
from models.contrast import failing_pairs
from models.house_style import HouseStyle, StyleDocument, built_in_path, save

NEUTRAL = StyleDocument(
    name="Neutraal",
    theme=Theme(primary_colour="#33414E", accent_colour="#566573", cover_style="plain"),
)


def main() -> int:
    assert not failing_pairs(NEUTRAL.theme), "the neutral style must pass the contrast check"
    path = built_in_path()
    path.parent.mkdir(exist_ok=True)
    save(HouseStyle(NEUTRAL), path)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
