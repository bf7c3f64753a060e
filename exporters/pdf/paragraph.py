"""The renderer's paragraph: line breaks kept between wraps, linear in a paragraph's length.

Line breaking is most of the layout time (``benchmarks/export.py``): :class:`Para` keeps its
lines for the width it was last wrapped at, hands them to both parts when it is split, cuts
words wider than a line (:mod:`exporters.pdf.long_words`) and breaks long paragraphs from a
queue of words instead of ReportLab's list. A paragraph made from markup takes its lines
from those of the same markup, style and widths in an earlier render, when the process has
them (:mod:`exporters.pdf.line_cache`). None of it changes a byte of the output.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable
from copy import deepcopy
from functools import partial
from types import SimpleNamespace
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import FragLine, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import _FUZZ

from exporters.pdf.display import UnicodeParagraph
from exporters.pdf.line_cache import LINES, Broken, fresh
from exporters.pdf.long_words import break_long_words
from exporters.pdf.reportlab_private import (
    parse_paragraph,
    processed_frags,
    split_words,
    strip_space,
    text_transform_frags,
)
from exporters.pdf.reportlab_private import split_bl_para_hard as _split_blParaHard
from exporters.pdf.reportlab_private import split_bl_para_simple as _split_blParaSimple


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
    #: What the fragments were made from (class, markup, style, bullet…), when from markup.
    _source: tuple[object, ...] | None = None
    #: The fragments made from ``_source``; broken lines are reused only from these.
    _pristine: list[Any] | None = None
    _JustifyLast: bool  # ReportLab's: justify the last line of a split paragraph's head
    _splitpara: int  # ReportLab's: this is the head of a split paragraph
    _width_max: float  # ReportLab's: the widest line
    _splitLongWordCount: int  # ReportLab's: words cut because no line held them
    _hyphenations: int  # ReportLab's: words hyphenated
    caseSensitive: int
    encoding: str

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
        source = None
        if frags is None and isinstance(text, str) and isinstance(bulletText, str | None):
            source = (type(self), text, style, bulletText, cleaner, self.caseSensitive)
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = _clean(text, cleaner)
            template = _plain_frag(style) if cleaned else None
            if template is not None:
                frags = [template.clone(text=cleaned, link=[], us_lines=[])]
                text_transform_frags(frags, style)
                text = cleaned
        # Paragraph._setup is private: the stubs do not list it.
        super()._setup(text, style, bulletText, frags, cleaner)  # type: ignore[misc]
        if source is not None:
            self._source, self._pristine = source, self.frags

    @property
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
        at another width starts over from those (:mod:`exporters.pdf.long_words`). A long
        paragraph's words are taken from a queue, in one style (:func:`_queued`) or in
        several (:func:`_frag_words`), so breaking it is linear in its length.
        """
        self._origin = None  # new lines: parts made from now on start from these
        source = self._unbroken or self.frags
        key = self._break_key(source, width)
        if key is not None:
            kept = LINES.get(key)
            if kept is not None:
                return self._reuse(kept, source, width)
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
        lines = _break_lines(self, width)
        if key is None:
            return lines
        unbroken = self._unbroken
        kept = Broken(
            lines=lines,
            frags=None if self.frags is source else self.frags,
            unbroken="source" if unbroken is source else unbroken,
            widths=tuple(widths),
            counts=(self._width_max, self._splitLongWordCount, self._hyphenations),
        )
        LINES.put(key, kept, len(self.text))
        return self._reuse(kept, source, width)  # the kept lines stay as broken

    def _break_key(self, source: list[Any], width: Any) -> Hashable | None:
        """What this paragraph's lines at ``width`` depend on; None if they cannot be reused
        (a part of a split paragraph, fragments already broken at another width)."""
        if self._source is None or source is not self._pristine:
            return None
        widths = tuple(width) if isinstance(width, list | tuple) else (width,)
        bullet = self.bulletText
        if not isinstance(bullet, str | None):
            return None
        extra = (self.style, bullet, self.encoding, getattr(self, "autoLeading", None))
        return (self._source, extra, widths)

    def _reuse(self, kept: Broken, source: list[Any], width: Any) -> Any:
        """Take ``kept``'s lines as this paragraph's, leaving it as breaking them would."""
        lines, frags = fresh(kept)
        unbroken = kept.unbroken
        self._unbroken = source if isinstance(unbroken, str) else unbroken
        self.frags = source if frags is None else frags
        if isinstance(width, list):
            width[:] = kept.widths  # a wide bullet narrows the first line, as ReportLab does
        self._width_max, self._splitLongWordCount, self._hyphenations = kept.counts
        self.height = 0
        return lines

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
        # Text None: ReportLab sets a part up from its frags; the stubs want a str.
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

    def pop(self, index: int = -1) -> Any:
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
    one pass (:func:`exporters.pdf.styles.font_runs`): in proportion to the length.
    """
    words = _rl_frag_words(frags, maxWidth)
    # A _Queue stands in for ReportLab's list: the methods breakLines uses behave alike.
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
    if not processed_frags(frags):
        return _split_blParaHard
    # Bound to these fragments: the paragraph's own may change if it is wrapped again.
    holder = SimpleNamespace(frags=frags)
    # Paragraph._split_blParaProcessed is private: the stubs do not list it.
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
        parsed_style, frags, _ = parse_paragraph("x", style)
        plain = parsed_style is style and frags is not None and len(frags) == 1
        if len(_PLAIN_FRAGS) >= _PLAIN_FRAGS_LIMIT:
            _PLAIN_FRAGS.clear()
        entry = _PLAIN_FRAGS[id(style)] = (style, frags[0] if plain and frags else None)
    return entry[1]
