"""The v3 body in the HTML export, read back with the standard library's HTML parser.

Lists as ``ul``/``ol`` with their sub-lists, parts as sections holding sections, heading
levels in order (the title is the only ``h1``), untitled sections without a heading,
figures where they stand and sized by their share of the column, ``lang`` on every block
that speaks another language, one byline line per role, the colophon's note, and user text
escaped in all of them.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from typing import Any

import pytest
from PIL import Image as PILImage

from exporters.html import render_html
from exporters.images import FIGURE, FIGURE_GAP
from exporters.ir import build
from models import Project, Publication

HOSTILE = "<script>alert(1)</script> </p> &amp; <b>bold <img src=/etc/passwd> javascript:x"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


@dataclass
class Element:
    """A start tag with its attributes, the tags it sits in, and the text inside it."""

    tag: str
    attrs: dict[str, str]
    ancestors: tuple[str, ...]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """Every element in document order, the visible body text and the style sheet."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.visible: list[str] = []
        self.style = ""
        self.stray: list[str] = []  # end tags that close nothing: a sign of leaked markup
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, tuple(e.tag for e in self._open))
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

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
        elif "head" not in tags:
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


WIDE = (1600, 1000)
TALL = (900, 1200)


@cache
def photo(size: tuple[int, int], colour: str) -> bytes:
    """A photo-like JPEG large enough to be scaled for every slot."""
    picture = PILImage.effect_noise(size, 40).convert("RGB")
    picture = PILImage.blend(picture, PILImage.new("RGB", size, colour), 0.7)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()


