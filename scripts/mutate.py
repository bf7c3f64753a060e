"""Mutation testing of the core: would a test notice if this line were wrong?

Runs mutmut 3 (configured in pyproject.toml, ``[tool.mutmut]``) over the given files, or
over all of ``models/`` plus ``exporters/ir.py`` and ``exporters/export.py``, and prints a
table per file and, as its last line, one JSON object::

    .venv/bin/python scripts/mutate.py                      # the whole scope (make mutate)
    .venv/bin/python scripts/mutate.py models/lock.py       # one file while writing tests
    .venv/bin/python scripts/mutate.py --max-children 1 models/diff.py models/lock.py

Every mutant of the chosen files is tested again on each run (mutmut would otherwise keep an
old "survived" after a new test was added), each against only the tests that reach it. A
mutant counts as killed when a test failed, hung (timeout) or crashed; "no tests" (no test
reaches the line) counts as a survivor. Equivalent mutants are marked in the code with
``# pragma: no mutate`` and a reason: mutmut then never makes them, so they are not counted.
Look at a survivor with ``cd mutants && ../.venv/bin/mutmut show NAME`` (names are listed).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "mutants"
LOG = WORK / "mutmut-run.log"

# mutmut's exit codes per mutant (mutmut/stats.py): what each means for the score.
_KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9, -6}  # failed, timed out, crashed, aborted
_SURVIVED = {0}
_NO_TESTS = {5, 33}
_SKIPPED = {34}


@dataclass
class FileResult:
    """The mutants of one source file, by outcome."""

    path: str
    killed: int = 0
    survived: list[str] = field(default_factory=list)
    no_tests: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # not checked, interrupted, suspicious

    @property
    def mutants(self) -> int:
        return self.killed + len(self.survived) + len(self.no_tests) + len(self.other)

    @property
    def survivors(self) -> int:
        return len(self.survived) + len(self.no_tests) + len(self.other)

    @property
    def score(self) -> float:
        return 100.0 * self.killed / self.mutants if self.mutants else 100.0


def scope() -> list[str]:
    """The files ``[tool.mutmut]`` mutates, as paths relative to the repository."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    patterns: list[str] = config["only_mutate"]
    found: list[str] = []
    for source in config["source_paths"]:
        for path in sorted((ROOT / source).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if any(fnmatch.fnmatch(relative, pattern) for pattern in patterns):
                found.append(relative)
    return found


def mutant_glob(path: str) -> str:
    """mutmut's names for the mutants of ``path``: ``models/lock.py`` → ``models.lock.x*``.

    A package's ``__init__.py`` is named by the package: ``models.importing.x*``.
    """
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".") + ".x*"


# mutmut's own ``run``, with the test selection replaced when --tests names one.
_BOOTSTRAP = """
import json, sys
from mutmut.__main__ import _run
from mutmut.configuration import config
names, max_children, tests = json.loads(sys.argv[1])
if tests:
    config().pytest_add_cli_args_test_selection = tests
_run(names, max_children)
"""


def refresh_copies() -> None:
    """Bring mutmut's copies of the files it does not mutate up to date.

    mutmut copies a source file into ``mutants/`` once and regenerates only the files it
    mutates, so a module added or changed since (one the tests import) would be missing or
    stale there; a copy whose source is gone is removed.
    """
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    mutated = set(scope())
    for source in config["source_paths"]:
        for path in (ROOT / source).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            copy = WORK / relative
            if relative in mutated or (copy.exists() and copy.read_bytes() == path.read_bytes()):
                continue
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
        for copy in (WORK / source).rglob("*.py"):
            if not (ROOT / copy.relative_to(WORK)).exists():
                copy.unlink()


