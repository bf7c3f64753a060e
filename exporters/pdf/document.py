"""The front of the PDF renderer: the IR laid out with ReportLab platypus, in one pass.

Every user string is escaped with :func:`xml.sax.saxutils.escape` before it becomes
``Paragraph`` markup: ReportLab's mini-language would otherwise swallow text after a stray
``<`` or ``&`` and can be told to read local files with ``<img src>``. The only markup this
module writes itself is ``<b>``, ``<i>``, ``<br/>``, ``<font face>`` (for glyph fallback)
and ``<a href>`` for links the rich-text subset allows.

Speed (``benchmarks/export.py``): line breaking and text encoding dominate. Paragraphs keep
their line breaks between the several wraps platypus asks for
(:class:`~exporters.pdf.paragraph.Para`), panels are drawn by a small flowable instead of a
``Table`` (:mod:`exporters.pdf.flowables`), and the fonts and the hyphenator memoise per word
(:mod:`exporters.pdf.styles`). The memoising changes no byte of the output.

Tagging (PDF/UA): each piece of the story goes through a :class:`~exporters.pdf.tagging.Tags`
object that says what it is (heading, paragraph, list item, figure…); ``tagged=False``
passes everything through untouched (:mod:`exporters.pdf.tagging`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple, assert_never
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import LayoutError

from exporters import ir
from exporters.export import Destination
from exporters.labels import Language, label
from exporters.pdf import media
from exporters.pdf.flowables import BesidePortraits, Panel, Portrait
from exporters.pdf.media import PrintedImage
from exporters.pdf.page_template import (
    MARGINS,
    PAGE_SIZES,
    Anchored,
    Chrome,
    ChromeCanvas,
    DocTemplate,
    frame_size,
)
from exporters.pdf.paragraph import Para
from exporters.pdf.styles import Styles, escaped, styled, styles
from exporters.pdf.tagging import StructureTags, Tags, heading_role
from models.page_geometry import FIGURE_MAX_HEIGHT
from models.richtext import Span, is_allowed_link

_QUOTE_ATTR = {'"': "&quot;"}
_UNTAGGED = Tags()


class PdfLayoutError(Exception):
    """Content that cannot be laid out on a page; ``str()`` is the message for the user."""


class RenderedPdf(NamedTuple):
    """A PDF and where each part (by its anchor) starts in it."""

    data: bytes
    destinations: dict[str, Destination]


def render_pdf(document: ir.Document, *, tagged: bool = True) -> bytes:
    """The PDF of ``document``: reproducible bytes (same IR, same bytes).

    ``tagged``: a tagged, accessible PDF (PDF/UA-1); untagged is a little faster.

    Raises :class:`PdfLayoutError` if some content cannot be placed on a page at all.
    """
    return render_pdf_with_destinations(document, tagged=tagged).data


def render_pdf_with_destinations(document: ir.Document, *, tagged: bool = True) -> RenderedPdf:
    """:func:`render_pdf`, plus where each anchor's part starts, recorded as it is drawn.

    The same bytes as :func:`render_pdf`; the preview scrolls to the destinations without
    reading the PDF back. Raises :class:`PdfLayoutError` as :func:`render_pdf` does.
    """
    info = document.info
    base = styles(document.theme, info.language)
    page_size = PAGE_SIZES[document.theme.page_size]
    margins = MARGINS[document.theme.margins]
    chrome = Chrome(
        info.title,
        label("page", info.language),
        base.heading_font,
        page_size,
        margins,
        watermark=label("draft", info.language) if info.draft else "",
    )
    # A draft says so in the viewer's title bar too; the running header keeps the title.
    title = label("draft_title", info.language).format(title=info.title) if info.draft else None
    buffer = io.BytesIO()
    template = DocTemplate(
        buffer,
        chrome,
        title=title or info.title,
        author=info.author,
        subject=info.subject,
        keywords=list(info.keywords),
        creator="Podium",
        lang=info.language,
        invariant=1,
        initialFontName=base.body_font,
        initialFontSize=base.body.fontSize,
        displayDocTitle=1,
    )
    tags = StructureTags(document) if tagged else _UNTAGGED
    story = list(_story(document, frame_size(page_size, margins), tags))
    make_canvas = tags.canvasmaker(chrome)
    canvases: list[ChromeCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> ChromeCanvas:
        canvas = make_canvas(*args, **kwargs)
        canvases.append(canvas)  # kept for the destinations it records
        return canvas

    try:
        template.build(story, canvasmaker=canvasmaker)
    except LayoutError as error:
        raise PdfLayoutError(f"part of the publication does not fit on a page: {error}") from error
    destinations = dict(canvases[-1].destinations) if canvases else {}
    return RenderedPdf(buffer.getvalue(), destinations)


def _story(
    document: ir.Document, frame: tuple[float, float], tags: Tags = _UNTAGGED
) -> Iterator[Flowable]:
    language = document.info.language
    for block in document.blocks:
        if isinstance(block, ir.Group):
            st = styles(document.theme, block.language or language)
            with tags.group(block):
                flowables = [
                    f
                    for leaf in block.children
                    for f in _leaf(leaf, st, block.language or language, frame, tags)
                ]
            if flowables:
                flowables[0] = Anchored(flowables[0], block.anchor, _outline_title(block))
            yield from flowables
        else:
            yield from _leaf(block, styles(document.theme, language), language, frame, tags)


def _outline_title(group: ir.Group) -> str | None:
    """A section's title for the bookmarks panel; other groups get no outline entry."""
    if group.kind != "section":
        return None
    for leaf in group.children:
        if isinstance(leaf, ir.Heading):
            return leaf.text
    return None


