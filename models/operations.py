"""Structure edits on a publication: add, duplicate, delete and move parts, sections, quotes
and speakers, and the new entries of list fields.

Each operation is a pure function from a publication to a new, validated publication, so the
editor can push its result as one undo step and the tests need no Qt. Items are addressed by
their stable id, never by position, so an operation means the same thing after a reorder,
and a section is found the same way whether it stands on its own or inside a part.
New items get a fresh id (:func:`models.types.new_id`) and placeholder text in the
publication's language (:mod:`models.language`), because that text ends up in the exported
document. Every new item is made here: the structure actions call the ``add_*`` functions,
and the editor's list fields ask :func:`new_entry` (or :func:`new_block`) for the entry
they append.

Blocks live in two kinds of container: the publication's own list, and a part's list
(parts hold sections and quotes, never parts). A move within a container keeps the item's
level; :func:`move_block` is the one that crosses levels, and the only one that refuses
(a part inside a part).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from models import richtext
from models.body import ID_PREFIX, Body, texts
from models.language import DefaultText, Language, default_text
from models.message import message
from models.publication import Part, Publication, Quote, Section
from models.types import Loc, new_id

ListName = Literal["blocks", "speakers"]
#: The kinds of block a body holds that can be made from nothing (a figure needs pictures).
NewBlockKind = Literal["paragraph", "list", "heading"]

_PREFIX = {"part": "part", "section": "sec", "quote": "quote", "speaker": "spk"}
#: List fields whose new entry is one text, and the placeholder it starts with.
_TEXT_ENTRIES: dict[str, DefaultText] = {
    "takeaways": "point",
    "items": "point",
    "names": "name",
}
#: List fields that hold a body (:mod:`models.body`): a new entry is a paragraph block.
_BODY_ENTRIES = frozenset({"body", "intro", "note"})


class SpeakerInUseError(ValueError):
    """A speaker cannot be deleted while sections or quotes still name them."""

    def __init__(self, speaker_id: str, references: list[SpeakerReference]) -> None:
        self.speaker_id = speaker_id
        self.references = references
        where = ", ".join(ref.label for ref in references)
        super().__init__(
            message(
                "speaker '{speaker}' is still named in: {places}", speaker=speaker_id, places=where
            )
        )


@dataclass(frozen=True, slots=True)
class SpeakerReference:
    """One place that names a speaker: the block, its kind, a short label and the field."""

    block_id: str
    kind: Literal["section", "quote"]
    label: str
    loc: Loc


class NothingToAddError(ValueError):
    """A list has no sensible new entry (every speaker is already picked)."""


class CannotNestPartError(ValueError):
    """A part cannot go inside a part: a publication has three heading levels, no more."""


def new_publication(language: Language = "nl", today: dt.date | None = None) -> Publication:
    """An empty publication to start from: a placeholder title, dated today."""
    return Publication(
        title=default_text(language, "publication"),
        publication_date=today or dt.date.today(),
        language=language,
    )


# ---------------------------------------------------------------------------- labels


def block_label(block: Section | Quote | Part, limit: int = 48) -> str:
    """What a block is called in lists: a part's or section's title; for an untitled
    section the first words of its text, for a quote its first words (plain, no markup).

    An untitled section without any text has no label (``""``); the editor words that case.
    """
    if isinstance(block, Part):
        return block.title
    if isinstance(block, Section):
        return block.title or _first_words(block.body, limit)
    return _shorten(_plain(block.text), limit)


def is_untitled(block: Section | Quote | Part) -> bool:
    """Whether ``block`` is a section without a title (its label is borrowed from its text)."""
    return isinstance(block, Section) and not block.title


def _first_words(body: Body, limit: int) -> str:
    for text in texts(body):
        plain = _plain(text)
        if plain:
            return _shorten(plain, limit)
    return ""


def _plain(text: str) -> str:
    return " ".join("".join(span.text for span in richtext.parse_inline(text)).split())


def _shorten(plain: str, limit: int) -> str:
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------- finding blocks


def part_of(pub: Publication, block_id: str) -> str | None:
    """The id of the part that holds block ``block_id``; ``None`` at the top level.

    Raises:
        KeyError: there is no such block.
    """
    return _where(pub, block_id)[0]


def block_loc(pub: Publication, block_id: str) -> Loc:
    """Where block ``block_id`` is now: ``("blocks", 2)`` or ``("blocks", 2, "blocks", 0)``."""
    part_id, index = _where(pub, block_id)
    if part_id is None:
        return ("blocks", index)
    return ("blocks", _where(pub, part_id)[1], "blocks", index)


def parts(pub: Publication) -> list[Part]:
    """The publication's parts, in order."""
    return [block for block in pub.blocks if isinstance(block, Part)]