def run_mutmut(files: list[str], max_children: int, tests: list[str]) -> int:
    """Run mutmut on the mutants of ``files``; its chatty output goes to the log file."""
    WORK.mkdir(exist_ok=True)
    refresh_copies()
    # Which tests reach which function is measured anew each run: tests come and go, and a
    # test that mutmut remembers but that is gone stops the run ("not found").
    shutil.rmtree(WORK / "tests", ignore_errors=True)
    (WORK / "mutmut-stats.json").unlink(missing_ok=True)
    # mutmut keeps each mutant's last result in PATH.meta and tests again only the functions
    # whose source changed: a survivor would stay one after the test that kills it was added.
    # Its mutated copy goes too, so the mutants are made afresh with their results.
    for path in files:
        for suffix in ("", ".meta", ".spans"):
            (WORK / f"{path}{suffix}").unlink(missing_ok=True)
    names = [mutant_glob(path) for path in files]
    command = [sys.executable, "-c", _BOOTSTRAP, json.dumps([names, max_children, tests])]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with LOG.open("w", encoding="utf-8") as log:
        done = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    return done.returncode


def read_results(path: str) -> FileResult:
    """The outcome of every mutant of ``path``, from mutmut's ``mutants/PATH.meta``."""
    result = FileResult(path)
    meta = WORK / f"{path}.meta"
    if not meta.exists():
        return result
    codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    for name, code in sorted(codes.items()):
        if code in _KILLED:
            result.killed += 1
        elif code in _SURVIVED:
            result.survived.append(name)
        elif code in _NO_TESTS:
            result.no_tests.append(name)
        elif code in _SKIPPED:
            continue
        else:
            result.other.append(name)
    return result


def print_report(results: list[FileResult], seconds: float, show: int) -> None:
    width = max([len(r.path) for r in results] + [4])
    print(f"{'file':<{width}}  mutants  killed  survived  no tests  killed %")
    for r in results:
        print(
            f"{r.path:<{width}}  {r.mutants:>7}  {r.killed:>6}  {len(r.survived):>8}  "
            f"{len(r.no_tests):>8}  {r.score:>7.1f}"
        )
    mutants = sum(r.mutants for r in results)
    killed = sum(r.killed for r in results)
    survivors = sum(r.survivors for r in results)
    score = 100.0 * killed / mutants if mutants else 100.0
    print(f"{'all':<{width}}  {mutants:>7}  {killed:>6}  {survivors:>8}  {'':>8}  {score:>7.1f}")
    for r in results:
        names = r.survived + r.no_tests + r.other
        if names and show:
            print(f"\nsurvivors in {r.path} (first {min(show, len(names))} of {len(names)}):")
            for name in names[:show]:
                print(f"  {name}")
    print(
        json.dumps(
            {
                "mutation_score_pct": round(score, 1),
                "survivors": survivors,
                "mutants": mutants,
                "killed": killed,
                "files": len(results),
                "seconds": round(seconds, 1),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="source files (default: the whole scope)")
    parser.add_argument(
        "--max-children", type=int, default=os.cpu_count() or 1, help="worker processes"
    )
    parser.add_argument("--show", type=int, default=20, help="survivors listed per file (0: none)")
    parser.add_argument(
        "--tests",
        default="",
        help="pytest arguments that select the tests instead of [tool.mutmut]'s, in one "
        "string (for writing tests): --tests 'tests/models/test_lock_race.py --deselect=...'",
    )
    parser.add_argument(
        "--report-only", action="store_true", help="print the last run's results, run nothing"
    )
    args = parser.parse_args(argv)
    everything = scope()
    files = [Path(f).as_posix() for f in args.files] or everything
    outside = [f for f in files if f not in everything]
    if outside:
        parser.error(f"not in [tool.mutmut]'s scope: {', '.join(outside)}")
    started = time.monotonic()
    if not args.report_only:
        code = run_mutmut(files, args.max_children, shlex.split(args.tests))
        if code != 0:
            print(LOG.read_text("utf-8", errors="replace")[-4000:])
            print(f"mutmut failed (exit {code}); its output is in {LOG.relative_to(ROOT)}")
            return code
    results = [read_results(path) for path in files]
    print_report([r for r in results if r.mutants], time.monotonic() - started, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
