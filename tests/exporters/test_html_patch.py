"""Patches between two renders of the web page: which blocks change, and when to reload.

The pages are real exports (``render_html``) of the sample and of a publication in parts.
Each patch is also applied to the old page, read into a tree, the way the preview's script
(``podiumPatch`` in ``editor/preview/web_engine.py``) applies it, and must give the new
page's ``<body>`` exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from exporters import html_patch
from exporters.html import render_html
from exporters.html_patch import PageLayout, Patch
from exporters.ir import build
from models import Project, Publication, load
from models.edit import replace_at

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
HOSTILE = "<script>alert(1)</script> </section> &amp; <b>bold\u2028</b>"


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(SAMPLE)


def _page(project: Project, publication: Publication | None = None) -> bytes:
    if publication is not None:
        project = project.with_publication(publication)
    return render_html(build(project)).encode("utf-8")


def _layout(page: bytes) -> PageLayout:
    layout = html_patch.layout(page)
    assert layout is not None
    return layout


def _section_index(publication: Publication, nth: int = 0) -> int:
    return [i for i, b in enumerate(publication.blocks) if b.kind == "section"][nth]


@dataclass(eq=True)
class Node:
    """An element of a parsed page: its tag, attributes, and children (white space between
    elements dropped, as the patch's script ignores it)."""

    tag: str
    attrs: tuple[tuple[str, str | None], ...]
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> list[Node]:
        return [child for child in self.children if isinstance(child, Node)]

    def find(self, element_id: str) -> Node | None:
        if ("id", element_id) in self.attrs:
            return self
        for child in self.elements():
            found = child.find(element_id)
            if found is not None:
                return found
        return None


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class _Tree(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)  # the text as written, entities and all
        self.root = Node("#root", ())
        self._open = [self.root]
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, tuple(attrs))
        self._open[-1].children.append(node)
        if tag not in _VOID:
            self._open.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self._open[-1].tag == tag, (self._open[-1].tag, tag)
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self._open[-1].children.append(data)

    def handle_entityref(self, name: str) -> None:
        self._open[-1].children.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._open[-1].children.append(f"&#{name};")


def _body(page: bytes) -> Node:
    html = page.decode("utf-8")
    (body,) = _Tree(html[html.index("<body") : html.rindex("</body>") + 7]).root.elements()
    return body


def _apply(old_page: bytes, patch: Patch) -> Node:
    """What the preview's ``podiumPatch`` makes of ``old_page``'s body: every list is
    checked and its new nodes made before anything changes, then applied in order."""
    body = _body(old_page)
    plans = []
    for change in patch.lists:
        parent = body if change.parent is None else body.find(change.parent)
        assert parent is not None, change.parent
        children = parent.elements()
        assert len(children) == len(change.before)
        old = dict(zip(change.before, children, strict=True))
        made = {}
        for key, fragment in change.html.items():
            (node,) = _Tree(fragment).root.elements()
            made[key] = node
        assert all(key in made or key in old for key in change.after)
        plans.append((parent, old, made, change.after))
    for parent, old, made, after in plans:
        parent.children = [made.get(key) or old[key] for key in after]
    return body


def _diff(project: Project, old: Publication, new: Publication) -> tuple[Patch, PageLayout]:
    old_page, new_page = _page(project, old), _page(project, new)
    before, after = _layout(old_page), _layout(new_page)
    patch = html_patch.diff(before, after)
    assert patch is not None
    assert _apply(old_page, patch) == _body(new_page)
    return patch, after


def test_the_page_is_cut_into_the_blocks_of_body_and_main(sample: Project) -> None:
    layout = _layout(_page(sample))
    body, main = layout.lists
    assert body.parent is None and main.parent == "main_content"
    assert "main_content" in body.keys and "_colophon" in body.keys
    block_ids = [block.id for block in sample.publication.blocks]
    assert [key for key in main.keys if key in block_ids] == block_ids
    for key, fragment in zip(main.keys, main.fragments, strict=True):
        assert f'id="{key}"'.encode() in fragment.split(b">", 1)[0]


