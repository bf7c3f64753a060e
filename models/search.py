"""Find and replace across every text of a publication.

:func:`text_fields` walks the publication by the types of its fields, so a text field added
to a model later is searched without a change here: every field typed ``Text``,
``OptionalText`` or ``RichText`` (alone, optional, or in a tuple) is a text, anywhere in the
tree (titles, bodies block by block, captions and alt texts, speakers, quotes, videos, the
colophon, the theme's images). Ids, web addresses, e-mail addresses, colours and the review
state are not text a reader reads, and are left out. Each field comes with its ``loc`` (the
path the forms and errors use) and its *place* (:class:`models.labels.Place`, named as a
validation problem at the same loc is: "section 3 ‘Welkom’, paragraph 2"), as data, so the
editor words it in its own language, as it words problems.

What is searched is the text a reader sees, which is also what the editor's fields show
(a rich field shows formatting, not marks). A rich-text field (:mod:`models.richtext`) is
stored as Markdown source; its marks (``**``, ``*``, ``\\``) and link targets are not
searched, link texts are. Each visible character is mapped back to the source characters
that make it (an escaped ``\\*`` is two), by walking markdown-it's own tokens over the
source, and the map is checked against :func:`models.richtext.plain_text`; a text whose map
does not check out (none is known) is searched as stored and never replaced. A hit has both
offsets: in the stored text (``start``/``end``) and in the shown text (``shown_start``/
``shown_end``, what the editor selects).

Replacing never breaks a mark, because a broken mark prints as stray asterisks:

- the replacement is literal text and takes the marks of the first character it replaces
  (in a rich field its mark characters are escaped: ``*`` is stored as ``\\*``);
- the usual hit, inside one run of text, is replaced in the source and nothing else of the
  field changes; a hit across the edge of a mark or link (``**Den** Haag`` for "Den Haag"),
  or one whose replacement would change how the marks around it read (emptying
  ``**bold**`` would leave ``****``), is made by writing the field anew from its characters
  (:func:`models.richtext_writer.to_markdown`, as the editor writes a field it shows);
- every replaced field is read back; a result whose text is not the expected one, or where
  a character outside the hit lost or gained a mark, is skipped and counted, not made.

Matching: case-insensitive by default, by simple per-character case folding ("een" finds
"Een" and "EEN", "é" finds "É"), which keeps offsets exact. Accents are significant: "e"
does not find "é", which in Dutch is a different word ("een" and "één"); but as Dutch
drops the accent on a capital at the start of a sentence ("Eén"), a lowercase accented
letter in the query also finds its capital without the accent ("één" finds "Eén", never
"Een"). A space in the query matches any white space (a line break in a paragraph).
"Whole word" wants no letter or digit right before and after the match.
"""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Union

from markdown_it.common.utils import isStrSpace
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from pydantic import BaseModel, ValidationError

from models import richtext
from models.labels import Place, Places, place_of, place_words
from models.message import message
from models.publication import Publication
from models.richtext import Span
from models.richtext_writer import escape, to_markdown
from models.types import Loc, OptionalText, RichText, Text
from models.validation import error_loc

#: Characters of context shown on each side of a hit.
CONTEXT_CHARS = 32
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

#: Root fields that hold no text a reader reads: review comments, the spelling dictionary.
_NOT_CONTENT = frozenset({"review", "dictionary"})


@dataclass(frozen=True, slots=True)
class TextField:
    """One text of the publication: where it is, and its value as stored."""

    loc: Loc
    place: Place
    text: str
    rich: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """One match. ``start``/``end`` are offsets in the stored text (a rich field's Markdown
    source); ``shown_start``/``shown_end`` in the text as shown (a rich field's visible
    characters, what the editor's field holds); ``found`` is the visible text matched."""

    loc: Loc
    place: Place
    start: int
    end: int
    shown_start: int
    shown_end: int
    found: str
    replaceable: bool
    rich: bool
    source: str  # the field's whole text when found: a hit on a changed field is stale

    @property
    def label(self) -> str:
        """Where the hit is, in English: "Section 1 ‘Welkom’, paragraph 2"."""
        return place_words(self.place)

    @property
    def before(self) -> str:
        """Up to :data:`CONTEXT_CHARS` of visible text before the hit, on one line, "…"
        where it was cut (made when asked: a search may find thousands of hits)."""
        text = self._shown()
        return _context(text, max(0, self.shown_start - CONTEXT_CHARS), self.shown_start, True)

    @property
    def after(self) -> str:
        """The visible text after the hit, as :attr:`before`."""
        text = self._shown()
        return _context(text, self.shown_end, self.shown_end + CONTEXT_CHARS, False)

    def _shown(self) -> str:
        visible = _visible(self.source, self.rich)
        return visible.text if visible is not None else self.source

    @property
    def snippet(self) -> str:
        """The hit in its context, one line."""
        return f"{self.before}{self.found}{self.after}"