def _where(pub: Publication, block_id: str) -> tuple[str | None, int]:
    """(the id of the part holding ``block_id`` or ``None``, its index in that container)."""
    for index, block in enumerate(pub.blocks):
        if block.id == block_id:
            return None, index
        if isinstance(block, Part):
            for inner, item in enumerate(block.blocks):
                if item.id == block_id:
                    return block.id, inner
    raise KeyError(block_id)


def _items(pub: Publication, part_id: str | None) -> list[Any]:
    """The blocks of a container: the publication's (``None``) or part ``part_id``'s."""
    if part_id is None:
        return list(pub.blocks)
    part = pub.blocks[_where(pub, part_id)[1]]
    if not isinstance(part, Part):
        raise KeyError(part_id)
    return list(part.blocks)


def _with_items(pub: Publication, part_id: str | None, items: list[Any]) -> Publication:
    """``pub`` with the container's blocks replaced by ``items``."""
    return _with(pub, blocks=_replaced_items(pub, part_id, items))


def _replaced_items(pub: Publication, part_id: str | None, items: list[Any]) -> list[Any]:
    if part_id is None:
        return items
    blocks: list[Any] = list(pub.blocks)
    index = _where(pub, part_id)[1]
    blocks[index] = {**dict(blocks[index]), "blocks": items}
    return blocks


# ---------------------------------------------------------------------------- adding


def add_section(
    pub: Publication,
    after: str | None = None,
    *,
    into: str | None = None,
    item_id: str | None = None,
) -> Publication:
    """A new section with a placeholder title right after block ``after`` (in the same
    part, if ``after`` is in one), else at the end of part ``into``, else at the end."""
    data = {
        "kind": "section",
        "id": item_id or new_id(_PREFIX["section"]),
        "title": default_text(pub.language, "section"),
    }
    return _insert_block(pub, data, after, into)


def add_quote(
    pub: Publication,
    after: str | None = None,
    *,
    into: str | None = None,
    item_id: str | None = None,
) -> Publication:
    """A new quote with placeholder text and no attribution; placed as :func:`add_section`."""
    data = {
        "kind": "quote",
        "id": item_id or new_id(_PREFIX["quote"]),
        "text": default_text(pub.language, "quote"),
        "attribution": "",
    }
    return _insert_block(pub, data, after, into)


def add_part(
    pub: Publication, after: str | None = None, *, item_id: str | None = None
) -> Publication:
    """A new, empty part with a placeholder title after block ``after`` (or at the end).

    Parts stand at the top level: after a block inside a part, the new part follows that
    part.
    """
    data = {
        "kind": "part",
        "id": item_id or new_id(_PREFIX["part"]),
        "title": default_text(pub.language, "part"),
    }
    if after is not None:
        after = part_of(pub, after) or after
    return _insert_block(pub, data, after, None)


def add_speaker(
    pub: Publication, after: str | None = None, *, item_id: str | None = None
) -> Publication:
    """A new speaker with a placeholder name after speaker ``after`` (or at the end)."""
    speakers: list[Any] = list(pub.speakers)
    position = len(speakers) if after is None else _index(speakers, after) + 1
    speakers.insert(position, _new_speaker(pub.language, item_id))
    return _with(pub, speakers=speakers)


def _insert_block(
    pub: Publication, data: dict[str, Any], after: str | None, into: str | None
) -> Publication:
    if after is not None:
        part_id, index = _where(pub, after)
        position = index + 1
    else:
        part_id = into
        position = len(_items(pub, into))
    items = _items(pub, part_id)
    items.insert(position, data)
    return _with_items(pub, part_id, items)


def new_block(kind: NewBlockKind, language: Language, *, ordered: bool = False) -> dict[str, Any]:
    """A new, valid body block of ``kind`` with a fresh id and placeholder text in
    ``language``: a paragraph, a list of one item (``ordered``: numbered), or a sub-heading.

    A figure is made from the pictures it shows, so it is not made here.
    """
    block_id = new_id(ID_PREFIX[kind])
    match kind:
        case "paragraph":
            return {"kind": kind, "id": block_id, "text": default_text(language, "paragraph")}
        case "list":
            item = {"text": default_text(language, "point"), "items": []}
            return {"kind": kind, "id": block_id, "ordered": ordered, "items": [item]}
        case "heading":
            return {"kind": kind, "id": block_id, "text": default_text(language, "heading")}


