"""Structure edits on a publication: add, duplicate, delete and move sections, quotes, speakers.

Each operation is a pure function from a publication to a new, validated publication, so the
editor can push its result as one undo step and the tests need no Qt. Items are addressed by
their stable id, never by position, so an operation means the same thing after a reorder.
New items get a fresh id (:func:`models.types.new_id`) and placeholder text in the
publication's language (:mod:`models.language`), because that text ends up in the exported
document. Every new item is made here: the structure actions call the ``add_*`` functions,
and the editor's list fields ask :func:`new_entry` for the entry they append.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from models import richtext
from models.language import DefaultText, Language, default_text
from models.publication import Publication
from models.types import Loc, new_id

ListName = Literal["blocks", "speakers"]

_PREFIX = {"section": "sec", "quote": "quote", "speaker": "spk"}
#: List fields whose new entry is one text, and the placeholder it starts with.
_TEXT_ENTRIES: dict[str, DefaultText] = {
    "takeaways": "point",
    "items": "point",
    "body": "paragraph",
    "intro": "paragraph",
    "names": "name",
}


class SpeakerInUseError(ValueError):
    """A speaker cannot be deleted while sections or quotes still name them."""

    def __init__(self, speaker_id: str, references: list[SpeakerReference]) -> None:
        self.speaker_id = speaker_id
        self.references = references
        where = ", ".join(ref.label for ref in references)
        super().__init__(f"speaker '{speaker_id}' is still named in: {where}")


@dataclass(frozen=True, slots=True)
class SpeakerReference:
    """One place that names a speaker: the block, its kind, a short label and the field."""

    block_id: str
    kind: Literal["section", "quote"]
    label: str
    loc: Loc


class NothingToAddError(ValueError):
    """A list has no sensible new entry (every speaker is already picked)."""


def new_publication(language: Language = "nl", today: dt.date | None = None) -> Publication:
    """An empty publication to start from: a placeholder title, dated today."""
    return Publication(
        title=default_text(language, "publication"),
        publication_date=today or dt.date.today(),
        language=language,
    )


def block_label(block: Any, limit: int = 48) -> str:
    """A section's title, or the first words of a quote as plain text (no markup)."""
    if block.kind == "section":
        return str(block.title)
    plain = " ".join("".join(span.text for span in richtext.parse_inline(block.text)).split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def add_section(
    pub: Publication, after: str | None = None, *, item_id: str | None = None
) -> Publication:
    """A new, empty section after block ``after`` (or at the end)."""
    data = {
        "kind": "section",
        "id": item_id or new_id(_PREFIX["section"]),
        "title": default_text(pub.language, "section"),
    }
    return _insert(pub, "blocks", data, after)


def add_quote(
    pub: Publication, after: str | None = None, *, item_id: str | None = None
) -> Publication:
    """A new quote with placeholder text and no attribution after block ``after``."""
    data = {
        "kind": "quote",
        "id": item_id or new_id(_PREFIX["quote"]),
        "text": default_text(pub.language, "quote"),
        "attribution": "",
    }
    return _insert(pub, "blocks", data, after)


def add_speaker(
    pub: Publication, after: str | None = None, *, item_id: str | None = None
) -> Publication:
    """A new speaker with a placeholder name after speaker ``after`` (or at the end)."""
    return _insert(pub, "speakers", _new_speaker(pub.language, item_id), after)


def new_entry(field_name: str, pub: Publication, existing: Sequence[object]) -> object:
    """A valid new entry, as plain data, for the list field ``field_name`` of some part of
    ``pub``, whose current entries are ``existing``; text in the publication's language.

    Raises:
        NothingToAddError: no entry would make sense (every speaker is already listed).
        KeyError: ``field_name`` is not a list field that takes new entries.
    """
    lang = pub.language
    if field_name in _TEXT_ENTRIES:
        return default_text(lang, _TEXT_ENTRIES[field_name])
    if field_name == "videos":
        return {"label": default_text(lang, "video")}
    if field_name == "credits":
        return {"role": default_text(lang, "role"), "names": [default_text(lang, "name")]}
    if field_name == "speakers":
        return _new_speaker(lang)
    if field_name == "speaker_ids":
        unused = [s.id for s in pub.speakers if s.id not in existing]
        if not unused:
            raise NothingToAddError("every speaker is already listed")
        return unused[0]
    raise KeyError(field_name)


def _new_speaker(language: Language, item_id: str | None = None) -> dict[str, str]:
    return {"id": item_id or new_id(_PREFIX["speaker"]), "name": default_text(language, "speaker")}


def duplicate(
    pub: Publication, list_name: ListName, item_id: str, *, new_item_id: str | None = None
) -> Publication:
    """A copy of a block or speaker, with a fresh id, right after the original."""
    items: list[Any] = list(getattr(pub, list_name))
    index = _index(items, item_id)
    copy = dict(items[index])
    prefix = _PREFIX.get(str(copy.get("kind", "speaker")), "item")
    copy["id"] = new_item_id or new_id(prefix)
    items.insert(index + 1, copy)
    return _with(pub, **{list_name: items})


def delete_block(pub: Publication, block_id: str) -> Publication:
    """The publication without the section or quote ``block_id``."""
    blocks = list(pub.blocks)
    del blocks[_index(blocks, block_id)]
    return _with(pub, blocks=blocks)


def speaker_references(pub: Publication, speaker_id: str) -> list[SpeakerReference]:
    """Every section and quote that names ``speaker_id``, in document order."""
    found: list[SpeakerReference] = []
    for index, block in enumerate(pub.blocks):
        if block.kind == "section":
            for ref_index, ref in enumerate(block.speaker_ids):
                if ref == speaker_id:
                    loc: Loc = ("blocks", index, "speaker_ids", ref_index)
                    found.append(SpeakerReference(block.id, "section", block_label(block), loc))
        elif block.speaker_id == speaker_id:
            loc = ("blocks", index, "speaker_id")
            found.append(SpeakerReference(block.id, "quote", block_label(block), loc))
    return found


def delete_speaker(
    pub: Publication, speaker_id: str, remove_references: bool = False
) -> Publication:
    """The publication without the speaker; references are removed too, or refused.

    Raises:
        SpeakerInUseError: the speaker is still named and ``remove_references`` is false.
    """
    references = speaker_references(pub, speaker_id)
    if references and not remove_references:
        raise SpeakerInUseError(speaker_id, references)
    speakers = list(pub.speakers)
    del speakers[_index(speakers, speaker_id)]
    blocks: list[Any] = []
    for block in pub.blocks:
        if block.kind == "section" and speaker_id in block.speaker_ids:
            kept = [ref for ref in block.speaker_ids if ref != speaker_id]
            blocks.append({**dict(block), "speaker_ids": kept})
        elif block.kind == "quote" and block.speaker_id == speaker_id:
            blocks.append({**dict(block), "speaker_id": None})
        else:
            blocks.append(block)
    return _with(pub, speakers=speakers, blocks=blocks)


def move_by(pub: Publication, list_name: ListName, item_id: str, delta: int) -> Publication:
    """Move an item ``delta`` places up (negative) or down, stopping at either end."""
    ids = [item.id for item in getattr(pub, list_name)]
    if item_id not in ids:
        raise KeyError(item_id)
    index = ids.index(item_id)
    return move_to(pub, list_name, item_id, index + delta + (1 if delta > 0 else 0))


def move_to(pub: Publication, list_name: ListName, item_id: str, row: int) -> Publication:
    """Move an item so that it lands before the item now at ``row`` (drag-and-drop rows).

    ``row`` counts positions in the list as it is before the move, like Qt's ``moveRows``;
    ``len(list)`` means "to the end". Out-of-range rows are clamped.
    """
    items: list[Any] = list(getattr(pub, list_name))
    index = _index(items, item_id)
    row = max(0, min(row, len(items)))
    item = items.pop(index)
    items.insert(row - 1 if row > index else row, item)
    return _with(pub, **{list_name: items})


def can_move(pub: Publication, list_name: ListName, item_id: str, delta: int) -> bool:
    """Whether :func:`move_by` would change anything."""
    ids = [item.id for item in getattr(pub, list_name)]
    if item_id not in ids:
        return False
    return 0 <= ids.index(item_id) + delta < len(ids)


def _insert(
    pub: Publication, list_name: ListName, item: dict[str, Any], after: str | None
) -> Publication:
    items: list[Any] = list(getattr(pub, list_name))
    position = len(items) if after is None else _index(items, after) + 1
    items.insert(position, item)
    return _with(pub, **{list_name: items})


def _with(pub: Publication, **changes: Any) -> Publication:
    """A validated copy of ``pub`` with ``changes`` (``model_copy`` would not validate).

    The untouched items stay the same valid, immutable instances; validation takes them as
    they are and checks the whole (unique ids, speaker references) again.
    """
    return Publication.model_validate({**dict(pub), **changes})


def _index(items: Sequence[Any], item_id: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise KeyError(item_id)
