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
(:mod:`exporters.pdf.styles`). The memoising changes no byte of the output, and neither
do the caches across renders (:mod:`exporters.pdf.line_cache`,
:mod:`exporters.pdf.compression`). The cyclic garbage collector waits until a render is
over (:mod:`exporters.pdf.collector`).

Keeping together: a heading, with the byline or lead line under it, never ends a page; it
goes with at least the first two lines of what follows
(:class:`~exporters.pdf.flowables.KeepWithFirstLines`). A pull quote, and a row of figures
with their captions and credits (:mod:`exporters.pdf.figures`), move to the next page whole
rather than split; the colophon with its note stays on one page when it fits on one.

Tagging (PDF/UA): each piece of the story goes through a :class:`~exporters.pdf.tagging.Tags`
object that says what it is (heading, paragraph, list item, figure…); ``tagged=False``
passes everything through untouched (:mod:`exporters.pdf.tagging`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, NamedTuple, assert_never
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, LayoutError
from reportlab.rl_config import _FUZZ

from exporters import ir
from exporters.export import Destination
from exporters.labels import Language, label
from exporters.pdf import lists, media
from exporters.pdf.collector import collector_paused
from exporters.pdf.figures import Cell, figure_rows
from exporters.pdf.floats import flow_beside
from exporters.pdf.flowables import BesidePortraits, KeepWithFirstLines, Panel, Portrait
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
from exporters.pdf.reportlab_private import keep_with_next
from exporters.pdf.styles import Styles, escaped, styled, styles
from exporters.pdf.tagging import StructureTags, Tags, heading_role
from models.message import message
from models.richtext import Span, is_allowed_link

_QUOTE_ATTR = {'"': "&quot;"}
_UNTAGGED = Tags()


class PdfLayoutError(Exception):
    """Content that cannot be laid out on a page; ``str()`` is the message for the user."""


class RenderedPdf(NamedTuple):
    """A PDF and where each part (by its anchor) starts in it."""

    data: bytes
    destinations: dict[str, Destination]
    pages: int = 0  # numbered as in the whole document: a window's last page number


def render_pdf(document: ir.Document, *, tagged: bool = True) -> bytes:
    """The PDF of ``document``: reproducible bytes (same IR, same bytes).

    ``tagged``: a tagged, accessible PDF (PDF/UA-1); untagged is a little faster.

    Raises :class:`PdfLayoutError` if some content cannot be placed on a page at all.
    """
    return render_pdf_with_destinations(document, tagged=tagged).data


def render_pdf_with_destinations(
    document: ir.Document, *, tagged: bool = True, cancelled: Callable[[], bool] | None = None
) -> RenderedPdf:
    """:func:`render_pdf`, plus where each anchor's part starts, recorded as it is drawn.

    The same bytes as :func:`render_pdf`; the preview scrolls to the destinations without
    reading the PDF back. Raises :class:`PdfLayoutError` as :func:`render_pdf` does, and
    :class:`~exporters.export.RenderCancelled` at a new page once ``cancelled()`` is true.
    """
    with collector_paused():
        return _render(document, tagged=tagged, cancelled=cancelled)


class Window(NamedTuple):
    """Where a run of a longer document's parts goes: its first part starts ``top`` points
    below the top of 1-based page ``first_page``, of ``total`` pages in all."""

    first_page: int
    top: float
    total: int


def render_window(
    document: ir.Document, window: Window, *, cancelled: Callable[[], bool] | None = None
) -> RenderedPdf:
    """``document`` (a run of a longer one's parts) laid out where ``window`` says: page
    numbers, running header and the first part's place on its first page as in the whole
    document, so its pages look as they will there (:mod:`exporters.pdf.focus`). The
    destinations count pages as the whole does.

    Untagged: it is shown, never saved.
    """
    with collector_paused():
        return _render(document, tagged=False, cancelled=cancelled, window=window)


def _render(
    document: ir.Document,
    *,
    tagged: bool,
    cancelled: Callable[[], bool] | None,
    window: Window | None = None,
) -> RenderedPdf:
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
        first_page=window.first_page if window is not None else 1,
        total=window.total if window is not None else 0,
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
        cancelled=cancelled,
    )
    tags = StructureTags(document) if tagged else _UNTAGGED
    story = list(_story(document, frame_size(page_size, margins), tags))
    if window is not None and story:
        # The first part at its place on the page: after a spacer, it gets its whole space
        # before, as at the top of a page it gets none.
        room = window.top - margins[1] - story[0].getSpaceBefore()
        if room > _FUZZ:
            story.insert(0, Spacer(1, room))
    make_canvas = tags.canvasmaker(chrome)
    canvases: list[ChromeCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> ChromeCanvas:
        canvas = make_canvas(*args, **kwargs)
        canvases.append(canvas)  # kept for the destinations it records
        return canvas

    try:
        template.build(story, canvasmaker=canvasmaker)
    except LayoutError as error:
        raise PdfLayoutError(
            message("part of the publication does not fit on a page: {detail}", detail=str(error))
        ) from error
    destinations = dict(canvases[-1].destinations) if canvases else {}
    pages = canvases[-1].pages_drawn if canvases else 0
    return RenderedPdf(buffer.getvalue(), destinations, pages)


def _story(
    document: ir.Document, frame: tuple[float, float], tags: Tags = _UNTAGGED
) -> list[Flowable]:
    """The flowables of ``document``, in reading order, kept together where they must be."""
    language = document.info.language
    flowables: list[Flowable] = []
    for block in document.blocks:
        if isinstance(block, ir.Group):
            flowables += _group(block, document.theme, language, frame, tags)
        else:
            flowables += _leaf(block, styles(document.theme, language), language, frame, tags)
    return _keep_leads(flowables, frame[1])


def _group(
    group: ir.Group,
    theme: ir.ThemeTokens,
    around: Language,
    frame: tuple[float, float],
    tags: Tags,
) -> list[Flowable]:
    """A group's flowables: its leaves, and a part's sections, anchored at the first.

    The colophon (its block and its note) is kept on one page if it fits on one.
    """
    language = group.language or around
    st = styles(theme, language)
    made: list[tuple[ir.Block, list[Flowable]]] = []
    with tags.group(group):
        for child in group.children:
            if isinstance(child, ir.Group):
                made.append((child, _group(child, theme, language, frame, tags)))
            else:
                made.append((child, _leaf(child, st, language, frame, tags)))
    flowables = flow_beside(made, frame)  # half figures and thumbnails: text beside them
    if group.kind == "colophon" and flowables:
        flowables = [KeepTogether(_keep_leads(flowables, frame[1]))]
    if flowables:
        title, level = _outline(group) or (None, 0)
        flowables[0] = Anchored(flowables[0], group.anchor, title, level)
    return flowables


def _outline(group: ir.Group) -> tuple[str, int] | None:
    """A part's or a titled section's bookmark: its title, one level above its heading's
    (parts and sections outside parts at the top, sections in a part under it).

    Untitled sections, quotes, the intro and the colophon get no outline entry.
    """
    if group.kind not in ("part", "section"):
        return None
    for leaf in group.children:
        if isinstance(leaf, ir.Heading) and leaf.anchor == group.anchor:
            return leaf.text, leaf.level - 1
    return None


def _keep_leads(flowables: list[Flowable], frame_height: float) -> list[Flowable]:
    """``flowables`` with each run that must not end a page (headings, a byline, a lead
    line) joined to the flowable after it (:class:`KeepWithFirstLines`)."""
    out: list[Flowable] = []
    lead: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, ActionFlowable) or getattr(flowable, "locChanger", False):
            out += [*lead, flowable]  # a page break: nothing to keep a lead with
            lead = []
        elif keep_with_next(flowable):
            flowable.keepWithNext = 0  # kept here: platypus must not group it again
            lead.append(flowable)
        elif lead:
            out.append(KeepWithFirstLines(lead, flowable, frame_height))
            lead = []
        else:
            out.append(flowable)
    return out + lead


