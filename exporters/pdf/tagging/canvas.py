"""A canvas that marks what it draws, for a tagged PDF.

Content is marked as it is drawn, with per-page MCIDs, and recorded in the structure tree:

- a paragraph's text is marked inside its text objects, so a link in the middle of a line
  gets its own sequence (ReportLab reports where each link's text starts and ends through
  the text object's ``_linkRecord`` hook); a bullet's text object becomes the ``Lbl``;
- a picture's whole drawing is one sequence;
- running header, footer and panel backgrounds are drawn inside :meth:`artifact`;
- anything else painted outside marked content (a flowable that knows nothing of tagging,
  e.g. a QR code's modules) is sealed as an artifact when the next mark opens or the page
  ends. Text is never sealed: unmarked text is a bug the tests catch.

Link annotations get a ``/Contents`` description and a ``/StructParent``; pages get
``/StructParents`` and, with annotations, ``/Tabs /S``. :meth:`save` writes the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from typing import Any, Literal, Protocol, cast

from reportlab.pdfbase.pdfdoc import PDFName, PDFString
from reportlab.pdfgen.textobject import PDFTextObject as TextObject

from exporters.pdf.page_template import ChromeCanvas
from exporters.pdf.tagging.tree import Annotation, Element, MarkedContent, TextOwner, describe_link
from exporters.pdf.tagging.writer import write_structure

#: How each kind of artifact is marked: ``None`` plain, or a page-chrome or layout artifact.
_ARTIFACT: dict[str | None, str] = {
    None: "/Artifact BMC",
    "layout": "/Artifact <</Type /Layout>> BDC",
    "header": "/Artifact <</Type /Pagination /Subtype /Header>> BDC",
    "footer": "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
    "watermark": "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC",
}
# Path construction and painting, images and shadings: what a seal looks for.
_PAINTS = frozenset(
    {"m", "l", "c", "v", "y", "h", "re", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n"}
    | {"sh", "Do", "BI"}
)

_STATE = frozenset({"q", "Q", " ", ""})
#: What a text object's stretch of code belongs to: an element, or (number, href) of a link.
Target = Element | tuple[int, str]


class _TextParts(Protocol):
    """A text object's parts the stubs leave out (ReportLab's ``_code`` and ``_linkRecord``
    hook), and the marks this canvas keeps on it until it is drawn."""

    _code: list[str]
    _linkRecord: Callable[[tuple[Any, ...], str], None]
    podium_marks: list[tuple[int, Target]]


def _parts(text: TextObject) -> _TextParts:
    return cast(_TextParts, text)  # the same object, seen with the attributes above


@dataclass(slots=True)
class _Paragraph:
    """The paragraph being drawn."""

    owner: TextOwner
    label_next: bool
    whole_link: tuple[int, str] | None
    started: list[tuple[int, str]] = field(default_factory=list)  # links on the current line


class TaggingCanvas(ChromeCanvas):
    """The chrome canvas that also marks content and writes the structure tree."""

    def __init__(
        self,
        *args: Any,
        root: Element,
        language: str,
        pictures: dict[bytes, str | None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.root = root
        self.language = language
        self.pictures = pictures  # alternative text by image bytes; None: decorative
        self.parent_tree: dict[int, Element | list[Element]] = {}
        self._page_marks: list[Element] = []  # by MCID, on the current page
        self._page_links = False
        self._page_name = self._doc.thisPageName()  # ReportLab's object name of the page
        self._depth = 0  # open marked-content sequences of ours, outside text objects
        self._free_from = 0  # where unmarked drawing started on the current page
        self._paragraph: _Paragraph | None = None
        self._last: Element | None = None  # the element whose content was drawn last

    # -- marking, called by the flowables in exporters.pdf.tagging.marks -----------------

    def begin_text(
        self, owner: TextOwner, *, bullet: bool, whole_link: tuple[int, str] | None
    ) -> None:
        """Mark the text of the paragraph drawn next as ``owner``'s."""
        self._open()
        label_next = bullet and owner.label is not None
        self._paragraph = _Paragraph(owner, label_next, whole_link)
        self._last = owner.element

    def end_text(self) -> None:
        """The paragraph is drawn."""
        if self._paragraph is not None:
            owner = self._paragraph.owner
            for link in (owner.links or {}).values():
                if link.kids:  # a link with annotations only still belongs to the text
                    owner.attach(link)
        self._paragraph = None
        self._close()

    def begin_block(self, element: Element, box: tuple[float, float, float, float]) -> None:
        """Mark all that is drawn until :meth:`end_block` as ``element``'s content."""
        self._open()
        if element.role == "Figure" and element.attributes is None:
            element.attributes = {"O": "Layout", "Placement": "Block", "BBox": self._on_page(box)}
        self._code.append(self._begin_marked(element))
        self._last = element

    def end_block(self) -> None:
        self._code.append("EMC")
        self._close()

    @contextmanager
    def artifact(self, kind: str | None = None) -> Iterator[None]:
        """Mark what is drawn inside as an artifact (page chrome, backgrounds, decoration)."""
        if self._depth:  # inside marked content already: it is part of that
            yield
            return
        self._open()
        self._code.append(_ARTIFACT.get(kind, _ARTIFACT[None]))
        try:
            yield
        finally:
            self._code.append("EMC")
            self._close()

    # -- pictures, text objects and links -------------------------------------------------

    def drawImage(
        self,
        image: Any,
        x: float,
        y: float,
        width: float | None = None,
        height: float | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Draw a picture; one drawn outside marked content is tagged by what it shows.

        A flowable that knows nothing of tagging (the cover's logo) draws pictures of the
        publication: each becomes a ``Figure`` with its alternative text, placed after the
        content drawn before it, or an artifact when it is decorative or unknown.
        """
        if self._depth:
            return super().drawImage(image, x, y, width, height, *args, **kwargs)
        alt = self.pictures.get(_image_bytes(image))
        if alt is None:
            with self.artifact():
                return super().drawImage(image, x, y, width, height, *args, **kwargs)
        figure = Element("Figure", alt=alt)
        self._adopt(figure)
        right, top = x + (width or 0), y + (height or 0)
        self.begin_block(figure, (x, y, right, top))
        try:
            return super().drawImage(image, x, y, width, height, *args, **kwargs)
        finally:
            self.end_block()

    # -- text objects and links -----------------------------------------------------------

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> TextObject:
        text = super().beginText(x, y, direction)
        paragraph = self._paragraph
        if paragraph is not None:
            target: Target
            if paragraph.label_next and paragraph.owner.label is not None:
                paragraph.label_next = False
                target = paragraph.owner.label
            elif paragraph.whole_link is not None:
                target = paragraph.whole_link
            else:
                target = paragraph.owner.element
            _parts(text).podium_marks = [(1, target)]  # after "BT"
            if paragraph.owner.link_texts:
                _parts(text)._linkRecord = partial(self._link_record, text)
        return text

    def _link_record(self, text: TextObject, link: tuple[Any, ...], event: str) -> None:
        """ReportLab's report that a link's text starts or ends on the current line.

        "start" comes just after the first fragment of the link's text was added.
        """
        paragraph = self._paragraph
        if paragraph is None:
            return
        if event == "start":
            key = (int(link[0]), str(link[1]))
            parts = _parts(text)
            parts.podium_marks.append((len(parts._code) - 1, key))
            paragraph.started.append(key)
        else:
            parts = _parts(text)
            parts.podium_marks.append((len(parts._code), paragraph.owner.element))

    def drawText(self, aTextObject: TextObject) -> None:
        marks = aTextObject.__dict__.pop("podium_marks", None)
        if marks is not None:
            parts = _parts(aTextObject)
            parts._code = self._marked(parts._code, marks)
        super().drawText(aTextObject)

    def _marked(self, code: list[str], marks: list[tuple[int, Target]]) -> list[str]:
        """``code`` with each stretch that shows text marked as its target's content.

        Stretches that show nothing (a line break between two lines of one link) are
        left out, and the same target's stretches on either side of one join up.
        """
        if len(marks) == 1:  # no links: one sequence from after "BT" to before "ET"
            code.insert(1, self._begin_marked(self._resolve(marks[0][1])))
            code.append("EMC")
            return code
        bounds = [*marks, (len(code), None)]
        spans: list[list[Any]] = []
        for (start, target), (end, _) in pairwise(bounds):
            if not any(_shows_text(entry) for entry in code[start:end]):
                continue
            if spans and spans[-1][2] == target:
                spans[-1][1] = end
            else:
                spans.append([start, end, target])
        out: list[str] = []
        position = 0
        for start, end, target in spans:
            out += code[position:start]
            out.append(self._begin_marked(self._resolve(target)))
            out += code[start:end]
            out.append("EMC")
            position = end
        out += code[position:]
        return out

    def _resolve(self, target: Target) -> Element:
        if isinstance(target, Element):
            return target
        assert self._paragraph is not None
        owner = self._paragraph.owner
        link = owner.link(*target)
        owner.attach(link)
        return link

    def linkURL(
        self,
        url: str,
        rect: Any,
        relative: bool | Literal[0, 1] = 0,
        thickness: int = 0,
        color: Any = None,
        dashArray: Any = None,
        kind: str = "URI",
        **kw: Any,
    ) -> None:
        link = self._link_for(str(url))
        kw.setdefault("Contents", PDFString(link.description or str(url)))
        kw["StructParent"] = self._key(link)
        super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)
        link.kids.append(Annotation(self._page_name, self._annotationrefs[-1].name))
        self._page_links = True

    def _link_for(self, url: str) -> Element:
        """The ``Link`` element an annotation for ``url`` belongs to.

        Paragraphs add a line's annotations after its text, in link order; a link that is
        not in tagged text (a QR code's) gets an element of its own after the last content.
        """
        paragraph = self._paragraph
        if paragraph is not None:
            if paragraph.started:
                chosen = min([k for k in paragraph.started if k[1] == url] or paragraph.started)
                paragraph.started.remove(chosen)
                return paragraph.owner.link(*chosen)
            if paragraph.whole_link is not None:
                return paragraph.owner.link(*paragraph.whole_link)
        link = Element("Link", description=describe_link("", url))
        self._adopt(link)
        return link

    def _adopt(self, element: Element) -> None:
        """Put ``element`` in the tree right after the element drawn last."""
        last = self._last
        if last is None or last.parent is None:
            parent, index = self.root, 0
        else:
            parent = last.parent
            index = next(i for i, kid in enumerate(parent.kids) if kid is last) + 1
        element.parent = parent
        parent.kids.insert(index, element)
        self._last = element

    # -- pages and the file ---------------------------------------------------------------

    def showPage(self) -> None:
        if not self._depth:
            self._seal()
        super().showPage()
        self._page_marks = []
        self._page_links = False
        self._page_name = self._doc.thisPageName()
        self._free_from = 0

    def _setAnnotations(self, page: Any) -> None:
        """Called by :meth:`showPage` with the page object: add the tagging keys."""
        super()._setAnnotations(page)  # type: ignore[misc]  # private, not in the stubs
        keys = []
        if self._page_marks:
            page.StructParents = self._key(self._page_marks)
            keys.append("StructParents")
        if self._page_links:
            page.Tabs = PDFName("S")
            keys.append("Tabs")
        if keys:
            page.__NoDefault__ = [*page.__NoDefault__, *keys]

    def save(self) -> None:
        write_structure(self._doc, self.root, self.parent_tree, self.language)
        super().save()

    # -- helpers --------------------------------------------------------------------------

    def _open(self) -> None:
        if not self._depth:
            self._seal()
        self._depth += 1

    def _close(self) -> None:
        self._depth -= 1
        if not self._depth:
            self._free_from = len(self._code)

    def _seal(self) -> None:
        """Mark as an artifact what was painted outside marked content since the last mark."""
        code = self._code
        first = last = -1
        for index in range(self._free_from, len(code)):
            entry = code[index]
            if entry in _STATE or entry.endswith(" cm"):  # most of it, between flowables
                continue
            if entry.startswith("BT") and ("Tj" in entry or "TJ" in entry):
                first = -1  # text: never hidden as an artifact
                break
            if not _PAINTS.isdisjoint(entry.split()):
                first = index if first < 0 else first
                last = index
        if first >= 0:
            code.insert(last + 1, "EMC")
            code.insert(first, _ARTIFACT[None])
        self._free_from = len(code)

    def _begin_marked(self, element: Element) -> str:
        """The operator that opens a new marked-content sequence of ``element``."""
        mcid = len(self._page_marks)
        self._page_marks.append(element)
        element.kids.append(MarkedContent(self._page_name, mcid))
        return f"/{element.role} <</MCID {mcid}>> BDC"

    def _key(self, value: Element | list[Element]) -> int:
        """A new key of the parent tree, for a page's MCIDs or for one annotation."""
        key = len(self.parent_tree)
        self.parent_tree[key] = value
        return key

    def _on_page(self, box: tuple[float, float, float, float]) -> list[float]:
        """``box`` (x0, y0, x1, y1 in the current user space) in page coordinates."""
        a, b, c, d, e, f = self._currentMatrix
        x0, y0, x1, y1 = box
        corners = [(a * x + c * y + e, b * x + d * y + f) for x in (x0, x1) for y in (y0, y1)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return [round(v, 2) for v in (min(xs), min(ys), max(xs), max(ys))]


def _image_bytes(image: Any) -> bytes:
    """The encoded bytes of a picture given to ``drawImage``, if they are at hand."""
    source = getattr(image, "fp", image)
    value = getattr(source, "getvalue", None)
    return bytes(value()) if callable(value) else b""


def _shows_text(entry: str) -> bool:
    """Whether a text object's code entry shows text (ReportLab puts one show per entry)."""
    return entry.removesuffix(" T*").endswith(("Tj", "TJ"))
