"""Upgrades of ``publication.json`` from older format versions to the current one.

Each step takes the JSON data of version N and returns that of version N + 1. A file is
migrated in memory when it is opened; it is written in the new format only when saved.
Keep a fixture of every old version in ``tests/models/fixtures/`` so each step stays tested.
"""

from __future__ import annotations

import hashlib
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


def _v2_to_v3(data: Data) -> Data:
    """Version 3 makes text structured (see :mod:`models.body`) and people have roles.

    - The intro and each section's body, lists of strings in v2, become paragraph blocks;
      a section's images become full-width figures after its last paragraph, exactly where
      v2 printed them. Each new block gets an id derived from its owner and place, so a file
      migrates the same way every time.
    - ``speaker_ids`` becomes ``people``, every one a "speaker"; the byline stays composed.
    - Speakers gain ``connector`` (null: the language's usual word, as v2 printed), images
      a caption ``language``, the colophon an empty ``note``.

    Values are written literally, as version 3 defines them (see :func:`_v1_to_v2`).
    Anything that is not the shape v2 wrote is passed on unchanged for validation to report.
    """
    out = dict(data)
    if isinstance(data.get("intro"), list):
        out["intro"] = _paragraphs_v3("intro", data["intro"])
    if isinstance(data.get("blocks"), list):
        out["blocks"] = [_block_v3(block) for block in data["blocks"]]
    if isinstance(data.get("speakers"), list):
        out["speakers"] = [_speaker_v3(speaker) for speaker in data["speakers"]]
    if isinstance(data.get("colophon"), dict):
        out["colophon"] = {**data["colophon"], "note": []}
    review = data.get("review")
    if isinstance(review, dict) and isinstance(review.get("comments"), list):
        out["review"] = {**review, "comments": [_comment_v3(c) for c in review["comments"]]}
    if isinstance(data.get("theme"), dict):
        theme = dict(data["theme"])
        for key in ("logo", "cover_image"):
            theme[key] = _image_v3(theme.get(key))
        out["theme"] = theme
    return out


def _block_id(owner: str, index: int, prefix: str) -> str:
    digest = hashlib.sha256(f"{owner}/{index}".encode()).hexdigest()[:8]
    return f"{prefix}-{digest}"


def _paragraphs_v3(owner: str, texts: list[Any]) -> list[Any]:
    return [
        {"kind": "paragraph", "id": _block_id(owner, i, "p"), "text": text, "language": None}
        if isinstance(text, str)
        else text
        for i, text in enumerate(texts)
    ]


def _image_v3(image: Any) -> Any:
    return {**image, "language": None} if isinstance(image, dict) else image


def _block_v3(block: Any) -> Any:
    if not isinstance(block, dict) or block.get("kind", "section") != "section":
        return block
    owner = str(block.get("id", ""))
    out = {k: v for k, v in block.items() if k not in ("speaker_ids", "body", "images")}
    if "speaker_ids" in block:
        ids = block["speaker_ids"]
        if isinstance(ids, list):
            ids = [{"speaker_id": ref, "role": "speaker"} for ref in ids]
        out["people"] = ids
    out["byline"] = "auto"
    out["byline_text"] = ""
    body = block.get("body", [])
    images = block.get("images", [])
    if isinstance(body, list) and isinstance(images, list):
        paragraphs = _paragraphs_v3(owner, body)
        figures = [
            {
                "kind": "figure",
                "id": _block_id(owner, len(body) + i, "fig"),
                "images": [_image_v3(image)],
                "size": "full",
            }
            for i, image in enumerate(images)
        ]
        out["body"] = paragraphs + figures
    else:  # not v2's shape: keep both for validation to name
        out["body"], out["images"] = body, images
    return out


#: Section fields of v2 that v3 renamed, for comments that name one.
_RENAMED_FIELDS_V3 = {"speaker_ids": "people", "images": "body"}


def _comment_v3(comment: Any) -> Any:
    anchor = comment.get("anchor") if isinstance(comment, dict) else None
    if not isinstance(anchor, dict) or anchor.get("kind") != "section":
        return comment
    field = anchor.get("field")
    if isinstance(field, str):
        field = _RENAMED_FIELDS_V3.get(field, field)
    return {**comment, "anchor": {**anchor, "field": field}}


def _speaker_v3(speaker: Any) -> Any:
    if not isinstance(speaker, dict):
        return speaker
    return {**speaker, "connector": None, "portrait": _image_v3(speaker.get("portrait"))}


#: ``STEPS[n]`` upgrades version ``n`` to ``n + 1``.
STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(data: Data) -> Data:
    """Bring ``data`` up to :data:`SCHEMA_VERSION`; data that is current is returned as is."""
    version = int(data.get("schema_version", SCHEMA_VERSION))
    while version < SCHEMA_VERSION:
        data = {**STEPS[version](data), "schema_version": version + 1}
        version += 1
    return data
