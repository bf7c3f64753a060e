"""The intermediate representation (IR) that every renderer consumes.

:func:`build` turns a :class:`~models.Project` into a :class:`Document`: metadata plus an
ordered tuple of blocks from a closed set of types. Labels, dates and bylines are resolved
here, once, in the publication's language, so the PDF and the HTML say the same thing.
Renderers dispatch on the block type with ``match`` and end with ``assert_never``.

Inline text stays as :class:`~models.richtext.Span` tuples: renderers escape ``span.text``
for their own markup and only ever emit ``span.href`` values the rich-text subset allows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, assert_never

from exporters.anchors import COLOPHON_ANCHOR, INTRO_ANCHOR
from exporters.labels import join_names, label, long_date
from exporters.photo_credit import bare_credit
from models import Image as ImageModel
from models import Project, Publication, Quote, Section, Speaker, images
from models.body import FIGURE_WIDTH, Body, ListBlock, Subheading
from models.body import Figure as BodyFigure
from models.body import Paragraph as BodyParagraph
from models.language import Language
from models.page_geometry import Margins, PageSize
from models.palette import Palette
from models.palette import palette as derive_palette
from models.parts import CoverStyle, FontFamily, Part, PersonRole, PublicWeb
from models.project import iter_images
from models.richtext import Span, parse_inline

Inline = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """Metadata for the PDF info dictionary and the HTML head.

    ``draft``: the export is marked as a draft (a publication not approved yet, exported
    anyway): the PDF gets a watermark on every page, the web page a banner and ``noindex``.
    The title stays as written; renderers add the mark.
    """

    title: str
    subtitle: str
    author: str
    subject: str
    language: Language
    date: dt.date
    date_text: str
    keywords: tuple[str, ...]
    draft: bool = False


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The title block: title, subtitle, the date line and the event line."""

    title: str
    subtitle: str
    date_label: str
    date: dt.date
    date_text: str
    event_text: str
    cover_style: CoverStyle = "plain"
    logo: Figure | None = None
    cover_image: Figure | None = None


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading at ``level`` of the document's outline, below the publication's title.

    Level 1 is the top: a part's title, or a section's when the section is in no part;
    a section in a part is level 2; a sub-heading is one below its section (at most 3).
    Levels never skip, so renderers map them straight to ``h2``-``h4`` and ``H2``-``H4``.
    ``anchor`` (parts and sections only) feeds bookmarks, at ``level - 1``, and HTML ids.
    """

    level: int
    text: str
    anchor: str | None = None
    language: Language | None = None


Style = Literal["intro", "lead", "body"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of inline text in a named style (intro, lead or body).

    ``language`` is set when it differs from the text around it.
    """

    spans: Inline
    style: Style = "body"
    language: Language | None = None


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item and its sub-items (one level of nesting, no deeper)."""

    spans: Inline
    children: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class TextList:
    """A bulleted or numbered list in body text (HTML ``ul``/``ol``, PDF ``L``/``LI``).

    ``style`` is the paragraph style of its text: "intro" in the publication's intro.
    """

    items: tuple[ListItem, ...]
    ordered: bool = False
    style: Style = "body"
    language: Language | None = None


@dataclass(frozen=True, slots=True)
class TakeawayList:
    """A list of takeaways; ``style`` 'key' for the publication's, 'section' for a section's.

    ``title`` is an accessible name for the list (HTML ``aria-label``, PDF bookmark-free).
    """

    items: tuple[Inline, ...]
    style: Literal["key", "section"]
    title: str


@dataclass(frozen=True, slots=True)
class Byline:
    """The lines under a section title: 'Door …', 'Moderator: …', 'Panel: …'.

    One line per role, composed from the section's people in the section's language, or
    the one line the editor typed. ``portraits``: the portraits of the people who have
    one, in the byline's order; renderers show them small beside the text.
    """

    lines: tuple[str, ...]
    speaker_ids: tuple[str, ...]
    portraits: tuple[Figure, ...] = ()

    @property
    def text(self) -> str:
        """All lines as one text, as text extraction reads them (one line each)."""
        return "\n".join(self.lines)


@dataclass(frozen=True, slots=True)
class PullQuote:
    """A participant's words between sections."""

    spans: Inline
    attribution: str