def test_editing_a_paragraph_changes_only_its_section(sample: Project) -> None:
    publication = sample.publication
    index = _section_index(publication, 1)
    section = publication.blocks[index]
    body = ["Een nieuwe eerste alinea.", *section.body[1:]]  # type: ignore[union-attr]
    patch, _ = _diff(sample, publication, replace_at(publication, ("blocks", index, "body"), body))
    assert patch.changed == {section.id}
    assert patch.title is None
    assert all(change.before == change.after for change in patch.lists)
    assert "Een nieuwe eerste alinea." in patch.lists[1].html[section.id]


def test_nothing_changed_is_an_empty_patch(sample: Project) -> None:
    patch, _ = _diff(sample, sample.publication, sample.publication)
    assert patch.empty and patch.changed == frozenset()


def test_a_new_title_patches_the_masthead_and_the_document_title(sample: Project) -> None:
    publication = sample.publication
    patch, _ = _diff(sample, publication, replace_at(publication, ("title",), "Tom & <Jerry>"))
    assert patch.title == "Tom & <Jerry>"  # text for document.title, not markup
    assert patch.changed == {"_intro"}  # the masthead carries the intro's block id
    assert "Tom &amp; &lt;Jerry&gt;" in patch.lists[0].html["_intro"]


def test_blocks_added_removed_and_moved_are_in_the_new_order(sample: Project) -> None:
    publication = sample.publication
    blocks = list(publication.blocks)
    first, second = _section_index(publication, 0), _section_index(publication, 1)
    blocks[first], blocks[second] = blocks[second], blocks[first]
    removed = blocks.pop()
    moved = replace_at(publication, ("blocks",), [b.model_dump(mode="json") for b in blocks])
    patch, after = _diff(sample, publication, moved)
    assert patch.changed == frozenset()  # a move replaces nothing
    assert removed.id not in patch.lists[1].after
    assert patch.lists[1].after == after.lists[1].keys

    added = replace_at(
        publication,
        ("blocks",),
        [
            *(b.model_dump(mode="json") for b in publication.blocks),
            {"kind": "quote", "id": "nieuw-citaat", "text": "Nieuw."},
        ],
    )
    patch, _ = _diff(sample, publication, added)
    assert patch.changed == {"nieuw-citaat"}
    assert patch.lists[1].after[-1] == "nieuw-citaat"


def test_hostile_text_reaches_the_patch_escaped(sample: Project) -> None:
    publication = sample.publication
    index = _section_index(publication)
    edited = replace_at(publication, ("blocks", index, "title"), HOSTILE)
    patch, _ = _diff(sample, publication, edited)
    fragment = patch.lists[1].html[publication.blocks[index].id]
    assert "<script" not in fragment and "&lt;script&gt;" in fragment
    argument = patch.to_json()
    assert "\u2028" not in argument and "<script" not in argument
    assert json.loads(argument)["lists"][1]["html"] == patch.lists[1].html


@pytest.mark.parametrize(
    "update",
    [
        {"primary_colour": "#225522"},
        {"body_font": "Source Sans Pro"},
        {"page_size": "Letter"},
    ],
)
def test_a_theme_or_font_change_asks_for_a_reload(sample: Project, update: dict[str, str]) -> None:
    publication = sample.publication
    theme = {**publication.theme.model_dump(mode="json"), **update}
    old, new = _page(sample), _page(sample, replace_at(publication, ("theme",), theme))
    assert html_patch.diff(_layout(old), _layout(new)) is None


FRAME = b"<!DOCTYPE html><html><head><title>t</title></head><body>\n%s\n</body></html>"


@pytest.mark.parametrize(
    "body",
    [
        b'<main id="m"><p>a</p></main><script>alert(1)</script>',  # a script between blocks
        b'<main id="m"><p>a</p></main>loose text',  # text the patch could not place
        b'<main id="m"><p>a</p>',  # unclosed
        b'<main id="m"><p id="x">a</p><p id="x">b</p></main>',  # an id twice
        b"<main><p>a</p></main>",  # a container without an id
        b'<main id="m"><main id="n"></main></main>',  # containers inside containers
        b"<p>no end tag",
        b"</div>",
    ],
)
def test_a_page_not_shaped_like_the_export_is_loaded_not_patched(body: bytes) -> None:
    assert html_patch.layout(FRAME % body) is None
    assert html_patch.diff(None, html_patch.layout(FRAME % b"<p>a</p>")) is None
    assert html_patch.layout(b"no body at all") is None


