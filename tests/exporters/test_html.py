"""The HTML export read back with the standard library's HTML parser.

Structure (landmarks, headings, one element per block), escaping of hostile text in every
field, a page that never reaches the network, and the print/download affordances.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import itertools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jinja2 import UndefinedError
from PIL import Image as PILImage

from exporters import html as html_exporter
from exporters.html import UnsafeLinkError, inline, render_html
from exporters.ir import (
    Byline,
    ColophonBlock,
    Document,
    DocumentInfo,
    Figure,
    FigureGroup,
    Group,
    Heading,
    ListItem,
    Paragraph,
    PullQuote,
    TakeawayList,
    TextList,
    ThemeTokens,
    TitleBlock,
    VideoLink,
    build,
)
from models import Project, Publication, Quote, Section, load
from models.body import texts as body_texts
from models.richtext import Span, plain_text

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
HOSTILE = "<script>alert(1)</script> </p> &amp; <b>bold <img src=/etc/passwd> javascript:alert(1)"
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass
class Element:
    """A start tag with its attributes and the tags it sits in."""

    tag: str
    attrs: dict[str, str]
    ancestors: tuple[str, ...]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """Every element in document order, the visible body text and the style sheet text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.visible: list[str] = []
        self.style = ""
        self.title = ""
        self.doctype = ""
        self.stray: list[str] = []  # end tags that close nothing: a sign of leaked markup
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, tuple(e.tag for e in self._open))
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(
            Element(tag, {k: v or "" for k, v in attrs}, tuple(e.tag for e in self._open))
        )

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return
        self.stray.append(tag)

    def handle_data(self, data: str) -> None:
        tags = [e.tag for e in self._open]
        for element in self._open:
            element.text.append(data)
        if "style" in tags:
            self.style += data
        elif "title" in tags:
            self.title += data
        elif "head" not in tags and "script" not in tags:
            self.visible.append(data)

    def all(self, tag: str, cls: str | None = None) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and (cls is None or cls in e.classes)]

    def by_id(self, element_id: str) -> Element:
        (found,) = [e for e in self.elements if e.attrs.get("id") == element_id]
        return found

    @property
    def text(self) -> str:
        return squash(" ".join(self.visible))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(element: Element) -> str:
    return squash("".join(element.text))


def png(width: int = 40, height: int = 30) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (0, 85, 127)).save(out, format="PNG")
    return out.getvalue()


def publication(**fields: Any) -> dict[str, Any]:
    """A small valid publication as data; ``fields`` replace top-level keys."""
    data: dict[str, Any] = {
        "title": "Titel",
        "publication_date": "2018-02-14",
        "blocks": [{"kind": "section", "id": "sec-a", "title": "Eerste", "body": ["Tekst."]}],
    }
    return {**data, **fields}


def render(
    data: dict[str, Any], *, assets: dict[str, bytes] | None = None, pdf_href: str | None = None
) -> tuple[str, Page]:
    project = Project(Publication.model_validate(data), assets or {})
    html = render_html(build(project), pdf_href=pdf_href)
    return html, Page(html)


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def sample_page(sample: Project) -> Page:
    return Page(render_html(build(sample), pdf_href="ruimte-voor-professionals.pdf"))


# --- structure ---------------------------------------------------------------------------


def test_page_is_html5_in_the_publication_language(sample_page: Page) -> None:
    assert sample_page.stray == []
    assert sample_page.doctype.lower() == "doctype html"
    (root,) = sample_page.all("html")
    assert root.attrs["lang"] == "nl"
    metas = sample_page.all("meta")
    assert any("charset" in m.attrs for m in metas)
    assert any(m.attrs.get("name") == "viewport" for m in metas)
    assert sample_page.title == "Ruimte voor professionals: een kwestie van leiderschap"


def test_landmarks_and_skip_link(sample_page: Page) -> None:
    (header,) = sample_page.all("header")
    (main,) = sample_page.all("main")
    (footer,) = sample_page.all("footer")
    for landmark in (header, main, footer):
        assert landmark.ancestors == ("html", "body")  # top level: banner, main, contentinfo
    links = [e for e in sample_page.elements if e.tag == "a"]
    assert links[0].attrs["href"] == f"#{main.attrs['id']}"
    assert "skip-link" in links[0].classes
    assert text_of(links[0]) == "Naar de inhoud"


