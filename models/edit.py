"""Apply one user edit to a publication, validating the whole result.

The editor never mutates a model and never uses ``model_copy(update=...)`` for user input
(it skips validation). It names the field by its ``loc`` — the same path pydantic uses in
its errors — so an error for the edit comes back addressed to the field that was edited.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from models.publication import Publication
from models.types import Loc


def get_at(publication: Publication, loc: Loc) -> Any:
    """The value at ``loc``, e.g. ``("blocks", 2, "title")``."""
    node: Any = publication
    for part in loc:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def replace_at(publication: Publication, loc: Loc, value: Any) -> Publication:
    """A new publication with ``value`` at ``loc``; raises ``ValidationError`` if invalid.

    ``value`` may be a model or plain data; either way the result is validated from the
    root, so cross-references (speaker ids, unique ids) are checked as well. Only the models
    on the way to ``loc`` are rebuilt: the others are valid, immutable instances, which
    validation takes as they are, so the new publication shares them with the old one and an
    edit costs little however long the publication is.
    """
    if not loc:
        return Publication.model_validate(_plain(value))
    return Publication.model_validate(_replaced(publication, loc, 0, _plain(value)))


def _replaced(node: Any, loc: Loc, depth: int, value: Any) -> Any:
    """``node`` as a fresh dict (a model) or list (a tuple) with ``value`` at ``loc[depth:]``."""
    part = loc[depth]
    data: Any
    if isinstance(node, BaseModel) and isinstance(part, str):
        data = dict(node)  # an unknown last name stays in, so validation reports it
    elif isinstance(node, tuple | list) and isinstance(part, int):
        data = list(node)
    else:
        raise KeyError(loc)
    if depth + 1 == len(loc):
        data[part] = value
    else:
        data[part] = _replaced(data[part], loc, depth + 1, value)
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
