"""The PDF renderer: the IR laid out with ReportLab platypus, fonts embedded, one pass.

Every user string is escaped with :func:`xml.sax.saxutils.escape` before it becomes
``Paragraph`` markup: ReportLab's mini-language would otherwise swallow text after a stray
``<`` or ``&`` and can be told to read local files with ``<img src>``. The only markup this
module writes itself is ``<b>``, ``<i>``, ``<br/>``, ``<font face>`` (for glyph fallback)
and ``<a href>`` for links the rich-text subset allows.

Speed (``benchmarks/export.py``): line breaking and text encoding dominate. Paragraphs keep
their line breaks between the several wraps platypus asks for (:class:`Para`), panels are
drawn by a small flowable instead of a ``Table``, and the fonts and the hyphenator memoise
per word (:mod:`exporters.pdf_styles`). The memoising changes no byte of the output.

Tagging (PDF/UA): each piece of the story goes through a :class:`~exporters.pdf_tags.Tags`
object that says what it is (heading, paragraph, list item, figure…); ``tagged=False``
passes everything through untouched (:mod:`exporters.pdf_tags`).
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from copy import deepcopy
from functools import partial
from types import SimpleNamespace
from typing import Any, assert_never
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.paragraph import (
    FragLine,
    _processed_frags,
    _split_blParaHard,
    _split_blParaSimple,
    cleanBlockQuotedText,
    textTransformFrags,
)
from reportlab.platypus.paragraph import split as split_words
from reportlab.platypus.paragraph import strip as strip_space
from reportlab.platypus.paraparser import ParaFrag, ParaParser
from reportlab.rl_config import _FUZZ

from exporters import ir, pdf_media
from exporters.labels import Language, label
from exporters.pdf_long_words import break_long_words
from exporters.pdf_media import SafeImage, SafeImageReader
from exporters.pdf_page import (
    MARGINS,
    PAGE_SIZES,
    Anchored,
    Chrome,
    DocTemplate,
    frame_size,
)
from exporters.pdf_styles import Styles, escaped, styled, styles
from exporters.pdf_tags import StructureTags, Tags, artifact, heading_role
from exporters.pdf_unicode import UnicodeParagraph
from models.page_geometry import FIGURE_MAX_HEIGHT
from models.richtext import Span, is_allowed_link

_QUOTE_ATTR = {'"': "&quot;"}
_UNTAGGED = Tags()


class PdfLayoutError(Exception):
    """Content that cannot be laid out on a page; ``str()`` is the message for the user."""


def render_pdf(document: ir.Document, *, tagged: bool = True) -> bytes:
    """The PDF of ``document``: reproducible bytes (same IR, same bytes).

    ``tagged``: a tagged, accessible PDF (PDF/UA-1); untagged is a little faster.

    Raises :class:`PdfLayoutError` if some content cannot be placed on a page at all.
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
    try:
        template.build(story, canvasmaker=tags.canvasmaker(chrome))
    except LayoutError as error:
        raise PdfLayoutError(f"part of the publication does not fit on a page: {error}") from error
    return buffer.getvalue()


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
            return pdf_media.title_block(leaf, st, frame, tags.paragraphs(Para), language=language)
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
            return pdf_media.video(leaf, st, frame, tags.paragraphs(Para))
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
    image = SafeImage(figure.data, width=width, height=height, hAlign="LEFT")
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


