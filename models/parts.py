"""The parts a publication is made of: speakers, sections, quotes, colophon and theme.

They live apart from :class:`~models.publication.Publication` (which holds them and the
review state) so that :mod:`models.review` can read their fields, to check which field a
comment names, without an import loop. Import them from :mod:`models` or
:mod:`models.publication`; this split is an implementation detail.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from models import page_geometry
from models.base import Model, validation_error
from models.body import BODY_DESCRIPTION, Body
from models.image_ref import Image
from models.language import Language
from models.page_geometry import Margins, PageSize
from models.types import Colour, Email, Id, OptionalText, RichText, Text, Url

FontFamily = Literal["Source Serif Pro", "Source Sans Pro"]
#: "plain": the title at the top of the first page; "band": the title on a band of the
#: primary colour; "page": a cover page of its own (the band fills most of it).
CoverStyle = Literal["plain", "band", "page"]
#: Whether a video appears on the public web page: "show" it, show it without its access
#: note ("hide_access"), or leave it out ("omit"). The PDF always shows it in full.
PublicWeb = Literal["show", "hide_access", "omit"]


class Event(Model):
    """The event the publication reports on."""

    name: Text
    date: dt.date | None = None
    place: OptionalText = ""


class Speaker(Model):
    """A person who presents; entered once and referred to by id."""

    id: Id
    name: Text
    honorific: OptionalText = Field("", description="e.g. 'dr.' or 'prof. dr.'")
    role: OptionalText = ""
    organisation: OptionalText = ""
    connector: OptionalText | None = Field(
        None,
        description=(
            "the word between role and organisation ('bij', 'aan', 'van'); empty for a comma;"
            " null for the language's usual word"
        ),
    )
    note: OptionalText = Field("", description="Short note, e.g. an author credit")
    portrait: Image | None = None

    @property
    def display_name(self) -> str:
        """The name as printed, with the honorific in front, e.g. ``prof. dr. Jansen``."""
        return f"{self.honorific} {self.name}".strip()


class VideoLink(Model):
    """A link to a recording; the URL may be missing and access may need a password."""

    label: Text
    url: Url | None = None
    access_note: OptionalText = Field(
        "", description="e.g. that a password is needed and how to request it"
    )
    public_web: PublicWeb = Field(
        "show", description="on the public web page: show, hide the access note, or omit"
    )


class KeyTakeaways(Model):
    """The publication's key takeaways: a lead sentence and a list."""

    lead: OptionalText = ""
    items: tuple[RichText, ...] = ()


#: What a person does in a section; the byline is composed per role.
PersonRole = Literal["speaker", "moderator", "panel", "interviewer", "thanks"]
#: The byline under a section title: composed from its people ("auto"), typed ("custom"),
#: or left out ("hidden", e.g. when the body names the speaker).
BylineMode = Literal["auto", "custom", "hidden"]


def _person_shorthand(value: object) -> object:
    """A bare speaker id is that speaker as "speaker"."""
    return {"speaker_id": value} if isinstance(value, str) else value


class Person(Model):
    """A speaker from the registry and what they do in one section."""

    speaker_id: Id = Field(description="the id of a speaker in the publication's speakers")
    role: PersonRole = Field(
        "speaker",
        description=(
            "speaker, moderator, panel member, interviewer, or thanks ('with thanks to'); "
            "the byline is composed per role"
        ),
    )


class Section(Model):
    """A part of the programme: usually a talk with its people, takeaways, text and videos.

    The title is optional: an untitled section (a lead-in, a closing word) continues the flow
    of the text and gets no heading and no bookmark.
    """

    kind: Literal["section"] = "section"
    id: Id
    title: OptionalText = Field(
        "", description="optional: an untitled section continues the text and has no heading"
    )
    people: tuple[Annotated[Person, BeforeValidator(_person_shorthand)], ...] = Field(
        (), description="who is on this section, each with a role, in byline order"
    )
    byline: BylineMode = Field(
        "auto",
        description=(
            "auto: composed from the people per role in the publication's language; custom: "
            "byline_text as typed; hidden: no byline (e.g. the text names the speaker)"
        ),
    )
    byline_text: OptionalText = Field(
        "", description="the byline as typed, when byline is 'custom'"
    )
    takeaways: tuple[RichText, ...] = ()
    body: Body = Field((), description=BODY_DESCRIPTION)
    videos: tuple[VideoLink, ...] = ()
    language: Language | None = None

    @property
    def speaker_ids(self) -> tuple[str, ...]:
        """The ids of this section's people, in order (each once)."""
        return tuple(dict.fromkeys(person.speaker_id for person in self.people))

    @model_validator(mode="after")
    def _custom_byline_has_text(self) -> Section:
        if self.byline == "custom" and not self.byline_text:
            raise validation_error(
                "Section",
                ("byline_text",),
                "missing_byline",
                "type the byline, or let Podium compose it from the people",
                self.byline_text,
            )
        return self


class Quote(Model):
    """A participant's words, shown as a pull quote between sections."""

    kind: Literal["quote"] = "quote"
    id: Id
    text: RichText
    attribution: OptionalText = ""
    speaker_id: Id | None = None
    language: Language | None = None


Item = Annotated[Section | Quote, Field(discriminator="kind")]


class Part(Model):
    """A titled group of sections and quotes (a day part, a workshop round) with its own intro.

    Parts hold no parts: a publication has at most three heading levels (part, section,
    sub-heading), the same in the PDF's bookmarks and tags and the web page's outline.
    """

    kind: Literal["part"] = "part"
    id: Id
    title: Text = Field(description="a heading above its sections, one level higher")
    intro: Body = Field((), description=BODY_DESCRIPTION)
    blocks: tuple[Item, ...] = Field((), description="its sections and quotes, in order")
    language: Language | None = None


Block = Annotated[Section | Quote | Part, Field(discriminator="kind")]


class Credit(Model):
    """One line of credits in the colophon, e.g. role 'Tekst' with two names."""

    role: Text
    names: tuple[Text, ...] = Field(min_length=1)


class Colophon(Model):
    """Who made and publishes the publication and how to reach them."""

    organisation: OptionalText = ""
    visiting_address: OptionalText = ""
    postal_address: OptionalText = ""
    phone: OptionalText = ""
    email: Email | None = None
    website: Url | None = None
    credits: tuple[Credit, ...] = ()
    version: OptionalText = ""
    note: Body = Field(
        (), description=f"free text, e.g. where the article appeared before; {BODY_DESCRIPTION}"
    )


class Theme(Model):
    """How the publication looks, shared by the PDF and the web page.

    Contrast between the colours is not checked here but by ``models.preflight`` (an
    error that blocks export unless overridden), so a file with a weak colour still opens.
    """

    primary_colour: Colour = "#00557F"
    accent_colour: Colour = "#C8326E"
    body_font: FontFamily = "Source Serif Pro"
    heading_font: FontFamily = "Source Sans Pro"
    page_size: PageSize = "A4"
    margins: Margins = "normal"
    cover_style: CoverStyle = "plain"
    logo: Image | None = None
    cover_image: Image | None = None

    @property
    def page_mm(self) -> tuple[float, float]:
        """Page width and height in millimetres."""
        return page_geometry.PAGE_SIZES_MM[self.page_size]

    @property
    def margins_mm(self) -> tuple[float, float, float]:
        """Margins in millimetres: left and right, top, bottom."""
        return page_geometry.MARGINS_MM[self.margins]

    @property
    def frame_mm(self) -> tuple[float, float]:
        """Width and height of the text area of a page, in millimetres."""
        return page_geometry.frame_mm(self.page_size, self.margins)
