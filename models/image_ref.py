"""A reference to a picture in the project's assets, with what readers are told about it.

Used by figures in a body, speakers' portraits, and the theme's logo and cover image.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from models.base import Model
from models.language import Language
from models.types import OptionalText


class Image(Model):
    """A picture stored in the project's assets by content hash.

    An image without alternative text that is not marked decorative is a draft: the model
    takes it (a picture is added first and described next, and a file saved in between must
    open again), and the preflight reports it as an error, which blocks a final export. The
    editor starts a new picture's description empty rather than with the file's name, which
    would read as a description and pass.

    ``language`` is the language of the caption when it differs from the text around it.
    """

    asset: Annotated[str, Field(pattern=r"^assets/[0-9a-f]{64}\.(png|jpg|jpeg|gif|webp)$")]
    alt: OptionalText = ""
    decorative: bool = False
    caption: OptionalText = ""
    credit: OptionalText = ""
    language: Language | None = None

    @property
    def needs_alt(self) -> bool:
        """Whether readers who cannot see the picture are told nothing yet (a draft)."""
        return not self.decorative and not self.alt.strip()
