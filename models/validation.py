"""Turn pydantic's validation errors into problems a user understands.

A :class:`Problem` keeps pydantic's ``loc`` (so the editor can jump to the field), names
the place as a user sees it (:mod:`models.labels`) and says what is wrong as a message key
with parameters: the command line prints the English, the editor words the same key through
its translator. pydantic's own messages ("String should have at most …") never reach a user.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from models.body import MAX_FIGURE_IMAGES
from models.labels import NOWHERE, Params, Place, compose, excerpt, field_words, place_of
from models.message import Translate
from models.publication import Publication
from models.types import Loc

#: The tags of the discriminated unions (publication blocks, body blocks): pydantic puts them
#: in an error's location after the list index; users never see them.
_BLOCK_TAGS = frozenset({"section", "quote", "part", "paragraph", "list", "heading", "figure"})
#: Fields that hold a body (see :mod:`models.body`), for messages about its blocks.
_BODY_FIELDS = frozenset({"intro", "body", "note"})

#: Every problem validation reports, by kind, in English (``{field}``: the field's name,
#: ``{value}``: an excerpt of what was typed). The editor words each kind through its
#: translator (``editor/problem_text.py``); the ones a form can cause come first.
MESSAGES: Mapping[str, str] = {
    # What a form can cause: an empty or too long text, a malformed address, colour or
    # link, a picture without description, a byline left empty, an id used twice.
    "empty": "{field} must not be empty",
    "empty_text": "the text must not be empty",
    "too_long_text": "{field} is too long (at most {max} characters)",
    "too_long_here": "the text is too long (at most {max} characters)",
    "too_few": "add at least one entry",
    "too_many": "at most {max} entries are allowed here",
    "figure_too_many": "a figure holds at most {max} images: start another figure",
    "invalid_email": "{field} ‘{value}’ is not valid: enter an address such as name@example.org",
    "invalid_url": "{field} ‘{value}’ is not valid: enter a web address starting with "
    "http:// or https://",
    "invalid_colour": "{field} ‘{value}’ is not a colour: enter it as #RRGGBB, for example #00557F",
    "invalid_id": "the id ‘{value}’ is not valid: an id starts with a lowercase letter and "
    "holds only a-z, 0-9 and '-' (at most 64 characters)",
    "invalid_date": "{field} is not a valid date: enter it as YYYY-MM-DD",
    "date_with_time": "{field} is not a valid date: enter it as YYYY-MM-DD, without a time",
    "too_small": "{field} must be at least {limit}",
    "too_large": "{field} must be at most {limit}",
    "bad_link": "link target ‘{target}’ is not allowed: use an http://, https:// or mailto: "
    "address",
    "missing_alt": "describe the image for readers who cannot see it, or mark it as decorative",
    "missing_byline": "type the byline, or let Podium compose it from the people",
    "duplicate_id": "the id ‘{value}’ is used more than once",
    "unknown_speaker": "there is no speaker with the id ‘{value}’",
    "choose_one": "choose one of {expected}",
    # What only a damaged or hand-written file holds.
    "missing": "{field} is required",
    "missing_text": "the text is required",
    "unknown_field": "unknown field (Podium does not know it)",
    "not_text": "this must be text",
    "not_unicode": "this text holds characters that are not valid Unicode",
    "not_whole_number": "this must be a whole number",
    "not_true_false": "this must be true or false",
    "not_list": "this must be a list",
    "not_object": "this must be an object with fields",
    "wrong_form": "this value has the wrong form",
    "unknown_block_kind": "unknown block kind ‘{value}’: this version of Podium knows {expected}",
    "no_block_kind": "this block has no 'kind' ({expected})",
    "body_block_type": "a block of text is a string, or an object with a 'kind'",
    "sub_item_type": "a sub-item is plain text: a list nests one level deep, not more",
    "asset_name": "an image is stored as assets/<SHA-256 of its bytes>.<png|jpg|jpeg|gif|webp>",
}

#: pydantic's error types that need no more than a kind of their own.
_KINDS: Mapping[str, str] = {
    "missing": "missing",
    "string_too_short": "empty",
    "too_short": "too_few",
    "extra_forbidden": "unknown_field",
    "string_type": "not_text",
    "string_unicode": "not_unicode",
    "int_type": "not_whole_number",
    "int_parsing": "not_whole_number",
    "int_from_float": "not_whole_number",
    "bool_type": "not_true_false",
    "bool_parsing": "not_true_false",
    "list_type": "not_list",
    "tuple_type": "not_list",  # the models hold lists as tuples
    "model_type": "not_object",
    "model_attributes_type": "not_object",
    "dict_type": "not_object",
    "date_type": "invalid_date",
    "date_parsing": "invalid_date",
    "date_from_datetime_parsing": "invalid_date",
    "date_future": "invalid_date",
    "date_past": "invalid_date",
    "date_from_datetime_inexact": "date_with_time",
    "string_pattern_mismatch": "wrong_form",
    "invalid_email": "invalid_email",
    "invalid_url": "invalid_url",
    "invalid_colour": "invalid_colour",
    "invalid_id": "invalid_id",
    "bad_link": "bad_link",
    "missing_alt": "missing_alt",
    "missing_byline": "missing_byline",
    "duplicate_id": "duplicate_id",
    "unknown_speaker": "unknown_speaker",
}
#: The kinds worded for a named field, and their wording for text that is not one.
_UNNAMED: Mapping[str, str] = {
    "empty": "empty_text",
    "too_long_text": "too_long_here",
    "missing": "missing_text",
}
#: pydantic's range errors, with the context entry that holds the limit.
_RANGES: Mapping[str, tuple[str, str]] = {
    "greater_than_equal": ("too_small", "ge"),
    "greater_than": ("too_small", "gt"),
    "less_than_equal": ("too_large", "le"),
    "less_than": ("too_large", "lt"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (``loc`` for the code, ``place`` for people)
    and what (``kind``, a key of :data:`MESSAGES`, with its ``params``).

    ``fallback`` is the English text of a problem without a kind of its own (pydantic's or
    a model's message): shown as it is.
    """

    loc: Loc
    kind: str
    params: Params = field(default_factory=dict, hash=False)
    place: Place = NOWHERE
    fallback: str = ""

    @property
    def path(self) -> str:
        """The ``loc`` written out, e.g. ``blocks[2].title``, for logs and tests."""
        return format_loc(self.loc)

    @property
    def template(self) -> str:
        """The English message with its ``{placeholders}``."""
        return MESSAGES.get(self.kind) or self.fallback.replace("{", "{{").replace("}", "}}")

    @property
    def message(self) -> str:
        """The problem in English with where it is: "Colophon: e-mail ‘x@’ is not valid: …"."""
        return compose(self.template, self.params, str(self.place), field_words(self.place.field))

    @property
    def detail(self) -> str:
        """The problem in English without where it is, for a message next to its field."""
        words = field_words(self.place.field)
        return compose(self.template, self.params, "", words, located=False)

    def __str__(self) -> str:
        return self.message

    def worded(self, translate: Translate) -> str:
        """The problem, with where it is, in the language of ``translate`` (a field of a
        message such as "the publication is not valid: {problem}")."""
        from models.problem_wording import issue_text  # it words problems, so imports us

        return issue_text(self, translate)