def new_entry(field_name: str, pub: Publication, existing: Sequence[object]) -> object:
    """A valid new entry, as plain data, for the list field ``field_name`` of some part of
    ``pub``, whose current entries are ``existing``; text in the publication's language.

    A body (intro, section text, part intro, colophon note) gets a paragraph block; a
    section's people get the first speaker not among them yet, as a speaker.

    Raises:
        NothingToAddError: no entry would make sense (every speaker is already listed).
        KeyError: ``field_name`` is not a list field that takes new entries.
    """
    lang = pub.language
    if field_name in _TEXT_ENTRIES:
        return default_text(lang, _TEXT_ENTRIES[field_name])
    if field_name in _BODY_ENTRIES:
        return new_block("paragraph", lang)
    if field_name == "videos":
        return {"label": default_text(lang, "video")}
    if field_name == "credits":
        return {"role": default_text(lang, "role"), "names": [default_text(lang, "name")]}
    if field_name == "speakers":
        return _new_speaker(lang)
    if field_name == "people":
        named = {_speaker_id(person) for person in existing}
        unused = [s.id for s in pub.speakers if s.id not in named]
        if not unused:
            raise NothingToAddError(message("every speaker is already listed"))
        return {"speaker_id": unused[0], "role": "speaker"}
    raise KeyError(field_name)


def _speaker_id(person: object) -> object:
    """The speaker id of a person entry as a form holds it (a dict, a model or a bare id)."""
    if isinstance(person, dict):
        return person.get("speaker_id")
    return getattr(person, "speaker_id", person)


def _new_speaker(language: Language, item_id: str | None = None) -> dict[str, str]:
    return {"id": item_id or new_id(_PREFIX["speaker"]), "name": default_text(language, "speaker")}


# ---------------------------------------------------------------------------- duplicate, delete


def duplicate(
    pub: Publication, list_name: ListName, item_id: str, *, new_item_id: str | None = None
) -> Publication:
    """A copy of a block or speaker right after the original, in the same container.

    The copy and everything in it that has an id (a part's sections and quotes, the blocks
    of every body) get fresh ids, since ids are unique across the publication.
    """
    if list_name == "speakers":
        speakers: list[Any] = list(pub.speakers)
        index = _index(speakers, item_id)
        copy = {**dict(speakers[index]), "id": new_item_id or new_id(_PREFIX["speaker"])}
        speakers.insert(index + 1, copy)
        return _with(pub, speakers=speakers)
    part_id, index = _where(pub, item_id)
    items = _items(pub, part_id)
    items.insert(index + 1, _fresh_copy(items[index], new_item_id))
    return _with_items(pub, part_id, items)


def _fresh_copy(block: Section | Quote | Part, new_item_id: str | None = None) -> dict[str, Any]:
    data = block.model_dump()
    data["id"] = new_item_id or new_id(_PREFIX[block.kind])
    for body_field in ("body", "intro"):
        if body_field in data:
            data[body_field] = [_fresh_body_block(item) for item in data[body_field]]
    if isinstance(block, Part):
        data["blocks"] = [_fresh_copy(item) for item in block.blocks]
    return data


def _fresh_body_block(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "id": new_id(ID_PREFIX[data["kind"]])}


def delete_block(pub: Publication, block_id: str) -> Publication:
    """The publication without the section, quote or part ``block_id`` (a part with all it
    holds; see :func:`dissolve_part` to keep its contents)."""
    part_id, index = _where(pub, block_id)
    items = _items(pub, part_id)
    del items[index]
    return _with_items(pub, part_id, items)


def dissolve_part(pub: Publication, part_id: str) -> Publication:
    """The publication without part ``part_id``, its contents standing where it stood.

    Nothing is lost: an intro the part had becomes an untitled section in front of its
    contents, so the text still reads in the same place.
    """
    where, index = _where(pub, part_id)
    part = pub.blocks[index]
    if where is not None or not isinstance(part, Part):
        raise KeyError(part_id)
    contents: list[Any] = list(part.blocks)
    if part.intro:
        intro = {"kind": "section", "id": new_id(_PREFIX["section"]), "body": part.intro}
        contents.insert(0, {**intro, "language": part.language})
    blocks: list[Any] = list(pub.blocks)
    blocks[index : index + 1] = contents
    return _with(pub, blocks=blocks)


# ---------------------------------------------------------------------------- speakers


def speaker_references(pub: Publication, speaker_id: str) -> list[SpeakerReference]:
    """Every section and quote that names ``speaker_id``, in document order, parts included."""
    found: list[SpeakerReference] = []
    for loc, block in pub.iter_blocks():
        if isinstance(block, Section):
            for index, person in enumerate(block.people):
                if person.speaker_id == speaker_id:
                    where: Loc = (*loc, "people", index, "speaker_id")
                    found.append(SpeakerReference(block.id, "section", block_label(block), where))
        elif isinstance(block, Quote) and block.speaker_id == speaker_id:
            where = (*loc, "speaker_id")
            found.append(SpeakerReference(block.id, "quote", block_label(block), where))
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
    speakers: list[Any] = list(pub.speakers)
    del speakers[_index(speakers, speaker_id)]
    blocks: list[Any] = []
    for block in pub.blocks:
        if isinstance(block, Part):
            inner = [_without_speaker(item, speaker_id) for item in block.blocks]
            blocks.append({**dict(block), "blocks": inner})
        else:
            blocks.append(_without_speaker(block, speaker_id))
    return _with(pub, speakers=speakers, blocks=blocks)


