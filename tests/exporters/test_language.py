"""Both exports speak the publication's language, and a section or quote may speak another.

Labels and dates come from :mod:`exporters.labels`; the PDF hyphenates each group with the
patterns of that group's language, and the HTML marks such a group with ``lang``.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import Group, build
from exporters.labels import Language, label
from exporters.pdf import render_pdf
from exporters.pdf.styles import hyphenator, styles
from models import Project, Publication

#: What each language must say, in the PDF and the HTML alike.
EXPECTED: dict[Language, dict[str, str]] = {
    "en": {
        "by": "By dr. Ann Smith, director at Divosa",
        "colophon": "Colophon",
        "date": "Publication date: 14 February 2018",
        "event": "Divosa symposium, 9 February 2018, Utrecht",
        "video": "Watch the video",
        "names": "Ann, Bob and Cas",
        "version": "Version",
    },
    "nl": {
        "by": "Door dr. Ann Smith, director bij Divosa",
        "colophon": "Colofon",
        "date": "Publicatiedatum: 14 februari 2018",
        "event": "Divosa symposium, 9 februari 2018, Utrecht",
        "video": "Bekijk de video",
        "names": "Ann, Bob en Cas",
        "version": "Versie",
    },
}
PAGE_OF: dict[Language, str] = {"en": "page {page} of {pages}", "nl": "pagina {page} van {pages}"}
HTML_ONLY: dict[Language, tuple[str, ...]] = {
    "en": ("Print this publication", "Download as PDF", "Skip to content", "Key takeaways"),
    "nl": ("Deze publicatie printen", "Downloaden als pdf", "Naar de inhoud", "Belangrijkste"),
}


def publication(language: Language, **changes: Any) -> Publication:
    """A small publication in ``language`` with every labelled part."""
    data: dict[str, Any] = {
        "title": "Room for professionals",
        "publication_date": "2018-02-14",
        "language": language,
        "publisher": "Divosa",
        "event": {"name": "Divosa symposium", "date": "2018-02-09", "place": "Utrecht"},
        "intro": ["An introduction."],
        "key_takeaways": {"items": ["One point."]},
        "speakers": [
            {
                "id": "ann",
                "name": "Ann Smith",
                "honorific": "dr.",
                "role": "director",
                "organisation": "Divosa",
            }
        ],
        "blocks": [
            {
                "kind": "section",
                "id": "opening",
                "title": "Opening",
                "people": ["ann"],
                "body": ["Some text."],
                # The editor gives a new video this label in the publication's language.
                "videos": [{"label": label("watch_video", language), "url": "https://a.nl"}],
            }
        ],
        "colophon": {
            "organisation": "Divosa",
            "credits": [{"role": "Text", "names": ["Ann", "Bob", "Cas"]}],
            "version": "1.0",
        },
    }
    data.update(changes)
    return Publication.model_validate(data)


def pdf_text(pdf: bytes) -> list[str]:
    """Each page's text with white space collapsed (the page total is drawn on its own)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def html_text(html: str) -> str:
    """The page's visible text, white space collapsed, and every attribute value."""

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.skip += tag in ("style", "script")
            self.parts += [v for k, v in attrs if v and k in ("aria-label", "alt")]

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag in ("style", "script")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


