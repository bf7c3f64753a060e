"""The theme as ReportLab styles: bundled fonts, colours and one ParagraphStyle per IR style.

Both renderers read the same :class:`~exporters.ir.ThemeTokens`; this module is the PDF half
of that mapping. Styles are built once per (theme, language) and reused, because building a
ParagraphStyle is cheap but a hyphenator with a warm word cache is not.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, TypedDict, Unpack, cast
from weakref import ReferenceType, WeakKeyDictionary, ref
from xml.sax.saxutils import escape

import pyphen
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exporters.fonts import FACES, FAMILIES, Face, Family, font_file
from exporters.ir import ThemeTokens
from exporters.pdf.shaping import fallback_face, has_glyph, is_shaped
from models import palette
from models.language import Language, locale

_HYPHEN_CACHE_LIMIT = 100_000
#: Longer "words" are not hyphenated (the longest Dutch words have some 60 letters).
_HYPHENATE_CHARS = 100
_WIDTH_CACHE_LIMIT = 200_000
_register_lock = threading.Lock()

# The neutrals of the palette (models/palette.py), which no theme changes.
TEXT = HexColor(palette.TEXT)
MUTED = HexColor(palette.MUTED)
RULE = HexColor(palette.RULE)


@cache
def register_fonts() -> None:
    """Register every bundled face as an embedded TrueType font, and its family for <b>/<i>.

    ReportLab's registry is global, so this runs once per process; the lock keeps two
    export threads from registering half a family each.
    """
    with _register_lock:
        for family in FAMILIES:
            names = {
                face: _register(family, face)
                for face in ("regular", "bold", "italic", "bolditalic")
            }
            pdfmetrics.registerFontFamily(
                names["regular"],
                normal=names["regular"],
                bold=names["bold"],
                italic=names["italic"],
                boldItalic=names["bolditalic"],
            )


def _register(family: Family, face: Face) -> str:
    font = font_file(family, face)
    name = font.postscript_name
    if not (
        name in pdfmetrics.getRegisteredFontNames()
        and isinstance(pdfmetrics.getFont(name), FastTTFont)
    ):
        pdfmetrics.registerFont(FastTTFont(name, str(font.path)))
    return name


#: A subset's codes in a document: (characters assigned so far, code table, characters).
_Codes = tuple[int, dict[int, int], frozenset[str]]


class FastTTFont(TTFont):
    """An embedded, subsetted TrueType font that measures and encodes text faster.

    Profiling a 400-page export showed two per-word costs in ReportLab's ``TTFont``:
    ``stringWidth`` (the same words are measured over and over while breaking lines) and
    ``splitString`` (a Python loop per character to map text to subset codes when drawing).
    Widths are memoised; text whose characters all have codes in the first subset, which
    is nearly all text once a few lines have been drawn, is encoded with ``str.translate``.
    Both give exactly what ``TTFont`` gives; anything else falls back to it.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}
        self._codes: WeakKeyDictionary[Any, _Codes] = WeakKeyDictionary()
        # (document, its subset assignments, their codes) of the document last asked about
        self._last: tuple[ReferenceType[Any], dict[int, int], _Codes] | None = None

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        try:  # called for every word, often a few times: the hit path is kept short
            return self._widths[text, size]
        except KeyError:
            pass
        if len(self._widths) > _WIDTH_CACHE_LIMIT:
            self._widths.clear()
        width: float = instanceStringWidthTTF(self, text, size, encoding)
        self._widths[text, size] = width
        return width

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, str) and text:
            codes = self.first_subset(doc)
            if codes is not None and codes[2].issuperset(text):
                return [(0, text.translate(codes[1]).encode("latin-1"))]
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result

    def first_subset(self, doc: Any) -> _Codes | None:
        """The codes of the first subset in ``doc``; None before ``doc`` uses the font.

        The document last asked about is remembered apart: the weak dictionaries cost
        more than the encoding itself, and one document asks for every piece of text.
        """
        last = self._last
        if last is not None and last[0]() is doc and last[2][0] == len(last[1]):
            return last[2]
        state = self.state.get(doc)
        if state is None:
            return None
        # Code point -> code in the subsets; set once in State.__init__, filled in place.
        assigned: dict[int, int] = state.assignments  # type: ignore[attr-defined]  # not in stubs
        codes = self._codes.get(doc)
        if codes is None or codes[0] != len(assigned):  # new characters seen
            table = {char: code for char, code in assigned.items() if code < 256}
            if 32 in table:
                table[0xA0] = table[32]  # TTFont draws a no-break space as a space
            codes = (len(assigned), table, frozenset(map(chr, table)))
            self._codes[doc] = codes
        self._last = (ref(doc), assigned, codes)
        return codes


