"""A reference to a picture in the project's assets, with what readers are told about it.

Used by figures in a body, speakers' portraits, and the theme's logo and cover image.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from models.base import Model, validation_error
from models.language import Language
from models.types import OptionalText


class Image(Model):
    """A picture stored in the project's assets by content hash.

    ``language`` is the language of the caption when it differs from the text around it.
    """

    asset: Annotated[str, Field(pattern=r"^assets/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp)$")]
    alt: OptionalText = ""
    decorative: bool = False
    caption: OptionalText = ""
    credit: OptionalText = ""
    language: Language | None = None

    @model_validator(mode="after")
    def _alt_or_decorative(self) -> Image:
        if not self.alt and not self.decorative:
            raise validation_error(
                "Image",
                ("alt",),
                "missing_alt",
                "describe the image for readers who cannot see it, or mark it as decorative",
                self.alt,
            )
        return self