@dataclass(frozen=True, slots=True)
class VideoLink:
    """A link to a video; ``url`` may be missing; ``access_note`` tells how to get in.

    ``public_web`` is for the web page only (show, hide the access note, or omit); the
    PDF always shows the video in full.
    """

    label: str
    url: str | None
    access_note: str
    public_web: PublicWeb = "show"


@dataclass(frozen=True, slots=True)
class Figure:
    """An image with its bytes and pixel size, so renderers need no project access."""

    asset: str
    data: bytes
    mime: str
    width_px: int
    height_px: int
    alt: str
    decorative: bool
    caption: str
    credit: str
    language: Language | None = None


FigureSize = Literal["full", "half", "thumbnail"]


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """One figure or several side by side, placed where it stands in the text.

    ``width``: the share of the text width the whole group takes (1, 0.5 or 0.3 for
    full, half and thumbnail). ``columns``: how many images stand side by side (1 to 3);
    more images than columns wrap into rows (a 2×2 or 3×2 grid). Each image keeps its
    caption and credit with it: the PDF never splits an image from them.
    """

    figures: tuple[Figure, ...]
    size: FigureSize = "full"
    columns: int = 1

    @property
    def width(self) -> float:
        """The share of the text width this group takes."""
        return FIGURE_WIDTH[self.size]


@dataclass(frozen=True, slots=True)
class ColophonBlock:
    """The colophon: organisation, addresses, contact lines, credits and version."""

    heading: str
    organisation: str
    addresses: tuple[str, ...]
    contacts: tuple[tuple[str, str, str | None], ...]  # (label, text, href)
    credits: tuple[tuple[str, str], ...]  # (role, names joined in the document language)
    version_label: str
    version: str


@dataclass(frozen=True, slots=True)
class Group:
    """A part of the document (intro, a part, a section, a quote, the colophon) as one unit.

    HTML renders it as ``<section>``/``<aside>``/``<footer>`` with ``id=anchor``; the PDF
    keeps it for structure tags and anchors. ``language`` is set when it differs from the
    document's. Only a "part" holds groups (its sections and quotes), after its leaves (its
    heading and intro); no other group nests.
    An untitled section has no :class:`Heading`: it continues the text before it.
    """

    kind: Literal["intro", "part", "section", "quote", "colophon"]
    anchor: str
    children: tuple[Leaf | Group, ...]
    language: Language | None = None


Leaf = (
    TitleBlock
    | Heading
    | Paragraph
    | TextList
    | TakeawayList
    | Byline
    | PullQuote
    | VideoLink
    | FigureGroup
    | ColophonBlock
)
Block = Leaf | Group


@dataclass(frozen=True, slots=True)
class Document:
    """Everything a renderer needs: metadata, theme and the ordered blocks."""

    info: DocumentInfo
    theme: ThemeTokens
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ThemeTokens:
    """Named style tokens shared by both renderers.

    ``palette`` is every colour the renderers print, derived from the two theme colours by
    :func:`models.palette.palette` (the contrast check reads the same): renderers take
    their colours from it and mix none of their own.
    """

    primary_colour: str
    accent_colour: str
    body_font: FontFamily
    heading_font: FontFamily
    page_size: PageSize
    margins: Margins = "normal"
    palette: Palette = field(init=False)

    def __post_init__(self) -> None:
        # Derived, not passed in, so it cannot disagree with the colours it comes from.
        palette = derive_palette(self.primary_colour, self.accent_colour)
        object.__setattr__(self, "palette", palette)


