"""The publication: Podium's single source of truth.

Every model is frozen and forbids unknown keys. An edit never mutates a model; it validates a
new one (``Model.model_validate``), so a document in memory is always a valid document.
Lists are tuples for the same reason (``publication.blocks.append`` would change a document
without validating it); they are still arrays in the JSON file and accepted as lists.
Things that are referenced or reordered (speakers, blocks) carry stable ids, so references
and review comments survive reordering.

The parts (:mod:`models.parts`) and the review state (:mod:`models.review`) are defined in
their own modules and imported here, so this module is the one to import them from.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Annotated

from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails

from models.base import Model, error_detail
from models.body import BODY_DESCRIPTION, Body, BodyBlock, ListBlock, Paragraph, Subheading
from models.body import Figure as FigureBlock
from models.image_ref import Image
from models.language import Language
from models.page_geometry import Margins, PageSize
from models.parts import (
    Block,
    Colophon,
    CoverStyle,
    Credit,
    Event,
    FontFamily,
    Item,
    KeyTakeaways,
    Part,
    Person,
    PublicWeb,
    Quote,
    Section,
    Speaker,
    Theme,
    VideoLink,
)
from models.review import Review
from models.types import Loc, OptionalText, Text

#: A word the spelling check accepts in this publication: one word, no spaces.
DictionaryWord = Annotated[Text, Field(max_length=100, pattern=r"^\S+$")]

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Body",
    "BodyBlock",
    "Colophon",
    "CoverStyle",
    "Credit",
    "Event",
    "FigureBlock",
    "FontFamily",
    "Image",
    "Item",
    "KeyTakeaways",
    "Language",
    "ListBlock",
    "Margins",
    "Model",
    "PageSize",
    "Paragraph",
    "Part",
    "Person",
    "PublicWeb",
    "Publication",
    "Quote",
    "Section",
    "Speaker",
    "Subheading",
    "Theme",
    "VideoLink",
]

SCHEMA_VERSION = 3


class Publication(Model):
    """A complete publication, as stored in ``publication.json``."""

    schema_version: int = SCHEMA_VERSION
    title: Text
    subtitle: OptionalText = ""
    publication_date: dt.date
    language: Language = "nl"
    publisher: OptionalText = ""
    event: Event | None = None
    intro: Body = Field((), description=BODY_DESCRIPTION)
    key_takeaways: KeyTakeaways = KeyTakeaways()
    blocks: tuple[Block, ...] = Field(
        (), description="sections, quotes and parts (which hold sections and quotes), in order"
    )
    speakers: tuple[Speaker, ...] = ()
    colophon: Colophon = Colophon()
    theme: Theme = Theme()
    review: Review = Review()
    dictionary: tuple[DictionaryWord, ...] = Field(
        (),
        description=(
            "words the spelling check accepts in this publication ('add to dictionary'), one "
            "word each without spaces; the speakers' names and the publisher it knows already"
        ),
    )

    @model_serializer(mode="wrap")
    def _without_an_empty_dictionary(
        self, handler: SerializerFunctionWrapHandler
    ) -> dict[str, object]:
        """Leave ``dictionary`` out while it is empty: files without added words stay as
        they were before the field existed (and read back the same)."""
        data: dict[str, object] = handler(self)
        if not self.dictionary:
            data.pop("dictionary", None)
        return data

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id; ``KeyError`` if there is none."""
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        raise KeyError(speaker_id)

    def block(self, block_id: str) -> Section | Quote | Part:
        """The section, quote or part with this id, inside parts too; ``KeyError`` if none."""
        for _, block in self.iter_blocks(parts=True):
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def iter_blocks(self, *, parts: bool = False) -> Iterator[tuple[Loc, Section | Quote | Part]]:
        """Sections and quotes in reading order with their place, those inside parts included.

        With ``parts`` the parts themselves come too, each before its contents.
        """
        for index, block in enumerate(self.blocks):
            if isinstance(block, Part):
                if parts:
                    yield ("blocks", index), block
                for inner, item in enumerate(block.blocks):
                    yield ("blocks", index, "blocks", inner), item
            else:
                yield ("blocks", index), block

    def iter_bodies(self) -> Iterator[tuple[Loc, Body]]:
        """Every body of the publication with its place: intro, part intros, section bodies,
        colophon note, in reading order."""
        yield ("intro",), self.intro
        for loc, block in self.iter_blocks(parts=True):
            if isinstance(block, Part):
                yield (*loc, "intro"), block.intro
            elif isinstance(block, Section):
                yield (*loc, "body"), block.body
        yield ("colophon", "note"), self.colophon.note

    @model_validator(mode="after")
    def _references(self) -> Publication:
        errors: list[InitErrorDetails] = []
        owners: list[tuple[Loc, str]] = [
            (("speakers", index, "id"), speaker.id) for index, speaker in enumerate(self.speakers)
        ]
        owners += [((*loc, "id"), block.id) for loc, block in self.iter_blocks(parts=True)]
        for loc, body in self.iter_bodies():
            owners += [((*loc, index, "id"), block.id) for index, block in enumerate(body)]
        seen = Counter(item_id for _, item_id in owners)
        for loc, item_id in owners:
            if seen[item_id] > 1:
                errors.append(
                    error_detail(
                        loc,
                        "duplicate_id",
                        f"the id '{item_id}' is used more than once",
                        item_id,
                    )
                )
        speaker_ids = {s.id for s in self.speakers}
        for block_loc, block in self.iter_blocks():
            refs: list[tuple[Loc, str]] = []
            if isinstance(block, Section):
                refs = [
                    (("people", i, "speaker_id"), person.speaker_id)
                    for i, person in enumerate(block.people)
                ]
            elif isinstance(block, Quote) and block.speaker_id is not None:
                refs = [(("speaker_id",), block.speaker_id)]
            for loc, ref in refs:
                if ref not in speaker_ids:
                    errors.append(
                        error_detail(
                            (*block_loc, *loc),
                            "unknown_speaker",
                            f"there is no speaker with the id '{ref}'",
                            ref,
                        )
                    )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self
