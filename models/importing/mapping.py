"""The one mapping from the intermediate to a publication: the rules are written once.

Recognised, each recognition a line of the import report so the editor can check it:
title and date (front matter, ``<title>``, Word's Title style, the first line or heading,
a "Publicatiedatum: …" line); the intro (text before the first heading), key takeaways
(a lead ending in a colon and the list after it, before the first section); parts and
sections from headings (parts when two heading levels carry sections), sub-headings below
them; bylines into people and a de-duplicated speaker registry; a section's takeaways (a
list right under its byline, or under a "Belangrijkste inzichten"/"Key takeaways"/"Tips"
heading); pull quotes (block quotes, a paragraph followed by a short attribution line);
video links and their access notes; figures where they stand; the colophon at the end.

Nothing is dropped: what fits no rule is a paragraph of the intro or the nearest section,
and a title repeated as a page header is kept once, as the title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import cast

from pydantic import ValidationError

from models import richtext
from models.base import Model
from models.importing import colophon as colophon_lines
from models.importing import patterns as pt
from models.importing.dates import parse_date
from models.importing.document import (
    Block,
    BlockQuote,
    Document,
    Heading,
    ListBlock,
    Para,
    Picture,
    Span,
    Spans,
    plain,
)
from models.importing.errors import SourceRefused
from models.importing.figures import place, short
from models.importing.notes import Note
from models.importing.people import Registry, byline
from models.importing.rich import collapse, escape, plain_line, to_rich
from models.language import Language, default_text
from models.message import message
from models.project import Project
from models.publication import Publication
from models.types import new_id

#: The longest piece a paragraph is cut into when it is longer: half of what a field may
#: hold (the models' limit, in characters), as escaping may double it.
_PIECE = cast(int, Model.model_config["str_max_length"]) // 2
#: A heading the mapping made from a line followed by a byline: a section title.
_SECTION = 0
#: The report's kind of line for each role a byline gives.
_ROLE_KINDS = {
    "speaker": "speaker",
    "moderator": "moderator",
    "panel": "panel_member",
    "interviewer": "interviewer",
    "thanks": "thanks",
}
# Words common in one language and rare in the other, to tell Dutch from English.
_DUTCH = frozenset(
    ("de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "niet", "met", "zijn")
)
_ENGLISH = frozenset(
    ("the", "a", "an", "and", "of", "is", "that", "on", "to", "for", "not", "with", "are")
)


#: Where a report line's guess stands in the publication, for an editor to show it: the
#: kind of entry ("details", "intro", "speaker", "section", "quote", "colophon") and, for
#: a speaker, section or quote, its id.
Place = tuple[str, str | None]


@dataclass(frozen=True)
class Imported:
    """A publication made from a source, and every guess the import made about it."""

    project: Project
    notes: tuple[Note, ...]
    """Every guess, as a kind with parameters (see :mod:`models.importing.notes`)."""
    places: tuple[Place | None, ...] = ()
    """One per note: where its guess stands, or ``None`` when that is not known."""

    @property
    def report(self) -> tuple[str, ...]:
        """Every guess in English, one sentence each, as the command line prints them."""
        return tuple(note.text for note in self.notes)


def to_project(document: Document, *, today: dt.date | None = None) -> Imported:
    """Map ``document`` to a new project; ``today`` is the date when the source has none.

    Raises:
        SourceRefused: the document holds something no publication can (a title longer
            than a field may be); the message says what.
    """
    try:
        return _Mapper(document, today or dt.date.today()).run()
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise SourceRefused(
            message(
                "the document cannot become a publication ({where}: {detail})",
                where=where,
                detail=str(first["msg"]),
            )
        ) from error


Dict = dict[str, object]


class _Mapper:
    def __init__(self, document: Document, today: dt.date) -> None:
        self.document = document
        self.today = today
        self.notes: list[Note] = list(document.notes)
        self.places: dict[int, Place] = {}
        self.blocks: list[Block] = [b for b in document.blocks if not _empty(b)]
        self.language: Language = _language(document)
        self.registry = Registry()
        self.assets: dict[str, bytes] = {}
        self.intro: list[Dict] = []
        self.top: list[Dict] = []
        self.part: Dict | None = None
        self.section: Dict | None = None
        self.key_lead = ""
        self.key_items: list[str] = []
        self.colophon_lines: list[str] = []
        self.colophon_note: list[Dict] = []
        self.in_colophon = False  # pragma: no mutate (None is as false)
        # "" is as false as None: only its truth is read
        self.last_video: Dict | None = None  # pragma: no mutate ("" is as false: truth only)
        self.flattened = False  # pragma: no mutate (None is as false)

    # ------------------------------------------------------------------ the whole

    def run(self) -> Imported:
        title = self.take_title()
        date = self.take_date()
        self.drop_title_repeats(title)
        self.infer_headings()
        part_level, section_level = self.levels()
        index = 0
        while index < len(self.blocks):
            index += self.block(index, part_level, section_level)
        colophon = self.colophon()
        publication = Publication.model_validate(
            {
                "title": title,
                "subtitle": self.document.meta.subtitle,
                "publication_date": date,
                "language": self.language,
                "publisher": colophon["organisation"],
                "intro": self.intro,
                "key_takeaways": {"lead": self.key_lead, "items": self.key_items},
                "blocks": self.top,
                "speakers": [s.model_dump() for s in self.registry.speakers],
                "colophon": colophon,
            }
        )
        if self.flattened:
            self.notes.append(Note("flattened"))
        places = tuple(self.places.get(index) for index in range(len(self.notes)))
        return Imported(Project(publication, self.assets), tuple(self.notes), places)

    def note(self, note: Note, kind: str, item_id: str | None = None) -> None:
        """Add ``note`` to the report, with where its guess stands."""
        self.places[len(self.notes)] = (kind, item_id)
        self.notes.append(note)

    # ------------------------------------------------------------------ title and date

    def take_title(self) -> str:
        meta = self.document.meta.title.strip()
        if meta:
            return meta
        if self.blocks and isinstance(self.blocks[0], Heading):
            heading = self.blocks.pop(0)
            assert isinstance(heading, Heading)
            title = plain_line(heading.spans)
            self.note(Note("title_heading", {"text": short(title)}), "details")
            return title
        if self.blocks and isinstance(self.blocks[0], Para):
            first, _, rest = plain(self.blocks[0].spans).strip().partition("\n")
            first = " ".join(first.split())
            if pt.looks_like_title(first):
                if rest.strip():
                    self.blocks[0] = Para((Span(rest),))
                else:
                    self.blocks.pop(0)
                self.note(Note("title_line", {"text": short(first)}), "details")
                return first
        title = default_text(self.language, "publication")
        self.note(Note("no_title", {"title": title}), "details")
        return title

    def take_date(self) -> dt.date:
        if self.document.meta.date is not None:
            return self.document.meta.date
        for index, block in enumerate(self.blocks[:6]):
            if not isinstance(block, Para):
                continue
            lines = plain(block.spans).strip().split("\n")
            for number, line in enumerate(lines):
                match = pt.DATE_LINE.match(line.strip())
                date = parse_date(match.group(1)) if match else None
                if date is not None:
                    rest = "\n".join(lines[:number] + lines[number + 1 :]).strip()
                    if rest:
                        self.blocks[index] = Para((Span(rest),))
                    else:
                        del self.blocks[index]
                    self.note(Note("date_line", {"text": short(line.strip())}), "details")
                    return date
        self.note(Note("no_date", {"date": self.today.isoformat()}), "details")
        return self.today

    def drop_title_repeats(self, title: str) -> None:
        key = " ".join(title.casefold().split())
        kept = [b for b in self.blocks if _text_key(b) != key]
        if len(kept) < len(self.blocks):
            count = len(self.blocks) - len(kept)
            kind = "title_repeats" if count > 1 else "title_repeat"
            self.notes.append(Note(kind, {"text": short(title), "count": count}))
            self.blocks = kept

    # ------------------------------------------------------------------ headings

    def infer_headings(self) -> None:
        """A short line right before a byline is a section title; "Colofon" a heading."""
        for index, block in enumerate(self.blocks):
            if not isinstance(block, Para):
                continue
            text = pt.one_line(block.spans)
            following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            if pt.COLOPHON.match(text):
                self.blocks[index] = Heading(_SECTION, block.spans)
            elif (
                pt.looks_like_title(text)
                and isinstance(following, Para)
                # Asked only whether each is a byline: the language words its roles.
                and byline(plain(following.spans), self.language) is not None  # pragma: no mutate
                and byline(text, self.language) is None  # pragma: no mutate
            ):
                self.blocks[index] = Heading(_SECTION, block.spans)
                self.notes.append(Note("section_title", {"text": short(text)}))

    def levels(self) -> tuple[int | None, int | None]:
        """(part level, section level) from the headings that carry bylines."""
        levels = sorted(
            {
                b.level
                for b in self.blocks
                if isinstance(b, Heading) and b.level > 0 and not _special(b)
            }
        )
        if not levels:
            return None, None
        pairs = zip(self.blocks, self.blocks[1:], strict=False)  # pragma: no mutate (default)
        bylines = Counter(
            block.level
            for block, following in pairs
            if isinstance(block, Heading)
            and isinstance(following, Para)
            # As in infer_headings: asked only whether it is a byline.
            and byline(plain(following.spans), self.language, bare=True)  # pragma: no mutate
            is not None
        )
        section = max(levels[:2], key=lambda level: bylines[level])
        if not bylines[section] or section == levels[0]:
            return None, levels[0]
        return levels[0], section

    # ------------------------------------------------------------------ one block

    def block(self, index: int, part_level: int | None, section_level: int | None) -> int:
        """Map the block at ``index``; returns how many blocks it used."""
        block = self.blocks[index]
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        after = self.blocks[index + 2] if index + 2 < len(self.blocks) else None
        if isinstance(block, Heading) and pt.COLOPHON.match(pt.one_line(block.spans)):
            self.section, self.in_colophon = None, True
            return 1
        if self.in_colophon:
            if isinstance(block, Heading) and block.level in (part_level, section_level, _SECTION):
                self.in_colophon = False  # pragma: no mutate (None is as false)
            else:
                self.colophon_block(block)
                return 1
        match block:
            case Heading():
                return self.heading(block, following, part_level, section_level)
            case Para():
                return self.paragraph(block, following, after)
            case ListBlock():
                self.list_block(block)
            case BlockQuote():
                text = " ".join(self.rich(p) for p in block.paragraphs if plain(p).strip())
                self.quote(text or escape(block.attribution), block.attribution)
            case Picture():
                self.picture(block, self.body())
        return 1

    def heading(
        self,
        block: Heading,
        following: Block | None,
        part_level: int | None,
        section_level: int | None,
    ) -> int:
        text = plain_line(block.spans)
        if pt.TAKEAWAYS.match(text) and isinstance(following, ListBlock):
            self.takeaways(following, short(text))
            return 2
        if block.level == part_level and part_level is not None:
            self.section = None
            self.part = {
                "kind": "part",
                "id": new_id("part"),
                "title": text,
                "intro": [],
                "blocks": [],
            }
            self.top.append(self.part)
        elif block.level in (section_level, _SECTION):
            self.open_section(text)
        else:
            self.body().append({"kind": "heading", "text": text})
        return 1

    def paragraph(self, block: Para, following: Block | None, after: Block | None) -> int:
        text = plain(block.spans).strip()
        line = pt.one_line(block.spans)
        section = self.section
        # A byline right under a section title.
        if section is not None and not section["takeaways"] and not section["body"]:
            found = byline(text, self.language, bare=True)
            if found:
                self.people(section, found, line or collapse(text))
                return 1
        # A video link, and a note on how to get access to it.
        if section is not None and self.is_video(block, line):
            url = _video_url(block.spans)
            video: Dict = {"label": line, "url": url}
            section["videos"].append(video)  # type: ignore[attr-defined]
            self.last_video = video
            title = short(str(section["title"]))
            guess = Note("video", {"text": short(line), "section": title})
            if not title:
                guess = Note("video_untitled", {"text": short(line)})
            self.note(guess, "section", sid(section))
            return 1
        if self.last_video is not None and section is not None and pt.ACCESS.search(text):
            self.last_video["access_note"] = collapse(text)
            self.note(Note("access_note", {"text": short(text)}), "section", sid(section))
            self.last_video = None
            return 1
        self.last_video = None
        # A pull quote: a paragraph and a line that says who said it.
        attribution = pt.attribution_line(following)
        dash = (
            pt.ATTRIBUTION.match(pt.one_line(following.spans))
            if isinstance(following, Para)
            else None
        )
        ends = after is None or isinstance(after, Heading)
        if (
            attribution
            and (
                (dash is not None and pt.QUOTED.match(text)) or (ends and not pt.QUOTED.match(line))
            )
            and len(text) > 40
        ):
            quoted = text[1:-1].strip() if pt.QUOTED.match(text) else ""
            rich = escape(collapse(quoted)) if quoted else self.rich(block.spans)
            quote_id = self.quote(rich, attribution)
            guess = Note("quote", {"text": short(text), "attribution": attribution})
            self.note(guess, "quote", quote_id)
            return 2
        # Key takeaways: a lead that ends in a colon and a list, before any section.
        if (
            not self.top
            and self.part is None
            and not self.key_items
            and text.endswith(":")
            and isinstance(following, ListBlock)
        ):
            self.key_lead = collapse(text)
            self.takeaways(following, None)  # before any section: the key takeaways
            return 2
        if pt.PAGE_CHROME.match(line) and not self.top:
            self.note(Note("page_chrome", {"text": short(line)}), "intro")
        for rich in self.paragraph_texts(block.spans):
            self.body().append({"kind": "paragraph", "text": rich})
        return 1

    def paragraph_texts(self, spans: Spans) -> list[str]:
        """One rich text, or several when the paragraph is longer than a field may be."""
        plain_text = plain_line(spans)
        if len(plain_text) <= _PIECE:
            rich = self.rich(spans)
            return [rich] if rich else []
        pieces: list[str] = []
        start = 0
        while start < len(plain_text):
            end = min(len(plain_text), start + _PIECE)
            if end < len(plain_text):
                # Where the search starts is not observable: a space before start fails
                # "> start" just as -1 does.
                space = plain_text.rfind(" ", start, end)  # pragma: no mutate (see above)
                end = space + 1 if space > start else end
            pieces.append(escape(plain_text[start:end].strip()))
            start = end
        self.notes.append(
            Note("split_paragraph", {"length": len(plain_text), "count": len(pieces)})
        )
        return [piece for piece in pieces if piece]

    def is_video(self, block: Para, line: str) -> bool:
        if line and len(line) <= 80 and pt.VIDEO_LABEL.match(line):
            return True
        url = _video_url(block.spans)
        return bool(url) and line == plain_line(tuple(s for s in block.spans if s.href))

    # ------------------------------------------------------------------ people, lists, quotes

    def people(self, section: Dict, found: list, line: str) -> None:  # type: ignore[type-arg]
        people = section["people"]
        assert isinstance(people, list)
        for named, role in found:
            speaker_id = self.registry.add(named)
            people.append({"speaker_id": speaker_id, "role": role})
            guess = Note(_ROLE_KINDS[role], {"text": short(line), "name": named.name})
            self.note(guess, "speaker", speaker_id)

    def takeaways(self, block: ListBlock, heading: str | None) -> None:
        """Take ``block`` as takeaways: those under the heading ``heading``, or (``None``)
        those after the intro's lead or under a byline. Before any section or part they
        are the publication's key takeaways."""
        items = [self.rich(item.spans) for item in block.items if plain(item.spans).strip()]
        if self.section is None and not self.top and self.part is None:
            self.key_items.extend(items)
            if heading is not None:
                guess = Note(
                    "key_takeaways_under_heading", {"heading": heading, "count": len(items)}
                )
            else:
                guess = Note("takeaways_after_intro", {"count": len(items)})
            self.note(guess, "intro")
            return
        section = self.section if self.section is not None else self.open_section("")
        takeaways = section["takeaways"]
        assert isinstance(takeaways, list)
        takeaways.extend(items)
        title = short(str(section["title"]))
        params: dict[str, str | int] = {"count": len(items)}
        if heading is not None:
            params["heading"] = heading
            kind = "takeaways_under_heading" if title else "takeaways_under_heading_untitled"
        else:
            kind = "takeaways_under_byline" if title else "takeaways_under_byline_untitled"
        if title:
            params["section"] = title
        self.note(Note(kind, params), "section", sid(section))

    def list_block(self, block: ListBlock) -> None:
        section = self.section
        if (
            section is not None
            and section["people"]
            and not section["body"]
            and not section["takeaways"]
        ):
            self.takeaways(block, None)
            return
        items: list[Dict] = []
        for item in block.items:
            text = self.rich(item.spans)
            if not text:
                continue
            if item.depth == 0 or not items:
                items.append({"text": text, "items": []})
            else:
                self.flattened = self.flattened or item.depth > 1
                sub = items[-1]["items"]
                assert isinstance(sub, list)
                sub.append(text)
        if items:
            self.body().append({"kind": "list", "ordered": block.ordered, "items": items})

    def quote(self, text: str, attribution: str) -> str:
        self.section = None  # a video's access note needs a section; the next one resets it
        container = self.part["blocks"] if self.part is not None else self.top
        assert isinstance(container, list)
        quote_id = new_id("quote")
        container.append(
            {
                "kind": "quote",
                "id": quote_id,
                "text": text,
                "attribution": attribution,
                "speaker_id": self.registry.find(attribution),
            }
        )
        return quote_id

    def picture(self, picture: Picture, body: list[Dict]) -> None:
        placed = place(picture, self.notes)
        if placed is not None:
            self.assets[placed.asset] = placed.data
            body.append(placed.figure)
        elif picture.caption:
            body.append({"kind": "paragraph", "text": escape(picture.caption)})

    # ------------------------------------------------------------------ where text goes

    def open_section(self, title: str) -> Dict:
        self.section = {
            "kind": "section",
            "id": new_id("sec"),
            "title": title,
            "people": [],
            "takeaways": [],
            "body": [],
            "videos": [],
        }
        container = self.part["blocks"] if self.part is not None else self.top
        assert isinstance(container, list)
        container.append(self.section)
        self.last_video = None
        return self.section

    def body(self) -> list[Dict]:
        """The body text goes to now: the section's, the part's intro, the intro, or a new
        untitled section that continues the text after a quote."""
        if self.section is not None:
            body = self.section["body"]
        elif self.part is not None and not self.part["blocks"]:
            body = self.part["intro"]
        elif self.part is None and not self.top:
            return self.intro
        else:
            body = self.open_section("")["body"]
        assert isinstance(body, list)
        return body

    def rich(self, spans: Spans) -> str:
        """``spans`` as rich text whose visible text is exactly the source's."""
        rich = to_rich(spans)
        wanted = plain_line(spans)
        if richtext.plain_text(rich) != wanted:
            rich = escape(wanted)
        return rich

    # ------------------------------------------------------------------ colophon

    def colophon_block(self, block: Block) -> None:
        match block:
            case Para() | Heading():
                self.colophon_lines.extend(plain(block.spans).split("\n"))
            case ListBlock():
                self.colophon_lines.extend(plain(item.spans) for item in block.items)
            case BlockQuote():
                self.colophon_lines.extend(plain(p) for p in block.paragraphs)
            case Picture():
                self.picture(block, self.colophon_note)

    def colophon(self) -> Dict:
        fields = colophon_lines.parse(self.colophon_lines)
        for guess in fields.guesses:
            self.note(guess, "colophon")
        credits = [{"role": role, "names": names} for role, names in fields.credits if names]
        out: Dict = {
            "organisation": fields.organisation,
            "visiting_address": fields.visiting_address,
            "postal_address": fields.postal_address,
            "phone": fields.phone,
            "version": fields.version,
            "credits": credits,
            "note": [
                *({"kind": "paragraph", "text": escape(line)} for line in fields.rest),
                *self.colophon_note,
            ],
        }
        if fields.email:
            out["email"] = fields.email
        if fields.website and richtext.is_allowed_link(fields.website):
            out["website"] = fields.website
        elif fields.website:
            out["note"] = [*out["note"], {"kind": "paragraph", "text": escape(fields.website)}]  # type: ignore[misc]
        if self.colophon_lines:
            found = [
                k
                for k in (
                    "organisation",
                    "visiting_address",
                    "postal_address",
                    "phone",
                    "email",
                    "website",
                    "version",
                )
                if out.get(k)
            ]
            kind = "colophon_read" if found else "colophon_empty"
            # The "no field" lines name no fields: an empty tuple would read the same.
            params: dict[str, tuple[str, ...] | int] = (
                {"fields": tuple(found)} if found else {}  # pragma: no mutate
            )
            if credits:
                kind += "_credits"
                params["credits"] = len(credits)
            self.note(Note(kind, params), "colophon")
        return out