def build(project: Project, *, draft: bool = False) -> Document:
    """The IR of ``project``; pure and deterministic. ``draft`` marks the export as a draft."""
    pub = project.publication
    lang: Language = pub.language
    blocks: list[Block] = [Group("intro", INTRO_ANCHOR, _intro(pub, project))]
    for block in pub.blocks:
        if isinstance(block, Part):
            blocks.append(_part(pub, block, project))
        else:
            blocks.append(_item(pub, block, project, level=1, parent_language=lang))
    colophon = _colophon(pub, project)
    if colophon is not None:
        blocks.append(colophon)
    theme = pub.theme
    tokens = ThemeTokens(
        theme.primary_colour,
        theme.accent_colour,
        theme.body_font,
        theme.heading_font,
        theme.page_size,
        theme.margins,
    )
    return Document(_info(pub, draft), tokens, tuple(blocks))


def _differs(language: Language | None, around: Language) -> Language | None:
    """``language`` when it is set and not the language of the text around it."""
    return language if language and language != around else None


def _part(pub: Publication, part: Part, project: Project) -> Group:
    lang = part.language or pub.language
    children: list[Leaf | Group] = [Heading(1, part.title, part.id)]
    children += body_leaves(part.intro, project, lang, heading_level=2)
    children += [_item(pub, item, project, level=2, parent_language=lang) for item in part.blocks]
    return Group("part", part.id, tuple(children), _differs(part.language, pub.language))


def _item(
    pub: Publication,
    block: Section | Quote,
    project: Project,
    *,
    level: int,
    parent_language: Language,
) -> Group:
    if isinstance(block, Section):
        children = _section(pub, block, project, level)
        kind: Literal["section", "quote"] = "section"
    else:
        children = _quote(block)
        kind = "quote"
    return Group(kind, block.id, children, _differs(block.language, parent_language))


def body_leaves(
    body: Body, project: Project, language: Language, *, heading_level: int, style: Style = "body"
) -> list[Leaf]:
    """The leaves of a body: paragraphs, lists, sub-headings at ``heading_level``, figures.

    ``language`` is that of the text around the body; a block in another one says so.
    """
    out: list[Leaf] = []
    for block in body:
        match block:
            case BodyParagraph():
                spans = parse_inline(block.text)
                out.append(Paragraph(spans, style, _differs(block.language, language)))
            case ListBlock():
                items = tuple(
                    ListItem(parse_inline(item.text), tuple(parse_inline(t) for t in item.items))
                    for item in block.items
                )
                out.append(
                    TextList(items, block.ordered, style, _differs(block.language, language))
                )
            case Subheading():
                level = min(heading_level, 3)
                out.append(Heading(level, block.text, None, _differs(block.language, language)))
            case BodyFigure():
                figures = tuple(_figure(image, project, language) for image in block.images)
                out.append(FigureGroup(figures, block.size, block.columns))
            case _:
                assert_never(block)
    return out


def _info(pub: Publication, draft: bool) -> DocumentInfo:
    author = pub.publisher or pub.colophon.organisation
    subject = pub.subtitle or (pub.event.name if pub.event else "")
    keywords = tuple(dict.fromkeys(s.name for s in pub.speakers))
    return DocumentInfo(
        title=pub.title,
        subtitle=pub.subtitle,
        author=author,
        subject=subject,
        language=pub.language,
        date=pub.publication_date,
        date_text=long_date(pub.publication_date, pub.language),
        keywords=keywords,
        draft=draft,
    )


