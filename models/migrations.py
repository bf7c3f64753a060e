"""Upgrades of ``publication.json`` from older format versions to the current one.

Each step takes the JSON data of version N and returns that of version N + 1. A file is
migrated in memory when it is opened; it is written in the new format only when saved.
Keep a fixture of every old version in ``tests/models/fixtures/`` so each step stays tested.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.publication import SCHEMA_VERSION

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    """Version 2 adds review state (comments, approval), theme margins, cover style, logo
    and cover image, and whether a video is shown on the public web.

    The values a v1 file gets are written out literally, as version 2 defined them, so this
    step keeps its meaning when the models' defaults change in a later version.
    """
    empty: Data = {"status": "draft", "approved": None, "history": [], "comments": []}
    theme_v2 = {"margins": "normal", "cover_style": "plain", "logo": None, "cover_image": None}
    out = {**data, "review": data.get("review", empty)}
    if isinstance(data.get("theme"), dict):
        out["theme"] = {**theme_v2, **data["theme"]}
    if isinstance(data.get("blocks"), list):
        out["blocks"] = [_videos_v2(block) for block in data["blocks"]]
    return out


def _videos_v2(block: Any) -> Any:
    if not isinstance(block, dict) or not isinstance(block.get("videos"), list):
        return block
    videos = [
        {**v, "public_web": v.get("public_web", "show")} if isinstance(v, dict) else v
        for v in block["videos"]
    ]
    return {**block, "videos": videos}


#: ``STEPS[n]`` upgrades version ``n`` to ``n + 1``.
STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}


def migrate(data: Data) -> Data:
    """Bring ``data`` up to :data:`SCHEMA_VERSION`; data that is current is returned as is."""
    version = int(data.get("schema_version", SCHEMA_VERSION))
    while version < SCHEMA_VERSION:
        data = {**STEPS[version](data), "schema_version": version + 1}
        version += 1
    return data