def _with_assets(value: Any, names: list[str]) -> Any:
    """``value`` with each "ASSETn" replaced by the name of the n-th made-up photo."""
    if isinstance(value, dict):
        return {k: _with_assets(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_assets(v, names) for v in value]
    if isinstance(value, str) and value.startswith("ASSET"):
        return names[int(value.removeprefix("ASSET"))]
    return value


def project(data: dict[str, Any]) -> Project:
    """``data`` as a project holding three photos: wide, tall (a portrait) and wide."""
    made = Project(Publication.model_validate({"title": "T", "publication_date": "2024-05-01"}))
    names = []
    for size, colour in ((WIDE, "#3C6E91"), (TALL, "#C8326E"), (WIDE, "#2E7D32")):
        made, name = made.with_asset(photo(size, colour), "jpg")
        names.append(name)
    data = {"title": "Een dag in delen", "publication_date": "2024-05-01", **data}
    return made.with_publication(Publication.model_validate(_with_assets(data, names)))


def render(data: dict[str, Any]) -> tuple[str, Page]:
    html = render_html(build(project(data)))
    page = Page(html)
    assert page.stray == []
    return html, page


def image(asset: int, alt: str, **more: str) -> dict[str, str]:
    return {"asset": f"ASSET{asset}", "alt": alt, **more}


SPEAKERS = [
    {
        "id": "vera",
        "name": "Vera Lindqvist-Oosterhuis",
        "honorific": "prof. dr.",
        "role": "hoogleraar bestuurskunde",
        "organisation": "Vrije Universiteit",
        "connector": "aan de",
    },
    {"id": "mo", "name": "Mo Haddou", "role": "wethouder", "organisation": "Amsterdam"},
    {"id": "kim", "name": "Kim de Bruijn", "role": "directeur", "organisation": "Divosa"},
    {"id": "sam", "name": "Sam Peeters", "role": "beleidsadviseur", "organisation": "VNG"},
    {"id": "ed", "name": "Ed Vos", "organisation": "Stichting Samen"},
]

DAY: dict[str, Any] = {
    "speakers": SPEAKERS,
    "intro": [
        {"kind": "paragraph", "id": "p-lead-in", "text": "Een dag over **samenwerken**."},
        {
            "kind": "list",
            "id": "list-intro",
            "items": [{"text": "Drie talks"}, {"text": "Twee workshops"}],
        },
        {"kind": "heading", "id": "h-intro", "text": "Waarom deze dag"},
        "Omdat het moet.",
    ],
    "blocks": [
        {
            "kind": "section",
            "id": "opening",
            "title": "Opening",
            "people": [{"speaker_id": "mo"}],
            "body": [
                "Eerste alinea.",
                {"kind": "figure", "id": "fig-zaal", "images": [image(0, "De zaal")]},
                "Tweede alinea.",
                {
                    "kind": "list",
                    "id": "list-steps",
                    "ordered": True,
                    "items": [
                        {"text": "Eerst *kijken*", "items": ["goed", "lang"]},
                        {"text": "Dan doen"},
                    ],
                },
                {"kind": "heading", "id": "h-opening", "text": "Wat volgt"},
                "Derde alinea.",
            ],
        },
        {"kind": "section", "id": "vervolg", "body": ["Tekst zonder kop."]},
        {
            "kind": "part",
            "id": "presentaties",
            "title": "De presentaties",
            "intro": ["Drie sprekers, één thema."],
            "blocks": [
                {
                    "kind": "section",
                    "id": "talk-vera",
                    "title": "Bestuur en vertrouwen",
                    "people": ["vera"],
                    "body": [
                        {
                            "kind": "figure",
                            "id": "fig-vera",
                            "size": "thumbnail",
                            "images": [image(1, "Vera aan het woord", caption="Vera")],
                        },
                        "Vera begon met een vraag.",
                        {"kind": "heading", "id": "h-vera", "text": "De vraag"},
                        "Wie vertrouwt wie?",
                    ],
                },
                {
                    "kind": "section",
                    "id": "panel",
                    "title": "Panelgesprek",
                    "people": [
                        {"speaker_id": "kim", "role": "moderator"},
                        {"speaker_id": "mo", "role": "panel"},
                        {"speaker_id": "sam", "role": "panel"},
                        {"speaker_id": "ed", "role": "thanks"},
                    ],
                    "body": [
                        "Het panel sprak.",
                        {
                            "kind": "figure",
                            "id": "fig-pair",
                            "size": "half",
                            "images": [image(0, "Links"), image(2, "Rechts")],
                        },
                        {
                            "kind": "figure",
                            "id": "fig-row",
                            "images": [image(0, "Een"), image(1, "Twee"), image(2, "Drie")],
                        },
                        {
                            "kind": "figure",
                            "id": "fig-grid",
                            "images": [image(i % 3, f"Vak {i}") for i in range(4)],
                        },
                    ],
                },
            ],
        },
        {"kind": "quote", "id": "citaat", "text": "Samen kom je verder."},
        {
            "kind": "part",
            "id": "workshops",
            "title": "Workshopronde 1",
            "blocks": [
                {"kind": "section", "id": "workshop-a", "title": "Workshop A", "body": ["A."]},
                {"kind": "section", "id": "workshop-b", "title": "Workshop B", "body": ["B."]},
            ],
        },
    ],
    "colophon": {
        "organisation": "Divosa",
        "version": "1.0",
        "note": [
            "Dit artikel verscheen eerder op [divosa.nl](https://www.divosa.nl/).",
            {"kind": "list", "id": "list-note", "items": [{"text": "Met dank aan allen"}]},
        ],
    },
}


@pytest.fixture(scope="module")
def day() -> Page:
    return render(DAY)[1]


def headings(page: Page) -> list[Element]:
    return [e for e in page.elements if re.fullmatch(r"h[1-6]", e.tag)]


def children(page: Page, parent: Element) -> list[Element]:
    """The element children of ``parent``, in order."""
    index = page.elements.index(parent)
    depth = len(parent.ancestors) + 1
    found = []
    for element in page.elements[index + 1 :]:
        if len(element.ancestors) < depth:
            break
        if len(element.ancestors) == depth:
            found.append(element)
    return found


# --- headings and parts ------------------------------------------------------------------


def test_heading_levels_follow_the_outline_without_skipping(day: Page) -> None:
    found = [(e.tag, text_of(e)) for e in headings(day)]
    assert found == [
        ("h1", "Een dag in delen"),
        ("h2", "Waarom deze dag"),  # a sub-heading in the intro
        ("h2", "Opening"),
        ("h3", "Wat volgt"),
        ("h2", "De presentaties"),
        ("h3", "Bestuur en vertrouwen"),
        ("h4", "De vraag"),
        ("h3", "Panelgesprek"),
        ("h2", "Workshopronde 1"),
        ("h3", "Workshop A"),
        ("h3", "Workshop B"),
        ("h2", "Colofon"),
    ]
    levels = [int(tag[1]) for tag, _ in found]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    sub = [e for e in headings(day) if "subheading" in e.classes]
    assert [text_of(e) for e in sub] == ["Waarom deze dag", "Wat volgt", "De vraag"]
    assert all("id" not in e.attrs for e in sub)


def test_a_part_is_a_section_holding_its_title_intro_and_sections(day: Page) -> None:
    part = day.by_id("presentaties")
    assert part.tag == "section" and part.classes == {"part"}
    assert part.attrs["data-block-id"] == "presentaties"
    assert part.ancestors[-1] == "main"
    title = day.by_id(part.attrs["aria-labelledby"])
    assert (title.tag, text_of(title)) == ("h2", "De presentaties")
    inside = children(day, part)
    assert [e.tag for e in inside] == ["h2", "p", "section", "section"]
    assert text_of(inside[1]) == "Drie sprekers, één thema."
    assert [e.attrs["id"] for e in inside[2:]] == ["talk-vera", "panel"]
    for section in inside[2:]:
        heading = day.by_id(section.attrs["aria-labelledby"])
        assert heading.tag == "h3" and heading.ancestors[-2:] == ("section", "section")
    quote = day.by_id("citaat")
    assert quote.ancestors[-1] == "main"  # between the parts, in none of them


def test_an_untitled_section_has_no_heading_and_continues_the_flow(day: Page) -> None:
    untitled = day.by_id("vervolg")
    assert untitled.tag == "div"  # not a <section>: it is no part of the outline
    assert untitled.classes == {"section", "section--untitled"}
    assert untitled.attrs["data-block-id"] == "vervolg" and untitled.ancestors[-1] == "main"
    assert "aria-labelledby" not in untitled.attrs
    assert [e.tag for e in children(day, untitled)] == ["p"]
    assert "section--untitled" not in day.by_id("opening").classes
    css = day.style
    rule = re.search(r"\.section--untitled[^{]*\{([^}]*)\}", css)
    assert rule and "margin-top: 0" in rule.group(1)


# --- lists -------------------------------------------------------------------------------


def test_lists_are_ul_and_ol_with_nested_items(day: Page) -> None:
    (intro_list,) = day.all("ul", "text-list--intro")
    assert intro_list.ancestors[-2:] == ("main", "div")
    assert [text_of(li) for li in children(day, intro_list)] == ["Drie talks", "Twee workshops"]

    opening = day.by_id("opening")
    (steps,) = [e for e in children(day, opening) if e.tag == "ol"]
    assert steps.classes == {"text-list"}
    first, second = children(day, steps)
    assert (first.tag, second.tag) == ("li", "li")
    (nested,) = [e for e in children(day, first) if e.tag in ("ul", "ol")]
    assert nested.tag == "ol"  # sub-items of a numbered list are numbered (a, b)
    assert [text_of(li) for li in children(day, nested)] == ["goed", "lang"]
    assert squash("".join(first.text)).startswith("Eerst kijken")
    assert [text_of(e) for e in day.all("em") if "li" in e.ancestors] == ["kijken"]
    assert text_of(second) == "Dan doen" and children(day, second) == []


def test_list_css_gives_hanging_indents(day: Page) -> None:
    css = day.style
    rule = re.search(r"\n\.text-list \{([^}]*)\}", css)
    assert rule and "padding-left" in rule.group(1)
    assert "list-style-position: inside" not in css  # markers outside: lines hang


# --- figures -----------------------------------------------------------------------------


def test_figures_stand_between_the_paragraphs_they_were_placed_between(day: Page) -> None:
    opening = day.by_id("opening")
    inside = children(day, opening)
    assert [e.tag for e in inside] == ["h2", "div", "p", "div", "p", "ol", "h3", "p"]
    assert "bylines" in inside[1].classes
    assert [text_of(e) for e in inside if e.tag == "p"] == [
        "Eerste alinea.",
        "Tweede alinea.",
        "Derde alinea.",
    ]
    figures = inside[3]
    assert figures.classes == {"figures", "figures--full", "figures--cols-1"}
    img = _img(day, "De zaal")
    assert img.ancestors[-3:] == ("section", "div", "figure")
    assert _group_of(day, img) is figures


def _img(page: Page, alt: str) -> Element:
    (found,) = [e for e in page.all("img") if e.attrs.get("alt") == alt]
    return found


def _group_of(page: Page, img: Element) -> Element:
    index = page.elements.index(img)
    return next(e for e in reversed(page.elements[:index]) if "figures" in e.classes)


@pytest.mark.parametrize(
    ("alt", "size", "columns", "share"),
    [
        ("De zaal", "full", 1, 1.0),
        ("Vera aan het woord", "thumbnail", 1, 0.3),
        ("Links", "half", 2, 0.5),
        ("Een", "full", 3, 1.0),
        ("Vak 0", "full", 2, 1.0),  # four images: a 2×2 grid
    ],
)
def test_figures_are_sized_by_their_share_and_columns(
    day: Page, alt: str, size: str, columns: int, share: float
) -> None:
    img = _img(day, alt)
    group = _group_of(day, img)
    assert {f"figures--{size}", f"figures--cols-{columns}"} <= group.classes
    shown = round((FIGURE.width * share - FIGURE_GAP * (columns - 1)) / columns)
    assert int(img.attrs["width"]) == shown
    assert "srcset" in img.attrs and img.attrs["srcset"].endswith(" 2x")


def test_every_image_of_a_group_keeps_its_own_caption(day: Page) -> None:
    grid = _group_of(day, _img(day, "Vak 0"))
    figures = [e for e in children(day, grid) if e.tag == "figure"]
    assert len(figures) == 4
    (vera,) = [e for e in day.all("figure", "figure") if "Vera" in text_of(e)]
    (caption,) = [e for e in children(day, vera) if e.tag == "figcaption"]
    assert text_of(caption) == "Vera"


def test_the_stylesheet_sizes_floats_and_stacks_figures_on_a_phone(day: Page) -> None:
    css = day.style
    assert ".figures--half { width: var(--figure-half); }" in css
    assert ".figures--thumbnail { width: var(--figure-thumbnail); }" in css
    assert "--figure-half:50%" in css and "--figure-thumbnail:30%" in css
    assert ".figures--cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }" in css
    phone = css[css.index("@media (max-width: 40rem)") :]
    phone = phone[: phone.index("\n}\n")]
    assert "float: none" in phone and "width: auto" in phone
    assert "grid-template-columns: minmax(0, 1fr)" in phone


# --- bylines -----------------------------------------------------------------------------


def test_one_byline_line_per_role(day: Page) -> None:
    panel = day.by_id("panel")
    (box,) = [e for e in children(day, panel) if "bylines" in e.classes]
    lines = [text_of(e) for e in children(day, box)]
    assert lines == [
        "Moderator: Kim de Bruijn, directeur bij Divosa",
        "Panel: Mo Haddou, wethouder bij Amsterdam en Sam Peeters, beleidsadviseur bij VNG",
        "Met dank aan Ed Vos, Stichting Samen",
    ]
    assert all(e.tag == "p" and "byline" in e.classes for e in children(day, box))


def test_a_connector_of_the_speakers_own_is_kept(day: Page) -> None:
    vera = day.by_id("talk-vera")
    (box,) = [e for e in children(day, vera) if "bylines" in e.classes]
    assert [text_of(e) for e in children(day, box)] == [
        "Door prof. dr. Vera Lindqvist-Oosterhuis, hoogleraar bestuurskunde aan de Vrije "
        "Universiteit"
    ]


def test_a_custom_byline_replaces_and_a_hidden_one_leaves_out() -> None:
    data = {
        "speakers": SPEAKERS,
        "blocks": [
            {
                "kind": "section",
                "id": "eigen",
                "title": "Eigen",
                "people": ["mo"],
                "byline": "custom",
                "byline_text": "Wethouder Mo Haddou van <Amsterdam>",
            },
            {
                "kind": "section",
                "id": "verborgen",
                "title": "Verborgen",
                "people": ["mo"],
                "byline": "hidden",
            },
        ],
    }
    html, page = render(data)
    assert [text_of(e) for e in page.all("p", "byline")] == ["Wethouder Mo Haddou van <Amsterdam>"]
    assert "van &lt;Amsterdam&gt;" in html
    assert not [e for e in children(page, page.by_id("verborgen")) if "bylines" in e.classes]


# --- languages ---------------------------------------------------------------------------


def test_blocks_in_another_language_carry_lang() -> None:
    data = {
        "blocks": [
            {
                "kind": "part",
                "id": "deel",
                "title": "Part in English",
                "language": "en",
                "intro": ["Inherits English."],
                "blocks": [
                    {
                        "kind": "section",
                        "id": "sectie",
                        "title": "Sectie",
                        "language": "nl",
                        "body": [
                            {"kind": "paragraph", "id": "p-en", "text": "Hi.", "language": "en"},
                            {"kind": "paragraph", "id": "p-nl", "text": "Hoi."},
                            {
                                "kind": "list",
                                "id": "l-en",
                                "language": "en",
                                "items": [{"text": "One"}],
                            },
                            {"kind": "heading", "id": "h-en", "text": "Why", "language": "en"},
                            {
                                "kind": "figure",
                                "id": "f",
                                "images": [
                                    image(0, "Zaal", caption="The hall", language="en"),
                                    image(1, "Spreker", caption="Spreker"),
                                ],
                            },
                        ],
                    }
                ],
            }
        ]
    }
    _, page = render(data)
    assert page.by_id("deel").attrs["lang"] == "en"
    assert page.by_id("sectie").attrs["lang"] == "nl"  # back to the document's language
    (intro,) = [e for e in children(page, page.by_id("deel")) if e.tag == "p"]
    assert "lang" not in intro.attrs  # the part's own language, said once on the part
    langs = {text_of(e)[:10]: e.attrs.get("lang") for e in children(page, page.by_id("sectie"))}
    assert langs["Hi."] == "en" and langs["Hoi."] is None
    assert langs["One"] == "en" and langs["Why"] == "en"
    figures = page.all("figure", "figure")
    assert [(text_of(f), f.attrs.get("lang")) for f in figures] == [
        ("The hall", "en"),
        ("Spreker", None),
    ]


# --- colophon note -----------------------------------------------------------------------


def test_the_colophon_note_follows_the_colophon_block(day: Page) -> None:
    (footer,) = day.all("footer")
    (wrap,) = children(day, footer)
    inside = children(day, wrap)
    assert [e.tag for e in inside][-1] == "div" and inside[-1].classes == {"colophon-note"}
    assert [text_of(e) for e in inside if "version" in e.classes] == ["Versie 1.0"]
    assert inside.index(next(e for e in inside if "version" in e.classes)) == len(inside) - 2
    note = children(day, inside[-1])
    assert [e.tag for e in note] == ["p", "ul"]
    assert text_of(note[0]) == "Dit artikel verscheen eerder op divosa.nl."
    (link,) = [e for e in day.all("a") if "colophon-note" in _classes_above(day, e)]
    assert link.attrs["href"] == "https://www.divosa.nl/"


def _classes_above(page: Page, element: Element) -> set[str]:
    index = page.elements.index(element)
    depth = len(element.ancestors)
    found: set[str] = set()
    for candidate in reversed(page.elements[:index]):
        if len(candidate.ancestors) < depth:
            found |= candidate.classes
            depth = len(candidate.ancestors)
    return found


def test_a_note_alone_still_makes_a_colophon() -> None:
    _, page = render({"colophon": {"note": ["Eerder verschenen op een andere plek."]}})
    (footer,) = page.all("footer")
    assert text_of(page.by_id(footer.attrs["aria-labelledby"])) == "Colofon"
    assert page.all("div", "colophon-grid") == []  # no empty grid for missing details
    assert text_of(page.all("div", "colophon-note")[0]) == "Eerder verschenen op een andere plek."


# --- escaping ----------------------------------------------------------------------------


def test_hostile_text_in_new_blocks_is_shown_as_typed() -> None:
    data = {
        "intro": [{"kind": "list", "id": "l", "items": [{"text": f"[li] {HOSTILE}"}]}],
        "blocks": [
            {
                "kind": "part",
                "id": "deel",
                "title": f"[part] {HOSTILE}",
                "intro": [{"kind": "heading", "id": "h0", "text": f"[part-sub] {HOSTILE}"}],
                "blocks": [
                    {
                        "kind": "section",
                        "id": "s",
                        "body": [
                            {"kind": "heading", "id": "h", "text": f"[sub] {HOSTILE}"},
                            {
                                "kind": "list",
                                "id": "l2",
                                "ordered": True,
                                "items": [{"text": "x", "items": [f"[sub-li] {HOSTILE}"]}],
                            },
                            {
                                "kind": "figure",
                                "id": "f",
                                "size": "half",
                                "images": [
                                    image(0, f"[alt] {HOSTILE}", caption=f"[cap] {HOSTILE}"),
                                    image(1, "b", credit=f"[credit] {HOSTILE}"),
                                ],
                            },
                        ],
                    }
                ],
            }
        ],
        "colophon": {"note": [f"[note] {HOSTILE}"]},
    }
    html, page = render(data)
    for name in ("li", "part", "part-sub", "sub", "sub-li", "cap", "credit", "note"):
        assert squash(f"[{name}] {HOSTILE}") in page.text, name
    assert _img(page, f"[alt] {HOSTILE}")
    assert page.all("script") == [] and page.all("b") == []
    assert [e.tag for e in page.all("img")] == ["img", "img"]
    for raw in ("<script>", "<b>", "<img src=/etc/passwd>"):
        assert raw not in html
