"""Podium's rich-text subset: a few inline Markdown marks, parsed with markdown-it-py.

The subset, documented for users in the README:

- ``*italic*`` or ``_italic_``
- ``**bold**`` or ``__bold__``
- ``[link text](https://example.org)``; only ``http``, ``https`` and ``mailto`` targets
- a backslash escapes a mark character: ``\\*`` is a literal asterisk

Everything else is text. Raw HTML such as ``<b>`` is never markup: it is kept as the
visible characters ``<b>``, and each renderer escapes it for its own output format.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with the same marks; ``href`` is set inside a link."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


class RichTextError(ValueError):
    """Rich text that parses but breaks a rule of the subset (e.g. a forbidden link)."""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["emphasis", "link", "escape"])
    # markdown-it silently turns links it dislikes into text; accept every target here so
    # that validation can name the bad one instead of the user wondering where it went.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.normalizeLinkText = lambda url: url  # type: ignore[method-assign]
    return md


def is_allowed_link(url: str) -> bool:
    """True for absolute http(s) URLs with a host and for mailto addresses."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_LINK_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(parts.hostname) and not any(ch.isspace() for ch in url.strip())


@lru_cache(maxsize=4096)
def parse_inline(text: str) -> tuple[Span, ...]:
    """Split ``text`` into spans; adjacent spans with the same marks are merged.

    Links with a scheme outside :data:`ALLOWED_LINK_SCHEMES` lose their target and keep
    their text, so a renderer can never emit them; :func:`check` reports them.
    """
    tokens = _parser().parseInline(text, {})
    children = tokens[0].children if tokens and tokens[0].children else []
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    for token in children:
        match token.type:
            case "text" | "code_inline":
                _append(spans, Span(token.content, bold > 0, italic > 0, href))
            case "softbreak" | "hardbreak":
                _append(spans, Span(" ", bold > 0, italic > 0, href))
            case "strong_open":
                bold += 1
            case "strong_close":
                bold -= 1
            case "em_open":
                italic += 1
            case "em_close":
                italic -= 1
            case "link_open":
                target = str(token.attrs.get("href", ""))
                href = target if is_allowed_link(target) else None
            case "link_close":
                href = None
            case _:
                _append(spans, Span(token.content, bold > 0, italic > 0, href))
    return tuple(spans)


def _append(spans: list[Span], span: Span) -> None:
    if not span.text:
        return
    if spans:
        last = spans[-1]
        if (last.bold, last.italic, last.href) == (span.bold, span.italic, span.href):
            spans[-1] = Span(last.text + span.text, last.bold, last.italic, last.href)
            return
    spans.append(span)


def plain_text(text: str) -> str:
    """The visible characters of ``text``, marks removed."""
    return "".join(span.text for span in parse_inline(text))


def check(text: str) -> None:
    """Raise :class:`RichTextError` for a link target the subset does not allow."""
    problem = _link_problem(text)
    if problem is not None:
        raise RichTextError(problem)


@lru_cache(maxsize=16384)
def _link_problem(text: str) -> str | None:
    """Cached: every edit re-validates the whole publication, mostly unchanged text."""
    tokens = _parser().parseInline(text, {})
    for token in (tokens[0].children or []) if tokens else []:
        if token.type == "link_open":
            target = str(token.attrs.get("href", ""))
            if not is_allowed_link(target):
                return (
                    f"link target {target!r} is not allowed: use an http://, https:// "
                    "or mailto: address"
                )
    return None
