"""How validation and export scale with hostile text: one enormous word, a run of ``[``.

Each case is a one-section publication whose only body paragraph is the hostile text, at
40k, 80k, 160k and 320k characters. Doubling the text should roughly double every time
(issue 11: a 320k-character word took 52 s to export as PDF, a million ``[`` 15 s to
validate; a paragraph with one bold word goes through ReportLab's other line breaking,
whose cost grew with the square of the length too). Times are wall-clock seconds of one
run, end to end:

- ``validate``: ``Publication.model_validate`` of the data, then the preflight check;
- ``pdf``: the IR build and the tagged PDF;
- ``html``: the IR build and the web page.

Run: ``python benchmarks/long_text.py`` for the table; ``--smoke`` measures the smallest
size only (a few seconds, for ``make test``); ``--sizes 160000 999999`` measures other
sizes (a body paragraph holds at most 1,000,000 characters). The last line is one JSON
object with the figures, e.g. ``{"pdf_s_long_word_320k": 1.2, ...}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any

from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication
from models.preflight import preflight

SIZES = (40_000, 80_000, 160_000, 320_000)


def _with_marks(size: int) -> str:
    """Ordinary words of ``size`` characters with marks: ReportLab's several-styles path."""
    words = "lorem ipsum dolor sit amet " * (size // 54)
    text = f"**vet** {words}*een cursief stuk* [een link](https://example.org) bĳ {words}"
    return (text + "lorem ipsum dolor sit amet " * ((size - len(text)) // 27 + 1))[:size]


#: Case name and how to make its text of a given length.
CASES: dict[str, Callable[[int], str]] = {
    # A long Dutch compound repeated: pyphen finds break points all along it.
    "long_word": lambda n: ("gemeentebestuursverordening" * (n // 27 + 1))[:n],
    "brackets": lambda n: "[" * n,
    # Ordinary words: the baseline a long paragraph should cost.
    "words": lambda n: ("lorem ipsum dolor sit amet " * (n // 27 + 1))[:n],
    # The same with a bold word, an italic run, a link and a letter the body face lacks.
    "words_with_marks": _with_marks,
}


def _data(text: str) -> dict[str, Any]:
    """A one-section publication whose only body paragraph is ``text``."""
    return {
        "title": "Lange tekst",
        "publication_date": dt.date(2018, 2, 14),
        "language": "nl",
        "publisher": "Podium",
        "intro": ["Een publicatie met één lange alinea."],
        "key_takeaways": {"lead": "Kort.", "items": ["Eén.", "Twee."]},
        "blocks": [
            {
                "kind": "section",
                "id": "sectie-1",
                "title": "De alinea",
                "people": ["spreker-1"],
                "takeaways": ["Lang."],
                "body": [text],
            }
        ],
        "speakers": [{"id": "spreker-1", "name": "Spreker", "role": "teamleider"}],
        "colophon": {"organisation": "Podium", "email": "info@example.org"},
    }


def _seconds(func: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def measure(case: str, size: int) -> dict[str, float]:
    """Validate, PDF and HTML seconds for ``case`` at ``size`` characters."""
    data = _data(CASES[case](size))

    def validate() -> Project:
        project = Project(Publication.model_validate(data))
        preflight(project)
        return project

    validate_s, project = _seconds(validate)
    assert isinstance(project, Project)
    pdf_s, _ = _seconds(lambda: render_pdf(build(project)))
    html_s, _ = _seconds(lambda: render_html(build(project)))
    return {"validate": validate_s, "pdf": pdf_s, "html": html_s}


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure, print a table and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--smoke", action="store_true", help="the smallest size only")
    parser.add_argument("--sizes", type=int, nargs="+", help="characters (default: %(default)s)")
    args = parser.parse_args(argv)
    sizes = args.sizes or (SIZES[:1] if args.smoke else SIZES)
    # Fonts are loaded once, as in a running editor.
    render_pdf(build(Project(Publication.model_validate(_data("Tekst.")))))
    figures: dict[str, float] = {}
    print(f"{'case':>16}  {'chars':>8}  {'validate s':>10}  {'pdf s':>8}  {'html s':>8}")
    for case in CASES:
        for size in sizes:
            times = measure(case, size)
            print(
                f"{case:>16}  {size:>8}  {times['validate']:>10.3f}  {times['pdf']:>8.3f}"
                f"  {times['html']:>8.3f}"
            )
            for stage, seconds in times.items():
                figures[f"{stage}_s_{case}_{size // 1000}k"] = round(seconds, 4)
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
