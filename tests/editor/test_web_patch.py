"""The web preview patches the page in place: an edit replaces only the blocks it changed.

One :class:`WebPreview` (QtWebEngine takes about a second to start) is fed real exports of
the sample. A node the edit did not touch keeps its identity (a marker property set on it
survives), the reader keeps their place, a theme change loads the page again, and the
patched page equals a fresh load of the new HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import resources
from editor.preview.web_view import WebPreview
from exporters.html import render_html
from exporters.ir import build
from models import Project, Publication, load
from models.edit import replace_at

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))
TIMEOUT = 20_000  # ms
HOSTILE = "<script>document.title='owned'</script><img src=x onerror=alert(1)>"


class Harness:
    """The web preview and the project it shows; :meth:`show` waits until it is on screen."""

    def __init__(self, qtbot: Any, view: WebPreview) -> None:
        self.qtbot = qtbot
        self.view = view
        self.generation = 0
        self.loads = 0
        self.project: Project = load(SAMPLE)
        view.ensure_view().page.loadStarted.connect(self._count_load)

    def _count_load(self) -> None:
        self.loads += 1

    @property
    def publication(self) -> Publication:
        return self.project.publication

    def show(self, publication: Publication | None = None) -> None:
        if publication is not None:
            self.project = self.project.with_publication(publication)
        self.generation += 1
        generation = self.generation
        data = render_html(build(self.project)).encode("utf-8")
        with self.qtbot.waitSignal(
            self.view.sig_loaded, timeout=TIMEOUT, check_params_cb=lambda g: g == generation
        ):
            self.view.show_html(generation, data)
        self.qtbot.waitUntil(lambda: self.js("window.podiumReady === true"), timeout=TIMEOUT)

    def fresh(self) -> None:
        """Load the current project's page afresh, as if the view had never patched it."""
        self.view.clear()
        self.show()

    def js(self, script: str) -> Any:
        results: list[Any] = []
        self.view.run_js(script, results.append)
        self.qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
        return results[0]

    def body(self) -> str:
        """``document.body.innerHTML`` without the white space between tags."""
        html = self.js("document.body.innerHTML")
        return re.sub(r">\s+<", "><", html).strip()

    def block_ids(self) -> list[str]:
        script = "JSON.stringify(Array.from(document.querySelectorAll('main > [id]'), (e) => e.id))"
        ids: list[str] = json.loads(self.js(script))
        return ids

    def section(self, nth: int) -> tuple[int, str]:
        """The index and id of the ``nth`` section of the publication."""
        blocks = self.publication.blocks
        index = [i for i, b in enumerate(blocks) if b.kind == "section"][nth]
        return index, blocks[index].id

    def edit_paragraph(self, nth: int, text: str, *, count: int = 1) -> str:
        index, block_id = self.section(nth)
        body = list(self.publication.blocks[index].body)  # type: ignore[union-attr]
        body[0:1] = [text] * count
        self.show(replace_at(self.publication, ("blocks", index, "body"), body))
        return block_id


@pytest.fixture(scope="module")
def shared_view(qapp: QApplication) -> Iterator[WebPreview]:
    view = WebPreview()
    view.resize(1000, 700)
    view.show()
    view.ensure_view()
    yield view
    view.clear()
    view.close()
    view.deleteLater()
    # Now, not at exit: QtWebEngine wants its pages gone before its profiles and itself.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def web(qtbot: Any, shared_view: WebPreview) -> Harness:
    """The view with a fresh load of the sample."""
    harness = Harness(qtbot, shared_view)
    harness.fresh()
    harness.loads = 0
    return harness


def test_an_edit_replaces_only_its_block(web: Harness) -> None:
    _, edited = web.section(0)
    _, other = web.section(1)
    mark = "document.getElementById({!r}).podiumMarker = 'kept'; true"
    for anchor in (edited, other, "_colophon", "main_content"):
        assert web.js(mark.format(anchor)) is True
    assert web.js("document.querySelector('header').podiumMarker = 'kept'; true") is True

    web.edit_paragraph(0, "Een alinea die net is veranderd.")

    assert web.loads == 0  # patched, not loaded
    read = "document.getElementById({!r}).podiumMarker === 'kept'"
    assert web.js(read.format(edited)) is False  # the edited section is a new node
    for anchor in (other, "_colophon", "main_content"):
        assert web.js(read.format(anchor)) is True
    assert web.js("document.querySelector('header').podiumMarker === 'kept'") is True
    text = f"document.getElementById({edited!r}).textContent"
    assert "Een alinea die net is veranderd." in web.js(text)