def _leaf(
    leaf: ir.Leaf, st: Styles, language: Language, frame: tuple[float, float], tags: Tags
) -> list[Flowable]:
    link = st.primary.hexval()
    match leaf:
        case ir.TitleBlock():
            return media.title_block(leaf, st, frame, tags.paragraphs(Para), language=language)
        case ir.Heading():
            style = st.h1 if leaf.level <= 1 else st.h2
            return [tags.text(Para(text(leaf.text, style), style), heading_role(leaf.level))]
        case ir.Paragraph():
            style = {"intro": st.intro, "lead": st.lead, "body": st.body}[leaf.style]
            return [tags.text(Para(markup(leaf.spans, style, link), style), "P")]
        case ir.TakeawayList():
            with tags.bullets(leaf.title):
                items = [
                    tags.item(Para(markup(item, st.takeaway, link), st.takeaway, bulletText="•"))
                    for item in leaf.items
                ]
            background = st.key_background if leaf.style == "key" else st.section_background
            return [
                Panel(
                    items,
                    background=background,
                    padding=(9, 12, 5, 12),
                    space_before=4,
                    space_after=12,
                )
            ]
        case ir.Byline():
            return _byline(leaf, st, tags)
        case ir.PullQuote():
            with tags.container("BlockQuote"):
                parts = [tags.text(Para(markup(leaf.spans, st.quote, link), st.quote), "P")]
            if leaf.attribution:
                attribution = Para(text(f"— {leaf.attribution}", st.attribution), st.attribution)
                parts.append(tags.text(attribution, "P"))
            return [
                Panel(
                    parts,
                    rule=st.accent,
                    rule_width=3,
                    padding=(2, 0, 2, 16),
                    space_before=16,
                    space_after=18,
                )
            ]
        case ir.VideoLink():
            return media.video(leaf, st, frame, tags.paragraphs(Para))
        case ir.Figure():
            return _figure(leaf, st, language, frame, tags)
        case ir.ColophonBlock():
            return _colophon(leaf, st, link, tags)
        case _:
            assert_never(leaf)


def text(value: str, style: ParagraphStyle, *, bold: bool = False) -> str:
    """``value`` as Paragraph markup in ``style``: escaped, with glyph fallback."""
    return escaped(value, styled(style.fontName, bold))


