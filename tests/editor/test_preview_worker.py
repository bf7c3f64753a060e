"""The preview's rendering, without widgets: same bytes as export, page map, worker process."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import resources
from editor.preview.export_anchors import TITLE_ANCHOR, anchor_for, target_for
from editor.preview.render_worker import (
    ProcessRenderer,
    Rendering,
    ThreadRenderer,
    message_for,
    read_destinations,
    render_project,
)
from editor.targets import Target
from exporters.export import export
from exporters.ir import COLOPHON_ANCHOR, INTRO_ANCHOR
from exporters.pdf import PdfLayoutError
from models import Project, Section, load

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))


@pytest.fixture(scope="module")
def project() -> Project:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def rendering(project: Project) -> Rendering:
    return render_project(project)


def test_the_preview_is_the_export_byte_for_byte(
    project: Project, rendering: Rendering, tmp_path: Path
) -> None:
    export(project, pdf=tmp_path / "out.pdf")
    export(project, html=tmp_path / "out.html")
    assert rendering.errors == ()
    assert rendering.pdf == (tmp_path / "out.pdf").read_bytes()
    assert rendering.html == (tmp_path / "out.html").read_bytes()


def test_only_the_formats_asked_for_are_rendered(project: Project) -> None:
    html_only = render_project(project, frozenset({"html"}))
    assert html_only.pdf is None and html_only.html is not None
    assert html_only.formats == {"html"} and html_only.errors == ()


def test_every_part_has_a_destination_in_document_order(
    project: Project, rendering: Rendering
) -> None:
    assert rendering.pdf is not None
    assert read_destinations(rendering.pdf) == rendering.destinations
    anchors = [INTRO_ANCHOR, *(b.id for b in project.publication.blocks), COLOPHON_ANCHOR]
    places = [rendering.destinations[anchor] for anchor in anchors]
    assert places == sorted(places)  # (page, points from the top) grow through the document
    assert places[0].page == 0 and places[-1].page > 0
    assert all(place.top >= 0 for place in places)


def test_a_pdf_without_destinations_gives_an_empty_map() -> None:
    assert read_destinations(b"%PDF-1.4 not really") == {}


def test_render_errors_become_messages(monkeypatch: pytest.MonkeyPatch, project: Project) -> None:
    def too_big(_document: object) -> bytes:
        raise PdfLayoutError("part of the publication does not fit on a page: a table")

    monkeypatch.setattr("exporters.pdf.render_pdf", too_big)
    failed = render_project(project)
    assert failed.pdf is None and failed.html is not None
    assert failed.errors == ("PDF: part of the publication does not fit on a page: a table",)
    assert message_for(KeyError("x")).startswith("internal error (a bug in Podium): KeyError")


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
