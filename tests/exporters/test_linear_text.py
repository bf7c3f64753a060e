"""Hostile text costs time in proportion to its length, and every character gets through.

Issue 11, item 4: one 320,000-character word took 52 s to export as PDF, a paragraph of a
million ``[`` 15 s to validate. No timing is asserted here: the megabyte cases run in a
subprocess with a generous time limit (a hang guard), and the layout work is counted
(how often lines are broken, how many lines are rebuilt into words).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paraparser import ParaFrag

from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import paragraph as pdf
from exporters.pdf import render_pdf
from exporters.pdf.long_words import break_long_words
from exporters.pdf.page_template import MARGIN_BOTTOM, MARGIN_TOP
from exporters.pdf.paragraph import Para
from exporters.pdf.styles import register_fonts
from models import Project, Publication
from models.richtext import plain_text

#: Seconds a megabyte case may take in its subprocess before it counts as a hang: some
#: ten times what it takes on a loaded two-core machine.
HANG_GUARD_S = 60
#: Characters no other text of the test publication (chrome, labels) contains.
MARKED = "QXZ"


def data(text: str) -> dict[str, Any]:
    """A one-section publication whose only body paragraph is ``text``."""
    return {
        "title": "Lange tekst",
        "publication_date": dt.date(2018, 2, 14),
        "language": "nl",
        "publisher": "Podium",
        "intro": ["Een korte inleiding."],
        "blocks": [
            {
                "kind": "section",
                "id": "sectie-1",
                "title": "De alinea",
                "people": [],
                "takeaways": [],
                "body": [text],
            }
        ],
        "colophon": {"organisation": "Podium", "email": "info@example.org"},
    }


def project(text: str) -> Project:
    return Project(Publication.model_validate(data(text)))


def only(alphabet: str, text: str) -> str:
    """The characters of ``text`` that are in ``alphabet``, in order."""
    return re.sub(f"[^{re.escape(alphabet)}]", "", text)


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def body_text(data: bytes) -> str:
    """The PDF's text without white space and without the running header and footer."""
    pdf = PdfReader(io.BytesIO(data))
    height = float(pdf.pages[0].mediabox.height)
    body: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if MARGIN_BOTTOM - 1 < cm[5] + tm[5] * cm[3] < height - MARGIN_TOP + 1:
            body.append(text)

    for page in pdf.pages:
        page.extract_text(visitor_text=visit)
    return re.sub(r"\s", "", "".join(body))


# ---------------------------------------------------------------------------- hang guard

