"""The bundled font families: OFL TrueType files shipped by PyPI packages.

No system font is ever assumed. The PDF embeds these files, the HTML embeds them with
``@font-face`` and the editor registers them with Qt, so all three look alike everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    # Imported where a font is read or cut down: the editor's process imports this module at
    # start only for the file paths, and HarfBuzz would cost every start ~10 ms.
    import uharfbuzz as hb

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


# ------------------------------------------------------------------- fallback fonts

#: Noto faces (OFL, the ``manimgx-fonts`` package) for what Source Serif/Sans Pro lack:
#: other scripts, then symbols and emoji (Noto Emoji is monochrome TrueType, so a PDF can
#: embed it). Script faces come first so that Noto Sans does not take their characters.
#: Each file is a variable font with a weight axis (400 regular to 700 bold).
FALLBACK_STEMS: tuple[str, ...] = (
    "NotoSansHebrew",
    "NotoSansArabic",
    "NotoSansArmenian",
    "NotoSansBengali",
    "NotoSansDevanagari",
    "NotoSansEthiopic",
    "NotoSansGeorgian",
    "NotoSansGujarati",
    "NotoSansGurmukhi",
    "NotoSansKannada",
    "NotoSansKhmer",
    "NotoSansLao",
    "NotoSansMalayalam",
    "NotoSansMyanmar",
    "NotoSansOriya",
    "NotoSansSinhala",
    "NotoSansTamil",
    "NotoSansTelugu",
    "NotoSansThai",
    "NotoSans",
    "NotoEmoji",
    "NotoSansSymbols",
)


@cache
def fallback_file(stem: str) -> Path:
    """The variable TrueType file of the fallback face ``stem`` (e.g. ``NotoSansHebrew``)."""
    resource = files("manimgx_fonts").joinpath(f"{stem}[wght].ttf")
    with as_file(resource) as path:
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        return Path(path)


@cache
def _hb_face(path: Path) -> hb.Face:
    import uharfbuzz as hb

    return hb.Face(hb.Blob.from_file_path(str(path)))


@cache
def font_coverage(path: Path) -> frozenset[int]:
    """The code points the TrueType file at ``path`` maps to a glyph."""
    return frozenset(_hb_face(path).unicodes)


@cache
def _main_coverage() -> frozenset[int]:
    """What every face of both bundled families has (the faces share one character set)."""
    sets = [font_coverage(font.path) for font in all_font_files()]
    return frozenset.intersection(*sets)


def fallback_for(char: str) -> str | None:
    """The first fallback face that has ``char``, or ``None`` if none has it."""
    code = ord(char)
    return next((s for s in FALLBACK_STEMS if code in font_coverage(fallback_file(s))), None)


_JOINERS = frozenset("\u200c\u200d\ufe0e\ufe0f")
_ASCII = bytes(range(128))  # every fallback is for non-ASCII text: C deletes the rest fast


@cache
def _uncovered() -> re.Pattern[str]:
    """Matches a character the bundled families lack; a scan in C, fast on a whole page."""
    codes = sorted(_main_coverage() | {ord(c) for c in "\t\n\r"})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    spans = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[^{spans}]")


def fallbacks_needed(text: str) -> dict[str, frozenset[str]]:
    """Characters of ``text`` the bundled families lack, by the fallback face that has them.

    Default-ignorable characters (joiners, direction marks) count only where a face that
    shapes with them is needed anyway.
    """
    present = set(text.encode("utf-8").translate(None, _ASCII).decode("utf-8"))
    missing = {char for char in present if _uncovered().match(char) and char.isprintable()}
    if not missing:
        return {}
    needed: dict[str, set[str]] = {}
    for char in sorted(missing):
        stem = fallback_for(char)
        if stem is not None:
            needed.setdefault(stem, set()).add(char)
    joiners = present & _JOINERS
    return {stem: frozenset(chars | joiners) for stem, chars in needed.items()}


def subset_font(path: Path, chars: frozenset[str]) -> bytes:
    """The TrueType file at ``path`` cut down to ``chars`` (and the glyphs shaping needs).

    The weight axis stays, so one small file serves regular and bold text in a browser.
    """
    import uharfbuzz as hb

    subset_input = hb.SubsetInput()
    subset_input.unicode_set.update(ord(char) for char in chars)
    face = hb.subset(_hb_face(path), subset_input)
    if face is None:
        raise ValueError(f"cannot subset font: {path}")
    return bytes(face.blob.data)
