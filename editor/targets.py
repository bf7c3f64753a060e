"""What the navigator can select and a form can edit: a kind and, for items, an id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from models.types import Loc

TargetKind = Literal[
    "details",
    "intro",
    "speakers",
    "speaker",
    "blocks",
    "part",
    "section",
    "quote",
    "colophon",
    "theme",
]


@dataclass(frozen=True, slots=True)
class Target:
    """A navigator entry. ``item_id`` names the speaker, part, section or quote, else ``None``.

    A section or quote is the same target whether it stands alone or inside a part: ids
    are unique across the publication, so the id alone finds it.
    """

    kind: TargetKind
    item_id: str | None = None


#: The navigator's selected entry (``None`` when nothing, or no document, is shown).
CurrentTarget = Callable[[], Target | None]

#: Select an entry in the navigator (its form appears) and focus the field at a ``loc``.
SelectTarget = Callable[[Target, Loc | None], None]