def test_headings_are_one_h1_then_h2s_without_skipping(sample: Project, sample_page: Page) -> None:
    headings = [e for e in sample_page.elements if re.fullmatch(r"h[1-6]", e.tag)]
    levels = [int(h.tag[1]) for h in headings]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    titles = [b.title for b in sample.publication.blocks if b.kind == "section"]
    assert [text_of(h) for h in headings] == [sample.publication.title, *titles, "Colofon"]


def test_title_block_has_date_and_event(sample_page: Page) -> None:
    header = sample_page.all("header")[0]
    assert "Divosa-symposium ‘Ruimte voor professionals’, 9 februari 2018" in text_of(header)
    (time,) = sample_page.all("time")
    assert time.attrs["datetime"] == "2018-02-14"
    assert text_of(time) == "14 februari 2018"


def test_one_section_element_per_section(sample: Project, sample_page: Page) -> None:
    sections = [b for b in sample.publication.blocks if b.kind == "section"]
    elements = sample_page.all("section")
    assert [e.attrs["id"] for e in elements] == [s.id for s in sections]
    for element, section in zip(elements, sections, strict=True):
        assert element.attrs["data-block-id"] == section.id
        heading = sample_page.by_id(element.attrs["aria-labelledby"])
        assert heading.tag == "h2" and text_of(heading) == section.title
        assert heading.ancestors[-1] == "section"
        assert element.ancestors[-1] == "main"


def test_quotes_are_blockquotes_with_attribution(sample: Project, sample_page: Page) -> None:
    quotes = [b for b in sample.publication.blocks if b.kind == "quote"]
    figures = sample_page.all("figure", "pull-quote")
    assert [f.attrs["id"] for f in figures] == [q.id for q in quotes]
    assert [f.attrs["data-block-id"] for f in figures] == [q.id for q in quotes]
    blockquotes = sample_page.all("blockquote")
    assert [text_of(b) for b in blockquotes] == [plain_text(q.text) for q in quotes]
    attributions = sample_page.all("figcaption", "attribution")
    assert [text_of(a) for a in attributions] == [q.attribution for q in quotes]


def test_takeaways_are_named_lists(sample: Project, sample_page: Page) -> None:
    (key,) = sample_page.all("ul", "takeaways--key")
    assert key.attrs["aria-label"] == "Belangrijkste punten"
    assert key.ancestors[-2:] == ("main", "div")
    sections = sample_page.all("ul", "takeaways--section")
    assert len(sections) == 4
    assert all(
        e.attrs["aria-label"] == "In het kort" and "takeaways" in e.classes for e in sections
    )
    assert sample_page.all("p", "lead")


def test_bylines_figures_and_videos(sample_page: Page) -> None:
    bylines = sample_page.all("p", "byline")
    assert len(bylines) == 4
    assert text_of(bylines[0]).startswith("Door Joost Kampen")
    (img,) = sample_page.all("img")
    assert img.attrs["alt"] == "Illustratie van deelnemers aan het symposium rond een tafel"
    # 1600 × 900 pixels, shown in the 704 CSS pixel column (exporters/images.py)
    assert (img.attrs["width"], img.attrs["height"]) == ("704", "396")
    assert img.ancestors[-1] == "figure"
    (caption,) = [e for e in sample_page.all("figcaption") if "attribution" not in e.classes]
    assert text_of(caption) == "Deelnemers symposium Foto: Divosa"
    assert len(sample_page.all("span", "credit")) == 1
    assert len(sample_page.all("div", "video")) == 3
    assert "cmeima@divosa.nl" in text_of(sample_page.all("p", "access-note")[0])