_WORKER = """
import json, sys
from pathlib import Path
from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication
from models.richtext import plain_text
from models.preflight import preflight

cases, folder = json.loads(sys.stdin.read())
for name, data in cases.items():
    project = Project(Publication.model_validate(data))
    preflight(project)
    Path(folder, name + ".pdf").write_bytes(render_pdf(build(project)))
    Path(folder, name + ".html").write_text(render_html(build(project)), encoding="utf-8")
"""


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def marked_words(size: int) -> str:
    """Numbered words (in order, never hyphenated) with marks in them, ``size`` characters.

    Bold, italic, a link and a word with a letter the body face lacks ('ĳ', set in a
    fallback face) send the paragraph down ReportLab's line breaking for several styles.
    """
    count = size // 8
    words = [f"w{i:06d}" for i in range(count)]
    words[0] = "**vet**"
    words[count // 3] = "*een cursief stuk*"
    words[count // 2] = "[een link](https://example.org)"
    words[2 * count // 3] = "bĳ"
    return " ".join(words)[:size]


@pytest.fixture(scope="module")
def megabyte(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A word of just under a megabyte, a million ``[`` and a megabyte of words with
    marks, validated and exported."""
    folder = tmp_path_factory.mktemp("megabyte")
    cases = {
        "word": (MARKED * 333_333)[:999_999],
        "brackets": "[" * 999_999,
        "marked": marked_words(999_999),
    }
    payload = json.dumps(
        [{name: data(text) for name, text in cases.items()}, str(folder)], default=_jsonable
    )
    try:
        subprocess.run(
            [sys.executable, "-c", _WORKER],
            input=payload,
            text=True,
            check=True,
            timeout=HANG_GUARD_S,
            capture_output=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validating and exporting a megabyte of text took over {HANG_GUARD_S} s")
    return folder


def test_a_megabyte_word_keeps_every_character(megabyte: Path) -> None:
    word = (MARKED * 333_333)[:999_999]
    assert only(MARKED, pdf_text((megabyte / "word.pdf").read_bytes())) == word
    assert word in (megabyte / "word.html").read_text(encoding="utf-8")


def test_a_million_brackets_keep_every_bracket(megabyte: Path) -> None:
    assert pdf_text((megabyte / "brackets.pdf").read_bytes()).count("[") == 999_999
    assert "[" * 999_999 in (megabyte / "brackets.html").read_text(encoding="utf-8")


def test_a_megabyte_of_words_with_marks_keeps_every_character(megabyte: Path) -> None:
    text = marked_words(999_999)
    visible = re.sub(r"\s", "", plain_text(text))
    # Short words may be hyphenated at a line's end; the text has no hyphen of its own.
    assert visible in body_text((megabyte / "marked.pdf").read_bytes()).replace("-", "")
    # The body only: the head's base64 font subsets may spell a "w" and six digits.
    page = (megabyte / "marked.html").read_text(encoding="utf-8").split("<body", 1)[1]
    assert re.findall(r"w\d{6}", page) == re.findall(r"w\d{6}", text)
    for words in ("vet", "een cursief stuk", "een link", "bĳ"):
        assert words in page


# ---------------------------------------------------------------------------- long words


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("gemeentebestuursverordening" * 800, id="hyphenatable"),
        pytest.param("*" + MARKED * 6000 + "*", id="italic"),
        pytest.param("[" + MARKED * 6000 + "](https://example.org)", id="link"),
        pytest.param("QĳXZ" * 5000, id="fallback-face"),
        pytest.param("QXZשלום" * 3000, id="right-to-left"),
        pytest.param("voor " + MARKED * 6000 + " na", id="between-words"),
    ],
)
def test_long_words_print_whole(text: str) -> None:
    visible = re.sub(r"\s", "", plain_text(text))
    document = build(project(text))
    assert visible in body_text(render_pdf(document))
    assert plain_text(text) in render_html(document)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("gemeentebestuursverordening" * 800, id="hyphenatable"),
        pytest.param("[" + MARKED * 6000 + "](https://example.org)", id="link"),
        pytest.param("QXZשלום" * 3000, id="right-to-left"),
    ],
)
@pytest.mark.parametrize("ordered", [False, True])
def test_long_words_print_whole_in_list_items_and_sub_items(text: str, ordered: bool) -> None:
    """List items are the renderer's own paragraphs: long words are cut, right-to-left text
    reordered, at the item's indent."""
    visible = re.sub(r"\s", "", plain_text(text))
    items = [{"text": "voor", "items": [text]}, {"text": text}]
    listed = data("")
    listed["blocks"][0]["body"] = [{"kind": "list", "ordered": ordered, "items": items}]
    document = build(Project(Publication.model_validate(listed)))
    shown = body_text(render_pdf(document))
    assert shown.count(visible) == 2
    assert shown.index("voor") < shown.index(visible)


def frag(text: str, font: str = "SourceSerifPro-Regular", size: float = 11) -> Any:
    register_fonts()
    return ParaFrag(text=text, fontName=font, fontSize=size)


def test_break_long_words_cuts_only_what_is_wider_than_a_line() -> None:
    frags = [frag("een gewone zin met woorden als verantwoordelijkheidsgevoel")]
    assert break_long_words(frags, 300) is None


def test_break_long_words_keeps_the_characters_in_line_wide_pieces() -> None:
    word = "gemeentebestuursverordening" * 50
    frags = [frag("voor "), frag(word[:700], "SourceSerifPro-Bold"), frag(word[700:] + " na")]
    broken = break_long_words(frags, 200)
    assert broken is not None
    assert "".join(f.text for f in broken) == "voor " + word + " na"
    pieces: list[list[Any]] = [[]]
    for f in broken:
        if hasattr(f, "lineBreak"):
            pieces.append([])
        else:
            pieces[-1].append(f)
    assert "".join(f.text for f in pieces[0]) == "voor "  # the word starts a new line
    widths = [
        sum(stringWidth(f.text.strip(), f.fontName, f.fontSize) for f in piece)
        for piece in pieces[1:-1]
    ]
    assert all(180 < width <= 200 for width in widths)
    assert "".join(f.text for f in pieces[-1]).endswith(" na")


def test_a_paragraph_is_broken_into_lines_once_over_many_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each page used to break the rest of a paragraph into lines again: quadratic."""
    calls: list[int] = []
    original = Para.breakLines

    def counting(self: Para, width: Any) -> Any:
        calls.append(1)
        return original(self, width)

    monkeypatch.setattr(Para, "breakLines", counting)
    render_pdf(build(project("Een korte alinea.")))
    short = len(calls)
    calls.clear()
    words = " ".join(f"w{i:05d}" for i in range(12_000))
    data_pdf = render_pdf(build(project(words)))
    assert len(PdfReader(io.BytesIO(data_pdf)).pages) > 10
    assert len(calls) <= short + 1
    assert re.findall(r"w\d{5}", pdf_text(data_pdf)) == [f"w{i:05d}" for i in range(12_000)]


@pytest.mark.parametrize("markup", ["", "**vet** "], ids=["plain", "with-a-mark"])
def test_splitting_rebuilds_each_line_once(markup: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page break handed the rest of a paragraph every word again: quadratic."""
    rebuilt: list[int] = []
    for name in ("_split_blParaSimple", "_split_blParaHard"):
        original = getattr(pdf, name)

        def counting(blPara: Any, start: int, stop: int, original: Any = original) -> Any:
            rebuilt.append(stop - start)
            return original(blPara, start, stop)

        monkeypatch.setattr(pdf, name, counting)
    processed = Para._split_blParaProcessed

    def counting_processed(self: Any, blPara: Any, start: int, stop: int) -> Any:
        rebuilt.append(stop - start)
        return processed(self, blPara, start, stop)

    monkeypatch.setattr(Para, "_split_blParaProcessed", counting_processed)
    words = markup + " ".join(f"w{i:05d}" for i in range(12_000))
    data_pdf = render_pdf(build(project(words)))
    found = re.findall(r"w\d{5}", pdf_text(data_pdf))
    assert found == [f"w{i:05d}" for i in range(12_000)]
    lines = 12_000 * 7 // 60  # about 60 characters a line, as an upper bound on their number
    assert 0 < sum(rebuilt) <= 2 * lines


def line_words(paragraph: Para) -> list[str]:
    """The numbered words on ``paragraph``'s lines, in order."""
    texts = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # one style: (space left, words)
            texts += line[1]
        else:
            texts += [word.text for word in line.words]
    return re.findall(r"w\d{4}", " ".join(texts))


@pytest.mark.parametrize("markup", ["", "<b>vet</b> "], ids=["plain", "with-a-mark"])
def test_split_parts_rebuild_their_words_when_wrapped_anew(markup: str) -> None:
    """A part of a split paragraph is handed its lines; its words only when it needs them."""
    register_fonts()
    style = ParagraphStyle("t", fontName="SourceSerifPro-Regular", fontSize=11, leading=16)
    words = [f"w{i:04d}" for i in range(2000)]
    paragraph = Para(markup + " ".join(words), style)
    paragraph.wrap(300, 10_000)
    head, tail = paragraph.split(300, 160)
    middle, rest = tail.split(300, 160)
    rest.wrap(200, 100_000)  # another width: its lines are broken anew from its words
    assert line_words(head) + line_words(middle) + line_words(rest) == words


def broken_lines(paragraph: Para) -> list[tuple[float, list[tuple[str, str]]]]:
    """Each line's space left and its (text, font) pieces."""
    return [
        (line.extraSpace, [(word.text, word.fontName) for word in line.words])
        for line in paragraph.blPara.lines
    ]


def test_a_long_paragraph_with_marks_is_broken_from_a_queue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ReportLab took each word of a paragraph with several styles with ``pop(0)`` from a
    list, moving all the words after it: quadratic. From the queue, the lines are the same.
    """
    register_fonts()
    style = ParagraphStyle(
        "t", fontName="SourceSerifPro-Regular", fontSize=11, leading=16, hyphenationLang="nl_NL"
    )
    words = "verantwoordelijkheid gemeentebestuur onderwijsinspectie " * 1500
    markup = f"<b>vet</b> {words} <i>cursief</i> <a href='https://example.org'>link</a> {words}"
    taken: list[int] = []
    popleft = pdf._Queue.popleft

    def counting(queue: Any) -> Any:
        taken.append(1)
        return popleft(queue)

    monkeypatch.setattr(pdf._Queue, "popleft", counting)
    queued = Para(markup, style)
    queued.wrap(300, 100_000)
    assert queued._hyphenations > 0  # words cut at line ends went back into the queue
    assert len(taken) >= 2 * 3 * 1500  # every word, and every hyphenated word's rest
    monkeypatch.setattr(pdf, "_QUEUED_WORDS", 10**9)  # ReportLab's own list
    listed = Para(markup, style)
    listed.wrap(300, 100_000)
    assert broken_lines(queued) == broken_lines(listed)
