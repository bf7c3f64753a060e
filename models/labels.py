"""Where a problem is, in the words a user sees: "Quote 2 (‘Professionals zijn …’)".

A ``loc`` (``("blocks", 1, "attribution")``) is what the code addresses a field by; a user
knows the same field as the attribution of the second quote. :func:`place_of` turns a loc
into a :class:`Place`: the things that hold the field, outermost first (:class:`Step`: a
section by number and title, a speaker by name, a paragraph or list item by number, an
untitled thing by a short excerpt), and the field's own name. Validation problems and
preflight findings both carry one, so the command line, the Problems dock and the forms name
a place the same way.

The English words here are for the command line. The editor words the same steps and fields
through Qt's translator (``editor/problem_text.py``), so a :class:`Place` holds keys
(``"quote"``, ``"attribution"``), numbers and the user's own text, never English prose; and
:func:`compose` is the one rule that puts a place and a message together in either language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, TypeAdapter, ValidationError

from models.operations import block_label
from models.parts import Block, Part, Quote, Section
from models.richtext import plain_text
from models.types import Loc

if TYPE_CHECKING:
    from models.publication import Publication

#: Longest excerpt or title shown in a place, ellipsis included.
EXCERPT_CHARS = 30
#: A limit no label reaches: :func:`block_label` gives the whole text, :func:`excerpt` cuts.
_WHOLE = 1 << 30

#: Message parameters: numbers, and the user's own words (already shortened).
Params = Mapping[str, str | int]

#: What each kind of step is called, lowercase (the line's first letter is raised); a step
#: with a number reads "section 3". Keys are the :attr:`Step.kind` values.
STEP_WORDS: Mapping[str, str] = {
    "section": "section",
    "quote": "quote",
    "part": "part",
    "block": "block",
    "speaker": "speaker",
    "person": "person",
    "paragraph": "paragraph",
    "list": "list",
    "heading": "sub-heading",
    "figure": "figure",
    "image": "image",
    "item": "item",
    "sub_item": "sub-item",
    "takeaway": "takeaway",
    "video": "video link",
    "credit": "credit",
    "name": "name",
    "comment": "comment",
    "reply": "reply",
    "status_change": "status change",
    "intro": "introduction",
    "key_takeaways": "key takeaways",
    "colophon": "colophon",
    "note": "note",
    "theme": "theme",
    "event": "event",
    "portrait": "portrait",
    "logo": "logo",
    "cover_image": "cover image",
    "review": "review",
    "anchor": "anchor",
    "approved": "approval",  # the review's field holds the approval (who, when)
}

#: What each field is called, lowercase; the same words as the editor's form labels
#: (``editor/widgets/field_labels.py``), which a test keeps in step.
FIELD_WORDS: Mapping[str, str] = {
    "title": "title",
    "subtitle": "subtitle",
    "publication_date": "publication date",
    "language": "language",
    "publisher": "publisher",
    "event": "event",
    "name": "name",
    "date": "date",
    "place": "place",
    "intro": "introduction",
    "key_takeaways": "key takeaways",
    "lead": "lead sentence",
    "items": "takeaways",
    "speakers": "speakers",
    "honorific": "honorific",
    "role": "role",
    "organisation": "organisation",
    "note": "note",
    "takeaways": "takeaways",
    "body": "text",
    "videos": "video links",
    "images": "images",
    "label": "label",
    "url": "web address",
    "access_note": "access note",
    "alt": "alternative text",
    "decorative": "decorative only",
    "caption": "caption",
    "credit": "credit",
    "text": "text",
    "attribution": "attribution",
    "speaker_id": "speaker",
    "visiting_address": "visiting address",
    "postal_address": "postal address",
    "phone": "phone",
    "email": "e-mail",
    "website": "website",
    "credits": "credits",
    "names": "names",
    "version": "version",
    "primary_colour": "primary colour",
    "accent_colour": "accent colour",
    "body_font": "body font",
    "heading_font": "heading font",
    "page_size": "page size",
    "margins": "margins",
    "cover_style": "cover",
    "logo": "logo",
    "cover_image": "cover image",
    "public_web": "on the public web page",
    "people": "people",
    "byline": "byline",
    "byline_text": "typed byline",
    "connector": "word before the organisation",
    "size": "size",
    # Fields the forms do not show, but a file can get wrong.
    "blocks": "sections and quotes",
    "list_items": "items",
    "sub_items": "sub-items",
    "id": "id",
    "kind": "kind",
    "ordered": "numbered",
    "asset": "image file",
    "schema_version": "format version",
    "review": "review",
}

#: The fields that hold a body of text: their items are paragraphs, lists, headings, figures.
_BODIES = frozenset({"intro", "body", "note"})
#: The kinds of block a body holds.
_BODY_KINDS = frozenset({"paragraph", "list", "heading", "figure"})
#: Objects inside another that the user knows by name ("colophon", "theme", "portrait").
_OBJECTS = frozenset(
    {"colophon", "theme", "key_takeaways", "event", "portrait", "logo", "cover_image"}
    | {"review", "anchor", "approved"}
)
#: What one entry of a list field is, where it is not decided by what holds the list.
_ENTRIES: Mapping[str, str] = {
    "speakers": "speaker",
    "people": "person",
    "images": "image",
    "takeaways": "takeaway",
    "videos": "video",
    "credits": "credit",
    "names": "name",
    "comments": "comment",
    "replies": "reply",
    "history": "status_change",
}
#: Steps whose ``text`` field is the thing itself: "paragraph 2", not "paragraph 2, text".
_SELF_TEXT = frozenset({"paragraph", "heading", "item"})


@dataclass(frozen=True, slots=True)
class Step:
    """One thing that holds the field, e.g. section 3 titled ‘De kracht van…’.

    ``kind`` is a key of :data:`STEP_WORDS`; ``number`` counts from 1 (``None``: the thing is
    one of a kind, or known by name); ``name`` is its title or name, ``excerpt`` the first
    words of an untitled thing (at most one of the two is set).
    """

    kind: str
    number: int | None = None
    name: str = ""
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a problem is: the steps that hold it, outermost first, and the field (a key of
    :data:`FIELD_WORDS`, ``""`` when the problem is about the thing itself)."""

    steps: tuple[Step, ...] = ()
    field: str = ""

    def __str__(self) -> str:
        """The place in English, e.g. "section 3 ‘De kracht van…’, paragraph 2"."""
        return step_text(self.steps)


