"""Tagged PDF (PDF/UA-1): what the renderer calls to give its story a structure tree.

The renderer builds its story as it always did and passes each piece through a
:class:`Tags` object, which says what the piece is: a group (``Sect``), a heading, a
paragraph, a list item, a quotation, a figure with its alternative text, or decoration.
:class:`Tags` itself tags nothing (``render_pdf(document, tagged=False)``): every call
returns the flowable it was given. :class:`StructureTags` records the elements in reading
order and wraps the flowables so that their drawing is marked as the elements' content;
its canvas writes the tree when the document is saved. The machinery is in this package's
modules: the recorded tree (``tree``), the marking canvas (``canvas``), the flowables that
mark their content (``marks``) and the writer of the structure tree (``writer``).

Roles follow the HTML export: the publication title is ``H1``, headings below it ``H2`` to
``H4`` by their outline level (a part or a section outside parts ``H2``, a section in a part
``H3``, a sub-heading one below its section), the colophon's heading ``H2``; a part is a
``Part`` holding a ``Sect`` for each of its sections; takeaways and lists in the text are lists
(``L``/``LI``/``Lbl``/``LBody``, a sub-list inside its item's ``LBody``), a pull quote a
``BlockQuote``, a picture a ``Figure`` with ``/Alt`` (decorative ones artifacts), links
``Link`` elements with their annotations. Text in another language than the text around it
carries ``/Lang``. Everything else drawn is an artifact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import fields
from functools import partial
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from exporters import ir
from exporters.pdf.page_template import Chrome, ChromeCanvas
from exporters.pdf.tagging.canvas import TaggingCanvas
from exporters.pdf.tagging.marks import ArtifactMark, BlockMark, TextMark, link_texts
from exporters.pdf.tagging.tree import Element, TextOwner

#: Makes a paragraph from markup and a style.
ParaFactory = Callable[[str, ParagraphStyle], Flowable]

_GROUP_ROLES = {
    "intro": "Sect",
    "part": "Part",
    "section": "Sect",
    "quote": "Div",
    "colophon": "Sect",
}
#: Paragraph styles whose paragraphs are headings, when only the style is known.
_STYLE_ROLES = {"podium-title": "H1", "podium-h1": "H2", "podium-h2": "H3", "podium-h3": "H4"}


def heading_role(level: int) -> str:
    """The role of an IR heading: one level below the title, as in the HTML (``<h2>``…)."""
    return f"H{min(level + 1, 6)}"


class Tags:
    """Structure tags for the story. This base class tags nothing: an untagged export."""

    def group(self, group: ir.Group) -> AbstractContextManager[None]:
        """Elements made inside belong to ``group`` (a ``Sect``, a ``Part``, a quote's ``Div``)."""
        return nullcontext()

    def container(self, role: str) -> AbstractContextManager[None]:
        """Elements made inside belong to a new element of ``role`` (e.g. ``BlockQuote``)."""
        return nullcontext()

    def bullets(
        self, title: str = "", *, numbering: str = "Disc", lang: str | None = None
    ) -> AbstractContextManager[None]:
        """Items made inside belong to a new list (``L``) named ``title`` (may be empty),
        whose labels are ``numbering`` (``Disc``, ``Decimal``, ``LowerAlpha``, ``None``)."""
        return nullcontext()

    def sub_list(self, numbering: str) -> AbstractContextManager[None]:
        """Items made inside belong to a new list in the body of the last item made."""
        return nullcontext()

    def text(self, paragraph: Flowable, role: str, *, lang: str | None = None) -> Flowable:
        """``paragraph``, whose text is a new element of ``role`` (``P``, ``H2``…), with
        ``lang`` when it is in another language than the text around it."""
        return paragraph

    def item(self, paragraph: Flowable) -> Flowable:
        """``paragraph`` as a list item: its bullet the ``Lbl``, its text the ``LBody``."""
        return paragraph

    def figure(self, picture: Flowable, alt: str) -> Flowable:
        """``picture`` as a ``Figure`` with alternative text ``alt``."""
        return picture

    def decorative(self, picture: Flowable) -> Flowable:
        """``picture`` as decoration: an artifact, which assistive technology skips."""
        return picture

    def paragraphs(self, factory: ParaFactory) -> ParaFactory:
        """``factory`` whose paragraphs are tagged by their style (the title ``H1``, else ``P``).

        For code that makes paragraphs without knowing about tags (the cover, video cards).
        """
        return factory

    def canvasmaker(self, chrome: Chrome) -> Callable[..., ChromeCanvas]:
        """The canvas class the document template should draw with."""
        return partial(ChromeCanvas, chrome=chrome)


class StructureTags(Tags):
    """Records the structure tree, in reading order, while the story is built."""

    def __init__(self, document: ir.Document) -> None:
        self.language = document.info.language
        self.pictures = _pictures(document)
        self.root = Element("Document")
        self._parent = self.root
        self._item_body: Element | None = None  # the LBody of the list item made last

    @contextmanager
    def _inside(self, element: Element) -> Iterator[None]:
        previous, self._parent = self._parent, element
        try:
            yield
        finally:
            self._parent = previous

    def group(self, group: ir.Group) -> AbstractContextManager[None]:
        return self._inside(self._parent.add(_GROUP_ROLES[group.kind], lang=group.language))

    def container(self, role: str) -> AbstractContextManager[None]:
        return self._inside(self._parent.add(role))

    def bullets(
        self, title: str = "", *, numbering: str = "Disc", lang: str | None = None
    ) -> AbstractContextManager[None]:
        attributes = {"O": "List", "ListNumbering": numbering}
        element = self._parent.add("L", title=title or None, lang=lang, attributes=attributes)
        return self._inside(element)

    def sub_list(self, numbering: str) -> AbstractContextManager[None]:
        body = self._item_body
        if body is None:  # no item yet: a list of its own, where we are
            return self.bullets(numbering=numbering)
        attributes = {"O": "List", "ListNumbering": numbering}
        return self._inside(body.add("L", attributes=attributes))

    def text(self, paragraph: Flowable, role: str, *, lang: str | None = None) -> Flowable:
        owner = TextOwner(self._parent.add(role, lang=lang), link_texts=link_texts(paragraph))
        return TextMark(paragraph, owner)

    def item(self, paragraph: Flowable) -> Flowable:
        item = self._parent.add("LI")
        label = item.add("Lbl")
        body = self._item_body = item.add("LBody")
        owner = TextOwner(body, label, link_texts(paragraph))
        return TextMark(paragraph, owner)

    def figure(self, picture: Flowable, alt: str) -> Flowable:
        return BlockMark(picture, self._parent.add("Figure", alt=alt))

    def decorative(self, picture: Flowable) -> Flowable:
        return ArtifactMark(picture)

    def paragraphs(self, factory: ParaFactory) -> ParaFactory:
        def tagged(markup: str, style: ParagraphStyle) -> Flowable:
            return self.text(factory(markup, style), style_role(style))

        return tagged

    def canvasmaker(self, chrome: Chrome) -> Callable[..., ChromeCanvas]:
        return partial(
            TaggingCanvas,
            chrome=chrome,
            root=self.root,
            language=self.language,
            pictures=self.pictures,
        )


def _pictures(document: ir.Document) -> dict[bytes, str | None]:
    """Every picture of ``document`` (figures, and figures in a leaf's fields such as the
    cover's logo) by its bytes: its alternative text, or None when it is decorative.
    """
    out: dict[bytes, str | None] = {}
    for leaf in _leaves(document.blocks):
        values: list[object] = [leaf]
        for name in _figure_fields(type(leaf)):
            value = getattr(leaf, name)
            values += value if isinstance(value, tuple) else [value]  # a group's figures
        for value in values:
            if isinstance(value, ir.Figure) and out.get(value.data) is None:
                out[value.data] = None if value.decorative else value.alt  # alt wins
    return out


def _leaves(blocks: tuple[ir.Block, ...]) -> Iterator[ir.Leaf]:
    """Every leaf of ``blocks``, those in groups (and in a part's groups) too."""
    for block in blocks:
        if isinstance(block, ir.Group):
            yield from _leaves(block.children)
        else:
            yield block


_FIGURE_FIELDS: dict[type, tuple[str, ...]] = {}


def _figure_fields(leaf_type: type) -> tuple[str, ...]:
    """The fields of an IR leaf type that may hold figures (the cover's logo, a group's…)."""
    names = _FIGURE_FIELDS.get(leaf_type)
    if names is None:
        names = tuple(f.name for f in fields(leaf_type) if "Figure" in str(f.type))
        _FIGURE_FIELDS[leaf_type] = names
    return names


def style_role(style: ParagraphStyle) -> str:
    """The role of a paragraph in ``style`` or a variant of it (``podium-title-band``)."""
    name: str = style.name
    for base, role in _STYLE_ROLES.items():
        if name == base or name.startswith(f"{base}-"):
            return role
    return "P"


def artifact(canvas: Any, kind: str | None = "layout") -> AbstractContextManager[None]:
    """Draw inside as an artifact on a tagging canvas; on any other canvas, just draw."""
    if isinstance(canvas, TaggingCanvas):
        return canvas.artifact(kind)
    return nullcontext()
