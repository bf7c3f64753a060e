"""Write the recorded structure tree into the PDF, as objects of ReportLab's own document.

ReportLab writes the catalog keys (``/StructTreeRoot``, ``/MarkInfo``, ``/Metadata``) but
nothing to put in them; this module registers the objects with ReportLab's document before
it is serialised, so no second pass over the file is needed:

- ``/StructTreeRoot`` → ``Document`` → the elements, each with ``/P``, ``/Pg`` and ``/K``
  (MCIDs, ``/MCR`` for content on another page, ``/OBJR`` for link annotations);
- the ``/ParentTree``: a flat number tree, one array (element by MCID) per page and one
  element per annotation;
- ``/MarkInfo << /Marked true >>`` and XMP metadata with ``dc:title`` and
  ``pdfuaid:part 1``, its other values copied from the info dictionary, dates included
  (fixed by ``invariant=1``), so the two agree and renders stay byte-identical.

Elements that received no content (a group whose only picture is decorative) are left out.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFCatalog,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObjectReference,
    PDFStream,
    PDFString,
    format,
)

from exporters.pdf.tagging.tree import Annotation, Element, MarkedContent

_ROOT = "PodiumStructTreeRoot"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_structure(
    doc: PDFDocument,
    root: Element,
    parent_tree: dict[int, Element | list[Element]],
    language: str,
) -> None:
    """Add the structure tree, the parent tree, MarkInfo and XMP metadata to ``doc``.

    Everything the elements refer to (pages, link annotations, each other) has its object
    number by now, so they are written here, as bytes, rather than as objects that format
    themselves later: thousands of small wrappers less for the garbage collector to visit.
    """
    if not isinstance(doc.encrypt, NoEncryption):  # strings would need their object's key
        raise ValueError("a tagged PDF cannot be encrypted")
    _prune(root)
    elements = _walk(root)
    first = doc.objectcounter + 1  # the numbers doc.Reference hands out next, in order
    numbers = {id(element): first + i for i, element in enumerate(elements)}
    parent_tree_number = first + len(elements)
    root_number = parent_tree_number + 1
    registered = doc.idToObjectNumberAndVersion  # by ReportLab's names: pages, annotations…
    strings: dict[str, bytes] = {}  # the same alt text on every use of a picture: written once
    for i, element in enumerate(elements):
        entry = _element(element, numbers, registered, root_number, doc, strings)
        _reference(doc, entry, f"PodiumSE{i}")
    _reference(doc, _parent_tree(parent_tree, numbers), "PodiumParentTree")
    tree_root = b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d >>"
    _reference(doc, tree_root % (numbers[id(root)], parent_tree_number, len(parent_tree)), _ROOT)
    if registered[_ROOT][0] != root_number:
        raise RuntimeError("structure elements were not numbered in order")
    # PDF/UA-1 builds on PDF 1.7 (/Tabs: 1.5). _pdfVersion and Catalog: not in the stubs.
    doc._pdfVersion = max(doc._pdfVersion, (1, 7))  # type: ignore[attr-defined]
    catalog: PDFCatalog = doc.Catalog  # type: ignore[attr-defined]
    # A PDFCatalog writes each attribute as a key: keys the stubs cannot list.
    catalog.StructTreeRoot = PDFObjectReference(_ROOT)  # type: ignore[attr-defined]
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})  # type: ignore[attr-defined]
    catalog.Metadata = XmpStream(xmp(doc, language))  # type: ignore[attr-defined]


def _reference(doc: PDFDocument, value: object, name: str) -> None:
    """``doc.Reference(value, name)``: register ``value`` as object ``name`` (untyped stub)."""
    doc.Reference(value, name)  # type: ignore[no-untyped-call]  # see docstring


def _walk(element: Element) -> list[Element]:
    """``element`` and every element below it, in tree (reading) order."""
    out = [element]
    for kid in element.kids:
        if isinstance(kid, Element):
            out += _walk(kid)
    return out


def _prune(element: Element) -> bool:
    """Drop elements without content below ``element``; whether ``element`` has any."""
    element.kids = [k for k in element.kids if not isinstance(k, Element) or _prune(k)]
    return bool(element.kids)


def _element(
    element: Element,
    numbers: dict[int, int],
    registered: dict[str, tuple[int, int]],
    root_number: int,
    document: PDFDocument,
    strings: dict[str, bytes],
) -> bytes:
    """The element's dictionary; ``numbers`` has the elements' object numbers by ``id``,
    ``registered`` ReportLab's (number, version) of its objects by name (pages, annotations),
    ``strings`` the PDF strings written so far by their text (not encrypted: the same bytes
    in every object).
    """
    kids = element.kids
    if element.role == "Link":  # its text first, then its annotations, page by page
        kids = sorted(kids, key=lambda k: (_page_number(k), isinstance(k, Annotation)))
    elif element.role == "LBody":  # a sub-list, made before its item is drawn, comes last
        kids = sorted(kids, key=lambda k: isinstance(k, Element) and k.role == "L")
    page = None
    for kid in kids:
        if not isinstance(kid, Element):
            page = kid.page
            break
    parent = numbers[id(element.parent)] if element.parent is not None else root_number
    parts = [f"<< /Type /StructElem /S /{element.role} /P {parent} 0 R"]
    if page is not None:
        parts.append(f"/Pg {registered[page][0]} 0 R")
    items: list[str] = []
    for kid in kids:
        if isinstance(kid, Element):
            items.append(f"{numbers[id(kid)]} 0 R")
        elif isinstance(kid, MarkedContent):
            if kid.page == page:
                items.append(str(kid.mcid))
            else:
                page_number = registered[kid.page][0]
                items.append(f"<< /Type /MCR /Pg {page_number} 0 R /MCID {kid.mcid} >>")
        else:
            obj, pg = registered[kid.name][0], registered[kid.page][0]
            items.append(f"<< /Type /OBJR /Obj {obj} 0 R /Pg {pg} 0 R >>")
    if items:
        parts.append(f"/K {items[0]}" if len(items) == 1 else f"/K [{' '.join(items)}]")
    if element.attributes:
        attributes = " ".join(
            f"/{key} [{fp_str(*value)}]" if isinstance(value, list) else f"/{key} /{value}"
            for key, value in element.attributes.items()
        )
        parts.append(f"/A << {attributes} >>")
    out = " ".join(parts).encode("ascii")
    for key, value in ((b"Alt", element.alt), (b"Lang", element.lang), (b"T", element.title)):
        if value is not None and (value or key == b"Alt"):
            string = strings.get(value)
            if string is None:
                string = strings[value] = PDFString(value).format(document)
            out += b" /" + key + b" " + string
    return out + b" >>"


def _parent_tree(parent_tree: dict[int, Element | list[Element]], numbers: dict[int, int]) -> bytes:
    """The number tree from StructParent(s) keys to elements: one flat ``/Nums`` array."""

    def ref(element: Element) -> str:
        return f"{numbers[id(element)]} 0 R"

    nums: list[str] = []
    for key in sorted(parent_tree):
        value = parent_tree[key]
        if isinstance(value, list):
            nums.append(f"{key} [{' '.join(ref(e) for e in value)}]")
        else:
            nums.append(f"{key} {ref(value)}")
    return f"<< /Nums [{' '.join(nums)}] >>".encode("ascii")


def _page_number(kid: Element | MarkedContent | Annotation) -> int:
    return 0 if isinstance(kid, Element) else int(kid.page.removeprefix("Page"))


class XmpStream(PDFStream):
    """The XMP metadata stream, unfiltered as PDF/A and many readers want it."""

    def __init__(self, content: bytes) -> None:
        super().__init__(content=content)

    def format(self, document: PDFDocument) -> bytes:
        encrypt = document.encrypt
        content: bytes = encrypt.encode(self.content)  # type: ignore[no-untyped-call]  # untyped stub
        entries = {"Type": PDFName("Metadata"), "Subtype": PDFName("XML"), "Length": len(content)}
        head = bytes(format(PDFDictionary(entries), document))
        return head + b"\nstream\n" + content + b"\nendstream\n"


def xmp(doc: PDFDocument, language: str) -> bytes:
    """The XMP packet: the info dictionary's values, the language and the PDF/UA claim."""
    info = doc.info
    stamp: TimeStamp = doc._timeStamp  # type: ignore[attr-defined]  # not in the stubs
    year, month, day, hour, minute, second = stamp.YMDhms
    date = (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{'+' if stamp.dhh >= 0 else '-'}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )

    def text(value: object) -> str:
        return escape(_NOT_XML.sub("", str(value)))

    alt = '<rdf:Alt><rdf:li xml:lang="x-default">{}</rdf:li></rdf:Alt>'
    properties = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{alt.format(text(info.title))}</dc:title>",
        f"<dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:description>{alt.format(text(info.subject))}</dc:description>",
        f"<dc:language><rdf:Bag><rdf:li>{text(language)}</rdf:li></rdf:Bag></dc:language>",
        f"<pdf:Keywords>{text(info.keywords)}</pdf:Keywords>",
        f"<pdf:Producer>{text(info.producer)}</pdf:Producer>",
        f"<xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{date}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ]
    packet = "\n".join(
        [
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            '<rdf:Description rdf:about=""',
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
            ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
            *properties,
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            '<?xpacket end="w"?>',
        ]
    )
    return packet.encode("utf-8")