def font_name(family: Family, face: Face = "regular") -> str:
    """The ReportLab name of ``family`` in ``face`` (registered by :func:`register_fonts`)."""
    return font_file(family, face).postscript_name


_FACE_OF: dict[tuple[bool, bool], Face] = {
    (False, False): "regular",
    (True, False): "bold",
    (False, True): "italic",
    (True, True): "bolditalic",
}
_ALWAYS_COVERED = frozenset(" \t\n\r")  # white space: Paragraph never draws it as a glyph


@cache
def _faces() -> dict[str, tuple[Family, bool, bool]]:
    return {
        font_name(family, face): (
            family,
            face in ("bold", "bolditalic"),
            face in ("italic", "bolditalic"),
        )
        for family in FAMILIES
        for face in FACES
    }


@cache
def styled(font: str, bold: bool = False, italic: bool = False) -> str:
    """The face of ``font``'s family that adds ``bold`` and ``italic`` to ``font``'s own.

    Cached: asked for every span of every paragraph, and the answer never changes.
    """
    family, is_bold, is_italic = _faces()[font]
    return font_name(family, _FACE_OF[(is_bold or bold, is_italic or italic)])


@cache
def coverage(font: str) -> frozenset[str]:
    """The characters ``font`` has a glyph for."""
    register_fonts()
    face = cast(TTFont, pdfmetrics.getFont(font)).face  # every face registered is a TTFont
    return frozenset(map(chr, face.charToGlyph)) | _ALWAYS_COVERED


