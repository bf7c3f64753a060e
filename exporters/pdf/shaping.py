"""Fonts for text the bundled PDF faces cannot set alone: other scripts, emoji.

Source Serif/Sans Pro have no Hebrew, Arabic or emoji, and ReportLab neither shapes text nor
writes code points above U+FFFF into the ToUnicode map correctly (it writes invalid 5-digit
hex). So:

- Fallback faces (:func:`fallback_face`): the Noto faces of :mod:`exporters.fonts`,
  registered with ReportLab on first use as :class:`ShapedFont`, in a regular and a bold
  instance cut from the variable files by HarfBuzz.
- Shaping (:class:`ShapedFont`): HarfBuzz picks and places the glyphs (Arabic joining forms,
  Hebrew and Arabic marks, emoji sequences such as 👩‍💻). Each glyph gets a code of its own
  for each text it stands for, and the ToUnicode map gives that text back in UTF-16, so a
  text extractor reads the characters, not presentation forms or private codes.

Lines are put in display order by :mod:`exporters.pdf.display`.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

from exporters.fonts import fallback_file, fallback_for, font_coverage
from exporters.pdf.reportlab_private import shape_data, shaped_str

#: Kept for HarfBuzz (they join or select glyphs), never printed as text.
_JOINERS = frozenset("\u200c\u200d")
#: Where invisible format characters go when no neighbouring fallback face takes them.
CONTROL_STEM = "NotoSans"
_WEIGHTS = {False: ("Regular", 400), True: ("Bold", 700)}
_PRIVATE_KEYS = 0xF0000  # glyph codes start in Supplementary Private Use Area-A
_CACHE_LIMIT = 50_000
_register_lock = threading.Lock()
_shaped_names: set[str] = set()


def invisible(char: str) -> bool:
    """Whether ``char`` is default-ignorable: format characters and variation selectors."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x034F
    )


def _printable(text: str) -> str:
    """``text`` without default-ignorable characters: what a reader copies out of the PDF."""
    return "".join(char for char in text if not invisible(char))


# ---------------------------------------------------------------------------- fonts