def _without_speaker(block: Section | Quote, speaker_id: str) -> Any:
    if isinstance(block, Section) and speaker_id in block.speaker_ids:
        kept = [person for person in block.people if person.speaker_id != speaker_id]
        return {**dict(block), "people": kept}
    if isinstance(block, Quote) and block.speaker_id == speaker_id:
        return {**dict(block), "speaker_id": None}
    return block


# ---------------------------------------------------------------------------- moving


def move_by(pub: Publication, list_name: ListName, item_id: str, delta: int) -> Publication:
    """Move an item ``delta`` places up (negative) or down within its list (a block within
    its part, or among the top-level blocks), stopping at either end."""
    ids = _sibling_ids(pub, list_name, item_id)
    index = ids.index(item_id)
    # Rows count as before the move: going down lands before the item past the target.
    past = int(delta > 0)  # pragma: no mutate (at delta 0 rows index and index+1 both stay)
    return move_to(pub, list_name, item_id, index + delta + past)


def move_to(pub: Publication, list_name: ListName, item_id: str, row: int) -> Publication:
    """Move an item within its list so that it lands before the item now at ``row``
    (drag-and-drop rows).

    ``row`` counts positions in the list as it is before the move, like Qt's ``moveRows``;
    ``len(list)`` means "to the end". Out-of-range rows are clamped.
    """
    if list_name == "speakers":
        speakers: list[Any] = list(pub.speakers)
        speakers = _moved(speakers, _index(speakers, item_id), row)
        return _with(pub, speakers=speakers)
    return move_block(pub, item_id, part_of(pub, item_id), row)


def move_block(pub: Publication, block_id: str, part_id: str | None, row: int) -> Publication:
    """Move block ``block_id`` into part ``part_id`` (``None``: the top level), before the
    block now at ``row`` there; rows count as before the move, like :func:`move_to`.

    Raises:
        CannotNestPartError: ``block_id`` is a part and ``part_id`` is not ``None``.
        KeyError: there is no such block or part.
    """
    source, index = _where(pub, block_id)
    if part_id is not None and isinstance(pub.block(block_id), Part):
        raise CannotNestPartError(message("a part cannot hold a part"))
    if part_id is not None and not isinstance(pub.block(part_id), Part):
        raise KeyError(part_id)
    if source == part_id:
        return _with_items(pub, part_id, _moved(_items(pub, part_id), index, row))
    items = _items(pub, source)
    block = items.pop(index)
    blocks = _replaced_items(pub, source, items)
    # The source is taken out first; the destination is found again in what is left.
    middle = Publication.model_validate({**dict(pub), "blocks": blocks})
    target = _items(middle, part_id)
    target.insert(max(0, min(row, len(target))), block)
    return _with_items(middle, part_id, target)


def move_into_part(
    pub: Publication, block_id: str, part_id: str, row: int | None = None
) -> Publication:
    """Move a section or quote into part ``part_id``, at ``row`` (default: its end)."""
    end = len(_items(pub, part_id)) if row is None else row
    return move_block(pub, block_id, part_id, end)


def move_out_of_part(pub: Publication, block_id: str) -> Publication:
    """Move a section or quote out of its part to the top level, right after the part.

    Raises:
        KeyError: there is no such block, or it is not in a part.
    """
    part_id = part_of(pub, block_id)
    if part_id is None:
        raise KeyError(block_id)
    return move_block(pub, block_id, None, _where(pub, part_id)[1] + 1)


def can_move(pub: Publication, list_name: ListName, item_id: str, delta: int) -> bool:
    """Whether :func:`move_by` would change anything."""
    try:
        ids = _sibling_ids(pub, list_name, item_id)
    except KeyError:
        return False
    return 0 <= ids.index(item_id) + delta < len(ids)


def _sibling_ids(pub: Publication, list_name: ListName, item_id: str) -> list[str]:
    """The ids of the list ``item_id`` is in (its part's blocks, for a block in a part)."""
    if list_name == "speakers":
        ids = [speaker.id for speaker in pub.speakers]
        if item_id not in ids:
            raise KeyError(item_id)
        return ids
    return [item.id for item in _items(pub, part_of(pub, item_id))]


def _moved(items: list[Any], index: int, row: int) -> list[Any]:
    row = max(0, min(row, len(items)))
    item = items.pop(index)
    items.insert(row - 1 if row > index else row, item)
    return items


# ---------------------------------------------------------------------------- helpers


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
