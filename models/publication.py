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

from pydantic import ValidationError, model_validator
from pydantic_core import InitErrorDetails

from models.base import Model, error_detail
from models.language import Language
from models.page_geometry import Margins, PageSize
from models.parts import (
    Block,
    Colophon,
    CoverStyle,
    Credit,
    Event,
    FontFamily,
    Image,
    KeyTakeaways,
    PublicWeb,
    Quote,
    Section,
    Speaker,
    Theme,
    VideoLink,
)
from models.review import Review
from models.types import Loc, OptionalText, RichText, Text

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Colophon",
    "CoverStyle",
    "Credit",
    "Event",
    "FontFamily",
    "Image",
    "KeyTakeaways",
    "Language",
    "Margins",
    "Model",
    "PageSize",
    "PublicWeb",
    "Publication",
    "Quote",
    "Section",
    "Speaker",
    "Theme",
    "VideoLink",
]

SCHEMA_VERSION = 2


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
                    error_detail(
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
                    error_detail(
                        ("blocks", index, "id"),
                        "duplicate_id",
                        f"the id '{block.id}' is used more than once",
                        block.id,
                    )
                )
            refs: list[tuple[Loc, str]] = []
            if isinstance(block, Section):
                refs = [(("speaker_ids", i), ref) for i, ref in enumerate(block.speaker_ids)]
            elif block.speaker_id is not None:
                refs = [(("speaker_id",), block.speaker_id)]
            for loc, ref in refs:
                if ref not in speaker_ids:
                    errors.append(
                        error_detail(
                            ("blocks", index, *loc),
                            "unknown_speaker",
                            f"there is no speaker with the id '{ref}'",
                            ref,
                        )
                    )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self