class Para(UnicodeParagraph):
    """A ``Paragraph`` that remembers its line breaks for the width it was last wrapped at.

    Platypus wraps a flowable more than once (``KeepTogether`` measures its group, then the
    frame wraps each member again; a panel measures its content before splitting it), and
    line breaking is most of the layout time. The breaks depend only on the width.
    """

    _memo_width: float | None = None
    #: (words of lines start:stop, the lines, where this part's lines start in them).
    _origin: tuple[Callable[[Any, int, int], list[Any]], Any, int] | None = None
    #: The fragments as written, when long words were cut for the last width.
    _unbroken: list[Any] | None = None
    #: Works out the fragments of a part of a split paragraph when they are first needed.
    _pending_frags: Callable[[], list[Any]]
    _JustifyLast: bool  # ReportLab's: justify the last line of a split paragraph's head
    _splitpara: int  # ReportLab's: this is the head of a split paragraph

    def _setup(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: Any,
        frags: list[ParaFrag] | None,
        cleaner: Callable[[str], str],
    ) -> None:
        """Set up as ReportLab does, without its markup parser for text with no markup.

        Most paragraphs are plain text, and parsing (an ``HTMLParser`` per paragraph) was
        a seventh of the export time. Plain text parses to one fragment that differs from
        the style's only in its text, so a copy of that fragment is the same result.
        """
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = _clean(text, cleaner)
            template = _plain_frag(style) if cleaned else None
            if template is not None:
                frags = [template.clone(text=cleaned, link=[], us_lines=[])]
                textTransformFrags(frags, style)
                text = cleaned
        super()._setup(text, style, bulletText, frags, cleaner)

    @property  # type: ignore[override]
    def frags(self) -> list[Any]:
        """The fragments; a part of a split paragraph works them out when first asked."""
        pending = self.__dict__.pop("_pending_frags", None)
        if pending is not None:
            self.__dict__["_frags"] = pending()
        frags: list[Any] = self.__dict__["_frags"]
        return frags

    @frags.setter
    def frags(self, value: list[Any]) -> None:
        self.__dict__.pop("_pending_frags", None)
        self.__dict__["_frags"] = value

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._memo_width and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._memo_width = availWidth
        return width, height

    def breakLines(self, width: float | list[float] | tuple[float, ...]) -> Any:
        """Break as ReportLab does, after cutting words wider than a line into pieces.

        The pieces are cut for this width from the fragments as written, so wrapping again
        at another width starts over from those (:mod:`exporters.pdf_long_words`). A long
        paragraph's words are taken from a queue, in one style (:func:`_queued`) or in
        several (:func:`_frag_words`), so breaking it is linear in its length.
        """
        self._origin = None  # new lines: parts made from now on start from these
        source = self._unbroken or self.frags
        widths = width if isinstance(width, list | tuple) else [width]
        broken = break_long_words(source, min(widths))
        if broken is not None:
            self._unbroken = source
            self.frags = broken
        elif source is not self.frags:
            self.frags = source
        frags = self.frags
        if len(frags) == 1 and len(getattr(frags[0], "text", "")) > _QUEUED_CHARS:
            self.frags = [_queued(frags[0])]
            self._unbroken = frags
        return _break_lines(self, width)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split as ReportLab does, but hand both parts the lines already broken.

        The head's lines are this paragraph's first lines, at the same widths, so breaking
        its words again (ReportLab's way) would give the same lines. So would the tail's,
        when no first-line indent or bullet makes its first line narrower here.
        """
        blPara = self.__dict__.get("blPara")
        style = self.style
        if blPara is None or self._memo_width != availWidth or not _fixed_leading(self):
            return list(super().split(availWidth, availHeight))
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        lines = blPara.lines
        count = int(availHeight / style.leading)
        orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
        if (not orphans and count <= 1) or count == 0:
            return []  # ReportLab forgets the lines here too; kept, as they stay right
        total = len(lines)
        if total <= count:
            return [self]
        widows = getattr(self, "allowWidows", getattr(style, "allowWidows", 1))
        if not widows and total == count + 1:
            if (orphans and total == 3) or total > 3:
                count -= 1
            else:
                return []
        head = self._part(blPara, 0, count, style, self.bulletText, availWidth)
        last = lines[count - 1]
        head._JustifyLast = not (isinstance(last, FragLine) and getattr(last, "lineBreak", False))
        head._splitpara = 1
        reuse = not style.firstLineIndent and not self.bulletText
        if style.firstLineIndent:
            style = deepcopy(style)
            style.firstLineIndent = 0
        tail = self._part(blPara, count, total, style, None, availWidth if reuse else None)
        return [head, tail]

    def _part(
        self,
        blPara: Any,
        start: int,
        stop: int,
        style: ParagraphStyle,
        bulletText: Any,
        width: float | None,
    ) -> Para:
        """Lines ``start:stop`` as a paragraph, laid out already when ``width`` is given.

        ReportLab rebuilds a part's words from its lines when it splits: for the part that
        is left over, page after page, that is the whole rest of the paragraph each time,
        quadratic in its length. Here a part gets them only if it is wrapped anew.
        """
        origin = self._origin
        if origin is None:
            origin = self._origin = (_part_words(self, blPara), blPara, 0)
        words, root, offset = origin
        part = self.__class__(None, style, bulletText=bulletText, frags=[])  # type: ignore[arg-type]
        part._origin = (words, root, offset + start)
        if start == 0:  # the head: at once, as ReportLab does (it marks a hyphenated end)
            part.frags = words(root, offset, offset + stop)
        else:
            part._pending_frags = partial(words, root, offset + start, offset + stop)
        if width is not None:
            part.blPara = blPara.clone(lines=blPara.lines[start:stop])
            part.width, part.height = width, (stop - start) * style.leading
            part._memo_width = width
        else:
            part._origin = None
        return part


#: Plain paragraphs longer than this are broken from a queue of words (see :class:`_Queue`).
_QUEUED_CHARS = 10_000


class _Queue(deque[Any]):
    """The words ReportLab breaks into lines: it takes them with ``pop(0)``, which for a
    list moves every word after the first, quadratic in a long paragraph (a megabyte of
    text spent 3 of its 4 s there). A deque takes the first word at once, and puts the
    pieces of a word cut at a line's end back in front (``words[0:0] = …``,
    ``insert(1, …)``) without moving the rest.
    """

    def pop(self, index: int = -1) -> Any:  # type: ignore[override]
        return self.popleft() if index == 0 else super().pop()

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(key, slice) and key.start == key.stop == 0:  # words[0:0] = pieces
            self.extendleft(reversed(value))
        else:
            super().__setitem__(key, value)


class _Words(list[str]):
    """A fragment's words that ReportLab copies (``words[:]``) into a :class:`_Queue`."""

    def __getitem__(self, key: Any) -> Any:
        if key == slice(None):
            return _Queue(self)
        return super().__getitem__(key)


