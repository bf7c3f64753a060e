"""Podium's rich-text subset: a few inline Markdown marks, parsed with markdown-it-py.

The subset, documented for users in the README:

- ``*italic*`` or ``_italic_``
- ``**bold**`` or ``__bold__``
- ``[link text](https://example.org)``; only ``http``, ``https`` and ``mailto`` targets
- a backslash escapes a mark character: ``\\*`` is a literal asterisk

Everything else is text. Raw HTML such as ``<b>`` is never markup: it is kept as the
visible characters ``<b>``, and each renderer escapes it for its own output format.

The parser's work is bounded: markdown-it spends some microseconds on every ``[``, ``*``,
``_`` and backslash (a ``[`` starts a search for its label's end, nested up to twenty deep;
an escape is a token of its own), so a text with a million of them took seconds to
validate and again to export. Only the text up to the :data:`MAX_MARKS`-th mark character
is parsed; the rest is literal text, its backslash escapes resolved. No real paragraph
comes near the limit, and nothing is lost beyond it: marks there show as the characters
they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

#: Mark characters parsed as markup per text; those after it are literal text.
MAX_MARKS = 2_000
#: Texts up to this length are cached; longer ones are rare and would fill the memory.
_CACHED_CHARS = 20_000
_MARK = re.compile(r"[\[*_\\]")
#: A backslash escape as markdown-it's ``escape`` rule reads it: before ASCII punctuation.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with the same marks; ``href`` is set inside a link."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


class RichTextError(ValueError):
    """Rich text that parses but breaks a rule of the subset (e.g. a forbidden link).

    ``target`` is the link target that is not allowed, for messages in other words.
    """

    def __init__(self, reason: str, target: str = "") -> None:
        super().__init__(reason)
        self.target = target


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["emphasis", "link", "escape"])
    # markdown-it silently turns links it dislikes into text; accept every target here so
    # that validation can name the bad one instead of the user wondering where it went.
    # (normalizeLinkText serves only autolinks and linkify, which are off.)
    # Replacing these methods on one instance is markdown-it's documented way to do that;
    # mypy flags any assignment to a method.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    return md


def is_allowed_link(url: str) -> bool:
    """True for absolute http(s) URLs with a host and for mailto addresses.

    A space or control character anywhere refuses the link: ``urlsplit`` silently drops
    line breaks, which would let "mailto:a@b.nl\nBcc:…" pass as one address.
    """
    url = url.strip()
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_LINK_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(parts.hostname)


def parse_inline(text: str) -> tuple[Span, ...]:
    """Split ``text`` into spans; adjacent spans with the same marks are merged.

    Links with a scheme outside :data:`ALLOWED_LINK_SCHEMES` lose their target and keep
    their text, so a renderer can never emit them; :func:`check` reports them.
    """
    if len(text) > _CACHED_CHARS:
        return _parse_inline(text)
    return _cached_parse_inline(text)


@lru_cache(maxsize=4096)
def _cached_parse_inline(text: str) -> tuple[Span, ...]:
    """Cached: the editor rebuilds every paragraph's spans after each edit."""
    return _parse_inline(text)


def _parse_inline(text: str) -> tuple[Span, ...]:
    markup, literal = split_markup(text)
    runs: list[tuple[tuple[bool, bool, str | None], list[str]]] = []
    bold = italic = 0
    href: str | None = None

    def add(part: str) -> None:
        # Parts are collected and joined once: merging span by span is quadratic in a
        # text of many tokens (every escape is one).
        marks = (bold > 0, italic > 0, href)
        if not part:
            return
        if runs and runs[-1][0] == marks:
            runs[-1][1].append(part)
        else:
            runs.append((marks, [part]))

    for token in _children(markup):
        match token.type:
            case "hardbreak":  # a backslash before a line break; "zero" has no softbreak
                add(" ")
            case "strong_open":
                bold += 1
            case "strong_close":
                bold -= 1
            case "em_open":
                italic += 1
            case "em_close":
                italic -= 1
            case "link_open":
                target = str(token.attrs["href"])  # markdown-it gives every link one
                href = target if is_allowed_link(target) else None
            case "link_close":
                href = None
            case _:  # text, and whatever else the parser hands out: shown as it is
                add(token.content)
    bold = italic = 0
    href = None
    add(literal)
    return tuple(Span("".join(parts), *marks) for marks, parts in runs)


def split_markup(text: str) -> tuple[str, str]:
    """``text`` as (markup, literal): the part the parser reads and the plain text after it.

    The markup part holds at most :data:`MAX_MARKS` mark characters and ends at a space
    when there is one, so no word is cut; the literal part has its escapes resolved
    (``\\*`` is ``*``), as the parser would have shown a mark it did not take.
    """
    if sum(map(text.count, "[*_\\")) <= MAX_MARKS:
        return text, ""
    # The first mark past the limit; there is one, as the text has more than the limit.
    end = next(islice(_MARK.finditer(text), MAX_MARKS, None)).start()
    space = text[:end].rfind(" ")
    if space > 0:
        end = space + 1
    else:  # one enormous word: never cut between a backslash and what it escapes
        kept = len(text[:end].rstrip("\\"))
        backslashes = end - kept  # pragma: no mutate (end + kept: the same parity)
        end -= backslashes % 2
    # split() keeps the escaped character (the group) and drops its backslash; it runs in
    # C, where sub() with a group reference calls back into Python for every escape.
    return text[:end], "".join(_ESCAPE.split(text[end:]))


def _children(markup: str) -> list[Token]:
    """markdown-it's inline tokens for ``markup``."""
    if not markup:
        return []
    # One "inline" token holds them all, for any text (an empty one has no children).
    return _parser().parseInline(markup)[0].children or []


def plain_text(text: str) -> str:
    """The visible characters of ``text``, marks removed."""
    return "".join(span.text for span in parse_inline(text))


def check(text: str) -> None:
    """Raise :class:`RichTextError` for a link target the subset does not allow."""
    target = _link_problem(text) if len(text) <= _CACHED_CHARS else _find_link_problem(text)
    if target is not None:
        raise RichTextError(
            f"link target {target!r} is not allowed: use an http://, https:// or mailto: address",
            target,
        )


@lru_cache(maxsize=16384)
def _link_problem(text: str) -> str | None:
    """Cached: every edit re-validates the whole publication, mostly unchanged text."""
    return _find_link_problem(text)


def _find_link_problem(text: str) -> str | None:
    """The first link target in ``text`` the subset does not allow, or ``None``."""
    markup, _ = split_markup(text)  # the literal rest has no links: nothing to report
    for token in _children(markup):
        if token.type == "link_open":
            target = str(token.attrs["href"])  # markdown-it gives every link one
            if not is_allowed_link(target):
                return target
    return None
