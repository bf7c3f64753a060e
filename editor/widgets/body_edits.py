"""The edits the body editor makes, on plain data, so tests reach them without a window.

A body reaches the editor as a list of block dicts (:func:`editor.binding.to_plain` of
:data:`models.body.Body`). Every function here returns a new list and leaves its input
alone; the widget then commits the result as one undo step, and the model validates it.

A list block is edited *flat*: its items and sub-items as one run of ``(level, text)``
rows, level 0 for an item and 1 for a sub-item, the way a word processor shows them.
Indenting and outdenting change one row's level; :func:`nest` turns the run back into the
model's container shape, where a sub-item can only sit under an item. So the editor can
never write a list the model refuses, and no row is ever lost on the way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from models import operations
from models.language import Language

#: The kinds of block a body holds (``models.body``), in toolbar order.
BlockKind = Literal["paragraph", "list", "heading", "figure"]
#: One row of a list as the editor shows it: its level (0 item, 1 sub-item) and its text.
FlatItem = tuple[int, str]
#: The deepest level a row may have (the model allows one level of nesting).
MAX_LEVEL = 1


def new_block(kind: BlockKind, language: Language, *, ordered: bool = False) -> dict[str, Any]:
    """A new, valid block of ``kind`` with placeholder text in ``language``.

    Made by :func:`models.operations.new_block`, so new content is made in one place. A
    figure needs pictures, which come from files: see :func:`new_figure`.
    """
    if kind == "figure":
        raise ValueError("a figure is made from its pictures: use new_figure")
    return operations.new_block(kind, language, ordered=ordered)


def new_figure(images: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A new full-width figure holding ``images`` (image records, see ``read_image``)."""
    return {"kind": "figure", "images": list(images), "size": "full"}


def insert_block(blocks: Sequence[Any], index: int, block: Any) -> list[Any]:
    """``blocks`` with ``block`` at ``index`` (clamped to the ends)."""
    result = list(blocks)
    result.insert(max(0, min(index, len(result))), block)
    return result


def move_block(blocks: Sequence[Any], index: int, delta: int) -> list[Any] | None:
    """``blocks`` with entry ``index`` moved ``delta`` places; ``None`` if it cannot move."""
    target = index + delta
    if not (0 <= index < len(blocks) and 0 <= target < len(blocks)):
        return None
    result = list(blocks)
    result.insert(target, result.pop(index))
    return result


def remove_block(blocks: Sequence[Any], index: int) -> list[Any]:
    """``blocks`` without entry ``index``."""
    return [block for i, block in enumerate(blocks) if i != index]


# -- lists, edited flat -----------------------------------------------------------------------
def flatten(items: Sequence[dict[str, Any]]) -> list[FlatItem]:
    """A list block's ``items`` as one run of rows, sub-items after their item."""
    rows: list[FlatItem] = []
    for item in items:
        rows.append((0, str(item.get("text", ""))))
        rows.extend((1, str(text)) for text in item.get("items", ()))
    return rows


def nest(rows: Sequence[FlatItem]) -> list[dict[str, Any]]:
    """The model's items for a run of rows: each sub-item goes under the item before it.

    A sub-item with no item before it (only the first row can be one) counts as an item.
    """
    items: list[dict[str, Any]] = []
    for level, text in rows:
        if level > 0 and items:
            items[-1]["items"].append(text)
        else:
            items.append({"text": text, "items": []})
    return items


def can_indent(rows: Sequence[FlatItem], index: int) -> bool:
    """Whether row ``index`` can become a sub-item: it is an item, and not the first row."""
    return 0 < index < len(rows) and rows[index][0] < MAX_LEVEL


def can_outdent(rows: Sequence[FlatItem], index: int) -> bool:
    """Whether row ``index`` is a sub-item, so it can become an item."""
    return 0 <= index < len(rows) and rows[index][0] > 0


def indent(rows: Sequence[FlatItem], index: int) -> list[FlatItem] | None:
    """Row ``index`` one level deeper; ``None`` if it cannot be (see :func:`can_indent`).

    The item's own sub-items stay where they are, so they join the item above with it.
    """
    if not can_indent(rows, index):
        return None
    result = list(rows)
    level, text = result[index]
    result[index] = (level + 1, text)
    return result


def outdent(rows: Sequence[FlatItem], index: int) -> list[FlatItem] | None:
    """Row ``index`` one level up; ``None`` if it is an item already.

    The sub-items below it become its own, as in a word processor.
    """
    if not can_outdent(rows, index):
        return None
    result = list(rows)
    level, text = result[index]
    result[index] = (level - 1, text)
    return result


def insert_item(rows: Sequence[FlatItem], index: int, text: str) -> list[FlatItem]:
    """A new row with ``text`` after row ``index``, at that row's level (at the end if
    ``index`` is past it)."""
    result = list(rows)
    at = max(0, min(index + 1, len(result)))
    level = result[at - 1][0] if at > 0 else 0
    result.insert(at, (level, text))
    return result


def remove_item(rows: Sequence[FlatItem], index: int) -> list[FlatItem] | None:
    """``rows`` without row ``index``; ``None`` when it is the only one (a list has items).

    When the first row goes and a sub-item follows, that sub-item becomes an item.
    """
    if len(rows) <= 1 or not 0 <= index < len(rows):
        return None
    result = [row for i, row in enumerate(rows) if i != index]
    if result[0][0] > 0:
        result[0] = (0, result[0][1])
    return result


def flat_index(items: Sequence[dict[str, Any]], loc: Sequence[str | int]) -> int | None:
    """The row that shows the problem at ``loc`` (relative to a list's ``items``).

    ``(2, "text")`` and ``(2,)`` are item 2; ``(2, "items", 0)`` is its first sub-item.
    ``None`` when ``loc`` points at no row (a problem with the list as a whole).
    """
    if not loc or not isinstance(loc[0], int) or not 0 <= loc[0] < len(items):
        return None
    row = sum(1 + len(item.get("items", ())) for item in items[: loc[0]])
    subs = items[loc[0]].get("items", ())
    if len(loc) >= 3 and loc[1] == "items" and isinstance(loc[2], int) and loc[2] < len(subs):
        return row + 1 + loc[2]
    return row