def _intro(pub: Publication, project: Project) -> tuple[Leaf, ...]:
    lang = pub.language
    theme = pub.theme
    event_text = ""
    if pub.event is not None:
        parts = [pub.event.name]
        if pub.event.date:
            parts.append(long_date(pub.event.date, lang))
        if pub.event.place:
            parts.append(pub.event.place)
        event_text = ", ".join(parts)
    out: list[Leaf] = [
        TitleBlock(
            title=pub.title,
            subtitle=pub.subtitle,
            date_label=label("published", lang),
            date=pub.publication_date,
            date_text=long_date(pub.publication_date, lang),
            event_text=event_text,
            cover_style=theme.cover_style,
            logo=_figure(theme.logo, project, lang) if theme.logo else None,
            cover_image=_figure(theme.cover_image, project, lang) if theme.cover_image else None,
        )
    ]
    out += body_leaves(pub.intro, project, lang, heading_level=1, style="intro")
    takeaways = pub.key_takeaways
    if takeaways.lead:
        out.append(Paragraph((Span(takeaways.lead),), "lead"))  # plain text, not rich
    if takeaways.items:
        out.append(
            TakeawayList(
                tuple(parse_inline(t) for t in takeaways.items), "key", label("key_takeaways", lang)
            )
        )
    return tuple(out)


def _section(pub: Publication, section: Section, project: Project, level: int) -> tuple[Leaf, ...]:
    lang = section.language or pub.language
    out: list[Leaf] = []
    if section.title:
        out.append(Heading(level, section.title, section.id))
    byline = _byline(pub, section, project, lang)
    if byline is not None:
        out.append(byline)
    if section.takeaways:
        out.append(
            TakeawayList(
                tuple(parse_inline(t) for t in section.takeaways),
                "section",
                label("takeaways", lang),
            )
        )
    sub_level = level + 1 if section.title else level
    out += body_leaves(section.body, project, lang, heading_level=sub_level)
    out += [
        VideoLink(video.label, video.url, video.access_note, video.public_web)
        for video in section.videos
    ]
    return tuple(out)


def _quote(quote: Quote) -> tuple[Leaf, ...]:
    return (PullQuote(parse_inline(quote.text), quote.attribution),)


#: The order roles are listed in under a title, and the label each line starts with.
_ROLE_ORDER: tuple[PersonRole, ...] = ("speaker", "interviewer", "moderator", "panel", "thanks")


def _byline(pub: Publication, section: Section, project: Project, lang: Language) -> Byline | None:
    if section.byline == "hidden" or (section.byline == "auto" and not section.people):
        return None
    ids = section.speaker_ids
    people = [pub.speaker(ref) for ref in ids]
    portraits = tuple(_figure(s.portrait, project, lang) for s in people if s.portrait)
    if section.byline == "custom":
        return Byline((section.byline_text,), ids, portraits)
    return Byline(bylines(pub, section, lang), ids, portraits)


def bylines(pub: Publication, section: Section, language: Language) -> tuple[str, ...]:
    """One line per role of the section's people, speakers first: 'Door …', 'Panel: …'."""
    lines = []
    for role in _ROLE_ORDER:
        ids = dict.fromkeys(p.speaker_id for p in section.people if p.role == role)
        if ids:
            lines.append(byline([pub.speaker(ref) for ref in ids], language, role))
    return tuple(lines)


def byline(speakers: list[Speaker], language: Language, role: PersonRole = "speaker") -> str:
    """'Door A, rol bij organisatie', or for colleagues 'Door rol A en rol B, organisatie'.

    Other roles start with their own label: 'Moderator: A, rol bij organisatie'.
    """
    lead = label("by", language) if role == "speaker" else label(f"role_{role}", language)
    organisations = {s.organisation for s in speakers}
    if len(speakers) > 1 and len(organisations) == 1:
        people = [_colleague(s) for s in speakers]
        shared = organisations.pop()
        text = f"{lead} {join_names(people, language)}"
        return f"{text}, {shared}" if shared else text
    people = [_person(s, language) for s in speakers]
    if len(people) > 2 and any("," in person for person in people):
        # "A, rol bij X, B, rol bij Y en C" hides where one person ends: a semicolon shows it.
        return f"{lead} {'; '.join(people)}"
    return f"{lead} {join_names(people, language)}"


def _person(speaker: Speaker, language: Language) -> str:
    text = speaker.display_name
    role, organisation = speaker.role, speaker.organisation
    if role and organisation:
        connector = label("at", language) if speaker.connector is None else speaker.connector
        text += f", {role} {connector} {organisation}" if connector else f", {role}, {organisation}"
    elif role or organisation:
        text += f", {role or organisation}"
    return _with_note(text, speaker)


