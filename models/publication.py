"""The publication: Podium's single source of truth.

Every model is frozen and forbids unknown keys. An edit never mutates a model; it validates a
new one (``Model.model_validate``), so a document in memory is always a valid document.
Lists are tuples for the same reason (``publication.blocks.append`` would change a document
without validating it); they are still arrays in the JSON file and accepted as lists.
Things that are referenced or reordered (speakers, blocks) carry stable ids, so references
and review comments survive reordering.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from models.review import Review
from models.types import (
    Colour,
    Email,
    Id,
    OptionalText,
    RichText,
    Text,
    Url,
)

SCHEMA_VERSION = 2

Language = Literal["nl", "en"]
FontFamily = Literal["Source Serif Pro", "Source Sans Pro"]
PageSize = Literal["A4", "Letter"]
#: Page margins, as presets: see :data:`MARGINS_MM`.
Margins = Literal["narrow", "normal", "wide"]
#: "plain": the title at the top of the first page; "band": the title on a band of the
#: primary colour; "page": a cover page of its own (the band fills most of it).
CoverStyle = Literal["plain", "band", "page"]
#: Whether a video appears on the public web page: "show" it, show it without its access
#: note ("hide_access"), or leave it out ("omit"). The PDF always shows it in full.
PublicWeb = Literal["show", "hide_access", "omit"]

#: Page sizes in millimetres (width, height).
PAGE_SIZES_MM: dict[PageSize, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
}
#: Margins in millimetres (left and right, top, bottom); "normal" gives a 150 mm measure on A4.
MARGINS_MM: dict[Margins, tuple[float, float, float]] = {
    "narrow": (20.0, 20.0, 20.0),
    "normal": (30.0, 24.0, 22.0),
    "wide": (38.0, 28.0, 26.0),
}


class Model(BaseModel):
    """Base of every publication model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_max_length=1_000_000)


class Event(Model):
    """The event the publication reports on."""

    name: Text
    date: dt.date | None = None
    place: OptionalText = ""


class Image(Model):
    """A picture stored in the project's assets by content hash."""

    asset: Annotated[str, Field(pattern=r"^assets/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp)$")]
    alt: OptionalText = ""
    decorative: bool = False
    caption: OptionalText = ""
    credit: OptionalText = ""

    @model_validator(mode="after")
    def _alt_or_decorative(self) -> Image:
        if not self.alt and not self.decorative:
            raise _error(
                ("alt",),
                "missing_alt",
                "describe the image for readers who cannot see it, or mark it as decorative",
                self.alt,
            )
        return self


class Speaker(Model):
    """A person who presents; entered once and referred to by id."""

    id: Id
    name: Text
    honorific: OptionalText = Field("", description="e.g. 'dr.' or 'prof. dr.'")
    role: OptionalText = ""
    organisation: OptionalText = ""
    note: OptionalText = Field("", description="Short note, e.g. an author credit")
    portrait: Image | None = None

    @property
    def display_name(self) -> str:
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


class Section(Model):
    """A part of the programme, presented by one or more speakers."""

    kind: Literal["section"] = "section"
    id: Id
    title: Text
    speaker_ids: tuple[Id, ...] = ()
    takeaways: tuple[RichText, ...] = ()
    body: tuple[RichText, ...] = ()
    videos: tuple[VideoLink, ...] = ()
    images: tuple[Image, ...] = ()
    language: Language | None = None


class Quote(Model):
    """A participant's words, shown as a pull quote between sections."""

    kind: Literal["quote"] = "quote"
    id: Id
    text: RichText
    attribution: OptionalText = ""
    speaker_id: Id | None = None
    language: Language | None = None


Block = Annotated[Section | Quote, Field(discriminator="kind")]


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
        return PAGE_SIZES_MM[self.page_size]

    @property
    def margins_mm(self) -> tuple[float, float, float]:
        """Margins in millimetres: left and right, top, bottom."""
        return MARGINS_MM[self.margins]

    @property
    def frame_mm(self) -> tuple[float, float]:
        """Width and height of the text area of a page, in millimetres."""
        (width, height), (side, top, bottom) = self.page_mm, self.margins_mm
        return width - 2 * side, height - top - bottom


class Publication(Model):
    """A complete publication, as stored in ``publication.json``."""

    schema_version: int = SCHEMA_VERSION
    title: Text
    subtitle: OptionalText = ""
    publication_date: dt.date
    language: Language = "nl"
    publisher: OptionalText = ""
    event: Event | None = None
    intro: tuple[RichText, ...] = ()
    key_takeaways: KeyTakeaways = KeyTakeaways()
    blocks: tuple[Block, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    colophon: Colophon = Colophon()
    theme: Theme = Theme()
    review: Review = Review()

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id; ``KeyError`` if there is none."""
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        raise KeyError(speaker_id)

    def block(self, block_id: str) -> Section | Quote:
        """The block with this id; ``KeyError`` if there is none."""
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    @model_validator(mode="after")
    def _references(self) -> Publication:
        errors: list[InitErrorDetails] = []
        seen = Counter([s.id for s in self.speakers] + [b.id for b in self.blocks])
        for index, speaker in enumerate(self.speakers):
            if seen[speaker.id] > 1:
                errors.append(
                    _detail(
                        ("speakers", index, "id"),
                        "duplicate_id",
                        f"the id '{speaker.id}' is used more than once",
                        speaker.id,
                    )
                )
        speaker_ids = {s.id for s in self.speakers}
        for index, block in enumerate(self.blocks):
            if seen[block.id] > 1:
                errors.append(
                    _detail(
                        ("blocks", index, "id"),
                        "duplicate_id",
                        f"the id '{block.id}' is used more than once",
                        block.id,
                    )
                )
            refs: list[tuple[tuple[str | int, ...], str]] = []
            if isinstance(block, Section):
                refs = [(("speaker_ids", i), ref) for i, ref in enumerate(block.speaker_ids)]
            elif block.speaker_id is not None:
                refs = [(("speaker_id",), block.speaker_id)]
            for loc, ref in refs:
                if ref not in speaker_ids:
                    errors.append(
                        _detail(
                            ("blocks", index, *loc),
                            "unknown_speaker",
                            f"there is no speaker with the id '{ref}'",
                            ref,
                        )
                    )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self


def _detail(loc: tuple[str | int, ...], kind: str, message: str, value: Any) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value)


def _error(loc: tuple[str | int, ...], kind: str, message: str, value: Any) -> ValidationError:
    return ValidationError.from_exception_data("Image", [_detail(loc, kind, message, value)])
