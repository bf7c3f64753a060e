"""The preview's render process, without widgets.

What it renders is tested in tests/exporters/test_render_project.py.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import resources
from editor.preview.export_anchors import TITLE_ANCHOR, anchor_for, target_for
from editor.preview.render_worker import ProcessRenderer, ThreadRenderer
from editor.targets import Target
from exporters.export import render_project
from exporters.ir import COLOPHON_ANCHOR, INTRO_ANCHOR
from models import Project, Publication, Section, load

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture(scope="module")
def project() -> Project:
    return load(SAMPLE)


def test_the_worker_process_renders_like_the_thread(project: Project) -> None:
    renderer = ProcessRenderer()
    try:
        in_process = renderer.render(project)
        assert in_process.pdf == ThreadRenderer().render(project).pdf
        assert in_process.destinations == render_project(project).destinations
        pid = renderer.pid
        assert pid is not None and pid != os.getpid()
        # Assets cross the pipe once: the worker keeps them for the next render.
        assert renderer._sent == frozenset(project.assets)
        again = renderer.render(project.with_publication(project.publication))
        assert again.pdf == in_process.pdf and renderer.pid == pid
    finally:
        renderer.close()
    assert renderer.pid is None


def test_a_dead_worker_is_replaced(project: Project) -> None:
    renderer = ProcessRenderer()
    try:
        assert renderer.render(project).errors == ()
        pid = renderer.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        result = renderer.render(project)
        assert result.errors == () and result.pdf is not None
        assert renderer.pid not in (None, pid)
    finally:
        renderer.close()


def test_targets_and_anchors_map_both_ways(project: Project) -> None:
    pub = project.publication
    assert anchor_for(Target("details"), pub) == TITLE_ANCHOR
    assert anchor_for(Target("intro"), pub) == INTRO_ANCHOR
    assert anchor_for(Target("colophon"), pub) == COLOPHON_ANCHOR
    assert anchor_for(Target("theme"), pub) is None
    assert anchor_for(Target("section", "no-such-id"), pub) is None
    for block in pub.blocks:
        target = Target(block.kind, block.id)
        assert anchor_for(target, pub) == block.id
        assert target_for(block.id, pub) == target
    for anchor, kind in ((TITLE_ANCHOR, "details"), (INTRO_ANCHOR, "intro")):
        assert target_for(anchor, pub) == Target(kind)  # type: ignore[arg-type]
    assert target_for(COLOPHON_ANCHOR, pub) == Target("colophon")
    assert target_for("elsewhere", pub) is None
    first = next(b for b in pub.blocks if isinstance(b, Section) and b.speaker_ids)
    assert anchor_for(Target("speaker", first.speaker_ids[0]), pub) == first.id


def test_parts_and_sections_in_parts_have_their_places_in_the_exports(day: Publication) -> None:
    """Every part, section and quote (inside a part or not, titled or not) is found in both
    directions, at a destination the rendered PDF really has."""
    rendering = render_project(Project(day))
    assert rendering.html is not None
    page = rendering.html.decode()
    for _loc, block in day.iter_blocks(parts=True):
        target = Target(block.kind, block.id)
        assert anchor_for(target, day) == block.id
        assert block.id in rendering.destinations  # the PDF's named destination
        assert f'id="{block.id}"' in page  # the web page's anchor
        assert target_for(block.id, day) == target
    assert anchor_for(Target("part", "no-such-part"), day) is None
    # a speaker is shown where they first take part: inside a part, as a panel member too
    assert anchor_for(Target("speaker", "cato"), day) == "panel"
    assert anchor_for(Target("speaker", "eva"), day) == "ws-b"
