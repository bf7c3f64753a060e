"""A focus render (a window of a long PDF, :mod:`exporters.pdf.focus`) lays out its parts
into the pages the whole document has there: same text per page, same page numbers."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import resources
from exporters.export import Focus, Rendering, export, render_project, unit_anchors
from exporters.pdf.page_template import MARGINS
from models import Project, Publication, load

_WORDS = (
    "ruimte",
    "professionals",
    "gemeente",
    "inwoners",
    "vertrouwen",
    "samenwerking",
    "teamleider",
    "leiderschap",
    "beleid",
    "uitvoering",
    "experimenteren",
    "werkvloer",
    "verandering",
    "cultuur",
    "budget",
    "regels",
    "gesprek",
)
TOP = MARGINS["normal"][1]


def _text(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _section(rng: random.Random, number: int) -> dict[str, Any]:
    return {
        "kind": "section",
        "id": f"sectie-{number}",
        "title": f"Sectie {number}: {_text(rng, 4)}",
        "people": ["an"],
        "takeaways": [_text(rng, 10), _text(rng, 8)],
        "body": [
            {"kind": "paragraph", "id": f"p-{number}-{k}", "text": _text(rng, rng.randint(60, 140))}
            for k in range(rng.randint(2, 5))
        ],
    }


def long_publication() -> Project:
    """Sections, quotes and two parts (one in English) over some 20 pages."""
    rng = random.Random(5)  # a seed with parts, and a section in a part, starting pages
    blocks: list[dict[str, Any]] = []
    for number in range(12):
        blocks.append(_section(rng, number))
        if number % 3 == 0:
            blocks.append({"kind": "quote", "id": f"citaat-{number}", "text": _text(rng, 25)})
    for part, language in ((1, None), (2, "en")):
        blocks.append(
            {
                "kind": "part",
                "id": f"deel-{part}",
                "title": f"Deel {part}",
                "intro": [{"kind": "paragraph", "id": f"deel-{part}-p", "text": _text(rng, 50)}],
                "blocks": [_section(rng, 100 * part + k) for k in range(5)],
                "language": language,
            }
        )
    data = {
        "title": "Een lang verslag",
        "publication_date": "2018-02-14",
        "speakers": [{"id": "an", "name": "An de Vries", "role": "wethouder"}],
        "blocks": blocks,
    }
    return Project(Publication.model_validate(data))


@pytest.fixture(scope="module")
def project() -> Project:
    return long_publication()


@pytest.fixture(scope="module")
def whole(project: Project) -> tuple[Rendering, PdfReader]:
    rendering = render_project(project, frozenset({"pdf"}))
    assert rendering.pdf is not None
    return rendering, PdfReader(io.BytesIO(rendering.pdf))


def _at_page_tops(project: Project, rendering: Rendering) -> list[str]:
    """The units (not the first) that start at the top of a page in the whole PDF."""
    anchors = unit_anchors(project.publication)[1:]
    return [a for a in anchors if abs(rendering.destinations[a].top - TOP) < 0.5]


def test_a_focus_renders_the_pages_the_whole_has_where_its_first_part_starts_a_page(
    project: Project, whole: tuple[Rendering, PdfReader]
) -> None:
    rendering, reader = whole
    anchors = unit_anchors(project.publication)
    tops = _at_page_tops(project, rendering)
    assert {"deel-2", "sectie-203"} <= set(tops)  # a part, and a section in a part (English)
    for start in tops:
        index = anchors.index(start)
        end = anchors[min(index + 2, len(anchors) - 2)]  # two more parts, the last before
        after = rendering.destinations[anchors[anchors.index(end) + 1]]
        where = rendering.destinations[start]
        focus = Focus(start, end, where.page, where.top, rendering.pages)
        window = render_project(project, focus=focus)
        assert window.pdf is not None and not window.errors
        pages = PdfReader(io.BytesIO(window.pdf)).pages
        # Every page before the one where the part after the window starts is whole.
        assert len(pages) >= after.page - where.page
        for offset in range(after.page - where.page):
            number = where.page + offset
            expected = reader.pages[number].extract_text()
            assert pages[offset].extract_text() == expected, f"page {number + 1} from {start}"
            assert f"pagina {number + 1} van {rendering.pages}" in " ".join(expected.split())
        for anchor in anchors[index : anchors.index(end) + 1]:
            assert window.destinations[anchor] == rendering.destinations[anchor]


def test_a_focus_starting_mid_page_places_its_first_part_where_the_whole_does(
    project: Project, whole: tuple[Rendering, PdfReader]
) -> None:
    rendering, reader = whole
    anchors = unit_anchors(project.publication)
    middle = [a for a in anchors[1:-1] if rendering.destinations[a].top > TOP + 100]
    assert middle
    for anchor in middle[:4]:
        where = rendering.destinations[anchor]
        focus = Focus(anchor, anchor, where.page, where.top, rendering.pages)
        window = render_project(project, focus=focus)
        assert window.destinations[anchor] == where
        assert window.pages >= where.page + 1
        first = PdfReader(io.BytesIO(window.pdf or b"")).pages[0].extract_text()
        # The part's heading is where it is in the whole; what came before it is not there.
        assert first.split("\n")[1] in reader.pages[where.page].extract_text()


def test_a_window_is_numbered_as_the_whole_and_labels_its_pages(
    project: Project, whole: tuple[Rendering, PdfReader]
) -> None:
    rendering, _reader = whole
    anchor = unit_anchors(project.publication)[-3]
    where = rendering.destinations[anchor]
    window = render_project(project, focus=Focus(anchor, anchor, where.page, where.top, 999))
    reader = PdfReader(io.BytesIO(window.pdf or b""))
    assert reader.page_labels[0] == str(where.page + 1)
    assert f"pagina {where.page + 1} van 999" in " ".join(reader.pages[0].extract_text().split())


def test_a_window_of_parts_that_are_gone_is_an_error_not_a_crash(project: Project) -> None:
    window = render_project(project, focus=Focus("weg", "sectie-1", 3, TOP, 20))
    assert window.pdf is None and window.errors


def test_a_cancelled_render_stops_and_says_so(project: Project) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # on the third page

    rendering = render_project(project, frozenset({"pdf"}), cancelled=cancelled)
    assert rendering.cancelled and rendering.pdf is None and not rendering.errors


def test_the_export_is_what_render_project_gives(tmp_path: Path) -> None:
    """The window options leave a whole document's bytes as they were."""
    project = load(Path(str(resources.path("examples", "ruimte-voor-professionals"))))
    export(project, pdf=tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == render_project(project, frozenset({"pdf"})).pdf