def test_nested_elements_of_one_name_end_at_the_right_tag() -> None:
    body = b'<main id="m"><div id="a"><div><div>x</div></div><br></div>\n<div id="b">y</div></main>'
    layout = html_patch.layout(FRAME % body)
    assert layout is not None
    assert layout.lists[1].keys == ("a", "b")
    assert layout.lists[1].fragments[0].endswith(b"<br></div>")


# --- parts: containers inside <main> ------------------------------------------------------


def _parts_data(**changes: Any) -> dict[str, Any]:
    """A publication in two parts, with a section and a quote between them."""
    data: dict[str, Any] = {
        "title": "Een dag in delen",
        "publication_date": "2024-05-01",
        "blocks": [
            {"kind": "section", "id": "opening", "title": "Opening", "body": ["Welkom."]},
            {
                "kind": "part",
                "id": "ochtend",
                "title": "De ochtend",
                "intro": [{"kind": "paragraph", "id": "p-ochtend", "text": "Twee talks."}],
                "blocks": [
                    {"kind": "section", "id": "talk-a", "title": "Talk A", "body": ["A."]},
                    {"kind": "section", "id": "talk-b", "title": "Talk B", "body": ["B."]},
                ],
            },
            {"kind": "quote", "id": "tussendoor", "text": "Een citaat."},
            {
                "kind": "part",
                "id": "middag",
                "title": "De middag",
                "blocks": [
                    {"kind": "section", "id": "workshop-c", "title": "Workshop C", "body": ["C."]},
                    {"kind": "section", "id": "vervolg", "body": ["Zonder titel."]},
                ],
            },
        ],
    }
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def in_parts() -> Project:
    return Project(Publication.model_validate(_parts_data()))


def _blocks(publication: Publication) -> list[dict[str, Any]]:
    return [block.model_dump(mode="json") for block in publication.blocks]


def test_a_part_is_a_container_of_its_own(in_parts: Project) -> None:
    layout = _layout(_page(in_parts))
    assert [blocks.parent for blocks in layout.lists] == [
        None,
        "main_content",
        "ochtend",
        "middag",
    ]
    main = layout.children("main_content")
    assert main is not None
    assert [key for key in main.keys if not key.startswith("_")] == [
        "opening",
        "ochtend",
        "tussendoor",
        "middag",
    ]
    morning = layout.children("ochtend")
    assert morning is not None
    assert morning.keys == ("ochtend_title", "~p0", "talk-a", "talk-b")
    assert morning.opening.startswith(b'<section class="part" id="ochtend"')
    # In its parent's list a part is whole, its sections included.
    fragment = main.fragments[main.keys.index("ochtend")]
    assert b'id="talk-b"' in fragment and fragment.endswith(b"</section>")


def test_editing_a_section_in_a_part_replaces_only_that_section(in_parts: Project) -> None:
    publication = in_parts.publication
    edited = replace_at(publication, ("blocks", 1, "blocks", 1, "body"), ["B, herschreven."])
    patch, _ = _diff(in_parts, publication, edited)
    assert patch.changed == {"talk-b"}
    (change,) = [c for c in patch.lists if c.html]
    assert change.parent == "ochtend"
    assert "B, herschreven." in change.html["talk-b"]
    assert all(c.before == c.after for c in patch.lists)


def test_a_part_title_or_intro_is_replaced_alone(in_parts: Project) -> None:
    publication = in_parts.publication
    retitled = replace_at(publication, ("blocks", 3, "title"), "De <middag>")
    patch, _ = _diff(in_parts, publication, retitled)
    assert patch.changed == {"middag_title"}
    assert "De &lt;middag&gt;" in next(c for c in patch.lists if c.html).html["middag_title"]

    intro = replace_at(publication, ("blocks", 1, "intro"), ["Andere inleiding."])
    patch, _ = _diff(in_parts, publication, intro)
    assert patch.changed == {"~p0"}
    assert next(c for c in patch.lists if c.html).parent == "ochtend"