class ShapedFont(TTFont):
    """An embedded TrueType font whose text HarfBuzz shapes into glyphs before it is drawn.

    A piece of text becomes a :class:`~reportlab.pdfbase.ttfonts.ShapedStr` of glyph keys
    (private code points mapped to glyph ids) with HarfBuzz's positions, which ReportLab
    draws with ``TJ`` offsets. A key stands for one glyph *and* the text it shows, so the
    same glyph in two roles (a dotless Arabic form under different dots) reads back right.
    """

    def __init__(self, name: str, data: bytes, face_name: bytes) -> None:
        super().__init__(name, io.BytesIO(data), asciiReadable=False, shapable=True)
        self.face.name = face_name  # the instances share the variable file's name
        self._hb_font = hb.Font(hb.Face(hb.Blob(data)))
        self._scale = 1000 / self.face.unitsPerEm
        self._keys: dict[tuple[int, str], int] = {}
        self._key_text: dict[int, str] = {}
        self._next_key = _PRIVATE_KEYS
        self._lock = threading.Lock()
        self._advances: dict[str, float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        """The shaped width: what HarfBuzz advances, not the sum of the characters' widths."""
        if isinstance(text, ShapedStr):
            return sum(sd.x_advance for sd in shape_data(text)) * size / 1000
        advance = self._advances.get(text)
        if advance is None:
            if len(self._advances) > _CACHE_LIMIT:
                self._advances.clear()
            glyphs = self._shape(_shapable(text), None)
            advance = self._advances[text] = sum(g[2] for g in glyphs) * self._scale
        return advance * size / 1000

    def _shape(self, text: str, rtl: bool | None) -> list[tuple[int, int, int, int, int]]:
        """HarfBuzz's (glyph, cluster, x advance, x offset, y offset), in display order."""
        if not text:
            return []
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        if rtl is not None:
            buffer.direction = "rtl" if rtl else "ltr"
        buffer.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
        hb.shape(self._hb_font, buffer, {})
        return [
            (info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
            for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
        ]

    def glyph_run(self, text: str, rtl: bool) -> ShapedStr:
        """``text`` (in logical order) shaped into glyph keys in display order."""
        text = _shapable(text)
        glyphs = self._shape(text, rtl)
        starts = sorted({cluster for _, cluster, *_ in glyphs})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=False))
        carrier: dict[int, int] = {}  # cluster -> index of the glyph that carries its text
        for index, (_, cluster, advance, *_) in enumerate(glyphs):
            if cluster not in carrier or (advance and not glyphs[carrier[cluster]][2]):
                carrier[cluster] = index
        keys: list[str] = []
        data: list[ShapeData] = []
        for index, (gid, cluster, advance, x_offset, y_offset) in enumerate(glyphs):
            shown = text[cluster : ends[cluster]] if carrier[cluster] == index else ""
            key = self._key(gid, _printable(shown))
            width = self.face.charWidths[key]
            keys.append(chr(key))
            data.append(
                ShapeData(
                    cluster,
                    advance * self._scale,
                    0,
                    x_offset * self._scale,
                    y_offset * self._scale,
                    width,
                )
            )
        if data and data[0].y_offset:
            # ReportLab cannot start a text with a raised glyph (it looks back at code it has
            # not written yet), so a blank glyph that takes no room goes first.
            blank = self._key(self._hb_font.get_nominal_glyph(32) or 0, "")
            width = self.face.charWidths[blank]
            keys.insert(0, chr(blank))
            data.insert(0, ShapeData(data[0].cluster, 0, 0, 0, 0, width))
        return shaped_str("".join(keys), data)

    def _key(self, gid: int, text: str) -> int:
        """The private code point standing for glyph ``gid`` showing ``text``."""
        key = self._keys.get((gid, text))
        if key is not None:
            return key
        with self._lock:
            key = self._keys.get((gid, text))
            if key is None:
                face = self.face
                key = self._next_key
                while key in face.charToGlyph:
                    key += 1
                self._next_key = key + 1
                face.charToGlyph[key] = gid
                face.charWidths[key] = self._hb_font.get_glyph_h_advance(gid) * self._scale
                self._key_text[key] = text
                self._keys[(gid, text)] = key
        return key

    def addObjects(self, doc: Any) -> None:
        """Write the font as ReportLab does, then a ToUnicode map with each key's text."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            face = self.face
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = to_unicode_cmap(base, [self._text_of(code) for code in subset])

    def _text_of(self, code: int) -> str:
        text = self._key_text.get(code)
        if text is None:
            text = "" if code == 0 else _printable(chr(code))
        return text


def _shapable(text: str) -> str:
    """``text`` as HarfBuzz gets it: joiners and selectors stay, other format characters go."""
    return "".join(c for c in text if c in _JOINERS or unicodedata.category(c) != "Cf")


def to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    """A ToUnicode CMap mapping one-byte code ``i`` to ``texts[i]``, written in UTF-16.

    ReportLab's own writes ``%04X`` of the code point, five hex digits above U+FFFF, which
    no reader can decode; UTF-16 gives emoji as surrogate pairs. ``<>`` maps a glyph that
    shows no text of its own (an Arabic dot drawn apart from its letter).
    """
    entries = [
        f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
        for code, text in enumerate(texts)
    ]
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{max(len(texts) - 1, 0):02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _instance(stem: str, weight: int) -> bytes:
    """The variable font ``stem`` fixed at ``weight``, as a static TrueType file."""
    face = hb.Face(hb.Blob.from_file_path(str(fallback_file(stem))))
    subset_input = hb.SubsetInput()
    subset_input.keep_everything()
    subset_input.pin_axis_location(face, "wght", weight)
    instance = hb.subset(face, subset_input)
    if instance is None:
        raise ValueError(f"cannot instance font {stem} at weight {weight}")
    return bytes(instance.blob.data)


@cache
def register(stem: str) -> tuple[str, str]:
    """Register the regular and bold instance of fallback face ``stem`` with ReportLab.

    Returns their names. Registered as a family, so ``<b>`` around a fallback run works.
    """
    names = tuple(f"{stem}-{suffix}" for suffix, _ in _WEIGHTS.values())
    with _register_lock:
        for name, (suffix, weight) in zip(names, _WEIGHTS.values(), strict=True):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(
                    ShapedFont(name, _instance(stem, weight), f"{stem}-{suffix}".encode())
                )
            _shaped_names.add(name)
        regular, bold = names
        # No italic: Hebrew, Arabic and emoji stay upright in italic text, as in browsers.
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, boldItalic=bold)
    return regular, bold


def fallback_face(char: str, bold: bool = False) -> str | None:
    """The ReportLab name of a fallback face that has ``char``, registered; ``None`` if none."""
    stem = fallback_for(char)
    if stem is None:
        if unicodedata.category(char) != "Cf":
            return None
        stem = CONTROL_STEM  # kept for the bidi algorithm, drawn as nothing
    return register(stem)[bold]


def is_shaped(font: str) -> bool:
    """Whether ``font`` is a fallback face drawn through HarfBuzz."""
    return font in _shaped_names


def has_glyph(font: str, char: str) -> bool:
    """Whether fallback face ``font`` has ``char``; it draws invisible characters as nothing."""
    stem = font.rsplit("-", 1)[0]
    return ord(char) in font_coverage(fallback_file(stem)) or invisible(char)