NOWHERE = Place()


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with an ellipsis; at a
    word's end, unless that would leave less than half."""
    plain = " ".join(text.split())
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2 and plain[limit - 1] != " ":
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


# -- English words ---------------------------------------------------------------------------


def step_words(step: Step) -> str:
    """One step in English: "section 3 ‘De kracht van…’", "quote 2 (‘Professionals…’)"."""
    text = STEP_WORDS.get(step.kind, step.kind.replace("_", " "))
    return decorate(text if step.number is None else f"{text} {step.number}", step)


def decorate(text: str, step: Step) -> str:
    """``text`` (a step's word and number) with the step's name or excerpt after it."""
    if step.name:
        return f"{text} ‘{step.name}’"
    if step.excerpt:
        return f"{text} (‘{step.excerpt}’)"
    return text


def step_text(steps: tuple[Step, ...]) -> str:
    """Steps in English, joined: "part 1 ‘Ochtend’, section 2 ‘Den Helder’"."""
    return ", ".join(step_words(step) for step in steps)


def field_words(field: str) -> str:
    """A field in English: ``"email"`` → ``"e-mail"``."""
    return FIELD_WORDS.get(field, field.replace("_", " "))


def locate(where: str, field: str) -> str:
    """A place on its own line (a list's "Where" column): its steps and its field, each
    already worded in the reader's language, joined as :func:`compose` joins them, the first
    letter raised: "Section 3 ‘Welkom’, paragraph 2", "Colophon, phone", "Title"."""
    text = f"{where}, {field}" if where and field else where or field
    return text[:1].upper() + text[1:]


def place_words(place: Place) -> str:
    """A place with its field, in English (see :func:`locate`)."""
    return locate(step_text(place.steps), field_words(place.field))


