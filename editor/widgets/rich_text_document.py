"""A rich text of the subset as a QTextDocument, and back.

The model's Markdown stays the truth (:mod:`models.richtext`); the editor shows it as
formatting. :func:`load` parses a text into spans and writes each as characters with a
bold, italic or link format; :func:`markdown` reads the formats back into spans and writes
the canonical text (:func:`models.richtext_writer.to_markdown`). A line break in the text
is a new block of the document, and a block boundary is written as a line break.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import (
    QBrush,
    QFont,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from models.richtext import Span, parse_inline
from models.richtext_writer import to_markdown

#: A weight from which a character counts as bold (Qt's DemiBold; Word's "bold" is 700).
BOLD_FROM = QFont.Weight.DemiBold.value


def char_format(
    bold: bool = False, italic: bool = False, href: str | None = None
) -> QTextCharFormat:
    """The format of text with these marks; a link looks like one (underlined, link colour)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
    fmt.setFontItalic(italic)
    set_link(fmt, href)
    return fmt


def set_link(fmt: QTextCharFormat, href: str | None) -> None:
    """Make ``fmt`` a link to ``href``, or no link at all (``None``)."""
    if href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(True)
        fmt.setForeground(link_colour())
    else:
        fmt.setAnchor(False)
        fmt.clearProperty(QTextFormat.Property.AnchorHref)
        fmt.setFontUnderline(False)
        fmt.clearForeground()


def link_colour() -> QBrush:
    """The palette's link colour (a brush), so links look like links in every theme."""
    return QApplication.palette().brush(QPalette.ColorRole.Link)


def is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= BOLD_FROM


def href_of(fmt: QTextCharFormat) -> str | None:
    return fmt.anchorHref() or None if fmt.isAnchor() else None


def insert_spans(cursor: QTextCursor, spans: Iterable[Span]) -> None:
    """Insert ``spans`` at ``cursor``, each with exactly its own marks."""
    for span in spans:
        cursor.insertText(span.text, char_format(span.bold, span.italic, span.href))


def load(document: QTextDocument, text: str) -> None:
    """Show ``text`` (the subset) in ``document`` as formatted characters."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    insert_spans(cursor, parse_inline(text))
    cursor.endEditBlock()


def spans(document: QTextDocument, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """The characters of ``document`` (from ``start`` to ``end``) as spans; a block boundary
    is a line break."""
    found: list[Span] = []
    block = document.begin()
    stop = document.characterCount() if end is None else end
    while block.isValid():
        if block.position() > stop:
            break
        if block != document.begin() and start < block.position() <= stop:
            found.append(Span("\n"))
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                low = max(fragment.position(), start)
                high = min(fragment.position() + fragment.length(), stop)
                if low < high:
                    fmt = fragment.charFormat()
                    text = fragment.text()[low - fragment.position() : high - fragment.position()]
                    # Shift+Enter's line separator is a line break; objects are not text.
                    text = text.replace("\u2028", "\n").replace("\ufffc", "")
                    found.append(Span(text, is_bold(fmt), fmt.fontItalic(), href_of(fmt)))
            iterator += 1
        block = block.next()
    return tuple(_join_lines(found))


def _join_lines(found: list[Span]) -> list[Span]:
    """A line break inside bold (italic, a link) stays inside it: ``**a\nb**``, not
    ``**a**\n**b**``."""
    for index in range(1, len(found) - 1):
        if found[index].text == "\n":
            before, after = found[index - 1], found[index + 1]
            href = before.href if before.href == after.href else None
            found[index] = Span(
                "\n", before.bold and after.bold, before.italic and after.italic, href
            )
    return found


def markdown(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """``document`` (or the part from ``start`` to ``end``) as canonical text of the subset."""
    return to_markdown(spans(document, start, end))


#: Private-use characters that mark a place in a text while it is parsed.
_START, _END = "\ue000", "\ue001"


def source_to_shown(source: str, start: int, end: int) -> tuple[int, int]:
    """Where characters ``start:end`` of ``source`` (the subset) show in the formatted text.

    Find and replace count in the stored text; the field shows it without marks. Two
    markers are put in at the offsets and found again after parsing. A marker inside a
    link's address (not shown) falls back to the end of what shows before it.
    """
    start, end = max(0, min(start, len(source))), max(0, min(end, len(source)))
    marked = source[:start] + _START + source[start:end] + _END + source[end:]
    shown = "".join(span.text for span in parse_inline(marked))
    plain = shown.replace(_START, "").replace(_END, "")
    low = shown.find(_START)
    high = shown.find(_END)
    if low < 0:
        low = len(plain) if high < 0 else high
    if high < 0:
        high = low
    else:
        high -= 1 if 0 <= shown.find(_START) < high else 0
    return min(low, len(plain)), min(max(low, high), len(plain))