@cache
def _fallbacks(font: str) -> tuple[str, ...]:
    family, bold, italic = _faces()[font]
    other = next(f for f in FAMILIES if f != family)
    order = [
        (other, bold, italic),
        (family, bold, False),
        (other, bold, False),
        (family, False, italic),
        (other, False, italic),
        (family, False, False),
        (other, False, False),
    ]
    names = dict.fromkeys(font_name(f, _FACE_OF[(b, i)]) for f, b, i in order)
    names.pop(font, None)
    return tuple(names)


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, text) runs: characters ``font`` lacks go to a bundled face that
    has them (e.g. Dutch 'ĳ' is missing from Source Serif Pro, 'ſ' from Source Sans Pro),
    so they print instead of showing as empty boxes. Then come the Noto fallback faces for
    other scripts, symbols and emoji (:mod:`exporters.pdf.shaping`, which also keeps format
    characters such as bidi controls for the line layout). A mark, joiner or selector stays
    with the run of the character it belongs to. Control characters no face has are dropped;
    other characters no face has (CJK) stay and show as boxes.
    """
    # Composed, as a browser shows it: the fonts have "é" but place a separate U+0301 badly.
    text = unicodedata.normalize("NFC", text)
    covered = coverage(font)
    if covered.issuperset(text):
        return [(font, text)]
    bold = _faces()[font][1]
    # Characters gathered in lists: adding to a string copies it, quadratic in a long run.
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        previous = runs[-1][0] if runs else None
        if previous is not None and _attaches(char) and _has(previous, char):
            chosen = previous
        elif char in covered:
            chosen = font
        else:
            bundled = next((alt for alt in _fallbacks(font) if char in coverage(alt)), None)
            chosen = bundled or fallback_face(char, bold) or font
            if chosen == font and unicodedata.category(char).startswith("C"):
                continue  # control characters: invisible, but drawn as boxes
        if runs and runs[-1][0] == chosen:
            runs[-1][1].append(char)
        else:
            runs.append((chosen, [char]))
    return [(face, "".join(chars)) for face, chars in runs]


def _attaches(char: str) -> bool:
    """Marks, format characters (joiners) and emoji skin tones belong to the character before.

    Not the soft hyphen: it is where ReportLab may break a word, in the word's own face.
    """
    if char == "\u00ad":
        return False
    return unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf") or 0x1F3FB <= ord(char) <= 0x1F3FF


def _has(font: str, char: str) -> bool:
    return has_glyph(font, char) if is_shaped(font) else char in coverage(font)


def escaped(text: str, font: str) -> str:
    """``text`` escaped for Paragraph markup, with ``<font face>`` where ``font`` lacks a glyph.

    The only way user text may reach a ``Paragraph``: ReportLab parses ``<``, ``&`` and
    tags in what it is given. Memoised for texts of paragraph size: the preview asks again
    for every paragraph on every edit, and the answer never changes.
    """
    if len(text) <= _ESCAPED_CHARS:
        return _escaped_memo(text, font)
    return _escaped(text, font)


#: Texts up to this long are memoised by :func:`escaped`, at most :data:`_ESCAPED_TEXTS`
#: of them (a few megabytes at most).
_ESCAPED_CHARS = 1_000
_ESCAPED_TEXTS = 4_096


def _escaped(text: str, font: str) -> str:
    runs = font_runs(text, font)
    if len(runs) <= 1 and all(face == font for face, _ in runs):
        return escape("".join(part for _, part in runs))
    return "".join(
        escape(part) if face == font else f'<font face="{face}">{escape(part)}</font>'
        for face, part in runs
    )


_escaped_memo = lru_cache(maxsize=_ESCAPED_TEXTS)(_escaped)


class Hyphenator:
    """pyphen's break points for a word, memoised.

    ReportLab calls its hyphenator for the word that overflows each line and, given a
    language name, builds a new ``pyphen.Pyphen`` per paragraph; the same words come back
    page after page, so a cached callable saves most of that work.
    """

    def __init__(self, language: Language) -> None:
        self._pyphen = pyphen.Pyphen(lang=locale(language))
        self._cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def __call__(self, word: str) -> tuple[tuple[str, str], ...]:
        try:
            return self._cache[word]
        except KeyError:
            pass
        if len(word) > _HYPHENATE_CHARS:  # no word is this long; its pairs would be quadratic
            return ()
        if len(self._cache) > _HYPHEN_CACHE_LIMIT:
            self._cache.clear()
        pairs = self._cache[word] = self._pairs(word)
        return pairs

    def _pairs(self, word: str) -> tuple[tuple[str, str], ...]:
        """(head, tail) splits, longest head first; a hyphenated compound splits at its hyphens.

        pyphen sees "Divosa-symposium" as letters and offers "Divos-a-symposium"; a reader
        expects a compound that has a hyphen to break there and nowhere else.
        """
        cuts = [i + 1 for i, char in enumerate(word[:-1]) if char == "-" and i > 0]
        if cuts:
            return tuple((word[:cut], word[cut:]) for cut in reversed(cuts))
        return tuple(self._pyphen.iterate(word))


@cache
def hyphenator(language: Language) -> Callable[[str], tuple[tuple[str, str], ...]]:
    """The shared, cached hyphenator for ``language``."""
    return Hyphenator(language)


# _HYPHENATOR: ReportLab takes a hyphenation callable as ``hyphenationLang`` as well as a
# language name (it calls one, looks the other up in pyphen); the stubs allow a name only.


class _StyleSettings(TypedDict, total=False):
    """The ``ParagraphStyle`` settings in which the named styles differ from the base."""

    fontName: str
    bulletFontName: str
    fontSize: float
    leading: float
    textColor: Color
    spaceBefore: float
    spaceAfter: float
    keepWithNext: int
    hyphenationLang: Callable[[str], tuple[tuple[str, str], ...]]  # see _HYPHENATOR


@dataclass(frozen=True, slots=True)
class Styles:
    """Every paragraph style the PDF uses, plus the theme colours they are made from.

    ``key_background`` is the panel behind the publication's key takeaways;
    ``section_background`` the quieter one behind a section's takeaways.
    """

    primary: Color
    accent: Color
    key_background: Color
    section_background: Color
    #: ``primary`` as a link's colour in Paragraph markup (``#rrggbb``): made once here,
    #: as every leaf of the story asks for it.
    link: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    intro: ParagraphStyle
    lead: ParagraphStyle
    body: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    byline: ParagraphStyle
    takeaway: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    video: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    credit: ParagraphStyle
    colophon_heading: ParagraphStyle
    colophon: ParagraphStyle
    body_font: str
    heading_font: str
    #: The theme and language the styles were made for: another language's styles for a
    #: block in that language come from :func:`styles` with the same theme.
    theme: ThemeTokens
    language: Language


@lru_cache(maxsize=32)
def styles(theme: ThemeTokens, language: Language) -> Styles:
    """The styles for ``theme`` with hyphenation in ``language``."""
    register_fonts()
    colours = theme.palette
    primary = HexColor(colours.primary)
    accent = HexColor(colours.accent)
    body_family: Family = theme.body_font
    heading_family: Family = theme.heading_font
    body_face = font_name(body_family)
    heading_face = font_name(heading_family)
    hyphenate = hyphenator(language)

    base = ParagraphStyle(
        "podium-base",
        fontName=body_face,
        fontSize=11,
        leading=16,
        textColor=TEXT,
        bulletFontName=body_face,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )

    # Body text is hyphenated; headings, labels and captions are not. The ignores below: a
    # hyphenator as hyphenationLang (see _HYPHENATOR).
    def body_style(name: str, **kw: Unpack[_StyleSettings]) -> ParagraphStyle:
        settings: _StyleSettings = {"hyphenationLang": hyphenate, **kw}
        return ParagraphStyle(name, parent=base, **settings)  # type: ignore[arg-type]  # see above

    def heading_style(name: str, **kw: Unpack[_StyleSettings]) -> ParagraphStyle:
        settings: _StyleSettings = {"fontName": heading_face, "bulletFontName": heading_face}
        settings.update(kw)
        return ParagraphStyle(name, parent=base, **settings)  # type: ignore[arg-type]  # see above

    return Styles(
        primary=primary,
        accent=accent,
        key_background=HexColor(colours.primary_tint),
        section_background=HexColor(colours.primary_faint),
        link=primary.hexval(),
        title=heading_style(
            "podium-title",
            fontName=font_name(heading_family, "bold"),
            fontSize=26,
            leading=31,
            textColor=primary,
            spaceAfter=6,
        ),
        subtitle=heading_style(
            "podium-subtitle", fontSize=15, leading=19, textColor=TEXT, spaceAfter=6
        ),
        meta=heading_style("podium-meta", fontSize=9.5, leading=13, textColor=MUTED),
        intro=body_style("podium-intro", fontSize=12.5, leading=18, spaceBefore=14, spaceAfter=10),
        lead=body_style(
            "podium-lead",
            fontName=font_name(body_family, "bold"),
            fontSize=11,
            leading=16,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        body=body_style("podium-body", spaceAfter=7),
        h1=heading_style(
            "podium-h1",
            fontName=font_name(heading_family, "bold"),
            fontSize=17,
            leading=21,
            textColor=primary,
            spaceBefore=20,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h2=heading_style(
            "podium-h2",
            fontName=font_name(heading_family, "bold"),
            fontSize=13,
            leading=17,
            textColor=primary,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3=heading_style(
            "podium-h3",
            fontName=font_name(heading_family, "bold"),
            fontSize=11.5,
            leading=15,
            textColor=TEXT,
            spaceBefore=10,
            spaceAfter=2,
            keepWithNext=1,
        ),
        byline=body_style(
            "podium-byline",
            fontName=font_name(body_family, "italic"),
            fontSize=10,
            leading=14,
            textColor=MUTED,
            spaceAfter=9,
            keepWithNext=1,
        ),
        takeaway=ParagraphStyle(
            "podium-takeaway",
            parent=base,
            fontName=heading_face,
            bulletFontName=heading_face,
            fontSize=10.5,
            leading=14.5,
            leftIndent=13,
            bulletIndent=0,
            spaceAfter=4,
            bulletColor=accent,
            hyphenationLang=hyphenate,  # type: ignore[arg-type]  # see _HYPHENATOR
        ),
        quote=body_style(
            "podium-quote",
            fontName=font_name(body_family, "italic"),
            fontSize=15,
            leading=21,
            textColor=primary,
        ),
        attribution=heading_style(
            "podium-attribution", fontSize=9.5, leading=13, textColor=MUTED, spaceBefore=5
        ),
        video=heading_style(
            "podium-video",
            fontName=font_name(heading_family, "bold"),
            fontSize=10.5,
            leading=14,
            textColor=primary,
            spaceBefore=6,
            keepWithNext=1,
        ),
        note=heading_style(
            "podium-note",
            fontSize=9,
            leading=12.5,
            textColor=MUTED,
            spaceAfter=6,
            hyphenationLang=hyphenate,
        ),
        caption=heading_style(
            "podium-caption", fontSize=9, leading=12, textColor=TEXT, spaceBefore=4
        ),
        credit=heading_style(
            "podium-credit",
            fontName=font_name(heading_family, "italic"),
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceAfter=8,
        ),
        colophon_heading=heading_style(
            "podium-colophon-heading",
            fontName=font_name(heading_family, "bold"),
            fontSize=15,
            leading=19,
            textColor=primary,
            spaceBefore=24,
            spaceAfter=6,
            keepWithNext=1,
        ),
        colophon=heading_style(
            "podium-colophon", fontSize=9.5, leading=13, textColor=TEXT, spaceAfter=5
        ),
        body_font=body_face,
        heading_font=heading_face,
        theme=theme,
        language=language,
    )
