"""Hostile text in every text field comes out of the PDF and the HTML as the same visible text.

Every string field of the sample that accepts free text (found by trying: ids, URLs, e-mail
addresses and colours refuse it) gets a numbered copy of text that breaks naive exporters:
markup, entities, a file-reading ``<img>``, a ``javascript:`` URL, right-to-left scripts with
a bidi override, zero-width characters, an emoji sequence and a combining accent. The HTML is
parsed and its visible text compared exactly (Unicode NFC, white space collapsed); the PDF's
text is read back with pypdf.
"""

from __future__ import annotations

import copy
import io
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from pydantic import ValidationError
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication, load
from models.richtext import plain_text

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"

#: Text that markup languages and naive renderers get wrong; all of it must print as is.
MARKUP = (
    "<script>alert(1)</script> </p> &amp; &lt; <b>vet <img src=/etc/passwd> javascript:alert(1)"
)
#: A combining accent: "é" as e + U+0301 (compared NFC-insensitively).
COMBINING = "Cafe\u0301"
#: Hebrew with a right-to-left override, Arabic, zero-width space and joiner, an emoji sequence.
SCRIPTS = "שלום \u202eעולם\u202c مرحبا zero\u200bwidth a\u200db 👩\u200d💻"
HOSTILE = f"{MARKUP} {COMBINING} {SCRIPTS}"

Loc = tuple[str | int, ...]


# ---------------------------------------------------------------------------- the publication


