"""The bundled font families: OFL TrueType files shipped by PyPI packages.

No system font is ever assumed. The PDF embeds these files, the HTML embeds them with
``@font-face`` and the editor registers them with Qt, so all three look alike everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Literal

Family = Literal["Source Serif Pro", "Source Sans Pro"]
Face = Literal["regular", "bold", "italic", "bolditalic"]

_PACKAGES: dict[Family, tuple[str, str]] = {
    "Source Serif Pro": ("font_source_serif_pro", "SourceSerifPro"),
    "Source Sans Pro": ("font_source_sans_pro", "SourceSansPro"),
}
_FACES: dict[Face, str] = {
    "regular": "Regular",
    "bold": "Bold",
    "italic": "It",
    "bolditalic": "BoldIt",
}
FAMILIES: tuple[Family, ...] = tuple(_PACKAGES)
FACES: tuple[Face, ...] = tuple(_FACES)


@dataclass(frozen=True, slots=True)
class FontFile:
    """One face of a family: its name for PDF/CSS and where its TrueType file lies."""

    family: Family
    face: Face
    path: Path

    @property
    def postscript_name(self) -> str:
        """A name without spaces, e.g. ``SourceSerifPro-BoldIt``, used as ReportLab font name."""
        return self.path.stem


@cache
def font_file(family: Family, face: Face) -> FontFile:
    """The TrueType file of ``family`` in ``face``; raises ``FileNotFoundError`` if absent."""
    package, stem = _PACKAGES[family]
    resource = files(package).joinpath("files", f"{stem}-{_FACES[face]}.ttf")
    with as_file(resource) as path:  # a real file for pip-installed packages
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        return FontFile(family, face, Path(path))


def all_font_files() -> list[FontFile]:
    """Every face of every bundled family."""
    return [font_file(family, face) for family in FAMILIES for face in FACES]
