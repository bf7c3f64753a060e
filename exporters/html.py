"""The HTML renderer: one self-contained, accessible web page from the IR.

The page needs nothing from the network: CSS is inline, the fonts (cut down to the page's
characters, :mod:`exporters.web_fonts`) and every image (at the size the page shows it,
:mod:`exporters.images`) are embedded as ``data:`` URIs, and a Content-Security-Policy
forbids any other source, so a mistake in escaping could still not load or run anything.
User text reaches the markup only through Jinja2's autoescape or through :func:`inline`,
which escapes every span itself.

Python names the template branch for each IR leaf and group with ``match`` and
``assert_never``, so a block type added to the IR but not to this renderer is a type error,
not a silent gap; a name the template lacks fails the render instead of being skipped.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from importlib.resources import files
from typing import NamedTuple, NoReturn, assert_never
from urllib.parse import urlsplit

from jinja2 import Environment, FunctionLoader, StrictUndefined, Template
from markupsafe import Markup, escape

from exporters import web_fonts
from exporters.fonts import fallbacks_needed
from exporters.images import figure_slot, layout_css, web_image
from exporters.ir import (
    Byline,
    ColophonBlock,
    Document,
    FigureGroup,
    Group,
    Heading,
    Inline,
    Leaf,
    Paragraph,
    PullQuote,
    TakeawayList,
    TextList,
    ThemeTokens,
    TitleBlock,
    VideoLink,
)
from exporters.labels import Language, label
from models.message import message
from models.richtext import is_allowed_link

#: The id of ``<main>``. Block ids never hold ``_``, so the renderer's own ids cannot clash.
MAIN_ID = "main_content"
#: The id of the colophon's heading (one colophon per page).
COLOPHON_TITLE_ID = "colophon_title"
#: The JavaScript of the print button; the CSP allows exactly this handler by its hash.
PRINT_SCRIPT = "window.print()"

_TEMPLATE = "publication.html.j2"
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
#: ``@page`` margins when the page is printed from a browser, per theme margin preset.
_PRINT_MARGINS = {
    "narrow": "12mm 12mm 14mm",
    "normal": "18mm 18mm 20mm",
    "wide": "24mm 26mm 26mm",
}
#: Stands in for the ``@font-face`` rules until the page's text is known. Autoescape turns
#: every "<" of user text into "&lt;", so no user text can spell it.
_FONT_CSS_SLOT = Markup("<podium-font-css>")


class UnsafeLinkError(ValueError):
    """A link the page would have to follow that is neither relative nor http(s)."""


@dataclass(frozen=True, slots=True)
class Wrapper:
    """The element around a group: its id, language and the id of the heading naming it."""

    anchor: str
    language: Language | None
    label_id: str | None


class Token(NamedTuple):
    """One step of the page: open or close a group, or render one leaf.

    ``name`` picks the branch of ``publication.html.j2`` that writes it: a leaf's type name
    (``paragraph``), or a group's kind with ``_open``/``_close`` (``section_open``). Like
    docutils' visit/depart, this keeps the page one flat loop instead of thousands of macro
    calls, which is what makes a 400-section page render in a few tens of milliseconds.
    """

    name: str
    item: Leaf | Wrapper


def render_html(document: Document, *, pdf_href: str | None = None) -> str:
    """The publication as one HTML5 file; ``pdf_href`` adds a "download as PDF" link.

    A draft (``document.info.draft``) opens with a banner that says so, asks search engines
    not to index it (``noindex``), and says "(concept)" in its title.

    Raises:
        UnsafeLinkError: ``pdf_href`` is not a relative or http(s) address.
    """
    if pdf_href is not None:
        _check_pdf_href(pdf_href)
    info = document.info
    header: list[Token] = []
    header_anchor: str | None = None
    intro: list[Token] = []
    body: list[Token] = []
    footer: list[Token] = []
    for block in document.blocks:
        if not isinstance(block, Group):  # the IR groups everything; render strays unwrapped
            body.append(Token(_leaf_token(block), block))
            continue
        if block.kind == "intro":
            # The title block is the page's banner; the rest of the intro opens <main>.
            header_anchor = header_anchor or block.anchor
            titles = tuple(leaf for leaf in block.children if isinstance(leaf, TitleBlock))
            header += _leaf_tokens(titles)
            rest = tuple(leaf for leaf in block.children if not isinstance(leaf, TitleBlock))
            if rest:
                intro += _group_tokens(replace(block, children=rest))
        elif block.kind == "colophon":
            footer += _group_tokens(block)
        else:
            body += _group_tokens(block)
    cover_style = next(
        (token.item.cover_style for token in header if isinstance(token.item, TitleBlock)),
        "plain",
    )
    render = partial(
        _template().render,
        cover_style=cover_style,
        page_margin=_PRINT_MARGINS[document.theme.margins],
        info=info,
        lang=info.language,
        main_id=MAIN_ID,
        header=header,
        header_anchor=header_anchor,
        intro=intro,
        body=body,
        footer=footer,
        pdf_href=pdf_href,
        css=_stylesheet(),
        theme=_theme_css(document.theme),
        page_size=document.theme.page_size,
        csp=_content_security_policy(),
        print_script=PRINT_SCRIPT,
        labels=_labels(info.language),
        colophon_id=COLOPHON_TITLE_ID,
        page_title=(
            label("draft_title", info.language).format(title=info.title)
            if info.draft
            else info.title
        ),
    )
    theme = document.theme
    page = render(font_css=_FONT_CSS_SLOT)
    # The fonts are cut down to what the page shows, so they are made once it is written.
    # Characters the bundled families lack get the faces that have them (only the text is
    # scanned, and only its non-ASCII characters).
    text = web_fonts.page_text(page, str(_stylesheet()))
    fonts = web_fonts.font_css(theme.body_font, theme.heading_font, text, fallbacks_needed(text))
    return page.replace(_FONT_CSS_SLOT, fonts, 1)


def _group_tokens(group: Group) -> list[Token]:
    """Open the group's element, render its children (a part's sections too), close it."""
    match group.kind:
        case "intro" | "part" | "section" | "quote" | "colophon":
            kind = group.kind  # each has <kind>_open/<kind>_close branches in the template
        case _:
            assert_never(group.kind)
    label_id = None
    for leaf in group.children:
        if isinstance(leaf, Heading) and leaf.anchor:
            label_id = heading_id(leaf.anchor)
            break
        if isinstance(leaf, ColophonBlock):
            label_id = COLOPHON_TITLE_ID
            break
    wrapper = Wrapper(group.anchor, group.language, label_id)
    inside: list[Token] = []
    for child in group.children:
        inside += _group_tokens(child) if isinstance(child, Group) else _leaf_tokens((child,))
    if kind == "colophon" and len(inside) > 1 and isinstance(inside[0].item, ColophonBlock):
        # The note (free text after the colophon's block) gets a box of its own.
        note = [
            Token("colophon_note_open", wrapper),
            *inside[1:],
            Token("colophon_note_close", wrapper),
        ]
        inside = [inside[0], *note]
    return [Token(f"{kind}_open", wrapper), *inside, Token(f"{kind}_close", wrapper)]


def _leaf_tokens(leaves: tuple[Leaf, ...]) -> list[Token]:
    shown = (public(leaf) for leaf in leaves)
    return [Token(_leaf_token(leaf), leaf) for leaf in shown if leaf is not None]


def public(leaf: Leaf) -> Leaf | None:
    """``leaf`` as the public page shows it: a video marked so loses its access note
    ("hide_access") or stays off the page ("omit"). The PDF always shows it in full."""
    if isinstance(leaf, VideoLink):
        if leaf.public_web == "omit":
            return None
        if leaf.public_web == "hide_access" and leaf.access_note:
            return replace(leaf, access_note="")
    return leaf


def _leaf_token(leaf: Leaf) -> str:
    """The name of the branch in ``publication.html.j2`` that renders ``leaf``."""
    match leaf:
        case TitleBlock():
            return "title_block"
        case Heading():
            return "heading"
        case Paragraph():
            return "paragraph"
        case TextList():
            return "text_list"
        case TakeawayList():
            return "takeaway_list"
        case Byline():
            return "byline"
        case PullQuote():
            return "pull_quote"
        case VideoLink():
            return "video_link"
        case FigureGroup():
            return "figure_group"
        case ColophonBlock():
            return "colophon"
        case _:
            assert_never(leaf)


def heading_id(anchor: str) -> str:
    """The id of a group's heading, for ``aria-labelledby``; never a valid block id."""
    return f"{anchor}_title"