def markup(spans: Sequence[Span], style: ParagraphStyle, link: str) -> str:
    """Paragraph markup for ``spans``: text escaped, marks as tags, allowed links only."""
    parts: list[str] = []
    for span in spans:
        inner = escaped(span.text, styled(style.fontName, span.bold, span.italic))
        if span.italic:
            inner = f"<i>{inner}</i>"
        if span.bold:
            inner = f"<b>{inner}</b>"
        if span.href and is_allowed_link(span.href):
            inner = _link(span.href, inner, link)
        parts.append(inner)
    return "".join(parts)


def _link(href: str, inner: str, colour: str) -> str:
    """``<a href>`` around ``inner`` (already markup); ``href`` is escaped as an attribute."""
    return f'<a href="{escape(href, _QUOTE_ATTR)}" color="{colour}">{inner}</a>'


def _figure(
    figure: ir.Figure, st: Styles, language: Language, frame: tuple[float, float], tags: Tags
) -> list[Flowable]:
    """The picture scaled to the frame width (or a share of its height), caption below."""
    frame_width, frame_height = frame
    width = frame_width
    height = width * figure.height_px / max(figure.width_px, 1)
    if height > frame_height * FIGURE_MAX_HEIGHT:
        height = frame_height * FIGURE_MAX_HEIGHT
        width = height * figure.width_px / max(figure.height_px, 1)
    image = PrintedImage(figure.data, width=width, height=height, hAlign="LEFT")
    image.spaceBefore = 6
    picture = tags.decorative(image) if figure.decorative else tags.figure(image, figure.alt)
    out: list[Flowable] = [picture]  # the picture's element before its caption's
    if figure.caption:
        out.append(tags.text(Para(text(figure.caption, st.caption), st.caption), "P"))
    if figure.credit:
        credit = text(f"{label('photo', language)}: {figure.credit}", st.credit)
        out.append(tags.text(Para(credit, st.credit), "P"))
    if len(out) > 1:
        image.keepWithNext = 1
    else:
        image.spaceAfter = 10
    return out


def _byline(byline: ir.Byline, st: Styles, tags: Tags) -> list[Flowable]:
    """The byline; with portraits, a row of small square portraits at its left."""
    portraits = [
        tags.decorative(Portrait(p.data)) if p.decorative else tags.figure(Portrait(p.data), p.alt)
        for p in byline.portraits
    ]  # each portrait's element before the byline's, as they are seen: left to right
    paragraph = tags.text(Para(text(byline.text, st.byline), st.byline), "P")
    if not portraits:
        return [paragraph]
    return [BesidePortraits(portraits, paragraph)]


def _colophon(block: ir.ColophonBlock, st: Styles, link: str, tags: Tags) -> list[Flowable]:
    """The colophon, kept on one page: it is short and reads badly when split."""
    style = st.colophon
    heading = Para(text(block.heading, st.colophon_heading), st.colophon_heading)
    out: list[Flowable] = [tags.text(heading, heading_role(1))]
    lines = [f"<b>{text(block.organisation, style, bold=True)}</b>"] if block.organisation else []
    lines += [text(address, style) for address in block.addresses]
    for name, value, href in block.contacts:
        shown = text(value, style)
        if href and is_allowed_link(href):
            shown = _link(href, shown, link)
        lines.append(f"{text(name, style)} {shown}" if name else shown)
    if lines:
        out.append(tags.text(Para("<br/>".join(lines), style), "P"))
    for role, names in block.credits:
        credit = f"<b>{text(role, style, bold=True)}</b><br/>{text(names, style)}"
        out.append(tags.text(Para(credit, style), "P"))
    if block.version:
        label_markup = f"<b>{text(block.version_label, style, bold=True)}</b>"
        version = f"{label_markup}<br/>{text(block.version, style)}"
        out.append(tags.text(Para(version, style), "P"))
    return [KeepTogether(out)]
