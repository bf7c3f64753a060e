"""Patches between two renders of the web page: which blocks change, and when to reload.

The pages are real exports of the sample (``render_html``). Each patch is also applied to
the old page's blocks the way the preview's script applies it, and must give the new
page's blocks exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

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


def _apply(old: PageLayout, patch: Patch) -> list[list[bytes]]:
    """What the preview's ``podiumPatch`` makes of ``old``'s blocks."""
    result = []
    for before, change in zip(old.lists, patch.lists, strict=True):
        assert before.keys == change.before
        kept = dict(zip(before.keys, before.fragments, strict=True))
        result.append(
            [change.html[key].encode() if key in change.html else kept[key] for key in change.after]
        )
    return result


def _diff(project: Project, old: Publication, new: Publication) -> tuple[Patch, PageLayout]:
    before, after = _layout(_page(project, old)), _layout(_page(project, new))
    patch = html_patch.diff(before, after)
    assert patch is not None
    assert _apply(before, patch) == [list(blocks.fragments) for blocks in after.lists]
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