def test_a_section_moved_into_another_part_moves_with_its_html(in_parts: Project) -> None:
    publication = in_parts.publication
    blocks = _blocks(publication)
    moved = blocks[1]["blocks"].pop(0)  # talk-a, from the morning to the afternoon
    blocks[3]["blocks"].insert(1, moved)
    patch, _ = _diff(in_parts, publication, replace_at(publication, ("blocks",), blocks))
    assert patch.changed == {"talk-a"}
    lists = {change.parent: change for change in patch.lists}
    assert lists["ochtend"].after == ("ochtend_title", "~p0", "talk-b")
    assert lists["middag"].after == ("middag_title", "workshop-c", "talk-a", "vervolg")
    assert "talk-a" in lists["middag"].html


def test_parts_moved_replace_nothing(in_parts: Project) -> None:
    publication = in_parts.publication
    blocks = _blocks(publication)
    blocks[1], blocks[3] = blocks[3], blocks[1]
    patch, _ = _diff(in_parts, publication, replace_at(publication, ("blocks",), blocks))
    assert patch.changed == frozenset()
    main = next(c for c in patch.lists if c.parent == "main_content")
    assert main.after.index("middag") < main.after.index("ochtend")


def test_a_new_part_comes_whole_and_a_removed_one_goes(in_parts: Project) -> None:
    publication = in_parts.publication
    new_part = {
        "kind": "part",
        "id": "avond",
        "title": "De avond",
        "blocks": [{"kind": "section", "id": "borrel", "title": "Borrel", "body": ["Proost."]}],
    }
    added = replace_at(publication, ("blocks",), [*_blocks(publication), new_part])
    patch, _ = _diff(in_parts, publication, added)
    assert patch.changed == {"avond"}
    (change,) = [c for c in patch.lists if c.html]
    assert change.parent == "main_content"
    assert 'id="borrel"' in change.html["avond"]  # the part with its sections
    assert "avond" not in {c.parent for c in patch.lists}  # nothing to patch inside it

    blocks = _blocks(publication)
    del blocks[1]
    patch, _ = _diff(in_parts, publication, replace_at(publication, ("blocks",), blocks))
    assert patch.changed == frozenset()
    assert "ochtend" not in {c.parent for c in patch.lists}
    main = next(c for c in patch.lists if c.parent == "main_content")
    assert "ochtend" in main.before and "ochtend" not in main.after


def test_a_part_whose_own_tag_changes_is_replaced_whole(in_parts: Project) -> None:
    publication = in_parts.publication
    english = replace_at(publication, ("blocks", 1, "language"), "en")
    patch, _ = _diff(in_parts, publication, english)
    assert patch.changed == {"ochtend"}
    assert "ochtend" not in {c.parent for c in patch.lists}


def test_a_section_becoming_a_part_is_replaced(in_parts: Project) -> None:
    """The same id, once a section and now a part: the node is made anew."""
    publication = in_parts.publication
    blocks = _blocks(publication)
    blocks[0] = {"kind": "part", "id": "opening", "title": "Opening", "blocks": []}
    patch, _ = _diff(in_parts, publication, replace_at(publication, ("blocks",), blocks))
    assert patch.changed == {"opening"}


@pytest.mark.parametrize(
    "body",
    [
        b'<main id="m"><section class="part" id="a"><section class="part" id="b">'
        b"</section></section></main>",  # a part inside a part
        b'<main id="m"><section class="part"><p>a</p></section></main>',  # a part without id
        b'<main id="m"><section class="part" id="a"><main id="n"></main></section></main>',
        b'<main id="m"><section class="part" id="m"></section></main>',  # a container id twice
    ],
)
def test_parts_not_shaped_like_the_export_are_loaded_not_patched(body: bytes) -> None:
    assert html_patch.layout(FRAME % body) is None


def test_the_check_of_a_patch_would_notice_a_wrong_one(in_parts: Project) -> None:
    """The tree comparison in :func:`_diff` is not blind: a patch that leaves a section
    in its old state does not give the new page."""
    publication = in_parts.publication
    edited = replace_at(publication, ("blocks", 1, "blocks", 0, "body"), ["A, herschreven."])
    old_page, new_page = _page(in_parts, publication), _page(in_parts, edited)
    patch = html_patch.diff(_layout(old_page), _layout(new_page))
    assert patch is not None and patch.changed == {"talk-a"}
    unchanged = Patch(None, tuple(replace(c, html={}) for c in patch.lists))
    assert _apply(old_page, unchanged) != _body(new_page)
    assert _apply(old_page, patch) == _body(new_page)
