"""What changed between two versions of a publication, by meaning rather than by line.

Items are matched by their stable ids, so a section that was moved is reported as *moved*,
not as removed and added, and an edit to its title as a change of that one field. A
different id is a different item: removed plus added. Review state (comments, approval) is
not content and is left out.

The items are the speakers, the parts, sections and quotes (inside parts too), and the
blocks of every body of text (paragraphs, lists, sub-headings, figures; see
:mod:`models.body`). An item below the top level says where it is (:class:`Within`): a
section in a part, a paragraph in a section's body. A body block that moved from one
section to another is *moved*, like a section that moved into a part. An edit inside a
body block is a change of its owner's body at the block's place, e.g. ``body[2].text`` of a
section, so a reader sees which paragraph changed where. Lists are compared item by item:
an inserted item is one change, not a change of every item after it.

:func:`diff` returns a list of :class:`Change` values; :func:`format_text` prints them for the
command line, and the editor's compare view renders the same list as HTML. Word-level
differences come from :func:`word_diff` (``difflib.SequenceMatcher`` on word tokens).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from models import richtext
from models.body import Body, BodyBlock, Figure, ListBlock, ListItem
from models.message import Message, message
from models.operations import block_label
from models.publication import Part, Publication, Quote, Section

ItemKind = Literal["part", "section", "quote", "speaker", "paragraph", "list", "heading", "figure"]
PartKind = Literal["details", "intro", "part", "section", "quote", "speaker", "colophon", "theme"]
Path = tuple[str | int, ...]

#: Root fields shown by the "Publication details" and "Introduction" parts.
DETAILS_FIELDS = ("title", "subtitle", "publication_date", "language", "publisher", "event")
INTRO_FIELDS = ("key_takeaways",)  # the intro's text is a body: its blocks are items
#: Items whose fields are reported as their own; body blocks report under their owner.
_OWN_KIND: dict[ItemKind, PartKind] = {
    "part": "part",
    "section": "section",
    "quote": "quote",
    "speaker": "speaker",
}
#: Keys that identify rather than describe; never reported as changed.
_IDENTITY = frozenset({"id", "kind"})
#: Fields that hold items (compared one by one), not values.
_NESTED = frozenset({"body", "intro", "blocks", "note"})
_LABEL_LIMIT = 48

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")  # words, runs of space, single marks


@dataclass(frozen=True, slots=True)
class Within:
    """Where an item below the top level is: which part of the publication holds it, and in
    which field (``"blocks"`` of a part; ``"intro"``, ``"body"`` or ``"note"`` for text)."""

    kind: PartKind
    item_id: str | None
    label: str
    field: str

    @property
    def place(self) -> tuple[str, str | None, str]:
        """The list itself, whatever its owner is called in either version."""
        return self.kind, self.item_id, self.field


@dataclass(frozen=True, slots=True)
class Added:
    """An item that only the new version has; ``index`` is its position there (from 0), in
    ``within`` (``None``: the publication's own list of speakers or blocks)."""

    kind: ItemKind
    item_id: str
    label: str
    index: int
    within: Within | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """An item that only the old version has; ``index`` is its position there (from 0)."""

    kind: ItemKind
    item_id: str
    label: str
    index: int
    within: Within | None = None


@dataclass(frozen=True, slots=True)
class Moved:
    """An item both versions have, in another place relative to the items around it.

    Positions count from 0 in each version's list that holds the item. An item only counts
    as moved when its order among the items both versions share changed, or when another
    part or body holds it now: inserting a section at the top does not make every later
    section "moved".
    """

    kind: ItemKind
    item_id: str
    label: str
    old_index: int
    new_index: int
    old_within: Within | None = None
    new_within: Within | None = None


@dataclass(frozen=True, slots=True)
class FieldChanged:
    """One field of a part changed; values are text as a reader sees them.

    ``path`` is relative to the part, like a pydantic ``loc`` (indices from 0), e.g.
    ``("title",)``, ``("event", "name")`` or ``("videos", 1, "url")``. A list of texts
    (takeaways, people) is one field whose value has one line per entry. A change inside a
    body block is a change of the body's owner at the block's place in the new version:
    ``("body", 2, "text")``, ``("body", 0, "items", 3, "text")`` (a list item, whose
    sub-items are ``("body", 0, "items", 3, "items")``, one line each). A list item that only
    one version has is ``("body", 0, "items", 3)`` with the other side empty; a removed item
    is counted in the old list.
    """

    kind: PartKind
    item_id: str | None
    label: str
    path: Path
    old: str
    new: str

    @property
    def field(self) -> str:
        """The name of the part's field that holds the change (the first step of ``path``)."""
        return str(self.path[0])

    @property
    def words(self) -> list[WordOp]:
        """The word-level difference between ``old`` and ``new``."""
        return word_diff(self.old, self.new)


Change = Added | Removed | Moved | FieldChanged


@dataclass(frozen=True, slots=True)
class WordOp:
    """A run of text that is the same in both versions, only in the old, or only in the new."""

    op: Literal["equal", "delete", "insert"]
    text: str


# ---------------------------------------------------------------------------- diffing

#: The runs of items, in the order the editor's navigator shows them.
_Segment = Literal["intro", "speakers", "blocks", "note"]


@dataclass(frozen=True, slots=True)
class _Item:
    """A matchable item of one version: what it is, where, and its fields as reader text."""

    kind: ItemKind
    item_id: str
    label: str
    index: int
    within: Within | None
    segment: _Segment
    fields: dict[Path, str]
    items: tuple[ListItem, ...] = ()  # a list's items, compared one by one

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.item_id

    @property
    def container(self) -> tuple[object, ...]:
        """The list that holds the item: the same one in both versions, or it moved."""
        if self.within is None:
            return (self.segment,)
        return (self.within.kind, self.within.item_id, self.within.field)


def diff(old: Publication, new: Publication) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order the editor's navigator shows parts.

    An empty list means the two have the same content (review state is not compared).
    """
    old_data = old.model_dump(mode="json")
    new_data = new.model_dump(mode="json")
    items = _Matcher(_items(old), _items(new))
    changes: list[Change] = _fields(
        "details", _pick(old_data, DETAILS_FIELDS), _pick(new_data, DETAILS_FIELDS)
    )
    changes += items.changes("intro")
    changes += _fields("intro", _pick(old_data, INTRO_FIELDS), _pick(new_data, INTRO_FIELDS))
    changes += items.changes("speakers")
    changes += items.changes("blocks")
    changes += _fields(
        "colophon", _without_note(old_data["colophon"]), _without_note(new_data["colophon"])
    )
    changes += items.changes("note")
    changes += _fields("theme", old_data["theme"], new_data["theme"])
    return changes


def _without_note(colophon: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in colophon.items() if key != "note"}


# -- collecting the items of one version


def _items(pub: Publication) -> list[_Item]:
    """Every matchable item of ``pub`` in the navigator's order."""
    names = {speaker.id: speaker.display_name for speaker in pub.speakers}
    out = _body(pub.intro, Within("intro", None, "", "intro"), "intro")
    for index, speaker in enumerate(pub.speakers):
        data = speaker.model_dump(mode="json")  # pragma: no mutate (str/bool/None: any mode)
        data["connector"] = _connector(speaker.connector)
        out.append(
            _Item(
                "speaker", speaker.id, speaker.display_name, index, None, "speakers", _flatten(data)
            )
        )
    for index, block in enumerate(pub.blocks):
        out += _block(block, index, None, names)
        if isinstance(block, Part):
            holder = Within("part", block.id, block.title, "blocks")
            for inner, item in enumerate(block.blocks):
                out += _block(item, inner, holder, names)
    out += _body(pub.colophon.note, Within("colophon", None, "", "note"), "note")
    return out


def _block(
    block: Part | Section | Quote, index: int, within: Within | None, names: dict[str, str]
) -> list[_Item]:
    """A part, section or quote, followed by the blocks of its text."""
    label = block_label(block)
    data = {k: v for k, v in block.model_dump(mode="json").items() if k not in _NESTED}
    if isinstance(block, Section):
        data["people"] = [_person(p.speaker_id, p.role, names) for p in block.people]
    if isinstance(data.get("speaker_id"), str):
        data["speaker_id"] = names.get(data["speaker_id"], data["speaker_id"])
    out = [_Item(block.kind, block.id, label, index, within, "blocks", _flatten(data))]
    if isinstance(block, Part):
        out += _body(block.intro, Within("part", block.id, label, "intro"), "blocks")
    elif isinstance(block, Section):
        out += _body(block.body, Within("section", block.id, label, "body"), "blocks")
    return out


def _body(body: Body, within: Within, segment: _Segment) -> list[_Item]:
    out = []
    for index, block in enumerate(body):
        data = block.model_dump(mode="json")
        items: tuple[ListItem, ...] = ()
        if isinstance(block, ListBlock):
            items = block.items
            del data["items"]
        out.append(
            _Item(
                block.kind,
                block.id,
                body_label(block),
                index,
                within,
                segment,
                _flatten(data),
                items,
            )
        )
    return out


def _person(speaker_id: str, role: str, names: dict[str, str]) -> str:
    """A section's person as a reader compares them: by name, with the role unless speaker."""
    name = names.get(speaker_id, speaker_id)
    return name if role == "speaker" else f"{name} ({role})"


def _connector(connector: str | None) -> str:
    """A speaker's connector in words; "" (a comma) and None (the usual word) must differ."""
    if connector is None:
        return "(the language's usual word)"
    return connector or "(a comma)"


def body_label(block: BodyBlock, limit: int = _LABEL_LIMIT) -> str:
    """What a body block is called in a list of changes: its first words (plain text), a
    list's first item, a figure's first caption or description."""
    match block:
        case ListBlock():
            text = block.items[0].text
        case Figure():
            first = block.images[0]
            text = next((i.caption for i in block.images if i.caption), first.alt)
        case _:
            text = block.text
    plain = " ".join(richtext.plain_text(text).split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


# -- matching the items of both versions


class _Matcher:
    """Both versions' items, matched by (kind, id); reports each run of items in turn."""

    def __init__(self, old: list[_Item], new: list[_Item]) -> None:
        self.old = old
        self.new = new
        self.old_at = {item.key: item for item in old}
        self.new_at = {item.key: item for item in new}
        self.in_place = self._in_place()

    def _in_place(self) -> set[tuple[str, str]]:
        """Items that kept their list and their order among the items both lists share."""
        old_runs: dict[tuple[object, ...], list[tuple[str, str]]] = defaultdict(list)
        new_runs: dict[tuple[object, ...], list[tuple[str, str]]] = defaultdict(list)
        for items, runs in ((self.old, old_runs), (self.new, new_runs)):
            for item in items:
                if self._stays(item):
                    runs[item.container].append(item.key)
        kept: set[tuple[str, str]] = set()
        for container, new_run in new_runs.items():
            old_run = old_runs[container]
            # Keys are unique in a run, so none is ever "popular": autojunk changes nothing.
            matcher = difflib.SequenceMatcher(
                None,
                old_run,
                new_run,
                autojunk=False,  # pragma: no mutate
            )
            for block in matcher.get_matching_blocks():
                kept.update(new_run[block.b : block.b + block.size])
        return kept

    def _stays(self, item: _Item) -> bool:
        """Whether both versions have ``item`` in the same list."""
        old, new = self.old_at.get(item.key), self.new_at.get(item.key)
        return old is not None and new is not None and old.container == new.container

    def _owner_only_in(self, item: _Item, version: dict[tuple[str, str], _Item]) -> bool:
        """Whether ``item``'s owner (a part or section) is missing from ``version``: the
        item then came or went with its owner, which is reported instead."""
        within = item.within
        if within is None or within.item_id is None:
            return False  # the publication's own lists, the intro and the colophon always exist
        return (within.kind, within.item_id) not in version

    def changes(self, segment: _Segment) -> list[Change]:
        """Removed items of ``segment`` first, then added, moved and changed in new order.

        The contents of an added or removed part or section come and go with it: only
        what moved in or out of it is reported on its own.
        """
        changes: list[Change] = [
            Removed(item.kind, item.item_id, item.label, item.index, item.within)
            for item in self.old
            if item.segment == segment
            and item.key not in self.new_at
            and not self._owner_only_in(item, self.new_at)
        ]
        for item in self.new:
            if item.segment != segment:
                continue
            before = self.old_at.get(item.key)
            if before is None:
                if not self._owner_only_in(item, self.old_at):
                    changes.append(
                        Added(item.kind, item.item_id, item.label, item.index, item.within)
                    )
                continue
            replaced = self._owner_only_in(before, self.new_at) and self._owner_only_in(
                item, self.old_at
            )  # its owner got another id: it stayed where it was
            if item.key not in self.in_place and not replaced:
                changes.append(
                    Moved(
                        item.kind,
                        item.item_id,
                        item.label,
                        before.index,
                        item.index,
                        before.within,
                        item.within,
                    )
                )
            changes += _item_fields(before, item)
        return changes


def _item_fields(old: _Item, new: _Item) -> list[Change]:
    """The field changes of an item both versions have."""
    if new.kind in _OWN_KIND:
        kind = _OWN_KIND[new.kind]
        return _compare(kind, new.item_id, new.label, (), old.fields, new.fields)
    owner = new.within
    assert owner is not None  # a body block always has an owner
    prefix: Path = (owner.field, new.index)
    changes = _compare(owner.kind, owner.item_id, owner.label, prefix, old.fields, new.fields)
    changes += _list_items(owner, (*prefix, "items"), old.items, new.items)
    return changes


def _list_items(
    owner: Within, prefix: Path, old: Sequence[ListItem], new: Sequence[ListItem]
) -> list[Change]:
    """A list's items compared one by one, aligned so an insertion changes one item only."""
    changes: list[Change] = []

    def change(path: Path, before: str, after: str) -> None:
        if before != after:
            changes.append(
                FieldChanged(owner.kind, owner.item_id, owner.label, path, before, after)
            )

    # Over 200 items difflib's autojunk would stop matching an item that recurs (more than
    # 1 % of them): a long list of equal items would then be paired off item by item.
    matcher = difflib.SequenceMatcher(
        None,
        old,
        new,
        autojunk=False,  # pragma: no mutate (the mutant None is falsy too; True: tested)
    )
    # An "equal" run pairs equal items, which change() passes over: no need to skip it.
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        for offset in range(pairs):
            before, after = old[i1 + offset], new[j1 + offset]
            change((*prefix, j1 + offset, "text"), before.text, after.text)
            change((*prefix, j1 + offset, "items"), "\n".join(before.items), "\n".join(after.items))
        for index in range(i1 + pairs, i2):
            change((*prefix, index), _item_text(old[index]), "")
        for index in range(j1 + pairs, j2):
            change((*prefix, index), "", _item_text(new[index]))
    return changes


def _item_text(item: ListItem) -> str:
    """A list item as one text: its own line, then a line per sub-item."""
    return "\n".join((item.text, *(f"– {sub}" for sub in item.items)))


def _fields(kind: PartKind, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changed fields of a part that has neither id nor label (details, colophon...)."""
    return _compare(kind, None, "", (), _flatten(old), _flatten(new))


def _compare(
    kind: PartKind,
    item_id: str | None,
    label: str,
    prefix: Path,
    old: dict[Path, str],
    new: dict[Path, str],
) -> list[Change]:
    paths = list(old) + [path for path in new if path not in old]
    return [
        FieldChanged(kind, item_id, label, (*prefix, *path), old.get(path, ""), new.get(path, ""))
        for path in paths
        if old.get(path, "") != new.get(path, "")
    ]


def _flatten(value: Any, path: Path = ()) -> dict[Path, str]:
    """Leaf texts by path; a list of plain values is one leaf with a line per entry."""
    flat: dict[Path, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in _IDENTITY:
                flat.update(_flatten(item, (*path, key)))
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for index, item in enumerate(value):
            flat.update(_flatten(item, (*path, index)))
    elif isinstance(value, list):
        flat[path] = "\n".join(_text(item) for item in value)
    else:
        flat[path] = _text(value)
    return flat


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _pick(data: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {name: data[name] for name in names}


def word_diff(old: str, new: str) -> list[WordOp]:
    """``old`` → ``new`` as runs of equal, deleted and inserted text, compared word by word."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[WordOp] = []
    # Over 200 tokens difflib's autojunk would stop matching the spaces (the most frequent).
    matcher = difflib.SequenceMatcher(
        None,
        a,
        b,
        autojunk=False,  # pragma: no mutate (the mutant None is falsy too; True: tested)
    )
    # difflib puts one "replace", "delete" or "insert" between two equal runs, never two:
    # so no two runs in a row have the same op, and none needs joining to the one before.
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(WordOp("delete", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(WordOp("insert", "".join(b[j1:j2])))
    return ops


# ---------------------------------------------------------------------------- text output

#: What each kind of part or item is called (messages: the command line translates them).
_PART_NAMES: dict[str, Message] = {
    "details": message("Publication details"),
    "intro": message("Introduction"),
    "part": message("Part"),
    "section": message("Section"),
    "quote": message("Quote"),
    "speaker": message("Speaker"),
    "colophon": message("Colophon"),
    "theme": message("Theme"),
    "paragraph": message("Paragraph"),
    "list": message("List"),
    "heading": message("Sub-heading"),
    "figure": message("Figure"),
}
#: The field each owner holds its items in when nothing else is said: "in Part “X”" is
#: its sections, "in Section “Y”" its text; only a part's intro needs naming.
_USUAL_FIELD = {"part": "blocks", "section": "body", "intro": "intro", "colophon": "note"}


def path_text(path: Path) -> str:
    """A path for people: ``videos[2].url`` (positions counted from 1)."""
    text = ""
    for step in path:
        text += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def part_text(kind: str, label: str) -> str:
    """``Section “Den Helder”``, or just ``Colophon`` for a part without a label."""
    name = _PART_NAMES[kind]
    return message("{part} “{label}”", part=name, label=label) if label else name


def _place(within: Within) -> str:
    """``Part “Ochtend”``, ``Part “Ochtend” (intro)``: the part holding an item, with the
    field it is in unless that is the usual one."""
    where = part_text(within.kind, within.label)
    if _USUAL_FIELD.get(within.kind) != within.field:
        return message("{part} ({field})", part=where, field=within.field)
    return where


def within_text(within: Within | None) -> str:
    """`` in Part “Ochtend”``, `` in Part “Ochtend” (intro)``; empty at the top level."""
    return "" if within is None else f" in {_place(within)}"


def format_text(changes: Sequence[Change], words: Callable[[str], str] = str) -> str:
    """The changes as plain text for a terminal; words in wdiff style ``[-old-]{+new+}``.

    ``words`` puts each line in the reader's language (e.g. with
    :func:`models.message.translated`); the default keeps the English. Every text from the
    files is made printable (control characters escaped), so a file cannot move the cursor
    or recolour the terminal. Empty for no changes.
    """
    lines = [words(line) for line in format_lines(changes)]
    return "\n".join(lines) + "\n" if lines else ""


def format_lines(changes: Sequence[Change]) -> list[str]:
    """The lines of :func:`format_text`, in English: a message per change (translatable
    whole) followed, for a changed field, by its words as they are."""
    lines: list[str] = []
    for change in changes:
        match change:
            case Added():
                lines.append(_added(change))
            case Removed():
                lines.append(_removed(change))
            case Moved():
                lines.append(_moved(change))
            case FieldChanged():
                lines.append(
                    message(
                        "changed  {part}: {path}",
                        part=part_text(change.kind, _safe(change.label)),
                        path=_safe(path_text(change.path)),
                    )
                )
                marked = "".join(_wdiff(op) for op in change.words)
                lines += [f"    {line}" for line in marked.split("\n")]
    return lines


def _safe_within(within: Within | None) -> Within | None:
    """``within`` with its texts from the files made printable."""
    if within is None:
        return None
    return replace(within, label=_safe(within.label), field=_safe(within.field))


def _added(change: Added) -> Message:
    part = part_text(change.kind, _safe(change.label))
    item, position, within = _safe(change.item_id), change.index + 1, _safe_within(change.within)
    if within is None:
        return message(
            "added    {part} ({id}) at position {position}", part=part, id=item, position=position
        )
    return message(
        "added    {part} ({id}) at position {position} in {place}",
        part=part,
        id=item,
        position=position,
        place=_place(within),
    )


def _removed(change: Removed) -> Message:
    part = part_text(change.kind, _safe(change.label))
    item, position, within = _safe(change.item_id), change.index + 1, _safe_within(change.within)
    if within is None:
        return message(
            "removed  {part} ({id}), was at position {position}",
            part=part,
            id=item,
            position=position,
        )
    return message(
        "removed  {part} ({id}), was at position {position} in {place}",
        part=part,
        id=item,
        position=position,
        place=_place(within),
    )


def _moved(change: Moved) -> Message:
    fields: dict[str, object] = {
        "part": part_text(change.kind, _safe(change.label)),
        "id": _safe(change.item_id),
        "old": change.old_index + 1,
        "new": change.new_index + 1,
    }
    old, new = _safe_within(change.old_within), _safe_within(change.new_within)
    if old is None and new is None:
        return message("moved    {part} ({id}) from position {old} to {new}", **fields)
    if old is None:
        assert new is not None  # both None is answered above
        return message(
            "moved    {part} ({id}) from position {old} to position {new} in {new_place}",
            new_place=_place(new),
            **fields,
        )
    if new is None:
        return message(
            "moved    {part} ({id}) from position {old} in {old_place} to position {new}",
            old_place=_place(old),
            **fields,
        )
    if old.place == new.place:  # the same list, though its owner may have a new title
        return message(
            "moved    {part} ({id}) in {place} from position {old} to {new}",
            place=_place(new),
            **fields,
        )
    return message(
        "moved    {part} ({id}) from position {old} in {old_place} "
        "to position {new} in {new_place}",
        old_place=_place(old),
        new_place=_place(new),
        **fields,
    )


def _wdiff(op: WordOp) -> str:
    text = _safe(op.text, keep_newlines=True)
    if op.op == "delete":
        return f"[-{text}-]"
    if op.op == "insert":
        return f"{{+{text}+}}"
    return text


def _safe(text: str, keep_newlines: bool = False) -> str:
    return "".join(
        char if char.isprintable() or (keep_newlines and char == "\n") else repr(char)[1:-1]
        for char in text
    )
