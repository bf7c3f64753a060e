"""The structure tree as the renderer records it: elements and where their content is.

Elements are made while the story is built, in reading order; their content (marked-content
sequences and link annotations) is added while pages are drawn. The writer turns the result
into PDF objects (:mod:`exporters.pdf.tagging.writer`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class MarkedContent(NamedTuple):
    """A marked-content sequence: the page's ReportLab object name and its MCID there."""

    page: str
    mcid: int


class Annotation(NamedTuple):
    """A link annotation: the page's and the annotation's ReportLab object names."""

    page: str
    name: str


@dataclass(eq=False, slots=True)
class Element:
    """A structure element: a standard role (``P``, ``H2``, ``Figure``…) and its kids."""

    role: str
    parent: Element | None = None
    kids: list[Element | MarkedContent | Annotation] = field(default_factory=list)
    alt: str | None = None
    lang: str | None = None
    title: str | None = None
    #: The ``/Contents`` of a link's annotations: what a screen reader says for it.
    description: str | None = None
    #: One attribute object, e.g. ``{"O": "List", "ListNumbering": "Disc"}``.
    attributes: dict[str, Any] | None = None

    def add(self, role: str, **fields: Any) -> Element:
        """A new last child of this element."""
        child = Element(role, self, **fields)
        self.kids.append(child)
        return child


@dataclass(eq=False, slots=True)
class TextOwner:
    """A paragraph's element and its links, shared by the parts a page break splits it into.

    ``label`` takes the first text the paragraph draws, its bullet (a list item's ``Lbl``).
    Link elements are made on first use and join the paragraph's kids when their text is
    first marked, so they sit between the paragraph's text before and after them.
    """

    element: Element
    label: Element | None = None
    link_texts: dict[int, str] | None = None  # None: the paragraph has no links
    links: dict[int, Element] | None = None

    def link(self, number: int, href: str) -> Element:
        """The ``Link`` element of the paragraph's link ``number`` (ReportLab's count)."""
        if self.links is None:
            self.links = {}
        found = self.links.get(number)
        if found is None:
            description = describe_link((self.link_texts or {}).get(number, ""), href)
            found = Element("Link", self.element, description=description)
            self.links[number] = found
        return found

    def attach(self, link: Element) -> None:
        """Put ``link`` among the paragraph's kids, after what is marked so far."""
        if not any(kid is link for kid in self.element.kids):
            self.element.kids.append(link)


#: The longest link description; a screen reader reads no further anyway.
_DESCRIPTION_CHARS = 500


def describe_link(text: str, href: str) -> str:
    """A link's description: its text, and where it goes if the text does not say so."""
    target = href.removeprefix("mailto:")
    for prefix in ("https://", "http://"):
        if target.lower().startswith(prefix):
            target = target[len(prefix) :].rstrip("/")
            break
    # Every annotation of the link repeats the description, one per line the link spans:
    # a long link text would make the file grow with the square of its length.
    text = " ".join(text[: _DESCRIPTION_CHARS + 1].split())
    if not text or target in text:
        return _shortened(text or target)
    return _shortened(f"{text} ({target})")


def _shortened(description: str) -> str:
    if len(description) <= _DESCRIPTION_CHARS:
        return description
    return description[: _DESCRIPTION_CHARS - 1] + "…"
