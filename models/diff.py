"""What changed between two versions of a publication, by meaning rather than by line.

Parts are matched by their stable ids, so a section that was moved is reported as *moved*,
not as removed and added, and an edit to its title as a change of that one field. A
different id is a different part: removed plus added. Review state (comments, approval) is
not content and is left out.

:func:`diff` returns a list of :class:`Change` values; :func:`format_text` prints them for the
command line, and the editor's compare view renders the same list as HTML. Word-level
differences come from :func:`word_diff` (``difflib.SequenceMatcher`` on word tokens).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from models.operations import block_label
from models.publication import Publication

ItemKind = Literal["section", "quote", "speaker"]
PartKind = Literal["details", "intro", "section", "quote", "speaker", "colophon", "theme"]
Path = tuple[str | int, ...]

#: Root fields shown by the "Publication details" and "Introduction" parts.
DETAILS_FIELDS = ("title", "subtitle", "publication_date", "language", "publisher", "event")
INTRO_FIELDS = ("intro", "key_takeaways")
#: Keys that identify rather than describe; never reported as changed.
_IDENTITY = frozenset({"id", "kind"})

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")  # words, runs of space, single marks


@dataclass(frozen=True, slots=True)
class Added:
    """An item that only the new version has; ``index`` is its position there (from 0)."""

    kind: ItemKind
    item_id: str
    label: str
    index: int


@dataclass(frozen=True, slots=True)
class Removed:
    """An item that only the old version has; ``index`` is its position there (from 0)."""

    kind: ItemKind
    item_id: str
    label: str
    index: int


@dataclass(frozen=True, slots=True)
class Moved:
    """An item both versions have, in another place relative to the items around it.

    Positions count from 0 in each version's whole list. An item only counts as moved when
    its order among the items both versions share changed: inserting a section at the top
    does not make every later section "moved".
    """

    kind: ItemKind
    item_id: str
    label: str
    old_index: int
    new_index: int


@dataclass(frozen=True, slots=True)
class FieldChanged:
    """One field of a part changed; values are text as a reader sees them.

    ``path`` is relative to the part, like a pydantic ``loc`` (indices from 0), e.g.
    ``("title",)``, ``("event", "name")`` or ``("videos", 1, "url")``. A list of texts
    (paragraphs, takeaways) is one field whose value has one line per entry.
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