def _string_locs(node: Any, loc: Loc = ()) -> Iterator[Loc]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _string_locs(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_locs(value, (*loc, index))
    elif isinstance(node, str):
        yield loc


def _set(node: Any, loc: Loc, value: str) -> None:
    for key in loc[:-1]:
        node = node[key]
    node[loc[-1]] = value


def _with_every_block(project: Project) -> Project:
    """The sample plus every kind of body block (a captioned figure, a sub-heading, a list
    with a sub-item), a part with an intro and a section, a custom byline and a colophon
    note, so every kind of text is covered whatever the sample holds."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#00557F").save(buffer, "PNG")
    project, asset = project.with_asset(buffer.getvalue(), "png")
    data = project.publication.model_dump()
    section = next(block for block in data["blocks"] if block["kind"] == "section")
    image = {"asset": asset, "alt": "alt", "caption": "caption", "credit": "credit"}
    section["body"] = [
        *section["body"],
        {"kind": "heading", "text": "sub-heading"},
        {"kind": "list", "items": [{"text": "item", "items": ["sub-item"]}]},
        {"kind": "figure", "images": [image]},
    ]
    custom = {"kind": "section", "id": "custom", "title": "custom", "body": ["text"]}
    custom |= {"people": [section["people"][0]], "byline": "custom", "byline_text": "byline"}
    data["blocks"] = [
        *data["blocks"],
        {
            "kind": "part",
            "id": "part",
            "title": "part",
            "intro": ["part intro", {"kind": "list", "ordered": True, "items": [{"text": "i"}]}],
            "blocks": [custom],
        },
    ]
    data["colophon"]["note"] = ["note"]
    return project.with_publication(Publication.model_validate(data))


@cache
def hostile_project(text: str = HOSTILE) -> tuple[Project, dict[Loc, str]]:
    """The sample with ``F<n>: text`` in every free-text field; returns the fields filled."""
    project = _with_every_block(load(SAMPLE))
    data = project.publication.model_dump(mode="json")  # lists, not the models' tuples
    filled: dict[Loc, str] = {}
    for number, loc in enumerate(list(_string_locs(data)), start=1):
        if _unshown(data, loc):
            continue
        value = f"F{number}: {text}"
        trial = copy.deepcopy(data)
        _set(trial, loc, value)
        try:
            Publication.model_validate(trial)
        except ValidationError:
            continue  # an id, URL, e-mail address, colour, choice or asset name
        _set(data, loc, value)
        filled[loc] = value
    return project.with_publication(Publication.model_validate(data)), filled


def _unshown(data: dict[str, Any], loc: Loc) -> bool:
    """A field no export shows by design: the typed byline of a section whose byline is
    composed from its people (or hidden)."""
    if loc[-1] != "byline_text":
        return False
    section = data
    for key in loc[:-1]:
        section = section[key]
    return section.get("byline") != "custom"


def visible(value: str) -> str:
    """What a reader sees of a field: rich-text marks removed (plain fields have none)."""
    return plain_text(value)


def _is_alt(loc: Loc) -> bool:
    return loc[-1] == "alt"


# ---------------------------------------------------------------------------- reading back


class _Page(HTMLParser):
    """The visible text of a page, the alt texts of its images, and its element names."""

    HIDDEN = frozenset({"head", "script", "style", "template"})

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.alts: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "img":
            self.alts.append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def _html_page(text: str) -> _Page:
    page = _Page()
    page.feed(render_html(build(hostile_project(text)[0])))
    return page


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _html_form(text: str) -> str:
    """As a browser shows it: white space collapsed."""
    return re.sub(r"\s+", " ", _nfc(text))


#: Fields the PDF carries in its document properties only (the HTML also prints them).
PDF_PROPERTIES: dict[Loc, str] = {("publisher",): "/Author"}


@cache
def _pdf() -> tuple[str, dict[str, str]]:
    """The PDF's text, and its document properties."""
    reader = PdfReader(io.BytesIO(render_pdf(build(hostile_project()[0]))))
    text = "".join(page.extract_text() for page in reader.pages)
    return text, {key: str(value) for key, value in (reader.metadata or {}).items()}


def _pdf_lacks(loc: Loc, expected: str) -> bool:
    """Whether the PDF does not show ``expected``, the visible text of the field at ``loc``."""
    text, properties = _pdf()
    if loc in PDF_PROPERTIES:
        # A property holds the field as typed, invisible characters included.
        value = _printable(properties.get(PDF_PROPERTIES[loc], ""))
        return _pdf_form(expected) not in _pdf_form(value)
    return _pdf_form(expected) not in _pdf_form(text)


def _printable(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _pdf_form(text: str) -> str:
    """Line breaks, hyphenation and spacing differ in a PDF; the characters may not."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", _nfc(text))


# ---------------------------------------------------------------------------- the tests


def test_every_kind_of_text_field_is_filled() -> None:
    _project, filled = hostile_project()
    keys = {tuple(k for k in loc if isinstance(k, str)) for loc in filled}
    expected = {
        ("title",),
        ("subtitle",),
        ("intro", "text"),
        ("key_takeaways", "items"),
        ("blocks", "title"),
        ("blocks", "takeaways"),
        ("blocks", "text"),
        ("blocks", "attribution"),
        ("blocks", "videos", "label"),
        ("blocks", "videos", "access_note"),
        ("blocks", "body", "text"),
        ("blocks", "body", "items", "text"),
        ("blocks", "body", "items", "items"),
        ("blocks", "body", "images", "alt"),
        ("blocks", "body", "images", "caption"),
        ("blocks", "body", "images", "credit"),
        ("blocks", "intro", "text"),
        ("blocks", "intro", "items", "text"),
        ("blocks", "blocks", "title"),
        ("blocks", "blocks", "body", "text"),
        ("blocks", "blocks", "byline_text"),
        ("colophon", "note", "text"),
        ("speakers", "name"),
        ("speakers", "role"),
        ("speakers", "organisation"),
        ("colophon", "organisation"),
        ("colophon", "credits", "role"),
        ("colophon", "credits", "names"),
        ("colophon", "version"),
    }
    assert expected <= keys
    assert not any(loc[-1] in ("id", "url", "email", "website", "asset") for loc in filled)


def test_html_shows_every_field_exactly() -> None:
    _project, filled = hostile_project()
    page = _html_page(HOSTILE)
    shown = _html_form("".join(page.text))
    alts = {_html_form(alt) for alt in page.alts}
    missing = [
        loc
        for loc, value in filled.items()
        if _html_form(visible(value)) not in (alts if _is_alt(loc) else shown)
    ]
    assert missing == []


def test_html_gains_no_markup_from_text() -> None:
    """The hostile page has exactly the elements and attributes of a page with plain text."""
    hostile = _html_page(HOSTILE).elements
    plain = _html_page("plain words").elements

    def shape(elements: list[tuple[str, dict[str, str | None]]]) -> list[tuple[str, list[str]]]:
        return [(tag, sorted(attrs)) for tag, attrs in elements]

    assert shape(hostile) == shape(plain)
    hrefs = [attrs.get("href") or "" for _tag, attrs in hostile]
    assert not any(href.lower().startswith("javascript:") for href in hrefs)
    sources = [attrs.get("src") or "" for tag, attrs in hostile if tag == "img"]
    assert all(src.startswith("data:image/") for src in sources)


def test_pdf_prints_markup_and_combining_marks_as_text() -> None:
    """``<b>``, ``&amp;`` and ``<img src>`` are printed, never obeyed by ReportLab."""
    _project, filled = hostile_project()
    missing = [
        loc
        for loc, value in filled.items()
        if not _is_alt(loc) and _pdf_lacks(loc, visible(value[: value.index(SCRIPTS)]))
    ]
    assert missing == []


def test_pdf_prints_right_to_left_scripts_and_emoji() -> None:
    """Hebrew, shaped Arabic and emoji print, and read back in the order they were written."""
    _project, filled = hostile_project()
    # Zero-width and bidi-control characters are invisible: only the rest must be printed.
    expected = "".join(c for c in SCRIPTS if unicodedata.category(c) != "Cf")
    missing = [
        loc
        for loc, value in filled.items()
        if not _is_alt(loc) and _pdf_lacks(loc, value[: value.index(SCRIPTS)] + expected)
    ]
    assert missing == []
