"""Lines kept across renders (exporters/pdf/line_cache.py): bounded, and invisible in the output.

The cache must change no byte: each document is rendered with nothing kept, then twice
with the cache on (the second render takes every paragraph's lines from the first), and
the three PDFs are compared whole (``invariant=1`` makes renders reproducible).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from exporters import ir
from exporters.pdf import render_pdf
from exporters.pdf.line_cache import LINES, Broken, LineCache
from exporters.pdf.paragraph import Para
from exporters.pdf.reportlab_private import SPLIT_WORD_HY
from exporters.pdf.styles import styles
from models import Project, Publication, load

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"
#: Long Dutch words, so that many lines end in a hyphenated word.
WORDS = (
    "arbeidsmarktdiscriminatie gemeenteraadsverkiezingen ondernemingsraadsvergadering "
    "kinderopvangtoeslagaffaire verantwoordelijkheidsgevoel zorgverzekeringsmaatschappij "
    "en een paar korte woorden ertussen"
)


@contextmanager
def no_kept_lines() -> Iterator[None]:
    entries = LINES.entries
    LINES.clear()
    LINES.entries = 0
    try:
        yield
    finally:
        LINES.entries = entries


@cache
def long_project() -> Project:
    """The sample with long paragraphs (split over pages), bold words and a link in them."""
    sample = load(SAMPLE)
    data = sample.publication.model_dump(mode="json")
    for number, block in enumerate(data["blocks"]):
        for item in block.get("body", []):
            if item["kind"] == "paragraph":
                plain = " ".join([WORDS] * (12 + number))
                item["text"] = (
                    plain
                    if number % 2
                    else f"{plain} **vet {WORDS}** [link](https://example.org) {plain}"
                )
    return Project(Publication.model_validate(data), sample.assets)


def _renders(project: Project, tagged: bool) -> tuple[bytes, bytes, bytes]:
    document = ir.build(project)
    with no_kept_lines():
        uncached = render_pdf(document, tagged=tagged)
    LINES.clear()
    first = render_pdf(document, tagged=tagged)
    second = render_pdf(document, tagged=tagged)
    return uncached, first, second


@pytest.mark.parametrize("tagged", [True, False])
@pytest.mark.parametrize("project", [lambda: load(SAMPLE), long_project], ids=["sample", "long"])
def test_kept_lines_change_no_byte(project: Any, tagged: bool) -> None:
    uncached, first, second = _renders(project(), tagged)
    assert first == uncached
    assert second == uncached


def test_a_second_render_takes_its_lines_from_the_first() -> None:
    document = ir.build(long_project())
    LINES.clear()
    render_pdf(document)
    misses = LINES.misses
    render_pdf(document)
    assert LINES.misses == misses
    assert len(LINES) > 0


def test_an_edit_breaks_only_the_edited_paragraph_again() -> None:
    project = long_project()
    LINES.clear()
    render_pdf(ir.build(project))
    data = project.publication.model_dump(mode="json")
    paragraph = next(
        item
        for block in data["blocks"]
        for item in block.get("body", [])
        if item["kind"] == "paragraph"
    )
    paragraph["text"] += " getypt"
    edited = Project(Publication.model_validate(data), project.assets)
    misses = LINES.misses
    edited_pdf = render_pdf(ir.build(edited))
    assert LINES.misses - misses == 1
    with no_kept_lines():
        assert render_pdf(ir.build(edited)) == edited_pdf


def test_splitting_a_paragraph_leaves_its_kept_lines_as_broken() -> None:
    """ReportLab marks the hyphenated word that ends a split head: on a copy, not the kept."""
    style = styles(ir.build(load(SAMPLE)).theme, "nl").body
    LINES.clear()
    text = " ".join([WORDS] * 20)
    para = Para(text, style)
    para.wrap(300, 10_000)
    lines = para.blPara.lines
    ends = [
        i
        for i, (_, words) in enumerate(lines[:-3])
        if i >= 2 and isinstance(words[-1], SPLIT_WORD_HY)
    ]
    assert ends, "no line ends in a hyphenated word"
    end = ends[0]
    head, _tail = para.split(300, (end + 1) * style.leading)
    assert type(head.frags[0].words[-1]) is not SPLIT_WORD_HY  # ReportLab marked it
    (kept,) = [entry for entry, _ in LINES._kept.values()]
    assert isinstance(kept.lines.lines[end][1][-1], SPLIT_WORD_HY)
    hits = LINES.hits
    again = Para(text, style)
    again.wrap(300, 10_000)
    assert LINES.hits == hits + 1
    assert isinstance(again.blPara.lines[end][1][-1], SPLIT_WORD_HY)


def _broken() -> Broken:
    return Broken(lines=None, frags=None, unbroken=None, widths=(100.0,), counts=(0.0, 0, 0))


def test_the_cache_keeps_at_most_its_entries_least_recently_used_out() -> None:
    cache = LineCache(entries=3, characters=1_000)
    for key in "abcd":
        cache.put(key, _broken(), 10)
    assert len(cache) == 3
    assert cache.get("a") is None
    assert cache.get("b") is not None  # now the most recently used
    cache.put("e", _broken(), 10)
    assert cache.get("c") is None
    assert cache.get("b") is not None


def test_the_cache_keeps_at_most_its_characters() -> None:
    cache = LineCache(entries=100, characters=100)
    for key in range(10):
        cache.put(key, _broken(), 30)
    assert cache.size <= 100
    assert len(cache) == 3
    cache.put("huge", _broken(), 101)  # more than the whole cache: not kept
    assert cache.get("huge") is None
    assert cache.size <= 100


def test_the_process_cache_is_bounded() -> None:
    assert 0 < LINES.entries <= 10_000
    assert 0 < LINES.characters <= 5_000_000
