"""The cyclic collector held off during a render (exporters/pdf/collector.py) and page streams
kept across renders (exporters/pdf/compression.py): both invisible in the output.

Renders are compared whole (``invariant=1`` makes them reproducible): with the stream cache
off, with it on and empty, and on again taking every page's stream from the render before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from exporters import ir
from exporters.pdf import compression, render_pdf
from exporters.pdf.collector import collector_paused
from exporters.pdf.compression import STREAMS, StreamCache
from models import Project, load

SAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "ruimte-voor-professionals"


@cache
def sample() -> Project:
    return load(SAMPLE)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()


# -- the collector --------------------------------------------------------------------------


@pytest.mark.usefixtures("collector_on")
def test_collector_is_off_inside_and_on_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_collector_comes_back_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("layout failed")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_nested_pauses_end_with_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_concurrent_renders_share_one_pause() -> None:
    """The collector is back only when the last of two overlapping pauses ends."""
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other render is still laying out
    release.set()
    thread.join(10)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_render_leaves_the_collector_on_and_its_cycles_collected() -> None:
    render_pdf(ir.build(sample()))
    assert gc.isenabled()
    assert gc.get_count()[0] < 700  # the render's young objects were walked once at its end


# -- page streams ---------------------------------------------------------------------------


def test_page_streams_kept_across_renders_change_no_byte(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = ir.build(sample())
    for tagged in (True, False):
        monkeypatch.setattr(compression, "ENABLED", False)
        reference = render_pdf(document, tagged=tagged)
        monkeypatch.setattr(compression, "ENABLED", True)
        STREAMS.clear()
        first = render_pdf(document, tagged=tagged)
        kept = len(STREAMS)
        second = render_pdf(document, tagged=tagged)  # every page's stream from the first
        assert kept > 0
        assert len(STREAMS) == kept
        assert first == reference
        assert second == reference


def test_an_edited_page_gets_a_stream_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    data = project.publication.model_dump(mode="json")
    section = next(block for block in data["blocks"] if block["kind"] == "section")
    paragraph = next(item for item in section["body"] if item["kind"] == "paragraph")
    paragraph["text"] += " Een zin erbij."
    edited = ir.build(Project(type(project.publication).model_validate(data), project.assets))
    render_pdf(ir.build(project))
    from_cache = render_pdf(edited)
    monkeypatch.setattr(compression, "ENABLED", False)
    assert from_cache == render_pdf(edited)


def test_stream_cache_is_bounded_oldest_first() -> None:
    kept = StreamCache(limit=100)
    kept.put(("a" * 30, ("FlateDecode",)), b"x" * 10)
    kept.put(("b" * 30, ("FlateDecode",)), b"y" * 10)
    assert kept.get(("a" * 30, ("FlateDecode",))) == b"x" * 10  # now the most recent
    kept.put(("c" * 30, ("FlateDecode",)), b"z" * 10)
    assert kept.size <= 100
    assert kept.get(("b" * 30, ("FlateDecode",))) is None
    assert kept.get(("a" * 30, ("FlateDecode",))) is not None
    kept.put(("d" * 200, ("FlateDecode",)), b"too big")  # larger than the whole cache
    assert kept.get(("d" * 200, ("FlateDecode",))) is None
    assert kept.get(("a" * 30, ("FlateDecode",))) is not None


def test_filters_are_part_of_the_key() -> None:
    kept = StreamCache(limit=1000)
    kept.put(("page", ("ASCII85Decode", "FlateDecode")), b"a85")
    assert kept.get(("page", ("FlateDecode",))) is None
