"""What the navigator can select and a form can edit: a kind and, for items, an id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from models.types import Loc

TargetKind = Literal[
    "details", "intro", "speakers", "speaker", "blocks", "section", "quote", "colophon", "theme"
]


@dataclass(frozen=True, slots=True)
class Target:
    """A navigator entry. ``item_id`` names the speaker, section or quote, else ``None``."""

    kind: TargetKind
    item_id: str | None = None


#: The navigator's selected entry (``None`` when nothing, or no document, is shown).
CurrentTarget = Callable[[], Target | None]

#: Select an entry in the navigator (its form appears) and focus the field at a ``loc``.
SelectTarget = Callable[[Target, Loc | None], None]
