"""How fast Find and replace is on the export benchmark's publications (4, 40, 400 sections).

The editor looks for the query again on every keystroke in the find field and a moment after
every edit, so ``find`` must stay well under a frame at a realistic size (40 sections);
``replace all`` runs once per click and validates the whole publication.

- ``find_ms_<n>``: every match of a common word ("de", case-insensitive) in every text;
- ``find_word_ms_<n>``: the same, whole words only;
- ``replace_all_ms_<n>``: replace every "gemeente" and validate the result;
- ``hits_<n>``: how many matches "de" has.

Run: ``python benchmarks/find_replace.py``; ``--smoke`` measures the smallest size once.
The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from export import SIZES, publication

from models.search import find, replace

RUNS = 7


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def main(argv: list[str] | None = None) -> dict[str, float | int]:
    """Measure, print a table and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smallest size, one run")
    args = parser.parse_args(argv)
    sizes, runs = (SIZES[:1], 1) if args.smoke else (SIZES, RUNS)
    figures: dict[str, float | int] = {}
    print(f"{'sections':>8}  {'hits':>6}  {'find ms':>8}  {'word ms':>8}  {'replace ms':>10}")
    for sections in sizes:
        pub = publication(sections).publication
        hits = len(find(pub, "de"))
        find_ms = _median_ms(lambda p=pub: find(p, "de"), runs)
        word_ms = _median_ms(lambda p=pub: find(p, "de", whole_word=True), runs)
        replace_ms = _median_ms(lambda p=pub: replace(p, "gemeente", "provincie"), runs)
        print(f"{sections:>8}  {hits:>6}  {find_ms:>8.2f}  {word_ms:>8.2f}  {replace_ms:>10.2f}")
        figures[f"hits_{sections}"] = hits
        figures[f"find_ms_{sections}"] = find_ms
        figures[f"find_word_ms_{sections}"] = word_ms
        figures[f"replace_all_ms_{sections}"] = replace_ms
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