#: Paragraphs with several styles (bold, a link, a fallback face) whose text makes more
#: words than this are broken from a queue of words (see :func:`_frag_words`).
_QUEUED_WORDS = 2_000
_rl_break_lines = UnicodeParagraph.breakLines  # ReportLab's Paragraph.breakLines
_rl_frag_words = _rl_break_lines.__globals__["_getFragWords"]


def _frag_words(frags: list[Any], maxWidth: float | None = None) -> list[Any]:
    """ReportLab's words of ``frags``, in a :class:`_Queue` when there are many.

    A paragraph with more than one style takes the other way through ``breakLines``: it
    turns the fragments into words with ``_getFragWords``, takes them with ``pop(0)`` and
    puts a hyphenated word's rest back with ``insert(1, …)``, each moving every word after
    it. A megabyte of words with a bold word, an italic run, a link and an 'ĳ' (set in
    another face) took 16 s to export; 5 s from the queue, with the face runs found in
    one pass (:func:`exporters.pdf_styles.font_runs`): in proportion to the length.
    """
    words = _rl_frag_words(frags, maxWidth)
    return _Queue(words) if len(words) > _QUEUED_WORDS else words  # type: ignore[return-value]


#: ReportLab's own ``breakLines``, unchanged but for where it gets a paragraph's words
#: from when it has several styles (:func:`_frag_words`). The function has no other way in:
#: ``_getFragWords`` is a global of ReportLab's module, read while the lines are broken, and
#: setting it there would change every paragraph in the process. This copy of the function
#: reads ReportLab's globals as they were when this module was imported (ReportLab sets
#: them once, at its own import); short paragraphs get their words as a list, as before.
_break_lines = type(_rl_break_lines)(  # type: ignore[misc]  # types.FunctionType
    _rl_break_lines.__code__,
    {**_rl_break_lines.__globals__, "_getFragWords": _frag_words},
    _rl_break_lines.__name__,
    _rl_break_lines.__defaults__,
    _rl_break_lines.__closure__,
)