def test_colophon_is_a_footer_with_address_and_credits(sample_page: Page) -> None:
    footer = sample_page.all("footer")[0]
    assert footer.attrs["id"] == footer.attrs["data-block-id"] == "_colophon"
    assert text_of(sample_page.by_id(footer.attrs["aria-labelledby"])) == "Colofon"
    (address,) = sample_page.all("address")
    assert address.ancestors[-2:] == ("footer", "div") or "footer" in address.ancestors
    assert "Koningin Wilhelminalaan 5 | 3527 LA Utrecht" in text_of(address)
    assert [text_of(e) for e in sample_page.all("dt")] == ["Tekst", "Foto's", "Video's"]
    assert text_of(sample_page.all("dd")[0]) == "Sigrid van Iersel en Jan Dobbe"
    hrefs = [e.attrs["href"] for e in sample_page.all("a") if "footer" in e.ancestors]
    assert hrefs == ["mailto:info@divosa.nl", "https://www.divosa.nl"]
    assert "Versie februari 2018" in text_of(footer)  # as the PDF says it: no colon


def test_every_text_of_the_sample_is_visible(sample: Project, sample_page: Page) -> None:
    pub = sample.publication
    texts = [
        pub.title,
        pub.event.name if pub.event else "",
        *map(plain_text, body_texts(pub.intro)),
        pub.key_takeaways.lead,
        *map(plain_text, pub.key_takeaways.items),
    ]
    for speaker in pub.speakers:
        texts += [speaker.display_name, speaker.role, speaker.organisation, speaker.note]
    for _, block in pub.iter_blocks():
        if isinstance(block, Section):
            texts += [block.title, *map(plain_text, block.takeaways)]
            texts += map(plain_text, body_texts(block.body))  # captions and credits too
            texts += [t for v in block.videos for t in (v.label, v.access_note)]
        elif isinstance(block, Quote):
            texts += [plain_text(block.text), block.attribution]
    c = pub.colophon
    texts += [
        c.organisation,
        c.visiting_address,
        c.postal_address,
        c.phone,
        c.email or "",
        "www.divosa.nl",
        c.version,
    ]
    texts += [t for credit in c.credits for t in (credit.role, *credit.names)]
    visible = sample_page.text
    missing = [t for t in texts if t and squash(t) not in visible]
    assert missing == []


def test_group_language_becomes_a_lang_attribute() -> None:
    data = publication(
        blocks=[
            {"kind": "section", "id": "sec-en", "title": "English", "language": "en"},
            {"kind": "quote", "id": "quote-en", "text": "Hello", "language": "en"},
            {"kind": "section", "id": "sec-nl", "title": "Nederlands"},
        ]
    )
    _, page = render(data)
    assert page.by_id("sec-en").attrs["lang"] == "en"
    assert page.by_id("quote-en").attrs["lang"] == "en"
    assert "lang" not in page.by_id("sec-nl").attrs


# --- escaping ----------------------------------------------------------------------------


def hostile_project() -> tuple[Project, dict[str, str]]:
    """A publication with HOSTILE, tagged by field name, in every text field."""

    def h(name: str) -> str:
        return f"[{name}] {HOSTILE}"

    image = png()
    project, asset = Project(Publication.model_validate(publication())).with_asset(image, "png")
    data = publication(
        title=h("title"),
        subtitle=h("subtitle"),
        publisher=h("publisher"),
        event={"name": h("event"), "date": "2018-02-09", "place": h("place")},
        intro=[h("intro")],
        key_takeaways={"lead": h("lead"), "items": [h("key-item")]},
        speakers=[
            {
                "id": "spk",
                "name": h("name"),
                "honorific": h("honorific"),
                "role": h("role"),
                "organisation": h("organisation"),
                "note": h("note"),
            }
        ],
        blocks=[
            {
                "kind": "section",
                "id": "sec-x",
                "title": h("section-title"),
                "people": ["spk"],
                "takeaways": [h("takeaway")],
                "body": [
                    h("body"),
                    {"kind": "heading", "text": h("subheading")},
                    {"kind": "list", "items": [{"text": h("item"), "items": [h("sub-item")]}]},
                    {
                        "kind": "figure",
                        "images": [
                            {
                                "asset": asset,
                                "alt": h("alt"),
                                "caption": h("caption"),
                                "credit": h("credit"),
                            }
                        ],
                    },
                ],
                "videos": [
                    {
                        "label": h("video-label"),
                        "url": "https://example.org/v",
                        "access_note": h("access-note"),
                    },
                    {"label": h("offline-video")},
                ],
            },
            {"kind": "quote", "id": "quote-x", "text": h("quote"), "attribution": h("attribution")},
        ],
        colophon={
            "organisation": h("organisation-c"),
            "visiting_address": h("visiting"),
            "postal_address": h("postal"),
            "phone": h("phone"),
            "credits": [{"role": h("credit-role"), "names": [h("credit-name")]}],
            "version": h("version"),
        },
    )
    fields = {
        name: h(name)
        for name in (
            "title",
            "subtitle",
            "publisher",
            "event",
            "place",
            "intro",
            "lead",
            "key-item",
            "name",
            "honorific",
            "role",
            "organisation",
            "note",
            "section-title",
            "takeaway",
            "body",
            "subheading",
            "item",
            "sub-item",
            "video-label",
            "access-note",
            "offline-video",
            "caption",
            "credit",
            "quote",
            "attribution",
            "organisation-c",
            "visiting",
            "postal",
            "phone",
            "credit-role",
            "credit-name",
            "version",
        )
    }
    return project.with_publication(Publication.model_validate(data)), fields


