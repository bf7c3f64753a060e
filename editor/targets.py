"""What the navigator can select and a form can edit: a kind and, for items, an id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TargetKind = Literal[
    "details", "intro", "speakers", "speaker", "blocks", "section", "quote", "colophon", "theme"
]


@dataclass(frozen=True, slots=True)
class Target:
    """A navigator entry. ``item_id`` names the speaker, section or quote, else ``None``."""

    kind: TargetKind
    item_id: str | None = None
