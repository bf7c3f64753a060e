"""Apply one user edit to a publication, validating the whole result.

The editor never mutates a model and never uses ``model_copy(update=...)`` for user input
(it skips validation). It names the field by its ``loc`` — the same path pydantic uses in
its errors — so an error for the edit comes back addressed to the field that was edited.
"""

from __future__ import annotations

from typing import Any

from models.publication import Publication

Loc = tuple[str | int, ...]


def get_at(publication: Publication, loc: Loc) -> Any:
    """The value at ``loc``, e.g. ``("blocks", 2, "title")``."""
    node: Any = publication
    for part in loc:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def replace_at(publication: Publication, loc: Loc, value: Any) -> Publication:
    """A new publication with ``value`` at ``loc``; raises ``ValidationError`` if invalid.

    ``value`` may be a model or plain data; either way the result is validated from the
    root, so cross-references (speaker ids, unique ids) are checked as well.
    """
    if not loc:
        return Publication.model_validate(_plain(value))
    data = publication.model_dump()
    node: Any = data
    for part in loc[:-1]:
        node = node[part]
    last = loc[-1]
    fits = isinstance(node, list) and isinstance(last, int)
    fits = fits or (isinstance(node, dict) and isinstance(last, str))
    if not fits:
        raise KeyError(loc)
    node[last] = _plain(value)
    return Publication.model_validate(data)


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