@pytest.fixture(scope="module")
def hostile() -> tuple[str, Page, dict[str, str]]:
    project, fields = hostile_project()
    html = render_html(build(project), pdf_href="x.pdf")
    return html, Page(html), fields


def test_hostile_text_is_visible_as_typed_in_every_field(
    hostile: tuple[str, Page, dict[str, str]],
) -> None:
    _, page, fields = hostile
    missing = [name for name, text in fields.items() if squash(text) not in page.text]
    assert missing == []
    assert page.title == fields["title"]
    (img,) = page.all("img")
    assert img.attrs["alt"] == f"[alt] {HOSTILE}"


def test_hostile_text_never_becomes_markup(hostile: tuple[str, Page, dict[str, str]]) -> None:
    html, page, _ = hostile
    assert page.stray == []
    assert page.all("script") == []
    assert page.all("b") == []
    assert [e.attrs["src"][:15] for e in page.all("img")] == ["data:image/png;"]
    handlers = [
        (e.tag, k, v) for e in page.elements for k, v in e.attrs.items() if k.startswith("on")
    ]
    assert handlers == [("button", "onclick", "window.print()")]
    assert not any(
        "javascript:" in v.lower()
        for e in page.elements
        if e.tag != "img"
        for k, v in e.attrs.items()
        if k in ("href", "src")
    )
    for raw in ("<script>", "<b>", "<img src=/etc/passwd>", "</p> &amp;"):
        assert raw not in html
    assert "&amp;amp;" in html  # the typed entity is shown, not interpreted


def test_every_paragraph_holds_only_its_own_text(hostile: tuple[str, Page, dict[str, str]]) -> None:
    _, page, fields = hostile
    (body,) = [p for p in page.all("p") if text_of(p).startswith("[body]")]
    assert text_of(body) == squash(fields["body"])
    assert body.ancestors[-1] == "section"


# --- inline marks ------------------------------------------------------------------------


def test_inline_marks_become_strong_em_and_links() -> None:
    text = (
        "**vet** en *schuin* en [een link](https://example.org/?a=1&b=2) en [mail](mailto:a@b.nl)"
    )
    html, page = render(publication(intro=[text]))
    (intro,) = page.all("p", "intro")
    assert text_of(intro) == "vet en schuin en een link en mail"
    assert [text_of(e) for e in page.all("strong")] == ["vet"]
    assert [text_of(e) for e in page.all("em")] == ["schuin"]
    links = [e for e in page.all("a") if "p" in e.ancestors]
    assert [e.attrs["href"] for e in links] == ["https://example.org/?a=1&b=2", "mailto:a@b.nl"]
    assert 'href="https://example.org/?a=1&amp;b=2"' in html


def test_inline_never_links_other_schemes() -> None:
    spans = (
        Span("klik", href="javascript:alert(1)"),
        Span(" <i>", bold=True),
        Span("x", href="data:text/html,<script>"),
    )
    assert str(inline(spans)) == "klik<strong> &lt;i&gt;</strong>x"


def test_autoescape_and_strict_undefined_are_on() -> None:
    env = html_exporter._environment()
    template = env.get_template("publication.html.j2")
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    assert template.environment.autoescape is True
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()


# --- nothing from the network ------------------------------------------------------------