def _colleague(speaker: Speaker) -> str:
    return _with_note(f"{speaker.role} {speaker.display_name}".strip(), speaker)


def _with_note(text: str, speaker: Speaker) -> str:
    return f"{text} ({speaker.note})" if speaker.note else text


def _figure(image: ImageModel, project: Project, around: Language) -> Figure:
    """The image as every renderer embeds it: upright and without metadata (EXIF, GPS…).

    Both renderers get these same bytes, so the PDF and the page show the photo the same
    way up; :func:`models.images.prepare` caches them by content, for the preview.
    """
    prepared = images.prepare(project.assets[image.asset])
    return Figure(
        image.asset,
        prepared.data,
        prepared.mime,
        prepared.width,
        prepared.height,
        image.alt,
        image.decorative,
        image.caption,
        bare_credit(image.credit),
        _differs(image.language, around),
    )


def _colophon(pub: Publication, project: Project) -> Group | None:
    """The colophon's group: its block, then its note (free text) if it has one."""
    lang = pub.language
    note = body_leaves(pub.colophon.note, project, lang, heading_level=2)
    block = _colophon_block(pub)
    if block is None and not note:
        return None
    if block is None:
        block = ColophonBlock(label("colophon", lang), "", (), (), (), label("version", lang), "")
    return Group("colophon", COLOPHON_ANCHOR, (block, *note))


def _colophon_block(pub: Publication) -> ColophonBlock | None:
    c = pub.colophon
    lang = pub.language
    contacts: list[tuple[str, str, str | None]] = []
    if c.phone:
        contacts.append((label("phone", lang), c.phone, None))
    if c.email:
        contacts.append((label("email", lang), c.email, f"mailto:{c.email}"))
    if c.website:
        contacts.append(("", display_url(c.website), c.website))
    credits = _credits(pub)
    addresses = tuple(a for a in (c.visiting_address, c.postal_address) if a)
    if not (c.organisation or addresses or contacts or credits or c.version):
        return None
    return ColophonBlock(
        label("colophon", lang),
        c.organisation,
        addresses,
        tuple(contacts),
        credits,
        label("version", lang),
        c.version,
    )


#: Roles (compared case-blind) that already are the photo credits line, in either language.
_PHOTO_ROLES = frozenset(
    {"foto's", "fotos", "foto", "fotografie", "beeld", "photos", "photo", "photography"}
)


def _credits(pub: Publication) -> tuple[tuple[str, str], ...]:
    """The colophon's credits, with every image's credit gathered into the photo line.

    Image credits join an explicit photo line (e.g. "Foto's") if there is one, else a new
    line at the end; a name already there is not repeated.
    """
    lang = pub.language
    gathered = _distinct(bare_credit(image.credit) for image in iter_images(pub))
    lines: list[tuple[str, str]] = []
    for credit in pub.colophon.credits:
        names = list(credit.names)
        if gathered and _role_key(credit.role) in _PHOTO_ROLES:
            names, gathered = _distinct([*names, *gathered]), []
        lines.append((credit.role, join_names(names, lang)))
    if gathered:
        lines.append((label("photos", lang), join_names(gathered, lang)))
    return tuple(lines)


def _role_key(role: str) -> str:
    return role.strip().rstrip(":").replace("\u2019", "'").casefold()


def _distinct(names: Iterable[str]) -> list[str]:
    """Non-empty names in order, each once (compared case-blind, spaces normalised)."""
    seen: dict[str, str] = {}
    for name in names:
        shown = " ".join(name.split())
        if shown:
            seen.setdefault(shown.casefold(), shown)
    return list(seen.values())


def display_url(url: str) -> str:
    """``https://www.divosa.nl/`` → ``www.divosa.nl``: how a web address is printed."""
    for prefix in ("https://", "http://"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
            break
    return url.rstrip("/")
