"""Export many projects at once, in parallel processes: ``podium export A B … --out-dir DIR``.

Each project is exported by :func:`exporters.export.export` in a worker process (rendering is
CPU-bound Python, so threads would wait on each other). Every output is written atomically by
that function, so an export that fails or is interrupted leaves either the previous file or
none, never half a file. One failing project does not stop the others; the caller gets one
:class:`Outcome` per project, in the order given, and exits 1 if any failed.

No Qt here: this runs headless, and workers are started with ``spawn`` so they begin clean on
every platform (a forked copy of a process that has loaded Qt can deadlock).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from models.message import message, message_of


class BatchError(Exception):
    """The batch cannot start (e.g. two projects would write the same file); for the user."""


#: The note on a project exported although it is not approved, by its review status
#: (:data:`models.review.Status`), a whole sentence each so that each is translated whole.
_NOT_APPROVED = {
    "draft": message("not approved (status: draft)"),
    "in_review": message("not approved (status: in review)"),
    "changes_requested": message("not approved (status: changes requested)"),
    "changed_since_approval": message("not approved (status: changed since approval)"),
}


@dataclass(frozen=True, slots=True)
class Job:
    """One project to export and where its outputs go (picklable: it crosses processes)."""

    source: Path
    pdf: Path | None
    html: Path | None
    draft: bool = False
    force: bool = False

    @property
    def outputs(self) -> tuple[Path, ...]:
        """The files this job writes."""
        return tuple(path for path in (self.pdf, self.html) if path is not None)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one job: the files written, or why nothing was."""

    job: Job
    error: str | None = None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    written: tuple[Path, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when every output of the job was written."""
        return self.error is None


def plan(
    sources: Sequence[Path],
    out_dir: Path,
    *,
    pdf: bool,
    html: bool,
    draft: bool = False,
    force: bool = False,
) -> list[Job]:
    """One job per project; outputs are named after the project (``A.podium`` → ``A.pdf``).

    Raises:
        BatchError: two projects would write the same file (same name in other folders,
            or the same project given twice), which would make one export overwrite another.
    """
    if not (pdf or html):
        pdf = html = True
    jobs: list[Job] = []
    seen: dict[str, Path] = {}
    for source in sources:
        stem = _stem(source)
        # casefold: on Windows and macOS "A" and "a" are the same file.
        key = stem.casefold()
        if key in seen:
            raise BatchError(
                message(
                    "{first} and {second} would both be exported as '{name}' in {folder}; "
                    "export them separately or rename one",
                    first=str(seen[key]),
                    second=str(source),
                    name=stem,
                    folder=str(out_dir),
                )
            )
        seen[key] = source
        jobs.append(
            Job(
                source=source,
                pdf=out_dir / f"{stem}.pdf" if pdf else None,
                html=out_dir / f"{stem}.html" if html else None,
                draft=draft,
                force=force,
            )
        )
    return jobs


def _stem(source: Path) -> str:
    name = source.resolve().name if source.name in ("", ".", "..") else source.name
    return name[: -len(".podium")] if name.lower().endswith(".podium") else name


def export_one(job: Job) -> Outcome:
    """Load, check and export one project; never raises for a problem with the project.

    Runs in a worker process. A preflight error stops the export unless ``job.force``,
    as in the single-project ``podium export``.
    """
    from exporters.export import ExportError, export
    from models.preflight import errors, preflight, summary
    from models.project_file import ProjectFileError, load
    from models.review import export_warning

    started = time.perf_counter()

    def done(error: str | None = None, notes: Sequence[str] = ()) -> Outcome:
        written = job.outputs if error is None else ()
        return Outcome(job, error, tuple(notes), time.perf_counter() - started, written)

    try:
        project = load(job.source)
        findings = preflight(project)
        blocking = errors(findings)
        if blocking and not job.force:
            return done(
                message(
                    "{summary} found, e.g. {example} (--force exports anyway)",
                    summary=summary(blocking),
                    example=blocking[0],
                )
            )
        notes: list[str] = []
        if findings:
            notes.append(message("preflight: {summary}", summary=summary(findings)))
        export(project, pdf=job.pdf, html=job.html, draft=job.draft)
        review = project.publication.review
        if not job.draft and export_warning(review):
            notes.append(_not_approved(review.status))
        return done(notes=notes)
    except (ProjectFileError, ExportError) as error:
        return done(message_of(error))
    except OSError as error:
        return done(
            message(
                "{name}: {reason}",
                name=str(error.filename or job.source),
                reason=error.strerror or str(error),
            )
        )
    except Exception as error:  # a bug; the other projects still get exported
        return done(
            message(
                "internal error (a bug in Podium): {kind}: {detail}",
                kind=type(error).__name__,
                detail=str(error),
            )
        )


def _not_approved(status: str) -> str:
    return _NOT_APPROVED.get(status) or message(
        "not approved (status: {status})", status=status.replace("_", " ")
    )


def run(
    jobs: Sequence[Job],
    *,
    workers: int,
    on_done: Callable[[Outcome], None] = lambda outcome: None,
    worker: Callable[[Job], Outcome] = export_one,
) -> list[Outcome]:
    """Run ``jobs`` on up to ``workers`` processes; returns the outcomes in the jobs' order.

    ``on_done`` is called in this process as each job finishes (for progress). With one
    worker, or one job, everything runs in this process: starting a pool would only cost.
    """
    workers = max(1, min(workers, len(jobs)))
    if workers == 1:
        outcomes = []
        for job in jobs:
            outcomes.append(worker(job))
            on_done(outcomes[-1])
        return outcomes
    results: dict[int, Outcome] = {}
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            pending: dict[Future[Outcome], int] = {
                pool.submit(worker, job): index for index, job in enumerate(jobs)
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:
                        died = message("a worker process died (out of memory?)")
                        outcome = Outcome(jobs[index], died)
                    results[index] = outcome
                    on_done(outcome)
        except BaseException:  # Ctrl-C: do not start the rest; running ones finish atomically
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [results[index] for index in range(len(jobs))]


def default_workers() -> int:
    """One worker per CPU this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows and macOS do not have it
        return os.cpu_count() or 1


def summary(outcomes: Sequence[Outcome], seconds: float, workers: int) -> str:
    """The closing line, e.g. ``exported 19 of 20 projects (38 files) in 12.4 s …; 1 failed``.

    A message: the command line shows it in the user's language. Each counted noun is a
    message of its own, one template for one and one for several.
    """
    ok = [outcome for outcome in outcomes if outcome.ok]
    files = sum(len(outcome.written) for outcome in ok)
    if len(outcomes) == 1:
        projects = message("exported {done} of {count} project", done=len(ok), count=1)
    else:
        projects = message("exported {done} of {count} projects", done=len(ok), count=len(outcomes))
    if files == 1:
        written = message("{count} file", count=files)
    else:
        written = message("{count} files", count=files)
    if workers == 1:
        jobs = message("{count} job", count=workers)
    else:
        jobs = message("{count} jobs", count=workers)
    line = message(
        "{projects} ({files}) in {seconds} s with {jobs}",
        projects=projects,
        files=written,
        seconds=f"{seconds:.1f}",
        jobs=jobs,
    )
    failed = [outcome.job.source.name for outcome in outcomes if not outcome.ok]
    if failed:
        names = ", ".join(failed[:5])
        shown: str
        if len(failed) > 5:
            shown = message("{names} and {count} more", names=names, count=len(failed) - 5)
        else:
            shown = names
        return message(
            "{summary}; {count} failed: {names}", summary=line, count=len(failed), names=shown
        )
    return line


class Progress:
    """Reports each finished job: a redrawn bar on a terminal, one plain line otherwise.

    Failures always get a line of their own on ``err`` (they must not scroll away with
    the bar); successes get a line on ``out`` only when there is no bar.
    """

    def __init__(
        self,
        total: int,
        *,
        out: TextIO | None = None,
        err: TextIO | None = None,
        words: Callable[[str], str] = str,
    ) -> None:
        """``words`` puts a message in the user's language (the default keeps the English)."""
        self.total = total
        self.words = words
        self.done = 0
        self.failed = 0
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.bar = self.err.isatty()
        if self.bar:
            self._draw("")

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        source = outcome.job.source
        name = _printable(str(source))
        count = f"[{self.done}/{self.total}]"
        if not outcome.ok:
            self.failed += 1
            self._clear()
            error = outcome.error or ""
            # Most messages name the file already ("a.podium: the file is damaged ...").
            if source.name not in error:
                error = message("{name}: {reason}", name=str(source), reason=error)
            reason = _printable(self.words(error))
            line = message("{count} failed: {reason}", count=count, reason=reason)
            print(f"podium: {self.words(line)}", file=self.err)
        elif not self.bar:
            written = ", ".join(str(path) for path in outcome.written)
            seconds = f"{outcome.seconds:.1f}"
            fields = {"count": count, "name": name, "written": written, "seconds": seconds}
            if outcome.notes:
                notes = "; ".join(_printable(self.words(note)) for note in outcome.notes)
                line = message(
                    "{count} {name} -> {written} ({seconds} s; {notes})", **fields, notes=notes
                )
            else:
                line = message("{count} {name} -> {written} ({seconds} s)", **fields)
            print(self.words(line), file=self.out)
            self.out.flush()
        if self.bar:
            self._draw(_printable(source.name))

    def close(self) -> None:
        """Remove the bar, so the summary starts on a clean line."""
        self._clear()

    def _draw(self, name: str) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        if self.failed:
            counts = " " + self.words(
                message(
                    "{done}/{total}, {failed} failed",
                    done=self.done,
                    total=self.total,
                    failed=self.failed,
                )
            )
        else:
            counts = f" {self.done}/{self.total}"
        cells = max(10, min(30, width - len(counts) - 20))
        filled = cells * self.done // max(1, self.total)
        line = f"[{'#' * filled}{'.' * (cells - filled)}]{counts}  {name}"
        self.err.write("\r" + line[: width - 1].ljust(width - 1))
        self.err.flush()

    def _clear(self) -> None:
        if self.bar:
            width = shutil.get_terminal_size((80, 24)).columns
            self.err.write("\r" + " " * (width - 1) + "\r")
            self.err.flush()


def _printable(text: str, limit: int = 300) -> str:
    """One printable line: names and messages come from files and must not move the cursor."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