def test_the_page_loads_nothing_from_the_network() -> None:
    image = png()
    project, asset = Project(Publication.model_validate(publication())).with_asset(image, "png")
    user_links = {
        "https://www.divosa.nl/artikel",
        "https://video.example.org/1",
        "https://www.divosa.nl",
        "mailto:info@divosa.nl",
    }
    data = publication(
        intro=["Lees [meer](https://www.divosa.nl/artikel)."],
        blocks=[
            {
                "kind": "section",
                "id": "sec-a",
                "title": "A",
                "videos": [{"label": "Video", "url": "https://video.example.org/1"}],
                "body": [{"kind": "figure", "images": [{"asset": asset, "alt": "Blauw vlak"}]}],
            }
        ],
        colophon={"email": "info@divosa.nl", "website": "https://www.divosa.nl"},
    )
    project = project.with_publication(Publication.model_validate(data))
    page = Page(render_html(build(project), pdf_href="verslag.pdf"))
    assert page.all("link") == [] and page.all("script") == [] and page.all("iframe") == []
    for element in page.elements:
        for name in ("src", "srcset", "poster", "data", "action", "formaction", "xlink:href"):
            value = element.attrs.get(name)
            assert value is None or value.startswith("data:"), (element.tag, name, value)
        if "href" in element.attrs:
            href = element.attrs["href"]
            assert element.tag == "a", element.tag
            assert href.startswith("#") or href == "verslag.pdf" or href in user_links, href
    a_hrefs = {e.attrs["href"] for e in page.all("a")}
    assert user_links <= a_hrefs
    assert "@import" not in page.style
    urls = re.findall(r"url\(\s*['\"]?([^'\")]{0,10})", page.style)
    assert urls and all(u.startswith("data:") for u in urls)
    (csp,) = [m for m in page.all("meta") if m.attrs.get("http-equiv")]
    assert "default-src 'none'" in csp.attrs["content"]


def test_fonts_are_embedded_woff2(sample_page: Page) -> None:
    faces = re.findall(
        r"@font-face\{font-family:'([^']+)';font-weight:(\d+);font-style:(\w+);"
        r"[^}]*url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)",
        sample_page.style,
    )
    found = {(family, weight, style) for family, weight, style, _ in faces}
    for family in ("Source Serif Pro", "Source Sans Pro"):
        for weight, style in (("400", "normal"), ("700", "normal"), ("400", "italic")):
            assert (family, weight, style) in found
    assert all(base64.b64decode(data)[:4] == b"wOF2" for *_, data in faces)


def test_images_are_data_uris_with_their_size() -> None:
    image = png(64, 48)
    project, asset = Project(Publication.model_validate(publication())).with_asset(image, "png")
    data = publication(
        blocks=[
            {
                "kind": "section",
                "id": "sec-a",
                "title": "A",
                "body": [
                    {
                        "kind": "figure",
                        "images": [
                            {
                                "asset": asset,
                                "alt": "Een blauw vlak",
                                "caption": "Bijschrift",
                                "credit": "Maker",
                            }
                        ],
                    },
                    {"kind": "figure", "images": [{"asset": asset, "decorative": True}]},
                ],
            }
        ]
    )
    page = Page(render_html(build(project.with_publication(Publication.model_validate(data)))))
    described, decorative = page.all("img")
    prefix = "data:image/png;base64,"
    assert described.attrs["src"] == prefix + base64.b64encode(image).decode()
    assert (described.attrs["width"], described.attrs["height"]) == ("64", "48")
    assert described.attrs["alt"] == "Een blauw vlak" and "role" not in described.attrs
    assert decorative.attrs["alt"] == "" and "role" not in decorative.attrs
    captions = page.all("figcaption")
    assert len(captions) == 1 and text_of(captions[0]) == "Bijschrift Foto: Maker"


# --- print and download ------------------------------------------------------------------