class Langs(HTMLParser):
    """The ``lang`` of the root and of every element with an id."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.root: str | None = None
        self.by_id: dict[str, str | None] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.root = values.get("lang")
        if values.get("id"):
            self.by_id[str(values["id"])] = values.get("lang")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_pdf_labels_and_dates_follow_the_publication(language: Language) -> None:
    pages = pdf_text(render_pdf(build(Project(publication(language)))))
    text = " ".join(pages)
    for key, expected in EXPECTED[language].items():
        assert expected in text, key
    for number, page in enumerate(pages, start=1):
        assert PAGE_OF[language].format(page=number, pages=len(pages)) in page
    other: Language = "nl" if language == "en" else "en"
    for key in ("colophon", "date", "names"):
        assert EXPECTED[other][key] not in text


@pytest.mark.parametrize("language", ["en", "nl"])
def test_html_labels_and_dates_follow_the_publication(language: Language) -> None:
    html = render_html(build(Project(publication(language))), pdf_href="report.pdf")
    text = html_text(html)
    for key, expected in EXPECTED[language].items():
        assert expected in text, key
    for expected in HTML_ONLY[language]:
        assert expected in text
    assert Langs(html).root == language
    assert '<time datetime="2018-02-14">' in html


def test_pdf_declares_the_publication_language() -> None:
    for language in ("en", "nl"):
        reader = PdfReader(io.BytesIO(render_pdf(build(Project(publication(language))))))
        assert reader.trailer["/Root"]["/Lang"] == language


def _other_language_blocks(language: Language) -> list[dict[str, Any]]:
    return [
        {
            "kind": "section",
            "id": "foreign",
            "title": "A guest speaker",
            "language": language,
            "people": ["ann"],
            "body": ["Text."],
        },
        {"kind": "quote", "id": "foreign-quote", "text": "Words.", "language": language},
        {"kind": "section", "id": "same", "title": "Same language", "language": "nl"},
        {"kind": "section", "id": "inherits", "title": "No language of its own"},
    ]


def test_a_section_or_quote_in_another_language_is_marked_in_the_html() -> None:
    pub = publication("nl", blocks=_other_language_blocks("en"))
    html = render_html(build(Project(pub)))
    langs = Langs(html)
    assert langs.root == "nl"
    assert langs.by_id["foreign"] == "en"
    assert langs.by_id["foreign-quote"] == "en"
    # The document's own language is not repeated on its parts.
    assert langs.by_id["same"] is None and langs.by_id["inherits"] is None
    # Words the export adds inside the section are in the section's language.
    start = html.index('id="foreign"')
    section = html[start : html.index("</section>", start)]
    assert "By dr. Ann Smith, director at Divosa" in html_text(section)


def test_the_ir_carries_a_group_language_only_when_it_differs() -> None:
    document = build(Project(publication("nl", blocks=_other_language_blocks("en"))))
    groups = {b.anchor: b.language for b in document.blocks if isinstance(b, Group)}
    assert groups["foreign"] == "en" and groups["foreign-quote"] == "en"
    assert groups["same"] is None and groups["inherits"] is None


def test_each_language_hyphenates_with_its_own_patterns() -> None:
    theme = build(Project(publication("nl"))).theme
    for language in ("en", "nl"):
        st = styles(theme, language)
        for style in (st.body, st.intro, st.lead, st.takeaway, st.quote, st.note):
            assert style.hyphenationLang is hyphenator(language)
    assert hyphenator("en")("understanding")[0] == ("understand", "ing")
    assert hyphenator("nl")("understanding")[0] == ("understan", "ding")


def _line_end_splits(text: str, word: str) -> list[str]:
    """The heads of ``word`` where a line ended inside it (``under-`` + newline + rest)."""
    heads = []
    for match in re.finditer(r"(\S+)-\n(\S+)", text):
        head, tail = match.groups()
        if (head + tail).strip(".,") == word or f"{head}-{tail}".strip(".,") == word:
            heads.append(head)
    return heads


def _repeated(word: str) -> str:
    """``word`` sixty times between fillers of varying width, so some land at a line end."""
    return " ".join(f"{word} {'x' * (1 + i % 7)}" for i in range(60))


def test_a_section_in_english_is_hyphenated_in_english_in_the_pdf() -> None:
    body = [_repeated("understanding")]
    blocks = [
        {"kind": "section", "id": "english", "title": "ENGLISH", "language": "en", "body": body},
        {"kind": "section", "id": "dutch", "title": "DUTCH", "body": body},
    ]
    pdf = render_pdf(build(Project(publication("nl", blocks=blocks))))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    english, dutch = text[text.index("ENGLISH") : text.index("DUTCH")], text[text.index("DUTCH") :]
    english_heads = _line_end_splits(english, "understanding")
    dutch_heads = _line_end_splits(dutch, "understanding")
    assert "understand" in english_heads and set(english_heads) <= {"un", "under", "understand"}
    assert "understan" in dutch_heads and set(dutch_heads) <= {"un", "under", "understan"}


def test_a_hyphenated_compound_breaks_only_at_its_hyphen() -> None:
    for language in ("en", "nl"):
        split = hyphenator(language)
        assert split("Divosa-symposium") == (("Divosa-", "symposium"),)
        assert split("wel-zijns-werk") == (("wel-zijns-", "werk"), ("wel-", "zijns-werk"))
    pub = publication("nl", intro=[_repeated("Divosa-symposium")])
    pdf = render_pdf(build(Project(pub)))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    heads = _line_end_splits(text, "Divosa-symposium")
    assert heads and set(heads) == {"Divosa"}