def compose(template: str, params: Params, where: str, field: str, *, located: bool = True) -> str:
    """One problem's line: ``template`` filled in, after the place it is at.

    ``where`` and ``field`` are the place's steps and field, worded in the reader's language;
    the template may name them (``{place} has no attribution``, ``{field} is too long``),
    otherwise they go in front ("Colophon, phone: …"). ``located=False`` leaves the place out,
    for a message shown next to its own field. The first letter is raised.
    """
    text = template.format_map({**params, "place": where, "field": field})
    if located and "{place}" not in template:
        prefix = where
        if field and "{field}" not in template:
            prefix = f"{prefix}, {field}" if prefix else field
        if prefix:
            text = f"{prefix}: {text}"
    return text[:1].upper() + text[1:]


# -- from a loc to a place -------------------------------------------------------------------


def place_of(root: Publication | Mapping[str, object] | None, loc: Loc) -> Place:
    """Where ``loc`` points in ``root``, as a user names it.

    ``root`` is a publication or its raw data (a file that did not validate), or ``None``
    when neither is at hand; whatever cannot be looked up (a list entry past the end, a
    damaged block) is still named by its kind and number. To name many locs of one root,
    use one :class:`Places`.
    """
    return Places(root).of(loc)


class Places:
    """:func:`place_of` for many locs of one root, each as cheap as one step of a walk.

    Find and replace names every text field of a publication, and a block's number ("section
    212") counts the blocks before it: asked afresh for each field, that is quadratic. Here
    the steps of every loc prefix, and the numbering of every list, are worked out once.
    """

    def __init__(self, root: Publication | Mapping[str, object] | None) -> None:
        self._root: object = root
        #: Steps and node after a loc prefix, by (prefix, whether an index follows it).
        self._states: dict[tuple[Loc, bool], tuple[tuple[Step, ...], object]] = {}
        #: For a list (by id; the list itself kept alive): each entry's kind, and its number
        #: among the entries of that kind.
        self._numbers: dict[int, tuple[object, list[str], list[int]]] = {}

    def of(self, loc: Loc) -> Place:
        """Where ``loc`` points, as :func:`place_of` says it."""
        if not loc:
            return NOWHERE
        field = ""
        last = loc[-1]
        steps, node = self._state(loc[:-1], isinstance(last, int))
        if isinstance(last, int):
            steps = (*steps, self._entry(loc[:-1], last, steps, node))
        else:
            field = last
        if field == "text" and steps and steps[-1].kind in _SELF_TEXT:
            field = ""
        if field == "items" and steps and steps[-1].kind in ("list", "item"):
            field = "list_items" if steps[-1].kind == "list" else "sub_items"
        return Place(steps, field)

    def _state(self, prefix: Loc, index_follows: bool) -> tuple[tuple[Step, ...], object]:
        """The steps that hold what follows ``prefix``, and the node ``prefix`` points at."""
        key = (prefix, index_follows)
        state = self._states.get(key)
        if state is not None:
            return state
        if not prefix:
            state = ((), self._root)
        else:
            part = prefix[-1]
            steps, node = self._state(prefix[:-1], isinstance(part, int))
            if isinstance(part, int):
                entry = self._entry(prefix[:-1], part, steps, node)
                state = ((*steps, entry), _get(node, part))
            else:
                named = _BODY_STEPS if index_follows else _OBJECTS
                if part in named:
                    steps = (*steps, Step(part))
                state = (steps, _get(node, part))
        self._states[key] = state
        return state

    def _entry(self, above: Loc, index: int, steps: tuple[Step, ...], items: object) -> Step:
        """The step for entry ``index`` of ``items`` (the list at ``above``, in ``steps``)."""
        # A loc from a model starts with a field name, so ``above`` is never empty here; and
        # a holder other than a list or list item names its entries alike, whatever its word.
        list_field = above[-1] if above else ""  # pragma: no mutate (see above)
        holder = steps[-1].kind if steps else ""  # pragma: no mutate (see above)
        item = _get(items, index)
        return _entry(str(list_field), holder, index, item, items, self._root, self._count)

    def _count(self, items: object, index: int, kind: str) -> int:
        """:func:`_count_of_kind`, from a numbering of the whole list made once."""
        if not kind or not isinstance(items, list | tuple) or not 0 <= index < len(items):
            return _count_of_kind(items, index, kind)
        known = self._numbers.get(id(items))
        if known is None:
            kinds = [_kind(block) or "paragraph" for block in items]
            seen: dict[str, int] = {}
            numbers = []
            for block_kind in kinds:
                seen[block_kind] = seen.get(block_kind, 0) + 1
                numbers.append(seen[block_kind])
            known = self._numbers[id(items)] = (items, kinds, numbers)
        if known[1][index] != kind:
            return _count_of_kind(items, index, kind)
        return known[2][index]