def _queued(frag: ParaFrag) -> ParaFrag:
    """``frag`` (plain text) with its words instead, given to ReportLab as a queue.

    ReportLab reads a fragment's ``words`` (as it does for the part of a split paragraph)
    exactly as the words of its ``text``.
    """
    queued = frag.clone(words=_Words(split_words(strip_space(frag.text))))
    del queued.text
    return queued


def _fixed_leading(paragraph: Para) -> bool:
    """Whether every line is ``leading`` high, as :meth:`Para.split` counts them."""
    auto = getattr(paragraph, "autoLeading", getattr(paragraph.style, "autoLeading", ""))
    return auto in ("", "off", None) and not paragraph.style.endDots


def _part_words(paragraph: Para, blPara: Any) -> Callable[[Any, int, int], list[Any]]:
    """ReportLab's function giving the fragments of lines ``start:stop`` of ``blPara``."""
    if blPara.kind == 0:
        return _split_blParaSimple
    frags = paragraph.frags
    if not _processed_frags(frags):
        return _split_blParaHard
    # Bound to these fragments: the paragraph's own may change if it is wrapped again.
    holder = SimpleNamespace(frags=frags)
    return partial(type(paragraph)._split_blParaProcessed, holder)  # type: ignore[attr-defined]


def _clean(text: str, cleaner: Callable[[str], str]) -> str:
    """``cleaner(text)``, faster for ReportLab's usual cleaner and most text.

    ``cleanBlockQuotedText`` joins the words with single spaces. Its white space is Python's
    but for U+00A0, which it keeps, and U+200B, which it drops; text with neither gives
    the same words to ``str.split``.
    """
    if cleaner is not cleanBlockQuotedText or "\xa0" in text or "\u200b" in text:
        return cleaner(text)
    return " ".join(text.split())


_PLAIN_FRAGS: dict[int, tuple[ParagraphStyle, ParaFrag | None]] = {}
_PLAIN_FRAGS_LIMIT = 256


def _plain_frag(style: ParagraphStyle) -> ParaFrag | None:
    """The fragment ReportLab's parser makes of plain text in ``style``, text aside.

    None if the parser makes something else of it (then every paragraph is parsed).
    """
    entry = _PLAIN_FRAGS.get(id(style))  # the entry keeps the style, so its id stays its own
    if entry is None or entry[0] is not style:
        parsed_style, frags, _ = ParaParser().parse("x", style)
        plain = parsed_style is style and frags is not None and len(frags) == 1
        if len(_PLAIN_FRAGS) >= _PLAIN_FRAGS_LIMIT:
            _PLAIN_FRAGS.clear()
        entry = _PLAIN_FRAGS[id(style)] = (style, frags[0] if plain else None)
    return entry[1]