def _leaf(
    leaf: ir.Leaf, st: Styles, language: Language, frame: tuple[float, float], tags: Tags
) -> list[Flowable]:
    link = st.link
    match leaf:
        case ir.TitleBlock():
            return media.title_block(leaf, st, frame, tags.paragraphs(Para), language=language)
        case ir.Heading():
            style = _heading_style(_in(leaf.language, st), leaf.level)
            para = Para(text(leaf.text, style), style)
            return [tags.text(para, heading_role(leaf.level), lang=leaf.language)]
        case ir.Paragraph():
            style = _paragraph_style(_in(leaf.language, st), leaf.style)
            para = Para(markup(leaf.spans, style, link), style)
            return [tags.text(para, "P", lang=leaf.language)]
        case ir.TextList():
            base = _paragraph_style(_in(leaf.language, st), leaf.style)
            return lists.text_list(leaf, base, partial(markup, link=link), tags)
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
                    unbroken=frame[1],
                )
            ]
        case ir.VideoLink():
            return media.video(leaf, st, frame, tags.paragraphs(Para))
        case ir.FigureGroup():
            return figure_rows(leaf, frame, partial(_cell, st=st, language=language, tags=tags))
        case ir.ColophonBlock():
            return _colophon(leaf, st, link, tags)
        case _:
            assert_never(leaf)


