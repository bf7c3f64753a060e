"""Spans of the intermediate as Podium rich text (the Markdown subset of models.richtext).

Every character of the source must come out as itself, so the mark characters of the
subset (``\\ * _ [ ]``) are escaped, and emphasis markers hug the words they mark: white
space inside ``** **`` would make Markdown read them as literal asterisks.
"""

from __future__ import annotations

import re

from models.importing.document import Span, Spans
from models.types import drop_control_characters

_SPECIAL = re.compile(r"([\\*_\[\]])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` with the subset's mark characters escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def collapse(text: str) -> str:
    """Runs of white space (line breaks included) as one space."""
    return _SPACES.sub(" ", text)


def to_rich(spans: Spans) -> str:
    """``spans`` as one line of rich text; line breaks become spaces."""
    merged: list[Span] = []
    for span in spans:
        text = collapse(drop_control_characters(span.text))
        if not text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
            span.bold,
            span.italic,
            span.href,
        ):
            last = merged.pop()
            merged.append(Span(last.text + text, last.bold, last.italic, last.href))
        else:
            merged.append(Span(text, span.bold, span.italic, span.href))
    out: list[str] = []
    index = 0
    while index < len(merged):  # a link's spans together, so one link stays one link
        href = merged[index].href
        group = index
        while group < len(merged) and merged[group].href == href:
            group += 1
        inner = "".join(_marked(span) for span in merged[index:group])
        out.append(_linked(inner, href) if href else inner)
        index = group
    return collapse("".join(out)).strip()


def _marked(span: Span) -> str:
    """One span's text, escaped, with its emphasis hugging the words."""
    lead, body, trail = _split_space(span.text)
    if not body:
        return span.text
    body = escape(body)
    if span.italic:
        body = f"*{body}*"
    if span.bold:
        body = f"**{body}**"
    return f"{lead}{body}{trail}"


def _linked(inner: str, href: str) -> str:
    lead, body, trail = _split_space(inner)
    if not body:
        return inner
    target = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"{lead}[{body}]({target}){trail}"


def _split_space(text: str) -> tuple[str, str, str]:
    """White space before, the words, white space after (all of it "before" when blank)."""
    body = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    return lead, body, text[len(text.rstrip()) :]


def plain_line(spans: Spans) -> str:
    """The visible text of ``spans`` as one line of plain text."""
    return collapse(drop_control_characters("".join(s.text for s in spans))).strip()
