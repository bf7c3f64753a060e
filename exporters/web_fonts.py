"""Fonts for the web page: each face cut down to the characters the page shows, as WOFF2.

The page embeds its fonts as ``data:`` URIs, so every byte of them is in the one HTML file.
Whole TrueType files made the smallest report weigh 1.7 MB; a face subset to the page's
characters and compressed as WOFF2 (fontTools with Brotli) is about 10 KB.

Which characters: the page is rendered first, then :func:`page_text` reads what a browser
can draw with the page's fonts from it: the text of ``<body>``, ``alt`` text (shown where a
picture cannot be), the strings and attributes the stylesheet's ``content:`` inserts
(``::before`` quotes and dashes, link targets when printed), the strings of its
``list-style-type`` and the bullet of a bulleted list (a browser draws list markers as
text in the item's font), the other case of every letter (``text-transform``). Printable
ASCII and the hyphen of ``hyphens: auto`` are always kept (:data:`ALWAYS`), a few KB that
make the usual subset the same from one edit to the next: the preview then reuses it
instead of subsetting again, and a browser's hyphenation or a typed letter never lands in
a fallback font.

Subsetting is HarfBuzz's (``hb-subset`` through uharfbuzz, already used for shaping), not
fontTools': it takes milliseconds instead of a tenth of a second, and it keeps HarfBuzz's
default layout features, which are exactly those a browser applies when CSS asks for none
(every browser shapes with HarfBuzz): ``ccmp``, ``locl``, ``liga``, ``calt``, ``kern``,
``mark``/``mkmk``, Arabic ``init``/``medi``/``fina``/``isol``/``rlig``, the Indic
features, and so on, with every glyph they can reach from the kept characters. Keeping
all features (``layout_features=["*"]``) would also keep small capitals, old-style figures
and stylistic sets the stylesheet never asks for, and doubles a face.
:func:`exporters.fonts.subset_font` does the cut; this module adds the WOFF2 encoding, the
cache and the ``@font-face`` rules. The PDF embeds its own subsets, unchanged.
"""

from __future__ import annotations

import base64
import html
import io
import re
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # fontTools ships no types
from markupsafe import Markup

from exporters.fonts import (
    Face,
    Family,
    fallback_file,
    font_coverage,
    font_file,
    subset_font,
)

#: Kept in every subset of the bundled families: printable ASCII (see the module's
#: docstring) and the hyphen a browser adds where ``hyphens: auto`` breaks a word (U+2010
#: if the face has it, else "-"). Not in :func:`page_text`: no fallback face is wanted for it.
ALWAYS = frozenset(chr(code) for code in range(0x20, 0x7F)) | {"\u2010"}

_FACE_CSS: dict[Face, tuple[int, str]] = {
    "regular": (400, "normal"),
    "bold": (700, "normal"),
    "italic": (400, "italic"),
    "bolditalic": (700, "italic"),
}
_BODY_FACES: tuple[Face, ...] = ("regular", "bold", "italic", "bolditalic")
_HEADING_FACES: tuple[Face, ...] = ("regular", "bold", "italic")
_SYSTEM_STACK: dict[Family, str] = {
    "Source Serif Pro": "Georgia, 'Times New Roman', serif",
    "Source Sans Pro": "'Segoe UI', Arial, sans-serif",
}

_TAG = re.compile(r"<[^>]*>")  # attribute values are escaped: a ">" in one is "&gt;"
_CONTENT = re.compile(r"\b(?:content|list-style-type)\s*:([^;}]*)")
#: The marker a browser draws, as text, before an item of a ``<ul>`` (``disc``).
_BULLET = "\u2022"
_CSS_STRING = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_CSS_ATTR = re.compile(r"\battr\(\s*([\w-]+)")