def format_loc(loc: Sequence[str | int]) -> str:
    """``("blocks", 2, "title")`` → ``blocks[2].title``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _kind(error: ErrorDetails) -> tuple[str, dict[str, str | int]]:
    """The problem's kind and parameters (``""`` when only pydantic's message says it)."""
    kind = error["type"]
    loc = error["loc"]
    # pydantic-core gives each of its error types the context entries read below (it will
    # not even make an error without them), so they are read without a fallback.
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    given = error.get("input")
    value = {"value": excerpt(given)} if isinstance(given, str) else {}
    if kind == "literal_error":
        return "choose_one", {"expected": str(ctx["expected"])}
    if kind == "union_tag_invalid":
        return "unknown_block_kind", {
            "value": excerpt(str(ctx.get("tag"))),
            "expected": str(ctx.get("expected_tags")),
        }
    if kind == "union_tag_not_found":
        return "no_block_kind", {"expected": _kinds_at(loc)}
    if kind == "model_attributes_type" and len(loc) >= 2 and loc[-2] in _BODY_FIELDS:
        return "body_block_type", {}
    if kind == "too_long" and loc[-2:] == ("figure", "images"):
        return "figure_too_many", {"max": MAX_FIGURE_IMAGES}
    if kind in ("too_long", "string_too_long") and isinstance(given, str):
        return "too_long_text", {"max": int(ctx["max_length"])}
    if kind == "too_long":
        return "too_many", {"max": int(ctx["max_length"])}
    if kind == "string_type" and _is_sub_item(error):
        return "sub_item_type", {}
    if kind in ("too_short", "string_too_short") and isinstance(given, str):
        return "empty", {}
    if kind == "string_pattern_mismatch" and loc[-1:] == ("asset",):
        return "asset_name", {}
    if kind in _RANGES:
        name, limit = _RANGES[kind]
        return name, {"limit": str(ctx[limit])}
    if kind in _KINDS:
        return _KINDS[kind], {**value, **{k: v for k, v in ctx.items() if k == "target"}}
    return "", {}


def _kinds_at(loc: Sequence[str | int]) -> str:
    """The block kinds allowed where ``loc`` points (a body, a part or the publication)."""
    if len(loc) >= 2 and loc[-2] in _BODY_FIELDS:
        return "paragraph, list, heading or figure"
    if "part" in loc:  # the block's own place ends in its index, never in a tag
        return "section or quote"
    return "section, quote or part"


def _is_sub_item(error: ErrorDetails) -> bool:
    """Whether ``error`` is about a list's sub-item given as more than text (a third level)."""
    loc = error["loc"]
    return len(loc) >= 4 and loc[-4] == "items" and loc[-2] == "items" and "list" in loc


def error_loc(error: ErrorDetails) -> Loc:
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
    if error["type"] != "too_short":
        return False
    given = error.get("input")
    return isinstance(given, list | tuple) and len(given) >= error["ctx"]["min_length"]


def problems_from_error(
    error: ValidationError, root: Publication | Mapping[str, object] | None = None
) -> list[Problem]:
    """Every problem in ``error``, in document order, duplicates removed.

    ``root`` is what was validated (or the publication an edit was made to): it names the
    places ("Quote 2 (‘Professionals zijn …’)"); without it they are named by number only.
    """
    found: list[Problem] = []
    for detail in error.errors():
        if _counts_only_valid_items(detail):
            continue
        loc = error_loc(detail)
        kind, params = _kind(detail)
        place = place_of(root, loc)
        if not place.field:  # a list entry or a paragraph: the text itself, not a field
            kind = _UNNAMED.get(kind, kind)
        fallback = "" if kind else detail["msg"]
        found.append(Problem(loc, kind, params, place, fallback))
    return list(dict.fromkeys(found))


def validate(data: Any) -> tuple[Publication | None, list[Problem]]:
    """Validate raw JSON data; returns the publication or the problems, never raises."""
    try:
        return Publication.model_validate(data), []
    except ValidationError as error:
        # Data that is no mapping fails as a whole (at no place), so it names no place.
        root = data if isinstance(data, Mapping) else None  # pragma: no mutate
        return None, problems_from_error(error, root)