def test_a_patch_keeps_the_scroll_position(web: Harness) -> None:
    web.js("window.scrollTo(0, 1500); true")
    web.qtbot.waitUntil(lambda: web.js("window.scrollY") == 1500, timeout=TIMEOUT)
    # The first section, above where the reader is, grows by many paragraphs.
    _, first = web.section(0)
    assert web.js(f"document.getElementById({first!r}).getBoundingClientRect().top") < 0
    web.edit_paragraph(0, "Een veel langere tekst. " * 20, count=6)
    assert web.loads == 0
    assert web.js("window.scrollY") == 1500


def test_a_theme_change_loads_the_page_again_where_the_reader_was(web: Harness) -> None:
    web.js("window.scrollTo(0, 1200); document.body.podiumMarker = 'old'; true")
    page = web.view.ensure_view().page
    # A load takes the place from the page's scroll position, which Qt learns a little later.
    web.qtbot.waitUntil(lambda: page.scrollPosition().y() == 1200, timeout=TIMEOUT)
    theme = {**web.publication.theme.model_dump(mode="json"), "primary_colour": "#225522"}
    web.show(replace_at(web.publication, ("theme",), theme))
    assert web.loads == 1
    assert web.js("document.body.podiumMarker === undefined") is True
    web.qtbot.waitUntil(lambda: web.js("window.scrollY") == 1200, timeout=TIMEOUT)


def test_blocks_added_removed_and_moved_appear_in_order(web: Harness) -> None:
    publication = web.publication
    blocks = [b.model_dump(mode="json") for b in publication.blocks]
    first, second = web.section(0)[0], web.section(1)[0]
    blocks[first], blocks[second] = blocks[second], blocks[first]
    blocks.pop()
    blocks.insert(1, {"kind": "quote", "id": "nieuw-citaat", "text": "Een nieuw citaat."})
    web.show(replace_at(publication, ("blocks",), blocks))
    assert web.loads == 0
    ids = [block["id"] for block in blocks]
    assert [i for i in web.block_ids() if i in ids] == ids


def test_the_patched_page_equals_a_fresh_load(web: Harness) -> None:
    publication = web.publication
    web.edit_paragraph(1, HOSTILE)
    web.show(replace_at(web.publication, ("title",), "Een nieuwe titel & <meer>"))
    blocks = [b.model_dump(mode="json") for b in web.publication.blocks]
    blocks.append(blocks.pop(0))
    blocks.pop(1)
    blocks.append({"kind": "quote", "id": "laatste-woord", "text": "Tot slot."})
    web.show(replace_at(web.publication, ("blocks",), blocks))
    assert web.loads == 0
    assert web.js("document.title") == "Een nieuwe titel & <meer>"
    # The hostile text is text: nothing it holds became an element or ran.
    assert web.js("document.querySelectorAll('main script, main img[onerror]').length") == 0
    assert HOSTILE in web.js("document.querySelector('main').textContent")
    patched = web.body()

    web.fresh()
    assert web.loads == 1
    assert web.body() == patched
    assert web.project.publication is not publication


def test_a_page_that_does_not_fit_the_patch_is_loaded_again(web: Harness) -> None:
    _, other = web.section(1)
    web.js(f"document.getElementById({other!r}).remove(); true")  # not what the editor sent
    web.edit_paragraph(0, "Na een wijziging die de editor niet kent.")
    assert web.loads == 1
    assert other in web.block_ids()
    assert "Na een wijziging" in web.js("document.querySelector('main').textContent")


def test_the_page_stays_off_the_network_after_patches(web: Harness) -> None:
    web.edit_paragraph(0, "Lees [het verslag](https://example.org/verslag) online.")
    assert web.loads == 0
    assert web.js("document.querySelector('a[href=\"https://example.org/verslag\"]') !== null")
    interceptor = web.view.interceptor
    assert interceptor is not None and interceptor.blocked == []