def test_print_button_always_and_pdf_link_only_with_pdf_href() -> None:
    _, without = render(publication())
    _, with_pdf = render(publication(), pdf_href="verslag.pdf")
    for page in (without, with_pdf):
        (button,) = page.all("button")
        assert button.attrs == {"type": "button", "class": "action", "onclick": "window.print()"}
        assert text_of(button) == "Deze publicatie printen"
        assert button.ancestors[-3:] == ("header", "div", "div")
    assert [e for e in without.all("a") if "download" in e.attrs] == []
    assert "Downloaden als pdf" not in without.text
    (link,) = [e for e in with_pdf.all("a") if "download" in e.attrs]
    assert link.attrs["href"] == "verslag.pdf"
    assert text_of(link) == "Downloaden als pdf"


def test_labels_follow_the_publication_language() -> None:
    _, page = render(publication(language="en"), pdf_href="report.pdf")
    assert page.all("html")[0].attrs["lang"] == "en"
    assert "Print this publication" in page.text and "Download as PDF" in page.text
    assert page.all("time")[0].attrs["datetime"] == "2018-02-14"


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", " "]
)
def test_unsafe_pdf_href_is_refused(href: str) -> None:
    project = Project(Publication.model_validate(publication()))
    with pytest.raises(UnsafeLinkError):
        render_html(build(project), pdf_href=href)


def test_print_stylesheet_hides_controls(sample_page: Page) -> None:
    print_css = sample_page.style[sample_page.style.index("@media print") :]
    assert ".actions" in print_css and ".skip-link" in print_css
    assert "break-inside: avoid" in print_css


def test_theme_colours_become_custom_properties() -> None:
    _, page = render(publication(theme={"primary_colour": "#123abc", "accent_colour": "#FF0000"}))
    assert "--primary:#123ABC" in page.style and "--accent:#FF0000" in page.style


# --- every IR leaf type ------------------------------------------------------------------


def every_leaf_document() -> Document:
    spans = (Span("tekst"),)
    info = DocumentInfo("T", "", "", "", "nl", dt.date(2020, 1, 1), "1 januari 2020", ())
    theme = ThemeTokens("#00557F", "#C8326E", "Source Sans Pro", "Source Serif Pro", "Letter")
    figure = Figure("assets/x.png", png(), "image/png", 40, 30, "alt", False, "", "")
    return Document(
        info,
        theme,
        (
            Group(
                "intro",
                "_intro",
                (
                    TitleBlock("T", "S", "Datum", dt.date(2020, 1, 1), "1 januari 2020", "E"),
                    Paragraph(spans, "intro"),
                    Paragraph(spans, "lead"),
                    TakeawayList((spans,), "key", "Punten"),
                ),
            ),
            Group(
                "section",
                "sec",
                (
                    Heading(1, "Kop", "sec"),
                    Heading(2, "Sub"),
                    Byline(("Door X",), ("x",)),
                    TakeawayList((spans,), "section", "Kort"),
                    Paragraph(spans),
                    TextList((ListItem(spans, (spans,)),), ordered=True),
                    FigureGroup((figure,)),
                    VideoLink("Video", None, "Notitie"),
                ),
            ),
            Group("quote", "q", (PullQuote(spans, "iemand"),)),
            Group(
                "part",
                "deel",
                (
                    Heading(1, "Deel", "deel"),
                    Paragraph(spans),
                    Group("section", "in-deel", (Heading(2, "In deel", "in-deel"),)),
                ),
            ),
            Paragraph(spans),  # a leaf outside any group still renders
            Group(
                "colophon",
                "_colophon",
                (
                    ColophonBlock(
                        "Colofon",
                        "Org",
                        ("Adres",),
                        (("T", "1", None),),
                        (("Rol", "Naam"),),
                        "Versie",
                        "1",
                    ),
                    Paragraph(spans),
                ),
            ),
        ),
    )


def test_every_leaf_type_renders() -> None:
    page = Page(render_html(every_leaf_document()))
    tags = [e.tag for e in page.elements]
    for tag in ("h1", "h2", "h3", "ul", "ol", "img", "blockquote", "address", "dl", "footer"):
        assert tag in tags
    assert page.all("section", "part") and page.all("div", "colophon-note")
    assert page.all("p", "video-link")  # no URL: the label shows, without a link


def test_a_token_without_a_template_branch_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_exporter, "_leaf_token", lambda leaf: "no_such_leaf")
    with pytest.raises(AssertionError, match="no_such_leaf"):
        render_html(every_leaf_document())
