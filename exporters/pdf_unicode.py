"""Text the bundled PDF fonts cannot set alone: other scripts, emoji, right-to-left lines.

Source Serif/Sans Pro have no Hebrew, Arabic or emoji, ReportLab neither shapes nor orders
text for display, and it writes code points above U+FFFF into the ToUnicode map as invalid
5-digit hex. Three pieces make the PDF show what the HTML page shows:

- Fallback faces (:func:`fallback_face`): the Noto faces of :mod:`exporters.fonts`,
  registered with ReportLab on first use as :class:`ShapedFont`, in a regular and a bold
  instance cut from the variable files by HarfBuzz.
- Shaping (:class:`ShapedFont`): HarfBuzz picks and places the glyphs (Arabic joining forms,
  Hebrew and Arabic marks, emoji sequences such as 👩‍💻). Each glyph gets a code of its own
  for each text it stands for, and the ToUnicode map gives that text back in UTF-16, so a
  text extractor reads the characters, not presentation forms or private codes.
- Display order (:class:`UnicodeParagraph`): after line breaking, each line is ordered by
  the Unicode Bidirectional Algorithm (python-bidi's Rust engine) with a left-to-right base
  direction, as the HTML page has. The pieces of a line are written in reading order, each
  moved to its place on the line, so a reader that follows the content stream (text
  extraction, a screen reader) meets the words in the order they were written.

Only a paragraph that uses a fallback face takes this path; Latin text never reaches it.
Limits: embeddings and overrides are resolved per line (one that spans a line break restarts
on the next line), and a link inside a reordered line gets a rectangle that follows reading
order rather than the glyphs.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

import uharfbuzz as hb
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

from exporters.fonts import fallback_file, fallback_for, font_coverage

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
            return sum(sd.x_advance for sd in text.__shapeData__) * size / 1000
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
        return ShapedStr("".join(keys), shapeData=data)

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


# ---------------------------------------------------------------------------- bidi


_LEVELS = re.compile(r"Level\(\s*(\d+),?\s*\)")


def bidi_levels(text: str) -> list[int]:
    """The resolved embedding level of each character of ``text`` (one line, base level 0).

    python-bidi runs the Rust crate ``unicode-bidi`` (the full algorithm: explicit
    embeddings, overrides, isolates, brackets) but only hands out the display string or,
    with ``debug``, the crate's ``BidiInfo``, whose levels (one per UTF-8 byte) are read
    here. Rule L1 is applied: white space at the end of the line goes to the base level.
    """
    dump = get_display_inner(text, "L", True)
    try:  # Rust's pretty Debug form; user text in it has its newlines escaped
        start = dump.rindex("\n    levels: [")
        end = dump.index("\n    paragraphs: [", start)
        byte_levels = [int(level) for level in _LEVELS.findall(dump, start, end)]
    except ValueError:
        byte_levels = []
    if len(byte_levels) != len(text.encode("utf-8")):
        return _simple_levels(text)
    levels = []
    position = 0
    for char in text:
        levels.append(byte_levels[position])
        position += len(char.encode("utf-8"))
    for index in range(len(text) - 1, -1, -1):  # L1
        if not (text[index].isspace() or invisible(text[index])):
            break
        levels[index] = 0
    return levels


def _simple_levels(text: str) -> list[int]:
    """Strong right-to-left characters (and what lies between them) at level 1: a fallback."""
    levels = [1 if unicodedata.bidirectional(c) in ("R", "AL") else 0 for c in text]
    strong = [i for i, level in enumerate(levels) if level]
    for left, right in pairwise(strong):
        if all(unicodedata.bidirectional(c) not in ("L", "EN") for c in text[left:right]):
            levels[left:right] = [1] * (right - left)
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Logical indices in display order (rule L2: reverse runs from the highest level down)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            index = end
    return order


# ---------------------------------------------------------------------------- lines


@dataclass(slots=True)
class _Piece:
    """Characters of one part of a line, adjacent on the line and in the text."""

    part: int
    level: int
    indices: list[int]  # logical indices in display order
    width: float = 0.0
    drawn: str = ""


def layout_line(parts: Sequence[tuple[str, float, str]]) -> list[tuple[int, str]]:
    """A line of (font, size, text) parts in logical order, as (part, text) to draw in order.

    The result is in reading order; each text is a ``ShapedStr`` whose offsets move it to
    its place in display order (ReportLab advances the pen by each text's width as if the
    pieces sat side by side). Pieces of one face that sit side by side in a right-to-left
    run are drawn together, in display order, as a text extractor expects them.
    """
    text = "".join(part_text for _, _, part_text in parts)
    owner = [index for index, (_, _, part_text) in enumerate(parts) for _ in part_text]
    levels = bidi_levels(text)
    pieces: list[_Piece] = []
    for logical in visual_order(levels):
        level = levels[logical]
        last = pieces[-1] if pieces else None
        step = -1 if level % 2 else 1
        if (
            last is not None
            and last.part == owner[logical]
            and last.level == level
            and last.indices[-1] + step == logical
        ):
            last.indices.append(logical)
        else:
            pieces.append(_Piece(owner[logical], level, [logical]))
    for piece in pieces:
        font, size, _ = parts[piece.part]
        rtl = bool(piece.level % 2)
        if is_shaped(font):  # HarfBuzz wants logical order, and keeps joiners and selectors
            chars = [text[i] for i in (piece.indices[::-1] if rtl else piece.indices)]
            piece.drawn = pdfmetrics.getFont(font).glyph_run("".join(chars), rtl)
        else:
            chars = [text[i] for i in piece.indices if not invisible(text[i])]
            piece.drawn = "".join(MIRRORED.get(c, c) for c in chars) if rtl else "".join(chars)
        piece.width = pdfmetrics.stringWidth(piece.drawn, font, size) if piece.drawn else 0.0
    return _place(pieces, parts)


def _place(pieces: list[_Piece], parts: Sequence[tuple[str, float, str]]) -> list[tuple[int, str]]:
    """Group, order and offset the pieces (in display order) for drawing in reading order."""
    units: list[list[tuple[float, _Piece]]] = []
    x = 0.0
    for piece in pieces:
        font, size, _ = parts[piece.part]
        previous = units[-1][-1][1] if units else None
        if (
            previous is not None
            and previous.level % 2
            and piece.level % 2
            and parts[previous.part][:2] == (font, size)
        ):
            units[-1].append((x, piece))
        else:
            units.append([(x, piece)])
        x += piece.width
    units.sort(key=lambda unit: min(min(piece.indices) for _, piece in unit))
    out: list[tuple[int, str]] = []
    pen = 0.0
    for unit in units:
        for place, piece in unit:
            if not piece.drawn:
                continue
            _, size, _ = parts[piece.part]
            out.append((piece.part, _moved(piece.drawn, parts[piece.part][0], place - pen, size)))
            pen += piece.width
    return out


def _moved(drawn: str, font: str, shift: float, size: float) -> str:
    """``drawn`` with every glyph moved ``shift`` points along the line; the pen is not."""
    if isinstance(drawn, ShapedStr):
        if abs(shift) < 1e-6:
            return drawn
        offset = shift * 1000 / size
        data = [sd._replace(x_offset=sd.x_offset + offset) for sd in drawn.__shapeData__]
        return ShapedStr(str(drawn), shapeData=data)
    if abs(shift) < 1e-6:
        return drawn
    face = pdfmetrics.getFont(font).face
    offset = shift * 1000 / size
    data = []
    for char in drawn:
        width = face.charWidths.get(ord(char), face.defaultWidth)
        data.append(ShapeData(0, width, 0, offset, 0, width))
    return ShapedStr(drawn, shapeData=data)


def display_runs(runs: Sequence[tuple[str, str]], size: float) -> list[tuple[str, str]]:
    """One line of (font, text) runs in logical order, ready to draw one after the other."""
    if not any(is_shaped(font) for font, _ in runs):
        return list(runs)
    parts = [(font, size, text) for font, text in runs]
    return [(runs[part][0], drawn) for part, drawn in layout_line(parts)]


# ---------------------------------------------------------------------------- paragraphs


class UnicodeParagraph(Paragraph):
    """A ``Paragraph`` that draws lines with fallback faces shaped and in display order.

    Line breaking, splitting and measuring stay ReportLab's, on the text as written; only
    :meth:`drawPara` sees the lines rearranged, so a split paragraph keeps its text intact.
    """

    def drawPara(self, debug: int = 0) -> None:
        original = self.blPara
        if not _uses_fallback(original):
            super().drawPara(debug)
            return
        self.blPara = _display_lines(original)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = original


def _uses_fallback(blPara: Any) -> bool:
    if blPara.kind == 0:
        return is_shaped(blPara.fontName)
    return any(
        is_shaped(getattr(frag, "fontName", "")) for line in blPara.lines for frag in line.words
    )


def _display_lines(blPara: Any) -> ParaLines:
    """``blPara`` as frag lines (kind 1) whose words are drawn in reading order."""
    lines = []
    for line in blPara.lines:
        if blPara.kind == 0:
            extra, words = line
            line = FragLine(
                extraSpace=extra,
                wordCount=len(words),
                lineBreak=False,
                words=[blPara.clone(text=" ".join(words))],
                fontSize=blPara.fontSize,
                ascent=blPara.ascent,
                descent=blPara.descent,
                maxWidth=0,
            )
        lines.append(_display_line(line))
    return ParaLines(kind=1, lines=lines)


def _display_line(line: Any) -> Any:
    texts = [frag for frag in line.words if not hasattr(frag, "cbDefn") and frag.text]
    if not any(is_shaped(frag.fontName) for frag in texts):
        return line
    others = [frag for frag in line.words if hasattr(frag, "cbDefn") or not frag.text]
    parts = [(frag.fontName, frag.fontSize, frag.text) for frag in texts]
    words = [texts[part].clone(text=drawn) for part, drawn in layout_line(parts)]
    return line.clone(words=others + words) if words else line.clone(words=others or line.words)
