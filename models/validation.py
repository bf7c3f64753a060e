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

from models.publication import Publication
from models.types import Loc

_BLOCK_TAGS = frozenset({"section", "quote"})

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
        return "this block has no 'kind' (section or quote)"
    if kind in ("too_short", "string_too_short") and isinstance(error.get("input"), str):
        return "this field must not be empty"
    if kind == "string_pattern_mismatch" and error["loc"][-1:] == ("asset",):
        return "an image is stored as assets/<SHA-256 of its bytes>.<png|jpg|jpeg|gif|webp>"
    if kind == "string_too_long":
        return f"this text is too long (at most {ctx.get('max_length')} characters)"
    return _MESSAGES.get(kind, error["msg"])


def _loc(error: ErrorDetails) -> Loc:
    # A discriminated union adds the tag ('section') to the location; users never see it.
    return tuple(p for p in error["loc"] if p not in _BLOCK_TAGS)


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
