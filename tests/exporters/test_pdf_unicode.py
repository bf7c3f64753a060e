"""Text the bundled fonts lack: fallback faces, shaping, display order and what reads back.

The PDF parts draw paragraphs with the renderer's own ``Para`` and styles on a bare page and
read them back with pypdf; the hostile-text test covers the whole export.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from exporters import ir
from exporters.html import render_html
from exporters.pdf.bidi import bidi_levels, visual_order
from exporters.pdf.display import layout_line
from exporters.pdf.paragraph import Para
from exporters.pdf.shaping import ShapedFont, is_shaped, register, to_unicode_cmap
from exporters.pdf.styles import Styles, escaped, font_runs, styles
from models import Publication, load

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
HEBREW = "שלום עולם"
ARABIC = "مرحبا"
MIXED = f"Café {HEBREW} {ARABIC} 👩\u200d💻 😀 zero\u200bwidth"


@cache
def body_styles() -> Styles:
    return styles(ir.build(load(SAMPLE)).theme, "nl")


def pdf_of(*texts: str, bold: bool = False) -> bytes:
    """One paragraph per text, in the body style (bold: in the lead style)."""
    st = body_styles()
    style = st.lead if bold else st.body
    buffer = io.BytesIO()
    story = [Para(escaped(text, style.fontName), style) for text in texts]
    SimpleDocTemplate(buffer, invariant=1, initialFontName=style.fontName).build(story)
    return buffer.getvalue()


def extracted(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    """Visible characters in order: no white space, no format characters, composed."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def font_names(data: bytes) -> set[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {
            str(obj.BaseFont).split("+")[-1]
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
        }


# ---------------------------------------------------------------------------- runs


def test_latin_text_keeps_the_bundled_faces() -> None:
    font = body_styles().body.fontName
    assert font_runs("Gewone tekst: één, twee", font) == [(font, "Gewone tekst: één, twee")]
    names = font_names(pdf_of("Gewone tekst met ĳ en é."))
    assert names and all(name.startswith("Source") for name in names)


def test_runs_keep_sequences_and_marks_together() -> None:
    font = body_styles().body.fontName
    runs = font_runs("a 👩\u200d💻 שָׁלוֹם b", font)
    shaped = [(face, text) for face, text in runs if is_shaped(face)]
    assert shaped == [
        ("NotoEmoji-Regular", "👩\u200d💻"),
        ("NotoSansHebrew-Regular", "שָׁלוֹם"),
    ]


def test_runs_keep_direction_controls_for_the_layout_and_compose_accents() -> None:
    font = body_styles().body.fontName
    runs = font_runs("x \u202eabc\u202c Cafe\u0301", font)
    assert "".join(text for _, text in runs) == "x \u202eabc\u202c Café"
    assert all(is_shaped(face) for face, text in runs if "\u202e" in text or "\u202c" in text)


def test_bold_text_gets_the_bold_instance() -> None:
    assert font_runs(HEBREW, styled_bold())[0][0] == "NotoSansHebrew-Bold"
    assert "NotoSansHebrew-Bold" in font_names(pdf_of(HEBREW, bold=True))


def styled_bold() -> str:
    return body_styles().lead.fontName


# ---------------------------------------------------------------------------- bidi


def test_bidi_levels() -> None:
    assert bidi_levels("abc") == [0, 0, 0]
    assert bidi_levels("ab שלום") == [0, 0, 0, 1, 1, 1, 1]
    assert bidi_levels("שלום 12") == [1, 1, 1, 1, 1, 2, 2]
    # An override turns Latin right-to-left; Latin in a right-to-left isolate is one up.
    assert bidi_levels("a\u202ebc\u202cd")[2:4] == [1, 1]
    assert bidi_levels("a \u2067bc\u2069 d")[3:5] == [2, 2]
    # Rule L1: white space at the end of a line is at the base level.
    assert bidi_levels("ab שלום  ")[-2:] == [0, 0]


def test_visual_order() -> None:
    assert visual_order([0, 0, 1, 1, 1, 0]) == [0, 1, 4, 3, 2, 5]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert visual_order([0, 0]) == [0, 1]