#: Bodies named as a step although they are lists: a part's intro, the colophon's note.
_BODY_STEPS = frozenset({"intro", "note"})


def _entry(
    list_field: str,
    holder: str,
    index: int,
    item: object,
    items: object,
    root: object,
    count: Callable[[object, int, str], int],
) -> Step:
    """The step for entry ``index`` of ``list_field`` (in a thing of kind ``holder``);
    ``count`` is :func:`_count_of_kind` or a faster equal."""
    number = index + 1
    if list_field == "blocks":  # counted by kind: "section 2" is the second section
        return _block_step(count(items, index, _kind(item)), item)
    if list_field in _BODIES:
        kind = _kind(item) or "paragraph"
        if kind not in _BODY_KINDS:  # a kind this version does not know
            return Step("block", number)
        return Step(kind, count(items, index, kind))
    if list_field == "items":
        kind = {"list": "item", "item": "sub_item"}.get(holder, "takeaway")
        return Step(kind, number)
    if list_field == "speakers":
        name = _text(item, "name")
        return Step("speaker", None, name) if name else Step("speaker", number)
    if list_field == "people":
        name = _speaker_name(root, _text(item, "speaker_id"))
        return Step("person", None, name) if name else Step("person", number)
    if list_field in ("videos", "credits"):
        name = excerpt(_text(item, "label" if list_field == "videos" else "role"))
        return Step(_ENTRIES[list_field], number, name)
    return Step(_ENTRIES.get(list_field, list_field), number)


def _block_step(number: int, item: object) -> Step:
    block = _as_block(item)
    if block is None:  # raw data that does not validate: its title, or its text's start
        kind = _kind(item)
        kind = kind if kind in ("section", "quote", "part") else "block"
        title = excerpt(_text(item, "title"))
        if title or kind != "quote":
            return Step(kind, number, title)
        return Step(kind, number, excerpt=excerpt(plain_text(_text(item, "text"))))
    if isinstance(block, Part | Section) and block.title:
        return Step(block.kind, number, excerpt(block.title))
    label = block_label(block, _WHOLE)  # pragma: no mutate (any limit past EXCERPT_CHARS)
    return Step(block.kind, number, excerpt=excerpt(label))


def _as_block(item: object) -> Section | Quote | Part | None:
    """``item`` as a block model: as it is, or validated from raw data (``None`` if invalid)."""
    if isinstance(item, Section | Quote | Part):
        return item
    if not isinstance(item, Mapping):
        return None
    try:
        return _block_adapter().validate_python(item)
    except ValidationError:
        return None


@lru_cache(maxsize=1)
def _block_adapter() -> TypeAdapter[Section | Quote | Part]:
    return TypeAdapter(Block)


def _count_of_kind(items: object, index: int, kind: str) -> int:
    """Which ``kind`` of block entry ``index`` is: the 2nd paragraph, the 1st list."""
    if not kind or not isinstance(items, list | tuple):
        return index + 1
    return 1 + sum(1 for block in items[:index] if (_kind(block) or "paragraph") == kind)


def _speaker_name(root: object, speaker_id: str) -> str:
    speakers = _get(root, "speakers")
    if isinstance(speakers, list | tuple):
        for speaker in speakers:
            if _text(speaker, "id") == speaker_id:
                return _text(speaker, "name")
    return ""


def _get(node: object, key: str | int) -> object:
    """``node[key]`` or ``node.key``, for models and raw data alike; ``None`` if not there."""
    if isinstance(key, int):
        if isinstance(node, list | tuple) and 0 <= key < len(node):
            return node[key]
        return None
    if isinstance(node, Mapping):
        return node.get(key)
    if isinstance(node, BaseModel):
        return getattr(node, key, None)
    return None


def _kind(node: object) -> str:
    if isinstance(node, str):
        return "paragraph"  # a bare string in a body is a paragraph
    kind = _get(node, "kind")
    return kind if isinstance(kind, str) else ""


def _text(node: object, key: str) -> str:
    value = _get(node, key)
    return value if isinstance(value, str) else ""