# --- filters: the only places that turn data into markup -------------------------------


@lru_cache(maxsize=8192)
def inline(spans: Inline) -> Markup:
    """Spans as HTML: text escaped, marks as ``<strong>``/``<em>``, allowed links as ``<a>``.

    Cached: the editor's preview re-renders the whole page on every edit, and most
    paragraphs have not changed (``parse_inline`` hands back the same span tuples).
    """
    if len(spans) == 1:
        span = spans[0]
        if not (span.bold or span.italic or span.href):
            return escape(span.text)
    parts: list[str] = []
    for span in spans:
        html = str(escape(span.text))
        if span.italic:
            html = f"<em>{html}</em>"
        if span.bold:
            html = f"<strong>{html}</strong>"
        if span.href is not None and is_allowed_link(span.href):
            html = f'<a href="{escape(span.href)}">{html}</a>'
        parts.append(html)
    return Markup("".join(parts))


def safe_href(href: str | None) -> str | None:
    """``href`` if it is an http(s) or mailto link the rich-text subset allows, else None."""
    return href if href is not None and is_allowed_link(href) else None


def _unknown_token(name: str) -> NoReturn:
    raise AssertionError(f"publication.html.j2 has no branch for the token {name!r}")


def _check_pdf_href(href: str) -> None:
    scheme = urlsplit(href).scheme.lower()
    if scheme not in ("", "http", "https") or not href.strip():
        raise UnsafeLinkError(
            message("the PDF link {link} must be a relative or http(s) address", link=repr(href))
        )


