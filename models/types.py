"""Constrained string types shared by the publication models.

Each type carries its own check, reported as an error kind of its own (``invalid_email``), which
:mod:`models.validation` words for the person typing.
"""

from __future__ import annotations

import re
import secrets
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from models import richtext

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$")
_ID = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

#: Where something is in a publication: field names and list indices from the root, as
#: pydantic reports them (``("blocks", 2, "title")``). Errors, edits, review anchors and
#: the editor's forms all address fields this way.
Loc = tuple[str | int, ...]


#: Characters no text of a publication may hold: C0 controls except tab and newline, DEL,
#: C1 controls, lone surrogates and Unicode's noncharacters (U+FDD0-U+FDEF and the last two
#: code points of every plane, U+FFFE/U+FFFF among them). Those of the other planes have an
#: expression of their own: in one character class they were tested one by one for every
#: character of every text (15 µs for a paragraph, where the rest takes 2).
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_OUTSIDE_THE_FIRST_PLANE = re.compile("[\U00010000-\U0010ffff]")
_UNWANTED_OUTSIDE_THE_FIRST_PLANE = re.compile(
    "["
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


def drop_control_characters(value: str) -> str:
    """``value`` without the characters of :data:`_UNWANTED` (and the other planes' noncharacters).

    They are dropped rather than refused: nobody types them on purpose (they arrive by pasting
    or from a damaged or hostile file), they are invisible, and refusing them would make a
    received file that holds one impossible to open at all. Dropping keeps that file
    openable, and no export (HTML, XML in the PDF) ever receives a raw NUL or ESC.
    """
    value = _UNWANTED.sub("", value)
    if value.isascii():
        return value
    if not _OUTSIDE_THE_FIRST_PLANE.search(value):
        return value
    return _UNWANTED_OUTSIDE_THE_FIRST_PLANE.sub("", value)


def _clean(value: object) -> object:
    """Input text without control characters and without surrounding white space."""
    return drop_control_characters(value).strip() if isinstance(value, str) else value


def _check_rich(value: str) -> str:
    try:
        richtext.check(value)
    except richtext.RichTextError as error:
        raise PydanticCustomError("bad_link", str(error), {"target": error.target}) from error
    return value


def _check_url(value: str) -> str:
    if not richtext.is_allowed_link(value) or value.lower().startswith("mailto:"):
        raise PydanticCustomError(
            "invalid_url", "enter a web address starting with http:// or https://"
        )
    return value


def _check_email(value: str) -> str:
    if not _EMAIL.match(value):
        raise PydanticCustomError(
            "invalid_email", "enter an e-mail address such as name@example.org"
        )
    return value


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise PydanticCustomError(
            "invalid_id",
            "an id starts with a lowercase letter and holds only a-z, 0-9 and '-' "
            "(at most 64 characters)",
        )
    return value


def _check_colour(value: str) -> str:
    if not _HEX_COLOUR.match(value):
        raise PydanticCustomError(
            "invalid_colour", "enter a colour as #RRGGBB, for example #00557F"
        )
    return value.upper()


#: Text that must not be empty once surrounding white space is removed.
Text = Annotated[str, BeforeValidator(_clean), StringConstraints(min_length=1)]
#: Optional free text; empty means "not given".
OptionalText = Annotated[str, BeforeValidator(_clean)]
#: Non-empty text in Podium's rich-text subset (see :mod:`models.richtext`).
RichText = Annotated[Text, AfterValidator(_check_rich)]
Url = Annotated[str, BeforeValidator(_clean), AfterValidator(_check_url)]
Email = Annotated[str, BeforeValidator(_clean), AfterValidator(_check_email)]
# Ids are not cleaned: their pattern already refuses every character but a-z, 0-9 and '-'.
Id = Annotated[str, AfterValidator(_check_id), Field(description="Stable identifier")]
Colour = Annotated[str, BeforeValidator(_clean), AfterValidator(_check_colour)]


def new_id(prefix: str) -> str:
    """A fresh stable id such as ``sec-3f9a1c2b``; random, so reordering never renames."""
    return f"{prefix}-{secrets.token_hex(4)}"