def _heading_style(st: Styles, level: int) -> ParagraphStyle:
    """The style of a heading at ``level`` of the outline (1 the top, 3 the deepest)."""
    return st.h1 if level <= 1 else st.h2 if level == 2 else st.h3


def _paragraph_style(st: Styles, style: ir.Style) -> ParagraphStyle:
    return {"intro": st.intro, "lead": st.lead, "body": st.body}[style]


def _in(language: Language | None, st: Styles) -> Styles:
    """The styles hyphenating in ``language``, for a block in a language of its own."""
    if language is None or language == st.language:
        return st
    return styles(st.theme, language)


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


def _cell(
    figure: ir.Figure, picture: PrintedImage, *, st: Styles, language: Language, tags: Tags
) -> Cell:
    """A picture of a figure group, tagged, with its caption and credit under it; those
    are in the figure's own language when it has one."""
    own = _in(figure.language, st)
    tagged = tags.decorative(picture) if figure.decorative else tags.figure(picture, figure.alt)
    texts: list[Flowable] = []  # the picture's element before its caption's
    if figure.caption:
        caption = Para(text(figure.caption, own.caption), own.caption)
        texts.append(tags.text(caption, "P", lang=figure.language))
    if figure.credit:
        words = f"{label('photo', language)}: {figure.credit}"
        texts.append(tags.text(Para(text(words, st.credit), st.credit), "P"))
    return Cell(tagged, tuple(texts))


def _byline(byline: ir.Byline, st: Styles, tags: Tags) -> list[Flowable]:
    """The byline, a line per role; with portraits, a row of small square portraits at its
    left."""
    portraits = [
        tags.decorative(Portrait(p.data)) if p.decorative else tags.figure(Portrait(p.data), p.alt)
        for p in byline.portraits
    ]  # each portrait's element before the byline's, as they are seen: left to right
    lines = "<br/>".join(text(line, st.byline) for line in byline.lines)
    paragraph = tags.text(Para(lines, st.byline), "P")
    if not portraits:
        return [paragraph]
    return [BesidePortraits(portraits, paragraph)]


def _colophon(block: ir.ColophonBlock, st: Styles, link: str, tags: Tags) -> list[Flowable]:
    """The colophon's heading and lines (its group keeps them, and the note, on one page)."""
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
    return out