# --- cached resources --------------------------------------------------------------------


def _load_template(name: str) -> tuple[str, None, Callable[[], bool]]:
    source = files("resources").joinpath("templates", name).read_text(encoding="utf-8")
    return source, None, lambda: True


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_load_template),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline"] = inline
    env.filters["safe_href"] = safe_href
    env.filters["web_image"] = web_image
    env.filters["figure_slot"] = figure_slot
    env.filters["heading_id"] = heading_id
    env.globals["unknown_token"] = _unknown_token
    return env


@cache
def _template() -> Template:
    return _environment().get_template(_TEMPLATE)


@cache
def _stylesheet() -> Markup:
    """The static stylesheet; trusted text from the package, so it is not escaped."""
    return Markup(
        files("resources").joinpath("templates", "publication.css").read_text(encoding="utf-8")
    )


@cache
def _theme_css(theme: ThemeTokens) -> Markup:
    """The theme's palette (:attr:`ThemeTokens.palette`) as CSS custom properties.

    Every colour the stylesheet uses that the PDF prints too comes from here, so the page,
    the PDF and the contrast check share one palette.
    """
    colours = theme.palette
    props = {
        "--primary": colours.primary,
        "--primary-dark": colours.primary_dark,
        "--primary-tint": colours.primary_tint,
        "--primary-soft": colours.primary_soft,
        "--accent": colours.accent,
        "--text": colours.text,
        "--muted": colours.muted,
        "--rule": colours.rule,
    }
    palette = ":root{" + ";".join(f"{k}:{_colour(v)}" for k, v in props.items()) + "}"
    return Markup(palette + "\n" + layout_css())


def _colour(value: str) -> str:
    """The palette already checked ``#RRGGBB``; checked again because it lands in CSS as is."""
    if not _HEX_COLOUR.match(value):
        raise ValueError(f"not a #RRGGBB colour: {value!r}")
    return value


@cache
def _content_security_policy() -> str:
    """Nothing may load from anywhere but the page itself; only the print handler runs."""
    digest = base64.b64encode(hashlib.sha256(PRINT_SCRIPT.encode()).digest()).decode()
    return (
        "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
        f"script-src 'unsafe-hashes' 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


@cache
def _labels(language: Language) -> dict[str, str]:
    """Words the page adds, in the publication's language."""
    keys = ("print", "download_pdf", "skip", "photo", "draft", "draft_note")
    return {key: label(key, language) for key in keys}