def sid(section: Dict) -> str:
    """A section's id (the mapping builds sections as dicts)."""
    return str(section["id"])


def _empty(block: Block) -> bool:
    match block:
        case Heading() | Para():
            return not plain(block.spans).strip()
        case ListBlock():
            return not any(plain(item.spans).strip() for item in block.items)
        case BlockQuote():
            return not any(plain(p).strip() for p in block.paragraphs) and not block.attribution
        case Picture():  # never empty (without this case, the end answers None: as false)
            return False  # pragma: no mutate


def _text_key(block: Block) -> str | None:
    if isinstance(block, Heading | Para):
        return " ".join(plain(block.spans).casefold().split())
    return None


def _special(block: Heading) -> bool:
    text = pt.one_line(block.spans)
    return bool(pt.COLOPHON.match(text) or pt.TAKEAWAYS.match(text))


def _video_url(spans: Spans) -> str | None:
    for span in spans:
        if span.href and span.href.lower().startswith(("http://", "https://")):
            host = span.href.split("/")[2].lower()  # "http(s)://host/…"
            if any(host.endswith(h) for h in pt.VIDEO_HOSTS) or "video" in span.href.lower():
                return span.href
    return None


def _language(document: Document) -> Language:
    """The source's language: as it says, else by counting common words."""
    said = document.meta.language[:2].lower()
    if said in ("nl", "en"):
        return said  # type: ignore[return-value]
    words: list[str] = []
    for block in document.blocks[:200]:
        if isinstance(block, Para | Heading):
            words += re.findall(r"[a-z]+", plain(block.spans).lower())
        if len(words) > 2000:
            break
    dutch = sum(word in _DUTCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    return "en" if english > dutch else "nl"
