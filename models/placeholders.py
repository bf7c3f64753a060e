"""Placeholder text: what a template says where the real text belongs.

A placeholder is text between single angle quotation marks, ``‹Naam van de spreker›``. The
marks are rare in real Dutch or English prose (Dutch quotes with ‘…’ and “…”), easy to see,
and survive every field type that holds text, so one convention serves a title, a speaker's
name, a quote and an image's alternative text alike. :func:`find` walks every text field of
a publication (the review's comments aside: they are not printed) and reports each field
that still holds one, so preflight can stop a template from going out half filled in
(where a finding is, in words, is :mod:`models.labels`' job, as for every finding).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from models.publication import Publication
from models.types import Loc

#: One placeholder: ‹…› around at least one character, on one line.
PLACEHOLDER = re.compile(r"‹[^‹›\n]+›")
OPEN = "‹"

#: Fields that are not printed text, so a placeholder there is no placeholder.
_SKIPPED = frozenset({"review", "id", "asset", "speaker_id"})


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A field still holding placeholder text: where it is and its first placeholder."""

    loc: Loc
    text: str


def placeholders_in(text: str) -> list[str]:
    """Every placeholder in ``text``, in order (``[]`` for text without one)."""
    # A shortcut (most texts hold no ‹): findall would find none in them either, so
    # "or True" in the condition is a mutant no test can tell apart.
    return PLACEHOLDER.findall(text) if OPEN in text else []  # pragma: no mutate (shortcut)


def find(publication: Publication) -> list[Placeholder]:
    """Every field of ``publication`` that still holds placeholder text, in document order."""
    found = []
    for loc, text in _texts(publication, ()):
        hits = placeholders_in(text)
        if hits:
            found.append(Placeholder(loc, hits[0]))
    return found


def _texts(node: object, loc: Loc) -> Iterator[tuple[Loc, str]]:
    """Every string below ``node`` with its loc, in field order."""
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name not in _SKIPPED:
                yield from _texts(getattr(node, name), (*loc, name))
    elif isinstance(node, tuple):
        for index, item in enumerate(node):
            yield from _texts(item, (*loc, index))