def diff(old: Publication, new: Publication) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order the editor's navigator shows parts.

    An empty list means the two have the same content (review state is not compared).
    """
    changes: list[Change] = []
    old_data = old.model_dump(mode="json")
    new_data = new.model_dump(mode="json")
    old_names, new_names = _namer(old), _namer(new)
    changes += _fields(
        "details", None, "", _pick(old_data, DETAILS_FIELDS), _pick(new_data, DETAILS_FIELDS)
    )
    changes += _fields(
        "intro", None, "", _pick(old_data, INTRO_FIELDS), _pick(new_data, INTRO_FIELDS)
    )
    changes += _items(_speakers(old, old_data), _speakers(new, new_data), old_names, new_names)
    changes += _items(_blocks(old, old_data), _blocks(new, new_data), old_names, new_names)
    changes += _fields("colophon", None, "", old_data["colophon"], new_data["colophon"])
    changes += _fields("theme", None, "", old_data["theme"], new_data["theme"])
    return changes


_Item = tuple[str, str, str, dict[str, Any]]  # kind, id, label, data
_Namer = Callable[[str], str]


def _speakers(publication: Publication, data: dict[str, Any]) -> list[_Item]:
    pairs = zip(publication.speakers, data["speakers"], strict=True)
    return [("speaker", speaker.id, speaker.display_name, item) for speaker, item in pairs]


def _blocks(publication: Publication, data: dict[str, Any]) -> list[_Item]:
    pairs = zip(publication.blocks, data["blocks"], strict=True)
    return [(block.kind, block.id, block_label(block), item) for block, item in pairs]


def _items(
    old: Sequence[_Item], new: Sequence[_Item], old_names: _Namer, new_names: _Namer
) -> list[Change]:
    """Removed, then added/moved/changed in the new order; matched by (kind, id)."""
    old_at = {(kind, item_id): index for index, (kind, item_id, _l, _d) in enumerate(old)}
    new_at = {(kind, item_id): index for index, (kind, item_id, _l, _d) in enumerate(new)}
    changes: list[Change] = [
        Removed(kind, item_id, label, index)  # type: ignore[arg-type]
        for index, (kind, item_id, label, _d) in enumerate(old)
        if (kind, item_id) not in new_at
    ]
    old_common = [(k, i) for k, i, _l, _d in old if (k, i) in new_at]
    new_common = [(k, i) for k, i, _l, _d in new if (k, i) in old_at]
    matcher = difflib.SequenceMatcher(None, old_common, new_common, autojunk=False)
    in_place = {key for block in matcher.get_matching_blocks() for key in _run(new_common, block)}
    for index, (kind, item_id, label, data) in enumerate(new):
        key = (kind, item_id)
        if key not in old_at:
            changes.append(Added(kind, item_id, label, index))  # type: ignore[arg-type]
            continue
        if key not in in_place:
            changes.append(Moved(kind, item_id, label, old_at[key], index))  # type: ignore[arg-type]
        old_data = _named(old[old_at[key]][3], old_names)
        changes += _fields(kind, item_id, label, old_data, _named(data, new_names))  # type: ignore[arg-type]
    return changes


def _run(items: Sequence[tuple[str, str]], block: difflib.Match) -> Iterator[tuple[str, str]]:
    return iter(items[block.b : block.b + block.size])


def _fields(
    kind: PartKind, item_id: str | None, label: str, old: dict[str, Any], new: dict[str, Any]
) -> list[Change]:
    old_flat, new_flat = _flatten(old), _flatten(new)
    paths = list(old_flat) + [path for path in new_flat if path not in old_flat]
    return [
        FieldChanged(kind, item_id, label, path, old_flat.get(path, ""), new_flat.get(path, ""))
        for path in paths
        if old_flat.get(path, "") != new_flat.get(path, "")
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


def _namer(publication: Publication) -> _Namer:
    names = {speaker.id: speaker.display_name for speaker in publication.speakers}
    return lambda speaker_id: names.get(speaker_id, speaker_id)


def _named(data: dict[str, Any], names: _Namer) -> dict[str, Any]:
    """Speakers by name, not id: a reader compares people, not identifiers."""
    out = dict(data)
    if isinstance(out.get("speaker_ids"), list):
        out["speaker_ids"] = [names(ref) for ref in out["speaker_ids"]]
    if isinstance(out.get("speaker_id"), str):
        out["speaker_id"] = names(out["speaker_id"])
    return out


def word_diff(old: str, new: str) -> list[WordOp]:
    """``old`` → ``new`` as runs of equal, deleted and inserted text, compared word by word."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[WordOp] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "equal", "".join(a[i1:i2]))
            continue
        if i2 > i1:
            _push(ops, "delete", "".join(a[i1:i2]))
        if j2 > j1:
            _push(ops, "insert", "".join(b[j1:j2]))
    return ops


def _push(ops: list[WordOp], op: Literal["equal", "delete", "insert"], text: str) -> None:
    if ops and ops[-1].op == op:
        ops[-1] = WordOp(op, ops[-1].text + text)
    else:
        ops.append(WordOp(op, text))


# ---------------------------------------------------------------------------- text output

_PART_NAMES: dict[str, str] = {
    "details": "Publication details",
    "intro": "Introduction",
    "section": "Section",
    "quote": "Quote",
    "speaker": "Speaker",
    "colophon": "Colophon",
    "theme": "Theme",
}


def path_text(path: Path) -> str:
    """A path for people: ``videos[2].url`` (positions counted from 1)."""
    text = ""
    for step in path:
        text += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def part_text(kind: str, label: str) -> str:
    """``Section “Den Helder”``, or just ``Colophon`` for a part without a label."""
    name = _PART_NAMES[kind]
    return f"{name} “{label}”" if label else name


def format_text(changes: Sequence[Change]) -> str:
    """The changes as plain text for a terminal; words in wdiff style ``[-old-]{+new+}``.

    Every text from the files is made printable (control characters escaped), so a file
    cannot move the cursor or recolour the terminal. Empty for no changes.
    """
    lines: list[str] = []
    for change in changes:
        match change:
            case Added():
                where = f"{part_text(change.kind, change.label)} ({change.item_id})"
                lines.append(f"added    {_safe(where)} at position {change.index + 1}")
            case Removed():
                where = f"{part_text(change.kind, change.label)} ({change.item_id})"
                lines.append(f"removed  {_safe(where)}, was at position {change.index + 1}")
            case Moved():
                where = f"{part_text(change.kind, change.label)} ({change.item_id})"
                lines.append(
                    f"moved    {_safe(where)} from position {change.old_index + 1} "
                    f"to {change.new_index + 1}"
                )
            case FieldChanged():
                where = f"{part_text(change.kind, change.label)}: {path_text(change.path)}"
                lines.append(f"changed  {_safe(where)}")
                marked = "".join(_wdiff(op) for op in change.words)
                lines += [f"    {line}" for line in marked.split("\n")]
    return "\n".join(lines) + "\n" if lines else ""


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