def page_text(page: str, stylesheet: str) -> str:
    """Every character the rendered ``page`` can draw with its fonts, in some order.

    ``stylesheet`` is the page's CSS: what its ``content:`` properties insert is drawn too.
    The ``<head>`` (title, metadata, the styles themselves) is never drawn in the page's
    fonts and is left out.
    """
    start = page.find("<body")
    body = page[start:] if start >= 0 else page
    parts = [html.unescape(_TAG.sub("", body))]
    attributes = {"alt"}
    for value in _CONTENT.findall(stylesheet):
        parts += (_css_unescape(a or b) for a, b in _CSS_STRING.findall(value))
        attributes.update(_CSS_ATTR.findall(value))
    for name in sorted(attributes):
        pattern = re.compile(rf'\s{re.escape(name)}="([^"]*)"')
        parts += (html.unescape(value) for value in pattern.findall(body))
    if "<ul" in body:
        parts.append(_BULLET)
    text = "".join(parts)
    # text-transform shows the other case; a few letters change length (ß → SS).
    extra = [text.upper(), text.lower()] if "text-transform" in stylesheet else []
    return "".join(sorted(set(text).union(*extra)))


def _css_unescape(value: str) -> str:
    def one(match: re.Match[str]) -> str:
        code, char = match.groups()
        if code is None:
            return "" if char == "\n" else char  # a backslash before a newline joins lines
        number = int(code, 16)
        return chr(number) if 0 < number <= 0x10FFFF else "\ufffd"

    return _CSS_ESCAPE.sub(one, value)


def font_css(
    body: Family,
    heading: Family,
    text: str,
    fallbacks: dict[str, frozenset[str]] | None = None,
) -> Markup:
    """``@font-face`` rules for the page's faces, each a WOFF2 subset for ``text``.

    ``fallbacks`` maps a fallback face (see :func:`exporters.fonts.fallbacks_needed`) to the
    characters it shows; those faces follow the family in ``--font-body`` and
    ``--font-heading``. Trusted markup: family names are ours, the data is base64.
    """
    needed = fallbacks or {}
    faces: dict[tuple[Family, Face], None] = {}
    for family, wanted in ((body, _BODY_FACES), (heading, _HEADING_FACES)):
        faces.update(dict.fromkeys((family, face) for face in wanted))
    chars = frozenset(text) | ALWAYS
    rules = []
    for family, face in faces:
        weight, style = _FACE_CSS[face]
        data = woff2_data(font_file(family, face).path, chars)
        rules.append(
            f"@font-face{{font-family:'{family}';font-weight:{weight};font-style:{style};"
            f"font-display:swap;src:url(data:font/woff2;base64,{data}) format('woff2')}}"
        )
    for stem, shown in sorted(needed.items()):
        # One variable face serves regular and bold text: its weight axis is kept.
        data = woff2_data(fallback_file(stem), shown)
        rules.append(
            f"@font-face{{font-family:'{fallback_family(stem)}';font-weight:400 700;"
            f"font-display:swap;src:url(data:font/woff2;base64,{data}) format('woff2')}}"
        )
    extra = "".join(f"'{fallback_family(stem)}'," for stem in sorted(needed))
    rules.append(
        f":root{{--font-body:'{body}',{extra}{_SYSTEM_STACK[body]};"
        f"--font-heading:'{heading}',{extra}{_SYSTEM_STACK[heading]}}}"
    )
    return Markup("\n".join(rules))


def fallback_family(stem: str) -> str:
    """The CSS family name of the fallback face ``stem``, e.g. ``Podium NotoSansHebrew``."""
    return f"Podium {stem}"


def woff2_data(path: Path, chars: frozenset[str]) -> str:
    """The font at ``path`` cut down to ``chars``, as base64 WOFF2. Cached by glyph set."""
    covered = font_coverage(path)
    return _woff2_data(path, frozenset(ord(c) for c in chars if ord(c) in covered))


@lru_cache(maxsize=128)
def _woff2_data(path: Path, codepoints: frozenset[int]) -> str:
    """Keyed by the characters the face has, so pages that differ only in characters it
    lacks share one subset; encoding WOFF2 takes far longer than cutting the face."""
    sfnt = subset_font(path, frozenset(chr(code) for code in codepoints))
    return base64.b64encode(woff2(sfnt)).decode("ascii")


def woff2(sfnt: bytes) -> bytes:
    """A TrueType/OpenType file as WOFF2: Brotli, with the glyf/loca transform.

    The face's own timestamp is kept: fontTools would stamp the time of saving, so every
    export would differ from the last one (and the base64 text with it).
    """
    font = TTFont(io.BytesIO(sfnt), lazy=True, recalcTimestamp=False)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out, reorderTables=False)
    return out.getvalue()