def test_a_line_is_drawn_in_reading_order_with_words_placed_right_to_left() -> None:
    latin = body_styles().body.fontName
    hebrew = register("NotoSansHebrew")[0]
    parts = [(latin, 11, "Café "), (hebrew, 11, "שלום"), (latin, 11, " "), (hebrew, 11, "עולם")]
    parts += [(latin, 11, " eind")]
    drawn = layout_line(parts)
    assert [part for part, _ in drawn] == [0, 1, 2, 3, 4]  # reading order
    starts: dict[int, float] = {}
    pen = 0.0
    for part, text in drawn:
        font, size, _ = parts[part]
        offset = getattr(text, "__shapeData__", None)
        starts[part] = pen + (offset[0].x_offset * size / 1000 if offset else 0)
        pen += pdfmetrics.stringWidth(text, font, size)
    # Displayed left to right: "Café", then עולם, then שלום, then "eind".
    assert starts[0] < starts[3] < starts[1] < starts[4]


# ---------------------------------------------------------------------------- shaping


def test_arabic_is_shaped_into_joining_forms() -> None:
    font = pdfmetrics.getFont(register("NotoSansArabic")[0])
    assert isinstance(font, ShapedFont)
    run = font.glyph_run(ARABIC, rtl=True)
    glyphs = [font.face.charToGlyph[ord(key)] for key in run]
    isolated = {font.face.charToGlyph[ord(char)] for char in ARABIC}
    assert len(set(glyphs) - isolated) >= 3  # initial, medial and final forms
    texts = [font._text_of(ord(key)) for key in run]
    assert "".join(reversed(texts)) == ARABIC  # display order is right to left


def test_an_emoji_sequence_is_one_glyph_that_reads_back_without_its_joiner() -> None:
    font = pdfmetrics.getFont(register("NotoEmoji")[0])
    run = font.glyph_run("👩\u200d💻", rtl=False)
    assert len(run) == 1
    assert font._text_of(ord(run[0])) == "👩💻"


def test_to_unicode_cmap_writes_utf16() -> None:
    cmap = to_unicode_cmap("X", ["", "A", "😀", "لا"])
    assert "<00> <>" in cmap
    assert "<01> <0041>" in cmap
    assert "<02> <D83DDE00>" in cmap  # a surrogate pair, not ReportLab's <1F600>
    assert "<03> <06440627>" in cmap
    big = to_unicode_cmap("X", ["A"] * 150)
    assert "100 beginbfchar" in big and "50 beginbfchar" in big


# ---------------------------------------------------------------------------- read back


def test_pdf_reads_back_what_was_written() -> None:
    data = pdf_of(MIXED, f"{HEBREW}, {ARABIC}!", "😀")
    text = extracted(data)
    assert squash(MIXED) in squash(text)
    assert squash(f"{HEBREW}, {ARABIC}!") in squash(text)
    assert not re.search("[\x00\ue000-\uf8ff\U000f0000-\U0010ffff]", text)  # no private codes
    assert "\u200b" not in text and "\u200d" not in text


def test_long_right_to_left_text_reads_back_across_lines() -> None:
    words = [HEBREW, ARABIC, "ספר", "كتاب", "123"] * 30
    text = " ".join(words)
    assert squash(text) in squash(extracted(pdf_of(text)))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_same_order() -> None:
    """pdftotext orders by position with rules of its own (a line with more right-to-left
    than left-to-right letters it reads as a right-to-left paragraph; emoji between words of
    two directions it moves), so this is a Dutch sentence that quotes Hebrew and Arabic."""
    text = f"Een Nederlandse zin die {HEBREW} en {ARABIC} aanhaalt."
    out = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf_of(text), capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert squash(text) in squash(out)


# ---------------------------------------------------------------------------- HTML


def _html_with(title: str) -> str:
    project = load(SAMPLE)
    data = project.publication.model_dump()
    data["title"] = title
    return render_html(ir.build(project.with_publication(Publication.model_validate(data))))


def test_html_embeds_fallback_faces_only_when_needed() -> None:
    plain = render_html(ir.build(load(SAMPLE)))
    assert "Podium Noto" not in plain
    page = _html_with(f"Titel {HEBREW} 😀")
    faces = re.findall(r"font-family:'(Podium [^']+)'", page)
    assert faces == ["Podium NotoEmoji", "Podium NotoSansHebrew"]
    assert len(page) - len(plain) < 60_000  # subsets of a few glyphs, not whole fonts