@dataclass(frozen=True, slots=True)
class Replaced:
    """The outcome of a replacement: the new publication, and how many hits were replaced and
    skipped (stale, crossing a mark, or changing the marks around them)."""

    publication: Publication
    replaced: int
    skipped: int


class ReplaceError(ValueError):
    """A replacement that would make the publication invalid (e.g. leave a name empty).

    ``place`` is the text it would break; ``emptied`` says whether the reason is that the
    text would be empty, which is the usual one.
    """

    def __init__(self, text: str, place: Place, emptied: bool) -> None:
        super().__init__(text)
        self.place = place
        self.emptied = emptied


# ------------------------------------------------------------------------- the texts


def text_fields(pub: Publication) -> Iterator[TextField]:
    """Every text of ``pub`` in reading order (details, intro, blocks, speakers, colophon,
    theme), found by field type."""
    places = Places(pub)  # one for the walk: each field's place then costs a step
    for loc, text, rich in _texts(pub):
        yield TextField(loc, places.of(loc), text, rich)


def _texts(pub: Publication) -> Iterator[tuple[Loc, str, bool]]:
    """:func:`text_fields` without the places (as loc, text, rich): naming a field costs
    about as much as searching it, so a search names only the fields it finds in."""
    for name, kind in _text_kinds(type(pub)).items():
        if name not in _NOT_CONTENT:
            yield from _field(getattr(pub, name), kind, (name,))


#: How a field's annotation is walked: "rich"/"plain" text (or a tuple of them), "model"
#: (a model or a tuple of models), or left out.
_Kind = typing.Literal["rich", "plain", "model"]


@cache
def _text_kinds(model: type[BaseModel]) -> dict[str, _Kind]:
    hints = typing.get_type_hints(model, include_extras=True)
    kinds = {name: _classify(hints[name]) for name in model.model_fields}
    return {name: kind for name, kind in kinds.items() if kind is not None}


