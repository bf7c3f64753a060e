"""Turn pydantic's validation errors into problems a user understands.

A :class:`Problem` keeps pydantic's ``loc`` (so the editor can jump to the field) and a
message in plain words (so the command line and the problem list can show it as is).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from models.body import MAX_FIGURE_IMAGES
from models.publication import Publication
from models.types import Loc

#: The tags of the discriminated unions (publication blocks, body blocks): pydantic puts them
#: in an error's location after the list index; users never see them.
_BLOCK_TAGS = frozenset({"section", "quote", "part", "paragraph", "list", "heading", "figure"})
#: Fields that hold a body (see :mod:`models.body`), for messages about its blocks.
_BODY_FIELDS = frozenset({"intro", "body", "note"})

_MESSAGES: Mapping[str, str] = {
    "missing": "this field is required",
    "string_too_short": "this field must not be empty",
    "string_too_long": "this text is too long",
    "too_short": "add at least one entry",
    "extra_forbidden": "unknown field (Podium does not know it)",
    "string_type": "this must be text",
    "string_unicode": "this text holds characters that are not valid Unicode",
    "int_type": "this must be a whole number",
    "int_parsing": "this must be a whole number",
    "bool_type": "this must be true or false",
    "bool_parsing": "this must be true or false",
    "list_type": "this must be a list",
    "tuple_type": "this must be a list",  # the models hold lists as tuples
    "model_type": "this must be an object with fields",
    "model_attributes_type": "this must be an object with fields",
    "dict_type": "this must be an object with fields",
    "date_type": "enter a date as YYYY-MM-DD",
    "date_parsing": "enter a date as YYYY-MM-DD",
    "date_from_datetime_parsing": "enter a date as YYYY-MM-DD",
    "date_from_datetime_inexact": "enter a date as YYYY-MM-DD, without a time",
    "string_pattern_mismatch": "this value has the wrong form",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document, where it is and what to do about it."""

    loc: Loc
    message: str

    @property
    def path(self) -> str:
        """The ``loc`` written out, e.g. ``blocks[2].title``, for messages."""
        return format_loc(self.loc)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.loc else self.message


def format_loc(loc: Sequence[str | int]) -> str:
    """``("blocks", 2, "title")`` → ``blocks[2].title``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _message(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "literal_error":
        return f"choose one of {ctx.get('expected', '')}"
    if kind == "union_tag_invalid":
        return (
            f"unknown block kind {ctx.get('tag')!r}: this version of Podium knows "
            f"{ctx.get('expected_tags')}"
        )
    if kind == "union_tag_not_found":
        return f"this block has no 'kind' ({_kinds_at(error['loc'])})"
    if (
        kind == "model_attributes_type"
        and len(error["loc"]) >= 2
        and error["loc"][-2] in _BODY_FIELDS
    ):
        return "a block of text is a string, or an object with a 'kind'"
    if kind == "too_long" and error["loc"][-2:] == ("figure", "images"):
        return f"a figure holds at most {MAX_FIGURE_IMAGES} images: start another figure"
    if kind == "too_long":
        return f"at most {ctx.get('max_length')} entries are allowed here"
    if kind == "string_type" and _is_sub_item(error):
        return "a sub-item is plain text: a list nests one level deep, not more"
    if kind in ("too_short", "string_too_short") and isinstance(error.get("input"), str):
        return "this field must not be empty"
    if kind == "string_pattern_mismatch" and error["loc"][-1:] == ("asset",):
        return "an image is stored as assets/<SHA-256 of its bytes>.<png|jpg|jpeg|gif|webp>"
    if kind == "string_too_long":
        return f"this text is too long (at most {ctx.get('max_length')} characters)"
    return _MESSAGES.get(kind, error["msg"])


def _kinds_at(loc: Sequence[str | int]) -> str:
    """The block kinds allowed where ``loc`` points (a body, a part or the publication)."""
    if len(loc) >= 2 and loc[-2] in _BODY_FIELDS:
        return "paragraph, list, heading or figure"
    if "part" in loc[:-1]:
        return "section or quote"
    return "section, quote or part"


def _is_sub_item(error: ErrorDetails) -> bool:
    """Whether ``error`` is about a list's sub-item given as more than text (a third level)."""
    loc = error["loc"]
    return len(loc) >= 4 and loc[-4] == "items" and loc[-2] == "items" and "list" in loc


def _loc(error: ErrorDetails) -> Loc:
    """The error's location as the model's fields: without the union tags pydantic adds.

    A tag ('section', 'paragraph') only ever follows a list index, so a field that happens to
    share a tag's name is never dropped.
    """
    loc = error["loc"]
    return tuple(
        part
        for index, part in enumerate(loc)
        if not (part in _BLOCK_TAGS and index and isinstance(loc[index - 1], int))
    )


def _counts_only_valid_items(error: ErrorDetails) -> bool:
    """Whether ``error`` is a tuple "too short" only because some of its items are invalid.

    pydantic checks a tuple's ``min_length`` on the items that validated, so one bad name in
    a credit would also read "add at least one entry"; the item's own error says it all.
    """
    given = error.get("input")
    needed = (error.get("ctx") or {}).get("min_length", 0)
    return error["type"] == "too_short" and isinstance(given, list | tuple) and len(given) >= needed


def problems_from_error(error: ValidationError) -> list[Problem]:
    """Every problem in ``error``, in document order, duplicates removed."""
    seen: dict[tuple[Loc, str], None] = {}
    for detail in error.errors(include_url=False):
        if not _counts_only_valid_items(detail):
            seen.setdefault((_loc(detail), _message(detail)), None)
    return [Problem(loc, message) for loc, message in seen]


def validate(data: Any) -> tuple[Publication | None, list[Problem]]:
    """Validate raw JSON data; returns the publication or the problems, never raises."""
    try:
        return Publication.model_validate(data), []
    except ValidationError as error:
        return None, problems_from_error(error)