class Panel(Flowable):
    """Flowables in a box with an optional background and left rule, split across pages.

    Cheaper than a one-cell ``Table``, which wraps its content several times per layout.
    """

    def __init__(
        self,
        content: list[Flowable],
        *,
        background: Color | None = None,
        rule: Color | None = None,
        rule_width: float = 0,
        padding: tuple[float, float, float, float] = (8, 10, 8, 10),
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.content = content
        self.background = background
        self.rule = rule
        self.rule_width = rule_width
        self.padding = padding
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._layout: list[tuple[Flowable, float, float]] = []  # (flowable, gap, height)

    def _copy(self, content: list[Flowable], **changes: float) -> Panel:
        kwargs = dict(
            background=self.background,
            rule=self.rule,
            rule_width=self.rule_width,
            padding=self.padding,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
        )
        kwargs.update(changes)
        return Panel(content, **kwargs)  # type: ignore[arg-type]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._layout and self.width == availWidth:
            return self.width, self.height
        top, right, bottom, left = self.padding
        inner = availWidth - left - right
        layout: list[tuple[Flowable, float, float]] = []
        height = top + bottom
        previous_after: float | None = None
        for flowable in self.content:
            _, h = flowable.wrapOn(self.canv, inner, 0x7FFFFFFF)
            gap = 0.0 if previous_after is None else max(previous_after, flowable.getSpaceBefore())
            layout.append((flowable, gap, h))
            height += gap + h
            previous_after = flowable.getSpaceAfter()
        self._layout = layout
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        top, right, bottom, left = self.padding
        inner = availWidth - left - right
        room = availHeight - top - bottom
        if not self._layout or self.width != availWidth:
            self.wrap(availWidth, availHeight)
        used = 0.0
        for index, (flowable, gap, h) in enumerate(self._layout):
            if used + gap + h <= room:
                used += gap + h
                continue
            parts = flowable.splitOn(self.canv, inner, room - used - gap) if room > used else []
            self._layout = []  # a failed split may drop the child's line breaks
            head = self.content[:index] + parts[:1]
            tail = parts[1:] + self.content[index + 1 :] if parts else self.content[index:]
            if not head or not tail:  # nothing fits, or float rounding says it all does
                return []
            return [self._copy(head, space_after=0), self._copy(tail, space_before=0)]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        top, _, _, left = self.padding
        with artifact(canvas):
            canvas.saveState()
            if self.background is not None:
                canvas.setFillColor(self.background)
                canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            if self.rule is not None and self.rule_width:
                canvas.setFillColor(self.rule)
                canvas.rect(0, 0, self.rule_width, self.height, stroke=0, fill=1)
            canvas.restoreState()
        y = self.height - top
        for flowable, gap, h in self._layout:
            y -= gap + h
            flowable.drawOn(canvas, left, y)


#: Side of a speaker's printed portrait: about 12 mm, two and a half lines of the byline.
PORTRAIT_SIZE = 34.0
_PORTRAIT_GAP = 6.0


class Portrait(Flowable):
    """A picture cut to a square of :data:`PORTRAIT_SIZE`: scaled to cover it, centred."""

    def __init__(self, data: bytes, size: float = PORTRAIT_SIZE) -> None:
        super().__init__()
        self.reader = SafeImageReader(data)  # decodes PNG, JPEG, GIF and WebP only
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.width
        pixels_wide, pixels_high = self.reader.getSize()
        scale = size / max(min(pixels_wide, pixels_high), 1)
        width, height = pixels_wide * scale, pixels_high * scale
        canvas.saveState()
        square = canvas.beginPath()
        square.rect(0, 0, size, size)
        canvas.clipPath(square, stroke=0, fill=0)
        canvas.drawImage(self.reader, (size - width) / 2, (size - height) / 2, width, height)
        canvas.restoreState()


class BesidePortraits(Flowable):
    """Portraits in a row with a paragraph (the byline) beside them, or under them when
    the row would leave the text less than half the width. It moves to the next page
    rather than split: it is a few lines high.
    """

    def __init__(self, portraits: list[Flowable], paragraph: Flowable) -> None:
        super().__init__()
        self.portraits = portraits
        self.paragraph = paragraph
        self.spaceBefore = paragraph.getSpaceBefore()
        self.spaceAfter = paragraph.getSpaceAfter()
        self.keepWithNext = bool(paragraph.getKeepWithNext())  # the section's text follows
        self._text_at = (0.0, 0.0)
        self._portraits_at: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size, gap = PORTRAIT_SIZE, _PORTRAIT_GAP
        for portrait in self.portraits:
            portrait.wrapOn(self.canv, size, size)
        per_row = max(1, int((availWidth + gap) // (size + gap)))
        count = len(self.portraits)
        row = count * (size + gap)
        if availWidth - row >= availWidth / 2:  # beside: text left of the row's end
            _, text_height = self.paragraph.wrapOn(self.canv, availWidth - row, availHeight)
            height = max(size, text_height)
            self._portraits_at = [(i * (size + gap), height - size) for i in range(count)]
            middle = (height - text_height) / 2 if text_height < size else 0.0
            self._text_at = (row, middle)
        else:  # under: rows of portraits, then the text at full width
            rows = -(-count // per_row)
            _, text_height = self.paragraph.wrapOn(self.canv, availWidth, availHeight)
            height = rows * (size + gap) + text_height
            self._portraits_at = [
                ((i % per_row) * (size + gap), height - (i // per_row) * (size + gap) - size)
                for i in range(count)
            ]
            self._text_at = (0.0, 0.0)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        for portrait, (x, y) in zip(self.portraits, self._portraits_at, strict=True):
            portrait.drawOn(self.canv, x, y)
        self.paragraph.drawOn(self.canv, *self._text_at)