def _classify(annotation: Any) -> _Kind | None:
    if annotation == OptionalText:
        return "plain"
    # A text narrowed further (``Annotated[Text, Field(max_length=80)]``) carries the
    # constraints of the type it narrows; addresses and colours lack Text's "not empty".
    for base, kind in ((RichText, "rich"), (Text, "plain")):
        if _carries(annotation, base):
            return typing.cast(_Kind, kind)  # pragma: no mutate: cast does nothing at run time
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (Union, _UnionType):
        kinds = {_classify(arg) for arg in args if arg is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _classify(args[0])
    if origin is typing.Annotated:
        return _classify(args[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model"
    return None


_UnionType = type(int | None)


def _carries(annotation: Any, base: Any) -> bool:
    """Whether ``annotation`` is the str type ``base`` or a narrowing of it."""
    if annotation == base:
        return True
    if typing.get_origin(annotation) is not typing.Annotated:
        return False
    kind, *metadata = typing.get_args(annotation)
    _, *wanted = typing.get_args(base)
    return kind is str and all(any(m is w or m == w for m in metadata) for w in wanted)


def _field(value: object, kind: _Kind, loc: Loc) -> Iterator[tuple[Loc, str, bool]]:
    if isinstance(value, str):
        if value:
            yield loc, value, kind == "rich"
    elif isinstance(value, BaseModel):
        for name, inner in _text_kinds(type(value)).items():
            yield from _field(getattr(value, name), inner, (*loc, name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _field(item, kind, (*loc, index))


# ------------------------------------------------------------------------- visible text


@dataclass(frozen=True, slots=True)
class _Visible:
    """The visible characters of a text, each with its source span and marks."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    marks: tuple[tuple[bool, bool, str | None], ...]

    def contiguous(self, first: int, last: int) -> bool:
        """Whether visible ``first..last`` (inclusive) come from one run of source without
        marks between them."""
        return all(self.ends[i] == self.starts[i + 1] for i in range(first, last))


class _Misaligned(Exception):
    """The source and markdown-it's tokens do not line up (never expected)."""


def _plain_visible(text: str) -> _Visible:
    size = len(text)
    return _Visible(
        text, tuple(range(size)), tuple(range(1, size + 1)), ((False, False, None),) * size
    )


@lru_cache(maxsize=16384)
def _visible(source: str, rich: bool) -> _Visible | None:
    """``source``'s visible text with the map back; ``None`` if it cannot be mapped."""
    if not rich:
        return _plain_visible(source)
    try:
        visible = _map_rich(source)
    except (_Misaligned, IndexError):
        return None
    expected = richtext.plain_text(source)
    return visible if visible.text == expected else None


def _map_rich(source: str) -> _Visible:
    markup, _literal = richtext.split_markup(source)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    marks: list[tuple[bool, bool, str | None]] = []
    bold = italic = 0
    href: str | None = None
    pos = 0
    size = len(markup)

    def emit(char: str, start: int, end: int) -> None:
        chars.append(char)
        starts.append(start)
        ends.append(end)
        marks.append((bold > 0, italic > 0, href))

    def expect(text: str) -> None:
        nonlocal pos
        if not markup.startswith(text, pos):
            raise _Misaligned
        pos += len(text)

    # The very tokens parse_inline reads, so the map agrees with what the renderers show.
    for token in richtext._children(markup):
        match token.type:
            # The usual run: no escape inside, each character is itself (done in bulk).
            case "text" if _verbatim(markup, pos, token.content):  # pragma: no mutate (fast path)
                count = len(token.content)
                chars.append(token.content)
                starts.extend(range(pos, pos + count))
                ends.extend(range(pos + 1, pos + count + 1))
                marks.extend([(bold > 0, italic > 0, href)] * count)
                pos += count
            case "text":
                for char in token.content:
                    start = pos
                    if markup[pos] == "\\" and pos + 1 < size and markup[pos + 1] in _ESCAPABLE:
                        pos += 1
                    if markup[pos] != char:
                        raise _Misaligned
                    pos += 1
                    emit(char, start, pos)
            case "strong_open" | "strong_close" | "em_open" | "em_close":
                expect(token.markup)
                step = 1 if token.type.endswith("open") else -1
                if token.type.startswith("strong"):
                    bold += step
                else:
                    italic += step
            case "link_open":
                expect("[")
                target = str(token.attrs.get("href", ""))  # pragma: no mutate: always has href
                href = target if richtext.is_allowed_link(target) else None
            case "link_close":
                expect("]")
                pos = _link_end(markup, pos)
                href = None
            case "hardbreak":
                start = pos
                expect("\\\n")
                while pos < size and isStrSpace(markup[pos]):
                    pos += 1
                emit(" ", start, pos)
            case _:  # pragma: no mutate: a skipped token leaves source the checks refuse
                raise _Misaligned
    if pos != size:
        raise _Misaligned
    # The literal rest (past richtext.MAX_MARKS): escapes resolved, nothing else.
    index = size
    while index < len(source):
        start = index
        if source[index] == "\\" and index + 1 < len(source) and source[index + 1] in _ESCAPABLE:
            index += 1
        index += 1
        emit(source[index - 1], start, index)
    return _Visible("".join(chars), tuple(starts), tuple(ends), tuple(marks))


def _verbatim(markup: str, pos: int, text: str) -> bool:
    """Whether ``text`` stands at ``pos`` as it is, without escapes. The pragmas: this only
    lets :func:`_map_rich` map a run in bulk; its next case maps any run the same, slower."""
    return "\\" not in text and markup.startswith(text, pos)  # pragma: no mutate


def _link_end(src: str, pos: int) -> int:
    """Where ``(destination "title")`` after a link's ``]`` at ``pos - 1`` ends; markdown-it's
    own link rule, step by step, so the offsets agree with its tokens."""
    size = len(src)
    if pos >= size or src[pos] != "(":
        raise _Misaligned
    pos += 1
    while pos < size and (isStrSpace(src[pos]) or src[pos] == "\n"):
        pos += 1
    result = parseLinkDestination(src, pos, size)
    if result.ok:
        pos = result.pos
        start = pos
        while pos < size and (isStrSpace(src[pos]) or src[pos] == "\n"):
            pos += 1
        title = parseLinkTitle(src, pos, size)
        if start != pos and title.ok:  # a title is never found past the end
            pos = title.pos
            while pos < size and (isStrSpace(src[pos]) or src[pos] == "\n"):
                pos += 1
    if pos >= size or src[pos] != ")":
        raise _Misaligned
    return pos + 1


# ------------------------------------------------------------------------- finding


def pattern(
    query: str, *, case_sensitive: bool = False, whole_word: bool = False
) -> re.Pattern[str]:
    """The regular expression for ``query`` (see the module's notes on matching)."""
    body = "".join(_char_pattern(char, case_sensitive) for char in query)
    if whole_word and query[:1].isalnum():
        body = r"(?<![^\W_])" + body
    if whole_word and query[-1:].isalnum():
        body += r"(?![^\W_])"
    return re.compile(body)


def _char_pattern(char: str, case_sensitive: bool) -> str:
    """One query character as a pattern: white space matches any; without case, each of its
    one-character case forms; and a lowercase accented letter also its capital without the
    accent, as Dutch writes "Eén" at the start of a sentence (but "e" never finds "é")."""
    if char.isspace():
        return r"\s"
    if case_sensitive:
        return re.escape(char)
    forms = dict.fromkeys(f for f in (char, char.lower(), char.upper()) if len(f) == 1)
    bare = unicodedata.normalize("NFD", char)[0]
    if char.islower() and bare != char:
        forms.setdefault(bare.upper())
    if len(forms) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(f) for f in forms) + "]"


def find(
    pub: Publication, query: str, case_sensitive: bool = False, whole_word: bool = False
) -> list[Hit]:
    """Every match of ``query`` in ``pub``'s visible text, in reading order."""
    if not query:
        return []
    regex = pattern(query, case_sensitive=case_sensitive, whole_word=whole_word)
    hits: list[Hit] = []
    places = Places(pub)
    for loc, text, rich in _texts(pub):
        hits += _find_in(loc, text, rich, regex, places)
    return hits


def _find_in(
    loc: Loc, source: str, rich: bool, regex: re.Pattern[str], places: Places
) -> list[Hit]:
    visible = _visible(source, rich) if rich else None  # plain text is shown as stored
    mapped = visible is not None or not rich
    shown = visible.text if visible is not None else source  # unmapped: searched as stored
    matches = list(regex.finditer(shown))  # never empty: each query character is one
    if not matches:
        return []
    place = places.of(loc)
    if visible is None:
        return [
            Hit(loc, place, *m.span(), *m.span(), m.group(), mapped, rich, source) for m in matches
        ]
    starts, ends = visible.starts, visible.ends
    return [
        Hit(
            loc=loc,
            place=place,
            start=starts[m.start()],
            end=ends[m.end() - 1],
            shown_start=m.start(),
            shown_end=m.end(),
            found=m.group(),
            replaceable=True,
            rich=True,
            source=source,
        )
        for m in matches
    ]


def _context(text: str, start: int, end: int, cut_start: bool) -> str:
    """``text[start:end]`` on one line, with "…" where it was cut off (at its start for
    the text before a hit, at its end for the text after it), at a word's edge."""
    part = text[start:end]
    if cut_start and start > 0:
        space = part.find(" ")
        part = "…" + (part[space + 1 :] if 0 <= space < len(part) - 1 else part)
    if not cut_start and end < len(text):
        space = part.rfind(" ")
        part = (part[:space] if space > 0 else part) + "…"
    flat = " ".join(part.split())
    if part[:1].isspace():
        flat = " " + flat
    if part[-1:].isspace() and flat.strip():
        flat += " "
    return flat


# ------------------------------------------------------------------------- replacing


def replace(
    pub: Publication,
    hits_or_query: Sequence[Hit] | str,
    replacement: str,
    *,
    case_sensitive: bool = False,
    whole_word: bool = False,
) -> Publication:
    """A new publication with the hits (or every match of a query) replaced; see
    :func:`replace_hits`."""
    hits = (
        find(pub, hits_or_query, case_sensitive, whole_word)
        if isinstance(hits_or_query, str)
        else hits_or_query
    )
    return replace_hits(pub, hits, replacement).publication


def replace_hits(pub: Publication, hits: Iterable[Hit], replacement: str) -> Replaced:
    """Replace ``hits`` (from :func:`find` on ``pub``) with ``replacement``, as literal text.

    Pure: ``pub`` is unchanged; the result is validated as a whole. Raises
    :class:`ReplaceError` when the result would be invalid (an emptied required text).
    """
    by_loc: dict[Loc, list[Hit]] = {}
    for hit in hits:
        by_loc.setdefault(hit.loc, []).append(hit)
    current = {loc: (text, rich) for loc, text, rich in _texts(pub) if loc in by_loc}
    values: dict[Loc, str] = {}
    replaced = skipped = 0
    for loc, field_hits in by_loc.items():
        field = current.get(loc)
        if field is None:
            skipped += len(field_hits)
            continue
        text, done = _replace_in(*field, field_hits, replacement)
        replaced += done
        skipped += len(field_hits) - done
        if done:
            values[loc] = text
    if not values:
        return Replaced(pub, 0, skipped)
    try:
        new = Publication.model_validate(_with_values(pub, values))
    except ValidationError as error:
        raise _invalid(pub, values, error) from None
    return Replaced(new, replaced, skipped)


def _replace_in(source: str, rich: bool, hits: list[Hit], replacement: str) -> tuple[str, int]:
    """The text ``source`` with those ``hits`` replaced that can be, right to left (so the
    offsets of the hits still to do stay right)."""
    text = source
    done = 0
    regions = sorted(
        {(h.shown_start, h.shown_end) for h in hits if h.replaceable and h.source == source},
        reverse=True,
    )
    previous = len(text)  # no hit ends past the text
    for first, stop in regions:
        if stop > previous:  # overlaps a hit already replaced
            continue
        new = _replaced(text, first, stop, replacement, rich)
        if new is not None:
            text = new
            done += 1
            previous = first
    return text, done


def _replaced(text: str, first: int, stop: int, replacement: str, rich: bool) -> str | None:
    """``text`` with its visible characters ``first:stop`` replaced; ``None`` if it cannot be
    done without changing the marks of the characters around them."""
    if not rich:
        return text[:first] + replacement + text[stop:]
    before = _visible(text, True)
    if before is None:
        return None
    expected = before.text[:first] + replacement + before.text[stop:]
    marks = before.marks[:first] + (before.marks[first],) * len(replacement) + before.marks[stop:]
    if before.contiguous(first, stop - 1):  # the usual case: one run of the source
        start, end = before.starts[first], before.ends[stop - 1]
        candidate = text[:start] + escape(replacement) + text[end:]
        after = _visible(candidate, True)
        if after is not None and after.text == expected and after.marks == marks:
            return candidate if _survives_cleaning(candidate, after) else None
    # Across the edge of a mark, or where the marks around would read differently: the
    # field is written anew from its characters, as the editor writes a field it shows.
    spans = [Span(char, *marks[index]) for index, char in enumerate(expected)]
    candidate = to_markdown(spans)
    after = _visible(candidate, True)
    # The pragma: to_markdown's text parses to the spans it was given, so this never holds;
    # it stays as the read-back the module promises.
    if after is None or after.text != expected:  # pragma: no mutate (never holds, see above)
        return None
    outside = [i for i in range(len(expected)) if not first <= i < first + len(replacement)]
    if any(after.marks[i] != marks[i] for i in outside if not expected[i].isspace()):
        return None
    return candidate if _survives_cleaning(candidate, after) else None


def _survives_cleaning(candidate: str, shown: _Visible) -> bool:
    """Whether ``candidate`` still shows the same once stored: a text loses the white space
    around it, and a line break escaped at its end (``\\`` + newline) would become a
    backslash."""
    stored = _visible(candidate.strip(), True)
    return stored is not None and stored.text == shown.text.strip()


def _with_values(pub: Publication, values: dict[Loc, str]) -> Any:
    """``pub`` as plain data with ``values`` set; only the nodes on the way are copied, so
    validation takes every untouched model as it is."""
    return _rebuilt(pub, values, 0)


def _rebuilt(node: Any, values: dict[Loc, str], depth: int) -> Any:
    groups: dict[str | int, dict[Loc, str]] = {}
    for loc, value in values.items():
        groups.setdefault(loc[depth], {})[loc] = value
    data: Any = dict(node) if isinstance(node, BaseModel) else list(node)
    for key, inner in groups.items():
        leaf = [value for loc, value in inner.items() if len(loc) == depth + 1]
        if leaf:
            data[key] = leaf[0]
        else:
            data[key] = _rebuilt(data[key], inner, depth + 1)
    return data


#: pydantic's error types for a text or list below its minimum length.
_TOO_SHORT = frozenset({"string_too_short", "too_short"})


def _invalid(pub: Publication, values: dict[Loc, str], error: ValidationError) -> ReplaceError:
    """Which text the replacement would break, and why, in words."""
    first = error.errors()[0]
    loc = error_loc(first)
    place = place_of(pub, loc)
    where = place_words(place)  # words for any loc but the root's (which has none)
    # Only a length error is "empty": a rule of the model's own (a typed byline must be
    # typed) says more in its own words.
    emptied = loc in values and not values[loc].strip() and first["type"] in _TOO_SHORT
    if emptied:
        text = message("{where}: would be empty", where=where)
    else:
        text = message("{where}: {reason}", where=where, reason=str(first["msg"]))
    return ReplaceError(text, place, emptied)
