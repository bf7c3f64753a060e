"""What changed between two renders of the web page, as blocks to replace in a live page.

The editor's web preview loads the page once and then patches it: reloading a 1.7 MB page
with its fonts on every edit cost about 300 ms, replacing the one section that changed costs
a few. This module, which knows nothing of Qt or browsers, cuts a page into its blocks (the
children of ``<body>``, of ``<main>`` and of each part, keyed by their ids) and says which
blocks the new page adds, replaces, drops or moves, or that it must be loaded afresh because
what every block depends on changed: the ``<head>`` (theme, fonts, CSS, the CSP) or the
``<body>``/``<main>`` elements themselves.

A part (``<section class="part">``) is a container like ``<main>``: when a section in it
changes, only that section is replaced. A part that is new, or whose own tag changed (its
language), is replaced whole in its parent's list; one that is gone is removed with it.

It reads only the exporter's own output (:func:`exporters.html.render_html`), where every
``<`` in text or in an attribute value is escaped, so a tag is wherever ``<`` is followed by
a name. Anything else it does not expect (a ``<script>``, text between blocks, unbalanced
tags, a duplicate id) makes it ask for a reload rather than guess.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

#: Elements without content or end tag (HTML's void elements).
_VOID = frozenset(b"area base br col embed hr img input link meta source track wbr".split())
#: Elements whose content is not markup; none belongs in the exporter's body.
_RAW = frozenset(b"script style textarea title xmp iframe noembed noframes plaintext".split())
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>")
_ID = re.compile(rb'\sid="([^"]*)"')
_BLOCK_ID = re.compile(rb'\sdata-block-id="([^"]*)"')
#: The element whose children are blocks too (the page's sections, quotes and intro).
_CONTAINER = b"main"
#: A part's class: its children (title, intro, sections, quotes) are blocks too.
_PART = re.compile(rb'\sclass="part"')


class _Unexpected(Exception):
    """The page is not shaped as the exporter writes it; only a reload is safe."""


@dataclass(frozen=True, slots=True)
class BlockList:
    """The element children of one container, in order: ``parent`` is ``None`` for
    ``<body>``, else the container's id. ``fragments[i]`` is the HTML of ``keys[i]``
    (a container's whole, children included). ``opening`` is the container's own start
    tag (empty for ``<body>``): a part whose start tag changed is replaced whole."""

    parent: str | None
    keys: tuple[str, ...]
    fragments: tuple[bytes, ...]
    opening: bytes = b""


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A page cut into what a patch can replace.

    ``frame`` is everything a block depends on (the head without its title, the ``<body>``
    and ``<main>`` tags): when it differs, the page is loaded again.
    """

    frame: tuple[bytes, ...]
    title: bytes
    lists: tuple[BlockList, ...]

    def children(self, parent: str | None) -> BlockList | None:
        """The list of the container ``parent`` (``None``: ``<body>``), if it is one."""
        return next((blocks for blocks in self.lists if blocks.parent == parent), None)


@dataclass(frozen=True, slots=True)
class ListPatch:
    """How one container changes: its children were ``before``, become ``after``, and
    ``html`` holds the fragment of every key in ``after`` that is new or changed.

    Patches come parents first; a container kept in its parent's list (same key, same
    start tag) is not in ``html`` and has a patch of its own, applied to the same node."""

    parent: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    html: dict[str, str]


@dataclass(frozen=True, slots=True)
class Patch:
    """The changes that turn the old page into the new one in place."""

    title: str | None  # the new document title, as text, when it changed
    lists: tuple[ListPatch, ...]

    @property
    def changed(self) -> frozenset[str]:
        """Keys of the blocks that are new or replaced (moves and removals not included)."""
        return frozenset(key for patch in self.lists for key in patch.html)

    @property
    def empty(self) -> bool:
        return self.title is None and all(p.before == p.after and not p.html for p in self.lists)

    def to_json(self) -> str:
        """The patch as a JSON object, the argument of the preview's ``podiumPatch``.

        The fragments travel as JSON strings: the page's script parses them as HTML the
        exporter wrote, and never assembles markup from text itself.
        """
        return json.dumps(
            {
                "title": self.title,
                "lists": [
                    {
                        "parent": p.parent,
                        "before": list(p.before),
                        "after": list(p.after),
                        "html": p.html,
                    }
                    for p in self.lists
                ],
            },
            ensure_ascii=True,  # also escapes U+2028/U+2029, which end a line in older JS
            separators=(",", ":"),
        )


def layout(page: bytes) -> PageLayout | None:
    """``page`` (UTF-8, as :func:`~exporters.html.render_html` writes it) cut into blocks,
    or ``None`` when it is not shaped so that it can be patched."""
    try:
        return _layout(page)
    except _Unexpected:
        return None


def diff(old: PageLayout | None, new: PageLayout | None) -> Patch | None:
    """The patch from ``old`` to ``new``, or ``None`` when the page must be loaded again."""
    if old is None or new is None or old.frame != new.frame:
        return None
    lists: list[ListPatch] = []
    pending: list[str | None] = [None]  # containers kept in both pages, parents first
    while pending:
        parent = pending.pop(0)
        before, after = old.children(parent), new.children(parent)
        if before is None or after is None:
            return None  # only <body> can be missing, and only from a page not ours
        kept = dict(zip(before.keys, before.fragments, strict=True))
        changed: dict[str, str] = {}
        for key, fragment in zip(after.keys, after.fragments, strict=True):
            if key in kept and _same_container(old, new, key):
                pending.append(key)  # the node stays; its children are patched in it
            elif kept.get(key) != fragment:
                changed[key] = fragment.decode("utf-8")
        lists.append(ListPatch(after.parent, before.keys, after.keys, changed))
    title = None
    if new.title != old.title:
        title = html.unescape(new.title.decode("utf-8"))
    return Patch(title, tuple(lists))


def _same_container(old: PageLayout, new: PageLayout, key: str) -> bool:
    """``key`` is a container in both pages, with the same start tag."""
    before, after = old.children(key), new.children(key)
    return before is not None and after is not None and before.opening == after.opening


def _layout(page: bytes) -> PageLayout:
    # From the end: the head holds the fonts, megabytes in which a search finds no "<".
    end = page.rfind(b"</body>")
    start = page.rfind(b"<body", 0, end)
    if start < 0 or end < start:
        raise _Unexpected("no body")
    open_end = page.find(b">", start) + 1
    # The title is the one part of the head an edit may change without a reload.
    title_start = page.find(b"<title>", 0, start) + len(b"<title>")
    title_end = page.find(b"</title>", title_start, start)
    if title_start < len(b"<title>") or title_end < 0:
        title_start = title_end = start
    title = page[title_start:title_end]
    head = (page[:title_start], page[title_end:start])
    body_list, containers = _children(page, open_end, end, None)
    frame = [*head, page[start:open_end], page[end:]]
    lists = [body_list]
    for parent, tag_end, close_start in containers:
        opening = page[page.rfind(b"<", 0, tag_end) : tag_end]  # the container's own tag
        frame.append(opening)  # <main>: what every block is shown in
        child_list, parts = _children(page, tag_end, close_start, parent, opening)
        lists.append(child_list)
        for part, part_end, part_close in parts:
            part_opening = page[page.rfind(b"<", 0, part_end) : part_end]
            part_list, nested = _children(page, part_end, part_close, part, part_opening)
            if nested:
                raise _Unexpected("a part inside a part")
            lists.append(part_list)
    if len({blocks.parent for blocks in lists}) != len(lists):
        raise _Unexpected("a container's id twice")
    return PageLayout(tuple(frame), title, tuple(lists))


def _children(
    page: bytes, start: int, end: int, parent: str | None, opening: bytes = b""
) -> tuple[BlockList, list[tuple[str, int, int]]]:
    """The element children of ``page[start:end]``; and, for each container among them
    (``<main>`` in ``<body>``, a part in ``<main>``), its id, the end of its start tag and
    the start of its end tag.

    Only the top level is walked: the end of a block is the end tag that balances its start
    tag among the tags of the same name, found with ``bytes.find``. A tag-by-tag walk in
    Python took 40 ms at 400 sections, on the GUI thread.
    """
    keys: list[str] = []
    fragments: list[bytes] = []
    containers: list[tuple[str, int, int]] = []
    unkeyed: dict[bytes, int] = {}
    seen: set[str] = set()
    position = start
    while True:
        match = _TAG.search(page, position, end)
        if match is None:
            break
        closing, name, attributes = match.groups()
        if closing or page[position : match.start()].strip():
            raise _Unexpected("text or an end tag between blocks")
        name = name.lower()
        if name in _RAW:
            raise _Unexpected("raw text element")
        key = _key(name, attributes, unkeyed)
        if key in seen:
            raise _Unexpected("duplicate key")
        seen.add(key)
        keys.append(key)
        if name in _VOID or attributes.endswith(b"/"):
            fragments.append(page[match.start() : match.end()])
            position = match.end()
            continue
        close = _matching_end(page, name, match.end(), end)
        wanted = name == _CONTAINER if parent is None else bool(_PART.search(attributes))
        if name == _CONTAINER and parent is not None:
            raise _Unexpected("<main> inside a container")
        if wanted:
            if key.startswith("~"):
                raise _Unexpected("a container without an id")
            containers.append((key, match.end(), close))
        fragments.append(page[match.start() : close + len(name) + 3])
        position = close + len(name) + 3
    if page[position:end].strip():
        raise _Unexpected("text after the last block")
    return BlockList(parent, tuple(keys), tuple(fragments), opening), containers


def _matching_end(page: bytes, name: bytes, start: int, end: int) -> int:
    """Where the end tag that closes an element ``name`` opened before ``start`` begins."""
    opening, closing = b"<" + name, b"</" + name + b">"
    depth, position = 1, start
    while True:
        close = page.find(closing, position, end)
        if close < 0:
            raise _Unexpected("unclosed element")
        # Count the elements of the same name opened before this end tag (nested ones).
        found = page.find(opening, position, close)
        while found >= 0:
            if page[found + len(opening) : found + len(opening) + 1] in b" \t\n\r/>":
                depth += 1
            found = page.find(opening, found + len(opening), close)
        depth -= 1
        if depth == 0:
            return close
        position = close + len(closing)


def _key(name: bytes, attributes: bytes, unkeyed: dict[bytes, int]) -> str:
    """A block's id (or ``data-block-id``); a block without either by tag and position."""
    found = _ID.search(attributes) or _BLOCK_ID.search(attributes)
    if found:
        return html.unescape(found.group(1).decode("utf-8"))
    number = unkeyed.get(name, 0)
    unkeyed[name] = number + 1
    return f"~{name.decode('ascii')}{number}"  # "~" never starts an id the exporter writes
