"""How fast Podium exports: PDF and HTML for synthetic publications of 4, 40 and 400 sections.

Each section has one speaker, two or three takeaways, three paragraphs of about 80 words and
is followed by a quote block. Text comes from a seeded generator, so every run lays out the
same document. Times are end to end, from a Project to bytes, including the IR build.

The PDF is measured tagged (the default, PDF/UA) and untagged (``tagged=False``); the two
alternate run by run, so both see the same warm caches. ``pdf_s_<n>`` is the tagged export,
``pdf_untagged_s_<n>`` the untagged one and ``pdf_tag_overhead_pct_<n>`` the difference.

Run: ``python benchmarks/export.py`` (``make bench``). The last line is one JSON object with
the figures, for scripts that track them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import io
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader

from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication

SIZES = (4, 40, 400)
RUNS = 5  # per size and format; the median is reported
SEED = 20180214
_VOCABULARY = (
    "de het een en van in op voor met aan als niet maar ook dat die wel bij zijn "
    "professional professionals ruimte leiderschap organisatie gemeente verandering "
    "cultuur cultuurverandering medewerkers werkvloer beleid uitvoering maatwerk visie "
    "verantwoordelijkheid samenwerking ondersteuning leidinggevenden sociaal domein "
    "inwoners vertrouwen structuur aandacht resultaten ervaring wetenschappers "
    "praktijk lerende experimenteren dilemma gesprek team budget regels bureaucratie "
    "gelijkheidsprincipe jeugdzorg participatie college wethouder afdelingsmanager "
    "teamleider onderzoek instrumenten verhaal energie betekenis kernwaarden symbolen "
    "gedrag evenwicht eenheid diversiteit spanning communicatie werkelijkheid"
)
_WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, words: int = 80) -> str:
    sentences, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 18))
        sentences.append(_sentence(rng, n))
        left -= n
    if rng.random() < 0.1:
        sentences.append("Zie [de website](https://www.example.org/verslag) voor **meer**.")
    return " ".join(sentences)


def publication(sections: int, seed: int = SEED) -> Project:
    """A deterministic publication with ``sections`` sections, each followed by a quote."""
    rng = random.Random(seed + sections)
    speakers, blocks = [], []
    for i in range(sections):
        speaker_id = f"spreker-{i}"
        speakers.append(
            {
                "id": speaker_id,
                "name": f"Spreker {i}",
                "role": "teamleider",
                "organisation": f"gemeente {rng.choice(_WORDS).title()}",
            }
        )
        blocks.append(
            {
                "kind": "section",
                "id": f"sectie-{i}",
                "title": _sentence(rng, 7)[:-1],
                "people": [speaker_id],
                "takeaways": [_sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(2, 3))],
                "body": [_paragraph(rng) for _ in range(3)],
            }
        )
        blocks.append(
            {
                "kind": "quote",
                "id": f"citaat-{i}",
                "text": _sentence(rng, 30),
                "attribution": "deelnemer symposium",
            }
        )
    data: dict[str, Any] = {
        "title": f"Benchmark met {sections} secties",
        "publication_date": dt.date(2018, 2, 14),
        "language": "nl",
        "publisher": "Podium",
        "intro": [_paragraph(rng)],
        "key_takeaways": {
            "lead": _sentence(rng, 12),
            "items": [_sentence(rng, 10) for _ in range(4)],
        },
        "blocks": blocks,
        "speakers": speakers,
        "colophon": {
            "organisation": "Podium",
            "email": "info@example.org",
            "website": "https://www.example.org",
            "credits": [{"role": "Tekst", "names": ["A. Auteur", "B. Auteur"]}],
        },
    }
    return Project(Publication.model_validate(data))


def _timed(func: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """Wall-clock seconds of each of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return times, result


def _timed_pdf(project: Project, runs: int) -> tuple[list[float], list[float], bytes]:
    """Seconds of each tagged and each untagged export, alternating; the last tagged PDF."""
    tagged, untagged, data = [], [], b""
    for _ in range(runs):
        times, result = _timed(lambda: render_pdf(build(project)), 1)
        tagged += times
        assert isinstance(result, bytes)
        data = result
        times, _ = _timed(lambda: render_pdf(build(project), tagged=False), 1)
        untagged += times
    return tagged, untagged, data


def _html_renderer() -> Callable[[Project], str] | None:
    try:
        module = importlib.import_module("exporters.html")
    except ImportError:
        return None
    render_html = module.render_html
    return lambda project: render_html(build(project))


def main(argv: list[str] | None = None) -> dict[str, float | int | None]:
    """Measure, print a table and return the figures (``--smoke``: smallest size, one run)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smallest size, one run")
    args = parser.parse_args(argv)
    sizes, runs = (SIZES[:1], 1) if args.smoke else (SIZES, RUNS)
    render_html = _html_renderer()
    # Font files are parsed once per process, as in a running editor, and word-width and
    # hyphenation caches carry over from run to run as they do there; the first run of
    # each size is reported too, as pdf_first_s_<n>.
    render_pdf(build(publication(1)))
    figures: dict[str, float | int | None] = {}
    print(
        f"{'sections':>8}  {'pdf s':>8}  {'untagged':>8}  {'tagging':>8}  {'pages':>6}"
        f"  {'pages/s':>8}  {'html ms':>8}"
    )
    for sections in sizes:
        project = publication(sections)
        pdf_times, untagged_times, data = _timed_pdf(project, runs)
        pdf_s = statistics.median(pdf_times)
        untagged_s = statistics.median(untagged_times)
        overhead = (pdf_s / untagged_s - 1) * 100
        pages = len(PdfReader(io.BytesIO(data)).pages)
        html_ms: float | None = None
        if render_html is not None:
            html_times, _ = _timed(lambda p=project: render_html(p), runs)
            html_ms = round(statistics.median(html_times) * 1000, 1)
        rate = pages / pdf_s
        html_text = "n/a" if html_ms is None else f"{html_ms:.1f}"
        print(
            f"{sections:>8}  {pdf_s:>8.3f}  {untagged_s:>8.3f}  {overhead:>+7.1f}%  {pages:>6}"
            f"  {rate:>8.1f}  {html_text:>8}"
        )
        figures[f"pdf_s_{sections}"] = round(pdf_s, 4)
        figures[f"pdf_untagged_s_{sections}"] = round(untagged_s, 4)
        figures[f"pdf_tag_overhead_pct_{sections}"] = round(overhead, 1)
        figures[f"pdf_first_s_{sections}"] = round(pdf_times[0], 4)
        figures[f"pdf_pages_{sections}"] = pages
        figures[f"pdf_pages_per_s_{sections}"] = round(rate, 1)
        figures[f"html_ms_{sections}"] = html_ms
    print(f"PDF at {sizes[-1]} sections: {figures[f'pdf_pages_per_s_{sizes[-1]}']} pages/s")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
