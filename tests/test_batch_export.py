"""Batch export: ``podium export A B … --out-dir DIR [--pdf] [--html] [--jobs N]``.

The end-to-end test runs ``main.py`` in a fresh interpreter with two worker processes and the
real renderers, and reads every output back; the rest test planning, progress and the
command line in this process.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from exporters import batch
from models.project_file import PUBLICATION_JSON

REPO = Path(main.__file__).resolve().parent
SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
TIMEOUT = 300  # a hang fails the test instead of the whole run


def pack_sample(path: Path) -> Path:
    assert main.main(["pack", str(SAMPLE), str(path)]) == 0
    return path


def invalid_project(folder: Path) -> Path:
    folder.mkdir()
    (folder / PUBLICATION_JSON).write_text(json.dumps({"schema_version": 1}), encoding="utf-8")
    return folder


def run_main(*argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=REPO,
        check=False,
    )


def test_parallel_batch_exports_all_and_reports_the_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = [pack_sample(tmp_path / f"{name}.podium") for name in ("een", "twee", "drie")]
    damaged = tmp_path / "kapot.podium"
    damaged.write_bytes(good[0].read_bytes()[:200])  # a truncated download
    invalid = invalid_project(tmp_path / "leeg")
    capsys.readouterr()
    out = tmp_path / "uit" / "sub"  # created by the command

    result = run_main("export", *good, damaged, invalid, "--out-dir", out, "--jobs", "2")

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith("exported 3 of 5 projects (6 files) in ")
    assert summary.endswith("with 2 jobs; 2 failed: kapot.podium, leeg")
    failures = [line for line in result.stderr.splitlines() if " failed: " in line]
    assert len(failures) == 2 and all(line.startswith("podium: [") for line in failures)
    # Not a terminal: one plain line per exported project.
    assert sum(" -> " in line for line in result.stdout.splitlines()) == 3

    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(f"{p.stem}.{ext}" for p in good for ext in ("pdf", "html"))
    for project in good:
        pdf = PdfReader(out / f"{project.stem}.pdf")
        assert len(pdf.pages) > 0 and "Ruimte" in (pdf.metadata.title or "")
        html = (out / f"{project.stem}.html").read_text(encoding="utf-8")
        assert html.rstrip().endswith("</html>")
        assert f'href="{project.stem}.pdf"' in html  # the pair links up in the folder


def test_one_format_only_and_all_succeeding_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pack_sample(tmp_path / "a.podium"), pack_sample(tmp_path / "b.podium")
    capsys.readouterr()
    # --html before the projects: it is a switch here, so "a.podium" is a project.
    code = main.main(["export", "--out-dir", str(tmp_path / "out"), "--html", str(a), str(b)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.html", "b.html"]
    assert out.splitlines()[-1].startswith("exported 2 of 2 projects (2 files)")


def test_an_output_that_cannot_be_written_fails_only_that_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pack_sample(tmp_path / "a.podium"), pack_sample(tmp_path / "b.podium")
    out = tmp_path / "out"
    (out / "a.pdf").mkdir(parents=True)  # a folder where the PDF should go
    capsys.readouterr()
    code = main.main(["export", str(a), str(b), "--out-dir", str(out), "--pdf", "--jobs", "1"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "a.pdf: is a folder" in err
    assert (out / "a.pdf").is_dir() and (out / "b.pdf").read_bytes().startswith(b"%PDF-")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "a.podium", "b.podium", "--pdf", "x.pdf"], "several projects need --out-dir"),
        (["export", "a.podium", "--pdf"], "argument --pdf: expected one argument"),
        (["export", "a.podium", "--out-dir", "d", "--jobs", "0"], "at least 1, got '0'"),
        (["export", "a.podium", "--out-dir", "d", "--jobs", "x"], "at least 1, got 'x'"),
    ],
)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(argv) == 2
    assert message in capsys.readouterr().err


def test_two_projects_with_one_name_are_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    first, second = pack_sample(tmp_path / "x/rapport.podium"), tmp_path / "y/Rapport.podium"
    second.write_bytes(first.read_bytes())
    capsys.readouterr()
    code = main.main(["export", str(first), str(second), "--out-dir", str(tmp_path / "out")])
    _, err = capsys.readouterr()
    assert code == 2 and "would both be exported as" in err
    assert not (tmp_path / "out").exists()


def test_plan_names_outputs_after_the_projects(tmp_path: Path) -> None:
    jobs = batch.plan(
        [Path("a/Verslag.podium"), Path("b/project-map")], tmp_path, pdf=True, html=False
    )
    assert [(job.pdf, job.html) for job in jobs] == [
        (tmp_path / "Verslag.pdf", None),
        (tmp_path / "project-map.pdf", None),
    ]
    both = batch.plan([Path("a.podium")], tmp_path, pdf=False, html=False)
    assert both[0].outputs == (tmp_path / "a.pdf", tmp_path / "a.html")  # neither means both


def _fake_outcomes() -> list[batch.Outcome]:
    ok = batch.Job(Path("a.podium"), Path("out/a.pdf"), None)
    bad = batch.Job(Path("b.podium"), Path("out/b.pdf"), None)
    return [
        batch.Outcome(ok, notes=("preflight: 1 warning",), seconds=0.5, written=ok.outputs),
        batch.Outcome(bad, error="b.podium: the file is damaged\x1b[2J"),
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_plain_lines_when_not_a_terminal() -> None:
    out, err = io.StringIO(), io.StringIO()
    progress = batch.Progress(2, out=out, err=err)
    for outcome in _fake_outcomes():
        progress(outcome)
    progress.close()
    assert out.getvalue() == "[1/2] a.podium -> out/a.pdf (0.5 s; preflight: 1 warning)\n"
    # Text from a file cannot move the cursor or clear the screen.
    assert err.getvalue() == "podium: [2/2] failed: b.podium: the file is damaged\\x1b[2J\n"


def test_progress_bar_on_a_terminal() -> None:
    out, err = io.StringIO(), _Terminal()
    progress = batch.Progress(2, out=out, err=err)
    for outcome in _fake_outcomes():
        progress(outcome)
    progress.close()
    assert out.getvalue() == ""  # successes only move the bar
    shown = err.getvalue()
    assert "\r[###" in shown and "2/2, 1 failed" in shown
    assert "\rpodium: [2/2] failed: b.podium" in shown
    assert shown.endswith("\r")  # the bar is wiped before the summary


def test_run_keeps_the_order_of_the_jobs() -> None:
    jobs = [batch.Job(Path(f"{i}.podium"), Path(f"{i}.pdf"), None) for i in range(3)]
    seen: list[batch.Outcome] = []
    outcomes = batch.run(
        jobs, workers=1, on_done=seen.append, worker=lambda job: batch.Outcome(job)
    )
    assert [o.job for o in outcomes] == jobs and seen == outcomes


def test_summary_lists_failures_briefly() -> None:
    outcomes = _fake_outcomes()
    assert batch.summary(outcomes, 1.24, 2) == (
        "exported 1 of 2 projects (1 file) in 1.2 s with 2 jobs; 1 failed: b.podium"
    )
    many = [outcomes[1]] * 7
    assert batch.summary(many, 3, 1).endswith(
        "7 failed: " + ", ".join(["b.podium"] * 5) + " and 2 more"
    )
